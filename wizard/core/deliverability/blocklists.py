"""DNS blocklists (RFC 5782): is the sending server's public address listed."""

from __future__ import annotations

import asyncio
import ipaddress

from ..dnsquery import DnsClient, DnsMissing, DnsUnavailable
from .catalogue import Status
from .finding import Finding

# Blocklists queried by default: widely used, and free for low-volume queries.
DEFAULT_BLOCKLISTS = ("zen.spamhaus.org", "bl.spamcop.net", "psbl.surriel.com")


def _reverse(address: str) -> str:
    ip = ipaddress.ip_address(address)
    if ip.version == 4:
        return ".".join(reversed(address.split(".")))
    return ".".join(reversed(ip.exploded.replace(":", "")))


def _listing(answers: list[str]) -> str | None:
    """'listed' codes, or None when the answers are not a listing.

    Only 127.0.0.0/8 means listed; 127.255.255.0/24 is an error signal
    (Spamhaus: 252 typo, 254 public resolver, 255 over quota).
    """
    codes = [a for a in answers if a.startswith("127.") and not a.startswith("127.255.255.")]
    return ", ".join(codes) if codes and len(codes) == len(answers) else None


async def _query_list(dns: DnsClient, name: str) -> tuple[str, str]:
    """('listed', codes) / ('clean', '') / ('unavailable', reason)."""
    try:
        answers = await dns.addresses(name, "A")
    except DnsMissing:
        return "clean", ""
    except DnsUnavailable as exc:
        return "unavailable", exc.reason
    codes = _listing(answers)
    if codes is None:
        return "unavailable", "answered " + ", ".join(answers)
    return "listed", codes


async def check_blocklist(dns: DnsClient, blocklist: str, addresses: list[str]) -> Finding:
    params = {"list": blocklist, "addresses": ", ".join(addresses)}
    # Control queries (RFC 5782 5): 127.0.0.2 must be listed and 127.0.0.1 must not.
    control_listed, control_clean = await asyncio.gather(
        _query_list(dns, f"2.0.0.127.{blocklist}"), _query_list(dns, f"1.0.0.127.{blocklist}")
    )
    if control_listed[0] != "listed" or control_clean[0] != "clean":
        reason = (
            control_listed[1]
            if control_listed[0] == "unavailable"
            else (control_clean[1] if control_clean[0] == "unavailable" else "control query failed")
        )
        params["reason"] = reason
        return Finding("dnsbl", "DNSBL_UNAVAILABLE", Status.UNKNOWN, params, detail=reason)
    listed: list[str] = []
    for address in addresses:
        state, info = await _query_list(dns, f"{_reverse(address)}.{blocklist}")
        if state == "unavailable":
            params["reason"] = info
            return Finding("dnsbl", "DNSBL_UNAVAILABLE", Status.UNKNOWN, params, detail=info)
        if state == "listed":
            listed.append(f"{address}: {info}")
    if listed:
        params["code"] = "; ".join(listed)
        return Finding("dnsbl", "DNSBL_LISTED", Status.FAIL, params, detail=params["code"])
    return Finding("dnsbl", "DNSBL_CLEAN", Status.PASS, params)
