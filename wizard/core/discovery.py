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
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from .dnsquery import DnsClient, DnsMissing, DnsUnavailable
from .endpoint import EndpointError, ehlo_name, to_ascii_host
from .i18n import QT_TRANSLATE_NOOP
from .model import Security
from .providers import Provider, for_domain, for_mx
from .replies import Reply
from .tls import client_context


class Source(StrEnum):
    PRESET = "preset"
    SRV = "srv"
    MX = "mx"
    GUESS = "guess"


SOURCE_LABELS: dict[Source, str] = {
    Source.PRESET: QT_TRANSLATE_NOOP("Discovery", "Built-in provider list"),
    Source.SRV: QT_TRANSLATE_NOOP("Discovery", "DNS service records (SRV)"),
    Source.MX: QT_TRANSLATE_NOOP("Discovery", "Mail exchanger (MX) of the domain"),
    Source.GUESS: QT_TRANSLATE_NOOP("Discovery", "Trying common server names"),
}

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


class SourceState(StrEnum):
    RUNNING = "running"
    FOUND = "found"
    NOTHING = "nothing"
    UNAVAILABLE = "unavailable"  # DNS failed: we could not ask, which is not "nothing there"
    SKIPPED = "skipped"


@dataclass
class SourceUpdate:
    """An event: a source changed state (``detail`` is English, for logs)."""

    source: Source
    state: SourceState
    detail: str = ""


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


async def _read_reply(reader: asyncio.StreamReader) -> tuple[int, list[str]]:
    lines: list[str] = []
    while True:
        raw = await reader.readline()
        if not raw:
            raise _ProbeFailed("connection closed")
        if len(raw) > 4096:
            raise _ProbeFailed("reply line too long")
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        # ASCII digits only: "²²²" passes str.isdigit() and int() refuses it.
        if len(line) < 3 or not (line[:3].isascii() and line[:3].isdigit()):
            raise _ProbeFailed(f"not SMTP: {line[:40]!r}")
        lines.append(line[4:])
        if len(line) == 3 or line[3] != "-":
            return int(line[:3]), lines


def _ehlo_name(writer: asyncio.StreamWriter) -> str:
    """Our address literal, as the check engine sends it."""
    local = writer.get_extra_info("sockname")
    return ehlo_name(local[0] if local else "127.0.0.1")


async def probe(
    candidate: Candidate, dns: DnsClient, context: ssl.SSLContext
) -> tuple[Security, str]:
    """Connect, read the greeting, EHLO, secure the connection, QUIT.

    Returns the security that worked and the greeting. The host is resolved
    through ``dns`` (so ``--nameserver`` applies to probes too) and the
    certificate is verified against the host name, never skipped.
    """
    host = candidate.host
    try:
        addresses = await dns.all_addresses(host)
    except (DnsMissing, DnsUnavailable) as exc:
        raise _ProbeFailed(str(exc)) from None
    tls = context if candidate.security is Security.SSL else None
    reader, writer = await asyncio.open_connection(
        addresses[0], candidate.port, ssl=tls, server_hostname=host if tls else None
    )
    try:
        ehlo_name = _ehlo_name(writer)
        code, greeting = await _read_reply(reader)
        if code != Reply.SERVICE_READY:
            raise _ProbeFailed(f"greeting {code}")
        writer.write(f"EHLO {ehlo_name}\r\n".encode())
        code, lines = await _read_reply(reader)
        if code != Reply.OK:
            raise _ProbeFailed(f"EHLO {code}")
        security = candidate.security
        if security is not Security.SSL:
            offers_starttls = any(line.upper().split(" ")[0] == "STARTTLS" for line in lines[1:])
            if offers_starttls:
                writer.write(b"STARTTLS\r\n")
                code, _ = await _read_reply(reader)
                if code != Reply.SERVICE_READY:
                    raise _ProbeFailed(f"STARTTLS {code}")
                await writer.start_tls(context, server_hostname=host)
                writer.write(f"EHLO {ehlo_name}\r\n".encode())
                code, _ = await _read_reply(reader)
                if code != Reply.OK:
                    raise _ProbeFailed(f"EHLO after STARTTLS {code}")
                security = Security.STARTTLS
            else:
                security = Security.NONE
        writer.write(b"QUIT\r\n")
        with contextlib.suppress(Exception):
            await asyncio.wait_for(_read_reply(reader), 0.5)
        return security, greeting[0] if greeting else ""
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 0.5)


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
        except (OSError, _ProbeFailed, TimeoutError, ssl.SSLError, ValueError) as exc:
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
