"""Where the password goes, said with the keyring's human name (issue 12): never a
backend class name such as "(Keyring)"."""

from __future__ import annotations

import pytest
from keyring.backends import SecretService, chainer, fail, kwallet, libsecret, macOS

from tests.keyrings import MemoryKeyring
from wizard.core.secrets import MESSAGES, SecretStore


def where(backend) -> str:
    text, params = SecretStore(backend).where()
    return text.format(**params)


@pytest.mark.parametrize(
    ("backend", "name"),
    [
        (SecretService.Keyring, "GNOME Keyring / Secret Service"),
        (libsecret.Keyring, "GNOME Keyring / Secret Service"),
        (kwallet.DBusKeyring, "KWallet"),
        (kwallet.DBusKeyringKWallet4, "KWallet"),
        (macOS.Keyring, "macOS Keychain"),
    ],
)
def test_each_known_keyring_is_called_by_its_name(backend, name):
    store = SecretStore(backend())
    assert store.keyring_name == name
    assert where(backend()) == f"The password will be kept in the system keyring ({name})."


def test_windows_credential_manager_by_name():
    from keyring.backends import Windows

    assert SecretStore(Windows.WinVaultKeyring()).keyring_name == "Windows Credential Manager"


def test_a_keyring_we_do_not_know_is_the_system_keyring():
    assert where(MemoryKeyring()) == "The password will be kept in the system keyring."
    assert "()" not in where(MemoryKeyring())


def test_a_chain_is_named_after_the_keyring_that_stores():
    class Chain(chainer.ChainerBackend):
        def __init__(self, *members):
            self._members = members

        @property
        def backends(self):
            return self._members

    assert SecretStore(Chain(fail.Keyring(), SecretService.Keyring())).keyring_name == (
        "GNOME Keyring / Secret Service"
    )
    assert where(Chain(fail.Keyring(), MemoryKeyring())) == MESSAGES["where.system_unnamed"]


def test_no_keyring_is_this_session_only():
    assert where(fail.Keyring()) == MESSAGES["where.session"]
