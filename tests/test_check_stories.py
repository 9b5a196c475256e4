"""The check engine and `main.py check`, one admin's story per test.

Every story asserts the diagnosis code and the exit code (from the engine and
from the CLI, readable and --json) and that the password and its base64 forms
appear nowhere (tests/story.py does the hunting)."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest

from tests.servers import (
    HOST,
    USER,
    Behaviour,
    ScriptedServer,
    SmtpServer,
    reply_until_quit,
)
from tests.story import check

EHLO_STARTTLS_AUTH = "250-mx.example.test\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN"


async def test_admin_checks_starttls_with_plain_auth_and_sends_a_message(certs):
    async with SmtpServer(certs, tls="starttls") as server:
        out = await check(
            server.port, user=USER, mechanism="PLAIN", send=True, ca_file=certs.ca_file
        )
    assert out.result.ok and out.exit_code == 0 and out.code is None
    steps = {s["id"]: s["status"] for s in out.json["steps"]}
    assert steps == {
        "resolve": "ok",
        "connect": "ok",
        "greeting": "ok",
        "ehlo": "ok",
        "starttls": "ok",
        "auth": "ok",
        "mail": "ok",
        "rcpt": "ok",
        "sendas": "skipped",
        "data": "ok",
        "quit": "ok",
    }
    text = out.transcript
    # Every line in order: greeting, each EHLO line, STARTTLS, then TLS-marked lines.
    assert "<-  220 mx.example.test" in text
    assert "<-  250-STARTTLS" in text and "<-  250 HELP" in text
    assert "->  STARTTLS" in text
    assert "~>  AUTH PLAIN ********" in text
    assert "<~  235" in text
    assert "~>  Subject: SMTP Setup Wizard test message" in text
    assert "(message body:" in text and "This is a test message" not in text
    assert out.json["server"]["tls"]["version"].startswith("TLSv1.")
    assert "localhost" in out.json["server"]["tls"]["sans"]
    assert len(out.json["server"]["tls"]["sha256"]) == 95
    assert len(server.recorder.messages) == 3  # engine, CLI --json, CLI readable


async def test_admin_checks_implicit_tls_with_login_auth(certs):
    async with SmtpServer(certs, tls="implicit") as server:
        out = await check(
            server.port, security="ssl", user=USER, mechanism="LOGIN", ca_file=certs.ca_file
        )
    assert out.result.ok and out.exit_code == 0
    steps = {s["id"]: s["status"] for s in out.json["steps"]}
    assert steps["tls"] == "ok" and steps["starttls"] == "skipped"
    assert "~>  AUTH LOGIN ********" in out.transcript
    # The SASL continuation (the password line) is replaced too.
    assert "<~  334 " in out.transcript
    assert "=== TLS TLSv1." in out.transcript
    assert "~>  ********" in out.transcript


async def test_wrong_password_is_auth_failed_after_exactly_one_attempt(certs):
    async with SmtpServer(certs, password="the-real-one") as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file, cli_too=False)
        assert server.recorder.auth_attempts == 1
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
    assert out.code == "AUTH_FAILED" and out.exit_code == 28
    assert server.recorder.auth_attempts == 4  # one per run, never a cascade


async def test_gmail_app_password_reply(certs):
    reply = "534 5.7.9 Application-specific password required. Learn more at https://x"
    async with SmtpServer(certs, behaviour=Behaviour(auth_reply=reply)) as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
    assert out.code == "AUTH_APP_PASSWORD_REQUIRED" and out.exit_code == 28


async def test_microsoft_365_smtp_auth_disabled_reply(certs):
    reply = (
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
        "for the Tenant."
    )
    async with SmtpServer(certs, behaviour=Behaviour(auth_reply=reply)) as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
    assert out.code == "AUTH_DISABLED_BY_PROVIDER" and out.exit_code == 28


async def test_starttls_missing_means_no_auth_bytes_on_the_wire(certs):
    async with SmtpServer(certs, advertise_starttls=False) as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
        raw = bytes(server.recorder.raw)
    assert out.code == "STARTTLS_NOT_OFFERED" and out.exit_code == 29
    assert b"AUTH" not in raw.upper() and b"MAIL" not in raw.upper()
    assert "AUTH" in " ".join(out.json["server"]["extensions"])  # it was offered
    assert out.json["diagnosis"]["fixes"][0]["changes"] == {"port": 465, "security": "ssl"}


async def test_starttls_answered_454():
    async def script(reader, writer):
        await reply_until_quit(
            reader,
            writer,
            {
                "EHLO": EHLO_STARTTLS_AUTH,
                "STARTTLS": "454 4.7.0 TLS not available due to temporary reason",
            },
        )

    async with ScriptedServer(script) as server:
        out = await check(server.port, user=USER)
    assert out.code == "STARTTLS_FAILED" and out.exit_code == 29
    assert b"AUTH" not in bytes(server.received)


@pytest.mark.parametrize(
    ("cert", "code"),
    [
        ("untrusted", "CERT_UNTRUSTED"),
        ("wrong_name", "CERT_HOSTNAME_MISMATCH"),
        ("expired", "CERT_EXPIRED"),
    ],
)
async def test_certificate_problems_are_named(certs, cert, code):
    async with SmtpServer(certs, cert=cert) as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
        assert server.recorder.auth_attempts == 0
    assert out.code == code and out.exit_code == 29


async def test_untrusted_without_the_ca_file_then_trusted_with_it(certs):
    async with SmtpServer(certs, tls="implicit") as server:
        out = await check(server.port, security="ssl", user=USER)
        assert out.code == "CERT_UNTRUSTED" and out.exit_code == 29
        out = await check(server.port, security="ssl", user=USER, ca_file=certs.ca_file)
        assert out.result.ok


async def test_implicit_tls_to_a_plain_port(certs):
    async with SmtpServer(certs, tls="none") as server:
        out = await check(server.port, security="ssl", user=USER, ca_file=certs.ca_file)
    assert out.code == "PORT_NOT_TLS" and out.exit_code == 29
    assert {"security": "starttls"} in [f["changes"] for f in out.json["diagnosis"]["fixes"]]


async def test_plain_to_an_implicit_tls_port_is_told_apart_from_a_dead_server(certs):
    async with SmtpServer(certs, tls="implicit") as server:
        out = await check(server.port, security="starttls", user=USER, timeout=1, together=True)
    assert out.code == "PORT_REQUIRES_TLS" and out.exit_code == 21
    assert out.json["diagnosis"]["fixes"][0]["changes"] == {"security": "ssl"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


async def test_refused_port():
    out = await check(_closed_port(), user=USER)
    assert out.code == "CONNECTION_REFUSED" and out.exit_code == 2


async def test_unknown_host_name():
    out = await check(25, host="no-such-host.invalid", user=USER)
    assert out.code == "HOST_NOT_FOUND" and out.exit_code == 2


async def test_silent_server_is_no_greeting_within_the_timeout():
    async def script(reader, writer):
        await asyncio.sleep(3600)

    async with ScriptedServer(script) as server:
        started = time.monotonic()
        # Engine, --json and readable CLI at once: the suite waits out the timeout once.
        out = await check(server.port, user=USER, timeout=1, together=True)
        elapsed = time.monotonic() - started
    assert out.code == "NO_GREETING" and out.exit_code == 21
    assert out.seconds < 3.5  # the 1 s greeting wait plus one short TLS probe, nothing more
    assert elapsed < 3.5  # nor does either CLI run wait any longer


async def test_greeting_554():
    async def script(reader, writer):
        writer.write(b"554 5.7.1 Your IP is on our blocklist\r\n")
        await writer.drain()
        await reader.readline()

    async with ScriptedServer(script) as server:
        out = await check(server.port, user=USER)
    assert out.code == "GREETING_REJECTED" and out.exit_code == 21


async def test_mail_from_not_owned_by_user(certs):
    behaviour = Behaviour(own_addresses=(USER,))
    async with SmtpServer(certs, behaviour=behaviour) as server:
        out = await check(server.port, user=USER, from_="boss@example.test", ca_file=certs.ca_file)
    assert out.code == "SENDER_NOT_ALLOWED" and out.exit_code == 23
    assert "not owned by user" in out.json["diagnosis"]["detail"]


async def test_send_as_probe_refused_at_mail(certs):
    behaviour = Behaviour(own_addresses=(USER,))
    async with SmtpServer(certs, behaviour=behaviour) as server:
        out = await check(
            server.port, user=USER, relay_as="boss@example.test", ca_file=certs.ca_file
        )
    assert out.code == "SENDER_NOT_ALLOWED" and out.exit_code == 23
    assert out.json["diagnosis"]["stage"] == "sendas"
    assert "boss@example.test" in out.json["diagnosis"]["explanation"]
    assert out.json["diagnosis"]["fixes"][0]["changes"] == {"from_policy": "fixed_from"}


async def test_send_as_refused_only_after_data_like_exchange(certs):
    reply = (
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender "
        "[AM0PR01MB1234.eurprd01.prod.exchangelabs.com]"
    )
    async with SmtpServer(certs, behaviour=Behaviour(data_reply=reply)) as server:
        out = await check(
            server.port, user=USER, relay_as="boss@example.test", send=True, ca_file=certs.ca_file
        )
    assert out.code == "SENDER_NOT_ALLOWED" and out.exit_code == 26
    assert "~>  From: boss@example.test" in out.transcript


async def test_relay_access_denied_without_sign_in(certs):
    reply = "554 5.7.1 <bob@elsewhere.test>: Relay access denied"
    async with SmtpServer(certs, behaviour=Behaviour(rcpt_reply=reply)) as server:
        out = await check(server.port, to="bob@elsewhere.test", ca_file=certs.ca_file)
    assert out.code == "RELAY_DENIED" and out.exit_code == 24
    assert out.json["diagnosis"]["fixes"][0]["changes"] == {"auth": True}


async def test_authentication_required(certs):
    async with SmtpServer(certs, behaviour=Behaviour(auth_required=True)) as server:
        out = await check(server.port, ca_file=certs.ca_file)
    assert out.code == "AUTH_REQUIRED" and out.exit_code == 23


async def test_421_mid_session_sends_nothing_after_it():
    async def script(reader, writer):
        await reply_until_quit(
            reader,
            writer,
            {
                "EHLO": "250-mx\r\n250 SIZE 1000",
                "MAIL": "421 4.3.2 Service shutting down",
            },
        )

    async with ScriptedServer(script) as server:
        out = await check(server.port, security="none")
        received = bytes(server.received)
    assert out.code == "TEMPORARY_FAILURE" and out.exit_code == 23
    for chunk in received.split(b"421")[1:]:
        assert b"RSET" not in chunk
    assert b"RSET" not in received and b"QUIT" not in received


async def test_server_closes_mid_session():
    async def script(reader, writer):
        writer.write(b"220 mx ESMTP\r\n")
        await reader.readline()
        writer.write(b"250-mx\r\n250 SIZE 1000\r\n")
        await writer.drain()
        await reader.readline()  # MAIL FROM: hang up instead of answering

    async with ScriptedServer(script) as server:
        out = await check(server.port, security="none")
    assert out.code == "CONNECTION_LOST" and out.exit_code == 23


async def test_reply_line_over_8k_is_a_protocol_error_quickly():
    async def script(reader, writer):
        writer.write(b"220 mx ESMTP\r\n")
        await reader.readline()
        writer.write(b"250 " + b"x" * 9000 + b"\r\n")
        await writer.drain()
        await reader.readline()

    async with ScriptedServer(script) as server:
        started = time.monotonic()
        out = await check(server.port, timeout=10)
        elapsed = time.monotonic() - started
    assert out.code == "PROTOCOL_ERROR" and out.exit_code == 22
    assert elapsed < 5  # three runs, none waiting for a timeout
    assert "bytes)" in out.transcript  # the long line is shown cut, not whole


async def test_garbage_reply_is_a_protocol_error():
    async def script(reader, writer):
        writer.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        await writer.drain()
        await reader.readline()

    async with ScriptedServer(script) as server:
        out = await check(server.port, timeout=10)
    assert out.code == "PROTOCOL_ERROR" and out.exit_code == 21


async def test_trickling_server_stops_at_the_overall_deadline():
    async def script(reader, writer):
        for byte in b"220 mx.example.test ESMTP slowly\r\n":
            writer.write(bytes([byte]))
            await writer.drain()
            await asyncio.sleep(0.25)

    async with ScriptedServer(script) as server:
        started = time.monotonic()
        out = await check(server.port, timeout=30, deadline=1.5, together=True)
        elapsed = time.monotonic() - started
    assert out.code == "TIMEOUT" and out.exit_code == 21
    assert 1.4 < out.seconds < 2.5  # the deadline, not the 30 s stage timeout
    assert elapsed < 2.5  # the CLI runs stop at it too
    assert "220 mx" in out.transcript  # the partial greeting is shown


async def test_crlf_in_the_from_address_sends_nothing():
    async def script(reader, writer):
        await reply_until_quit(reader, writer, {})

    async with ScriptedServer(script) as server:
        out = await check(server.port, from_="alice@example.test\r\nRCPT TO:<x@y.test>")
        assert server.writers == []  # nothing even connected
    assert out.code == "INVALID_INPUT" and out.exit_code == 1
    assert out.json["steps"][0]["id"] == "input"
