"""Benchmarks print figures and never assert timings; they run only on demand:
``uv run pytest -m benchmark tests/benchmarks -s`` (deselected otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    wanted = "benchmark" in (config.getoption("markexpr") or "")
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.benchmark)
            if not wanted:
                item.add_marker(pytest.mark.skip(reason="benchmark: run with -m benchmark"))
