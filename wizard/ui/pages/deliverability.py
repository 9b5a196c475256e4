from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from wizard.ui.pages.base import WizardPage


class DeliverabilityPage(WizardPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deliverability"))
        self.setSubTitle(self.tr("Will your mail land in the inbox?"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Coming soon: this page will check your sender domain's SPF record (does it allow "
                "this server to send for you?), its DMARC policy, its MX records, and whether the "
                "server's address is on a public blocklist. Nothing is checked yet; you can go on."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
