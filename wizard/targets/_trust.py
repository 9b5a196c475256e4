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
# A pinned certificate fingerprint (a future Profile field) is added here the same
# way: carried by JSON and .env (and by the DSN's peer_fingerprint option once
# Symfony >= 6 is the target: Debian's 5.4 and Nodemailer's URL form have none).


def trust_warnings(profile: Profile, carried: bool) -> tuple[Text, ...]:
    """The CA-file warning (placeholder ``{path}``) unless the format ``carried`` it."""
    if profile.ca_file and not carried:
        return (Text(CA_NOTE, {"path": profile.ca_file}, context="Export"),)
    return ()
