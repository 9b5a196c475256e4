"""Where discovery looks and how each source is doing: what the Start page shows
before any discovery runs. Apart from ``discovery`` (which imports the TLS and DNS
modules) so that the window's first show does not import them (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .i18n import QT_TRANSLATE_NOOP


class Source(StrEnum):
    PRESET = "preset"
    SRV = "srv"
    MX = "mx"
    GUESS = "guess"


SOURCE_LABELS: dict[Source, str] = {
    Source.PRESET: QT_TRANSLATE_NOOP("Discovery", "Built-in provider list"),
    Source.SRV: QT_TRANSLATE_NOOP("Discovery", "DNS service records (SRV)"),
    Source.MX: QT_TRANSLATE_NOOP("Discovery", "Mail exchanger (MX) of the domain"),
    Source.GUESS: QT_TRANSLATE_NOOP("Discovery", "Trying common server names"),
}


class SourceState(StrEnum):
    RUNNING = "running"
    FOUND = "found"
    NOTHING = "nothing"
    UNAVAILABLE = "unavailable"  # DNS failed: we could not ask, which is not "nothing there"
    SKIPPED = "skipped"


@dataclass
class SourceUpdate:
    """An event: a source changed state (``detail`` is English, for logs)."""

    source: Source
    state: SourceState
    detail: str = ""
