"""Laravel 11.36+ / 12: ``.env`` lines (TARGETS.md section 5).

Laravel >= 11.36 ignores ``MAIL_ENCRYPTION``: ``MAIL_SCHEME`` (smtps = implicit TLS,
smtp = plain connect) decides, else port 465 implies smtps. Symfony Mailer then
upgrades an smtp:// connection with STARTTLS whenever the server offers it and
goes on in plain text when it does not: to *insist* on STARTTLS, the smtp mailer in
config/mail.php gets ``'require_tls' => true`` (Symfony Mailer >= 7.3; Laravel
passes the mailer's config as DSN options); to stay unencrypted, ``'auto_tls' =>
false`` (>= 7.1). Values are double-quoted with phpdotenv's escapes; one that Laravel
would turn into true/false/null is left out with a warning.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, not_this, opportunistic
from ._php import ca_warnings, converted, dotenv_value, read_dotenv
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "Laravel (.env)")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Targets",
    "Laravel reads the value of {names} as true, false, null or empty however it is "
    "quoted, so it is left out. Set it in config/mail.php instead.",
)
_NO_AUTO_TLS = re.compile(r"'auto_tls'\s*=>\s*false")


def _config_lines(security: Security) -> str:
    if security is Security.STARTTLS:
        return (
            "// config/mail.php: in 'mailers' => ['smtp' => [...]], add\n"
            "'require_tls' => true, // STARTTLS or stop (Symfony Mailer 7.3 and later)\n"
        )
    return (
        "// config/mail.php: in 'mailers' => ['smtp' => [...]], add\n"
        "'auto_tls' => false, // no STARTTLS even when offered (Symfony Mailer 7.1 and later)\n"
    )


class LaravelTarget:
    id = "laravel"
    label = LABEL
    group = Group.WEB
    cannot_carry = frozenset({"ca_file"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "MAIL_SCHEME=smtps is implicit TLS; smtp upgrades with STARTTLS when the "
            "server offers it, and config/mail.php makes it required. Laravel 11.36 and "
            "later ignore MAIL_ENCRYPTION.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Replace the MAIL_ lines in your Laravel .env with these; delete any "
            "MAIL_ENCRYPTION line.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "If there is a config/mail.php part, add that line to the smtp mailer in "
            "config/mail.php.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            'Without the password in the lines, add MAIL_PASSWORD="..." yourself.',
        ),
        QT_TRANSLATE_NOOP("Targets", "Run: php artisan config:clear"),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        values = {
            "MAIL_HOST": profile.host,
            "MAIL_USERNAME": profile.username if profile.auth else None,
            "MAIL_PASSWORD": password if profile.auth else None,
            "MAIL_FROM_ADDRESS": profile.from_address or None,
            "MAIL_FROM_NAME": profile.display_name or None,
        }
        scheme = "smtps" if profile.security is Security.SSL else "smtp"
        lines = [
            "MAIL_MAILER=smtp\n",
            f"MAIL_SCHEME={scheme}\n",
            f"MAIL_PORT={profile.effective_port}\n",
        ]
        left_out = []
        wrote_password = False
        for key, value in values.items():
            if value is None:
                if key == "MAIL_USERNAME" or (key == "MAIL_PASSWORD" and not profile.auth):
                    lines.append(f"{key}=null\n")
                continue
            quoted = dotenv_value(value)
            if quoted is None:
                left_out.append(key)
                continue
            lines.append(f"{key}={quoted}\n")
            wrote_password |= key == "MAIL_PASSWORD"
        artifacts = [
            Artifact(
                ".env",
                Text(QT_TRANSLATE_NOOP("Targets", "Lines for .env")),
                "".join(lines),
                contains_password=wrote_password,
                syntax="shell",
            )
        ]
        if profile.security is not Security.SSL:
            artifacts.append(
                Artifact(
                    "config/mail.php",
                    Text(QT_TRANSLATE_NOOP("Targets", "Line for config/mail.php")),
                    _config_lines(profile.security),
                    syntax="php",
                )
            )
        warnings = list(ca_warnings(profile, "Laravel"))
        if left_out:
            warnings.append(Text(LEFT_OUT, {"names": ", ".join(left_out)}))
        return Export(tuple(artifacts), tuple(warnings))

    def detect(self, text: str) -> int:
        if "MAIL_HOST=" in text or "MAIL_MAILER=" in text:
            return 90
        return 0

    def parse(self, text: str) -> Imported:
        try:
            found = read_dotenv(text)
        except ValueError:
            raise not_this(LABEL) from None
        if "MAIL_HOST" not in found:
            raise not_this(LABEL)
        values = {key: converted(value) for key, value in found.items()}
        port = values.get("MAIL_PORT") or "587"
        scheme = (values.get("MAIL_SCHEME") or "").lower()
        if scheme == "smtps" or (not scheme and port == "465"):
            security = Security.SSL
        elif _NO_AUTO_TLS.search(text):
            security = Security.NONE
        else:
            # smtp:// upgrades whenever STARTTLS is offered: test it as STARTTLS.
            security = Security.STARTTLS
        insists = re.search(r"'require_tls'\s*=>\s*true", text) is not None
        return imported(
            LABEL,
            warnings=opportunistic(security is not Security.STARTTLS or insists),
            host=values["MAIL_HOST"] or "",
            port=port,
            security=security,
            username=values.get("MAIL_USERNAME") or "",
            password=values.get("MAIL_PASSWORD"),
            from_address=values.get("MAIL_FROM_ADDRESS") or "",
            display_name=values.get("MAIL_FROM_NAME") or "",
        )


TARGET = LaravelTarget()
