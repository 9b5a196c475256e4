"""The SMTP transcript: every line in order, who sent it, whether it travelled
inside TLS, and when — with secrets redacted before a line is ever stored.

Redaction is not optional (DESIGN.md): AUTH arguments and every SASL
continuation line are replaced, and as a backstop the literal password and
its base64 forms (including the three byte-alignments it can take inside a
longer base64 blob, e.g. AUTH PLAIN's ``\\0user\\0password``) are scrubbed
from every line. Message bodies are summarised, never shown.
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


class Redactor:
    """Removes secrets from transcript lines; tracks the SASL exchange so that
    every continuation line is replaced, whatever the mechanism."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._forms: list[str] = []
        for secret in secrets:
            self._forms.extend(secret_forms(secret))
        self._in_sasl = False

    def scrub(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def client_line(self, text: str) -> str:
        words = text.split(" ")
        if words[0].upper() == "AUTH":
            self._in_sasl = True
            if len(words) > 2:
                return f"{words[0]} {words[1]} {REDACTED}"
            return self.scrub(text)
        if self._in_sasl:
            # RFC 4954: a client line after a 334 challenge is a SASL response.
            return REDACTED
        return self.scrub(text)

    def server_line(self, text: str) -> str:
        if self._in_sasl and not text.startswith("334"):
            self._in_sasl = False
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
