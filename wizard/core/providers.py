"""Provider presets, kept as data in resources/providers.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Security

PRESETS_FILE = Path(__file__).resolve().parents[2] / "resources" / "providers.json"


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    domains: tuple[str, ...]
    host: str
    port: int
    security: Security
    username: str  # "%EMAILADDRESS%" = the address itself, "" = not the address
    hint: str

    def username_for(self, address: str) -> str:
        return self.username.replace("%EMAILADDRESS%", address)


@lru_cache(maxsize=1)
def presets() -> tuple[Provider, ...]:
    data = json.loads(PRESETS_FILE.read_text(encoding="utf-8"))
    return tuple(
        Provider(
            id=item["id"],
            name=item["name"],
            domains=tuple(item["domains"]),
            host=item["host"],
            port=int(item["port"]),
            security=Security(item["security"]),
            username=item["username"],
            hint=item["hint"],
        )
        for item in data["providers"]
    )


def by_id(provider_id: str) -> Provider | None:
    return next((p for p in presets() if p.id == provider_id), None)


def for_address(address: str) -> Provider | None:
    domain = address.rsplit("@", 1)[-1].strip().lower()
    return next((p for p in presets() if domain in p.domains), None)
