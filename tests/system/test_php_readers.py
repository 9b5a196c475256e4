"""The PHP consumers' own parsers read the Laravel and Symfony exports (issue 14):
phpdotenv (Laravel's .env reader) and Symfony Mailer's Dsn + EsmtpTransportFactory
(Debian php-vlucas-phpdotenv, php-symfony-mailer 5.4). Sending through Postfix with
them is branch i14c's proof; this is what they *read*."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from wizard.core.model import Profile, Security
from wizard.targets import TARGETS

READERS = Path(__file__).resolve().parent.parent / "php" / "readers.php"
NEEDED = ("/usr/share/php/Dotenv/autoload.php", "/usr/share/php/Symfony/Component/Mailer")
# Everything phpdotenv or a URL could take for syntax: quotes, escapes, ${}, #, %, +.
TRICKY = "ab \"'\\$`{}#%+:@/?&=~é\t€"


def _php(tmp_path: Path, requests: list[dict]) -> list[dict]:
    php = shutil.which("php")
    if not php or not all(os.path.exists(p) for p in NEEDED):
        reason = "php-cli, php-vlucas-phpdotenv or php-symfony-mailer is not installed"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI is set, so the PHP readers must run", pytrace=False)
        pytest.skip(reason)
    path = tmp_path / "requests.json"
    path.write_text(json.dumps(requests), encoding="utf-8")
    proc = subprocess.run(
        [php or "php", str(READERS), str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


# phpdotenv expands ${NAME} of a variable it knows (an earlier line, the environment).
KNOWN = ["${MAIL_HOST}", "x${MAIL_MAILER}y", "${HOME}", "\\${MAIL_HOST}", '"${MAIL_PORT}"']


def _secrets(count: int) -> list[str]:
    chooser = random.Random(14)  # the same cases every run
    drawn = [
        "".join(chooser.choice(TRICKY) for _ in range(chooser.randint(1, 16)))
        for _ in range(count - len(KNOWN))
    ]
    return KNOWN + drawn


def test_phpdotenv_reads_laravels_values_exactly(tmp_path):
    base = Profile(host="smtp.example.com", port=587, security=Security.STARTTLS)
    cases = []
    for index, secret in enumerate(_secrets(150)):
        profile = base.copy(
            username=f"u{secret}", from_address="a@example.com", display_name=secret
        )
        export = TARGETS["laravel"].export(profile, secret)
        folder = tmp_path / str(index)
        folder.mkdir()
        (folder / ".env").write_text(export.artifacts[0].text, encoding="utf-8")
        cases.append((profile, secret, export))
    answers = _php(tmp_path, [{"op": "dotenv", "dir": str(tmp_path / str(i))} for i in range(150)])
    for (profile, secret, export), answer in zip(cases, answers, strict=True):
        values = answer["values"]
        if export.contains_password:
            assert values["MAIL_PASSWORD"] == secret
        else:  # only what Laravel would turn into null/true/false/empty is left out
            assert export.warnings
        assert values["MAIL_USERNAME"] == profile.username
        assert values["MAIL_FROM_NAME"] == secret
        assert (values["MAIL_HOST"], values["MAIL_PORT"]) == ("smtp.example.com", "587")


@pytest.mark.parametrize("security", list(Security))
def test_symfony_mailer_reads_the_dsn_into_the_tested_connection(tmp_path, security):
    port = {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[security]
    secrets = _secrets(60)
    profiles = [
        Profile(host="smtp.example.com", port=port, security=security, username=f"u{s}@x")
        for s in secrets
    ]
    dsns = []
    for profile, secret in zip(profiles, secrets, strict=True):
        text = TARGETS["symfony"].export(profile, secret).artifacts[0].text
        dsns.append(text.strip().removeprefix("MAILER_DSN="))
    answers = _php(tmp_path, [{"op": "dsn", "dsn": dsn} for dsn in dsns])
    for profile, secret, answer in zip(profiles, secrets, answers, strict=True):
        assert "error" not in answer, answer
        assert (answer["host"], answer["port"]) == (profile.host, port)
        assert answer["transport_port"] == port
        # Implicit TLS from the first byte only for ssl; STARTTLS is negotiated later.
        assert answer["transport_tls"] == (security is Security.SSL)
        assert (answer["transport_user"], answer["transport_password"]) == (
            profile.username,
            secret,
        )
        assert answer["require_tls"] == ("true" if security is Security.STARTTLS else None)
        assert answer["auto_tls"] == ("false" if security is Security.NONE else None)
