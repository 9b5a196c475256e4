"""Where the settings go, in the window (issue 14): the Finish page asks where they
will be used and shows each file, how to apply it and what it cannot carry; the
Start page imports an application's settings and fills the pages."""

from __future__ import annotations

import stat

from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

from tests.conftest import assert_no_secret
from tests.gui.helpers import language
from tests.servers import PASSWORD, USER
from wizard.core.model import Profile, Security
from wizard.targets import TARGETS, Group
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows

OFFICE = Profile(
    host="smtp.example.com",
    port=587,
    security=Security.STARTTLS,
    username=USER,
    from_address=USER,
    ca_file="/etc/ssl/office-ca.pem",
)


def _finish(ctx):
    wizard = Windows(ctx).open_wizard()
    wizard.draft = OFFICE.copy()
    wizard.password = PASSWORD
    wizard.reload_pages()
    wizard.setStartId(sw.FINISH)
    wizard.restart()
    return wizard, wizard.pages[sw.FINISH]


def _files(panel) -> dict[str, str]:
    texts = {}
    for index in range(panel.tabs.count()):
        editor = panel.tabs.widget(index)
        if isinstance(editor, QPlainTextEdit):
            texts[panel.tabs.tabText(index)] = editor.toPlainText()
    return texts


async def test_the_chooser_lists_every_target_under_its_group(qtbot, ctx):
    wizard, finish = _finish(ctx)
    combo = finish.format
    ids = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert sorted(ids) == sorted(TARGETS)
    headings = [combo.itemText(i) for i in range(combo.count()) if not combo.itemData(i)]
    groups = [g.label for g in Group if any(t.group is g for t in TARGETS.values())]
    assert headings == groups and "Servers and tools" in headings
    wizard.close()


async def test_admin_picks_postfix_and_sees_each_file_the_steps_and_no_password(qtbot, ctx):
    wizard, finish = _finish(ctx)
    panel = finish.export
    finish.format.setCurrentIndex(finish.format.findData("postfix"))
    files = _files(panel)
    assert list(files) == ["main.cf", "sasl_passwd", "apply.sh"]
    assert panel.tabs.tabToolTip(1) == "Line for /etc/postfix/sasl_passwd"
    assert "relayhost = [smtp.example.com]:587" in files["main.cf"]
    assert "smtp_tls_CAfile = /etc/ssl/office-ca.pem" in files["main.cf"]
    assert panel.tabs.tabText(panel.tabs.count() - 1) == "How to apply"
    assert panel.steps.text().startswith("1. Add the main.cf lines")
    assert "secure checks the certificate" in panel.note.text()
    assert not panel.warning.isVisibleTo(panel)
    assert_no_secret("\n".join(files.values()))
    finish.include_password.setChecked(True)
    assert f"{USER}:{PASSWORD}" in _files(panel)["sasl_passwd"]
    assert panel.warning.isVisibleTo(panel)
    wizard.close()


async def test_django_says_where_the_ca_goes_since_it_has_no_setting(qtbot, ctx):
    wizard, finish = _finish(ctx)
    finish.format.setCurrentIndex(finish.format.findData("django"))
    panel = finish.export
    assert panel.cannot.isVisibleTo(panel)
    assert "SSL_CERT_FILE=/etc/ssl/office-ca.pem" in panel.cannot.text()
    assert "EMAIL_USE_TLS = True" in panel.preview.toPlainText()
    wizard.close()


async def test_saving_the_file_with_the_password_makes_it_private(
    qtbot, ctx, tmp_path, monkeypatch
):
    wizard, finish = _finish(ctx)
    target = tmp_path / "msmtprc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    finish.format.setCurrentIndex(finish.format.findData("msmtp"))
    finish.include_password.setChecked(True)
    finish.export.save_as_button.click()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f'password "{PASSWORD}"' in target.read_text()
    finish.include_password.setChecked(False)
    finish.export.save_as_button.click()
    assert PASSWORD not in target.read_text() and "secret-tool lookup" in target.read_text()
    wizard.close()


async def test_the_steps_and_warnings_are_in_spanish(qtbot, ctx):
    with language("es"):
        wizard, finish = _finish(ctx)
        finish.format.setCurrentIndex(finish.format.findData("laravel"))
        panel = finish.export
        assert panel.steps.text().startswith("1. Sustituya las líneas MAIL_")
        assert "openssl.cafile" in panel.cannot.text() and "Ponga" in panel.cannot.text()
        assert panel.tabs.tabText(panel.tabs.count() - 1) == "Cómo aplicarla"
        wizard.close()


# --- Import on the Start page ---------------------------------------------------------


def _open_import(wizard):
    start = wizard.pages[sw.START]
    start.import_button.click()
    return start, start.import_dialog


async def test_admin_pastes_a_symfony_dsn_and_every_page_is_filled(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    start, dialog = _open_import(wizard)
    text = TARGETS["symfony"].export(OFFICE, PASSWORD).combined()
    dialog.paste.setPlainText(text)
    dialog.import_button.click()
    assert not dialog.isVisible()
    assert (wizard.draft.host, wizard.draft.port) == ("smtp.example.com", 587)
    assert wizard.draft.security is Security.STARTTLS
    assert wizard.password == PASSWORD
    signin = wizard.pages[sw.SIGNIN]
    assert signin.username.text() == USER and signin.password.text() == PASSWORD
    assert start.address.text() == USER
    assert "Imported from Symfony Mailer (MAILER_DSN)" in start.found.text()
    assert_no_secret(start.found.text())
    assert wizard.source_text() == "Settings imported from Symfony Mailer (MAILER_DSN)."
    assert "STARTTLS only when the server offers it" not in start.found.text()
    wizard.close()


async def test_opportunistic_settings_are_imported_as_starttls_and_the_page_says_so(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    start, dialog = _open_import(wizard)
    dialog.paste.setPlainText("MAILER_DSN=smtp://app%40example.com@smtp.example.com:587\n")
    dialog.import_button.click()
    assert wizard.draft.security is Security.STARTTLS
    assert "STARTTLS only when the server offers it" in start.found.text()
    wizard.close()


async def test_garbage_is_refused_at_the_paste_field_and_nothing_changes(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    before = wizard.draft.settings_dict()
    _start, dialog = _open_import(wizard)
    dialog.paste.setPlainText("dear admin, here are the settings you asked for")
    dialog.import_button.click()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "no format the wizard reads" in dialog.error.text()
    dialog.format.setCurrentIndex(dialog.format.findData("msmtp"))
    dialog.import_button.click()
    assert dialog.error.text() == "This text is not in the msmtp (msmtprc) format."
    assert wizard.draft.settings_dict() == before
    dialog.reject()
    wizard.close()


async def test_admin_opens_an_msmtprc_file(qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "msmtprc"
    path.write_text(
        TARGETS["msmtp"].export(OFFICE.copy(security=Security.SSL, port=465)).combined()
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    wizard = Windows(ctx).open_wizard()
    _start, dialog = _open_import(wizard)
    dialog.open_button.click()
    dialog.import_button.click()
    assert wizard.draft.security is Security.SSL and wizard.draft.effective_port == 465
    assert wizard.draft.ca_file == "/etc/ssl/office-ca.pem"
    assert wizard.pages[sw.SERVER].ca_file.text() == "/etc/ssl/office-ca.pem"
    wizard.close()


async def test_a_file_that_is_not_text_is_said_at_the_paste_field(qtbot, ctx, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\xff\xfe")
    wizard = Windows(ctx).open_wizard()
    _start, dialog = _open_import(wizard)
    dialog.load_file(path)
    assert "is not a settings file" in dialog.error.text()
    dialog.reject()
    wizard.close()
