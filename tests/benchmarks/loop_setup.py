"""The loop set up as main.py sets it up, for every benchmark child (light: no
test servers, no engine, so a start-up measurement stays a start-up measurement)."""

from __future__ import annotations

from typing import Any


def as_main_py_runs(loop: object) -> None:
    """The loop set up as ``wizard.ui.app`` sets it up (its default executor);
    an older tree measured with ``BENCH_ROOT`` may not have it."""
    try:
        from wizard.ui.tasks import use_thread_pool
    except ImportError:
        return
    use_thread_pool(loop)  # type: ignore[arg-type]


def transcript_window() -> tuple[Any, Any, Any]:
    """(app, loop, view): a QApplication, its qasync loop set up as main.py's, and a
    transcript pane shown at 700 x 400, for the children that feed it."""
    import asyncio

    from PySide6.QtWidgets import QApplication

    import qasync  # isort: skip - after PySide6: qasync picks its binding by import order

    from wizard.ui.transcript_view import TranscriptView

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    as_main_py_runs(loop)
    view = TranscriptView()
    view.resize(700, 400)
    view.show()
    return app, loop, view
