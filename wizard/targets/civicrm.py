"""CiviCRM: the ``mailing_backend`` setting (Administer > System Settings > Outbound Email).

CiviCRM sends with PEAR Mail + Net_SMTP (CRM/Utils/Mail.php ``createMailer``,
TARGETS.md §2). TLS there is not PHPMailer's:

* ``smtpServer = 'ssl://host'`` is implicit TLS. So is ``tls://host``: Net_Socket
  hands the prefix to PHP's stream transports, where ``tls://`` means a TLS
  connection from the first byte, *not* STARTTLS as in PHPMailer/coreBOS.
* STARTTLS happens only inside ``Net_SMTP::auth()`` (CiviCRM never passes Mail's
  ``starttls`` option): with ``smtpAuth = 1`` it is *opportunistic* (taken when
  the server offers it); with ``smtpAuth = 0`` never, even on port 587.

CiviCRM cannot require STARTTLS nor name a CA file; the export says so. The
password is stored as given by ``cv setting:set`` (plain text; CiviCRM reads
plain text and ``\\x02CTK?…`` tokens alike), encrypted only when saved through
the form with CIVICRM_CRED_KEYS set.
"""

from __future__ import annotations

import json
import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "CiviCRM"
_KEYS = ("outBound_option", "smtpServer", "smtpPort", "smtpAuth", "smtpUsername", "smtpPassword")


def backend(profile: Profile, password: str | None) -> dict[str, object]:
    host = s.host_for_url(profile.host)
    values: dict[str, object] = {
        "outBound_option": 0,  # CRM_Mailing_Config::OUTBOUND_OPTION_SMTP
        # ssl:// only for implicit TLS; never tls:// (implicit TLS too, in PEAR).
        "smtpServer": f"ssl://{host}" if profile.security is Security.SSL else host,
        "smtpPort": profile.effective_port,
        "smtpAuth": 1 if profile.auth else 0,
    }
    if profile.auth:
        values["smtpUsername"] = profile.username
        if password is not None:
            values["smtpPassword"] = password
    return values


def _php(value: object) -> str:
    return s.php_str(value) if isinstance(value, str) else str(value)


class CiviCRM:
    id = "civicrm"
    label = QT_TRANSLATE_NOOP("Targets", "CiviCRM")
    group = Group.CRM_ERP
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtpServer ssl://host is implicit TLS; a bare host gets STARTTLS only when "
            "logging in and only if offered. tls:// would also mean implicit TLS here.",
        )
    )
    # No CA setting; senders are kept apart (FROM Email Addresses).
    cannot_carry = frozenset({"ca_file", "from_address"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "With cv: save the JSON as mailing_backend.json and run "
            "cv setting:set --in=json < mailing_backend.json in the site's folder.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Or in the form: Administer > System Settings > Outbound Email, choose SMTP "
            "and copy the values of the JSON into the fields of the same meaning.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Or, to fix the settings for good, add the PHP lines to civicrm.settings.php "
            "(the form then shows them read-only).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Type the password in the Outbound Email form and click Save & Send Test "
            "Email: the form stores it encrypted when CIVICRM_CRED_KEYS is set.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        # CryptoToken reads any value starting with chr(2) as an encrypted token.
        token_like = password is not None and password.startswith("\x02")
        with_password = password is not None and profile.auth and not token_like
        values = backend(profile, password if with_password else None)
        as_json = json.dumps({"mailing_backend": values}, indent=2, ensure_ascii=False) + "\n"
        items = "".join(f"  {s.php_str(k)} => {_php(v)},\n" for k, v in values.items())
        as_php = (
            "<?php\n"
            "// civicrm.settings.php: outbound mail from SMTP Setup Wizard.\n"
            "// smtpServer 'ssl://host' = implicit TLS; a bare host = STARTTLS only when\n"
            "// logging in and only if the server offers it (PEAR Net_SMTP).\n"
            "global $civicrm_setting;\n"
            f"$civicrm_setting['domain']['mailing_backend'] = [\n{items}];\n"
        )
        artifacts = (
            Artifact(
                "mailing_backend.json",
                Text(QT_TRANSLATE_NOOP("Targets", "mailing_backend for cv setting:set --in=json")),
                as_json,
                contains_password=with_password,
                syntax="json",
            ),
            Artifact(
                "civicrm.settings.php",
                Text(QT_TRANSLATE_NOOP("Targets", "Override for civicrm.settings.php")),
                as_php,
                contains_password=with_password,
                syntax="php",
            ),
        )
        notes = self._warnings(profile, with_password)
        if token_like and profile.auth:
            notes = (s.value_left_out(APP, "smtpPassword"), *notes)
        return Export(artifacts, notes)

    @staticmethod
    def _warnings(profile: Profile, with_password: bool) -> tuple[Text, ...]:
        notes: list[Text] = list(s.ca_warning(profile, APP))
        if profile.security is Security.STARTTLS and profile.auth:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "CiviCRM cannot require STARTTLS: it upgrades only if the server "
                        "offers it, so an attacker who removes the offer gets the password "
                        "in plain text. Use implicit TLS (port 465) if the server has it.",
                    )
                )
            )
        if profile.security is Security.STARTTLS and not profile.auth:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Without a login CiviCRM never uses STARTTLS: its mail goes in "
                        "plain text. Use implicit TLS (port 465) if the server has it.",
                    )
                )
            )
        if profile.security is Security.NONE and profile.auth:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "CiviCRM cannot turn encryption off while logging in: it uses "
                        "STARTTLS whenever the server offers it.",
                    )
                )
            )
            notes.append(s.plaintext_warning(APP))
        if with_password:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "cv stores the password as plain text in the database; save the "
                        "Outbound Email form once to store it encrypted.",
                    )
                )
            )
        elif profile.auth:
            notes.append(s.password_left_out(APP))
        if profile.from_address:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "CiviCRM keeps sender addresses apart: add {address} under "
                        "Administer > Communications > FROM Email Addresses.",
                    ),
                    {"address": s.from_header(profile)},
                )
            )
        return tuple(notes)

    def detect(self, text: str) -> int:
        if "mailing_backend" in text:
            return 95
        if "smtpServer" in text and "outBound_option" in text:
            return 90
        return 0

    def parse(self, text: str) -> Imported:
        # The CLI's combined text holds every artifact: the first that reads wins.
        return s.parse_first(text, self._parse_one, APP)

    def _parse_one(self, text: str) -> Imported:
        values = _read(text)
        if "smtpServer" not in values:
            raise s.bad_format(APP)
        option = str(values.get("outBound_option", "0"))
        if option != "0":
            raise s.bad_value(APP, "outBound_option", option)
        server = str(values["smtpServer"] or "localhost").strip()
        auth = str(values.get("smtpAuth", "0")) in ("1", "True", "true")
        notes: list[Text] = []
        match = re.match(r"(?i)(ssl|tls)://", server)
        if match:
            security = Security.SSL
            if match.group(1).lower() == "tls":
                notes.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Targets",
                            "In CiviCRM tls:// means implicit TLS (as ssl://), not STARTTLS: "
                            "imported as implicit TLS.",
                        )
                    )
                )
            server = server[match.end() :]
        else:
            # Net_SMTP::auth() upgrades when offered; without a login, never.
            security = Security.STARTTLS if auth else Security.NONE
            if auth:
                notes.append(s.imported_opportunistic(APP))
        port = s.port_of(str(values.get("smtpPort") or 25), APP, "smtpPort")
        secret = values.get("smtpPassword")
        password = secret if isinstance(secret, str) and secret else None
        if password is not None and password.startswith("\x02"):
            password = None
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "The password is encrypted with the site's CIVICRM_CRED_KEYS and "
                        "cannot be read here: type it before the test.",
                    )
                )
            )
        user = values.get("smtpUsername")
        host, _port = s.split_host_port(server) if server.startswith("[") else (server, "")
        return s.imported(
            APP,
            host=host,
            port=port,
            security=security,
            auth=auth,
            username=user if isinstance(user, str) else "",
            password=password,
            warnings=notes,
        )


def _read(text: str) -> dict[str, object]:
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            raise s.bad_format(APP) from None
        if isinstance(data, dict) and isinstance(data.get("mailing_backend"), dict):
            data = data["mailing_backend"]
        if not isinstance(data, dict):
            raise s.bad_format(APP)
        return {k: v for k, v in data.items() if k in _KEYS}
    items = s.php_array_items(s.php_comments_removed(text))
    return {k: v for k, v in items.items() if k in _KEYS}


TARGET = CiviCRM()
