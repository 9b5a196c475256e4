"""A small authoritative DNS server, on loopback, serving test zones.

Built on dnspython's message codec; answers over UDP and TCP on port 0 in the
running event loop. Names listed in ``silent`` never get an answer (a resolver
timeout); names in ``servfail`` get SERVFAIL. Everything else is answered from
``records``: a name that exists with other types gets NOERROR and no answer
(NoAnswer), a name that does not exist gets NXDOMAIN.

Run standalone for the CLI (``python -m tests.dnsserver ZONE.json``): it prints
``127.0.0.1:PORT`` and serves until killed.
"""

from __future__ import annotations

import asyncio
import json
import struct
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

HOST = "127.0.0.1"


@dataclass
class Zone:
    # (name, type) -> record texts in zone-file syntax: ("example.test", "MX"): ["10 mx."]
    records: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    silent: set[str] = field(default_factory=set)
    servfail: set[str] = field(default_factory=set)
    queries: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, rdtype: str, *texts: str) -> Zone:
        self.records.setdefault((_norm(name), rdtype.upper()), []).extend(texts)
        return self

    def txt(self, name: str, *strings: str) -> Zone:
        """One TXT record made of ``strings`` (several strings = a split record)."""
        return self.add(name, "TXT", " ".join(_quote(s) for s in strings))

    def names(self) -> Iterable[str]:
        return {name for name, _ in self.records}


def _norm(name: str) -> str:
    return name.lower().rstrip(".")


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class DnsServer:
    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.port = 0
        self._udp: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.base_events.Server | None = None

    @property
    def address(self) -> str:
        return f"{HOST}:{self.port}"

    def answer(self, wire: bytes) -> bytes | None:
        try:
            query = dns.message.from_wire(wire)
        except Exception:
            return None
        question = query.question[0]
        name = _norm(question.name.to_text())
        rdtype = dns.rdatatype.to_text(question.rdtype)
        self.zone.queries.append((name, rdtype))
        if name in self.zone.silent:
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        if name in self.zone.servfail:
            response.set_rcode(dns.rcode.SERVFAIL)
            return response.to_wire()
        texts = self.zone.records.get((name, rdtype))
        if texts is None and rdtype != "CNAME":
            cname = self.zone.records.get((name, "CNAME"))
            if cname:
                response.answer.append(
                    dns.rrset.from_text_list(
                        question.name,
                        300,
                        "IN",
                        "CNAME",
                        cname,
                        origin=dns.name.root,
                        relativize=False,
                    )
                )
                return response.to_wire()
        if texts:
            origin = dns.name.root
            rrset = dns.rrset.from_text_list(
                question.name,
                300,
                dns.rdataclass.IN,
                question.rdtype,
                texts,
                origin=origin,
                relativize=False,
            )
            response.answer.append(rrset)
        elif not any(n == name or n.endswith("." + name) for n in self.zone.names()):
            response.set_rcode(dns.rcode.NXDOMAIN)
        return response.to_wire()

    async def __aenter__(self) -> DnsServer:
        loop = asyncio.get_running_loop()
        server = self

        class Udp(asyncio.DatagramProtocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                self.transport = transport

            def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
                reply = server.answer(data)
                if reply is not None:
                    if len(reply) > 512:
                        query = dns.message.from_wire(data)
                        truncated = dns.message.make_response(query)
                        truncated.flags |= dns.flags.TC
                        reply = truncated.to_wire()
                    self.transport.sendto(reply, addr)  # type: ignore[attr-defined]

        self._tcp = await asyncio.start_server(self._handle_tcp, HOST, 0)
        self.port = self._tcp.sockets[0].getsockname()[1]
        transport, _ = await loop.create_datagram_endpoint(Udp, local_addr=(HOST, self.port))
        self._udp = transport
        return self

    async def _handle_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                size = struct.unpack("!H", await reader.readexactly(2))[0]
                reply = self.answer(await reader.readexactly(size))
                if reply is None:
                    await reader.read()  # silent until the client gives up
                    return
                writer.write(struct.pack("!H", len(reply)) + reply)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def __aexit__(self, *exc: object) -> None:
        if self._udp is not None:
            self._udp.close()
        if self._tcp is not None:
            self._tcp.close()
            await self._tcp.wait_closed()


class ThreadedDnsServer:
    """A :class:`DnsServer` on its own thread and loop, for tests whose loop is Qt's."""

    def __init__(self, zone: Zone) -> None:
        self.zone = zone
        self.address = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ThreadedDnsServer:
        ready = threading.Event()

        async def serve() -> None:
            self._stop = asyncio.Event()
            async with DnsServer(self.zone) as server:
                self.address = server.address
                ready.set()
                await self._stop.wait()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(serve())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="test-dns", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the test DNS server did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


def zone_from_json(data: dict[str, object]) -> Zone:
    """``{"records": [[name, type, text], ...], "silent": [...], "servfail": [...]}``."""
    zone = Zone()
    for name, rdtype, text in data.get("records", []):  # type: ignore[union-attr]
        zone.add(name, rdtype, text)
    zone.silent = {_norm(n) for n in data.get("silent", [])}  # type: ignore[union-attr]
    zone.servfail = {_norm(n) for n in data.get("servfail", [])}  # type: ignore[union-attr]
    return zone


async def _serve(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        zone = zone_from_json(json.load(handle))
    async with DnsServer(zone) as server:
        print(server.address, flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1]))
