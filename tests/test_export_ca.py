"""An admin whose server has a private CA: the wizard's test trusted it through the
profile's CA file, so every export must carry that file, or say loudly that it cannot
(issue 11, point 6)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import assert_no_secret, run_main
from tests.keyrings import MemoryKeyring
from tests.servers import PASSWORD, USER
from tests.story import run_cli
from wizard import translations
from wizard.core import i18n
from wizard.core.export import (
    FORMATS,
    ExportNote,
    export_notes,
    export_profile,
    parse_dsn,
    parse_env,
)
from wizard.core.model import Profile, Security
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore

# Spaces, a quote, `$` (a shell would expand it), non-ASCII: all must stay literal.
ODD_CA = "/home/josé/my ca's/$HOME.pem"

PRIVATE = Profile(
    name="Office CA",
    host="mail.intranet.example",
    port=587,
    security=Security.STARTTLS,
    username=USER,
    from_address=USER,
    ca_file=ODD_CA,
)

# How the application reads the CA file back from each format; None = cannot carry it.
# A new format must be added here: the test below then decides whether it carries the
# CA file or must say it does not.
READERS: dict[str, Callable[[str], object]] = {
    "json": lambda text: json.loads(text).get("ca_file"),
    "env": lambda text: parse_env(text).get("SMTP_CA_FILE"),
    "env-python": lambda text: parse_env(text, "env-python").get("SMTP_CA_FILE"),
    "env-node": lambda text: parse_env(text, "env-node").get("SMTP_CA_FILE"),
    "dsn": lambda text: None,
}


def _trust_notes(notes: list[ExportNote]) -> list[ExportNote]:
    """The notes about what the test trusted (not the .env notes about quoting)."""
    return [note for note in notes if "path" in note.params]


def _shell_reads(env_file, variable: str) -> str:
    """What an application started by `. app.env` in a POSIX shell sees."""
    return subprocess.run(
        ["bash", "-c", f'. "$1"; printf %s "${variable}"', "_", str(env_file)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


# --- The exports themselves ---------------------------------------------------------


def test_admin_with_a_private_ca_exports_env_and_the_application_finds_smtp_ca_file(tmp_path):
    text = export_profile(PRIVATE, "env")
    assert "SMTP_CA_FILE='/home/josé/my ca'\\''s/$HOME.pem'\n" in text
    assert parse_env(text)["SMTP_CA_FILE"] == ODD_CA
    env_file = tmp_path / "app.env"
    env_file.write_text(text, encoding="utf-8")
    assert _shell_reads(env_file, "SMTP_CA_FILE") == ODD_CA  # `$HOME` not expanded
    # A quote and `$HOME` together: no quoting gives a shell and the dotenv readers the
    # same path (issue 13), so this line is for the shell, and the note says so.
    [note] = export_notes(PRIVATE, "env")
    assert note.params == {"names": "SMTP_CA_FILE"} and "shell" in note.text()
    assert_no_secret(text)


@pytest.mark.parametrize("fmt", ["env-python", "env-node"])
def test_admin_whose_application_uses_dotenv_exports_for_it_and_finds_smtp_ca_file(fmt):
    text = export_profile(PRIVATE, fmt)
    assert READERS[fmt](text) == ODD_CA
    assert export_notes(PRIVATE, fmt) == []  # python-dotenv and node: tests/test_export_readers.py


def test_admin_with_a_private_ca_exports_json_and_the_application_finds_ca_file():
    text = export_profile(PRIVATE, "json")
    assert json.loads(text)["ca_file"] == ODD_CA
    assert ODD_CA in text  # readable as written, not \\u-escaped
    assert export_notes(PRIVATE, "json") == []
    assert_no_secret(text)


def test_admin_copies_the_dsn_and_is_told_the_ca_file_must_be_configured_by_hand():
    text = export_profile(PRIVATE, "dsn")
    fields, password = parse_dsn(text)
    assert fields["host"] == "mail.intranet.example" and password is None
    # No made-up option that Symfony or Nodemailer would reject or ignore.
    assert set(parse_qs(urlsplit(text.strip()).query)) == {"require_tls"}
    assert "josé" not in text and "jos%C3%A9" not in text and "HOME" not in text
    [note] = [n for n in export_notes(PRIVATE, "dsn") if "path" in n.params]
    assert isinstance(note, ExportNote)
    source, params = note  # a (source, params) pair
    assert "{path}" in source and "CA file" in source
    assert params == {"path": ODD_CA}
    assert ODD_CA in note.text() and "{path}" not in note.text()


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_carries_the_ca_file_or_says_it_cannot(fmt):
    carried = READERS[fmt](export_profile(PRIVATE, fmt))
    notes = export_notes(PRIVATE, fmt)
    if carried is None:
        assert [n.params for n in _trust_notes(notes)] == [{"path": ODD_CA}]
    else:
        assert carried == ODD_CA and _trust_notes(notes) == []
    # Besides: `env` says it wrote this path for the shell only (see the test above).
    others = [n.params for n in notes if n not in _trust_notes(notes)]
    expected = {"env": [{"names": "SMTP_CA_FILE"}], "dsn": [{}, {}]}  # dsn: the TLS notes
    assert others == expected.get(fmt, [])


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_without_a_private_ca_exports_are_unchanged_and_say_nothing_more(fmt):
    public = PRIVATE.copy(ca_file="")
    text = export_profile(public, fmt)
    assert "CA_FILE" not in text and "ca_file" not in text  # absent, not an empty path
    assert READERS[fmt](text) is None
    assert [n for n in export_notes(public, fmt) if "path" in n.params] == []
    # The DSN's notes are about TLS only (which consumers ignore its words), never a CA.
    assert all(n.params == {} for n in export_notes(public, fmt))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_ca_file_never_brings_the_password_along(fmt):
    assert_no_secret(export_profile(PRIVATE, fmt))
    for note in export_notes(PRIVATE, fmt):
        assert_no_secret(note.text())
    with_password = export_profile(PRIVATE, fmt, PASSWORD)
    assert READERS[fmt](with_password) in (None, ODD_CA)
    if fmt == "env":
        assert parse_env(with_password)["SMTP_PASSWORD"] == PASSWORD
    if fmt == "json":
        assert json.loads(with_password)["password"] == PASSWORD


def test_an_unknown_format_is_an_error_not_silence():
    with pytest.raises(ValueError, match="unknown export format"):
        export_notes(PRIVATE, "yaml")


# Any path a file system can hold (no NUL): newlines, U+2028 and `'\''` included.
@given(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\0"), min_size=1))
def test_any_ca_path_round_trips_through_json_and_env(path):
    profile = PRIVATE.copy(ca_file=path)
    assert json.loads(export_profile(profile, "json"))["ca_file"] == path
    assert parse_env(export_profile(profile, "env"))["SMTP_CA_FILE"] == path


@pytest.mark.parametrize("fmt", ["env", "env-python", "env-node"])
def test_a_dotenv_file_edited_on_windows_still_reads_back(fmt):
    text = export_profile(PRIVATE, fmt).replace("\n", "\r\n")
    assert parse_env(text, fmt)["SMTP_CA_FILE"] == ODD_CA


# --- From the command line ----------------------------------------------------------


@pytest.fixture
def saved_private(tmp_home):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    store = ProfileStore()
    store.put(PRIVATE)
    store.save()
    backend.set_password(SERVICE, PRIVATE.id, PASSWORD)
    yield PRIVATE
    keyring.set_keyring(previous)


async def test_support_pipes_the_dsn_and_sees_the_ca_note_on_stderr(saved_private):
    code, out, err = await run_cli(["export", "--profile", "Office CA", "--format", "dsn"])
    assert code == 0
    assert out == "smtp://alice%40example.test@mail.intranet.example:587?require_tls=true\n"
    [note] = [n for n in export_notes(saved_private, "dsn") if "path" in n.params]
    assert err.endswith(note.text() + "\n") and ODD_CA in err
    # Every warning on stderr, one per line, the TLS ones first.
    assert err == "".join(n.text() + "\n" for n in export_notes(saved_private, "dsn"))
    assert_no_secret(out + err)


async def test_the_dsn_with_the_password_keeps_it_out_of_the_note(saved_private):
    code, out, err = await run_cli(
        ["export", "--profile", "Office CA", "--format", "dsn", "--include-password"]
    )
    assert code == 0 and parse_dsn(out)[1] == PASSWORD
    assert ODD_CA in err
    assert_no_secret(err)


@pytest.mark.parametrize("fmt", ["env", "env-python", "env-node", "json"])
async def test_formats_that_carry_the_ca_file_print_no_note(saved_private, fmt):
    code, out, err = await run_cli(["export", "--profile", "Office CA", "--format", fmt])
    assert code == 0 and "CA file" not in err
    assert READERS[fmt](out) == ODD_CA
    # `env` only: the path is quoted for the shell, and stderr says so.
    assert err == "".join(note.text() + "\n" for note in export_notes(saved_private, fmt))
    assert (err != "") == (fmt == "env")


async def test_a_spanish_admin_gets_the_note_translated_with_the_path_filled_in_after(
    saved_private, monkeypatch
):
    # The catalogue is someone else's to update; what matters here is that the note goes
    # through the installed translator in context "Export", chosen by --lang.
    chosen: list[str | None] = []

    def fake_install(lang: str | None) -> str:
        chosen.append(lang)
        i18n.set_translator(lambda context, text: f"[es/{context}] {text}")
        return "es"

    monkeypatch.setattr(translations, "install_for_cli", fake_install)
    try:
        code, _out, err = await run_cli(
            ["export", "--profile", "Office CA", "--format", "dsn", "--lang", "es"]
        )
    finally:
        i18n.set_translator(None)
    [note] = [n for n in export_notes(saved_private, "dsn") if "path" in n.params]
    assert code == 0 and chosen == ["es"]
    assert err.endswith("[es/Export] " + note.source.format(path=ODD_CA) + "\n")


def test_from_a_real_shell_the_export_goes_to_stdout_and_the_note_to_stderr(saved_private):
    proc = run_main("export", "--profile", "Office CA", "--format", "dsn", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "smtp://alice%40example.test@mail.intranet.example:587?require_tls=true"
    ]
    assert "CA file" in proc.stderr and ODD_CA in proc.stderr
    assert "Traceback" not in proc.stderr
    assert_no_secret(proc.stdout + proc.stderr)
