"""Trust on a real desktop (Xvfb + openbox) against Postfix and the real keyring:
a test verdict holds only for the settings it tested, and a "send as" refusal
after DATA is explained, fixed in one click (saying what changed) and undone.

English wording is checked word for word; in Spanish only the states are (the
translators may still be at work). Screenshots: test-artifacts/system/<lang>/.
"""

from __future__ import annotations

import pytest

from tests.system.conftest import ARTIFACTS
from tests.system.desktop import assert_real_png
from tests.system.stack import DOMAIN, SEND_AS, USER

LANGS = ["en", "es"]
PASSED_EN = "Test passed: the server accepted everything."


def plain(text: str) -> str:
    """What a reader sees: no-break hyphens and spaces read as plain ones."""
    return text.replace("\u2011", "-").replace("\u00a0", " ").replace("\u202f", " ")


def verdict_line(summary: str) -> str:
    """The Finish summary's last line: what it says about the test."""
    return summary.splitlines()[-1]


def assert_screenshots(seen: dict, lang: str, count: int) -> None:
    assert len(seen["shots"]) == count, seen["shots"]
    for name in seen["shots"]:
        assert_real_png(ARTIFACTS / lang / name)


@pytest.mark.parametrize("lang", LANGS)
def test_a_pass_stops_counting_once_the_port_or_the_from_address_changes(gui_walk, lang):
    seen = gui_walk("stale", lang)

    # Alice's setup passes on Postfix's submission port (STARTTLS).
    passed = seen["passed on submission"]
    assert passed["state"] == "passed"
    assert passed["save_enabled"] and not passed["save_anyway_shown"]
    passed_line = verdict_line(passed["summary_text"])
    if lang == "en":
        assert passed["test_status"] == PASSED_EN
        assert passed_line == "Test: passed."
        assert passed["finish_verdict_label"] == "Test: passed."

    # She moves the port to one where nothing listens and walks on to Finish.
    for step in ("port changed, on the Server page", "port changed, back on the Test page"):
        assert seen[step]["state"] == "stale", step
        assert seen[step]["test_status"] != passed["test_status"], step
    on_finish = seen["port changed, on Finish"]
    assert on_finish["page"] == 6
    assert on_finish["state"] == "stale"
    assert str(seen["port changed, on the Server page"]["port"]) in on_finish["summary_text"]
    # Nothing on Finish claims the pass any more; Save waits for a new test.
    assert verdict_line(on_finish["summary_text"]) != passed_line
    assert on_finish["finish_verdict_label"] != passed["finish_verdict_label"]
    assert on_finish["finish_verdict_label"] == verdict_line(on_finish["summary_text"])
    assert not on_finish["save_enabled"]
    assert on_finish["save_anyway_visible"]
    assert seen["Save pressed while out of date"]["saved"] is False
    if lang == "en":
        out_of_date = "Test: out of date. Port changed since the last test. Run the test again."
        assert verdict_line(on_finish["summary_text"]) == out_of_date
        assert on_finish["finish_verdict_label"] == out_of_date
        assert seen["port changed, back on the Test page"]["test_status"] == (
            "Out of date: Port changed since the last test. Run the test again."
        )
        assert "passed" not in on_finish["summary_text"].lower()

    # Back to exactly the port that was tested: that pass is true again.
    for step in ("port changed back, on Finish", "port changed back, on the Test page"):
        back = seen[step]
        assert back["state"] == "passed", step
        assert back["summary_text"] == passed["summary_text"], step
        assert back["finish_verdict_label"] == passed["finish_verdict_label"], step
        assert back["test_status"] == passed["test_status"], step
        assert back["save_enabled"], step
    assert not seen["port changed back, on Finish"]["save_anyway_visible"]

    # A From address that was never tested does not inherit the pass either.
    new_from = f"news@{DOMAIN}"
    for step in ("From changed, on the Test page", "From changed, on Finish"):
        changed = seen[step]
        assert changed["state"] == "stale", step
        assert f"{new_from}" in changed["summary_text"], step
        assert verdict_line(changed["summary_text"]) != passed_line, step
        assert not changed["save_enabled"], step
    assert seen["From changed, on Finish"]["save_anyway_visible"]
    if lang == "en":
        assert seen["From changed, on the Test page"]["test_status"] == (
            "Out of date: From address changed since the last test. Run the test again."
        )
        assert seen["From changed, on Finish"]["finish_verdict_label"] == (
            "Test: out of date. From address changed since the last test. Run the test again."
        )

    # Nothing was saved, so leaving asks first.
    assert seen["closing with unsaved work"] == {"asked": True, "still_open": True}
    assert_screenshots(seen, lang, 4)


@pytest.mark.parametrize("lang", LANGS)
def test_send_as_refused_after_data_is_fixed_in_one_click_and_undone(gui_walk, lang):
    seen = gui_walk("send-as", lang)

    # Alice signs in as herself and wants each message to come from its user: boss@.
    setup = seen["on the Test page"]
    assert setup["from_policy"] == "send_as_user"
    assert (setup["from_address"], setup["username"]) == (SEND_AS, USER)
    assert setup["sending"]

    # Postfix takes the envelope but refuses "From: boss@" after DATA (as Exchange).
    refused = seen["refused"]
    assert not refused["ok"]
    assert (refused["code"], refused["stage"]) == ("SENDER_NOT_ALLOWED", "data")
    assert refused["state"] == "failed"
    assert SEND_AS in refused["explanation"]
    assert "550 5.7.60" in refused["detail"]
    transcript = refused["transcript"]
    assert f"MAIL FROM:<{USER}>" in transcript
    assert f"MAIL FROM:<{SEND_AS}>" in transcript
    assert f"From: {SEND_AS}" in transcript
    assert "550 5.7.60" in transcript
    assert not refused["save_enabled"]
    assert refused["fix_kinds"] == ["QPushButton"]  # one fix, and it can apply itself
    if lang == "en":
        assert refused["status"] == "Test failed: This account may not send as that address"
        assert [plain(text) for text in refused["fixes"]] == [
            "Apply fix: Send from the account's address, with replies to the user"
        ]

    # One click: always from the account's own address; the note says before → after.
    fixed = seen["fix applied"]
    assert (fixed["from_policy"], fixed["from_address"]) == ("fixed_from", USER)
    assert fixed["fix_note_visible"] and fixed["undo_visible"]
    assert fixed["running"], "the fix runs the test again by itself"
    assert f"{SEND_AS} → {USER}" in fixed["fix_note"]
    assert fixed["fix_note"].count(SEND_AS) == 2  # From before, and Reply-To
    if lang == "en":
        assert plain(fixed["fix_note"]) == (
            "Changed by the fix: From policy: send as each user → always one address; "
            f"From: {SEND_AS} → {USER}; Reply-To: {SEND_AS}"
        )

    # The re-run passes against Postfix, From the account's address.
    rerun = seen["re-run after the fix"]
    assert rerun["ok"] and rerun["code"] == ""
    assert rerun["state"] == "passed" and rerun["save_enabled"]
    assert f"From: {USER}" in rerun["transcript"]
    assert f"From: {SEND_AS}" not in rerun["transcript"]
    assert "250 2.0.0 Ok: queued" in rerun["transcript"]
    assert rerun["fix_note"] == fixed["fix_note"] and rerun["undo_visible"]
    if lang == "en":
        assert rerun["test_status"] == PASSED_EN

    # Undo puts "send as each user" and boss@ back, everywhere; the pass does not follow.
    undone = seen["fix undone"]
    assert (undone["from_policy"], undone["from_address"]) == ("send_as_user", SEND_AS)
    assert undone["sender_page_policy"] == ["send_as_user"]
    assert undone["sender_page_from"] == SEND_AS
    assert not undone["fix_note_visible"] and not undone["undo_visible"]
    assert undone["state"] == "stale"
    assert not undone["save_enabled"]
    if lang == "en":
        assert undone["test_status"] == (
            "Out of date: Changed since the last test: From policy, From address. "
            "Run the test again."
        )
    assert_screenshots(seen, lang, 3)
