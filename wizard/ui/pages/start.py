from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from wizard import translations
from wizard.core import providers
from wizard.core.model import SECURITY_LABELS
from wizard.core.sources import SOURCE_LABELS, Source, SourceState, SourceUpdate
from wizard.core.validation import check_address
from wizard.ui.pages.base import WizardPage
from wizard.ui.tasks import BusyWork

if TYPE_CHECKING:
    import asyncio

    # Discovery itself (TLS, DNS) is imported when it first runs (issue 15).
    from wizard.core.discovery import Candidate, DiscoveryResult
    from wizard.ui.import_dialog import ImportDialog
    from wizard.ui.pages.host import WizardHost

# The security in a saved setup's one-line summary: a dash for none (a summary, not
# a sentence), the shared names otherwise.
SECURITY_TEXT = {**{s.value: name for s, name in SECURITY_LABELS.items()}, "none": "—"}


def state_text(state: SourceState) -> str:
    texts = {
        SourceState.RUNNING: QCoreApplication.translate("StartPage", "Looking…"),
        SourceState.FOUND: QCoreApplication.translate("StartPage", "✔ Found"),
        SourceState.NOTHING: QCoreApplication.translate("StartPage", "– Nothing found"),
        SourceState.UNAVAILABLE: QCoreApplication.translate(
            "StartPage", "⚠ Couldn't check (DNS did not answer)"
        ),
        SourceState.SKIPPED: QCoreApplication.translate("StartPage", "Not needed"),
    }
    return texts[state]


class StartPage(WizardPage):
    FIELDS = ("from_address",)

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Outgoing mail setup"))
        self.setSubTitle(
            self.tr(
                "This wizard finds, tests and saves the outgoing mail (SMTP) settings for your "
                "application."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # The question is long (longer in Spanish): beside the step list it moves above
        # its field when the row does not fit, instead of pushing the page wider.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("name@example.com"))
        self.address.textChanged.connect(self.changed)
        self.add_field(
            form,
            self.tr("&Which address should the application send from?"),
            self.address,
            "from_address",
            required=True,
            description=self.tr("The email address your application's mail will come from."),
        )
        self.language = QComboBox()
        for code, name in translations.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        current = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.provider = QComboBox()
        self.provider.addItem(self.tr("Other / I'll enter the server myself"), "")
        for preset in providers.presets():
            self.provider.addItem(preset.name, preset.id)
        self.add_field(
            form,
            self.tr("&Mail provider"),
            self.provider,
            "provider",
            description=self.tr("Pick your provider to fill in its server settings."),
        )
        self.add_field(
            form,
            self.tr("&Language"),
            self.language,
            "language",
            description=self.tr("The language of this wizard. It changes at once."),
        )
        self.discovery_slot = QVBoxLayout()
        layout.addLayout(self.discovery_slot)
        self._build_discovery()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.import_button = QPushButton(self.tr("&Import settings…"))
        self.import_button.setToolTip(
            self.tr("Fill the wizard from an application's settings: paste them or open the file.")
        )
        self.import_button.clicked.connect(self.open_import)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.import_dialog: ImportDialog | None = None
        layout.addStretch(1)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.reload()

    # -- Import settings ----------------------------------------------------------
    def open_import(self) -> None:
        # The targets (~25 modules) load when the dialog first opens (issue 15).
        from wizard.ui.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self)
        self.import_dialog.accepted.connect(self._imported)
        self.import_dialog.open()

    def _imported(self) -> None:
        dialog = self.import_dialog
        if dialog is None or dialog.imported is None or dialog.target is None:
            return
        self.cancel_discovery()
        label = QCoreApplication.translate("Targets", dialog.target.label)
        self.wiz.use_imported(dialog.imported, label)
        profile = self.draft
        said = (
            self.tr("Imported from %1: %2, port %3, %4. The next pages are filled in.")
            .replace("%1", label)
            .replace("%2", profile.host)
            .replace("%3", str(profile.effective_port))
            .replace("%4", SECURITY_TEXT[profile.security.value])
        )
        warnings = [w.text(QCoreApplication.translate) for w in dialog.imported.warnings]
        self._say("\n".join([said, *warnings]))
        self.use_button.setVisible(False)

    def _language_changed(self) -> None:
        self.store()
        # Deferred: the combo box that sent this signal is rebuilt with the window.
        QTimer.singleShot(0, lambda: self.wiz.language_requested.emit(self.language.currentData()))

    # -- Find my settings -----------------------------------------------------------
    def _build_discovery(self) -> None:
        row = QHBoxLayout()
        self.find_button = QPushButton(self.tr("&Find my settings"))
        self.find_button.setToolTip(
            self.tr("Look up the outgoing server for this address and check that it answers.")
        )
        self.find_button.clicked.connect(self.start_discovery)
        self.cancel_find = QPushButton(self.tr("S&top looking"))
        self.cancel_find.setEnabled(False)
        self.cancel_find.clicked.connect(self.cancel_discovery)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Looking for settings"))
        row.addWidget(self.find_button)
        row.addWidget(self.cancel_find)
        row.addWidget(self.busy)
        # Next waits while discovery runs (isComplete), so each change re-asks it.
        self.discovery: BusyWork[DiscoveryResult] = BusyWork(
            self.find_button,
            self.cancel_find,
            busy=self.busy,
            gone=lambda: self.wiz.gone,
            changed=self.completeChanged.emit,
        )
        row.addStretch(1)
        self.discovery_slot.addLayout(row)
        self.sources_box = QGroupBox(self.tr("Where we looked"))
        grid = QGridLayout(self.sources_box)
        self.source_states: dict[Source, QLabel] = {}
        for index, source in enumerate(Source):
            name = QLabel(QCoreApplication.translate("Discovery", SOURCE_LABELS[source]))
            state = QLabel()
            state.setAccessibleName(name.text())
            grid.addWidget(name, index, 0)
            grid.addWidget(state, index, 1)
            self.source_states[source] = state
        grid.setColumnStretch(1, 1)
        self.sources_box.setVisible(False)
        self.discovery_slot.addWidget(self.sources_box)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setObjectName("discoveryResult")
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setVisible(False)
        self.discovery_slot.addWidget(self.found)
        self.use_button = QPushButton(self.tr("&Use this server"))
        self.use_button.setVisible(False)
        self.use_button.clicked.connect(self._confirm_untrusted)
        self.discovery_slot.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)

    @property
    def discovering(self) -> bool:
        return self.discovery.running

    @property
    def discovery_task(self) -> asyncio.Task[DiscoveryResult] | None:
        return self.discovery.task

    def start_discovery(self) -> None:
        if self.discovering:
            return
        self.store()
        address = self.draft.from_address
        if not address or check_address(address):
            self._touched.add("from_address")
            self.refresh_errors()
            self.address.setFocus()
            return
        self.sources_box.setVisible(True)
        self.found.setVisible(False)
        self.use_button.setVisible(False)
        for label in self.source_states.values():
            label.setText("")
        self.completeChanged.emit()
        ctx = self.wiz.ctx
        # An unexpected error reaches the app's exception hook (BusyWork).
        from wizard.core.discovery import discover

        self.discovery.start(
            discover(address, ctx.dns, ctx.discovery, self._on_source), self._discovery_done
        )

    def _on_source(self, update: SourceUpdate) -> None:
        self.source_states[update.source].setText(state_text(update.state))

    def cancel_discovery(self) -> None:
        self.discovery.cancel()

    def _discovery_done(self, task: asyncio.Task[DiscoveryResult]) -> None:
        if task.cancelled():
            for source, label in self.source_states.items():
                if not label.text() or label.text() == state_text(SourceState.RUNNING):
                    self.source_states[source].setText(self.tr("Stopped"))
            self._say(
                self.tr(
                    "Stopped. You can pick your provider in the Mail provider list, or try again."
                )
            )
            return
        if task.exception() is not None:
            self._say(
                self.tr(
                    "Looking up the settings failed. Pick your provider in the Mail provider list."
                )
            )
            return
        result = task.result()
        best = result.best
        if best is None:
            self._say(
                self.tr(
                    "No settings found for this address. Pick your provider in the Mail provider "
                    'list, or choose "Other" and enter the server your provider gives you.'
                )
            )
            self.provider.setFocus()
            return
        found_by = QCoreApplication.translate("Discovery", SOURCE_LABELS[best.source])
        summary = (
            self.tr("Found %1, port %2, %3 (from: %4).")
            .replace("%1", best.host)
            .replace("%2", str(best.port))  # a port is a code, never "32,827"
            .replace("%3", SECURITY_TEXT[best.security.value])
            .replace("%4", found_by)
        )
        if best.trusted:
            self.wiz.use_discovered(best)
            self._say(summary + " " + self.tr("The next page is filled in with these settings."))
        else:
            self.pending_candidate = best
            self._say(
                summary
                + " "
                + self.tr(
                    "This server is outside your domain (%1), so it is not confirmed. Use it "
                    "only if you know it belongs to your mail provider."
                ).replace("%1", self.draft.from_address.rpartition("@")[2])
            )
            self.use_button.setVisible(True)

    pending_candidate: Candidate | None = None

    def _confirm_untrusted(self) -> None:
        if self.pending_candidate is not None:
            self.wiz.use_discovered(self.pending_candidate)
            self.use_button.setVisible(False)
            self._say(self.found.text() + " " + self.tr("Using it."))

    def _say(self, text: str) -> None:
        self.found.setText(text)
        self.found.setVisible(True)

    def isComplete(self) -> bool:
        return not self.discovering and super().isComplete()

    def cleanupPage(self) -> None:
        self.cancel_discovery()

    def _provider_changed(self) -> None:
        preset = providers.by_id(self.provider.currentData() or "")
        self.hint.setText(QCoreApplication.translate("Provider", preset.hint) if preset else "")

    def load(self) -> None:
        self.address.setText(self.draft.from_address)
        index = self.provider.findData(self.wiz.provider_id)
        self.provider.setCurrentIndex(max(index, 0))

    def store(self) -> None:
        self.draft.from_address = self.address.text().strip()

    def validatePage(self) -> bool:
        if not super().validatePage():
            return False
        address = self.draft.from_address
        chosen = self.provider.currentData() or ""
        if not chosen and self.wiz.settings_source != "discovered":
            guess = providers.for_address(address)
            chosen = guess.id if guess and not self.draft.host else ""
        if chosen and chosen != self.wiz.provider_id:
            self.wiz.use_provider(chosen)
        if self.draft.auth and not self.draft.username:
            self.draft.username = address
        self.wiz.reload_pages()
        return True
