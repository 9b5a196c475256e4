"""The loop set up as main.py sets it up, for every benchmark child (light: no
test servers, no engine, so a start-up measurement stays a start-up measurement)."""

from __future__ import annotations


def as_main_py_runs(loop: object) -> None:
    """The loop set up as ``wizard.ui.app`` sets it up (its default executor);
    an older tree measured with ``BENCH_ROOT`` may not have it."""
    try:
        from wizard.ui.tasks import use_thread_pool
    except ImportError:
        return
    use_thread_pool(loop)  # type: ignore[arg-type]
