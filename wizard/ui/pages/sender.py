from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from wizard.core.model import FromPolicy
from wizard.ui.pages.base import WizardPage

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost


class SenderPage(WizardPage):
    FIELDS = ("from_address", "display_name", "allowed_domains")

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sender"))
        self.setSubTitle(self.tr("Which From address the application puts on its mail."))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.radios: dict[FromPolicy, QRadioButton] = {}
        choices = (
            (
                FromPolicy.FIXED_FROM,
                self.tr("Always send from &one address"),
                self.tr(
                    "Every message comes from the address below; replies go to the user "
                    "who sent it (Reply-To). Works with every server."
                ),
            ),
            (
                FromPolicy.SEND_AS_USER,
                self.tr("Send &as each user"),
                self.tr(
                    "Each message comes from its user's own address. The server must allow "
                    'this account to send as them ("send as" rights).'
                ),
            ),
            (
                FromPolicy.ALLOWED_DOMAINS,
                self.tr("Keep the user's address when its &domain is allowed"),
                self.tr(
                    "Users of the listed domains send as themselves; everyone else sends from "
                    "the address below."
                ),
            ),
        )
        for policy, title, explanation in choices:
            radio = QRadioButton(title)
            radio.setAccessibleDescription(explanation)
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setIndent(24)
            self.group.addButton(radio)
            self.radios[policy] = radio
            layout.addWidget(radio)
            layout.addWidget(note)
            radio.toggled.connect(self._policy_changed)
        form = QFormLayout()
        layout.addLayout(form)
        self.from_address = QLineEdit()
        self.from_address.textChanged.connect(self.changed)
        self.add_field(
            form, self.tr("Default &From address"), self.from_address, "from_address", required=True
        )
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. Example Ltd"))
        self.display_name.textChanged.connect(self.changed)
        self.add_field(form, self.tr("Displa&y name"), self.display_name, "display_name")
        self.domains = QLineEdit()
        self.domains.setPlaceholderText(self.tr("example.com, example.org"))
        self.domains.textChanged.connect(self.changed)
        self.domains_label = self.add_field(
            form, self.tr("Allowed do&mains"), self.domains, "allowed_domains", required=True
        )
        layout.addStretch(1)
        self.reload()

    def _policy_changed(self) -> None:
        allowed = self.radios[FromPolicy.ALLOWED_DOMAINS].isChecked()
        self.domains.setEnabled(allowed)
        self.changed()

    def load(self) -> None:
        self.radios[self.draft.from_policy].setChecked(True)
        self.from_address.setText(self.draft.from_address)
        self.display_name.setText(self.draft.display_name)
        self.domains.setText(", ".join(self.draft.allowed_domains))
        self.domains.setEnabled(self.draft.from_policy is FromPolicy.ALLOWED_DOMAINS)

    def store(self) -> None:
        for policy, radio in self.radios.items():
            if radio.isChecked():
                self.draft.from_policy = policy
        self.draft.from_address = self.from_address.text().strip()
        self.draft.display_name = self.display_name.text().strip()
        self.draft.allowed_domains = [
            d.strip().lower() for d in self.domains.text().replace(";", ",").split(",") if d.strip()
        ]

    def initializePage(self) -> None:
        self.reload()
