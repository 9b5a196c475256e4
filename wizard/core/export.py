"""Compatibility layer over :mod:`wizard.targets` (issue 14): the generic formats
(JSON, the three .env files, the URL / DSN) moved into target modules; these names
keep working for older callers. New code uses :data:`wizard.targets.TARGETS`.

Semantics differ between consumers (NOTES.md): every export states which TLS it
means; the password is left out unless the caller passes it; a file that contains
it is written with :func:`write_export` (mode 0600).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from wizard.targets import TARGETS, note, write_export
from wizard.targets._envfile import env_quote
from wizard.targets._envfile import parse_env as parse_env
from wizard.targets.dsn import parse_dsn

from . import i18n
from .model import Profile

__all__ = [
    "FORMATS",
    "ExportFormat",
    "ExportNote",
    "env_quote",
    "export_notes",
    "export_profile",
    "parse_dsn",
    "parse_env",
    "write_export",
]

_GENERIC = ("json", "env", "env-python", "env-node", "dsn")
_SUFFIX = {"json": ".json", "dsn": ".txt"}


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str  # English source; context "Targets"
    suffix: str
    note: str  # what the TLS setting means in this format (context "Export")


FORMATS: dict[str, ExportFormat] = {
    fmt: ExportFormat(
        fmt,
        TARGETS[fmt].label,
        _SUFFIX.get(fmt, ".env"),
        found.source if (found := note(TARGETS[fmt])) else "",
    )
    for fmt in _GENERIC
}


def export_profile(profile: Profile, fmt: str, password: str | None = None) -> str:
    """The profile as text in format ``fmt`` (any target id); the password only if given."""
    if fmt not in TARGETS:
        raise ValueError(f"unknown export format {fmt!r}")
    return TARGETS[fmt].export(profile, password).combined()


class ExportNote(NamedTuple):
    """A generic format's warning as a (source, params) pair; ``source`` is an
    English string in context "Export". (Other targets' warnings are
    :class:`wizard.targets.Text` with their own context: use the targets' API.)"""

    source: str
    params: Mapping[str, str]

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = (translate or i18n.localize)("Export", self.source)
        return template.format(**self.params)


def export_notes(profile: Profile, fmt: str, password: str | None = None) -> list[ExportNote]:
    """What format ``fmt`` leaves out or cannot promise (its warnings), one note each:
    the CA-file note (placeholder ``{path}``), the .env notes (``{names}``: keys,
    never values). Pass the ``password`` the export includes, or its key is not
    checked. Empty when the export carries everything."""
    if fmt not in TARGETS:
        raise ValueError(f"unknown export format {fmt!r}")
    warnings = TARGETS[fmt].export(profile, password).warnings
    return [ExportNote(w.source, dict(w.params)) for w in warnings]
