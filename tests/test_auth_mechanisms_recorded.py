"""The saved setup remembers the sign-in methods the server offered at its last
passing test, and a later check that no longer finds the one that signed in says so
(issue 13): a warning line, in the transcript and under the verdict, while the check
itself may pass with another method chosen automatically."""

from __future__ import annotations

import json

import keyring
import pytest

from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER, SmtpServer
from tests.story import run_cli
from wizard.core.engine import CheckRequest, run_check
from wizard.core.model import LastTest, Profile
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore
from wizard.core.verdict import SecretDigest, Verdict, now_iso, settings_fingerprint

WARNING = "no longer offers the sign-in method PLAIN"


def office(port: int, ca_file: str) -> Profile:
    return Profile(
        name="Office", host="127.0.0.1", port=port, username=USER, from_address=USER,
        ca_file=ca_file,
    )  # fmt: skip


async def save_after_a_test(profile: Profile) -> Profile:
    """What the wizard does: test, then save the setup with the test's record."""
    result = await run_check(CheckRequest(profile, password=PASSWORD))
    assert result.ok, result.diagnosis
    digest = SecretDigest()
    verdict = Verdict(
        result.ok, "", now_iso(), settings_fingerprint(profile), digest(PASSWORD),
        tuple(result.auth_offered), result.auth_used,
    )  # fmt: skip
    saved = profile.copy(last_test=verdict.record(digest(PASSWORD)))
    store = ProfileStore()
    store.put(saved)
    store.save()
    return saved


@pytest.fixture
def backend(tmp_home):
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


async def test_the_saved_setup_records_the_offered_and_used_mechanisms(backend, certs):
    async with SmtpServer(certs) as server:
        saved = await save_after_a_test(office(server.port, certs.ca_file))
    reloaded = ProfileStore()
    reloaded.load()
    record = reloaded.by_id(saved.id).last_test
    assert record is not None
    assert record.auth_used == "PLAIN"
    assert {"PLAIN", "LOGIN"} <= set(record.auth_offered)


async def test_check_profile_warns_when_the_method_that_passed_is_gone(backend, certs):
    async with SmtpServer(certs) as server:
        saved = await save_after_a_test(office(server.port, certs.ca_file))
    backend.set_password(SERVICE, saved.id, PASSWORD)
    # The administrator turns PLAIN off: the automatic choice signs in with LOGIN.
    async with SmtpServer(certs, without_auth=("PLAIN",)) as server:
        argv = ["check", "--profile", "Office", "--port", str(server.port)]
        code, out, err = await run_cli(argv, password="")
        code_json, out_json, _ = await run_cli([*argv, "--json"], password="")
    assert code == 0, out + err
    assert f"Warning: the server {WARNING} that passed the last test" in out
    assert "it now offers: LOGIN" in out
    summary = out.split("Steps:", 1)[1]
    assert WARNING in summary  # beside the verdict, not only in the transcript
    data = json.loads(out_json)
    assert code_json == 0
    assert any(WARNING in line["text"] for line in data["transcript"])


async def test_no_warning_while_the_method_is_still_offered(backend, certs):
    async with SmtpServer(certs) as server:
        saved = await save_after_a_test(office(server.port, certs.ca_file))
        backend.set_password(SERVICE, saved.id, PASSWORD)
        code, out, _ = await run_cli(
            ["check", "--profile", "Office", "--port", str(server.port)], password=""
        )
    assert code == 0
    assert "no longer offers" not in out


def test_a_failed_test_keeps_the_mechanisms_of_the_last_pass():
    passed = LastTest("2026-01-01T00:00:00+00:00", True, "", {}, False, ["PLAIN", "LOGIN"], "PLAIN")
    failed = Verdict(False, "AUTH_FAILED", now_iso(), {}, "x", ("LOGIN",), "LOGIN")
    record = failed.record("x", previous=passed)
    assert (record.ok, record.auth_offered, record.auth_used) == (
        False,
        ["PLAIN", "LOGIN"],
        "PLAIN",
    )


def test_older_files_without_mechanisms_load_and_malformed_ones_are_ignored():
    old = {"when": "2026-01-01T00:00:00+00:00", "ok": True, "code": "", "settings": {}}
    record = LastTest.from_dict(old)
    assert record is not None and record.auth_offered == [] and record.auth_used == ""
    odd = {**old, "auth_offered": "PLAIN", "auth_used": 7}
    record = LastTest.from_dict(odd)
    assert record is not None and record.ok  # the record survives, the odd fields do not
    assert (record.auth_offered, record.auth_used) == ([], "")
    hostile = {**old, "auth_offered": ["PLAIN\x1b[2J"], "auth_used": "LOGIN\n"}
    record = LastTest.from_dict(hostile)
    assert record is not None and (record.auth_offered, record.auth_used) == ([], "")
    roundtrip = LastTest.from_dict(
        Profile(last_test=LastTest("w", True, auth_offered=["LOGIN"], auth_used="LOGIN")).to_dict()[
            "last_test"
        ]
    )
    assert roundtrip is not None and roundtrip.auth_used == "LOGIN"
