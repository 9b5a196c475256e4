"""`main.py export --format ID` for every target and `main.py import`, as an admin
uses them from a shell (issue 14)."""

from __future__ import annotations

import io
import stat

import keyring
import pytest

from tests.conftest import assert_no_secret, run_main
from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER
from tests.story import run_cli
from wizard import cli
from wizard.core.model import Profile, Security
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore
from wizard.targets import TARGETS

OFFICE = Profile(
    name="Office",
    host="smtp.example.com",
    port=587,
    security=Security.STARTTLS,
    username=USER,
    from_address=USER,
    ca_file="/etc/ssl/office-ca.pem",
)


@pytest.fixture
def memory_keyring(tmp_home):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def saved_office(memory_keyring):
    store = ProfileStore()
    store.put(OFFICE)
    store.save()
    memory_keyring.set_password(SERVICE, OFFICE.id, PASSWORD)
    return OFFICE


async def _import(text: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await cli.async_main(
        ["import", "-", *args], stdin=io.StringIO(text), stdout=out, stderr=err
    )
    return code, out.getvalue(), err.getvalue()


def test_admin_lists_the_formats_with_their_group_in_english_and_spanish():
    proc = run_main("export", "--list-formats")
    assert proc.returncode == 0, proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert sorted(row[0] for row in rows) == sorted(TARGETS)
    assert ["postfix", "Postfix (relay through this server)", "Servers and tools"] in rows
    spanish = run_main("export", "--list-formats", "--lang", "es").stdout
    assert "Servidores y herramientas" in spanish and "Otros formatos" in spanish


@pytest.mark.parametrize("target_id", sorted(TARGETS))
async def test_admin_exports_a_saved_setup_for_each_application_without_the_password(
    saved_office, target_id
):
    code, out, err = await run_cli(["export", "--profile", "Office", "--format", target_id])
    assert code == 0, err
    assert out == TARGETS[target_id].export(saved_office).combined()
    expected = [w.text() for w in TARGETS[target_id].export(saved_office).warnings]
    assert err.splitlines() == [line for w in expected for line in w.splitlines()]
    assert_no_secret(out + err)


async def test_with_the_password_the_output_file_is_readable_only_by_the_admin(
    saved_office, tmp_path
):
    target = tmp_path / "msmtprc"
    msmtp = ["export", "--profile", "Office", "--format", "msmtp"]
    code, _out, err = await run_cli([*msmtp, "--include-password", "--output", str(target)])
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f'password "{PASSWORD}"' in target.read_text()
    code, _out, err = await run_cli(
        ["export", "--profile", "Office", "--format", "msmtp", "--output", str(target)]
    )
    assert "secret-tool lookup" in target.read_text() and PASSWORD not in target.read_text()


async def test_export_without_profile_or_format_is_one_line_and_exit_1(saved_office):
    code, _out, err = await run_cli(["export", "--format", "django"])
    assert code == 1 and len(err.strip().splitlines()) == 1 and "--profile" in err
    code, _out, err = await run_cli(["export", "--profile", "Office", "--format", "yaml"])
    assert code == 1 and "invalid choice" in err


async def test_admin_imports_a_laravel_env_and_the_password_goes_to_the_keyring(
    memory_keyring,
):
    text = TARGETS["laravel"].export(OFFICE, PASSWORD).combined()
    code, out, err = await _import(text)
    assert code == 0, err
    assert 'Imported "smtp.example.com" (Laravel (.env))' in out
    assert "smtp.example.com:587 (STARTTLS)" in out
    assert "The password was saved in the keyring." in out
    assert_no_secret(out + err)
    store = ProfileStore()
    store.load()
    saved = store.by_name("smtp.example.com")
    assert saved is not None and saved.username == USER and saved.from_address == USER
    assert memory_keyring.get_password(SERVICE, saved.id) == PASSWORD


@pytest.mark.parametrize("target_id", sorted(TARGETS))
async def test_every_export_imports_from_the_command_line_by_detection(memory_keyring, target_id):
    text = TARGETS[target_id].export(OFFICE, PASSWORD).combined()
    code, out, err = await _import(text, "--name", f"From {target_id}")
    assert code == 0, err
    assert f'"From {target_id}"' in out
    assert_no_secret(out + err)
    store = ProfileStore()
    store.load()
    saved = store.by_name(f"From {target_id}")
    assert saved is not None
    assert (saved.host, saved.effective_port) == (OFFICE.host, 587)
    assert memory_keyring.get_password(SERVICE, saved.id) == PASSWORD


async def test_our_own_json_with_its_name_imports_under_that_name(memory_keyring):
    text = TARGETS["json"].export(OFFICE, PASSWORD).combined()
    text = text.replace("{\n", '{\n  "name": "Billing",\n', 1)
    code, out, _err = await _import(text)
    assert code == 0 and '"Billing"' in out


async def test_a_name_already_taken_is_refused_and_nothing_changes(saved_office):
    text = TARGETS["dsn"].export(OFFICE.copy(host="other.example.com")).combined()
    code, out, err = await _import(text, "--name", "office")
    assert code == 1 and out == ""
    assert 'already called "office"' in err and "--name" in err
    store = ProfileStore()
    store.load()
    assert [p.name for p in store.profiles] == ["Office"]
    assert store.profiles[0].host == "smtp.example.com"


async def test_unknown_text_is_exit_65_listing_the_format_choices(memory_keyring):
    code, out, err = await _import("hello, this is not a mail setting\n")
    assert code == 65 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "--format" in err and "postfix" in err and "django-environ" in err


async def test_a_named_format_that_does_not_fit_is_exit_65_with_its_reason(memory_keyring):
    code, _out, err = await _import("MAILER_DSN=smtp://\n", "--format", "symfony")
    assert code == 65 and "main.py import:" in err and len(err.strip().splitlines()) == 1


async def test_import_in_spanish(memory_keyring):
    code, _out, err = await _import("nada que ver\n", "--lang", "es")
    assert code == 65 and "ningún formato" in err


async def test_a_missing_file_is_one_line_exit_1(memory_keyring, tmp_path):
    code, _out, err = await run_cli(["import", str(tmp_path / "nope.env")])
    assert code == 1 and "could not be read" in err


def test_import_from_a_real_process_reads_stdin_and_never_echoes_the_password(tmp_home):
    text = TARGETS["django"].export(OFFICE, PASSWORD).combined()
    proc = run_main(
        "import",
        "-",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        stdin=text,
    )
    # No usable keyring: the setup is saved, the password is not, and it says so.
    assert proc.returncode == 1, proc.stderr
    assert "no usable keyring" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert_no_secret(proc.stdout + proc.stderr)


async def test_a_dsn_that_only_upgrades_when_offered_is_imported_as_starttls_with_a_note(
    memory_keyring,
):
    code, out, err = await _import("smtp://crm%40example.com@mail.example.com:587\n")
    assert code == 0
    assert "mail.example.com:587 (STARTTLS)" in out
    assert "STARTTLS only when the server offers it" in err
