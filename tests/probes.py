"""Run a probe in a fresh process, as the app starts: offscreen, a home of its own
(no saved setups, so the wizard opens), the tree first on its path. The probe
prints ``RESULT <json>`` last; the tests read that."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT


def fresh_process_result(code: str, home: Path) -> Any:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert "RESULT " in done.stdout, done.stderr
    return json.loads(done.stdout.rpartition("RESULT ")[2])
