"""One error boundary: an unexpected exception gives one line on screen, the details
in error.log (no secret in it) and exit code 70; never a traceback on screen."""

from __future__ import annotations

import base64
import io
import subprocess
import sys

import pytest

from tests.conftest import ROOT, assert_no_secret, forget_secrets, leaked_forms
from tests.servers import PASSWORD, USER
from wizard import cli
from wizard.core.store import config_dir

EXIT_SOFTWARE = 70


def boom_with_the_password(*_args, **_kwargs):
    auth_plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    raise RuntimeError(f"unexpected: {PASSWORD} / {auth_plain}")


async def test_an_unexpected_error_in_the_cli_is_one_line_exit_70_and_a_clean_log(
    tmp_home, monkeypatch
):
    async def crash(*args, **kwargs):
        boom_with_the_password()

    from wizard.core import engine

    monkeypatch.setattr(engine, "run_check", crash)  # `check` imports it when it runs
    out, err = io.StringIO(), io.StringIO()
    code = await cli.async_main(
        ["check", "--host", "127.0.0.1", "--user", USER, "--password-stdin"],
        stdin=io.StringIO(PASSWORD + "\n"),
        stdout=out,
        stderr=err,
    )
    log = config_dir() / "error.log"
    assert code == EXIT_SOFTWARE
    assert out.getvalue().startswith("Checking 127.0.0.1")  # what was printed before stays
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()
    assert str(log) in err.getvalue() and "RuntimeError" in err.getvalue()
    details = log.read_text()
    assert "Traceback" in details and "RuntimeError" in details and "crash" in details
    assert_no_secret(details)
    assert_no_secret(out.getvalue() + err.getvalue())


def test_the_cli_process_prints_one_line_and_exits_70(tmp_home):
    code = (
        "import sys; sys.path.insert(0, '.'); from wizard import cli\n"
        "async def crash(*a, **k):\n"
        "    raise KeyError('no such thing')\n"
        "cli.profiles_command = crash\n"
        "sys.exit(cli.main(['profiles', 'list']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == EXIT_SOFTWARE, proc.stderr
    assert proc.stdout == "" and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "error.log" in proc.stderr
    assert "KeyError" in (config_dir() / "error.log").read_text()


def test_an_error_log_that_cannot_be_written_is_still_one_line(tmp_home, monkeypatch):
    monkeypatch.setattr(cli, "profiles_command", _async_boom)
    (tmp_home / "config").write_text("a file where the folder should be")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["profiles", "list"], stdout=out, stderr=err)
    assert code == EXIT_SOFTWARE and out.getvalue() == ""
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()
    assert_no_secret(err.getvalue())


async def _async_boom(*args, **kwargs):
    boom_with_the_password()


def test_secret_forms_are_scrubbed_from_any_text():
    from wizard.core import errorlog

    errorlog.remember_secret(PASSWORD)
    auth_plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    text = errorlog.scrub(f"a {PASSWORD} b {auth_plain} c")
    for form in leaked_forms():
        assert form not in text


@pytest.fixture(autouse=True)
def _forget_secrets():
    yield
    forget_secrets()
