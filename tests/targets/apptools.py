"""What the application-target tests share: sample setups, the round-trip check,
and the real parsers (php, ruby) run as the consumers run them.

A parser missing here skips its test locally; with CI=true it fails instead,
so CI never passes without running them (tests/system/provision.sh installs
php-cli, libphp-phpmailer and ruby).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs, Recorder, SmtpServer
from wizard.core.model import AuthMechanism, FromPolicy, Profile, Security
from wizard.targets.base import Imported, Target

CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
PHPMAILER_AUTOLOAD = "/usr/share/php/libphp-phpmailer/autoload.php"


def require(tool: str) -> str:
    """The tool's path; skip (or, in CI, fail) when it is not installed."""
    path = (
        shutil.which(tool) if not tool.startswith("/") else (tool if Path(tool).exists() else None)
    )
    if path is None:
        reason = f"{tool} is not installed (bash tests/system/provision.sh installs it)"
        if CI:
            pytest.fail(f"{reason}; CI is set, so this parser must run", pytrace=False)
        pytest.skip(reason)
    return path


def setup(security: Security = Security.STARTTLS, **changes: object) -> Profile:
    """The admin's tested setup: Example Corp's relay, a login, a fixed From."""
    profile = Profile(
        name="Example relay",
        host="smtp.example.test",
        port=None,
        security=security,
        auth=True,
        username=USER,
        from_policy=FromPolicy.FIXED_FROM,
        from_address="crm@example.test",
        display_name="Example CRM",
    )
    if security is Security.NONE:
        profile.allow_plaintext_auth = True
    return profile.copy(**changes) if changes else profile


SECURITIES = (Security.SSL, Security.STARTTLS, Security.NONE)


def assert_same_setup(
    original: Profile,
    got: Imported,
    *,
    password: str | None = None,
    fields: tuple[str, ...] = (
        "host",
        "security",
        "auth",
        "username",
        "from_address",
        "display_name",
        "ca_file",
    ),
    unexpressed: tuple[str, ...] = (),
) -> None:
    """``unexpressed``: fields the target has no place for (its export warns)."""
    profile = got.profile
    for name in fields:
        if name in unexpressed:
            continue
        assert getattr(profile, name) == getattr(original, name), name
    assert profile.effective_port == original.effective_port
    assert got.password == password


def php(code: str, tmp_path: Path, files: dict[str, str] | None = None) -> str:
    """Run ``code`` (without ``<?php``) with php-cli; files are written first and
    their paths are available as ``$argv[1..]``. Returns stdout; fails on error."""
    binary = require("php")
    paths = []
    for name, text in (files or {}).items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = subprocess.run(
        [binary, "-d", "display_errors=stderr", "-d", "error_reporting=-1", "-r", code, *paths],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and not result.stderr, result.stderr + result.stdout
    return result.stdout


def php_lint(text: str, tmp_path: Path) -> None:
    binary = require("php")
    path = tmp_path / "lint.php"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([binary, "-l", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def php_json(code: str, tmp_path: Path, files: dict[str, str] | None = None) -> object:
    return json.loads(php(code, tmp_path, files))


__all__ = ["PASSWORD", "USER", "AuthMechanism"]


async def php_async(
    code: str,
    tmp_path: Path,
    *args: str,
    cafile: str = "",
    ini: dict[str, str] | None = None,
    timeout: float = 60,
) -> tuple[int, str]:
    """Run PHP without blocking the event loop (the loopback server runs in it).
    ``cafile`` is PHP's system-wide trust setting (openssl.cafile), the place an
    admin puts a private CA for applications that cannot name one. A run still
    going after ``timeout`` seconds is killed and reported as exit code -1."""
    import asyncio

    binary = require("php")
    settings = ["-d", "display_errors=stderr"]
    if cafile:
        settings += ["-d", f"openssl.cafile={cafile}"]
    for key, value in (ini or {}).items():
        settings += ["-d", f"{key}={value}"]
    process = await asyncio.create_subprocess_exec(
        binary,
        *settings,
        "-r",
        code,
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        cwd=tmp_path,
    )
    try:
        output, _ = await asyncio.wait_for(process.communicate(), timeout=timeout)
    except TimeoutError:
        process.kill()
        output, _ = await process.communicate()
        return -1, output.decode(errors="replace")
    return process.returncode or 0, output.decode(errors="replace")


@dataclass(frozen=True)
class PhpConsumer:
    """An application's own mail code, run with php-cli on our export: ``script``
    reads artifact ``artifact`` from ``file`` (written through ``as_read`` when the
    application stores it otherwise, e.g. as a database row). ``needs``: the library
    the script loads (see :func:`require`). ``system_ca``: the test CA is PHP's
    openssl.cafile, where an admin puts a private CA for an application that cannot
    name one."""

    target: Target
    script: str
    file: str
    needs: str
    artifact: int = 0
    system_ca: bool = False
    as_read: Callable[[str], str] | None = None

    async def send(
        self,
        certs: Certs,
        tmp_path: Path,
        *,
        security: Security,
        tls: str = "starttls",
        cert: str = "good",
        password: str | None = PASSWORD,
        timeout: float = 60,
        **changes: object,
    ) -> tuple[int, str, Recorder]:
        """Export the setup (``changes`` as for :func:`setup`) for a loopback server
        speaking ``tls`` and let the application send with it. Returns its exit code,
        its output and what the server received."""
        require(self.needs)
        async with SmtpServer(certs, tls=tls, cert=cert) as server:
            profile = setup(security, host="127.0.0.1", port=server.port, **changes)
            text = self.target.export(profile, password).artifacts[self.artifact].text
            (tmp_path / self.file).write_text(self.as_read(text) if self.as_read else text)
            code, output = await php_async(
                self.script,
                tmp_path,
                self.file,
                cafile=certs.ca_file if self.system_ca else "",
                timeout=timeout,
            )
        return code, output, server.recorder


GO_INI_SOURCE = Path(__file__).with_name("goini") / "main.go"
_go_ini_binary: list[str] = []


def go_ini(text: str, section: str, tmp_path: Path, *, gitea: bool = False) -> dict[str, str]:
    """``section`` of ``text`` as go-ini (gopkg.in/ini.v1, Debian's
    golang-gopkg-ini.v1-dev) reads it: the real parser of Gitea and Grafana."""
    go = require("go")
    require("/usr/share/gocode/src/gopkg.in/ini.v1/ini.go")
    if not _go_ini_binary:
        build = tmp_path / "goini-build"
        build.mkdir()
        env = {
            **os.environ,
            "GO111MODULE": "off",  # offline: the Debian package's GOPATH
            "GOPATH": "/usr/share/gocode",
            "GOCACHE": str(build / "cache"),
        }
        binary = build / "goini"
        subprocess.run(
            [go, "build", "-o", str(binary), str(GO_INI_SOURCE)],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
        _go_ini_binary.append(str(binary))
    path = tmp_path / "read.ini"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [_go_ini_binary[0], str(path), section, *(["gitea"] if gitea else [])],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
