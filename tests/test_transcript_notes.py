"""The transcript in the user's language where it is ours (notes, details, why a
step was skipped), as sent where it is the protocol; the line where a run failed;
what a pass proved."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, SmtpServer
from wizard.core import i18n
from wizard.core.engine import (
    SKIP_NO_MESSAGE,
    SKIP_NOT_STARTTLS_NONE,
    SKIP_NOT_STARTTLS_SSL,
    SKIP_SEND_AS_POLICY,
    SKIP_SIGN_IN_OFF,
    CheckRequest,
    CheckResult,
    StepResult,
    StepStatus,
    run_check,
)
from wizard.core.model import Profile, Security
from wizard.core.proof import Proof, proof_of, queue_id
from wizard.core.stages import Stage
from wizard.core.transcript import (
    REDACTED,
    Direction,
    Transcript,
    TranscriptLine,
    failing_line,
    note,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def shouting():
    """A stand-in language: our notes come back in capitals, placeholders kept."""
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        if context != "Transcript":
            return text
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), text)

    i18n.set_translator(translate)
    yield seen
    i18n.set_translator(None)


def test_a_note_is_translated_then_filled_and_a_value_is_never_a_placeholder(shouting):
    text = note("Trying {address}...", address="{address}:25")
    assert text == "TRYING {address}:25..."
    assert ("Transcript", "Trying {address}...") in shouting


def test_a_note_is_redacted_like_every_line(shouting):
    transcript = Transcript([PASSWORD])
    transcript.info(note("QUIT not answered cleanly: {error}", error=f"echo {PASSWORD}"))
    assert PASSWORD not in transcript.lines[0].text
    assert transcript.lines[0].text == f"QUIT NOT ANSWERED CLEANLY: echo {REDACTED}"


def test_every_note_the_engine_writes_is_marked_for_translation():
    """No f-string or bare literal goes to the transcript or a failure's details."""
    for name in ("engine.py", "wire.py"):
        source = (ROOT / "wizard" / "core" / name).read_text()
        for call in re.findall(r"transcript\.(?:info|error)\(\s*([^\n]*)", source):
            assert call.startswith(("note(", "line", "last_error.detail", "failure.")), call
        for detail in re.findall(r'_Failure\(\s*"[A-Z0-9_]+",\s*([^\n]*)', source):
            # "field: code" (INVALID_INPUT) is for programs; people read the field's message.
            if detail != 'f"{field_name}: {code}")':
                assert not detail.startswith(('"', "f'", 'f"')), detail


async def test_our_notes_follow_the_language_and_the_protocol_stays_as_sent(certs, shouting):
    async with SmtpServer(certs, tls="starttls") as server:
        profile = Profile(
            host="127.0.0.1",
            port=server.port,
            security=Security.STARTTLS,
            username=USER,
            from_address=USER,
            ca_file=certs.ca_file,
        )
        result = await run_check(CheckRequest(profile, PASSWORD, send=True))
    assert result.ok
    texts = [(line.direction, line.text) for line in result.transcript]
    assert (Direction.INFO, f"TRYING 127.0.0.1:{server.port}...") in texts
    assert (Direction.INFO, f"CONNECTED TO 127.0.0.1:{server.port}") in texts
    assert any(t.startswith("(MESSAGE BODY: 1 LINES, ") for _d, t in texts)
    assert (Direction.CLIENT, "STARTTLS") in texts
    assert (Direction.SERVER, "220 mx.example.test Test ESMTP") in texts
    assert (Direction.CLIENT, f"MAIL FROM:<{USER}>") in texts


async def test_a_detail_we_write_is_translated_and_a_server_reply_is_not(certs, shouting):
    async with SmtpServer(certs, tls="starttls", advertise_starttls=False) as server:
        profile = Profile(
            host="127.0.0.1",
            port=server.port,
            security=Security.STARTTLS,
            auth=False,
            from_address=USER,
        )
        result = await run_check(CheckRequest(profile))
    assert result.diagnosis.code == "STARTTLS_NOT_OFFERED"
    shouted = "THE SERVER'S LIST OF FEATURES (EHLO) DOES NOT INCLUDE STARTTLS"
    assert result.diagnosis.detail == shouted
    errors = [line.text for line in result.transcript if line.direction is Direction.ERROR]
    assert errors == [shouted]
    assert "250-AUTH LOGIN PLAIN" in [line.text for line in result.transcript]


@pytest.mark.parametrize(
    ("security", "auth", "send", "expected"),
    [
        (
            Security.NONE,
            False,
            False,
            {
                Stage.STARTTLS: SKIP_NOT_STARTTLS_NONE,
                Stage.AUTH: SKIP_SIGN_IN_OFF,
                Stage.SEND_AS: SKIP_SEND_AS_POLICY,
                Stage.DATA: SKIP_NO_MESSAGE,
            },
        ),
        (
            Security.SSL,
            True,
            True,
            {Stage.STARTTLS: SKIP_NOT_STARTTLS_SSL, Stage.SEND_AS: SKIP_SEND_AS_POLICY},
        ),
    ],
)
async def test_every_skipped_step_says_why(certs, security, auth, send, expected):
    tls = "implicit" if security is Security.SSL else "plain"
    async with SmtpServer(certs, tls=tls) as server:
        profile = Profile(
            host="127.0.0.1",
            port=server.port,
            security=security,
            auth=auth,
            username=USER,
            from_address=USER,
            ca_file=certs.ca_file,
        )
        result = await run_check(CheckRequest(profile, PASSWORD, send=send))
    assert result.ok
    skipped = {s.stage: s.reason for s in result.steps if s.status is StepStatus.SKIPPED}
    assert skipped == expected
    # The CLI's --json step object is unchanged (DESIGN.md: {id, status, ms, reply}).
    assert all(set(s.to_dict()) == {"id", "status", "ms", "reply"} for s in result.steps)


# -- the failing line ---------------------------------------------------------------------
def lines(*spec: tuple[Direction, str]) -> list[TranscriptLine]:
    return [TranscriptLine(i, d, False, t) for i, (d, t) in enumerate(spec)]


C, S, N, E = Direction.CLIENT, Direction.SERVER, Direction.INFO, Direction.ERROR


def test_the_failing_line_is_the_refusal_not_the_goodbye_after_it():
    found = lines(
        (S, "220 hi"),
        (C, "DATA"),
        (S, "354 go"),
        (S, "550 5.7.60 SendAsDenied"),
        (C, "QUIT"),
        (S, "221 Bye"),
    )
    assert failing_line(found) == 3


def test_a_multi_line_refusal_starts_at_its_first_line_and_our_error_wins_when_last():
    found = lines((S, "250 ok"), (S, "554-5.7.1 Policy"), (S, "554 5.7.1 rejected"))
    assert failing_line(found) == 1
    found = lines((E, "Connection refused"), (N, "Connected"), (S, "220 ok"), (E, "no answer"))
    assert failing_line(found) == 3  # not the first address that was refused


def test_a_run_without_a_refusal_has_no_failing_line():
    assert failing_line(lines((S, "220 ok"), (S, "250 ok"), (C, ""), (S, ""))) is None


# -- what a pass proved ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("250 2.0.0 Ok: queued as 7E9BE2180E6", "7E9BE2180E6"),
        ("250 2.0.0 Ok: queued as TEST1", "TEST1"),
        ("250 OK id=1rA2b3-000Cd4-EF", "1rA2b3-000Cd4-EF"),
        ("250 2.0.0 OK  1700000000 a1-20020a.123 - gsmtp", ""),
        ("", ""),
    ],
)
def test_the_queue_id_is_read_from_the_reply_to_the_message(reply, expected):
    assert queue_id(reply) == expected


def result_with(*steps: StepResult, ok: bool = True) -> CheckResult:
    return CheckResult(ok, 0, None, list(steps), [])


def test_a_sent_message_proves_its_from_its_recipient_and_its_queue_id():
    result = result_with(
        StepResult(Stage.MAIL, StepStatus.OK, 1, subject="ops@acme.test"),
        StepResult(Stage.RCPT, StepStatus.OK, 1, subject="ana@acme.test"),
        StepResult(
            Stage.DATA, StepStatus.OK, 1, "250 2.0.0 Ok: queued as 11CA920E872", "ops@acme.test"
        ),
    )
    assert proof_of(result) == Proof(
        "ops@acme.test", "ana@acme.test", True, "11CA920E872", "250 2.0.0 Ok: queued as 11CA920E872"
    )


def test_without_a_message_the_from_on_screen_is_named_when_it_was_accepted():
    result = result_with(
        StepResult(Stage.MAIL, StepStatus.OK, 1, subject="ops@acme.test"),
        StepResult(Stage.RCPT, StepStatus.OK, 1, subject="ana@acme.test"),
        StepResult(Stage.SEND_AS, StepStatus.OK, 1, subject="ceo@acme.test"),
        StepResult(Stage.DATA, StepStatus.SKIPPED, 0, reason=SKIP_NO_MESSAGE),
    )
    assert proof_of(result, "CEO@acme.test") == Proof("CEO@acme.test", "ana@acme.test", False)
    # The From was never put to the server: the sender that was is named instead.
    assert proof_of(result, "x@acme.test").sender == "ops@acme.test"
    assert proof_of(result_with(ok=False)) is None
