"""Django's own mail path, fed only the exported text.

    python -m tests.system.consumers.send_django django|django-environ FILE RCPT SUBJECT

``django``: FILE is the exported settings snippet; it is executed the way
settings.py is (a Python module), and its UPPER_CASE names become the settings.
``django-environ``: FILE is the exported ``.env``; django-environ reads it
(``Env.read_env``) and ``env.email_url()`` turns ``EMAIL_URL`` into settings
(TARGETS.md §4: ``smtps://`` is STARTTLS there, ``smtp+ssl://`` implicit TLS).

The private CA is trusted through ``SSL_CERT_FILE`` (OpenSSL's default paths,
which ``ssl.create_default_context()`` in Django ≥ 4.2 uses). Exit 0 when
``send_mail`` returned 1; otherwise the exception's type and text on stderr
(never the settings: they hold the password).
"""

from __future__ import annotations

import sys
from pathlib import Path


def settings_from(kind: str, file: Path) -> dict[str, object]:
    if kind == "django":
        namespace: dict[str, object] = {}
        exec(compile(file.read_text(encoding="utf-8"), str(file), "exec"), namespace)
        return {k: v for k, v in namespace.items() if k.isupper()}
    if kind == "django-environ":
        import environ

        env = environ.Env()
        environ.Env.read_env(str(file), overwrite=True)
        values = dict(env.email_url("EMAIL_URL"))
        values["DEFAULT_FROM_EMAIL"] = env("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
        return values
    raise SystemExit(f"unknown kind {kind}")


def main(argv: list[str]) -> int:
    kind, file, recipient, subject = argv[1:5]
    values = settings_from(kind, Path(file))
    values.setdefault("EMAIL_TIMEOUT", 15)
    from django.conf import settings

    settings.configure(**values)
    from django.core.mail import send_mail

    sender = str(values.get("DEFAULT_FROM_EMAIL") or values.get("EMAIL_HOST_USER") or "")
    try:
        sent = send_mail(subject, f"Sent by the real {kind} consumer.", sender, [recipient])
    except Exception as error:
        print(f"Django: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0 if sent == 1 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
