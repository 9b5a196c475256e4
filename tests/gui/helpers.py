from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.servers import PASSWORD, USER
from wizard.core import i18n
from wizard.core.diagnosis import Diagnosis, fixes_for
from wizard.core.stages import Stage
from wizard.ui import setup_wizard as sw
from wizard.ui.app import install_translators
from wizard.ui.profile_manager import NAME


async def until(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


def change_settings(wizard: sw.SetupWizard, **changes: Any) -> None:
    """Change settings as the user would have typed them (typed values: Security.SSL)."""
    wizard.use_settings(dataclasses.replace(wizard.draft, **changes))


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor | str, b: QColor | str) -> float:
    """WCAG 2.x contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def row_text(manager, profile_id: str) -> list[str]:
    """A saved setup's row in the manager, its cells as shown (as a screen reader reads)."""
    for index in range(manager.count()):
        item = manager.list.topLevelItem(index)
        if item.data(NAME, Qt.ItemDataRole.UserRole) == profile_id:
            return [item.text(column) for column in range(4)]
    return []


def summary_text(wizard) -> str:
    """The Finish page's summary: the settings in three lines, then the verdict."""
    return "\n".join([wizard.settings_summary(), wizard.verdict_summary()])


def failing_line_visible(view) -> bool:
    """True when the transcript's failing line is drawn inside the pane."""
    if view.failing is None or view._block_of(view.failing) < 0:
        return False
    block = view.document().findBlockByNumber(view._block_of(view.failing))
    rect = view.blockBoundingGeometry(block).translated(view.contentOffset())
    return rect.top() >= 0 and rect.bottom() <= view.viewport().height()


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
