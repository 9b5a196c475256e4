"""Benchmark: round trips of each check variant through a 50 ms RTT proxy.

Clients: this project's engine (``run_check``, as the CLI and the GUI run it)
and swaks (with and without ``--pipeline``) when it is installed. Servers:
aiosmtpd with real TLS (a trustme CA), advertising PIPELINING like Postfix,
and a private Postfix (tests/system/stack.py) when this runs as root with
Postfix installed. Figures, per variant (median of RUNS):

* ``verdict``: the engine's run_check start to its result, in RTTs, with a cold
  TLS context (a fresh ``main.py check``) and a warm one (the GUI's second check;
  on a real network the TCP handshake's RTT, which the proxy does not add, hides
  the context build that now runs in a worker thread while connecting);
* ``conn``: the proxy's accept to the client closing, in RTTs (for swaks,
  which waits for the QUIT reply, this is its whole session);
* ``flights``: client-to-server flights (``answered``: how many got a reply).

The proxy's TCP handshake is free (loopback): on a real network add 1 RTT to
every figure, for every client alike.

Also ``main.py check, fresh process``: the CLI as a user runs it, process start to
its verdict line, beside ``swaks --pipeline`` started the same way (process start
to its exit, which follows the 221 it waits for).

Run: ``uv run python -m tests.benchmarks.bench_rtt [RUNS]`` (as root with
``SMTP_WIZARD_SYSTEM_DIR=/tmp/sw-<branch>`` for Postfix too);
``... bench_rtt pairs [RUNS]``: the dry check against swaks --pipeline, run by run,
to two decimals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.delay_proxy import DelayProxy, ProxyProcess
from tests.servers import PASSWORD, USER, Behaviour, SmtpServer, make_certs
from wizard.core import tls
from wizard.core.engine import CheckRequest, run_check
from wizard.core.model import AuthMechanism, Profile, Security

RTT = 0.05
Proxy = DelayProxy | ProxyProcess  # the proxy runs in a process of its own (ProxyProcess)
OTHER = "other@example.test"


@dataclass(frozen=True)
class Variant:
    name: str
    security: Security
    send: bool = False
    relay_as: bool = False


VARIANTS = (
    Variant("STARTTLS + AUTH + MAIL + RCPT, no message", Security.STARTTLS),
    Variant("implicit TLS, same", Security.SSL),
    Variant("STARTTLS, with a test message", Security.STARTTLS, send=True),
    Variant("STARTTLS, --relay-as, no message", Security.STARTTLS, relay_as=True),
)


@dataclass(frozen=True)
class Target:
    """Where to check: one port per security, and the account."""

    label: str
    ports: dict[Security, int]
    host: str
    user: str
    password: str
    ca_file: str
    relay_as: str


@dataclass
class Figure:
    verdict: float  # RTTs, -1 when not measured (swaks)
    conn: float
    flights: float
    answered: float
    ok: bool


def _median(figures: list[Figure]) -> Figure:
    m = statistics.median
    return Figure(
        m(f.verdict for f in figures),
        m(f.conn for f in figures),
        m(f.flights for f in figures),
        m(f.answered for f in figures),
        all(f.ok for f in figures),
    )


async def engine_once(target: Target, variant: Variant, proxy: Proxy, cold: bool = True) -> Figure:
    profile = Profile(
        host=target.host,
        port=proxy.port,
        security=variant.security,
        username=target.user,
        mechanism=AuthMechanism.PLAIN,
        from_address=target.user,
        ca_file=target.ca_file,
        timeout=10,
    )
    request = CheckRequest(
        profile=profile,
        password=target.password,
        to_address=target.user,
        send=variant.send,
        relay_as=target.relay_as if variant.relay_as else "",
    )
    await proxy.start_run()
    if cold:
        tls._context.cache_clear()  # as in a fresh `main.py check`
    started = time.monotonic()
    result = await run_check(request)
    verdict = (time.monotonic() - started) / RTT
    await asyncio.sleep(RTT * 2)  # let the connection finish closing
    conn = await proxy.last()
    assert conn is not None, "the engine never reached the proxy"
    return Figure(verdict, conn.seconds / RTT, conn.flights, conn.answered, result.ok)


async def swaks_once(
    target: Target, variant: Variant, proxy: Proxy, pipeline: bool
) -> Figure | None:
    if variant.relay_as:
        return None  # swaks has no send-as check of its own
    args = [
        "swaks", "--server", "127.0.0.1", "--port", str(proxy.port),
        "--from", target.user, "--to", target.user, "--auth", "PLAIN",
        "--auth-user", target.user, "--auth-password", target.password,
        "--tls-verify", "--tls-ca-path", target.ca_file, "--tls-sni", target.host,
        "--helo", "[127.0.0.1]", "--timeout", "10",
    ]  # fmt: skip
    args.append("--tls" if variant.security is Security.STARTTLS else "--tls-on-connect")
    if not variant.send:
        args += ["--quit-after", "RCPT"]
    if pipeline:
        args.append("--pipeline")
    await proxy.start_run()
    process = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await process.communicate()
    await asyncio.sleep(RTT * 2)
    conn = await proxy.last()
    if conn is None:
        return Figure(-1, -1, -1, -1, False)
    ok = process.returncode == 0
    if not ok:
        print(out.decode(errors="replace")[-2000:], file=sys.stderr)
    return Figure(-1, conn.seconds / RTT, conn.flights, conn.answered, ok)


ROOT = Path(__file__).resolve().parents[2]


async def cli_once(target: Target, variant: Variant, proxy: Proxy) -> Figure:
    """A fresh ``main.py check`` process, as a user runs it: ``verdict`` is process
    start to the verdict line on stdout, ``conn`` the proxy's view of the session."""
    from tests.benchmarks.bench_ui import child_env

    args = [
        sys.executable, str(ROOT / "main.py"), "check", "--host", target.host,
        "--port", str(proxy.port), "--security", variant.security.value,
        "--user", target.user, "--from", target.user, "--to", target.user,
        "--ca-file", target.ca_file, "--timeout", "10", "--lang", "en",
    ]  # fmt: skip
    if variant.send:
        args.append("--send")
    if variant.relay_as:
        args += ["--relay-as", target.relay_as]
    home = tempfile.mkdtemp()
    env = child_env({"SMTP_WIZARD_PASSWORD": target.password, "HOME": home,
                     "XDG_CONFIG_HOME": home})  # fmt: skip
    await proxy.start_run()
    started = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    verdict, ok, out = -1.0, False, []
    while line := (await process.stdout.readline()).decode(errors="replace"):
        out.append(line)
        if line.startswith(("Success", "Problem")) and verdict < 0:
            verdict = (time.monotonic() - started) / RTT
            ok = line.startswith("Success")
    await process.wait()
    await asyncio.sleep(RTT * 2)
    if not ok:
        print("".join(out)[-2000:], file=sys.stderr)
    conn = await proxy.last()
    if conn is None:
        return Figure(verdict, -1, -1, -1, False)
    return Figure(verdict, conn.seconds / RTT, conn.flights, conn.answered, ok)


async def swaks_process(target: Target, variant: Variant, proxy: Proxy) -> Figure | None:
    """swaks --pipeline timed the same way: process start to its exit (its verdict
    comes with the 221, which it waits for)."""
    started = time.monotonic()
    figure = await swaks_once(target, variant, proxy, pipeline=True)
    if figure is not None:
        figure.verdict = (time.monotonic() - started - RTT * 2) / RTT
    return figure


async def measure(target: Target, runs: int) -> list[tuple[str, str, Figure | None]]:
    rows: list[tuple[str, str, Figure | None]] = []
    clients: list[str] = ["this project", "this project, warm TLS context"]
    if shutil.which("swaks"):
        clients += ["swaks", "swaks --pipeline"]
    clients.append("main.py check, fresh process")
    if shutil.which("swaks"):
        clients.append("swaks --pipeline, fresh process")
    for variant in VARIANTS:
        async with ProxyProcess(target.ports[variant.security], RTT) as proxy:
            for client in clients:
                figures: list[Figure] = []
                for _ in range(runs):
                    if client.startswith("this project"):
                        cold = client == "this project"
                        figure: Figure | None = await engine_once(target, variant, proxy, cold)
                    elif client == "main.py check, fresh process":
                        figure = await cli_once(target, variant, proxy)
                    elif client == "swaks --pipeline, fresh process":
                        figure = await swaks_process(target, variant, proxy)
                    else:
                        figure = await swaks_once(target, variant, proxy, "pipeline" in client)
                    if figure is None:
                        break
                    figures.append(figure)
                rows.append((variant.name, client, _median(figures) if figures else None))
    return rows


def table(label: str, rows: list[tuple[str, str, Figure | None]]) -> str:
    out = [
        f"Against {label}, RTT {RTT * 1000:.0f} ms (TCP handshake free: add 1 RTT on a network)",
        "",
        "| work | client | verdict (RTT) | connection (RTT) | flights | answered | ok |",
        "|---|---|---|---|---|---|---|",
    ]
    for work, client, f in rows:
        if f is None:
            out.append(f"| {work} | {client} | — | — | — | — | — |")
            continue
        verdict = f"{f.verdict:.1f}" if f.verdict >= 0 else "—"
        out.append(
            f"| {work} | {client} | {verdict} | {f.conn:.1f} | {f.flights:g} | "
            f"{f.answered:g} | {'yes' if f.ok else 'NO'} |"
        )
    return "\n".join(out)


def postfix_available() -> bool:
    return os.geteuid() == 0 and shutil.which("postfix") is not None


@contextlib.asynccontextmanager
async def aiosmtpd_target() -> AsyncIterator[Target]:
    """aiosmtpd with real TLS on two ports, advertising PIPELINING like Postfix."""
    certs = make_certs(Path(tempfile.mkdtemp()))
    behaviour = Behaviour(pipelining=True)
    async with (
        SmtpServer(certs, tls="starttls", behaviour=behaviour) as starttls,
        SmtpServer(certs, tls="implicit", behaviour=behaviour) as implicit,
    ):
        yield Target(
            "aiosmtpd 1.4 (advertising PIPELINING)",
            {Security.STARTTLS: starttls.port, Security.SSL: implicit.port},
            "localhost", USER, PASSWORD, certs.ca_file, OTHER,
        )  # fmt: skip


@contextlib.asynccontextmanager
async def postfix_target(name: str) -> AsyncIterator[Target]:
    """A private Postfix (tests/system/stack.py) under SMTP_WIZARD_SYSTEM_DIR/``name``."""
    from tests.system import stack

    root = Path(os.environ.get("SMTP_WIZARD_SYSTEM_DIR", "/tmp/sw-bench")) / name
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    certs = stack.make_certificates(root / "certs")
    info = stack.start_postfix(root, certs)
    try:
        ports = info["ports"]
        yield Target(
            "Postfix (Debian 12, private instance)",
            {Security.STARTTLS: ports["submission"], Security.SSL: ports["implicit"]},
            "localhost", stack.USER, stack.PASSWORD, certs["ca_file"], stack.SEND_AS,
        )  # fmt: skip
    finally:
        stack.stop_postfix(info)


async def pairs(target: Target, runs: int) -> str:
    """The dry check against swaks --pipeline, alternating run by run (the shared
    machine's load drifts less between neighbours), to two decimals: the context built
    during the run, prepared ahead (as the CLI and the wizard now do), and swaks."""
    out = [f"Against {target.label}, dry check, {runs} alternating runs (median, min):", ""]
    for security in (Security.STARTTLS, Security.SSL):
        variant = Variant(security.value, security)
        built: list[float] = []
        prepared: list[float] = []
        swaks: list[float] = []
        async with ProxyProcess(target.ports[security], RTT) as proxy:
            for _ in range(runs):
                built.append((await engine_once(target, variant, proxy, cold=True)).verdict)
                prepared.append((await engine_once(target, variant, proxy, cold=False)).verdict)
                if shutil.which("swaks"):
                    figure = await swaks_once(target, variant, proxy, pipeline=True)
                    swaks.append(figure.conn if figure else -1)
        line = (
            f"- {security.value}: context built in the run {statistics.median(built):.2f} "
            f"({min(built):.2f}), prepared {statistics.median(prepared):.2f} "
            f"({min(prepared):.2f})"
        )
        if swaks:
            line += f", swaks --pipeline {statistics.median(swaks):.2f} ({min(swaks):.2f})"
        out.append(line)
    return "\n".join(out)


async def main_pairs(runs: int) -> str:
    if postfix_available():
        async with postfix_target("bench-pairs") as target:
            return await pairs(target, runs)
    async with aiosmtpd_target() as target:
        return await pairs(target, runs)


async def main(runs: int) -> str:
    async with aiosmtpd_target() as target:
        parts = [table(target.label, await measure(target, runs))]
    if postfix_available():
        async with postfix_target("bench-postfix") as target:
            parts.append(table(target.label, await measure(target, runs)))
    else:
        parts.append("Postfix: not measured (needs root and Debian's postfix)")
    return "\n\n".join(parts)


if __name__ == "__main__":
    warnings.filterwarnings("ignore", category=DeprecationWarning)  # aiosmtpd's own
    # aiosmtpd 1.4 logs "Session.login_data is deprecated" on every AUTH, itself.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    if len(sys.argv) > 1 and sys.argv[1] == "pairs":  # bench_rtt pairs [RUNS]
        print(asyncio.run(main_pairs(int(sys.argv[2]) if len(sys.argv) > 2 else 15)))
    else:
        print(asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
