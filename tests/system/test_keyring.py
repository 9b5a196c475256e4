"""SecretStore against the real Secret Service (gnome-keyring on a private bus)."""

from __future__ import annotations

import gc
import warnings

import pytest

from tests.conftest import assert_no_secret, run_main
from tests.system.conftest import use_stack_keyring
from tests.system.stack import PASSWORD, USER
from wizard.core.model import Profile, Security
from wizard.core.secrets import MESSAGES, SERVICE, SecretStore, SecretStoreError, StoreKind
from wizard.core.store import ProfileStore, config_dir


@pytest.fixture
def session_bus(system_stack, monkeypatch, tmp_path):
    """This process talks to the stack's bus; its config lives in tmp_path."""
    use_stack_keyring(system_stack, monkeypatch, tmp_path)
    yield system_stack
    # keyring's SecretService backend opens a D-Bus connection per call and never
    # closes it (jeepney); collect those sockets here rather than in a later test.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def secret_service():
    from keyring.backends import SecretService

    return SecretService.Keyring()


async def test_a_password_is_stored_read_by_a_new_process_and_deleted(session_bus):
    store = SecretStore(secret_service())
    assert await store.resolve() is StoreKind.SYSTEM
    profile = Profile(
        name="Postfix",
        host="localhost",
        port=session_bus.port("submission"),
        security=Security.STARTTLS,
        username=USER,
        from_address=USER,
        ca_file=session_bus.ca_file,
    )
    profiles = ProfileStore(config_dir() / "profiles.json")
    profiles.load()
    profiles.put(profile)
    profiles.save()
    assert await store.set(profile.id, PASSWORD) is StoreKind.SYSTEM
    assert await SecretStore(secret_service()).get(profile.id) == PASSWORD
    assert PASSWORD not in (config_dir() / "profiles.json").read_text()

    # A new process (the command line) finds the password in the keyring and signs in.
    done = run_main("check", "--profile", "Postfix")
    assert_no_secret(done.stdout + done.stderr, PASSWORD, USER)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "235 2.7.0 Authentication successful" in done.stdout

    await store.delete(profile.id)
    assert secret_service().get_password(SERVICE, profile.id) is None
    await store.delete(profile.id)  # deleting twice is fine


async def test_a_locked_keyring_gives_the_documented_message(session_bus):
    import secretstorage

    store = SecretStore(secret_service(), deadline=10)
    await store.set("locked-test", "x")
    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    try:
        assert collection.is_locked()
        with pytest.raises(SecretStoreError) as raised:
            await SecretStore(secret_service(), deadline=10).get("locked-test")
        assert raised.value.code == "locked"
        assert raised.value.message == MESSAGES["locked"]
    finally:
        connection.close()
        # Unlocking needs a prompt nobody can answer here: start the daemon again,
        # which unlocks the same keyring file with its password.
        session_bus.restart_keyring()
    assert await SecretStore(secret_service()).get("locked-test") == "x"
    await SecretStore(secret_service()).delete("locked-test")


async def test_the_real_keyring_is_named_as_people_know_it(session_bus):
    store = SecretStore()  # what the app finds by itself (PYTHON_KEYRING_BACKEND above)
    assert await store.resolve() is StoreKind.SYSTEM
    text, params = store.where()
    assert text.format(**params) == (
        "The password will be kept in the system keyring (GNOME Keyring / Secret Service)."
    )
