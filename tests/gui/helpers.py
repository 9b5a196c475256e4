from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.servers import PASSWORD, USER
from wizard.ui import setup_wizard as sw


async def until(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def type_into(qtbot, widget, text: str) -> None:
    """Type like a keyboard: one key event per character (QTest.keyClicks aborts on
    non-ASCII characters, so each carries its text in a QKeyEvent of its own)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


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
