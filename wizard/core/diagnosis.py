"""The diagnosis catalogue: one stable code per kind of failure, with a title,
a plain explanation an office admin understands, and fixes — as data where a
fix can be applied to the settings automatically.

Codes are part of the CLI's JSON contract: never rename one.
Texts are English sources marked for translation (context ``Diagnosis`` and
``Fix``); ``{placeholders}`` are filled in after translation.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, fill
from .model import AuthMechanism, FromPolicy, Profile, Security
from .replies import Reply, is_permanent, is_transient
from .stages import Stage

_D = "Diagnosis"
_F = "Fix"


class Code(StrEnum):
    """A diagnosis code. The values are the CLI's JSON contract (``diagnosis.code``
    in ``--json``, docs/DIAGNOSES.md): add new ones, never rename or reuse one."""

    HOST_NOT_FOUND = "HOST_NOT_FOUND"
    CONNECTION_REFUSED = "CONNECTION_REFUSED"
    CONNECTION_TIMEOUT = "CONNECTION_TIMEOUT"
    NO_GREETING = "NO_GREETING"
    GREETING_REJECTED = "GREETING_REJECTED"
    PORT_NOT_TLS = "PORT_NOT_TLS"
    PORT_REQUIRES_TLS = "PORT_REQUIRES_TLS"
    STARTTLS_NOT_OFFERED = "STARTTLS_NOT_OFFERED"
    STARTTLS_FAILED = "STARTTLS_FAILED"
    CERT_UNTRUSTED = "CERT_UNTRUSTED"
    CA_NOT_STRICT = "CA_NOT_STRICT"
    CERT_HOSTNAME_MISMATCH = "CERT_HOSTNAME_MISMATCH"
    CERT_EXPIRED = "CERT_EXPIRED"
    CERT_CHANGED = "CERT_CHANGED"
    TLS_VERSION_TOO_OLD = "TLS_VERSION_TOO_OLD"
    TLS_FAILED = "TLS_FAILED"
    AUTH_NOT_OFFERED = "AUTH_NOT_OFFERED"
    SMTPUTF8_UNSUPPORTED = "SMTPUTF8_UNSUPPORTED"
    AUTH_MECHANISM_UNSUPPORTED = "AUTH_MECHANISM_UNSUPPORTED"
    AUTH_FAILED = "AUTH_FAILED"
    AUTH_APP_PASSWORD_REQUIRED = "AUTH_APP_PASSWORD_REQUIRED"  # noqa: S105 (a code, not a secret)
    AUTH_DISABLED_BY_PROVIDER = "AUTH_DISABLED_BY_PROVIDER"
    AUTH_REQUIRED = "AUTH_REQUIRED"
    ENCRYPTION_REQUIRED = "ENCRYPTION_REQUIRED"
    PLAINTEXT_AUTH_BLOCKED = "PLAINTEXT_AUTH_BLOCKED"
    SENDER_NOT_ALLOWED = "SENDER_NOT_ALLOWED"
    SENDER_REJECTED = "SENDER_REJECTED"
    RELAY_DENIED = "RELAY_DENIED"
    RECIPIENT_REJECTED = "RECIPIENT_REJECTED"
    MESSAGE_REJECTED = "MESSAGE_REJECTED"
    TEMPORARY_FAILURE = "TEMPORARY_FAILURE"
    RATE_LIMITED = "RATE_LIMITED"
    CONNECTION_LOST = "CONNECTION_LOST"
    PROTOCOL_ERROR = "PROTOCOL_ERROR"
    TIMEOUT = "TIMEOUT"
    INVALID_INPUT = "INVALID_INPUT"


@dataclass(frozen=True)
class Entry:
    title: str
    explanation: str


def _e(title: str, explanation: str) -> Entry:
    return Entry(title, explanation)


CATALOGUE: dict[Code, Entry] = {
    Code.HOST_NOT_FOUND: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Server name not found"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The name {host} does not exist or could not be looked up. Check it for typos; "
            "your provider's help pages list the exact outgoing (SMTP) server name.",
        ),
    ),
    Code.CONNECTION_REFUSED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server refused the connection"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Nothing accepts connections on {host} port {port}. The port is probably wrong, "
            "or the mail service is not running there.",
        ),
    ),
    Code.CONNECTION_TIMEOUT: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "No answer from the server"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Connecting to {host} port {port} got no answer. A firewall may be blocking this "
            "port (many networks block port 25), or the server is down.",
        ),
    ),
    Code.NO_GREETING: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server did not say hello"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The connection opened, but the server sent nothing. This is not a working mail "
            "server on this port, or it is overloaded.",
        ),
    ),
    Code.GREETING_REJECTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server turned us away"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server answered the connection with a refusal. It may not accept connections "
            "from this network or address.",
        ),
    ),
    Code.PORT_NOT_TLS: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "This port does not use SSL/TLS from the start"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'Port {port} starts unencrypted, so "SSL/TLS" (encrypted from the start) cannot '
            "work here. Use STARTTLS (encryption switched on after connecting) on this port, "
            "or SSL/TLS on port 465.",
        ),
    ),
    Code.PORT_REQUIRES_TLS: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "This port needs SSL/TLS from the start"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Port {port} waits for an encrypted connection and stays silent otherwise. "
            'Choose "SSL/TLS" as the security for this port.',
        ),
    ),
    Code.STARTTLS_NOT_OFFERED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server cannot switch to encryption (STARTTLS)"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "You chose STARTTLS (connect, then switch to encryption), but the server on port "
            "{port} does not offer it. We stopped "
            "before sending your password, so it never travelled unencrypted. Try SSL/TLS on "
            "port 465.",
        ),
    ),
    Code.STARTTLS_FAILED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Switching to a secure connection failed"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server offered to switch to encryption (STARTTLS) but could not complete it. "
            "This is usually a temporary problem, or the server's encryption settings are "
            "broken.",
        ),
    ),
    Code.CERT_UNTRUSTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate is not trusted"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "No trusted authority signed the server's certificate: the server signed it "
            "itself, or your company's own authority did. If your IT department has one, "
            "select its certificate (CA file); otherwise someone may be intercepting the "
            "connection.",
        ),
    ),
    Code.CA_NOT_STRICT: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Your organisation's CA certificate is not accepted"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Your CA file was used, but strict checks (Python 3.13's default) refuse its CA: "
            "{defects}. Whoever runs the CA must re-issue it; until then you can trust this "
            "server's certificate by its fingerprint.",
        ),
    ),
    Code.CERT_HOSTNAME_MISMATCH: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The certificate is for a different server name"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server's certificate does not list the name {host}. Use the exact server "
            "name your provider gives (the one on its certificate), not an alias or IP address.",
        ),
    ),
    Code.CERT_EXPIRED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate has expired"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The certificate is out of date, so the connection cannot be trusted. The server's "
            "administrator must renew it. Also check that this computer's date is correct.",
        ),
    ),
    Code.CERT_CHANGED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server's certificate has changed"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server presented another certificate than the one this setup trusts, so the "
            "check stopped before signing in. Trust the new one only if the server's "
            "administrator confirms its fingerprint.",
        ),
    ),
    Code.TLS_VERSION_TOO_OLD: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server's encryption is outdated"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server only speaks an old version of the encryption protocol (TLS) that is no "
            "longer considered safe. "
            "Its administrator must enable TLS 1.2 or newer.",
        ),
    ),
    Code.TLS_FAILED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The secure connection could not be set up"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The encrypted connection failed for a reason other than the certificate. The "
            "details below are for the server's administrator.",
        ),
    ),
    Code.AUTH_NOT_OFFERED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server does not offer sign-in"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server did not offer any way to sign in on this connection. Some servers "
            "offer it only after encryption; others (internal servers that pass on the local "
            "network's mail) do not need a password.",
        ),
    ),
    Code.SMTPUTF8_UNSUPPORTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "This server cannot take an address with accents"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "An address in this test (see the details) has non-ASCII letters before the @. "
            "This server does not offer SMTPUTF8 (RFC 6531), which such addresses need, so "
            "nothing was sent. Use a plain address or ask its administrator.",
        ),
    ),
    Code.AUTH_MECHANISM_UNSUPPORTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The sign-in method is not supported"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server does not support the sign-in method that was chosen. Let the wizard "
            "pick the method automatically.",
        ),
    ),
    Code.AUTH_FAILED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "User name or password not accepted"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server rejected the user name or password. Check both (the user name is "
            "often the full email address). We tried only once, so the account is not locked "
            "by this test.",
        ),
    ),
    Code.AUTH_APP_PASSWORD_REQUIRED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "An app password is required"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "This account uses 2-step verification, so its normal password does not work for "
            "mail programs. Create an app password in the account's security settings and "
            "use it here.",
        ),
    ),
    Code.AUTH_DISABLED_BY_PROVIDER: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Sign-in for mail programs is turned off"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The provider has switched off password sign-in (SMTP AUTH) for this mailbox or "
            'organisation. In Microsoft 365 an administrator must enable "Authenticated SMTP" '
            "for the mailbox.",
        ),
    ),
    Code.AUTH_REQUIRED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server requires sign-in"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server only accepts mail from signed-in users. Turn sign-in on and enter the "
            "account's user name and password.",
        ),
    ),
    Code.ENCRYPTION_REQUIRED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server requires encryption"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server refuses to continue on an unencrypted connection. Choose STARTTLS "
            "(port 587) or SSL/TLS (port 465).",
        ),
    ),
    Code.PLAINTEXT_AUTH_BLOCKED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Password not sent over an unencrypted connection"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Signing in here would send your password unencrypted, so it was not sent. "
            "Choose STARTTLS or SSL/TLS. Allow unencrypted sign-in only on a trusted internal "
            "network.",
        ),
    ),
    Code.SENDER_NOT_ALLOWED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "This account may not send as that address"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'You signed in, but the server does not let this account send mail "as" {sender}. '
            'Either give the account "send as" rights for that address on the mail server, or '
            "send everything from the account's own address with Reply-To set to the user.",
        ),
    ),
    Code.SENDER_REJECTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The sender address was refused"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server refused the sender address {sender}. Check that it is spelled "
            "correctly and belongs to this account or domain.",
        ),
    ),
    Code.RELAY_DENIED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server will not pass mail on"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            'The server refused to pass mail on to {recipient} for us ("relay denied"). Servers '
            "pass mail on to other domains only for signed-in users or trusted networks: turn "
            "sign-in on, or ask the server's administrator to allow this computer.",
        ),
    ),
    Code.RECIPIENT_REJECTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The test recipient was refused"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server refused the recipient {recipient}. Check the address, or send the "
            "test to another mailbox.",
        ),
    ),
    Code.MESSAGE_REJECTED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The test message was refused"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server accepted the addresses but refused the message itself. The server's "
            "reply below says why (content, size or policy).",
        ),
    ),
    Code.TEMPORARY_FAILURE: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Temporary problem on the server"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server reported a temporary problem. Nothing is wrong with your settings so "
            "far; try again in a few minutes.",
        ),
    ),
    Code.RATE_LIMITED: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Too many attempts or messages"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server is limiting how often this account or computer may connect or send. "
            "Wait a while before trying again.",
        ),
    ),
    Code.CONNECTION_LOST: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server closed the connection"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server hung up in the middle of the conversation. This can be a firewall, "
            "an anti-spam measure or an overloaded server.",
        ),
    ),
    Code.PROTOCOL_ERROR: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The server's answer made no sense"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server answered with something that is not the mail protocol (SMTP). The port "
            "may belong "
            "to a different kind of service.",
        ),
    ),
    Code.TIMEOUT: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "The check took too long"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "The server answered too slowly, so the check was stopped after {seconds} seconds. "
            "The server or the network may be overloaded.",
        ),
    ),
    Code.INVALID_INPUT: _e(
        QT_TRANSLATE_NOOP("Diagnosis", "Some settings need correcting"),
        QT_TRANSLATE_NOOP(
            "Diagnosis",
            "Nothing was sent to the server because a setting is not valid. Correct the "
            "marked field and run the check again.",
        ),
    ),
}


def entry_for(code: str) -> Entry | None:
    """The catalogue entry for a code read back from a file (a saved last test);
    None for one this version does not know (written by a newer one)."""
    try:
        return CATALOGUE[Code(code)]
    except ValueError:
        return None


class FixKind(StrEnum):
    """What pressing a fix does (docs/DIAGNOSES.md lists the one for every code)."""

    APPLY = "apply"  # changes settings, then runs the test again
    GOTO = "goto"  # takes the user to the field to change (page, field)
    HELP = "help"  # opens the provider's page in the browser
    RETRY = "retry"  # runs the test again unchanged (the cause is temporary)
    NONE = "none"  # nothing here can help: the label says why and who can


@dataclass(frozen=True)
class Fix:
    """One way forward from a diagnosis. An APPLY fix changes settings itself
    (:meth:`apply`); the others say where the user goes, or why nothing helps."""

    id: str
    label: str  # English source text, context "Fix"
    # Profile attribute -> new value, typed as the Profile field is (the enums are
    # StrEnums, so ``to_dict`` gives the JSON contract's plain strings); empty:
    # advice only, nothing to apply.
    changes: dict[str, Any] = field(default_factory=dict)
    # Where the user changes it when it cannot apply itself: (page, field), e.g.
    # ("server", "ca_file"); the UI takes the user there with the focus on the field.
    goto: tuple[str, str] | None = None
    # A web page that helps (the provider's app-password page, ...).
    help_url: str = ""
    # Run the test again unchanged: the cause may be gone in a while.
    retry: bool = False

    @property
    def kind(self) -> FixKind:
        if self.changes:
            return FixKind.APPLY
        if self.goto is not None:
            return FixKind.GOTO
        if self.help_url:
            return FixKind.HELP
        if self.retry:
            return FixKind.RETRY
        return FixKind.NONE

    @property
    def pins_certificate(self) -> bool:
        """It trusts a certificate by its fingerprint: ask the user first."""
        return bool(self.changes.get("cert_pin"))

    def apply(self, profile: Profile) -> Profile:
        """A copy of ``profile`` with this fix's changes; ``profile`` is left as it was."""
        if not self.changes:
            raise ValueError(f"fix {self.id!r} changes no setting")
        return dataclasses.replace(profile, **self.changes)

    def undo(self, before: Profile) -> Fix:
        """The fix that puts back what this one changes in ``before`` (the Undo button)."""
        previous = {name: getattr(before, name) for name in self.changes}
        return Fix("undo_" + self.id, self.label, previous)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "changes": dict(self.changes)}


def _fix(fix_id: str, label: str, **changes: Any) -> Fix:
    return Fix(fix_id, label, changes)


FIX_SSL_465 = _fix(
    "use_ssl_465",
    QT_TRANSLATE_NOOP("Fix", "Switch to port 465 with SSL/TLS"),
    port=465,
    security=Security.SSL,
)
FIX_STARTTLS_587 = _fix(
    "use_starttls_587",
    QT_TRANSLATE_NOOP("Fix", "Switch to port 587 with STARTTLS"),
    port=587,
    security=Security.STARTTLS,
)
FIX_SSL_SAME_PORT = _fix(
    "use_ssl", QT_TRANSLATE_NOOP("Fix", "Use SSL/TLS on this port"), security=Security.SSL
)
FIX_STARTTLS_SAME_PORT = _fix(
    "use_starttls",
    QT_TRANSLATE_NOOP("Fix", "Use STARTTLS on this port"),
    security=Security.STARTTLS,
)
FIX_AUTH_ON = _fix("auth_on", QT_TRANSLATE_NOOP("Fix", "Turn sign-in on"), auth=True)
FIX_AUTH_OFF = _fix(
    "auth_off",
    QT_TRANSLATE_NOOP("Fix", "Turn sign-in off (internal server, no password)"),
    auth=False,
)
FIX_MECH_AUTO = _fix(
    "mechanism_auto",
    QT_TRANSLATE_NOOP("Fix", "Choose the sign-in method automatically"),
    mechanism=AuthMechanism.AUTO,
)
FIX_FIXED_FROM = _fix(
    "fixed_from",
    QT_TRANSLATE_NOOP("Fix", "Send from the account's address, with replies to the user"),
    from_policy=FromPolicy.FIXED_FROM,
)
FIX_RETRY = Fix("retry", QT_TRANSLATE_NOOP("Fix", "Try again later"), retry=True)
FIX_RUN_AGAIN = Fix("run_again", QT_TRANSLATE_NOOP("Fix", "Run the test again"), retry=True)
FIX_CA_FILE = Fix(
    "ca_file",
    QT_TRANSLATE_NOOP("Fix", "Select your company's certificate (CA file)"),
    goto=("server", "ca_file"),
)
# Pins the certificate the server presented (its SHA-256): the Test page shows the
# certificate and asks before applying it (docs/CERTIFICATES.md).
TRUST_LABEL = QT_TRANSLATE_NOOP("Fix", "Trust this certificate")
TRUST_NEW_LABEL = QT_TRANSLATE_NOOP("Fix", "Trust the new certificate")
FIX_ADMIN_CA = Fix(
    "admin_reissue_ca",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Only whoever runs your organisation's CA can re-issue it: CA:TRUE marked critical, "
        "keyCertSign, Subject and Authority Key Identifiers.",
    ),
)
FIX_ADMIN_CERT_CHANGED = Fix(
    "admin_confirm_certificate",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Ask the server's administrator whether its certificate was renewed, and compare "
        "the new fingerprint with theirs.",
    ),
)


def trust_fix(sha256: str, label: str = TRUST_LABEL) -> Fix:
    """Pin the certificate with this SHA-256 (``AB:CD:…``)."""
    fix_id = "trust_certificate" if label == TRUST_LABEL else "trust_new_certificate"
    return Fix(fix_id, label, {"cert_pin": sha256})


FIX_CHECK_PASSWORD = Fix(
    "check_password",
    QT_TRANSLATE_NOOP("Fix", "Re-enter the password (and check the user name)"),
    goto=("signin", "password"),
)
FIX_APP_PASSWORD = Fix(
    "app_password",
    QT_TRANSLATE_NOOP("Fix", "Create an app password and enter it instead"),
    goto=("signin", "password"),
)
FIX_HOST = Fix(
    "check_host", QT_TRANSLATE_NOOP("Fix", "Check the server name"), goto=("server", "host")
)
FIX_CERT_HOST = Fix(
    "certificate_host",
    QT_TRANSLATE_NOOP("Fix", "Use the server name on the certificate"),
    goto=("server", "host"),
)
FIX_PORT = Fix("check_port", QT_TRANSLATE_NOOP("Fix", "Check the port"), goto=("server", "port"))
FIX_RELAY_HOST = Fix(
    "submission_host",
    QT_TRANSLATE_NOOP("Fix", "Use your provider's outgoing server"),
    goto=("server", "host"),
)
FIX_SENDER = Fix(
    "check_sender",
    QT_TRANSLATE_NOOP("Fix", "Check the From address"),
    goto=("sender", "from_address"),
)
FIX_RECIPIENT = Fix(
    "other_recipient",
    QT_TRANSLATE_NOOP("Fix", "Send the test to another address"),
    goto=("test", "to"),
)
FIX_SMTP_AUTH_HELP = Fix(
    "smtp_auth_help",
    QT_TRANSLATE_NOOP("Fix", "How an administrator turns on sign-in (SMTP AUTH)"),
    help_url=(
        "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/"
        "authenticated-client-smtp-submission"
    ),
)
APP_PASSWORD_LABEL = QT_TRANSLATE_NOOP("Fix", "Create an app password on the provider's website")
# Nothing in the wizard can help: who can, and what to give them.
FIX_ADMIN_GREETING = Fix(
    "admin_allow_network",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Only the server's administrator can let this computer connect: send them the "
        "transcript (Copy for support).",
    ),
)
FIX_ADMIN_RENEW = Fix(
    "admin_renew_certificate",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Only the server's administrator can renew the certificate. Meanwhile, check that "
        "this computer's date is correct.",
    ),
)
FIX_ADMIN_TLS_VERSION = Fix(
    "admin_tls_version",
    QT_TRANSLATE_NOOP(
        "Fix", "Only the server's administrator can turn on TLS 1.2 or newer on the server."
    ),
)
FIX_ADMIN_TLS = Fix(
    "admin_tls_setup",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Only the server's administrator can repair its encryption: send them the "
        "transcript (Copy for support).",
    ),
)
FIX_ADMIN_MESSAGE = Fix(
    "admin_message_policy",
    QT_TRANSLATE_NOOP(
        "Fix",
        "Only the server's administrator can change what the server accepts; its reply "
        "(the details) says why.",
    ),
)
FIX_ADMIN_MECHANISM = Fix(
    "admin_mechanism",
    QT_TRANSLATE_NOOP(
        "Fix",
        "The server offers no sign-in method the wizard can use (the details list them): "
        "ask its administrator to allow PLAIN or LOGIN over an encrypted connection.",
    ),
)
FIX_CORRECT_INPUT = Fix(
    "correct_setting",
    QT_TRANSLATE_NOOP("Fix", "Correct the setting named in the details, then run the check again."),
)
FIX_FIELD_LABEL = QT_TRANSLATE_NOOP("Fix", "Correct the marked setting")

# Where each setting is changed in the wizard: (page, field).
FIELD_PAGES: dict[str, str] = {
    "host": "server",
    "port": "server",
    "security": "server",
    "ca_file": "server",
    "username": "signin",
    "password": "signin",
    "mechanism": "signin",
    "from_address": "sender",
    "display_name": "sender",
    "allowed_domains": "sender",
    "to": "test",
}

_MICROSOFT_APP_PASSWORDS = (
    "https://support.microsoft.com/account-billing/using-app-passwords-with-apps-that-don-t-"
    "support-two-step-verification-5896ed9b-4263-e681-128a-a6f2979a7944"
)
# The page where each provider's users create an app password, by SMTP server.
APP_PASSWORD_PAGES: dict[str, str] = {
    "smtp.gmail.com": "https://support.google.com/accounts/answer/185833",
    "smtp.office365.com": _MICROSOFT_APP_PASSWORDS,
    "smtp-mail.outlook.com": _MICROSOFT_APP_PASSWORDS,
    "smtp.mail.yahoo.com": "https://help.yahoo.com/kb/SLN15241.html",
    "smtp.aol.com": "https://help.aol.com/articles/Create-and-manage-app-password",
    "smtp.mail.me.com": "https://support.apple.com/en-us/102654",
    "smtp.zoho.com": "https://accounts.zoho.com/home#security/app_password",
    "smtp.zoho.eu": "https://accounts.zoho.eu/home#security/app_password",
    "smtp.fastmail.com": "https://www.fastmail.help/hc/en-us/articles/360058752854",
}


def app_password_page(host: str) -> str:
    """The provider's app-password page for SMTP server ``host`` ("" if unknown)."""
    return APP_PASSWORD_PAGES.get(host.strip().lower().rstrip("."), "")


def field_fix(name: str) -> Fix:
    """Take the user to the setting ``name`` (INVALID_INPUT), where the wizard has it."""
    page = FIELD_PAGES.get(name)
    if page is None:  # a command-line option (--timeout, --relay-as): no field to show
        return FIX_CORRECT_INPUT
    return Fix("correct_" + name, FIX_FIELD_LABEL, goto=(page, name))


@dataclass(frozen=True)
class Diagnosis:
    code: Code
    stage: Stage
    detail: str = ""  # the server's reply or the error, already redacted
    fixes: tuple[Fix, ...] = ()
    params: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return CATALOGUE[self.code].title

    @property
    def explanation(self) -> str:
        return CATALOGUE[self.code].explanation

    def render(self, translate: Any = None) -> tuple[str, str]:
        """(title, explanation) translated by ``translate(context, text)`` and filled in."""
        title, explanation = self.title, self.explanation
        if translate is not None:
            title, explanation = translate(_D, title), translate(_D, explanation)
        return title, fill(explanation, self.params)

    def to_dict(self, translate: Any = None) -> dict[str, object]:
        title, explanation = self.render(translate)
        return {
            "code": self.code,
            "stage": self.stage.value,
            "title": title,
            "explanation": explanation,
            "detail": self.detail,
            "fixes": [
                {
                    "id": f.id,
                    "label": translate(_F, f.label) if translate else f.label,
                    "changes": dict(f.changes),
                }
                for f in self.fixes
            ],
            # The certificate a CERT_*/CA_NOT_STRICT failure is about (None otherwise).
            "certificate": self.certificate(),
        }

    def certificate(self) -> dict[str, object] | None:
        params = self.params
        if not params.get("cert_sha256"):
            return None
        data: dict[str, object] = {
            "subject": params.get("cert_subject", ""),
            "issuer": params.get("cert_issuer", ""),
            "names": [n for n in params.get("cert_names", "").split(", ") if n],
            "not_before": params.get("cert_not_before", ""),
            "not_after": params.get("cert_not_after", ""),
            "sha256": params["cert_sha256"],
        }
        if params.get("pinned"):
            data["pinned_sha256"] = params["pinned"]
        if params.get("defect_keys"):
            data["ca_defects"] = params["defect_keys"].split(",")
        return data


_ENHANCED = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")


def enhanced_status(text: str) -> str | None:
    """The RFC 3463 enhanced status code at the start of a reply text, if any."""
    match = _ENHANCED.match(text)
    return ".".join(match.groups()) if match else None


def _has(text: str, *needles: str) -> bool:
    lowered = text.lower()
    return any(n in lowered for n in needles)


def classify_reply(stage: Stage, code: int, text: str) -> Code:
    """The diagnosis code for a refusing SMTP reply at ``stage``.

    Text and enhanced codes win over the stage: servers refuse "send as" at
    MAIL (Postfix: 553 5.7.1 "not owned by user"), at RCPT (Postfix with
    reject_sender_login_mismatch in the recipient restrictions) or only after
    DATA (Exchange: 550 5.7.60 "permissions to send as this sender").
    """
    enhanced = enhanced_status(text) or ""
    if enhanced == "5.7.60" or _has(
        text, "not owned by user", "send as this sender", "sendasdenied", "send-as"
    ):
        return Code.SENDER_NOT_ALLOWED
    if enhanced == "5.7.9" or _has(text, "application-specific password"):
        return Code.AUTH_APP_PASSWORD_REQUIRED  # Gmail 534-5.7.9
    if enhanced == "5.7.139" or _has(text, "smtpclientauthentication is disabled"):
        return Code.AUTH_DISABLED_BY_PROVIDER  # Microsoft 365 535 5.7.139
    if _has(text, "starttls command first", "must issue a starttls") or enhanced == "5.7.10":
        return Code.ENCRYPTION_REQUIRED
    if code == Reply.ENCRYPTION_REQUIRED or enhanced == "5.7.11":
        return Code.PLAINTEXT_AUTH_BLOCKED  # RFC 4954: encryption required for the mechanism
    if _has(text, "relay access denied", "relaying denied", "unable to relay") or (
        _has(text, "relay") and is_permanent(code) and stage in (Stage.RCPT, Stage.SEND_AS)
    ):
        return Code.RELAY_DENIED
    if code == Reply.AUTH_REQUIRED or (
        enhanced in ("5.7.0", "5.7.57") and _has(text, "authenticat")
    ):
        return Code.AUTH_REQUIRED
    if is_transient(code) and _has(text, "rate", "too many", "limit exceeded"):
        return Code.RATE_LIMITED
    if stage is Stage.AUTH:
        if (
            code == Reply.PARAMETER_NOT_IMPLEMENTED
            or enhanced == "5.5.4"
            or _has(text, "unrecognized authentication")
        ):
            return Code.AUTH_MECHANISM_UNSUPPORTED
        if code in (Reply.AUTH_CREDENTIALS_INVALID, Reply.MECHANISM_TOO_WEAK) or enhanced in (
            "5.7.8",
            "5.7.3",
        ):
            return Code.AUTH_FAILED
    if is_transient(code):
        return Code.STARTTLS_FAILED if stage is Stage.STARTTLS else Code.TEMPORARY_FAILURE
    if stage is Stage.GREETING:
        return Code.GREETING_REJECTED
    if stage is Stage.STARTTLS:
        return Code.STARTTLS_FAILED
    if stage is Stage.AUTH:
        return Code.AUTH_FAILED
    if stage is Stage.MAIL:
        return Code.SENDER_REJECTED
    if stage is Stage.SEND_AS:
        return Code.SENDER_NOT_ALLOWED
    if stage is Stage.RCPT:
        return Code.RECIPIENT_REJECTED
    if stage is Stage.DATA:
        return Code.MESSAGE_REJECTED
    return Code.PROTOCOL_ERROR


def fixes_for(
    code: Code,
    *,
    port: int,
    security: str,
    auth: bool,
    encrypted: bool,
    username: str = "",
    from_address: str = "",
    host: str = "",
    field: str = "",
    mechanism: str = "auto",
    cert_sha256: str = "",
    self_signed: bool = False,
) -> tuple[Fix, ...]:
    """Fixes worth offering for ``code`` given the settings that produced it, the
    main one first. Never empty: every code has a way forward, or a fix that says
    why there is none and who can help (docs/DIAGNOSES.md).

    ``cert_sha256`` is the fingerprint of the certificate the server presented (known
    for the CERT_* codes); ``self_signed``: it is its own issuer, so no CA file helps."""
    if code in (Code.CONNECTION_REFUSED, Code.CONNECTION_TIMEOUT, Code.NO_GREETING):
        if port == 465:
            return (FIX_STARTTLS_587,)
        if port == 587:
            return (FIX_SSL_465,)
        return (FIX_STARTTLS_587, FIX_SSL_465)
    if code == Code.PORT_REQUIRES_TLS:
        return (FIX_SSL_SAME_PORT,) if port != 465 else (FIX_SSL_465,)
    if code == Code.PORT_NOT_TLS:
        return (FIX_STARTTLS_SAME_PORT, FIX_STARTTLS_587)
    if code == Code.STARTTLS_NOT_OFFERED:
        return (FIX_SSL_465,) if port != 465 else (FIX_SSL_SAME_PORT,)
    if code == Code.STARTTLS_FAILED:
        return (FIX_SSL_465, FIX_RETRY) if port != 465 else (FIX_RETRY,)
    if code in (Code.ENCRYPTION_REQUIRED, Code.PLAINTEXT_AUTH_BLOCKED):
        return (FIX_STARTTLS_587, FIX_SSL_465) if security == "none" else (FIX_SSL_465,)
    if code == Code.AUTH_NOT_OFFERED:
        return (FIX_STARTTLS_587, FIX_AUTH_OFF) if not encrypted else (FIX_AUTH_OFF,)
    if code == Code.AUTH_MECHANISM_UNSUPPORTED:
        return (FIX_MECH_AUTO,) if mechanism != "auto" else (FIX_ADMIN_MECHANISM,)
    if code == Code.AUTH_REQUIRED:
        return (FIX_AUTH_ON,) if not auth else (FIX_CHECK_PASSWORD,)
    if code == Code.RELAY_DENIED:
        if not auth:
            return (FIX_AUTH_ON,)
        if port == 25:  # an MX answers on 25 and relays for nobody: use submission
            return (FIX_STARTTLS_587, FIX_RELAY_HOST)
        return (FIX_RELAY_HOST,)
    if code == Code.SENDER_NOT_ALLOWED:
        if "@" in username and username.lower() != from_address.lower():
            # The account's own address is the one From it may always use.
            changes = {**FIX_FIXED_FROM.changes, "from_address": username}
            return (Fix(FIX_FIXED_FROM.id, FIX_FIXED_FROM.label, changes),)
        return (FIX_FIXED_FROM,)
    if code == Code.AUTH_FAILED:
        return (FIX_CHECK_PASSWORD,)
    if code == Code.AUTH_APP_PASSWORD_REQUIRED:
        page = app_password_page(host)
        if page:
            return (Fix("app_password_page", APP_PASSWORD_LABEL, help_url=page), FIX_APP_PASSWORD)
        return (FIX_APP_PASSWORD,)
    if code == Code.AUTH_DISABLED_BY_PROVIDER:
        return (FIX_SMTP_AUTH_HELP,)
    if code == Code.CERT_UNTRUSTED:
        if not cert_sha256:
            return (FIX_CA_FILE,)
        trust = trust_fix(cert_sha256)
        return (trust, FIX_CA_FILE) if self_signed else (FIX_CA_FILE, trust)
    if code == Code.CA_NOT_STRICT:
        return (trust_fix(cert_sha256), FIX_ADMIN_CA) if cert_sha256 else (FIX_ADMIN_CA,)
    if code == Code.CERT_CHANGED:
        if not cert_sha256:
            return (FIX_ADMIN_CERT_CHANGED,)
        return (FIX_ADMIN_CERT_CHANGED, trust_fix(cert_sha256, TRUST_NEW_LABEL))
    if code == Code.CERT_HOSTNAME_MISMATCH:
        return (FIX_CERT_HOST,)
    if code == Code.HOST_NOT_FOUND:
        return (FIX_HOST,)
    if code in (Code.SENDER_REJECTED, Code.SMTPUTF8_UNSUPPORTED):
        return (FIX_SENDER,)
    if code == Code.RECIPIENT_REJECTED:
        return (FIX_RECIPIENT,)
    if code == Code.PROTOCOL_ERROR:
        return (FIX_PORT,)
    if code == Code.INVALID_INPUT:
        return (field_fix(field or "host"),)
    if code in (Code.TEMPORARY_FAILURE, Code.RATE_LIMITED, Code.CONNECTION_LOST, Code.TIMEOUT):
        return (FIX_RETRY,)
    return {
        Code.GREETING_REJECTED: (FIX_ADMIN_GREETING,),
        Code.CERT_EXPIRED: (FIX_ADMIN_RENEW,),
        Code.TLS_VERSION_TOO_OLD: (FIX_ADMIN_TLS_VERSION,),
        Code.TLS_FAILED: (FIX_ADMIN_TLS,),
        Code.MESSAGE_REJECTED: (FIX_ADMIN_MESSAGE,),
    }.get(code, (FIX_RUN_AGAIN,))
