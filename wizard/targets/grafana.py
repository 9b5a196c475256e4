"""Grafana: the ``[smtp]`` section of grafana.ini (or GF_SMTP_* variables).

Grafana (pkg/services/notifications/smtp.go; gopkg.in/mail.v2; TARGETS.md §9):
``host`` is ``host:port``; implicit TLS is chosen **by port 465 only**
(``NewDialer`` sets ``SSL: port == 465``); otherwise ``startTLS_policy``
decides: ``MandatoryStartTLS``, ``NoStartTLS``, or (default, and any other
value) ``OpportunisticStartTLS``. grafana.ini is read with go-ini.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "Grafana"


class Grafana:
    id = "grafana"
    label = QT_TRANSLATE_NOOP("Targets", "Grafana (grafana.ini)")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "Implicit TLS on port 465 only; on other ports startTLS_policy decides: "
            "MandatoryStartTLS or NoStartTLS.",
        )
    )
    # Grafana has no CA setting for mail (system store or SSL_CERT_FILE).
    cannot_carry = frozenset({"ca_file"})
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Open grafana.ini (often /etc/grafana/grafana.ini) and replace the [smtp] "
            "section with these lines.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the lines, set GF_SMTP_PASSWORD in Grafana's "
            "environment (or add password = `your password`).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Restart Grafana and send a test from a contact point (Alerting > Contact "
            "points > Test).",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        unwritable = password is not None and not s.go_ini_writable(password)
        with_password = password is not None and profile.auth and not unwritable
        lines = [
            "[smtp]",
            "; implicit TLS only on port 465; otherwise startTLS_policy decides",
            "enabled = true",
            f"host = {s.host_for_url(profile.host)}:{profile.effective_port}",
        ]
        optional = [("user", profile.username if profile.auth else "")]
        if with_password and password is not None:
            optional.append(("password", password))
        optional += [("from_address", profile.from_address), ("from_name", profile.display_name)]
        written, left_out = s.go_ini_lines(optional)
        lines += written
        if profile.security is Security.STARTTLS:
            lines.append("startTLS_policy = MandatoryStartTLS")
        elif profile.security is Security.NONE:
            lines.append("startTLS_policy = NoStartTLS")
        lines.append("skip_verify = false")
        artifact = Artifact(
            "grafana.ini",
            Text(QT_TRANSLATE_NOOP("Targets", "grafana.ini [smtp] section")),
            "\n".join(lines) + "\n",
            contains_password=with_password,
            syntax="ini",
        )
        notes: list[Text] = list(s.go_ca_warning(profile, APP))
        notes += [s.value_left_out(APP, key) for key in left_out]
        port = profile.effective_port
        if (profile.security is Security.SSL) != (port == 465):
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Grafana uses implicit TLS on port 465 and only there: with port "
                        "{port} it will not connect the way you tested.",
                    ),
                    {"port": str(port)},
                )
            )
        notes += s.sign_in_notes(profile, APP, with_password=with_password, unwritable=unwritable)
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        if re.search(r"^\s*\[smtp\]", text, re.M):
            return 90
        return 0

    def parse(self, text: str) -> Imported:
        smtp = s.go_ini_sections(text, APP).get("smtp")
        if smtp is None:
            raise s.bad_format(APP)
        host, port = s.split_host_port(smtp.get("host", ""))
        if not host:
            raise s.no_host(APP)
        if not port:  # net.SplitHostPort fails: Grafana cannot send
            raise s.bad_value(APP, "host", smtp.get("host", ""))
        policy = smtp.get("startTLS_policy", "")
        notes: list[Text] = []
        if port == "465":
            security = Security.SSL
        elif policy == "NoStartTLS":
            security = Security.NONE
        else:
            security = Security.STARTTLS
            if policy != "MandatoryStartTLS":
                notes.append(
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Targets",
                            "Grafana was set to STARTTLS only when offered "
                            "(OpportunisticStartTLS): imported as STARTTLS, which the test "
                            "requires.",
                        )
                    )
                )
        if smtp.get("skip_verify", "").lower() == "true":
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "Grafana was set not to check the certificate (skip_verify); the "
                        "test checks it.",
                    )
                )
            )
        user = smtp.get("user", "")
        return s.imported(
            APP,
            host=host,
            port=s.port_of(port, APP, "host"),
            security=security,
            auth=bool(user),
            username=user,
            password=smtp.get("password") or None,
            from_address=smtp.get("from_address", ""),
            display_name=smtp.get("from_name", ""),
            warnings=notes,
        )


TARGET = Grafana()
