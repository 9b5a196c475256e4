"""The live transcript pane: monospace, markers plus colour (never colour alone),
auto-scrolls unless the reader scrolled up."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from wizard.core.transcript import Direction, TranscriptLine, format_line


def _colours(dark: bool) -> dict[Direction, QColor]:
    if dark:
        return {
            Direction.CLIENT: QColor("#8ab4f8"),
            Direction.SERVER: QColor("#81c995"),
            Direction.INFO: QColor("#bdc1c6"),
            Direction.ERROR: QColor("#f28b82"),
        }
    return {
        Direction.CLIENT: QColor("#1a4fa0"),
        Direction.SERVER: QColor("#1e6b33"),
        Direction.INFO: QColor("#505050"),
        Direction.ERROR: QColor("#b3261e"),
    }


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
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        fmt = QTextCharFormat()
        fmt.setForeground(_colours(dark)[line.direction])
        if line.direction is Direction.ERROR:
            fmt.setFontWeight(QFont.Weight.Bold)
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if not self.document().isEmpty():
            cursor.insertBlock()
        cursor.insertText(format_line(line), fmt)
        if at_bottom:
            bar.setValue(bar.maximum())
