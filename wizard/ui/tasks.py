"""Start coroutines from Qt slots without losing their exceptions.

``qasync.asyncSlot`` exceptions only reach ``sys.excepthook`` (NOTES.md); here
every task reports failure to a callback instead, so the UI never stays stuck.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QAbstractButton, QWidget

T = TypeVar("T")

log = logging.getLogger(__name__)


def spawn(
    coro: Coroutine[Any, Any, Any], on_error: Callable[[BaseException], None] | None = None
) -> asyncio.Task[Any]:
    import asyncio  # loaded once the loop exists: after the first window shows

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


class BusyWork(Generic[T]):
    """One piece of long work a page runs (a test, discovery, the deliverability
    checks), with its Run and Stop buttons and busy indicator kept in step.

    ``start`` disables Run, enables Stop and shows the indicator; when the task
    ends (done, stopped or failed) the buttons come back and ``done(task)`` says
    what happened, unless the window is ``gone``. An unexpected exception also
    reaches ``sys.excepthook`` (the app's error boundary: one line, error.log).
    A second ``start`` while running returns the running task: a double click
    never starts two."""

    def __init__(
        self,
        run: QAbstractButton,
        stop: QAbstractButton,
        *,
        gone: Callable[[], bool],
        busy: QWidget | None = None,
        changed: Callable[[], None] | None = None,
    ) -> None:
        self.run_button, self.stop_button, self.busy = run, stop, busy
        self._gone, self._changed = gone, changed
        self.task: asyncio.Task[T] | None = None
        self._active = False
        stop.setEnabled(False)

    @property
    def running(self) -> bool:
        return self._active

    def start(
        self, coro: Coroutine[Any, Any, T], done: Callable[[asyncio.Task[T]], None]
    ) -> asyncio.Task[T]:
        import asyncio

        if self._active and self.task is not None:
            coro.close()
            return self.task
        self._show(True)
        task = asyncio.ensure_future(coro)
        self.task = task
        task.add_done_callback(lambda finished: self._finished(finished, done))
        return task

    def cancel(self) -> None:
        if self._active and self.task is not None:
            self.task.cancel()

    def _show(self, active: bool) -> None:
        self._active = active
        self.run_button.setEnabled(not active)
        self.stop_button.setEnabled(active)
        if self.busy is not None:
            self.busy.setVisible(active)
        if self._changed is not None:
            self._changed()

    def _finished(self, task: asyncio.Task[T], done: Callable[[asyncio.Task[T]], None]) -> None:
        if task is not self.task:
            return
        error = None if task.cancelled() else task.exception()  # retrieved: no asyncio warning
        if self._gone():
            self._active = False
            return  # the window closed: its widgets may be gone
        self._show(False)
        done(task)
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)


# Work held until the loop exists (the app shows its first window before making it).
_held: list[Callable[[], None]] | None = None


def hold_until_loop() -> None:
    """From now on, ``when_loop_runs`` keeps its callbacks until ``loop_made``."""
    global _held
    if _held is None:
        _held = []


def when_loop_runs(callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop: at once from a zero timer, or, while
    the app is still showing its first window without a loop, once it has one."""
    if _held is not None:
        _held.append(callback)
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, callback)


def drop_held() -> None:
    """The loop will never come (the app failed to start): forget what was held, and
    hold nothing from now on (a window opened later starts its tasks as usual)."""
    global _held
    _held = None


def loop_made(loop: asyncio.AbstractEventLoop) -> None:
    """The loop exists: what was held runs on its first turns."""
    global _held
    held, _held = _held or [], None
    for callback in held:
        loop.call_soon(callback)


def in_background(work: Callable[..., object], *args: object) -> None:
    """Run ``work(*args)`` in a worker thread and forget it: the running loop's
    executor (threads started ahead, :func:`use_thread_pool`), or before the loop
    exists a thread of its own. Its errors are ignored: it only warms a cache."""
    loop = None
    running = sys.modules.get("asyncio")  # not imported yet: no loop yet either
    if running is not None:
        try:
            loop = running.get_running_loop()
        except RuntimeError:
            loop = None
    if loop is None:
        import threading

        threading.Thread(target=work, args=args, daemon=True).start()
        return
    future = loop.run_in_executor(None, work, *args)
    future.add_done_callback(lambda f: f.cancelled() or f.exception())


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
    from concurrent.futures import ThreadPoolExecutor  # after the first show

    executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="wizard-io")
    loop.set_default_executor(executor)

    def prestart() -> None:
        for _ in range(PRESTARTED_THREADS):
            executor.submit(_warm_codecs)  # busy a moment, so each submit adds a thread

    loop.call_later(PRESTART_AFTER, prestart)


def _warm_codecs() -> None:
    "example.test".encode("idna")  # imports encodings.idna, stringprep, unicodedata
    time.sleep(0.01)
