"""What the system tests share: running the command line as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main_py(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS` in a process of its own, with this process's environment."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
