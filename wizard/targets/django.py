"""Django: a settings.py snippet of plain assignments (TARGETS.md section 4).

``EMAIL_USE_TLS`` is STARTTLS and ``EMAIL_USE_SSL`` implicit TLS; they are mutually
exclusive (Django raises ValueError). Django's smtplib connection never upgrades on
its own, so "none" is plain and "starttls" is always enforced. Django has no CA
setting (``EMAIL_SSL_CERTFILE`` is a *client* certificate): a private CA is trusted
through the environment variable ``SSL_CERT_FILE``. Import reads the snippet with
:mod:`ast` (literals only, nothing is run).
"""

from __future__ import annotations

import ast

from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile, Security

from ._common import imported, mailbox, not_this, split_mailbox
from .base import Artifact, Export, Group, Imported, Text

LABEL = QT_TRANSLATE_NOOP("Targets", "Django (settings.py)")
_PASSWORD_FROM_ENV = 'os.environ.get("EMAIL_HOST_PASSWORD", "")'  # noqa: S105 - code, not a secret
CA_WARNING = QT_TRANSLATE_NOOP(
    "Targets",
    "Django has no setting for a CA file (EMAIL_SSL_CERTFILE is a client certificate). "
    "Start the application with the environment variable SSL_CERT_FILE={path}, a file "
    "holding that CA and the usual ones, or its connection will fail where the "
    "wizard's test passed.",
)


NON_ASCII_PASSWORD = QT_TRANSLATE_NOOP(
    "Targets",
    "The password has characters outside ASCII. Django signs in through Python's "
    "smtplib, which cannot send them: sign-in will fail until the password is changed.",
)


def password_warnings(profile: Profile, password: str | None) -> tuple[Text, ...]:
    """smtplib encodes AUTH PLAIN / LOGIN / CRAM-MD5 as ASCII (checked with Python 3.11:
    UnicodeEncodeError), so Django cannot sign in with a non-ASCII password."""
    if profile.auth and password is not None and not password.isascii():
        return (Text(NON_ASCII_PASSWORD),)
    return ()


def snippet(profile: Profile, password: str | None) -> str:
    lines = [f"# Outgoing mail ({_TLS_COMMENT[profile.security]})"]
    if profile.auth and password is None:
        lines.insert(0, "import os\n")
    lines += [
        'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"',
        f"EMAIL_HOST = {profile.host!r}",
        f"EMAIL_PORT = {profile.effective_port}",
        f"EMAIL_USE_TLS = {profile.security is Security.STARTTLS}",
        f"EMAIL_USE_SSL = {profile.security is Security.SSL}",
        f"EMAIL_HOST_USER = {profile.username if profile.auth else ''!r}",
    ]
    if not profile.auth:
        lines.append('EMAIL_HOST_PASSWORD = ""')
    elif password is None:
        lines.append(f"EMAIL_HOST_PASSWORD = {_PASSWORD_FROM_ENV}")
    else:
        lines.append(f"EMAIL_HOST_PASSWORD = {password!r}")
    if profile.from_address:
        lines.append(f"DEFAULT_FROM_EMAIL = {mailbox(profile)!r}")
        lines.append("SERVER_EMAIL = DEFAULT_FROM_EMAIL")
    lines.append(f"EMAIL_TIMEOUT = {round(profile.timeout)}")
    return "\n".join(lines) + "\n"


_TLS_COMMENT = {
    Security.SSL: "implicit TLS: EMAIL_USE_SSL",
    Security.STARTTLS: "STARTTLS, required: EMAIL_USE_TLS",
    Security.NONE: "no encryption",
}


def _assignments(text: str) -> dict[str, ast.expr]:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        raise not_this(LABEL) from None
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            name = node.targets[0]
            if isinstance(name, ast.Name) and name.id.startswith(("EMAIL_", "DEFAULT_FROM")):
                found[name.id] = node.value
    return found


def _literal(node: ast.expr | None, *kinds: type) -> object:
    """The literal's value if it is one of ``kinds`` (a bool is no int), else None."""
    if node is None:
        return None
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None  # os.environ.get(...): not in the text
    if isinstance(value, bool) and bool not in kinds:
        return None
    return value if isinstance(value, kinds) else None


class DjangoTarget:
    id = "django"
    label = LABEL
    group = Group.WEB
    cannot_carry = frozenset({"ca_file"})
    note = Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "EMAIL_USE_TLS is STARTTLS and EMAIL_USE_SSL is implicit TLS; never both.",
        )
    )
    steps = (
        QT_TRANSLATE_NOOP(
            "Targets",
            "Paste the lines at the end of your project's settings.py (or your "
            "settings module), replacing any EMAIL_ lines there.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Without the password in the lines, set the environment variable "
            "EMAIL_HOST_PASSWORD for the application.",
        ),
        QT_TRANSLATE_NOOP(
            "Targets",
            "Restart the application, then test with: python manage.py sendtestemail "
            "you@example.com",
        ),
        QT_TRANSLATE_NOOP(
            "Targets", "Django before 4.2 does not check the server's certificate: upgrade."
        ),
    )

    def export(self, profile: Profile, password: str | None = None) -> Export:
        artifact = Artifact(
            "settings.py",
            Text(QT_TRANSLATE_NOOP("Targets", "Lines for settings.py")),
            snippet(profile, password),
            contains_password=password is not None and profile.auth,
            syntax="python",
        )
        warnings: tuple[Text, ...] = ()
        if profile.ca_file:
            warnings = (Text(CA_WARNING, {"path": profile.ca_file}),)
        return Export((artifact,), warnings + password_warnings(profile, password))

    def detect(self, text: str) -> int:
        if "EMAIL_HOST =" in text or ("EMAIL_HOST=" in text and "EMAIL_PORT" in text):
            return 90 if "EMAIL_USE_" in text else 60
        return 0

    def parse(self, text: str) -> Imported:
        found = _assignments(text)
        host = _literal(found.get("EMAIL_HOST"), str)
        if not isinstance(host, str):
            raise not_this(LABEL)
        port = _literal(found.get("EMAIL_PORT"), int, str)
        use_tls = _literal(found.get("EMAIL_USE_TLS"), bool) is True
        use_ssl = _literal(found.get("EMAIL_USE_SSL"), bool) is True
        if use_tls and use_ssl:
            raise not_this(LABEL)  # Django itself refuses this (ValueError)
        security = Security.SSL if use_ssl else Security.STARTTLS if use_tls else Security.NONE
        user = _literal(found.get("EMAIL_HOST_USER"), str)
        password = _literal(found.get("EMAIL_HOST_PASSWORD"), str)
        sender = _literal(found.get("DEFAULT_FROM_EMAIL"), str)
        name, address = split_mailbox(sender if isinstance(sender, str) else "")
        return imported(
            LABEL,
            host=host,
            port=port if port is not None else 25,  # Django's default EMAIL_PORT
            security=security,
            username=user if isinstance(user, str) else "",
            password=password if isinstance(password, str) else None,
            from_address=address,
            display_name=name,
        )


TARGET = DjangoTarget()
