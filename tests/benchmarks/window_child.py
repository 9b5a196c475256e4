"""One window mapped, in a fresh process that imports nothing else first.

``python tests/benchmarks/window_child.py bare|wizard`` with ``BENCH_T0`` (the
parent's ``time.time()`` just before starting it) prints one JSON line:
``{"ms": process start to the window exposed and painted, "rss": MB}``, and for
the wizard also ``ready``/``rss_ready`` (the loop made and one turn run: when it
answers input). Run with the tree to measure first on ``PYTHONPATH`` (the parent,
``bench_ui``, does that), so one child script measures any tree alike.

Only ``os``, ``sys`` and ``time`` are imported before the window (json after it):
a bare window must not pay for the harness's own modules, or every ratio against
it would look better than it is.
"""

from __future__ import annotations

import os
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(kind: str) -> None:
    started = float(os.environ["BENCH_T0"])
    app_module = None
    if kind == "bare":
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication([])
        window = QLabel("bare")
        window.resize(760, 560)
        window.show()
    else:
        from wizard.ui import app as app_module

        if hasattr(app_module, "open_first_window"):
            # As main.py runs (issue 15): the window first, then the loop.
            app, windows = app_module.open_first_window(app_module.parse_args([]), [])
            window = windows.wizards[0] if windows.wizards else windows.manager
        else:  # a tree from before issue 15: the loop first, as it ran then
            from tests.benchmarks.bench_ui import _older_wizard_window

            app, window = _older_wizard_window()
    while window.windowHandle() is None or not window.windowHandle().isExposed():
        app.processEvents()
    app.processEvents()
    sample = {"ms": (time.time() - started) * 1000, "rss": rss_mb()}
    if app_module is not None and hasattr(app_module, "make_loop"):
        import asyncio

        loop = app_module.make_loop(app)
        loop.run_until_complete(asyncio.sleep(0))
        sample |= {"ready": (time.time() - started) * 1000, "rss_ready": rss_mb()}
    import json

    print(json.dumps(sample), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
