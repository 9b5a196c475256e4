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
