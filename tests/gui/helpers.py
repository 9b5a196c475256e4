from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.servers import PASSWORD, USER
from wizard.core import i18n
from wizard.core.diagnosis import Diagnosis, fixes_for
from wizard.core.stages import Stage
from wizard.ui import setup_wizard as sw
from wizard.ui.app import install_translators


async def until(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def change_settings(wizard: sw.SetupWizard, **changes: Any) -> None:
    """Change settings as the user would have typed them (typed values: Security.SSL)."""
    wizard.use_settings(dataclasses.replace(wizard.draft, **changes))


def send_char(widget, char: str) -> None:
    """One key press and release carrying ``char`` (QTest.keyClicks aborts on
    non-ASCII characters, so each carries its text in a QKeyEvent of its own)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(qtbot, widget, text: str) -> None:
    """Type like a keyboard: replace the field's text, one key event per character."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        send_char(widget, char)


def paste_into(widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.selectAll()
    widget.paste()


def fill_pages(
    qtbot, wizard, port: int, ca_file: str, *, password: str = PASSWORD, security_url: str = "tls"
) -> None:
    """An admin clicking through Start, Server, Sign-in and Sender with the keyboard."""
    start = wizard.pages[sw.START]
    type_into(qtbot, start.address, USER)
    wizard.next()
    server = wizard.pages[sw.SERVER]
    paste_into(server.host, f"{security_url}://127.0.0.1:{port}")
    type_into(qtbot, server.ca_file, ca_file)
    wizard.next()
    signin = wizard.pages[sw.SIGNIN]
    type_into(qtbot, signin.password, password)
    wizard.next()
    wizard.next()  # Sender: defaults (one address, Reply-To = user)
    assert wizard.currentId() == sw.TEST


@contextlib.contextmanager
def language(lang: str):
    """Qt's and our translators for ``lang`` installed; English again afterwards."""
    app = QApplication.instance()
    installed = install_translators(app, lang)
    try:
        yield installed
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.set_translator(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


DIAGNOSIS_PARAMS = {
    "host": "smtp.example.test",
    "port": "587",
    "sender": "a@example.test",
    "recipient": "b@example.test",
    "seconds": "20",
}


def show_diagnosis(page, code: str, **settings) -> None:
    """Show ``code`` on the Test page with the fixes the engine would offer."""
    page._reset()
    options = {
        "port": 587,
        "security": "starttls",
        "auth": False,
        "encrypted": True,
        "username": "a@example.test",
        "from_address": "a@example.test",
        **settings,
    }
    fixes = tuple(fixes_for(code, **options))
    page.show_diagnosis(Diagnosis(code, Stage.CONNECT, "", fixes, DIAGNOSIS_PARAMS))
