"""Nextcloud: ``mail_*`` system settings (a ``config/*.config.php`` file, or
``occ config:system:set`` commands).

Nextcloud's Mailer (lib/private/Mail/Mailer.php ``getSmtpInstance``, TARGETS.md
§9) builds a Symfony Mailer EsmtpTransport: ``mail_smtpsecure = 'ssl'`` is
implicit TLS; any other value leaves TLS to Symfony, which uses implicit TLS on
port 465 and otherwise STARTTLS *when the server offers it* (opportunistic,
with certificate checks). So Nextcloud can neither require STARTTLS nor turn it
off; the export says so. ``mail_smtpstreamoptions`` is merged into the stream
context: the CA file goes to ``['ssl']['cafile']``.
"""

from __future__ import annotations

import re
import shlex

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import FromPolicy, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "Nextcloud"
_OCC = re.compile(r"config:system:set\s")


def settings(profile: Profile, password: str | None) -> list[tuple[str, object]]:
    values: list[tuple[str, object]] = [
        ("mail_smtpmode", "smtp"),
        ("mail_sendmailmode", "smtp"),
        ("mail_smtphost", profile.host),
        ("mail_smtpport", profile.effective_port),
        ("mail_smtpsecure", "ssl" if profile.security is Security.SSL else ""),
        ("mail_smtpauth", profile.auth),
    ]
    if profile.auth:
        values.append(("mail_smtpname", profile.username))
        if password is not None:
            values.append(("mail_smtppassword", password))
    if profile.from_address and "@" in profile.from_address:
        local, _at, domain = profile.from_address.rpartition("@")
        values += [("mail_from_address", local), ("mail_domain", domain)]
    return values


def _php(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int) else s.php_str(str(value))


class Nextcloud:
    id = "nextcloud"
    label = QT_TRANSLATE_NOOP("Targets", "Nextcloud")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "mail_smtpsecure 'ssl' is implicit TLS; empty means STARTTLS when the server "
            "offers it (and implicit TLS on port 465).",
        )
    )
    # "none" and STARTTLS are the same setting (Symfony's automatic STARTTLS).
    cannot_carry = frozenset({"security"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Save the PHP file as config/smtp.config.php in the Nextcloud folder, owned by "
            "the web server user (Nextcloud merges every config/*.config.php).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Or run the occ commands in the Nextcloud folder as the web server user "
            "(for example sudo -u www-data).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Type the password in Administration settings > Basic settings > Email server "
            "if it is not included, and click Send email to test.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        with_password = password is not None and profile.auth
        values = settings(profile, password if with_password else None)
        items = "".join(f"  {s.php_str(k)} => {_php(v)},\n" for k, v in values)
        if profile.ca_file:
            cafile = s.php_str(profile.ca_file)
            items += f"  'mail_smtpstreamoptions' => ['ssl' => ['cafile' => {cafile}]],\n"
        config = (
            "<?php\n"
            "// Nextcloud mail settings from SMTP Setup Wizard: config/smtp.config.php.\n"
            "// mail_smtpsecure 'ssl' = implicit TLS; '' = STARTTLS when the server offers it.\n"
            f"$CONFIG = [\n{items}];\n"
        )
        commands = []
        for key, value in values:
            if isinstance(value, bool):
                shown, kind = ("true" if value else "false"), " --type=boolean"
            elif isinstance(value, int):
                shown, kind = str(value), " --type=integer"
            else:
                shown, kind = str(value), ""
            commands.append(f"php occ config:system:set {key} --value={s.sh_quote(shown)}{kind}")
        if profile.ca_file:
            commands.append(
                "php occ config:system:set mail_smtpstreamoptions ssl cafile "
                f"--value={s.sh_quote(profile.ca_file)}"
            )
        artifacts = (
            Artifact(
                "smtp.config.php",
                Text(QT_TRANSLATE_NOOP("Targets", "config/smtp.config.php")),
                config,
                contains_password=with_password,
                syntax="php",
            ),
            Artifact(
                "nextcloud-occ.sh",
                Text(QT_TRANSLATE_NOOP("Targets", "occ commands")),
                "\n".join(commands) + "\n",
                contains_password=with_password,
                syntax="shell",
            ),
        )
        return Export(artifacts, self._warnings(profile, with_password))

    @staticmethod
    def _warnings(profile: Profile, with_password: bool) -> tuple[Text, ...]:
        notes: list[Text] = []
        if profile.security is Security.STARTTLS:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Nextcloud cannot require STARTTLS: it upgrades when the server "
                        "offers it and otherwise sends in plain text.",
                    )
                )
            )
        if profile.security is Security.NONE:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Nextcloud cannot turn encryption off: it uses STARTTLS whenever "
                        "the server offers it, and then fails if the certificate is not trusted.",
                    )
                )
            )
            if profile.auth:
                notes.append(s.plaintext_warning(APP))
        if profile.security is not Security.SSL and profile.effective_port == 465:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "On port 465 Nextcloud always uses implicit TLS, whatever the setting.",
                    )
                )
            )
        if profile.auth and not with_password:
            notes.append(s.password_left_out(APP))
        if profile.from_address and profile.from_policy is not FromPolicy.FIXED_FROM:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Nextcloud always sends from one address ({address}).",
                    ),
                    {"address": profile.from_address},
                )
            )
        if profile.display_name:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Nextcloud takes the sender name from its theming settings "
                        "(Administration settings > Theming > Name), not from these settings.",
                    )
                )
            )
        return tuple(notes)

    def detect(self, text: str) -> int:
        if "mail_smtphost" in text:
            return 95
        if "mail_smtpmode" in text:
            return 80
        return 0

    def parse(self, text: str) -> Imported:
        # The CLI's combined text holds every artifact: the first that reads wins.
        return s.parse_first(text, self._parse_one, APP)

    def _parse_one(self, text: str) -> Imported:
        values = _read_occ(text) if _OCC.search(text) else _read_config(text)
        host = values.get("mail_smtphost")
        if "mail_smtphost" not in values and "mail_smtpmode" not in values:
            raise s.bad_format(APP)
        mode = str(values.get("mail_smtpmode", "smtp"))
        if mode != "smtp":
            raise s.bad_value(APP, "mail_smtpmode", mode)
        if not isinstance(host, str):
            host = "127.0.0.1"  # Nextcloud's default
        port = s.port_of(str(values.get("mail_smtpport", 25)), APP, "mail_smtpport")
        notes: list[Text] = []
        if str(values.get("mail_smtpsecure", "")) == "ssl" or port == 465:
            security = Security.SSL
        else:
            security = Security.STARTTLS
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Nextcloud uses STARTTLS when the server offers it: imported as "
                        "STARTTLS, which the test requires.",
                    )
                )
            )
        local, domain = values.get("mail_from_address"), values.get("mail_domain")
        sender = f"{local}@{domain}" if isinstance(local, str) and isinstance(domain, str) else ""
        user, secret = values.get("mail_smtpname"), values.get("mail_smtppassword")
        cafile = values.get("cafile")
        return s.imported(
            APP,
            host=host,
            port=port,
            security=security,
            auth=values.get("mail_smtpauth") in (True, 1, "1", "true"),
            username=user if isinstance(user, str) else "",
            password=secret if isinstance(secret, str) and secret else None,
            from_address=sender,
            ca_file=cafile if isinstance(cafile, str) else "",
            warnings=notes,
        )


def _read_config(text: str) -> dict[str, object]:
    return dict(s.php_array_items(s.php_comments_removed(text)))


def _read_occ(text: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for line in text.splitlines():
        if not _OCC.search(line):
            continue
        try:
            words = shlex.split(line, comments=True)
        except ValueError:
            raise s.bad_format(APP) from None
        place = words.index("config:system:set")
        keys = [w for w in words[place + 1 :] if not w.startswith("--")]
        options = dict(w[2:].partition("=")[::2] for w in words[place + 1 :] if w.startswith("--"))
        if not keys or "value" not in options:
            continue
        value: object = options["value"]
        if options.get("type") == "boolean":
            value = options["value"] == "true"
        values[keys[-1] if keys[0] == "mail_smtpstreamoptions" else keys[0]] = value
    return values


TARGET = Nextcloud()
