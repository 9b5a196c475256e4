"""One sanitizer for outside text: words from a server, DNS or a certificate.

Before such text reaches a terminal or a log file, :func:`printable` shows every
control, format (bidi) and line/paragraph separator character as an escape
(``\\x1b``, ``\\u202e``), so a greeting cannot retitle or clear the terminal or
reorder what the user reads. Letters of any script stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["printable"]

# Categories never shown raw: controls (C0, DEL, C1), format characters (bidi marks,
# embeddings, isolates, U+061C, zero-width joiners), separators, lone surrogates.
_ESCAPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})

# A fast path: a string of ordinary printable ASCII needs no look at each character.
_PLAIN_ASCII = re.compile(r"[\x20-\x7e]*")


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """``text`` with each control, bidi/format or separator character escaped.

    The result holds no character of category Cc, Cf, Zl, Zp (or Cs), and
    ``printable(printable(text)) == printable(text)``.
    """
    if _PLAIN_ASCII.fullmatch(text):
        return text
    return "".join(
        _escape(char) if unicodedata.category(char) in _ESCAPED else char for char in text
    )
