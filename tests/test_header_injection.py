"""A CR or LF in a header value of the test message (Subject, the From name, the
Reply-To address) is refused with the other input checks, before the server sees
MAIL or RCPT (issue 13: it used to raise after the envelope was sent)."""

from __future__ import annotations

import pytest

from tests.servers import PASSWORD, USER, SmtpServer
from wizard.core.engine import CheckRequest, run_check
from wizard.core.model import FromPolicy, Profile
from wizard.core.stages import Stage


def office(port: int, ca_file: str, **changes: object) -> Profile:
    profile = Profile(
        host="127.0.0.1",
        port=port,
        username=USER,
        from_address=USER,
        from_policy=FromPolicy.FIXED_FROM,
        ca_file=ca_file,
    )
    return profile.copy(**changes)


@pytest.mark.parametrize(
    ("where", "field"),
    [
        ({"subject": "Invoice\r\nBcc: everyone@example.test"}, "subject"),
        ({"subject": "Invoice\nX-Injected: 1"}, "subject"),
        ({"on_behalf_of": "bob@example.test\r\nBcc: everyone@example.test"}, "on_behalf_of"),
        ({"display_name": "Acme\r\nBcc: everyone@example.test"}, "display_name"),
    ],
    ids=["subject-crlf", "subject-lf", "reply-to", "from-name"],
)
async def test_a_line_break_in_a_header_value_stops_the_check_before_mail_from(certs, where, field):
    async with SmtpServer(certs) as server:
        profile_changes = {k: v for k, v in where.items() if k == "display_name"}
        request_changes = {k: v for k, v in where.items() if k != "display_name"}
        result = await run_check(
            CheckRequest(
                office(server.port, certs.ca_file, **profile_changes),
                password=PASSWORD,
                send=True,
                **request_changes,
            )
        )
    assert result.diagnosis is not None
    assert result.diagnosis.code == "INVALID_INPUT"
    assert result.diagnosis.params["field"] == field
    assert result.diagnosis.params["error"] == "control_chars"
    assert result.steps[0].stage is Stage.INPUT
    assert result.exit_code == 1
    assert server.recorder.commands == []
    assert bytes(server.recorder.raw) == b""  # not even a connection's worth of bytes


async def test_a_plain_subject_and_reply_to_still_send(certs):
    async with SmtpServer(certs) as server:
        result = await run_check(
            CheckRequest(
                office(server.port, certs.ca_file, display_name="Acme Ltd"),
                password=PASSWORD,
                send=True,
                subject="Invoice 42 – ¿recibido?",
                on_behalf_of="bob@example.test",
            )
        )
    assert result.ok, result.diagnosis
    assert b"Reply-To: bob@example.test" in server.recorder.messages[-1]
