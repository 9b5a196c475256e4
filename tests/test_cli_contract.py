"""`main.py check` as a support person uses it from a shell."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time

from tests.conftest import ROOT, assert_no_secret, run_main
from tests.servers import PASSWORD, USER, SmtpServer


def test_help_explains_every_option():
    proc = run_main("check", "--help")
    assert proc.returncode == 0
    for option in (
        "--host",
        "--port",
        "--security",
        "--user",
        "--password-stdin",
        "--from",
        "--relay-as",
        "--to",
        "--send",
        "--ca-file",
        "--timeout",
        "--json",
        "--lang",
        "Exit codes",
    ):
        assert option in proc.stdout


def test_bad_option_values_give_one_line_and_exit_code_1():
    for args in (
        ["--host", "h.example", "--port", "99999"],
        ["--host", "h.example", "--security", "tls13"],
        ["--host", "h.example", "--timeout", "soon"],
        ["--host", "bad host name"],
        ["--host", "gopher://h.example"],
        ["--nonsense"],
    ):
        proc = run_main("check", *args)
        assert proc.returncode == 1, args
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr + proc.stdout


def test_password_is_never_an_option_and_a_missing_one_is_explained():
    proc = run_main("check", "--host", "127.0.0.1", "--user", USER)
    assert proc.returncode == 1
    assert "--password-stdin" in proc.stderr


def test_the_cli_imports_no_qtwidgets():
    code = (
        "import sys, io; sys.argv=['x']; from wizard import cli; "
        "rc = cli.main(['check','--host','127.0.0.1','--port','1','--from','a@b.test']); "
        "bad = [m for m in sys.modules if m.startswith('PySide6.QtWidgets') or m=='qasync']; "
        "print('BAD', bad); sys.exit(0 if not bad and rc == 2 else 3)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


async def test_json_from_a_real_process_against_a_local_server(certs):
    async with SmtpServer(certs) as server:
        started = time.monotonic()
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(ROOT / "main.py"),
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            str(server.port),
            "--user",
            USER,
            "--password-stdin",
            "--ca-file",
            certs.ca_file,
            "--json",
            "--send",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=ROOT,
        )
        stdout, stderr = await proc.communicate((PASSWORD + "\n").encode())
        elapsed = time.monotonic() - started
    data = json.loads(stdout)
    assert proc.returncode == 0 and data["ok"] is True and data["exit_code"] == 0
    assert set(data) == {"ok", "exit_code", "diagnosis", "steps", "transcript", "server"}
    assert set(data["steps"][0]) == {"id", "status", "ms", "reply"}
    assert set(data["transcript"][0]) == {"ms", "dir", "tls", "text"}
    assert set(data["server"]) == {"greeting", "extensions", "tls"}
    assert_no_secret(stdout.decode() + stderr.decode())
    assert elapsed < 30


async def test_password_from_the_environment(certs):
    async with SmtpServer(certs) as server:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(ROOT / "main.py"),
            "check",
            "--host",
            f"tls://127.0.0.1:{server.port}",
            "--user",
            USER,
            "--ca-file",
            certs.ca_file,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "SMTP_WIZARD_PASSWORD": PASSWORD},
        )
        stdout, stderr = await proc.communicate()
    assert proc.returncode == 0, stdout.decode()
    assert "Success" in stdout.decode()
    assert_no_secret(stdout.decode() + stderr.decode())
