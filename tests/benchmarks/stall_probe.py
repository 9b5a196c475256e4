"""Where the GUI thread stalls during a check: the bench's first-check setup
(a STARTTLS check with a message under qasync, the transcript pane fed), with a
5 ms heartbeat and a sampler thread reading the GUI thread's stack every 0.5 ms.
For every heartbeat gap over ``BENCH_GAP_MS`` (10) it prints the gap and the
stacks sampled in it, most frequent first (the innermost project/library frames).

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m tests.benchmarks.stall_probe [CHECKS]``
"""

from __future__ import annotations

import asyncio
import collections
import os
import sys
import threading
import time
from pathlib import Path


def _stack(frame: object, depth: int = 14) -> str:
    names = []
    while frame is not None and len(names) < depth:
        code = frame.f_code  # type: ignore[attr-defined]
        names.append(f"{Path(code.co_filename).name}:{frame.f_lineno}:{code.co_name}")  # type: ignore[attr-defined]
        frame = frame.f_back  # type: ignore[attr-defined]
    return " < ".join(names)


def main(checks: int) -> None:
    from PySide6.QtCore import Qt, QTimer

    from tests.benchmarks.checkbench import cold_check, serve_starttls
    from tests.benchmarks.loop_setup import transcript_window
    from wizard.core.engine import run_check

    threshold = float(os.environ.get("BENCH_GAP_MS", "10")) / 1000
    port, stop, certs = serve_starttls()
    gui = threading.get_ident()
    samples: list[tuple[float, str]] = []
    sampling = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            if sampling.is_set():
                frame = sys._current_frames().get(gui)
                samples.append((time.monotonic(), _stack(frame)))
            time.sleep(0.0005)

    threading.Thread(target=sample, daemon=True).start()
    _app, loop, view = transcript_window()  # the app lives as long as this frame
    gaps: list[tuple[float, float]] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        if sampling.is_set() and now - last[0] > threshold:
            gaps.append((last[0], now))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    async def run() -> None:
        await asyncio.sleep(0.3)
        for number in range(checks):
            request, on_event = cold_check(port, certs, view)
            await asyncio.sleep(0.05)
            gaps.clear()
            samples.clear()
            last[0] = time.monotonic()
            sampling.set()
            await run_check(request, on_event)
            await asyncio.sleep(0.05)
            sampling.clear()
            print(f"check {number + 1}: {len(gaps)} gaps over {threshold * 1000:.0f} ms")
            for start, end in sorted(gaps, key=lambda g: g[0] - g[1])[:4]:
                inside = collections.Counter(s for t, s in samples if start <= t <= end)
                print(f"  gap {(end - start) * 1000:.1f} ms")
                for stack, count in inside.most_common(4):
                    print(f"    {count:3d} × {stack}")

    with loop:
        loop.run_until_complete(run())
    stop.set()
    del timer


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
