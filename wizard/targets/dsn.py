"""A mail URL / DSN as Symfony Mailer and Nodemailer read it: ``smtps://`` is
implicit TLS; ``smtp://`` with ``require_tls=true`` insists on STARTTLS (Symfony
Mailer >= 7.3; TARGETS.md section 5); user and password percent-encoded."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlsplit

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, not_this, one_line, opportunistic
from ._trust import trust_warnings
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "URL / DSN (Symfony, Nodemailer)")


def render(
    profile: Profile, password: str | None, schemes: tuple[str, str] = ("smtps", "smtp")
) -> str:
    """The URL; ``schemes`` names implicit TLS and the rest (django-environ differs)."""
    scheme = schemes[0] if profile.security is Security.SSL else schemes[1]
    userinfo = ""
    if profile.auth and profile.username:
        userinfo = quote(profile.username, safe="")
        if password is not None:
            userinfo += ":" + quote(password, safe="")
        userinfo += "@"
    host = f"[{profile.host}]" if ":" in profile.host else profile.host
    return f"{scheme}://{userinfo}{host}:{profile.effective_port}"


# Symfony's versions (TARGETS.md section 5); the symfony target says the same.
OLD_STARTTLS = QT_TRANSLATE_NOOP(
    "Targets",
    "Symfony Mailer before 7.3 ignores require_tls=true: it still uses STARTTLS when "
    "the server offers it, but would send unencrypted if it did not.",
)
OLD_NO_TLS = QT_TRANSLATE_NOOP(
    "Targets",
    "Symfony Mailer before 7.1 ignores auto_tls=false and switches to STARTTLS "
    "whenever the server offers it; the server's certificate must then be trusted.",
)
NODEMAILER_URL = QT_TRANSLATE_NOOP(
    "Targets",
    "Nodemailer reads neither require_tls nor auto_tls from a URL: for Nodemailer use "
    "its own export (requireTLS, ignoreTLS).",
)


def dsn(profile: Profile, password: str | None) -> str:
    url = render(profile, password)
    if profile.security is Security.STARTTLS:
        url += "?require_tls=true"  # Symfony: refuse to continue without STARTTLS
    elif profile.security is Security.NONE:
        url += "?auto_tls=false"
    return url


def parse_dsn(url: str) -> tuple[dict[str, object], str | None]:
    """Read back a DSN: (fields, password or None). Raises ValueError on a URL
    :func:`urllib.parse.urlsplit` refuses (a bad port, a bad IPv6 literal)."""
    parts = urlsplit(url.strip())
    query = parse_qs(parts.query)
    if parts.scheme == "smtps":
        security = Security.SSL
    elif query.get("auto_tls") == ["false"]:
        security = Security.NONE
    else:
        # smtp:// upgrades whenever the server offers STARTTLS (Symfony, Nodemailer):
        # with or without require_tls=true, the setup to test is STARTTLS.
        security = Security.STARTTLS
    fields: dict[str, object] = {
        "host": parts.hostname or "",
        "port": parts.port,
        "security": security.value,
        "username": unquote(parts.username or ""),
    }
    password = unquote(parts.password) if parts.password is not None else None
    return fields, password


class DsnTarget:
    id = "dsn"
    label = LABEL
    group = Group.OTHER
    note = Text(
        QT_TRANSLATE_NOOP(
            "Export",
            "smtps:// is implicit TLS (port 465); smtp:// with "
            "require_tls=true insists on STARTTLS; user and "
            "password are percent-encoded.",
        ),
        context="Export",
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Put the URL where your application takes a mail URL (for example "
            "MAILER_DSN or a transport URL).",
        ),
        QT_TRANSLATE_NOOP("Targets", "Restart the application."),
    )
    cannot_carry = frozenset({"from_address", "ca_file"})

    def export(self, profile: Profile, password: str | None = None) -> Export:
        artifact = Artifact(
            "smtp-url.txt",
            Text(QT_TRANSLATE_NOOP("Targets", "Mail URL")),
            dsn(profile, password) + "\n",
            contains_password=password is not None and profile.auth and bool(profile.username),
        )
        # The URL's own words are not honoured everywhere (tests/system/test_consumers:
        # Debian's Symfony 5.4 sent in plain text without STARTTLS on offer; Nodemailer
        # reads neither option from a URL): say so rather than promise it.
        tls: list[Text] = []
        if profile.security is Security.STARTTLS:
            tls = [Text(OLD_STARTTLS), Text(NODEMAILER_URL)]
        elif profile.security is Security.NONE:
            tls = [Text(OLD_NO_TLS), Text(NODEMAILER_URL)]
        return Export((artifact,), (*tls, *trust_warnings(profile, carried=False)))

    def detect(self, text: str) -> int:
        line = text.strip()
        if "\n" in line or not line.lower().startswith(("smtp://", "smtps://")):
            return 0
        return 90

    def parse(self, text: str) -> Imported:
        if not self.detect(text) or not one_line(text.strip()):
            raise not_this(self.label)
        try:
            fields, password = parse_dsn(text)
        except ValueError:
            raise not_this(self.label) from None
        security = Security(str(fields["security"]))
        insists = "require_tls=true" in text
        return imported(
            self.label,
            warnings=opportunistic(security is not Security.STARTTLS or insists),
            host=str(fields["host"]),
            port=fields["port"] or security.default_port,
            security=security,
            username=str(fields["username"]),
            password=password,
        )


TARGET = DsnTarget()
