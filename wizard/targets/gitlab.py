"""GitLab (Linux package): ``gitlab_rails['smtp_*']`` lines for /etc/gitlab/gitlab.rb.

GitLab hands these to the mail gem's SMTP delivery (Ruby Net::SMTP; TARGETS.md
§9, docs.gitlab.com/omnibus/settings/smtp): ``smtp_tls = true`` is implicit
TLS (needed for 465); ``smtp_enable_starttls_auto = true`` is STARTTLS *when
the server offers it* (opportunistic); both false is plain text.
``smtp_openssl_verify_mode = 'peer'`` checks the certificate against
``smtp_ca_file``. gitlab.rb is Ruby: strings are written single-quoted.
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import AuthMechanism, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "GitLab"
_MECHANISMS = {
    AuthMechanism.AUTO: "login",
    AuthMechanism.LOGIN: "login",
    AuthMechanism.PLAIN: "plain",
    AuthMechanism.CRAM_MD5: "cram_md5",
}
# A quoted literal may span lines (a password with a line break); others end there.
_LINE = re.compile(
    r"^[ \t]*gitlab_rails\[\s*(['\"])(\w+)\1\s*\]\s*=[ \t]*"
    r"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\n]*)",
    re.M | re.S,
)


def _ruby(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return s.ruby_str(str(value))


class GitLab:
    id = "gitlab"
    label = QT_TRANSLATE_NOOP("Targets", "GitLab (gitlab.rb)")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtp_tls is implicit TLS; smtp_enable_starttls_auto is STARTTLS when the server "
            "offers it; both false is none.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Add the lines to /etc/gitlab/gitlab.rb (replace any smtp_ lines already there).",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the lines, store it encrypted: sudo gitlab-rake "
            "gitlab:smtp:secret:edit EDITOR=editor, with user_name: and password: "
            "lines, and remove the smtp_user_name line.",
        ),
        QT_TRANSLATE_NOOP("Targets", "Run sudo gitlab-ctl reconfigure."),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Test from sudo gitlab-rails console: Notify.test_email('you@example.com', "
            "'Test', 'Body').deliver_now",
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        with_password = password is not None and profile.auth
        values: list[tuple[str, object]] = [
            ("smtp_enable", True),
            ("smtp_address", profile.host),
            ("smtp_port", profile.effective_port),
        ]
        if profile.auth:
            values.append(("smtp_user_name", profile.username))
            if with_password and password is not None:
                values.append(("smtp_password", password))
            values.append(("smtp_authentication", _MECHANISMS[profile.mechanism]))
        if "@" in profile.from_address:
            values.append(("smtp_domain", s.domain_of(profile.from_address)))
        values += [
            ("smtp_enable_starttls_auto", profile.security is Security.STARTTLS),
            ("smtp_tls", profile.security is Security.SSL),
            ("smtp_openssl_verify_mode", "peer"),
        ]
        if profile.ca_file:
            values.append(("smtp_ca_file", profile.ca_file))
        if profile.from_address:
            values.append(("gitlab_email_from", profile.from_address))
        if profile.display_name:
            values.append(("gitlab_email_display_name", profile.display_name))
        lines = [
            "# Outgoing mail from SMTP Setup Wizard; then run: sudo gitlab-ctl reconfigure",
            "# smtp_tls = implicit TLS; smtp_enable_starttls_auto = STARTTLS when offered",
        ]
        lines += [f"gitlab_rails['{key}'] = {_ruby(value)}" for key, value in values]
        artifact = Artifact(
            "gitlab.rb",
            Text(QT_TRANSLATE_NOOP("Targets", "gitlab.rb lines")),
            "\n".join(lines) + "\n",
            contains_password=with_password,
            syntax="ruby",
        )
        notes: list[Text] = []
        if profile.security is Security.STARTTLS:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "GitLab's smtp_enable_starttls_auto uses STARTTLS only when the "
                        "server offers it: a connection where the offer is removed goes on "
                        "in plain text, password included.",
                    )
                )
            )
        notes += s.sign_in_notes(profile, APP, with_password=with_password)
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        return 95 if re.search(r"gitlab_rails\[\s*['\"]smtp_", text) else 0

    def parse(self, text: str) -> Imported:
        values = {m.group(2): s.ruby_value(m.group(3)) for m in _LINE.finditer(text)}
        if "smtp_address" not in values:
            raise s.bad_format(APP)
        host = values["smtp_address"]
        if not isinstance(host, str):
            raise s.no_host(APP)
        notes: list[Text] = []
        if values.get("smtp_tls") is True or values.get("smtp_ssl") is True:
            security = Security.SSL
        elif values.get("smtp_enable_starttls_auto") is False:
            security = Security.NONE
        else:
            # The mail gem's default is starttls_auto: opportunistic STARTTLS.
            security = Security.STARTTLS
            notes.append(s.imported_opportunistic(APP))
        if values.get("smtp_openssl_verify_mode") == "none":
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "GitLab was set not to check the certificate "
                        "(smtp_openssl_verify_mode 'none'); the test checks it.",
                    )
                )
            )
        user, secret = values.get("smtp_user_name"), values.get("smtp_password")
        sender, name = values.get("gitlab_email_from"), values.get("gitlab_email_display_name")
        ca_file = values.get("smtp_ca_file")
        mechanism = {
            "plain": AuthMechanism.PLAIN,
            "login": AuthMechanism.LOGIN,
            "cram_md5": AuthMechanism.CRAM_MD5,
        }.get(str(values.get("smtp_authentication") or ""), AuthMechanism.AUTO)
        return s.imported(
            APP,
            host=host,
            port=s.port_of(str(values.get("smtp_port", 25)), APP, "smtp_port"),
            security=security,
            auth=isinstance(user, str) and bool(user),
            username=user if isinstance(user, str) else "",
            password=secret if isinstance(secret, str) and secret else None,
            from_address=sender if isinstance(sender, str) else "",
            display_name=name if isinstance(name, str) else "",
            ca_file=ca_file if isinstance(ca_file, str) else "",
            mechanism=mechanism,
            warnings=notes,
        )


TARGET = GitLab()
