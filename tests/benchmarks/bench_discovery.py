"""Benchmark: discovery when half the candidate endpoints black-hole.

Zone: smtp.D, mail.D and D all resolve to loopback. Guessing tries each on
four ports: two black holes (accept, then silence: a dropping firewall), one
closed port and one real STARTTLS server. So 6 of 12 endpoints black-hole, 3
refuse and 3 answer. The figure that matters: how long after the first
answering endpoint finished its probe does discovery return? The probe
timeout is 10 s, so waiting for the black holes would show up at once.

Run: ``uv run python -m tests.benchmarks.bench_discovery [RUNS]``
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.dnsserver import DnsServer, Zone
from tests.servers import ScriptedServer, SmtpServer, make_certs
from wizard.core.discovery import DiscoveryOptions, discover
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.model import Security


async def black_hole(reader, writer) -> None:
    await reader.read()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def one_run(certs, dns_address: str, ports) -> tuple[float, float, int]:
    options = DiscoveryOptions(guess_ports=ports, ca_file=certs.ca_file, probe_timeout=10.0)
    client = DnsClient(parse_nameserver(dns_address))
    started = time.monotonic()
    result = await discover("me@example.test", client, options)
    total = (time.monotonic() - started) * 1000
    assert result.best is not None, "nothing found"
    answered = min(p.at_ms for p in result.probes if p.ok)
    return total, total - answered, len(result.probes)


async def main(runs: int) -> None:
    certs = make_certs(Path(tempfile.mkdtemp()))
    zone = Zone()
    for name in ("smtp.example.test", "mail.example.test", "example.test"):
        zone.add(name, "A", "127.0.0.1")
    async with (
        ScriptedServer(black_hole) as hole1,
        ScriptedServer(black_hole) as hole2,
        SmtpServer(certs, tls="starttls") as smtp,
        DnsServer(zone) as dns,
    ):
        ports = (
            (hole1.port, Security.SSL),
            (hole2.port, Security.STARTTLS),
            (closed_port(), Security.STARTTLS),
            (smtp.port, Security.STARTTLS),
        )
        figures = [await one_run(certs, dns.address, ports) for _ in range(runs)]
    totals = [f[0] for f in figures]
    after = [f[1] for f in figures]
    median = statistics.median
    print(f"runs: {runs}; 12 endpoints (6 black holes, 3 closed, 3 answering); probe timeout 10 s")
    print(f"discovery total   : median {median(totals):6.0f} ms, max {max(totals):6.0f} ms")
    print(f"after first answer: median {median(after):6.0f} ms, max {max(after):6.0f} ms")
    print(f"ratio total / probe timeout: {median(totals) / 10000:.2f}")
    print(f"within 1.5 s of the answer: {'yes' if max(after) <= 1500 else 'NO'}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
