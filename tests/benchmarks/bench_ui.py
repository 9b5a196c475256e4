"""Benchmarks of what a user waits for on their own machine (no network delay):

* window mapped: process start to the first window exposed, the wizard
  (``main.py`` with no saved setups: the wizard opens) vs a bare PySide6
  window, each in a fresh process, in the same run; RSS after show;
* UI stall during a check: the longest gap between ticks of a 5 ms heartbeat
  QTimer on the GUI thread while a check runs under qasync (cold TLS context,
  as for the first check after start), the transcript pane fed as the test
  page feeds it; aiosmtpd with real TLS runs in a thread with its own loop;
* transcript at scale: 50,000 lines into the transcript pane (fed 100 per loop
  turn, as a flood of server lines arrives), and one 30,000-line reply in a
  single burst: total time, longest heartbeat gap, RSS growth;
* ``main.py check`` first line on stdout vs ``python -c "import aiosmtplib"``.

Every figure is measured in child processes, so one does not warm the next.
Run: ``QT_QPA_PLATFORM=offscreen uv run python -m tests.benchmarks.bench_ui [RUNS]``
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_ROOT") or Path(__file__).resolve().parents[2])
PY = sys.executable
# Bytecode: "cached" (default) runs every child with .pyc files written and read
# (under a prefix outside the tree, warmed by one discarded run), as an installed
# app runs; "none" compiles every module in every process, as this sandbox does
# (PYTHONDONTWRITEBYTECODE=1), which costs the wizard ~0.2 s more than a bare window.
BYTECODE = os.environ.get("BENCH_BYTECODE", "cached")
PYCACHE = Path(tempfile.gettempdir()) / "smtp-wizard-bench-pycache"


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(extra or {})}
    if BYTECODE == "cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# -- children ---------------------------------------------------------------------------
def _older_wizard_window():  # type: ignore[no-untyped-def]
    import asyncio

    from PySide6.QtWidgets import QApplication

    import qasync  # isort: skip

    from wizard import translations
    from wizard.core import providers
    from wizard.core.store import config_dir
    from wizard.ui import app as app_module
    from wizard.ui.context import AppContext

    app = QApplication([])
    installed = app_module.install_translators(app, translations.resolve_language(None))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from tests.benchmarks.loop_setup import as_main_py_runs

    as_main_py_runs(loop)
    providers.set_provider_folder(config_dir() / "providers")
    ctx = AppContext()
    ctx.load()
    windows = app_module.Windows(ctx, installed)
    windows.start(None)
    window = windows.wizards[0] if windows.wizards else windows.manager
    return app, window


def _heartbeat():
    from PySide6.QtCore import Qt, QTimer

    gaps = {"max": 0.0, "last": time.monotonic(), "on": False}

    def tick() -> None:
        now = time.monotonic()
        if gaps["on"]:
            gaps["max"] = max(gaps["max"], now - gaps["last"])
        gaps["last"] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    return timer, gaps


def child_stall() -> None:
    """The longest GUI-thread gap during a STARTTLS check with a message."""
    import asyncio

    from tests.benchmarks.checkbench import cold_check, serve_starttls
    from tests.benchmarks.loop_setup import transcript_window
    from wizard.core.engine import run_check

    port, stop, certs = serve_starttls()
    _app, loop, view = transcript_window()  # the app lives as long as this frame
    timer, gaps = _heartbeat()
    results = []

    async def run() -> None:
        await asyncio.sleep(0.3)  # settle after show
        for _ in range(int(os.environ.get("BENCH_CHECKS", "5"))):
            request, on_event = cold_check(port, certs, view)
            await asyncio.sleep(0.05)
            gaps["max"], gaps["last"], gaps["on"] = 0.0, time.monotonic(), True
            result = await run_check(request, on_event)
            await asyncio.sleep(0.05)
            gaps["on"] = False
            results.append({"stall_ms": gaps["max"] * 1000, "ok": result.ok})

    with loop:
        loop.run_until_complete(run())
    stop.set()
    del timer
    print(json.dumps(results), flush=True)


def child_transcript(lines: int, per_turn: int) -> None:
    """``lines`` transcript lines into the pane, ``per_turn`` per loop turn."""
    import asyncio
    import gc

    from tests.benchmarks.loop_setup import transcript_window
    from wizard.core.transcript import Direction, TranscriptLine

    app, loop, view = transcript_window()
    timer, gaps = _heartbeat()
    figures: dict[str, float] = {}

    async def run() -> None:
        await asyncio.sleep(0.3)
        gc.collect()
        before = rss_mb()
        text = "250-" + "x" * 60
        made = [TranscriptLine(i, Direction.SERVER, True, f"{text} {i}") for i in range(lines)]
        after_made = rss_mb()
        gaps["max"], gaps["last"], gaps["on"] = 0.0, time.monotonic(), True
        started = time.monotonic()
        for start in range(0, lines, per_turn):
            for line in made[start : start + per_turn]:
                view.append_line(line)
            await asyncio.sleep(0)
        # Everything shown: a zero timer runs after the queued paints.
        done = loop.create_future()
        loop.call_later(0.001, done.set_result, None)
        await done
        app.processEvents()
        total = time.monotonic() - started
        await asyncio.sleep(0.1)
        gaps["on"] = False
        gc.collect()
        figures.update(
            total_s=total,
            lines_per_s=lines / total,
            stall_ms=gaps["max"] * 1000,
            rss_growth_mb=rss_mb() - after_made,
            lines_made_mb=after_made - before,
        )

    with loop:
        loop.run_until_complete(run())
    del timer
    print(json.dumps(figures), flush=True)


# -- the parent -------------------------------------------------------------------------
def _child(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [PY, "-m", "tests.benchmarks.bench_ui", *args],
        capture_output=True, text=True, cwd=ROOT, env=child_env(env), timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{args}: {done.stderr[-3000:]}")
    return done.stdout.strip().splitlines()[-1]


WINDOW_CHILD = Path(__file__).with_name("window_child.py")


def window_sample(kind: str, home: str, root: Path | str = ROOT) -> dict[str, float]:
    """One fresh process mapping one window (tests/benchmarks/window_child.py), the
    tree ``root`` first on its path."""
    env = {
        "HOME": home, "XDG_CONFIG_HOME": home, "PYTHONPATH": str(root),
        "BENCH_T0": repr(time.time()),
    }  # fmt: skip
    done = subprocess.run(
        [PY, str(WINDOW_CHILD), kind], capture_output=True, text=True, cwd=root,
        env=child_env(env), timeout=300, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"window {kind}: {done.stderr[-3000:]}")
    sample: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return sample


def window_figures(runs: int) -> dict[str, dict[str, float]]:
    """Bare and wizard windows mapped back to back, ``runs`` turns (plus one that only
    warms the bytecode cache): each figure's median, and ``ratio`` the median of each
    turn's wizard/bare ratios (the shared machine's load drifts less within a turn)."""
    home = tempfile.mkdtemp()
    samples: dict[str, list[dict[str, float]]] = {"bare": [], "wizard": []}
    for run in range(runs + 1):
        turn = {kind: window_sample(kind, home) for kind in ("bare", "wizard")}
        if run:
            for kind, sample in turn.items():
                samples[kind].append(sample)
    out: dict[str, dict[str, float]] = {
        kind: {
            key: statistics.median(s[key] for s in kind_samples)
            for key in ("ms", "rss", "ready", "rss_ready")
            if all(key in s for s in kind_samples)
        }
        for kind, kind_samples in samples.items()
    }
    pairs = list(zip(samples["bare"], samples["wizard"], strict=True))
    out["ratio"] = {
        key: statistics.median(w[key] / b[base] for b, w in pairs)
        for key, base in (("ms", "ms"), ("rss", "rss"), ("ready", "ms"), ("rss_ready", "rss"))
        if all(key in w for _, w in pairs)
    }
    return out


def paired_window_figures(runs: int) -> dict[str, float]:
    """Window mapped, bare and wizard started back to back ``runs`` times (and, with
    ``BENCH_ROOT_B`` set, that tree's wizard in the same turn): the median of each
    turn's ratio, which drifts less with the shared machine's load than two medians."""
    home = tempfile.mkdtemp()
    other = os.environ.get("BENCH_ROOT_B")
    kinds = [("bare", None), ("wizard", None)] + ([("wizard", other)] if other else [])
    ratios: dict[str, list[float]] = {"wizard": [], "wizard B": []}
    times: dict[str, list[float]] = {"bare": [], "wizard": [], "wizard B": []}
    for run in range(runs + 1):
        sample: dict[str, float] = {}
        for kind, root in kinds:
            label = "wizard B" if root else kind
            sample[label] = window_sample(kind, home, root or ROOT)["ms"]
        if run:  # the first turn only warms the bytecode cache
            for label, ms in sample.items():
                times[label].append(ms)
                if label != "bare":
                    ratios[label].append(ms / sample["bare"])
    out = {f"{k} ms": statistics.median(v) for k, v in times.items() if v}
    out |= {f"{k} / bare": statistics.median(v) for k, v in ratios.items() if v}
    return out


def stall_figures(runs: int) -> dict[str, float]:
    results = json.loads(_child("stall", env={"BENCH_CHECKS": str(runs)}))
    stalls = [r["stall_ms"] for r in results]
    return {
        "max": max(stalls),
        "median": statistics.median(stalls),
        "ok": all(r["ok"] for r in results),
    }


def transcript_figures() -> dict[str, dict[str, float]]:
    return {
        "50,000 lines, 100 per loop turn": json.loads(_child("transcript", "50000", "100")),
        "one 30,000-line reply": json.loads(_child("transcript", "30000", "30000")),
    }


def first_output_figures(runs: int) -> dict[str, float]:
    """`main.py check` to its first stdout line, vs importing aiosmtplib alone."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed: the check fails fast after its first line
    check, imports = [], []
    env = child_env()
    for run in range(runs + 1):
        started = time.monotonic()
        process = subprocess.Popen(
            [PY, str(ROOT / "main.py"), "check", "--host", "127.0.0.1", "--port", str(port),
             "--security", "none", "--from", "a@example.test", "--lang", "en"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True, env=env,
        )  # fmt: skip
        assert process.stdout is not None
        process.stdout.readline()
        check_ms = (time.monotonic() - started) * 1000
        process.communicate()
        started = time.monotonic()
        subprocess.run([PY, "-c", "import aiosmtplib"], check=True, cwd=ROOT, env=env)
        if run:  # the first run only warms the bytecode cache
            check.append(check_ms)
            imports.append((time.monotonic() - started) * 1000)
    return {
        "check_ms": statistics.median(check),
        "import_ms": statistics.median(imports),
        # Each run's two processes back to back: the median of their ratios.
        "ratio": statistics.median(c / i for c, i in zip(check, imports, strict=True)),
    }


def report(runs: int) -> str:
    win = window_figures(runs)
    stall = stall_figures(runs)
    scale = transcript_figures()
    first = first_output_figures(runs)
    rows = [
        f"bytecode: {BYTECODE}",
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| window mapped, wizard vs bare PySide6 | {win['wizard']['ms']:.0f} vs "
        f"{win['bare']['ms']:.0f} ms ({win['ratio']['ms']:.2f}×) | ≤ 1.5× |",
        f"| RSS after show, wizard vs bare | {win['wizard']['rss']:.1f} vs "
        f"{win['bare']['rss']:.1f} MB "
        f"({win['ratio']['rss']:.2f}×) | ≤ 1.4× |",
    ]
    if "ready" in win["wizard"]:
        w = win["wizard"]
        rows.append(
            f"| wizard answering input (its loop made after the show), vs bare mapped | "
            f"{w['ready']:.0f} vs {win['bare']['ms']:.0f} ms "
            f"({win['ratio']['ready']:.2f}×), RSS {w['rss_ready']:.1f} MB "
            f"({win['ratio']['rss_ready']:.2f}×) | — |"
        )
    rows += [
        f"| longest UI stall during a check (cold TLS context; {runs} checks) | "
        f"max {stall['max']:.1f} ms, median {stall['median']:.1f} ms | < 20 ms |",
    ]
    for name, f in scale.items():
        rows.append(
            f"| transcript, {name} | {f['total_s']:.2f} s ({f['lines_per_s']:,.0f} lines/s), "
            f"stall {f['stall_ms']:.0f} ms, +{f['rss_growth_mb']:.1f} MB | "
            "< 1 s, stall < 50 ms, < 30 MB (50,000) |"
        )
    rows.append(
        f'| `main.py check` first line vs `python -c "import aiosmtplib"` | '
        f"{first['check_ms']:.0f} vs {first['import_ms']:.0f} ms "
        f"({first['ratio']:.2f}×) | ≤ 1.3× |"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "stall":
        child_stall()
    elif len(sys.argv) > 1 and sys.argv[1] == "transcript":
        child_transcript(int(sys.argv[2]), int(sys.argv[3]))
    elif len(sys.argv) > 1 and sys.argv[1] == "only":
        # One figure on its own: `bench_ui only first|window RUNS` (interleaving A/B runs).
        part = {
            "first": first_output_figures,
            "window": window_figures,
            "paired": paired_window_figures,
        }[sys.argv[2]]
        print(json.dumps(part(int(sys.argv[3]) if len(sys.argv) > 3 else 5), indent=1))
    else:
        print(report(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
