"""Cycles are collected on the GUI thread only (wizard/ui/gcguard.py): a worker
thread's automatic collection once destroyed a forgotten window's Qt objects outside
their thread, and a timer event then reached freed memory (a segfault)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from wizard.ui import gcguard


class Cycle:
    def __init__(self) -> None:
        self.me = self
        self.thread = ""

    def __del__(self) -> None:
        self.thread = threading.current_thread().name
        collected_on.append(self.thread)


collected_on: list[str] = []


def test_the_app_turns_automatic_collection_off_and_collects_from_a_gui_timer(qtbot):
    was = gc.isenabled()
    parent = QObject()
    try:
        timer = gcguard.install(parent)
        assert not gc.isenabled()
        assert timer.isActive() and timer.thread() is parent.thread()
    finally:
        if was:
            gc.enable()


def test_a_cycle_made_garbage_is_collected_on_the_thread_that_asks(qtbot):
    was = gc.isenabled()
    gc.disable()
    try:
        collected_on.clear()
        Cycle()  # garbage at once, but only a collection can free it
        worker = threading.Thread(target=lambda: [object() for _ in range(50_000)])
        worker.start()
        worker.join()
        assert collected_on == []  # the worker's allocations collected nothing
        gc.collect()  # what collect_if_due does when due, on the GUI thread
        assert collected_on == [threading.current_thread().name]
    finally:
        if was:
            gc.enable()


def test_collect_if_due_does_nothing_until_the_threshold(qtbot):
    gc.collect()
    assert gcguard.collect_if_due() == -1
    junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert gcguard.collect_if_due() >= 0
    del junk
