"""`main.py profiles delete` against the real Secret Service: the keyring entry goes
first, so a locked keyring leaves the setup listed and its password in place
(never a password nobody can see or delete)."""

from __future__ import annotations

import json

from tests.conftest import run_main
from tests.system.stack import PASSWORD, USER
from tests.system.test_keyring import secret_service, session_bus  # noqa: F401 - fixture
from wizard.core.model import Profile
from wizard.core.secrets import SERVICE, SecretStore
from wizard.core.store import ProfileStore, config_dir


def names_on_disk() -> list[str]:
    data = json.loads((config_dir() / "profiles.json").read_text())
    return [entry["name"] for entry in data["profiles"]]


async def test_delete_with_the_real_keyring_locked_keeps_setup_and_password(session_bus):  # noqa: F811
    import secretstorage

    profile = Profile(name="Postfix", host="localhost", username=USER, from_address=USER)
    profiles = ProfileStore(config_dir() / "profiles.json")
    profiles.put(profile)
    profiles.save()
    await SecretStore(secret_service(), deadline=10).set(profile.id, PASSWORD)
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
        done = run_main("profiles", "delete", "Postfix")
    finally:
        connection.close()
        session_bus.restart_keyring()  # unlocks the same keyring file
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "locked" in done.stderr and "not deleted" in done.stderr
    assert PASSWORD not in done.stdout + done.stderr
    assert names_on_disk() == ["Postfix"]
    assert secret_service().get_password(SERVICE, profile.id) == PASSWORD

    done = run_main("profiles", "delete", "Postfix")  # unlocked: both go
    assert done.returncode == 0, done.stderr
    assert names_on_disk() == []
    assert secret_service().get_password(SERVICE, profile.id) is None
