"""SecretStore: the one place passwords are kept.

Passwords live in the system keyring (service ``SERVICE``, account = profile
id). Every keyring call runs on its own daemon thread with a deadline: Secret
Service calls can hang over D-Bus and ``keyring`` has no timeout API, and a
hung call must neither freeze the window nor keep the process alive at exit.

When no usable backend exists — keyring's ``fail`` backend (raises
NoKeyringError), ``null`` (silently stores nothing), a plaintext file backend,
or a chainer made only of those — passwords are kept in memory for this session
only, and the UI says so. Never a silent plaintext fallback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from . import errorlog
from .i18n import QT_TRANSLATE_NOOP

SERVICE = "smtp-setup-wizard"
DEFAULT_DEADLINE = 5.0
# Windows Credential Manager caps a secret at 2560 bytes (CRED_MAX_CREDENTIAL_BLOB_SIZE)
# and keyring stores it there as UTF-16: see secret_size. Every backend alike.
MAX_SECRET_BYTES = 2560

_C = "SecretStore"

T = TypeVar("T")


class StoreKind(StrEnum):
    SYSTEM = "system"
    SESSION = "session"


MESSAGES = {
    "where.system": QT_TRANSLATE_NOOP(
        "SecretStore", "The password will be kept in the system keyring ({backend})."
    ),
    "where.system_unnamed": QT_TRANSLATE_NOOP(
        "SecretStore", "The password will be kept in the system keyring."
    ),
    "where.session": QT_TRANSLATE_NOOP(
        "SecretStore",
        "No usable system keyring was found, so the password is kept for this session only "
        "and will have to be typed again next time. It is never written to a file.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "SecretStore",
        "The system keyring is locked. Unlock it (for example by signing in again) and retry.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "SecretStore",
        "The system keyring did not answer in time. The password was kept for this session.",
    ),
    "unavailable": QT_TRANSLATE_NOOP(
        "SecretStore", "The system keyring could not be used: {detail}"
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "SecretStore", "The password is too long to store (2560 bytes at most)."
    ),
}

# What people call each keyring (keyring's class names mean nothing to them).
KEYRING_NAMES = {
    "keyring.backends.SecretService.Keyring": QT_TRANSLATE_NOOP(
        "SecretStore", "GNOME Keyring / Secret Service"
    ),
    "keyring.backends.libsecret.Keyring": QT_TRANSLATE_NOOP(
        "SecretStore", "GNOME Keyring / Secret Service"
    ),
    "keyring.backends.kwallet.DBusKeyring": QT_TRANSLATE_NOOP("SecretStore", "KWallet"),
    "keyring.backends.Windows.WinVaultKeyring": QT_TRANSLATE_NOOP(
        "SecretStore", "Windows Credential Manager"
    ),
    "keyring.backends.macOS.Keyring": QT_TRANSLATE_NOOP("SecretStore", "macOS Keychain"),
}

# Backends that must never count as a place to keep a password.
_UNUSABLE = (
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # asks for a password on stdin: unusable in a GUI
)


class SecretStoreError(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail

    @property
    def message(self) -> str:
        """English source text; translate with context ``SecretStore``."""
        return MESSAGES[self.code]


def _lineage(obj: object) -> set[str]:
    return {f"{cls.__module__}.{cls.__qualname__}" for cls in type(obj).__mro__}


def backend_is_usable(backend: Any) -> bool:
    """A real place to keep secrets (not fail/null/plaintext, nor a chain of those)."""
    if backend is None:
        return False
    lineage = _lineage(backend)
    if lineage & set(_UNUSABLE):
        return False
    if "keyring.backends.chainer.ChainerBackend" in lineage:
        return any(backend_is_usable(b) for b in getattr(backend, "backends", ()))
    return True


def _human_name(backend: Any) -> str:
    if backend is None or not backend_is_usable(backend):
        return ""
    for name in _lineage(backend):
        if name in KEYRING_NAMES:
            return KEYRING_NAMES[name]
    # A chain stores in its first usable backend (highest priority first).
    for member in getattr(backend, "backends", ()):
        if backend_is_usable(member):
            return _human_name(member)
    return ""


def secret_size(secret: str) -> int:
    """The bytes ``secret`` takes in Windows Credential Manager: UTF-16 code units x 2
    (a character outside the BMP is two units), not its UTF-8 length."""
    return len(secret.encode("utf-16-le", "surrogatepass"))


def _default_backend() -> Any:
    import keyring  # lazy: ~100 ms, and not needed to draw the first window

    return keyring.get_keyring()


async def _in_thread(fn: Callable[..., T], *args: Any, deadline: float) -> T:
    """Run ``fn`` on a daemon thread; give up waiting after ``deadline`` seconds."""
    import asyncio  # not at import: the first window shows before asyncio loads

    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(result: Any, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)

    def runner() -> None:
        try:
            result = fn(*args)
        except BaseException as exc:  # handed to the awaiting coroutine
            if not loop.is_closed():
                loop.call_soon_threadsafe(deliver, None, exc)
            return
        if not loop.is_closed():
            loop.call_soon_threadsafe(deliver, result, None)

    threading.Thread(target=runner, name="keyring-call", daemon=True).start()
    try:
        return await asyncio.wait_for(future, deadline)
    except TimeoutError:
        raise SecretStoreError("timeout") from None


class SecretStore:
    """Facade over ``keyring``; ``backend`` is injectable for tests."""

    def __init__(
        self,
        backend: Any = None,
        *,
        deadline: float = DEFAULT_DEADLINE,
        backend_factory: Callable[[], Any] = _default_backend,
    ) -> None:
        self._backend = backend
        self._backend_factory = backend_factory
        self._resolved = backend is not None
        self.deadline = deadline
        self._session: dict[str, str] = {}

    async def resolve(self) -> StoreKind:
        """Find the backend (off the GUI thread: importing keyring probes D-Bus)."""
        if not self._resolved:
            try:
                self._backend = await _in_thread(self._backend_factory, deadline=self.deadline)
            except Exception:
                self._backend = None
            self._resolved = True
        return self.kind

    @property
    def kind(self) -> StoreKind:
        return StoreKind.SYSTEM if backend_is_usable(self._backend) else StoreKind.SESSION

    @property
    def keyring_name(self) -> str:
        """The keyring's name as people know it (English, context ``SecretStore``),
        or "" when it has none we know: then it is just "the system keyring"."""
        return _human_name(self._backend)

    def where(self) -> tuple[str, dict[str, str]]:
        """(English message, params) saying where passwords are kept. ``{backend}``
        is an English name from KEYRING_NAMES: translate it with the message."""
        if self.kind is StoreKind.SYSTEM:
            if name := self.keyring_name:
                return MESSAGES["where.system"], {"backend": name}
            return MESSAGES["where.system_unnamed"], {}
        return MESSAGES["where.session"], {}

    async def get(self, account: str) -> str | None:
        await self.resolve()
        if account in self._session:
            return self._session[account]
        if self.kind is StoreKind.SESSION:
            return None
        secret: str | None = await self._call(self._backend.get_password, SERVICE, account)
        errorlog.remember_secret(secret)  # never in error.log
        return secret

    async def set(self, account: str, secret: str) -> StoreKind:
        """Store ``secret``; returns where it went. On a keyring failure the
        secret is kept for the session and the error is raised for the UI."""
        if secret_size(secret) > MAX_SECRET_BYTES:
            raise SecretStoreError("too_long")
        errorlog.remember_secret(secret)  # never in error.log
        await self.resolve()
        if self.kind is StoreKind.SESSION:
            self._session[account] = secret
            return StoreKind.SESSION
        try:
            await self._call(self._backend.set_password, SERVICE, account, secret)
        except SecretStoreError:
            self._session[account] = secret
            raise
        self._session.pop(account, None)
        return StoreKind.SYSTEM

    async def delete(self, account: str) -> None:
        await self.resolve()
        self._session.pop(account, None)
        if self.kind is StoreKind.SESSION:
            return
        try:
            await self._call(self._backend.delete_password, SERVICE, account)
        except SecretStoreError as exc:
            if exc.code != "not_found":
                raise

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        try:
            return await _in_thread(fn, *args, deadline=self.deadline)
        except SecretStoreError:
            raise
        except Exception as exc:
            raise _translate_error(exc) from None


def _translate_error(exc: Exception) -> SecretStoreError:
    name = type(exc).__name__
    if name == "PasswordDeleteError":
        return SecretStoreError("not_found")
    if name == "KeyringLocked" or "locked" in str(exc).lower():
        return SecretStoreError("locked")
    # Never include the exception text verbatim beyond its type: some backends
    # echo their arguments, and one of them is the secret.
    return SecretStoreError("unavailable", name)


MESSAGES["not_found"] = QT_TRANSLATE_NOOP("SecretStore", "No password is stored for this setup.")
