"""The Test page says under the verdict when the sign-in method that passed the
saved setup's last test is no longer offered (issue 13)."""

from __future__ import annotations

from tests.gui.helpers import fill_pages, until
from tests.servers import SmtpServer
from wizard.core.model import LastTest
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
