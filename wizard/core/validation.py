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
# Deliberately simple: a local part without spaces/brackets, an @, a domain.
_ADDRESS = re.compile(r"^[^\s@<>()\[\],;:\"]+@([^\s@<>()\[\],;:\"]+)$")


def has_control_chars(value: str) -> bool:
    return bool(_CONTROL.search(value))


def check_address(value: str) -> str | None:
    """Return an error code for an email address, or None if it is acceptable."""
    if has_control_chars(value):
        return "control_chars"
    match = _ADDRESS.match(value.strip())
    if not match:
        return "address.invalid"
    try:
        to_ascii_host(match.group(1))
    except EndpointError:
        return "address.invalid"
    return None


def check_domain(value: str) -> str | None:
    if has_control_chars(value):
        return "control_chars"
    try:
        to_ascii_host(value)
    except EndpointError:
        return "domain.invalid"
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
