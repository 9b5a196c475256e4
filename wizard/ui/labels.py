"""Names of settings for people, in one place (summary, fix notes, saved setups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.model import SECURITY_LABELS, FromPolicy, Security


def security_name(security: Security) -> str:
    return QCoreApplication.translate("Labels", SECURITY_LABELS[security])


def policy_name(policy: FromPolicy) -> str:
    return {
        FromPolicy.SEND_AS_USER: QCoreApplication.translate("Labels", "send as each user"),
        FromPolicy.FIXED_FROM: QCoreApplication.translate("Labels", "always one address"),
        FromPolicy.ALLOWED_DOMAINS: QCoreApplication.translate(
            "Labels", "user's address for allowed domains"
        ),
    }[policy]
