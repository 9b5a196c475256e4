"""App start: QApplication, the qasync loop (created explicitly), translators,
and an exception hook that shows a friendly message instead of a dead UI."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import traceback
from types import TracebackType

# PySide6 before qasync: qasync picks its Qt binding by import order (NOTES.md).
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import qasync  # isort: skip

from wizard import APP_NAME, __version__, translations
from wizard.core import i18n, providers
from wizard.core.store import config_dir
from wizard.ui.context import AppContext
from wizard.ui.profile_manager import ProfileManager
from wizard.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings, then ours; parented to the app so they stay alive."""
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path, name in (
        (qt_dir, f"qtbase_{lang}"),
        (str(translations.TRANSLATIONS_DIR), f"wizard_{lang}"),
    ):
        translator = QTranslator(app)
        if lang != "en" and translator.load(name, path):
            app.installTranslator(translator)
            installed.append(translator)
    i18n.set_translator(QCoreApplication.translate)
    QLocale.setDefault(QLocale(lang))
    return installed


class Windows:
    """Keeps the open windows alive and wires the manager to the wizard."""

    def __init__(self, ctx: AppContext, translators: list[QTranslator] | None = None) -> None:
        self.ctx = ctx
        self.wizards: list[SetupWizard] = []
        self.manager: ProfileManager | None = None
        self.translators = translators or []

    def set_language(self, lang: str) -> None:
        """Switch every open window to ``lang`` now, keeping everything typed.

        Installing the new translators sends LanguageChange to every widget; the
        wizard answers it by rebuilding itself from its draft (see
        SetupWizard.changeEvent), so no text can be left in the old language.
        """
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators = install_translators(app, lang)
        translations.save_language(lang)
        for wizard in list(self.wizards):
            self._rebuild(wizard)
        if self.manager is not None:
            visible = self.manager.isVisible()
            self.manager.close()
            self.manager.deleteLater()
            self.manager = None
            if visible:
                self.open_manager()

    def _rebuild(self, old: SetupWizard) -> SetupWizard:
        new = self.open_wizard(start_page=old.currentId())
        new.adopt(old)
        new.setGeometry(old.geometry())
        old.hide()
        self.wizards.remove(old)
        old.deleteLater()
        return new

    def open_wizard(self, profile=None, start_page: int = 0) -> SetupWizard:
        wizard = SetupWizard(self.ctx, profile, start_page)
        wizard.manager_requested = self.open_manager
        wizard.language_requested.connect(self.set_language)
        wizard.profile_saved.connect(lambda _id: self.manager and self.manager.refresh())
        wizard.finished.connect(lambda _r, w=wizard: self.wizards.remove(w))
        self.wizards.append(wizard)
        wizard.show()
        return wizard

    def open_manager(self) -> ProfileManager:
        if self.manager is None:
            self.manager = ProfileManager(self.ctx, self.open_wizard)
        self.manager.show()
        self.manager.raise_()
        return self.manager


def friendly_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Log the details to a file; show the user words, never a traceback."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log_path = config_dir() / "error.log"
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(log_path, "a", encoding="utf-8") as handle:
            handle.write(details + "\n")
    except OSError:
        pass
    app = QApplication.instance()
    if app is None:
        return
    text = QCoreApplication.translate(
        "App",
        "Something went wrong, but your settings are still here. Details were written "
        "to %1 for support.",
    ).replace("%1", str(log_path))
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    box.open()
    _boxes.append(box)


_boxes: list[QMessageBox] = []


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="main.py", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--profile", metavar="NAME", help="open the wizard on a saved setup")
    parser.add_argument("--lang", choices=translations.LANGUAGES, help="language")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    lang = translations.resolve_language(args.lang)
    installed = install_translators(app, lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sys.excepthook = friendly_excepthook

    providers.set_provider_folder(config_dir() / "providers")  # ISPDB files admins drop in
    ctx = AppContext()
    ctx.load()
    windows = Windows(ctx, installed)
    profile = ctx.profiles.by_name(args.profile) if args.profile else None
    if args.profile and profile is None:
        windows.open_manager().message.setText(
            QCoreApplication.translate("App", 'No saved setup is called "%1".').replace(
                "%1", args.profile
            )
        )
    elif ctx.load_report.problem:
        windows.open_manager()
        windows.open_wizard(profile)
    else:
        windows.open_wizard(profile)

    app_close = asyncio.Event()
    app.lastWindowClosed.connect(app_close.set)
    with loop:
        loop.run_until_complete(app_close.wait())
    return 0
