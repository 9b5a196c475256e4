"""ProfileStore: saved setups in one versioned JSON file.

Reading never changes anything: ``load`` only reads (and sweeps stale temp files
of earlier saves, see below). A file it cannot read, or that a newer version of
the app wrote, is reported and left where it is. Each entry is checked field by
field; a bad entry is reported (which one, why) and skipped, the others load,
and a later save keeps the bad entry as it was.

Only a write decides: ``save`` takes a lock (``.profiles.json.lock``: ``flock``
on POSIX, ``msvcrt.locking`` on Windows), reads the file as it is now and applies
the changes made since the last load or save (``put``/``remove``) to that fresh
content, so two windows or processes saving at once never lose each other's
setups. It refuses to write over a newer version's file; a corrupt file is set
aside under a new name before the new one is written.

Writing is atomic: a temp file in the same folder (``.profiles.json.tmp-PID-RANDOM``)
+ fsync + rename, then fsync of the folder; the previous version is kept as
``.bak`` (a hard link, so no half-copied backup either). A process killed mid-save
leaves at most its temp files; ``load`` and ``save`` remove temp files whose
process is gone or that are older than STALE_AFTER. A failed write (full disk,
read-only folder, no permission) raises StoreError: one line naming the file,
nothing lost. Passwords are never in this file: they live in the SecretStore.
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import i18n
from .i18n import QT_TRANSLATE_NOOP
from .model import Profile, ProfileDataError

SCHEMA_VERSION = 1
APP_DIR = "smtp-setup-wizard"
_C = "ProfileStore"
# A temp file older than this is garbage even when its process id is alive again.
STALE_AFTER = 15 * 60.0
# How long a save waits for another process's save to finish.
LOCK_WAIT = 10.0

MESSAGES = {
    "corrupt": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file {path} could not be read. It is left as it is; the next "
        "save keeps it next to the new list under another name.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "ProfileStore", "The saved setups file {path} could not be opened. It is left as it is."
    ),
    "newer": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file {path} was written by a newer version of this app. It is "
        "shown read-only and left untouched: changes can only be saved by the newer version.",
    ),
    "entries": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "Some saved setups in {path} could not be read and are not shown. The file is left "
        "as it is:",
    ),
}

# Why one entry was skipped (the field names are the file's keys).
ENTRY_MESSAGES = {
    "entry": QT_TRANSLATE_NOOP("ProfileStore", "Setup {number}: {reason}"),
    "entry.named": QT_TRANSLATE_NOOP("ProfileStore", 'Setup {number} ("{name}"): {reason}'),
    "not_object": QT_TRANSLATE_NOOP("ProfileStore", "not a setup record"),
    "text": QT_TRANSLATE_NOOP("ProfileStore", "{field} must be text"),
    "empty": QT_TRANSLATE_NOOP("ProfileStore", "{field} must not be empty"),
    "bool": QT_TRANSLATE_NOOP("ProfileStore", "{field} must be true or false"),
    "int_range": QT_TRANSLATE_NOOP(
        "ProfileStore", "{field} must be a whole number from {low} to {high}"
    ),
    "number_range": QT_TRANSLATE_NOOP(
        "ProfileStore", "{field} must be a number from {low} to {high}"
    ),
    "text_list": QT_TRANSLATE_NOOP("ProfileStore", "{field} must be a list of text"),
    "sha256": QT_TRANSLATE_NOOP(
        "ProfileStore", "{field} must be a SHA-256 fingerprint (64 hexadecimal digits)"
    ),
    "choice": QT_TRANSLATE_NOOP("ProfileStore", "{field} must be one of: {choices}"),
    "duplicate_id": QT_TRANSLATE_NOOP("ProfileStore", "the same id as setup {other}"),
}

ERROR_MESSAGES = {
    "write": QT_TRANSLATE_NOOP(
        "ProfileStore", "The saved setups file {path} could not be written: {reason}."
    ),
    "read": QT_TRANSLATE_NOOP(
        "ProfileStore", "The saved setups file {path} could not be read: {reason}."
    ),
    "newer": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file {path} was written by a newer version of this app, so this "
        "version does not change it.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file {path} is being saved by another window or program; try "
        "again in a moment.",
    ),
    "name_taken": QT_TRANSLATE_NOOP(
        "ProfileStore",
        'Another setup called "{name}" was saved meanwhile (in another window or program); '
        "choose another name.",
    ),
}


def config_dir() -> Path:
    """The platform's per-user config folder for this app."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / APP_DIR


Translate = Callable[[str, str], str]


class StoreError(Exception):
    """The saved setups file could not be saved. ``text()`` is one line in the
    user's language naming the file; nothing was changed on disk."""

    def __init__(
        self, code: str, path: Path, *, reason: str = "", errno: int | None = None, name: str = ""
    ) -> None:
        super().__init__(f"{code}: {path}" + (f": {reason}" if reason else ""))
        self.code = code
        self.path = path
        self.reason = reason
        self.errno = errno
        self.name = name

    @property
    def message(self) -> str:
        """English source text (context ``ProfileStore``)."""
        return ERROR_MESSAGES[self.code]

    def text(self, translate: Translate | None = None) -> str:
        template = (translate or i18n.localize)(_C, self.message)
        return template.format(path=self.path, reason=self.reason, name=self.name)

    @classmethod
    def from_os_error(cls, code: str, path: Path, exc: OSError) -> StoreError:
        reason = exc.strerror or type(exc).__name__
        return cls(code, path, reason=reason, errno=exc.errno)


@dataclass(frozen=True)
class SkippedEntry:
    """An entry of the file that could not be read: which one (1-based) and why."""

    number: int
    name: str
    reason: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        tr = translate or i18n.localize
        reason = tr(_C, ENTRY_MESSAGES[self.reason]).format(**self.params)
        key = "entry.named" if self.name else "entry"
        return tr(_C, ENTRY_MESSAGES[key]).format(number=self.number, name=self.name, reason=reason)


@dataclass
class LoadReport:
    problem: str = ""  # "", "corrupt", "unreadable", "newer" or "entries"
    path: Path | None = None  # the file concerned (left in place)
    skipped: list[SkippedEntry] = field(default_factory=list)
    detail: str = ""  # why the file could not be opened (the system's words)

    @property
    def message(self) -> str:
        """English source text (context ``ProfileStore``) with a ``{path}`` placeholder."""
        return MESSAGES[self.problem] if self.problem else ""

    @property
    def set_aside(self) -> Path | None:
        """The path to put in ``message``'s ``{path}`` (kept for older callers: a load
        no longer sets anything aside, so this is the file itself)."""
        return self.path

    def lines(self, translate: Translate | None = None) -> list[str]:
        """The message, then one line per skipped entry (or the system's reason)."""
        if not self.problem:
            return []
        tr = translate or i18n.localize
        first = tr(_C, self.message).replace("{path}", str(self.path))
        extra = [s.text(translate) for s in self.skipped]
        if self.detail:
            extra.append(self.detail)
        return [first, *extra]

    def text(self, translate: Translate | None = None) -> str:
        return "\n".join(self.lines(translate))


@dataclass
class _Content:
    """What the file holds now: the setups we can read, entries we keep as they are."""

    version: int = SCHEMA_VERSION
    profiles: list[Profile] = field(default_factory=list)
    raw: list[tuple[int, Any]] = field(default_factory=list)  # (position, entry) unreadable
    skipped: list[SkippedEntry] = field(default_factory=list)


@dataclass
class ProfileStore:
    path: Path = field(default_factory=lambda: config_dir() / "profiles.json")
    profiles: list[Profile] = field(default_factory=list)
    # Changes since the last load/save, applied to the file's current content by save().
    _pending: list[tuple[str, Any]] = field(default_factory=list, repr=False, compare=False)
    # The file belongs to a newer version: shown, never written.
    read_only: bool = field(default=False, compare=False)
    # Where the last save put a corrupt file before writing the new list.
    set_aside: Path | None = field(default=None, compare=False)

    # -- reading: never changes the file -------------------------------------
    def load(self) -> LoadReport:
        self.profiles, self._pending, self.read_only = [], [], False
        sweep_temp_files(self.path)
        try:
            content = self._read()
        except _Unreadable as exc:
            return LoadReport(exc.problem, self.path, detail=exc.detail)
        self.profiles = content.profiles
        if content.version > SCHEMA_VERSION:
            self.read_only = True
            return LoadReport("newer", self.path, content.skipped)
        if content.skipped:
            return LoadReport("entries", self.path, content.skipped)
        return LoadReport()

    def _read(self) -> _Content:
        try:
            raw_bytes = self.path.read_bytes()
        except FileNotFoundError:
            return _Content()
        except OSError as exc:
            raise _Unreadable("unreadable", exc.strerror or type(exc).__name__) from None
        try:
            data = json.loads(raw_bytes.decode("utf-8"))
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            raise _Unreadable("corrupt") from None
        if not isinstance(data, dict):
            raise _Unreadable("corrupt")
        version = data.get("version", 0)
        entries = data.get("profiles")
        if (
            isinstance(version, bool)
            or not isinstance(version, int)
            or not isinstance(entries, list)
        ):
            raise _Unreadable("corrupt")
        return _parse_entries(version, entries)

    # -- writing: under the lock, on the file's current content ----------------
    def check_writable(self) -> None:
        """Raise StoreError now if a save could not write (a newer version's file,
        a file that cannot be read): before an action that cannot be undone."""
        with self._locked():
            self._fresh()

    def save(self) -> None:
        """Apply the changes since the last load/save to the file as it is now."""
        with self._locked():
            content, corrupt = self._fresh()
            try:
                profiles, raw = _apply(self._pending, content, self.path)
            except _NameTaken as taken:
                # That change can never be saved: drop it (the caller still has what
                # was typed) and show the list as it is on disk plus the other changes.
                del self._pending[taken.index]
                self.profiles, _ = _apply(self._pending, content, self.path, lenient=True)
                raise taken.error from None
            if self._pending or corrupt:
                set_aside = self._set_aside("corrupt") if corrupt else None
                try:
                    self._write(profiles, raw)
                except StoreError:
                    if set_aside is not None:  # as it was: nothing changed
                        with contextlib.suppress(OSError):
                            os.replace(set_aside, self.path)
                    raise
                self.set_aside = set_aside or self.set_aside
            self.profiles, self._pending = profiles, []
            self.read_only = False

    def _fresh(self) -> tuple[_Content, bool]:
        """The file's current content under the lock; (empty, True) when corrupt."""
        sweep_temp_files(self.path)
        try:
            content = self._read()
        except _Unreadable as exc:
            if exc.problem == "corrupt":
                return _Content(), True
            raise StoreError("read", self.path, reason=exc.detail) from None
        if content.version > SCHEMA_VERSION:
            raise StoreError("newer", self.path)
        return content, False

    def _write(self, profiles: list[Profile], raw: list[tuple[int, Any]]) -> None:
        entries: list[Any] = [p.to_dict() for p in profiles]
        for position, entry in sorted(raw, key=lambda item: item[0]):
            entries.insert(min(position, len(entries)), entry)
        payload = json.dumps(
            {"version": SCHEMA_VERSION, "profiles": entries}, indent=2, ensure_ascii=False
        )
        try:
            write_atomic(self.path, payload, backup=True)
        except OSError as exc:
            raise StoreError.from_os_error("write", self.path, exc) from None

    def _set_aside(self, why: str) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{why}-{stamp}")
        number = 1
        while target.exists():
            number += 1
            target = self.path.with_name(f"{self.path.name}.{why}-{stamp}-{number}")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            raise StoreError.from_os_error("write", self.path, exc) from None
        return target

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(_lock_path(self.path), "a+b")  # noqa: SIM115 - held across the yield
        except OSError as exc:
            raise StoreError.from_os_error("write", self.path, exc) from None
        try:
            if not _lock(handle, LOCK_WAIT):
                raise StoreError("busy", self.path)
            try:
                yield
            finally:
                _unlock(handle)
        finally:
            handle.close()

    # -- the list ------------------------------------------------------------
    def by_name(self, name: str) -> Profile | None:
        wanted = name.strip().casefold()
        return next((p for p in self.profiles if p.name.strip().casefold() == wanted), None)

    def by_id(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def name_taken(self, name: str, except_id: str = "") -> bool:
        other = self.by_name(name)
        return other is not None and other.id != except_id

    def put(self, profile: Profile) -> None:
        """Add or replace (by id); saved by the next save(). Raises
        ValueError("name.taken") on a duplicate name."""
        if self.name_taken(profile.name, profile.id):
            raise ValueError("name.taken")
        self._pending.append(("put", profile))
        for index, existing in enumerate(self.profiles):
            if existing.id == profile.id:
                self.profiles[index] = profile
                return
        self.profiles.append(profile)

    def remove(self, profile_id: str) -> None:
        """Remove (by id); saved by the next save()."""
        self._pending.append(("remove", profile_id))
        self.profiles = [p for p in self.profiles if p.id != profile_id]

    def unique_name(self, base: str) -> str:
        if not self.by_name(base):
            return base
        number = 2
        while self.by_name(f"{base} ({number})"):
            number += 1
        return f"{base} ({number})"


class _Unreadable(Exception):
    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail


def _parse_entries(version: int, entries: list[Any]) -> _Content:
    content = _Content(version=version)
    seen: dict[str, int] = {}
    for position, entry in enumerate(entries):
        number = position + 1
        name = entry.get("name") if isinstance(entry, dict) else None
        name = name if isinstance(name, str) else ""
        try:
            profile = Profile.from_dict(entry)
        except ProfileDataError as exc:
            content.raw.append((position, entry))
            content.skipped.append(SkippedEntry(number, name, exc.reason, exc.params))
            continue
        if profile.id in seen:
            content.raw.append((position, entry))
            content.skipped.append(
                SkippedEntry(number, name, "duplicate_id", {"other": seen[profile.id]})
            )
            continue
        seen[profile.id] = number
        content.profiles.append(profile)
    return content


class _NameTaken(Exception):
    def __init__(self, index: int, error: StoreError) -> None:
        super().__init__(error)
        self.index = index
        self.error = error


def _apply(
    pending: list[tuple[str, Any]], content: _Content, path: Path, *, lenient: bool = False
) -> tuple[list[Profile], list[tuple[int, Any]]]:
    """``content`` with the pending changes applied, in order. A put whose name another
    setup on disk has meanwhile raises _NameTaken (skipped when ``lenient``)."""
    profiles, raw = content.profiles, content.raw
    for index, (action, item) in enumerate(pending):
        if action == "put":
            try:
                profiles, raw = _apply_put(profiles, raw, item, path)
            except StoreError as exc:
                if not lenient:
                    raise _NameTaken(index, exc) from None
        else:
            profiles = [p for p in profiles if p.id != item]
            raw = [(pos, entry) for pos, entry in raw if _raw_id(entry) != item]
    return profiles, raw


def _raw_id(entry: Any) -> object:
    return entry.get("id") if isinstance(entry, dict) else None


def _apply_put(
    profiles: list[Profile], raw: list[tuple[int, Any]], profile: Profile, path: Path
) -> tuple[list[Profile], list[tuple[int, Any]]]:
    wanted = profile.name.strip().casefold()
    for other in profiles:
        if other.id != profile.id and other.name.strip().casefold() == wanted:
            raise StoreError("name_taken", path, name=profile.name)
    raw = [(pos, entry) for pos, entry in raw if _raw_id(entry) != profile.id]
    for index, existing in enumerate(profiles):
        if existing.id == profile.id:
            return [*profiles[:index], profile, *profiles[index + 1 :]], raw
    return [*profiles, profile], raw


# -- the lock ---------------------------------------------------------------------


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _lock(handle: Any, wait: float) -> bool:
    """An exclusive lock on the lock file; False after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno not in (errno_codes.EAGAIN, errno_codes.EACCES, errno_codes.EDEADLK):
                raise
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.005)


def _unlock(handle: Any) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# -- atomic writes and their temp files ----------------------------------------------


def temp_name(path: Path) -> Path:
    """``.NAME.tmp-PID-RANDOM`` next to ``path``: recognisable, and whose process can be told."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}-{os.urandom(4).hex()}")


def _temp_pattern(path: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(path.name)}\.tmp-(\d+)-[0-9a-f]+")


def _legacy_pattern(path: Path) -> re.Pattern[str]:
    # What versions before issue 13 left (tempfile.mkstemp(prefix=".STEM-")).
    return re.compile(rf"\.{re.escape(path.stem)}-[a-z0-9_]{{8}}")


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill would end the process there: go by age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process (EPERM): alive
    return True


def sweep_temp_files(path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temp files of saves that cannot finish any more: their process
    is gone, or they are older than STALE_AFTER. Only names this module makes;
    errors are ignored (a read-only folder keeps them). Returns what was removed."""
    now = time.time() if now is None else now
    ours, legacy = _temp_pattern(path), _legacy_pattern(path)
    removed: list[Path] = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        match = ours.fullmatch(name)
        if match is None and legacy.fullmatch(name) is None:
            continue
        candidate = path.parent / name
        try:
            age = now - candidate.lstat().st_mtime
        except OSError:
            continue
        dead = match is not None and not _process_alive(int(match.group(1)))
        if dead or age > STALE_AFTER:
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def write_atomic(path: Path, text: str, *, backup: bool = False) -> None:
    """Temp file in the same folder + fsync + rename: readers see the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    created: list[Path] = []
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        created.append(tmp)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            _backup(path, created)
        os.replace(tmp, path)
        created.remove(tmp)
    except BaseException:
        for leftover in created:
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise
    _fsync_dir(path.parent)


def _backup(path: Path, created: list[Path]) -> None:
    """``path.bak`` = the current file, replaced atomically (never half a copy)."""
    staged = temp_name(path)
    created.append(staged)
    try:
        os.link(path, staged)  # the same data, no copy: cheap and atomic
    except OSError:
        shutil.copy2(path, staged)  # file systems without hard links
    os.replace(staged, path.with_name(path.name + ".bak"))
    created.remove(staged)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
