"""The Qt binding keeps Python's reference counts straight (docs/NOTES.md).

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to ``None`` on
every Qt call that returns nothing; after a few thousand calls the interpreter
aborts with ``Fatal Python error: none_dealloc``. This probe makes such calls
and compares ``sys.getrefcount(None)`` (and True/False) before and after. It
checks every few hundred calls and stops at the first sign of a leak, so a
leaking build fails here with a message instead of killing the test run.

On CPython 3.12+ None, True and False are immortal (PEP 683): their reference
count never changes, so this probe passes there whatever the binding does, and
a lost reference to them cannot abort the interpreter either.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel, QPlainTextEdit

CALLS = 20_000  # setText + appendPlainText pairs: 40,000 calls that return nothing
CHUNK = 100  # 200 calls between looks: a leak of one reference per call shows after one chunk
# Measured on PySide6 6.11.3 / CPython 3.11.7: drift 0 after all 40,000 calls (and 0 for
# True/False). The loop creates no objects that keep a reference to None, so anything
# beyond a handful is the binding; 6.12.0 loses 200 per chunk.
BOUND = 50

# References a leaking binding dropped, put back so that the interpreter lives long
# enough to report the failure (None's count would otherwise reach zero later).
REPAID: list[object] = []

SINGLETONS = {"None": None, "True": True, "False": False}


def refcounts() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def drift_since(before: dict[str, int]) -> dict[str, int]:
    after = refcounts()
    return {name: after[name] - before[name] for name in before}


def repay(drift: dict[str, int]) -> None:
    """Hold one reference for each one the binding dropped."""
    for name, value in SINGLETONS.items():
        if drift[name] < 0:
            REPAID.extend([value] * -drift[name])


def binding() -> str:
    return f"PySide6 {PySide6.__version__} on CPython {sys.version.split()[0]}"


def test_void_qt_calls_keep_the_refcount_of_none(qapp):
    label = QLabel()
    edit = QPlainTextEdit()
    edit.setMaximumBlockCount(1000)  # the document stays small; only the calls matter
    for _ in range(CHUNK):  # warm up: first calls may fill caches
        label.setText("warm-up")
        edit.appendPlainText("warm-up")
    before = refcounts()
    done = 0
    drift = drift_since(before)
    while done < CALLS:
        for _ in range(CHUNK):
            label.setText("probe")
            edit.appendPlainText("line")
        done += CHUNK
        drift = drift_since(before)
        if any(abs(value) > BOUND for value in drift.values()):
            repay(drift)
            break
    print(
        f"{binding()}: {done:,} setText + {done:,} appendPlainText calls, "
        f"refcount drift None {drift['None']:+d}, True {drift['True']:+d}, "
        f"False {drift['False']:+d} (before: {before})"
    )
    off = {name: value for name, value in drift.items() if abs(value) > BOUND}
    assert not off, (
        f"{binding()} does not keep reference counts: after {done:,} setText + "
        f"appendPlainText pairs the refcount drift is {drift} (bound ±{BOUND}). "
        "A build like this aborts the interpreter (Fatal Python error: none_dealloc); "
        "keep the PySide6-Essentials cap in pyproject.toml. See docs/NOTES.md."
    )
