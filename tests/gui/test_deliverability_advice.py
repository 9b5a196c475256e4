"""The Deliverability page after a test (issue 12): what matters first, advice rather
than alarm once the mail was accepted, "couldn't check" never read as missing, and a
Copy that says it copied.

The wizard's DNS is the loopback DNS server (``zone``); the server's address is
public-looking and nothing ever connects to it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.helpers import change_settings, until
from wizard.core.deliverability import Status
from wizard.core.verdict import Verdict, now_iso
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows

SERVER_IP = "45.33.10.20"


def corp_zone(zone, spf: str | None = None):
    zone.add("out.corp.test", "A", SERVER_IP)
    zone.add("corp.test", "MX", "10 mx1.corp.test.")
    zone.add("2.0.0.127.bl.test", "A", "127.0.0.2")
    if spf:
        zone.txt("corp.test", spf)
    return zone


async def open_checks(ctx, *, passed: bool):
    """The wizard on the Deliverability page for ana@corp.test via out.corp.test,
    after a test that passed (the verdict the Test page records) or no test."""
    wizard = Windows(ctx).open_wizard()
    wizard.draft.from_address = "ana@corp.test"
    wizard.draft.username = "ana@corp.test"
    wizard.draft.host = "out.corp.test"
    if passed:
        wizard.set_verdict(
            Verdict(True, "", now_iso(), wizard.current_settings(), wizard.current_secret())
        )
        assert wizard.test_passed
    wizard.setStartId(sw.DELIVERABILITY)
    wizard.restart()
    page = wizard.pages[sw.DELIVERABILITY]
    await until(lambda: page.report is not None, 10, "the checks")
    return wizard, page


def badges(page) -> list[str]:
    return [view.badge.text().split(" ", 1)[1] for view in page.views]


async def test_after_a_pass_missing_records_are_advice_not_problems(qtbot, ctx, zone):
    corp_zone(zone)  # no SPF, no DMARC: the mail went through all the same
    wizard, page = await open_checks(ctx, passed=True)
    summary = page.status.text()
    assert summary.startswith(
        "Your mail was accepted. To make sure mail from corp.test is not marked as spam, "
        "publish the recommended records below."
    ), summary
    assert "Problem" not in " ".join(badges(page)) and "Problems: 0" in summary
    titles = [view.title.text() for view in page.views]
    assert titles[:2] == ["<b>Publish an SPF record</b>", "<b>Publish a DMARC record</b>"]
    assert badges(page)[:2] == ["Recommended", "Recommended"]
    assert badges(page)[2:] == ["OK", "OK"]  # MX, blocklist
    wizard.close()


async def test_what_gets_mail_refused_comes_first(qtbot, ctx, zone):
    corp_zone(zone, spf="v=spf1 ip4:198.51.100.1 -all")
    zone.add("20.10.33.45.bl.test", "A", "127.0.0.2")  # the server is listed
    zone.txt("_dmarc.corp.test", "v=DMARC1; p=none")
    wizard, page = await open_checks(ctx, passed=True)
    codes = [view.finding.code for view in page.views]
    assert codes == ["SPF_NOT_AUTHORIZED", "DNSBL_LISTED", "DMARC_MONITOR", "MX_PRESENT"]
    assert badges(page) == ["Problem", "Problem", "Recommended", "OK"]
    assert page.status.text().startswith(
        "Your mail was accepted. Receivers may refuse or junk mail from corp.test until the "
        "problems at the top are fixed."
    )
    wizard.close()


async def test_without_a_passing_test_nothing_claims_the_mail_was_accepted(qtbot, ctx, zone):
    corp_zone(zone)
    wizard, page = await open_checks(ctx, passed=False)
    assert page.status.text().startswith("To make sure mail from corp.test is not marked")
    wizard.close()


async def test_a_pass_that_went_out_of_date_stops_saying_accepted(qtbot, ctx, zone):
    corp_zone(zone)
    wizard, page = await open_checks(ctx, passed=True)
    assert page.status.text().startswith("Your mail was accepted.")
    change_settings(wizard, port=2525)  # no longer the settings that passed
    assert not wizard.test_passed
    assert page.status.text().startswith("To make sure mail from corp.test")
    wizard.close()


async def test_couldnt_check_is_last_and_never_reads_as_missing(qtbot, ctx, zone):
    corp_zone(zone, spf=f"v=spf1 ip4:{SERVER_IP} -all")
    zone.silent.add("_dmarc.corp.test")  # the resolver never answers for DMARC
    wizard, page = await open_checks(ctx, passed=True)
    last = page.views[-1]
    assert (last.finding.check, last.finding.status) == ("dmarc", Status.UNKNOWN)
    text = " ".join((last.title.text(), last.explanation.text(), last.badge.text()))
    assert "Couldn't check" in text
    assert "Publish" not in text and "No DMARC" not in text and "missing" not in text.lower()
    summary = page.status.text()
    assert summary.startswith(
        "Your mail was accepted. Everything that could be checked for corp.test looks right."
    )
    assert "publish" not in summary.lower()
    assert "Couldn't check: 1" in summary
    wizard.close()


async def test_copy_says_it_copied_the_record(qtbot, ctx, zone):
    corp_zone(zone)
    wizard, page = await open_checks(ctx, passed=False)
    spf = page.views[0]
    assert spf.copied.text() == ""
    spf.copy_button.click()
    assert QApplication.clipboard().text() == f"v=spf1 ip4:{SERVER_IP} ~all"
    assert spf.copied.text() == "Copied."
    wizard.close()
