"""Start coroutines from Qt slots without losing their exceptions.

``qasync.asyncSlot`` exceptions only reach ``sys.excepthook`` (NOTES.md); here
every task reports failure to a callback instead, so the UI never stays stuck.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)


def spawn(
    coro: Coroutine[Any, Any, Any], on_error: Callable[[BaseException], None] | None = None
) -> asyncio.Task[Any]:
    task = asyncio.ensure_future(coro)

    def done(t: asyncio.Task[Any]) -> None:
        if t.cancelled():
            return
        exc = t.exception()
        if exc is None:
            return
        if on_error is not None:
            on_error(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)

    task.add_done_callback(done)
    return task


# Threads started ahead, in idle time after start-up: a check needs three at once
# (its TLS context, its name lookup, its test message).
PRESTARTED_THREADS = 3
PRESTART_AFTER = 0.3  # seconds: after the first window is shown


def use_thread_pool(loop: asyncio.AbstractEventLoop) -> None:
    """Give the loop a default executor whose threads are started ahead of need.

    qasync's own default executor is made on the first ``run_in_executor`` (the
    first check's TLS context or name lookup) and starts all ten of its QThreads
    at once, on the GUI thread: 10-25 ms in the middle of the first check. Even a
    ``ThreadPoolExecutor`` waits on the GUI thread for each new thread to start
    (1-5 ms each on a loaded machine), so its threads are started in idle time
    after start-up, and one of them imports the IDNA codec, which the first check
    of a host name (``to_ascii_host``) would otherwise import on the GUI thread
    (issue 15, found with ``tests/benchmarks/stall_probe.py``)."""
    executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="wizard-io")
    loop.set_default_executor(executor)

    def prestart() -> None:
        for _ in range(PRESTARTED_THREADS):
            executor.submit(_warm_codecs)  # busy a moment, so each submit adds a thread

    loop.call_later(PRESTART_AFTER, prestart)


def _warm_codecs() -> None:
    "example.test".encode("idna")  # imports encodings.idna, stringprep, unicodedata
    time.sleep(0.01)
