"""The live transcript pane: monospace, markers plus colour (never colour alone),
auto-scrolls unless the reader scrolled up."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from wizard.core.transcript import Direction, TranscriptLine, format_line
from wizard.ui.colours import transcript_colour


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
        self.setAccessibleName(self.tr("SMTP transcript"))
        self.setAccessibleDescription(
            self.tr(
                "Each line starts with -> for what we sent, <- for what the server sent, "
                "~> and <~ inside encryption, === for notes and *** for errors."
            )
        )

    def clear_lines(self) -> None:
        self.lines.clear()
        self.clear()

    def append_line(self, line: TranscriptLine) -> None:
        self.lines.append(line)
        bar = self.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        fmt = QTextCharFormat()
        fmt.setForeground(transcript_colour(self.palette(), line.direction))
        if line.direction is Direction.ERROR:
            fmt.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(format_line(line), fmt)
        if at_bottom:
            bar.setValue(bar.maximum())
