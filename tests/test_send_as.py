"""Issue 11, point 3: the check tests what the application will send.

Under "send as each user" the From on screen (ceo@) is what the application
puts on its mail, while the account signs in as ops@. The check must put
exactly that address to the server - as the "send as" probe and on the test
message - never a made-up one, and a refusal after DATA must name ceo@.
Every story runs against a real loopback aiosmtpd server (tests/servers.py)."""

from __future__ import annotations

import email
import email.policy
import email.utils
import json

import pytest

from tests.conftest import assert_no_secret
from tests.servers import PASSWORD, Behaviour, SmtpServer
from tests.story import check
from wizard.core.engine import (
    CheckRequest,
    CheckResult,
    Event,
    StageFinished,
    StepResult,
    StepStatus,
    run_check,
)
from wizard.core.model import FromPolicy, Profile
from wizard.core.stages import Stage
from wizard.core.transcript import to_text

OPS = "ops@acme.test"  # the login
CEO = "ceo@acme.test"  # the From on screen
ADMIN = "admin@acme.test"  # the test recipient
PROBE = "smtp-wizard-send-as-test@acme.test"  # the made-up address of the old engine
SEND_AS_DENIED = Behaviour(refuse_from_header=(CEO,))


async def run(
    server: SmtpServer,
    certs,
    *,
    policy: FromPolicy = FromPolicy.SEND_AS_USER,
    username: str = OPS,
    from_address: str = CEO,
    send: bool = True,
    auth: bool = True,
) -> tuple[CheckResult, list[Event]]:
    """One check as the wizard's Test page starts it (no relay_as: the engine decides)."""
    profile = Profile(
        host="127.0.0.1",
        port=server.port,
        auth=auth,
        username=username if auth else "",
        from_policy=policy,
        from_address=from_address,
        display_name="Acme",
        ca_file=certs.ca_file,
        timeout=5,
    )
    request = CheckRequest(profile, PASSWORD if auth else "", to_address=ADMIN, send=send)
    events: list[Event] = []
    result = await run_check(request, events.append)
    for text in (to_text(result.transcript), json.dumps(result.to_dict())):
        assert_no_secret(text, PASSWORD, username)
    return result, events


def step(result: CheckResult, stage: Stage) -> StepResult:
    return next(s for s in result.steps if s.stage is stage)


def header_from(raw: bytes) -> tuple[str, str]:
    """(From, Reply-To) of the one message in ``raw`` (what the server received)."""
    body = raw.split(b"\r\nDATA\r\n", 1)[1].split(b"\r\n.\r\n", 1)[0]
    message = email.message_from_bytes(body, policy=email.policy.compat32)
    return email.utils.parseaddr(message["From"])[1], message.get("Reply-To", "")


def assert_one_envelope(commands: list[str], sender: str) -> None:
    """Exactly one MAIL FROM carries the message's envelope, and nothing resets
    the transaction between it (and its RCPT) and DATA."""
    assert commands.count(f"MAIL FROM:<{sender}>") == 1, commands
    data = commands.index("DATA")
    last_mail = max(i for i, c in enumerate(commands[:data]) if c.startswith("MAIL FROM:"))
    assert commands[last_mail] == f"MAIL FROM:<{sender}>", commands
    assert commands[last_mail + 1 : data] == [f"RCPT TO:<{ADMIN}>"], commands


async def test_send_as_refused_after_data_names_the_from_on_screen(certs):
    async with SmtpServer(certs, user=OPS, behaviour=SEND_AS_DENIED) as server:
        result, events = await run(server, certs)
    diagnosis = result.diagnosis
    assert not result.ok and diagnosis is not None
    assert (diagnosis.code, diagnosis.stage, result.exit_code) == (
        "SENDER_NOT_ALLOWED",
        Stage.DATA,
        26,
    )
    assert diagnosis.params["sender"] == CEO
    assert CEO in diagnosis.render()[1]  # the explanation names ceo@, not ops@
    assert "550 5.7.60 SendAsDenied" in diagnosis.detail
    # The account's own address first, then the From on screen - what the application sends.
    assert server.recorder.commands == [
        f"MAIL FROM:<{OPS}>",
        f"RCPT TO:<{ADMIN}>",
        "RSET",
        f"MAIL FROM:<{CEO}>",
        f"RCPT TO:<{ADMIN}>",
        "DATA",
    ]
    assert header_from(bytes(server.recorder.raw)) == (CEO, "")
    text = to_text(result.transcript)
    assert PROBE not in text and "smtp-wizard" not in bytes(server.recorder.raw).decode()
    assert "From: Acme <ceo@acme.test>" in text
    # The checklist names what each step checked, and so do the live events.
    assert (step(result, Stage.MAIL).subject, step(result, Stage.MAIL).status) == (
        OPS,
        StepStatus.OK,
    )
    send_as = step(result, Stage.SEND_AS)
    assert (send_as.subject, send_as.status, send_as.reply) == (CEO, StepStatus.OK, CEO)
    data = step(result, Stage.DATA)
    assert (data.subject, data.status) == (CEO, StepStatus.FAILED)
    finished = [e.step for e in events if isinstance(e, StageFinished)]
    assert [s.subject for s in finished if s.stage is Stage.SEND_AS] == [CEO]
    # The one-click fix: the account's own address as the fixed From.
    assert diagnosis.fixes[0].changes == {"from_policy": "fixed_from", "from_address": OPS}


async def test_without_sending_the_probe_checks_the_from_on_screen_and_warns(certs):
    async with SmtpServer(certs, user=OPS, behaviour=SEND_AS_DENIED) as server:
        result, _ = await run(server, certs, send=False)
    assert result.ok and result.exit_code == 0
    assert server.recorder.commands == [
        f"MAIL FROM:<{OPS}>",
        f"RCPT TO:<{ADMIN}>",
        "RSET",
        f"MAIL FROM:<{CEO}>",
        f"RCPT TO:<{ADMIN}>",
        # No RSET before QUIT (issue 15): QUIT ends the open transaction (RFC 5321).
    ]
    send_as = step(result, Stage.SEND_AS)
    assert (send_as.subject, send_as.status) == (CEO, StepStatus.OK)
    assert step(result, Stage.DATA).status is StepStatus.SKIPPED
    text = to_text(result.transcript)
    assert "refuse 'send as' only after the message" in text
    assert PROBE not in text


async def test_send_as_refused_at_mail_names_the_address_on_the_failed_step(certs):
    behaviour = Behaviour(own_addresses=(OPS, ADMIN))
    async with SmtpServer(certs, user=OPS, behaviour=behaviour) as server:
        result, events = await run(server, certs, send=False)
    diagnosis = result.diagnosis
    assert diagnosis is not None
    assert (diagnosis.code, diagnosis.stage, result.exit_code) == (
        "SENDER_NOT_ALLOWED",
        Stage.SEND_AS,
        23,
    )
    assert diagnosis.params["sender"] == CEO
    send_as = step(result, Stage.SEND_AS)
    assert (send_as.subject, send_as.status) == (CEO, StepStatus.FAILED)
    assert "not owned by user" in send_as.reply
    finished = [e.step for e in events if isinstance(e, StageFinished)]
    assert finished[-1].stage is Stage.SEND_AS and finished[-1].subject == CEO


async def test_fixed_from_sends_the_message_from_the_fixed_address_in_one_envelope(certs):
    async with SmtpServer(certs, user=OPS) as server:
        result, _ = await run(server, certs, policy=FromPolicy.FIXED_FROM)
    assert result.ok, result.diagnosis
    assert server.recorder.commands == [
        f"MAIL FROM:<{CEO}>",
        f"RCPT TO:<{ADMIN}>",
        "DATA",
    ]
    message = email.message_from_bytes(server.recorder.messages[0])
    assert email.utils.parseaddr(message["From"])[1] == CEO
    assert message["Reply-To"] is None
    assert step(result, Stage.SEND_AS).status is StepStatus.SKIPPED
    assert step(result, Stage.DATA).subject == CEO


@pytest.mark.parametrize(
    ("policy", "username", "from_address", "envelope"),
    [
        (FromPolicy.SEND_AS_USER, OPS, CEO, CEO),  # send-as probe left the right one open
        (FromPolicy.FIXED_FROM, OPS, CEO, CEO),  # the MAIL stage left the right one open
        (FromPolicy.FIXED_FROM, OPS, OPS, OPS),
    ],
)
async def test_the_message_goes_in_the_envelope_already_open(
    certs, policy, username, from_address, envelope
):
    async with SmtpServer(certs, user=username) as server:
        result, _ = await run(
            server, certs, policy=policy, username=username, from_address=from_address
        )
    assert result.ok, result.diagnosis
    commands = server.recorder.commands
    assert_one_envelope(commands, envelope)
    assert commands.count("DATA") == 1
    assert len(server.recorder.messages) == 1


@pytest.mark.parametrize(
    ("username", "auth"),
    [(OPS, True), ("ops", True), ("", False)],
    ids=["from-is-the-login", "login-not-an-address", "no-sign-in"],
)
async def test_from_equal_to_own_address_probes_another_address_but_sends_as_itself(
    certs, username, auth
):
    async with SmtpServer(certs, user=username or OPS) as server:
        result, _ = await run(server, certs, username=username, from_address=OPS, auth=auth)
    assert result.ok, result.diagnosis
    # The only way to check "send as" rights at all is another address of the
    # domain; the message itself still goes from the From on screen.
    assert server.recorder.commands == [
        f"MAIL FROM:<{OPS}>",
        f"RCPT TO:<{ADMIN}>",
        "RSET",
        f"MAIL FROM:<{PROBE}>",
        f"RCPT TO:<{ADMIN}>",
        "RSET",
        f"MAIL FROM:<{OPS}>",
        f"RCPT TO:<{ADMIN}>",
        "DATA",
    ]
    assert step(result, Stage.SEND_AS).subject == PROBE
    assert "is the account's own" in to_text(result.transcript)
    message = email.message_from_bytes(server.recorder.messages[0])
    assert email.utils.parseaddr(message["From"])[1] == OPS
    assert step(result, Stage.DATA).subject == OPS


async def test_cli_relay_as_keeps_from_as_the_own_address_and_sends_as_relay_as(certs):
    # `main.py check --from ops@ --relay-as ceo@ --send`: --from is the account's own
    # sender, --relay-as the address sent as (DESIGN.md), in the engine and both CLI forms.
    async with SmtpServer(certs, user=OPS, behaviour=SEND_AS_DENIED) as server:
        out = await check(
            server.port, user=OPS, from_=OPS, to=ADMIN, relay_as=CEO, send=True,
            ca_file=certs.ca_file,
        )  # fmt: skip
    assert (out.code, out.exit_code) == ("SENDER_NOT_ALLOWED", 26)
    assert out.result.diagnosis is not None and out.result.diagnosis.params["sender"] == CEO
    assert CEO in out.json["diagnosis"]["explanation"]
    one_run = [
        f"MAIL FROM:<{OPS}>",
        f"RCPT TO:<{ADMIN}>",
        "RSET",
        f"MAIL FROM:<{CEO}>",
        f"RCPT TO:<{ADMIN}>",
        "DATA",
    ]
    assert server.recorder.commands == one_run * 3  # engine, CLI --json, CLI readable
    # The JSON step object keeps its contract; the send-as step's reply names ceo@.
    send_as = next(s for s in out.json["steps"] if s["id"] == "sendas")
    assert send_as == {"id": "sendas", "status": "ok", "ms": send_as["ms"], "reply": CEO}
