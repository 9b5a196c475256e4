"""The window's error boundary: words on screen, the details in error.log with no
secret in it (typed, or read from the keyring), exit code 70 when the app cannot start."""

from __future__ import annotations

import base64
import io

from tests.conftest import assert_no_secret, forget_secrets
from tests.servers import PASSWORD, USER
from wizard.core import errorlog
from wizard.core.store import StoreError, config_dir
from wizard.ui import app as app_module
from wizard.ui.app import Windows, friendly_excepthook

OTHER_PASSWORD = "Zebra-Kite-77"


def crash(text: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(text)
    except RuntimeError as exc:
        return RuntimeError, exc, exc.__traceback__


async def test_the_error_log_never_holds_a_typed_or_stored_password(qtbot, ctx, tmp_home):
    wizard = Windows(ctx).open_wizard()
    wizard.password = PASSWORD  # typed on the sign-in page, not saved anywhere yet
    errorlog.remember_secret(OTHER_PASSWORD)  # e.g. read from the keyring by a test
    auth_plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    try:
        friendly_excepthook(*crash(f"{PASSWORD} {auth_plain} {OTHER_PASSWORD}"))  # type: ignore[arg-type]
        details = (config_dir() / "error.log").read_text()
        assert "RuntimeError" in details and "Traceback" in details
        assert_no_secret(details)
        assert_no_secret(details, OTHER_PASSWORD)
        box = app_module._boxes[-1]
        assert str(config_dir() / "error.log") in box.text() and "Traceback" not in box.text()
        box.close()
    finally:
        forget_secrets()
        wizard.close()


async def test_a_password_read_from_the_keyring_is_known_to_the_scrubber(qtbot, ctx, tmp_home):
    from wizard.core.secrets import SERVICE

    ctx.secrets._backend.set_password(SERVICE, "id-1", OTHER_PASSWORD)
    assert await ctx.secrets.get("id-1") == OTHER_PASSWORD
    try:
        assert OTHER_PASSWORD not in errorlog.scrub(f"x {OTHER_PASSWORD} y")
    finally:
        forget_secrets()


def test_a_store_error_shows_its_own_words_and_is_not_a_crash(qtbot, tmp_home, tmp_path):
    error = StoreError("newer", tmp_path / "profiles.json")
    friendly_excepthook(StoreError, error, None)
    box = app_module._boxes[-1]
    assert box.text() == error.text() and "newer version" in box.text()
    assert not (config_dir() / "error.log").exists()
    box.close()


def test_an_app_that_cannot_start_says_one_line_and_exits_70(qtbot, tmp_home, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError(f"translators broke: {PASSWORD}")

    errorlog.remember_secret(PASSWORD)
    monkeypatch.setattr(app_module, "install_translators", broken)
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    try:
        assert app_module.main([]) == 70
    finally:
        forget_secrets()
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()
    assert "error.log" in err.getvalue()
    details = (config_dir() / "error.log").read_text()
    assert "translators broke" in details
    assert_no_secret(details)
