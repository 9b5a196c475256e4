"""Trust, as an admin meets it: a pass that no longer holds says so, nothing typed is
dropped without asking, a fix shows what it changed, and saved setups are one
window with their last test."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.conftest import assert_no_secret
from tests.gui.helpers import fill_pages, row_text, summary_text, type_into, until
from tests.servers import PASSWORD, USER, Behaviour, SmtpServer
from wizard.core.model import FromPolicy, Profile, Security
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore
from wizard.core.verdict import VerdictState
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows

CEO = "ceo@example.test"


async def run_test(page) -> None:
    page.run_button.click()
    await until(lambda: not page.running, 20, "the test run")


def answer(wizard, role: QMessageBox.ButtonRole) -> None:
    box = wizard.confirm_box
    assert box is not None and box.isVisible(), "nothing was asked"
    next(b for b in box.buttons() if box.buttonRole(b) is role).click()


def saved_profile(certs, port: int, **changes) -> Profile:
    return Profile(
        name="Office",
        host="127.0.0.1",
        port=port,
        security=Security.STARTTLS,
        username=USER,
        from_address=USER,
        ca_file=certs.ca_file,
    ).copy(**changes)


# -- a verdict belongs to the settings it tested ---------------------------------------
async def test_changing_the_port_after_a_pass_makes_every_view_say_out_of_date(qtbot, ctx, certs):
    async with SmtpServer(certs) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        await run_test(page)
        assert page.status.text().startswith("Test passed")
        assert wizard.verdict_state() is VerdictState.PASSED

        wizard.back()
        wizard.back()
        wizard.back()  # Server page
        wizard.pages[sw.SERVER].port.setValue(server.port + 1)
        assert wizard.verdict_state() is VerdictState.STALE
        assert page.status.text() == (
            "Out of date: Port changed since the last test. Run the test again."
        )
        for _ in range(5):
            wizard.next()
        finish = wizard.pages[sw.FINISH]
        assert wizard.currentId() == sw.FINISH
        assert "Test: out of date. Port changed since the last test." in finish.verdict.text()
        assert "passed" not in finish.verdict.text()
        assert not finish.save_button.isEnabled() and finish.save_anyway.isVisible()

        # Put the port back: the same settings as tested, so the pass holds again.
        wizard.pages[sw.SERVER].port.setValue(server.port)
        assert "Test: passed." in finish.verdict.text()
        assert finish.save_button.isEnabled() and not finish.save_anyway.isVisible()

        # The From address, the recipient and the password are part of what was tested.
        wizard.pages[sw.SENDER].from_address.setText(CEO)
        assert "From address changed since the last test." in finish.verdict.text()
        wizard.pages[sw.SENDER].from_address.setText(USER)
        wizard.pages[sw.SIGNIN].password.setText("other")
        page.to_address.setText("bob@example.test")
        assert "Changed since the last test: Password, Test recipient." in finish.verdict.text()
    wizard.retire()


async def test_a_saved_pass_comes_back_with_the_setup_and_goes_stale_on_a_new_password(
    qtbot, ctx, certs, keyring_backend
):
    async with SmtpServer(certs) as server:
        windows = Windows(ctx)
        wizard = windows.open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        await run_test(wizard.test_page)
        wizard.next()
        wizard.next()
        finish = wizard.pages[sw.FINISH]
        type_into(qtbot, finish.name, "Office")
        finish.save_button.click()
        await until(lambda: not wizard.dirty, what="saving")
        record = ctx.profiles.by_name("Office").last_test
        assert record.ok and record.code == "" and not record.password_changed
        assert record.settings["port"] == str(server.port)
        assert_no_secret((ctx.profiles.path).read_text())
        wizard.accept()  # nothing unsaved: Finish closes without asking
        assert not wizard.isVisible()

        again = windows.open_wizard(ctx.profiles.by_name("Office"))
        await until(lambda: again.password == PASSWORD, what="the password from the keyring")
        assert again.verdict_state() is VerdictState.PASSED
        assert "Test: passed." in summary_text(again)
        again.pages[sw.SIGNIN].password.setText("a new one")
        assert again.verdict_state() is VerdictState.STALE
        assert "Password changed since the last test." in summary_text(again)
        again.retire()


# -- test what the user will send --------------------------------------------------------
async def test_send_as_each_user_reports_the_refusal_and_the_fix_shows_its_change(
    qtbot, ctx, certs
):
    behaviour = Behaviour(refuse_from_header=(CEO,))
    async with SmtpServer(certs, behaviour=behaviour) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        wizard.back()  # Sender
        sender = wizard.pages[sw.SENDER]
        sender.radios[FromPolicy.SEND_AS_USER].setChecked(True)
        type_into(qtbot, sender.from_address, CEO)
        wizard.next()
        page = wizard.test_page
        page.to_address.setText(USER)

        page.check_only.setChecked(True)  # the envelope alone is accepted...
        await run_test(page)
        labels = [
            page.checklist.topLevelItem(i).text(0)
            for i in range(page.checklist.topLevelItemCount())
        ]
        assert f"Send as {CEO} allowed" in labels

        page.send_radio.setChecked(True)  # ...the message is refused, as Exchange does
        await run_test(page)
        assert page.result.diagnosis.code == "SENDER_NOT_ALLOWED"
        assert CEO in page.diag_text.text()
        # The envelope was accepted, the message refused: the step no longer says allowed.
        labels = [
            page.checklist.topLevelItem(i).text(0)
            for i in range(page.checklist.topLevelItemCount())
        ]
        assert f"Send as {CEO} refused after the message" in labels
        assert page.status.text().startswith("Test failed")

        fix = next(b for b in page.fix_buttons if b.text().startswith("Apply fix"))
        fix.click()
        assert page.fix_note.isVisible() and page.undo_button.isVisible()
        assert page.fix_note.text().replace("\u2011", "-") == (
            "Changed by the fix: From policy: send as each user → always one address; "
            f"From: {CEO} → {USER}; Reply-To: {CEO}"
        )
        await until(lambda: not page.running, 20, "the re-run")
        assert page.result.ok and wizard.test_passed
        message = server.recorder.messages[-1].decode()
        # What the application will send for ceo@ now: from the account, replies to ceo@.
        assert f"From: {USER}" in message and f"Reply-To: {CEO}" in message

        page.undo_button.click()  # back to what the admin chose
        assert wizard.draft.from_policy is FromPolicy.SEND_AS_USER
        assert sender.from_address.text() == CEO
        assert not page.fix_note.isVisible()
        assert wizard.verdict_state() is VerdictState.STALE
    wizard.retire()


async def test_a_fix_that_needs_the_user_takes_them_to_the_field(qtbot, ctx, certs):
    async with SmtpServer(certs, password="the-real-one") as server:
        wizard = Windows(ctx).open_wizard()
        await until(lambda: wizard.isActiveWindow() or True)
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        page = wizard.test_page
        await run_test(page)
        assert page.result.diagnosis.code == "AUTH_FAILED"
        go = next(b for b in page.fix_buttons if b.text().startswith("Go to"))
        go.click()
        signin = wizard.pages[sw.SIGNIN]
        assert wizard.currentId() == sw.SIGNIN
        assert signin.password.hasFocus() or wizard.focusWidget() is signin.password
        assert signin.password.selectedText() == PASSWORD  # ready to be typed over
    wizard.retire()


# -- nothing typed is dropped without asking -------------------------------------------
async def test_cancel_escape_and_close_ask_before_dropping_what_was_typed(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    wizard.close()  # nothing typed yet: closes at once
    assert not wizard.isVisible() and wizard.confirm_box is None

    wizard = Windows(ctx).open_wizard()
    type_into(qtbot, wizard.pages[sw.START].address, USER)
    for leave in (wizard.reject, wizard.close, lambda: QTest.keyClick(wizard, Qt.Key.Key_Escape)):
        leave()
        answer(wizard, QMessageBox.ButtonRole.RejectRole)  # Keep editing
        assert wizard.isVisible()
        assert wizard.pages[sw.START].address.text() == USER
    wizard.reject()
    answer(wizard, QMessageBox.ButtonRole.DestructiveRole)  # Don't save
    assert not wizard.isVisible()
    assert ctx.profiles.profiles == []


async def test_an_edited_setup_is_saved_in_place_when_finish_asks(
    qtbot, ctx, certs, keyring_backend
):
    profile = saved_profile(certs, 2525)
    ctx.profiles.put(profile)
    ctx.profiles.save()
    keyring_backend.set_password(SERVICE, profile.id, PASSWORD)
    windows = Windows(ctx)
    wizard = windows.open_wizard(profile)
    await until(lambda: wizard.password == PASSWORD, what="pre-fill")
    assert wizard.windowTitle().startswith("Office — ")
    assert not wizard.dirty  # the pre-filled password is what was saved
    wizard.pages[sw.SERVER].port.setValue(2626)
    while wizard.currentId() < sw.FINISH:
        wizard.next()
    wizard.accept()  # Finish
    answer(wizard, QMessageBox.ButtonRole.AcceptRole)  # Save
    await until(lambda: not wizard.isVisible(), what="save and close")
    reloaded = ProfileStore(ctx.profiles.path)
    reloaded.load()
    assert [(p.id, p.name, p.port) for p in reloaded.profiles] == [(profile.id, "Office", 2626)]
    assert keyring_backend.items[(SERVICE, profile.id)] == PASSWORD


# -- the saved setups: one window -------------------------------------------------------
async def test_saved_setups_are_home_test_in_place_and_export_from_the_saved_password(
    qtbot, ctx, certs, keyring_backend
):
    async with SmtpServer(certs) as server:
        profile = saved_profile(certs, server.port)
        ctx.profiles.put(profile)
        ctx.profiles.save()
        keyring_backend.set_password(SERVICE, profile.id, PASSWORD)
        windows = Windows(ctx)
        windows.start()  # setups exist: the app opens on them
        manager = windows.manager
        assert manager is not None and manager.isVisible() and not windows.wizards
        assert manager.close_button.isVisible()
        assert row_text(manager, profile.id) == [
            "Office", f"127.0.0.1:{server.port}", USER, "Not tested",
        ]  # fmt: skip
        screen = manager.screen().availableGeometry()
        assert screen.contains(manager.frameGeometry())

        manager.buttons["test"].click()  # runs at once, here
        assert row_text(manager, profile.id)[3] == "Testing…"
        await until(lambda: not manager.testing, 20, "the test")
        assert row_text(manager, profile.id)[3].startswith("Passed · ")
        assert "test passed" in manager.message.text()
        on_disk = json.loads(ctx.profiles.path.read_text())["profiles"][0]["last_test"]
        assert on_disk["ok"] is True and on_disk["settings"]["port"] == str(server.port)

        # Changed elsewhere (another copy of the app, an older save): the row says so.
        ctx.profiles.put(ctx.profiles.by_id(profile.id).copy(port=server.port + 1))
        manager.refresh()
        assert row_text(manager, profile.id)[3] == "Out of date (Port changed since the last test)"

        manager.buttons["export"].click()
        dialog = manager.export_dialog
        assert dialog.isVisible() and dialog.parent() is manager
        assert "Office" in dialog.windowTitle()
        await until(lambda: dialog.panel.include_password.isEnabled(), what="the saved password")
        dialog.panel.format.setCurrentIndex(dialog.panel.format.findData("json"))
        assert '"ca_file"' in dialog.panel.preview.toPlainText()
        assert_no_secret(dialog.panel.preview.toPlainText())
        dialog.panel.include_password.setChecked(True)
        assert json.loads(dialog.panel.preview.toPlainText())["password"] == PASSWORD
        dialog.panel.format.setCurrentIndex(dialog.panel.format.findData("dsn"))
        assert dialog.panel.cannot.isVisible() and certs.ca_file in dialog.panel.cannot.text()
        dialog.reject()

        manager.buttons["edit"].click()  # the wizard as this window's modal child
        wizard = windows.wizards[-1]
        assert wizard.parent() is manager
        assert wizard.windowModality() is Qt.WindowModality.WindowModal
        assert wizard.windowTitle() == "Office — SMTP Setup Wizard"
        errors = [
            label
            for page in wizard.pages
            for label in page.findChildren(QLabel, "fieldError")
            if label.isVisible()
        ]
        assert errors == []  # opening never marks a field invalid
        await until(lambda: wizard.password == PASSWORD, what="pre-fill")
        wizard.reject()  # nothing changed: closes without asking
        assert not wizard.isVisible() and manager.isVisible()

        manager.close_button.click()
        assert not manager.isVisible()


async def test_the_finish_page_export_carries_the_ca_file_or_says_it_cannot(qtbot, ctx, certs):
    wizard = Windows(ctx).open_wizard(saved_profile(certs, 2525), sw.FINISH)
    finish = wizard.pages[sw.FINISH]
    finish.format.setCurrentIndex(finish.format.findData("env"))
    assert f"SMTP_CA_FILE='{certs.ca_file}'" in finish.preview.toPlainText()
    assert not finish.export.cannot.isVisible()
    finish.format.setCurrentIndex(finish.format.findData("dsn"))
    assert finish.export.cannot.isVisible()
    assert "cannot name a CA file" in finish.export.cannot.text()
    wizard.retire()


async def test_save_in_the_leave_question_keeps_an_invalid_field_open_at_that_field(
    qtbot, ctx, certs, keyring_backend
):
    profile = saved_profile(certs, 2525)
    ctx.profiles.put(profile)
    ctx.profiles.save()
    windows = Windows(ctx)
    windows.open_manager()
    wizard = windows.open_wizard(profile, sw.SENDER)
    type_into(qtbot, wizard.pages[sw.SENDER].from_address, "x")  # not an address
    wizard.reject()
    answer(wizard, QMessageBox.ButtonRole.AcceptRole)  # Save
    assert wizard.isVisible() and wizard.currentId() == sw.SENDER
    error = wizard.pages[sw.SENDER]._error_labels["from_address"]
    assert error.isVisible() and error.text()
    reloaded = ProfileStore(ctx.profiles.path)
    reloaded.load()
    assert reloaded.profiles[0].from_address == USER  # nothing invalid was stored
    wizard.retire()


async def test_the_app_shutting_down_with_a_field_focused_raises_nothing(qtbot, ctx):
    """Seen on Xvfb: the app shut down while the Server page's host field had the
    focus; its editingFinished fired as the window was destroyed and the wizard's
    title update raised "Internal C++ object (SetupWizard) already deleted"."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    wizard = Windows(ctx).open_wizard(start_page=sw.SERVER)
    wizard.show()
    wizard.activateWindow()
    server = wizard.pages[sw.SERVER]
    server.host.setFocus()
    await until(server.host.hasFocus, 5, "the host field to have the focus")
    server.host.setText("tls://localhost:587")  # edited: leaving the field splits it
    with qtbot.capture_exceptions() as caught:
        shiboken6.delete(wizard)
        QApplication.processEvents()
    errors = [exc for _type, exc, _tb in caught]
    assert errors == []
