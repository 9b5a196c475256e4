"""The report: every check for one domain and server, most important first."""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import dataclass
from typing import Any

from ..dnsquery import DnsClient, DnsMissing, DnsUnavailable
from ..providers import for_server_host
from .blocklists import DEFAULT_BLOCKLISTS, check_blocklist
from .catalogue import Status
from .dmarc import check_dmarc
from .finding import Finding
from .mx import _mx_finding, _mx_lookup
from .spf_advice import check_spf


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
