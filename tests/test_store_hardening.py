"""The saved setups file under stress: kill -9 mid-save, several writers at once,
hand-edited entries with wrong types, a newer version's file, a full or read-only
disk. Each case measured by the issue 13 audit has a test here."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from wizard.core import store as store_module
from wizard.core.model import Profile
from wizard.core.store import ProfileStore

# Everything a save may leave next to the file: only these may stay.
KEPT = {"profiles.json", "profiles.json.bak", ".profiles.json.lock"}


def leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name not in KEPT)


def office(**changes: object) -> Profile:
    return Profile(name="Office", host="smtp.example.com", from_address="a@example.com").copy(
        **changes
    )


def reload(path: Path) -> ProfileStore:
    store = ProfileStore(path)
    store.load()
    return store


def child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- temp files: recognisable, swept when stale ---------------------------------------


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temp_files_are_swept_at_load_and_only_ours(tmp_path):
    path = tmp_path / "profiles.json"
    store = ProfileStore(path)
    store.put(office())
    store.save()
    dead = tmp_path / f".profiles.json.tmp-{_dead_pid()}-a1b2c3d4"
    live_fresh = tmp_path / f".profiles.json.tmp-{os.getpid()}-e5f6a7b8"
    live_old = tmp_path / f".profiles.json.tmp-{os.getpid()}-0a0b0c0d"
    legacy_old = tmp_path / ".profiles-k2j3h4g5"  # what older versions left (mkstemp)
    legacy_fresh = tmp_path / ".profiles-q9w8e7r6"
    foreign = tmp_path / "notes.txt"
    for file in (dead, live_fresh, live_old, legacy_old, legacy_fresh, foreign):
        file.write_text("x" * 1000)
    an_hour_ago = time.time() - 3600
    for file in (live_old, legacy_old):
        os.utime(file, (an_hour_ago, an_hour_ago))

    report = ProfileStore(path).load()

    assert report.problem == ""
    assert not dead.exists(), "a temp file of a process that is gone"
    assert not live_old.exists() and not legacy_old.exists(), "stale (over 15 minutes)"
    assert live_fresh.exists(), "a save in progress in a live process"
    assert legacy_fresh.exists(), "a recent file of an older version: maybe saving now"
    assert foreign.exists(), "not ours"


def test_a_save_leaves_nothing_behind_and_its_temp_name_is_recognisable(tmp_path, monkeypatch):
    path = tmp_path / "profiles.json"
    seen: list[str] = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(os.path.basename(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    store = ProfileStore(path)
    for number in range(3):
        store.put(office(name=f"Office {number}", id=f"id{number}"))
        store.save()
    assert leftovers(tmp_path) == []
    assert seen and all(name.startswith(f".profiles.json.tmp-{os.getpid()}-") for name in seen)


SAVER = """
import sys
sys.path.insert(0, ".")
from wizard.core.model import Profile
from wizard.core.store import ProfileStore
store = ProfileStore(__import__("pathlib").Path(sys.argv[1]))
store.load()
number = 0
while True:
    number += 1
    store.put(Profile(name=f"Kill {number}", host="h.example", id=f"kill-{number % 7}"))
    store.save()
    if number == 1:
        print("saving", flush=True)
"""


def test_kill_9_mid_save_never_breaks_the_file_and_the_next_load_sweeps(tmp_path):
    """Trials: a child saves in a loop (a 2 MB file), SIGKILL at a random moment.
    After each kill the file loads (old or new) and, after that load, no temp file
    is left. Figures are printed (pytest -s)."""
    path = tmp_path / "profiles.json"
    store = ProfileStore(path)
    filler = "x" * 20_000
    for number in range(100):
        store.put(Profile(name=f"Base {number}", host="h.example", display_name=filler))
    store.save()
    rng = random.Random(13)
    trials, temp_files_left, max_left_at_once = 40, 0, 0
    started = time.monotonic()
    for _ in range(trials):
        proc = child(SAVER, str(path))
        assert proc.stdout is not None
        assert proc.stdout.readline() == "saving\n", proc.stderr.read() if proc.stderr else ""
        time.sleep(rng.uniform(0, 0.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        left = leftovers(tmp_path)
        temp_files_left += len(left)
        max_left_at_once = max(max_left_at_once, len(left))
        reloaded = ProfileStore(path)
        report = reloaded.load()
        assert report.problem == "", report.text()
        assert len(reloaded.profiles) >= 100  # the old or the new file, never a broken one
        assert leftovers(tmp_path) == [], "the load swept what the kill left"
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()
    print(
        f"\nkill -9 trials: {trials}; kills that left a temp file: {temp_files_left} "
        f"(at most {max_left_at_once} at once); left after the next load: 0; "
        f"{time.monotonic() - started:.1f} s"
    )


# -- several writers: no lost update -----------------------------------------------------


WRITER = """
import sys, time
sys.path.insert(0, ".")
from pathlib import Path
from wizard.core.model import Profile
from wizard.core.store import ProfileStore
path, writer, saves, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = ProfileStore(path)
store.load()
while time.time() < go:
    time.sleep(0.001)
for number in range(saves):
    store.put(Profile(name=f"W{writer} {number}", host="h.example"))
    store.save()
"""


def test_writers_in_separate_processes_lose_no_update(tmp_path):
    path = tmp_path / "profiles.json"
    writers, saves = 4, 50
    go = time.time() + 1.0  # every writer loaded (the same empty list) before the first save
    procs = [child(WRITER, str(path), str(w), str(saves), str(go)) for w in range(writers)]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    store = ProfileStore(path)
    assert store.load().problem == ""
    kept = len(store.profiles)
    print(
        f"\nlost-update trial: {writers} writers x {saves} saves: {kept} of {writers * saves} kept"
    )
    assert kept == writers * saves
    assert leftovers(tmp_path) == []


def test_a_save_applies_its_change_to_what_is_on_disk_now(tmp_path):
    path = tmp_path / "profiles.json"
    first, second = ProfileStore(path), ProfileStore(path)
    first.load()
    second.load()
    first.put(office(name="Office", id="a"))
    first.save()
    second.put(office(name="Shop", id="b"))
    second.save()  # second's list in memory never had "Office": it must not drop it
    assert sorted(p.name for p in second.profiles) == ["Office", "Shop"]
    first.remove("a")
    first.save()  # first's list never had "Shop": it must stay
    assert [p.name for p in reload(path).profiles] == ["Shop"]


def test_a_name_saved_meanwhile_by_another_process_is_refused_not_duplicated(tmp_path):
    path = tmp_path / "profiles.json"
    first, second = ProfileStore(path), ProfileStore(path)
    first.put(office(id="a"))
    second.put(office(id="b"))
    first.save()
    with pytest.raises(store_module.StoreError) as info:
        second.save()
    assert info.value.code == "name_taken" and "Office" in info.value.text()
    assert [p.id for p in reload(path).profiles] == ["a"]
    assert [p.id for p in second.profiles] == ["a"]  # the list as it is on disk
    second.put(office(id="b", name="Office 2"))  # the user picks another name
    second.save()
    assert [p.name for p in reload(path).profiles] == ["Office", "Office 2"]


# -- typed loading -------------------------------------------------------------------------


def test_entries_with_wrong_types_are_reported_and_skipped_and_the_rest_load(tmp_path):
    path = tmp_path / "profiles.json"
    good = office(id="good").to_dict()
    entries = [
        good,
        {**good, "id": "p1", "name": "Port text", "port": "25"},
        {**good, "id": "p2", "name": "Port range", "port": 70000},
        {**good, "id": "p3", "name": "Port bool", "port": True},
        {**good, "id": "s1", "name": "Security", "security": "telepathy"},
        {**good, "id": "t1", "name": "Timeout", "timeout": "soon"},
        {**good, "id": "a1", "name": "Auth", "auth": "yes"},
        {**good, "id": "d1", "name": "Domains", "allowed_domains": "example.com"},
        {**good, "id": "h1", "name": "Host", "host": 42},
        "not a setup",
        {**good, "name": "Same id as the first"},
        {**good, "id": "ok2", "name": "Shop", "port": None, "timeout": 30},
    ]
    text = json.dumps({"version": 1, "profiles": entries}, indent=2)
    path.write_text(text)
    before = os.stat(path)
    store = ProfileStore(path)
    report = store.load()
    assert [p.name for p in store.profiles] == ["Office", "Shop"]
    assert report.problem == "entries"
    assert [s.number for s in report.skipped] == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    shown = report.text()
    for expected in (
        'Setup 2 ("Port text"): port must be a whole number from 1 to 65535',
        'Setup 3 ("Port range"): port must be a whole number from 1 to 65535',
        'Setup 5 ("Security"): security must be one of: ssl, starttls, none',
        'Setup 6 ("Timeout"): timeout must be a number from 1 to 300',
        'Setup 7 ("Auth"): auth must be true or false',
        'Setup 8 ("Domains"): allowed_domains must be a list of text',
        'Setup 9 ("Host"): host must be text',
        "Setup 10: not a setup record",
        'Setup 11 ("Same id as the first"): the same id as setup 1',
    ):
        assert expected in shown, shown
    assert str(path) in shown
    # A load reports; it never rewrites, renames or adds a file.
    assert path.read_text() == text and os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert leftovers(tmp_path) == []


def test_a_save_keeps_the_entries_it_could_not_read(tmp_path):
    path = tmp_path / "profiles.json"
    bad = {**office(id="bad").to_dict(), "name": "Hand edited", "port": "25"}
    path.write_text(json.dumps({"version": 1, "profiles": [office(id="a").to_dict(), bad]}))
    store = ProfileStore(path)
    store.load()
    store.put(office(id="b", name="Shop"))
    store.save()
    saved = json.loads(path.read_text())["profiles"]
    assert [entry["name"] for entry in saved] == ["Office", "Hand edited", "Shop"]
    assert saved[1] == bad  # as it was: the user may still fix it by hand


def test_check_of_a_saved_setup_with_a_wrong_type_is_one_line_not_a_crash(tmp_home):
    from tests.conftest import run_main
    from wizard.core.store import config_dir

    path = config_dir() / "profiles.json"
    path.parent.mkdir(parents=True)
    entry = {**office(id="a").to_dict(), "port": "25"}
    path.write_text(json.dumps({"version": 1, "profiles": [entry]}))
    env = {"HOME": str(tmp_home), "XDG_CONFIG_HOME": str(tmp_home / "config")}
    proc = run_main("check", "--profile", "Office", env=env)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert 'Setup 1 ("Office"): port must be a whole number' in proc.stderr
    proc = run_main("profiles", "list", env=env)
    assert proc.returncode == 0 and proc.stdout == ""
    assert "port must be a whole number" in proc.stderr and "Traceback" not in proc.stderr


# -- a newer version's file, a corrupt file: reads never touch them --------------------------


def test_reading_a_newer_versions_file_never_renames_it_and_a_write_refuses(tmp_home):
    from tests.conftest import run_main
    from wizard.core.store import config_dir

    path = config_dir() / "profiles.json"
    path.parent.mkdir(parents=True)
    text = json.dumps({"version": 2, "profiles": [office(id="a").to_dict()], "groups": []})
    path.write_text(text)
    env = {"HOME": str(tmp_home), "XDG_CONFIG_HOME": str(tmp_home / "config")}
    for args in (["profiles", "list"], ["profiles", "show", "Office"], ["profiles", "list"]):
        proc = run_main(*args, env=env)
        assert proc.returncode == 0, proc.stderr
        assert "newer version" in proc.stderr and "Traceback" not in proc.stderr
        assert sorted(os.listdir(path.parent)) == ["profiles.json"], args
        assert path.read_text() == text
    assert proc.stdout.startswith("Office\t")  # shown read-only

    proc = run_main("profiles", "delete", "Office", env=env)
    assert proc.returncode == 73 and proc.stderr.count("\n") == 1, proc.stderr
    assert "newer version" in proc.stderr and str(path) in proc.stderr
    assert path.read_text() == text

    store = ProfileStore(path)
    report = store.load()
    assert report.problem == "newer" and store.read_only
    assert [p.name for p in store.profiles] == ["Office"]
    store.put(office(id="b", name="Shop"))
    with pytest.raises(store_module.StoreError) as info:
        store.save()
    assert info.value.code == "newer" and str(path) in info.value.text()
    assert path.read_text() == text


def test_a_corrupt_file_is_left_alone_by_reads_and_set_aside_by_the_first_write(tmp_path):
    path = tmp_path / "profiles.json"
    path.write_text("{not json")
    store = ProfileStore(path)
    report = store.load()
    assert report.problem == "corrupt" and store.profiles == []
    assert str(path) in report.text() and leftovers(tmp_path) == []
    assert path.read_text() == "{not json"
    store.put(office())
    store.save()
    aside = [name for name in os.listdir(tmp_path) if name.startswith("profiles.json.corrupt-")]
    assert len(aside) == 1 and (tmp_path / aside[0]).read_text() == "{not json"
    assert store.set_aside == tmp_path / aside[0]
    assert [p.name for p in reload(path).profiles] == ["Office"]


# -- full disk, read-only folder -------------------------------------------------------------


def _mount_tmpfs(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    return result.returncode == 0


@contextlib.contextmanager
def mounted(folder: Path, options: str):
    if not _mount_tmpfs(folder, options):
        pytest.skip("needs root and mount (a real full / read-only file system)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_at_save_raises_one_clear_error_and_keeps_the_file(tmp_path):
    """A real full disk: a 64 KiB tmpfs."""
    with mounted(tmp_path / "small", "size=64k") as folder:
        path = folder / "profiles.json"
        store = ProfileStore(path)
        store.put(office())
        store.save()
        before = path.read_text()
        store.put(office(id="big", name="Big", display_name="x" * 100_000))
        with pytest.raises(store_module.StoreError) as info:
            store.save()
        assert info.value.code == "write" and info.value.errno == errno.ENOSPC
        assert str(path) in info.value.text() and "\n" not in info.value.text()
        assert path.read_text() == before
        assert leftovers(folder) == []
        assert store.by_id("big") is not None  # still in memory: nothing typed is lost


def test_a_read_only_folder_at_save_raises_one_clear_error(tmp_path):
    """A real read-only file system (root ignores chmod, not a read-only mount)."""
    with mounted(tmp_path / "ro", "size=1m") as folder:
        path = folder / "profiles.json"
        store = ProfileStore(path)
        store.put(office())
        store.save()
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        report = ProfileStore(path).load()  # reading works, and writes nothing
        assert report.problem == ""
        store.put(office(id="b", name="Shop"))
        with pytest.raises(store_module.StoreError) as info:
            store.save()
        assert info.value.code == "write" and info.value.errno == errno.EROFS
        assert str(path) in info.value.text()
