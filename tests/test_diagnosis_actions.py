"""Every diagnosis has a way forward: the table in docs/DIAGNOSES.md lists every code
with its main action, the code agrees with it, and no settings leave a code without
a fix (the Test page presses each one: tests/gui/test_test_page_result.py)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from wizard.core import providers
from wizard.core.diagnosis import (
    APP_PASSWORD_PAGES,
    CATALOGUE,
    FIELD_PAGES,
    FixKind,
    app_password_page,
    fixes_for,
)
from wizard.core.model import AuthMechanism, FromPolicy, Profile, Security

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "docs" / "DIAGNOSES.md"
KINDS = {
    "apply": FixKind.APPLY,
    "go to": FixKind.GOTO,
    "help": FixKind.HELP,
    "run again": FixKind.RETRY,
    "none": FixKind.NONE,
}
# The "typical setup" the table gives the main action for.
REFERENCE = {
    "port": 587,
    "security": "starttls",
    "auth": False,
    "encrypted": True,
    "username": "ana@example.test",
    "from_address": "ana@example.test",
    "host": "smtp.gmail.com",
    "field": "from_address",
    "mechanism": "LOGIN",
}
WIZARD_PAGES = {"start", "server", "signin", "sender", "test"}


def table_rows() -> dict[str, tuple[str, str]]:
    """code -> (plain title, action) from the table in docs/DIAGNOSES.md."""
    rows: dict[str, tuple[str, str]] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`([A-Z0-9_]+)`\s*\|([^|]*)\|([^|]*)\|", line)
        if match:
            code, title, action = match.group(1), match.group(2).strip(), match.group(3).strip()
            assert code not in rows, f"{code} is listed twice"
            rows[code] = (title, action)
    return rows


def test_the_table_lists_exactly_the_catalogue_codes_with_their_titles():
    rows = table_rows()
    assert list(rows) == list(CATALOGUE)
    for code, (title, _action) in rows.items():
        assert title == CATALOGUE[code].title, code


def test_the_table_gives_the_main_action_the_code_offers():
    for code, (_title, action) in table_rows().items():
        assert action in KINDS, f"{code}: unknown action {action!r}"
        main = fixes_for(code, **REFERENCE)[0]
        assert main.kind is KINDS[action], f"{code}: table says {action}, code offers {main.kind}"


SETTINGS = [
    dict(zip(("port", "security", "auth", "encrypted", "host", "field"), values, strict=True))
    for values in itertools.product(
        (25, 465, 587, 2525),
        ("ssl", "starttls", "none"),
        (False, True),
        (False, True),
        ("smtp.gmail.com", "mail.example.test"),
        ("", "host", "password", "to", "timeout"),
    )
]


@pytest.mark.parametrize("code", list(CATALOGUE))
def test_no_settings_leave_a_code_without_a_way_forward(code):
    for settings in SETTINGS:
        fixes = fixes_for(code, username="ana@example.test", from_address="b@x.test", **settings)
        assert fixes, (code, settings)
        for fix in fixes:
            if fix.kind is FixKind.GOTO:
                assert fix.goto is not None and fix.goto[0] in WIZARD_PAGES, fix
            if fix.kind is FixKind.HELP:
                assert fix.help_url.startswith("https://"), fix
            if fix.kind is FixKind.NONE:
                # No button: the label is the reason, a sentence.
                assert fix.label.endswith("."), fix


def test_an_app_password_opens_the_providers_page_for_every_provider_that_needs_one():
    for provider_id in ("gmail", "google_workspace", "microsoft365", "outlook", "yahoo"):
        host = providers.by_id(provider_id).host
        fixes = fixes_for("AUTH_APP_PASSWORD_REQUIRED", **{**REFERENCE, "host": host})
        assert [f.kind for f in fixes] == [FixKind.HELP, FixKind.GOTO], provider_id
        assert fixes[0].help_url == APP_PASSWORD_PAGES[host]
        assert fixes[1].goto == ("signin", "password")
    for provider_id in ("aol", "icloud", "zoho", "zoho_eu", "fastmail"):
        assert app_password_page(providers.by_id(provider_id).host), provider_id
    assert app_password_page("SMTP.Gmail.com.") == APP_PASSWORD_PAGES["smtp.gmail.com"]
    # An unknown server: the password field, where the app password goes.
    unknown = fixes_for("AUTH_APP_PASSWORD_REQUIRED", **{**REFERENCE, "host": "mail.corp.test"})
    assert [f.kind for f in unknown] == [FixKind.GOTO]


def test_invalid_input_takes_the_user_to_the_field_named():
    for field, page in FIELD_PAGES.items():
        (fix,) = fixes_for("INVALID_INPUT", **{**REFERENCE, "field": field})
        assert fix.goto == (page, field)
    (cli_only,) = fixes_for("INVALID_INPUT", **{**REFERENCE, "field": "timeout"})
    assert cli_only.kind is FixKind.NONE and "details" in cli_only.label


def test_fix_labels_are_marked_for_translation():
    source = (ROOT / "wizard" / "core" / "diagnosis.py").read_text()
    marked = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"Fix",\s*"((?:[^"\\]|\\.)*)"', source))
    joined = set(
        "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m))
        for m in re.findall(r'QT_TRANSLATE_NOOP\(\s*"Fix",((?:\s*"(?:[^"\\]|\\.)*")+)', source)
    )
    labels = {
        fix.label
        for code in CATALOGUE
        for settings in SETTINGS[:: len(SETTINGS) // 40]
        for fix in fixes_for(code, **settings)
    }
    assert labels <= marked | joined, labels - marked - joined


def test_the_json_fix_object_keeps_its_keys():
    """The CLI's --json contract: {id, label, changes} per fix, whatever the kind."""
    for code in CATALOGUE:
        for fix in fixes_for(code, **REFERENCE):
            assert set(fix.to_dict()) == {"id", "label", "changes"}


def _profile(settings: dict) -> Profile:
    return Profile(
        host=settings["host"],
        port=settings["port"],
        security=Security(settings["security"]),
        auth=settings["auth"],
        username="ana@example.test",
        from_address="b@x.test",
        mechanism=AuthMechanism.LOGIN,
    )


def _apply_fixes():
    """Every APPLY fix any settings produce, with the settings (and profile) behind it."""
    for code in CATALOGUE:
        for settings in SETTINGS:
            fixes = fixes_for(
                code,
                username="ana@example.test",
                from_address="b@x.test",
                mechanism="LOGIN",
                cert_sha256=PIN,
                **settings,
            )
            for fix in fixes:
                if fix.kind is FixKind.APPLY:
                    yield code, settings, fix


PIN = ":".join(["AB"] * 32)


def test_every_apply_fix_changes_a_copy_of_the_profile_and_undo_puts_it_back():
    seen = set()
    for code, settings, fix in _apply_fixes():
        before = _profile(settings)
        kept = before.copy()
        after = fix.apply(before)
        assert before == kept, f"{code}/{fix.id} changed the profile it was given"
        for name, value in fix.changes.items():
            assert getattr(after, name) == value, (code, fix.id, name)
        # Typed as the profile's fields are: it saves and reads back as it is.
        assert Profile.from_dict(after.to_dict()) == after, (code, fix.id)
        assert fix.undo(before).apply(after) == before, (code, fix.id)
        seen.add(fix.id)
    assert seen == {
        "use_ssl_465",
        "use_starttls_587",
        "use_ssl",
        "use_starttls",
        "auth_on",
        "auth_off",
        "mechanism_auto",
        "fixed_from",
        "trust_certificate",
        "trust_new_certificate",
    }


@pytest.mark.parametrize(
    ("code", "settings", "expected"),
    [
        # A firewall blocks 587: the fix moves to 465 with SSL/TLS from the start.
        ("CONNECTION_TIMEOUT", {}, {"port": 465, "security": Security.SSL}),
        # On 465 already: 587 with STARTTLS instead.
        ("CONNECTION_REFUSED", {"port": 465, "security": "ssl"}, {"port": 587}),
        # A 2525 port that waits for TLS: SSL/TLS, same port.
        ("PORT_REQUIRES_TLS", {"port": 2525}, {"port": 2525, "security": Security.SSL}),
        ("PORT_NOT_TLS", {"port": 2525, "security": "ssl"}, {"security": Security.STARTTLS}),
        ("STARTTLS_NOT_OFFERED", {}, {"port": 465, "security": Security.SSL}),
        ("AUTH_REQUIRED", {"auth": False}, {"auth": True}),
        ("RELAY_DENIED", {"auth": False}, {"auth": True}),
        ("AUTH_NOT_OFFERED", {"auth": True}, {"auth": False}),
        ("AUTH_MECHANISM_UNSUPPORTED", {}, {"mechanism": AuthMechanism.AUTO}),
        # The account may not send as the user: From becomes the login, replies to the user.
        (
            "SENDER_NOT_ALLOWED",
            {"auth": True, "from_address": "ceo@example.test"},
            {"from_policy": FromPolicy.FIXED_FROM, "from_address": "ana@example.test"},
        ),
        ("CERT_UNTRUSTED", {"self_signed": True}, {"cert_pin": PIN}),
    ],
)
def test_the_main_fix_applies_what_its_label_says(code, settings, expected):
    settings = {**REFERENCE, "mechanism": "LOGIN", "cert_sha256": PIN, **settings}
    profile = _profile({**settings, "security": settings["security"]})
    fix = fixes_for(code, **settings)[0]
    after = fix.apply(profile)
    for name, value in expected.items():
        assert getattr(after, name) == value, name
    assert after.effective_port == expected.get("port", profile.effective_port)


def test_a_fix_that_is_advice_only_refuses_to_apply():
    (advice,) = fixes_for("AUTH_FAILED", **REFERENCE)
    with pytest.raises(ValueError, match="changes no setting"):
        advice.apply(Profile())


def test_the_json_changes_keep_their_plain_values():
    (fix,) = fixes_for("STARTTLS_NOT_OFFERED", **REFERENCE)
    assert json.dumps(fix.to_dict()["changes"]) == '{"port": 465, "security": "ssl"}'
