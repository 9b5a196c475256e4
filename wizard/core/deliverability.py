"""Will mail from this server land? SPF, DMARC, MX and DNS blocklists.

Each check yields a :class:`Finding`: pass / warn / fail / unknown ("couldn't
check") with a plain explanation and, where it helps, the exact DNS record to
publish. A resolver that timed out or failed (SERVFAIL) is always "couldn't
check", never "missing" (see :mod:`wizard.core.dnsquery`).

Findings come in order of what matters (:data:`IMPORTANCE`): what gets mail
refused first, then records worth publishing, then what is fine, then what
could not be checked. A missing record is advice ("Recommended"), not a
"Problem": a problem is something receivers will hold against the mail.

Texts are English sources marked for translation (context ``Deliverability``);
``{placeholders}`` are filled in after translation.
"""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from publicsuffixlist import PublicSuffixList

from .dnsquery import DnsClient, DnsMissing, DnsUnavailable, MxRecord
from .i18n import QT_TRANSLATE_NOOP, fill
from .providers import Provider, for_server_host
from .spf import SpfResult, check_host, is_spf1, parse_record

_C = "Deliverability"


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a check result, not a password
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"  # couldn't check


STATUS_LABELS = {
    Status.PASS: QT_TRANSLATE_NOOP("Deliverability", "OK"),
    Status.WARN: QT_TRANSLATE_NOOP("Deliverability", "Recommended"),
    Status.FAIL: QT_TRANSLATE_NOOP("Deliverability", "Problem"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Deliverability", "Couldn't check"),
}

# code -> (title, explanation)
FINDINGS: dict[str, tuple[str, str]] = {
    "SPF_PASS": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF authorizes this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} allows mail sent through {server} (it matches "
            "\u201c{mechanism}\u201d).",
        ),
    ),
    "SPF_INCLUDE_PRESENT": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF authorizes {provider}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} includes {include}, which {provider} asks its "
            "customers to publish.",
        ),
    ),
    "SPF_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish an SPF record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} does not say which servers may send its mail. Many receivers (Gmail, "
            "Microsoft) put such mail in spam or refuse it. Publish this TXT record on {domain}:",
        ),
    ),
    # SPF_MISSING when nothing is known to suggest (no server given, no MX records).
    "SPF_MISSING:ask": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish an SPF record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} does not say which servers may send its mail. Many receivers (Gmail, "
            "Microsoft) put such mail in spam or refuse it. Ask whoever runs your mail server "
            "which SPF record to publish on {domain}.",
        ),
    ),
    "SPF_NOT_AUTHORIZED": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF does not authorize this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} does not list {server}, so receivers will treat mail "
            "from it as {result}. Replace the record with this one:",
        ),
    ),
    "SPF_WEAK": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF does not vouch for this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} does not list {server} and ends with a {result} "
            "result, which receivers treat as suspicious. Replace the record with this one:",
        ),
    ),
    "SPF_TWO_RECORDS": (
        QT_TRANSLATE_NOOP("Deliverability", "Two SPF records"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} publishes more than one SPF record. That is an error (RFC 7208): "
            "receivers ignore both. Merge them into one record.",
        ),
    ),
    "SPF_TOO_MANY_LOOKUPS": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF record needs too many look-ups"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "Checking the SPF record of {domain} takes more than 10 DNS look-ups (includes, "
            "a, mx, ptr, exists, redirect). Receivers stop and treat it as an error. Remove "
            "includes of services you no longer use, or replace some with ip4:/ip6: ranges.",
        ),
    ),
    "SPF_BROKEN": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF record is broken"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} has an error, so receivers ignore it: {reason}.",
        ),
    ),
    "SPF_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check SPF"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The DNS look-up for the SPF record of {domain} failed ({reason}). This says "
            "nothing about whether the record exists; try again later or with another DNS server.",
        ),
    ),
    "SPF_NO_SERVER": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check SPF against the server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The address of the server {server} could not be found, so we could not see "
            "whether SPF allows it.",
        ),
    ),
    "DMARC_ENFORCED": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC policy in place"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes a DMARC policy of "{policy}": receivers reject or quarantine '
            "mail that fails SPF and DKIM alignment. {alignment}",
        ),
    ),
    "DMARC_MONITOR": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC only monitors"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes DMARC with policy "none": nothing is enforced yet. That is a '
            'fine start; move to "quarantine" once the reports show all your mail aligns. '
            "{alignment}",
        ),
    ),
    "DMARC_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish a DMARC record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} has no DMARC record. Gmail and Yahoo require one from bulk senders, and "
            "it protects your domain from spoofing. Start by publishing this TXT record:",
        ),
    ),
    "DMARC_MALFORMED": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC record is malformed"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The DMARC record of {domain} cannot be used, so receivers ignore it: {reason}. "
            "A valid minimal record is:",
        ),
    ),
    "DMARC_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check DMARC"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "The DNS look-up for the DMARC record of {domain} failed ({reason})."
        ),
    ),
    "MX_PRESENT": (
        QT_TRANSLATE_NOOP("Deliverability", "The domain receives mail"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "Replies and bounces to {domain} are delivered to {hosts}."
        ),
    ),
    "MX_NULL": (
        QT_TRANSLATE_NOOP("Deliverability", "The domain accepts no mail"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes a "null MX" (RFC 7505): it receives no mail, so replies and '
            "bounces to your From address are lost, and some receivers refuse mail from it.",
        ),
    ),
    "MX_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "No MX record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} has no MX record, so replies may not arrive and some receivers refuse "
            "mail from domains that cannot receive any.",
        ),
    ),
    "MX_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check MX"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "The DNS look-up for the MX records of {domain} failed ({reason})."
        ),
    ),
    "DNSBL_CLEAN": (
        QT_TRANSLATE_NOOP("Deliverability", "Not listed on {list}"),
        QT_TRANSLATE_NOOP("Deliverability", "{addresses} is not on the {list} blocklist."),
    ),
    "DNSBL_LISTED": (
        QT_TRANSLATE_NOOP("Deliverability", "Listed on {list}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{addresses} is on the {list} blocklist ({code}), so many receivers refuse its "
            "mail. Ask whoever runs the server (or your provider) to request removal.",
        ),
    ),
    "DNSBL_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check {list}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The {list} blocklist did not give a usable answer ({reason}). Some lists refuse "
            "queries from public DNS resolvers; this is not a listing.",
        ),
    ),
    "DNSBL_PRIVATE": (
        QT_TRANSLATE_NOOP("Deliverability", "Blocklists: nothing to check"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The server {server} has a private address ({addresses}); the address it sends "
            "from on the internet is not known here, so blocklists could not be checked.",
        ),
    ),
}

ALIGNMENT_HINTS = {
    "strict_spf": QT_TRANSLATE_NOOP(
        "Deliverability",
        "SPF alignment is strict (aspf=s): the bounce address (envelope sender) must use "
        "exactly this domain, "
        "not a subdomain.",
    ),
    "esp": QT_TRANSLATE_NOOP(
        "Deliverability",
        "{provider} sends with its own bounce domain, so SPF will not align with your From: "
        "set up DKIM signing for your domain in {provider} so DMARC passes.",
    ),
}

# Codes in order of what matters to someone whose test message just went through:
# what will get mail refused, then records worth publishing or fixing, then what is
# fine, then what could not be checked (which is never "missing").
IMPORTANCE = (
    "SPF_NOT_AUTHORIZED",
    "DNSBL_LISTED",
    "SPF_TWO_RECORDS",
    "SPF_TOO_MANY_LOOKUPS",
    "SPF_BROKEN",
    "DMARC_MALFORMED",
    "SPF_MISSING",
    "DMARC_MISSING",
    "SPF_WEAK",
    "MX_NULL",
    "MX_MISSING",
    "DMARC_MONITOR",
    "SPF_PASS",
    "SPF_INCLUDE_PRESENT",
    "DMARC_ENFORCED",
    "MX_PRESENT",
    "DNSBL_CLEAN",
    "SPF_UNAVAILABLE",
    "SPF_NO_SERVER",
    "DMARC_UNAVAILABLE",
    "MX_UNAVAILABLE",
    "DNSBL_UNAVAILABLE",
    "DNSBL_PRIVATE",
)
_STATUS_ORDER = (Status.FAIL, Status.WARN, Status.PASS, Status.UNKNOWN)

# Why a look-up failed, in words ({reason} in the texts above).
REASONS = {
    "timeout": QT_TRANSLATE_NOOP("Deliverability", "the DNS server did not answer in time"),
    "servfail": QT_TRANSLATE_NOOP("Deliverability", "the DNS server reported a failure"),
    "control query failed": QT_TRANSLATE_NOOP(
        "Deliverability", "the list's test entry did not answer as expected"
    ),
}

# Blocklists queried by default: widely used, and free for low-volume queries.
DEFAULT_BLOCKLISTS = ("zen.spamhaus.org", "bl.spamcop.net", "psbl.surriel.com")
# Bulk-mail providers whose bounce (envelope) domain is their own.
_ESP_PREFIXES = (
    "ses_",
    "sendgrid",
    "mailgun",
    "postmark",
    "brevo",
    "mailjet",
    "sparkpost",
    "mandrill",
)


@dataclass
class Finding:
    check: str  # "spf" | "dmarc" | "mx" | "dnsbl"
    code: str
    status: Status
    params: dict[str, str] = field(default_factory=dict)
    record_name: str = ""  # where to publish ``record``
    record: str = ""  # the exact record to publish, when we know it
    detail: str = ""  # technical detail (English), e.g. the record as found
    wording: str = ""  # a FINDINGS key other than the code's own, e.g. "SPF_MISSING:ask"

    @property
    def importance(self) -> tuple[int, int]:
        """Sort key: most important first; a badge's status never comes after a milder one."""
        rank = IMPORTANCE.index(self.code) if self.code in IMPORTANCE else len(IMPORTANCE)
        return _STATUS_ORDER.index(self.status), rank

    def render(self, translate: Any = None) -> tuple[str, str]:
        title, explanation = FINDINGS[self.wording or self.code]
        if translate is not None:
            title, explanation = translate(_C, title), translate(_C, explanation)

        def text(source: str) -> str:
            return translate(_C, source) if translate is not None else source

        params = dict(self.params)
        # "reason" and "alignment" hold codes; their words are translated here.
        if params.get("reason", "") in REASON_TEXTS:
            params["reason"] = text(REASON_TEXTS[params["reason"]]).replace(
                "{value}", params.get("value", "")
            )
        hint = ALIGNMENT_HINTS.get(params.get("alignment", ""), "")
        params["alignment"] = fill(text(hint), params) if hint else ""
        return fill(title, params), fill(explanation, params).strip()

    def to_dict(self, translate: Any = None) -> dict[str, object]:
        title, explanation = self.render(translate)
        return {
            "check": self.check,
            "code": self.code,
            "status": self.status.value,
            "title": title,
            "explanation": explanation,
            "record_name": self.record_name or None,
            "record": self.record or None,
            "detail": self.detail,
        }


@dataclass
class Report:
    domain: str
    server: str
    server_addresses: list[str]
    findings: list[Finding]

    def to_dict(self, translate: Any = None) -> dict[str, object]:
        return {
            "domain": self.domain,
            "server": self.server or None,
            "server_addresses": self.server_addresses,
            "findings": [f.to_dict(translate) for f in self.findings],
        }


# -- SPF ---------------------------------------------------------------------------------


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


async def _mentions(dns: DnsClient, domain: str, include: str, budget: list[int]) -> bool:
    """Whether ``include`` is reached through include:/redirect= from ``domain``."""
    try:
        records = await _spf_record(dns, domain)
    except DnsMissing:
        return False
    if len(records) != 1:
        return False
    try:
        record = parse_record(records[0])
    except Exception:  # a syntax error: check_host() reports it, not this walk
        return False
    targets = [t.domain for t in record.terms if t.name == "include"]
    if record.redirect:
        targets.append(record.redirect)
    for target in targets:
        if target.lower().rstrip(".") == include:
            return True
    for target in targets:
        if "%" in target or budget[0] <= 0:
            continue
        budget[0] -= 1
        if await _mentions(dns, target, include, budget):
            return True
    return False


def _dns_reason(text: str) -> str:
    """The reason code at the end of a DnsUnavailable message ("name TXT: timeout")."""
    tail = text.rsplit(": ", 1)[-1]
    return tail if tail in REASONS else text


def _spf_error(code_reason: str, domain: str) -> Finding:
    if "SPF records" in code_reason:
        return Finding(
            "spf", "SPF_TWO_RECORDS", Status.FAIL, {"domain": domain}, detail=code_reason
        )
    if "10 DNS lookups" in code_reason or "void lookups" in code_reason:
        return Finding(
            "spf", "SPF_TOO_MANY_LOOKUPS", Status.FAIL, {"domain": domain}, detail=code_reason
        )
    return Finding(
        "spf",
        "SPF_BROKEN",
        Status.FAIL,
        {"domain": domain, "reason": code_reason},
        detail=code_reason,
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
            params["reason"] = _dns_reason(outcome.reason)
            return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=outcome.reason)
        if outcome.result is SpfResult.PERMERROR:
            return _spf_error(outcome.reason, domain)
        try:
            found = await _mentions(dns, domain, include.lower(), [10])
        except DnsUnavailable as exc:
            params["reason"] = exc.reason
            return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=str(exc))
        if found:
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
            params["reason"] = _dns_reason(outcome.reason)
            return Finding("spf", "SPF_UNAVAILABLE", Status.UNKNOWN, params, detail=outcome.reason)
        if outcome.result is SpfResult.PERMERROR:
            return _spf_error(outcome.reason, domain)
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


# -- DMARC -------------------------------------------------------------------------------

_DMARC_POLICIES = {"none", "quarantine", "reject"}


DMARC_PROBLEMS = {
    "pair": QT_TRANSLATE_NOOP("Deliverability", "\u201c{value}\u201d is not a tag=value pair"),
    "version": QT_TRANSLATE_NOOP("Deliverability", "the record must start with v=DMARC1"),
    "no_policy": QT_TRANSLATE_NOOP("Deliverability", "the policy tag p= is missing"),
    "policy": QT_TRANSLATE_NOOP("Deliverability", "p={value} is not none, quarantine or reject"),
    "alignment": QT_TRANSLATE_NOOP("Deliverability", "{value} is not r or s"),
    "pct": QT_TRANSLATE_NOOP("Deliverability", "pct={value} is not between 0 and 100"),
    "two": QT_TRANSLATE_NOOP("Deliverability", "there is more than one DMARC record"),
}


# Every code a finding's {reason} may hold, with its words.
REASON_TEXTS = {**REASONS, **{f"dmarc:{k}": v for k, v in DMARC_PROBLEMS.items()}}


class DmarcError(ValueError):
    def __init__(self, problem: str, value: str = "") -> None:
        super().__init__(DMARC_PROBLEMS[problem].replace("{value}", value))
        self.problem = problem
        self.value = value


def parse_dmarc(text: str) -> dict[str, str]:
    """Tag list of a DMARC record (RFC 7489 6.4); raise DmarcError saying what is wrong."""
    tags: dict[str, str] = {}
    for index, part in enumerate(p.strip() for p in text.split(";")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            raise DmarcError("pair", part)
        if index == 0 and (key != "v" or value != "DMARC1"):
            raise DmarcError("version")
        tags[key] = value
    if "p" not in tags:
        raise DmarcError("no_policy")
    if tags["p"].lower() not in _DMARC_POLICIES:
        raise DmarcError("policy", tags["p"])
    for key in ("adkim", "aspf"):
        if key in tags and tags[key].lower() not in ("r", "s"):
            raise DmarcError("alignment", f"{key}={tags[key]}")
    if "pct" in tags and not (_ascii_digits(tags["pct"]) and int(tags["pct"]) <= 100):
        raise DmarcError("pct", tags["pct"])
    return tags


def _ascii_digits(text: str) -> bool:
    """Only ASCII 0-9: str.isdigit() also takes superscripts (int() raises) and other
    scripts' digits (int() reads them), neither of which RFC 7489 allows."""
    return bool(text) and text.isascii() and text.isdigit()


_psl: PublicSuffixList | None = None


def _organizational(domain: str) -> str:
    """The organizational domain (RFC 7489 3.2): the public suffix plus one label, from the
    bundled public suffix list. "" when ``domain`` is itself a public suffix."""
    global _psl  # loaded once, on first use
    if _psl is None:
        _psl = PublicSuffixList()
    return _psl.privatesuffix(domain.lower().rstrip(".")) or ""


async def check_dmarc(dns: DnsClient, domain: str, provider: Provider | None) -> Finding:
    params = {"domain": domain}
    suggestion = f"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}"
    where = domain
    records: list[str] = []
    for name in dict.fromkeys(filter(None, (domain, _organizational(domain)))):
        try:
            texts = await dns.txt(f"_dmarc.{name}")
        except DnsMissing:
            continue
        except DnsUnavailable as exc:
            params["reason"] = exc.reason
            return Finding("dmarc", "DMARC_UNAVAILABLE", Status.UNKNOWN, params, detail=str(exc))
        records = [t for t in texts if t.replace(" ", "").lower().startswith("v=dmarc1")]
        if records:
            where = name
            break
    if not records:
        return Finding(
            "dmarc",
            "DMARC_MISSING",
            Status.WARN,
            params,
            record_name=f"_dmarc.{domain}",
            record=suggestion,
        )
    try:
        if len(records) > 1:
            raise DmarcError("two")
        tags = parse_dmarc(records[0])
    except DmarcError as exc:
        params["reason"] = f"dmarc:{exc.problem}"
        params["value"] = exc.value
        return Finding(
            "dmarc",
            "DMARC_MALFORMED",
            Status.FAIL,
            params,
            record_name=f"_dmarc.{where}",
            record=suggestion,
            detail=" | ".join(records),
        )
    policy = tags["p"].lower()
    if where != domain and "sp" in tags:
        policy = tags["sp"].lower()
    params["policy"] = policy
    params["alignment"] = ""
    if provider is not None and provider.id.startswith(_ESP_PREFIXES):
        params["alignment"] = "esp"
        params["provider"] = provider.name
    elif tags.get("aspf", "r").lower() == "s":
        params["alignment"] = "strict_spf"
    if policy == "none":
        return Finding("dmarc", "DMARC_MONITOR", Status.WARN, params, detail=records[0])
    return Finding("dmarc", "DMARC_ENFORCED", Status.PASS, params, detail=records[0])


# -- MX ----------------------------------------------------------------------------------


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


# -- DNS blocklists ----------------------------------------------------------------------


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


# -- all of it ---------------------------------------------------------------------------


async def server_addresses(dns: DnsClient, server: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(server.strip("[]")))]
    except ValueError:
        pass
    try:
        return await dns.all_addresses(server)
    except (DnsMissing, DnsUnavailable):
        return []


async def check_domain(
    domain: str,
    server: str = "",
    dns: DnsClient | None = None,
    blocklists: tuple[str, ...] = DEFAULT_BLOCKLISTS,
) -> Report:
    """Every deliverability check for mail From ``domain`` sent through ``server``."""
    dns = dns or DnsClient()
    domain = domain.strip().lower().rstrip(".")
    if "@" in domain:
        domain = domain.rpartition("@")[2]
    server = server.strip().lower().rstrip(".")
    provider = for_server_host(server) if server else None

    addresses = await server_addresses(dns, server) if server else []
    # One round of look-ups: SPF's advice waits for the MX answer only when it needs it.
    mx_lookup = asyncio.ensure_future(_mx_lookup(dns, domain))
    spf, dmarc, mx_answer = await asyncio.gather(
        check_spf(dns, domain, server, addresses, provider, mx_lookup),
        check_dmarc(dns, domain, provider),
        mx_lookup,
    )
    mx = _mx_finding(domain, mx_answer)
    findings = [spf, dmarc, mx]
    public = [a for a in addresses if ipaddress.ip_address(a).is_global]
    if server and addresses and not public:
        findings.append(
            Finding(
                "dnsbl",
                "DNSBL_PRIVATE",
                Status.UNKNOWN,
                {"server": server, "addresses": ", ".join(addresses)},
            )
        )
    elif public and provider is None:
        # A big provider's submission host is not the host that delivers mail, and
        # providers watch their own reputation: blocklists only for other servers.
        findings += await asyncio.gather(*(check_blocklist(dns, b, public) for b in blocklists))
    findings.sort(key=lambda f: f.importance)  # stable: same rank keeps the check order
    return Report(domain, server, addresses, findings)
