"""What the PHP targets share (Laravel, Symfony): phpdotenv's quoting and the place
PHP has for a CA file."""

from __future__ import annotations

import re

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile

from ._common import lines
from .base import Text

# Symfony Mailer's stream takes its CA from PHP's OpenSSL defaults: neither a DSN
# option nor a Laravel .env key names one.
PHP_CA_WARNING = QT_TRANSLATE_NOOP(
    "Targets",
    "{format} has no setting for a CA file. Set openssl.cafile={path} in the php.ini "
    "the application runs with (a file holding that CA and the usual ones), or its "
    "connection will fail where the wizard's test passed.",
)
# Laravel's Env::getOption() turns these into true/false/null/"" even when quoted
# (TARGETS.md section 5), so such a value cannot be written.
_CONVERTED = re.compile(r"\(?(true|false|null|empty)\)?", re.IGNORECASE)
# phpdotenv 5 double quotes: \" \\ \$ and \f \n \r \t \v are the escapes it knows.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "$": "\\$", "\f": "\\f", "\n": "\\n", "\r": "\\r"}
_ESCAPES.update({"\t": "\\t", "\v": "\\v"})
_UNESCAPES = {v[1]: k for k, v in _ESCAPES.items()}
_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)$")


def ca_warnings(profile: Profile, label: str) -> tuple[Text, ...]:
    if not profile.ca_file:
        return ()
    return (Text(PHP_CA_WARNING, {"format": label, "path": profile.ca_file}),)


def dotenv_value(value: str) -> str | None:
    """``"value"`` as phpdotenv reads it back exactly; None when Laravel would turn
    it into something else (true, null, ...) or it holds a character no escape
    writes (a NUL, another control character)."""
    if _CONVERTED.fullmatch(value.strip()):
        return None
    if any((ord(c) < 32 and c not in _ESCAPES) or c == "\x7f" for c in value):
        return None
    return '"' + "".join(_ESCAPES.get(c, c) for c in value) + '"'


def read_dotenv(text: str) -> dict[str, str]:
    """The KEY=value lines of a .env as phpdotenv reads them (one line each: what
    :func:`dotenv_value` writes); other lines are skipped. Raises ValueError on a
    double-quoted value with an escape phpdotenv refuses."""
    found: dict[str, str] = {}
    for line in lines(text):
        match = _LINE.match(line)
        if not match:
            continue
        key, raw = match[1], match[2].strip()
        if raw.startswith('"'):
            value, pos = [], 1
            while pos < len(raw) and raw[pos] != '"':
                if raw[pos] == "\\":
                    escaped = raw[pos + 1 : pos + 2]
                    if escaped not in _UNESCAPES:
                        raise ValueError(key)
                    value.append(_UNESCAPES[escaped])
                    pos += 2
                    continue
                value.append(raw[pos])
                pos += 1
            if pos >= len(raw):
                raise ValueError(key)
            found[key] = "".join(value)
        elif raw.startswith("'"):
            end = raw.find("'", 1)
            if end < 0:
                raise ValueError(key)
            found[key] = raw[1:end]
        else:
            found[key] = raw.split("#", 1)[0].strip()  # '#' always starts a comment
    return found


def converted(value: str) -> str | None:
    """Laravel's reading: null/(null) → None, empty → "" (true/false stay text here)."""
    word = value.strip().strip("()").lower()
    if word == "null" and _CONVERTED.fullmatch(value.strip()):
        return None
    if word == "empty" and _CONVERTED.fullmatch(value.strip()):
        return ""
    return value
