"""Random sequences of what an admin does, over the real wizard on a qasync loop,
against loopback servers that pass or fail depending on the settings.

After every step the trust invariants must hold:
- a "passed" anywhere (Test page, Finish summary, Save enabled, saved-setups row)
  implies the settings on screen are exactly the ones the last run tested, and
  that run passed (the model below keeps its own record, read off the widgets);
- what is on disk is what the user last saved;
- no password (nor its base64) on disk;
- no exception and no Qt warning (outside the offscreen plugin's named noise).

Hypothesis' stateful rules are synchronous, so the test drives its own qasync
loop with ``run_until_complete`` between steps (never inside a coroutine).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import socket
import sys
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
import qasync
from hypothesis import HealthCheck, settings
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER, Behaviour, SmtpServer
from wizard.core.model import FromPolicy
from wizard.core.secrets import SecretStore
from wizard.core.store import ProfileStore
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.context import AppContext

pytestmark = pytest.mark.gui

CEO = "ceo@example.test"  # refused as From after DATA, as Exchange refuses "send as"
BOB = "bob@example.test"
WRONG = "not-the-password"
PASSED_TEXT = "Test passed"
# The offscreen platform cannot do these; they say nothing about the app.
QT_NOISE = ("This plugin does not support",)

STEPS = {"count": 0, "runs": 0, "passes": 0, "stale_seen": 0, "saves": 0, "dialogs": 0}


def free_port() -> int:
    """A port where nothing listens (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class World:
    """The loop, the servers and the captured warnings, shared by every example."""

    def __init__(self, certs) -> None:
        self.certs = certs
        self.loop = qasync.QEventLoop(QApplication.instance())
        asyncio.set_event_loop(self.loop)
        self.server = SmtpServer(certs, behaviour=Behaviour(refuse_from_header=(CEO,)))
        self.loop.run_until_complete(self.server.__aenter__())
        self.closed_port = free_port()
        self.problems: list[str] = []
        self._old_hook = sys.excepthook
        sys.excepthook = lambda t, e, tb: self.problems.append(f"exception: {t.__name__}: {e}")
        self.loop.set_exception_handler(
            lambda _loop, context: self.problems.append(
                f"loop: {context.get('message')} {context.get('exception')!r}"
            )
        )
        self._old_handler = qInstallMessageHandler(self._qt_message)

    def _qt_message(self, kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not text.startswith(QT_NOISE):
            self.problems.append(f"Qt: {text}")

    def run(self, coro) -> object:
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.run(self.server.__aexit__(None, None, None))
        qInstallMessageHandler(self._old_handler)
        sys.excepthook = self._old_hook
        self.loop.close()
        asyncio.set_event_loop(None)


async def until(condition, timeout: float = 20.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.01)
    return True


class TrustMachine(RuleBasedStateMachine):
    world: World

    @initialize()
    def open_new_wizard(self) -> None:
        self.world.problems.clear()
        self.folder = Path(tempfile.mkdtemp(prefix="trust-"))
        self.keyring = MemoryKeyring()
        self.ctx = AppContext(
            ProfileStore(self.folder / "profiles.json"), SecretStore(self.keyring)
        )
        self.ctx.load()
        self.windows = Windows(self.ctx)
        # The model: what the user saved and what the last finished run tested.
        self.saved: dict[str, object] | None = None
        self.saved_password = ""
        self.tested: dict[str, object] | None = None
        self.tested_ok = False
        self.saved_tested: tuple[dict[str, object] | None, bool] = (None, False)
        self.wizard = self.windows.open_wizard()
        self._fill_basics()

    def _fill_basics(self) -> None:
        """Start, Server, Sign-in, Sender filled with settings that pass."""
        w = self.wizard
        w.pages[sw.START].address.setText(USER)
        w.next()
        server = w.pages[sw.SERVER]
        server.host.setText("127.0.0.1")
        server.security.setCurrentIndex(server.security.findData("starttls"))
        server.port.setValue(self.world.server.port)
        server.ca_file.setText(self.world.certs.ca_file)
        w.next()
        w.pages[sw.SIGNIN].password.setText(PASSWORD)
        w.next()
        w.next()
        assert w.currentId() == sw.TEST

    # -- what is on screen, read off the widgets (not the app's own fingerprint) --------
    def screen(self) -> dict[str, object]:
        w = self.wizard
        server, signin = w.pages[sw.SERVER], w.pages[sw.SIGNIN]
        sender, test = w.pages[sw.SENDER], w.test_page
        policy = next(p for p, r in sender.radios.items() if r.isChecked())
        return {
            "host": server.host.text().strip(),
            "port": server.port.value(),
            "security": server.security.currentData(),
            "ca": server.ca_file.text().strip(),
            "auth": signin.auth.isChecked(),
            "user": signin.username.text().strip(),
            "password": signin.password.text(),
            "policy": policy.value,
            "from": sender.from_address.text().strip(),
            "send": test.send_radio.isChecked(),
            "to": test.to_address.text().strip() if test.send_radio.isChecked() else "",
        }

    def saved_view(self) -> dict[str, object]:
        """The settings part of the screen that a save writes (plus the name)."""
        view = {k: v for k, v in self.screen().items() if k not in ("send", "to", "password")}
        view["name"] = self.wizard.pages[sw.FINISH].name.text().strip()
        return view

    # -- edits ------------------------------------------------------------------------
    @rule(which=st.sampled_from(["good", "closed"]))
    def edit_port(self, which: str) -> None:
        port = self.world.server.port if which == "good" else self.world.closed_port
        self.wizard.pages[sw.SERVER].port.setValue(port)

    @rule(password=st.sampled_from([PASSWORD, WRONG]))
    def edit_password(self, password: str) -> None:
        self.wizard.pages[sw.SIGNIN].password.setText(password)

    @rule(address=st.sampled_from([USER, CEO]))
    def edit_from(self, address: str) -> None:
        self.wizard.pages[sw.SENDER].from_address.setText(address)

    @rule(policy=st.sampled_from([FromPolicy.FIXED_FROM, FromPolicy.SEND_AS_USER]))
    def edit_policy(self, policy: FromPolicy) -> None:
        self.wizard.pages[sw.SENDER].radios[policy].setChecked(True)

    @rule(send=st.booleans(), to=st.sampled_from([USER, BOB]))
    def edit_test_options(self, send: bool, to: str) -> None:
        test = self.wizard.test_page
        (test.send_radio if send else test.check_only).setChecked(True)
        if send:
            test.to_address.setText(to)

    @rule()
    def back(self) -> None:
        if self.wizard.currentId() > sw.SERVER:
            self.wizard.back()

    @rule()
    def next(self) -> None:
        self.wizard.next()

    def _walk_to(self, target: int) -> bool:
        """Next / Back like a user until ``target`` (Next stops at an invalid page)."""
        w = self.wizard
        while w.currentId() > target:
            w.back()
        while w.currentId() < target:
            before = w.currentId()
            w.next()
            if w.currentId() == before:
                STEPS.setdefault("blocked", {}).setdefault(before, 0)
                STEPS["blocked"][before] += 1
                return False
        return True

    @rule()
    def go_to_finish(self) -> None:
        self._walk_to(sw.FINISH)

    # -- the test ----------------------------------------------------------------------
    @rule()
    def run_test(self) -> None:
        if self._walk_to(sw.TEST):
            self._run(lambda: self.wizard.test_page.run_button.click())

    def _run(self, start) -> None:
        page = self.wizard.test_page
        before = self.screen()
        start()
        if page.running:
            # A fix changes the settings before it runs: the run tests what is on screen
            # when it starts.
            before = self.screen()
        finished = self.world.run(until(lambda: not page.running))
        assert finished, "the test run never finished"
        STEPS["runs"] += 1
        if page.result is not None:
            self.tested, self.tested_ok = before, page.result.ok
            STEPS["passes"] += page.result.ok

    @precondition(
        lambda self: (
            self.wizard.currentId() == sw.TEST
            and any(b.isVisible() for b in self.wizard.test_page.fix_buttons)
        )
    )
    @rule(index=st.integers(0, 3))
    def press_a_fix(self, index: int) -> None:
        buttons = [b for b in self.wizard.test_page.fix_buttons if b.isVisible()]
        button = buttons[index % len(buttons)]
        if not hasattr(button, "click"):
            return  # advice only (a label)
        self._run(button.click)

    @precondition(lambda self: self.wizard.test_page.undo_button.isVisible())
    @rule()
    def undo_fix(self) -> None:
        self.wizard.test_page.undo_button.click()

    # -- saving and leaving ------------------------------------------------------------
    @precondition(lambda self: self.wizard.currentId() == sw.FINISH)
    @rule()
    def save(self) -> None:
        finish = self.wizard.pages[sw.FINISH]
        fresh = self.wizard.test_passed
        view, password = self.saved_view(), self.screen()["password"]
        button = finish.save_button if finish.save_button.isEnabled() else finish.save_anyway
        assert button.isVisible(), "neither Save nor Save anyway is offered"
        button.click()
        done = self.world.run(until(lambda: finish.save_status.text().startswith("Saved")))
        assert done, f"saving did not finish: {finish.save_status.text()!r}"
        self._saved(view, fresh, password)

    def _saved(self, view: dict[str, object], fresh: bool, password: str) -> None:
        STEPS["saves"] += 1
        self.saved = view
        self.saved_password = password
        if self.tested is not None:
            self.saved_tested = (self.tested, self.tested_ok)

    @rule(how=st.sampled_from(["cancel", "escape", "close", "finish"]), answer=st.sampled_from(
        ["save", "discard", "keep"]
    ))  # fmt: skip
    def leave(self, how: str, answer: str) -> None:
        w = self.wizard
        if how == "finish" and w.currentId() != sw.FINISH:
            how = "cancel"  # Finish exists only on the last page
        view, fresh = self.saved_view(), w.test_passed
        # Unsaved, by the model's own record: never saved, or different from the save.
        dirty = self.saved is None or (view, self.screen()["password"]) != (
            self.saved,
            self.saved_password,
        )
        if how == "escape":
            QTest.keyClick(w, Qt.Key.Key_Escape)
        elif how == "close":
            w.close()
        elif how == "finish":
            w.accept()
        else:
            w.reject()
        box = w.confirm_box
        if dirty:
            assert box is not None and box.isVisible(), f"{how} with unsaved work did not ask"
            STEPS["dialogs"] += 1
            buttons = {
                box.buttonRole(b): b for b in box.buttons()
            }  # Save = Accept, Don't save = Destructive, Keep editing = Reject
            role = {
                "save": QMessageBox.ButtonRole.AcceptRole,
                "discard": QMessageBox.ButtonRole.DestructiveRole,
                "keep": QMessageBox.ButtonRole.RejectRole,
            }[answer]
            buttons[role].click()
            if answer == "keep":
                assert w.isVisible(), "Keep editing closed the wizard"
                return
            if answer == "save":
                # Saved (then closed), or kept open on the name field.
                self.world.run(until(lambda: not w.isVisible() or not w.dirty))
                if not w.dirty:
                    if not view["name"]:
                        view["name"] = w.draft.name
                    self._saved(view, fresh, self.screen()["password"])
                self.world.run(until(lambda: not w.isVisible(), 5))
        else:
            assert box is None or not box.isVisible(), "asked although nothing was unsaved"
        assert not w.isVisible(), f"{how} did not close the wizard"
        self._reopen()

    def _reopen(self) -> None:
        """The admin opens the saved setup again (or starts a new one)."""
        self.world.run(until(lambda: False, 0.05))
        profile = self.ctx.profiles.profiles[0] if self.ctx.profiles.profiles else None
        self.wizard = self.windows.open_wizard(profile)
        if profile is None:
            self.tested, self.tested_ok = None, False
            self._fill_basics()
            return
        if profile.auth:
            ok = self.world.run(until(lambda: self.wizard.password != ""))
            assert ok, "the saved password was not filled in"
        self.tested, self.tested_ok = self.saved_tested
        while self.wizard.currentId() < sw.TEST:
            before = self.wizard.currentId()
            self.wizard.next()
            if self.wizard.currentId() == before:
                break

    # -- invariants --------------------------------------------------------------------
    @invariant()
    def a_pass_shown_is_a_pass_for_what_is_on_screen(self) -> None:
        STEPS["count"] += 1
        w = self.wizard
        shown = {
            "Test page": w.test_page.status.text().startswith(PASSED_TEXT),
            "Finish summary": "Test: passed" in w.verdict_summary(),
            "Save enabled": w.pages[sw.FINISH].save_button.isEnabled()
            and w.currentId() == sw.FINISH,
        }
        holds = self.tested is not None and self.tested_ok and self.tested == self.screen()
        for where, says_passed in shown.items():
            assert not says_passed or holds, (
                f"{where} says passed, but tested={self.tested} ok={self.tested_ok} "
                f"screen={self.screen()}"
            )
        if self.tested is not None and self.tested != self.screen():
            STEPS["stale_seen"] += "Out of date" in w.test_page.status.text()

    @invariant()
    def the_saved_setups_row_says_passed_only_for_what_was_saved(self) -> None:
        """A row may say Passed only when the last run before the save passed with exactly
        the saved settings and password (the test recipient is the run's, not the setup's)."""
        manager = self.windows.manager
        if manager is None or self.saved is None:
            return
        manager.refresh()
        tested, ok = self.saved_tested
        setup_keys = ("host", "port", "security", "ca", "auth", "user", "policy", "from")
        holds = (
            tested is not None
            and ok
            and all(tested[k] == self.saved[k] for k in setup_keys)
            and tested["password"] == self.saved_password
        )
        for index in range(manager.count()):
            row = manager.list.topLevelItem(index)
            if row.text(3).startswith("Passed"):
                assert holds, f"the saved-setups row says {row.text(3)!r}"

    @invariant()
    def disk_holds_what_was_last_saved_and_no_password(self) -> None:
        path = self.folder / "profiles.json"
        store = ProfileStore(path)
        store.load()
        if self.saved is None:
            assert not store.profiles
        else:
            assert len(store.profiles) == 1
            p = store.profiles[0]
            on_disk = {
                "host": p.host,
                "port": p.effective_port,
                "security": p.security.value,
                "ca": p.ca_file,
                "auth": p.auth,
                "user": p.username,
                "policy": p.from_policy.value,
                "from": p.from_address,
                "name": p.name,
            }
            assert on_disk == self.saved
        for file in self.folder.rglob("*"):
            if file.is_file():
                data = file.read_bytes()
                for secret in (PASSWORD, WRONG):
                    for form in (secret.encode(), base64.b64encode(secret.encode())):
                        assert form not in data, f"a password is in {file.name}"

    @invariant()
    def nothing_went_wrong(self) -> None:
        assert self.world.problems == [], self.world.problems

    def teardown(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.wizard.retire()
            self.world.run(asyncio.sleep(0.05))  # cancelled work winds down first
            self.wizard.deleteLater()
            if self.windows.manager is not None:
                self.windows.manager.retiring = True
                self.windows.manager.close()
                self.windows.manager.deleteLater()


def test_random_admin_sessions_never_show_a_pass_that_does_not_hold(certs):
    world = World(certs)
    TrustMachine.world = world
    try:
        run_state_machine_as_test(
            TrustMachine,
            settings=settings(
                max_examples=25,
                stateful_step_count=40,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            ),
        )
    finally:
        world.close()
    print(f"\nstateful trust run: {STEPS}")
    assert STEPS["runs"] > 50 and STEPS["passes"] > 0 and STEPS["saves"] > 0
