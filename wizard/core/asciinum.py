"""Numbers and IP literals as people type them: ASCII only.

``str.isdigit()``, ``int()`` and ``float()`` accept superscripts (``²``),
Arabic-Indic (``٣``) and fullwidth (``２５``) digits, and ``ipaddress`` takes any
text after ``%`` as an IPv6 zone id. Every parser of typed input goes through
these helpers instead, so a value is either plain ASCII or an error.
"""

from __future__ import annotations

import ipaddress
import re

_DIGITS = re.compile(r"[0-9]+")
# RFC 6874 allows only unreserved characters in a zone id.
_ZONE = re.compile(r"[A-Za-z0-9._~-]+")


class NumberError(ValueError):
    """``reason`` is ``"invalid"`` (not ASCII digits) or ``"range"``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def ascii_int(text: str, low: int, high: int) -> int:
    """``text`` (ASCII digits ``0-9`` only) as an int in ``low..high``, or raise."""
    if not _DIGITS.fullmatch(text):
        raise NumberError("invalid")
    # Too many digits for the range: refuse before int() (which also caps length).
    if len(text.lstrip("0")) > len(str(high)):
        raise NumberError("range")
    value = int(text)
    if not low <= value <= high:
        raise NumberError("range")
    return value


def ascii_float(text: str) -> float:
    """``text`` as a float, written in ASCII (``float()`` takes any Unicode digit)."""
    if not text.isascii():
        raise NumberError("invalid")
    try:
        return float(text)
    except ValueError:
        raise NumberError("invalid") from None


def ip_literal(text: str) -> str:
    """``text`` as a normalised IP address; an IPv6 zone id must be ASCII. ValueError."""
    address = str(ipaddress.ip_address(text))
    if "%" in address and not _ZONE.fullmatch(address.partition("%")[2]):
        raise ValueError(f"bad zone id in {text!r}")
    return address


def ipv6_literal(text: str) -> str:
    """Like :func:`ip_literal`, for IPv6 only."""
    ipaddress.IPv6Address(text)
    return ip_literal(text)
