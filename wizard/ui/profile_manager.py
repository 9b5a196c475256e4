"""Saved setups: the app's home once setups exist.

One window: the list (name, server, From, last test: when, passed / failed / not
tested / out of date), filter, Add, Edit, Duplicate, Delete, Test (runs at once,
here), Export (from the saved password) and Close. Edit and Add open the wizard
as a modal child of this window, titled with the setup's name.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME
from wizard.core.diagnosis import entry_for
from wizard.core.engine import CheckRequest, CheckResult, run_check
from wizard.core.model import Profile
from wizard.core.secrets import SecretStoreError
from wizard.core.store import StoreError
from wizard.core.verdict import (
    SecretDigest,
    Verdict,
    VerdictState,
    saved_changes,
    saved_state,
    settings_fingerprint,
    stale_text,
)
from wizard.ui.context import AppContext
from wizard.ui.export_panel import ExportPanel
from wizard.ui.tasks import spawn
from wizard.ui.windows import centre_on

DEFAULT_SIZE = (720, 420)
NAME, SERVER, FROM, LAST_TEST = range(4)


def when_text(iso: str) -> str:
    """A saved ISO time in the user's locale and time zone."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def last_test_text(profile: Profile) -> str:
    """ "Passed · 21/11/26 14:03", "Failed (AUTH_FAILED) · …", "Not tested", "Out of date (…)"."""
    translate = QCoreApplication.translate
    state = saved_state(profile)
    record = profile.last_test
    if state is VerdictState.NONE or record is None:
        return translate("ProfileManager", "Not tested")
    when = when_text(record.when)
    if state is VerdictState.STALE:
        changed = stale_text(saved_changes(profile) or [], translate).rstrip(".")
        return translate("ProfileManager", "Out of date (%1)").replace("%1", changed)
    if state is VerdictState.PASSED:
        return translate("ProfileManager", "Passed · %1").replace("%1", when)
    # The diagnosis in words (the code stays in the tooltip and the CLI, for support).
    entry = entry_for(record.code)
    reason = translate("Diagnosis", entry.title) if entry is not None else record.code
    return translate("ProfileManager", "Failed: %1 · %2").replace("%1", reason).replace("%2", when)


class ProfileManager(QWidget):
    def __init__(self, ctx: AppContext, open_wizard: Callable[..., object]) -> None:
        super().__init__()
        self.ctx = ctx
        self.open_wizard = open_wizard  # (profile | None, start_page) -> wizard
        self.retiring = False  # replaced by a rebuilt window (language change)
        self.on_closed: Callable[[], None] | None = None
        self.testing: dict[str, asyncio.Task[CheckResult | None]] = {}
        self.confirm_box: QMessageBox | None = None
        self.export_dialog: ExportDialog | None = None
        self.setWindowTitle(self.tr("Saved setups — %1").replace("%1", APP_NAME))
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, server or address"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.refresh)
        self.filter.returnPressed.connect(self.edit)  # Enter opens the (first) match
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        layout.addLayout(top)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(
            [self.tr("Name"), self.tr("Server"), self.tr("From"), self.tr("Last test")]
        )
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (NAME, SERVER, FROM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setAccessibleName(self.tr("Saved setups"))
        # activated = Enter, or the platform's click to open (double, or single on KDE).
        self.list.activated.connect(lambda _index: self.edit())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.list.currentItemChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("No saved setups yet. Add one to get started."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # server words are not HTML
        self.message.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("&Add…"), self.add),
            ("edit", self.tr("&Edit…"), self.edit),
            ("duplicate", self.tr("D&uplicate"), self.duplicate),
            ("delete", self.tr("&Delete…"), self.delete),
            ("test", self.tr("&Test"), self.test),
            ("export", self.tr("E&xport…"), self.export),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.setMinimumHeight(320)  # list, message, buttons never overlap; width: the buttons'
        self.resize(*DEFAULT_SIZE)
        if ctx.load_report.problem:
            self.message.setText(ctx.load_report.text(QCoreApplication.translate))
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes from the filter to the list; Escape clears the filter, then closes."""
        if event.key() == Qt.Key.Key_Down and self.filter.hasFocus() and self.count():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif event.key() == Qt.Key.Key_Escape:
            if self.filter.text():
                self.filter.clear()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for task in self.testing.values():
            task.cancel()
        super().closeEvent(event)
        if not self.retiring and self.on_closed is not None:
            self.on_closed()

    # -- the list ----------------------------------------------------------------
    def count(self) -> int:
        return self.list.topLevelItemCount()

    def refresh(self) -> None:
        current = self.selected()
        wanted = self.filter.text().strip().casefold()
        self.list.clear()
        for profile in sorted(self.ctx.profiles.profiles, key=lambda p: p.name.casefold()):
            server = f"{profile.host}:{profile.effective_port}"
            texts = [profile.name, server, profile.from_address, self._last_test(profile)]
            if wanted and not any(wanted in t.casefold() for t in texts[:3]):
                continue
            item = QTreeWidgetItem(texts)
            item.setData(NAME, Qt.ItemDataRole.UserRole, profile.id)
            code = profile.last_test.code if profile.last_test else ""
            item.setToolTip(LAST_TEST, f"{texts[LAST_TEST]} [{code}]" if code else texts[LAST_TEST])
            self.list.addTopLevelItem(item)
            if current and current.id == profile.id:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty.setVisible(not self.ctx.profiles.profiles)
        self._selection_changed()

    def _last_test(self, profile: Profile) -> str:
        if profile.id in self.testing:
            return self.tr("Testing…")
        return last_test_text(profile)

    def _selection_changed(self) -> None:
        profile = self.selected()
        has = profile is not None
        for key in ("edit", "duplicate", "delete", "test", "export"):
            self.buttons[key].setEnabled(has)
        testing = has and profile is not None and profile.id in self.testing
        self.buttons["test"].setText(self.tr("S&top test") if testing else self.tr("&Test"))

    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.ctx.profiles.by_id(item.data(NAME, Qt.ItemDataRole.UserRole))

    def select(self, profile_id: str) -> None:
        for index in range(self.count()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(NAME, Qt.ItemDataRole.UserRole) == profile_id:
                self.list.setCurrentItem(item)

    # -- actions -----------------------------------------------------------------
    def add(self) -> None:
        self.message.setText("")  # a result shown here belongs to the list as it was
        self.open_wizard(None)

    def edit(self) -> None:
        profile = self.selected()
        if profile:
            self.message.setText("")
            self.open_wizard(profile)

    def duplicate(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        copy = Profile.from_dict(
            {
                **profile.to_dict(),
                "id": Profile().id,
                "name": self.ctx.profiles.unique_name(profile.name),
            }
        )
        self.ctx.profiles.put(copy)
        self.ctx.profiles.save()
        spawn(self._copy_secret(profile.id, copy.id), self._secret_failed)
        self.refresh()
        self.select(copy.id)

    async def _copy_secret(self, source: str, target: str) -> None:
        secret = await self.ctx.secrets.get(source)
        if secret:
            await self.ctx.secrets.set(target, secret)

    def _secret_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretStoreError):
            self.message.setText(
                QCoreApplication.translate("SecretStore", exc.message).format(detail=exc.detail)
            )
        else:
            raise exc

    def delete(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr('Delete the setup "%1" and its stored password?').replace("%1", profile.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._delete_confirmed(profile, result))
        box.open()
        centre_on(box, self)
        self.confirm_box = box

    def _delete_confirmed(self, profile: Profile, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes.value:
            return
        spawn(self._delete(profile), self._secret_failed)

    async def _delete(self, profile: Profile) -> None:
        """The keyring entry first, then the setup: a locked keyring keeps both (and
        says why) instead of leaving an orphaned password behind."""
        await self.ctx.secrets.delete(profile.id)
        self.ctx.profiles.remove(profile.id)
        try:
            self.ctx.profiles.save()
        except StoreError as exc:
            self.ctx.profiles.load()
            self.message.setText(exc.text(QCoreApplication.translate))
        self.refresh()

    # -- Test, here and now ------------------------------------------------------
    def test(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        running = self.testing.get(profile.id)
        if running is not None:
            running.cancel()
            return
        self.message.setText(self.tr('Testing "%1"…').replace("%1", profile.name))
        self.testing[profile.id] = spawn(
            self._test(profile), lambda exc: self._test_crashed(profile)
        )
        self.refresh()

    async def _test(self, profile: Profile) -> CheckResult | None:
        """The same check as the wizard's: a real test message to the From address."""
        try:
            password = ""
            if profile.auth:
                try:
                    password = await self.ctx.secrets.get(profile.id) or ""
                except SecretStoreError as exc:
                    self._secret_failed(exc)
                    return None
                if not password:
                    self.message.setText(
                        self.tr(
                            'No password is stored for "%1". Choose Edit… and type it, then test.'
                        ).replace("%1", profile.name)
                    )
                    return None
            to_address = profile.from_address
            request = CheckRequest(
                profile=profile.copy(),
                password=password,
                to_address=to_address,
                send=True,
                expected_auth=profile.last_test.auth_used if profile.last_test else "",
            )
            settings = settings_fingerprint(profile, to_address=to_address, send=True)
            try:
                result = await run_check(request)
            except asyncio.CancelledError:
                self.message.setText(self.tr('Test of "%1" stopped.').replace("%1", profile.name))
                raise
            digest = SecretDigest()
            secret = digest(password) if profile.auth else ""
            verdict = Verdict.of(result, settings, secret)
            saved = self.ctx.profiles.by_id(profile.id)
            if saved is not None:
                saved_secret = digest(password) if saved.auth else ""
                record = verdict.record(saved_secret, previous=saved.last_test)
                self.ctx.profiles.put(saved.copy(last_test=record))
                try:
                    self.ctx.profiles.save()
                except StoreError as exc:  # the result is shown; recording it failed
                    self.message.setText(exc.text(QCoreApplication.translate))
                    return result
            # A warning (the sign-in method that passed last time is gone) goes with it.
            self.message.setText(" ".join([self._result_text(profile, result), *result.warnings]))
            return result
        finally:
            self.testing.pop(profile.id, None)
            self.refresh()

    def _result_text(self, profile: Profile, result: CheckResult) -> str:
        if result.ok:
            return (
                self.tr('"%1": test passed. Mail from %2 to %3 was accepted by %4.')
                .replace("%1", profile.name)
                .replace("%2", profile.from_address)
                .replace("%3", profile.from_address)
                .replace("%4", profile.host)
            )
        text = self.tr('"%1": test failed: %2. %3 Choose Edit… to change the settings.')
        assert result.diagnosis is not None
        title, explanation = result.diagnosis.render(QCoreApplication.translate)
        return text.replace("%1", profile.name).replace("%2", title).replace("%3", explanation)

    def _test_crashed(self, profile: Profile) -> None:
        self.testing.pop(profile.id, None)
        self.message.setText(
            QCoreApplication.translate(
                "App", "Something went wrong. Your settings are still here; please try again."
            )
        )
        self.refresh()

    # -- Export from the saved password --------------------------------------------
    def export(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        dialog = ExportDialog(self.ctx, profile, self)
        self.export_dialog = dialog
        dialog.open()
        centre_on(dialog, self)


class ExportDialog(QDialog):
    """Export one saved setup; the password (only if asked for) comes from the keyring."""

    def __init__(self, ctx: AppContext, profile: Profile, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = profile
        self.password = ""
        self.setWindowTitle(
            self.tr("Export %1 — %2").replace("%1", profile.name).replace("%2", APP_NAME)
        )
        layout = QVBoxLayout(self)
        self.last_test = QLabel(self.tr("Last test: %1").replace("%1", last_test_text(profile)))
        self.last_test.setWordWrap(True)
        layout.addWidget(self.last_test)
        self.panel = ExportPanel(lambda: self.profile, lambda: self.password)
        layout.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.panel.update_preview()
        if profile.auth:
            self.panel.include_password.setEnabled(False)
            spawn(self._read_password(), self._failed)

    async def _read_password(self) -> None:
        secret = await self.ctx.secrets.get(self.profile.id)
        self.password = secret or ""
        self.panel.include_password.setEnabled(bool(secret))
        if not secret:
            self.panel.include_password.setToolTip(self.tr("No password is stored for this setup."))
        self.panel.update_preview()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SecretStoreError):
            self.panel.done.setText(
                QCoreApplication.translate("SecretStore", exc.message).format(detail=exc.detail)
            )
        else:
            raise exc
