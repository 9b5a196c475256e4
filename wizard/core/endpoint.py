"""Parse what people paste into the Host field.

coreBOS documents ``ssl://smtp.gmail.com:465`` and ``tls://host:587`` in its
host field (and, in its own guide, the typo ``tsl://``); others paste URLs
(``smtp://``, ``smtps://``), ``host:port`` or bracketed IPv6 literals. IDN
names are converted to A-labels with IDNA 2008 and the UTS 46 mapping,
non-transitional (the ``idna`` package): ``straße.de`` stays ``xn--strae-oqa.de``
as registries and browsers have it, where Python's built-in IDNA 2003 codec
turns it into ``strasse.de``, someone else's domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .asciinum import NumberError, ascii_int, ip_literal, ipv6_literal
from .model import Security

# Scheme -> security. "tls" in coreBOS means STARTTLS on 587, "ssl" implicit TLS.
_SCHEMES: dict[str, Security] = {
    "ssl": Security.SSL,
    "smtps": Security.SSL,
    "tls": Security.STARTTLS,
    "tsl": Security.STARTTLS,  # typo in coreBOS's own documentation
    "starttls": Security.STARTTLS,
    "submission": Security.STARTTLS,
}
# "smtp://" names no security: Symfony treats it as opportunistic STARTTLS, others
# as plain. We never guess a downgrade, so it leaves the security choice as it is.
_NEUTRAL_SCHEMES = {"smtp"}

_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


class EndpointError(ValueError):
    """The host field cannot be understood; ``code`` is a stable field-error code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Endpoint:
    host: str  # A-label form, or an IP address without brackets
    port: int | None  # None: not given, use the security's default
    security: Security | None  # None: not given by a scheme


def to_ascii_host(host: str) -> str:
    """Return ``host`` as an ASCII hostname (A-labels) or IP literal, or raise."""
    host = host.strip().rstrip(".")
    if not host:
        raise EndpointError("host.empty")
    if any(ord(c) < 32 or ord(c) == 127 or c.isspace() for c in host):
        raise EndpointError("host.invalid")
    try:
        return ip_literal(host)
    except ValueError:
        pass
    if host.isascii():
        ascii_host = host.lower()
        # An A-label must decode (RFC 5891 5.4): "xn--" followed by junk is no name.
        if any(
            label.startswith("xn--") and not _valid_a_label(label)
            for label in ascii_host.split(".")
        ):
            raise EndpointError("host.idna")
    else:
        import idna  # only for names that need it (~2 ms to load; issue 15)

        try:
            # UTS 46 mapping (case folding, full-width dots), non-transitional: ß stays ß.
            ascii_host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise EndpointError("host.idna") from None
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise EndpointError("host.invalid")
    return ascii_host


def _valid_a_label(label: str) -> bool:
    import idna

    try:
        idna.decode(label)
    except (idna.IDNAError, UnicodeError):
        return False
    return True


def parse_endpoint(text: str) -> Endpoint:
    """Split a Host-field value into host, optional port and optional security."""
    text = text.strip()
    if not text:
        raise EndpointError("host.empty")
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise EndpointError("control_chars")
    security: Security | None = None
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://(.*)$", text)
    if match:
        scheme = match.group(1).lower()
        if scheme not in _SCHEMES and scheme not in _NEUTRAL_SCHEMES:
            raise EndpointError("host.scheme")
        security = _SCHEMES.get(scheme)
        text = match.group(2)
        # A URL may carry a path or user part: neither belongs in a host field.
        if "@" in text:
            text = text.rsplit("@", 1)[1]
        text = text.split("/", 1)[0]

    port: int | None = None
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise EndpointError("host.invalid")
        host_part, rest = text[1:end], text[end + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise EndpointError("host.invalid")
            port = _parse_port(rest[1:])
        try:
            host = ipv6_literal(host_part)
        except ValueError:
            raise EndpointError("host.invalid") from None
        return Endpoint(host, port, security)

    if text.count(":") == 1:
        text, port_text = text.split(":")
        port = _parse_port(port_text)
    elif text.count(":") > 1:
        # A bare IPv6 address without brackets: no port can be told apart.
        try:
            return Endpoint(ipv6_literal(text), None, security)
        except ValueError:
            raise EndpointError("host.invalid") from None
    return Endpoint(to_ascii_host(text), port, security)


PORT_MIN, PORT_MAX = 1, 65535  # TCP port 0 is reserved; nothing listens there


def parse_port(text: str) -> int:
    """A TCP port as people type it: ASCII digits only (no ``２５``, no ``٤٦٥``),
    1-65535. The one port parser: the Host field, ``--port``, ``--nameserver``
    and every import go through it. Raises EndpointError ``port.invalid`` or
    ``port.range``."""
    try:
        return ascii_int(text, PORT_MIN, PORT_MAX)
    except NumberError as exc:
        raise EndpointError(f"port.{exc.reason}") from None


def _parse_port(text: str) -> int:
    return parse_port(text.strip())


def format_host_port(host: str, port: int) -> str:
    """``host:port`` with IPv6 literals bracketed."""
    if ":" in host:
        return f"[{host}]:{port}"
    return f"{host}:{port}"


def ehlo_name(local_address: str) -> str:
    """What we say in EHLO: our own address as an address literal (RFC 5321 4.1.3),
    since we have no name the server could check."""
    return f"[IPv6:{local_address}]" if ":" in local_address else f"[{local_address}]"


def security_for_port(port: int) -> Security | None:
    """The security a well-known submission port implies (RFC 8314), if any."""
    return {465: Security.SSL, 587: Security.STARTTLS}.get(port)
