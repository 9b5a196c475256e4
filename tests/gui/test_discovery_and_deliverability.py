"""Find my settings and the Deliverability page, through the real widgets.

The wizard's DNS is a loopback DNS server (the ``zone`` fixture); probes reach
loopback SMTP servers with real TLS.
"""

from __future__ import annotations

import asyncio

from tests.gui.helpers import type_into, until
from tests.servers import ScriptedServer, SmtpServer
from wizard.core.deliverability import Status
from wizard.core.discovery import Source
from wizard.core.model import Security
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows


async def find(qtbot, wizard, address: str) -> None:
    start = wizard.pages[sw.START]
    type_into(qtbot, start.address, address)
    start.find_button.click()
    assert not start.find_button.isEnabled()  # a second click cannot start a second search
    await until(lambda: not start.discovering, 15, "discovery")


async def test_find_my_settings_fills_the_server_page_from_srv(qtbot, ctx, zone, certs):
    async with SmtpServer(certs, tls="implicit") as smtp:
        zone.add("_submissions._tcp.corp.test", "SRV", f"0 1 {smtp.port} mail.corp.test.")
        zone.add("mail.corp.test", "A", "127.0.0.1")
        wizard = Windows(ctx).open_wizard()
        await find(qtbot, wizard, "ana@corp.test")
    start = wizard.pages[sw.START]
    assert "mail.corp.test" in start.found.text()
    assert "Found" in start.source_states[Source.SRV].text()  # states in words, not icons
    assert "Nothing found" in start.source_states[Source.PRESET].text()
    wizard.next()
    server = wizard.pages[sw.SERVER]
    assert server.host.text() == "mail.corp.test"
    assert server.port.value() == smtp.port
    assert wizard.draft.security is Security.SSL
    assert "DNS service records (SRV)" in server.source.text()
    assert "trusted" in server.source.text()
    wizard.close()


async def test_an_untrusted_result_is_only_used_when_the_admin_confirms(qtbot, ctx, zone, certs):
    async with SmtpServer(certs, tls="starttls") as smtp:
        zone.add("_submission._tcp.corp.test", "SRV", f"0 1 {smtp.port} smtp.far.test.")
        zone.add("smtp.far.test", "A", "127.0.0.1")
        wizard = Windows(ctx).open_wizard()
        await find(qtbot, wizard, "ana@corp.test")
    start = wizard.pages[sw.START]
    assert "not confirmed" in start.found.text()
    assert start.use_button.isVisible()
    assert wizard.draft.host == ""  # nothing applied yet
    start.use_button.click()
    assert wizard.draft.host == "smtp.far.test"
    wizard.next()
    assert "Not confirmed" in wizard.pages[sw.SERVER].source.text()
    wizard.close()


async def test_nothing_found_says_so_and_offers_the_provider_picker(qtbot, ctx, zone):
    zone.add("lost.test", "TXT", '"nothing"')
    ctx.discovery.guess_ports = ((1, Security.SSL),)
    wizard = Windows(ctx).open_wizard()
    wizard.show()
    await find(qtbot, wizard, "x@lost.test")
    start = wizard.pages[sw.START]
    assert "No settings found" in start.found.text()
    assert wizard.focusWidget() is start.provider  # focus moved to the picker (any window state)
    texts = [label.text() for label in start.source_states.values()]
    assert all("Nothing found" in t for t in texts), texts
    wizard.close()


async def test_find_my_settings_can_be_stopped(qtbot, ctx, zone):
    async def black_hole(reader, writer):
        await reader.read()

    async with ScriptedServer(black_hole) as hole:
        zone.add("smtp.slow.test", "A", "127.0.0.1")
        ctx.discovery.guess_ports = ((hole.port, Security.SSL),)
        ctx.discovery.probe_timeout = 30
        wizard = Windows(ctx).open_wizard()
        start = wizard.pages[sw.START]
        type_into(qtbot, start.address, "x@slow.test")
        start.find_button.click()
        await asyncio.sleep(0.4)
        assert start.discovering and not start.isComplete()
        start.cancel_find.click()
        await until(lambda: not start.discovering, 2, "stopping")
    assert "Stopped" in start.found.text()
    assert start.find_button.isEnabled() and start.isComplete()
    wizard.close()


async def test_find_with_a_bad_address_shows_the_error_at_the_field(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    start = wizard.pages[sw.START]
    type_into(qtbot, start.address, "not an address")
    start.find_button.click()
    assert not start.discovering
    error = start._error_labels["from_address"]
    assert not error.isHidden() and error.text()
    wizard.close()


async def test_deliverability_page_shows_pass_warning_and_couldnt_check(qtbot, ctx, zone):
    zone.add("out.corp.test", "A", "45.33.10.20")
    zone.txt("corp.test", "v=spf1 ip4:45.33.10.20 -all")
    zone.add("corp.test", "MX", "10 mx1.corp.test.")
    zone.silent.add("_dmarc.corp.test")  # the resolver never answers for DMARC
    zone.add("2.0.0.127.bl.test", "A", "127.0.0.2")
    wizard = Windows(ctx).open_wizard()
    wizard.draft.from_address = "ana@corp.test"
    wizard.draft.host = "out.corp.test"
    wizard.setStartId(sw.DELIVERABILITY)
    wizard.restart()
    page = wizard.pages[sw.DELIVERABILITY]
    await until(lambda: page.report is not None, 10, "the checks")
    statuses = {v.finding.check: v.finding.status for v in page.views}
    assert statuses == {
        "spf": Status.PASS,
        "dmarc": Status.UNKNOWN,
        "mx": Status.PASS,
        "dnsbl": Status.PASS,
    }
    dmarc = next(v for v in page.views if v.finding.check == "dmarc")
    assert "Couldn't check" in dmarc.badge.text()
    assert "Couldn't check: 1" in page.status.text()
    wizard.close()


async def test_deliverability_offers_the_record_to_publish(qtbot, ctx, zone):
    zone.add("out.corp.test", "A", "45.33.10.20")
    zone.add("corp.test", "MX", "10 mx1.corp.test.")
    wizard = Windows(ctx).open_wizard()
    wizard.draft.from_address = "ana@corp.test"
    wizard.draft.host = "out.corp.test"
    wizard.setStartId(sw.DELIVERABILITY)
    wizard.restart()
    page = wizard.pages[sw.DELIVERABILITY]
    await until(lambda: page.report is not None, 10, "the checks")
    spf = next(v for v in page.views if v.finding.check == "spf")
    assert spf.finding.status is Status.WARN  # missing: recommended, not a problem
    assert spf.finding.record == "v=spf1 ip4:45.33.10.20 ~all"
    dmarc = next(v for v in page.views if v.finding.check == "dmarc")
    assert dmarc.finding.status is Status.WARN
    wizard.close()
