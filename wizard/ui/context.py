"""What the windows share: the profile store and the secret store (injected, so
tests hand in a temporary file and an in-memory keyring)."""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.core.secrets import SecretStore
from wizard.core.store import LoadReport, ProfileStore


@dataclass
class AppContext:
    profiles: ProfileStore = field(default_factory=ProfileStore)
    secrets: SecretStore = field(default_factory=SecretStore)
    load_report: LoadReport = field(default_factory=LoadReport)

    def load(self) -> LoadReport:
        self.load_report = self.profiles.load()
        return self.load_report
