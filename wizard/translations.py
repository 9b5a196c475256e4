"""Which language to show, for the CLI (QtCore only) and the GUI.

The CLI must stay light and never import QtWidgets; QtCore's QTranslator
reads the same compiled ``.qm`` files the GUI uses, so both speak alike.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from wizard.core import i18n

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
LANGUAGES = ("en", "es")


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            return value.split("_")[0].split(".")[0].lower()
    lang = locale.getlocale()[0] or ""
    return lang.split("_")[0].lower()


# The names people look for in a language menu: each in its own language.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


def _settings_path() -> Path:
    from wizard.core.store import config_dir

    return config_dir() / "settings.json"


def saved_language() -> str | None:
    """The language the user chose in the wizard last time, if any."""
    import json

    try:
        value = json.loads(_settings_path().read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return None
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    import json

    path = _settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data["language"] = lang
    from wizard.core.store import write_atomic

    write_atomic(path, json.dumps(data, indent=2))


def resolve_language(choice: str | None) -> str:
    """--lang, else the choice remembered from the wizard, else the system's."""
    lang = (choice or saved_language() or system_language() or "en").lower()
    return lang if lang in LANGUAGES else "en"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"wizard_{lang}.qm"


def install_for_cli(choice: str | None) -> str:
    """Install a translator for core and CLI strings; returns the language used."""
    lang = resolve_language(choice)
    if lang == "en" or not qm_path(lang).exists():
        i18n.set_translator(None)
        return "en"
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        i18n.set_translator(None)
        return "en"

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    i18n.set_translator(translate)
    _keep.append(translator)
    return lang


_keep: list[object] = []
