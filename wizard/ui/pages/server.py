from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths, Qt
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

from wizard.core.endpoint import Endpoint, EndpointError, parse_endpoint, security_for_port
from wizard.core.model import Security
from wizard.ui.pages.base import WizardPage

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost


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

    def __init__(self, wizard: WizardHost) -> None:
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
            self.tr("&Server name"),
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
        self.ca_file.setPlaceholderText(self.tr("Usually left empty"))
        self.ca_file.textChanged.connect(self.changed)
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.browse_button.clicked.connect(self._browse_ca)
        row.addWidget(self.ca_file, 1)
        row.addWidget(self.browse_button)
        ca_help = self.tr("Only if your IT department gave you one for a private mail server.")
        label = self.add_field(
            form, self.tr("&Company certificate (CA file)"), ca_row, "ca_file", description=ca_help
        )
        # "CA" is jargon: the one line that says whether this concerns you is on screen,
        # under the field (and its error), not only in a tooltip.
        self.ca_help = QLabel(ca_help)
        self.ca_help.setWordWrap(True)
        self.ca_help.setObjectName("fieldHelp")
        ca_box = ca_row.parentWidget()
        ca_column = ca_box.layout() if ca_box is not None else None
        assert ca_column is not None  # add_field put the row in a column of its own
        ca_column.addWidget(self.ca_help)
        # The label, the name and the description belong to the line edit, not its row
        # (a screen reader announces the field that has the focus).
        label.setBuddy(self.ca_file)
        self.ca_file.setAccessibleName(ca_row.accessibleName())
        self.ca_file.setAccessibleDescription(ca_row.accessibleDescription())
        # The certificate trusted by its fingerprint ("Trust this certificate" on the Test
        # page), shown only while there is one, with the way to stop trusting it.
        self.pin_row = QWidget()
        pin_layout = QHBoxLayout(self.pin_row)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        self.pin_label = QLabel()
        self.pin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pin_label.setWordWrap(True)
        self.pin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forget_pin_button = QPushButton(self.tr("&Forget it"))
        self.forget_pin_button.setAccessibleName(self.tr("Forget the trusted certificate"))
        self.forget_pin_button.clicked.connect(self.forget_pin)
        pin_layout.addWidget(self.pin_label, 1)
        pin_layout.addWidget(self.forget_pin_button)
        layout.addWidget(self.pin_row)
        self.source = QLabel()
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        layout.addStretch(1)
        self.reload()

    def _host_edited(self, text: str) -> None:
        if self._loading:
            return
        typed = _one_keystroke(self._last_host, text)
        self._last_host = text
        self.wiz.settings_source = "manual"
        if typed:
            # Not split on each keystroke ("host:5" is not final), but the draft follows
            # what the text means, so a complete host or URL enables Next at once.
            self.changed()
        else:
            self._split_host()  # a paste, a drop or a replaced selection: final

    def _endpoint(self) -> Endpoint | None:
        try:
            return parse_endpoint(self.host.text())
        except EndpointError:
            return None

    def _split_host(self) -> None:
        """Pasting (or leaving the field with) "ssl://smtp.gmail.com:465" splits it
        into host, port and security. Not on each keystroke: "host:5" is not final."""
        text = self.host.text()
        endpoint = self._endpoint()
        if endpoint is not None and ("://" in text or text.count(":") == 1 or text.startswith("[")):
            self._loading = True
            try:
                self.host.setText(endpoint.host)
                security = _security_of(endpoint)
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

    def errors(self) -> dict[str, str]:
        found = super().errors()
        # Say what is wrong with the text as typed ("port 99999"), not with a part of it.
        try:
            parse_endpoint(self.host.text())
        except EndpointError as exc:
            found["host"] = exc.code
        return found

    def _security_changed(self) -> None:
        if not self._loading:
            security = Security(self.security.currentData())
            # Moving between the standard ports follows the security choice.
            if self.port.value() in (25, 465, 587):
                self.port.setValue(security.default_port)
        self.changed()

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Company certificate (CA file)"),
            ca_start_dir(self.ca_file.text()),
            self.tr("Certificates (*.pem *.crt *.cer)"),
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
        self._show_pin()

    def _show_pin(self) -> None:
        pin = self.draft.cert_pin
        self.pin_label.setText(
            self.tr(
                "Trusted certificate (by its SHA-256 fingerprint, without a CA or name check): %1"
            ).replace("%1", pin)
        )
        self.pin_row.setVisible(bool(pin))

    def forget_pin(self) -> None:
        """Stop trusting the pinned certificate: the CA and name checks apply again."""
        self.draft.cert_pin = ""
        self._show_pin()
        self.wiz.settings_changed()
        self.ca_file.setFocus()

    def store(self) -> None:
        endpoint = self._endpoint()
        security = Security(self.security.currentData())
        port = self.port.value()
        if endpoint is None:
            self.draft.host = self.host.text().strip()  # validation says what is wrong
        else:
            # Until the text is split, what it says wins over the fields below it.
            self.draft.host = endpoint.host
            named = _security_of(endpoint)
            if named is not None:
                security = named
            if endpoint.port:
                port = endpoint.port
            elif named is not None:
                port = named.default_port
        self.draft.port = port
        self.draft.security = security
        self.draft.ca_file = self.ca_file.text().strip()

    def validatePage(self) -> bool:
        self._split_host()  # Alt+N leaves the page without leaving the field
        return super().validatePage()

    def cleanupPage(self) -> None:
        self._split_host()
        super().cleanupPage()

    def initializePage(self) -> None:
        self.source.setText(self.wiz.source_text())


def _security_of(endpoint: Endpoint) -> Security | None:
    """The security the text names, by scheme or by a well-known port."""
    return endpoint.security or (security_for_port(endpoint.port) if endpoint.port else None)


def _one_keystroke(before: str, after: str) -> bool:
    """Whether ``after`` differs from ``before`` by at most one character put in (a key
    typed, perhaps over a selection, or characters erased). More is a paste or a drop:
    a whole new value, even when it replaced a longer selection."""
    prefix = _common_length(before, after)
    room = min(len(before), len(after)) - prefix
    suffix = _common_length(before[::-1], after[::-1])
    return len(after) - prefix - min(suffix, room) <= 1


def _common_length(a: str, b: str) -> int:
    for index, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return index
    return min(len(a), len(b))


def ca_start_dir(typed: str) -> str:
    """Where the CA file dialog opens: the folder of the file already named, else the
    user's Documents, else home - never the folder the app was started from."""
    if typed.strip():
        folder = Path(typed.strip()).expanduser().parent
        if folder.is_absolute() and folder.is_dir():
            return str(folder)
    for candidate in QStandardPaths.standardLocations(
        QStandardPaths.StandardLocation.DocumentsLocation
    ):
        if Path(candidate).is_dir():
            return candidate
    return QDir.homePath()
