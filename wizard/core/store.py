"""ProfileStore: saved setups in one versioned JSON file.

Written atomically (temp file in the same folder + fsync + rename, then fsync
of the folder), with the previous version kept as ``.bak``. A file that cannot
be read, or that a newer version of the app wrote, is set aside under a new
name and reported — never overwritten, never a crash. Passwords are never in
this file: they live in the SecretStore.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import QT_TRANSLATE_NOOP
from .model import Profile

SCHEMA_VERSION = 1
APP_DIR = "smtp-setup-wizard"
_C = "ProfileStore"

MESSAGES = {
    "corrupt": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file could not be read and was set aside as {path}. "
        "Starting with an empty list.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "ProfileStore",
        "The saved setups file was written by a newer version of this app. It was set "
        "aside as {path} and left untouched.",
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


@dataclass
class LoadReport:
    problem: str = ""  # "", "corrupt" or "newer"
    set_aside: Path | None = None

    @property
    def message(self) -> str:
        return MESSAGES[self.problem] if self.problem else ""


@dataclass
class ProfileStore:
    path: Path = field(default_factory=lambda: config_dir() / "profiles.json")
    profiles: list[Profile] = field(default_factory=list)

    def load(self) -> LoadReport:
        self.profiles = []
        if not self.path.exists():
            return LoadReport()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            version = int(data.get("version", 0))
            if version > SCHEMA_VERSION:
                return LoadReport("newer", self._set_aside("newer"))
            self.profiles = [Profile.from_dict(item) for item in data["profiles"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.profiles = []
            return LoadReport("corrupt", self._set_aside("corrupt"))
        return LoadReport()

    def _set_aside(self, why: str) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{why}-{stamp}")
        os.replace(self.path, target)
        return target

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"version": SCHEMA_VERSION, "profiles": [p.to_dict() for p in self.profiles]},
            indent=2,
            ensure_ascii=False,
        )
        write_atomic(self.path, payload, backup=True)

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
        """Add or replace (by id). Raises ValueError("name.taken") on a duplicate name."""
        if self.name_taken(profile.name, profile.id):
            raise ValueError("name.taken")
        for index, existing in enumerate(self.profiles):
            if existing.id == profile.id:
                self.profiles[index] = profile
                return
        self.profiles.append(profile)

    def remove(self, profile_id: str) -> None:
        self.profiles = [p for p in self.profiles if p.id != profile_id]

    def unique_name(self, base: str) -> str:
        if not self.by_name(base):
            return base
        number = 2
        while self.by_name(f"{base} ({number})"):
            number += 1
        return f"{base} ({number})"


def write_atomic(path: Path, text: str, *, backup: bool = False) -> None:
    """Temp file in the same folder + fsync + rename: readers see the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
