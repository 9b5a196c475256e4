"""The live transcript pane: monospace, markers plus colour (never colour alone).

It follows the run: the newest line stays in view while lines arrive and while
the pane changes size (the diagnosis panel opening below it shrinks it), unless
the reader scrolled up on purpose. After a failure the line where the run went
wrong is brought into view, highlighted across the pane and named to screen
readers, and it stays in view until the reader scrolls.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QAbstractSlider, QPlainTextEdit, QTextEdit, QWidget

from wizard.core.transcript import Direction, TranscriptLine, failing_line, format_line
from wizard.ui.colours import is_dark, transcript_colour

# The failing line: dark text on amber, or white on dark amber (WCAG AA, measured in
# tests/gui/test_test_page_result.py); bold as well, so colour is not all it has.
FAILING_LINE = {False: ("#1f1f1f", "#ffe08a"), True: ("#ffffff", "#6b4f00")}


def failing_line_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(text, background) of the highlighted failing line on this palette's Base."""
    text, background = FAILING_LINE[is_dark(palette, QPalette.ColorRole.Base)]
    return QColor(text), QColor(background)


class TranscriptView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setMaximumBlockCount(20000)
        self.lines: list[TranscriptLine] = []
        # Keep the newest line in view (until the reader scrolls up), or the failing one.
        self.following = True
        self.failing: int | None = None  # index into ``lines``
        bar = self.verticalScrollBar()
        bar.actionTriggered.connect(self._reader_scrolled)
        bar.rangeChanged.connect(self._keep_in_view)
        self.setAccessibleName(self.tr("SMTP transcript"))
        self._describe("")

    def _describe(self, failing_text: str) -> None:
        description = self.tr(
            "Each line starts with -> for what we sent, <- for what the server sent, "
            "~> and <~ inside encryption, === for notes and *** for errors."
        )
        if failing_text:
            description += " " + self.tr("The test failed at the highlighted line: %1").replace(
                "%1", failing_text
            )
        self.setAccessibleDescription(description)

    def clear_lines(self) -> None:
        self.lines.clear()
        self.clear()
        self.following = True
        self.failing = None
        self.setExtraSelections([])
        self._describe("")

    def append_line(self, line: TranscriptLine) -> None:
        self.lines.append(line)
        fmt = QTextCharFormat()
        fmt.setForeground(transcript_colour(self.palette(), line.direction))
        if line.direction is Direction.ERROR:
            fmt.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(format_line(line), fmt)
        self._keep_in_view()

    # -- following the run ----------------------------------------------------------
    def _reader_scrolled(self, action: int) -> None:
        """The reader moved the scroll bar (wheel, drag, keys, clicks): follow again
        only when they went back to the bottom; a failing line no longer holds."""
        if action == QAbstractSlider.SliderAction.SliderNoAction.value:
            return
        bar = self.verticalScrollBar()
        self.following = bar.sliderPosition() >= bar.maximum()
        self.failing = None

    def _keep_in_view(self, *_range: int) -> None:
        if self.failing is not None:
            self._reveal(self.failing)
        elif self.following:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_in_view()

    # -- the failing line -----------------------------------------------------------
    def _block_of(self, index: int) -> int:
        """The document block showing ``lines[index]`` (old blocks may have been dropped)."""
        return index - (len(self.lines) - self.document().blockCount())

    def show_failure(self) -> int | None:
        """Bring the line where the run failed into view and make it stand out."""
        index = failing_line(self.lines)
        if index is None or self._block_of(index) < 0:
            return None
        self.failing = index
        block = self.document().findBlockByNumber(self._block_of(index))
        text_colour, background = failing_line_colours(self.palette())
        highlight = QTextEdit.ExtraSelection()
        highlight.format.setBackground(background)
        highlight.format.setForeground(text_colour)
        highlight.format.setFontWeight(QFont.Weight.Bold)
        highlight.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        highlight.cursor = QTextCursor(block)
        self.setExtraSelections([highlight])
        # The text cursor there too: keyboard and screen-reader users start at it.
        self.setTextCursor(QTextCursor(block))
        self._describe(self.lines[index].text)
        self._reveal(index)
        return index

    def _reveal(self, index: int) -> None:
        """Scroll so the failing line is in view, with the lines before it as context."""
        block_number = self._block_of(index)
        if block_number < 0:
            return
        bar = self.verticalScrollBar()
        # A plain text edit scrolls by lines: put the failing line a third of the
        # way down, so the command before it and the lines after it show too.
        visible = max(1, self.viewport().height() // max(1, self.fontMetrics().lineSpacing()))
        bar.setValue(min(bar.maximum(), max(0, block_number - visible // 3)))
        self.horizontalScrollBar().setValue(0)

    def failing_line_visible(self) -> bool:
        """True when the failing line is drawn inside the pane (tests and checks)."""
        if self.failing is None or self._block_of(self.failing) < 0:
            return False
        block = self.document().findBlockByNumber(self._block_of(self.failing))
        rect = self.blockBoundingGeometry(block).translated(self.contentOffset())
        return rect.top() >= 0 and rect.bottom() <= self.viewport().height()
