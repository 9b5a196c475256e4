"""Gitea / Forgejo: the ``[mailer]`` section of app.ini.

Gitea (modules/setting/mailer.go, services/mailer/sender/smtp.go; TARGETS.md
§9): ``PROTOCOL`` ``smtps`` = implicit TLS, ``smtp+starttls`` = STARTTLS,
``smtp`` = no TLS. ``smtp+starttls`` is *opportunistic*: when the server does
not offer STARTTLS, Gitea logs a warning and goes on in plain text. With
PROTOCOL empty the port decides (465 → smtps, 587 → smtp+starttls, 25 → smtp).
app.ini is read with go-ini: a value with ``#``, ``;`` or quotes is written
in backticks (raw), which Gitea's own docs advise for PASSWD.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "Gitea"
_PROTOCOL = {Security.SSL: "smtps", Security.STARTTLS: "smtp+starttls", Security.NONE: "smtp"}
_READ_PROTOCOL = {v: k for k, v in _PROTOCOL.items()}
_BY_PORT = {"465": "smtps", "587": "smtp+starttls", "25": "smtp"}


class Gitea:
    id = "gitea"
    label = QT_TRANSLATE_NOOP("Targets", "Gitea / Forgejo (app.ini)")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "PROTOCOL smtps is implicit TLS, smtp+starttls is STARTTLS (plain text if not "
            "offered), smtp is none.",
        )
    )
    # Gitea has no CA setting (system store or SSL_CERT_FILE).
    cannot_carry = frozenset({"ca_file"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Open app.ini (often /etc/gitea/app.ini or custom/conf/app.ini) and replace "
            "the [mailer] section with these lines.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without PASSWD in the lines, add PASSWD = `your password` (backticks keep "
            "# and ; in it), or set GITEA__mailer__PASSWD in the container environment.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Restart Gitea and send a test from Site Administration > Configuration > "
            "Mailer Configuration.",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        unwritable = password is not None and not s.go_ini_writable(password)
        with_password = password is not None and profile.auth and not unwritable
        lines = [
            "[mailer]",
            "; PROTOCOL: smtps = implicit TLS, smtp+starttls = STARTTLS, smtp = none",
            "ENABLED = true",
            f"PROTOCOL = {_PROTOCOL[profile.security]}",
            f"SMTP_ADDR = {s.go_ini_value(profile.host)}",
            f"SMTP_PORT = {profile.effective_port}",
        ]
        optional = [("USER", profile.username if profile.auth else "")]
        if with_password and password is not None:
            optional.append(("PASSWD", password))
        optional.append(("FROM", s.from_header(profile)))
        written, left_out = s.go_ini_lines(optional)
        lines += written
        artifact = Artifact(
            "app.ini",
            Text(QT_TRANSLATE_NOOP("Targets", "app.ini [mailer] section")),
            "\n".join(lines) + "\n",
            contains_password=with_password,
            syntax="ini",
        )
        notes: list[Text] = list(s.go_ca_warning(profile, APP))
        notes += [s.value_left_out(APP, key) for key in left_out]
        if profile.security is Security.STARTTLS:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Gitea cannot require STARTTLS: if the server stops offering it, "
                        "Gitea only logs a warning and sends in plain text.",
                    )
                )
            )
        notes += s.sign_in_notes(profile, APP, with_password=with_password, unwritable=unwritable)
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        if re.search(r"^\s*\[mailer\]", text, re.M):
            return 95
        return 0

    def parse(self, text: str) -> Imported:
        mailer = s.go_ini_sections(text, APP).get("mailer")
        if mailer is None:
            raise s.bad_format(APP)
        host, port = mailer.get("SMTP_ADDR", ""), mailer.get("SMTP_PORT", "")
        if not host and mailer.get("HOST"):  # legacy HOST = host:port
            host, port = s.split_host_port(mailer["HOST"])
        protocol = mailer.get("PROTOCOL", "").lower()
        if not protocol:
            # mailer.go: the port decides; any other port means smtps.
            protocol = _BY_PORT.get(port, "smtps")
        if protocol not in _READ_PROTOCOL:
            raise s.bad_value(APP, "PROTOCOL", protocol)
        security = _READ_PROTOCOL[protocol]
        if not port:
            port = str(security.default_port)
        notes: list[Text] = []
        if security is Security.STARTTLS:
            # smtp+starttls falls back to plain text when STARTTLS is not offered.
            notes.append(s.imported_opportunistic(APP))
        if mailer.get("FORCE_TRUST_SERVER_CERT", "").lower() == "true":
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Gitea was set to trust any certificate (FORCE_TRUST_SERVER_CERT); "
                        "the test checks it.",
                    )
                )
            )
        name, address = s.split_from_header(mailer.get("FROM", ""))
        user = mailer.get("USER", "")
        return s.imported(
            APP,
            host=host.strip("[]"),
            port=s.port_of(port, APP, "SMTP_PORT"),
            security=security,
            auth=bool(user),
            username=user,
            password=mailer.get("PASSWD") or None,
            from_address=address,
            display_name=name,
            warnings=notes,
        )


TARGET = Gitea()
