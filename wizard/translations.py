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


def saved_language() -> str | None:
    """The language the user chose in the wizard last time, if any."""
    from wizard.core.settings import get_setting

    value = get_setting("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(lang: str) -> None:
    from wizard.core.settings import set_setting

    set_setting("language", lang)


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
