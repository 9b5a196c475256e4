"""With Spanish loaded, nothing a user sees is left in English.

Walks every wizard page, the profile manager, every diagnosis on the Test page
and every deliverability finding, and compares each visible text with the
English sources of the catalogue. Texts that are the same in both languages
(the translation equals the source, e.g. "JSON") are allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)

from tests.gui.helpers import language, show_diagnosis, until
from wizard import translations
from wizard.core.deliverability import FINDINGS, Finding, Status
from wizard.core.diagnosis import CATALOGUE
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.pages.deliverability import FindingView


def catalogue() -> tuple[set[str], set[str]]:
    """(English sources, sources whose Spanish is the same text)."""
    root = ET.parse(translations.TRANSLATIONS_DIR / "wizard_es.ts").getroot()
    english, same = set(), set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        english.add(_plain(source))
        if translation == source:
            same.add(_plain(source))
    return english, same


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.isHidden():
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(i) for i in range(header.columnCount())]
        if hasattr(widget, "title") and hasattr(widget, "subTitle"):
            texts += [widget.title(), widget.subTitle()]
        found += [(name, t) for t in texts if t]
    return found


def english_left(root: QWidget) -> list[tuple[str, str]]:
    english, same = catalogue()
    return [
        (name, text)
        for name, text in visible_texts(root)
        if _plain(text) in english and _plain(text) not in same
    ]


@pytest.fixture
def spanish():
    with language("es") as installed:
        assert len(installed) == 2  # Qt's own qtbase_es and ours
        yield


async def test_every_page_and_the_manager_are_in_spanish(qtbot, ctx, spanish):
    windows = Windows(ctx)
    wizard = windows.open_wizard()
    wizard.draft.from_address = "ana@example.test"
    wizard.draft.host = "127.0.0.1"
    wizard.use_provider("gmail")  # shows a provider hint
    wizard.reload_pages()
    problems = []
    seen: list[str] = []
    for index, page in enumerate(wizard.pages):
        wizard.setStartId(index)
        wizard.restart()
        if index == sw.DELIVERABILITY:
            await until(lambda p=page: not p.running, 10, "the checks")
        problems += [(index, *p) for p in english_left(wizard)]
        seen += [text for _name, text in visible_texts(wizard)]
    # The walk really looked: Spanish texts of several pages were seen.
    for expected in ("&Buscar mi configuración", "Nombre del &servidor", "&Ejecutar la prueba"):
        assert expected in seen
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") != "Next >"
    manager = windows.open_manager()
    problems += [("manager", *p) for p in english_left(manager)]
    wizard.close()
    manager.close()
    assert problems == []


async def test_every_diagnosis_is_shown_in_spanish(qtbot, ctx, spanish):
    wizard = Windows(ctx).open_wizard()
    page = wizard.test_page
    english, _same = catalogue()
    for code in CATALOGUE:
        show_diagnosis(page, code)
        title = page.diag_title.text().strip()
        assert _plain(title) not in english, code
        assert _plain(page.diag_text.text()) not in english, code
        assert not english_left(page.panel), code
        assert not english_left(page.banner), code  # the main action lives there
    wizard.close()


def test_every_deliverability_finding_is_shown_in_spanish(qtbot, spanish):
    for code in FINDINGS:
        finding = Finding(
            "spf",
            code,
            Status.WARN,
            {"domain": "example.test", "reason": "timeout", "alignment": ""},
        )
        view = FindingView(finding)
        assert not english_left(view), code
        assert "timeout" not in view.explanation.text(), code
