"""The step list beside the wizard's pages: where you are, what is done, what
failed or went out of date, and a way back to any step already done.

Each step says its state three ways: a symbol (in a colour that is never the only
clue), a word under its name, and an accessible name such as "Test — failed"
for screen readers. Done steps open with a click, Enter or Space; steps not
reached yet say so and stay where they are.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from wizard.core.status import Status
from wizard.core.verdict import VerdictState
from wizard.ui.colours import status_colour


class StepState(Enum):
    CURRENT = "current"
    DONE = "done"
    FAILED = "failed"  # the test failed
    ERRORS = "errors"  # a field on the page needs correcting
    STALE = "stale"  # the test passed or failed for settings changed since
    NOT_RUN = "not_run"  # the Test page was seen, the test never run
    NOT_REACHED = "not_reached"


SYMBOLS = {
    StepState.CURRENT: "▶",
    StepState.DONE: "✔",
    StepState.FAILED: "✖",
    StepState.ERRORS: "✖",
    StepState.STALE: "⚠",
    StepState.NOT_RUN: "○",
    StepState.NOT_REACHED: "○",
}

# Colour adds to the symbol and the word; the others are drawn in the text colour.
_STATUS = {
    StepState.DONE: Status.PASS,
    StepState.FAILED: Status.FAIL,
    StepState.ERRORS: Status.FAIL,
    StepState.STALE: Status.WARN,
}


def state_word(state: StepState) -> str:
    translate = QCoreApplication.translate
    words = {
        StepState.CURRENT: translate("StepList", "current step"),
        StepState.DONE: translate("StepList", "done"),
        StepState.FAILED: translate("StepList", "failed"),
        StepState.ERRORS: translate("StepList", "needs correcting"),
        StepState.STALE: translate("StepList", "out of date"),
        StepState.NOT_RUN: translate("StepList", "not run yet"),
        StepState.NOT_REACHED: translate("StepList", "not reached yet"),
    }
    return words[state]


def step_names() -> list[str]:
    """The seven steps, in the order of ``setup_wizard.PAGES``."""
    translate = QCoreApplication.translate
    return [
        translate("StepList", "Start"),
        translate("StepList", "Server"),
        translate("StepList", "Sign-in"),
        translate("StepList", "Sender"),
        translate("StepList", "Test"),
        translate("StepList", "Deliverability"),
        translate("StepList", "Finish"),
    ]


def step_state(
    *,
    current: bool,
    visited: bool,
    valid: bool,
    verdict: VerdictState | None = None,
) -> StepState:
    """One step's state. ``verdict`` only for the Test step: its state is the
    verdict's (a saved setup's last test counts even before the page is seen)."""
    if current:
        return StepState.CURRENT
    if verdict is not None and verdict is not VerdictState.NONE:
        return {
            VerdictState.PASSED: StepState.DONE,
            VerdictState.FAILED: StepState.FAILED,
            VerdictState.STALE: StepState.STALE,
        }[verdict]
    if not visited:
        return StepState.NOT_REACHED
    if verdict is VerdictState.NONE:
        return StepState.NOT_RUN
    return StepState.DONE if valid else StepState.ERRORS


def _symbol_icon(symbol: str, colour: QColor, selected: QColor, font: QFont, ratio: float) -> QIcon:
    """The symbol drawn as an icon: the view keeps it in a column of its own, and the
    selected row gets it in the highlighted text colour (readable on the highlight)."""
    icon = QIcon()
    side = max(QFontMetrics(font).height(), 16)
    for mode, ink in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Selected, selected)):
        pixmap = QPixmap(QSize(side, side) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(QRect(0, 0, side, side), Qt.AlignmentFlag.AlignCenter, symbol)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


# PM_FocusFrameHMargin and PM_SmallIconSize of Qt's Fusion and Windows styles (the
# defaults here): the first paint's width; the style's own follow (fit_width_to_style).
PROVISIONAL_METRICS = (2, 16)


class StepList(QListWidget):
    """The steps, one row each. Signals: ``step_chosen(index)`` when the user picks
    a step to go to (click, Enter or Space); the wizard decides whether it can."""

    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)  # a long state word wraps under the name, never cut off
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap when a scroll bar shows
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSpacing(2)
        self._states: list[StepState] = []
        self._current = -1
        self._reachable: list[bool] = []
        self.names = step_names()
        for _name in self.names:
            self.addItem(QListWidgetItem())
        self.clicked.connect(self._clicked)
        self._icons: dict[tuple[str, int, int], QIcon] = {}
        self._fit_width(*PROVISIONAL_METRICS)

    def fit_width_to_style(self) -> None:
        """The width with the style's own metrics, once the window is on screen (the
        wizard calls it after the first paint): the first ``style()`` from Python
        makes PySide6 build QStyle's eleven enums, 5-9 ms the first window waited for."""
        style = self.style()
        self._fit_width(
            style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin, None, self),
            style.pixelMetric(style.PixelMetric.PM_SmallIconSize, None, self),
        )

    def _fit_width(self, focus_margin: int, icon: int) -> None:
        """The same width in every language (a page's room should not depend on it):
        eleven average letters, or the widest single word if that is wider. Longer
        names and state words wrap onto another line."""
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        words = [
            w for text in self.names + [state_word(s) for s in StepState] for w in text.split()
        ]
        widest = max(QFontMetrics(bold).horizontalAdvance(w) for w in words)
        # Around the text: the icon, and the item view's margins beside the icon and
        # the text (focus frame margin + 1 on each side of each), spacing and frame.
        margin = focus_margin + 1
        chrome = icon + 4 * margin + 2 * self.spacing() + 2 * self.frameWidth() + 4
        self.setFixedWidth(max(widest, metrics.averageCharWidth() * 11) + chrome)

    # -- states -------------------------------------------------------------------
    def show_states(self, states: list[StepState], current: int, reachable: list[bool]) -> None:
        """Show each step's state; the keyboard cursor follows the current step when
        the page changes (not on every keystroke, so arrowing through stays put)."""
        page_changed = current != self._current
        self._states, self._current, self._reachable = list(states), current, list(reachable)
        total = len(states)
        palette = self.palette()
        highlighted = palette.color(QPalette.ColorRole.HighlightedText)
        for row, state in enumerate(states):
            item = self.item(row)
            name = self.names[row]
            word = state_word(state)
            item.setText(f"{name}\n{word}")
            font = QFont(self.font())
            font.setBold(state is StepState.CURRENT)
            item.setFont(font)
            status = _STATUS.get(state)
            ink = (
                status_colour(palette, status)
                if status is not None
                else palette.color(QPalette.ColorRole.Text)
            )
            item.setIcon(self._icon(SYMBOLS[state], ink, highlighted))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1 — %2").replace("%1", name).replace("%2", word),
            )
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self._describe(row, total, state, reachable[row]),
            )
        if 0 <= current < total:
            self.setAccessibleDescription(
                self.tr("Step %1 of %2: %3.")
                .replace("%1", str(current + 1))
                .replace("%2", str(total))
                .replace("%3", self.names[current])
            )
            if page_changed:
                self.setCurrentRow(current)

    def _icon(self, symbol: str, ink: QColor, selected: QColor) -> QIcon:
        key = (symbol, ink.rgba(), selected.rgba())
        if key not in self._icons:
            ratio = self.devicePixelRatioF()
            self._icons[key] = _symbol_icon(symbol, ink, selected, self.font(), ratio)
        return self._icons[key]

    def _describe(self, row: int, total: int, state: StepState, reachable: bool) -> str:
        where = self.tr("Step %1 of %2.").replace("%1", str(row + 1)).replace("%2", str(total))
        if state is StepState.CURRENT:
            action = self.tr("You are here.")
        elif reachable:
            action = self.tr("Press Enter to go to this step.")
        elif state is StepState.NOT_REACHED:
            action = self.tr("Not reached yet: use Next to get there.")
        else:
            action = self.tr("Correct the steps before it first.")
        return f"{where} {action}"

    def state_of(self, row: int) -> StepState:
        return self._states[row]

    def reachable(self, row: int) -> bool:
        return self._reachable[row]

    # -- mouse and keyboard -----------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        self.step_chosen.emit(index.row())
        if self.currentRow() != self._current:
            self.setCurrentRow(self._current)  # not reachable: the highlight stays put

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            and (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            == Qt.KeyboardModifier.NoModifier
        ):
            if self.currentRow() >= 0:
                self.step_chosen.emit(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._states:
            self._icons.clear()
            self.show_states(self._states, self._current, self._reachable)
