"""Keyring backends for tests: in memory, hanging, locked, and keyring's own fail/null."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise PasswordDeleteError("not found")
        del self.items[(service, username)]


class HangingKeyring(MemoryKeyring):
    """Like a Secret Service call stuck on D-Bus: blocks until released."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(30)
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self.release.wait(30)
        super().set_password(service, username, password)


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")

    set_password = get_password  # type: ignore[assignment]
