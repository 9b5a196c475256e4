"""The profile manager: saved setups with filter, add, edit, duplicate, delete,
test and export. Each action opens the wizard where it makes sense."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME
from wizard.core.model import Profile
from wizard.ui.context import AppContext
from wizard.ui.setup_wizard import FINISH, START, TEST
from wizard.ui.tasks import spawn

DEFAULT_SIZE = (640, 420)


class ProfileManager(QWidget):
    def __init__(self, ctx: AppContext, open_wizard) -> None:
        super().__init__()
        self.ctx = ctx
        self.open_wizard = open_wizard  # (profile | None, start_page) -> wizard
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
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved setups"))
        # activated = Enter, or the platform's click to open (double, or single on KDE).
        self.list.activated.connect(lambda _index: self.edit())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.list.currentRowChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("&Add…"), self.add),
            ("edit", self.tr("&Edit…"), self.edit),
            ("duplicate", self.tr("D&uplicate"), self.duplicate),
            ("delete", self.tr("&Delete…"), self.delete),
            ("test", self.tr("&Test…"), self.test),
            ("export", self.tr("E&xport…"), self.export),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(buttons)
        self.resize(*DEFAULT_SIZE)
        if ctx.load_report.problem:
            path = str(ctx.load_report.set_aside or "")
            from PySide6.QtCore import QCoreApplication

            self.message.setText(
                QCoreApplication.translate("ProfileStore", ctx.load_report.message).replace(
                    "{path}", path
                )
            )
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes from the filter to the list; Escape clears the filter, then closes."""
        if event.key() == Qt.Key.Key_Down and self.filter.hasFocus() and self.list.count():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif event.key() == Qt.Key.Key_Escape:
            if self.filter.text():
                self.filter.clear()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def refresh(self) -> None:
        current = self.selected()
        wanted = self.filter.text().strip().casefold()
        self.list.clear()
        for profile in sorted(self.ctx.profiles.profiles, key=lambda p: p.name.casefold()):
            text = (
                f"{profile.name} — {profile.host}:{profile.effective_port} ({profile.from_address})"
            )
            if wanted and wanted not in text.casefold():
                continue
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
            if current and current.id == profile.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        for key in ("edit", "duplicate", "delete", "test", "export"):
            self.buttons[key].setEnabled(has)

    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.ctx.profiles.by_id(item.data(Qt.ItemDataRole.UserRole))

    def add(self) -> None:
        self.open_wizard(None, START)

    def _open_selected(self, page: int) -> None:
        profile = self.selected()
        if profile:
            self.open_wizard(profile, page)

    def edit(self) -> None:
        self._open_selected(START)

    def test(self) -> None:
        self._open_selected(TEST)

    def export(self) -> None:
        self._open_selected(FINISH)

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
        spawn(self._copy_secret(profile.id, copy.id))
        self.refresh()

    async def _copy_secret(self, source: str, target: str) -> None:
        secret = await self.ctx.secrets.get(source)
        if secret:
            await self.ctx.secrets.set(target, secret)

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
        self.confirm_box = box

    def _delete_confirmed(self, profile: Profile, result: int) -> None:
        if result != QMessageBox.StandardButton.Yes.value:
            return
        self.ctx.profiles.remove(profile.id)
        self.ctx.profiles.save()
        spawn(self.ctx.secrets.delete(profile.id))
        self.refresh()
