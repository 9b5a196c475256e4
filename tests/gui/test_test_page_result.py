"""The Test page's result, as an admin meets it: a pass says what it proved, a failure
names the problem with its main action in the banner, every diagnosis's action does
what docs/DIAGNOSES.md says, the transcript follows the run and shows the failing
line, and a skipped step says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractSlider, QLabel, QMessageBox, QWidget

from tests.gui.helpers import (
    contrast_ratio,
    failing_line_visible,
    fill_pages,
    show_diagnosis,
    until,
)
from tests.gui.test_accessibility import AA, themed  # noqa: F401 (a fixture)
from tests.gui.test_pseudo_translation import clipped, settle, stretched  # noqa: F401
from tests.servers import PASSWORD, USER, Behaviour, SmtpServer
from wizard.core.diagnosis import CATALOGUE, FixKind, fixes_for
from wizard.core.model import AuthMechanism, FromPolicy, Profile, Security
from wizard.core.transcript import Direction, TranscriptLine
from wizard.core.verdict import VerdictState
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.transcript_view import TranscriptView

CEO = "ceo@example.test"
PASSED = "Test passed: the server accepted everything."


async def run_test(page) -> None:
    page.run_button.click()
    await until(lambda: not page.running, 20, "the test run")


def checklist_rows(page) -> dict[str, object]:
    return {
        page.checklist.topLevelItem(i).text(0): page.checklist.topLevelItem(i)
        for i in range(page.checklist.topLevelItemCount())
    }


# -- an unmistakable result ---------------------------------------------------------------
async def test_a_pass_says_who_sent_to_whom_through_which_server_and_the_queue_id(
    qtbot, ctx, certs
):
    async with SmtpServer(certs) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        await run_test(page)
        assert page.status.text() == PASSED
        proof = f"Mail from {USER} to {USER} was accepted by 127.0.0.1; queued as TEST1."
        assert page.banner_text.text() == proof and page.banner_text.isVisible()
        assert page.banner.isVisible() and page.banner_icon.isVisible()
        # A screen reader hears the verdict and what it proved together.
        assert page.banner.accessibleName() == PASSED
        assert page.banner.accessibleDescription() == proof
        assert page.fix_buttons == []
        page.copy_for_support()  # said beside the button; the banner keeps the verdict
        assert page.copied.text().startswith("Copied: transcript")
        assert page.status.text() == PASSED

        page.check_only.setChecked(True)  # the verdict is for "send", so: out of date
        assert page.status.text().startswith("Out of date")
        assert not page.banner_text.isVisible()
        await run_test(page)
        assert page.status.text() == PASSED
        assert page.banner_text.text() == (
            f"Mail from {USER} to {USER} would be accepted by 127.0.0.1; no message was sent."
        )
        assert len(server.recorder.messages) == 1  # only the first run sent one

        # The same result shown again (the language changed): the same proof.
        page.show_result(page.result)
        assert page.banner_text.text().endswith("no message was sent.")

        wizard.pages[sw.SERVER].port.setValue(server.port + 1)
        assert page.status.text().startswith("Out of date: Port changed")
        assert not page.banner_text.isVisible()  # what it proved no longer holds
    wizard.retire()


async def test_a_refusal_shows_the_diagnosis_its_main_action_and_the_failing_line(
    qtbot, ctx, certs
):
    """The issue seen on a real display: with the diagnosis panel open the transcript
    shrank and stayed at X-Mailer while the 550 was below."""
    behaviour = Behaviour(refuse_from_header=(CEO,))
    async with SmtpServer(certs, behaviour=behaviour) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        wizard.back()
        sender = wizard.pages[sw.SENDER]
        sender.radios[FromPolicy.SEND_AS_USER].setChecked(True)
        sender.from_address.setText(CEO)
        wizard.next()
        page = wizard.test_page
        page.to_address.setText(USER)
        await run_test(page)
        await settle()  # the panel opened: the transcript is shorter now

        assert page.status.text() == "Test failed: This account may not send as that address"
        main = page.fix_buttons[0]
        assert page.banner.isAncestorOf(main) and main.isVisible()
        assert main.text() == (
            "Apply fix: Send from the account's address, with replies to the user"
        )
        assert not page.panel.isAncestorOf(main)  # the panel keeps the explanation

        view = page.transcript
        failing = view.lines[view.failing]
        assert failing.direction is Direction.SERVER and failing.text.startswith("550 5.7.60")
        assert failing_line_visible(view), "the 550 is out of view"
        assert len(view.extraSelections()) == 1
        assert view.textCursor().block().text().endswith(failing.text)
        assert failing.text in view.accessibleDescription()

        # The reader scrolls away on purpose: the pane no longer pulls them back.
        view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
        view.resize(view.width(), view.height() - 20)
        await settle()
        assert view.verticalScrollBar().value() == 0

        main.click()  # one click: always from the account, and run again
        assert page.running
        await until(lambda: not page.running, 20, "the re-run")
        assert page.result.ok and page.status.text() == PASSED
        assert page.banner_text.text().startswith(f"Mail from {USER} to {USER} was accepted")
        assert view.failing is None and view.extraSelections() == []
    wizard.retire()


async def test_a_failure_going_out_of_date_hides_its_action_and_comes_back(qtbot, ctx, certs):
    async with SmtpServer(certs, password="the-real-one") as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        await run_test(page)
        assert page.status.text() == "Test failed: User name or password not accepted"
        main = page.fix_buttons[0]
        assert main.text() == "Go to: Re-enter the password (and check the user name)"
        assert main.isVisible()
        page.to_address.setText("bob@example.test")
        assert wizard.verdict_state() is VerdictState.STALE and not main.isVisible()
        page.to_address.setText(USER)  # back to what was tested: the failure holds
        assert page.status.text().startswith("Test failed") and main.isVisible()
    wizard.retire()


# -- every diagnosis has a way forward ------------------------------------------------------
REFERENCE = {
    "port": 587,
    "security": "starttls",
    "auth": False,
    "encrypted": True,
    "host": "smtp.gmail.com",
    "field": "from_address",
    "mechanism": "LOGIN",
}
PIN = ":".join(["AB"] * 32)
# Codes whose main action changes with the settings: each variant is pressed too.
VARIANTS = {
    "AUTH_APP_PASSWORD_REQUIRED": [{"host": "mail.example.test"}],
    "AUTH_MECHANISM_UNSUPPORTED": [{"mechanism": "auto"}],
    "AUTH_REQUIRED": [{"auth": True}],
    "RELAY_DENIED": [{"auth": True, "port": 25}, {"auth": True}],
    "STARTTLS_FAILED": [{"port": 465}],
    # The presented certificate is known: trusting it (self-signed: first; a private CA
    # failing strict verification: first; a changed one: second, under the admin's word).
    "CERT_UNTRUSTED": [{"cert_sha256": PIN, "self_signed": True}],
    "CA_NOT_STRICT": [{"cert_sha256": PIN}],
    "INVALID_INPUT": [
        {"field": "host"},
        {"field": "port"},
        {"field": "ca_file"},
        {"field": "password", "auth": True},
        {"field": "to"},
        {"field": "timeout"},
    ],
}
# Failures that only happen to a signed-in account are shown with sign-in on (a field
# of a page with sign-in off is disabled and cannot take the focus).
SIGNED_IN = {
    "AUTH_NOT_OFFERED",
    "AUTH_MECHANISM_UNSUPPORTED",
    "AUTH_FAILED",
    "AUTH_APP_PASSWORD_REQUIRED",
    "AUTH_DISABLED_BY_PROVIDER",
    "PLAINTEXT_AUTH_BLOCKED",
}
# The settings a code arises from, where the reference setup could not produce it.
SCENARIOS = {
    "PORT_NOT_TLS": {"security": "ssl"},
    "PORT_REQUIRES_TLS": {"security": "none"},
    "ENCRYPTION_REQUIRED": {"security": "none", "port": 25},
    "PLAINTEXT_AUTH_BLOCKED": {"security": "none", "port": 25, "encrypted": False},
}
DRAFT = {"SENDER_NOT_ALLOWED": {"from_policy": FromPolicy.SEND_AS_USER, "from_address": CEO}}


def case(code: str, variant: dict | None = None) -> tuple[str, dict]:
    settings = {**REFERENCE, "auth": code in SIGNED_IN or REFERENCE["auth"]}
    return code, {**settings, **SCENARIOS.get(code, {}), **(variant or {})}


CASES = [case(code) for code in CATALOGUE] + [
    case(code, variant) for code, variants in VARIANTS.items() for variant in variants
]
ENUMS = {"security": Security, "mechanism": AuthMechanism, "from_policy": FromPolicy}


def focused_on(wizard, widget: QWidget) -> bool:
    focus = wizard.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


@pytest.fixture
async def wizard_on_test(ctx):
    wizard = Windows(ctx).open_wizard(start_page=sw.TEST)
    base = Profile(
        host="127.0.0.1",
        port=9,
        security=Security.NONE,
        username=USER,
        from_address=USER,
        allow_plaintext_auth=True,
    )
    wizard.base = base
    wizard.draft = base.copy()
    wizard.password = PASSWORD
    wizard.reload_pages()
    yield wizard
    wizard.retire()


async def press_main_action(wizard, code: str, settings: dict, opened_urls: list[str]) -> str:
    """Show ``code`` with the fixes the engine offers, press the banner's main action
    and check its effect; returns the kind pressed."""
    page = wizard.test_page
    wizard.setStartId(sw.TEST)
    wizard.restart()
    # The settings that failed are the ones on screen.
    wizard.draft = wizard.base.copy(
        port=settings["port"],
        security=Security(settings["security"]),
        auth=settings["auth"],
        mechanism=AuthMechanism(settings["mechanism"]),
        **DRAFT.get(code, {}),
    )
    wizard.reload_pages()
    page.send_radio.setChecked(True)
    show_diagnosis(page, code, username=USER, from_address=wizard.draft.from_address, **settings)
    options = {"username": USER, "from_address": wizard.draft.from_address, **settings}
    main = fixes_for(code, **options)[0]
    widget = page.fix_buttons[0]
    assert page.banner.isVisible() and page.banner.isAncestorOf(widget), code
    assert widget.isVisible(), code
    kind = main.kind
    if kind is FixKind.NONE:
        # Nothing to press: the banner says why, and who can help.
        assert isinstance(widget, QLabel) and widget.text() == main.label, code
        return kind.value
    widget.click()
    if "cert_pin" in main.changes:
        # Trusting a certificate asks first, showing it; nothing applies before the answer.
        assert page.trust_box is not None and page.trust_box.isVisible(), code
        assert not page.running and wizard.draft.cert_pin == "", code
        trust = next(
            b
            for b in page.trust_box.buttons()
            if page.trust_box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        )
        trust.click()
    if kind in (FixKind.APPLY, FixKind.RETRY):
        assert page.running, f"{code}: no run started"
        for name, value in main.changes.items():
            expected = ENUMS[name](value) if name in ENUMS else value
            assert getattr(wizard.draft, name) == expected, (code, name)
        if kind is FixKind.APPLY:
            assert page.fix_note.isVisible() and page.undo_button.isVisible(), code
        page.cancel_run()
        await until(lambda: not page.running, 10, "the cancelled run")
        page.undo_fix()
    elif kind is FixKind.GOTO:
        page_name, field = main.goto
        if page_name == "test":
            assert wizard.currentId() == sw.TEST, code
            assert page.send_radio.isChecked(), code
            target = page.to_address
        else:
            assert wizard.currentId() == sw.PAGE_NAMES[page_name], code
            target = getattr(wizard.pages[wizard.currentId()], field)
        assert focused_on(wizard, target), f"{code}: focus on {wizard.focusWidget()}"
        if hasattr(target, "selectedText") and target.text():
            assert target.selectedText() == target.text(), code  # ready to be typed over
    elif kind is FixKind.HELP:
        assert opened_urls == [main.help_url], code
        assert widget.toolTip() == main.help_url
        opened_urls.clear()
    return kind.value


async def test_every_diagnosis_main_action_does_what_the_table_says(
    qtbot, wizard_on_test, opened_urls
):
    pressed = {}
    for code, settings in CASES:
        kind = await press_main_action(wizard_on_test, code, settings, opened_urls)
        pressed[code, tuple(sorted(settings.items()))] = kind
    kinds = {kind for kind in pressed.values()}
    assert kinds == {"apply", "goto", "help", "retry", "none"}
    assert {code for code, _ in pressed} == set(CATALOGUE)


async def test_a_go_to_the_password_selects_it_and_the_ca_field_has_browse_beside_it(
    qtbot, wizard_on_test, opened_urls
):
    wizard = wizard_on_test
    wizard.base = wizard.base.copy(auth=True)
    signed_in = {**REFERENCE, "auth": True}
    assert await press_main_action(wizard, "AUTH_FAILED", signed_in, opened_urls) == "goto"
    signin = wizard.pages[sw.SIGNIN]
    assert wizard.focusWidget() is signin.password
    assert signin.password.selectedText() == PASSWORD
    assert await press_main_action(wizard, "CERT_UNTRUSTED", REFERENCE, opened_urls) == "goto"
    server = wizard.pages[sw.SERVER]
    assert wizard.focusWidget() is server.ca_file
    browse = [
        w
        for w in server.ca_file.parentWidget().findChildren(QWidget)
        if "rowse" in str(getattr(w, "text", lambda: "")())
    ]
    assert browse and browse[0].isVisible()


# -- skipped steps say why ---------------------------------------------------------------
async def test_a_skipped_step_says_why_on_screen_in_its_tooltip_and_to_a_screen_reader(
    qtbot, ctx, certs
):
    async with SmtpServer(certs) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        page.check_only.setChecked(True)
        await run_test(page)
    rows = checklist_rows(page)
    data = rows["Test message"]
    assert data.text(1) == "Skipped"
    assert data.child(0).text(0) == "Check without sending was chosen"
    assert data.isExpanded() and data.child(0).isFirstColumnSpanned()
    said = "Skipped — Check without sending was chosen"
    assert data.data(1, Qt.ItemDataRole.AccessibleTextRole) == said
    assert all(said in data.toolTip(column) for column in range(3))
    send_as = rows['"Send as" permission']
    assert send_as.child(0).text(0) == "Not checked under this From policy"
    assert "Secure connection (STARTTLS)" in rows  # done, not skipped: no reason line
    assert rows["Secure connection (STARTTLS)"].childCount() == 0
    wizard.retire()


# -- the transcript follows the run -----------------------------------------------------------
async def test_the_transcript_follows_the_newest_line_unless_the_reader_scrolled_up(qtbot):
    view = TranscriptView()
    view.resize(400, 200)
    view.show()
    bar = view.verticalScrollBar()

    def add(count: int) -> None:
        for i in range(count):
            view.append_line(TranscriptLine(i, Direction.SERVER, False, f"250-line {i}"))

    add(100)
    await settle()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    view.resize(400, 120)  # something opened below: the pane shrank
    await settle()
    assert bar.value() == bar.maximum()

    bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)  # the reader scrolls up
    held = bar.value()
    add(20)
    await settle()
    assert bar.value() == held < bar.maximum()  # left where they are reading

    bar.triggerAction(QAbstractSlider.SliderAction.SliderToMaximum)  # back to the bottom
    add(20)
    await settle()
    assert bar.value() == bar.maximum()

    view.append_line(TranscriptLine(0, Direction.SERVER, False, "554 5.7.1 refused"))
    add(3)
    assert view.show_failure() == 140
    view.resize(400, 80)
    await settle()
    assert failing_line_visible(view)
    view.clear_lines()
    assert view.failing is None and view.extraSelections() == [] and view.following
    view.close()


async def test_the_failing_line_stays_readable_in_light_and_dark_palettes(qtbot, themed):  # noqa: F811
    view = TranscriptView()
    for direction in (Direction.CLIENT, Direction.SERVER, Direction.ERROR):
        view.append_line(TranscriptLine(0, direction, False, "550 no"))
    assert view.show_failure() == 2
    (highlight,) = view.extraSelections()
    text = highlight.format.foreground().color()
    background = highlight.format.background().color()
    assert contrast_ratio(text, background) >= AA, themed
    # Seen against the pane too: the highlighted band is not lost in the background.
    base = view.viewport().palette().color(QPalette.ColorRole.Base)
    assert contrast_ratio(background, base) > 1.2, themed
    assert highlight.format.fontWeight() > 400  # bold: more than colour alone
    view.close()


# -- Spanish is a quarter longer: both banners wrap, the window never widens ------------------
async def test_both_banners_fit_a_language_forty_percent_longer(qtbot, ctx, certs, stretched):  # noqa: F811
    async with SmtpServer(certs) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        await run_test(page)
        await settle()
        assert page.result.ok and page.banner_text.isVisible()
        assert wizard.size() == QSize(*sw.DEFAULT_SIZE)
        problems = [f"pass: {p}" for p in clipped(wizard)]
        for code in (
            "SENDER_NOT_ALLOWED",  # the longest button
            "AUTH_APP_PASSWORD_REQUIRED",  # help, and a go-to in the panel
            "TEMPORARY_FAILURE",  # run again, with its advice
            "MESSAGE_REJECTED",  # a reason, no button
        ):
            show_diagnosis(page, code, username="boss@example.test", host="smtp.gmail.com")
            await settle()
            assert page.fix_buttons[0].isVisible()
            assert wizard.size() == QSize(*sw.DEFAULT_SIZE), code
            problems += [f"{code}: {p}" for p in clipped(wizard)]
    assert problems == []
    wizard.retire()


def test_the_failing_line_is_named_even_when_the_transcript_is_long(qtbot):
    view = TranscriptView()
    view.setMaximumBlockCount(50)  # old lines dropped: the index still finds its block
    for i in range(80):
        view.append_line(TranscriptLine(i, Direction.SERVER, False, f"250 line {i}"))
    view.append_line(TranscriptLine(80, Direction.SERVER, False, "451 4.3.0 try later"))
    view.append_line(TranscriptLine(81, Direction.CLIENT, False, "QUIT"))
    assert view.show_failure() == 80
    assert view.textCursor().block().text().endswith("451 4.3.0 try later")
    view.close()
