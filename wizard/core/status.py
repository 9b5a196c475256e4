"""A check's status and its label: shared by the deliverability checks, the step
list and the badges. Apart from ``deliverability`` (which imports the DNS and
SPF modules) so that the window's first show does not import them (issue 15)."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class Status(StrEnum):
    PASS = "pass"  # noqa: S105 - a check result, not a password
    WARN = "warn"
    FAIL = "fail"
    UNKNOWN = "unknown"  # couldn't check


STATUS_LABELS = {
    Status.PASS: QT_TRANSLATE_NOOP("Deliverability", "OK"),
    Status.WARN: QT_TRANSLATE_NOOP("Deliverability", "Recommended"),
    Status.FAIL: QT_TRANSLATE_NOOP("Deliverability", "Problem"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Deliverability", "Couldn't check"),
}
