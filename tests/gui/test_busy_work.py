"""One helper keeps Run, Stop and the busy indicator in step with a page's long work
(a test, discovery, the deliverability checks): however the work ends, the buttons
come back; a double click never starts two; an unexpected error is said on the page
and reaches the error boundary; a closed window is left alone."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtWidgets import QProgressBar, QPushButton

from wizard.ui.tasks import BusyWork


def parts(gone: bool = False):
    run, stop, busy = QPushButton("Run"), QPushButton("Stop"), QProgressBar()
    said: list[str] = []
    work: BusyWork[int] = BusyWork(run, stop, busy=busy, gone=lambda: gone)
    return work, run, stop, busy, said


def outcome(said: list[str]):
    def done(task: asyncio.Task[int]) -> None:
        if task.cancelled():
            said.append("stopped")
        elif task.exception() is not None:
            said.append("failed")
        else:
            said.append(f"result {task.result()}")

    return done


async def test_the_buttons_follow_the_work_and_come_back_when_it_ends(qtbot):
    work, run, stop, busy, said = parts()
    release = asyncio.Event()

    async def job() -> int:
        await release.wait()
        return 7

    task = work.start(job(), outcome(said))
    assert work.running and not run.isEnabled() and stop.isEnabled() and not busy.isHidden()
    again = work.start(job(), outcome(said))  # a double click
    assert again is task
    release.set()
    await task
    await asyncio.sleep(0)
    assert said == ["result 7"]
    assert not work.running and run.isEnabled() and not stop.isEnabled() and busy.isHidden()


async def test_stop_before_the_first_step_still_brings_the_buttons_back(qtbot):
    work, run, stop, _busy, said = parts()

    async def job() -> int:
        await asyncio.sleep(10)
        return 1

    task = work.start(job(), outcome(said))
    work.cancel()  # in the same loop turn as the start
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    assert said == ["stopped"]
    assert run.isEnabled() and not stop.isEnabled() and not work.running


async def test_an_unexpected_error_is_said_then_reaches_the_error_boundary(qtbot, monkeypatch):
    work, run, _stop, _busy, said = parts()
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: hooked.append(exc))

    async def job() -> int:
        raise RuntimeError("boom")

    task = work.start(job(), outcome(said))
    await asyncio.gather(task, return_exceptions=True)
    await asyncio.sleep(0)
    assert said == ["failed"]
    assert [str(e) for e in hooked] == ["boom"]
    assert run.isEnabled()


async def test_a_closed_window_is_left_alone(qtbot):
    work, run, _stop, _busy, said = parts(gone=True)

    async def job() -> int:
        return 3

    task = work.start(job(), outcome(said))
    await task
    await asyncio.sleep(0)
    assert said == [] and not work.running
    assert not run.isEnabled()  # untouched: the window is being destroyed
