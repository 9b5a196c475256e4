"""`main.py check --profile`, `export` and `profiles`: saved setups from a shell,
with the password coming from the keyring."""

from __future__ import annotations

import json
import os

import keyring
import pytest

from tests.conftest import assert_no_secret
from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER, SmtpServer
from tests.story import run_cli
from wizard.core.model import LastTest, Profile
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore
from wizard.core.verdict import settings_fingerprint


@pytest.fixture
def saved(tmp_home, certs):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    store = ProfileStore()
    profile = Profile(
        name="Office",
        host="127.0.0.1",
        port=1,
        username=USER,
        from_address=USER,
        ca_file=certs.ca_file,
    )
    store.put(profile)
    store.save()
    backend.set_password(SERVICE, profile.id, PASSWORD)
    yield store, profile, backend
    keyring.set_keyring(previous)


async def test_check_a_saved_setup_with_the_password_from_the_keyring(saved, certs):
    _store, _profile, _backend = saved
    async with SmtpServer(certs) as server:
        code, out, err = await run_cli(
            ["check", "--profile", "office", "--port", str(server.port), "--json"], password=""
        )
    data = json.loads(out)
    assert code == 0 and data["ok"], out + err
    assert server.recorder.auth_attempts == 1
    assert_no_secret(out + err)


async def test_export_leaves_the_password_out_unless_asked(saved, tmp_path):
    code, out, _ = await run_cli(["export", "--profile", "Office", "--format", "dsn"])
    assert code == 0 and out.startswith("smtp://alice%40example.test@127.0.0.1:1")
    assert_no_secret(out)
    target = tmp_path / "office.env"
    code, out, _ = await run_cli(
        [
            "export",
            "--profile",
            "Office",
            "--format",
            "env",
            "--include-password",
            "--output",
            str(target),
        ]
    )
    assert code == 0 and out == ""
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert "SMTP_PASSWORD=" in target.read_text()


async def test_profiles_list_show_and_delete_removes_the_secret(saved):
    _store, _profile, backend = saved
    code, out, _ = await run_cli(["profiles", "list"])
    assert code == 0 and out.startswith("Office\t127.0.0.1:1")
    code, out, _ = await run_cli(["profiles", "show", "Office"])
    assert code == 0 and json.loads(out)["host"] == "127.0.0.1"
    assert_no_secret(out)
    code, _out, _ = await run_cli(["profiles", "delete", "Office"])
    assert code == 0 and len(backend.items) == 0  # never print the secret itself
    code, _out, err = await run_cli(["profiles", "show", "Office"])
    assert code == 1 and "no saved setup" in err


async def test_profiles_list_says_whether_the_last_test_still_holds(saved):
    store, profile, _backend = saved
    tested = settings_fingerprint(profile)
    store.put(profile.copy(last_test=LastTest("2026-11-21T10:00:00+00:00", True, "", tested)))
    store.save()
    code, out, _ = await run_cli(["profiles", "list"])
    assert code == 0 and out.rstrip("\n").endswith("\tpassed")
    store.put(store.by_id(profile.id).copy(port=2600))  # changed since the test
    store.save()
    code, out, _ = await run_cli(["profiles", "list"])
    assert out.rstrip("\n").endswith("\tout of date: port")
    code, out, _ = await run_cli(["profiles", "list", "--json"])
    assert json.loads(out)[0]["last_test_state"] == "out of date: port"
