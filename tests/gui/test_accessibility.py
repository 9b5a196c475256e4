"""A screen-reader user hears what every control is for, and colours stay readable.

Contrast is measured with the WCAG 2 ratio (4.5:1 for normal text) under a
light palette and two common dark ones (the colours of KDE's Breeze Dark and
GNOME's Adwaita dark), on the real widgets: the transcript's text formats, the
message under a field, the warning badges.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from tests.gui.helpers import contrast_ratio, type_into, until
from wizard.core.deliverability import Finding, Status
from wizard.core.transcript import Direction, TranscriptLine
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.colours import status_colour
from wizard.ui.pages.deliverability import FindingView
from wizard.ui.step_list import StepState, state_word

AA = 4.5
R = QPalette.ColorRole


def palette(window: str, base: str, text: str) -> QPalette:
    result = QPalette(QApplication.instance().palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, R.Window, QColor(window))
        result.setColor(group, R.Base, QColor(base))
        for role in (R.WindowText, R.Text, R.ButtonText):
            result.setColor(group, role, QColor(text))
    return result


PALETTES = {
    "light (Fusion)": None,
    "Breeze Dark": ("#31363b", "#1b1e20", "#fcfcfc"),
    "Adwaita dark": ("#353535", "#2d2d2d", "#eeeeec"),
}


@pytest.fixture(params=PALETTES)
def themed(request):
    app = QApplication.instance()
    original = QPalette(app.palette())
    colours = PALETTES[request.param]
    if colours:
        app.setPalette(palette(*colours))
    yield request.param
    app.setPalette(original)


async def test_the_transcript_stays_readable_in_light_and_dark_palettes(qtbot, ctx, themed):
    wizard = Windows(ctx).open_wizard(start_page=sw.TEST)
    view = wizard.test_page.transcript
    for direction in Direction:
        view.append_line(TranscriptLine(0, direction, False, "250 OK"))
    base = view.viewport().palette().color(R.Base)
    block = view.document().firstBlock()
    ratios = {}
    for direction in Direction:
        colour = block.begin().fragment().charFormat().foreground().color()
        ratios[direction.name] = round(contrast_ratio(colour, base), 2)
        block = block.next()
    wizard.close()
    assert len(ratios) == len(Direction)
    assert all(ratio >= AA for ratio in ratios.values()), (themed, ratios)


async def test_a_field_error_stays_readable_in_light_and_dark_palettes(qtbot, ctx, themed):
    wizard = Windows(ctx).open_wizard()
    start = wizard.pages[sw.START]
    type_into(qtbot, start.address, "not an address")
    start.address.clearFocus()
    wizard.next()  # refused: the message appears under the field
    errors = [e for e in start.findChildren(QLabel, "fieldError") if e.isVisibleTo(start)]
    assert errors, "no message under the field"
    for error in errors:
        colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", error.styleSheet()).group(1)
        ratio = contrast_ratio(colour, error.palette().color(R.Window))
        assert ratio >= AA, (themed, error.text(), round(ratio, 2))
    wizard.close()


async def test_the_step_list_symbols_stay_readable_in_light_and_dark_palettes(qtbot, ctx, themed):
    wizard = Windows(ctx).open_wizard()
    steps = wizard.steps
    shown = {
        StepState.DONE: Status.PASS,
        StepState.FAILED: Status.FAIL,
        StepState.STALE: Status.WARN,
    }
    states = [*shown, StepState.CURRENT, StepState.NOT_REACHED, StepState.ERRORS, StepState.NOT_RUN]
    steps.show_states(states, 3, [True] * len(states))
    base = steps.viewport().palette().color(R.Base)
    ratios = {}
    for row, state in enumerate(shown):
        image = steps.item(row).icon().pixmap(32).toImage()
        # The symbol's colour: its most opaque pixel (the edges are antialiased).
        pixels = (
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        )
        ink = max(pixels, key=lambda colour: colour.alpha())
        colour = status_colour(steps.palette(), shown[state])
        drawn = (ink.redF(), ink.greenF(), ink.blueF())
        wanted = colour.getRgbF()[:3]
        assert all(abs(a - b) < 0.02 for a, b in zip(drawn, wanted, strict=True)), state
        ratios[state.name] = round(contrast_ratio(colour, base), 2)
        # The state is in words too, never in the colour alone.
        assert steps.item(row).text().split("\n")[1] == state_word(state)
    wizard.retire()
    assert all(ratio >= AA for ratio in ratios.values()), (themed, ratios)


def test_status_badges_keep_white_text_readable(qtbot):
    for status in Status:
        view = FindingView(Finding("spf", "SPF_PASS", status, {"domain": "example.test"}))
        style = view.badge.styleSheet()
        background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", style).group(1)
        text = re.search(r"[^-]color:\s*(#[0-9a-fA-F]{6})", style).group(1)
        assert contrast_ratio(text, background) >= AA, (status, background)
        assert view.badge.text().split()[0] in "✔⚠✖?"  # a symbol, not colour alone


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox)


async def test_every_input_has_a_visible_label_and_an_accessible_name(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    missing = []
    for index, page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        if index == sw.DELIVERABILITY:
            await until(lambda p=page: not p.running, 10, "the checks")
        buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page) or isinstance(widget.parent(), QAbstractSpinBox):
                continue
            if isinstance(widget, INPUTS):
                # A field right after its radio button ("Send a test message to: [...]")
                # is labelled by that button's text.
                after_option = isinstance(widget.previousInFocusChain(), QRadioButton | QCheckBox)
                if widget not in buddies and not after_option:
                    missing.append(f"page {index}: {type(widget).__name__} has no label")
                if not widget.accessibleName():
                    missing.append(f"page {index}: {type(widget).__name__} has no name")
            elif isinstance(widget, QAbstractButton) and not (
                widget.text().strip() or widget.accessibleName()
            ):
                missing.append(f"page {index}: a {type(widget).__name__} says nothing")
    wizard.close()
    assert missing == []


async def test_a_field_keeps_its_hint_for_screen_readers_and_an_error_comes_first(qtbot, ctx):
    """pages/base.py used to blank every field's accessible description on each
    refresh of the errors: the hint ("Often the full email address.") was gone as soon
    as anything was typed anywhere on the page."""
    wizard = Windows(ctx).open_wizard(start_page=sw.SERVER)
    checked = 0
    for page in wizard.pages:
        for field, widget in page._widgets.items():
            hint = page._descriptions.get(field, "")
            if hint:
                checked += 1
            page.refresh_errors(show_all=False)
            assert widget.accessibleDescription() == hint, field
    assert checked >= 4  # user name, password, server, security, CA file...
    server = wizard.pages[sw.SERVER]
    server.host.setText("bad host name!")
    server.refresh_errors(show_all=True)
    description = server.host.accessibleDescription()
    error = server._error_labels["host"].text()
    assert error and description.startswith(error)
    assert description.endswith(server._descriptions["host"])
    wizard.close()
