"""The profile: everything the wizard collects about one outgoing-mail setup."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Security(StrEnum):
    """How the connection is protected."""

    SSL = "ssl"  # implicit TLS from the first byte (port 465, "SMTPS")
    STARTTLS = "starttls"  # plain connect, then upgrade (RFC 3207, port 587)
    NONE = "none"

    @property
    def default_port(self) -> int:
        return {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[self]


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
        return cls(when, ok, code, dict(settings), changed)


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
    last_test: LastTest | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

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
    def from_dict(cls, data: dict[str, object]) -> Profile:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        profile = cls(**values)  # type: ignore[arg-type]
        profile.security = Security(profile.security)
        profile.mechanism = AuthMechanism(profile.mechanism)
        profile.from_policy = FromPolicy(profile.from_policy)
        profile.allowed_domains = [str(d) for d in profile.allowed_domains]
        profile.last_test = LastTest.from_dict(values.get("last_test"))
        return profile

    def settings_dict(self) -> dict[str, object]:
        """What the user typed, without the last test's record (for "unsaved changes")."""
        data = self.to_dict()
        data.pop("last_test", None)
        return data

    def copy(self, **changes: object) -> Profile:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
