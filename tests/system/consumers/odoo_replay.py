"""Odoo 17/18 ``ir.mail_server.connect()`` replayed with the standard library,
which is all it uses (TARGETS.md §3; Odoo is neither on PyPI nor in Debian).

    python -m tests.system.consumers.odoo_replay RECIPIENT < fields.json

``fields.json`` holds the exported record's fields. 'ssl' → ``SMTP_SSL``,
'starttls' → ``SMTP`` + ``starttls()``, 'none' → plain ``SMTP`` with no upgrade;
no SSL context is passed, as in 17/18, so the certificate is not checked; login
only if ``smtp_user`` is set. Exit 0 once the server accepted the message.
"""

from __future__ import annotations

import json
import smtplib
import sys


def main(argv: list[str]) -> int:
    record = json.loads(sys.stdin.read())
    encryption = record.get("smtp_encryption") or "none"
    password = record.get("smtp_pass") or ""
    smtp_class = smtplib.SMTP_SSL if encryption == "ssl" else smtplib.SMTP
    try:
        connection = smtp_class(record["smtp_host"], int(record.get("smtp_port") or 25), timeout=15)
        if encryption == "starttls":
            connection.starttls()
        if record.get("smtp_user"):
            connection.login(record["smtp_user"], password)
        message = b"Subject: issue 14 odoo\r\n\r\nSent by the Odoo replay.\r\n"
        connection.sendmail(record["smtp_user"], [argv[1]], message)
        connection.quit()
    except Exception as error:
        text = str(error).replace(password, "***") if password else str(error)
        print(f"Odoo replay: {type(error).__name__}: {text}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
