"""Run one check three ways — the engine, the CLI with --json, the readable
CLI — and insist they agree and that no form of the password shows anywhere."""

from __future__ import annotations

import asyncio
import io
import json
import time
from dataclasses import dataclass

from tests.conftest import assert_no_secret
from tests.servers import HOST, PASSWORD
from wizard import cli
from wizard.core.engine import CheckRequest, CheckResult, run_check
from wizard.core.transcript import to_text


@dataclass
class Outcome:
    result: CheckResult
    json: dict
    readable: str
    exit_code: int
    seconds: float = 0.0  # how long the engine's own run took (wall clock)

    @property
    def code(self) -> str | None:
        return self.result.diagnosis.code if self.result.diagnosis else None

    @property
    def transcript(self) -> str:
        return to_text(self.result.transcript)


def argv_for(
    port: int,
    *,
    security: str = "starttls",
    user: str | None = None,
    from_: str = "alice@example.test",
    to: str = "",
    relay_as: str = "",
    send: bool = False,
    ca_file: str = "",
    timeout: float = 5,
    deadline: float = 0,
    mechanism: str = "auto",
    allow_plaintext: bool = False,
    host: str = HOST,
) -> list[str]:
    argv = [
        "check",
        "--host",
        host,
        "--port",
        str(port),
        "--security",
        security,
        "--from",
        from_,
        "--timeout",
        str(timeout),
        "--auth-mechanism",
        mechanism,
    ]
    if user:
        argv += ["--user", user, "--password-stdin"]
    if to:
        argv += ["--to", to]
    if relay_as:
        argv += ["--relay-as", relay_as]
    if send:
        argv.append("--send")
    if ca_file:
        argv += ["--ca-file", ca_file]
    if deadline:
        argv += ["--deadline", str(deadline)]
    if allow_plaintext:
        argv.append("--allow-plaintext-auth")
    return argv


async def run_cli(argv: list[str], password: str = PASSWORD) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await cli.async_main(argv, stdin=io.StringIO(password + "\n"), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


async def _timed_check(request: CheckRequest) -> tuple[CheckResult, float]:
    started = time.monotonic()
    result = await run_check(request)
    return result, time.monotonic() - started


async def check(
    port: int,
    *,
    password: str = PASSWORD,
    cli_too: bool = True,
    together: bool = False,
    **options: object,
) -> Outcome:
    """``together``: the three runs at once, not one after the other — for stories
    that wait out a timeout, so the suite waits for it once, not three times."""
    argv = argv_for(port, **options)  # type: ignore[arg-type]
    args = cli.build_parser().parse_args(argv)
    request = CheckRequest(
        profile=cli.profile_from_args(args),
        password=password if args.user else "",
        to_address=args.to or "",
        relay_as=args.relay_as or "",
        send=args.send,
        deadline=args.deadline,
    )
    if cli_too and together:
        (
            (result, seconds),
            (code_json, out_json, err_json),
            (code_text, out_text, err_text),
        ) = await asyncio.gather(
            _timed_check(request),
            run_cli([*argv, "--json"], password),
            run_cli(argv, password),
        )
    else:
        result, seconds = await _timed_check(request)
    assert_no_secret(to_text(result.transcript), password)
    assert_no_secret(json.dumps(result.to_dict()), password)
    if not cli_too:
        return Outcome(result, result.to_dict(), "", result.exit_code, seconds)

    if not together:
        code_json, out_json, err_json = await run_cli([*argv, "--json"], password)
        code_text, out_text, err_text = await run_cli(argv, password)
    for text in (out_json, err_json, out_text, err_text):
        assert_no_secret(text, password)
    data = json.loads(out_json)
    assert code_json == code_text == result.exit_code == data["exit_code"]
    expected = result.diagnosis.code if result.diagnosis else None
    assert (data["diagnosis"] or {}).get("code") == expected
    if expected:
        assert f"[{expected}]" in out_text
    assert "Traceback" not in out_text + err_text + err_json
    return Outcome(result, data, out_text, result.exit_code, seconds)
