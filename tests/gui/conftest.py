"""GUI tests run on a qasync loop (pytest-asyncio's loop-factory hook), so Qt
timers and asyncio tasks share one loop, as in the real app (NOTES.md)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.dnsserver import ThreadedDnsServer, Zone
from tests.keyrings import MemoryKeyring
from wizard.core.discovery import DiscoveryOptions
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.secrets import SecretStore
from wizard.core.store import ProfileStore
from wizard.ui.context import AppContext

APP = QApplication.instance() or QApplication(["tests"])
APP.setQuitOnLastWindowClosed(False)


def pytest_asyncio_loop_factories(config, item):
    return {"qt": lambda: qasync.QEventLoop(QApplication.instance())}


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch):
    """No test opens a browser: a help page a fix would open is recorded here."""
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True)
    )
    return opened


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def zone():
    """The DNS the wizard sees: a loopback server; tests add records to it."""
    return Zone()


@pytest.fixture
def dns_server(zone):
    with ThreadedDnsServer(zone) as server:
        yield server


@pytest.fixture
def ctx(tmp_path, keyring_backend, dns_server, certs):
    context = AppContext(ProfileStore(tmp_path / "profiles.json"), SecretStore(keyring_backend))
    context.dns = DnsClient(parse_nameserver(dns_server.address), timeout=1.0, lifetime=2.0)
    context.discovery = DiscoveryOptions(ca_file=certs.ca_file, stagger=0.05, probe_timeout=3.0)
    context.blocklists = ("bl.test",)
    context.load()
    return context
