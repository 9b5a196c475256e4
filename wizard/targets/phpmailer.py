"""PHPMailer 6: a PHP snippet that configures an existing ``$mail``.

PHPMailer (src/PHPMailer.php, TARGETS.md §9): ``SMTPSecure`` ``'ssl'``
(ENCRYPTION_SMTPS) is implicit TLS, ``'tls'`` (ENCRYPTION_STARTTLS) is
mandatory STARTTLS; the port never implies TLS. ``SMTPAutoTLS`` (default true)
upgrades to STARTTLS whenever offered, so "no encryption" is written with
``SMTPAutoTLS = false`` to mean what it says. A private CA goes into
``SMTPOptions['ssl']['cafile']`` (PHP stream context).
"""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import AuthMechanism, Profile, Security

from . import appsupport as s
from .base import Artifact, Export, Group, Imported, Text

APP = "PHPMailer"
_SECURE = {
    Security.SSL: "PHPMailer::ENCRYPTION_SMTPS",
    Security.STARTTLS: "PHPMailer::ENCRYPTION_STARTTLS",
    Security.NONE: "''",
}
_MECHANISMS = {
    AuthMechanism.PLAIN: "PLAIN",
    AuthMechanism.LOGIN: "LOGIN",
    AuthMechanism.CRAM_MD5: "CRAM-MD5",
}
_ASSIGN = re.compile(rf"\$mail->(\w+)\s*=\s*({s.PHP_VALUE})\s*;")


class PHPMailerTarget:
    id = "phpmailer"
    label = QT_TRANSLATE_NOOP("Targets", "PHPMailer (PHP)")
    group = Group.WEB
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "SMTPSecure ENCRYPTION_SMTPS is implicit TLS, ENCRYPTION_STARTTLS is STARTTLS "
            "(required); no encryption also turns SMTPAutoTLS off.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Paste the snippet where your code creates the mailer, after "
            "$mail = new PHPMailer(true);",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the snippet, set the SMTP_PASSWORD environment "
            "variable for the PHP process (or replace getenv('SMTP_PASSWORD')).",
        ),
        QT_TRANSLATE_NOOP("Targets", "Send a test message from your application."),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        with_password = password is not None and profile.auth
        lines = [
            "<?php",
            "// SMTP settings from SMTP Setup Wizard, for PHPMailer 6.",
            "// $mail = new PHPMailer\\PHPMailer\\PHPMailer(true);  (already created by your code)",
            "use PHPMailer\\PHPMailer\\PHPMailer;",
            "",
            "$mail->isSMTP();",
            f"$mail->Host = {s.php_str(profile.host)};",
            f"$mail->Port = {profile.effective_port};",
        ]
        secure = {
            Security.SSL: "implicit TLS (SMTPS)",
            Security.STARTTLS: "STARTTLS, required",
            Security.NONE: "no encryption",
        }[profile.security]
        lines.append(f"$mail->SMTPSecure = {_SECURE[profile.security]};  // {secure}")
        if profile.security is Security.NONE:
            # PHPMailer would otherwise take STARTTLS whenever offered.
            lines.append("$mail->SMTPAutoTLS = false;")
        lines.append(f"$mail->SMTPAuth = {'true' if profile.auth else 'false'};")
        if profile.auth:
            lines.append(f"$mail->Username = {s.php_str(profile.username)};")
            value = (
                s.php_str(password)
                if with_password and password is not None
                else "getenv('SMTP_PASSWORD')"
            )
            lines.append(f"$mail->Password = {value};")
            if profile.mechanism in _MECHANISMS:
                lines.append(f"$mail->AuthType = {s.php_str(_MECHANISMS[profile.mechanism])};")
        if profile.ca_file:
            lines.append(
                f"$mail->SMTPOptions = ['ssl' => ['cafile' => {s.php_str(profile.ca_file)}]];"
            )
        if profile.from_address:
            sender = f"{s.php_str(profile.from_address)}, {s.php_str(profile.display_name)}"
            lines.append(f"$mail->setFrom({sender});")
        text = "\n".join(lines) + "\n"
        artifact = Artifact(
            "smtp-phpmailer.php",
            Text(QT_TRANSLATE_NOOP("Targets", "PHP snippet for PHPMailer")),
            text,
            contains_password=with_password,
            syntax="php",
        )
        notes: list[Text] = []
        if profile.security is Security.NONE and profile.auth:
            notes.append(s.plaintext_warning(APP))
        return Export((artifact,), tuple(notes))

    def detect(self, text: str) -> int:
        if re.search(r"\$mail->(Host|SMTPSecure)\s*=", text):
            return 90
        return 0

    def parse(self, text: str) -> Imported:
        code = s.php_comments_removed(text)
        values = {m.group(1): s.php_value(m.group(2)) for m in _ASSIGN.finditer(code)}
        if "Host" not in values:
            raise s.bad_format(APP)
        host = values.get("Host")
        if not isinstance(host, str):
            raise s.no_host(APP)
        first = host.split(";")[0].strip()
        match = re.fullmatch(r"(?:(ssl|tls)://)?(.+?)(?::(\d+))?", first)
        if not match:
            raise s.bad_value(APP, "Host", host)
        prefix, host_name, host_port = match.groups()
        secure = str(values.get("SMTPSecure") or "").lower()
        secure = {"encryption_smtps": "ssl", "encryption_starttls": "tls"}.get(secure, secure)
        secure = prefix or secure  # a prefix in Host wins (PHPMailer smtpConnect())
        if secure not in ("", "ssl", "tls"):
            raise s.bad_value(APP, "SMTPSecure", secure)
        security = {"ssl": Security.SSL, "tls": Security.STARTTLS, "": Security.NONE}[secure]
        notes: list[Text] = []
        if security is Security.NONE and values.get("SMTPAutoTLS") is not False:
            notes.append(
                Text(
                    QT_TRANSLATE_NOOP(
                        "Targets",
                        "SMTPAutoTLS is on: PHPMailer uses STARTTLS whenever the server "
                        "offers it, although no encryption is set.",
                    )
                )
            )
        port_value = host_port or values.get("Port", 25)
        port = s.port_of(str(port_value), APP, "Port")
        sender = re.search(
            rf"\$mail->setFrom\(\s*({s.PHP_VALUE})\s*(?:,\s*({s.PHP_VALUE})\s*)?\)", code
        )
        from_address = display_name = ""
        if sender:
            address = s.php_value(sender.group(1))
            name = s.php_value(sender.group(2)) if sender.group(2) else ""
            from_address = address if isinstance(address, str) else ""
            display_name = name if isinstance(name, str) else ""
        cafile = re.search(rf"'cafile'\s*=>\s*({s.PHP_VALUE})", code)
        ca_value = s.php_value(cafile.group(1)) if cafile else ""
        username = values.get("Username")
        password = values.get("Password")
        auth_type = str(values.get("AuthType") or "").upper()
        mechanism = {v: k for k, v in _MECHANISMS.items()}.get(auth_type, AuthMechanism.AUTO)
        return s.imported(
            APP,
            host=host_name.strip("[]"),
            port=port,
            security=security,
            auth=values.get("SMTPAuth") is True,
            username=username if isinstance(username, str) else "",
            password=password if isinstance(password, str) else None,
            from_address=from_address,
            display_name=display_name,
            ca_file=ca_value if isinstance(ca_value, str) else "",
            mechanism=mechanism,
            warnings=notes,
        )


TARGET = PHPMailerTarget()
