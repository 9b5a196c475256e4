"""msmtp and Postfix read the exported files with their own parsers (issue 14):
``msmtp --pretend`` prints the account it would use; ``postconf -n`` the main.cf
settings, ``postmap -q`` the sasl_passwd entry the relayhost looks up. Sending
through Postfix with them is the system tier's job (branch i14c)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from wizard.core.model import AuthMechanism, Profile, Security
from wizard.core.secrets import SERVICE
from wizard.targets import TARGETS, write_export

PASSWORD = 'p "w\\d #1 $x'  # quotes, a backslash, "#", "$": kept as written
PROFILES = {
    "starttls": Profile(
        name="Office mail",
        host="smtp.example.com",
        port=587,
        security=Security.STARTTLS,
        username="app@example.com",
        from_address="app@example.com",
        ca_file="/etc/ssl/my ca.pem",
    ),
    "ssl": Profile(
        host="mail.example.org",
        port=465,
        security=Security.SSL,
        username="sender",
        mechanism=AuthMechanism.LOGIN,
    ),
    "none": Profile(host="10.0.0.25", port=25, security=Security.NONE, auth=False),
}

needs_msmtp = pytest.mark.skipif(not shutil.which("msmtp"), reason="msmtp not installed")
needs_postfix = pytest.mark.skipif(not shutil.which("postconf"), reason="postfix not installed")


def _msmtp_reads(path) -> dict[str, str]:
    # --pretend runs passwordeval. Without a Secret Service here, a stand-in
    # secret-tool answers (the real lookup needs the system tier's keyring).
    stub = path.parent / "bin" / "secret-tool"
    stub.parent.mkdir(exist_ok=True)
    stub.write_text("#!/bin/sh\necho from-the-keyring\n")
    stub.chmod(0o755)
    proc = subprocess.run(
        [shutil.which("msmtp") or "msmtp", "-C", str(path), "--pretend"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "HOME": str(path.parent), "PATH": f"{stub.parent}:/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    pairs = (line.partition(" = ") for line in proc.stdout.splitlines())
    return {key: value for key, sep, value in pairs if sep}


@needs_msmtp
@pytest.mark.parametrize("case", sorted(PROFILES))
@pytest.mark.parametrize("with_password", [False, True])
def test_msmtp_reads_the_account_as_exported(tmp_path, case, with_password):
    profile = PROFILES[case]
    password = PASSWORD if with_password and profile.auth else None
    export = TARGETS["msmtp"].export(profile, password)
    [artifact] = export.artifacts
    path = tmp_path / "msmtprc"
    write_export(path, artifact.text, artifact.contains_password)
    os.chmod(path, 0o600)  # msmtp wants it so whenever it may hold a password
    read = _msmtp_reads(path)
    assert (read["host"], read["port"]) == (profile.host, str(profile.effective_port))
    assert read["tls"] == ("off" if profile.security is Security.NONE else "on")
    if profile.security is not Security.NONE:
        expected = "on" if profile.security is Security.STARTTLS else "off"
        assert read["tls_starttls"] == expected
        assert read["tls_trust_file"] == (profile.ca_file or "system")
    if profile.auth:
        assert read["user"] == profile.username
        if password:
            assert read["password"] == "*" and read["passwordeval"] == "(not set)"
        else:  # msmtp ran the lookup (password "*": it got one) with these attributes
            assert read["password"] == "*"
            assert read["passwordeval"] == (
                f"secret-tool lookup service {SERVICE} username {profile.id}"
            )
    else:
        assert read["auth"] == "none"  # msmtp prints "auth off" so
    if profile.from_address:
        assert read["from"] == profile.from_address
    assert TARGETS["msmtp"].parse(artifact.text).password == password


@needs_postfix
@pytest.mark.parametrize("case", sorted(PROFILES))
def test_postfix_reads_main_cf_and_finds_the_password_under_the_relayhost(tmp_path, case):
    profile = PROFILES[case]
    password = PASSWORD if profile.auth else None
    files = {a.filename: a.text for a in TARGETS["postfix"].export(profile, password).artifacts}
    (tmp_path / "main.cf").write_text(files["main.cf"])
    (tmp_path / "master.cf").write_text("")
    proc = subprocess.run(
        ["postconf", "-c", str(tmp_path), "-n"], capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 0 and "warning" not in proc.stderr, proc.stderr
    settings = dict(line.split(" = ", 1) for line in proc.stdout.splitlines())
    relay = settings["relayhost"]
    assert relay == f"[{profile.host}]:{profile.effective_port}"
    level = settings["smtp_tls_security_level"]
    assert level == {"starttls": "secure", "ssl": "secure", "none": "none"}[case]
    assert settings.get("smtp_tls_wrappermode", "no") == ("yes" if case == "ssl" else "no")
    if profile.ca_file:
        assert settings["smtp_tls_CAfile"] == profile.ca_file
    if not profile.auth:
        assert "sasl_passwd" not in files
        return
    table = tmp_path / "sasl_passwd"
    table.write_text(files["sasl_passwd"])
    subprocess.run(["postmap", "-c", str(tmp_path), str(table)], check=True, timeout=30)
    lookup = subprocess.run(
        ["postmap", "-c", str(tmp_path), "-q", relay, f"hash:{table}"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert lookup.stdout.strip() == f"{profile.username}:{password}"
