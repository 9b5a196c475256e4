"""The check engine: test an SMTP server stage by stage and explain failures.

One fresh aiosmtplib client per run; every stage is explicit (``start_tls=False``
at connect, then EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, ... by hand) so that
each is observable and timed. Rules kept here, from DESIGN.md:

* security is never downgraded: STARTTLS chosen and not offered is a failure,
  and no credentials travel unencrypted unless the profile explicitly allows it;
* exactly one AUTH attempt with one mechanism (``SMTP.login`` would try every
  advertised mechanism: one wrong password = several 535s, a lockout risk);
* per-stage timeouts plus one overall deadline, because aiosmtplib's timeouts
  are per read and a server trickling bytes would never hit them;
* cancellation closes the socket and leaves nothing running.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import email.utils
import functools
import os
import socket
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import aiosmtplib
from aiosmtplib.email import quote_address
from aiosmtplib.esmtp import parse_esmtp_extensions
from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

from . import i18n, wire
from .diagnosis import Code, Diagnosis, classify_reply, fixes_for
from .endpoint import EndpointError, ehlo_name, format_host_port, to_ascii_host
from .i18n import QT_TRANSLATE_NOOP
from .model import AuthMechanism, FromPolicy, Profile, Security
from .replies import Reply
from .stages import EXIT_INPUT, EXIT_OK, STAGE_EXIT, Stage
from .tls import (
    CA_DEFECT_CODES,
    DEFECTS,
    X509_V_ERR_CERT_HAS_EXPIRED,
    X509_V_ERR_HOSTNAME_MISMATCH,
    X509_V_ERR_IP_ADDRESS_MISMATCH,
    TlsInfo,
    ca_defects,
    certificate_info,
    client_context,
    load_certificate_reader,
    pinned_context,
    probe_context,
    tls_info,
)
from .transcript import Transcript, TranscriptLine, note
from .validation import (
    address_domain,
    check_address,
    has_control_chars,
    needs_smtputf8,
    validate_profile,
)

wire.install()

TLS_PROBE_TIMEOUT = 3.0
# Silence this long on a plain connection starts the TLS probe beside the greeting
# wait (issue 15: PORT_REQUIRES_TLS within 1.5 s instead of after the whole timeout).
PROBE_AFTER = 1.0
QUIT_GRACE = 2.0  # how long the goodbye waits for the 221 after the verdict

# Goodbyes still reading a 221 after their check returned (a strong reference each).
_goodbyes: set[asyncio.Task[None]] = set()


# Why a stage is skipped, in words (translate with context "Step").
SKIP_NOT_STARTTLS_SSL = QT_TRANSLATE_NOOP("Step", "Not used: SSL/TLS from the start")
SKIP_NOT_STARTTLS_NONE = QT_TRANSLATE_NOOP("Step", "Not used: the connection is not encrypted")
SKIP_SIGN_IN_OFF = QT_TRANSLATE_NOOP("Step", "Sign-in is off")
SKIP_SEND_AS_OWN = QT_TRANSLATE_NOOP("Step", "Not needed: the From address is the account's own")
SKIP_SEND_AS_POLICY = QT_TRANSLATE_NOOP("Step", "Not checked under this From policy")
SKIP_NO_MESSAGE = QT_TRANSLATE_NOOP("Step", "Check without sending was chosen")


class StepStatus(StrEnum):
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class StepResult:
    stage: Stage
    status: StepStatus
    ms: int
    reply: str = ""
    # The address the step checked, whatever the outcome: MAIL the account's own
    # sender, RCPT the recipient, SEND_AS the address sent "as", DATA the
    # message's From. Lets a UI say "Send as ceo@acme.test" on failure too.
    # Not part of the CLI's --json step object (DESIGN.md: {id, status, ms, reply}).
    subject: str = ""
    # Why a step was skipped: an English source (context "Step", see SKIP_REASONS);
    # a UI translates it. Not in the --json step object either.
    reason: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.stage.value,
            "status": self.status.value,
            "ms": self.ms,
            "reply": self.reply,
        }


@dataclass(frozen=True)
class StageStarted:
    stage: Stage


@dataclass(frozen=True)
class StageFinished:
    step: StepResult


@dataclass(frozen=True)
class LineAdded:
    line: TranscriptLine


@dataclass(frozen=True)
class DiagnosisMade:
    diagnosis: Diagnosis


Event = StageStarted | StageFinished | LineAdded | DiagnosisMade
EventSink = Callable[[Event], None]


@dataclass
class CheckRequest:
    profile: Profile
    password: str = ""
    to_address: str = ""  # test recipient; default: the profile's From address
    relay_as: str = ""  # also check that this login may send as this address
    # The application's user the test message is sent for: under "one address" the
    # application puts them in Reply-To (no envelope check: the server never sees it).
    on_behalf_of: str = ""
    send: bool = False  # send a real test message through DATA
    subject: str = "SMTP Setup Wizard test message"
    body: str = "This is a test message from SMTP Setup Wizard.\n"
    deadline: float | None = None  # overall seconds; default 4 x the stage timeout
    # The mechanism that signed in at the saved setup's last pass (LastTest.auth_used):
    # a server that no longer offers it gets a warning (the check may still pass
    # with another mechanism, chosen automatically).
    expected_auth: str = ""


@dataclass
class CheckResult:
    ok: bool
    exit_code: int
    diagnosis: Diagnosis | None
    steps: list[StepResult]
    transcript: list[TranscriptLine]
    greeting: str = ""
    extensions: list[str] = field(default_factory=list)
    tls: TlsInfo | None = None
    auth_offered: list[str] = field(default_factory=list)  # AUTH mechanisms (last EHLO)
    auth_used: str = ""  # the mechanism that was tried ("" if sign-in was not reached)
    # Notes worth a line beside the verdict, in the user's language (transcript.note).
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, translate: Callable[[str, str], str] | None = None) -> dict[str, object]:
        """The CLI's ``--json`` object (DESIGN.md contract)."""
        return {
            "ok": self.ok,
            "exit_code": self.exit_code,
            "diagnosis": self.diagnosis.to_dict(translate) if self.diagnosis else None,
            "steps": [s.to_dict() for s in self.steps],
            "transcript": [line.to_dict() for line in self.transcript],
            "server": {
                "greeting": self.greeting,
                "extensions": list(self.extensions),
                "tls": self.tls.to_dict() if self.tls else None,
            },
        }


class _PortWantsTls(Exception):
    """The TLS probe completed a handshake while the greeting was still missing."""


class _Failure(Exception):
    def __init__(
        self,
        code: Code,
        detail: str = "",
        exit_code: int | None = None,
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.exit_code = exit_code
        self.params = dict(params or {})  # more for the diagnosis (the certificate's cert_*)
        self.verify_code = 0  # OpenSSL's X509_V_ERR_* for a failed verification


# Failures about the server's certificate: each names the certificate presented.
CERT_CODES = (
    Code.CERT_UNTRUSTED,
    Code.CERT_HOSTNAME_MISMATCH,
    Code.CERT_EXPIRED,
    Code.CA_NOT_STRICT,
)


def _reply_text(code: int, message: str) -> str:
    return f"{code} {message}".strip() if code >= 0 else message


class _Run:
    def __init__(self, request: CheckRequest, emit: EventSink) -> None:
        self.request = request
        self.profile = request.profile
        self.emit = emit
        secrets = [request.password] if request.password else []
        self.transcript = Transcript(secrets, sink=lambda line: emit(LineAdded(line)))
        self.observer = wire.WireObserver(self.transcript)
        self.steps: list[StepResult] = []
        self.stage: Stage = Stage.INPUT
        self._stage_t0 = 0
        self.client: aiosmtplib.SMTP | None = None
        self.sock: socket.socket | None = None
        self.peer: tuple[str, int] | None = None
        self.host = ""
        self.port = self.profile.effective_port
        self.stage_timeout = float(self.profile.timeout)
        self.greeting = ""
        self.extensions: list[str] = []
        self.tls: TlsInfo | None = None
        self.encrypted = False
        # A different certificate than the pinned one (CERT_CHANGED), found in the handshake.
        self.pin_failure: _Failure | None = None
        self.local_name = ""
        # The open mail transaction: (MAIL FROM, RCPT TO), RCPT "" until accepted.
        self.open_envelope: tuple[str, str] | None = None
        self._subject = ""  # the address the current stage checks (StepResult.subject)
        self.checked_sender = ""  # the sender address the current stage puts to the server
        self.quit_sent = False
        # The verifying TLS context, built in a worker thread while we resolve and
        # connect (~35 ms of CPU that would stall a GUI thread), reused within the run.
        self._tls_context: asyncio.Future[ssl.SSLContext] | None = None
        self._handed_sock: socket.socket | None = None
        self._test_message: asyncio.Future[bytes] | None = None
        # A local part is not ASCII: MAIL FROM carries SMTPUTF8 (RFC 6531).
        self.utf8 = False
        self.auth_offered: list[str] = []
        self.auth_used = ""
        self.warnings: list[str] = []

    # -- stage bookkeeping --------------------------------------------------
    def start(self, stage: Stage, subject: str = "", at: int | None = None) -> None:
        """``at``: when the stage began (ms on the transcript's clock), for the stages
        of a pipelined group, each timed from the reply before its own."""
        self.stage = stage
        self._subject = subject
        self._stage_t0 = self.transcript.elapsed_ms() if at is None else at
        self.emit(StageStarted(stage))

    def finish(
        self, status: StepStatus = StepStatus.OK, reply: str = "", at: int | None = None
    ) -> None:
        end = self.transcript.elapsed_ms() if at is None else at
        redactor = self.transcript.redactor
        step = StepResult(
            self.stage,
            status,
            end - self._stage_t0,
            # A reply to AUTH may echo the credentials (transcript.Redactor.auth_reply).
            redactor.auth_reply(reply) if self.stage is Stage.AUTH else redactor.scrub(reply),
            self._subject,
        )
        self.steps.append(step)
        self.emit(StageFinished(step))

    def skip(self, stage: Stage, reason: str) -> None:
        step = StepResult(stage, StepStatus.SKIPPED, 0, reason=reason)
        self.steps.append(step)
        self.emit(StageFinished(step))

    async def _timed(self, awaitable: object, seconds: float | None = None) -> object:
        async with asyncio.timeout(seconds or self.stage_timeout):
            return await awaitable  # type: ignore[misc]

    # -- the stages ---------------------------------------------------------
    async def execute(self) -> None:
        self.host = to_ascii_host(self.profile.host)
        self._prepare_tls_context()
        self._prepare_test_message()
        await self._resolve_and_connect()
        await self._greeting()
        await self._ehlo()
        if self.profile.security is Security.STARTTLS:
            await self._starttls()
        elif self.profile.security is Security.SSL:
            self.skip(Stage.STARTTLS, SKIP_NOT_STARTTLS_SSL)
        else:
            self.skip(Stage.STARTTLS, SKIP_NOT_STARTTLS_NONE)
        if self.profile.auth:
            await self._auth()
        else:
            self.skip(Stage.AUTH, SKIP_SIGN_IN_OFF)
        await self._envelope()
        await self._quit()

    async def _resolve_and_connect(self) -> None:
        loop = asyncio.get_running_loop()
        self.start(Stage.RESOLVE)
        try:
            infos = await self._timed(
                loop.getaddrinfo(
                    self.host, self.port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                )
            )
        except socket.gaierror as exc:
            raise _Failure(Code.HOST_NOT_FOUND, str(exc.strerror or exc)) from None
        except TimeoutError:
            raise _Failure(
                Code.HOST_NOT_FOUND,
                note(QT_TRANSLATE_NOOP("Transcript", "the name lookup timed out")),
            ) from None
        addresses: list[tuple[int, tuple[str, int]]] = []
        for family, _type, _proto, _name, sockaddr in infos:  # type: ignore[attr-defined]
            entry = (family, (str(sockaddr[0]), int(sockaddr[1])))
            if entry not in addresses:
                addresses.append(entry)
        self.finish(reply=", ".join(a[1][0] for a in addresses))

        self.start(Stage.CONNECT)
        last_error: _Failure | None = None
        for family, sockaddr in addresses:
            self.transcript.info(
                note(
                    QT_TRANSLATE_NOOP("Transcript", "Trying {address}..."),
                    address=format_host_port(*sockaddr),
                )
            )
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setblocking(False)
            try:
                await self._timed(loop.sock_connect(sock, sockaddr))
            except TimeoutError:
                sock.close()
                last_error = _Failure(
                    Code.CONNECTION_TIMEOUT,
                    note(
                        QT_TRANSLATE_NOOP("Transcript", "no answer within {seconds} s"),
                        seconds=f"{self.stage_timeout:g}",
                    ),
                )
            except OSError as exc:  # refused, unreachable, ...
                sock.close()
                reason = os.strerror(exc.errno) if exc.errno else str(exc)
                last_error = _Failure(Code.CONNECTION_REFUSED, reason)
            except BaseException:
                sock.close()
                raise
            else:
                self.sock, self.peer = sock, sockaddr
                self.transcript.info(
                    note(
                        QT_TRANSLATE_NOOP("Transcript", "Connected to {address}"),
                        address=format_host_port(*sockaddr),
                    )
                )
                self.finish(reply=sockaddr[0])
                return
            self.transcript.error(last_error.detail)
        assert last_error is not None
        raise last_error

    def _prepare_tls_context(self) -> None:
        if self.profile.security is Security.NONE:
            return
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(None, self._build_tls_context)
        # A run that fails before TLS never awaits it: retrieve its error quietly.
        future.add_done_callback(lambda f: f.cancelled() or f.exception())
        self._tls_context = future
        # The certificate reader (cryptography, ~20 ms to import) is needed right after
        # the handshake: load it beside the context, not on the loop's critical path.
        loader = loop.run_in_executor(None, load_certificate_reader)
        loader.add_done_callback(lambda f: f.cancelled() or f.exception())

    def _prepare_test_message(self) -> None:
        """Build the test message in a worker thread too: the first one imports and
        compiles the email package's machinery (~25 ms that stalled the window)."""
        if not self.request.send:
            return
        sender = self._sender()
        header_from, reply_to = self._header_from(sender, self._send_as())
        recipient = self._recipient()
        # SMTPUTF8 is decided by the addresses alone (_require_smtputf8): a server
        # without it stops the check before DATA, so this message is never sent then.
        utf8 = any(
            needs_smtputf8(a)
            for a in (sender, recipient, header_from, reply_to, self.request.on_behalf_of)
            if a
        )
        future = asyncio.get_running_loop().run_in_executor(
            None,
            functools.partial(
                _message,
                self.profile,
                header_from,
                reply_to,
                recipient,
                self.request.subject,
                self.request.body,
                utf8=utf8,
            ),
        )
        future.add_done_callback(lambda f: f.cancelled() or f.exception())
        self._test_message = future

    async def test_message(self) -> bytes:
        if self._test_message is None:
            self._prepare_test_message()
        assert self._test_message is not None
        return await self._test_message

    async def tls_context(self) -> ssl.SSLContext:
        """The context started by :meth:`_prepare_tls_context` (same errors as building it)."""
        if self._tls_context is None:
            self._prepare_tls_context()
        assert self._tls_context is not None
        return await self._tls_context

    def _ehlo_name(self) -> str:
        assert self.sock is not None
        return ehlo_name(self.sock.getsockname()[0])

    def _build_tls_context(self) -> ssl.SSLContext:
        # A pin replaces CA and name checks: the leaf's SHA-256 is compared right after
        # the handshake (_pin_mismatch), before a single SMTP byte more.
        if self.profile.cert_pin:
            return pinned_context()
        return client_context(self.profile.ca_file)

    def _pin_mismatch(self) -> _Failure | None:
        """CERT_CHANGED when the certificate just presented is not the pinned one."""
        pinned = self.profile.cert_pin
        if not pinned:
            return None
        presented = self.tls.sha256 if self.tls else ""
        if presented == pinned:
            self.transcript.info(
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "The certificate is the pinned one (SHA-256 matches): trusted by its "
                        "fingerprint, without a CA or name check.",
                    )
                ),
                tls=True,
            )
            return None
        info = self.tls or TlsInfo()
        detail = note(
            QT_TRANSLATE_NOOP(
                "Transcript", "not the pinned certificate (pinned SHA-256 {pinned}); {presented}"
            ),
            pinned=pinned,
            presented=info.one_line(),
        )
        reason = note(QT_TRANSLATE_NOOP("Transcript", "not the pinned certificate"))
        return _Failure(
            Code.CERT_CHANGED,
            detail,
            params={**info.params(), "pinned": pinned, "tls_reason": reason},
        )

    async def _greeting(self) -> None:
        assert self.sock is not None
        implicit = self.profile.security is Security.SSL
        self.local_name = self._ehlo_name()
        client = aiosmtplib.SMTP(
            hostname=self.host,
            use_tls=implicit,
            start_tls=False,
            tls_context=await self.tls_context() if implicit else None,
            timeout=self.stage_timeout,
            local_hostname=self.local_name,
        )
        self.client = client
        sock, self.sock = self.sock, None  # the client owns it from here
        self._handed_sock = sock  # ... once its connect has started (see _connect, abort)

        if implicit:
            self.start(Stage.TLS)

            def handshake_done(transport: asyncio.BaseTransport) -> None:
                self._record_tls(transport)
                self.pin_failure = self._pin_mismatch()
                if self.pin_failure is not None:
                    # Not one byte more on this connection.
                    getattr(transport, "abort", transport.close)()
                    return
                self.encrypted = True
                self.finish(reply=self.tls.version if self.tls else "")
                self.start(Stage.GREETING)

            self.observer.on_connection_made = handshake_done
        else:
            self.start(Stage.GREETING)
        probe_after = min(PROBE_AFTER, self.stage_timeout / 2)
        try:
            try:
                response = await self._timed(
                    self._greeting_or_tls(self._connect(client, sock), implicit, probe_after),
                    self.stage_timeout * (2 if implicit else 1),
                )
            except Exception:
                # A pin mismatch aborts the connection in the handshake callback: the
                # connect then fails, and CERT_CHANGED is the reason, not its symptom.
                if self.pin_failure is not None:
                    raise self.pin_failure from None
                raise
            if self.pin_failure is not None:
                raise self.pin_failure
        except _PortWantsTls:
            raise _Failure(
                Code.PORT_REQUIRES_TLS,
                note(
                    QT_TRANSLATE_NOOP("Transcript", "no greeting within {seconds} s"),
                    seconds=f"{probe_after:g}",
                ),
            ) from None
        except aiosmtplib.SMTPConnectResponseError as exc:
            raise _Failure(
                classify_reply(Stage.GREETING, exc.code, exc.message),
                _reply_text(exc.code, exc.message),
            ) from None
        except (aiosmtplib.SMTPConnectTimeoutError, TimeoutError):
            silent = note(
                QT_TRANSLATE_NOOP("Transcript", "no greeting within {seconds} s"),
                seconds=f"{self.stage_timeout:g}",
            )
            raise _Failure(Code.NO_GREETING, silent) from None
        except aiosmtplib.SMTPConnectError as exc:
            cause = exc.__cause__
            if isinstance(cause, ssl.SSLError):
                raise _tls_failure(cause, Stage.TLS) from None
            if isinstance(cause, aiosmtplib.SMTPResponseException):
                raise _Failure(Code.PROTOCOL_ERROR, cause.message) from None
            raise _Failure(Code.CONNECTION_LOST, str(exc)) from None
        except aiosmtplib.SMTPResponseException as exc:
            raise _Failure(Code.PROTOCOL_ERROR, exc.message) from None
        finally:
            self.observer.on_connection_made = None
        self.greeting = _reply_text(response.code, response.message)  # type: ignore[attr-defined]
        self.finish(reply=self.greeting)

    async def _connect(self, client: aiosmtplib.SMTP, sock: socket.socket) -> object:
        self._handed_sock = None  # aiosmtplib owns (and closes) the socket from here
        return await client.connect(sock=sock)

    async def _greeting_or_tls(
        self, connecting: Awaitable[object], implicit: bool, probe_after: float
    ) -> object:
        """The greeting; on a plain connection still silent after ``probe_after``, race
        a TLS handshake on a second connection against it. A plain client on an
        implicit-TLS port (465) hears nothing until its timeout: a completed handshake
        says so at once. A slow greeter (Postfix postscreen's greet delay, tarpits)
        fails the handshake or never answers it, and its greeting still wins."""
        if implicit:
            return await connecting
        greeting = asyncio.ensure_future(connecting)
        probe: asyncio.Future[bool] | None = None
        try:
            done, _ = await asyncio.wait({greeting}, timeout=probe_after)
            if greeting in done:
                return greeting.result()
            probe = asyncio.ensure_future(self._speaks_tls())
            done, _ = await asyncio.wait({greeting, probe}, return_when=asyncio.FIRST_COMPLETED)
            if greeting not in done and probe.result():
                raise _PortWantsTls
            return await greeting
        finally:
            for task in (greeting, probe):
                if task is not None and not task.done():
                    task.cancel()
                    await asyncio.gather(task, return_exceptions=True)

    async def _speaks_tls(self) -> bool:
        """One quick TLS handshake on the same port: does it expect TLS first?"""
        assert self.peer is not None
        self.transcript.info(
            note(
                QT_TRANSLATE_NOOP(
                    "Transcript", "No greeting: trying a TLS handshake on the same port..."
                )
            )
        )
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(min(TLS_PROBE_TIMEOUT, self.stage_timeout)):
                transport, _ = await loop.create_connection(
                    asyncio.Protocol,
                    self.peer[0],
                    self.peer[1],
                    ssl=probe_context(),
                    server_hostname=self.host,
                )
        except (OSError, TimeoutError):
            return False
        transport.close()
        self.transcript.info(
            note(
                QT_TRANSLATE_NOOP(
                    "Transcript", "The port answered a TLS handshake: it expects SSL/TLS first."
                )
            )
        )
        return True

    def _record_tls(self, transport: object) -> None:
        ssl_object = getattr(transport, "get_extra_info", lambda _k: None)("ssl_object")
        self.tls = tls_info(ssl_object)
        if self.tls:
            for line in self.tls.summary_lines():
                self.transcript.info(line, tls=True)

    async def _ehlo(self) -> None:
        assert self.client is not None
        self.start(Stage.EHLO)
        self.finish(reply=await self._say_ehlo())

    async def _say_ehlo(self) -> str:
        assert self.client is not None
        try:
            response = await self._timed(self.client.ehlo())
        except aiosmtplib.SMTPHeloError as exc:
            if exc.code in (Reply.SYNTAX_ERROR, Reply.NOT_IMPLEMENTED) and self.client.is_connected:
                # RFC 5321 3.2: a server that does not know EHLO gets HELO.
                response = await self._timed(self.client.helo())
            else:
                raise
        message = response.message  # type: ignore[attr-defined]
        extensions, _auth = parse_esmtp_extensions(message)
        self.extensions = [f"{name.upper()} {value}".strip() for name, value in extensions.items()]
        first_line = message.split("\n", 1)[0]
        return _reply_text(response.code, first_line)  # type: ignore[attr-defined]

    async def _starttls(self) -> None:
        assert self.client is not None
        self.start(Stage.STARTTLS)
        if not self.client.supports_extension("starttls"):
            # Never fall back to plaintext: stop before any credentials are sent.
            raise _Failure(
                Code.STARTTLS_NOT_OFFERED,
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "the server's list of features (EHLO) does not include STARTTLS",
                    )
                ),
            )
        try:
            await self._timed(
                self.client.starttls(
                    server_hostname=self.host, tls_context=await self.tls_context()
                )
            )
        except ssl.SSLError as exc:
            raise _tls_failure(exc, Stage.STARTTLS) from None
        except aiosmtplib.SMTPServerDisconnected as exc:
            cause = exc.__cause__
            if isinstance(cause, ssl.SSLError):
                raise _tls_failure(cause, Stage.STARTTLS) from None
            raise
        self._record_tls(self.client.transport)
        mismatch = self._pin_mismatch()
        if mismatch is not None:
            raise mismatch  # before EHLO: nothing more is said on this connection
        self.encrypted = True
        # RFC 3207 4.2: forget what was learnt before TLS and ask again.
        await self._say_ehlo()
        self.finish(reply=self.tls.version if self.tls else "")

    async def _auth(self) -> None:
        assert self.client is not None
        client = self.client
        self.start(Stage.AUTH)
        if not self.encrypted and not self.profile.allow_plaintext_auth:
            raise _Failure(
                Code.PLAINTEXT_AUTH_BLOCKED,
                note(QT_TRANSLATE_NOOP("Transcript", "the connection is not encrypted")),
            )
        if not client.supports_extension("auth"):
            raise _Failure(
                Code.AUTH_NOT_OFFERED,
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "the server's list of features (EHLO) does not include sign-in (AUTH)",
                    )
                ),
            )
        offered = [m.upper() for m in client.server_auth_methods]
        self.auth_offered = offered
        self._compare_auth(offered)
        mechanism = self._choose_mechanism(offered)
        if mechanism is None:
            raise _Failure(
                Code.AUTH_MECHANISM_UNSUPPORTED,
                note(
                    QT_TRANSLATE_NOOP("Transcript", "the server offers: {mechanisms}"),
                    mechanisms=" ".join(offered) or "-",
                ),
            )
        self.auth_used = mechanism.value
        method = {
            AuthMechanism.PLAIN: client.auth_plain,
            AuthMechanism.LOGIN: client.auth_login,
            AuthMechanism.CRAM_MD5: client.auth_crammd5,
        }[mechanism]
        try:
            response = await self._timed(method(self.profile.username, self.request.password))
        except aiosmtplib.SMTPAuthenticationError as exc:
            raise _Failure(
                classify_reply(Stage.AUTH, exc.code, exc.message),
                _reply_text(exc.code, exc.message),
            ) from None
        self.finish(reply=_reply_text(response.code, response.message))  # type: ignore[attr-defined]

    def _compare_auth(self, offered: list[str]) -> None:
        """Warn when the mechanism that passed last time is no longer offered: the
        server's setup changed, and an application configured for it will fail."""
        expected = self.request.expected_auth.strip().upper()
        if not expected or expected in offered:
            return
        self.transcript.info(
            note(
                QT_TRANSLATE_NOOP(
                    "Transcript",
                    "Warning: the server no longer offers the sign-in method {mechanism} that "
                    "passed the last test of this setup; it now offers: {offered}.",
                ),
                mechanism=expected,
                offered=" ".join(offered) or "-",
            )
        )
        self.warnings.append(self.transcript.lines[-1].text)

    def _choose_mechanism(self, offered: list[str]) -> AuthMechanism | None:
        wanted = self.profile.mechanism
        if wanted is not AuthMechanism.AUTO:
            return wanted if wanted.value in offered else None
        # Over TLS, PLAIN is the standard; in the clear, CRAM-MD5 keeps the password off the wire.
        order = [AuthMechanism.PLAIN, AuthMechanism.LOGIN, AuthMechanism.CRAM_MD5]
        if not self.encrypted:
            order.insert(0, AuthMechanism.CRAM_MD5)
        return next((m for m in order if m.value in offered), None)

    # -- envelope -----------------------------------------------------------
    # Who is who (DESIGN.md "the check tests what the application will send"):
    # * own sender: the address this account may always use (the MAIL stage);
    # * send-as address: the From the application puts on users' mail under
    #   "send as each user" (the From on screen, or --relay-as on the CLI);
    # * probe: the address the SEND_AS stage checks; the send-as address, unless
    #   that is the own sender (then another address of the domain is the only
    #   way to check "send as" rights at all).
    def _sender(self) -> str:
        """The account's own sender address (MAIL stage)."""
        from_address = self.profile.from_address.strip()
        if self.request.relay_as or self.profile.from_policy is not FromPolicy.SEND_AS_USER:
            return from_address  # CLI --relay-as: --from is the own address
        login = self.profile.username.strip()
        if self.profile.auth and login and check_address(login) is None:
            return login
        return from_address

    def _send_as(self) -> str:
        """The address the application sends as under "send as each user"."""
        if self.request.relay_as:
            return self.request.relay_as.strip()
        if self.profile.from_policy is FromPolicy.SEND_AS_USER:
            return self.profile.from_address.strip()
        return ""

    def _recipient(self) -> str:
        return (self.request.to_address or self.profile.from_address).strip()

    def _relay_as(self) -> str:
        """The address the SEND_AS stage checks ("" = no such stage)."""
        send_as = self._send_as()
        if not send_as or self.request.relay_as or send_as.lower() != self._sender().lower():
            return send_as
        # "Send as each user" and the From on screen is the account's own
        # address: probe with another (made-up) address of the same domain.
        return f"smtp-wizard-send-as-test@{address_domain(send_as)}"

    async def _mail(self, address: str, stage: Stage) -> None:
        assert self.client is not None
        self.open_envelope = None
        options = ["SMTPUTF8"] if self.utf8 else None
        encoding = "utf-8" if self.utf8 else "ascii"
        try:
            await self._timed(
                self.client.mail(_wire_address(address), options=options, encoding=encoding)
            )
        except aiosmtplib.SMTPSenderRefused as exc:
            raise _refused(stage, Stage.MAIL, exc.code, exc.message) from None
        self.open_envelope = (address, "")

    async def _rcpt(self, address: str, stage: Stage) -> None:
        assert self.client is not None
        try:
            await self._timed(
                self.client.rcpt(_wire_address(address), encoding="utf-8" if self.utf8 else "ascii")
            )
        except aiosmtplib.SMTPRecipientRefused as exc:
            raise _refused(stage, Stage.RCPT, exc.code, exc.message) from None
        if self.open_envelope is not None:
            self.open_envelope = (self.open_envelope[0], address)

    async def _rset(self) -> None:
        assert self.client is not None
        if self.open_envelope is not None:
            await self._timed(self.client.rset())
            self.open_envelope = None

    async def _open(self, sender: str, recipient: str, stage: Stage) -> None:
        """Make (sender, recipient) the open transaction: kept when it already
        is exactly that one, else RSET and MAIL + RCPT anew."""
        if self.open_envelope == (sender, recipient):
            return
        await self._rset()
        await self._mail(sender, stage)
        await self._rcpt(recipient, stage)

    async def _envelope(self) -> None:
        assert self.client is not None
        if self.client.supports_extension("pipelining"):
            await self._envelope_pipelined()
            return
        # One command at a time: the server did not offer RFC 2920 PIPELINING.
        sender, recipient, relay_as = self._sender(), self._recipient(), self._relay_as()
        self.checked_sender = sender
        self.start(Stage.MAIL, sender)
        self._require_smtputf8(sender, recipient, relay_as)
        await self._mail(sender, Stage.MAIL)
        self.finish()
        self.start(Stage.RCPT, recipient)
        await self._rcpt(recipient, Stage.RCPT)
        self.finish()
        if relay_as and relay_as.lower() != sender.lower():
            self.checked_sender = relay_as
            self.start(Stage.SEND_AS, relay_as)
            self._note_probe(relay_as)
            await self._open(relay_as, recipient, Stage.SEND_AS)
            self._note_send_as_unproven()
            self.finish(reply=relay_as)
        else:
            self.skip(Stage.SEND_AS, SKIP_SEND_AS_OWN if relay_as else SKIP_SEND_AS_POLICY)
        if self.request.send:
            await self._send_message(sender, recipient)
        else:
            self.skip(Stage.DATA, SKIP_NO_MESSAGE)

    def _note_probe(self, relay_as: str) -> None:
        if relay_as.lower() != self._send_as().lower():
            self.transcript.info(
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "The From address {address} is the account's own: checking "
                        "'send as' with another address of its domain, {probe}.",
                    ),
                    address=self._send_as(),
                    probe=relay_as,
                )
            )

    def _note_send_as_unproven(self) -> None:
        if not self.request.send:
            # Exchange (and Postfix with header_checks, seen in the system tier)
            # accept the envelope and refuse "send as" only after DATA.
            self.transcript.info(
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "The server accepts this sender for delivery (the envelope); some "
                        "servers (Exchange) refuse 'send as' only after the message: send "
                        "a test message to be sure.",
                    )
                )
            )

    def _message_envelope(self, sender: str) -> tuple[str, str]:
        """(From header, envelope sender) of the test message under the policy."""
        header_from, _reply_to = self._header_from(sender, self._send_as())
        envelope = header_from if self.profile.from_policy is FromPolicy.SEND_AS_USER else sender
        return header_from, envelope

    async def _envelope_pipelined(self) -> None:
        """Every envelope command in one flight (RFC 2920): MAIL and RCPT, the send-as
        probe's RSET, MAIL and RCPT, and with a message its own envelope when it
        differs, then DATA last (section 3.1: DATA ends a group). The replies come back
        in order; each stage is judged and timed on its own replies, exactly as one
        command at a time would judge it, and the first refusal ends the check."""
        assert self.client is not None and self.client.protocol is not None
        protocol = self.client.protocol
        assert isinstance(protocol, wire.TranscribingProtocol)
        sender, recipient, relay_as = self._sender(), self._recipient(), self._relay_as()
        probe = bool(relay_as) and relay_as.lower() != sender.lower()
        self.checked_sender = sender
        self.start(Stage.MAIL, sender)
        self._require_smtputf8(sender, recipient, relay_as)
        plan: list[tuple[str, str]] = [("MAIL", sender), ("RCPT", recipient)]
        envelope = (sender, recipient)
        if probe:
            plan += [("RSET", ""), ("MAIL", relay_as), ("RCPT", recipient)]
            envelope = (relay_as, recipient)
        header_from, message_sender = self._message_envelope(sender)
        own_envelope = self.request.send and (message_sender, recipient) != envelope
        if own_envelope:
            plan += [("RSET", ""), ("MAIL", message_sender), ("RCPT", recipient)]
        if self.request.send:
            plan.append(("DATA", ""))
        commands = [_command(verb, address, utf8=self.utf8) for verb, address in plan]
        # A dry check ends here: QUIT goes in the same flight (RFC 2920 3.1), unawaited.
        try:
            group: list[wire.TimedReply] = await asyncio.wait_for(
                protocol.execute_group(
                    commands, self.stage_timeout, then_quit=not self.request.send
                ),
                self.stage_timeout,
            )
        finally:
            self.quit_sent = protocol.quit_written
        replies = iter(group)
        # DATA got 354: the server now reads a message, whatever came before.
        data_open = self.request.send and group[-1][0].code == Reply.START_MAIL_INPUT

        def take(verb: str, address: str, stage: Stage) -> int:
            response, at = next(replies)
            ok = {
                "MAIL": (Reply.OK,),
                "RCPT": (Reply.OK, Reply.WILL_FORWARD),
                "RSET": (Reply.OK,),
                "DATA": (Reply.START_MAIL_INPUT,),
            }[verb]
            if response.code not in ok:
                kind = {"MAIL": Stage.MAIL, "RCPT": Stage.RCPT}.get(verb, stage)
                failure = _refused(stage, kind, response.code, response.message)
                if verb == "DATA":
                    failure.exit_code = STAGE_EXIT[Stage.DATA]  # refused after DATA, swaks 25
                raise failure
            return int(at)

        try:
            at = take("MAIL", sender, Stage.MAIL)
            self.finish(at=at)
            self.start(Stage.RCPT, recipient, at=at)
            at = take("RCPT", recipient, Stage.RCPT)
            self.finish(at=at)
            if probe:
                self.checked_sender = relay_as
                self.start(Stage.SEND_AS, relay_as, at=at)
                self._note_probe(relay_as)
                take("RSET", "", Stage.SEND_AS)
                take("MAIL", relay_as, Stage.SEND_AS)
                at = take("RCPT", recipient, Stage.SEND_AS)
                self._note_send_as_unproven()
                self.finish(reply=relay_as, at=at)
            else:
                self.skip(Stage.SEND_AS, SKIP_SEND_AS_OWN if relay_as else SKIP_SEND_AS_POLICY)
            if not self.request.send:
                self.skip(Stage.DATA, SKIP_NO_MESSAGE)
                return
            self.checked_sender = header_from
            self.start(Stage.DATA, header_from, at=at)
            if own_envelope:
                take("RSET", "", Stage.DATA)
                take("MAIL", message_sender, Stage.DATA)
                take("RCPT", recipient, Stage.DATA)
            take("DATA", "", Stage.DATA)
        except _Failure:
            if data_open:
                # 354 after a refused MAIL or RCPT (RFC 2920 3.1): end the empty message.
                with contextlib.suppress(Exception):
                    await self._timed(protocol.execute_group([b".\r\n"], body=True))
            raise
        message = await self.test_message()
        body = normalize_message_line_endings(message)
        body = PERIOD_REGEX.sub(b"..", body) + b".\r\n"
        # QUIT follows the message's end in its flight (RFC 2920 3.1), unawaited.
        try:
            sent: list[wire.TimedReply] = await asyncio.wait_for(
                protocol.execute_group([body], self.stage_timeout, body=True, then_quit=True),
                self.stage_timeout,
            )
        finally:
            self.quit_sent = protocol.quit_written
        response, at = sent[0]
        if response.code != Reply.OK:
            raise _Failure(
                classify_reply(Stage.DATA, response.code, response.message),
                _reply_text(response.code, response.message),
                26,
            )
        self.finish(reply=_reply_text(response.code, response.message), at=at)

    def _require_smtputf8(self, *addresses: str) -> None:
        """Use SMTPUTF8 when an address of the transaction (or of the test message's
        headers) has a non-ASCII local part; refuse clearly when the server does not
        offer it (RFC 6531 3.4: such an address must not be sent without it)."""
        assert self.client is not None
        wanted = [*addresses, self._send_as()]
        if self.request.send:
            wanted.append(self.request.on_behalf_of)
        utf8 = [a.strip() for a in wanted if a.strip() and needs_smtputf8(a)]
        if not utf8:
            return
        if not self.client.supports_extension("smtputf8"):
            raise _Failure(
                Code.SMTPUTF8_UNSUPPORTED,
                note(
                    QT_TRANSLATE_NOOP(
                        "Transcript",
                        "the server's list of features (EHLO) does not include SMTPUTF8 "
                        "(addresses with accents, RFC 6531), needed for the address "
                        "{address}; nothing was sent for it",
                    ),
                    address=utf8[0],
                ),
                STAGE_EXIT[Stage.MAIL],
            )
        self.utf8 = True

    async def _send_message(self, sender: str, recipient: str) -> None:
        """The test message as the application would send it under the policy."""
        assert self.client is not None
        send_as = self._send_as()
        header_from, _reply_to = self._header_from(sender, send_as)
        envelope = header_from if self.profile.from_policy is FromPolicy.SEND_AS_USER else sender
        self.checked_sender = header_from
        self.start(Stage.DATA, header_from)
        # One envelope for one message: reuse the open transaction when it is
        # exactly this one (the SEND_AS stage usually left it open).
        await self._open(envelope, recipient, Stage.DATA)
        message = await self.test_message()
        body_sent_before = self.observer.bytes_sent
        try:
            response = await self._timed(self.client.data(message))
        except aiosmtplib.SMTPDataError as exc:
            after_body = self.observer.bytes_sent > body_sent_before + len(b"DATA\r\n")
            raise _Failure(
                classify_reply(Stage.DATA, exc.code, exc.message),
                _reply_text(exc.code, exc.message),
                26 if after_body else 25,
            ) from None
        self.open_envelope = None
        self.finish(reply=_reply_text(response.code, response.message))  # type: ignore[attr-defined]

    def _header_from(self, sender: str, send_as: str) -> tuple[str, str]:
        """(From, Reply-To) as the application would set them under the policy."""
        user = send_as or self.request.on_behalf_of.strip() or sender
        policy = self.profile.from_policy
        if policy is FromPolicy.SEND_AS_USER:
            return user, ""
        if policy is FromPolicy.ALLOWED_DOMAINS:
            allowed = {d.lower().strip() for d in self.profile.allowed_domains}
            if address_domain(user) in allowed:
                return user, ""
        return sender, (user if user.lower() != sender.lower() else "")

    async def _quit(self) -> None:
        """QUIT, with no RSET first (RFC 5321 4.1.1.10: QUIT ends any open transaction)
        and without holding the verdict for the 221: :func:`_say_goodbye` reads it."""
        assert self.client is not None
        self.start(Stage.QUIT)
        if self.quit_sent:  # it went with the envelope's (or the message's) flight
            self.finish()
            return
        protocol = self.client.protocol
        try:
            if not isinstance(protocol, wire.TranscribingProtocol):
                raise aiosmtplib.SMTPServerDisconnected("Connection lost")
            protocol.send_quit()
            self.quit_sent = True
        except (aiosmtplib.SMTPException, OSError) as exc:
            self._note_quit(exc)
        self.finish()

    async def describe_certificate(self, failure: _Failure) -> None:
        """Name the certificate behind a failed verification (issue 13): fetch it over a
        second connection that stops right after the TLS handshake (no sign-in, nothing
        recorded as part of the check), write it into the transcript and the details, and
        tell a private CA that fails strict verification (CA_NOT_STRICT) from an unknown
        one."""
        der = await self._fetch_certificate()
        if not der:
            return
        info = certificate_info(der)
        self.transcript.info(
            note(
                QT_TRANSLATE_NOOP(
                    "Transcript",
                    "The certificate the server presented (fetched again over a second "
                    "connection that stopped after the TLS handshake; nothing was signed in):",
                )
            )
        )
        for line in info.certificate_lines():
            self.transcript.info(line)
        failure.params.update(info.params())
        failure.params["tls_reason"] = failure.detail  # OpenSSL's words, without the certificate
        if info.subject == info.issuer:
            failure.params["self_signed"] = "yes"
        ca_file = self.profile.ca_file.strip()
        if (
            failure.code == Code.CERT_UNTRUSTED
            and ca_file
            and failure.verify_code in CA_DEFECT_CODES
        ):
            # The CA file was selected and used: its CA's own defects failed the check.
            defects = ca_defects(ca_file, der)
            failure.code = Code.CA_NOT_STRICT
            failure.params["defects"] = (
                "; ".join(i18n.localize("Diagnosis", DEFECTS[d]) for d in defects) or failure.detail
            )
            failure.params["defect_keys"] = ",".join(defects)
        failure.detail = (
            f"{failure.detail}; {info.one_line()}" if failure.detail else info.one_line()
        )

    async def _fetch_certificate(self) -> bytes:
        """The server's leaf certificate (DER), unverified; b"" when it cannot be had."""
        if self.peer is None:
            return b""
        host, port = self.peer
        token = wire.bind(None)  # not part of the check's transcript
        client: aiosmtplib.SMTP | None = None
        transport: Any
        try:
            async with asyncio.timeout(min(2 * TLS_PROBE_TIMEOUT, self.stage_timeout)):
                if self.profile.security is Security.SSL:
                    transport, _ = await asyncio.get_running_loop().create_connection(
                        asyncio.Protocol,
                        host,
                        port,
                        ssl=pinned_context(),
                        server_hostname=self.host,
                    )
                else:
                    client = aiosmtplib.SMTP(
                        hostname=host,
                        port=port,
                        start_tls=False,
                        timeout=self.stage_timeout,
                        local_hostname=self.local_name or None,
                    )
                    await client.connect()
                    await client.starttls(server_hostname=self.host, tls_context=pinned_context())
                    transport = client.transport
                ssl_object = transport.get_extra_info("ssl_object")
                der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
                if client is None:
                    transport.abort()
                return der or b""
        except (OSError, TimeoutError, ssl.SSLError, aiosmtplib.SMTPException):
            return b""
        finally:
            if client is not None:
                client.close()
            wire.unbind(token)

    def _note_quit(self, exc: BaseException) -> None:
        # The checks passed; a server that hangs up rudely is worth a note only.
        self.transcript.info(
            note(QT_TRANSLATE_NOOP("Transcript", "QUIT not answered cleanly: {error}"), error=exc)
        )

    async def say_goodbye(self) -> None:
        """Read the QUIT reply (for the transcript), then close; never raises."""
        client = self.client
        try:
            if client is not None and client.protocol is not None:
                await client.protocol.read_response(timeout=min(QUIT_GRACE, self.stage_timeout))
        except (aiosmtplib.SMTPException, TimeoutError, OSError) as exc:
            if not isinstance(exc, aiosmtplib.SMTPServerDisconnected):
                self._note_quit(exc)
        finally:
            self.abort()

    async def close_after_failure(self) -> None:
        """Say goodbye if the conversation is still in a sane state, then close."""
        client = self.client
        if self.quit_sent:
            # QUIT already went with the pipelined group: read its 221, then close.
            await self.say_goodbye()
            return
        if (
            client is not None
            and client.is_connected
            and self.stage
            not in (
                Stage.TLS,
                Stage.GREETING,
                Stage.STARTTLS,
            )
        ):
            with contextlib.suppress(Exception):
                async with asyncio.timeout(min(2.0, self.stage_timeout)):
                    await client.quit()
        self.abort()

    def abort(self) -> None:
        if self.client is not None:
            self.client.close()
        if self._handed_sock is not None:
            # Cancelled before the client's connect ever ran: the socket is still ours.
            self._handed_sock.close()
            self._handed_sock = None
        if self.sock is not None:
            self.sock.close()
            self.sock = None


def _tls_failure(exc: ssl.SSLError, stage: Stage) -> _Failure:
    detail = getattr(exc, "verify_message", "") or exc.reason or str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        if code == X509_V_ERR_CERT_HAS_EXPIRED:
            failure = _Failure(Code.CERT_EXPIRED, detail)
        elif code in (X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH) or (
            "mismatch" in detail.lower()
        ):
            failure = _Failure(Code.CERT_HOSTNAME_MISMATCH, detail)
        else:
            failure = _Failure(Code.CERT_UNTRUSTED, detail)
        failure.verify_code = code
        return failure
    text = str(exc).upper()
    if stage is Stage.TLS and (
        "WRONG_VERSION_NUMBER" in text or "RECORD_LAYER" in text or "PACKET_LENGTH_TOO_LONG" in text
    ):
        return _Failure(Code.PORT_NOT_TLS, detail)
    if "UNSUPPORTED_PROTOCOL" in text or "PROTOCOL_VERSION" in text or "NO_PROTOCOLS" in text:
        return _Failure(Code.TLS_VERSION_TOO_OLD, detail)
    return _Failure(Code.STARTTLS_FAILED if stage is Stage.STARTTLS else Code.TLS_FAILED, detail)


def _refused(stage: Stage, kind: Stage, code: int, message: str) -> _Failure:
    """A refused MAIL (``kind`` MAIL) or RCPT (``kind`` RCPT) while checking ``stage``."""
    return _Failure(
        classify_reply(stage, code, message), _reply_text(code, message), STAGE_EXIT[kind]
    )


def _command(verb: str, address: str, *, utf8: bool = False) -> bytes:
    """One envelope command of a pipelined group, as aiosmtplib would write it; with
    ``utf8`` the addresses go as UTF-8 and MAIL carries SMTPUTF8 (RFC 6531 3.4)."""
    encoding = "utf-8" if utf8 else "ascii"
    if verb == "MAIL":
        option = b" SMTPUTF8" if utf8 else b""
        quoted = quote_address(_wire_address(address)).encode(encoding)
        return b"MAIL FROM:" + quoted + option + b"\r\n"
    if verb == "RCPT":
        return b"RCPT TO:" + quote_address(_wire_address(address)).encode(encoding) + b"\r\n"
    return verb.encode("ascii") + b"\r\n"


def _wire_address(address: str) -> str:
    """The address as sent in MAIL/RCPT: the domain as A-labels (IDN)."""
    local, _, domain = address.strip().rpartition("@")
    return f"{local}@{to_ascii_host(domain)}" if local else address.strip()


def _message(
    profile: Profile,
    header_from: str,
    reply_to: str,
    to: str,
    subject: str,
    body: str,
    *,
    utf8: bool = False,
) -> bytes:
    from email.headerregistry import Address
    from email.message import EmailMessage

    msg = EmailMessage()
    if utf8:
        # formataddr insists on an ASCII address; Address built from its parts keeps
        # a UTF-8 local part (parsing an addr_spec would flag it as a defect).
        local, _, domain = _wire_address(header_from).rpartition("@")
        msg["From"] = Address(display_name=profile.display_name, username=local, domain=domain)
    else:
        msg["From"] = email.utils.formataddr((profile.display_name, _wire_address(header_from)))
    msg["To"] = _wire_address(to)
    if reply_to:
        msg["Reply-To"] = _wire_address(reply_to)
    msg["Subject"] = subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=address_domain(_wire_address(header_from)))
    msg["X-Mailer"] = "SMTP Setup Wizard"
    msg.set_content(body or "")
    # RFC 6532: with SMTPUTF8 the headers carry UTF-8 as is (an address cannot be
    # an encoded-word).
    return msg.as_bytes(policy=email.policy.SMTPUTF8) if utf8 else msg.as_bytes()


def validate_request(request: CheckRequest) -> list[tuple[str, str]]:
    """(field, code) for every problem; checked before anything touches a socket."""
    errors = [(e.field, e.code) for e in validate_profile(request.profile)]
    for name, value in (("to", request.to_address), ("relay_as", request.relay_as)):
        if value:
            code = check_address(value)
            if code:
                errors.append((name, code))
    # Header values of the test message: a CR or LF would end the header and start
    # another (RFC 5322 2.2); refused here, before MAIL/RCPT, not by the email
    # library after the envelope was sent. The From name is the profile's
    # display_name (validate_profile); Reply-To is on_behalf_of.
    if has_control_chars(request.subject):
        errors.append(("subject", "control_chars"))
    if request.on_behalf_of.strip():
        code = check_address(request.on_behalf_of)
        if code:
            errors.append(("on_behalf_of", code))
    if has_control_chars(request.password):
        errors.append(("password", "control_chars"))
    return errors


async def run_check(request: CheckRequest, on_event: EventSink | None = None) -> CheckResult:
    """Run every stage against the server; never raises for server or input
    problems (they become a diagnosis). Cancellation propagates after the
    connection has been closed."""
    emit: EventSink = on_event or (lambda _e: None)
    run = _Run(request, emit)
    profile = request.profile
    failure: _Failure | None = None

    errors = validate_request(request)
    if errors:
        field_name, code = errors[0]
        run.start(Stage.INPUT)
        run.transcript.error(
            note(
                QT_TRANSLATE_NOOP(
                    "Transcript", "invalid setting: {field} ({error}); nothing was sent"
                ),
                field=field_name,
                error=code,
            )
        )
        run.finish(StepStatus.FAILED, f"{field_name}: {code}")
        failure = _Failure(Code.INVALID_INPUT, f"{field_name}: {code}")
        return _conclude(run, failure, {"field": field_name, "error": code})

    deadline = request.deadline or profile.timeout * 4
    token = wire.bind(run.observer)
    try:
        try:
            async with asyncio.timeout(deadline):
                await run.execute()
        except _Failure as exc:
            failure = exc
            if failure.code in CERT_CODES:
                await run.describe_certificate(failure)
        except TimeoutError:
            failure = _Failure(
                Code.TIMEOUT,
                note(
                    QT_TRANSLATE_NOOP("Transcript", "stopped after {seconds} s"),
                    seconds=f"{deadline:g}",
                ),
            )
        except aiosmtplib.SMTPServerDisconnected as exc:
            failure = _Failure(Code.CONNECTION_LOST, str(exc))
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code < 0:
                failure = _Failure(Code.PROTOCOL_ERROR, exc.message)
            else:
                failure = _Failure(
                    classify_reply(run.stage, exc.code, exc.message),
                    _reply_text(exc.code, exc.message),
                )
        except (aiosmtplib.SMTPException, OSError) as exc:
            failure = _Failure(Code.CONNECTION_LOST, str(exc))
        except EndpointError as exc:
            failure = _Failure(Code.INVALID_INPUT, exc.code)
        except asyncio.CancelledError:
            run.transcript.error(note(QT_TRANSLATE_NOOP("Transcript", "Check cancelled")))
            run.finish(StepStatus.FAILED, "cancelled")
            run.abort()
            raise
        if failure is not None:
            if run.stage is Stage.AUTH:
                # The server's words in reply to AUTH, masked as its transcript line is,
                # before they become the error line, the step reply and the details.
                failure.detail = run.transcript.redactor.auth_reply(failure.detail)
            last = run.transcript.lines[-1].text if run.transcript.lines else ""
            if (failure.detail or failure.code) != last:
                run.transcript.error(failure.detail or failure.code)
            run.finish(StepStatus.FAILED, failure.detail)
            await run.close_after_failure()
    finally:
        client = run.client
        if failure is None and run.quit_sent and client is not None and client.is_connected:
            goodbye = asyncio.ensure_future(run.say_goodbye())
            _goodbyes.add(goodbye)
            goodbye.add_done_callback(_goodbyes.discard)
        else:
            run.abort()
        wire.unbind(token)
    return _conclude(run, failure, {"seconds": f"{deadline:g}"})


def _conclude(run: _Run, failure: _Failure | None, extra: dict[str, str]) -> CheckResult:
    diagnosis = None
    exit_code = EXIT_OK
    if failure is not None:
        profile = run.profile
        params = {
            "host": profile.host,
            "port": str(run.port),
            "sender": profile.from_address,
            "recipient": run.request.to_address or profile.from_address,
            **failure.params,
            **extra,
        }
        if run.checked_sender and run.stage in (Stage.MAIL, Stage.RCPT, Stage.SEND_AS, Stage.DATA):
            # The address the refused stage put to the server (ceo@ refused "send as",
            # not the login's own address nor the profile's default).
            params["sender"] = run.checked_sender
        diagnosis = Diagnosis(
            code=failure.code,
            stage=run.stage,
            detail=run.transcript.redactor.scrub(failure.detail),
            fixes=fixes_for(
                failure.code,
                port=run.port,
                security=profile.security.value,
                auth=profile.auth,
                encrypted=run.encrypted,
                username=profile.username if profile.auth else "",
                from_address=profile.from_address,
                host=profile.host,
                field=extra.get("field", ""),
                mechanism=profile.mechanism.value,
                cert_sha256=failure.params.get("cert_sha256", ""),
                self_signed=failure.params.get("self_signed") == "yes",
            ),
            params=params,
        )
        exit_code = failure.exit_code if failure.exit_code is not None else STAGE_EXIT[run.stage]
        if failure.code == Code.INVALID_INPUT:
            exit_code = EXIT_INPUT
        run.emit(DiagnosisMade(diagnosis))
    return CheckResult(
        ok=failure is None,
        exit_code=exit_code,
        diagnosis=diagnosis,
        steps=run.steps,
        transcript=run.transcript.lines,
        greeting=run.greeting,
        extensions=run.extensions,
        tls=run.tls,
        auth_offered=list(run.auth_offered),
        auth_used=run.auth_used,
        warnings=list(run.warnings),
    )
