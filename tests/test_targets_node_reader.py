"""Nodemailer reads the `nodemailer` target's JSON with its own code
(createTransport + SMTPConnection): the connection it would open is the one tested
(issue 14). Sending through Postfix with it is the system tier's job (i14c)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.test_export_readers import NODE_DIR
from tests.test_export_readers import node as node  # the fixture that runs npm ci
from wizard.core.model import Profile, Security
from wizard.targets import TARGETS

PASSWORD = "p:@/?#%+ é\"'\\"
CASES = {
    "starttls": Profile(
        host="smtp.example.com",
        port=587,
        security=Security.STARTTLS,
        username="u:x@y",
        from_address="app@example.com",
        display_name='Billing "EU"',
    ),
    "ssl": Profile(host="mail.example.org", port=465, security=Security.SSL, username="s"),
    # "none" on 587: without ignoreTLS Nodemailer would upgrade whenever offered.
    "none": Profile(host="10.0.0.25", port=587, security=Security.NONE, auth=False),
}


def _nodemailer_reads(tmp_path, text: str) -> dict:
    path = tmp_path / "smtp.json"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [shutil.which("node") or "node", str(NODE_DIR / "transport.js"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=NODE_DIR,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("with_password", [False, True])
def test_nodemailer_opens_the_connection_that_was_tested(node, tmp_path, case, with_password):
    profile = CASES[case]
    password = PASSWORD if with_password and profile.auth else None
    read = _nodemailer_reads(tmp_path, TARGETS["nodemailer"].export(profile, password).combined())
    assert (read["host"], read["port"]) == (profile.host, profile.effective_port)
    assert read["secure"] == (profile.security is Security.SSL)
    assert read["requireTLS"] == (profile.security is Security.STARTTLS)
    assert read["ignoreTLS"] == (profile.security is Security.NONE)
    if profile.auth:
        assert read["auth"]["user"] == profile.username  # ":" kept: no URL to split
        assert read["auth"]["credentials"].get("pass") == password
    else:
        assert read["auth"] is None
    if profile.from_address:
        assert read["from"] == {"name": profile.display_name, "address": profile.from_address}
