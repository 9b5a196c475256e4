"""Shared fixtures: certificates, the secret to hunt for, leak checks."""

from __future__ import annotations

import base64
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.servers import PASSWORD, USER, Certs, make_certs
from wizard.ui.gcguard import collect_if_due

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    """`python main.py ARGS` in a process of its own, as a user runs it from a shell."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("certs"))


def leaked_forms(password: str = PASSWORD, user: str = USER) -> list[str]:
    """The password and every base64 form it takes on the wire."""
    raw = password.encode()
    return [
        password,
        base64.b64encode(raw).decode(),
        base64.b64encode(b"\0" + user.encode() + b"\0" + raw).decode(),
        base64.b64encode(user.encode() + b"\0" + user.encode() + b"\0" + raw).decode(),
    ]


def forget_secrets() -> None:
    """Empty error.log's list of known passwords between tests (process-wide state)."""
    from wizard.core import errorlog

    with errorlog._lock:
        errorlog._secrets.clear()


def assert_no_secret(text: str, password: str = PASSWORD, user: str = USER) -> None:
    for form in leaked_forms(password, user):
        assert form not in text, f"secret form {form!r} leaked"


@pytest.fixture
def no_leak():
    return assert_no_secret


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The Qt binding probe runs first: on a PySide6 build that loses references to
    None (docs/NOTES.md) it fails cleanly before the GUI tests can abort the run."""
    items.sort(key=lambda item: 0 if item.nodeid.startswith("tests/test_qt_binding.py") else 1)


# The long fuzz run (tests/test_fuzz_parsers.py): many examples, no deadline.
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def pytest_configure(config: pytest.Config) -> None:
    """``-m fuzz`` (or HYPOTHESIS_PROFILE=fuzz) loads the fuzz profile before the test
    modules are imported, so their properties inherit it."""
    markexpr = config.option.markexpr or ""
    wanted = os.environ.get("HYPOTHESIS_PROFILE", "")
    if wanted == "fuzz" or ("fuzz" in markexpr and "not fuzz" not in markexpr):
        settings.load_profile("fuzz")


@pytest.fixture(autouse=True, scope="session")
def _collect_cycles_on_the_main_thread():
    """As the app does (wizard/ui/gcguard.py): no automatic collection, which could run
    on a test server's or a worker's thread and destroy a window's Qt objects there
    (a segfault in QTimerInfoList::activateTimers, 2-4 runs in 12 of the GUI tests);
    the collections it would have made happen after each test, on this thread."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_collect_cycles_on_the_main_thread):
    yield
    collect_if_due()
