"""Translation markers for core strings.

Core stays Qt-free, so it cannot call ``QCoreApplication.translate``. It marks
its English source strings with :func:`QT_TRANSLATE_NOOP` (the name
``pyside6-lupdate`` recognises) and hands them to the presentation layer,
which translates them with the same context. :func:`set_translator` lets the
GUI or the CLI plug in its translator; until then, strings stay English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    del context
    return text


def _identity(context: str, text: str) -> str:
    del context
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Install the function that turns (context, English source) into the UI language."""
    global _translator
    _translator = translator or _identity


def localize(context: str, text: str) -> str:
    """Translate a marked core string with the installed translator."""
    return _translator(context, text)


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, params: dict[str, str]) -> str:
    """Fill ``{name}`` placeholders in a string *after* it is translated (the
    translation keeps the names; a value is never looked up in the catalogue).
    An unknown name stays as it is written, never a KeyError."""
    return _PLACEHOLDER.sub(lambda m: params.get(m.group(1), m.group(0)), text)
