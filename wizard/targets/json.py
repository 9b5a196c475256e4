"""Our own JSON: every field of the setup, the way the wizard names them.

Import also reads a JSON export that includes the password (``"password"``)."""

from __future__ import annotations

import json
from typing import Any

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import FromPolicy, Profile, Security
from wizard.core.tls import parse_pin

from ._common import imported, not_this
from ._trust import trust_warnings
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "JSON")


def fields(profile: Profile, password: str | None) -> dict[str, object]:
    """The JSON object (also what ``profiles show`` and the transcript print)."""
    data: dict[str, object] = {
        "host": profile.host,
        "port": profile.effective_port,
        "security": profile.security.value,
        "auth": profile.auth,
        "username": profile.username if profile.auth else "",
        "from_address": profile.from_address,
        "from_name": profile.display_name,
        "from_policy": profile.from_policy.value,
        "allowed_domains": list(profile.allowed_domains),
    }
    # Absent rather than "" when unset: consumers that test for the key (not its
    # truth) would otherwise try to open an empty path.
    if profile.ca_file:
        data["ca_file"] = profile.ca_file
    if profile.cert_pin:  # absent when unset, like the CA file
        data["cert_sha256"] = profile.cert_pin
    if password is not None:
        data["password"] = password
    return data


def render(profile: Profile, password: str | None) -> str:
    return json.dumps(fields(profile, password), indent=2, ensure_ascii=False) + "\n"


def _load(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise not_this(LABEL)
    return value


class JsonTarget:
    id = "json"
    label = LABEL
    group = Group.OTHER
    note = Text(
        QT_TRANSLATE_NOOP("Export", '"security" is ssl (implicit TLS), starttls or none.'),
        context="Export",
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets", "Save the file where your application or script reads its settings."
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Have it use host, port and security as written: ssl is implicit TLS, "
            "starttls must upgrade or stop.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        artifact = Artifact(
            "smtp-settings.json",
            Text(QT_TRANSLATE_NOOP("Targets", "Settings as JSON")),
            render(profile, password),
            contains_password=password is not None,
            syntax="json",
        )
        return Export((artifact,), trust_warnings(profile, carried=True, pin_carried=True))

    def detect(self, text: str) -> int:
        data = _load(text)
        if data is None or "host" not in data:
            return 0
        return 90 if "security" in data else 30

    def parse(self, text: str) -> Imported:
        data = _load(text)
        if data is None or "host" not in data:
            raise not_this(LABEL)
        security = _text(data, "security") or Security.STARTTLS.value
        if security not in {s.value for s in Security}:
            raise not_this(LABEL)
        auth = data.get("auth", bool(data.get("username")))
        password = data.get("password")
        allowed = data.get("allowed_domains", [])
        policy = _text(data, "from_policy") or FromPolicy.FIXED_FROM.value
        if (
            not isinstance(auth, bool)
            or not (password is None or isinstance(password, str))
            or not isinstance(allowed, list)
            or not all(isinstance(d, str) for d in allowed)
            or policy not in {p.value for p in FromPolicy}
        ):
            raise not_this(LABEL)
        port = data.get("port") or Security(security).default_port
        result = imported(
            LABEL,
            host=_text(data, "host"),
            port=port,
            security=Security(security),
            username=_text(data, "username") if auth else "",
            password=password,
            from_address=_text(data, "from_address"),
            display_name=_text(data, "from_name"),
            ca_file=_text(data, "ca_file"),
            auth=auth,
            name=_text(data, "name"),
        )
        pin = _text(data, "cert_sha256")
        if pin:
            parsed = parse_pin(pin)
            if parsed is None:
                raise not_this(LABEL)
            result.profile.cert_pin = parsed
        result.profile.from_policy = FromPolicy(policy)
        result.profile.allowed_domains = list(allowed)
        return result


TARGET = JsonTarget()
