"""SPF advice: is the sending server authorized, and which record would authorize it.

The evaluation itself is :mod:`wizard.core.spf` (RFC 7208); findings are chosen from
its :class:`~wizard.core.spf.SpfReason`, never from the words of its messages.
"""

from __future__ import annotations

import asyncio
import ipaddress

from ..dnsquery import DnsClient, DnsMissing, DnsUnavailable, MxRecord
from ..providers import Provider
from ..spf import SpfOutcome, SpfReason, SpfResult, check_host, is_spf1
from .catalogue import REASONS, Status
from .finding import Finding
from .mx import _mx_hosts


def with_mechanism(record: str, mechanism: str) -> str:
    """``record`` with ``mechanism`` added before its final ``all``/``redirect``."""
    if not record:
        return f"v=spf1 {mechanism} ~all"
    terms = record.split()
    if mechanism.lower() in (t.lower() for t in terms):
        return record
    position = len(terms)
    for index, term in enumerate(terms):
        if term.lower().lstrip("+-~?") == "all" or term.lower().startswith("redirect="):
            position = index
            break
    terms.insert(position, mechanism)
    if not any(
        t.lower().lstrip("+-~?") == "all" or t.lower().startswith("redirect=") for t in terms
    ):
        terms.append("~all")
    return " ".join(terms)


async def _spf_record(dns: DnsClient, domain: str) -> list[str]:
    return [t for t in await dns.txt(domain) if is_spf1(t)]


def _mentions(outcome: SpfOutcome, include: str) -> bool:
    """Whether ``include`` was reached through include:/redirect= while evaluating."""
    return include in (domain.lower().rstrip(".") for domain in outcome.includes)


def _dns_reason(outcome: SpfOutcome) -> str:
    """The {reason} of a temperror: the look-up's reason code when it has words, else the
    look-up's own message (as shown before the reason codes existed)."""
    return outcome.dns_reason if outcome.dns_reason in REASONS else outcome.reason


# RFC 7208 4.6.4: both limits end the evaluation with permerror; to the user they are
# one problem, too many look-ups.
_SPF_ERRORS = {
    SpfReason.TWO_RECORDS: "SPF_TWO_RECORDS",
    SpfReason.TOO_MANY_LOOKUPS: "SPF_TOO_MANY_LOOKUPS",
    SpfReason.TOO_MANY_VOID_LOOKUPS: "SPF_TOO_MANY_LOOKUPS",
}


def _spf_error(outcome: SpfOutcome, domain: str) -> Finding:
    """The finding for a permerror, chosen by its reason; any other is "broken", with why."""
    code = _SPF_ERRORS.get(outcome.code)
    if code is not None:
        return Finding("spf", code, Status.FAIL, {"domain": domain}, detail=outcome.reason)
    return Finding(
        "spf",
        "SPF_BROKEN",
        Status.FAIL,
        {"domain": domain, "reason": outcome.reason},
        detail=outcome.reason,
    )


async def _mx_points_at(
    dns: DnsClient, mx_hosts: list[str], server: str, addresses: list[str]
) -> bool:
    """Whether one of the domain's MX hosts is the sending server (by name or address)."""
    if server in mx_hosts:
        return True
    if not addresses:
        return False
    for host in mx_hosts[:5]:  # a few look-ups at most; the first MX hosts matter
        try:
            if set(await dns.all_addresses(host)) & set(addresses):
                return True
        except (DnsMissing, DnsUnavailable):
            continue
    return False


async def spf_suggestion(
    dns: DnsClient,
    server: str,
    addresses: list[str],
    provider: Provider | None,
    mx_hosts: list[str],
) -> str:
    """The SPF mechanism that authorizes ``server``, consistent with the domain's records.

    ``mx`` only when the domain's MX hosts are that server (or, with no server
    named, when the domain has MX hosts at all): never ``mx`` for a domain that
    has none. Otherwise the provider's include, the server's public addresses, or
    the server by name. "" when there is nothing to go on.
    """
    if provider is not None and provider.spf_include:
        return f"include:{provider.spf_include}"
    if server and mx_hosts and await _mx_points_at(dns, mx_hosts, server, addresses):
        return "mx"
    # Receivers see a public address: a private one in SPF authorizes nothing.
    public = [a for a in addresses if ipaddress.ip_address(a).is_global]
    if public:
        return " ".join(_ip_mechanism(a) for a in public)
    if server:
        try:
            return _ip_mechanism(str(ipaddress.ip_address(server.strip("[]"))))
        except ValueError:
            return f"a:{server}"
    return "mx" if mx_hosts else ""


def _ip_mechanism(address: str) -> str:
    return f"ip4:{address}" if ipaddress.ip_address(address).version == 4 else f"ip6:{address}"


async def check_spf(
    dns: DnsClient,
    domain: str,
    server: str,
    addresses: list[str],
    provider: Provider | None,
    mx_lookup: asyncio.Future[list[MxRecord] | DnsUnavailable] | None = None,
) -> Finding:
    """``mx_lookup``: the domain's MX look-up, running alongside (see check_domain), so
    ``mx`` is suggested only when the domain's MX records fit."""
    params = {"domain": domain, "server": server}
    try:
        records = await _spf_record(dns, domain)
    except DnsMissing:
        records = []
    except DnsUnavailable as exc:
        params["reason"] = exc.reason
        return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=str(exc))
    current = records[0] if len(records) == 1 else ""
    if len(records) > 1:
        return Finding("spf", "SPF_TWO_RECORDS", Status.FAIL, params, detail=" | ".join(records))
    include = provider.spf_include if provider else ""
    mx_hosts = _mx_hosts(await mx_lookup) if mx_lookup is not None else []
    mechanism = await spf_suggestion(dns, server, addresses, provider, mx_hosts)
    if not records:
        if not mechanism:
            return Finding("spf", "SPF_MISSING", Status.WARN, params, wording="SPF_MISSING:ask")
        return Finding(
            "spf",
            "SPF_MISSING",
            Status.WARN,
            params,
            record_name=domain,
            record=with_mechanism("", mechanism),
        )
    if include:
        assert provider is not None
        params.update(provider=provider.name, include=include)
        # Evaluate once for record-level errors (syntax, limits, DNS failures).
        outcome = await check_host("192.0.2.1", domain, f"postmaster@{domain}", dns)
        if outcome.result is SpfResult.TEMPERROR:
            params["reason"] = _dns_reason(outcome)
            return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=outcome.reason)
        if outcome.result is SpfResult.PERMERROR:
            return _spf_error(outcome, domain)
        # 192.0.2.1 (TEST-NET-1) matches no real record, so the evaluation walks every
        # include and redirect: outcome.includes is the whole graph.
        if _mentions(outcome, include.lower().rstrip(".")):
            return Finding("spf", "SPF_INCLUDE_PRESENT", Status.PASS, params, detail=current)
        params["result"] = "fail"
        return Finding(
            "spf",
            "SPF_NOT_AUTHORIZED",
            Status.FAIL,
            params,
            record_name=domain,
            record=with_mechanism(current, mechanism),
            detail=current,
        )
    if not addresses:
        return Finding("spf", "SPF_NO_SERVER", Status.UNKNOWN, params, detail=current)
    results = []
    for address in addresses:
        outcome = await check_host(address, domain, f"postmaster@{domain}", dns)
        results.append(outcome)
        if outcome.result is SpfResult.TEMPERROR:
            params["reason"] = _dns_reason(outcome)
            return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=outcome.reason)
        if outcome.result is SpfResult.PERMERROR:
            return _spf_error(outcome, domain)
    failing = [r for r in results if r.result is not SpfResult.PASS]
    if not failing:
        params["mechanism"] = results[0].mechanism
        return Finding("spf", "SPF_PASS", Status.PASS, params, detail=current)
    worst = failing[0].result
    params["result"] = worst.value
    code, status = (
        ("SPF_NOT_AUTHORIZED", Status.FAIL)
        if worst is SpfResult.FAIL
        else ("SPF_WEAK", Status.WARN)
    )
    return Finding(
        "spf",
        code,
        status,
        params,
        record_name=domain,
        record=with_mechanism(current, mechanism),
        detail=current,
    )
