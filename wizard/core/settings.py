"""App settings (the remembered language, ...): ``settings.json`` beside the saved
setups in :func:`wizard.core.store.config_dir`, written atomically like them.

Not secrets and not setups: losing this file only loses preferences, so a missing,
unreadable or malformed file reads as "no preference" and never stops the app.
"""

from __future__ import annotations

import json
from pathlib import Path

from .store import config_dir, write_atomic

FILE_NAME = "settings.json"


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> dict[str, object]:
    """Every stored preference; {} when there are none or the file is unusable."""
    try:
        data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get_setting(key: str, path: Path | None = None) -> object:
    return load_settings(path).get(key)


def set_setting(key: str, value: object, path: Path | None = None) -> None:
    """Store one preference, keeping the others (read-modify-write, atomic)."""
    target = path or settings_path()
    data = load_settings(target)
    data[key] = value
    write_atomic(target, json.dumps(data, indent=2, ensure_ascii=False))
