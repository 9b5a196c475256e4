"""The system tier's servers, started once per session by tests/system/stack.py.

Without a component (not installed, or Postfix without root) its tests are
skipped with the reason; with CI=true they fail instead, so CI can never pass
by skipping the real-world tier.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.system import stack as stack_module

IN_CI = os.environ.get("CI", "").lower() == "true"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "system"


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.system)


class Stack:
    def __init__(self, info: dict) -> None:
        self.info = info

    def need(self, component: str) -> dict:
        if component in self.info:
            return self.info[component]
        reason = self.info["unavailable"].get(component, "not started")
        message = (
            f"system tier: {component} unavailable ({reason}); "
            "install it with `sudo bash tests/system/provision.sh`"
        )
        if IN_CI:
            pytest.fail(message + " — CI=true, so this fails instead of skipping")
        pytest.skip(message)

    def port(self, listener: str) -> int:
        return self.need("postfix")["ports"][listener]

    @property
    def ca_file(self) -> str:
        self.need("postfix")
        return self.info["certs"]["ca_file"]

    def keyring_env(self) -> dict[str, str]:
        return self.need("keyring")["env"]

    @property
    def nameserver(self) -> str:
        dns = self.need("dns")
        return f"{dns['address']}:{dns['port']}"

    def restart_keyring(self) -> None:
        self.info["keyring"] = stack_module.restart_keyring(Path(self.info["dir"]), self.info)


@pytest.fixture(scope="session")
def system_stack():
    root = Path(f"/tmp/smtp-wizard-system-{os.getpid()}")
    info = stack_module.start(root)
    try:
        yield Stack(info)
    finally:
        stack_module.stop(root)
        if not (root / "stack.json").exists():
            import shutil

            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def desktop(system_stack):
    """openbox on the stack's Xvfb, with xdotool and ImageMagick at hand."""
    from tests.system import desktop as desktop_module

    display = system_stack.need("display")["display"]
    if lacking := desktop_module.missing_tools():
        message = (
            f"system tier: desktop tools not installed ({', '.join(lacking)}); "
            "install them with `sudo bash tests/system/provision.sh`"
        )
        if IN_CI:
            pytest.fail(message + " — CI=true, so this fails instead of skipping")
        pytest.skip(message)
    started = desktop_module.start_desktop(display)
    try:
        yield started
    finally:
        desktop_module.stop_desktop(started)


@pytest.fixture
def gui_walk(system_stack, desktop, tmp_path):
    """Run one walk of tests/system/trust_run.py on the desktop; returns what the
    user saw at each step (the walk's report) after checking that the walk
    completed and that no form of the password reached its output or report."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT, assert_no_secret
    from tests.system.desktop import text_files
    from tests.system.stack import PASSWORD, USER

    system_stack.need("postfix")
    system_stack.need("dns")

    def walk(scenario: str, lang: str) -> dict:
        report = tmp_path / f"{scenario}-{lang}.json"
        env = {
            **os.environ,
            **system_stack.keyring_env(),
            "DISPLAY": desktop.display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        done = subprocess.run(
            [sys.executable, "-m", "tests.system.trust_run", scenario,
             str(Path(system_stack.info["dir"]) / "stack.json"), str(ARTIFACTS / lang), lang,
             str(report), str(tmp_path / "config"), str(stack_module.free_port())],
            capture_output=True, text=True, timeout=240, env=env, cwd=ROOT,
        )  # fmt: skip
        output = done.stdout + done.stderr
        assert_no_secret(output, PASSWORD, USER)
        seen_text = report.read_text() if report.exists() else "{}"
        assert_no_secret(seen_text, PASSWORD, USER)
        for written in text_files(tmp_path / "config") + text_files(ARTIFACTS / lang):
            assert_no_secret(written.read_text(errors="replace"), PASSWORD, USER)
        assert done.returncode == 0, output[-3000:] + "\nseen so far:\n" + seen_text[-3000:]
        assert "Fatal Python error" not in output, output[-3000:]
        return json.loads(seen_text)

    return walk


KEYRING_BACKEND = "keyring.backends.SecretService.Keyring"


def use_stack_keyring(stack, monkeypatch, tmp_path) -> None:
    """This process talks to the stack's bus and real keyring; its config is in tmp_path."""
    for name, value in stack.keyring_env().items():
        if name not in ("HOME", "XDG_CONFIG_HOME"):
            monkeypatch.setenv(name, value)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_BACKEND)
