"""A language 40% longer than English still fits the default window.

Spanish runs 20-30% longer than English; a pseudo-translation that stretches
every string by 40% catches the label or button that would be cut off in the
next language before a translator finds it. Each visible label and button is
checked against its own size hint at the windows' default sizes, and each row of
the step list against the room its wrapped text needs.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from tests.gui.helpers import show_diagnosis, until
from wizard.core import i18n
from wizard.core.diagnosis import CATALOGUE
from wizard.ui import profile_manager as pm
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows

FILLER = "ñaqwertyuiopasdfghjklzxcvbnm"


class Stretched(QTranslator):
    """Every string comes back 40% longer (letters of average width appended)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        extra = (len(source) * 4 + 9) // 10
        filler = (" " + FILLER * (extra // len(FILLER) + 1))[:extra]
        return source + filler

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stretched():
    app = QApplication.instance()
    translator = Stretched(app)
    app.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    yield
    app.removeTranslator(translator)
    i18n.set_translator(None)


async def settle() -> None:
    """Let pending layout requests run. (QApplication.processEvents() inside a
    qasync coroutine re-enters the loop and leaves tasks that never finish.)"""
    await asyncio.sleep(0.05)


def clipped(root: QWidget, scrolls: bool = False) -> list[str]:
    """Labels and buttons drawn smaller than they ask to be. ``scrolls``: a widget
    beyond the view of a scroll area can be scrolled to, so it is not cut off (a
    page taller than a short window)."""
    problems = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or not widget.text():
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_width, need_height = 0, widget.heightForWidth(size.width())
        else:
            hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
            need_width, need_height = hint.width(), hint.height()
        name = f"{type(widget).__name__} {widget.text()[:40]!r}"
        if need_width > size.width() + 1 or need_height > size.height() + 1:
            problems.append(
                f"{name}: has {size.width()}x{size.height()}, needs {need_width}x{need_height}"
            )
        # A layout that cannot fit its minimum gives each widget its size anyway and
        # lets the parent cut it off: the widget must lie inside every ancestor.
        child: QWidget = widget
        box = widget.geometry()  # in the parent's coordinates
        while (parent := child.parentWidget()) is not None and child is not root:
            if child is not widget:
                box = box.translated(child.pos())
            if scrolls and isinstance(parent.parentWidget(), QAbstractScrollArea):
                break  # the scroll area's view: what lies outside it scrolls into view
            if not parent.rect().adjusted(-1, -1, 1, 1).contains(box):
                problems.append(f"{name}: cut off by {type(parent).__name__}")
                break
            child = parent
    return problems


def rows_clipped(view: QListWidget) -> list[str]:
    """Rows of a list whose text (wrapped as the view wraps it) needs more room than
    the row has, or that lie outside the view."""
    problems = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for row in range(view.count()):
        item = view.item(row)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualItemRect(item)
        view.itemDelegate().initStyleOption(option, view.model().index(row, 0))
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        width = room.width() - 2 * margin
        need = QFontMetrics(item.font()).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        name = f"{type(view).__name__} row {item.text()!r}"
        if need.width() > width or need.height() > room.height():
            problems.append(
                f"{name}: has {width}x{room.height()}, needs {need.width()}x{need.height()}"
            )
        if not view.viewport().rect().contains(option.rect):
            problems.append(f"{name}: outside the view")
    return problems


async def test_every_page_fits_a_language_forty_percent_longer(qtbot, ctx, stretched):
    windows = Windows(ctx)
    wizard = windows.open_wizard()
    default = QSize(*sw.DEFAULT_SIZE)
    wizard.draft.from_address = "ana@example.test"
    wizard.draft.host = "127.0.0.1"
    wizard.use_provider("gmail")
    wizard.reload_pages()
    wizard.show()
    problems: list[str] = []
    for index, page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        if index == sw.DELIVERABILITY:
            await until(lambda p=page: not p.running, 10, "the checks")
        await settle()
        assert wizard.size() == default, f"page {index} made the window grow to {wizard.size()}"
        problems += [f"page {index}: {p}" for p in clipped(wizard)]
        problems += [f"page {index}: {p}" for p in rows_clipped(wizard.steps)]
    manager = windows.open_manager()
    manager.show()
    await settle()
    assert manager.size() == QSize(*pm.DEFAULT_SIZE)
    problems += [f"manager: {p}" for p in clipped(manager)]
    wizard.close()
    manager.close()
    assert problems == []


async def test_every_diagnosis_fits_a_language_forty_percent_longer(qtbot, ctx, stretched):
    wizard = Windows(ctx).open_wizard(start_page=sw.TEST)
    default = QSize(*sw.DEFAULT_SIZE)
    wizard.show()
    page = wizard.test_page
    problems: list[str] = []
    for code in CATALOGUE:
        show_diagnosis(page, code)
        # The longest verdict line and a fix note, shown with it.
        page.status.setText(
            page.tr("Out of date: %1 Run the test again.").replace(
                "%1", "Changed since the last test: Port, Security, Password, Test recipient."
            )
        )
        page._show_fix_note("From policy: send as each user → always one address; From: a → b")
        await settle()
        assert wizard.size() == default, f"{code} made the window grow to {wizard.size()}"
        problems += [f"{code}: {p}" for p in clipped(wizard)]
    wizard.close()
    assert problems == []
