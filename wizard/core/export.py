"""Export a profile in the format the user's application needs.

Semantics differ between consumers (NOTES.md): ``smtps://`` means implicit TLS
for Symfony and Nodemailer, and every export states which TLS it means. The
password is left out unless the caller passes it (the user ticked "include
password"); a file that contains it must be written with :func:`write_export`
(mode 0600).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from .i18n import QT_TRANSLATE_NOOP
from .model import Profile, Security

_C = "Export"


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str  # English source; context "Export"
    suffix: str
    note: str  # what the TLS setting means in this format


FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat(
            "json",
            QT_TRANSLATE_NOOP("Export", "JSON"),
            ".json",
            QT_TRANSLATE_NOOP("Export", '"security" is ssl (implicit TLS), starttls or none.'),
        ),
        ExportFormat(
            "env",
            QT_TRANSLATE_NOOP("Export", ".env file"),
            ".env",
            QT_TRANSLATE_NOOP(
                "Export",
                "SMTP_SECURITY is ssl (implicit TLS), starttls or "
                "none. Values are single-quoted: nothing inside is "
                "expanded.",
            ),
        ),
        ExportFormat(
            "dsn",
            QT_TRANSLATE_NOOP("Export", "URL / DSN (Symfony, Nodemailer)"),
            ".txt",
            QT_TRANSLATE_NOOP(
                "Export",
                "smtps:// is implicit TLS (port 465); smtp:// with "
                "require_tls=true insists on STARTTLS; user and "
                "password are percent-encoded.",
            ),
        ),
    )
}


def export_profile(profile: Profile, fmt: str, password: str | None = None) -> str:
    """The profile as text in format ``fmt``; the password only if given."""
    if fmt == "json":
        return _json(profile, password)
    if fmt == "env":
        return _env(profile, password)
    if fmt == "dsn":
        return _dsn(profile, password) + "\n"
    raise ValueError(f"unknown export format {fmt!r}")


def _fields(profile: Profile, password: str | None) -> dict[str, object]:
    data: dict[str, object] = {
        "host": profile.host,
        "port": profile.effective_port,
        "security": profile.security.value,
        "auth": profile.auth,
        "username": profile.username if profile.auth else "",
        "from_address": profile.from_address,
        "from_name": profile.display_name,
        "from_policy": profile.from_policy.value,
        "allowed_domains": list(profile.allowed_domains),
    }
    if password is not None:
        data["password"] = password
    return data


def _json(profile: Profile, password: str | None) -> str:
    return json.dumps(_fields(profile, password), indent=2, ensure_ascii=False) + "\n"


def env_quote(value: str) -> str:
    """Single-quote for a .env file / POSIX shell: literal inside; a quote is '\\''."""
    return "'" + value.replace("'", "'\\''") + "'"


def _env(profile: Profile, password: str | None) -> str:
    values = {
        "SMTP_HOST": profile.host,
        "SMTP_PORT": str(profile.effective_port),
        "SMTP_SECURITY": profile.security.value,
        "SMTP_USER": profile.username if profile.auth else "",
        "SMTP_FROM": profile.from_address,
        "SMTP_FROM_NAME": profile.display_name,
    }
    if password is not None:
        values["SMTP_PASSWORD"] = password
    return "".join(f"{key}={env_quote(value)}\n" for key, value in values.items())


def parse_env(text: str) -> dict[str, str]:
    """Read back what :func:`_env` writes (single quotes, '\\'' for a quote)."""
    result: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, raw = line.partition("=")
        value, rest = "", raw
        while rest:
            if rest.startswith("'"):
                end = rest.index("'", 1)
                value += rest[1:end]
                rest = rest[end + 1 :]
            elif rest.startswith("\\'"):
                value += "'"
                rest = rest[2:]
            else:
                raise ValueError(f"unquoted text in {key}")
        result[key.strip()] = value
    return result


def _dsn(profile: Profile, password: str | None) -> str:
    scheme = "smtps" if profile.security is Security.SSL else "smtp"
    userinfo = ""
    if profile.auth and profile.username:
        userinfo = quote(profile.username, safe="")
        if password is not None:
            userinfo += ":" + quote(password, safe="")
        userinfo += "@"
    host = f"[{profile.host}]" if ":" in profile.host else profile.host
    url = f"{scheme}://{userinfo}{host}:{profile.effective_port}"
    if profile.security is Security.STARTTLS:
        url += "?require_tls=true"  # Symfony: refuse to continue without STARTTLS
    elif profile.security is Security.NONE:
        url += "?auto_tls=false"
    return url


def parse_dsn(url: str) -> tuple[dict[str, object], str | None]:
    """Read back a DSN: (fields, password or None)."""
    parts = urlsplit(url.strip())
    query = parse_qs(parts.query)
    if parts.scheme == "smtps":
        security = Security.SSL
    elif query.get("require_tls") == ["true"]:
        security = Security.STARTTLS
    else:
        security = Security.NONE
    fields: dict[str, object] = {
        "host": parts.hostname or "",
        "port": parts.port,
        "security": security.value,
        "username": unquote(parts.username or ""),
    }
    password = unquote(parts.password) if parts.password is not None else None
    return fields, password


def write_export(path: Path, text: str, contains_password: bool) -> None:
    """Write an export; a file holding a password is created 0600 from the start."""
    mode = 0o600 if contains_password else 0o644
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, mode)
    try:
        if contains_password:
            os.fchmod(fd, 0o600)  # the file may have existed with wider permissions
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
