"""Switching the language mid-wizard changes every visible text at once and
keeps everything typed; the choice is remembered for the next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import type_into, until
from tests.gui.test_spanish import english_left
from tests.servers import PASSWORD
from wizard import translations
from wizard.core import i18n
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows


async def test_switching_to_spanish_mid_wizard_keeps_every_value(qtbot, ctx, tmp_home):
    windows = Windows(ctx)
    try:
        old = windows.open_wizard()
        start = old.pages[sw.START]
        type_into(qtbot, start.address, "ana@example.test")
        old.next()
        server = old.pages[sw.SERVER]
        type_into(qtbot, server.host, "smtp.example.test")
        old.next()
        type_into(qtbot, old.pages[sw.SIGNIN].password, PASSWORD)
        old.back()
        old.back()
        assert old.currentId() == sw.START
        start.language.setCurrentIndex(start.language.findData("es"))
        await until(lambda: windows.wizards and windows.wizards[0] is not old, 5, "the switch")
        new = windows.wizards[0]
        assert new.currentId() == sw.START
        assert english_left(new) == []
        assert new.pages[sw.START].address.text() == "ana@example.test"
        assert new.pages[sw.START].language.currentData() == "es"
        assert new.pages[sw.SERVER].host.text() == "smtp.example.test"
        assert new.pages[sw.SIGNIN].password.text() == PASSWORD
        new.next()
        assert english_left(new) == []
        assert translations.saved_language() == "es"
        assert translations.resolve_language(None) == "es"
        # And back to English, still keeping everything.
        newer_start = new.pages[sw.START]
        new.back()
        newer_start.language.setCurrentIndex(newer_start.language.findData("en"))
        await until(lambda: windows.wizards[0] is not new, 5, "the switch back")
        back = windows.wizards[0]
        assert back.pages[sw.START].title() == "Outgoing mail setup"
        assert back.pages[sw.SIGNIN].password.text() == PASSWORD
        for wizard in windows.wizards:
            wizard.close()
    finally:
        app = QApplication.instance()
        for translator in windows.translators:
            app.removeTranslator(translator)
        i18n.set_translator(None)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
