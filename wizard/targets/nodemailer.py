"""Nodemailer: ``createTransport(settings.transport, settings.defaults)`` options as
JSON (TARGETS.md section 6).

``secure: true`` is implicit TLS. With ``secure: false`` Nodemailer upgrades with
STARTTLS whenever the server offers it and goes on in plain text when it does not:
``requireTLS: true`` insists; ``ignoreTLS: true`` keeps "no encryption" unencrypted.
``secure`` is always written (left out, port 465 would imply it). A private CA
goes in ``tls.ca`` as the certificate's *contents*, which JSON cannot read from a
file: the export says how (``NODE_EXTRA_CA_CERTS``).
"""

from __future__ import annotations

import json
from typing import Any

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, not_this, opportunistic
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "Nodemailer (transport options)")
CA_WARNING = QT_TRANSLATE_NOOP(
    "Targets",
    "Nodemailer wants the CA certificate itself, not its file name: start Node with "
    "NODE_EXTRA_CA_CERTS={path}, or set transport.tls.ca to the contents of that "
    "file, or its connection will fail where the wizard's test passed.",
)


def options(profile: Profile, password: str | None) -> dict[str, Any]:
    transport: dict[str, Any] = {
        "host": profile.host,
        "port": profile.effective_port,
        "secure": profile.security is Security.SSL,
    }
    if profile.security is Security.STARTTLS:
        transport["requireTLS"] = True
    elif profile.security is Security.NONE:
        transport["ignoreTLS"] = True
    if profile.auth:
        auth = {"user": profile.username}
        if password is not None:
            auth["pass"] = password
        transport["auth"] = auth
    transport["connectionTimeout"] = round(profile.timeout * 1000)
    result: dict[str, Any] = {"transport": transport}
    if profile.from_address:
        result["defaults"] = {
            "from": {"name": profile.display_name, "address": profile.from_address}
        }
    return result


def _load(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    transport = data.get("transport", data)  # the bare options object too
    if not isinstance(transport, dict) or "host" not in transport:
        return None
    if "secure" not in transport and "requireTLS" not in transport:
        return None
    return data


class NodemailerTarget:
    id = "nodemailer"
    label = LABEL
    group = Group.WEB
    cannot_carry = frozenset({"ca_file"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "secure: true is implicit TLS; secure: false with requireTLS: true insists "
            "on STARTTLS; ignoreTLS: true keeps the connection unencrypted.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP("Targets", "Save the file as smtp.json next to your code."),
        QT_TRANSLATE_NOOP(
            "Targets",
            "In your code: const s = require('./smtp.json'); const transporter = "
            "nodemailer.createTransport(s.transport, s.defaults);",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the file, set transport.auth.pass from your "
            "secret store or environment before createTransport.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        artifact = Artifact(
            "smtp.json",
            Text(QT_TRANSLATE_NOOP("Targets", "Transport options")),
            json.dumps(options(profile, password), indent=2, ensure_ascii=False) + "\n",
            contains_password=password is not None and profile.auth,
            syntax="json",
        )
        warnings: tuple[Text, ...] = ()
        if profile.ca_file:
            warnings = (Text(CA_WARNING, {"path": profile.ca_file}),)
        return Export((artifact,), warnings)

    def detect(self, text: str) -> int:
        data = _load(text)
        if data is None:
            return 0
        return 95 if "transport" in data else 80

    def parse(self, text: str) -> Imported:
        data = _load(text)
        if data is None:
            raise not_this(LABEL)
        transport = data.get("transport", data)
        auth = transport.get("auth") or {}
        defaults = data.get("defaults") or {}
        sender = defaults.get("from", "") if isinstance(defaults, dict) else ""
        if isinstance(sender, dict):
            name, address = sender.get("name", ""), sender.get("address", "")
        else:
            name, address = "", sender
        values = (transport.get("host"), auth.get("user", "") if isinstance(auth, dict) else 0)
        password = auth.get("pass") if isinstance(auth, dict) else None
        if not all(isinstance(v, str) for v in (*values, name, address)) or not (
            password is None or isinstance(password, str)
        ):
            raise not_this(LABEL)
        secure = transport.get("secure")
        port = transport.get("port") or (465 if secure else 587)
        if secure is True or (secure is None and port == 465):
            security = Security.SSL
        elif transport.get("ignoreTLS") is True:
            security = Security.NONE
        else:
            security = Security.STARTTLS  # upgrades whenever offered
        host, user = values
        insists = transport.get("requireTLS") is True
        return imported(
            LABEL,
            warnings=opportunistic(security is not Security.STARTTLS or insists),
            host=str(host),
            port=port,
            security=security,
            username=str(user),
            password=password,
            from_address=str(address),
            display_name=str(name),
        )


TARGET = NodemailerTarget()
