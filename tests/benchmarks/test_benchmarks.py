"""The benchmarks as tests: ``uv run pytest -m benchmark tests/benchmarks -s``.

They print the tables docs/PERFORMANCE.md quotes. Only what must hold whatever
the machine's speed is asserted (every check passed); never a timing.
"""

from __future__ import annotations

import os

import pytest

from tests.benchmarks import bench_rtt, bench_ui

RUNS = int(os.environ.get("BENCH_RUNS", "3"))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_round_trips_of_each_check_variant():
    text = await bench_rtt.main(RUNS)
    print("\n" + text)
    assert "| NO |" not in text


def test_what_a_user_waits_for_on_their_own_machine():
    text = bench_ui.report(RUNS)
    print("\n" + text)
    assert text.count("|") > 20
