"""Postfix as a relay client: main.cf lines, the sasl_passwd line and the commands
to apply them (TARGETS.md section 8; Debian postfix 3.7).

TLS is never left opportunistic (Debian's default ``may``): ``secure`` checks the
certificate against the relay's name; for an IP address, which Postfix cannot
match a certificate against, ``encrypt`` (encrypted, certificate not checked) and a
warning. Implicit TLS (465) is ``smtp_tls_wrappermode = yes``. The sasl_passwd key
must be the relayhost exactly ([host]:port).
"""

from __future__ import annotations

import ipaddress
import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, lines, not_this, one_line, opportunistic
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "Postfix (relay through this server)")
IP_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "Targets",
    "The server is an IP address, which Postfix cannot check a certificate against: "
    "the connection is encrypted (smtp_tls_security_level = encrypt), but the "
    "certificate is not checked. Use the server's name to have it checked.",
)
NO_TLS = QT_TRANSLATE_NOOP(
    "Targets",
    "No encryption: Postfix sends mail, and the password, in plain text "
    "(smtp_tls_security_level = none).",
)
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Targets",
    "sasl_passwd cannot hold this user name or password (a colon in the user name, a "
    "line break, or spaces at either end): the line has the user name only. Add the "
    "sign-in by hand.",
)
_SASL_MAP = "/etc/postfix/sasl_passwd"
_SETTING = re.compile(r"^\s*([A-Za-z_]+)\s*=\s*(.*?)\s*$")
_RELAY = re.compile(r"^\[(?:ipv6:)?([^\]]+)\](?::(\S+))?$|^([^\s:\[\]]+)(?::(\S+))?$", re.I)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def relayhost(profile: Profile) -> str:
    host = f"ipv6:{profile.host}" if ":" in profile.host else profile.host
    return f"[{host}]:{profile.effective_port}"


def _writable(value: str) -> bool:
    return one_line(value) and value == value.strip() and value != ""


class PostfixTarget:
    id = "postfix"
    label = LABEL
    group = Group.SERVERS
    cannot_carry = frozenset({"from_address"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtp_tls_security_level = secure checks the certificate, encrypt only "
            "encrypts; smtp_tls_wrappermode = yes is implicit TLS (port 465).",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Add the main.cf lines to /etc/postfix/main.cf, replacing any line that sets "
            "the same name.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Put the sasl_passwd line in /etc/postfix/sasl_passwd; without the password "
            "in it, type the password after the colon.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Run the commands as root: they protect the file, build its table and reload Postfix.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Postfix needs the package libsasl2-modules to sign in (Debian, Ubuntu).",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        relay = relayhost(profile)
        warnings: list[Text] = []
        lines = [f"relayhost = {relay}"]
        if profile.security is Security.NONE:
            level = "none"
            warnings.append(Text(NO_TLS))
        elif _is_ip(profile.host):
            level = "encrypt"
            warnings.append(Text(IP_NOT_CHECKED))
        else:
            level = "secure"
        lines.append(f"smtp_tls_security_level = {level}")
        if profile.security is Security.SSL:
            lines.append("smtp_tls_wrappermode = yes")
        if profile.ca_file and profile.security is not Security.NONE:
            lines.append(f"smtp_tls_CAfile = {profile.ca_file}")
        artifacts = []
        wrote_password = False
        if profile.auth:
            lines += [
                "smtp_sasl_auth_enable = yes",
                f"smtp_sasl_password_maps = hash:{_SASL_MAP}",
                # The default "noplaintext, noanonymous" forbids PLAIN and LOGIN.
                "smtp_sasl_security_options = noanonymous",
                "smtp_sasl_tls_security_options = noanonymous",
            ]
        artifacts.append(
            Artifact(
                "main.cf",
                Text(QT_TRANSLATE_NOOP("Targets", "Lines for /etc/postfix/main.cf")),
                "\n".join(lines) + "\n",
                syntax="ini",
            )
        )
        if profile.auth:
            user = profile.username
            if ":" in user or not _writable(user) or (password and not _writable(password)):
                warnings.append(Text(CANNOT_WRITE))
                password = None
            secret = password if password is not None else ""
            wrote_password = bool(secret)
            artifacts.append(
                Artifact(
                    "sasl_passwd",
                    Text(QT_TRANSLATE_NOOP("Targets", "Line for /etc/postfix/sasl_passwd")),
                    f"{relay} {user}:{secret}\n",
                    contains_password=wrote_password,
                )
            )
        commands = []
        if profile.auth:
            commands += [
                f"chown root:root {_SASL_MAP} && chmod 600 {_SASL_MAP}",
                f"postmap {_SASL_MAP}",
            ]
        commands.append("postfix reload")
        artifacts.append(
            Artifact(
                "apply.sh",
                Text(QT_TRANSLATE_NOOP("Targets", "Commands to apply (as root)")),
                "\n".join(commands) + "\n",
                syntax="shell",
            )
        )
        return Export(tuple(artifacts), tuple(warnings))

    def detect(self, text: str) -> int:
        return 95 if re.search(r"^\s*relayhost\s*=", text, re.MULTILINE) else 0

    def parse(self, text: str) -> Imported:
        settings: dict[str, str] = {}
        other: list[str] = []
        for line in lines(text):
            if line.lstrip().startswith(("#", "//", "--")):
                continue
            match = _SETTING.match(line)
            if match:
                settings[match[1]] = match[2]
            elif line.strip():
                other.append(line.strip())
        relay = _RELAY.match(settings.get("relayhost", ""))
        if not relay:
            raise not_this(LABEL)
        host = relay[1] or relay[3] or ""
        port = relay[2] or relay[4] or "25"
        port = {"submission": "587", "submissions": "465", "smtps": "465"}.get(port, port)
        level = settings.get("smtp_tls_security_level", "").lower()
        if settings.get("smtp_tls_wrappermode", "no").lower() == "yes":
            security = Security.SSL
        elif level in ("", "none"):
            security = Security.NONE
        else:
            security = Security.STARTTLS  # "may" too: the setup to test is STARTTLS
        auth = settings.get("smtp_sasl_auth_enable", "no").lower() == "yes"
        user, password = "", None
        key = settings["relayhost"].strip()
        for line in other:
            found_key, _, credentials = line.partition(" ")
            if found_key == key and ":" in credentials:
                user, _, secret = credentials.strip().partition(":")
                password = secret or None
        insists = level not in ("", "none", "may")
        return imported(
            LABEL,
            warnings=opportunistic(security is not Security.STARTTLS or insists),
            host=host,
            port=port,
            security=security,
            username=user if auth else "",
            password=password if auth else None,
            ca_file=settings.get("smtp_tls_CAfile", ""),
            auth=auth,
        )


TARGET = PostfixTarget()
