"""Export and import targets: one module per consumer (see :mod:`.base`).

:data:`TARGETS` maps CLI id → target, in the order the Finish page lists them
within a group. A new target module is imported in :data:`_MODULES` below.
"""

from __future__ import annotations

import importlib

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


def _load() -> None:
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        found = getattr(module, "TARGETS_HERE", None) or (module.TARGET,)
        for target in found:
            if target.id in TARGETS:
                raise RuntimeError(f"duplicate target id {target.id!r}")
            TARGETS[target.id] = target


def get(target_id: str) -> Target:
    return TARGETS[target_id]


def detect(text: str) -> list[tuple[int, Target]]:
    """Targets that recognise ``text``, surest first (confidence > 0)."""
    scored = [(t.detect(text), t) for t in TARGETS.values()]
    return sorted(((s, t) for s, t in scored if s > 0), key=lambda st: -st[0])


_load()
