"""The SMTP transcript: every line in order, who sent it, whether it travelled
inside TLS, and when — with secrets redacted before a line is ever stored.

Redaction is not optional (DESIGN.md): AUTH arguments and every SASL
continuation line are replaced, and as a backstop the literal password and
its base64 forms (including the three byte-alignments it can take inside a
longer base64 blob, e.g. AUTH PLAIN's ``\\0user\\0password``) are scrubbed
from every line. Message bodies are summarised, never shown.

The server's replies inside the SASL exchange (334 challenges and the final
reply to AUTH) get a stricter rule, because a hostile or careless server can
echo what it was sent (issue 13: a 535 echoing the AUTH PLAIN blob leaked short
passwords whole and the ends of long ones). In those replies, see
:meth:`Redactor.auth_reply`:

* every run of 4+ characters shared with the password, with a SASL line we sent,
  or with one of the password's base64 forms is masked (an echo "in parts");
* every word that looks like base64 (4+ base64 characters with a digit, ``+``,
  ``/``, ``=`` or mixed case after its first letter, not all digits) is masked,
  whatever it decodes to (an echo re-encoded);
* what follows a NUL (raw or shown as ``\\x00``) up to the next space is masked
  (the argument positions of a decoded ``\\0user\\0password``);
* a password shorter than 4 characters has no 4-character runs: it is caught by
  the argument positions and base64 rules above, and by the backstop that
  replaces its literal text on every line (which, for a 1-character password,
  masks that letter in every word: unreadable, but nothing leaks).

The user name is not treated as a secret (it is shown as "as alice@..." and is
often the From address); it is masked only as part of a blob.
"""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from . import i18n
from .i18n import QT_TRANSLATE_NOOP
from .sanitize import printable

REDACTED = "********"
# The shortest run shared with a secret that is masked in a reply to AUTH.
MIN_SHARED = 4
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")
_AFTER_NUL = re.compile(r"(?:\x00|\\x00)[^\s]*")

# The context of the notes the wizard writes into a transcript itself.
NOTE_CONTEXT = "Transcript"


def note(text: str, **params: object) -> str:
    """One of our own notes in the user's language, at the moment it is written.

    ``text`` is an English source marked ``QT_TRANSLATE_NOOP("Transcript", ...)``;
    its ``{placeholders}`` are filled after translation, so a value can never be
    read as a placeholder. What the server sent and what we sent stay as they were
    on the wire; a note still goes through redaction like every other line.
    """
    template = i18n.localize(NOTE_CONTEXT, text)
    values = {name: str(value) for name, value in params.items()}
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


class Direction(StrEnum):
    CLIENT = "client"  # we sent it
    SERVER = "server"  # the server sent it
    INFO = "info"  # our own note (connecting, TLS details, ...)
    ERROR = "error"  # our own note about a failure


# The bound on a stored transcript (issue 15). A server can send any number of
# lines (a 30,000-line reply, a trickle that never ends before the deadline):
# every stored transcript keeps at most MAX_LINES lines, the first KEEP_HEAD
# (greeting, EHLO, TLS, AUTH) and the newest ones (where a run fails), with one
# note where lines were left out. Each line is at most wire.MAX_SHOWN_LINE
# characters, so a transcript stays under ~MAX_LINES x 1 KB (about 10 MB for
# 1,000-character lines; ~2 MB for the usual 60-character ones).
MAX_LINES = 10_000
KEEP_HEAD = 1_000
_DROP_CHUNK = 2_000  # left out at a time, so trimming costs O(1) per line on average


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    ms: int  # milliseconds since the run started
    direction: Direction
    tls: bool
    text: str

    @property
    def marker(self) -> str:
        """swaks-style marker: -> <- sent/received, ~> <~ inside TLS, === info, *** error."""
        if self.direction is Direction.CLIENT:
            return "~>" if self.tls else "->"
        if self.direction is Direction.SERVER:
            return "<~" if self.tls else "<-"
        if self.direction is Direction.ERROR:
            return "***"
        return "==="

    def to_dict(self) -> dict[str, object]:
        return {"ms": self.ms, "dir": self.direction.value, "tls": self.tls, "text": self.text}


def secret_forms(secret: str) -> list[str]:
    """Every string a secret can show up as on the wire or in an export.

    Includes base64 at each byte alignment: inside ``AUTH PLAIN`` the password
    follows ``\\0user\\0``, so its base64 is shifted by the prefix length; the
    part of the encoding that depends only on the password is scrubbed.
    """
    if not secret:
        return []
    raw = secret.encode("utf-8")
    forms = {secret, quote(secret, safe=""), base64.b64encode(raw).decode()}
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + raw).decode()
        start = 4 if shift else 0  # the first group mixes in the prefix bytes
        full_groups = (shift + len(raw)) // 3  # the last partial group mixes in what follows
        stable = encoded[start : full_groups * 4]
        if len(stable) >= 4:
            forms.add(stable)
    return sorted((f for f in forms if f), key=len, reverse=True)


def _looks_base64(word: str) -> bool:
    """A run of base64 characters that is not an ordinary word or number."""
    if word.isdigit():
        return False
    if any(c.isdigit() or c in "+/=" for c in word):
        return True
    rest = word[1:]
    return any(c.isupper() for c in rest) and any(c.islower() for c in rest)


def _shared_spans(text: str, source: str, min_len: int) -> list[tuple[int, int]]:
    """Spans of ``text`` (at least ``min_len`` long) that also occur in ``source``."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i <= n - min_len:
        if text[i : i + min_len] in source:
            j = i + min_len
            while j < n and text[i : j + 1] in source:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the (possibly overlapping) spans of ``text`` with REDACTED."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        if start > pos or not out:
            out.append(text[pos:start])
            out.append(REDACTED)
        pos = end
    out.append(text[pos:])
    return "".join(out)


class Redactor:
    """Removes secrets from transcript lines; tracks the SASL exchange so that
    every continuation line is replaced, whatever the mechanism, and the
    server's replies in it are masked by the stricter rule (module docstring)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets = [s for s in secrets if s]
        self._forms: list[str] = []
        for secret in self._secrets:
            self._forms.extend(secret_forms(secret))
        # What we sent inside the SASL exchange (blobs, LOGIN parts), as sent.
        self._sent: list[str] = []
        self._in_sasl = False

    def scrub(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def auth_reply(self, text: str) -> str:
        """Mask a server reply inside the SASL exchange so that no echo of the
        credentials survives (the rule in the module docstring)."""
        spans: list[tuple[int, int]] = []
        sources = [*self._secrets, *self._sent, *self._forms]
        for source in sources:
            spans.extend(_shared_spans(text, source, MIN_SHARED))
        spans.extend(m.span() for m in _BASE64_RUN.finditer(text) if _looks_base64(m.group()))
        spans.extend(m.span() for m in _AFTER_NUL.finditer(text))
        # Then the backstop: every literal form, however short (scrub).
        return self.scrub(_mask(text, spans))

    def client_line(self, text: str) -> str:
        words = text.split(" ")
        if words[0].upper() == "AUTH":
            self._in_sasl = True
            self._sent.extend(w for w in words[2:] if w)
            if len(words) > 2:
                return f"{words[0]} {words[1]} {REDACTED}"
            return self.scrub(text)
        if self._in_sasl:
            # RFC 4954: a client line after a 334 challenge is a SASL response.
            self._sent.append(text)
            return REDACTED
        return self.scrub(text)

    def server_line(self, text: str) -> str:
        if self._in_sasl:
            masked = self.auth_reply(text)
            if not text.startswith("334"):
                self._in_sasl = False
            return masked
        return self.scrub(text)


LineSink = Callable[[TranscriptLine], None]


def keep_bounded(lines: list[TranscriptLine], left_out: int) -> int:
    """Trim ``lines`` to :data:`MAX_LINES` when it grew past it: the oldest lines after
    the first :data:`KEEP_HEAD` go, and one note at that place says how many went
    (``left_out`` so far; the new total is returned)."""
    if len(lines) <= MAX_LINES:
        return left_out
    has_note = left_out > 0
    start = KEEP_HEAD + 1 if has_note else KEEP_HEAD
    del lines[start : start + _DROP_CHUNK]
    left_out += _DROP_CHUNK
    text = note(
        QT_TRANSLATE_NOOP(
            "Transcript",
            "({count} lines left out here: a transcript keeps its first {head} and its "
            "newest lines, {max} in all)",
        ),
        count=left_out,
        head=KEEP_HEAD,
        max=MAX_LINES,
    )
    marker = TranscriptLine(lines[KEEP_HEAD - 1].ms, Direction.INFO, False, text)
    if has_note:
        lines[KEEP_HEAD] = marker
    else:
        lines.insert(KEEP_HEAD, marker)
    return left_out


class Transcript:
    """Collects lines with timestamps relative to one start time and passes
    each (already redacted) line to an optional sink as it happens."""

    def __init__(self, secrets: Iterable[str] = (), sink: LineSink | None = None) -> None:
        self.lines: list[TranscriptLine] = []
        self.left_out = 0  # lines trimmed from the middle (see keep_bounded)
        self.redactor = Redactor(secrets)
        self._sink = sink
        self._t0 = time.monotonic()

    def elapsed_ms(self) -> int:
        return int((time.monotonic() - self._t0) * 1000)

    def add(self, direction: Direction, text: str, *, tls: bool = False) -> None:
        text = text.rstrip("\r\n")
        if direction is Direction.CLIENT:
            text = self.redactor.client_line(text)
        elif direction is Direction.SERVER:
            text = self.redactor.server_line(text)
        else:
            text = self.redactor.scrub(text)
        line = TranscriptLine(self.elapsed_ms(), direction, tls, text)
        self.lines.append(line)
        self.left_out = keep_bounded(self.lines, self.left_out)
        if self._sink is not None:
            self._sink(line)

    def info(self, text: str, *, tls: bool = False) -> None:
        self.add(Direction.INFO, text, tls=tls)

    def error(self, text: str, *, tls: bool = False) -> None:
        self.add(Direction.ERROR, text, tls=tls)


def failing_line(lines: list[TranscriptLine]) -> int | None:
    """The index of the line where a failed run went wrong: the last error note or
    refusing server reply (4xx/5xx). What follows a failure is only goodbye (QUIT),
    and an earlier error (one address of several refused) was not the end."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.direction is Direction.ERROR:
            return index
        if line.direction is Direction.SERVER and line.text[:1] in "45" and line.text[:3].isdigit():
            # A multi-line reply ("550-...", "550 ..."): its first line.
            while index > 0 and _continues(lines[index - 1], line.text[:3]):
                index -= 1
            return index
    return None


def _continues(line: TranscriptLine, code: str) -> bool:
    return line.direction is Direction.SERVER and line.text.startswith(code + "-")


def format_line(line: TranscriptLine) -> str:
    # Server words (and errors quoting them) made printable for a terminal or a file.
    return f"{line.ms / 1000:8.3f} {line.marker:<3} {printable(line.text)}"


def to_text(lines: Iterable[TranscriptLine]) -> str:
    """The transcript as plain text for a ticket (swaks-style markers)."""
    return "".join(format_line(line) + "\n" for line in lines)
