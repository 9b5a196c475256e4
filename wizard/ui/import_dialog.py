"""Import settings (Start page): paste an application's mail settings or open their
file; the format is detected (or chosen), errors are shown at the paste field, and
nothing changes until the text reads as a setup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.targets import TARGETS, Imported, ImportError_, Target, detect
from wizard.ui.colours import error_style
from wizard.ui.export_panel import fill_target_chooser, translated

MAX_BYTES = 1_000_000  # a settings file is small; anything bigger is not one


class ImportDialog(QDialog):
    """On accept, :attr:`imported` holds the setup read and :attr:`target` its format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import settings"))
        self.imported: Imported | None = None
        self.target: Target | None = None
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "&Paste your application's mail settings (a .env, a DSN, an msmtprc, "
                "settings.py lines…), or open their file:"
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.paste = QPlainTextEdit()
        self.paste.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.paste.setAccessibleName(self.tr("Settings to import"))
        self.paste.setTabChangesFocus(True)
        label.setBuddy(self.paste)
        layout.addWidget(self.paste, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.paste.textChanged.connect(lambda: self.error.setVisible(False))
        self.error.setObjectName("importError")
        self.error.setStyleSheet(error_style(self.error.palette()))
        self.error.setVisible(False)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open file…"))
        self.open_button.clicked.connect(self.open_file)
        row.addWidget(self.open_button)
        format_label = QLabel(self.tr("&Format:"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Detect automatically"), "")
        fill_target_chooser(self.format)
        self.format.setCurrentIndex(0)
        self.format.setAccessibleName(self.tr("Format of the settings"))
        format_label.setBuddy(self.format)
        row.addStretch(1)
        row.addWidget(format_label)
        row.addWidget(self.format)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.paste.setFocus()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open settings file"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """The file's text into the paste field; a problem is said there."""
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as exc:
            self.show_error(
                self.tr("%1 could not be read: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return
        try:
            if len(data) > MAX_BYTES:
                raise UnicodeError
            text = data.decode("utf-8-sig")
        except UnicodeError:
            self.show_error(self.tr("%1 is not a settings file (text).").replace("%1", str(path)))
            return
        self.paste.setPlainText(text)

    def read(self) -> tuple[Target, Imported] | str:
        """The format and the setup, or the message to show at the paste field."""
        text = self.paste.toPlainText()
        if not text.strip():
            return self.tr("Paste the settings first, or open their file.")
        wanted = self.format.currentData()
        if wanted:
            target = TARGETS[wanted]
        else:
            ranked = detect(text)
            if not ranked:
                return self.tr(
                    "These settings are in no format the wizard reads. Pick the format in "
                    "the list if you know it."
                )
            tied = [t for score, t in ranked if score == ranked[0][0]]
            if len(tied) > 1:
                names = ", ".join(QCoreApplication.translate("Targets", t.label) for t in tied)
                return self.tr("These settings could be: %1. Pick the format in the list.").replace(
                    "%1", names
                )
            target = ranked[0][1]
        try:
            return target, target.parse(text)
        except ImportError_ as exc:
            return translated(exc.message)

    def accept(self) -> None:
        result = self.read()
        if isinstance(result, str):
            self.show_error(result)
            return
        self.target, self.imported = result
        super().accept()
