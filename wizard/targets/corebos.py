"""coreBOS: Settings > Outgoing Server (table ``vtiger_systems``, ``server_type='email'``).

How coreBOS reads the row (modules/Emails/mail.php ``setMailServerProperties``,
TARGETS.md §1): ``Host = server``; ``smtp_auth`` ``'false'`` → no login,
``'true'`` → login, ``'ssl'``/``'tls'`` → login and ``SMTPSecure`` (``*nc``: the
same without certificate checks). The bundled PHPMailer 5.2 parses ``server``
as ``[ssl://|tls://]host[:port]``: ``ssl://`` = implicit TLS, ``tls://`` =
STARTTLS (mandatory, also without login), ``:port`` is the only port it uses
(default 25; the ``server_port`` column is never read). ``SMTPAutoTLS`` is on
and coreBOS has no switch for it, so "no encryption" still upgrades whenever
the server offers STARTTLS.

So the export always writes the prefix and the port into ``server``: TLS then
holds even with ``smtp_auth='false'``.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import FromPolicy, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "coreBOS"
_FIELDS = ("server", "server_username", "server_password", "smtp_auth", "from_email_field")
# PHPMailer 5.2.27 smtpConnect(): hosts with "_" or other characters fail this.
_HOST_RE = re.compile(r"^((ssl|tls)://)*([a-zA-Z0-9\.-]*|\[[a-fA-F0-9:]+\]):?([0-9]*)$")
_AUTH_VALUES = ("false", "true", "ssl", "sslnc", "tls", "tlsnc")


def server_string(profile: Profile) -> str:
    prefix = {Security.SSL: "ssl://", Security.STARTTLS: "tls://", Security.NONE: ""}[
        profile.security
    ]
    return f"{prefix}{s.host_for_url(profile.host)}:{profile.effective_port}"


def smtp_auth(profile: Profile) -> str:
    if not profile.auth:
        return "false"
    return {Security.SSL: "ssl", Security.STARTTLS: "tls", Security.NONE: "true"}[profile.security]


class CoreBOS:
    id = "corebos"
    label = QT_TRANSLATE_NOOP("Targets", "coreBOS")
    group = Group.CRM_ERP
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "Server Name ssl://host:port is implicit TLS, tls://host:port is STARTTLS "
            "(required); coreBOS reads the port only from there and takes STARTTLS whenever "
            "offered.",
        )
    )
    # coreBOS has no CA setting (warned).
    cannot_carry = frozenset({"ca_file"})
    steps = (
        QT_TRANSLATE_NOOP("Targets", "In coreBOS, open Settings > Outgoing Server and click Edit."),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Copy each value of the form fields into the field of the same name; "
            "the Server Name keeps its ssl:// or tls:// prefix and its :port.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Click Save: coreBOS first sends a test message to your user's address and "
            "saves nothing if that fails.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "For automation instead, run the SQL on the coreBOS database (it updates the "
            "outgoing server row, or adds it if there is none).",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        values: dict[str, str] = {
            "server": server_string(profile),
            "server_username": profile.username if profile.auth else "",
            "server_password": password if (password is not None and profile.auth) else "",
            "smtp_auth": smtp_auth(profile),
            "from_email_field": profile.from_address
            if profile.from_policy is FromPolicy.FIXED_FROM
            else "",
        }
        with_password = password is not None and profile.auth
        # One "key = value" per line: a value with a line break (no form field takes
        # one anyway) is only in the SQL, and a warning says so.
        form_lines = [
            f"{key} = {values[key]}"
            for key in _FIELDS
            if (key != "server_password" or with_password) and s.one_line(values[key])
        ]
        form = "\n".join(form_lines) + "\n"
        broken = [key for key in _FIELDS if values[key] and not s.one_line(values[key])]
        artifacts = (
            Artifact(
                "corebos-outgoing-server.txt",
                Text(QT_TRANSLATE_NOOP("Targets", "Outgoing Server form fields")),
                form,
                contains_password=with_password and "server_password" not in broken,
            ),
            Artifact(
                "corebos-outgoing-server.sql",
                Text(QT_TRANSLATE_NOOP("Targets", "SQL for automation (vtiger_systems)")),
                self._sql(values, with_password),
                contains_password=with_password,
                syntax="sql",
            ),
        )
        notes = self._warnings(profile, with_password)
        notes += tuple(
            Text(
                QT_TRANSLATE_NOOP(
                    "Targets",
                    "The value of {key} has a line break, which the form cannot take: it "
                    "is only in the SQL.",
                ),
                {"key": key},
            )
            for key in broken
        )
        return Export(artifacts, notes)

    @staticmethod
    def _sql(values: dict[str, str], with_password: bool) -> str:
        port = values["server"].rpartition(":")[2]
        columns = ["server", "server_username", "smtp_auth", "from_email_field"]
        if with_password:
            columns.insert(2, "server_password")
        sets = ",\n    ".join(f"{c} = {s.sql_str(values[c])}" for c in columns)
        q = {key: s.sql_str(value) for key, value in values.items()}
        # Every value goes through sql_str (quoted, backslash-safe): S608 does not apply.
        return (
            "-- coreBOS outgoing mail server (Settings > Outgoing Server), MySQL/MariaDB.\n"  # noqa: S608
            "-- server carries TLS and port (ssl:// = implicit TLS, tls:// = STARTTLS);\n"
            "-- server_port is stored for the record only: coreBOS never reads it.\n"
            f"UPDATE vtiger_systems SET\n    {sets},\n    server_port = {port}\n"
            "WHERE server_type = 'email';\n"
            "UPDATE vtiger_systems_seq SET id = id + 1\n"
            "WHERE NOT EXISTS (SELECT 1 FROM vtiger_systems WHERE server_type = 'email');\n"
            "INSERT INTO vtiger_systems (id, server, server_port, server_username,\n"
            "    server_password, server_type, smtp_auth, server_path, from_email_field)\n"
            f"SELECT id, {q['server']}, {port}, {q['server_username']},\n"
            f"    {q['server_password']}, 'email', {q['smtp_auth']}, '',\n"
            f"    {q['from_email_field']}\n"
            "FROM vtiger_systems_seq\n"
            "WHERE NOT EXISTS (SELECT 1 FROM vtiger_systems WHERE server_type = 'email');\n"
        )

    @staticmethod
    def _warnings(profile: Profile, with_password: bool) -> tuple[Text, ...]:
        notes: list[Text] = list(s.ca_warning(profile, APP))
        if profile.security is Security.NONE:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "coreBOS cannot turn encryption off: its PHPMailer switches to "
                        "STARTTLS whenever the server offers it, and then fails if the "
                        "server's certificate is not trusted.",
                    )
                )
            )
            if profile.auth:
                notes.append(s.plaintext_warning(APP))
        if not _HOST_RE.match(server_string(profile)):
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "coreBOS's mailer does not accept the server name {host} (only "
                        "letters, digits, dots and dashes): use its IP address or another name.",
                    ),
                    {"host": profile.host},
                )
            )
        if profile.from_policy is not FromPolicy.FIXED_FROM and profile.from_address:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "From Email is left empty: coreBOS then sends as each user's own "
                        "address, so the server must let the login send as all of them.",
                    )
                )
            )
        if profile.auth and not with_password:
            notes.append(s.password_left_out(APP))
        if profile.display_name:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "coreBOS has no field for the sender name: it uses each user's name.",
                    )
                )
            )
        return tuple(notes)

    def detect(self, text: str) -> int:
        if "vtiger_systems" in text:
            return 95
        if re.search(r"^\s*smtp_auth\s*[=:]", text, re.M) and re.search(
            r"^\s*server\s*[=:]", text, re.M
        ):
            return 90
        if re.fullmatch(r"\s*(ssl|tls)://[\w.\-\[\]:]+:\d+\s*", text):
            return 40  # a bare coreBOS server string (PEAR/CiviCRM read tls:// otherwise)
        return 0

    def parse(self, text: str) -> Imported:
        # The CLI's combined text holds every artifact: the first that reads wins.
        # The SQL (last) carries every value exactly; the form text may lack some.
        return s.parse_first(text, self._parse_one, APP, last_first=True)

    def _parse_one(self, text: str) -> Imported:
        values = _read(text)
        if "server" not in values:
            raise s.bad_format(APP)
        auth_value = values.get("smtp_auth", "false").strip().lower()
        if auth_value not in _AUTH_VALUES:
            raise s.bad_value(APP, "smtp_auth", auth_value)
        match = _HOST_RE.match(values["server"].strip().split(";")[0].strip())
        if not match:
            raise s.bad_value(APP, "server", values["server"])
        prefix, host, port_text = match.group(2), match.group(3).strip("[]"), match.group(4)
        # The prefix wins over smtp_auth (PHPMailer smtpConnect()).
        if prefix == "ssl" or (not prefix and auth_value.startswith("ssl")):
            security = Security.SSL
        elif prefix == "tls" or (not prefix and auth_value.startswith("tls")):
            security = Security.STARTTLS
        else:
            security = Security.NONE
        notes: list[Text] = []
        if auth_value.endswith("nc"):
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "coreBOS was set not to check the server's certificate ({value}); "
                        "the test checks it.",
                    ),
                    {"value": auth_value},
                )
            )
        if ";" in values["server"]:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP("Targets", "Only the first of several servers was imported.")
                )
            )
        sender = values.get("from_email_field", "")
        return s.imported(
            APP,
            host=host,
            # No :port means PHPMailer's default, 25 (server_port is never read).
            port=s.port_of(port_text, APP, "server") if port_text else 25,
            security=security,
            auth=auth_value != "false",
            username=values.get("server_username", ""),
            password=values.get("server_password") or None,
            from_address=sender,
            from_policy=FromPolicy.FIXED_FROM if sender else FromPolicy.SEND_AS_USER,
            warnings=notes,
        )


def _read(text: str) -> dict[str, str]:
    """The form lines (``key = value``), the SQL (``key = 'value'`` or the INSERT),
    or a bare server string."""
    values: dict[str, str] = {}
    if "vtiger_systems" in text:
        for match in re.finditer(rf"\b({'|'.join(_FIELDS)})\s*=\s*({s.SQL_VALUE})", text):
            value = s.sql_value(match.group(2))
            if isinstance(value, str):
                values.setdefault(match.group(1), value)
        return values
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            key, sep, value = (
                line.partition(":") if not re.search(r"(ssl|tls)://", line) else ("", "", "")
            )
        if sep and key.strip() == "server_password":
            # Exactly what follows "key = ": a password may begin or end with spaces.
            values["server_password"] = value.removeprefix(" ")
        elif sep and key.strip() in _FIELDS:
            values[key.strip()] = value.strip()
    if not values and re.fullmatch(r"\s*(ssl|tls)://\S+\s*", text):
        values = {"server": text.strip(), "smtp_auth": "true"}
    return values


TARGET = CoreBOS()
