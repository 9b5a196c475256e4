"""The whole wizard on a real X display against Postfix and the real keyring,
in English and in Spanish; screenshots land in test-artifacts/system/<lang>/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.system.conftest import ARTIFACTS
from tests.system.stack import PASSWORD

PAGES = (
    "1-start", "2-server", "3-signin", "4-sender", "5-test-passed", "6-deliverability",
    "6b-server-by-step-list", "7-finish-saved", "8-reopened-prefilled",
)  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_full_run_on_xvfb_saves_to_the_keyring_and_prefills_again(system_stack, lang):
    display = system_stack.need("display")["display"]
    system_stack.need("postfix")
    system_stack.need("dns")
    out = ARTIFACTS / lang
    env = {
        **os.environ,
        **system_stack.keyring_env(),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        "XDG_CONFIG_HOME": str(out / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.system.gui_run",
         str(Path(system_stack.info["dir"]) / "stack.json"), str(out), lang],
        capture_output=True, text=True, timeout=180, env=env, cwd=ROOT,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert PASSWORD not in output
    # A normal exit (no os._exit): PySide6 6.11.3 ends the interpreter cleanly.
    assert "Fatal Python error" not in output, output[-3000:]
    assert done.returncode == 0, output[-3000:]
    for page in PAGES:
        assert (out / f"{page}.png").stat().st_size > 5000, page
