"""A verdict belongs to the settings it tested (wizard/core/verdict.py, no Qt)."""

from __future__ import annotations

import json

from tests.conftest import leaked_forms
from tests.servers import PASSWORD
from wizard.core.model import LastTest, Profile, Security
from wizard.core.store import ProfileStore
from wizard.core.verdict import (
    SecretDigest,
    Verdict,
    VerdictState,
    saved_changes,
    saved_state,
    settings_fingerprint,
    stale_text,
)


def office(**changes) -> Profile:
    return Profile(
        name="Office", host="smtp.example.test", port=587, username="ops@example.test",
        from_address="ops@example.test",
    ).copy(**changes)  # fmt: skip


def test_every_setting_that_can_change_the_result_is_in_the_fingerprint(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("first CA")
    base = office(ca_file=str(ca))
    before = settings_fingerprint(base, to_address="a@example.test", send=True)
    variants = {
        "host": base.copy(host="other.example.test"),
        "port": base.copy(port=465),
        "security": base.copy(security=Security.SSL),
        "username": base.copy(username="someone@example.test"),
        "auth": base.copy(auth=False),
        "from_address": base.copy(from_address="ceo@example.test"),
        "allowed_domains": base.copy(allowed_domains=["example.test"]),
    }
    for key, changed in variants.items():
        after = settings_fingerprint(changed, to_address="a@example.test", send=True)
        assert after[key] != before[key], key
    assert settings_fingerprint(base, to_address="b@example.test", send=True)["to"] != before["to"]
    assert settings_fingerprint(base, to_address="a@example.test", send=False)["send"] == "no"
    ca.write_text("a different CA, same path")  # replacing the file changes the test too
    assert settings_fingerprint(base)["ca_digest"] != before["ca_digest"]


def test_a_verdict_goes_stale_and_names_what_changed_then_holds_again():
    digest = SecretDigest()
    profile = office()
    tested = settings_fingerprint(profile, to_address="a@example.test", send=True)
    verdict = Verdict(True, "", "2026-11-21T10:00:00+00:00", tested, digest(PASSWORD))
    assert verdict.state(tested, digest(PASSWORD)) is VerdictState.PASSED
    now = settings_fingerprint(profile.copy(port=2525), to_address="a@example.test", send=True)
    assert verdict.changes(now, digest("other")) == ["port", "password"]
    assert verdict.state(now, digest(PASSWORD)) is VerdictState.STALE
    assert stale_text(["port"]) == "Port changed since the last test."
    assert stale_text(["port", "password"]) == "Changed since the last test: Port, Password."


def test_a_saved_record_holds_no_secret_and_tells_stale_from_passed(tmp_path):
    digest = SecretDigest()
    profile = office()
    tested = settings_fingerprint(profile, to_address="a@example.test", send=True)
    verdict = Verdict(True, "", "2026-11-21T10:00:00+00:00", tested, digest(PASSWORD))
    store = ProfileStore(tmp_path / "profiles.json")
    store.put(profile.copy(last_test=verdict.record(digest(PASSWORD))))
    store.save()
    text = (tmp_path / "profiles.json").read_text()
    for form in leaked_forms():
        assert form not in text
    assert digest(PASSWORD) not in text  # not even the session's HMAC
    store.load()
    saved = store.profiles[0]
    assert saved_state(saved) is VerdictState.PASSED and saved_changes(saved) == []
    assert saved_changes(saved.copy(from_address="ceo@example.test")) == ["from_address"]
    other_password = saved.copy(last_test=verdict.record(digest("new password")))
    assert saved_changes(other_password) == ["password"]
    assert saved_state(office()) is VerdictState.NONE


def test_a_malformed_record_is_dropped_not_a_crash(tmp_path):
    path = tmp_path / "profiles.json"
    good = office().to_dict()
    bad_records = [
        "passed",
        {"when": 1, "ok": True},
        {"when": "x", "ok": "yes"},
        {"when": "x", "ok": True, "settings": {"port": 25}},
        {"when": "x", "ok": True, "password_changed": "no"},
    ]
    profiles = [{**good, "id": f"id{i}", "name": f"n{i}", "last_test": r} for i, r in
                enumerate(bad_records)]  # fmt: skip
    path.write_text(json.dumps({"version": 1, "profiles": profiles}))
    store = ProfileStore(path)
    assert store.load().problem == ""
    assert [p.last_test for p in store.profiles] == [None] * len(bad_records)
    record = LastTest.from_dict({"when": "x", "ok": False, "code": "AUTH_FAILED"})
    assert record == LastTest("x", False, "AUTH_FAILED", {}, False)
