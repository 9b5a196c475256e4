"""Certificate pins as typed and saved. Kept apart from ``tls`` (which imports
``cryptography``, ~0.1 s) so that the model, and with it the window's first
show, never pays for certificate parsing it does not do (issue 15)."""

from __future__ import annotations

import re

_HEX64 = re.compile(r"[0-9A-Fa-f]{64}")


def parse_pin(text: str) -> str | None:
    """A SHA-256 fingerprint as typed (hex, colons and spaces optional, any case) in
    its one saved form, ``AB:CD:…`` (95 characters); None when it is not one."""
    compact = re.sub(r"[:\s]", "", text)
    if not _HEX64.fullmatch(compact):
        return None
    return colon_hex(compact.upper())


def colon_hex(digest: str) -> str:
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
