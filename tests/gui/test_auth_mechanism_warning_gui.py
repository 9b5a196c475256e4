"""The Test page and the saved-setups window say it when the sign-in method that
passed the saved setup's last test is no longer offered (issue 13)."""

from __future__ import annotations

import json

from tests.gui.helpers import fill_pages, until
from tests.servers import PASSWORD, USER, SmtpServer
from wizard.core.model import LastTest, Profile
from wizard.core.secrets import SERVICE
from wizard.ui.app import Windows

PASSED = "Test passed: the server accepted everything."


async def test_the_banner_says_the_method_that_passed_last_time_is_gone(qtbot, ctx, certs):
    async with SmtpServer(certs, without_auth=("PLAIN",)) as server:
        wizard = Windows(ctx).open_wizard()
        fill_pages(qtbot, wizard, server.port, certs.ca_file)
        # The setup's last pass signed in with PLAIN (as saved with it).
        wizard.draft.last_test = LastTest(
            "2026-01-01T00:00:00+00:00", True, auth_offered=["PLAIN", "LOGIN"], auth_used="PLAIN"
        )
        page = wizard.test_page
        page.run_button.click()
        await until(lambda: not page.running, 20, "the test run")
        assert page.status.text() == PASSED
        text = page.banner_text.text()
        assert "no longer offers the sign-in method PLAIN" in text
        assert "it now offers: LOGIN" in text
        assert page.banner_text.isVisible()
    wizard.retire()


async def test_the_saved_setups_window_says_it_and_records_the_new_method(
    qtbot, ctx, certs, keyring_backend
):
    async with SmtpServer(certs, without_auth=("PLAIN",)) as server:
        profile = Profile(
            name="Office", host="127.0.0.1", port=server.port, username=USER,
            from_address=USER, ca_file=certs.ca_file,
            last_test=LastTest(
                "2026-01-01T00:00:00+00:00", True, auth_offered=["PLAIN"], auth_used="PLAIN"
            ),
        )  # fmt: skip
        ctx.profiles.put(profile)
        ctx.profiles.save()
        keyring_backend.set_password(SERVICE, profile.id, PASSWORD)
        windows = Windows(ctx)
        windows.start()
        manager = windows.manager
        manager.buttons["test"].click()
        await until(lambda: not manager.testing, 20, "the test")
        text = manager.message.text()
        assert "test passed" in text
        assert "no longer offers the sign-in method PLAIN" in text
        on_disk = json.loads(ctx.profiles.path.read_text())["profiles"][0]["last_test"]
        assert (on_disk["auth_used"], on_disk["auth_offered"]) == ("LOGIN", ["LOGIN"])
        manager.close()
