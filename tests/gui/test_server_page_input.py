"""Stories from issue 12 on the Server and Sign-in pages: a pasted or typed server
enables Next at once, the CA dialog opens where the user's files are, and the pages
speak plain words (company certificate, keyring by its name, security with ports)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from tests.gui.helpers import paste_into, type_into
from wizard.core.secrets import SecretStore
from wizard.core.store import ProfileStore
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.context import AppContext


@contextlib.contextmanager
def server_page(ctx):
    """The wizard on the Server page, the host field focused (windows need a loop: call
    inside the test)."""
    wizard = Windows(ctx).open_wizard()
    wizard.draft.from_address = "ana@example.test"
    wizard.setStartId(sw.SERVER)
    wizard.restart()
    wizard.show()
    page = wizard.pages[sw.SERVER]
    page.host.setFocus()
    try:
        yield wizard, page
    finally:
        wizard.close()


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def shown(page) -> tuple[str, int, str]:
    return page.host.text(), page.port.value(), page.security.currentData()


def ctrl_v(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def drop_text(widget, text: str) -> None:
    """A drag-and-drop of ``text`` onto the field, as a file manager or browser sends it."""
    mime = QMimeData()
    mime.setText(text)
    point = QPoint(5, 5)
    action, button, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, QDragEnterEvent(point, action, mime, button, keys))
    QApplication.sendEvent(widget, QDragMoveEvent(point, action, mime, button, keys))
    QApplication.sendEvent(widget, QDropEvent(QPointF(point), action, mime, button, keys))


async def test_ctrl_v_of_a_url_into_the_empty_field_enables_next_at_once(qtbot, ctx):
    with server_page(ctx) as (wizard, page):
        assert not next_enabled(wizard)
        ctrl_v(qtbot, page.host, "ssl://smtp.gmail.com:465")
        assert shown(page) == ("smtp.gmail.com", 465, "ssl")
        assert next_enabled(wizard)  # still in the field: nothing was left
        assert page.host.hasFocus() or not wizard.isActiveWindow()


async def test_a_paste_over_a_longer_host_is_still_a_paste(qtbot, ctx):
    with server_page(ctx) as (wizard, page):
        type_into(qtbot, page.host, "smtp.a-much-longer-name.example.com")
        page.host.selectAll()
        ctrl_v(qtbot, page.host, "ssl://a.example:465")  # shorter than what it replaced
        assert shown(page) == ("a.example", 465, "ssl")
        assert next_enabled(wizard)
        paste_into(page.host, "tls://mail.example.test:587")  # the context menu's Paste
        assert shown(page) == ("mail.example.test", 587, "starttls")
        assert next_enabled(wizard)


async def test_a_dropped_url_is_split_and_enables_next(ctx):
    with server_page(ctx) as (wizard, page):
        drop_text(page.host, "ssl://smtp.gmail.com:465")
        assert shown(page) == ("smtp.gmail.com", 465, "ssl")
        assert next_enabled(wizard)


async def test_typing_a_complete_host_enables_next_with_the_last_key(qtbot, ctx):
    with server_page(ctx) as (wizard, page):
        type_into(qtbot, page.host, "smtp.example.co")
        type_into(qtbot, page.host, "smtp.example.com")
        assert next_enabled(wizard) and wizard.draft.host == "smtp.example.com"


async def test_typing_host_and_port_enables_next_before_the_split(qtbot, ctx):
    with server_page(ctx) as (wizard, page):
        type_into(qtbot, page.host, "smtp.example.com:2525")
        assert page.host.text() == "smtp.example.com:2525"  # not split under the fingers
        assert next_enabled(wizard)
        assert (wizard.draft.host, wizard.draft.port) == ("smtp.example.com", 2525)
        wizard.next()  # Alt+N: the field was never left
        assert wizard.currentId() == sw.SIGNIN
        assert (page.host.text(), page.port.value()) == ("smtp.example.com", 2525)


async def test_retyping_the_port_inside_the_field_does_not_split_early(qtbot, ctx):
    with server_page(ctx) as (_, page):
        type_into(qtbot, page.host, "smtp.example.com:587")
        page.host.setSelection(len("smtp.example.com:"), 3)
        for char in "465":
            qtbot.keyClicks(page.host, char)
        assert page.host.text() == "smtp.example.com:465"
        page.host.editingFinished.emit()
        assert shown(page) == ("smtp.example.com", 465, "ssl")


async def test_a_typed_url_with_a_bad_port_keeps_next_off_and_says_why(qtbot, ctx):
    with server_page(ctx) as (wizard, page):
        type_into(qtbot, page.host, "smtp.example.com:99999")
        assert not next_enabled(wizard)
        assert not wizard.validateCurrentPage()
        assert page._error_labels["host"].text() == "The port must be between 1 and 65535."


# -- the CA file dialog ------------------------------------------------------------------


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    monkeypatch.chdir(tmp_path)  # "the app's folder", which the dialog must not open
    return home


@pytest.fixture
def dialog_starts(monkeypatch):
    seen: list[str] = []

    def fake(parent, caption, start, filters):
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    return seen


def browse(page) -> None:
    page.browse_button.click()


async def test_the_ca_dialog_opens_in_home_then_documents_then_the_typed_files_folder(
    qtbot, ctx, home, dialog_starts
):
    with server_page(ctx) as (_, page):
        browse(page)
        documents = home / "Documents"
        documents.mkdir()
        browse(page)
        certs = home / "certs"
        certs.mkdir()
        type_into(qtbot, page.ca_file, str(certs / "company-ca.pem"))  # need not exist yet
        browse(page)
        assert dialog_starts == [str(home), str(documents), str(certs)]
        assert all(Path(start) != Path.cwd() for start in dialog_starts)


async def test_a_chosen_ca_file_lands_in_the_field(qtbot, ctx, home, monkeypatch):
    with server_page(ctx) as (_, page):
        chosen = str(home / "ca.pem")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen, ""))
        browse(page)
        assert page.ca_file.text() == chosen and page.wiz.draft.ca_file == chosen


# -- plain words -------------------------------------------------------------------------


async def test_the_ca_field_says_in_plain_words_who_needs_it(ctx):
    with server_page(ctx) as (_, page):
        label = page.ca_file.accessibleName()
        assert label.replace("&", "") == "Company certificate (CA file)"
        assert page.ca_help.isVisible()  # on screen, not only in a tooltip
        assert page.ca_help.text() == (
            "Only if your IT department gave you one for a private mail server."
        )
        names = [page.security.itemText(i) for i in range(page.security.count())]
        assert names == [
            "STARTTLS (usually port 587)",
            "SSL/TLS (usually port 465)",
            "None — unencrypted (not recommended)",
        ]
        assert [page.security.itemData(i) for i in range(3)] == ["starttls", "ssl", "none"]


async def test_the_password_note_names_the_keyring_as_people_know_it(qtbot, tmp_path):
    from keyring.backends import SecretService

    class Desktop(SecretService.Keyring):
        """The GNOME/Secret Service backend without a D-Bus behind it."""

    ctx = AppContext(ProfileStore(tmp_path / "p.json"), SecretStore(Desktop()))
    wizard = Windows(ctx).open_wizard()
    note = wizard.pages[sw.SIGNIN].storage.text()
    assert (
        note == "The password will be kept in the system keyring (GNOME Keyring / Secret Service)."
    )
    wizard.close()


async def test_an_unknown_keyring_is_the_system_keyring_not_a_class_name(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()  # tests' MemoryKeyring: a name nobody knows
    note = wizard.pages[sw.SIGNIN].storage.text()
    assert note == "The password will be kept in the system keyring."
    assert "Keyring)" not in note and "MemoryKeyring" not in note
    wizard.close()
