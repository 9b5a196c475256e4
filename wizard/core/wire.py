"""Where the transcript comes from: a subclass of aiosmtplib's protocol.

aiosmtplib's public ``SMTP`` methods do not see every byte (the greeting
arrives before any command, STARTTLS and DATA bypass ``execute_command``, and
multi-line replies are flattened). The protocol object sees all of it, and
STARTTLS keeps the same object, so decrypted lines keep flowing through it.

aiosmtplib creates the protocol by looking up the module-level name
``aiosmtplib.smtp.SMTPProtocol`` at connect time. That name is not public API:
the version is pinned in pyproject.toml and ``tests/test_hook_point.py`` fails
if the hook point moves. The replacement class behaves exactly like the
original unless a transcript is bound to the running task (a ContextVar), so
concurrent checks never see each other's lines.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from typing import Any

import aiosmtplib.smtp
from aiosmtplib.errors import SMTPReadTimeoutError, SMTPServerDisconnected
from aiosmtplib.protocol import COMMAND_INJECTION_REGEX, SMTPProtocol
from aiosmtplib.response import SMTPResponse

from .i18n import QT_TRANSLATE_NOOP
from .transcript import Direction, Transcript, note

MAX_SHOWN_LINE = 1000  # longer lines are cut in the transcript (not on the wire)


class WireObserver:
    """What one check wants to know about its connection."""

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        self.bytes_sent = 0
        self.on_connection_made: Callable[[asyncio.BaseTransport], None] | None = None


_observer: ContextVar[WireObserver | None] = ContextVar("smtp_wire_observer", default=None)


def bind(observer: WireObserver | None) -> Any:
    """Bind ``observer`` to the current task; returns a token for :func:`unbind`."""
    return _observer.set(observer)


def unbind(token: Any) -> None:
    _observer.reset(token)


# A reply and when it completed (ms on the transcript's clock), so each stage of a
# pipelined group keeps its own timing.
TimedReply = tuple[SMTPResponse, int]


class _Group:
    """The replies a pipelined group of commands is waiting for (RFC 2920)."""

    def __init__(self, expected: int, waiter: asyncio.Future[list[TimedReply]]) -> None:
        self.expected = expected
        self.waiter = waiter
        self.replies: list[TimedReply] = []


class TranscribingProtocol(SMTPProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._observer = _observer.get()
        self._rx = bytearray()
        self._body_next = False  # the server said 354: the next write is the message
        self._group: _Group | None = None

    # -- incoming -----------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        # For implicit TLS this runs after the handshake completed.
        if self._observer and self._observer.on_connection_made:
            self._observer.on_connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._observer is not None:
            self._rx.extend(data)
            self._emit_received_lines()
        if self._group is not None:
            self._group_received(data)
            return
        super().data_received(data)

    # -- RFC 2920 pipelining ---------------------------------------------------
    # aiosmtplib reads one reply per command written: a second reply that arrives
    # in the same segment stays in its buffer until more data comes (a hang), and
    # one that arrives before the first is picked up is dropped. So a pipelined
    # group is read here: every complete reply in the buffer, in order.
    def _group_received(self, data: bytes) -> None:
        group = self._group
        assert group is not None
        self._buffer.extend(data)
        while len(group.replies) < group.expected:
            try:
                response = self._read_response_from_buffer()
            except Exception as exc:  # a malformed reply: the group fails with it
                self._fail_group(exc)
                return
            if response is None:
                return
            stamp = self._observer.transcript.elapsed_ms() if self._observer else 0
            group.replies.append((response, stamp))
        if not group.waiter.done():
            group.waiter.set_result(group.replies)

    def _fail_group(self, exc: BaseException) -> None:
        group = self._group
        if group is not None and not group.waiter.done():
            group.waiter.set_exception(exc)
            group.waiter.exception()  # retrieved: nobody may await it any more

    async def execute_group(
        self,
        commands: Sequence[bytes],
        timeout: float | None = None,
        *,
        body: bool = False,
        then_quit: bool = False,
    ) -> list[TimedReply]:
        """Write ``commands`` (each ending in CRLF) in one flight, then read one reply
        per command, in order (RFC 2920 section 3.1). ``body``: the single item is
        message content after a 354, sent as it is (no command checks).

        ``then_quit``: QUIT ends the flight (section 3.1 allows it as a group's last
        command, as swaks --pipeline sends it) but its 221 is not waited for: like
        :meth:`send_quit`, :meth:`read_response` reads it later."""
        if not body:
            for command in commands:
                if COMMAND_INJECTION_REGEX.search(command.removesuffix(b"\r\n")):
                    raise ValueError("Command arg contains a prohibited control character")
        if self._command_lock is None or self.transport is None:
            raise SMTPServerDisconnected("Server not connected")
        async with self._command_lock:
            waiter: asyncio.Future[list[TimedReply]] = self._loop.create_future()
            self._group = _Group(len(commands), waiter)
            try:
                self.write(b"".join(commands))
                if then_quit:
                    # A write of its own: after a message, the first write is the body.
                    self.write(b"QUIT\r\n")
                    self._quit_sent = True
                if self._buffer:  # replies that came early (none expected)
                    self._group_received(b"")
                return await asyncio.wait_for(waiter, timeout)
            except TimeoutError as exc:
                raise SMTPReadTimeoutError("Timed out waiting for server response") from exc
            finally:
                self._group = None
                if then_quit:
                    self._await_quit_reply()

    def _await_quit_reply(self) -> None:
        """After a group that ended in QUIT: arm aiosmtplib's reader for the 221, which
        may already sit in the buffer (it came with the group's last reply, and
        aiosmtplib parses only on new data)."""
        self._response_pending = True
        waiter = self._response_waiter
        if waiter is None or waiter.done() or not self._buffer:
            return
        try:
            response = self._read_response_from_buffer()
        except Exception as exc:  # a malformed goodbye: read_response raises it
            waiter.set_exception(exc)
            waiter.exception()  # retrieved: the goodbye may never be read (CLI exit)
            return
        if response is not None:
            waiter.set_result(response)

    @property
    def quit_written(self) -> bool:
        """QUIT has been written on this connection (by a group or :meth:`send_quit`)."""
        return self._quit_sent

    def send_quit(self) -> None:
        """Write QUIT without waiting: the 221 is read later by :meth:`read_response`."""
        self._response_pending = True
        self.write(b"QUIT\r\n")
        self._quit_sent = True

    def eof_received(self) -> bool:
        self._fail_group(SMTPServerDisconnected("Unexpected EOF received"))
        return super().eof_received()

    def _emit_received_lines(self) -> None:
        assert self._observer is not None
        while True:
            end = self._rx.find(b"\n")
            if end < 0:
                if len(self._rx) > MAX_SHOWN_LINE * 8:  # a line that never ends
                    self._emit_server(bytes(self._rx))
                    del self._rx[:]
                return
            line = bytes(self._rx[: end + 1])
            del self._rx[: end + 1]
            self._emit_server(line)

    def _emit_server(self, raw: bytes) -> None:
        assert self._observer is not None
        text = _shown(raw)
        if text.startswith("354"):
            self._body_next = True
        elif text[:3].isdigit() and text[3:4] != "-":
            self._body_next = False
        self._observer.transcript.add(Direction.SERVER, text, tls=self._over_ssl)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._observer is not None and self._rx:
            # A partial line (a trickling or garbage-sending server): show it.
            self._emit_server(bytes(self._rx))
            del self._rx[:]
        self._fail_group(SMTPServerDisconnected("Connection lost"))
        super().connection_lost(exc)

    # -- outgoing -----------------------------------------------------------
    def write(self, data: bytes) -> None:
        super().write(data)  # raises if disconnected: then nothing was sent
        observer = self._observer
        if observer is None:
            return
        observer.bytes_sent += len(data)
        if self._body_next:
            self._body_next = False
            _summarise_message(observer.transcript, data, self._over_ssl)
            return
        for line in data.split(b"\r\n"):
            if line:
                observer.transcript.add(Direction.CLIENT, _shown(line), tls=self._over_ssl)

    async def start_tls(self, *args: Any, **kwargs: Any) -> Any:
        response = await super().start_tls(*args, **kwargs)
        # aiosmtplib drops plaintext buffered before the handshake (RFC 3207 4.2):
        # drop our copy too, so nothing injected shows up as a TLS line.
        self._rx.clear()
        return response


def _shown(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").rstrip("\r\n")
    if len(text) > MAX_SHOWN_LINE:
        text = f"{text[:MAX_SHOWN_LINE]}… ({len(raw)} bytes)"
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _summarise_message(transcript: Transcript, data: bytes, tls: bool) -> None:
    """Show the headers of a message being sent; summarise the body."""
    head, _, body = data.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        transcript.add(Direction.CLIENT, _shown(line), tls=tls)
    body_lines = body.count(b"\r\n") - 1  # without the final "."
    transcript.info(
        note(
            QT_TRANSLATE_NOOP(
                "Transcript", "(message body: {lines} lines, {bytes} bytes, not shown)"
            ),
            lines=max(body_lines, 0),
            bytes=len(body),
        ),
        tls=tls,
    )
    transcript.add(Direction.CLIENT, ".", tls=tls)


def install() -> None:
    """Make aiosmtplib create our protocol. Idempotent."""
    aiosmtplib.smtp.SMTPProtocol = TranscribingProtocol  # type: ignore[attr-defined]
