"""Issue 15: a transcript of any length keeps the window responsive and bounded.

A flood of lines is drawn a frame at a time, the pane shows the newest ones with
a first line naming how many earlier lines only Save transcript has, and what
Save transcript writes is bounded (wizard.core.transcript.MAX_LINES)."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QPlainTextEdit

from tests.gui.helpers import failing_line_visible
from tests.gui.test_pseudo_translation import settle
from wizard.core.transcript import KEEP_HEAD, MAX_LINES, Direction, TranscriptLine, to_text
from wizard.ui.transcript_view import DISPLAY_CAP, TranscriptView


def line(i: int, direction: Direction = Direction.SERVER, text: str = "") -> TranscriptLine:
    return TranscriptLine(i, direction, True, text or f"250-line {i}")


def drawn(view: TranscriptView) -> int:
    """Blocks in the document as drawn so far (without drawing what is queued)."""
    return QPlainTextEdit.document(view).blockCount() if view.toPlainText() else 0


async def test_lines_of_one_frame_are_drawn_together_after_the_frame(qtbot):
    view = TranscriptView()
    view.show()
    for i in range(200):
        view.append_line(line(i))
    assert QPlainTextEdit.document(view).isEmpty()  # nothing drawn line by line
    await settle()
    assert QPlainTextEdit.document(view).blockCount() == 200
    # Line by line, frame after frame, the pane keeps its newest DISPLAY_CAP lines.
    for i in range(200, DISPLAY_CAP + 500):
        view.append_line(line(i))
        if i % 250 == 0:
            await settle()
    await settle()
    document = view.document()
    assert document.blockCount() == DISPLAY_CAP + 1
    assert view.hidden == 500 and "earlier lines" in document.firstBlock().text()
    assert document.lastBlock().text().endswith(f"line {DISPLAY_CAP + 499}")
    view.close()


async def test_fifty_thousand_lines_show_the_newest_and_say_where_the_rest_are(qtbot):
    view = TranscriptView()
    view.resize(500, 300)
    view.show()
    for i in range(50_000):
        view.append_line(line(i))
        if i % 1_000 == 0:
            await asyncio.sleep(0)
    view.append_line(line(50_000, Direction.SERVER, "554 5.7.1 refused at the very end"))
    await settle()
    document = view.document()
    first = document.firstBlock().text()
    assert first.endswith("earlier lines — full transcript in Save transcript…"), first
    assert 1 < document.blockCount() <= DISPLAY_CAP + 1  # the notice, then the newest lines
    assert document.lastBlock().text().endswith("554 5.7.1 refused at the very end")
    # The stored lines are bounded: the start and the newest, a note between.
    assert len(view.lines) <= MAX_LINES + 1
    assert view.lines[0].text == "250-line 0" and view.lines[KEEP_HEAD - 1].text.endswith(
        f"line {KEEP_HEAD - 1}"
    )
    assert "lines left out here" in view.lines[KEEP_HEAD].text
    saved = to_text(view.lines)
    assert "refused at the very end" in saved and "250-line 0\n" in saved
    # The failing line is found and shown although most lines were left out.
    index = view.show_failure()
    assert index == len(view.lines) - 1 and failing_line_visible(view)
    view.clear_lines()
    await settle()
    assert view.toPlainText() == "" and view.lines == [] and view.hidden == 0
    view.close()


async def test_one_huge_burst_draws_only_what_the_pane_shows(qtbot):
    view = TranscriptView()
    view.show()
    for i in range(30_000):
        view.append_line(line(i))
    assert drawn(view) == 0
    await settle()
    shown = view.document().blockCount() - 1  # after the notice
    assert 0 < shown <= DISPLAY_CAP
    assert view.hidden == len(view.lines) - shown
    view.close()
