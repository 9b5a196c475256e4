"""The msmtp export's passwordeval finds the wizard's own entry in the real Secret
Service (gnome-keyring on the stack's private bus): the attributes it names are the
ones the keyring library stored (issue 14). Sending with msmtp is branch i14c's proof."""

from __future__ import annotations

import os
import subprocess

from tests.system.conftest import use_stack_keyring
from tests.system.stack import PASSWORD, USER
from wizard.core.model import Profile, Security
from wizard.core.secrets import SecretStore, StoreKind
from wizard.targets import TARGETS


async def test_passwordeval_reads_the_password_the_wizard_saved(
    system_stack, monkeypatch, tmp_path
):
    use_stack_keyring(system_stack, monkeypatch, tmp_path)
    from keyring.backends import SecretService

    profile = Profile(
        name="Office", host="localhost", port=587, security=Security.STARTTLS, username=USER
    )
    assert await SecretStore(SecretService.Keyring()).set(profile.id, PASSWORD) is StoreKind.SYSTEM
    text = TARGETS["msmtp"].export(profile).combined()
    [command] = [
        line[len("passwordeval ") :]
        for line in text.splitlines()
        if line.startswith("passwordeval ")
    ]
    # msmtp runs the command through the shell and takes the first line of its output.
    found = subprocess.run(
        ["sh", "-c", command],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, **system_stack.keyring_env()},
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines()[0] == PASSWORD
    assert PASSWORD not in text
