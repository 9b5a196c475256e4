"""The live transcript pane: monospace, markers plus colour (never colour alone).

It follows the run: the newest line stays in view while lines arrive and while
the pane changes size (the diagnosis panel opening below it shrinks it), unless
the reader scrolled up on purpose. After a failure the line where the run went
wrong is brought into view, highlighted across the pane and named to screen
readers, and it stays in view until the reader scrolls.

At scale (issue 15): lines arriving in a flood are appended in batches, at most
one document edit per frame (:data:`FRAME_MS`), and the pane shows only the
newest :data:`DISPLAY_CAP` lines, with a first line saying how many earlier
ones are in Save transcript. ``lines`` (what Save transcript writes) is bounded
as every stored transcript is (wizard.core.transcript.MAX_LINES).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QAbstractSlider, QPlainTextEdit, QTextEdit, QWidget

from wizard.core.transcript import (
    Direction,
    TranscriptLine,
    failing_line,
    format_line,
    keep_bounded,
)
from wizard.ui.colours import is_dark, transcript_colour

# The failing line: dark text on amber, or white on dark amber (WCAG AA, measured in
# tests/gui/test_test_page_result.py); bold as well, so colour is not all it has.
FAILING_LINE = {False: ("#1f1f1f", "#ffe08a"), True: ("#ffffff", "#6b4f00")}


def failing_line_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(text, background) of the highlighted failing line on this palette's Base."""
    text, background = FAILING_LINE[is_dark(palette, QPalette.ColorRole.Base)]
    return QColor(text), QColor(background)


DISPLAY_CAP = 2_000  # lines shown in the pane; all of ``lines`` go to Save transcript
FRAME_MS = 16  # lines that arrive within one frame are appended in one edit
# At most this many lines are drawn in one frame (~0.1 ms each): a flood faster than
# that restarts the pane from its newest lines rather than stall the window.
FRAME_BUDGET = 300


class TranscriptView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.setMaximumBlockCount(DISPLAY_CAP + 1)  # a backstop: _flush trims first
        self.lines: list[TranscriptLine] = []
        self.left_out = 0  # trimmed from ``lines`` (wizard.core.transcript.keep_bounded)
        self._pending = 0  # the newest lines of ``lines`` not in the document yet
        self._rebuild = False  # redraw every kept line at the next flush
        self.hidden = 0  # earlier lines not shown in the pane (the first line says so)
        self._notice = False  # the document's first block is the "earlier lines" notice
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FRAME_MS)
        self._flush_timer.timeout.connect(self.flush)
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
        self.left_out = self._pending = self.hidden = 0
        self._rebuild = self._notice = False
        self._flush_timer.stop()
        self.clear()
        self.following = True
        self.failing = None
        self.setExtraSelections([])
        self._describe("")

    def append_line(self, line: TranscriptLine) -> None:
        """Queue ``line``; it is drawn with the others of its frame (see :meth:`flush`)."""
        self.lines.append(line)
        left_out = self.left_out
        self.left_out = keep_bounded(self.lines, left_out)
        if self.left_out != left_out:
            # The store left lines out in its middle: redraw the pane from what is kept.
            self._rebuild = True
        else:
            self._pending += 1
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def document(self) -> QTextDocument:
        """The document with every queued line in it (a reader sees them all at once)."""
        if self._pending or self._rebuild:
            self.flush()
        return super().document()

    def _shown(self) -> int:
        document = super().document()
        return 0 if document.isEmpty() else document.blockCount() - int(self._notice)

    def flush(self) -> None:
        """Draw the queued lines in one edit, keeping the newest DISPLAY_CAP in the pane."""
        self._flush_timer.stop()
        document = super().document()
        pending, self._pending = self._pending, 0
        if self._rebuild:
            self._rebuild = False
            document.clear()
            self._notice = False
            self.hidden = 0
            pending = len(self.lines)
        if not pending:
            return
        new = self.lines[len(self.lines) - pending :]
        formats = {d: self._format(d) for d in Direction}
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        shown = self._shown()
        if len(new) > FRAME_BUDGET:
            # A flood: the pane restarts from the newest lines (all in Save transcript).
            self.hidden += len(new) - FRAME_BUDGET
            new = new[-FRAME_BUDGET:]
            drop = shown  # every line shown so far goes too
        else:
            drop = shown + len(new) - DISPLAY_CAP
        if drop >= shown and shown:
            # Every line shown so far goes: start the pane afresh.
            self.hidden += shown
            document.clear()
            self._notice = False
            cursor = QTextCursor(document)
        elif drop > 0:
            # The oldest shown lines go (after the notice line, when there is one).
            first = QTextCursor(document.findBlockByNumber(int(self._notice)))
            first.movePosition(
                QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor, drop
            )
            first.removeSelectedText()
            self.hidden += drop
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for line in new:
            if not document.isEmpty():
                cursor.insertBlock()
            cursor.insertText(format_line(line), formats[line.direction])
        if self.hidden:
            self._write_notice(document)
        cursor.endEditBlock()
        self._keep_in_view()

    def _write_notice(self, document: QTextDocument) -> None:
        """The pane's first line: how many earlier lines only Save transcript has."""
        text = self.tr("%1 earlier lines — full transcript in Save transcript…").replace(
            "%1", QLocale().toString(self.hidden)
        )
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        if self._notice:
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(text, self._format(Direction.INFO))
        else:
            cursor.insertText(text, self._format(Direction.INFO))
            cursor.insertBlock()
            self._notice = True

    def _format(self, direction: Direction) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(transcript_colour(self.palette(), direction))
        if direction is Direction.ERROR:
            fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

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
        """The document block showing ``lines[index]`` (old blocks may have been dropped;
        negative when it is not in the pane)."""
        self.document()  # draw what is queued
        shown = self._shown()
        if index < len(self.lines) - shown:
            return -1
        return index - (len(self.lines) - shown) + int(self._notice)

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
