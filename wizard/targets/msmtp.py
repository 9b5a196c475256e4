"""msmtp: an account for ~/.msmtprc (TARGETS.md section 7).

``tls on`` + ``tls_starttls on`` is STARTTLS (required: msmtp stops when it fails),
``tls_starttls off`` implicit TLS, ``tls off`` none. By default the password stays
in the keyring: ``passwordeval`` runs ``secret-tool lookup`` with the exact
attributes the ``keyring`` library gives the wizard's entry (``service`` =
:data:`wizard.core.secrets.SERVICE`, ``username`` = the setup's id). ``password`` is
written only on request (msmtp then insists on a 0600 file).

msmtp 1.8.23 reads an argument as the rest of the line, trimmed, and removes one
pair of double quotes around it *without* unescaping anything inside (checked with
``msmtp --pretend``): so any one-line value is written ``"value"`` as it is.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import AuthMechanism, Profile, Security
from wizard.core.secrets import SERVICE

from ._common import imported, lines, not_this, one_line
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "msmtp (msmtprc)")
MULTI_LINE = QT_TRANSLATE_NOOP(
    "Targets",
    "The password has a line break, which an msmtprc line cannot hold: the account "
    "reads it from the keyring instead.",
)
_AUTH = {
    AuthMechanism.AUTO: "on",
    AuthMechanism.PLAIN: "plain",
    AuthMechanism.LOGIN: "login",
    AuthMechanism.CRAM_MD5: "cram-md5",
}
_LINE = re.compile(r"^\s*([a-z_]+)(?:\s+(.*?))?\s*$")


def account_name(profile: Profile) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", profile.name).strip("-")
    return name or "wizard"


def keyring_command(profile: Profile) -> str:
    """The lookup that finds the wizard's own keyring entry for this setup."""
    return f"secret-tool lookup service {SERVICE} username {profile.id}"


def _quoted(value: str) -> str:
    return f'"{value}"'


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


class MsmtpTarget:
    id = "msmtp"
    label = LABEL
    group = Group.SERVERS
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "tls on with tls_starttls on is STARTTLS (required); tls_starttls off is "
            "implicit TLS; tls off is unencrypted.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Add the lines to ~/.msmtprc (or save them as that file) and make it "
            "readable only by you: chmod 600 ~/.msmtprc",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the file, msmtp asks the system keyring for it "
            "(secret-tool): save the setup in the wizard first, on the same account.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Test with: printf 'Subject: test\\n\\ntest\\n' | msmtp you@example.com",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        name = account_name(profile)
        lines = [
            f"# {profile.name or profile.host} (SMTP Setup Wizard)",
            f"account {name}",
            f"host {profile.host}",
            f"port {profile.effective_port}",
            f"tls {'off' if profile.security is Security.NONE else 'on'}",
        ]
        if profile.security is not Security.NONE:
            starttls = "on" if profile.security is Security.STARTTLS else "off"
            lines.append(f"tls_starttls {starttls}")
            lines.append(f"tls_trust_file {_quoted(profile.ca_file or 'system')}")
        warnings: list[Text] = []
        wrote_password = False
        if profile.auth:
            lines.append(f"auth {_AUTH[profile.mechanism]}")
            lines.append(f"user {_quoted(profile.username)}")
            if password is not None and one_line(password):
                lines.append(f"password {_quoted(password)}")
                wrote_password = True
            else:
                if password is not None:
                    warnings.append(Text(MULTI_LINE))
                lines.append(f"passwordeval {keyring_command(profile)}")
        else:
            lines.append("auth off")
        if profile.from_address:
            lines.append(f"from {_quoted(profile.from_address)}")
        lines.append(f"timeout {round(profile.timeout)}")
        lines.append(f"account default : {name}")
        artifact = Artifact(
            "msmtprc",
            Text(QT_TRANSLATE_NOOP("Targets", "Account for ~/.msmtprc")),
            "\n".join(lines) + "\n",
            contains_password=wrote_password,
            syntax="text",
        )
        return Export((artifact,), tuple(warnings))

    def detect(self, text: str) -> int:
        commands = {m[1] for line in lines(text) if (m := _LINE.match(line))}
        return 90 if {"account", "host"} <= commands else 0

    def parse(self, text: str) -> Imported:
        found: dict[str, str] = {}
        account = ""
        for line in lines(text):
            match = _LINE.match(line)
            if not match or line.lstrip().startswith("#"):
                continue
            command, value = match[1], _unquoted(match[2] or "")
            if command == "account":
                if found.get("host"):
                    break  # the first account with a host is the one imported
                account = "" if value.startswith("default") else value
                continue
            found[command] = value
        if "host" not in found:
            raise not_this(LABEL)
        tls = found.get("tls", "off") == "on"
        implicit = found.get("tls_starttls", "on") == "off"
        security = Security.NONE if not tls else Security.SSL if implicit else Security.STARTTLS
        auth = found.get("auth", "off") != "off" and bool(found.get("user"))
        trust = found.get("tls_trust_file", "system")
        result = imported(
            LABEL,
            host=found["host"],
            port=found.get("port") or (465 if security is Security.SSL else 25),
            security=security,
            username=found.get("user", "") if auth else "",
            password=found.get("password") if auth else None,
            from_address=found.get("from", ""),
            ca_file="" if trust in ("system", "") else trust,
            auth=auth,
            name=account,
        )
        mechanism = {v: k for k, v in _AUTH.items()}.get(found.get("auth", "on"))
        if mechanism is not None:
            result.profile.mechanism = mechanism
        return result


TARGET = MsmtpTarget()
