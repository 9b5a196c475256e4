"""The profile: everything the wizard collects about one outgoing-mail setup."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP
from .pins import parse_pin


def new_id() -> str:
    """A random UUID 4 in hex, as ``uuid.uuid4().hex`` (RFC 4122 4.4): without the
    ``uuid`` module, whose import loads ``platform`` (~3 ms before the first window)."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # variant RFC 4122
    return raw.hex()


class Security(StrEnum):
    """How the connection is protected."""

    SSL = "ssl"  # implicit TLS from the first byte (port 465, "SMTPS")
    STARTTLS = "starttls"  # plain connect, then upgrade (RFC 3207, port 587)
    NONE = "none"

    @property
    def default_port(self) -> int:
        return {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[self]


# The one table of names for the security choice, wherever it is shown to people
# (summaries, fix notes, saved setups, the command line). The protocol names read
# the same in every language; "none" is translated (context "Labels").
SECURITY_LABELS: dict[Security, str] = {
    Security.SSL: "SSL/TLS",
    Security.STARTTLS: "STARTTLS",
    Security.NONE: QT_TRANSLATE_NOOP("Labels", "none"),
}


class AuthMechanism(StrEnum):
    AUTO = "auto"
    PLAIN = "PLAIN"
    LOGIN = "LOGIN"
    CRAM_MD5 = "CRAM-MD5"


class FromPolicy(StrEnum):
    """Which From address the application puts on the mail it sends."""

    SEND_AS_USER = "send_as_user"  # every user's own address: needs "send as"/relay rights
    FIXED_FROM = "fixed_from"  # one address, Reply-To = the user (coreBOS "Email From")
    ALLOWED_DOMAINS = "allowed_domains"  # user's address if its domain is allowed (Odoo)


DEFAULT_TIMEOUT = 15.0


@dataclass(frozen=True)
class LastTest:
    """The last test of a saved setup, as saved with it (see wizard/core/verdict.py).

    ``settings`` is the fingerprint of what was tested (no secret in it); comparing it
    with the saved settings tells whether the verdict still holds for them.
    """

    when: str  # ISO 8601, UTC
    ok: bool
    code: str = ""  # the diagnosis code when it failed
    settings: dict[str, str] = field(default_factory=dict)
    # The password saved with the setup was not the one tested.
    password_changed: bool = False
    # The AUTH mechanisms the server offered (EHLO, after TLS) at the last test that
    # passed, and the one that signed in; kept from that pass when a later test
    # failed. A later check warns when ``auth_used`` is no longer offered.
    auth_offered: list[str] = field(default_factory=list)
    auth_used: str = ""

    @classmethod
    def from_dict(cls, data: object) -> LastTest | None:
        """Read back a record; anything malformed is dropped, never a crash."""
        if not isinstance(data, dict):
            return None
        when, ok, code = data.get("when"), data.get("ok"), data.get("code", "")
        settings = data.get("settings", {})
        changed = data.get("password_changed", False)
        if not (
            isinstance(when, str)
            and isinstance(ok, bool)
            and isinstance(code, str)
            and isinstance(changed, bool)
            and isinstance(settings, dict)
            and all(isinstance(k, str) and isinstance(v, str) for k, v in settings.items())
        ):
            return None
        # Added later (issue 13): absent in older files; malformed means "not known",
        # never a dropped record.
        offered = data.get("auth_offered", [])
        if not isinstance(offered, list) or not all(
            isinstance(m, str) and m.isascii() and m.isprintable() for m in offered
        ):
            offered = []
        used = data.get("auth_used", "")
        if not isinstance(used, str) or not (used.isascii() and used.isprintable()):
            used = ""
        return cls(when, ok, code, dict(settings), changed, list(offered), used)


@dataclass
class Profile:
    """One named outgoing-mail setup. The password is never part of it: it
    lives in the keyring (or in memory for this session only)."""

    name: str = ""
    host: str = ""
    port: int | None = None
    security: Security = Security.STARTTLS
    auth: bool = True
    mechanism: AuthMechanism = AuthMechanism.AUTO
    username: str = ""
    # Sending credentials over an unencrypted connection needs this explicit opt-in.
    allow_plaintext_auth: bool = False
    from_policy: FromPolicy = FromPolicy.FIXED_FROM
    from_address: str = ""
    display_name: str = ""
    allowed_domains: list[str] = field(default_factory=list)
    timeout: float = DEFAULT_TIMEOUT
    # Extra CA certificate (PEM) to trust, for servers with a private CA.
    ca_file: str = ""
    # A pinned server certificate: the SHA-256 of its DER form, "AB:CD:..." ("" = none).
    # When set, the certificate is trusted by this alone (no CA, no name check), and
    # any other certificate is refused before sign-in (docs/CERTIFICATES.md).
    cert_pin: str = ""
    last_test: LastTest | None = None
    id: str = field(default_factory=new_id)

    @property
    def effective_port(self) -> int:
        return self.port if self.port else self.security.default_port

    def to_dict(self) -> dict[str, object]:
        data = dataclasses.asdict(self)
        data["security"] = self.security.value
        data["mechanism"] = self.mechanism.value
        data["from_policy"] = self.from_policy.value
        return data

    @classmethod
    def from_dict(cls, data: object) -> Profile:
        """A profile from its saved form, checked field by field (types, choices,
        ranges). Raises ProfileDataError naming the first bad field; unknown keys
        are ignored, missing ones take their defaults, a malformed last test record
        is dropped (it only says "not tested")."""
        if not isinstance(data, dict):
            raise ProfileDataError("", "not_object")
        values: dict[str, object] = {}
        for name, kind in _FIELD_KINDS.items():
            if name in data:
                values[name] = _checked(name, kind, data[name])
        values["last_test"] = LastTest.from_dict(data.get("last_test"))
        return cls(**values)  # type: ignore[arg-type]

    def settings_dict(self) -> dict[str, object]:
        """What the user typed, without the last test's record (for "unsaved changes")."""
        data = self.to_dict()
        data.pop("last_test", None)
        return data

    def copy(self, **changes: object) -> Profile:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


class ProfileDataError(ValueError):
    """A saved profile field with the wrong type or value. ``reason`` keys
    wizard.core.store's messages; ``params`` fill them."""

    def __init__(self, field: str, reason: str, **params: object) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason
        self.params: dict[str, object] = {"field": field, **params}


PORT_RANGE = (1, 65535)
TIMEOUT_RANGE = (1, 300)

# How each saved field is checked: "text", "bool", "port", "timeout", "texts", "sha256"
# or an enum.
_FIELD_KINDS: dict[str, object] = {
    "name": "text",
    "host": "text",
    "port": "port",
    "security": Security,
    "auth": "bool",
    "mechanism": AuthMechanism,
    "username": "text",
    "allow_plaintext_auth": "bool",
    "from_policy": FromPolicy,
    "from_address": "text",
    "display_name": "text",
    "allowed_domains": "texts",
    "timeout": "timeout",
    "ca_file": "text",
    "cert_pin": "sha256",
    "id": "id",
}


def _checked(name: str, kind: object, value: object) -> object:
    if kind in ("text", "id"):
        if not isinstance(value, str):
            raise ProfileDataError(name, "text")
        if kind == "id" and not value.strip():
            raise ProfileDataError(name, "empty")
        return value
    if kind == "sha256":
        pin = parse_pin(value) if isinstance(value, str) else None
        if value == "":
            return ""
        if pin is None:
            raise ProfileDataError(name, "sha256")
        return pin
    if kind == "bool":
        if not isinstance(value, bool):
            raise ProfileDataError(name, "bool")
        return value
    if kind == "port":
        low, high = PORT_RANGE
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ProfileDataError(name, "int_range", low=low, high=high)
        return value
    if kind == "timeout":
        low, high = TIMEOUT_RANGE
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not low <= value <= high  # also refuses NaN
        ):
            raise ProfileDataError(name, "number_range", low=low, high=high)
        return float(value)
    if kind == "texts":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileDataError(name, "text_list")
        return list(value)
    assert isinstance(kind, type) and issubclass(kind, StrEnum)
    choices = [member.value for member in kind]
    if not isinstance(value, str) or value not in choices:
        raise ProfileDataError(name, "choice", choices=", ".join(choices))
    return kind(value)
