"""Symfony Mailer: ``MAILER_DSN=`` plus the From in config/packages/mailer.yaml
(TARGETS.md section 5).

``smtps://`` is implicit TLS. ``smtp://`` upgrades with STARTTLS whenever the server
offers it, *even when no encryption was chosen*, and goes on in plain text when it
does not: ``require_tls=true`` insists (Symfony >= 7.3), ``auto_tls=false`` stays
unencrypted (>= 7.1); older versions ignore both, and the export says so. The port
is always written: ``smtp://host`` without one means implicit TLS on 465.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, mailbox, not_this, one_line, opportunistic, split_mailbox
from ._php import ca_warnings
from .base import Artifact, Export, Group, Imported, Text
from .dsn import OLD_NO_TLS, OLD_STARTTLS, dsn

LABEL = QT_TRANSLATE_NOOP("Targets", "Symfony Mailer (MAILER_DSN)")
_DSN = re.compile(r"^\s*(?:export\s+)?MAILER_DSN\s*=\s*(.*)$", re.MULTILINE)
_YAML = re.compile(r"^\s*(sender|From)\s*:\s*(.*)$", re.MULTILINE)


def _yaml_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _yaml_value(raw: str) -> str:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return raw[1:-1]
    return raw


class SymfonyTarget:
    id = "symfony"
    label = LABEL
    group = Group.WEB
    cannot_carry = frozenset({"ca_file"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtps:// is implicit TLS; smtp:// with require_tls=true insists on "
            "STARTTLS; auto_tls=false keeps an unencrypted connection unencrypted.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets", "Put the MAILER_DSN line in .env.local (or the server's environment)."
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Put the mailer.yaml part in config/packages/mailer.yaml, so that mail "
            "goes out from the tested address.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the DSN, add it after the user name as "
            "user:password, percent-encoded.",
        ),
        QT_TRANSLATE_NOOP("Targets", "Run: php bin/console cache:clear"),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        artifacts = [
            Artifact(
                ".env.local",
                Text(QT_TRANSLATE_NOOP("Targets", "Line for .env.local")),
                f"MAILER_DSN={dsn(profile, password)}\n",
                contains_password=password is not None and profile.auth and bool(profile.username),
                syntax="shell",
            )
        ]
        if profile.from_address:
            yaml = (
                "framework:\n"
                "    mailer:\n"
                "        dsn: '%env(MAILER_DSN)%'\n"
                "        envelope:\n"
                f"            sender: {_yaml_quote(profile.from_address)}\n"
                "        headers:\n"
                f"            From: {_yaml_quote(mailbox(profile))}\n"
            )
            artifacts.append(
                Artifact(
                    "config/packages/mailer.yaml",
                    Text(QT_TRANSLATE_NOOP("Targets", "Sender in mailer.yaml")),
                    yaml,
                    syntax="yaml",
                )
            )
        warnings = list(ca_warnings(profile, "Symfony"))
        if profile.security is Security.STARTTLS:
            warnings.append(Text(OLD_STARTTLS))
        elif profile.security is Security.NONE:
            warnings.append(Text(OLD_NO_TLS))
        return Export(tuple(artifacts), tuple(warnings))

    def detect(self, text: str) -> int:
        return 95 if _DSN.search(text) else 0

    def parse(self, text: str) -> Imported:
        match = _DSN.search(text)
        if not match:
            raise not_this(LABEL)
        url = match[1].strip()
        if len(url) >= 2 and url[0] == url[-1] and url[0] in "'\"":
            url = url[1:-1]
        if not one_line(url) or not url.lower().startswith(("smtp://", "smtps://")):
            raise not_this(LABEL)
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise not_this(LABEL) from None
        query = parse_qs(parts.query)
        if parts.scheme.lower() == "smtps":
            security = Security.SSL
        elif query.get("auto_tls") == ["false"]:
            security = Security.NONE
        else:
            security = Security.STARTTLS  # smtp:// upgrades whenever it is offered
        if port is None:
            # Symfony: no port and a host other than localhost is implicit TLS on 465.
            local = (parts.hostname or "") == "localhost"
            port = 25 if local else 465
            if not local:
                security = Security.SSL
        sender = {key: _yaml_value(value) for key, value in _YAML.findall(text)}
        name, address = split_mailbox(sender.get("From", ""))
        insists = query.get("require_tls") == ["true"]
        return imported(
            LABEL,
            warnings=opportunistic(security is not Security.STARTTLS or insists),
            host=parts.hostname or "",
            port=port,
            security=security,
            username=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password is not None else None,
            from_address=sender.get("sender") or address,
            display_name=name,
        )


TARGET = SymfonyTarget()
