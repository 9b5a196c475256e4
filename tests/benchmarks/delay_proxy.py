"""A loopback proxy that adds round-trip time and counts round trips.

Every chunk is held for half the RTT in each direction (order kept), so a
command and its reply cost one RTT, as on a real network. The TCP handshake
to the proxy itself is free (loopback; ``tc netem`` would need the whole
machine's loopback): on a real network add 1 RTT for it, the same for every
client measured here.

Round trips are counted as *flights*: a client-to-server flight is data the
client sends after the server last spoke (or first); it is "answered" when
the server speaks after it. A client that pipelines RFC 2920 commands sends
them in one flight; a client that does not wait for the QUIT reply leaves
its last flight unanswered (``flights - answered`` shows it).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from dataclasses import dataclass, field

HOST = "127.0.0.1"


@dataclass
class Connection:
    started: float
    client_closed: float = 0.0  # the client's EOF (or reset) reached the proxy
    last_client_data: float = 0.0
    flights: int = 0  # client-to-server flights
    answered: int = 0  # of those, how many the server answered before the next
    _last: str = ""  # "c" or "s": who spoke last
    log: list[tuple[float, str, int]] = field(default_factory=list)

    def seen(self, who: str, size: int) -> None:
        now = time.monotonic()
        self.log.append((now - self.started, who, size))
        if who == "c":
            self.last_client_data = now
            if self._last != "c":
                self.flights += 1
        elif self._last == "c":
            self.answered += 1
        self._last = who

    @property
    def seconds(self) -> float:
        """Accept to the client's close (or last data when it never closed)."""
        end = self.client_closed or self.last_client_data
        return end - self.started


class DelayProxy:
    """``async with DelayProxy(upstream_port, rtt=0.05) as proxy``: connect to ``proxy.port``."""

    def __init__(self, upstream_port: int, rtt: float = 0.05, upstream_host: str = HOST) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.rtt = rtt
        self.port = 0
        self.connections: list[Connection] = []
        self._server: asyncio.base_events.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> DelayProxy:
        self._server = await asyncio.start_server(self._handle, HOST, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), 2)

    def reset(self) -> None:
        self.connections.clear()

    async def start_run(self) -> None:
        """Forget earlier connections (the API :class:`ProxyProcess` shares)."""
        self.reset()

    async def last(self) -> Connection | None:
        """The latest connection's figures (None: nothing connected)."""
        return self.connections[-1] if self.connections else None

    async def _handle(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter):
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        conn = Connection(time.monotonic())
        self.connections.append(conn)
        try:
            s_reader, s_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            c_writer.close()
            self._tasks.discard(task)
            return
        try:
            await asyncio.gather(
                self._pump(c_reader, s_writer, conn, "c"),
                self._pump(s_reader, c_writer, conn, "s"),
                return_exceptions=True,
            )
        except asyncio.CancelledError:
            pass  # the proxy is closing
        finally:
            for writer in (c_writer, s_writer):
                writer.close()
            self._tasks.discard(task)

    async def _pump(self, reader, writer, conn: Connection, who: str) -> None:
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        half = self.rtt / 2

        async def deliver() -> None:
            while True:
                due, data = await queue.get()
                delay = due - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                if not data:
                    with contextlib.suppress(OSError):
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                try:
                    data = await reader.read(65536)
                except OSError:
                    data = b""
                if data:
                    conn.seen(who, len(data))
                elif who == "c":
                    conn.client_closed = time.monotonic()
                queue.put_nowait((time.monotonic() + half, data))
                if not data:
                    break
            await sender
        finally:
            sender.cancel()


class ProxyProcess:
    """The same proxy in a process of its own: the client measured in this process
    (the engine) then shares its CPU and its event loop with nobody, as swaks, a
    process of its own, never did. ``async with ProxyProcess(upstream_port, rtt)``;
    ``await start_run()`` before a run, ``await last()`` after it."""

    def __init__(self, upstream_port: int, rtt: float = 0.05, upstream_host: str = HOST) -> None:
        self.args = [str(upstream_port), repr(rtt), upstream_host]
        self.port = 0
        self._child: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> ProxyProcess:
        self._child = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.benchmarks.delay_proxy", *self.args,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        self.port = int(await self._ask(""))
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._child is not None and self._child.stdin is not None
        self._child.stdin.close()
        await self._child.wait()

    async def _ask(self, command: str) -> str:
        child = self._child
        assert child is not None and child.stdin is not None and child.stdout is not None
        if command:
            child.stdin.write(command.encode() + b"\n")
            await child.stdin.drain()
        return (await child.stdout.readline()).decode().strip()

    async def start_run(self) -> None:
        await self._ask("reset")

    async def last(self) -> Connection | None:
        data = json.loads(await self._ask("last"))
        if data is None:
            return None
        conn = Connection(0.0, flights=data["flights"], answered=data["answered"])
        conn.client_closed = data["seconds"]  # started 0: ``seconds`` reads it back
        return conn


async def _serve(upstream_port: int, rtt: float, upstream_host: str) -> None:
    """The child of :class:`ProxyProcess`: commands on stdin, answers on stdout."""
    loop = asyncio.get_running_loop()
    commands = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(commands), sys.stdin)
    async with DelayProxy(upstream_port, rtt, upstream_host) as proxy:
        print(proxy.port, flush=True)
        while line := (await commands.readline()).decode().strip():
            if line == "reset":
                proxy.reset()
                print("ok", flush=True)
            elif line == "last":
                await asyncio.sleep(0)  # let a close that just arrived be counted
                figures = None
                if proxy.connections:
                    conn = proxy.connections[-1]
                    figures = {"seconds": conn.seconds, "flights": conn.flights,
                               "answered": conn.answered}  # fmt: skip
                print(json.dumps(figures), flush=True)


if __name__ == "__main__":
    asyncio.run(_serve(int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]))
