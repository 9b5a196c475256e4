"""Export and import targets: one module per consumer (see :mod:`.base`).

:data:`TARGETS` maps CLI id → target, in the order the Finish page lists them
within a group. A new target module is imported in :data:`_MODULES` below.
"""

from __future__ import annotations

import importlib
from typing import Any, cast

from wizard.core.model import Profile

from ._trust import pin_warning
from .base import (
    Artifact,
    Export,
    Group,
    Imported,
    ImportError_,
    Target,
    Text,
    cannot_carry,
    note,
    write_export,
)

__all__ = [
    "TARGETS",
    "Artifact",
    "Export",
    "Group",
    "ImportError_",
    "Imported",
    "Target",
    "Text",
    "cannot_carry",
    "detect",
    "get",
    "note",
    "write_export",
]

# Each module defines ``TARGET`` (one) or ``TARGETS_HERE`` (a family, a tuple).
_MODULES: tuple[str, ...] = (
    # CRM/ERP (i14b)
    "corebos",
    "civicrm",
    "odoo",
    # web frameworks (i14a), then web apps (i14b)
    "django",
    "django_environ",
    "laravel",
    "symfony",
    "nodemailer",
    "phpmailer",
    "wordpress",
    "nextcloud",
    "gitea",
    "grafana",
    "gitlab",
    # servers and tools (i14a, then i14b)
    "msmtp",
    "postfix",
    "thunderbird",
    # generic formats (i14a)
    "json",
    "env",
    "dsn",
)

TARGETS: dict[str, Target] = {}


class _PinAware:
    """A target whose exports also say when the setup trusts a pinned certificate
    (issue 13: "Trust this certificate") that the target has no place for. Targets
    that carry the pin (JSON, .env) say nothing: their warnings come as they are.
    Everything else is the wrapped target's own."""

    def __init__(self, target: Target) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)

    def export(self, profile: Profile, password: str | None = None) -> Export:
        made = self._target.export(profile, password)
        carried = profile.cert_pin in "".join(a.text for a in made.artifacts)
        if not profile.cert_pin or carried:
            return made
        warning = pin_warning(profile)
        if warning in made.warnings:
            return made
        return Export(made.artifacts, (*made.warnings, warning))

    def __repr__(self) -> str:
        return f"<target {self._target.id}>"


def _load() -> None:
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found = getattr(module, "TARGETS_HERE", None) or (module.TARGET,)
        for target in found:
            if target.id in TARGETS:
                raise RuntimeError(f"duplicate target id {target.id!r}")
            TARGETS[target.id] = cast(Target, _PinAware(target))


def get(target_id: str) -> Target:
    return TARGETS[target_id]


def detect(text: str) -> list[tuple[int, Target]]:
    """Targets that recognise ``text``, surest first (confidence > 0)."""
    scored = [(t.detect(text), t) for t in TARGETS.values()]
    return sorted(((s, t) for s, t in scored if s > 0), key=lambda st: -st[0])


_load()
