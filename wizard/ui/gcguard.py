"""Python's cyclic garbage collector runs only on the GUI thread.

The automatic collector runs on whichever thread happens to allocate when a
threshold is crossed: a worker thread (the TLS context build, a keyring call, the
test servers) could collect a window nobody referenced any more and destroy its Qt
objects there, outside their own thread, with their timers still registered. The
GUI thread then delivered a timer event to freed memory: a segfault in
``QTimerInfoList::activateTimers`` (seen in 2-4 runs in 12 of the GUI tests once pages
were built on a timer; gone with collection on the GUI thread, 0 in 12; NOTES.md).

So the app turns the automatic collector off and does the same work from a timer on
the GUI thread (:func:`install`); the tests call :func:`collect_if_due` after each
test. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_if_due() -> int:
    """Collect the generation the automatic collector would (its thresholds, read
    now); returns the generation collected, or -1 when none was due."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return -1
    generation = 2 if count2 >= threshold2 else 1 if count1 >= threshold1 else 0
    gc.collect(generation)
    return generation


def install(parent: QObject) -> QTimer:
    """Turn the automatic collector off; collect on the GUI thread instead."""
    from PySide6.QtCore import QTimer

    gc.disable()
    timer = QTimer(parent)
    timer.setObjectName("gcOnGuiThread")
    timer.timeout.connect(collect_if_due)
    timer.start(INTERVAL_MS)
    return timer
