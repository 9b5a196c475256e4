"""What the wizard's test trusted, for the generic formats (JSON, .env, URL / DSN):
a format that can name the CA file does; one that cannot says so in a warning."""

from __future__ import annotations

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile

from .base import Text

# Context "Export": the generic formats' messages kept their context when they moved
# from wizard/core/export.py (issue 14), and with it their translations.
CA_NOTE = QT_TRANSLATE_NOOP(
    "Export",
    "This format cannot name a CA file. Configure your application to trust "
    "the CA certificate in {path} (Nodemailer: tls.ca with the file's contents; "
    "Symfony: the ssl cafile stream option), or its connection will fail where "
    "the wizard's test passed.",
)
# A pinned certificate (issue 13: "Trust this certificate"): JSON and .env carry its
# SHA-256; every other target says so (the DSN's peer_fingerprint option exists only
# from Symfony 6 on: Debian's 5.4 and Nodemailer's URL form have none).
PIN_NOTE = QT_TRANSLATE_NOOP(
    "Export",
    "This format cannot carry a trusted certificate. The wizard's test trusted "
    "the server's certificate by its SHA-256 fingerprint {fingerprint}, not by a "
    "certificate authority: configure your application to accept that certificate "
    "(msmtp: tls_fingerprint; Nodemailer: a checkServerIdentity that compares "
    "fingerprint256), or its connection will fail where the wizard's test passed.",
)


def trust_warnings(profile: Profile, carried: bool, pin_carried: bool = False) -> tuple[Text, ...]:
    """The CA-file warning (placeholder ``{path}``) unless the format ``carried`` it,
    and the pinned-certificate warning (``{fingerprint}``) unless ``pin_carried``."""
    found: list[Text] = []
    if profile.ca_file and not carried:
        found.append(Text(CA_NOTE, {"path": profile.ca_file}, context="Export"))
    if profile.cert_pin and not pin_carried:
        found.append(pin_warning(profile))
    return tuple(found)


def pin_warning(profile: Profile) -> Text:
    return Text(PIN_NOTE, {"fingerprint": profile.cert_pin}, context="Export")
