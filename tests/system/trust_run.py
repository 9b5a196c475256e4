"""Walks of the real wizard on Xvfb (under openbox) against Postfix, with the
password in the real Secret Service: what a test verdict still means after the
settings change, a "send as" refusal and its fix, and the saved setups window.

Run by tests/system/test_trust_xvfb.py in a process of its own (like gui_run):

    python -m tests.system.trust_run SCENARIO STACK_JSON SHOTS_DIR LANG REPORT_JSON CONFIG_DIR

SCENARIO is one of ``stale``, ``send-as``, ``saved-setups``. The walk writes what
the user could see at each step (texts, enabled/visible states) to REPORT_JSON,
after every step, so the test can check it and a failed walk still shows how far
it got. Screenshots are grabbed from the X server into SHOTS_DIR as
``<scenario>-<n>-<what>.png``. Exits 0 when the walk completed, 1 with one line
saying which step could not be done.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWizard

from tests.gui.helpers import paste_into, row_text, summary_text, type_into, until
from tests.system.gui_run import Step, _Bot, run_on_x, settle, shot
from tests.system.stack import DOMAIN, PASSWORD, SEND_AS, USER
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.model import FromPolicy, Profile, Security
from wizard.core.secrets import SecretStore, StoreKind
from wizard.core.store import ProfileStore
from wizard.core.verdict import saved_state
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows
from wizard.ui.context import AppContext

BACK, NEXT = QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton


class Walk:
    """The app as a user meets it, and a notebook of what they saw."""

    def __init__(self, stack: dict, shots: Path, lang: str, report: Path, config: Path) -> None:
        from keyring.backends import SecretService

        self.stack, self.shots, self.lang, self.report = stack, shots, lang, report
        self.ctx = AppContext(
            ProfileStore(config / "profiles.json"), SecretStore(SecretService.Keyring())
        )
        dns = stack["dns"]
        self.ctx.dns = DnsClient(parse_nameserver(f"{dns['address']}:{dns['port']}"))
        self.ctx.load()
        self.quit_asked = asyncio.Event()
        self.windows = Windows(self.ctx, on_quit=self.quit_asked.set)
        self.seen: dict[str, object] = {"lang": lang, "steps": []}
        self.shot_count = 0
        self.scenario = ""

    # -- the notebook ----------------------------------------------------------------
    def note(self, step: str, **facts: object) -> None:
        self.seen[step] = facts
        self.seen["steps"].append(step)  # type: ignore[union-attr]
        self._write()

    def _write(self) -> None:
        self.report.write_text(json.dumps(self.seen, indent=2, ensure_ascii=False))

    def screenshot(self, window, what: str) -> None:
        self.shot_count += 1
        name = f"{self.scenario}-{self.shot_count}-{what}"
        shot(window, self.shots, name)
        self.seen.setdefault("shots", []).append(f"{name}.png")  # type: ignore[union-attr]
        self._write()

    def verdict_facts(self, wizard: sw.SetupWizard) -> dict[str, object]:
        """The verdict wherever it shows: the Test page's status line and Finish."""
        finish = wizard.pages[sw.FINISH]
        return {
            "page": wizard.currentId(),
            "state": wizard.verdict_state().value,
            "test_status": wizard.test_page.status.text(),
            "summary_text": summary_text(wizard),
            "finish_summary_label": finish.summary.text(),
            # The Finish label that carries the verdict (its own line under the summary).
            "finish_verdict_label": getattr(finish, "verdict", finish.summary).text(),
            "save_enabled": finish.save_button.isEnabled(),
            "save_anyway_shown": not finish.save_anyway.isHidden(),
            "save_anyway_visible": finish.save_anyway.isVisible(),
            "dirty": wizard.dirty,
        }

    # -- moving around like a user -----------------------------------------------------
    async def press(self, wizard: sw.SetupWizard, which: QWizard.WizardButton) -> None:
        if wizard.currentId() == sw.DELIVERABILITY:
            page = wizard.pages[sw.DELIVERABILITY]
            await until(lambda: not page.running, 20, "the deliverability checks")
        button = wizard.button(which)
        if not (button.isVisible() and button.isEnabled()):
            raise Step(f"the {which.name} button cannot be pressed on page {wizard.currentId()}")
        before = wizard.currentId()
        button.click()
        if wizard.currentId() == before:
            raise Step(f"{which.name} did not leave page {before}")
        await settle()

    async def go(self, wizard: sw.SetupWizard, page: int) -> None:
        while wizard.currentId() > page:
            await self.press(wizard, BACK)
        while wizard.currentId() < page:
            await self.press(wizard, NEXT)
        if page == sw.DELIVERABILITY:
            deliverability = wizard.pages[sw.DELIVERABILITY]
            await until(lambda: not deliverability.running, 20, "the deliverability checks")
        await settle()

    async def fill_to_test(self, wizard: sw.SetupWizard, sender=None) -> None:
        """Start, Server (Postfix's submission port, STARTTLS), Sign-in, Sender."""
        await until(lambda: self.ctx.secrets.kind is StoreKind.SYSTEM, 10, "the Secret Service")
        type_into(_Bot(), wizard.pages[sw.START].address, USER)
        await self.press(wizard, NEXT)
        server = wizard.pages[sw.SERVER]
        paste_into(server.host, f"tls://localhost:{self.port('submission')}")
        type_into(_Bot(), server.ca_file, self.stack["certs"]["ca_file"])
        await self.press(wizard, NEXT)
        if wizard.draft.security is not Security.STARTTLS:
            raise Step("the Server page did not take tls://localhost as STARTTLS")
        type_into(_Bot(), wizard.pages[sw.SIGNIN].password, PASSWORD)
        await self.press(wizard, NEXT)
        if sender is not None:
            sender(wizard.pages[sw.SENDER])
        await self.press(wizard, NEXT)
        if wizard.currentId() != sw.TEST:
            raise Step("did not reach the Test page")

    async def run_test(self, wizard: sw.SetupWizard, *, press: bool = True) -> None:
        test = wizard.test_page
        if press:
            test.run_button.click()
        await until(lambda: test.running, 5, "the test to start")
        await until(lambda: test.result is not None and not test.running, 40, "the test run")
        await settle()

    def port(self, listener: str) -> int:
        return self.stack["postfix"]["ports"][listener]

    async def set_port(self, wizard: sw.SetupWizard, port: int) -> None:
        await self.go(wizard, sw.SERVER)
        spin = wizard.pages[sw.SERVER].port
        type_into(_Bot(), spin, str(port))
        spin.interpretText()
        if spin.value() != port or wizard.draft.port != port:
            raise Step(f"typing {port} in Port gave {spin.value()} (draft {wizard.draft.port})")
        await settle()


# -- 1. A pass belongs to the settings it tested ---------------------------------------
async def stale(walk: Walk) -> None:
    wizard = walk.windows.open_wizard()
    await walk.fill_to_test(wizard)
    await walk.run_test(wizard)
    test = wizard.test_page
    if not test.result.ok:
        raise Step("the test against Postfix failed: " + test.status.text())
    walk.note("passed on submission", **walk.verdict_facts(wizard))

    # The admin moves the port to one where nothing listens, and goes on to Finish.
    dead = walk.stack["dead_port"]
    await walk.set_port(wizard, dead)
    walk.note("port changed, on the Server page", port=dead, **walk.verdict_facts(wizard))
    await walk.go(wizard, sw.TEST)
    walk.note("port changed, back on the Test page", **walk.verdict_facts(wizard))
    walk.screenshot(wizard, "test-page-out-of-date")
    await walk.go(wizard, sw.FINISH)
    walk.note("port changed, on Finish", **walk.verdict_facts(wizard))
    walk.screenshot(wizard, "finish-out-of-date")
    wizard.pages[sw.FINISH].save_button.click()  # disabled: nothing may happen
    await settle()
    walk.note(
        "Save pressed while out of date",
        saved=walk.ctx.profiles.profiles != [],
        status=wizard.pages[sw.FINISH].save_status.text(),
    )

    # Back to exactly the settings that passed: the pass holds again.
    await walk.set_port(wizard, walk.port("submission"))
    await walk.go(wizard, sw.FINISH)
    walk.note("port changed back, on Finish", **walk.verdict_facts(wizard))
    await walk.go(wizard, sw.TEST)
    walk.note("port changed back, on the Test page", **walk.verdict_facts(wizard))

    # A different From address was never tested either.
    await walk.go(wizard, sw.SENDER)
    new_from = f"news@{DOMAIN}"
    type_into(_Bot(), wizard.pages[sw.SENDER].from_address, new_from)
    await walk.go(wizard, sw.TEST)
    walk.note("From changed, on the Test page", from_address=new_from, **walk.verdict_facts(wizard))
    walk.screenshot(wizard, "test-page-from-changed")
    await walk.go(wizard, sw.FINISH)
    walk.note("From changed, on Finish", **walk.verdict_facts(wizard))
    walk.screenshot(wizard, "finish-from-changed")

    # Leaving: the work is unsaved, so the wizard asks; Don't save closes it.
    wizard.close()
    await settle()
    box = wizard.confirm_box
    walk.note(
        "closing with unsaved work",
        asked=box is not None and box.isVisible(),
        still_open=wizard.isVisible(),
    )
    if box is not None and box.isVisible():
        for button in box.buttons():
            if box.buttonRole(button).name == "DestructiveRole":
                button.click()
    await until(lambda: not wizard.isVisible(), 5, "the wizard to close after Don't save")
    await until(walk.quit_asked.is_set, 5, "the app to quit (nothing saved, no other window)")


# -- 2. "Send as each user": refused after DATA, fixed, undone ---------------------------
async def send_as(walk: Walk) -> None:
    def send_as_each_user(page) -> None:
        page.radios[FromPolicy.SEND_AS_USER].click()
        type_into(_Bot(), page.from_address, SEND_AS)

    wizard = walk.windows.open_wizard()
    await walk.fill_to_test(wizard, sender=send_as_each_user)
    test = wizard.test_page
    walk.note(
        "on the Test page",
        from_policy=wizard.draft.from_policy.value,
        from_address=wizard.draft.from_address,
        username=wizard.draft.username,
        to=test.to_address.text(),
        sending=test.sending(),
    )
    await walk.run_test(wizard)
    result = test.result
    walk.note(
        "refused",
        ok=result.ok,
        code=result.diagnosis.code if result.diagnosis else "",
        stage=result.diagnosis.stage.value if result.diagnosis else "",
        title=test.diag_title.text(),
        explanation=test.diag_text.text(),
        detail=test.diag_detail.text(),
        status=test.status.text(),
        fixes=[button.text() for button in test.fix_buttons],
        fix_kinds=[type(button).__name__ for button in test.fix_buttons],
        transcript=test.transcript_text(),
        **walk.verdict_facts(wizard),
    )
    walk.screenshot(wizard, "refused-after-data")

    applicable = [b for b in test.fix_buttons if isinstance(b, QPushButton) and b.isVisible()]
    if len(applicable) != 1:
        raise Step(f"expected one fix button, found {[b.text() for b in test.fix_buttons]}")
    applicable[0].click()
    walk.note(
        "fix applied",
        fix_note=test.fix_note.text(),
        fix_note_visible=test.fix_note.isVisible(),
        undo_visible=test.undo_button.isVisible(),
        from_policy=wizard.draft.from_policy.value,
        from_address=wizard.draft.from_address,
        running=test.running,
    )
    await walk.run_test(wizard, press=False)  # the fix runs the test again by itself
    walk.note(
        "re-run after the fix",
        ok=test.result.ok,
        code=test.result.diagnosis.code if test.result.diagnosis else "",
        fix_note=test.fix_note.text(),
        undo_visible=test.undo_button.isVisible(),
        transcript=test.transcript_text(),
        **walk.verdict_facts(wizard),
    )
    walk.screenshot(wizard, "fixed-with-note")

    test.undo_button.click()
    await settle()
    sender = wizard.pages[sw.SENDER]
    walk.note(
        "fix undone",
        from_policy=wizard.draft.from_policy.value,
        from_address=wizard.draft.from_address,
        sender_page_policy=[p.value for p, r in sender.radios.items() if r.isChecked()],
        sender_page_from=sender.from_address.text(),
        fix_note_visible=test.fix_note.isVisible(),
        undo_visible=test.undo_button.isVisible(),
        **walk.verdict_facts(wizard),
    )
    walk.screenshot(wizard, "fix-undone")
    wizard.retire()  # leave without the unsaved-work question: this walk is over


# -- 3. The saved setups: Test in place, Edit as a child window ---------------------------
async def saved_setups(walk: Walk) -> None:
    name = f"Postfix {walk.lang}"
    profile = Profile(
        name=name,
        host="localhost",
        port=walk.port("submission"),
        security=Security.STARTTLS,
        username=USER,
        from_address=USER,
        ca_file=walk.stack["certs"]["ca_file"],
        timeout=10,
    )
    walk.ctx.profiles.put(profile)
    walk.ctx.profiles.save()
    if await walk.ctx.secrets.set(profile.id, PASSWORD) is not StoreKind.SYSTEM:
        raise Step("the password did not go to the system keyring")

    manager = walk.windows.open_manager()
    await until(manager.isVisible, 10, "the saved setups window")
    await settle()
    walk.note("opened", title=manager.windowTitle(), row=row_text(manager, profile.id))
    manager.select(profile.id)
    manager.buttons["test"].click()
    walk.note("testing", row=row_text(manager, profile.id), message=manager.message.text())
    await until(lambda: profile.id not in manager.testing, 40, "the test from the saved setups")
    await settle()
    saved = walk.ctx.profiles.by_id(profile.id)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    frame = manager.frameGeometry()
    close = manager.close_button
    walk.note(
        "tested",
        row=row_text(manager, profile.id),
        message=manager.message.text(),
        saved_state=saved_state(saved).value if saved else "",
        screen=[screen.x(), screen.y(), screen.width(), screen.height()],
        frame=[frame.x(), frame.y(), frame.width(), frame.height()],
        close_visible=close.isVisible(),
        close_inside=manager.rect().contains(QRect(close.mapTo(manager, QPoint()), close.size())),
        close_text=close.text(),
        headers=[manager.list.headerItem().text(c) for c in range(4)],
        rows=manager.count(),
    )
    walk.screenshot(manager, "tested")
    pixmap = QGuiApplication.primaryScreen().grabWindow(0)
    pixmap.save(str(walk.shots / f"{walk.scenario}-screen.png"))

    # Edit: the wizard opens over it, titled with the setup, on the saved pass.
    manager.buttons["edit"].click()
    await until(lambda: walk.windows.wizards, 5, "the wizard")
    wizard = walk.windows.wizards[-1]
    await until(lambda: wizard.password == PASSWORD, 10, "the password from the keyring")
    await settle()
    walk.note(
        "editing",
        title=wizard.windowTitle(),
        child_of_manager=wizard.parent() is manager,
        modality=wizard.windowModality().name,
        **walk.verdict_facts(wizard),
    )
    walk.screenshot(wizard, "editing")
    wizard.close()  # nothing changed: closes without asking
    await settle()
    walk.note(
        "edit closed",
        asked=wizard.confirm_box is not None,
        wizard_visible=wizard.isVisible(),
        manager_visible=manager.isVisible(),
    )
    await walk.ctx.secrets.delete(profile.id)
    manager.close()
    await until(walk.quit_asked.is_set, 5, "the app to quit after the last window")
    walk.note("closed", quit_asked=True)


SCENARIOS = {"stale": stale, "send-as": send_as, "saved-setups": saved_setups}


def main(argv: list[str]) -> int:
    scenario, stack_json, shots, lang, report, config = argv[1:7]
    stack = json.loads(Path(stack_json).read_text())
    stack["dead_port"] = int(argv[7]) if len(argv) > 7 else 9
    shots_dir, config_dir = Path(shots), Path(config)
    shots_dir.mkdir(parents=True, exist_ok=True)
    for old in shots_dir.glob(f"{scenario}-*.png"):
        old.unlink()
    shutil.rmtree(config_dir, ignore_errors=True)
    config_dir.mkdir(parents=True)
    walk = Walk(stack, shots_dir, lang, Path(report), config_dir)
    walk.scenario = scenario
    return run_on_x(
        argv[0],
        lang,
        lambda: SCENARIOS[scenario](walk),
        f"OK: {scenario} walk, screenshots in {shots_dir}",
        lambda exc: f"FAILED after {walk.seen['steps'][-1:]}: {exc}",
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
