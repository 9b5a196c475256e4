"""What the UI stall benchmark and the stall probe share: a STARTTLS aiosmtpd on its
own thread and loop (its TLS work is not the GUI's), the loop set up as main.py sets
it up, and one cold check whose transcript feeds the pane. Imported by the child
processes only, after they have made their QApplication's choices."""

from __future__ import annotations

import asyncio
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.servers import PASSWORD, USER, SmtpServer, make_certs
from wizard.core import tls
from wizard.core.engine import CheckRequest, LineAdded
from wizard.core.model import AuthMechanism, Profile, Security


def serve_starttls() -> tuple[int, threading.Event, Any]:
    """(port, stop, certs): a STARTTLS server on a thread of its own until ``stop``."""
    certs = make_certs(Path(tempfile.mkdtemp()))
    ready, stop = threading.Event(), threading.Event()
    port: list[int] = []

    def serve() -> None:
        async def run() -> None:
            async with SmtpServer(certs, tls="starttls") as server:
                port.append(server.port)
                ready.set()
                while not stop.is_set():
                    await asyncio.sleep(0.05)

        asyncio.run(run())

    threading.Thread(target=serve, daemon=True).start()
    ready.wait(10)
    return port[0], stop, certs


def cold_check(port: int, certs: Any, view: Any) -> tuple[CheckRequest, Callable[[object], None]]:
    """A STARTTLS check with a message, its TLS context cold as the first check after
    start, and the sink that feeds its transcript into ``view``."""
    view.clear_lines()
    tls._context.cache_clear()
    profile = Profile(
        host="localhost", port=port, security=Security.STARTTLS, username=USER,
        mechanism=AuthMechanism.PLAIN, from_address=USER, ca_file=certs.ca_file,
    )  # fmt: skip

    def on_event(event: object) -> None:
        if isinstance(event, LineAdded):
            view.append_line(event.line)

    return CheckRequest(profile=profile, password=PASSWORD, send=True), on_event
