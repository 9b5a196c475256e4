"""Where passwords and saved setups live, and what leaves the app in an export."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time

import pytest
from keyring.backends import chainer, fail, null

from tests.conftest import assert_no_secret
from tests.keyrings import HangingKeyring, LockedKeyring, MemoryKeyring
from tests.servers import PASSWORD
from wizard.core.export import FORMATS, export_profile, parse_dsn, parse_env, write_export
from wizard.core.model import Profile, Security
from wizard.core.secrets import SERVICE, SecretStore, SecretStoreError, StoreKind
from wizard.core.store import ProfileStore, StoreError


async def test_system_keyring_keeps_the_password_under_the_profile_id():
    backend = MemoryKeyring()
    store = SecretStore(backend)
    assert await store.set("id-1", PASSWORD) is StoreKind.SYSTEM
    assert backend.items[(SERVICE, "id-1")] == PASSWORD
    assert await store.get("id-1") == PASSWORD
    await store.delete("id-1")
    assert await store.get("id-1") is None
    await store.delete("id-1")  # deleting twice is fine


class ChainOfUnusable(chainer.ChainerBackend):
    backends = (fail.Keyring(), null.Keyring())  # type: ignore[assignment]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), ChainOfUnusable()])
async def test_no_usable_keyring_means_this_session_only(backend):
    store = SecretStore(backend)
    assert store.kind is StoreKind.SESSION
    assert await store.set("id-1", PASSWORD) is StoreKind.SESSION
    assert await store.get("id-1") == PASSWORD  # for this session
    assert await SecretStore(backend).get("id-1") is None  # not after a restart


async def test_a_hanging_keyring_times_out_without_blocking_the_loop():
    backend = HangingKeyring()
    store = SecretStore(backend, deadline=0.5)
    gaps: list[float] = []

    async def ticker():
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.01)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    tick = asyncio.ensure_future(ticker())
    with pytest.raises(SecretStoreError) as info:
        await store.set("id-1", PASSWORD)
    tick.cancel()
    backend.release.set()
    assert info.value.code == "timeout"
    assert await store.get("id-1") == PASSWORD  # kept for the session meanwhile
    assert max(gaps) < 0.1


async def test_a_locked_keyring_says_so():
    with pytest.raises(SecretStoreError) as info:
        await SecretStore(LockedKeyring()).get("id-1")
    assert info.value.code == "locked"
    assert "locked" in info.value.message


def test_profiles_are_saved_atomically_with_a_backup(tmp_path):
    store = ProfileStore(tmp_path / "profiles.json")
    store.put(Profile(name="Office", host="smtp.example.com", from_address="a@example.com"))
    store.save()
    store.put(Profile(name="Shop", host="mail.example.com", from_address="b@example.com"))
    store.save()
    data = json.loads((tmp_path / "profiles.json").read_text())
    assert data["version"] == 1 and [p["name"] for p in data["profiles"]] == ["Office", "Shop"]
    backup = json.loads((tmp_path / "profiles.json.bak").read_text())
    assert [p["name"] for p in backup["profiles"]] == ["Office"]
    assert [p.name for p in _reload(tmp_path).profiles] == ["Office", "Shop"]
    assert sorted(os.listdir(tmp_path)) == [
        ".profiles.json.lock",
        "profiles.json",
        "profiles.json.bak",
    ]


def _reload(folder):
    store = ProfileStore(folder / "profiles.json")
    store.load()
    return store


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "corrupt"),
        ('{"version": 1, "profiles": [{"security": "telepathy"}]}', "entries"),
        ('{"version": 99, "profiles": []}', "newer"),
    ],
)
def test_an_unreadable_or_newer_file_is_left_by_reads_and_never_overwritten(
    tmp_path, content, problem
):
    path = tmp_path / "profiles.json"
    path.write_text(content)
    store = ProfileStore(path)
    report = store.load()
    assert report.problem == problem and store.profiles == []
    assert report.path == path and path.read_text() == content  # a read changes nothing
    assert "{path}" in report.message
    store.put(Profile(name="New", host="h.example", from_address="a@h.example"))
    if problem == "newer":
        with pytest.raises(StoreError):
            store.save()
        assert path.read_text() == content
    elif problem == "corrupt":
        store.save()
        assert store.set_aside is not None and store.set_aside.read_text() == content
    else:
        store.save()  # the entry it could not read is kept as it was
        assert json.loads(path.read_text())["profiles"][0] == {"security": "telepathy"}


def test_profile_names_are_unique_ignoring_case():
    store = ProfileStore()
    store.put(Profile(name="Office"))
    with pytest.raises(ValueError, match=r"name\.taken"):
        store.put(Profile(name="office "))
    assert store.unique_name("Office") == "Office (2)"


PROFILE = Profile(
    name="Shop",
    host="smtp.example.com",
    port=587,
    security=Security.STARTTLS,
    username="user@example.com",
    from_address="shop@example.com",
    display_name="The Shop",
)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exports_leave_the_password_out_unless_asked(fmt):
    assert_no_secret(export_profile(PROFILE, fmt))
    assert export_profile(PROFILE, fmt, PASSWORD) != export_profile(PROFILE, fmt)


def test_json_export_round_trips():
    data = json.loads(export_profile(PROFILE, "json", PASSWORD))
    assert data["password"] == PASSWORD and data["security"] == "starttls"


def test_env_export_round_trips_through_our_parser_and_a_real_shell(tmp_path):
    text = export_profile(PROFILE, "env", PASSWORD)
    assert parse_env(text)["SMTP_PASSWORD"] == PASSWORD
    path = tmp_path / "app.env"
    path.write_text(text)
    shown = subprocess.run(
        ["bash", "-c", f'. "{path}"; printf %s "$SMTP_PASSWORD"'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown == PASSWORD


@pytest.mark.parametrize("security", list(Security))
def test_dsn_export_round_trips_with_its_tls_meaning(security):
    profile = PROFILE.copy(security=security, port=None)
    fields, password = parse_dsn(export_profile(profile, "dsn", PASSWORD))
    assert password == PASSWORD
    assert fields["security"] == security.value and fields["port"] == security.default_port
    assert fields["username"] == "user@example.com" and fields["host"] == "smtp.example.com"


def test_an_export_with_the_password_is_written_0600(tmp_path):
    path = tmp_path / "out.env"
    path.write_text("old")
    os.chmod(path, 0o644)
    write_export(path, export_profile(PROFILE, "env", PASSWORD), contains_password=True)
    assert os.stat(path).st_mode & 0o777 == 0o600
