"""The step list beside the pages: an admin sees where she is, what is done, what
failed and what went out of date; she goes back (or forward again) by mouse or
keyboard without losing anything; a screen reader announces it; and the window
has a minimum size at which nothing overlaps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleFactory,
    QWidget,
    QWizard,
)

from tests.gui.helpers import fill_pages, language, show_diagnosis, type_into, until
from tests.gui.test_keyboard import activate, alt, focused, press
from tests.gui.test_pseudo_translation import clipped, rows_clipped, settle
from tests.servers import PASSWORD, SmtpServer
from wizard.core import i18n
from wizard.core.diagnosis import CATALOGUE
from wizard.core.model import Profile
from wizard.core.verdict import VerdictState
from wizard.ui import profile_manager as pm
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.step_list import StepState

NAMES = ("Start", "Server", "Sign-in", "Sender", "Test", "Deliverability", "Finish")


async def settled(wizard) -> None:
    """The list catches up with an edit on the next turn of the event loop."""
    await until(lambda: not wizard._steps_timer.isActive(), 2, "the step list")


async def announced(wizard) -> list[str]:
    """What a screen reader reads for each step (the accessible name of its row)."""
    await settled(wizard)
    steps = wizard.steps
    return [
        steps.item(row).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(steps.count())
    ]


async def said(wizard, name: str) -> str:
    return (await announced(wizard))[NAMES.index(name)]


async def state(wizard, row: int) -> StepState:
    await settled(wizard)
    return wizard.steps.state_of(row)


async def click_step(qtbot, wizard, name: str) -> None:
    await settled(wizard)
    steps = wizard.steps
    rect = steps.visualItemRect(steps.item(NAMES.index(name)))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def run_test(page) -> None:
    page.run_button.click()
    await until(lambda: not page.running, 20, "the test run")


# -- where am I, what is done --------------------------------------------------------
async def test_admin_sees_where_she_is_jumps_back_to_server_and_her_port_is_still_there(
    qtbot, ctx, certs
):
    wizard = Windows(ctx).open_wizard()
    assert await said(wizard, "Start") == "Start — current step"
    assert await said(wizard, "Server") == "Server — not reached yet"
    fill_pages(qtbot, wizard, 2525, certs.ca_file)  # Start, Server, Sign-in, Sender: on Test
    assert await announced(wizard) == [
        "Start — done",
        "Server — done",
        "Sign-in — done",
        "Sender — done",
        "Test — current step",
        "Deliverability — not reached yet",
        "Finish — not reached yet",
    ]
    # Words and a symbol on screen, not colour alone.
    assert wizard.steps.item(sw.SERVER).text() == "Server\ndone"
    assert wizard.steps.state_of(sw.SERVER) is StepState.DONE

    await click_step(qtbot, wizard, "Server")
    assert wizard.currentId() == sw.SERVER
    server = wizard.pages[sw.SERVER]
    assert server.port.value() == 2525 and server.host.text() == "127.0.0.1"
    assert await said(wizard, "Server") == "Server — current step"
    assert await said(wizard, "Test") == "Test — not run yet"  # seen, never run

    # Forward again, through pages that are valid, to a step already seen.
    server.port.setValue(2526)
    await click_step(qtbot, wizard, "Test")
    assert wizard.currentId() == sw.TEST
    assert wizard.pages[sw.SERVER].port.value() == 2526
    assert wizard.pages[sw.SIGNIN].password.text() == PASSWORD

    # A step not reached yet stays where it is, and says how to get there.
    await click_step(qtbot, wizard, "Finish")
    assert wizard.currentId() == sw.TEST
    await settled(wizard)
    finish_row = wizard.steps.item(sw.FINISH)
    assert "use Next" in finish_row.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    wizard.retire()


async def test_a_step_with_an_error_says_so_and_blocks_jumping_past_it(qtbot, ctx, certs):
    wizard = Windows(ctx).open_wizard()
    fill_pages(qtbot, wizard, 2525, certs.ca_file)
    await click_step(qtbot, wizard, "Start")
    type_into(qtbot, wizard.pages[sw.START].address, "not an address")
    # The From address is on the Sender page too: both need correcting now.
    assert await said(wizard, "Sender") == "Sender — needs correcting"
    await click_step(qtbot, wizard, "Test")  # Next would refuse on this page: so does the list
    assert wizard.currentId() == sw.START
    await settled(wizard)
    assert not wizard.steps.reachable(sw.TEST)
    assert wizard.steps.item(sw.TEST).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Step 5 of 7. Correct the steps before it first."
    )
    type_into(qtbot, wizard.pages[sw.START].address, "ana@example.test")
    assert await said(wizard, "Sender") == "Sender — done"
    await click_step(qtbot, wizard, "Sender")
    assert wizard.currentId() == sw.SENDER
    wizard.retire()


async def test_after_a_failed_test_the_test_step_says_failed_and_after_a_change_out_of_date(
    qtbot, ctx, certs
):
    async with SmtpServer(certs, password="the-real-one") as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)  # types the wrong password
        await run_test(wizard.test_page)
        assert wizard.verdict_state() is VerdictState.FAILED
        wizard.next()  # on to Deliverability
        assert await said(wizard, "Test") == "Test — failed"
        assert wizard.steps.item(sw.TEST).text() == "Test\nfailed"

        await click_step(qtbot, wizard, "Sign-in")
        type_into(qtbot, wizard.pages[sw.SIGNIN].password, "the-real-one")
        assert await said(wizard, "Test") == "Test — out of date"
        assert await state(wizard, sw.TEST) is StepState.STALE

        await click_step(qtbot, wizard, "Test")
        await run_test(wizard.test_page)
        await click_step(qtbot, wizard, "Deliverability")
        assert wizard.currentId() == sw.DELIVERABILITY
        assert await said(wizard, "Test") == "Test — done"
    wizard.retire()


async def test_a_saved_setup_opens_with_its_steps_done_and_its_last_test(qtbot, ctx, certs):
    async with SmtpServer(certs) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        await run_test(wizard.test_page)
        await wizard.save_profile()
        wizard.retire()
        profile = ctx.profiles.profiles[0]
        again = Windows(ctx).open_wizard(profile)
        await until(lambda: again.password == PASSWORD, what="the password from the keyring")
        assert (await announced(again))[:5] == [
            "Start — current step",
            "Server — done",
            "Sign-in — done",
            "Sender — done",
            "Test — done",
        ]
        await click_step(qtbot, again, "Test")  # straight there: every page before it is valid
        assert again.currentId() == sw.TEST
        again.retire()


# -- screen readers and the keyboard -------------------------------------------------
async def test_the_list_is_announced(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    await settled(wizard)
    steps = wizard.steps
    assert steps.accessibleName() == "Steps"
    assert steps.accessibleDescription() == "Step 1 of 7: Start."
    assert steps.item(sw.START).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Step 1 of 7. You are here."
    )
    type_into(qtbot, wizard.pages[sw.START].address, "ana@example.test")
    wizard.next()
    await settled(wizard)
    assert steps.accessibleDescription() == "Step 2 of 7: Server."
    assert steps.currentRow() == sw.SERVER  # the focus row follows the page
    assert steps.item(sw.START).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Step 1 of 7. Press Enter to go to this step."
    )
    # What assistive technology gets through Qt's accessibility bridge.
    interface = QAccessible.queryAccessibleInterface(steps)
    assert interface.text(QAccessible.Text.Name) == "Steps"
    rows = [interface.child(i) for i in range(interface.childCount())]
    names = [row.text(QAccessible.Text.Name) for row in rows if row is not None]
    assert "Start — done" in names and "Server — current step" in names
    wizard.retire()


async def test_keyboard_only_tab_into_the_list_down_enter_goes_to_sender(qtbot, ctx, certs):
    wizard = Windows(ctx).open_wizard()
    await activate(wizard)
    fill_pages(qtbot, wizard, 2525, certs.ca_file)
    wizard.back()
    wizard.back()
    wizard.back()  # on Server, with Sign-in and Sender done
    assert wizard.currentId() == sw.SERVER
    await settled(wizard)
    wizard.button(QWizard.WizardButton.CancelButton).setFocus(Qt.FocusReason.TabFocusReason)
    press(wizard, Qt.Key.Key_Tab)  # from the buttons, Tab reaches the list first
    assert focused(wizard) is wizard.steps
    assert wizard.steps.currentRow() == sw.SERVER
    press(wizard, Qt.Key.Key_Down)
    press(wizard, Qt.Key.Key_Down)
    press(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == sw.SENDER
    # As with Next, the focus goes to the page's first control, ready to type...
    assert wizard.pages[sw.SENDER].isAncestorOf(focused(wizard))
    # ...and the list is one Shift+Tab away.
    await settled(wizard)
    press(wizard, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(wizard) is wizard.steps and wizard.steps.currentRow() == sw.SENDER
    press(wizard, Qt.Key.Key_Up)
    press(wizard, Qt.Key.Key_Up)
    press(wizard, Qt.Key.Key_Space)  # Space works as well as Enter
    assert wizard.currentId() == sw.SERVER
    assert wizard.pages[sw.SERVER].port.value() == 2525
    assert wizard.pages[sw.SERVER].isAncestorOf(focused(wizard))
    wizard.retire()


# -- languages -----------------------------------------------------------------------
async def test_a_language_switch_rebuilds_the_list_with_the_same_states(qtbot, ctx, tmp_home):
    windows = Windows(ctx)
    old = windows.open_wizard()
    start = old.pages[sw.START]
    type_into(qtbot, start.address, "ana@example.test")
    old.next()
    type_into(qtbot, old.pages[sw.SERVER].host, "smtp.example.test")
    old.next()
    old.next()  # on Sender
    await click_step(qtbot, old, "Server")
    old.pages[sw.SERVER].host.clear()  # Server needs correcting now
    await click_step(qtbot, old, "Start")
    await settled(old)
    before = [old.steps.state_of(row) for row in range(old.steps.count())]
    assert before[sw.SERVER] is StepState.ERRORS and before[sw.SIGNIN] is StepState.DONE
    try:
        start.language.setCurrentIndex(start.language.findData("es"))
        await until(lambda: windows.wizards[0] is not old, 5, "the switch")
        new = windows.wizards[0]
        await settled(new)
        assert new.steps is not old.steps
        assert [new.steps.state_of(row) for row in range(new.steps.count())] == before
        # Built again in the new language: each row in the words the translator gives.
        translate = QCoreApplication.translate
        assert new.steps.item(sw.SIGNIN).text() == "\n".join(
            (translate("StepList", "Sign-in"), translate("StepList", "done"))
        )
        await click_step(qtbot, new, "Server")  # seen steps stay reachable
        assert new.currentId() == sw.SERVER
        await settled(new)
        assert not new.steps.reachable(sw.SENDER)  # not past the host to correct
    finally:
        for wizard in windows.wizards:
            wizard.retire()
        app = QApplication.instance()
        for translator in windows.translators:
            app.removeTranslator(translator)
        i18n.set_translator(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


async def test_the_step_list_is_in_spanish(qtbot, ctx):
    """Translation completeness (fails until the Spanish catalogue has the list's words)."""
    with language("es"):
        wizard = Windows(ctx).open_wizard()
        await settled(wizard)
        texts = [wizard.steps.item(row).text() for row in range(wizard.steps.count())]
        english = [t for t in texts if t.split("\n")[0] in NAMES or "not reached yet" in t]
        description = wizard.steps.accessibleName()
        wizard.retire()
    assert english == [] and description != "Steps"


# -- sizes ---------------------------------------------------------------------------
async def test_the_list_is_as_wide_before_the_first_paint_as_the_style_makes_it_after(qtbot, ctx):
    """Issue 15: the first paint uses the default styles' metrics (the first style()
    call from Python costs 5-9 ms); once shown, the list takes its style's own. On
    Qt's default styles the two agree: nothing moves after the window appears."""
    from wizard.ui.step_list import PROVISIONAL_METRICS

    style = QApplication.style()
    for key in ("Fusion", "Windows"):
        probe = QStyleFactory.create(key)
        assert (
            probe.pixelMetric(probe.PixelMetric.PM_FocusFrameHMargin),
            probe.pixelMetric(probe.PixelMetric.PM_SmallIconSize),
        ) == PROVISIONAL_METRICS
    windows = Windows(ctx)
    wizard = windows.open_wizard()
    first = wizard.steps.width()
    await until(lambda: wizard.pages.built(sw.FINISH) is not None, 10, "the pages built")
    assert wizard.steps.width() == first and style is QApplication.style()

    # A style with bigger icons: the list follows its metrics.
    class BigIcons(QProxyStyle):
        def pixelMetric(self, metric, option=None, widget=None):  # type: ignore[no-untyped-def]
            if metric == QStyle.PixelMetric.PM_SmallIconSize:
                return 32
            return super().pixelMetric(metric, option, widget)

    big = BigIcons(QStyleFactory.create("Fusion"))
    wizard.steps.setStyle(big)
    wizard.steps.fit_width_to_style()
    assert wizard.steps.width() == first + 16
    wizard.retire()


def page_scrolls(page: QWidget) -> bool:
    area = page.findChild(QScrollArea, "pageScroll")
    return area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0


@pytest.mark.parametrize("lang", ["en", "es"])
async def test_at_the_minimum_size_nothing_overlaps_on_any_page(qtbot, ctx, lang):
    with language(lang):
        windows = Windows(ctx)
        wizard = windows.open_wizard()
        wizard.draft.from_address = "ana@example.test"
        wizard.draft.host = "127.0.0.1"
        wizard.use_provider("gmail")  # the longest provider hint
        wizard.reload_pages()
        wizard.resize(200, 150)  # as small as the user can drag it
        minimum = QSize(*sw.MINIMUM_SIZE)
        problems: list[str] = []
        for index, page in enumerate(wizard.pages):
            wizard.setStartId(index)
            wizard.restart()
            if index == sw.DELIVERABILITY:
                await until(lambda p=page: not p.running, 10, "the checks")
            await settle()
            assert wizard.size() == minimum, f"page {index}: {wizard.size()}"
            # Lists inside a page (the deliverability findings) scroll as they always
            # do; the page itself fits without scrolling.
            problems += [f"page {index}: {p}" for p in clipped(wizard, scrolls=True)]
            problems += [f"page {index}: {p}" for p in rows_clipped(wizard.steps)]
            if page_scrolls(page):
                problems.append(f"page {index} needs scrolling at the minimum size")
        # A long diagnosis may not fit a short window: it scrolls, and never overlaps.
        wizard.setStartId(sw.TEST)
        wizard.restart()
        for code in CATALOGUE:
            show_diagnosis(wizard.test_page, code)
            await settle()
            problems += [f"{code}: {p}" for p in clipped(wizard, scrolls=True)]
        windows.start("A setup nobody saved")  # the saved setups, with a message
        manager = windows.manager
        manager.resize(100, 100)
        await settle()
        assert manager.height() == 320 and manager.width() < pm.DEFAULT_SIZE[0]
        problems += [f"manager: {p}" for p in clipped(manager)]
        wizard.retire()
        manager.close()
    assert problems == []


async def test_a_window_shorter_than_a_page_scrolls_it_and_shows_the_field_in_focus(qtbot, ctx):
    """Below the minimum (a desktop can force it), texts never overlap: the page
    scrolls, and a field reached by its Alt+letter scrolls into view."""
    wizard = Windows(ctx).open_wizard(Profile(name="x", from_address="ana@example.test"))
    await activate(wizard)
    wizard.setMinimumSize(0, 0)
    wizard.resize(sw.MINIMUM_SIZE[0], 280)
    wizard.setStartId(sw.SENDER)
    wizard.restart()
    await settle()
    page = wizard.pages[sw.SENDER]
    area = page.findChild(QScrollArea, "pageScroll")
    assert page_scrolls(page)
    assert clipped(wizard, scrolls=True) == []
    alt(wizard, "y")  # Displa&y name, below the fold
    await settle()
    assert focused(wizard) is page.display_name
    top_left = page.display_name.mapTo(area.viewport(), page.display_name.rect().topLeft())
    assert area.viewport().rect().contains(top_left)
    wizard.retire()
