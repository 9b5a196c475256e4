"""Redaction and the diagnosis catalogue, without a server."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.diagnosis import CATALOGUE, classify_reply, enhanced_status
from wizard.core.stages import Stage
from wizard.core.transcript import Direction, Transcript, secret_forms, to_text

DESIGN_CODES = """HOST_NOT_FOUND, CONNECTION_REFUSED, CONNECTION_TIMEOUT, NO_GREETING,
GREETING_REJECTED, PORT_NOT_TLS, PORT_REQUIRES_TLS, STARTTLS_NOT_OFFERED, STARTTLS_FAILED,
CERT_UNTRUSTED, CERT_HOSTNAME_MISMATCH, CERT_EXPIRED, TLS_VERSION_TOO_OLD, AUTH_NOT_OFFERED,
AUTH_MECHANISM_UNSUPPORTED, AUTH_FAILED, AUTH_APP_PASSWORD_REQUIRED, AUTH_DISABLED_BY_PROVIDER,
AUTH_REQUIRED, ENCRYPTION_REQUIRED, PLAINTEXT_AUTH_BLOCKED, SENDER_NOT_ALLOWED, SENDER_REJECTED,
RELAY_DENIED, RECIPIENT_REJECTED, MESSAGE_REJECTED, TEMPORARY_FAILURE, RATE_LIMITED,
CONNECTION_LOST, PROTOCOL_ERROR, TIMEOUT, INVALID_INPUT"""


def test_every_design_code_has_a_title_and_an_explanation():
    codes = [c.strip() for c in DESIGN_CODES.replace("\n", " ").split(",")]
    assert len(codes) == 32
    for code in codes:
        entry = CATALOGUE[code]
        assert entry.title and len(entry.explanation) > 40


def test_catalogue_strings_are_marked_for_translation():
    source = Path("wizard/core/diagnosis.py").read_text()
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"Diagnosis",\s*"((?:[^"\\]|\\.)*)"', source))
    for entry in CATALOGUE.values():
        assert entry.title in marked


@pytest.mark.parametrize(
    ("stage", "code", "text", "expected"),
    [
        (
            Stage.MAIL,
            553,
            "5.7.1 <b@x>: Sender address rejected: not owned by user a@x",
            "SENDER_NOT_ALLOWED",
        ),
        (
            Stage.RCPT,
            553,
            "5.7.1 <b@x>: Sender address rejected: not owned by user a@x",
            "SENDER_NOT_ALLOWED",
        ),
        (
            Stage.DATA,
            550,
            "5.7.60 SMTP; Client does not have permissions to send as this sender",
            "SENDER_NOT_ALLOWED",
        ),
        (
            Stage.DATA,
            554,
            "5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException",
            "SENDER_NOT_ALLOWED",
        ),
        (
            Stage.AUTH,
            534,
            "5.7.9 Application-specific password required.",
            "AUTH_APP_PASSWORD_REQUIRED",
        ),
        (
            Stage.AUTH,
            535,
            "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
            "disabled for the Tenant.",
            "AUTH_DISABLED_BY_PROVIDER",
        ),
        (Stage.AUTH, 535, "5.7.8 Username and Password not accepted.", "AUTH_FAILED"),
        (Stage.AUTH, 504, "5.5.4 Unrecognized authentication type", "AUTH_MECHANISM_UNSUPPORTED"),
        (
            Stage.AUTH,
            538,
            "5.7.11 Encryption required for requested authentication mechanism",
            "PLAINTEXT_AUTH_BLOCKED",
        ),
        (Stage.MAIL, 530, "5.7.0 Must issue a STARTTLS command first", "ENCRYPTION_REQUIRED"),
        (Stage.MAIL, 530, "5.7.0 Authentication required", "AUTH_REQUIRED"),
        (Stage.MAIL, 530, "5.7.57 Client not authenticated to send mail", "AUTH_REQUIRED"),
        (Stage.RCPT, 554, "5.7.1 <b@y>: Relay access denied", "RELAY_DENIED"),
        (
            Stage.RCPT,
            550,
            "5.1.1 <nobody@x>: Recipient address rejected: User unknown",
            "RECIPIENT_REJECTED",
        ),
        (Stage.MAIL, 421, "4.7.0 Too many connections, rate limit exceeded", "RATE_LIMITED"),
        (Stage.MAIL, 451, "4.3.0 Temporary lookup failure", "TEMPORARY_FAILURE"),
        (Stage.GREETING, 554, "5.7.1 Go away", "GREETING_REJECTED"),
        (Stage.STARTTLS, 454, "4.7.0 TLS not available", "STARTTLS_FAILED"),
        (Stage.DATA, 554, "5.6.0 Message content rejected", "MESSAGE_REJECTED"),
        (Stage.MAIL, 550, "5.1.0 Sender unknown", "SENDER_REJECTED"),
    ],
)
def test_replies_are_classified_by_text_enhanced_code_and_stage(stage, code, text, expected):
    assert classify_reply(stage, code, text) == expected


def test_enhanced_status_code_is_read_from_the_reply():
    assert enhanced_status("5.7.139 Authentication unsuccessful") == "5.7.139"
    assert enhanced_status("Authentication unsuccessful") is None


def test_auth_lines_and_sasl_continuations_are_replaced():
    transcript = Transcript(["hunter2"])
    transcript.add(Direction.CLIENT, "AUTH LOGIN YWxpY2U=")
    transcript.add(Direction.SERVER, "334 UGFzc3dvcmQ6")
    transcript.add(Direction.CLIENT, base64.b64encode(b"hunter2").decode())
    transcript.add(Direction.SERVER, "235 2.7.0 ok")
    transcript.add(Direction.CLIENT, "MAIL FROM:<a@b>")
    text = to_text(transcript.lines)
    assert "YWxpY2U=" not in text and "aHVudGVyMg" not in text
    assert "->  AUTH LOGIN ********" in text and "->  ********" in text
    assert "->  MAIL FROM:<a@b>" in text  # redaction ends with the SASL exchange


@given(st.text(min_size=1, max_size=30), st.text(max_size=12), st.text(max_size=12))
def test_backstop_scrubs_the_password_and_its_base64_at_any_alignment(password, user, tail):
    raw = b"\0" + user.encode() + b"\0" + password.encode()
    blob = base64.b64encode(raw + tail.encode()).decode()
    transcript = Transcript([password])
    transcript.add(Direction.INFO, f"leak? {password} {blob}")
    shown = transcript.lines[-1].text
    assert password not in shown.replace("********", "") or password in "leak? ********"
    for form in secret_forms(password):
        if len(form) >= 4:
            assert form not in shown.replace("********", "\0")
