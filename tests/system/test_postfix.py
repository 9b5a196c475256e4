"""The command line against a real Postfix: what an admin sees for each outcome.

Every reply asserted here came from Postfix itself (tests/system/stack.py
configures it); the aiosmtpd doubles of the unit tier are nowhere involved.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from tests.conftest import assert_no_secret, run_main
from tests.system.stack import NOT_OWNED, PASSWORD, SEND_AS, USER
from wizard.core.model import FromPolicy, Profile
from wizard.core.store import ProfileStore


def check(*args: str, password: str | None = PASSWORD) -> tuple[int, dict, str]:
    """Run `main.py check --json` as a user would; (exit code, report, raw output)."""
    if password is not None:
        args = (*args, "--password-stdin")
    done = run_main(
        "check", "--json", *args, stdin=(password + "\n") if password is not None else ""
    )
    raw = done.stdout + done.stderr
    assert_no_secret(raw, PASSWORD, USER)
    return done.returncode, json.loads(done.stdout), raw


def code(report: dict) -> str | None:
    return (report.get("diagnosis") or {}).get("code")


def failed_reply(report: dict) -> str:
    return next(s["reply"] for s in report["steps"] if s["status"] == "failed")


def sent(report: dict) -> list[str]:
    """What the client said, in order (the transcript's client lines)."""
    return [line["text"] for line in report["transcript"] if line["dir"] == "client"]


def envelope(report: dict) -> list[str]:
    """The client's MAIL, RCPT, RSET and DATA commands, in order."""
    return [c for c in sent(report) if c.split(" ")[0] in ("MAIL", "RCPT", "RSET", "DATA")]


def delivered(log: str, queue_id: str, timeout: float = 10) -> str:
    """The discard agent's line for ``queue_id`` in Postfix's own log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for line in Path(log).read_text(errors="replace").splitlines():
            if queue_id in line and "status=sent" in line:
                return line
        time.sleep(0.1)
    raise AssertionError(f"{queue_id} never showed as delivered in {log}")


@pytest.mark.parametrize(
    ("listener", "security", "sign_in"),
    [("submission", "starttls", True), ("implicit", "ssl", True), ("plain", "none", False)],
)
def test_a_real_message_goes_through_each_listener_and_is_delivered(
    system_stack, listener, security, sign_in
):
    port = system_stack.port(listener)
    args = ["--host", "localhost", "--port", str(port), "--security", security, "--send"]
    args += ["--from", USER, "--to", f"bob@{USER.split('@')[1]}"]
    if sign_in:
        args += ["--user", USER, "--ca-file", system_stack.ca_file]
    status, report, raw = check(*args, password=PASSWORD if sign_in else None)
    assert status == 0, raw
    assert report["ok"] is True
    queued = next(s["reply"] for s in report["steps"] if s["id"] == "data")
    queue_id = re.search(r"queued as (\w+)", queued).group(1)
    line = delivered(system_stack.need("postfix")["log"], queue_id)
    assert "relay=none" in line and "accepted by the system tier" in line
    if sign_in:
        assert "AUTH PLAIN ********" in raw or "AUTH LOGIN" in raw


def test_a_wrong_password_is_auth_failed(system_stack):
    status, report, _ = check(
        "--host", "localhost", "--port", str(system_stack.port("submission")),
        "--user", USER, "--ca-file", system_stack.ca_file, password="not the password",
    )  # fmt: skip
    assert (status, code(report)) == (28, "AUTH_FAILED")
    assert failed_reply(report).startswith("535 5.7.8")


def test_a_sender_the_login_does_not_own_is_refused(system_stack):
    status, report, _ = check(
        "--host", "localhost", "--port", str(system_stack.port("submission")),
        "--user", USER, "--from", NOT_OWNED, "--ca-file", system_stack.ca_file,
    )  # fmt: skip
    # Postfix refuses at RCPT (reject_sender_login_mismatch sits in the recipient
    # restrictions), not at MAIL as the unit tier's double does.
    assert (status, code(report)) == (24, "SENDER_NOT_ALLOWED")
    assert "not owned by user" in failed_reply(report)


def test_relaying_without_sign_in_is_refused(system_stack):
    status, report, _ = check(
        "--host", "localhost", "--port", str(system_stack.port("plain")), "--security", "none",
        "--from", USER, "--to", "someone@elsewhere.test", password=None,
    )  # fmt: skip
    assert (status, code(report)) == (24, "RELAY_DENIED")
    assert failed_reply(report).startswith("554 5.7.1")


def test_the_submission_port_wants_starttls_first(system_stack):
    status, report, _ = check(
        "--host", "localhost", "--port", str(system_stack.port("submission")),
        "--security", "none", "--from", USER, password=None,
    )  # fmt: skip
    assert (status, code(report)) == (23, "ENCRYPTION_REQUIRED")
    assert failed_reply(report).startswith("530 5.7.0 Must issue a STARTTLS command first")


def test_a_private_ca_is_untrusted_without_its_file(system_stack):
    status, report, _ = check(
        "--host", "localhost", "--port", str(system_stack.port("submission")), "--user", USER,
    )  # fmt: skip
    assert (status, code(report)) == (29, "CERT_UNTRUSTED")
    assert not any(s["id"] == "auth" and s["status"] == "ok" for s in report["steps"])


def test_a_name_not_in_the_certificate_is_a_mismatch(system_stack):
    status, report, _ = check(
        "--host", "127.0.0.1", "--port", str(system_stack.port("implicit")),
        "--security", "ssl", "--user", USER, "--ca-file", system_stack.ca_file,
    )  # fmt: skip
    assert (status, code(report)) == (29, "CERT_HOSTNAME_MISMATCH")


def test_send_as_refused_only_after_data_like_exchange(system_stack):
    args = [
        "--host", "localhost", "--port", str(system_stack.port("submission")),
        "--user", USER, "--ca-file", system_stack.ca_file, "--relay-as", SEND_AS,
    ]  # fmt: skip
    # Without a message the envelope passes: the check says so and warns.
    status, report, raw = check(*args)
    assert status == 0
    assert "refuse 'send as' only after the message" in raw
    assert f"MAIL FROM:<{SEND_AS}>" in sent(report)
    # With a message, Postfix's header_checks refuses it at the end of DATA.
    status, report, _ = check(*args, "--send")
    assert (status, code(report)) == (26, "SENDER_NOT_ALLOWED")
    assert failed_reply(report).startswith("550 5.7.60")
    # One envelope for the message: the send-as probe's, not a second MAIL + RSET.
    assert envelope(report)[-4:] == [
        "RSET", f"MAIL FROM:<{SEND_AS}>", f"RCPT TO:<{USER}>", "DATA",
    ]  # fmt: skip
    assert envelope(report).count(f"MAIL FROM:<{SEND_AS}>") == 1


def test_a_saved_send_as_each_user_setup_is_tested_with_the_from_on_screen(
    system_stack, tmp_path, monkeypatch
):
    # Issue 11: the wizard's "send as each user" with From boss@ and login alice@.
    # The check must try boss@ (not a made-up address) and send the message From
    # boss@, which Postfix's header_checks refuse after DATA, as Exchange does.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # here and in main.py
    store = ProfileStore()
    store.put(
        Profile(
            name="Office",
            host="localhost",
            port=system_stack.port("submission"),
            username=USER,
            from_policy=FromPolicy.SEND_AS_USER,
            from_address=SEND_AS,
            ca_file=system_stack.ca_file,
            timeout=10,
        )
    )
    store.save()
    args = ["--profile", "Office", "--to", USER]
    status, report, raw = check(*args)
    assert status == 0, raw
    assert envelope(report) == [
        f"MAIL FROM:<{USER}>", f"RCPT TO:<{USER}>", "RSET", f"MAIL FROM:<{SEND_AS}>",
        f"RCPT TO:<{USER}>",  # no RSET before QUIT (issue 15)
    ]  # fmt: skip
    assert "refuse 'send as' only after the message" in raw
    status, report, raw = check(*args, "--send")
    assert (status, code(report)) == (26, "SENDER_NOT_ALLOWED"), raw
    assert report["diagnosis"]["stage"] == "data"
    assert SEND_AS in report["diagnosis"]["explanation"]
    assert failed_reply(report).startswith("550 5.7.60")
    assert envelope(report) == [
        f"MAIL FROM:<{USER}>", f"RCPT TO:<{USER}>", "RSET", f"MAIL FROM:<{SEND_AS}>",
        f"RCPT TO:<{USER}>", "DATA",
    ]  # fmt: skip
    assert f"From: {SEND_AS}" in sent(report)
    assert "smtp-wizard-send-as-test" not in raw


def test_postfix_offers_pipelining_and_gets_the_envelope_in_one_flight(system_stack):
    # Issue 15: RFC 2920. The transcript is in wire order: every envelope command
    # (MAIL, RCPT, DATA) went out before the first of their replies came back.
    args = [
        "--host", "localhost", "--port", str(system_stack.port("submission")),
        "--user", USER, "--ca-file", system_stack.ca_file, "--send",
    ]  # fmt: skip
    status, report, raw = check(*args)
    assert status == 0, raw
    assert "PIPELINING" in report["server"]["extensions"]
    lines = report["transcript"]
    first_mail = next(i for i, line in enumerate(lines) if line["text"].startswith("MAIL FROM"))
    group = [line["text"].split(" ")[0] for line in lines[first_mail : first_mail + 3]]
    assert group == ["MAIL", "RCPT", "DATA"]
    assert envelope(report) == [f"MAIL FROM:<{USER}>", f"RCPT TO:<{USER}>", "DATA"]
    assert "RSET" not in sent(report)
    steps = {s["id"]: s for s in report["steps"]}
    assert steps["mail"]["status"] == steps["rcpt"]["status"] == steps["data"]["status"] == "ok"
    assert steps["data"]["reply"].startswith("250")


def test_an_address_with_accents_against_postfix_without_smtputf8(system_stack):
    """The stack's Postfix runs with smtputf8_enable = no: the check says so with its
    own code before MAIL, where it used to end in a UnicodeEncodeError traceback."""
    sender = f"ñandú@{USER.split('@')[1]}"
    status, report, raw = check(
        "--host", "localhost", "--port", str(system_stack.port("plain")),
        "--security", "none", "--from", sender, password=None,
    )  # fmt: skip
    assert (status, code(report)) == (23, "SMTPUTF8_UNSUPPORTED"), raw
    assert "Traceback" not in raw
    assert envelope(report) == []  # nothing was put to the server for it
    assert sender in report["diagnosis"]["detail"]
    assert "SMTPUTF8" not in " ".join(
        line["text"] for line in report["transcript"] if line["dir"] == "server"
    )
