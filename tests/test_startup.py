"""Issue 15: each command loads only what it needs, and the window only what its
first page needs. Not a timing test: it asserts which modules stay unloaded."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import json, runpy, sys
sys.argv = ["main.py", *json.loads(sys.argv[1])]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
sys.stdout.flush()
print("\\nMODULES " + json.dumps(sorted(sys.modules)))
"""

# What `check` never uses: discovery, the DNS checks (dnspython, the PSL), exports, Qt.
NOT_FOR_CHECK = (
    "wizard.core.discovery",
    "wizard.core.deliverability",
    "wizard.core.dnsquery",
    "wizard.core.spf",
    "wizard.core.export",
    "wizard.targets",
    "dns",
    "publicsuffixlist",
    "PySide6",
    "keyring",
)


def loaded_after(*argv: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(argv))],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
    )  # fmt: skip
    marker = done.stdout.rpartition("MODULES ")[2]
    return set(json.loads(marker))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_check_help_loads_nothing_check_does_not_need():
    loaded = loaded_after("check", "--help")
    assert "wizard.cli" in loaded
    assert [m for m in NOT_FOR_CHECK if m in loaded] == []


def test_a_check_loads_the_engine_but_not_discovery_dns_or_exports():
    loaded = loaded_after(
        "check", "--host", "127.0.0.1", "--port", str(closed_port()), "--security", "none",
        "--from", "alice@example.test",
    )  # fmt: skip
    assert "wizard.core.engine" in loaded and "aiosmtplib" in loaded
    assert [m for m in NOT_FOR_CHECK if m in loaded] == []


def test_the_dns_command_still_loads_what_it_needs():
    loaded = loaded_after("dns", "--help")
    assert "PySide6" not in loaded
    loaded = loaded_after("export", "--profile", "nothing-saved", "--format", "env")
    assert "wizard.targets.env" in loaded
