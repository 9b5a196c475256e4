"""One shared set of real loopback servers for the tests.

* ``SmtpServer``: aiosmtpd in the test's own event loop (plain, STARTTLS or
  implicit TLS with a trustme CA; AUTH; scripted refusals at MAIL/RCPT/DATA).
* ``ScriptedServer``: a raw asyncio TCP server for hostile or faulty
  behaviour aiosmtpd cannot produce (silence, trickling, garbage, 421, ...).
Everything listens on 127.0.0.1 with a port the OS picks.
"""

from __future__ import annotations

import asyncio
import datetime
import email
import email.policy
import email.utils
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import trustme
from aiosmtpd.smtp import SMTP as AiosmtpdSMTP
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"
USER = "alice@example.test"
# Every character that breaks naive quoting, URL encoding or shell handling.
PASSWORD = "s3cr€t p@ss:/#%$'\"\\wörd"


@dataclass
class Certs:
    ca: trustme.CA
    ca_file: str
    good: trustme.LeafCert  # localhost, 127.0.0.1 and the test zones' names
    wrong_name: trustme.LeafCert  # only other.example
    expired: trustme.LeafCert
    untrusted: trustme.LeafCert  # signed by a CA the client never sees

    def server_context(self, which: str = "good") -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        getattr(self, which).configure_cert(context)
        return context


# Domains the DNS test zones use; the good certificate is valid for each and its
# subdomains, so discovery probes verify certificates exactly as in real life.
TEST_DOMAINS = ("example.test", "corp.test", "far.test", "lost.test", "mxonly.test")
ZONE_NAMES = tuple(name for d in TEST_DOMAINS for name in (d, f"*.{d}"))


def make_certs(folder: Path) -> Certs:
    ca = trustme.CA()
    other_ca = trustme.CA()
    ca_file = folder / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    return Certs(
        ca=ca,
        ca_file=str(ca_file),
        good=ca.issue_cert("localhost", "127.0.0.1", *ZONE_NAMES),
        wrong_name=ca.issue_cert("other.example"),
        expired=ca.issue_cert(
            "localhost", "127.0.0.1", not_before=past, not_after=past + datetime.timedelta(days=30)
        ),
        untrusted=other_ca.issue_cert("localhost", "127.0.0.1"),
    )


Reply = str | None  # None: accept


@dataclass
class Behaviour:
    mail_reply: Reply = None
    rcpt_reply: Reply = None
    data_reply: Reply = None
    auth_reply: str | None = None  # e.g. "534 5.7.9 ..."; None: check the password
    # Refuse MAIL FROM any address other than these (like Postfix sender_login_maps).
    own_addresses: tuple[str, ...] = ()
    auth_required: bool = False
    # Refuse a message whose From header is one of these, after DATA, as Exchange
    # (and Postfix with header_checks) refuse "send as": 550 5.7.60 SendAsDenied.
    refuse_from_header: tuple[str, ...] = ()
    # Advertise RFC 2920 PIPELINING, as Postfix and Exchange do (aiosmtpd does not by
    # default; it still answers pipelined commands in order, reading line by line).
    pipelining: bool = False


@dataclass
class Recorder:
    auth_attempts: int = 0
    messages: list[bytes] = field(default_factory=list)
    # The envelope commands in order, as "MAIL FROM:<a>", "RCPT TO:<b>", "RSET", "DATA".
    commands: list[str] = field(default_factory=list)
    raw: bytearray = field(default_factory=bytearray)


class _Handler:
    def __init__(self, behaviour: Behaviour, recorder: Recorder, user: str = USER) -> None:
        self.b = behaviour
        self.r = recorder
        self.user = user

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.r.commands.append(f"MAIL FROM:<{address}>")
        if self.b.mail_reply:
            return self.b.mail_reply
        if self.b.own_addresses and address.lower() not in self.b.own_addresses:
            return f"553 5.7.1 <{address}>: Sender address rejected: not owned by user {self.user}"
        envelope.mail_from = address
        return "250 2.1.0 OK"

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.b.pipelining:
            responses.insert(len(responses) - 1, "250-PIPELINING")
        return responses

    async def handle_RSET(self, server, session, envelope):
        self.r.commands.append("RSET")
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        self.r.commands.append(f"RCPT TO:<{address}>")
        if self.b.rcpt_reply:
            return self.b.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        self.r.commands.append("DATA")
        if self.b.data_reply:
            return self.b.data_reply
        if self.b.refuse_from_header:
            message = email.message_from_bytes(
                envelope.original_content or b"", policy=email.policy.compat32
            )
            _name, header_from = email.utils.parseaddr(message.get("From", ""))
            if header_from.lower() in {a.lower() for a in self.b.refuse_from_header}:
                return f"550 5.7.60 SendAsDenied; {self.user} not allowed to send as {header_from}"
        self.r.messages.append(envelope.original_content or b"")
        return "250 2.0.0 Ok: queued as TEST1"


class _RecordingSMTP(AiosmtpdSMTP):
    """aiosmtpd that also keeps every byte received (to prove what was sent)."""

    recorder: Recorder

    def data_received(self, data: bytes) -> None:
        self.recorder.raw.extend(data)
        super().data_received(data)


class SmtpServer:
    def __init__(
        self,
        certs: Certs | None,
        *,
        tls: str = "starttls",
        cert: str = "good",
        behaviour: Behaviour | None = None,
        password: str = PASSWORD,
        advertise_starttls: bool = True,
        user: str = USER,  # the login AUTH accepts (with ``password``)
        smtputf8: bool = False,  # advertise SMTPUTF8 (RFC 6531) and accept UTF-8 addresses
        without_auth: tuple[str, ...] = (),  # AUTH mechanisms not offered, e.g. ("PLAIN",)
    ) -> None:
        self.smtputf8 = smtputf8
        self.without_auth = without_auth
        self.certs = certs
        self.user = user
        self.tls = tls
        self.cert = cert
        self.behaviour = behaviour or Behaviour()
        self.password = password
        self.advertise_starttls = advertise_starttls
        self.recorder = Recorder()
        self.port = 0
        self._server: asyncio.base_events.Server | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        self.recorder.auth_attempts += 1
        if self.behaviour.auth_reply:
            return AuthResult(success=False, handled=False, message=self.behaviour.auth_reply)
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)

    def _protocol(self) -> AiosmtpdSMTP:
        starttls_ctx = None
        if self.tls == "starttls" and self.advertise_starttls:
            starttls_ctx = self.certs.server_context(self.cert)
        proto = _RecordingSMTP(
            _Handler(self.behaviour, self.recorder, self.user),
            hostname="mx.example.test",
            ident="Test ESMTP",
            tls_context=starttls_ctx,
            authenticator=self._authenticate,
            auth_require_tls=self.tls == "starttls" and self.advertise_starttls,
            auth_required=self.behaviour.auth_required,
            enable_SMTPUTF8=self.smtputf8,
            auth_exclude_mechanism=list(self.without_auth),
        )
        proto.recorder = self.recorder
        return proto

    async def __aenter__(self) -> SmtpServer:
        loop = asyncio.get_running_loop()
        ssl_ctx = self.certs.server_context(self.cert) if self.tls == "implicit" else None
        self._server = await loop.create_server(self._protocol, HOST, 0, ssl=ssl_ctx)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()


ConnectionScript = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class ScriptedServer:
    """A raw TCP server running ``script`` for each connection."""

    def __init__(self, script: ConnectionScript, ssl_context: ssl.SSLContext | None = None):
        self.script = script
        self.ssl_context = ssl_context
        self.received = bytearray()
        self.port = 0
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.writers: list[asyncio.StreamWriter] = []

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writers.append(writer)
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self.script(_RecordingReader(reader, self.received), writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        except asyncio.CancelledError:
            # Shutting down: end quietly (a cancelled handler makes asyncio log an error).
            pass
        finally:
            self._tasks.discard(task)
            writer.close()

    async def __aenter__(self) -> ScriptedServer:
        self._server = await asyncio.start_server(self._handle, HOST, 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in self.writers:
            writer.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()


class _RecordingReader:
    def __init__(self, reader: asyncio.StreamReader, sink: bytearray) -> None:
        self._reader = reader
        self._sink = sink

    async def readline(self) -> bytes:
        line = await self._reader.readline()
        self._sink.extend(line)
        return line

    async def read(self, n: int = -1) -> bytes:
        data = await self._reader.read(n)
        self._sink.extend(data)
        return data


async def reply_until_quit(reader, writer, replies: dict[str, str], greeting: str = "220 ok"):
    """Answer commands from a table keyed by verb; 250 for anything else."""
    writer.write(greeting.encode() + b"\r\n")
    while True:
        line = await reader.readline()
        if not line:
            return
        verb = line.split(b" ", 1)[0].strip().upper().decode(errors="replace")
        reply = replies.get(verb, "250 ok")
        writer.write(reply.encode() + b"\r\n")
        await writer.drain()
        if verb == "QUIT" or reply.startswith("421"):
            return
