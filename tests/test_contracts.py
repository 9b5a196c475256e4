"""Contracts as types: a newcomer who renames a diagnosis code, compares one to a
bare string or writes a reply code as a number learns it here, not from a
script that parses ``--json`` in production."""

from __future__ import annotations

import re
from pathlib import Path

from tests.servers import USER, SmtpServer
from tests.story import check
from wizard.core.diagnosis import CATALOGUE, Code, classify_reply
from wizard.core.replies import Reply, is_permanent, is_transient
from wizard.core.stages import Stage

ROOT = Path(__file__).resolve().parent.parent
WIZARD = ROOT / "wizard"

# The codes scripts read from ``--json`` (docs/DIAGNOSES.md). Adding one here is
# fine; removing or renaming one breaks somebody's monitoring.
JSON_CODES = [
    "HOST_NOT_FOUND",
    "CONNECTION_REFUSED",
    "CONNECTION_TIMEOUT",
    "NO_GREETING",
    "GREETING_REJECTED",
    "PORT_NOT_TLS",
    "PORT_REQUIRES_TLS",
    "STARTTLS_NOT_OFFERED",
    "STARTTLS_FAILED",
    "CERT_UNTRUSTED",
    "CA_NOT_STRICT",
    "CERT_HOSTNAME_MISMATCH",
    "CERT_EXPIRED",
    "CERT_CHANGED",
    "TLS_VERSION_TOO_OLD",
    "TLS_FAILED",
    "AUTH_NOT_OFFERED",
    "AUTH_MECHANISM_UNSUPPORTED",
    "AUTH_FAILED",
    "AUTH_APP_PASSWORD_REQUIRED",
    "AUTH_DISABLED_BY_PROVIDER",
    "AUTH_REQUIRED",
    "ENCRYPTION_REQUIRED",
    "PLAINTEXT_AUTH_BLOCKED",
    "SENDER_NOT_ALLOWED",
    "SENDER_REJECTED",
    "RELAY_DENIED",
    "RECIPIENT_REJECTED",
    "MESSAGE_REJECTED",
    "TEMPORARY_FAILURE",
    "RATE_LIMITED",
    "CONNECTION_LOST",
    "PROTOCOL_ERROR",
    "TIMEOUT",
    "INVALID_INPUT",
]


def test_every_json_code_is_still_there_with_its_exact_value():
    values = {code.value for code in Code}
    missing = [code for code in JSON_CODES if code not in values]
    assert not missing, f"codes are a CLI contract, never rename one: {missing}"
    for code in Code:
        assert code.value == code.name  # the value is what --json prints


def test_every_code_has_exactly_one_catalogue_entry():
    assert list(CATALOGUE) == list(Code)


async def test_the_json_carries_the_code_as_a_plain_string(certs):
    async with SmtpServer(certs, password="the-real-one") as server:
        out = await check(server.port, user=USER, ca_file=certs.ca_file)
    code = out.json["diagnosis"]["code"]
    assert code == "AUTH_FAILED" and type(code) is str
    assert out.result.diagnosis is not None and out.result.diagnosis.code is Code.AUTH_FAILED


def _sources() -> list[Path]:
    return sorted(WIZARD.rglob("*.py"))


def test_no_module_compares_a_diagnosis_code_to_a_bare_string():
    bare = re.compile(r'"(' + "|".join(code.value for code in Code) + r')"')
    found = []
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # The enum's own definition is the one place a code is written out.
            if path.name == "diagnosis.py" and re.match(r"\s+\w+ = \"\w+\"", line):
                continue
            if bare.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "use diagnosis.Code instead:\n" + "\n".join(found)


def test_reply_codes_are_named_where_the_protocol_is_spoken():
    # ``code == 250``, ``code in (535, 534)``, ``!= 220``: a named Reply instead.
    magic = re.compile(r"\bcode\b\s*(?:==|!=|in|not in)\s*\(?\s*[2-5]\d\d\b")
    for name in ("engine.py", "diagnosis.py", "discovery.py"):
        text = (WIZARD / "core" / name).read_text(encoding="utf-8")
        assert not magic.findall(text), name


def test_reply_classes_follow_rfc_5321():
    assert is_transient(421) and not is_permanent(421)
    assert is_permanent(Reply.AUTH_CREDENTIALS_INVALID) and not is_transient(550)
    assert not is_transient(Reply.OK) and not is_permanent(Reply.START_MAIL_INPUT)


def test_a_named_reply_classifies_like_the_number_the_server_sent():
    assert classify_reply(Stage.AUTH, 535, "5.7.8 bad credentials") is Code.AUTH_FAILED
    assert classify_reply(Stage.AUTH, Reply.ENCRYPTION_REQUIRED, "") is Code.PLAINTEXT_AUTH_BLOCKED
    assert classify_reply(Stage.MAIL, 530, "") is Code.AUTH_REQUIRED
