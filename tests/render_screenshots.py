"""Render every wizard page, the test page mid-run and after a failure, and the
profile manager to PNG (offscreen), for the README and for review.

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

from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER, ScriptedServer, SmtpServer, make_certs
from wizard.core.engine import StageStarted
from wizard.core.model import Profile, Security
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


async def render(out: Path, app: QApplication) -> None:
    folder = Path(tempfile.mkdtemp())
    certs = make_certs(folder)
    ctx = AppContext(ProfileStore(folder / "profiles.json"), SecretStore(MemoryKeyring()))
    windows = Windows(ctx)
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

        # Mid-run: a server that stalls after EHLO.
        async def stall(reader, writer):
            writer.write(b"220 slow.example.test ESMTP\r\n")
            await reader.readline()
            writer.write(b"250-slow.example.test\r\n250-AUTH PLAIN\r\n250 SIZE 1000\r\n")
            await asyncio.sleep(3600)

        async with ScriptedServer(stall) as slow:
            wizard.apply_changes({"port": slow.port, "security": "none", "auth": False})
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

        wizard.apply_changes({"port": good.port, "security": "ssl", "auth": True})
        page.start_run()
        await page.task
        wizard.next()
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
        ctx.profiles.put(
            Profile(
                name="Shop notifications",
                host="smtp.sendgrid.net",
                port=587,
                username="apikey",
                from_address="shop@example.com",
            )
        )
        ctx.profiles.save()
        manager = windows.open_manager()
        manager.refresh()
        await shoot(app, manager, out / "8-profile-manager.png")
        wizard.close()
        manager.close()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lang = "es" if "--lang" in sys.argv and "es" in sys.argv else "en"
    out = Path(args[0] if args else ("docs/screenshots/es" if lang == "es" else "docs/screenshots"))
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["screenshots"])
    install_translators(app, lang)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(render(out, app))
    return 0


if __name__ == "__main__":
    sys.exit(main())
