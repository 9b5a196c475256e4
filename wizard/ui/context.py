"""What the windows share: the profile store and the secret store (injected, so
tests hand in a temporary file and an in-memory keyring).

The DNS client, the discovery options and the blocklists are made on first use:
building them imports discovery, deliverability and the DNS modules, which the
window's first show does not need (issue 15). Tests set them before use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wizard.core.secrets import SecretStore
from wizard.core.store import LoadReport, ProfileStore

if TYPE_CHECKING:
    from wizard.core.discovery import DiscoveryOptions
    from wizard.core.dnsquery import DnsClient


class AppContext:
    def __init__(
        self,
        profiles: ProfileStore | None = None,
        secrets: SecretStore | None = None,
        load_report: LoadReport | None = None,
        dns: DnsClient | None = None,
        discovery: DiscoveryOptions | None = None,
        blocklists: tuple[str, ...] | None = None,
    ) -> None:
        self.profiles = profiles if profiles is not None else ProfileStore()
        self.secrets = secrets if secrets is not None else SecretStore()
        self.load_report = load_report if load_report is not None else LoadReport()
        self._dns = dns
        self._discovery = discovery
        self._blocklists = blocklists

    # DNS and discovery settings: tests point these at loopback servers.
    @property
    def dns(self) -> DnsClient:
        if self._dns is None:
            from wizard.core.dnsquery import DnsClient

            self._dns = DnsClient()
        return self._dns

    @dns.setter
    def dns(self, value: DnsClient) -> None:
        self._dns = value

    @property
    def discovery(self) -> DiscoveryOptions:
        if self._discovery is None:
            from wizard.core.discovery import DiscoveryOptions

            self._discovery = DiscoveryOptions()
        return self._discovery

    @discovery.setter
    def discovery(self, value: DiscoveryOptions) -> None:
        self._discovery = value

    @property
    def blocklists(self) -> tuple[str, ...]:
        if self._blocklists is None:
            from wizard.core.deliverability import DEFAULT_BLOCKLISTS

            self._blocklists = DEFAULT_BLOCKLISTS
        return self._blocklists

    @blocklists.setter
    def blocklists(self, value: tuple[str, ...]) -> None:
        self._blocklists = value

    def load(self) -> LoadReport:
        self.load_report = self.profiles.load()
        return self.load_report
