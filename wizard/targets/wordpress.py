"""WordPress with the WP Mail SMTP plugin: ``define()`` constants for wp-config.php.

WP Mail SMTP (src/Options.php, src/Processor.php; TARGETS.md §9) hands the
values to WordPress's PHPMailer: ``WPMS_SSL`` ``'ssl'`` = implicit TLS,
``'tls'`` = mandatory STARTTLS (the plugin's header comment "TLS is not
STARTTLS" is misleading), ``''`` = none. PHPMailer's SMTPAutoTLS stays on
unless ``WPMS_SMTP_AUTOTLS`` is false, so "none" is written with it false.
The plugin has no CA setting.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import FromPolicy, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "WP Mail SMTP"
_SSL = {Security.SSL: "ssl", Security.STARTTLS: "tls", Security.NONE: ""}


def _bool(value: bool) -> str:
    return "true" if value else "false"


class WordPress:
    id = "wordpress"
    label = QT_TRANSLATE_NOOP("Targets", "WordPress (WP Mail SMTP)")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "WPMS_SSL 'ssl' is implicit TLS, 'tls' is STARTTLS (required), '' is none (with "
            "WPMS_SMTP_AUTOTLS off).",
        )
    )
    # WP Mail SMTP has no CA setting.
    cannot_carry = frozenset({"ca_file"})
    steps = (
        QT_TRANSLATE_NOOP("Targets", "Install and activate the WP Mail SMTP plugin."),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Paste the lines into wp-config.php above the line /* That's all, stop editing! */.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without WPMS_SMTP_PASS in the lines, type the password in WP Mail SMTP > "
            "Settings (the plugin stores it encrypted).",
        ),
        QT_TRANSLATE_NOOP("Targets", "Send a test from WP Mail SMTP > Tools > Email Test."),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        with_password = password is not None and profile.auth
        values: list[tuple[str, str]] = [
            ("WPMS_ON", "true"),
            ("WPMS_MAILER", "'smtp'"),
            ("WPMS_SMTP_HOST", s.php_str(profile.host)),
            ("WPMS_SMTP_PORT", str(profile.effective_port)),
            ("WPMS_SSL", s.php_str(_SSL[profile.security])),
            # PHPMailer's SMTPAutoTLS would upgrade "none" whenever offered.
            ("WPMS_SMTP_AUTOTLS", _bool(profile.security is not Security.NONE)),
            ("WPMS_SMTP_AUTH", _bool(profile.auth)),
        ]
        if profile.auth:
            values.append(("WPMS_SMTP_USER", s.php_str(profile.username)))
            if with_password and password is not None:
                values.append(("WPMS_SMTP_PASS", s.php_str(password)))
        if profile.from_address:
            values.append(("WPMS_MAIL_FROM", s.php_str(profile.from_address)))
            values.append(
                ("WPMS_MAIL_FROM_FORCE", _bool(profile.from_policy is FromPolicy.FIXED_FROM))
            )
        if profile.display_name:
            values.append(("WPMS_MAIL_FROM_NAME", s.php_str(profile.display_name)))
            values.append(("WPMS_MAIL_FROM_NAME_FORCE", "true"))
        lines = ["// WP Mail SMTP settings from SMTP Setup Wizard (WPMS_SSL 'tls' = STARTTLS)."]
        lines += [f"define( '{name}', {value} );" for name, value in values]
        artifact = Artifact(
            "wp-config-smtp.php",
            Text(QT_TRANSLATE_NOOP("Targets", "wp-config.php constants")),
            "\n".join(lines) + "\n",
            contains_password=with_password,
            syntax="php",
        )
        notes: list[Text] = list(s.ca_warning(profile, APP))
        notes += s.sign_in_notes(profile, APP, with_password=with_password)
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        return 95 if re.search(r"define\s*\(\s*['\"]WPMS_", text) else 0

    def parse(self, text: str) -> Imported:
        found = s.php_defines(s.php_comments_removed(text))
        if "WPMS_SMTP_HOST" not in found:
            raise s.bad_format(APP)
        host = found["WPMS_SMTP_HOST"]
        if not isinstance(host, str):
            raise s.no_host(APP)
        ssl_value = str(found.get("WPMS_SSL") or "").lower()
        if ssl_value in ("", "none"):
            security = Security.NONE
        elif ssl_value in ("ssl", "tls"):
            security = Security.SSL if ssl_value == "ssl" else Security.STARTTLS
        else:
            raise s.bad_value(APP, "WPMS_SSL", ssl_value)
        notes: list[Text] = []
        if security is Security.NONE and found.get("WPMS_SMTP_AUTOTLS") is not False:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "WPMS_SMTP_AUTOTLS is on: WordPress uses STARTTLS whenever the "
                        "server offers it, although no encryption is set.",
                    )
                )
            )
        port = s.port_of(str(found.get("WPMS_SMTP_PORT", 25)), APP, "WPMS_SMTP_PORT")
        user, secret = found.get("WPMS_SMTP_USER"), found.get("WPMS_SMTP_PASS")
        sender, name = found.get("WPMS_MAIL_FROM"), found.get("WPMS_MAIL_FROM_NAME")
        forced = found.get("WPMS_MAIL_FROM_FORCE") is True
        return s.imported(
            APP,
            host=host,
            port=port,
            security=security,
            auth=found.get("WPMS_SMTP_AUTH") is True,
            username=user if isinstance(user, str) else "",
            password=secret if isinstance(secret, str) else None,
            from_address=sender if isinstance(sender, str) else "",
            display_name=name if isinstance(name, str) else "",
            from_policy=FromPolicy.FIXED_FROM if forced else FromPolicy.SEND_AS_USER,
            warnings=notes,
        )


TARGET = WordPress()
