"""Render every wizard page, the test page mid-run, passed (with and without a
message) and failed (its banner's main action: apply, open help), a self-signed
server (the failure naming its certificate, the question before trusting it, the pass
with the pin, a changed certificate), and the profile manager to PNG (offscreen), for
the README and for review.

    uv run python -m tests.render_screenshots [OUTPUT_DIR] [--lang es]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

from tests.certfactory import issue
from tests.dnsserver import ThreadedDnsServer, Zone
from tests.gui.helpers import change_settings
from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER, Behaviour, ScriptedServer, SmtpServer, make_certs
from wizard.core.discovery import DiscoveryOptions
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.engine import StageStarted
from wizard.core.model import FromPolicy, LastTest, Profile, Security
from wizard.core.secrets import SecretStore
from wizard.core.stages import Stage
from wizard.core.store import ProfileStore
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows, install_translators
from wizard.ui.context import AppContext


async def settle(app: QApplication, seconds: float = 0.05) -> None:
    for _ in range(3):
        app.processEvents()
        await asyncio.sleep(seconds / 3)


async def shoot(app: QApplication, widget, path: Path) -> None:
    await settle(app)
    widget.grab().save(str(path))
    print(path)


async def black_hole(reader, writer) -> None:
    await reader.read()


async def render_discovery(
    out: Path, app: QApplication, windows: Windows, zone: Zone, certs
) -> None:
    """The Start page while Find my settings runs, and after it found a server."""
    ctx = windows.ctx
    async with ScriptedServer(black_hole) as hole, SmtpServer(certs, tls="implicit") as smtp:
        zone.add("smtp.slow.test", "A", "127.0.0.1")
        zone.add("_submissions._tcp.corp.test", "SRV", f"0 1 {smtp.port} mail.corp.test.")
        zone.add("mail.corp.test", "A", "127.0.0.1")
        zone.add("corp.test", "MX", "10 mx1.corp.test.")
        ctx.discovery.guess_ports = ((hole.port, Security.SSL),)
        wizard = windows.open_wizard()
        start = wizard.pages[sw.START]
        start.address.setText("ana@slow.test")
        start.start_discovery()
        await asyncio.sleep(0.6)
        await shoot(app, wizard, out / "1-start-discovering.png")
        start.cancel_discovery()
        await asyncio.sleep(0.1)
        start.address.setText("ana@corp.test")
        start.start_discovery()
        while start.discovering:
            await asyncio.sleep(0.05)
        await shoot(app, wizard, out / "1-start-found.png")
        wizard.close()


async def render_import(out: Path, app: QApplication, windows: Windows) -> None:
    """Import settings on the Start page: the dialog with a pasted DSN, a refusal at
    the paste field, and the Start page once the pages are filled."""
    wizard = windows.open_wizard()
    wizard.show()
    start = wizard.pages[sw.START]
    start.import_button.click()
    dialog = start.import_dialog
    assert dialog is not None
    dialog.paste.setPlainText(
        "MAILER_DSN=smtp://app%40example.com@smtp.example.com:587?require_tls=true\n"
    )
    await shoot(app, dialog, out / "1-start-import.png")
    dialog.paste.setPlainText("Hello, the server is smtp.example.com")
    dialog.import_button.click()
    await shoot(app, dialog, out / "1-start-import-refused.png")
    dialog.paste.setPlainText(
        "MAILER_DSN=smtp://app%40example.com@smtp.example.com:587?require_tls=true\n"
    )
    dialog.import_button.click()
    await shoot(app, wizard, out / "1-start-imported.png")
    wizard.close()


async def render(out: Path, app: QApplication) -> None:
    folder = Path(tempfile.mkdtemp())
    certs = make_certs(folder)
    ctx = AppContext(ProfileStore(folder / "profiles.json"), SecretStore(MemoryKeyring()))
    zone = Zone()
    # What the Deliverability page reads for example.test: SPF passes for the
    # loopback server, DMARC only monitors (a warning), and the blocklists cannot
    # be checked for a private address.
    zone.txt("example.test", "v=spf1 ip4:127.0.0.1 -all")
    zone.txt("_dmarc.example.test", "v=DMARC1; p=none; rua=mailto:dmarc@example.test")
    zone.add("example.test", "MX", "10 mx.example.test.")
    dns_thread = ThreadedDnsServer(zone).__enter__()
    ctx.dns = DnsClient(parse_nameserver(dns_thread.address), timeout=0.5, lifetime=1.0)
    ctx.discovery = DiscoveryOptions(ca_file=certs.ca_file, probe_timeout=5.0)
    windows = Windows(ctx)
    await render_discovery(out, app, windows, zone, certs)
    await render_import(out, app, windows)
    try:
        await render_pages(out, app, windows, certs)
    finally:
        dns_thread.__exit__(None, None, None)


async def render_pages(out: Path, app: QApplication, windows: Windows, certs) -> None:
    ctx = windows.ctx
    async with SmtpServer(certs, tls="implicit") as good:
        wizard = windows.open_wizard()
        wizard.draft = Profile(
            host="127.0.0.1",
            port=good.port,
            security=Security.STARTTLS,
            username=USER,
            from_address=USER,
            ca_file=certs.ca_file,
            timeout=2,
        )
        wizard.password = PASSWORD
        wizard.reload_pages()
        for index, name in enumerate(["1-start", "2-server", "3-signin", "4-sender"]):
            if index:
                wizard.next()
            await shoot(app, wizard, out / f"{name}.png")
        wizard.next()  # test page
        page = wizard.test_page
        await shoot(app, wizard, out / "5-test-ready.png")

        # Failure with a diagnosis: plain STARTTLS to an implicit-TLS port.
        page.start_run()
        await page.task
        await shoot(app, wizard, out / "5-test-failed-diagnosis.png")

        # Apply the offered fix and pass.
        page.fix_buttons[0].click()
        await page.task
        await shoot(app, wizard, out / "5-test-passed.png")

        # Check without sending: what the server would accept, and that nothing was sent.
        page.check_only.setChecked(True)
        page.start_run()
        await page.task
        await shoot(app, wizard, out / "5-test-passed-no-message.png")
        page.send_radio.setChecked(True)

        # "Send as each user" refused after the message, as Exchange does: the banner
        # offers the fix, the transcript shows the 550 with the panel open.
        ceo = "ceo@example.test"
        refusing = Behaviour(refuse_from_header=(ceo,))
        async with SmtpServer(certs, tls="implicit", behaviour=refusing) as strict:
            change_settings(
                wizard, port=strict.port, from_policy=FromPolicy.SEND_AS_USER, from_address=ceo
            )
            page.start_run()
            await page.task
            await shoot(app, wizard, out / "5-test-failed-send-as.png")

        # Sign-in turned off by the provider (Microsoft 365): the banner opens its help page.
        m365 = Behaviour(
            auth_reply="535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
            "is disabled for the Tenant."
        )
        async with SmtpServer(certs, tls="implicit", behaviour=m365) as disabled:
            change_settings(
                wizard, port=disabled.port, from_policy=FromPolicy.FIXED_FROM, from_address=USER
            )
            page.start_run()
            await page.task
            await shoot(app, wizard, out / "5-test-failed-help.png")

        await render_certificates(out, app, wizard, Path(certs.ca_file).parent)

        # Mid-run: a server that stalls after EHLO.
        async def stall(reader, writer):
            writer.write(b"220 slow.example.test ESMTP\r\n")
            await reader.readline()
            writer.write(b"250-slow.example.test\r\n250-AUTH PLAIN\r\n250 SIZE 1000\r\n")
            await asyncio.sleep(3600)

        async with ScriptedServer(stall) as slow:
            change_settings(wizard, port=slow.port, security=Security.NONE, auth=False)
            reached = asyncio.Event()
            page.start_run()
            original = page.on_event

            def watch(event):
                original(event)
                if isinstance(event, StageStarted) and event.stage is Stage.MAIL:
                    reached.set()

            page.on_event = watch  # type: ignore[method-assign]
            await asyncio.sleep(0.5)
            await shoot(app, wizard, out / "5-test-mid-run.png")
            page.cancel_run()
            page.on_event = original  # type: ignore[method-assign]
            await asyncio.sleep(0.1)

        change_settings(wizard, port=good.port, security=Security.SSL, auth=True)
        page.start_run()
        await page.task
        wizard.next()
        deliverability = wizard.pages[sw.DELIVERABILITY]
        while deliverability.running or deliverability.report is None:
            await asyncio.sleep(0.05)
        await shoot(app, wizard, out / "6-deliverability.png")
        wizard.next()
        fin = wizard.pages[sw.FINISH]
        fin.name.setText("Office mail")
        fin.save(anyway=False)
        await asyncio.sleep(0.2)
        fin.include_password.setChecked(True)
        fin.format.setCurrentIndex(fin.format.findData("env"))
        await shoot(app, wizard, out / "7-finish.png")
        fin.include_password.setChecked(False)
        # Where the settings go (issue 14): a target with several files, and its steps.
        fin.format.setCurrentIndex(fin.format.findData("postfix"))
        await shoot(app, wizard, out / "7-finish-postfix.png")
        fin.format.setCurrentIndex(fin.format.findData("laravel"))
        fin.export.tabs.setCurrentWidget(fin.export.how_to)
        await shoot(app, wizard, out / "7-finish-laravel-steps.png")
        fin.export.tabs.setCurrentIndex(0)
        fin.format.setCurrentIndex(fin.format.findData("env"))

        # A change after the pass: every view says the verdict is out of date.
        wizard.pages[sw.SERVER].port.setValue(587)
        await shoot(app, wizard, out / "7-finish-stale.png")
        wizard.back()
        wizard.back()
        await shoot(app, wizard, out / "5-test-stale.png")
        wizard.pages[sw.SERVER].port.setValue(good.port)

        ctx.profiles.put(
            Profile(
                name="Shop notifications",
                host="smtp.sendgrid.net",
                port=587,
                username="apikey",
                from_address="shop@example.com",
            )
        )
        office = ctx.profiles.by_name("Office mail")
        assert office is not None and office.last_test is not None
        # Tested, then changed elsewhere: out of date. And one that failed.
        ctx.profiles.put(office.copy(id=Profile().id, name="Office (old server)", port=25))
        ctx.profiles.put(
            office.copy(
                id=Profile().id,
                name="Support desk",
                from_address="support@example.com",
                last_test=LastTest(
                    office.last_test.when, False, "AUTH_FAILED", dict(office.last_test.settings)
                ),
            )
        )
        ctx.profiles.save()
        wizard.retire()
        manager = windows.open_manager()
        manager.refresh()
        await shoot(app, manager, out / "8-profile-manager.png")
        manager.close()


async def render_certificates(out: Path, app: QApplication, wizard, folder: Path) -> None:
    """A self-signed server: the failure naming its certificate with the trust offer,
    the question before trusting it, and later a different certificate (CERT_CHANGED)."""
    page = wizard.test_page
    self_signed = issue(None, folder, common_name="mail.example.test")
    renewed = issue(None, folder, common_name="mail.example.test")
    async with SmtpServer(self_signed, tls="implicit") as server:  # type: ignore[arg-type]
        change_settings(
            wizard,
            port=server.port,
            security=Security.SSL,
            from_policy=FromPolicy.FIXED_FROM,
            auth=True,
        )
        page.start_run()
        await page.task
        await shoot(app, wizard, out / "5-test-failed-untrusted.png")
        page.fix_buttons[0].click()  # Trust this certificate: asks first
        box = page.trust_box
        assert box is not None
        await shoot(app, box, out / "5-test-trust-question.png")
        trust = next(b for b in box.buttons() if box.buttonRole(b).name == "AcceptRole")
        trust.click()
        await page.task
        await shoot(app, wizard, out / "5-test-passed-pinned.png")
    async with SmtpServer(renewed, tls="implicit") as server:  # type: ignore[arg-type]
        change_settings(wizard, port=server.port)
        page.start_run()
        await page.task
        await shoot(app, wizard, out / "5-test-failed-cert-changed.png")
    change_settings(wizard, cert_pin="")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", help="output folder")
    parser.add_argument("--lang", choices=["en", "es"], default="en")
    args = parser.parse_args()
    lang = args.lang
    out = Path(args.out or ("docs/screenshots/es" if lang == "es" else "docs/screenshots"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    app.setQuitOnLastWindowClosed(False)
    install_translators(app, lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(render(out, app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
