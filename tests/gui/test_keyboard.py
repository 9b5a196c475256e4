"""The wizard and the profile manager work from the keyboard alone.

An admin without a mouse (or with a screen reader) moves with Tab, jumps with
Alt+letter mnemonics, confirms with Enter and backs out with Escape.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)

from tests.gui.helpers import language, send_char, show_diagnosis, until
from tests.servers import PASSWORD, USER, SmtpServer
from wizard.core.model import Profile, Security
from wizard.core.secrets import SERVICE
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows

WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible controls it would reach."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # a label without a buddy has no shortcut
        key = mnemonic(text)
        if key:
            found[key].append(text.replace("&", ""))
    return found


def clashes(root: QWidget, also: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Shared Alt+letters; ``also``: texts of controls shown in real use but not now
    (Back is hidden on the page a test restarts the wizard on)."""
    found = mnemonics(root)
    for text in also:
        if key := mnemonic(text):
            found[key].append(text.replace("&", ""))
    return {key: texts for key, texts in found.items() if len(texts) > 1}


@pytest.fixture(params=["en", "es"])
def lang(request):
    with language(request.param):
        yield request.param


async def test_no_two_controls_share_a_mnemonic_on_any_page(qtbot, ctx, lang):
    windows = Windows(ctx)
    wizard = windows.open_wizard()
    wizard.show()
    found = {}
    back = (wizard.button(QWizard.WizardButton.BackButton).text(),)
    # Every optional control showing: the unencrypted-password box needs security None.
    wizard.draft.security = Security.NONE
    wizard.reload_pages()
    for index, _page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        if clash := clashes(wizard, back if index else ()):
            found[f"page {index}"] = clash
    # The Test page with a diagnosis and its fixes showing, and a fix note with Undo.
    wizard.setStartId(sw.TEST)
    wizard.restart()
    show_diagnosis(wizard.test_page, "PORT_NOT_TLS", security="ssl", auth=True)
    wizard.test_page._show_fix_note("Port: 25 → 465")
    if clash := clashes(wizard, back):
        found["test page with fixes"] = clash
    manager = windows.open_manager()
    manager.show()
    if clash := clashes(manager):
        found["manager"] = clash
    wizard.close()
    manager.close()
    assert found == {}


# -- driving the window with key events only ------------------------------------------
def focused(window: QWidget) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def keys(window: QWidget, text: str) -> None:
    """Type into whatever has the focus, one key event per character."""
    for char in text:
        target = focused(window)
        send_char(target, char)


def press(window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(window), key, modifier)


def alt(window: QWidget, letter: str) -> None:
    """Alt+letter, the mnemonic of a label or a button."""
    press(window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


async def activate(window: QWidget) -> None:
    window.show()
    window.activateWindow()
    await until(window.isActiveWindow, 5, "the window to become active")


async def test_keyboard_only_from_start_to_a_tested_and_saved_setup(
    qtbot, ctx, certs, keyring_backend
):
    windows = Windows(ctx)
    async with SmtpServer(certs) as server:
        wizard = windows.open_wizard()
        await activate(wizard)
        start = wizard.pages[sw.START]
        assert focused(wizard) is start.address  # the first question has the focus
        keys(wizard, USER)
        press(wizard, Qt.Key.Key_Return)  # Enter means Next
        await until(lambda: wizard.currentId() == sw.SERVER, what="the Server page")

        server_page = wizard.pages[sw.SERVER]
        alt(wizard, "s")  # &Server name
        assert focused(wizard) is server_page.host
        keys(wizard, f"tls://127.0.0.1:{server.port}")
        alt(wizard, "c")  # Trusted &CA certificate
        assert focused(wizard) is server_page.ca_file
        keys(wizard, certs.ca_file)
        alt(wizard, "n")  # &Next
        await until(lambda: wizard.currentId() == sw.SIGNIN, what="the Sign-in page")
        assert server_page.port.value() == server.port  # the typed URL was split

        signin = wizard.pages[sw.SIGNIN]
        alt(wizard, "p")  # &Password
        assert focused(wizard) is signin.password
        keys(wizard, PASSWORD)
        alt(wizard, "n")
        await until(lambda: wizard.currentId() == sw.SENDER, what="the Sender page")
        alt(wizard, "n")
        await until(lambda: wizard.currentId() == sw.TEST, what="the Test page")

        test_page = wizard.test_page
        alt(wizard, "r")  # &Run test
        await until(lambda: test_page.result is not None and not test_page.running, 20, "the run")
        assert test_page.result.ok, test_page.transcript_text()
        assert len(server.recorder.messages) == 1

    alt(wizard, "n")
    await until(lambda: wizard.currentId() == sw.DELIVERABILITY, what="Deliverability")
    alt(wizard, "n")
    await until(lambda: wizard.currentId() == sw.FINISH, what="the Finish page")
    finish = wizard.pages[sw.FINISH]
    alt(wizard, "n")  # Setup &name (Next is gone on the last page)
    assert focused(wizard) is finish.name
    press(wizard, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # replace the suggestion
    keys(wizard, "Office mail")
    alt(wizard, "s")  # &Save
    await until(
        lambda: ctx.profiles.by_name("Office mail") is not None and keyring_backend.items,
        what="saving",
    )
    profile = ctx.profiles.by_name("Office mail")
    assert keyring_backend.items[(SERVICE, profile.id)] == PASSWORD
    assert profile.host == "127.0.0.1" and profile.port == server.port
    wizard.close()


async def test_the_profile_manager_answers_enter_delete_and_escape(qtbot, ctx, keyring_backend):
    for name, host in (("Office mail", "mail.office.test"), ("Shop", "smtp.shop.test")):
        ctx.profiles.put(Profile(name=name, host=host, from_address=f"a@{host}"))
    ctx.profiles.save()
    windows = Windows(ctx)
    manager = windows.open_manager()
    await activate(manager)
    assert focused(manager) is manager.filter  # the filter comes first
    keys(manager, "shop")
    assert manager.count() == 1
    press(manager, Qt.Key.Key_Down)  # from the filter into the list
    assert focused(manager) is manager.list
    press(manager, Qt.Key.Key_Return)  # Enter opens the selected setup
    assert [w.draft.name for w in windows.wizards] == ["Shop"]
    windows.wizards[0].close()

    await activate(manager)
    press(manager, Qt.Key.Key_Escape)  # first Escape clears the filter
    assert manager.filter.text() == "" and manager.count() == 2
    manager.list.setFocus()
    press(manager, Qt.Key.Key_Delete)  # asks first; No is the default
    box = manager.confirm_box
    await until(box.isVisible, what="the confirmation")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    QTest.keyClick(box, Qt.Key.Key_Escape)  # Escape means No
    await until(lambda: not box.isVisible(), what="the box to close")
    assert len(ctx.profiles.profiles) == 2

    await activate(manager)
    press(manager, Qt.Key.Key_Escape)  # Escape with an empty filter closes the window
    assert not manager.isVisible()


def tab_cycle(window: QWidget, first: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits, starting at ``first``, until it comes back round."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [first]
    for _ in range(limit):
        press(window, Qt.Key.Key_Tab)
        widget = focused(window)
        if widget is first:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to {first}")


def reading_order_breaks(widgets: list[QWidget], root: QWidget) -> list[str]:
    """Pairs where Tab jumps back up the page, or leftwards within a row."""
    breaks = []
    for before, after in itertools.pairwise(widgets):
        a, b = (
            before.mapTo(root, before.rect().topLeft()),
            after.mapTo(root, after.rect().topLeft()),
        )
        same_row = abs(a.y() - b.y()) <= 12
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y()):
            breaks.append(
                f"{type(before).__name__}@{a.toTuple()} → {type(after).__name__}@{b.toTuple()}"
            )
    return breaks


async def test_tab_visits_every_control_of_each_page_in_reading_order(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    await activate(wizard)
    problems = {}
    for index, page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        if index == sw.DELIVERABILITY:
            await until(lambda p=page: not p.running, 10, "the checks")
        controls = [
            w
            for w in page.findChildren(QWidget)
            if w.isVisibleTo(page)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None
        ]
        # Start in the button row: Tab leaves it for the step list (the left column),
        # then the page's controls, as the eye reads the window.
        cycle = tab_cycle(wizard, wizard.button(QWizard.WizardButton.CancelButton))
        on_page = [w for w in cycle if page.isAncestorOf(w)]
        missing = [
            type(w).__name__ + ":" + w.accessibleName() for w in controls if w not in on_page
        ]
        breaks = reading_order_breaks(on_page, page)
        if cycle[1:2] != [wizard.steps] or (on_page and cycle[2] is not on_page[0]):
            breaks.append("the step list is not between the buttons and the page")
        if missing or breaks:
            problems[index] = {"missing": missing, "out of order": breaks}
    wizard.close()
    assert problems == {}
