"""Find outgoing-mail settings from an email address.

Sources, all started at once (``discover``):

1. **Presets** by the address's domain: answered from data, no network, and
   final (a known provider is the best answer there is).
2. **DNS SRV** (RFC 6186): ``_submissions._tcp.D`` (implicit TLS, RFC 8314)
   and ``_submission._tcp.D``. A target outside D is *untrusted*: anyone who can
   spoof DNS could point mail at their server, so the user must confirm it.
3. **MX** of D mapped to a provider preset (``*.google.com`` → Google).
4. **Guessing** ``smtp.D``, ``mail.D`` and ``D`` on 465, 587, 25 and 2525.

Every endpoint from SRV and guessing is *probed*: connect, greeting, EHLO,
the TLS handshake (implicit or STARTTLS), QUIT, with a short timeout. Probes
start staggered (like Happy Eyeballs, RFC 8305) so the likeliest candidates go
first without a slow one holding up the rest. The best-ranked success wins:
trusted before untrusted, then implicit TLS > STARTTLS > plain, then the
source's order. When a lower-ranked success is in, better-ranked probes still
running get a short grace period, then everything left is cancelled.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiosmtplib
from aiosmtplib.response import SMTPResponse
from aiosmtplib.typing import SMTPStatus

from .dnsquery import DnsClient, DnsMissing, DnsUnavailable
from .endpoint import EndpointError, ehlo_name, to_ascii_host
from .model import Security
from .providers import Provider, for_domain, for_mx
from .sources import SOURCE_LABELS as SOURCE_LABELS  # re-exported: see sources.py
from .sources import Source as Source
from .sources import SourceState as SourceState
from .sources import SourceUpdate as SourceUpdate
from .tls import client_context

_SOURCE_ORDER = {Source.PRESET: 0, Source.SRV: 1, Source.MX: 2, Source.GUESS: 3}
_SECURITY_RANK = {Security.SSL: 0, Security.STARTTLS: 1, Security.NONE: 2}

# What guessing tries, and the security each port is probed with. Port 25 and
# 2525 are probed for STARTTLS and fall back to "plain" only when it is not offered.
DEFAULT_GUESS_PORTS: tuple[tuple[int, Security], ...] = (
    (465, Security.SSL),
    (587, Security.STARTTLS),
    (25, Security.STARTTLS),
    (2525, Security.STARTTLS),
)


@dataclass(frozen=True)
class Candidate:
    host: str
    port: int
    security: Security
    source: Source
    trusted: bool
    provider_id: str = ""
    username: str = ""  # when the source knows it (presets)
    note: str = ""  # e.g. the SRV record or the MX host that led here

    def rank(self) -> tuple[int, int, int]:
        return (0 if self.trusted else 1, _SECURITY_RANK[self.security], _SOURCE_ORDER[self.source])

    def to_dict(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security.value,
            "source": self.source.value,
            "trusted": self.trusted,
            "provider": self.provider_id or None,
            "username": self.username or None,
            "note": self.note,
        }


@dataclass
class ProbeResult:
    candidate: Candidate
    ok: bool
    ms: int
    detail: str = ""  # greeting on success, the reason on failure
    at_ms: int = 0  # when the probe ended, since discovery started


@dataclass
class DiscoveryResult:
    address: str
    best: Candidate | None
    candidates: list[Candidate] = field(default_factory=list)  # every success, best first
    probes: list[ProbeResult] = field(default_factory=list)
    sources: dict[Source, SourceState] = field(default_factory=dict)
    elapsed_ms: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "address": self.address,
            "found": self.best is not None,
            "best": self.best.to_dict() if self.best else None,
            "candidates": [c.to_dict() for c in self.candidates],
            "sources": {s.value: state.value for s, state in self.sources.items()},
            "probes": [
                {
                    "host": p.candidate.host,
                    "port": p.candidate.port,
                    "security": p.candidate.security.value,
                    "ok": p.ok,
                    "ms": p.ms,
                    "detail": p.detail,
                    "at_ms": p.at_ms,
                }
                for p in self.probes
            ],
            "elapsed_ms": self.elapsed_ms,
        }


@dataclass
class DiscoveryOptions:
    probe_timeout: float = 4.0
    stagger: float = 0.15  # seconds between probe starts
    grace: float = 1.0  # wait for better-ranked probes after a success
    guess_ports: tuple[tuple[int, Security], ...] = DEFAULT_GUESS_PORTS
    ca_file: str = ""  # extra CA to trust during probes (tests; private CAs)


EventSink = Callable[[SourceUpdate], None]


class _ProbeFailed(Exception):
    pass


# What a probe may raise for an endpoint that is not a usable SMTP server: the probe
# records it as failed. Anything else is a bug (tests/test_fuzz_parsers.py holds it).
PROBE_FAILURES: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable (aiosmtplib's disconnects are ConnectionError)
    TimeoutError,
    ssl.SSLError,
    ValueError,
    _ProbeFailed,
    aiosmtplib.SMTPException,
)


def _ehlo_name(sock: socket.socket) -> str:
    """Our address literal, as the check engine sends it."""
    return ehlo_name(str(sock.getsockname()[0]))


async def _open_socket(address: str, port: int) -> socket.socket:
    """A connected non-blocking socket, as the check engine hands one to aiosmtplib."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setblocking(False)
    try:
        await asyncio.get_running_loop().sock_connect(sock, (address, port))
    except BaseException:  # cancelled (timeout) or refused: never leak the socket
        sock.close()
        raise
    return sock


async def _expect(step: Awaitable[SMTPResponse], what: str) -> SMTPResponse:
    """``step``'s reply; a refusal becomes "``what`` CODE", as the probe results show it."""
    try:
        return await step
    except aiosmtplib.SMTPResponseException as exc:
        if exc.code == SMTPStatus.invalid_response:  # not SMTP at all: say what came
            raise _ProbeFailed(exc.message) from None
        raise _ProbeFailed(f"{what} {exc.code}") from None


async def probe(
    candidate: Candidate, dns: DnsClient, context: ssl.SSLContext
) -> tuple[Security, str]:
    """Connect, read the greeting, EHLO, secure the connection, QUIT.

    Returns the security that worked and the greeting. The host is resolved
    through ``dns`` (so ``--nameserver`` applies to probes too) and the
    certificate is verified against the host name, never skipped. The SMTP
    client is aiosmtplib, as in the check engine: one reply parser (reply codes
    are ASCII digits: aiosmtplib reads them from bytes), one STARTTLS path.
    Timeouts and cancellation come from the caller (``asyncio.wait_for``).
    """
    host = candidate.host
    try:
        addresses = await dns.all_addresses(host)
    except (DnsMissing, DnsUnavailable) as exc:
        raise _ProbeFailed(str(exc)) from None
    sock = await _open_socket(addresses[0], candidate.port)
    implicit = candidate.security is Security.SSL
    client = aiosmtplib.SMTP(
        hostname=host,  # the name the certificate is checked against (and SNI)
        use_tls=implicit,
        start_tls=False,  # STARTTLS only when offered, below; never a silent fallback
        tls_context=context if implicit else None,
        local_hostname=_ehlo_name(sock),
    )
    try:
        try:
            greeting = await client.connect(sock=sock)
        except aiosmtplib.SMTPConnectResponseError as exc:
            raise _ProbeFailed(f"greeting {exc.code}") from None
        except aiosmtplib.SMTPConnectError as exc:
            cause = exc.__cause__
            if isinstance(cause, aiosmtplib.SMTPResponseException):
                raise _ProbeFailed(cause.message) from None  # e.g. not SMTP
            if isinstance(cause, ssl.SSLError):
                raise cause from None  # the handshake's own words
            raise
        await _expect(client.ehlo(), "EHLO")
        security = candidate.security
        if not implicit:
            if client.supports_extension("starttls"):
                await _expect(
                    client.starttls(server_hostname=host, tls_context=context), "STARTTLS"
                )
                await _expect(client.ehlo(), "EHLO after STARTTLS")  # RFC 3207 4.2
                security = Security.STARTTLS
            else:
                security = Security.NONE
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.quit(), 0.5)
        return security, greeting.message.split("\n", 1)[0]
    finally:
        client.close()
        sock.close()  # already closed with the transport, unless connect never got that far


def _in_domain(target: str, domain: str) -> bool:
    target, domain = target.lower().rstrip("."), domain.lower().rstrip(".")
    return target == domain or target.endswith("." + domain)


def _from_provider(provider: Provider, address: str, source: Source, note: str) -> Candidate:
    return Candidate(
        host=provider.host_for(address),
        port=provider.port,
        security=provider.security,
        source=source,
        trusted=True,
        provider_id=provider.id,
        username=provider.username_for(address),
        note=note,
    )


class _Discovery:
    def __init__(
        self, address: str, dns: DnsClient, options: DiscoveryOptions, emit: EventSink
    ) -> None:
        self.address = address
        domain = address.rpartition("@")[2]
        try:
            self.domain = to_ascii_host(domain).lower()  # IDN domains are looked up as A-labels
        except EndpointError:
            self.domain = domain.strip().lower().rstrip(".")
        self.dns = dns
        self.options = options
        self.emit = emit
        self.context = client_context(options.ca_file)
        self.result = DiscoveryResult(address, None)
        self.successes: list[Candidate] = []
        self.pending: dict[asyncio.Task[None], Candidate] = {}
        self.changed = asyncio.Event()
        self.start = time.monotonic()
        self.next_slot = self.start
        self.seen: set[tuple[str, int]] = set()
        self.source_tasks: list[asyncio.Task[None]] = []

    def _state(self, source: Source, state: SourceState, detail: str = "") -> None:
        self.result.sources[source] = state
        self.emit(SourceUpdate(source, state, detail))
        self.changed.set()

    def _now_ms(self) -> int:
        return int((time.monotonic() - self.start) * 1000)

    def _succeed(self, candidate: Candidate) -> None:
        self.successes.append(candidate)
        self.changed.set()

    def _schedule_probe(self, candidate: Candidate, *, at_once: bool = False) -> None:
        """Queue a probe in the next stagger slot, or start it now (``at_once``)."""
        key = (candidate.host, candidate.port)
        if key in self.seen:
            return
        self.seen.add(key)
        now = time.monotonic()
        if at_once:
            delay = 0.0
        else:
            self.next_slot = max(self.next_slot, now)
            delay = self.next_slot - now
            self.next_slot += self.options.stagger
        task = asyncio.ensure_future(self._probe(candidate, delay))
        self.pending[task] = candidate
        task.add_done_callback(self._probe_done)

    def _probe_done(self, task: asyncio.Task[None]) -> None:
        self.pending.pop(task, None)
        self.changed.set()

    async def _probe(self, candidate: Candidate, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        started = time.monotonic()
        try:
            security, greeting = await asyncio.wait_for(
                probe(candidate, self.dns, self.context), self.options.probe_timeout
            )
        except asyncio.CancelledError:
            raise
        except PROBE_FAILURES as exc:
            detail = str(exc) or exc.__class__.__name__
            ms = int((time.monotonic() - started) * 1000)
            self.result.probes.append(ProbeResult(candidate, False, ms, detail, self._now_ms()))
            return
        ms = int((time.monotonic() - started) * 1000)
        found = dataclasses.replace(candidate, security=security)
        self.result.probes.append(ProbeResult(found, True, ms, greeting, self._now_ms()))
        self._succeed(found)

    async def _srv(self) -> None:
        found_any = False
        unavailable = False
        services = (
            ("_submissions._tcp", Security.SSL),  # RFC 8314 implicit TLS
            ("_submission._tcp", Security.STARTTLS),  # RFC 6186
        )
        answers = await asyncio.gather(
            *(self.dns.srv(f"{name}.{self.domain}") for name, _ in services),
            return_exceptions=True,
        )
        for (name, security), answer in zip(services, answers, strict=True):
            if isinstance(answer, DnsUnavailable):
                unavailable = True
                continue
            if isinstance(answer, BaseException):
                continue
            for record in answer:
                if not record.target or record.port == 0:
                    continue  # "." target: the service is not offered (RFC 6186 3.4)
                found_any = True
                # The domain's own answer goes first: the guesses were queued a few
                # milliseconds earlier, and behind their 12 slots an SRV target was
                # probed only after ~1.8 s (seen against dnsmasq in the system tier).
                self._schedule_probe(
                    Candidate(
                        record.target,
                        record.port,
                        security,
                        Source.SRV,
                        trusted=_in_domain(record.target, self.domain),
                        note=f"{name}.{self.domain} → {record.target}:{record.port}",
                    ),
                    at_once=True,
                )
        if found_any:
            self._state(Source.SRV, SourceState.FOUND)
        elif unavailable:
            self._state(Source.SRV, SourceState.UNAVAILABLE)
        else:
            self._state(Source.SRV, SourceState.NOTHING)

    async def _mx(self) -> None:
        try:
            records = await self.dns.mx(self.domain)
        except DnsUnavailable as exc:
            self._state(Source.MX, SourceState.UNAVAILABLE, str(exc))
            return
        except DnsMissing:
            self._state(Source.MX, SourceState.NOTHING)
            return
        hosts = [r.host for r in records if r.host]
        provider = for_mx(hosts)
        if provider is None:
            self._state(Source.MX, SourceState.NOTHING, ", ".join(hosts))
            return
        mx_host = next(h for h in hosts if provider.matches_mx(h))
        self._succeed(_from_provider(provider, self.address, Source.MX, f"MX {mx_host}"))
        self._state(Source.MX, SourceState.FOUND, provider.name)

    async def _guess(self) -> None:
        hosts = [f"smtp.{self.domain}", f"mail.{self.domain}", self.domain]
        # Port-major order: the best-ranked port on every host goes first.
        for port, security in self.options.guess_ports:
            for host in hosts:
                self._schedule_probe(Candidate(host, port, security, Source.GUESS, trusted=True))
        self._state(Source.GUESS, SourceState.RUNNING)

    def _best_possible(self) -> tuple[int, int, int]:
        """The best rank any still-running work could still produce."""
        ranks = [c.rank() for c in self.pending.values()]
        if any(not t.done() for t in self.source_tasks):
            ranks.append((0, 0, 1))  # a source may still add an SRV candidate for port 465
        return min(ranks) if ranks else (9, 9, 9)

    async def run(self) -> DiscoveryResult:
        preset = for_domain(self.domain)
        if preset is not None:
            self._succeed(_from_provider(preset, self.address, Source.PRESET, preset.name))
            self._state(Source.PRESET, SourceState.FOUND, preset.name)
            for source in (Source.SRV, Source.MX, Source.GUESS):
                self.result.sources[source] = SourceState.SKIPPED
            return self._finish()
        self._state(Source.PRESET, SourceState.NOTHING)
        for source in (Source.SRV, Source.MX, Source.GUESS):
            self._state(source, SourceState.RUNNING)
        self.source_tasks = [
            asyncio.ensure_future(self._srv()),
            asyncio.ensure_future(self._mx()),
            asyncio.ensure_future(self._guess()),
        ]
        grace_deadline: float | None = None
        try:
            while True:
                self.changed.clear()
                sources_done = all(t.done() for t in self.source_tasks)
                if sources_done and not self.pending:
                    break
                if self.successes:
                    best = min(c.rank() for c in self.successes)
                    if best <= self._best_possible():
                        break
                    if grace_deadline is None:
                        grace_deadline = time.monotonic() + self.options.grace
                    if time.monotonic() >= grace_deadline:
                        break
                timeout = None
                if grace_deadline is not None:
                    timeout = max(0.0, grace_deadline - time.monotonic())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.changed.wait(), timeout)
        finally:
            await self._cancel_rest()
        guessed = any(c.source is Source.GUESS for c in self.successes)
        self._state(Source.GUESS, SourceState.FOUND if guessed else SourceState.NOTHING)
        return self._finish()

    async def _cancel_rest(self) -> None:
        tasks = [t for t in [*self.source_tasks, *self.pending] if not t.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for task in self.source_tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]

    def _finish(self) -> DiscoveryResult:
        ordered = sorted(self.successes, key=lambda c: c.rank())
        self.result.candidates = ordered
        self.result.best = ordered[0] if ordered else None
        self.result.elapsed_ms = int((time.monotonic() - self.start) * 1000)
        return self.result


async def discover(
    address: str,
    dns: DnsClient | None = None,
    options: DiscoveryOptions | None = None,
    on_event: EventSink | None = None,
) -> DiscoveryResult:
    """Find the best outgoing server for ``address``; see the module docstring."""
    return await _Discovery(
        address.strip(), dns or DnsClient(), options or DiscoveryOptions(), on_event or _ignore
    ).run()


def _ignore(update: SourceUpdate) -> None:
    del update
