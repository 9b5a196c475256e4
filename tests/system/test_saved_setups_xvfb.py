"""The saved setups are the app's home, on a real desktop (Xvfb + openbox): the
real ``main.py`` opens on them, reopens a setup with its password from the real
keyring, and quits cleanly (exit 0) when its windows are closed by keyboard or
by the window manager; a test run from the list records "Passed".
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from tests.conftest import ROOT, assert_no_secret
from tests.system.conftest import ARTIFACTS, KEYRING_BACKEND, use_stack_keyring
from tests.system.desktop import Desktop, assert_real_png, text_files, wait_until
from tests.system.stack import PASSWORD, USER
from wizard.core.model import Profile, Security
from wizard.core.secrets import SecretStore, StoreKind
from wizard.core.store import ProfileStore, config_dir

APP = "SMTP Setup Wizard"
HOME_TITLE = f"Saved setups — {APP}"
SETUP = "Office"


@pytest.fixture
def saved_setup(system_stack, monkeypatch, tmp_path):
    """A setup saved in a fresh config folder, its password in the real keyring."""
    use_stack_keyring(system_stack, monkeypatch, tmp_path)
    from keyring.backends import SecretService

    profile = Profile(
        name=SETUP,
        host="localhost",
        port=system_stack.port("submission"),
        security=Security.STARTTLS,
        username=USER,
        from_address=USER,
        ca_file=system_stack.ca_file,
        timeout=10,
    )
    profiles = ProfileStore(config_dir() / "profiles.json")
    profiles.load()
    profiles.put(profile)
    profiles.save()
    store = SecretStore(SecretService.Keyring())
    assert asyncio.run(store.set(profile.id, PASSWORD)) is StoreKind.SYSTEM
    yield profile
    asyncio.run(store.delete(profile.id))
    with warnings.catch_warnings():  # keyring's D-Bus connections (see test_keyring)
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


class App:
    """``python main.py ARGS`` as a user starts it on the desktop."""

    def __init__(self, system_stack, desktop: Desktop, tmp_path: Path, *args: str) -> None:
        self.desktop = desktop
        self.log = tmp_path / f"main-{os.getpid()}-{len(list(tmp_path.glob('main-*')))}.log"
        env = {
            **os.environ,
            **system_stack.keyring_env(),
            "DISPLAY": desktop.display,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHON_KEYRING_BACKEND": KEYRING_BACKEND,
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "--lang", "en", *args],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
            )  # fmt: skip

    def window(self, title: str, timeout: float = 30) -> str:
        return self.desktop.wait_window(title, timeout, pid=self.process.pid)

    def windows(self, title: str) -> list[str]:
        return self.desktop.windows(title, pid=self.process.pid)

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def exit_code(self, timeout: float = 20) -> int:
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"main.py still running {timeout} s after its last window closed")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()  # only this test's own process, by its handle
            self.process.wait(10)


@pytest.fixture
def start_app(system_stack, desktop, tmp_path):
    started: list[App] = []

    def start(*args: str) -> App:
        app = App(system_stack, desktop, tmp_path, *args)
        started.append(app)
        return app

    yield start
    for app in started:
        app.stop()


def last_test(profile: Profile) -> dict | None:
    saved = json.loads((config_dir() / "profiles.json").read_text())
    entries = saved["profiles"] if isinstance(saved, dict) else saved
    for entry in entries:
        if entry.get("id") == profile.id:
            return entry.get("last_test")
    return None


def assert_exited_cleanly(app: App) -> None:
    code = app.exit_code()
    output = app.output()
    assert_no_secret(output, PASSWORD, USER)
    for written in text_files(config_dir()):  # profiles.json, its backup, logs
        assert_no_secret(written.read_text(errors="replace"), PASSWORD, USER)
    assert "Fatal Python error" not in output, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    assert code == 0, output[-3000:]


def test_reopening_a_saved_setup_then_closing_both_windows_quits_with_exit_0(
    saved_setup, start_app, desktop
):
    app = start_app("--profile", SETUP)

    # The saved setups open, with the named setup's wizard over them.
    home = app.window(HOME_TITLE)
    wizard = app.window(f"{SETUP} — {APP}")
    assert desktop.title(wizard) == f"{SETUP} — {APP}"

    # Nothing was changed: Escape closes the wizard without asking.
    desktop.key(wizard, "Escape")
    app.desktop.wait_gone(f"{SETUP} — {APP}", pid=app.process.pid)
    assert not app.windows(APP), "a question popped up although nothing was unsaved"
    assert app.windows(HOME_TITLE) == [home]

    # Test, from the list: the setup is tested with the password from the keyring.
    desktop.key(home, "alt+t")
    record = wait_until(lambda: last_test(saved_setup), 40, "the test's record")
    assert record["ok"] is True, record
    desktop.activate(home)
    time.sleep(0.5)  # the row repaints after the record is written
    out = ARTIFACTS / "en"
    window_shot = desktop.grab(home, out / "main-saved-setups-tested.png")
    screen_shot = desktop.grab(None, out / "main-saved-setups-screen.png")
    for shot in (window_shot, screen_shot):
        assert_real_png(shot)
    x, y, width, height = desktop.geometry(home)
    screen_width, screen_height = desktop.screen_size()
    assert x >= 0 and y >= 0
    assert x + width <= screen_width and y + height <= screen_height

    # The window manager's close (Alt+F4) on the last window: the app quits, exit 0.
    desktop.close_by_window_manager(home)
    assert_exited_cleanly(app)


def test_with_a_saved_setup_the_app_opens_on_the_saved_setups(saved_setup, start_app, desktop):
    app = start_app()

    home = app.window(HOME_TITLE)
    assert desktop.title(home) == HOME_TITLE
    assert not app.windows(APP) and not app.windows(f"{SETUP} — {APP}")  # no wizard

    # Edit… opens the wizard on the setup; the window manager closes it, unchanged.
    desktop.key(home, "alt+e")
    wizard = app.window(f"{SETUP} — {APP}")
    desktop.close_by_window_manager(wizard)
    app.desktop.wait_gone(f"{SETUP} — {APP}", pid=app.process.pid)
    assert not app.windows(APP), "a question popped up although nothing was unsaved"

    # Escape on the saved setups closes the last window: exit 0.
    desktop.key(home, "Escape")
    assert_exited_cleanly(app)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_test_from_the_saved_setups_shows_passed_in_its_row(gui_walk, lang):
    seen = gui_walk("saved-setups", lang)
    name = f"Postfix {lang}"

    opened = seen["opened"]
    assert opened["row"][:3][0] == name
    assert opened["row"][2] == USER
    tested = seen["tested"]
    assert tested["saved_state"] == "passed"
    assert tested["row"][:3] == opened["row"][:3]
    assert tested["row"][3] != opened["row"][3]
    assert seen["testing"]["row"][3] not in (opened["row"][3], tested["row"][3])
    if lang == "en":
        assert opened["title"] == HOME_TITLE
        assert tested["headers"] == ["Name", "Server", "From", "Last test"]
        assert opened["row"][3] == "Not tested"
        assert seen["testing"]["row"][3] == "Testing…"
        assert tested["row"][3].startswith("Passed · ")
        assert tested["message"].startswith(f'"{name}": test passed.')

    # The window fits on the screen; its Close button is shown, inside it.
    sx, sy, sw, sh = tested["screen"]
    fx, fy, fw, fh = tested["frame"]
    assert sx <= fx and fx + fw <= sx + sw and sy <= fy and fy + fh <= sy + sh
    assert tested["close_visible"] and tested["close_inside"]
    assert tested["rows"] == 1

    # Edit opens the setup over its window, titled with it, on its saved pass.
    editing = seen["editing"]
    assert editing["title"] == f"{name} — {APP}"
    assert editing["child_of_manager"] and editing["modality"] == "WindowModal"
    assert editing["state"] == "passed" and editing["save_enabled"]
    assert not editing["dirty"]
    if lang == "en":
        assert editing["finish_verdict_label"] == "Test: passed."
    assert seen["edit closed"] == {"asked": False, "wizard_visible": False, "manager_visible": True}
    assert seen["closed"] == {"quit_asked": True}

    for picture in seen["shots"] + ["saved-setups-screen.png"]:
        assert_real_png(ARTIFACTS / lang / picture)


def saved_from_address(profile: Profile) -> str:
    saved = json.loads((config_dir() / "profiles.json").read_text())
    return next(p["from_address"] for p in saved["profiles"] if p["id"] == profile.id)


def test_typing_in_a_reopened_setup_is_asked_about_and_keep_editing_keeps_it(
    saved_setup, start_app, desktop
):
    app = start_app("--profile", SETUP)
    home = app.window(HOME_TITLE)
    wizard = app.window(f"{SETUP} — {APP}")
    time.sleep(1)  # the password arrives from the keyring

    # She types over the From address (the field has the focus), then presses Escape.
    desktop.type(wizard, "x")
    desktop.key(wizard, "Escape")
    question = app.window(APP, 10)
    time.sleep(0.5)
    assert_real_png(desktop.grab(None, ARTIFACTS / "en" / "main-leave-question-screen.png"))
    x, y, width, height = desktop.geometry(question)
    wx, wy, wwidth, wheight = desktop.geometry(wizard)
    assert wx <= x and x + width <= wx + wwidth and wy <= y and y + height <= wy + wheight

    # Escape in the question means Keep editing: nothing closes, nothing is saved.
    desktop.key(question, "Escape")
    desktop.wait_gone(APP, pid=app.process.pid)
    assert app.windows(f"{SETUP} — {APP}") == [wizard]
    assert saved_from_address(saved_setup) == USER

    # She puts the address back: nothing is unsaved, so Escape closes at once.
    desktop.key(wizard, "ctrl+a")
    desktop.type(wizard, USER)
    desktop.key(wizard, "Escape")
    desktop.wait_gone(f"{SETUP} — {APP}", pid=app.process.pid)
    assert not app.windows(APP), "asked although the setup was as saved"
    assert saved_from_address(saved_setup) == USER

    desktop.key(home, "Escape")
    assert_exited_cleanly(app)


def test_save_in_the_leave_question_never_stores_an_invalid_from_address(
    saved_setup, start_app, desktop
):
    app = start_app("--profile", SETUP)
    app.window(HOME_TITLE)
    wizard = app.window(f"{SETUP} — {APP}")
    time.sleep(1)
    desktop.type(wizard, "x")  # the Start page says at once: not a valid address
    desktop.key(wizard, "Escape")
    question = app.window(APP, 10)
    desktop.key(question, "Return")  # Save, the default button
    time.sleep(2)
    assert saved_from_address(saved_setup) == USER
