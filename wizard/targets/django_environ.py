"""django-environ: ``EMAIL_URL=`` (TARGETS.md section 4).

Its scheme rules differ from Symfony's: ``smtp+ssl://`` is implicit TLS, while
``smtps://`` *and* ``smtp+tls://`` mean STARTTLS (``email_url_config``). User and
password are percent-decoded (``unquote``; Debian's 0.4.4 uses ``unquote_plus``, so
``+`` is always written ``%2B``). The From address has no place in the URL: it goes
on a ``DEFAULT_FROM_EMAIL=`` line the settings read with ``env(...)``.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from . import _envfile
from ._common import imported, lines, not_this, one_line
from .base import Artifact, Export, Group, Imported, Text
from .django import CA_WARNING, password_warnings
from .dsn import render

LABEL = QT_TRANSLATE_NOOP("Targets", "django-environ (EMAIL_URL)")
_SCHEMES = {
    "smtp+ssl": Security.SSL,
    "smtp+tls": Security.STARTTLS,
    "smtps": Security.STARTTLS,  # sic: django-environ's smtps is STARTTLS
    "smtp": Security.NONE,
}


def _env_line(key: str, value: str) -> str:
    """``KEY='value'`` when every dotenv reader (and environ's read_env) keeps it."""
    quoted = _envfile.env_quote(value) if "'" not in value else None
    return f"{key}={quoted}\n" if quoted and one_line(value) else ""


def _values(text: str) -> dict[str, str]:
    found = {}
    for line in lines(text):
        key, equals, value = line.strip().partition("=")
        if not equals or key.strip().startswith("#"):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[key.strip().removeprefix("export ").strip()] = value
    return found


class DjangoEnvironTarget:
    id = "django-environ"
    label = LABEL
    group = Group.WEB
    cannot_carry = frozenset({"ca_file"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "smtp+ssl:// is implicit TLS; smtp+tls:// is STARTTLS (so is smtps:// in "
            "django-environ); smtp:// is unencrypted.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP("Targets", "Add the lines to the .env file your settings read."),
        QT_TRANSLATE_NOOP(
            "Targets",
            "In settings.py: env = environ.Env(); vars().update(env.email_url()); "
            'DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")',
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the URL, add it after the user name as "
            "user:password, percent-encoded.",
        ),
        QT_TRANSLATE_NOOP("Targets", "Restart the application."),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        url = render(profile, password, schemes=("smtp+ssl", "smtp+tls"))
        if profile.security is Security.NONE:
            url = "smtp" + url.removeprefix("smtp+tls")
        text = f"EMAIL_URL={url}\n"
        if profile.from_address:
            text += _env_line("DEFAULT_FROM_EMAIL", profile.from_address)
        artifact = Artifact(
            ".env",
            Text(QT_TRANSLATE_NOOP("Targets", "Lines for .env")),
            text,
            contains_password=password is not None and profile.auth and bool(profile.username),
            syntax="shell",
        )
        warnings: tuple[Text, ...] = ()
        if profile.ca_file:
            warnings = (Text(CA_WARNING, {"path": profile.ca_file}),)
        return Export((artifact,), warnings + password_warnings(profile, password))

    def detect(self, text: str) -> int:
        return 95 if "EMAIL_URL=" in text else 0

    def parse(self, text: str) -> Imported:
        found = _values(text)
        url = found.get("EMAIL_URL", "")
        scheme = url.partition("://")[0].lower()
        if scheme not in _SCHEMES or not one_line(url):
            raise not_this(LABEL)
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise not_this(LABEL) from None
        security = _SCHEMES[scheme]
        return imported(
            LABEL,
            host=parts.hostname or "",
            port=port or 25,  # environ passes no port: Django's default 25
            security=security,
            username=unquote(parts.username or ""),
            password=unquote(parts.password) if parts.password is not None else None,
            from_address=found.get("DEFAULT_FROM_EMAIL", ""),
        )


TARGET = DjangoEnvironTarget()
