"""Shared fixtures: certificates, the secret to hunt for, leak checks."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs, make_certs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    return make_certs(tmp_path_factory.mktemp("certs"))


def leaked_forms(password: str = PASSWORD, user: str = USER) -> list[str]:
    """The password and every base64 form it takes on the wire."""
    raw = password.encode()
    return [
        password,
        base64.b64encode(raw).decode(),
        base64.b64encode(b"\0" + user.encode() + b"\0" + raw).decode(),
        base64.b64encode(user.encode() + b"\0" + user.encode() + b"\0" + raw).decode(),
    ]


def assert_no_secret(text: str, password: str = PASSWORD, user: str = USER) -> None:
    for form in leaked_forms(password, user):
        assert form not in text, f"secret form {form!r} leaked"


@pytest.fixture
def no_leak():
    return assert_no_secret


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path
