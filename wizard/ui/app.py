"""App start: QApplication, the qasync loop (created explicitly), translators,
and an exception hook that shows a friendly message instead of a dead UI.

The first window is built and shown before asyncio and qasync are imported and
the loop is made (~50 ms on the build machine, issue 15); nothing before the loop
runs may start a task (windows start theirs from a zero timer)."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from wizard.ui import early  # noqa: F401  # isort: skip - before PySide6 (see early.py)

# PySide6 before qasync (imported in _run): qasync picks its Qt binding by import
# order (NOTES.md).
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from wizard import APP_NAME, __version__, translations
from wizard.core import errorlog, i18n, providers
from wizard.core.argv import has_password_option
from wizard.core.model import Profile
from wizard.core.store import StoreError, config_dir
from wizard.ui import gcguard
from wizard.ui.context import AppContext
from wizard.ui.setup_wizard import SetupWizard
from wizard.ui.tasks import drop_held, hold_until_loop, loop_made, use_thread_pool
from wizard.ui.windows import centre_on

if TYPE_CHECKING:
    import qasync
    from PySide6.QtWidgets import QMessageBox

    from wizard.ui.profile_manager import ProfileManager

log = logging.getLogger(__name__)

FIRST_PAINT_WAIT = 0.5  # seconds
EXIT_SOFTWARE = 70  # an unexpected error (sysexits EX_SOFTWARE), as the command line


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
    """The app's windows: the saved setups (home once setups exist) and the wizard,
    opened as that window's modal child, or alone on a first run."""

    def __init__(
        self,
        ctx: AppContext,
        translators: list[QTranslator] | None = None,
        on_quit: Callable[[], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.wizards: list[SetupWizard] = []
        self.manager: ProfileManager | None = None
        self.translators = translators or []
        self.on_quit = on_quit

    def set_language(self, lang: str) -> None:
        """Switch every open window to ``lang`` now, keeping everything typed."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators = install_translators(app, lang)
        translations.save_language(lang)
        old_manager = self.manager
        if old_manager is not None:
            # The manager first: open wizards are its children and move to the new one.
            visible = old_manager.isVisible()
            new_manager = self._make_manager()
            new_manager.setGeometry(old_manager.geometry())
            new_manager.filter.setText(old_manager.filter.text())
            if visible:
                new_manager.show()
        for wizard in list(self.wizards):
            self._rebuild(wizard)
        if old_manager is not None:
            old_manager.retiring = True
            old_manager.hide()
            old_manager.deleteLater()

    def start(self, profile_name: str | None = None) -> None:
        """The first window: the saved setups when any exist (with the named one open
        in the wizard), the wizard alone on a first run."""
        profile = self.ctx.profiles.by_name(profile_name) if profile_name else None
        if profile_name and profile is None:
            self.open_manager().message.setText(
                QCoreApplication.translate("App", 'No saved setup is called "%1".').replace(
                    "%1", profile_name
                )
            )
        elif profile is not None:
            self.open_manager().select(profile.id)
            self.open_wizard(profile)
        elif self.ctx.profiles.profiles or self.ctx.load_report.problem:
            self.open_manager()  # home: the saved setups
        else:
            self.open_wizard()  # first run: straight into the wizard

    def _rebuild(self, old: SetupWizard) -> SetupWizard:
        new = self.open_wizard(start_page=old.currentId(), as_child=old.parent() is not None)
        new.adopt(old)
        new.setGeometry(old.geometry())
        old.retire()
        self.wizards.remove(old)
        old.deleteLater()
        return new

    def open_wizard(
        self, profile: Profile | None = None, start_page: int = 0, as_child: bool | None = None
    ) -> SetupWizard:
        """The wizard for a new or a saved setup; a modal child of the saved setups
        when they are open (never a second, look-alike main window)."""
        if as_child is None:
            as_child = self.manager is not None and self.manager.isVisible()
        parent = self.manager if as_child else None
        wizard = SetupWizard(self.ctx, profile, start_page, parent=parent)
        if parent is not None:
            wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.language_requested.connect(self.set_language)
        wizard.profile_saved.connect(self._saved)
        wizard.finished.connect(lambda _r, w=wizard: self._wizard_closed(w))
        self.wizards.append(wizard)
        wizard.show()
        centre_on(wizard, parent)
        return wizard

    def _saved(self, profile_id: str) -> None:
        if self.manager is not None:
            self.manager.refresh()
            self.manager.select(profile_id)

    def _wizard_closed(self, wizard: SetupWizard) -> None:
        if wizard in self.wizards:
            self.wizards.remove(wizard)
        if wizard.retired:
            return
        if self.manager is not None and self.manager.isVisible():
            self.manager.raise_()
            self.manager.activateWindow()
            return
        if self.ctx.profiles.profiles:
            self.open_manager()  # the setup just saved is there, with its last test
        elif not self.wizards and self.on_quit is not None:
            self.on_quit()

    def _make_manager(self) -> ProfileManager:
        # Imported on first use (issue 15): a first run opens the wizard alone.
        from wizard.ui.profile_manager import ProfileManager

        manager = ProfileManager(self.ctx, self.open_wizard)
        manager.on_closed = self._manager_closed
        self.manager = manager
        return manager

    def _manager_closed(self) -> None:
        if not self.wizards and self.on_quit is not None:
            self.on_quit()

    def open_manager(self) -> ProfileManager:
        manager = self.manager or self._make_manager()
        manager.refresh()
        first = not manager.isVisible()
        manager.show()
        if first:
            centre_on(manager)
        manager.raise_()
        return manager


def _known_passwords() -> list[str]:
    """Passwords typed in open windows (not saved anywhere yet): scrubbed from error.log
    with everything errorlog remembers (keyring reads, saves)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    wizards: list[SetupWizard] = []
    try:
        for window in app.topLevelWidgets():
            if isinstance(window, SetupWizard):
                wizards.append(window)
            wizards.extend(window.findChildren(SetupWizard))
    except Exception:  # the boundary itself must never fail
        return []
    return [w.password for w in wizards if isinstance(w.password, str) and w.password]


def friendly_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """The window's error boundary: words on screen, never a traceback. A save that
    could not be written says why in one line; anything else is a bug: its details
    go to error.log, scrubbed of every password this process knows."""
    app = QApplication.instance()
    if isinstance(exc, StoreError):
        text = exc.text(QCoreApplication.translate)
    else:
        log_path = errorlog.write_error_log(exc_type, exc, tb, extra_secrets=_known_passwords())
        text = QCoreApplication.translate(
            "App",
            "Something went wrong, but your settings are still here. Details were written "
            "to %1 for support.",
        ).replace("%1", str(log_path or errorlog.error_log_path()))
    if app is None:
        return
    from PySide6.QtWidgets import QMessageBox  # its type is made on first use (~2 ms)

    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text)
    box.open()
    _boxes.append(box)


_boxes: list[QMessageBox] = []


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="main.py", description=f"{APP_NAME} {__version__}", allow_abbrev=False
    )
    parser.add_argument("--profile", metavar="NAME", help="open the wizard on a saved setup")
    parser.add_argument("--lang", choices=translations.LANGUAGES, help="language")
    if has_password_option(argv):  # refused before argparse can echo its value
        parser.error("a password is never given as an option: type it in the window (Sign-in)")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """The window, behind the error boundary: a failure before the loop runs (the
    loop's own go to friendly_excepthook) is one line on stderr, the details in
    error.log, exit code 70."""
    args = parse_args(argv)
    try:
        return _run(args, argv)
    except Exception as exc:
        log_file = errorlog.write_error_log(
            type(exc), exc, exc.__traceback__, extra_secrets=_known_passwords()
        )
        text = QCoreApplication.translate(
            "App", "main.py: the app could not start (%1). The details are in %2."
        )
        where = str(log_file or errorlog.error_log_path())
        print(text.replace("%1", type(exc).__name__).replace("%2", where), file=sys.stderr)
        return EXIT_SOFTWARE


def open_first_window(args: argparse.Namespace, argv: list[str]) -> tuple[QApplication, Windows]:
    """The app and its first window, shown: what ``_run`` does before the loop."""
    hold_until_loop()  # tasks the windows start wait for the loop (make_loop)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    lang = translations.resolve_language(args.lang)
    installed = install_translators(app, lang)
    sys.excepthook = friendly_excepthook
    # Cycles are collected on this thread only: a worker thread collecting a window
    # destroyed its Qt objects there and left a timer pointing at freed memory.
    gcguard.install(app)

    providers.set_provider_folder(config_dir() / "providers")  # ISPDB files admins drop in
    ctx = AppContext()
    ctx.load()
    windows = Windows(ctx, installed)
    # The app decides when it is done (Windows.on_quit), not Qt: between the wizard
    # closing and the saved setups opening there is a moment with no window.
    app.setQuitOnLastWindowClosed(False)
    windows.start(args.profile)
    return app, windows


def wait_first_paint(app: QApplication, windows: Windows) -> None:
    """Let the first window be exposed and painted before the loop is made (at most
    ``FIRST_PAINT_WAIT`` seconds: a window manager may never expose it)."""
    window = windows.wizards[0] if windows.wizards else windows.manager
    handle = window.windowHandle() if window is not None else None
    deadline = time.monotonic() + FIRST_PAINT_WAIT
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    app.processEvents()  # the paint


def make_loop(app: QApplication) -> qasync.QEventLoop:
    """The qasync loop, made after the first show (see the module's docstring)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    use_thread_pool(loop)
    loop_made(loop)
    return loop


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    try:
        app, windows = open_first_window(args, argv)
        wait_first_paint(app, windows)
        loop = make_loop(app)
    except BaseException:
        drop_held()  # no loop will run what was held
        raise
    import asyncio

    app_close = asyncio.Event()
    windows.on_quit = app_close.set

    def maybe_done() -> None:
        if not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            app_close.set()

    app.lastWindowClosed.connect(lambda: QTimer.singleShot(0, maybe_done))

    with loop:
        loop.run_until_complete(app_close.wait())
    return 0
