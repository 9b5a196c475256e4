"""The shape every export/import target has (issue 14).

A *target* is one application (or family) that consumes SMTP settings: coreBOS,
CiviCRM, Odoo, Django, Laravel, msmtp, Postfix, ... Each lives in its own module
under :mod:`wizard.targets` and registers one :class:`Target` instance. Adding a
target means one module plus its tests; nothing else changes (the CLI's
``export --format`` / ``import --format`` choices, the Finish page's chooser and
the import auto-detection all read :data:`wizard.targets.TARGETS`).

Rules every target keeps (DESIGN.md, TARGETS.md):

* TLS is stated exactly as the consumer understands it. Where the consumer would
  stay plain or only *opportunistically* upgrade, the export forces STARTTLS (or
  says, in a :class:`Warning`, that it cannot).
* The password only when the caller passes one (the user asked); an artifact that
  holds it has ``contains_password=True`` and is written 0600 by
  :func:`write_export`.
* The CA file goes where the consumer has a place for it; where it has none, a
  warning says what to do by hand.
* User-visible text (label, steps, warnings) is an English source marked with
  ``QT_TRANSLATE_NOOP("Targets", ...)``; placeholders are filled after translation.

This module is Qt-free: the CLI and the tests use it without a display.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from wizard.core import i18n
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import Profile

CONTEXT = "Targets"


class Group(StrEnum):
    """How the Finish page groups targets ("Where will you use these settings?")."""

    CRM_ERP = "crm_erp"
    WEB = "web"  # web frameworks and web apps
    SERVERS = "servers"  # servers and tools (msmtp, Postfix, Thunderbird, ...)
    OTHER = "other"  # generic: JSON, .env, URL / DSN

    @property
    def label(self) -> str:
        """English source, context "Targets"."""
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    Group.CRM_ERP: QT_TRANSLATE_NOOP("Targets", "CRM and ERP"),
    Group.WEB: QT_TRANSLATE_NOOP("Targets", "Web frameworks and web apps"),
    Group.SERVERS: QT_TRANSLATE_NOOP("Targets", "Servers and tools"),
    Group.OTHER: QT_TRANSLATE_NOOP("Targets", "Other formats"),
}


@dataclass(frozen=True)
class Text:
    """A translatable message: ``source`` (English, context "Targets" unless
    ``context`` says otherwise) with ``{name}`` placeholders filled from ``params``
    *after* translation, so translators never see a value."""

    source: str
    params: Mapping[str, str] = field(default_factory=dict)
    context: str = CONTEXT

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = (translate or i18n.localize)(self.context, self.source)
        return template.format(**self.params) if self.params else template


@dataclass(frozen=True)
class Artifact:
    """One piece of an export: a file's contents, a snippet, a command.

    ``filename`` is the suggested file name (``.env``, ``msmtprc``,
    ``mail_server.xml``...); ``title`` says in words what it is ("Outgoing Server
    form fields", "SQL for automation"). ``syntax`` is a hint for display
    ("sql", "python", "ini", "xml", "json", "shell", "php", "text").
    """

    filename: str
    title: Text
    text: str
    contains_password: bool = False
    syntax: str = "text"


@dataclass(frozen=True)
class Export:
    """What a target makes of a profile: one or more artifacts and the warnings
    (what the target cannot express, what the user must do by hand)."""

    artifacts: tuple[Artifact, ...]
    warnings: tuple[Text, ...] = ()

    @property
    def contains_password(self) -> bool:
        return any(a.contains_password for a in self.artifacts)

    def combined(self) -> str:
        """All artifacts as one text (the CLI's stdout / ``--output``): a single
        artifact as it is; several, each after a comment line naming it, in the
        comment syntax of its kind."""
        if len(self.artifacts) == 1:
            return self.artifacts[0].text
        parts = []
        for artifact in self.artifacts:
            mark = _COMMENT.get(artifact.syntax, "#")
            parts.append(f"{mark} --- {artifact.filename}: {artifact.title.text()} ---\n")
            parts.append(artifact.text if artifact.text.endswith("\n") else artifact.text + "\n")
        return "".join(parts)


_COMMENT = {"sql": "--", "xml": "<!--", "php": "//", "json": "//", "js": "//"}


@dataclass(frozen=True)
class Imported:
    """What an import read: the setup (name may be empty), the password if the
    text had one, and anything it could not carry over."""

    profile: Profile
    password: str | None = None
    warnings: tuple[Text, ...] = ()


class ImportError_(ValueError):
    """The text is not in this target's format, or is in it but unusable.
    ``message`` is translatable; the CLI prints it as one line (exit 65), the GUI
    shows it at the paste field."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.source)
        self.message = message


# What an export → import round trip must give back (tests/test_targets.py), unless
# the target names the field in its optional ``cannot_carry`` (a frozenset of these
# names): e.g. a URL has no place for the From address, a DSN none for a CA file.
ROUND_TRIP_FIELDS = ("host", "port", "security", "auth", "username", "from_address", "ca_file")


def cannot_carry(target: object) -> frozenset[str]:
    """The fields of :data:`ROUND_TRIP_FIELDS` ``target`` cannot express (optional
    attribute ``cannot_carry``; absent: it carries them all)."""
    return frozenset(getattr(target, "cannot_carry", frozenset()))


def note(target: object) -> Text | None:
    """The target's optional ``note`` (a :class:`Text`): what its TLS setting means,
    shown above the preview; None when it has none."""
    found = getattr(target, "note", None)
    return found if isinstance(found, Text) else None


def write_export(path: Path, text: str, contains_password: bool) -> None:
    """Write an export; a file holding a password is created 0600 from the start."""
    mode = 0o600 if contains_password else 0o644
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, mode)
    try:
        if contains_password:
            os.fchmod(fd, 0o600)  # the file may have existed with wider permissions
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


class Target(Protocol):
    """One consumer of SMTP settings. Implementations are plain module-level
    objects (a frozen dataclass or a class instance) registered in
    :mod:`wizard.targets`."""

    id: str  # CLI id: "corebos", "django-environ", ...
    label: str  # English source, context "Targets": "coreBOS", "Django (settings.py)"
    group: Group
    # English sources, context "Targets": numbered steps to apply the export.
    steps: tuple[str, ...]

    def export(self, profile: Profile, password: str | None = None) -> Export:
        """The profile in this target's form. ``password`` only if the user asked
        for it (None: leave it out, with a placeholder or a keyring lookup)."""
        ...

    def detect(self, text: str) -> int:
        """How sure (0-100) that ``text`` is this target's format. Must never raise."""
        ...

    def parse(self, text: str) -> Imported:
        """Read ``text`` back into a setup; raise :class:`ImportError_` when it is
        not usable. Must never raise anything else (fuzzed)."""
        ...
