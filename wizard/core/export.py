"""Export a profile in the format the user's application needs.

Semantics differ between consumers (NOTES.md): ``smtps://`` means implicit TLS
for Symfony and Nodemailer, and every export states which TLS it means. The
password is left out unless the caller passes it (the user ticked "include
password"); a file that contains it must be written with :func:`write_export`
(mode 0600).

An export carries everything the test needed to trust the server (DESIGN.md,
trust rules): a format that can name the CA file does; one that cannot gets a
visible note from :func:`export_notes` instead.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

from . import i18n
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


class ExportNote(NamedTuple):
    """Something the export cannot say and the user must do by hand.

    ``source`` is an English source string marked in context ``"Export"``; its
    ``{name}`` placeholders are filled from ``params`` *after* translation, so
    translators see the placeholder, never the value. A named pair:
    ``for source, params in export_notes(...)`` works too.
    """

    source: str
    params: Mapping[str, str]

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The note in the user's language: ``translate("Export", source)``, then
        the placeholders. Default: the translator the GUI or CLI installed in
        :mod:`wizard.core.i18n` (``QCoreApplication.translate`` fits too)."""
        template = (translate or i18n.localize)(_C, self.source)
        return template.format(**self.params)


@dataclass(frozen=True)
class _TrustNeed:
    """One thing the check relied on to trust the server, and where it can go."""

    value: Callable[[Profile], str]  # "" when the profile does not use it
    param: str  # the placeholder that names the value in ``note``
    carried_by: frozenset[str]  # formats that write the value itself
    note: str  # English source, context "Export", for every other format


_TRUST_NEEDS: tuple[_TrustNeed, ...] = (
    _TrustNeed(
        value=lambda profile: profile.ca_file,
        param="path",
        # Symfony's DSN has no CA-file option and Nodemailer wants the PEM contents
        # (tls.ca) in code, not a path: the URL / DSN cannot carry it.
        carried_by=frozenset({"json", "env"}),
        note=QT_TRANSLATE_NOOP(
            "Export",
            "This format cannot name a CA file. Configure your application to trust "
            "the CA certificate in {path} (Nodemailer: tls.ca with the file's contents; "
            "Symfony: the ssl cafile stream option), or its connection will fail where "
            "the wizard's test passed.",
        ),
    ),
    # A pinned certificate fingerprint (a future Profile field) is added here the
    # same way: value=lambda p: p.pinned_fingerprint, param="fingerprint", carried by
    # JSON and .env (and by the DSN's peer_fingerprint option once Symfony >= 6 is
    # the target: Debian's 5.4 and Nodemailer's URL form have none), with its own note.
)


def export_notes(profile: Profile, fmt: str) -> list[ExportNote]:
    """What format ``fmt`` leaves out that the test needed, one note each.

    Returns ``ExportNote(source, params)`` pairs: ``source`` is an English string
    marked with ``QT_TRANSLATE_NOOP("Export", ...)``; translate it in context
    ``"Export"``, then ``.format(**params)`` (or call ``note.text()``). The CA-file
    note has one placeholder, ``{path}`` (the profile's CA file). Empty when the
    profile needs nothing beyond the system's trust store, or when ``fmt`` carries
    everything (JSON and .env write ``ca_file`` / ``SMTP_CA_FILE``).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    notes = []
    for need in _TRUST_NEEDS:
        value = need.value(profile)
        if value and fmt not in need.carried_by:
            notes.append(ExportNote(need.note, {need.param: value}))
    return notes


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
    # Absent rather than "" when unset: consumers that test for the key (not its
    # truth) would otherwise try to open an empty path.
    if profile.ca_file:
        data["ca_file"] = profile.ca_file
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
    if profile.ca_file:  # absent when unset, as in JSON
        values["SMTP_CA_FILE"] = profile.ca_file
    if password is not None:
        values["SMTP_PASSWORD"] = password
    return "".join(f"{key}={env_quote(value)}\n" for key, value in values.items())


def parse_env(text: str) -> dict[str, str]:
    """Read back what :func:`_env` writes (single quotes, '\\'' for a quote).

    Lines end at ``\\n`` only, as in a shell: a quoted value may hold a newline,
    U+2028 or any other character a path or a password can contain.
    """
    result: dict[str, str] = {}
    pos, size = 0, len(text)
    while pos < size:
        line_end = text.find("\n", pos)
        line_end = size if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip() or line.lstrip().startswith("#"):
            pos = line_end + 1
            continue
        raw_key, equals, _ = line.partition("=")
        if not equals:
            raise ValueError("a line without '='")  # never echo it: it may be a secret
        key = raw_key.strip()
        pos += len(raw_key) + 1
        value = ""
        while pos < size and text[pos] != "\n":
            if text[pos] == "'":
                close = text.find("'", pos + 1)
                if close < 0:
                    raise ValueError(f"unterminated quote in {key}")
                value += text[pos + 1 : close]
                pos = close + 1
            elif text.startswith("\\'", pos):
                value += "'"
                pos += 2
            elif text.startswith("\r\n", pos) or text[pos:] == "\r":
                pos += 1  # a line ending edited on Windows
            else:
                raise ValueError(f"unquoted text in {key}")
        result[key] = value
        pos += 1
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
