"""The stages of a check, in order, with their names for people."""

from __future__ import annotations

from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP

_CTX = "Stage"


class Stage(StrEnum):
    INPUT = "input"
    RESOLVE = "resolve"
    CONNECT = "connect"
    TLS = "tls"  # implicit TLS handshake (port 465 style)
    GREETING = "greeting"
    EHLO = "ehlo"
    STARTTLS = "starttls"
    AUTH = "auth"
    MAIL = "mail"
    RCPT = "rcpt"
    SEND_AS = "sendas"
    DATA = "data"
    QUIT = "quit"

    @property
    def label(self) -> str:
        """English source text; translate with context ``Stage``."""
        return STAGE_LABELS[self]


# Names, not claims: each reads right next to OK, Failed or Skipped ("Sign-in — Failed",
# not "Signed in — Failed").
STAGE_LABELS: dict[Stage, str] = {
    Stage.INPUT: QT_TRANSLATE_NOOP("Stage", "Settings check"),
    Stage.RESOLVE: QT_TRANSLATE_NOOP("Stage", "Server name lookup"),
    Stage.CONNECT: QT_TRANSLATE_NOOP("Stage", "Connection"),
    Stage.TLS: QT_TRANSLATE_NOOP("Stage", "Secure connection (SSL/TLS)"),
    Stage.GREETING: QT_TRANSLATE_NOOP("Stage", "Server greeting"),
    Stage.EHLO: QT_TRANSLATE_NOOP("Stage", "What the server offers (EHLO)"),
    Stage.STARTTLS: QT_TRANSLATE_NOOP("Stage", "Secure connection (STARTTLS)"),
    Stage.AUTH: QT_TRANSLATE_NOOP("Stage", "Sign-in"),
    Stage.MAIL: QT_TRANSLATE_NOOP("Stage", "Sender"),
    Stage.RCPT: QT_TRANSLATE_NOOP("Stage", "Recipient"),
    Stage.SEND_AS: QT_TRANSLATE_NOOP("Stage", '"Send as" permission'),
    Stage.DATA: QT_TRANSLATE_NOOP("Stage", "Test message"),
    Stage.QUIT: QT_TRANSLATE_NOOP("Stage", "Disconnect"),
}

# swaks exit codes (DESIGN.md): 2 connect, 21 greeting, 22 HELO, 29 TLS, 28 AUTH,
# 23 MAIL, 24 RCPT, 25 DATA, 26 message refused after DATA.
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_CANCELLED = 130
STAGE_EXIT: dict[Stage, int] = {
    Stage.INPUT: 1,
    Stage.RESOLVE: 2,
    Stage.CONNECT: 2,
    Stage.TLS: 29,
    Stage.GREETING: 21,
    Stage.EHLO: 22,
    Stage.STARTTLS: 29,
    Stage.AUTH: 28,
    Stage.MAIL: 23,
    Stage.RCPT: 24,
    Stage.SEND_AS: 23,
    Stage.DATA: 25,
    Stage.QUIT: 0,
}
