"""One full run of the real wizard on a real X display (Xvfb), against Postfix,
with the password saved to and read back from the real Secret Service.

Run by tests/system/test_gui_xvfb.py in a process of its own (the unit tier's
process already holds an offscreen QApplication):

    python -m tests.system.gui_run STACK_JSON OUT_DIR LANG

Screenshots of every page are grabbed from the X server into OUT_DIR. Exits 0
when every step held, 1 with one line saying which did not.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from tests.gui.helpers import paste_into, row_text, type_into, until
from tests.system.stack import PASSWORD, USER
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.model import Security
from wizard.core.secrets import SecretStore, StoreKind
from wizard.core.store import ProfileStore
from wizard.core.verdict import VerdictState
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows, install_translators
from wizard.ui.context import AppContext


class Step(Exception):
    pass


def shot(window, out: Path, name: str) -> None:
    """What the X server shows for the window (not a widget render)."""
    pixmap = QGuiApplication.primaryScreen().grabWindow(window.winId())
    if pixmap.isNull() or pixmap.width() < 100:
        raise Step(f"screenshot {name} is empty")
    pixmap.save(str(out / f"{name}.png"))


async def settle() -> None:
    await asyncio.sleep(0.3)  # let the window manager-less X server paint


async def run(stack: dict, out: Path, lang: str, config: Path) -> None:
    from keyring.backends import SecretService

    ctx = AppContext(ProfileStore(config / "profiles.json"), SecretStore(SecretService.Keyring()))
    dns = stack["dns"]
    ctx.dns = DnsClient(parse_nameserver(f"{dns['address']}:{dns['port']}"))
    ctx.load()
    quit_asked = asyncio.Event()
    windows = Windows(ctx, on_quit=quit_asked.set)
    wizard = windows.open_wizard()
    await until(lambda: ctx.secrets.kind is StoreKind.SYSTEM, 10, "the Secret Service")
    await settle()
    start = wizard.pages[sw.START]
    type_into(_Bot(), start.address, USER)
    await settle()
    shot(wizard, out, "1-start")
    wizard.next()
    server = wizard.pages[sw.SERVER]
    paste_into(server.host, f"tls://localhost:{stack['postfix']['ports']['submission']}")
    type_into(_Bot(), server.ca_file, stack["certs"]["ca_file"])
    await settle()
    shot(wizard, out, "2-server")
    wizard.next()
    if wizard.currentId() != sw.SIGNIN or wizard.draft.security is not Security.STARTTLS:
        raise Step("the Server page did not accept tls://localhost")
    signin = wizard.pages[sw.SIGNIN]
    type_into(_Bot(), signin.password, PASSWORD)
    await settle()
    shot(wizard, out, "3-signin")
    wizard.next()
    await settle()
    shot(wizard, out, "4-sender")
    wizard.next()
    test = wizard.test_page
    test.run_button.click()
    await until(lambda: test.result is not None and not test.running, 30, "the test run")
    if not test.result.ok:
        raise Step("the test against Postfix failed: " + test.status.text())
    await settle()
    shot(wizard, out, "5-test-passed")
    wizard.next()
    page = wizard.pages[sw.DELIVERABILITY]
    await until(lambda: not page.running, 20, "the deliverability checks")
    await settle()
    shot(wizard, out, "6-deliverability")
    await walk_the_step_list(wizard, out)
    wizard.next()
    finish = wizard.pages[sw.FINISH]
    type_into(_Bot(), finish.name, f"Postfix {lang}")
    finish.save_button.click()
    await until(lambda: ctx.profiles.by_name(f"Postfix {lang}") is not None, 10, "saving")
    profile = ctx.profiles.by_name(f"Postfix {lang}")
    await until(lambda: "Postfix" in finish.save_status.text() or "." in finish.save_status.text())
    await settle()
    shot(wizard, out, "7-finish-saved")
    if PASSWORD in (config / "profiles.json").read_text():
        raise Step("the password was written to profiles.json")
    wizard.close()

    # A setup exists now, so closing the wizard leads home: the saved setups.
    await until(lambda: windows.manager is not None and windows.manager.isVisible(), 10, "home")
    manager = windows.manager
    if not row_text(manager, profile.id):
        raise Step("the saved setup is not listed in the saved setups")

    # A new window on the saved setup (a modal child of the saved setups): the
    # password comes back from the keyring.
    again = windows.open_wizard(profile, sw.SIGNIN)
    if again.parent() is not manager:
        raise Step("the reopened setup is not a child of the saved setups window")
    await until(lambda: again.password == PASSWORD, 10, "the password from the keyring")
    if again.pages[sw.SIGNIN].password.text() != PASSWORD:
        raise Step("the Sign-in page was not pre-filled from the keyring")
    if again.pages[sw.SERVER].host.text() != "localhost":
        raise Step("the saved server did not come back")
    await settle()
    shot(again, out, "8-reopened-prefilled")
    again.close()  # nothing changed: closes without asking
    await until(lambda: not again.isVisible(), 5, "the reopened wizard to close")
    await ctx.secrets.delete(profile.id)
    manager.close()  # the last window: the app is asked to quit
    await until(quit_asked.is_set, 5, "the app to be asked to quit")


async def x_input(*args: str) -> None:
    """Real input through the X server (XTEST), as a user's mouse and keyboard make it."""
    proc = await asyncio.create_subprocess_exec("xdotool", *args)
    if await proc.wait() != 0:
        raise Step(f"xdotool {' '.join(args)} failed")


async def walk_the_step_list(wizard: sw.SetupWizard, out: Path) -> None:
    """Issue 12.1 on a real display: a click on a done step goes back to it, and the
    keyboard (arrows, Enter) goes forward again to a step already reached."""
    steps = wizard.steps
    rect = steps.visualItemRect(steps.item(sw.SERVER))
    where = steps.viewport().mapToGlobal(rect.center())
    await x_input("mousemove", "--sync", str(where.x()), str(where.y()), "click", "1")
    await until(lambda: wizard.currentId() == sw.SERVER, 5, "the step list to go to Server")
    if wizard.pages[sw.SERVER].host.text() != "localhost":
        raise Step("going back by the step list lost the server name")
    await settle()
    shot(wizard, out, "6b-server-by-step-list")
    # The click took the user to the page (its first field has the focus); a keyboard
    # user reaches the step list again with Shift+Tab.
    for _ in range(40):
        if QApplication.focusWidget() is steps:
            break
        await x_input("key", "shift+Tab")
        await settle()
    else:
        raise Step("Shift+Tab never reached the step list")
    for _ in range(sw.DELIVERABILITY - sw.SERVER):
        await x_input("key", "Down")
    await settle()
    if steps.currentRow() != sw.DELIVERABILITY:
        raise Step(f"the arrows stopped on step {steps.currentRow()}, not Deliverability")
    await x_input("key", "Return")
    await until(
        lambda: wizard.currentId() == sw.DELIVERABILITY, 10, "Enter to go to Deliverability"
    )
    page = wizard.pages[sw.DELIVERABILITY]
    await until(lambda: not page.running, 20, "the deliverability checks")
    if wizard.verdict_state() is not VerdictState.PASSED:
        raise Step("walking the step list made the test's pass out of date")
    await settle()


class _Bot:
    """The one method of pytest-qt's qtbot the typing helper needs."""

    @staticmethod
    def keyClick(widget, key) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key)


def main(argv: list[str]) -> int:
    stack = json.loads(Path(argv[1]).read_text())
    out, lang = Path(argv[2]), argv[3]
    # A fresh config and fresh screenshots of this run (other runs share OUT_DIR).
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("[0-9]-*.png"):
        old.unlink()
    config = out / "config"
    shutil.rmtree(config, ignore_errors=True)
    config.mkdir()
    return run_on_x(
        argv[0], lang, lambda: run(stack, out, lang, config), f"OK: screenshots in {out}"
    )


def run_on_x(
    argv0: str,
    lang: str,
    walk: Callable[[], Coroutine[Any, Any, None]],
    ok: str,
    failed: Callable[[BaseException], str] = lambda exc: f"FAILED: {exc}",
) -> int:
    """One walk on the X display: the app as main.py makes it (translators, qasync loop,
    Windows.on_quit deciding when to quit); 0 when every step held, 1 with one line."""
    app = QApplication([argv0, "-platform", "xcb"])
    if QGuiApplication.platformName() != "xcb":
        print(f"not on X: {QGuiApplication.platformName()}")
        return 1
    app.setQuitOnLastWindowClosed(False)  # Windows.on_quit decides, as in main.py
    install_translators(app, lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(walk())
    except (Step, AssertionError) as exc:
        print(failed(exc))
        return 1
    finally:
        loop.close()
        app.shutdown()
    print(ok, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
