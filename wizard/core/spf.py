"""SPF evaluation per RFC 7208 (``check_host()``), asynchronous.

Proven against the openspf.org RFC 7208 test suite (tests/data/spf). We wrote
our own because the one Python implementation, pyspf, is synchronous, last
released in 2020 and talks to DNS through module-level globals: it could
neither use our resolver (``--nameserver``) nor keep "timeout" apart from
"missing" the way the rest of the app does.

Only what a sender needs is implemented: the result and the reason. The
``exp=`` explanation is parsed and syntax-checked but not fetched.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse
from collections.abc import Awaitable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from .dnsquery import DnsMissing, DnsUnavailable, MxRecord

MAX_LOOKUPS = 10  # RFC 7208 4.6.4
MAX_VOID_LOOKUPS = 2  # RFC 7208 4.6.4
MAX_MX_OR_PTR_NAMES = 10  # RFC 7208 4.6.4


class SpfResult(StrEnum):
    NONE = "none"
    NEUTRAL = "neutral"
    PASS = "pass"  # noqa: S105 - the SPF result, not a password
    FAIL = "fail"
    SOFTFAIL = "softfail"
    TEMPERROR = "temperror"
    PERMERROR = "permerror"


_QUALIFIERS = {
    "+": SpfResult.PASS,
    "-": SpfResult.FAIL,
    "~": SpfResult.SOFTFAIL,
    "?": SpfResult.NEUTRAL,
}


class Lookup(Protocol):
    """The DNS look-ups SPF needs; :class:`~wizard.core.dnsquery.DnsClient` provides them."""

    def txt(self, name: str) -> Awaitable[list[str]]: ...
    def addresses(self, name: str, rdtype: str = "A") -> Awaitable[list[str]]: ...
    def mx(self, name: str) -> Awaitable[list[MxRecord]]: ...
    def ptr(self, address: str) -> Awaitable[list[str]]: ...


class SpfReason(StrEnum):
    """Why check_host() gave its result: what callers choose advice from.

    ``SpfOutcome.reason`` says the same in English for logs and the detail line;
    code must never match its words.
    """

    MATCHED = "matched"  # a mechanism matched: SpfOutcome.mechanism
    NO_MATCH = "no_match"  # nothing matched, no redirect: neutral (RFC 7208 4.7)
    NO_RECORD = "no_record"  # the domain publishes no SPF record: none (RFC 7208 4.5)
    INVALID_DOMAIN = "invalid_domain"  # not a valid domain to check: none (RFC 7208 4.3)
    SYNTAX = "syntax"  # the record (or a macro in it) is malformed (RFC 7208 4.6, 7.1)
    TWO_RECORDS = "two_records"  # more than one v=spf1 record (RFC 7208 4.5)
    TOO_MANY_LOOKUPS = "too_many_lookups"  # over 10 DNS-querying terms (RFC 7208 4.6.4)
    TOO_MANY_VOID_LOOKUPS = "too_many_void_lookups"  # over 2 empty answers (RFC 7208 4.6.4)
    TOO_MANY_MX_NAMES = "too_many_mx_names"  # an mx term with over 10 names (RFC 7208 4.6.4)
    INCLUDE_NONE = "include_none"  # include: of a domain without a record (RFC 7208 5.2)
    REDIRECT_NONE = "redirect_none"  # redirect= to a domain without a record (RFC 7208 6.1)
    BAD_REDIRECT = "bad_redirect"  # redirect= expands to no valid domain (RFC 7208 6.1)
    DNS_ERROR = "dns_error"  # a look-up timed out or failed: temperror (RFC 7208 2.6.6)


class _Abort(Exception):
    """Stop the evaluation: temperror for :attr:`SpfReason.DNS_ERROR`, else permerror."""

    def __init__(self, code: SpfReason, reason: str, dns_reason: str = "") -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.dns_reason = dns_reason
        self.result = SpfResult.TEMPERROR if code is SpfReason.DNS_ERROR else SpfResult.PERMERROR


@dataclass
class SpfOutcome:
    result: SpfResult
    code: SpfReason  # why, for code to choose from
    reason: str  # English, for logs and the detail line
    record: str = ""  # the top-level record that was evaluated
    mechanism: str = ""  # the mechanism that matched, if any
    lookups: int = 0
    includes: list[str] = field(default_factory=list)  # every include/redirect domain visited
    dns_reason: str = ""  # for DNS_ERROR: DnsUnavailable.reason ("timeout", "servfail", ...)


_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9\-_.]*$")
_MECHANISMS = {"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"}
_MACRO = re.compile(r"%(?:\{([slodiphcrtv])(\d*)(r?)([.\-+,/_=]*)\}|(.))", re.IGNORECASE)


def is_spf1(text: str) -> bool:
    """Whether a TXT record is an SPF record: "v=spf1" then a space or the end (RFC 7208 4.5)."""
    return text.lower() == "v=spf1" or text.lower().startswith("v=spf1 ")


def _valid_domain(domain: str) -> bool:
    """RFC 7208 4.3: a syntactically valid, fully qualified domain name."""
    name = domain.rstrip(".")
    if not name or len(name) > 253:
        return False
    labels = name.split(".")
    return len(labels) >= 2 and all(0 < len(label) <= 63 for label in labels)


def _check_macro_string(text: str, *, exp: bool = False) -> None:
    """Raise permerror for an invalid macro-string (RFC 7208 7.1)."""
    pos = 0
    while True:
        index = text.find("%", pos)
        if index < 0:
            return
        match = _MACRO.match(text, index)
        if match is None:
            raise _Abort(SpfReason.SYNTAX, f"bad macro in {text!r}")
        if match.group(5) is not None and match.group(5) not in "%_-":
            raise _Abort(SpfReason.SYNTAX, f"bad macro in {text!r}")
        letter = (match.group(1) or "").lower()
        if letter in ("c", "r", "t") and not exp:
            raise _Abort(SpfReason.SYNTAX, f"macro %{{{letter}}} only allowed in exp")
        if match.group(2) and int(match.group(2)) == 0:
            raise _Abort(SpfReason.SYNTAX, "macro with zero digits")
        pos = match.end()


def _check_domain_spec(spec: str) -> None:
    _check_macro_string(spec)
    if spec.endswith("%}") or re.search(r"%\{[^}]*\}\.?$", spec):
        return  # ends with a macro-expand: checked after expansion
    # domain-end = "." toplabel ["."]; toplabel contains a letter (RFC 7208 7.1).
    name = spec[:-1] if spec.endswith(".") else spec
    if "." not in name:
        raise _Abort(SpfReason.SYNTAX, f"domain-spec {spec!r} has no top label")
    top = name.rsplit(".", 1)[1]
    if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?", top) or top.isdigit():
        raise _Abort(SpfReason.SYNTAX, f"domain-spec {spec!r} has a bad top label")


@dataclass
class _Term:
    qualifier: SpfResult
    name: str  # mechanism name, lower case
    domain: str = ""  # domain-spec or "" for the current domain
    network: str = ""  # for ip4/ip6
    cidr4: int = 32
    cidr6: int = 128
    text: str = ""


@dataclass
class _Record:
    terms: list[_Term]
    redirect: str | None
    exp: str | None


def _split_cidr(arg: str, allow_v6: bool = True) -> tuple[str, int, int]:
    cidr4, cidr6 = 32, 128
    match = re.search(r"(?:/(\d+))?(?://(\d+))?$", arg)
    assert match is not None
    if match.group(0):
        arg = arg[: match.start()]
        if match.group(1) is not None:
            if (match.group(1) != "0" and match.group(1).startswith("0")) or int(
                match.group(1)
            ) > 32:
                raise _Abort(SpfReason.SYNTAX, "bad ip4-cidr-length")
            cidr4 = int(match.group(1))
        if match.group(2) is not None:
            if (
                not allow_v6
                or int(match.group(2)) > 128
                or (match.group(2) != "0" and match.group(2).startswith("0"))
            ):
                raise _Abort(SpfReason.SYNTAX, "bad ip6-cidr-length")
            cidr6 = int(match.group(2))
    return arg, cidr4, cidr6


def parse_record(text: str) -> _Record:
    """Parse a ``v=spf1`` record; raise :class:`_Abort` (permerror) on any syntax error."""
    terms: list[_Term] = []
    redirect: str | None = None
    exp: str | None = None
    for token in text.split(" ")[1:]:
        if not token:
            continue
        if not all(32 < ord(c) < 127 for c in token):
            raise _Abort(SpfReason.SYNTAX, f"invalid character in {token!r}")
        modifier = re.match(r"^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$", token)
        if modifier:
            name, value = modifier.group(1).lower(), modifier.group(2)
            if name == "redirect":
                if redirect is not None:
                    raise _Abort(SpfReason.SYNTAX, "two redirect= modifiers")
                _check_domain_spec(value)
                redirect = value
            elif name == "exp":
                if exp is not None:
                    raise _Abort(SpfReason.SYNTAX, "two exp= modifiers")
                _check_domain_spec(value)
                exp = value
            else:
                _check_macro_string(value)  # unknown modifiers are ignored (RFC 7208 6)
            continue
        qualifier = SpfResult.PASS
        body = token
        if body[0] in _QUALIFIERS:
            qualifier = _QUALIFIERS[body[0]]
            body = body[1:]
        match = re.match(r"^([A-Za-z0-9]+)(?:([:/])(.*))?$", body)
        if not match or match.group(1).lower() not in _MECHANISMS:
            raise _Abort(SpfReason.SYNTAX, f"unknown mechanism {token!r}")
        name = match.group(1).lower()
        sep, arg = match.group(2), match.group(3) or ""
        term = _Term(qualifier, name, text=token)
        if name == "all":
            if sep:
                raise _Abort(SpfReason.SYNTAX, f"bad all {token!r}")
        elif name in ("include", "exists"):
            if sep != ":" or not arg:
                raise _Abort(SpfReason.SYNTAX, f"{name} needs a domain")
            _check_domain_spec(arg)
            term.domain = arg
        elif name in ("a", "mx"):
            rest = (sep or "") + arg
            domain = ""
            if rest.startswith(":"):
                domain, term.cidr4, term.cidr6 = _split_cidr(rest[1:])
                if not domain:
                    raise _Abort(SpfReason.SYNTAX, f"empty domain in {token!r}")
                _check_domain_spec(domain)
            elif rest:
                leftover, term.cidr4, term.cidr6 = _split_cidr(rest)
                if leftover:
                    raise _Abort(SpfReason.SYNTAX, f"bad {name} {token!r}")
            term.domain = domain
        elif name == "ptr":
            if sep == "/":
                raise _Abort(SpfReason.SYNTAX, "ptr takes no cidr")
            if sep == ":":
                if not arg:
                    raise _Abort(SpfReason.SYNTAX, "empty ptr domain")
                _check_domain_spec(arg)
                term.domain = arg
        elif name in ("ip4", "ip6"):
            if sep != ":" or not arg:
                raise _Abort(SpfReason.SYNTAX, f"{name} needs an address")
            address, _, length = arg.partition("/")
            try:
                if name == "ip4":
                    if not re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", address):
                        raise ValueError
                    if length and (not length.isdigit() or (len(length) > 1 and length[0] == "0")):
                        raise ValueError
                    ipaddress.IPv4Network(f"{address}/{length or 32}", strict=False)
                else:
                    if length and (not length.isdigit() or (len(length) > 1 and length[0] == "0")):
                        raise ValueError
                    ipaddress.IPv6Network(f"{address}/{length or 128}", strict=False)
            except ValueError:
                raise _Abort(SpfReason.SYNTAX, f"bad address in {token!r}") from None
            term.network = f"{address}/{length or (32 if name == 'ip4' else 128)}"
        terms.append(term)
    return _Record(terms, redirect, exp)


@dataclass
class _Context:
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address
    sender: str
    helo: str
    lookup: Lookup
    lookups: int = 0
    voids: int = 0
    includes: list[str] = field(default_factory=list)

    def count(self) -> None:
        self.lookups += 1
        if self.lookups > MAX_LOOKUPS:
            raise _Abort(SpfReason.TOO_MANY_LOOKUPS, "more than 10 DNS lookups")

    def void(self) -> None:
        self.voids += 1
        if self.voids > MAX_VOID_LOOKUPS:
            raise _Abort(SpfReason.TOO_MANY_VOID_LOOKUPS, "more than 2 void lookups")


def _client_ip(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped  # RFC 7208 5: treat IPv4-mapped IPv6 as IPv4
    return address


async def _expand(ctx: _Context, spec: str, domain: str) -> str:
    """Expand macros in a domain-spec (RFC 7208 7)."""
    local, _, sender_domain = ctx.sender.rpartition("@")
    out: list[str] = []
    pos = 0
    for match in _MACRO.finditer(spec):
        out.append(spec[pos : match.start()])
        pos = match.end()
        if match.group(5) is not None:
            out.append({"%": "%", "_": " ", "-": "%20"}[match.group(5)])
            continue
        letter = match.group(1)
        key = letter.lower()
        if key == "s":
            value = ctx.sender
        elif key == "l":
            value = local or "postmaster"
        elif key == "o":
            value = sender_domain
        elif key == "d":
            value = domain
        elif key == "i":
            if isinstance(ctx.ip, ipaddress.IPv6Address):
                value = ".".join(ctx.ip.exploded.replace(":", ""))
            else:
                value = str(ctx.ip)
        elif key == "p":
            value = await _validated_name(ctx, domain) or "unknown"
        elif key == "v":
            value = "ip6" if isinstance(ctx.ip, ipaddress.IPv6Address) else "in-addr"
        elif key == "h":
            value = ctx.helo
        elif key == "c":
            value = str(ctx.ip)
        elif key == "r":
            value = "unknown"
        else:  # t
            value = "0"
        delimiters = match.group(4) or "."
        parts = re.split("[" + re.escape(delimiters) + "]", value)
        if match.group(3):
            parts.reverse()
        if match.group(2):
            parts = parts[-int(match.group(2)) :]
        value = ".".join(parts)
        if letter.isupper():
            value = urllib.parse.quote(value, safe="-_.~")
        out.append(value)
    out.append(spec[pos:])
    expanded = "".join(out)
    # RFC 7208 7.3: drop labels from the left until the name fits in 253 characters.
    while len(expanded.rstrip(".")) > 253 and "." in expanded:
        expanded = expanded.split(".", 1)[1]
    return expanded


async def _validated_name(ctx: _Context, target: str) -> str | None:
    """RFC 7208 5.5: PTR names whose addresses include the client; prefer ``target``."""
    try:
        names = (await ctx.lookup.ptr(str(ctx.ip)))[:MAX_MX_OR_PTR_NAMES]
    except (DnsMissing, DnsUnavailable):
        return None
    rdtype = "AAAA" if isinstance(ctx.ip, ipaddress.IPv6Address) else "A"
    validated: list[str] = []
    for name in names:
        try:
            addresses = await ctx.lookup.addresses(name, rdtype)
        except (DnsMissing, DnsUnavailable):
            continue
        if any(_client_ip(a) == ctx.ip for a in addresses):
            validated.append(name)
    target = target.lower().rstrip(".")
    for name in validated:
        if name == target or name.endswith("." + target):
            return name
    return validated[0] if validated else None


async def _addresses(ctx: _Context, name: str, rdtype: str) -> list[str]:
    try:
        return await ctx.lookup.addresses(name, rdtype)
    except DnsMissing:
        ctx.void()
        return []
    except DnsUnavailable as exc:
        raise _Abort(SpfReason.DNS_ERROR, str(exc), exc.reason) from None


def _in(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, address: str, c4: int, c6: int) -> bool:
    try:
        other = _client_ip(address)
    except ValueError:
        return False
    if other.version != ip.version:
        return False
    length = c4 if ip.version == 4 else c6
    return ip in ipaddress.ip_network(f"{other}/{length}", strict=False)


async def _target(ctx: _Context, term: _Term, domain: str) -> str | None:
    """The domain a mechanism looks up; None when its expansion is not a valid name.

    The syntax is checked before expansion only (RFC 7208 7.1; the suite's
    invalid-hello-macro): an expansion that yields no valid name matches nothing.
    """
    if not term.domain:
        return domain
    target = await _expand(ctx, term.domain, domain)
    return target if _valid_domain(target) else None


async def _matches(ctx: _Context, term: _Term, domain: str) -> bool:
    ip = ctx.ip
    rdtype = "AAAA" if ip.version == 6 else "A"
    if term.name == "all":
        return True
    if term.name in ("ip4", "ip6"):
        network = ipaddress.ip_network(term.network, strict=False)
        return ip.version == network.version and ip in network
    ctx.count()
    target = await _target(ctx, term, domain)
    if target is None:
        return False
    if term.name == "a":
        return any(
            _in(ip, a, term.cidr4, term.cidr6) for a in await _addresses(ctx, target, rdtype)
        )
    if term.name == "mx":
        try:
            records = await ctx.lookup.mx(target)
        except DnsMissing:
            ctx.void()
            return False
        except DnsUnavailable as exc:
            raise _Abort(SpfReason.DNS_ERROR, str(exc), exc.reason) from None
        hosts = [r.host for r in records if r.host]
        if len(hosts) > MAX_MX_OR_PTR_NAMES:
            raise _Abort(SpfReason.TOO_MANY_MX_NAMES, "more than 10 MX names")
        for host in hosts:
            addresses = await _addresses(ctx, host, rdtype)
            if any(_in(ip, a, term.cidr4, term.cidr6) for a in addresses):
                return True
        return False
    if term.name == "ptr":
        return _ptr_match(await _validated_name(ctx, target), target)
    if term.name == "exists":
        return bool(await _addresses(ctx, target, "A"))  # always A (RFC 7208 5.7)
    assert term.name == "include"
    ctx.includes.append(target)
    inner = await _check(ctx, target)
    if inner.result is SpfResult.PASS:
        return True
    if inner.result in (SpfResult.FAIL, SpfResult.SOFTFAIL, SpfResult.NEUTRAL):
        return False
    if inner.result is SpfResult.TEMPERROR:
        raise _Abort(SpfReason.DNS_ERROR, inner.reason, inner.dns_reason)
    # RFC 7208 5.2: include of a domain with no record (none) or an error is permerror;
    # an error keeps its own reason (too many look-ups inside an include is still that).
    code = SpfReason.INCLUDE_NONE if inner.result is SpfResult.NONE else inner.code
    raise _Abort(code, f"include:{target}: {inner.reason}")


def _ptr_match(name: str | None, target: str) -> bool:
    if name is None:
        return False
    target = target.lower().rstrip(".")
    return name == target or name.endswith("." + target)


async def _record_for(ctx: _Context, domain: str) -> str | None:
    try:
        texts = await ctx.lookup.txt(domain)
    except DnsMissing:
        return None
    except DnsUnavailable as exc:
        raise _Abort(SpfReason.DNS_ERROR, str(exc), exc.reason) from None
    records = [t for t in texts if is_spf1(t)]
    if len(records) > 1:
        raise _Abort(SpfReason.TWO_RECORDS, f"{domain} publishes {len(records)} SPF records")
    return records[0] if records else None


async def _check(ctx: _Context, domain: str) -> SpfOutcome:
    try:
        if not _valid_domain(domain):
            return SpfOutcome(
                SpfResult.NONE, SpfReason.INVALID_DOMAIN, f"{domain!r} is not a valid domain"
            )
        text = await _record_for(ctx, domain)
        if text is None:
            return SpfOutcome(
                SpfResult.NONE, SpfReason.NO_RECORD, f"{domain} publishes no SPF record"
            )
        record = parse_record(text)
        for term in record.terms:
            if await _matches(ctx, term, domain):
                return SpfOutcome(
                    term.qualifier, SpfReason.MATCHED, f"matched {term.text}", text, term.text
                )
        if record.redirect is not None:
            ctx.count()
            target = await _expand(ctx, record.redirect, domain)
            ctx.includes.append(target)
            if not _valid_domain(target):
                return SpfOutcome(
                    SpfResult.PERMERROR, SpfReason.BAD_REDIRECT, f"bad redirect {target!r}", text
                )
            inner = await _check(ctx, target)
            if inner.result is SpfResult.NONE:
                return SpfOutcome(
                    SpfResult.PERMERROR,
                    SpfReason.REDIRECT_NONE,
                    f"redirect={target}: no SPF record",
                    text,
                )
            inner.record = text
            return inner
        return SpfOutcome(SpfResult.NEUTRAL, SpfReason.NO_MATCH, "no mechanism matched", text)
    except _Abort as abort:
        return SpfOutcome(abort.result, abort.code, abort.reason, dns_reason=abort.dns_reason)


async def check_host(
    ip: str, domain: str, sender: str, lookup: Lookup, *, helo: str = ""
) -> SpfOutcome:
    """Evaluate ``domain``'s SPF policy for a message from ``ip`` (RFC 7208 4)."""
    if "@" not in sender:
        sender = f"postmaster@{sender}"
    elif sender.startswith("@"):
        sender = "postmaster" + sender
    ctx = _Context(_client_ip(ip), sender, helo or domain, lookup)
    outcome = await _check(ctx, domain.rstrip("."))
    outcome.lookups = ctx.lookups
    outcome.includes = ctx.includes
    return outcome
