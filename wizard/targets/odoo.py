"""Odoo 17/18: an ``ir.mail_server`` record (XML data file or XML-RPC ``create``)
and the ``odoo.conf`` keys.

Odoo's ``ir.mail_server.connect()`` (odoo/addons/base/models/ir_mail_server.py,
TARGETS.md §3) does nothing but stdlib smtplib: ``smtp_encryption`` ``'ssl'`` →
``SMTP_SSL``, ``'starttls'`` → ``SMTP`` + ``starttls()`` (mandatory: it raises
if the server does not offer it), ``'none'`` → plain ``SMTP`` (no opportunistic
upgrade). In 17/18 the TLS context is None, so smtplib does **not** verify the
certificate; 19 adds ``ssl_strict``/``starttls_strict``. odoo.conf's
``smtp_ssl = True`` means STARTTLS and there is no implicit-TLS key.
``from_filter`` limits the senders this server is used for (addresses or domains).
"""

from __future__ import annotations

import ast
import configparser
import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import FromPolicy, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "Odoo"
# ir.mail_server fields in 17.0/18.0 (ir_mail_server.py 17.0 lines 128-162).
FIELDS = (
    "name",
    "from_filter",
    "smtp_host",
    "smtp_port",
    "smtp_authentication",
    "smtp_user",
    "smtp_pass",
    "smtp_encryption",
    "smtp_ssl_certificate",
    "smtp_ssl_private_key",
    "smtp_debug",
    "sequence",
    "active",
    "max_email_size",
)
_ENCRYPTION = {Security.SSL: "ssl", Security.STARTTLS: "starttls", Security.NONE: "none"}
# 19.x adds the verifying variants; an import accepts them.
_READ_ENCRYPTION = {
    "ssl": Security.SSL,
    "ssl_strict": Security.SSL,
    "starttls": Security.STARTTLS,
    "starttls_strict": Security.STARTTLS,
    "none": Security.NONE,
}


def from_filter(profile: Profile) -> str:
    if profile.from_policy is FromPolicy.FIXED_FROM:
        return profile.from_address
    if profile.from_policy is FromPolicy.ALLOWED_DOMAINS:
        return ",".join(d.strip() for d in profile.allowed_domains if d.strip())
    return ""  # any sender


def record_values(profile: Profile, password: str | None) -> dict[str, object]:
    values: dict[str, object] = {
        "name": profile.name or "SMTP Setup Wizard",
        "smtp_host": profile.host,
        "smtp_port": profile.effective_port,
        "smtp_encryption": _ENCRYPTION[profile.security],
        "smtp_authentication": "login",
        "sequence": 1,
    }
    if profile.auth:
        values["smtp_user"] = profile.username
        if password is not None:
            values["smtp_pass"] = password
    if from_filter(profile):
        values["from_filter"] = from_filter(profile)
    return values


class Odoo:
    id = "odoo"
    label = QT_TRANSLATE_NOOP("Targets", "Odoo 17/18")
    group = Group.CRM_ERP
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtp_encryption ssl is implicit TLS, starttls is STARTTLS (required), none is "
            "plain text; Odoo 17/18 do not check the certificate.",
        )
    )
    # No CA setting (17/18 do not verify at all).
    cannot_carry = frozenset({"ca_file"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "In Odoo, open Settings > Technical > Outgoing Mail Servers (developer mode), "
            "create a server with the values of the record and click Test Connection.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Or run the Python script: it asks for the Odoo address, database, login "
            "and API key, creates the server and tests the connection.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Or put the XML record in a module's data files, or the odoo.conf lines "
            "under [options] and restart Odoo (used when no mail server record exists).",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        with_password = password is not None and profile.auth
        values = record_values(profile, password if with_password else None)
        # XML 1.0 cannot hold some control characters, odoo.conf no line break or
        # outer space: such a value is left out there (the script holds any text).
        in_xml = {k: v for k, v in values.items() if s.xml_writable(str(v))}
        conf = self._conf(profile, password if with_password else None)
        conf_has_password = with_password and "smtp_password = " in conf
        artifacts = [
            Artifact(
                "mail_server.xml",
                Text(QT_TRANSLATE_NOOP("Targets", "ir.mail_server data record (XML)")),
                self._xml(in_xml),
                contains_password=with_password and "smtp_pass" in in_xml,
                syntax="xml",
            ),
            Artifact(
                "create_mail_server.py",
                Text(QT_TRANSLATE_NOOP("Targets", "XML-RPC script that creates the server")),
                self._script(values, ask_password=profile.auth and not with_password),
                contains_password=with_password,
                syntax="python",
            ),
        ]
        if profile.security is not Security.SSL:
            artifacts.append(
                Artifact(
                    "odoo.conf",
                    Text(QT_TRANSLATE_NOOP("Targets", "odoo.conf lines")),
                    conf,
                    contains_password=conf_has_password,
                    syntax="ini",
                )
            )
        notes = self._warnings(profile, with_password, password)
        if len(in_xml) < len(values) or (
            with_password and not conf_has_password and profile.security is not Security.SSL
        ):
            notes += (
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Some values have characters the XML record or odoo.conf cannot "
                        "hold exactly (a line break or a control character): they are "
                        "only in the Python script.",
                    )
                ),
            )
        return Export(tuple(artifacts), notes)

    @staticmethod
    def _xml(values: dict[str, object]) -> str:
        fields = "".join(
            f'      <field name="{key}">{s.xml_text(str(value))}</field>\n'
            for key, value in values.items()
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            "<!-- smtp_encryption: ssl = implicit TLS, starttls = STARTTLS (required), none -->\n"
            "<odoo>\n"
            '  <data noupdate="1">\n'
            '    <record id="smtp_wizard_mail_server" model="ir.mail_server">\n'
            f"{fields}"
            "    </record>\n"
            "  </data>\n"
            "</odoo>\n"
        )

    @staticmethod
    def _script(values: dict[str, object], *, ask_password: bool) -> str:
        shown = dict(values)
        body = ",\n".join(f"    {k!r}: {v!r}" for k, v in shown.items())
        password_line = (
            "VALUES['smtp_pass'] = getpass.getpass('SMTP password: ')\n" if ask_password else ""
        )
        return (
            '"""Create the outgoing mail server in Odoo 17/18 over XML-RPC and test it.\n\n'
            "Environment: ODOO_URL (http://localhost:8069), ODOO_DB, ODOO_LOGIN and\n"
            'ODOO_API_KEY (or the password); asked for when missing."""\n'
            "import getpass\n"
            "import os\n"
            "import xmlrpc.client\n\n"
            f"VALUES = {{\n{body},\n}}\n"
            f"{password_line}"
            "url = os.environ.get('ODOO_URL') or input('Odoo URL: ')\n"
            "db = os.environ.get('ODOO_DB') or input('Database: ')\n"
            "login = os.environ.get('ODOO_LOGIN') or input('Login: ')\n"
            "key = os.environ.get('ODOO_API_KEY') or getpass.getpass('API key or password: ')\n"
            "common = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/common')\n"
            "uid = common.authenticate(db, login, key, {})\n"
            "if not uid:\n"
            "    raise SystemExit('Odoo refused the login')\n"
            "models = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/object')\n"
            "server_id = models.execute_kw(db, uid, key, 'ir.mail_server', 'create', [VALUES])\n"
            "print('created ir.mail_server', server_id)\n"
            "# Raises a Fault with Odoo's explanation when the connection fails.\n"
            "models.execute_kw(\n"
            "    db, uid, key, 'ir.mail_server', 'test_smtp_connection', [[server_id]]\n"
            ")\n"
            "print('connection test passed')\n"
        )

    @staticmethod
    def _conf(profile: Profile, password: str | None) -> str:
        lines = [
            "[options]",
            "; used when Odoo has no ir.mail_server record; smtp_ssl = True means STARTTLS",
            f"smtp_server = {profile.host}",
            f"smtp_port = {profile.effective_port}",
            f"smtp_ssl = {profile.security is Security.STARTTLS}",
        ]

        # RawConfigParser strips a value and reads one line (plus indented ones).
        def fits(value: str) -> bool:
            return s.one_line(value) and value == value.strip()

        if profile.auth and fits(profile.username):
            lines.append(f"smtp_user = {profile.username}")
            if password is not None and fits(password):
                lines.append(f"smtp_password = {password}")
        if from_filter(profile):
            lines.append(f"from_filter = {from_filter(profile)}")
        if profile.from_address and profile.from_policy is FromPolicy.FIXED_FROM:
            lines.append(f"email_from = {profile.from_address}")
        return "\n".join(lines) + "\n"

    @staticmethod
    def _warnings(profile: Profile, with_password: bool, password: str | None) -> tuple[Text, ...]:
        notes: list[Text] = []
        if profile.security is not Security.NONE:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Odoo 17 and 18 encrypt but never check the server's certificate: "
                        "anyone in between can pose as the server. On Odoo 19 choose the "
                        'encryption ending in "with validation" ({value}_strict).',
                    ),
                    {"value": _ENCRYPTION[profile.security]},
                )
            )
        if profile.security is Security.SSL:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "odoo.conf has no implicit TLS (its smtp_ssl means STARTTLS): use "
                        "the mail server record.",
                    )
                )
            )
        if profile.ca_file:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Odoo has no setting for a CA file ({ca_file}); versions 17 and 18 "
                        "do not check certificates at all.",
                    ),
                    {"ca_file": profile.ca_file},
                )
            )
        notes += s.sign_in_notes(profile, APP, with_password=with_password)
        if password is not None and profile.auth and not password.isascii():
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Odoo cannot log in with this password: it logs in through "
                        "Python's smtplib, which accepts only ASCII characters in "
                        "passwords. Use a password without accents or symbols such as €.",
                    )
                )
            )
        if profile.from_policy is FromPolicy.FIXED_FROM and profile.from_address:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "from_filter lets this server send only as {address}: set Odoo's "
                        "default sender (Settings > Technical > Alias Domains, Default From) "
                        "to the same address.",
                    ),
                    {"address": profile.from_address},
                )
            )
        if profile.display_name:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Odoo has no sender name in the mail server: it uses the name of "
                        "the user or company that sends.",
                    )
                )
            )
        return tuple(notes)

    def detect(self, text: str) -> int:
        if "ir.mail_server" in text:
            return 95
        if re.search(r"^\s*smtp_server\s*=", text, re.M) and "[options]" in text:
            return 85
        return 0

    def parse(self, text: str) -> Imported:
        # The CLI's combined text holds every artifact: the first that reads wins.
        return s.parse_first(text, self._parse_one, APP)

    def _parse_one(self, text: str) -> Imported:
        if "<record" in text or text.lstrip().startswith("<"):
            values, conf = _read_xml(text), False
        elif re.search(r"^\s*\[options\]", text, re.M):
            values, conf = _read_conf(text), True
        elif "ir.mail_server" in text:
            values, conf = _read_script(text), False
        else:
            raise s.bad_format(APP)
        host = values.get("smtp_host")
        if not isinstance(host, str) or not host:
            raise s.no_host(APP)
        notes: list[Text] = []
        if conf:
            security = Security.STARTTLS if values.get("smtp_ssl") else Security.NONE
        else:
            encryption = str(values.get("smtp_encryption") or "none")
            if encryption not in _READ_ENCRYPTION:
                raise s.bad_value(APP, "smtp_encryption", encryption)
            security = _READ_ENCRYPTION[encryption]
            if values.get("smtp_authentication") == "certificate":
                notes.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Targets",
                            "The server logs in with a client certificate, which the test "
                            "cannot use: it tries without.",
                        )
                    )
                )
        port = s.port_of(str(values.get("smtp_port") or 25), APP, "smtp_port")
        user = values.get("smtp_user")
        secret = values.get("smtp_pass")
        filter_value = str(values.get("from_filter") or "")
        parts = [p.strip() for p in filter_value.split(",") if p.strip()]
        if len(parts) == 1 and "@" in parts[0]:
            policy, from_address, domains = FromPolicy.FIXED_FROM, parts[0], []
        elif parts:
            policy, from_address, domains = FromPolicy.ALLOWED_DOMAINS, "", parts
        else:
            policy, from_address, domains = FromPolicy.SEND_AS_USER, "", []
        if not from_address and isinstance(values.get("email_from"), str):
            from_address = str(values["email_from"])
        return s.imported(
            APP,
            host=host,
            port=port,
            security=security,
            auth=isinstance(user, str) and bool(user),
            username=user if isinstance(user, str) else "",
            password=secret if isinstance(secret, str) and secret else None,
            from_address=from_address,
            from_policy=policy,
            allowed_domains=domains,
            warnings=notes,
        )


def _read_xml(text: str) -> dict[str, object]:
    root = s.xml_root(text, APP)
    record = root if root.tag == "record" else root.find(".//record[@model='ir.mail_server']")
    if record is None or record.get("model") != "ir.mail_server":
        raise s.bad_format(APP)
    values: dict[str, object] = {}
    for field in record.findall("field"):
        evaluated = field.get("eval")
        # eval="587" / eval="'ssl'": a Python literal in Odoo; only literals are read.
        values[field.get("name", "")] = (
            evaluated.strip().strip("'\"") if evaluated is not None else (field.text or "")
        )
    return values


def _read_script(text: str) -> dict[str, object]:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        raise s.bad_format(APP) from None
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            if "smtp_host" in keys:
                values: dict[str, object] = {}
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Constant):
                        values[str(key.value)] = value.value
                return values
    raise s.bad_format(APP)


def _read_conf(text: str) -> dict[str, object]:
    parser = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        raise s.bad_format(APP) from None
    if not parser.has_section("options"):
        raise s.bad_format(APP)
    options = parser["options"]
    values: dict[str, object] = {
        "smtp_host": options.get("smtp_server", "localhost"),
        "smtp_port": options.get("smtp_port", "25"),
        # Odoo's config parser: "True"/"true"/"1" are true; "False"/"" false.
        "smtp_ssl": options.get("smtp_ssl", "False").strip().lower() in ("true", "1", "yes"),
    }
    for conf_key, key in (
        ("smtp_user", "smtp_user"),
        ("smtp_password", "smtp_pass"),
        ("from_filter", "from_filter"),
        ("email_from", "email_from"),
    ):
        value = options.get(conf_key, "")
        if value and value != "False":
            values[key] = value
    return values


TARGET = Odoo()
