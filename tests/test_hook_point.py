"""The transcript depends on a non-public name in aiosmtplib (see wizard/core/wire.py).
These tests fail loudly if an aiosmtplib upgrade moves it."""

from __future__ import annotations

import inspect

import aiosmtplib
import aiosmtplib.smtp
from aiosmtplib.protocol import SMTPProtocol

from tests.servers import USER, SmtpServer
from tests.story import check
from wizard.core import wire


def test_aiosmtplib_still_creates_its_protocol_by_module_name():
    # wire.install() replaces aiosmtplib.smtp.SMTPProtocol: SMTP must still create
    # its protocol through that module-level name.
    source = inspect.getsource(aiosmtplib.smtp.SMTP._create_connection)
    assert "SMTPProtocol(" in source and hasattr(aiosmtplib.smtp, "SMTPProtocol")
    assert aiosmtplib.smtp.SMTPProtocol is wire.TranscribingProtocol
    assert issubclass(wire.TranscribingProtocol, SMTPProtocol)
    for method in ("data_received", "write", "start_tls", "connection_made", "connection_lost"):
        assert method in SMTPProtocol.__dict__, f"aiosmtplib no longer defines {method}"


def test_pinned_version_is_the_tested_one():
    major, minor, patch = (int(x) for x in aiosmtplib.__version__.split(".")[:3])
    assert (major, minor) == (5, 1) and patch >= 2


async def test_the_hook_sees_the_greeting_every_reply_line_and_lines_inside_tls(certs):
    async with SmtpServer(certs) as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file, cli_too=False)
    lines = out.result.transcript
    server_lines = [line.text for line in lines if line.direction.value == "server"]
    assert server_lines[0].startswith("220 ")
    assert sum(1 for text in server_lines if text.startswith("250-")) >= 4  # multi-line EHLO
    assert any(line.tls and line.direction.value == "server" for line in lines)
    assert any(line.text == "STARTTLS" and not line.tls for line in lines)
    assert [line.ms for line in lines] == sorted(line.ms for line in lines)
