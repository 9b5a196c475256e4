from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from wizard.core import providers
from wizard.ui.pages.base import WizardPage


class StartPage(WizardPage):
    FIELDS = ("from_address",)

    def __init__(self, wizard) -> None:
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
        # Discovery ("Find my settings") will live here (its own issue).
        self.discovery_slot = QVBoxLayout()
        layout.addLayout(self.discovery_slot)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.reload()

    def _provider_changed(self) -> None:
        preset = providers.by_id(self.provider.currentData() or "")
        self.hint.setText(preset.hint if preset else "")

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
        if not chosen:
            guess = providers.for_address(address)
            chosen = guess.id if guess and not self.draft.host else ""
        if chosen and chosen != self.wiz.provider_id:
            self.wiz.use_provider(chosen)
        if self.draft.auth and not self.draft.username:
            self.draft.username = address
        self.wiz.reload_pages()
        return True
