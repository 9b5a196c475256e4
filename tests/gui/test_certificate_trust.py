"""Trusting one certificate, as an admin meets it on the Test page: a self-signed
server fails naming its certificate, "Trust this certificate" shows what is trusted
before it applies (with Undo), and a different certificate later is refused before
the password is sent, both fingerprints on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.certfactory import issue
from tests.gui.helpers import change_settings, fill_pages, until
from tests.servers import SmtpServer
from wizard.core.tls import der_sha256
from wizard.core.verdict import VerdictState
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows


async def run_test(page) -> None:
    page.run_button.click()
    await until(lambda: not page.running, 20, "the test run")


def press(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    assert box.isVisible(), "nothing was asked"
    next(b for b in box.buttons() if box.buttonRole(b) is role).click()


@pytest.fixture
def self_signed(tmp_path):
    return issue(None, tmp_path, common_name="mail.acme.test")


@pytest.fixture
def renewed(tmp_path):
    return issue(None, tmp_path, common_name="mail.acme.test")


async def test_trusting_a_self_signed_certificate_shows_it_first_and_can_be_undone(
    qtbot, ctx, self_signed
):
    sha256 = der_sha256(self_signed.der)
    async with SmtpServer(self_signed) as server:  # type: ignore[arg-type]
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, "")
        page = wizard.test_page
        await run_test(page)
        assert page.status.text() == "Test failed: The server's certificate is not trusted"
        # The banner names the certificate: subject, issuer, names, dates, fingerprint.
        shown = page.banner_text.text()
        assert page.banner_text.isVisible()
        for part in ("CN=mail.acme.test", "Issued by: O=Acme Test", "127.0.0.1", sha256):
            assert part in shown, part
        assert "valid from" in shown
        # The details under it keep OpenSSL's reason (the banner has the certificate).
        assert page.diag_detail.text() == "Details: self-signed certificate"
        main = page.fix_buttons[0]
        assert main.text() == "Apply fix: Trust this certificate"
        assert page.banner.isAncestorOf(main)

        # Pressed: a question with the certificate's details; nothing changes yet.
        main.click()
        box = page.trust_box
        assert box is not None and box.isVisible() and not page.running
        assert sha256 in box.informativeText() and "Acme Test" in box.informativeText()
        assert box.defaultButton().text() == "Don't trust it"
        press(box, QMessageBox.ButtonRole.RejectRole)
        assert wizard.draft.cert_pin == "" and not page.running

        main.click()
        press(page.trust_box, QMessageBox.ButtonRole.AcceptRole)
        assert wizard.draft.cert_pin == sha256 and page.running
        assert page.fix_note.text().startswith(
            "Changed by the fix: Trusted certificate: none → SHA-256\u00a0" + sha256[:11]
        )
        await until(lambda: not page.running, 20, "the run with the pin")
        assert page.status.text().startswith("Test passed"), page.status.text()
        assert server.recorder.auth_attempts == 1

        # Undo puts things back as they were: the pass no longer holds for them.
        page.undo_fix()
        assert wizard.draft.cert_pin == ""
        assert wizard.verdict_state() is VerdictState.STALE
    wizard.retire()


async def test_a_changed_certificate_is_refused_before_sign_in_with_both_fingerprints(
    qtbot, ctx, self_signed, renewed
):
    pinned, presented = der_sha256(self_signed.der), der_sha256(renewed.der)
    async with SmtpServer(renewed) as server:  # type: ignore[arg-type]
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, "")
        wizard.draft.cert_pin = pinned
        page = wizard.test_page
        await run_test(page)
        assert server.recorder.auth_attempts == 0
        assert b"AUTH" not in bytes(server.recorder.raw)
    assert page.status.text() == "Test failed: The server's certificate has changed"
    shown = page.banner_text.text()
    assert f"SHA-256 fingerprint: {presented}" in shown
    assert f"Trusted (pinned) fingerprint: {pinned}" in shown
    # The main action is the administrator's; trusting the new one is offered under it.
    main, trust_new = page.fix_buttons
    assert isinstance(main, QLabel) and "administrator" in main.text()
    assert trust_new.text() == "Apply fix: Trust the new certificate"
    trust_new.click()
    assert presented in page.trust_box.informativeText()
    press(page.trust_box, QMessageBox.ButtonRole.RejectRole)
    assert wizard.draft.cert_pin == pinned
    wizard.retire()


async def test_the_server_page_shows_the_trusted_certificate_and_forgets_it(
    qtbot, ctx, self_signed
):
    wizard = Windows(ctx).open_wizard()
    fill_pages(qtbot, wizard, 2525, "")
    server_page = wizard.pages[sw.SERVER]
    assert not server_page.pin_row.isVisibleTo(server_page)
    sha256 = der_sha256(self_signed.der)
    change_settings(wizard, cert_pin=sha256)
    assert server_page.pin_row.isVisibleTo(server_page)
    assert sha256 in server_page.pin_label.text()
    server_page.forget_pin_button.click()
    assert wizard.draft.cert_pin == "" and not server_page.pin_row.isVisibleTo(server_page)
    wizard.retire()


async def test_certificate_names_are_shown_as_text_never_as_markup(qtbot, ctx, tmp_path):
    hostile = issue(None, tmp_path, common_name="<b>Your Bank</b><img src=x>")
    async with SmtpServer(hostile) as server:  # type: ignore[arg-type]
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, "")
        page = wizard.test_page
        await run_test(page)
    assert "<b>Your Bank</b>" in page.banner_text.text()
    assert page.banner_text.textFormat() is Qt.TextFormat.PlainText
    page.fix_buttons[0].click()
    box = page.trust_box
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative is not None and "<b>Your Bank</b>" in informative.text()
    assert informative.textFormat() is Qt.TextFormat.PlainText
    press(box, QMessageBox.ButtonRole.RejectRole)
    wizard.retire()
