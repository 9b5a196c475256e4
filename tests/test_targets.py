"""Every registered export/import target keeps the same promises (issue 14).

The tests iterate :data:`wizard.targets.TARGETS`, so a target added by any branch is
covered the moment it registers: an admin exports a tested setup for their
application and imports it back unchanged; the password only when asked for; the
target's own text is recognised as its own; garbage gives a clear import error.
"""

from __future__ import annotations

import base64
import contextlib
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wizard.core.model import Profile, Security
from wizard.targets import TARGETS, ImportError_, Text, cannot_carry, note, write_export
from wizard.targets import detect as detect_all
from wizard.targets._common import OPPORTUNISTIC
from wizard.targets.base import ROUND_TRIP_FIELDS, Group

IDS = sorted(TARGETS)
# Plain letters and digits: every encoding a target may use (percent, quotes,
# escapes) leaves it as it is, so "in the text" means "in the export".
PASSWORD = "Zq7pW0rdXyv93K"
LEAKS = (PASSWORD, base64.b64encode(PASSWORD.encode()).decode(), quote(PASSWORD))

SETUPS = {
    "starttls": Profile(
        name="Office",
        host="smtp.example.com",
        port=587,
        security=Security.STARTTLS,
        username="app@example.com",
        from_address="app@example.com",
        display_name="Billing",
        ca_file="/etc/ssl/office-ca.pem",
    ),
    "ssl": Profile(
        name="Hosted",
        host="mail.example.org",
        port=465,
        security=Security.SSL,
        username="sender",
        from_address="noreply@example.org",
    ),
    "none-no-auth": Profile(
        name="Relay",
        host="10.0.0.25",
        port=25,
        security=Security.NONE,
        auth=False,
        from_address="crm@example.net",
    ),
    "odd-port": Profile(
        host="relay.example.net",
        port=2525,
        security=Security.STARTTLS,
        username="u",
        from_address="a@example.net",
    ),
}

TS = Path(__file__).resolve().parent.parent / "translations" / "wizard_es.ts"


def _same(target_id: str, before: Profile, after: Profile) -> None:
    skip = cannot_carry(TARGETS[target_id])
    for name in ROUND_TRIP_FIELDS:
        if name in skip:
            continue
        if name == "port":
            assert after.effective_port == before.effective_port, target_id
        elif name == "username":
            assert after.username == (before.username if before.auth else ""), target_id
        else:
            assert getattr(after, name) == getattr(before, name), (target_id, name)


# --- round trip ------------------------------------------------------------------------


@pytest.mark.parametrize("setup", sorted(SETUPS))
@pytest.mark.parametrize("target_id", IDS)
def test_admin_exports_without_password_and_imports_the_same_setup_back(target_id, setup):
    profile = SETUPS[setup]
    target = TARGETS[target_id]
    export = target.export(profile)
    assert not export.contains_password
    for artifact in export.artifacts:
        assert not artifact.contains_password
        for leak in LEAKS:
            assert leak not in artifact.text
    back = target.parse(export.combined())
    _same(target_id, profile, back.profile)
    assert back.password is None


@pytest.mark.parametrize("setup", sorted(SETUPS))
@pytest.mark.parametrize("target_id", IDS)
def test_admin_includes_the_password_and_it_comes_back_only_where_it_was_written(target_id, setup):
    profile = SETUPS[setup]
    # Callers (CLI, Finish page) pass a password only for a setup that signs in.
    export = TARGETS[target_id].export(profile, PASSWORD if profile.auth else None)
    for artifact in export.artifacts:
        assert artifact.contains_password == (PASSWORD in artifact.text), artifact.filename
    back = TARGETS[target_id].parse(export.combined())
    _same(target_id, profile, back.profile)
    if profile.auth:
        assert export.contains_password, target_id
        assert back.password == PASSWORD
    else:
        assert back.password is None


@pytest.mark.parametrize("target_id", IDS)
def test_a_file_with_the_password_is_written_readable_only_by_its_owner(target_id, tmp_path):
    export = TARGETS[target_id].export(SETUPS["starttls"], PASSWORD)
    for artifact in export.artifacts:
        path = tmp_path / artifact.filename.replace("/", "_")
        write_export(path, artifact.text, artifact.contains_password)
        mode = path.stat().st_mode & 0o777
        assert mode == (0o600 if artifact.contains_password else 0o644), artifact.filename


# --- detection ---------------------------------------------------------------------


@pytest.mark.parametrize("setup", sorted(SETUPS))
@pytest.mark.parametrize("target_id", IDS)
def test_import_recognises_each_export_as_its_own_and_no_other_scores_as_high(target_id, setup):
    text = TARGETS[target_id].export(SETUPS[setup], PASSWORD).combined()
    ranked = detect_all(text)
    assert ranked, target_id
    best, first = ranked[0]
    assert first.id == target_id, [(s, t.id) for s, t in ranked[:3]]
    assert all(score < best for score, _ in ranked[1:]), [(s, t.id) for s, t in ranked[:3]]


# --- bad input ---------------------------------------------------------------------

PREFIXES = st.sampled_from(
    [
        "",
        "{",
        '{"host": ',
        "smtp://",
        "smtps://u:p@",
        "EMAIL_URL=smtp+tls://",
        "MAIL_HOST=",
        "MAILER_DSN=",
        "EMAIL_HOST = ",
        "account x\nhost ",
        "relayhost = [",
        "SMTP_HOST=",
        "# SMTP settings (.env for python-dotenv)\nSMTP_HOST=",
    ]
)


@pytest.mark.parametrize("target_id", IDS)
@given(prefix=PREFIXES, garbage=st.text(max_size=80))
@example(prefix="", garbage="")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_pasting_garbage_gives_only_a_clear_import_error(target_id, prefix, garbage):
    target = TARGETS[target_id]
    text = prefix + garbage
    assert 0 <= target.detect(text) <= 100
    try:
        target.parse(text)
    except ImportError_ as exc:
        assert exc.message.text()  # a readable message, placeholders filled


@pytest.mark.parametrize("target_id", IDS)
@given(cut=st.integers(min_value=0, max_value=2000), junk=st.text(max_size=5))
@settings(max_examples=40, deadline=None)
def test_a_damaged_export_imports_or_says_why(target_id, cut, junk):
    text = TARGETS[target_id].export(SETUPS["starttls"], PASSWORD).combined()
    damaged = text[: cut % (len(text) + 1)] + junk
    with contextlib.suppress(ImportError_):
        TARGETS[target_id].parse(damaged)


# --- translatable text ---------------------------------------------------------------


def _catalogue() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("target_id", IDS)
def test_every_label_step_title_and_warning_is_translated(target_id):
    catalogue = _catalogue()
    target = TARGETS[target_id]
    texts = [Text(target.label), *(Text(step) for step in target.steps)]
    if found := note(target):
        texts.append(found)
    for setup in SETUPS.values():
        for password in (None, PASSWORD):
            export = target.export(setup, password)
            texts += [a.title for a in export.artifacts]
            texts += list(export.warnings)
    assert target.steps, target_id
    assert isinstance(target.group, Group)
    for text in texts:
        assert catalogue.get((text.context, text.source)), (target_id, text.source)
        for key in text.params:
            assert "{" + key + "}" in text.source


# --- any password, any user name -------------------------------------------------------

SECRET_TEXT = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\0"), min_size=1, max_size=24
)


@pytest.mark.parametrize("target_id", IDS)
@given(password=SECRET_TEXT)
@example(password="p\"w'd $HOME ${X} #1 %41 \\ é")
@example(password="null")
@example(password=" padded ")
@example(password="two\nlines")
@example(password="\r\n")
@settings(max_examples=80, deadline=None)
def test_any_password_comes_back_exactly_or_is_left_out_with_a_warning(target_id, password):
    profile = SETUPS["starttls"]
    export = TARGETS[target_id].export(profile, password)
    back = TARGETS[target_id].parse(export.combined())
    if export.contains_password:
        assert back.password == password
    else:
        assert export.warnings, "left out without saying so"
        assert back.password is None


@pytest.mark.parametrize("target_id", IDS)
@given(user=SECRET_TEXT.filter(lambda u: u.strip() == u and "\n" not in u))
@example(user="o'brien+crm@example.com")
@settings(max_examples=60, deadline=None)
def test_any_one_line_user_name_comes_back_or_is_said(target_id, user):
    profile = SETUPS["starttls"].copy(username=user)
    export = TARGETS[target_id].export(profile)
    back = TARGETS[target_id].parse(export.combined())
    assert back.profile.username == user or export.warnings


# --- settings that only upgrade when offered ------------------------------------------


@pytest.mark.parametrize("setup", sorted(SETUPS))
@pytest.mark.parametrize("target_id", IDS)
def test_our_own_exports_insist_so_their_import_has_no_fallback_warning(target_id, setup):
    back = TARGETS[target_id].parse(TARGETS[target_id].export(SETUPS[setup]).combined())
    assert OPPORTUNISTIC not in [w.source for w in back.warnings]


@pytest.mark.parametrize(
    ("target_id", "text"),
    [
        ("dsn", "smtp://mail.example.com:587\n"),
        ("symfony", "MAILER_DSN=smtp://mail.example.com:587\n"),
        ("laravel", "MAIL_MAILER=smtp\nMAIL_SCHEME=smtp\nMAIL_HOST=mail.example.com\n"),
        ("nodemailer", '{"host": "mail.example.com", "port": 587, "secure": false}'),
        ("postfix", "relayhost = [mail.example.com]:587\nsmtp_tls_security_level = may\n"),
    ],
)
def test_an_admins_opportunistic_settings_import_as_starttls_and_say_so(target_id, text):
    back = TARGETS[target_id].parse(text)
    assert back.profile.security is Security.STARTTLS
    assert [w.source for w in back.warnings] == [OPPORTUNISTIC]
