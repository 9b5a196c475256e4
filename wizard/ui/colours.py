"""Colours the app chooses itself, one set for light and one for dark palettes.

Every colour here is paired with text or a background it must stay readable
against; tests/gui/test_accessibility.py measures each pair with the WCAG 2
contrast ratio (4.5:1 for normal text) under a light and a dark palette.
Colour never carries meaning alone: the transcript has direction markers, the
badges and the step list a symbol and a word, field errors sit under their field.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from wizard.core.status import Status
from wizard.core.transcript import Direction

# Text drawn on the palette's Base (the transcript) or Window (error messages).
_TEXT = {
    False: {
        Direction.CLIENT: "#1a4fa0",
        Direction.SERVER: "#1e6b33",
        Direction.INFO: "#505050",
        Direction.ERROR: "#b3261e",
    },
    True: {
        Direction.CLIENT: "#8ab4f8",
        Direction.SERVER: "#81c995",
        Direction.INFO: "#bdc1c6",
        Direction.ERROR: "#f28b82",
    },
}

# Status symbols drawn on the palette's Base (the step list): done, out of date, failed.
_STATUS_TEXT = {
    False: {Status.PASS: "#1e6b33", Status.WARN: "#8a5300", Status.FAIL: "#b3261e"},
    True: {Status.PASS: "#81c995", Status.WARN: "#fdd663", Status.FAIL: "#f28b82"},
}

# Status badges: white text on these, whatever the palette.
BADGE_TEXT = "#ffffff"
BADGES = {
    Status.PASS: "#1b6e2a",
    Status.WARN: "#8a5300",
    Status.FAIL: "#b00020",
    Status.UNKNOWN: "#4a4a4a",
}


def is_dark(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> bool:
    return palette.color(role).lightness() < 128


def transcript_colour(palette: QPalette, direction: Direction) -> QColor:
    return QColor(_TEXT[is_dark(palette, QPalette.ColorRole.Base)][direction])


def status_colour(palette: QPalette, status: Status) -> QColor:
    """A status symbol on the palette's Base (item views such as the step list)."""
    return QColor(_STATUS_TEXT[is_dark(palette, QPalette.ColorRole.Base)][status])


def error_colour(palette: QPalette) -> str:
    """For messages at a field and warnings, on the window background."""
    return _TEXT[is_dark(palette)][Direction.ERROR]


def error_style(palette: QPalette) -> str:
    return f"color: {error_colour(palette)}; font-weight: bold;"


def badge_style(status: Status) -> str:
    """A status line drawn as a badge (white on the status colour, as above)."""
    return (
        f"background-color: {BADGES[status]}; color: {BADGE_TEXT}; font-weight: bold; "
        "padding: 3px 6px; border-radius: 3px;"
    )
