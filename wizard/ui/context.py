"""What the windows share: the profile store and the secret store (injected, so
tests hand in a temporary file and an in-memory keyring)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.core.deliverability import DEFAULT_BLOCKLISTS
from wizard.core.discovery import DiscoveryOptions
from wizard.core.dnsquery import DnsClient
from wizard.core.secrets import SecretStore
from wizard.core.store import LoadReport, ProfileStore


@dataclass
class AppContext:
    profiles: ProfileStore = field(default_factory=ProfileStore)
    secrets: SecretStore = field(default_factory=SecretStore)
    load_report: LoadReport = field(default_factory=LoadReport)
    # DNS and discovery settings: tests point these at loopback servers.
    dns: DnsClient = field(default_factory=DnsClient)
    discovery: DiscoveryOptions = field(default_factory=DiscoveryOptions)
    blocklists: tuple[str, ...] = DEFAULT_BLOCKLISTS

    def load(self) -> LoadReport:
        self.load_report = self.profiles.load()
        return self.load_report
