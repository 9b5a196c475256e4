"""The export box shared by the Finish page and the saved setups' Export dialog:
format picker, live preview, what the format cannot say, password only on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core import export as core_export
from wizard.core.export import FORMATS, export_profile, write_export
from wizard.core.model import Profile
from wizard.ui.colours import error_style


def export_notes(profile: Profile, fmt: str, password: str | None = None) -> list[str]:
    """What this format cannot carry for this profile (e.g. the CA file), translated."""
    return [
        note.text(QCoreApplication.translate)
        for note in core_export.export_notes(profile, fmt, password)
    ]


class ExportPanel(QGroupBox):
    """``profile()`` and ``password()`` are read each time the preview is drawn."""

    saved = Signal(str)  # the path written

    def __init__(
        self,
        profile: Callable[[], Profile],
        password: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Export"))
        self.profile = profile
        self.password = password
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.format = QComboBox()
        for fmt in FORMATS.values():
            self.format.addItem(QCoreApplication.translate("Export", fmt.label), fmt.id)
        self.format.setAccessibleName(self.tr("Export format"))
        format_label = QLabel(self.tr("Fo&rmat:"))
        format_label.setBuddy(self.format)
        self.include_password = QCheckBox(self.tr("&Include password"))
        top.addWidget(format_label)
        top.addWidget(self.format, 1)
        top.addWidget(self.include_password)
        layout.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.cannot = QLabel()
        self.cannot.setWordWrap(True)
        self.cannot.setObjectName("exportCannot")
        self.cannot.setStyleSheet(error_style(self.cannot.palette()))
        layout.addWidget(self.cannot)
        self.warning = QLabel(
            self.tr(
                "Warning: the export will contain the password in readable form. Store it like a "
                "password; a saved file is readable only by you."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_style(self.warning.palette()))
        layout.addWidget(self.warning)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setAccessibleName(self.tr("Export preview"))
        layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.save_as_button = QPushButton(self.tr("Sav&e as…"))
        self.save_as_button.clicked.connect(self.save_export)
        self.done = QLabel()
        self.done.setWordWrap(True)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_as_button)
        buttons.addWidget(self.done, 1)
        layout.addLayout(buttons)
        self.format.currentIndexChanged.connect(self.update_preview)
        self.include_password.toggled.connect(self.update_preview)

    def update_preview(self) -> None:
        profile = self.profile()
        fmt = self.format.currentData()
        include = self.include_password.isChecked()
        self.warning.setVisible(include)
        password = self.password() if include and profile.auth else None
        self.preview.setPlainText(export_profile(profile, fmt, password))
        self.note.setText(QCoreApplication.translate("Export", FORMATS[fmt].note))
        notes = export_notes(profile, fmt, password)
        self.cannot.setText("\n".join(notes))
        self.cannot.setVisible(bool(notes))
        self.done.setText("")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self.done.setText(self.tr("Copied."))

    def save_export(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        start = str(Path(QDir.homePath()) / f"smtp-settings{fmt.suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export settings"), start)
        if not path:
            return
        try:
            write_export(
                Path(path),
                self.preview.toPlainText(),
                contains_password=self.include_password.isChecked(),
            )
        except OSError as exc:
            self.done.setText(
                self.tr("Could not save %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or "")
            )
            return
        self.done.setText(self.tr("Saved as %1.").replace("%1", path))
        self.saved.emit(path)
