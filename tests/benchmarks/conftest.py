"""Benchmarks print figures and never assert timings; they run only on demand:
``uv run pytest -m benchmark tests/benchmarks -s`` (deselected otherwise, so a normal
run, and CI, reports no skips)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    wanted = "benchmark" in (config.getoption("markexpr") or "")
    ours = [item for item in items if here in Path(item.fspath).parents]
    for item in ours:
        item.add_marker(pytest.mark.benchmark)
    if not wanted and ours:
        config.hook.pytest_deselected(items=ours)
        items[:] = [item for item in items if item not in ours]
