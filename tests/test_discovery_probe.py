"""Stories: discovery's probes speak SMTP through the same client as the checks (aiosmtplib).

Each probe connects, reads the greeting, says EHLO, secures the connection when
it can, and says QUIT. Real loopback servers; a scripted one where a server
must misbehave.
"""

from __future__ import annotations

import asyncio

from tests.dnsserver import DnsServer, Zone
from tests.servers import Certs, ScriptedServer, SmtpServer
from tests.test_discovery import client, options
from wizard.core.discovery import DiscoveryResult, ProbeResult, discover
from wizard.core.model import Security


async def find(certs: Certs, port: int, security: Security) -> DiscoveryResult:
    zone = Zone().add("smtp.example.test", "A", "127.0.0.1")
    async with DnsServer(zone) as dns:
        return await discover("me@example.test", client(dns), options(certs, (port, security)))


def probe_of(result: DiscoveryResult, port: int) -> ProbeResult:
    return next(p for p in result.probes if p.candidate.port == port)


def greeting_then(reply_to_ehlo: bytes):
    async def script(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 plain.example.test ESMTP ready\r\n")
        while line := await reader.readline():
            if line.upper().startswith(b"EHLO"):
                writer.write(reply_to_ehlo)
            elif line.upper().startswith(b"QUIT"):
                writer.write(b"221 bye\r\n")
                await writer.drain()
                return
            await writer.drain()

    return script


async def test_a_plain_server_is_found_as_plain_after_ehlo_with_our_address_and_quit(certs):
    async with ScriptedServer(greeting_then(b"250-plain.example.test\r\n250 8BITMIME\r\n")) as srv:
        result = await find(certs, srv.port, Security.STARTTLS)
    assert result.best is not None and result.best.security is Security.NONE
    assert probe_of(result, srv.port).detail == "plain.example.test ESMTP ready"
    said = bytes(srv.received)
    assert b"EHLO [127.0.0.1]\r\n" in said  # the address literal, as the checks send it
    assert said.endswith(b"QUIT\r\n")
    assert b"STARTTLS" not in said  # not offered: not asked for


async def test_a_server_that_refuses_to_greet_is_not_used_and_says_its_code(certs):
    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"554 no service here\r\n")
        await writer.drain()
        await reader.read()

    async with ScriptedServer(refuse) as srv:
        result = await find(certs, srv.port, Security.STARTTLS)
    assert result.best is None
    assert probe_of(result, srv.port).detail == "greeting 554"


async def test_a_refused_ehlo_is_not_used_and_says_its_code(certs):
    async with ScriptedServer(greeting_then(b"550 go away\r\n")) as srv:
        result = await find(certs, srv.port, Security.STARTTLS)
    assert result.best is None
    assert probe_of(result, srv.port).detail == "EHLO 550"


async def test_a_reply_code_in_other_digits_is_not_smtp(certs):
    # "２２０" is 220 to str.isdigit() and int(); an SMTP reply code is ASCII (RFC 5321 4.2).
    async def fullwidth(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write("２２０ hello\r\n".encode())
        await writer.drain()
        await reader.read()

    async with ScriptedServer(fullwidth) as srv:
        result = await find(certs, srv.port, Security.STARTTLS)
    assert result.best is None
    assert "Malformed SMTP response" in probe_of(result, srv.port).detail


async def test_an_expired_certificate_fails_the_probe_and_never_falls_back_to_plain(certs):
    async with SmtpServer(certs, tls="starttls", cert="expired") as smtp:
        result = await find(certs, smtp.port, Security.STARTTLS)
    assert result.best is None  # not "plain": STARTTLS was offered and did not verify
    assert "certificate" in probe_of(result, smtp.port).detail.lower()


async def test_implicit_tls_is_verified_against_the_host_name(certs):
    async with SmtpServer(certs, tls="implicit") as good:
        found = await find(certs, good.port, Security.SSL)
    async with SmtpServer(certs, tls="implicit", cert="untrusted") as bad:
        refused = await find(certs, bad.port, Security.SSL)
    assert found.best is not None and found.best.security is Security.SSL
    assert refused.best is None
    assert "certificate" in probe_of(refused, bad.port).detail.lower()
