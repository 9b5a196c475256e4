"""Issue 15: the check waits for the network as little as the protocol allows.

A server that offers PIPELINING (RFC 2920) gets the envelope in one flight; one
that does not gets one command at a time. QUIT goes without an RSET first and
the verdict does not wait for its reply. The transcript still shows every
command and every reply, and each stage keeps its own timing.

The scripted servers make the difference observable without a clock: one
answers only once the whole group has arrived (a client that waits for each
reply would stall there until its timeout), the other notes any command that
arrived before it had answered the previous one.
"""

from __future__ import annotations

import asyncio

from tests.servers import ScriptedServer, SmtpServer, reply_until_quit
from tests.story import check
from wizard.core.engine import CheckRequest, LineAdded, StepStatus, run_check
from wizard.core.model import Profile, Security
from wizard.core.stages import Stage
from wizard.core.transcript import to_text

FROM = "alice@example.test"
TO = "bob@example.test"
EHLO_PIPELINING = "250-mx.example.test\r\n250-PIPELINING\r\n250 8BITMIME"
EHLO_PLAIN = "250-mx.example.test\r\n250 8BITMIME"


def plain_profile(port: int, timeout: float = 3) -> Profile:
    return Profile(
        host="127.0.0.1", port=port, security=Security.NONE, auth=False,
        from_address=FROM, timeout=timeout,
    )  # fmt: skip


def step(result, stage: Stage):
    return next(s for s in result.steps if s.stage is stage)


class GroupServer:
    """Offers PIPELINING and answers the envelope only when all of it has arrived:
    MAIL, RCPT (and DATA when ``data``) before a single reply."""

    def __init__(
        self, rcpt_reply: str = "250 2.1.5 rcpt ok", data_reply: str = "354 go on", data=False
    ) -> None:
        self.rcpt_reply = rcpt_reply
        self.data_reply = data_reply
        self.data = data
        self.groups: list[list[str]] = []
        self.quit_seen = asyncio.Event()
        self.body_lines: list[str] = []

    async def __call__(self, reader, writer) -> None:
        writer.write(b"220 mx.example.test ESMTP\r\n")
        await reader.readline()  # EHLO
        writer.write(EHLO_PIPELINING.encode() + b"\r\n")
        expected = ("MAIL", "RCPT", "DATA") if self.data else ("MAIL", "RCPT")
        group = [(await reader.readline()).decode().strip() for _ in expected]
        self.groups.append(group)
        writer.write(b"250 2.1.0 sender ok\r\n")
        await writer.drain()
        await asyncio.sleep(0.3)  # the RCPT reply comes later: RCPT is timed on its own
        writer.write(self.rcpt_reply.encode() + b"\r\n")
        if self.data:
            writer.write(self.data_reply.encode() + b"\r\n")
            if self.data_reply.startswith("354"):
                while (line := (await reader.readline()).decode()) not in (".\r\n", ""):
                    self.body_lines.append(line)
                writer.write(b"250 2.0.0 Ok: queued as PIPE1\r\n")
        await writer.drain()
        line = await reader.readline()
        if line.startswith(b"QUIT"):
            self.quit_seen.set()
            writer.write(b"221 bye\r\n")
            await writer.drain()


async def test_the_envelope_goes_in_one_flight_when_the_server_offers_pipelining():
    script = GroupServer()
    async with ScriptedServer(script) as server:
        result = await run_check(CheckRequest(plain_profile(server.port), to_address=TO))
        await asyncio.wait_for(script.quit_seen.wait(), 3)
    assert result.ok, result.diagnosis
    assert script.groups == [[f"MAIL FROM:<{FROM}>", f"RCPT TO:<{TO}>"]]
    # The transcript shows both commands, then both replies, in wire order.
    text = to_text(result.transcript)
    wire_order = ("->  MAIL FROM", "->  RCPT TO", "<-  250 2.1.0", "<-  250 2.1.5")
    order = [text.index(s) for s in wire_order]
    assert order == sorted(order)
    # Each stage timed on its own reply: RCPT's reply came 0.3 s after MAIL's.
    mail, rcpt = step(result, Stage.MAIL), step(result, Stage.RCPT)
    assert (mail.status, rcpt.status) == (StepStatus.OK, StepStatus.OK)
    assert rcpt.ms >= 250 > mail.ms


async def test_a_test_message_pipelines_mail_rcpt_and_data_in_one_envelope():
    script = GroupServer(data=True)
    async with ScriptedServer(script) as server:
        request = CheckRequest(plain_profile(server.port), to_address=TO, send=True)
        result = await run_check(request)
        await asyncio.wait_for(script.quit_seen.wait(), 3)
    assert result.ok, result.diagnosis
    assert script.groups == [[f"MAIL FROM:<{FROM}>", f"RCPT TO:<{TO}>", "DATA"]]
    assert any(line.startswith("Subject: SMTP Setup Wizard") for line in script.body_lines)
    data = step(result, Stage.DATA)
    assert data.status is StepStatus.OK and "PIPE1" in data.reply
    assert "(message body:" in to_text(result.transcript)


async def test_a_refused_recipient_in_a_group_fails_at_rcpt_not_at_data():
    # RFC 2920 3.1: DATA after a refused RCPT gets 554 (Postfix: "no valid recipients").
    script = GroupServer(
        rcpt_reply="550 5.1.1 <bob@example.test>: Recipient address rejected",
        data_reply="554 5.5.1 Error: no valid recipients",
        data=True,
    )
    async with ScriptedServer(script) as server:
        out = await check(server.port, security="none", to=TO, send=True)
    assert out.code == "RECIPIENT_REJECTED" and out.result.diagnosis is not None
    assert out.result.diagnosis.stage is Stage.RCPT
    assert step(out.result, Stage.RCPT).status is StepStatus.FAILED


async def test_a_354_after_a_refused_recipient_ends_the_empty_message_before_quit():
    script = GroupServer(rcpt_reply="550 5.1.1 no such user", data_reply="354 go on", data=True)
    async with ScriptedServer(script) as server:
        request = CheckRequest(plain_profile(server.port), to_address=TO, send=True)
        result = await run_check(request)
        await asyncio.wait_for(script.quit_seen.wait(), 3)
    assert result.diagnosis is not None and result.diagnosis.stage is Stage.RCPT
    assert script.body_lines == []  # only the end of data: nothing of the message
    assert b"QUIT" in bytes(server.received)


async def test_without_pipelining_every_command_waits_for_its_reply():
    early: list[bytes] = []

    async def one_at_a_time(reader, writer):
        writer.write(b"220 strict\r\n")
        while line := await reader.readline():
            await asyncio.sleep(0.05)  # room for a client that does not wait to send more
            waiting = bytes(reader._reader._buffer)
            if waiting:
                early.append(waiting)
            verb = line.split(b" ")[0].strip().upper()
            reply = {b"EHLO": EHLO_PLAIN, b"DATA": "354 go on", b"QUIT": "221 bye"}.get(
                verb, "250 ok"
            )
            if verb == b"DATA":
                writer.write(b"354 go on\r\n")
                while (await reader.readline()) not in (b".\r\n", b""):
                    pass
                reply = "250 queued"
            writer.write(reply.encode() + b"\r\n")
            await writer.drain()
            if verb == b"QUIT":
                return

    async with ScriptedServer(one_at_a_time) as server:
        result = await run_check(CheckRequest(plain_profile(server.port), to_address=TO, send=True))
    assert result.ok, result.diagnosis
    assert early == []
    assert b"MAIL FROM" in bytes(server.received) and b"DATA" in bytes(server.received)


async def test_aiosmtpd_without_pipelining_takes_the_one_at_a_time_path(certs):
    async with SmtpServer(certs, tls="starttls") as server:
        out = await check(server.port, user="alice@example.test", ca_file=certs.ca_file, send=True)
    assert out.result.ok and "PIPELINING" not in out.json["server"]["extensions"]
    # One envelope, no RSET anywhere: not before the message, not before QUIT.
    assert server.recorder.commands[:3] == [
        "MAIL FROM:<alice@example.test>", "RCPT TO:<alice@example.test>", "DATA",
    ]  # fmt: skip
    assert "RSET" not in server.recorder.commands


async def test_aiosmtpd_with_pipelining_passes_the_same_checks(certs):
    from tests.servers import Behaviour

    behaviour = Behaviour(pipelining=True)
    async with SmtpServer(certs, tls="starttls", behaviour=behaviour) as server:
        out = await check(
            server.port, user="alice@example.test", ca_file=certs.ca_file, send=True,
            relay_as="boss@example.test",
        )  # fmt: skip
    assert out.result.ok, out.result.diagnosis
    assert "PIPELINING" in out.json["server"]["extensions"]
    statuses = {s["id"]: s["status"] for s in out.json["steps"]}
    assert statuses["mail"] == statuses["rcpt"] == statuses["sendas"] == statuses["data"] == "ok"
    one_run = [
        "MAIL FROM:<alice@example.test>", "RCPT TO:<alice@example.test>", "RSET",
        "MAIL FROM:<boss@example.test>", "RCPT TO:<alice@example.test>", "DATA",
    ]  # fmt: skip
    assert server.recorder.commands == one_run * 3  # engine, CLI --json, CLI readable


async def test_the_verdict_does_not_wait_for_the_quit_reply():
    async def never_says_goodbye(reader, writer):
        await reply_table(reader, writer)

    async def reply_table(reader, writer):
        writer.write(b"220 ok\r\n")
        while line := await reader.readline():
            verb = line.split(b" ")[0].strip().upper()
            if verb == b"QUIT":
                await asyncio.sleep(30)  # no 221, ever
                return
            writer.write((EHLO_PLAIN if verb == b"EHLO" else "250 ok").encode() + b"\r\n")

    async with ScriptedServer(never_says_goodbye) as server:
        # A stage timeout of 10 s: waiting for the 221 would end the guard first.
        async with asyncio.timeout(5):
            result = await run_check(CheckRequest(plain_profile(server.port, timeout=10)))
    assert result.ok and step(result, Stage.QUIT).status is StepStatus.OK
    assert "->  QUIT" in to_text(result.transcript)


class QuitInGroupServer:
    """Offers PIPELINING and waits for QUIT *before* answering the envelope (or the
    message's end): only a client that puts QUIT in the same flight (RFC 2920 3.1)
    gets its replies. The group's replies and the 221 go out in one write, so the
    221 reaches the client in the same segment as the last reply it waits for."""

    def __init__(self, rcpt_reply: str = "250 2.1.5 rcpt ok", data: bool = False) -> None:
        self.rcpt_reply = rcpt_reply
        self.data = data
        self.flights: list[list[str]] = []
        self.quits = 0

    async def _lines(self, reader, count: int) -> list[str]:
        lines = []
        for _ in range(count):
            try:
                line = await asyncio.wait_for(reader.readline(), 1.5)
            except TimeoutError:
                break  # the client waits for a reply first: it gets none
            lines.append(line.decode().strip())
        self.quits += lines.count("QUIT")
        self.flights.append(lines)
        return lines

    async def __call__(self, reader, writer) -> None:
        writer.write(b"220 mx.example.test ESMTP\r\n")
        await reader.readline()  # EHLO
        writer.write(EHLO_PIPELINING.encode() + b"\r\n")
        if not self.data:
            if (await self._lines(reader, 3))[-1:] != ["QUIT"]:
                return
            writer.write(f"250 2.1.0 ok\r\n{self.rcpt_reply}\r\n221 2.0.0 Bye\r\n".encode())
        else:
            await self._lines(reader, 3)  # MAIL, RCPT, DATA
            writer.write(b"250 2.1.0 ok\r\n250 2.1.5 ok\r\n354 go on\r\n")
            while (await reader.readline()) not in (b".\r\n", b""):
                pass
            if await self._lines(reader, 1) != ["QUIT"]:
                return
            writer.write(b"250 2.0.0 Ok: queued as Q1\r\n221 2.0.0 Bye\r\n")
        await writer.drain()
        await self._lines(reader, 1)  # a second QUIT would show here
        writer.close()


async def _check_until_goodbye(port: int, send: bool = False):
    lines: list[str] = []

    def on_event(event) -> None:
        if isinstance(event, LineAdded):
            lines.append(event.line.text)

    result = await run_check(CheckRequest(plain_profile(port), to_address=TO, send=send), on_event)
    async with asyncio.timeout(3):
        while not any(line.startswith("221") for line in lines):
            await asyncio.sleep(0.01)  # the goodbye reads the 221 after the verdict
    return result, lines


async def test_a_dry_check_puts_quit_in_the_envelopes_flight_and_still_shows_the_221():
    script = QuitInGroupServer()
    async with ScriptedServer(script) as server:
        result, lines = await _check_until_goodbye(server.port)
        await asyncio.sleep(0.2)
    assert result.ok, result.diagnosis
    assert script.flights[0] == [f"MAIL FROM:<{FROM}>", f"RCPT TO:<{TO}>", "QUIT"]
    assert script.quits == 1
    assert step(result, Stage.QUIT).status is StepStatus.OK
    # Every reply still pairs with its command, in wire order.
    order = [lines.index(s) for s in ("QUIT", "250 2.1.0 ok", "250 2.1.5 rcpt ok")]
    assert order == sorted(order) and lines[-1].startswith("221")


async def test_a_refused_recipient_with_quit_already_sent_says_quit_only_once():
    script = QuitInGroupServer(rcpt_reply="550 5.1.1 <bob@example.test>: no such user")
    async with ScriptedServer(script) as server:
        result, _lines = await _check_until_goodbye(server.port)
        await asyncio.sleep(0.2)
    assert result.diagnosis is not None and result.diagnosis.code == "RECIPIENT_REJECTED"
    assert step(result, Stage.RCPT).status is StepStatus.FAILED
    assert script.quits == 1


async def test_a_test_message_puts_quit_in_the_flight_of_its_end():
    script = QuitInGroupServer(data=True)
    async with ScriptedServer(script) as server:
        result, _lines = await _check_until_goodbye(server.port, send=True)
        await asyncio.sleep(0.2)
    assert result.ok, result.diagnosis
    assert script.flights[1] == ["QUIT"] and script.quits == 1
    assert "Q1" in step(result, Stage.DATA).reply


# -- the TLS context: built in a worker thread while connecting, once per run ----------------
async def test_the_tls_context_is_built_off_the_event_loop_thread_once_per_run(certs, monkeypatch):
    import threading

    from wizard.core import engine, tls

    threads: list[str] = []
    real = engine.client_context

    def recording(ca_file: str = "") -> object:
        threads.append(threading.current_thread().name)
        return real(ca_file)

    monkeypatch.setattr(engine, "client_context", recording)
    tls._context.cache_clear()
    async with SmtpServer(certs, tls="starttls") as server:
        out = await check(
            server.port, user="alice@example.test", ca_file=certs.ca_file, cli_too=False
        )
    assert out.result.ok, out.result.diagnosis
    assert len(threads) == 1 and threads[0] != threading.current_thread().name


# -- port-mode detection: a race, not a wait for the whole timeout ----------------------------
async def test_plain_to_an_implicit_tls_port_is_named_long_before_the_timeout(certs):
    async with SmtpServer(certs, tls="implicit") as server:
        # A 10 s greeting timeout; the guard ends first unless the TLS probe races.
        async with asyncio.timeout(5):
            out = await check(server.port, security="starttls", timeout=10, cli_too=False)
    assert out.code == "PORT_REQUIRES_TLS" and out.exit_code == 21
    assert "no greeting within 1 s" in out.transcript


async def test_a_slow_greeter_still_passes_although_the_tls_probe_started():
    # Postfix postscreen's greet delay (postscreen_greet_wait): silence, then a greeting.
    async def slow_greeter(reader, writer):
        await asyncio.sleep(1.8)
        await reply_until_quit(reader, writer, {"EHLO": EHLO_PLAIN})

    async with ScriptedServer(slow_greeter) as server:
        result = await run_check(CheckRequest(plain_profile(server.port, timeout=5)))
    assert result.ok, result.diagnosis
    text = to_text(result.transcript)
    assert "trying a TLS handshake" in text  # the probe ran, and lost
    assert step(result, Stage.GREETING).status is StepStatus.OK


async def test_the_readable_cli_ends_its_transcript_before_the_summary(certs):
    # The 221 may arrive after the verdict: it never lands below the summary.
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.servers import PASSWORD, USER, Behaviour

    behaviour = Behaviour(pipelining=True)
    async with SmtpServer(certs, tls="starttls", behaviour=behaviour) as server:
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "main.py"), "check", "--host", "localhost",
            "--port", str(server.port), "--user", USER, "--from", USER,
            "--ca-file", certs.ca_file, "--password-stdin", "--send", "--lang", "en",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
        )  # fmt: skip
        out, _ = await asyncio.wait_for(process.communicate((PASSWORD + "\n").encode()), 30)
    text = out.decode()
    assert process.returncode == 0, text
    summary = text.index("Steps:")
    assert "~>  QUIT" in text[:summary]
    assert text.rstrip().endswith("Success: the server accepted everything that was checked.")
