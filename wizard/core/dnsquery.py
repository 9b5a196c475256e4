"""DNS look-ups that keep "missing" apart from "couldn't check".

dnspython reports a missing name (NXDOMAIN) and a name without the asked-for
record (NoAnswer) differently from a resolver that failed (SERVFAIL/REFUSED →
NoNameservers) or did not answer in time (LifetimeTimeout). Only the first two
mean the record is missing; every check built on this module must say
"couldn't check" for the others, never "missing".

dnspython is imported lazily: it adds ~100 ms to start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .asciinum import ip_literal
from .endpoint import EndpointError, parse_port

if TYPE_CHECKING:
    from dns.asyncresolver import Resolver


class DnsError(Exception):
    """Base for look-up outcomes other than an answer."""


class DnsMissing(DnsError):
    """The name or the record does not exist (NXDOMAIN or NoAnswer)."""

    def __init__(self, name: str, rdtype: str, nxdomain: bool) -> None:
        super().__init__(f"{name} {rdtype}: {'no such name' if nxdomain else 'no such record'}")
        self.name = name
        self.rdtype = rdtype
        self.nxdomain = nxdomain


class DnsUnavailable(DnsError):
    """The resolver failed or timed out: we do not know whether the record exists."""

    def __init__(self, name: str, rdtype: str, reason: str) -> None:
        super().__init__(f"{name} {rdtype}: {reason}")
        self.name = name
        self.rdtype = rdtype
        self.reason = reason  # "timeout" | "servfail" | "error"


class NameserverError(ValueError):
    """``--nameserver`` is not ``IP`` or ``IP:PORT``."""


@dataclass(frozen=True)
class Nameserver:
    address: str
    port: int = 53


def parse_nameserver(text: str) -> Nameserver:
    """Parse ``IP``, ``IP:PORT``, ``[IPv6]:PORT`` or a bare IPv6 address."""
    text = text.strip()
    host, port = text, 53
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise NameserverError(text)
        if rest:
            port = _port(rest[1:], text)
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = _port(port_text, text)
    try:
        address = ip_literal(host)
    except ValueError:
        raise NameserverError(text) from None
    return Nameserver(address, port)


def _port(text: str, whole: str) -> int:
    try:
        return parse_port(text)
    except EndpointError:
        raise NameserverError(whole) from None


@dataclass(frozen=True)
class MxRecord:
    preference: int
    host: str  # "" for a null MX (RFC 7505)


@dataclass(frozen=True)
class SrvRecord:
    priority: int
    weight: int
    port: int
    target: str  # "" when the target is "." (service not offered, RFC 2782)


class DnsClient:
    """Asynchronous look-ups through the system resolver or one given server."""

    def __init__(
        self, nameserver: Nameserver | None = None, *, timeout: float = 3.0, lifetime: float = 5.0
    ) -> None:
        self.nameserver = nameserver
        self.timeout = timeout
        self.lifetime = lifetime
        self._resolver: Resolver | None = None

    def _get_resolver(self) -> Resolver:
        if self._resolver is None:
            import dns.asyncresolver

            if self.nameserver is None:
                resolver = dns.asyncresolver.Resolver()
            else:
                resolver = dns.asyncresolver.Resolver(configure=False)
                resolver.nameservers = [self.nameserver.address]
                resolver.port = self.nameserver.port
            resolver.timeout = self.timeout
            resolver.lifetime = self.lifetime
            self._resolver = resolver
        return self._resolver

    async def _query(self, name: str, rdtype: str) -> Any:
        import dns.exception
        import dns.resolver

        resolver = self._get_resolver()
        try:
            return await resolver.resolve(name, rdtype, search=False)
        except dns.resolver.NXDOMAIN:
            raise DnsMissing(name, rdtype, nxdomain=True) from None
        except dns.resolver.NoAnswer:
            raise DnsMissing(name, rdtype, nxdomain=False) from None
        except dns.resolver.NoNameservers:
            raise DnsUnavailable(name, rdtype, "servfail") from None
        except dns.exception.Timeout:
            raise DnsUnavailable(name, rdtype, "timeout") from None
        except dns.exception.DNSException as exc:
            # Bad names (label too long, empty label) come here too.
            raise DnsUnavailable(name, rdtype, f"error: {exc.__class__.__name__}") from None

    async def txt(self, name: str) -> list[str]:
        """TXT records, each with its strings joined without a separator (RFC 7208 3.3)."""
        answer = await self._query(name, "TXT")
        return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]

    async def addresses(self, name: str, rdtype: str = "A") -> list[str]:
        answer = await self._query(name, rdtype)
        return [r.address for r in answer]

    async def all_addresses(self, name: str) -> list[str]:
        """A and AAAA together; missing only when both are missing."""
        found: list[str] = []
        unavailable: DnsUnavailable | None = None
        for rdtype in ("A", "AAAA"):
            try:
                found += await self.addresses(name, rdtype)
            except DnsMissing:
                pass
            except DnsUnavailable as exc:
                unavailable = exc
        if found:
            return found
        if unavailable is not None:
            raise unavailable
        raise DnsMissing(name, "A", nxdomain=False)

    async def mx(self, name: str) -> list[MxRecord]:
        answer = await self._query(name, "MX")
        records = [
            MxRecord(r.preference, r.exchange.to_text(omit_final_dot=True).lower().rstrip("."))
            for r in answer
        ]
        return sorted(records, key=lambda r: r.preference)

    async def srv(self, name: str) -> list[SrvRecord]:
        answer = await self._query(name, "SRV")
        records = [
            SrvRecord(r.priority, r.weight, r.port, r.target.to_text(omit_final_dot=True).lower())
            for r in answer
        ]
        # "." as target means "not offered here" (RFC 2782; RFC 6186 section 3.4).
        records = [
            r if r.target not in ("", ".") else SrvRecord(r.priority, r.weight, r.port, "")
            for r in records
        ]
        return sorted(records, key=lambda r: (r.priority, -r.weight))

    async def ptr(self, address: str) -> list[str]:
        import dns.reversename

        answer = await self._query(dns.reversename.from_address(address).to_text(), "PTR")
        return [r.target.to_text(omit_final_dot=True).lower() for r in answer]
