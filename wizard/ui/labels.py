"""Names of settings for people, in one place (summary, fix notes, saved setups)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wizard.core.model import FromPolicy, Security


def security_name(security: Security) -> str:
    return {
        Security.SSL: "SSL/TLS",
        Security.STARTTLS: "STARTTLS",
        Security.NONE: QCoreApplication.translate("Labels", "none"),
    }[security]


def policy_name(policy: FromPolicy) -> str:
    return {
        FromPolicy.SEND_AS_USER: QCoreApplication.translate("Labels", "send as each user"),
        FromPolicy.FIXED_FROM: QCoreApplication.translate("Labels", "always one address"),
        FromPolicy.ALLOWED_DOMAINS: QCoreApplication.translate(
            "Labels", "user's address for allowed domains"
        ),
    }[policy]
