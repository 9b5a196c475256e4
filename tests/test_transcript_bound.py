"""Issue 15: a stored transcript is bounded, keeping its start and its newest lines."""

from __future__ import annotations

from wizard.core.transcript import (
    KEEP_HEAD,
    MAX_LINES,
    Direction,
    Transcript,
    failing_line,
    to_text,
)


def test_a_server_that_never_stops_talking_leaves_a_bounded_transcript():
    transcript = Transcript()
    transcript.add(Direction.SERVER, "220 mx.example.test ESMTP")
    for i in range(30_000):
        transcript.add(Direction.SERVER, f"250-padding line {i}")
    transcript.add(Direction.SERVER, "554 5.7.1 and then a refusal")
    lines = transcript.lines
    assert len(lines) <= MAX_LINES + 1
    assert lines[0].text == "220 mx.example.test ESMTP"
    assert lines[-1].text == "554 5.7.1 and then a refusal"
    gap = lines[KEEP_HEAD]
    assert gap.direction is Direction.INFO and "lines left out here" in gap.text
    assert str(transcript.left_out) in gap.text
    assert len(lines) + transcript.left_out - 1 == 30_002  # every line kept or counted
    assert lines[failing_line(lines)].text.startswith("554")
    assert "250-padding line 29999" in to_text(lines)


def test_a_short_transcript_is_kept_whole():
    transcript = Transcript()
    for i in range(MAX_LINES):
        transcript.add(Direction.CLIENT, f"NOOP {i}")
    assert len(transcript.lines) == MAX_LINES and transcript.left_out == 0
