"""The command line when things go wrong: a locked keyring at delete, a full or
read-only disk, a password typed as an option, an export that cannot include the
password it was asked for."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
from pathlib import Path

import keyring
import pytest
from keyring.errors import KeyringLocked

from tests.conftest import run_main
from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER
from tests.story import run_cli
from wizard.core.model import Profile
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore, config_dir

SECRET_OPTION_VALUE = "hunter2-in-argv"


class DeleteLockedKeyring(MemoryKeyring):
    """Reads work; deleting is refused, as by a keyring locked again meanwhile."""

    def delete_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection!")


@contextlib.contextmanager
def using(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def save_office(backend=None) -> Profile:
    store = ProfileStore()
    profile = Profile(name="Office", host="127.0.0.1", port=1, username=USER, from_address=USER)
    store.put(profile)
    store.save()
    if backend is not None:
        backend.set_password(SERVICE, profile.id, PASSWORD)
    return profile


def names_on_disk() -> list[str]:
    data = json.loads((config_dir() / "profiles.json").read_text())
    return [entry["name"] for entry in data["profiles"]]


# -- delete: the keyring first, then the file ----------------------------------------------


async def test_delete_with_a_locked_keyring_keeps_the_setup_and_says_why(tmp_home):
    with using(DeleteLockedKeyring()) as backend:
        profile = save_office(backend)
        code, out, err = await run_cli(["profiles", "delete", "Office"])
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "locked" in err and "not deleted" in err, err
    assert names_on_disk() == ["Office"]  # no setup without its password...
    assert backend.items[(SERVICE, profile.id)] == PASSWORD  # ...and no orphaned password


async def test_delete_when_the_file_cannot_be_written_after_the_keyring(tmp_home, monkeypatch):
    """The disk fills up between the keyring and the file (simulated: os.replace
    raises ENOSPC; test_store_hardening has the real full and read-only mounts)."""
    with using(MemoryKeyring()) as backend:
        save_office(backend)

        def full(src, dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", full)
            code, out, err = await run_cli(["profiles", "delete", "Office"])
    assert code == 73 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert str(config_dir() / "profiles.json") in err
    assert "No space left on device" in err and "keyring" in err
    assert names_on_disk() == ["Office"]  # still listed: deleting again finishes the job
    assert backend.items == {}
    with using(backend):
        code, _out, err = await run_cli(["profiles", "delete", "Office"])
    assert code == 0, err
    assert names_on_disk() == []


def _mount(folder: Path, options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (a real full disk)")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")


@pytest.mark.parametrize("trouble", ["full", "read-only"])
def test_profiles_delete_on_a_full_or_read_only_disk_is_one_line(tmp_path, trouble):
    config = tmp_path / "config"
    folder = config / "smtp-setup-wizard"
    _mount(folder, "size=64k")
    try:
        env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(config)}
        store = ProfileStore(folder / "profiles.json")
        store.put(Profile(name="Office", host="smtp.example.com", display_name="x" * 8000))
        store.put(Profile(name="Shop", host="smtp.example.com"))
        store.save()
        before = (folder / "profiles.json").read_text()
        if trouble == "full":
            with contextlib.suppress(OSError), open(folder / "filler", "wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        else:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        proc = run_main("profiles", "delete", "Office", env=env)
        assert proc.returncode == 73, proc.stderr
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert str(folder / "profiles.json") in proc.stderr
        reason = "No space left on device" if trouble == "full" else "Read-only file system"
        assert reason in proc.stderr
        assert (folder / "profiles.json").read_text() == before  # nothing lost
        listed = run_main("profiles", "list", env=env)
        assert listed.returncode == 0 and listed.stdout.startswith("Office\t")
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# -- a password is never an option, and never echoed ---------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        [f"--password={SECRET_OPTION_VALUE}"],
        ["--password", SECRET_OPTION_VALUE],
        [f"--pass={SECRET_OPTION_VALUE}"],
        [f"--passwd={SECRET_OPTION_VALUE}"],
        ["-p", SECRET_OPTION_VALUE],
        [f"-p{SECRET_OPTION_VALUE}"],
        [f"--password-stdin={SECRET_OPTION_VALUE}"],
    ],
)
def test_a_password_given_as_an_option_is_refused_without_echoing_it(given):
    proc = run_main("check", "--host", "127.0.0.1", "--user", USER, *given)
    assert proc.returncode == 1
    assert SECRET_OPTION_VALUE not in proc.stdout + proc.stderr
    assert proc.stderr.count("\n") == 1 and "--password-stdin" in proc.stderr, proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--hos", "127.0.0.1", "--port", "1"],
        ["check", "--host", "127.0.0.1", "--port", "1", "--password-std"],
        ["profiles", "list", "--js"],
    ],
)
def test_options_are_never_matched_by_prefix(args):
    proc = run_main(*args)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr


def test_the_window_options_are_never_matched_by_prefix():
    from wizard.ui.app import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--prof", "Office"])


# -- export --include-password without a stored password ------------------------------------


async def test_export_asked_for_a_password_that_is_not_stored_says_so(tmp_home, tmp_path):
    target = tmp_path / "office.env"
    with using(MemoryKeyring()):
        save_office()  # no password in the keyring
        code, out, err = await run_cli(
            ["export", "--profile", "Office", "--format", "env", "--include-password"]
        )
        assert code == 3 and out == ""
        assert err.count("\n") == 1 and "no password is stored" in err, err
        code, out, err = await run_cli(
            ["export", "--profile", "Office", "--format", "env", "--include-password",
             "--output", str(target)]
        )  # fmt: skip
    assert code == 3 and not target.exists()


def test_the_window_refuses_a_password_option_without_echoing_it(capsys):
    from wizard.ui.app import parse_args

    with pytest.raises(SystemExit):
        parse_args([f"--password={SECRET_OPTION_VALUE}"])
    err = capsys.readouterr().err
    assert SECRET_OPTION_VALUE not in err and "password" in err


def test_check_profile_honours_timeout_and_auth_mechanism_given_on_the_command_line():
    """Issue 13: `check --profile` ignored --timeout and --auth-mechanism."""
    from wizard.cli import build_parser, profile_from_args
    from wizard.core.model import AuthMechanism, Profile

    saved = Profile(name="Office", host="smtp.example.test", username="a@example.test")
    given = build_parser().parse_args(
        ["check", "--profile", "Office", "--timeout", "3", "--auth-mechanism", "LOGIN"]
    )
    profile = profile_from_args(given, saved)
    assert (profile.timeout, profile.mechanism) == (3.0, AuthMechanism.LOGIN)
    plain = profile_from_args(build_parser().parse_args(["check", "--profile", "Office"]), saved)
    assert (plain.timeout, plain.mechanism) == (saved.timeout, saved.mechanism)
    fresh = profile_from_args(build_parser().parse_args(["check", "--host", "h.example"]), None)
    assert (fresh.timeout, fresh.mechanism) == (15.0, AuthMechanism.AUTO)
