"""Finish: a summary, save as a named profile (after a passing test, or an
explicit "Save anyway"), and export with a live preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from wizard.core.model import Profile
from wizard.core.secrets import SecretStoreError
from wizard.core.status import Status
from wizard.core.store import StoreError
from wizard.core.verdict import VerdictState
from wizard.ui.colours import badge_style
from wizard.ui.export_panel import ExportPanel
from wizard.ui.pages.base import WizardPage, field_message
from wizard.ui.tasks import spawn

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost

VERDICT_BADGES = {
    VerdictState.PASSED: Status.PASS,
    VerdictState.FAILED: Status.FAIL,
    VerdictState.STALE: Status.WARN,
    VerdictState.NONE: Status.UNKNOWN,
}


class FinishPage(WizardPage):
    FIELDS = ("name",)

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Finish"))
        self.setSubTitle(self.tr("Save these settings and export them for your application."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Test result"))
        layout.addWidget(self.verdict)

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

        self.export = ExportPanel(self._profile_for_export, lambda: self.wiz.password)
        layout.addWidget(self.export, 1)
        # Kept as attributes: the keyboard and layout tests walk them.
        self.format = self.export.format
        self.include_password = self.export.include_password
        self.preview = self.export.preview
        wizard.verdict_changed.connect(self.refresh_verdict)
        self.reload()

    def _name_changed(self) -> None:
        if not self._loading and not self.save_status.property("saved"):
            self.save_status.setText("")  # an old "name taken" no longer applies
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
        self.refresh_verdict()
        self.update_preview()

    def refresh_verdict(self) -> None:
        """Summary and Save follow the verdict for the settings on screen."""
        self.summary.setText(self.wiz.settings_summary())
        self.verdict.setText(self.wiz.verdict_summary())
        state = self.wiz.verdict_state()
        self.verdict.setStyleSheet(badge_style(VERDICT_BADGES[state]))
        passed = self.wiz.test_passed
        self.save_button.setEnabled(passed)
        self.save_button.setToolTip("" if passed else self.tr("Run a passing test first."))
        self.save_anyway.setVisible(not passed)
        self.save_anyway.setText(
            {
                VerdictState.FAILED: self.tr("Save &anyway (test failed)"),
                VerdictState.STALE: self.tr("Save &anyway (test out of date)"),
            }.get(state, self.tr("Save &anyway (not tested)"))
        )
        if self.wiz.dirty and self.save_status.property("saved"):
            # What was saved is no longer what is on screen.
            self.save_status.setText(self.tr("Changed since it was saved: save again to keep it."))
            self.save_status.setProperty("saved", False)
        if self.isVisible():
            self.update_preview()  # the export follows every change

    def _profile_for_export(self) -> Profile:
        return self.draft

    def update_preview(self) -> None:
        self.export.update_preview()

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
        try:
            stored_where = await self.wiz.save_profile()
        except StoreError as exc:
            # Full disk, read-only folder, a newer version's file: one line, nothing lost.
            self.save_status.setText(exc.text(QCoreApplication.translate))
            self.save_status.setProperty("saved", False)
            return
        done = (
            self.tr("Saved.")
            if not anyway
            else self.tr("Saved without a passing test: run the test again before relying on it.")
        )
        self.save_status.setText(f"{done} {stored_where}")
        self.save_status.setProperty("saved", True)


def secret_error_text(exc: SecretStoreError) -> str:
    return QCoreApplication.translate("SecretStore", exc.message).format(detail=exc.detail)
