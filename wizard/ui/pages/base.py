"""What every page shares: fields written live into the wizard's draft profile,
errors shown at the field in words the moment it loses focus, Next enabled
only when the page's own fields are valid, and Back never resetting anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizardPage

from wizard.core.model import Profile
from wizard.core.validation import MESSAGES, validate_profile
from wizard.ui.colours import error_style

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost


def field_message(code: str) -> str:
    return QCoreApplication.translate("FieldError", MESSAGES[code])


class WizardPage(QWizardPage):
    FIELDS: tuple[str, ...] = ()

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.wiz = wizard
        self._error_labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._descriptions: dict[str, str] = {}  # each field's hint, for screen readers
        self._touched: set[str] = set()
        self._loading = False

    @property
    def draft(self) -> Profile:
        return self.wiz.draft

    # -- to override ------------------------------------------------------------
    def load(self) -> None:
        """Fill the widgets from the draft."""

    def store(self) -> None:
        """Write the widgets into the draft."""

    # -- fields and errors --------------------------------------------------------
    def add_field(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        field: str,
        required: bool = False,
        description: str = "",
    ) -> QLabel:
        text = f"{label} *" if required else label
        label_widget = QLabel(text)
        label_widget.setBuddy(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setStyleSheet(error_style(error.palette()))
        error.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label_widget, box)
        widget.setAccessibleName(label)
        self._descriptions[field] = description
        if description:
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        widget.installEventFilter(self)
        self._error_labels[field] = error
        self._widgets[field] = widget
        return label_widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for field, widget in self._widgets.items():
                if widget is watched:
                    self._touched.add(field)
                    self.refresh_errors()
        return super().eventFilter(watched, event)

    def errors(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for error in validate_profile(self.draft):
            if error.field in self.FIELDS and error.field not in found:
                found[error.field] = error.code
        return found

    def refresh_errors(self, show_all: bool = False) -> None:
        errors = self.errors()
        for field, label in self._error_labels.items():
            code = errors.get(field)
            visible = code is not None and (show_all or field in self._touched)
            label.setText(field_message(code) if code else "")
            label.setVisible(visible)
            widget = self._widgets[field]
            # The error first (what a screen reader must say now), then the field's own
            # hint, which an error must never blank out.
            hint = self._descriptions.get(field, "")
            shown = field_message(code) if visible and code else ""
            widget.setAccessibleDescription(" ".join(t for t in (shown, hint) if t))

    def changed(self) -> None:
        if self._loading:
            return
        self.store()
        self.refresh_errors()
        self.completeChanged.emit()
        self.wiz.settings_changed()

    def reload(self) -> None:
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.refresh_errors()
        self.completeChanged.emit()

    def adopt_state(self, old: WizardPage) -> None:
        """Carry over what is not in the draft when the window is rebuilt."""
        self._touched = set(old._touched)
        self.refresh_errors()

    # -- QWizardPage ---------------------------------------------------------------
    def isComplete(self) -> bool:
        return not self.errors()

    def validatePage(self) -> bool:
        self.store()
        self.refresh_errors(show_all=True)
        return not self.errors()

    def cleanupPage(self) -> None:
        """Going Back keeps every value (QWizard would reset registered fields)."""
