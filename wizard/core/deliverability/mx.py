"""MX: can the domain receive replies and bounces (RFC 5321 5.1, null MX RFC 7505)."""

from __future__ import annotations

from ..dnsquery import DnsClient, DnsMissing, DnsUnavailable, MxRecord
from .catalogue import Status
from .finding import Finding


async def _mx_lookup(dns: DnsClient, domain: str) -> list[MxRecord] | DnsUnavailable:
    """The MX records ([] when there are none), or why the look-up failed."""
    try:
        return await dns.mx(domain)
    except DnsMissing:
        return []
    except DnsUnavailable as exc:
        return exc


def _mx_hosts(answer: list[MxRecord] | DnsUnavailable) -> list[str]:
    return [] if isinstance(answer, DnsUnavailable) else [r.host for r in answer if r.host]


async def check_mx(dns: DnsClient, domain: str) -> Finding:
    return _mx_finding(domain, await _mx_lookup(dns, domain))


def _mx_finding(domain: str, records: list[MxRecord] | DnsUnavailable) -> Finding:
    params = {"domain": domain}
    if isinstance(records, DnsUnavailable):
        params["reason"] = records.reason
        return Finding("mx", "MX_UNAVAILABLE", Status.UNKNOWN, params, detail=str(records))
    if not records:
        return Finding("mx", "MX_MISSING", Status.WARN, params)
    if len(records) == 1 and not records[0].host:
        return Finding("mx", "MX_NULL", Status.WARN, params)
    hosts = [r.host for r in records if r.host]
    params["hosts"] = ", ".join(hosts)
    return Finding("mx", "MX_PRESENT", Status.PASS, params)
