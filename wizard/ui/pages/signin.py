from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wizard.core import providers
from wizard.core.model import AuthMechanism, Security
from wizard.ui.pages.base import WizardPage

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost


class SignInPage(WizardPage):
    FIELDS = ("username", "password")

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sign-in"))
        self.setSubTitle(self.tr("Most servers only send mail for signed-in accounts."))
        layout = QVBoxLayout(self)
        self.auth = QCheckBox(self.tr("The server requires &sign-in"))
        self.auth.toggled.connect(self._auth_toggled)
        layout.addWidget(self.auth)
        form = QFormLayout()
        layout.addLayout(form)
        self.username = QLineEdit()
        self.username.textChanged.connect(self.changed)
        self.add_field(
            form,
            self.tr("&User name"),
            self.username,
            "username",
            required=True,
            description=self.tr("Often the full email address."),
        )
        password_row = QWidget()
        row = QHBoxLayout(password_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._password_changed)
        self.show_password = QCheckBox(self.tr("S&how"))
        self.show_password.setAccessibleName(self.tr("Show password"))
        self.show_password.toggled.connect(self._toggle_echo)
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        label = self.add_field(
            form,
            self.tr("&Password"),
            password_row,
            "password",
            description=self.tr("The account's password or app password."),
        )
        label.setBuddy(self.password)
        self.password.setAccessibleName(self.tr("Password"))
        self.mechanism = QComboBox()
        self.mechanism.addItem(self.tr("Automatic (recommended)"), AuthMechanism.AUTO.value)
        for mechanism in (AuthMechanism.PLAIN, AuthMechanism.LOGIN, AuthMechanism.CRAM_MD5):
            self.mechanism.addItem(mechanism.value, mechanism.value)
        self.mechanism.currentIndexChanged.connect(self.changed)
        self.add_field(form, self.tr("Sign-in &method"), self.mechanism, "mechanism")
        self.plaintext = QCheckBox(
            self.tr("&Allow sending the password unencrypted (only on a trusted internal network)")
        )
        self.plaintext.toggled.connect(self.changed)
        layout.addWidget(self.plaintext)
        self.storage = QLabel()
        self.storage.setWordWrap(True)
        self.storage.setObjectName("storageNote")
        layout.addWidget(self.storage)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("providerHint")
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.reload()

    def _toggle_echo(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _password_changed(self, text: str) -> None:
        if not self._loading:
            self.wiz.password = text
            self.wiz.settings_changed()

    def _auth_toggled(self, on: bool) -> None:
        for widget in (self.username, self.password, self.show_password, self.mechanism):
            widget.setEnabled(on)
        self.changed()

    def load(self) -> None:
        self.auth.setChecked(self.draft.auth)
        self._auth_toggled(self.draft.auth)
        self.username.setText(self.draft.username)
        self.password.setText(self.wiz.password)
        self.mechanism.setCurrentIndex(self.mechanism.findData(self.draft.mechanism.value))
        self.plaintext.setChecked(self.draft.allow_plaintext_auth)
        self.plaintext.setVisible(self.draft.security is Security.NONE)
        self.update_storage_note()
        preset = providers.by_id(self.wiz.provider_id)
        self.hint.setText(QCoreApplication.translate("Provider", preset.hint) if preset else "")

    def update_storage_note(self) -> None:
        text, params = self.wiz.ctx.secrets.where()
        text = QCoreApplication.translate("SecretStore", text)
        names = {k: QCoreApplication.translate("SecretStore", v) for k, v in params.items()}
        self.storage.setText(text.format(**names))

    def store(self) -> None:
        self.draft.auth = self.auth.isChecked()
        self.draft.username = self.username.text().strip()
        self.draft.mechanism = AuthMechanism(self.mechanism.currentData())
        self.draft.allow_plaintext_auth = (
            self.plaintext.isChecked() and self.draft.security is Security.NONE
        )

    def initializePage(self) -> None:
        self.plaintext.setVisible(self.draft.security is Security.NONE)
        self.update_storage_note()
