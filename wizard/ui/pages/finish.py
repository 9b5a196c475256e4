"""Finish: a summary, save as a named profile (after a passing test, or an
explicit "Save anyway"), and export with a live preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wizard.core.export import FORMATS, export_profile, write_export
from wizard.core.secrets import SecretStoreError
from wizard.ui.colours import error_style
from wizard.ui.pages.base import WizardPage, field_message
from wizard.ui.tasks import spawn


class FinishPage(WizardPage):
    FIELDS = ("name",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Finish"))
        self.setSubTitle(self.tr("Save these settings and export them for your application."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit()
        self.name.textChanged.connect(self._name_changed)
        self.add_field(form, self.tr("Setup &name"), self.name, "name", required=True)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(lambda: self.save(anyway=False))
        self.save_anyway = QPushButton(self.tr("Save &anyway (not tested)"))
        self.save_anyway.clicked.connect(lambda: self.save(anyway=True))
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_anyway)
        save_row.addWidget(self.save_status, 1)
        layout.addLayout(save_row)

        group = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(group)
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
        export_layout.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        export_layout.addWidget(self.note)
        self.warning = QLabel(
            self.tr(
                "Warning: the export will contain the password in readable form. Store it like a "
                "password; a saved file is readable only by you."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(error_style(self.warning.palette()))
        export_layout.addWidget(self.warning)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setAccessibleName(self.tr("Export preview"))
        export_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.preview.toPlainText())
        )
        self.save_as_button = QPushButton(self.tr("Sav&e as…"))
        self.save_as_button.clicked.connect(self.save_export)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_as_button)
        buttons.addStretch(1)
        export_layout.addLayout(buttons)
        layout.addWidget(group, 1)
        self.format.currentIndexChanged.connect(self.update_preview)
        self.include_password.toggled.connect(self.update_preview)
        self.reload()

    def _name_changed(self) -> None:
        self.changed()

    def errors(self) -> dict[str, str]:
        name = self.name.text().strip()
        if not name:
            return {"name": "name.required"}
        if self.wiz.ctx.profiles.name_taken(name, self.draft.id):
            return {"name": "name.taken"}
        return {}

    def isComplete(self) -> bool:
        return True  # Finish closes the wizard; saving is explicit

    def load(self) -> None:
        self.name.setText(self.draft.name)

    def store(self) -> None:
        self.draft.name = self.name.text().strip()

    def initializePage(self) -> None:
        if not self.name.text():
            self.name.setText(
                self.wiz.ctx.profiles.unique_name(self.draft.from_address or self.draft.host)
            )
        self.summary.setText(self.wiz.summary_text())
        passed = self.wiz.test_passed
        self.save_button.setEnabled(passed)
        self.save_button.setToolTip("" if passed else self.tr("Run a passing test first."))
        self.update_preview()

    def update_preview(self) -> None:
        fmt = self.format.currentData()
        include = self.include_password.isChecked()
        self.warning.setVisible(include)
        password = self.wiz.password if include and self.draft.auth else None
        self.preview.setPlainText(export_profile(self.draft, fmt, password))
        self.note.setText(QCoreApplication.translate("Export", FORMATS[fmt].note))

    def save_export(self) -> None:
        fmt = FORMATS[self.format.currentData()]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export settings"), f"smtp-settings{fmt.suffix}"
        )
        if path:
            write_export(
                Path(path),
                self.preview.toPlainText(),
                contains_password=self.include_password.isChecked(),
            )

    def save(self, anyway: bool) -> None:
        self.store()
        self._touched.add("name")
        self.refresh_errors(show_all=True)
        errors = self.errors()
        if errors:
            self.save_status.setText(field_message(errors["name"]))
            return
        if not anyway and not self.wiz.test_passed:
            return
        self.save_status.setText(self.tr("Saving…"))
        spawn(self._save(anyway), self.wiz.report_error)

    async def _save(self, anyway: bool) -> None:
        stored_where = await self.wiz.save_profile()
        done = (
            self.tr("Saved.")
            if not anyway
            else self.tr("Saved without a passing test: run the test again before relying on it.")
        )
        self.save_status.setText(f"{done} {stored_where}")


def secret_error_text(exc: SecretStoreError) -> str:
    return QCoreApplication.translate("SecretStore", exc.message).format(detail=exc.detail)
