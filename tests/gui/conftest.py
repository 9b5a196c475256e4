"""GUI tests run on a qasync loop (pytest-asyncio's loop-factory hook), so Qt
timers and asyncio tasks share one loop, as in the real app (NOTES.md)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from tests.keyrings import MemoryKeyring
from wizard.core.secrets import SecretStore
from wizard.core.store import ProfileStore
from wizard.ui.context import AppContext

APP = QApplication.instance() or QApplication(["tests"])
APP.setQuitOnLastWindowClosed(False)


def pytest_asyncio_loop_factories(config, item):
    return {"qt": lambda: qasync.QEventLoop(QApplication.instance())}


@pytest.fixture
def keyring_backend():
    return MemoryKeyring()


@pytest.fixture
def ctx(tmp_path, keyring_backend):
    context = AppContext(ProfileStore(tmp_path / "profiles.json"), SecretStore(keyring_backend))
    context.load()
    return context
