from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wizard.core.endpoint import EndpointError, parse_endpoint, security_for_port
from wizard.core.model import Security
from wizard.ui.pages.base import WizardPage


def security_names() -> dict[Security, str]:
    return {
        Security.STARTTLS: QCoreApplication.translate("ServerPage", "STARTTLS (usually port 587)"),
        Security.SSL: QCoreApplication.translate("ServerPage", "SSL/TLS (usually port 465)"),
        Security.NONE: QCoreApplication.translate(
            "ServerPage", "None — unencrypted (not recommended)"
        ),
    }


class ServerPage(WizardPage):
    FIELDS = ("host", "port", "ca_file")

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Server"))
        self.setSubTitle(self.tr("Where the application connects to send mail."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("smtp.example.com or ssl://smtp.example.com:465"))
        self.host.textChanged.connect(self._host_edited)
        self.host.editingFinished.connect(self._split_host)
        self._last_host = ""
        self.add_field(
            form,
            self.tr("&Server (host)"),
            self.host,
            "host",
            required=True,
            description=self.tr(
                "The outgoing (SMTP) server name. You can paste ssl://host:465 or tls://host:587."
            ),
        )
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.valueChanged.connect(self.changed)
        self.add_field(form, self.tr("&Port"), self.port, "port", required=True)
        self.security = QComboBox()
        for value, name in security_names().items():
            self.security.addItem(name, value.value)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.add_field(
            form,
            self.tr("S&ecurity"),
            self.security,
            "security",
            description=self.tr("How the connection is encrypted."),
        )
        ca_row = QWidget()
        row = QHBoxLayout(ca_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Only for servers with a private company CA"))
        self.ca_file.textChanged.connect(self.changed)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse_ca)
        row.addWidget(self.ca_file, 1)
        row.addWidget(browse)
        label = self.add_field(
            form,
            self.tr("Trusted &CA certificate"),
            ca_row,
            "ca_file",
            description=self.tr(
                "A PEM file with the certificate of the "
                "authority that signed the server's "
                "certificate."
            ),
        )
        # The label, the name and the description belong to the line edit, not its row
        # (a screen reader announces the field that has the focus).
        label.setBuddy(self.ca_file)
        self.ca_file.setAccessibleName(ca_row.accessibleName())
        self.ca_file.setAccessibleDescription(ca_row.accessibleDescription())
        self.source = QLabel()
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        layout.addStretch(1)
        self.reload()

    def _host_edited(self, text: str) -> None:
        if self._loading:
            return
        pasted = len(text) - len(self._last_host) > 1
        self._last_host = text
        self.wiz.settings_source = "manual"
        if pasted:
            self._split_host()
        else:
            self.changed()

    def _split_host(self) -> None:
        """Pasting (or leaving the field with) "ssl://smtp.gmail.com:465" splits it
        into host, port and security. Not on each keystroke: "host:5" is not final."""
        text = self.host.text()
        if "://" in text or text.count(":") == 1 or text.startswith("["):
            try:
                endpoint = parse_endpoint(text)
            except EndpointError:
                self.changed()
                return
            self._loading = True
            try:
                self.host.setText(endpoint.host)
                security = endpoint.security or (
                    security_for_port(endpoint.port) if endpoint.port else None
                )
                if security is not None:
                    self.security.setCurrentIndex(self.security.findData(security.value))
                if endpoint.port:
                    self.port.setValue(endpoint.port)
                elif security is not None:
                    self.port.setValue(security.default_port)
            finally:
                self._loading = False
            self._last_host = self.host.text()
        self.changed()

    def _security_changed(self) -> None:
        if not self._loading:
            security = Security(self.security.currentData())
            # Moving between the standard ports follows the security choice.
            if self.port.value() in (25, 465, 587):
                self.port.setValue(security.default_port)
        self.changed()

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trusted CA certificate"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if path:
            self.ca_file.setText(path)

    def load(self) -> None:
        self._last_host = self.draft.host
        self.ca_file.setText(self.draft.ca_file)
        self.host.setText(self.draft.host)
        self.port.setValue(self.draft.effective_port)
        self.security.setCurrentIndex(self.security.findData(self.draft.security.value))
        self.source.setText(self.wiz.source_text())

    def store(self) -> None:
        self.draft.host = self.host.text().strip()
        self.draft.port = self.port.value()
        self.draft.security = Security(self.security.currentData())
        self.draft.ca_file = self.ca_file.text().strip()

    def initializePage(self) -> None:
        self.source.setText(self.wiz.source_text())
