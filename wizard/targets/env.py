"""``.env`` files: one for every reader (``env``), one for python-dotenv
(``env-python``), one for Node's dotenv (``env-node``). The quoting is in
:mod:`._envfile` (tests/test_export_readers.py runs the real readers)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security
from wizard.core.tls import parse_pin

from . import _envfile
from ._common import imported, not_this
from ._trust import trust_warnings
from .base import Artifact, Export, Group, Imported, Text

# The first line of each file says which reader it is for (and lets import tell them
# apart); a comment to every reader.
_HEADERS = {
    "env": "# SMTP settings (.env for a shell and every dotenv reader)\n",
    "env-python": "# SMTP settings (.env for python-dotenv)\n",
    "env-node": "# SMTP settings (.env for Node's dotenv)\n",
}
_KEYS = ("SMTP_HOST", "SMTP_PORT", "SMTP_SECURITY")


def values(profile: Profile, password: str | None) -> dict[str, str]:
    found = {
        "SMTP_HOST": profile.host,
        "SMTP_PORT": str(profile.effective_port),
        "SMTP_SECURITY": profile.security.value,
        "SMTP_USER": profile.username if profile.auth else "",
        "SMTP_FROM": profile.from_address,
        "SMTP_FROM_NAME": profile.display_name,
    }
    if profile.ca_file:  # absent when unset, as in JSON
        found["SMTP_CA_FILE"] = profile.ca_file
    if profile.cert_pin:
        found["SMTP_CERT_SHA256"] = profile.cert_pin
    if password is not None:
        found["SMTP_PASSWORD"] = password
    return found


@dataclass(frozen=True)
class EnvTarget:
    id: str
    label: str
    note: Text
    group: Group = Group.OTHER
    steps: tuple[str, ...] = (
        QT_TRANSLATE_NOOP(
            "Targets", "Save the file as .env in your application's folder (or add its lines)."
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Have the application read SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, "
            "SMTP_PASSWORD, SMTP_FROM and SMTP_CA_FILE.",
        ),
        QT_TRANSLATE_NOOP("Targets", "Restart the application."),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        text, flagged = _envfile.render(values(profile, password), self.id)
        # env-node leaves out what Node's dotenv cannot read: the password, maybe.
        holds_password = password is not None and not (
            self.id == "env-node" and "SMTP_PASSWORD" in flagged
        )
        artifact = Artifact(
            ".env",
            Text(QT_TRANSLATE_NOOP("Targets", "Environment file")),
            _HEADERS[self.id] + text,
            contains_password=holds_password,
            syntax="shell",
        )
        ca_carried = not (self.id == "env-node" and "SMTP_CA_FILE" in flagged)
        # A fingerprint is hex and colons: every reader keeps it.
        warnings = list(trust_warnings(profile, carried=ca_carried, pin_carried=True))
        if flagged:
            source = _envfile.SHELL_ONLY_NOTE if self.id == "env" else _envfile.LEFT_OUT_NOTE
            warnings.append(Text(source, {"names": ", ".join(flagged)}, context="Export"))
        return Export((artifact,), tuple(warnings))

    def detect(self, text: str) -> int:
        if text.startswith(_HEADERS[self.id]):
            return 95
        if not all(f"{key}=" in text for key in _KEYS):
            return 0
        return 70 if self.id == "env" else 60

    def parse(self, text: str) -> Imported:
        try:
            found = _envfile.parse_env(text, self.id)  # CR LF endings are read too
        except ValueError:
            raise not_this(self.label) from None
        if not all(key in found for key in _KEYS):
            raise not_this(self.label)
        try:
            security = Security(found["SMTP_SECURITY"].strip().lower())
        except ValueError:
            raise not_this(self.label) from None
        user = found.get("SMTP_USER", "")
        pin = found.get("SMTP_CERT_SHA256", "")
        parsed_pin = parse_pin(pin) if pin else ""
        if parsed_pin is None:
            raise not_this(self.label)
        result = imported(
            self.label,
            host=found["SMTP_HOST"],
            port=found["SMTP_PORT"],
            security=security,
            username=user,
            password=found.get("SMTP_PASSWORD"),
            from_address=found.get("SMTP_FROM", ""),
            display_name=found.get("SMTP_FROM_NAME", ""),
            ca_file=found.get("SMTP_CA_FILE", ""),
        )
        result.profile.cert_pin = parsed_pin
        return result


TARGETS_HERE = (
    EnvTarget(
        "env",
        QT_TRANSLATE_NOOP("Targets", ".env file"),
        Text(
            QT_TRANSLATE_NOOP(
                "Export",
                "SMTP_SECURITY is ssl (implicit TLS), starttls or none. Values are "
                "quoted so that a shell (. file), python-dotenv and Node's dotenv read "
                "them alike; a value no quoting keeps alike is written for the shell, "
                "and a note says so.",
            ),
            context="Export",
        ),
    ),
    EnvTarget(
        "env-python",
        QT_TRANSLATE_NOOP("Targets", ".env file for python-dotenv"),
        Text(
            QT_TRANSLATE_NOOP(
                "Export",
                "SMTP_SECURITY is ssl (implicit TLS), starttls or none. For python-dotenv "
                "(load_dotenv, dotenv_values; interpolate left on): a ${ in a value is "
                "written ${DOLLAR=:-$}{ so that it is not expanded.",
            ),
            context="Export",
        ),
    ),
    EnvTarget(
        "env-node",
        QT_TRANSLATE_NOOP("Targets", ".env file for Node (dotenv)"),
        Text(
            QT_TRANSLATE_NOOP(
                "Export",
                "SMTP_SECURITY is ssl (implicit TLS), starttls or none. For Node's dotenv "
                "(config, parse) without dotenv-expand; a value it cannot read exactly is "
                "left out, and a note says so.",
            ),
            context="Export",
        ),
    ),
)
