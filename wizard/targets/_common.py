"""Helpers the target modules share: building the imported setup with its checks,
the messages every import can give, and small quoting helpers."""

from __future__ import annotations

import re
from email.utils import parseaddr

from wizard.core.endpoint import EndpointError, parse_port, to_ascii_host
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from .base import Imported, ImportError_, Text

NOT_THIS = QT_TRANSLATE_NOOP("Targets", "This text is not in the {format} format.")
NO_HOST = QT_TRANSLATE_NOOP("Targets", "No server name was found in the {format} text.")
BAD_HOST = QT_TRANSLATE_NOOP(
    "Targets", "The server name in the {format} text is not a valid host name."
)
BAD_PORT = QT_TRANSLATE_NOOP(
    "Targets", "The port in the {format} text is not a number from 1 to 65535."
)


# An import whose text lets the application go on unencrypted when the server offers
# no STARTTLS (Symfony's smtp://, Laravel's smtp, Nodemailer's secure: false, Postfix
# "may"): the setup is imported as STARTTLS, which the wizard's test then requires.
OPPORTUNISTIC = QT_TRANSLATE_NOOP(
    "Targets",
    "These settings use STARTTLS only when the server offers it, and would send "
    "unencrypted otherwise. They were imported as STARTTLS, which the test requires; "
    "export them again to have the application insist on it too.",
)


def opportunistic(insists: bool) -> tuple[Text, ...]:
    """The OPPORTUNISTIC warning unless the text ``insists`` on STARTTLS."""
    return () if insists else (Text(OPPORTUNISTIC),)


def not_this(label: str) -> ImportError_:
    return ImportError_(Text(NOT_THIS, {"format": label}))


def port_number(value: object, label: str) -> int:
    """A port from text or a number; anything else is the import's error."""
    if isinstance(value, bool):  # JSON true is an int to Python, not a port
        raise ImportError_(Text(BAD_PORT, {"format": label}))
    try:
        return parse_port(str(value).strip())
    except EndpointError:
        raise ImportError_(Text(BAD_PORT, {"format": label})) from None


def imported(
    label: str,
    *,
    host: str,
    port: object,
    security: Security,
    username: str = "",
    password: str | None = None,
    from_address: str = "",
    display_name: str = "",
    ca_file: str = "",
    auth: bool | None = None,
    name: str = "",
    warnings: tuple[Text, ...] = (),
) -> Imported:
    """The setup an import read, checked: a host, a port in range."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host:
        raise ImportError_(Text(NO_HOST, {"format": label}))
    try:
        to_ascii_host(host)
    except EndpointError:
        raise ImportError_(Text(BAD_HOST, {"format": label})) from None
    profile = Profile(
        name=name.strip(),
        host=host,
        port=port_number(port, label),
        security=security,
        auth=bool(username) if auth is None else auth,
        username=username,
        from_address=from_address.strip(),
        display_name=display_name,
        ca_file=ca_file,
    )
    return Imported(profile, password if password else None, warnings)


def mailbox(profile: Profile) -> str:
    """The From as ``Name <address>`` (RFC 5322 quoting) or the bare address."""
    if not profile.from_address:
        return ""
    if not profile.display_name:
        return profile.from_address
    # charset=None: keep a non-ASCII name as it is (the consumer encodes the header).
    name = profile.display_name
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{profile.from_address}>"


def split_mailbox(text: str) -> tuple[str, str]:
    """(display name, address) from ``Name <address>`` or a bare address."""
    name, address = parseaddr(text)
    if not address and text.strip():
        return "", text.strip()
    return name, address


def lines(text: str) -> list[str]:
    """The lines of a config file as its consumer splits them: at LF (a CR before it
    dropped). Not str.splitlines(), which also splits at U+001E, U+0085, U+2028...
    that a value may hold."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def one_line(value: str) -> bool:
    """Whether ``value`` fits on one line of a config file."""
    return not any(c in value for c in "\r\n\x00\u2028\u2029\x85\x0b\x0c")
