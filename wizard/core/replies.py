"""SMTP reply codes the wizard acts on, by name.

RFC 5321 section 4.2.1 gives the classes (2yz positive, 3yz intermediate,
4yz transient, 5yz permanent), section 4.2.3 the numeric list; the AUTH codes
come from RFC 4954 section 6.
"""

from __future__ import annotations

from enum import IntEnum


class Reply(IntEnum):
    """Reply codes compared against in engine, diagnosis and discovery."""

    SERVICE_READY = 220  # RFC 5321 4.2.3: the greeting; also "ready to start TLS" (RFC 3207)
    OK = 250  # RFC 5321 4.2.3: requested mail action okay, completed
    WILL_FORWARD = 251  # RFC 5321 4.2.3: user not local; will forward (RCPT accepted)
    START_MAIL_INPUT = 354  # RFC 5321 4.2.3: the answer to DATA
    SYNTAX_ERROR = 500  # RFC 5321 4.2.3: command unrecognized
    NOT_IMPLEMENTED = 502  # RFC 5321 4.2.3: command not implemented
    PARAMETER_NOT_IMPLEMENTED = 504  # RFC 5321 4.2.3; RFC 4954: unrecognized AUTH mechanism
    AUTH_REQUIRED = 530  # RFC 4954 6: authentication required
    MECHANISM_TOO_WEAK = 534  # RFC 4954 6 (Gmail also uses it for "app password required")
    AUTH_CREDENTIALS_INVALID = 535  # RFC 4954 6
    ENCRYPTION_REQUIRED = 538  # RFC 4954 6: encryption required for the mechanism


def is_transient(code: int) -> bool:
    """A 4yz reply: the command failed, but may succeed later (RFC 5321 4.2.1)."""
    return 400 <= code < 500


def is_permanent(code: int) -> bool:
    """A 5yz reply: the command failed and will fail again unchanged (RFC 5321 4.2.1)."""
    return code >= 500
