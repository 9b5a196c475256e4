"""The export box shared by the Finish page and the saved setups' Export dialog:
"Where will you use these settings?" (every registered target, grouped), a preview
of what it writes (a tab per file when there are several), the steps to apply it,
what it cannot carry, the password only on request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.core.model import Profile
from wizard.targets import TARGETS, Export, Group, Text, note, write_export
from wizard.ui.colours import error_style

DEFAULT_TARGET = "json"


def translated(text: Text) -> str:
    return text.text(QCoreApplication.translate)


def export_notes(profile: Profile, fmt: str, password: str | None = None) -> list[str]:
    """What this target cannot carry for this profile (e.g. the CA file), translated."""
    return [translated(w) for w in TARGETS[fmt].export(profile, password).warnings]


def fill_target_chooser(combo: QComboBox) -> None:
    """Every target under its group's heading (headings cannot be chosen)."""
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    for group in Group:
        members = [t for t in TARGETS.values() if t.group is group]
        if not members:
            continue
        combo.addItem(QCoreApplication.translate("Targets", group.label))
        heading = model.item(combo.count() - 1)
        heading.setEnabled(False)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        for target in members:
            label = QCoreApplication.translate("Targets", target.label)
            combo.addItem("    " + label, target.id)
            combo.setItemData(combo.count() - 1, label, 3)  # ToolTipRole / accessible


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
        self.current: Export | None = None
        layout = QVBoxLayout(self)
        format_label = QLabel(self.tr("Where will you &use these settings?"))
        layout.addWidget(format_label)
        top = QHBoxLayout()
        self.format = QComboBox()
        fill_target_chooser(self.format)
        self.format.setCurrentIndex(self.format.findData(DEFAULT_TARGET))
        self.format.setAccessibleName(self.tr("Where will you use these settings?"))
        format_label.setBuddy(self.format)
        self.include_password = QCheckBox(self.tr("&Include password"))
        top.addWidget(self.format, 1)
        top.addWidget(self.include_password)
        layout.addLayout(top)
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
        self.tabs = QTabWidget()
        # Tab moves through the tab bar (when shown) and the file, not the frame itself:
        # a focusable QTabWidget with a hidden bar traps Tab (found by test_keyboard).
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setAccessibleName(self.tr("Files of the export"))
        self.preview = self._editor()  # the first file (the only one, mostly)
        self.tabs.addTab(self.preview, "")
        # The last tab: what the TLS setting means and the steps to apply the export.
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setObjectName("exportSteps")
        self.steps.setAccessibleName(self.tr("How to apply the settings"))
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        how = QWidget()
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.note)
        how_layout.addWidget(self.steps)
        how_layout.addStretch(1)
        self.how_to = QScrollArea()
        self.how_to.setWidgetResizable(True)
        self.how_to.setWidget(how)
        self.how_to.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.how_to, self.tr("How to apply"))
        layout.addWidget(self.tabs, 1)
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
        self.tabs.currentChanged.connect(self._tab_changed)

    def _editor(self) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setReadOnly(True)
        editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        editor.setAccessibleName(self.tr("Export preview"))
        return editor

    def _tab_changed(self, index: int) -> None:
        self.done.setText("")
        self.save_as_button.setEnabled(index != self.tabs.indexOf(self.how_to))

    def _file_count(self) -> int:
        return self.tabs.count() - 1  # every tab but "How to apply"

    def target_id(self) -> str:
        return self.format.currentData() or DEFAULT_TARGET

    def update_preview(self) -> None:
        profile = self.profile()
        target = TARGETS[self.target_id()]
        include = self.include_password.isChecked()
        password = self.password() if include and profile.auth else None
        export = target.export(profile, password)
        self.current = export
        self.warning.setVisible(export.contains_password)
        while self._file_count() > len(export.artifacts):
            self.tabs.removeTab(self._file_count() - 1)
        while self._file_count() < len(export.artifacts):
            self.tabs.insertTab(self._file_count(), self._editor(), "")
        for index, artifact in enumerate(export.artifacts):
            editor = self.tabs.widget(index)
            assert isinstance(editor, QPlainTextEdit)
            editor.setPlainText(artifact.text)
            # The file name fits a tab; what it is ("Lines for main.cf") is its tooltip.
            self.tabs.setTabText(index, artifact.filename.replace("&", "&&"))
            self.tabs.setTabToolTip(index, translated(artifact.title))
            editor.setAccessibleName(translated(artifact.title))
        found = note(target)
        self.note.setText(translated(found) if found else "")
        self.note.setVisible(found is not None)
        notes = [translated(w) for w in export.warnings]
        self.cannot.setText("\n".join(notes))
        self.cannot.setVisible(bool(notes))
        steps = [
            f"{number}. {QCoreApplication.translate('Targets', step)}"
            for number, step in enumerate(target.steps, 1)
        ]
        self.steps.setText("\n".join(steps))
        self.done.setText("")

    def _artifact_index(self) -> int:
        """The file on the current tab (the first one while "How to apply" is shown)."""
        index = self.tabs.currentIndex()
        return index if 0 <= index < self._file_count() else 0

    def copy(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.how_to:
            text = "\n\n".join(t for t in (self.note.text(), self.steps.text()) if t)
        else:
            editor = self.tabs.widget(self._artifact_index())
            assert isinstance(editor, QPlainTextEdit)
            text = editor.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.done.setText(self.tr("Copied."))

    def save_export(self) -> None:
        if self.current is None:
            self.update_preview()
        assert self.current is not None
        artifact = self.current.artifacts[self._artifact_index()]
        name = Path(artifact.filename).name
        start = str(Path(QDir.homePath()) / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export settings"), start)
        if not path:
            return
        try:
            write_export(Path(path), artifact.text, contains_password=artifact.contains_password)
        except OSError as exc:
            self.done.setText(
                self.tr("Could not save %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or "")
            )
            return
        self.done.setText(self.tr("Saved as %1.").replace("%1", path))
        self.saved.emit(path)
