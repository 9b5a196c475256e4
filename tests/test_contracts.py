"""Contracts as types: a newcomer who renames a diagnosis code, compares one to a
bare string or writes a reply code as a number learns it here, not from a
script that parses ``--json`` in production."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from tests.servers import USER, SmtpServer
from tests.story import check
from tests.test_targets import SETUPS
from wizard import cli
from wizard.core.diagnosis import CATALOGUE, Code, classify_reply
from wizard.core.dnsquery import parse_nameserver
from wizard.core.endpoint import ehlo_name, parse_endpoint, parse_port
from wizard.core.i18n import fill
from wizard.core.model import SECURITY_LABELS, Security
from wizard.core.replies import Reply, is_permanent, is_transient
from wizard.core.stages import Stage
from wizard.targets import TARGETS, ImportError_

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
    "SMTPUTF8_UNSUPPORTED",
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


# -- one port parser ---------------------------------------------------------------
PORTS = {
    "587": 587,
    "00025": 25,
    "65535": 65535,
    "0": None,
    "65536": None,
    "99999999999999999999": None,
    "\uff12\uff15": None,  # fullwidth ２５
    "\u0665\u0668\u0667": None,  # Arabic-Indic ٥٨٧: int() reads it as 587
    "\u00b25": None,  # superscript ²5
    "-25": None,
    "25a": None,
    "": None,
}


def _or_none(parse, text: str) -> int | None:
    try:
        return parse(text)
    except (ValueError, argparse.ArgumentTypeError):
        return None


@pytest.mark.parametrize(("text", "expected"), PORTS.items())
def test_every_way_in_reads_a_port_the_same(text, expected):
    assert _or_none(parse_port, text) == expected
    assert _or_none(cli._port, text) == expected
    assert _or_none(lambda t: parse_nameserver(f"127.0.0.1:{t}").port, text) == expected
    assert _or_none(lambda t: parse_endpoint(f"smtp.example.test:{t}").port, text) == expected


@pytest.mark.parametrize("target_id", sorted(TARGETS))
def test_an_import_never_reads_foreign_digits_as_a_port(target_id):
    """An admin's file with ٥٨٧ (Arabic-Indic digits) where the port goes: Python's
    int() reads 587, the application would not; the import says so instead."""
    profile = SETUPS["starttls"]  # port 587
    target = TARGETS[target_id]
    text = target.export(profile).combined()
    assert "587" in text
    with pytest.raises(ImportError_):
        target.parse(text.replace("587", "\u0665\u0668\u0667"))


# -- one table of security names ---------------------------------------------------
def test_the_security_names_come_from_one_table():
    assert cli.SECURITY_NAMES is SECURITY_LABELS
    assert [SECURITY_LABELS[s] for s in Security] == ["SSL/TLS", "STARTTLS", "none"]
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if path.name != "model.py":
            assert not re.search(r"Security\.SSL:\s*\"SSL/TLS\"", text), path


def test_placeholders_are_filled_by_one_function_after_translation():
    assert fill("{host} port {port}", {"host": "mx.example.test"}) == "mx.example.test port {port}"
    for path in _sources():
        assert "def _fill(text: str, params" not in path.read_text(encoding="utf-8"), path


def test_the_ehlo_name_is_an_address_literal():
    assert ehlo_name("192.0.2.7") == "[192.0.2.7]"
    assert ehlo_name("2001:db8::1") == "[IPv6:2001:db8::1]"
