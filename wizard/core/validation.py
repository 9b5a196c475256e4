"""Field-level validation with stable error codes.

Anything with CR, LF or another control character is rejected here, before
anything touches a socket: such a value could inject SMTP commands or headers.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .endpoint import EndpointError, to_ascii_host
from .i18n import QT_TRANSLATE_NOOP
from .model import FromPolicy, Profile

_CTX = "FieldError"

# Stable code -> English source text (translated by the presentation layer).
MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("FieldError", "This field is required."),
    "control_chars": QT_TRANSLATE_NOOP(
        "FieldError", "Line breaks and other control characters are not allowed here."
    ),
    "host.empty": QT_TRANSLATE_NOOP(
        "FieldError", "Enter the SMTP server's name, e.g. smtp.example.com."
    ),
    "host.invalid": QT_TRANSLATE_NOOP(
        "FieldError", "This is not a valid server name or IP address."
    ),
    "host.scheme": QT_TRANSLATE_NOOP(
        "FieldError",
        "Unknown prefix. Use ssl://, tls://, smtp:// or smtps://, or just the server name.",
    ),
    "port.invalid": QT_TRANSLATE_NOOP("FieldError", "The port must be a number, e.g. 587."),
    "port.range": QT_TRANSLATE_NOOP("FieldError", "The port must be between 1 and 65535."),
    "address.invalid": QT_TRANSLATE_NOOP(
        "FieldError", "This is not a valid email address (it should look like name@example.com)."
    ),
    "domain.invalid": QT_TRANSLATE_NOOP("FieldError", "This is not a valid domain name."),
    "bidi_chars": QT_TRANSLATE_NOOP(
        "FieldError",
        "Invisible text-direction characters (such as U+202E) are not allowed here: they make "
        "an address look different from what it is.",
    ),
    "address.local_too_long": QT_TRANSLATE_NOOP(
        "FieldError", "The part before the @ is too long (at most 64 bytes)."
    ),
    "address.domain_too_long": QT_TRANSLATE_NOOP(
        "FieldError", "The part after the @ is too long (at most 255 characters)."
    ),
    "address.too_long": QT_TRANSLATE_NOOP(
        "FieldError", "This address is too long (at most 254 bytes in all)."
    ),
    "host.idna": QT_TRANSLATE_NOOP(
        "FieldError",
        "This name has characters that are not allowed in a domain name (IDNA 2008), "
        "or a part of it is empty, too long or starts or ends with a hyphen.",
    ),
    "timeout.range": QT_TRANSLATE_NOOP(
        "FieldError", "The timeout must be between 1 and 300 seconds."
    ),
    "username.required": QT_TRANSLATE_NOOP(
        "FieldError", "Enter the user name for sign-in, or turn sign-in off."
    ),
    "name.required": QT_TRANSLATE_NOOP("FieldError", "Give this setup a name."),
    "name.taken": QT_TRANSLATE_NOOP("FieldError", "A saved setup already has this name."),
    "ca_file.missing": QT_TRANSLATE_NOOP("FieldError", "This certificate file does not exist."),
    "domains.required": QT_TRANSLATE_NOOP(
        "FieldError", "List at least one domain that may appear as the sender."
    ),
}


@dataclass(frozen=True)
class FieldError:
    field: str  # the Profile attribute (or CLI option) that caused it
    code: str  # stable, e.g. "address.invalid"

    @property
    def message(self) -> str:
        """English source text; translate with context ``FieldError``."""
        return MESSAGES[self.code]


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
# Explicit direction formatting (Unicode UAX #9): embeddings and overrides
# U+202A-202E, isolates U+2066-2069, marks U+200E/U+200F, plus the Arabic letter
# mark U+061C. In an address they make "moc.evil@ana" display as something else.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")

# RFC 5321 4.5.3.1: local part 64 octets, domain 255 octets, path 256 octets
# including the angle brackets, so the address itself at most 254.
MAX_LOCAL_OCTETS = 64
MAX_DOMAIN_OCTETS = 255
MAX_ADDRESS_OCTETS = 254
# Deliberately simple: a local part without spaces/brackets, an @, a domain.
_ADDRESS = re.compile(r"^[^\s@<>()\[\],;:\"]+@([^\s@<>()\[\],;:\"]+)$")


def has_control_chars(value: str) -> bool:
    return bool(_CONTROL.search(value))


def has_bidi_chars(value: str) -> bool:
    return bool(_BIDI.search(value))


def check_address(value: str) -> str | None:
    """Return an error code for an email address, or None if it is acceptable.

    Lengths are counted in octets as they go on the wire (RFC 5321 4.5.3.1, with
    RFC 6531: a non-ASCII local part travels as UTF-8, the domain as A-labels).
    """
    if has_control_chars(value):
        return "control_chars"
    if has_bidi_chars(value):
        return "bidi_chars"
    match = _ADDRESS.match(value.strip())
    if not match:
        return "address.invalid"
    local, domain = value.strip().rsplit("@", 1)
    if len(local.encode("utf-8")) > MAX_LOCAL_OCTETS:
        return "address.local_too_long"
    if len(domain.encode("utf-8")) > MAX_DOMAIN_OCTETS:
        return "address.domain_too_long"
    try:
        ascii_domain = to_ascii_host(domain)
    except EndpointError as exc:
        return "host.idna" if exc.code == "host.idna" else "address.invalid"
    if len(local.encode("utf-8")) + 1 + len(ascii_domain) > MAX_ADDRESS_OCTETS:
        return "address.too_long"
    return None


def needs_smtputf8(address: str) -> bool:
    """True when the local part is not ASCII: it can only travel with the
    SMTPUTF8 extension (RFC 6531). A non-ASCII domain does not need it: it goes
    as A-labels."""
    local, _, _ = address.strip().rpartition("@")
    return not local.isascii()


def check_domain(value: str) -> str | None:
    if has_control_chars(value):
        return "control_chars"
    if has_bidi_chars(value):
        return "bidi_chars"
    try:
        to_ascii_host(value)
    except EndpointError as exc:
        return "host.idna" if exc.code == "host.idna" else "domain.invalid"
    return None


def address_domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower()


def validate_profile(profile: Profile, *, require_name: bool = False) -> list[FieldError]:
    """Every problem with the profile, one per field, in form order."""
    errors: list[FieldError] = []
    if require_name and not profile.name.strip():
        errors.append(FieldError("name", "name.required"))
    elif has_control_chars(profile.name):
        errors.append(FieldError("name", "control_chars"))

    if has_control_chars(profile.host):
        errors.append(FieldError("host", "control_chars"))
    elif has_bidi_chars(profile.host):
        errors.append(FieldError("host", "bidi_chars"))
    else:
        try:
            to_ascii_host(profile.host)
        except EndpointError as exc:
            errors.append(FieldError("host", exc.code))
    if profile.port is not None and not 1 <= profile.port <= 65535:
        errors.append(FieldError("port", "port.range"))

    if profile.auth:
        if not profile.username.strip():
            errors.append(FieldError("username", "username.required"))
        elif has_control_chars(profile.username):
            errors.append(FieldError("username", "control_chars"))

    if not profile.from_address.strip():
        errors.append(FieldError("from_address", "required"))
    else:
        code = check_address(profile.from_address)
        if code:
            errors.append(FieldError("from_address", code))
    if has_control_chars(profile.display_name):
        errors.append(FieldError("display_name", "control_chars"))
    elif has_bidi_chars(profile.display_name):
        errors.append(FieldError("display_name", "bidi_chars"))

    if profile.from_policy is FromPolicy.ALLOWED_DOMAINS:
        if not profile.allowed_domains:
            errors.append(FieldError("allowed_domains", "domains.required"))
        for domain in profile.allowed_domains:
            code = check_domain(domain)
            if code:
                errors.append(FieldError("allowed_domains", code))
                break

    if profile.ca_file and not os.path.isfile(profile.ca_file):
        errors.append(FieldError("ca_file", "ca_file.missing"))
    if not 1 <= profile.timeout <= 300:
        errors.append(FieldError("timeout", "timeout.range"))
    return errors
