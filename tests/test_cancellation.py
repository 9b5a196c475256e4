"""Cancel a check in every stage: it stops at once, closes its socket and
leaves no task behind."""

from __future__ import annotations

import asyncio
import os

import pytest

from tests.servers import PASSWORD, USER, SmtpServer
from wizard.core.engine import CheckRequest, StageStarted, run_check
from wizard.core.model import FromPolicy, Profile, Security
from wizard.core.stages import Stage


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("stage", [s for s in Stage if s is not Stage.INPUT])
async def test_cancel_in_every_stage(certs, stage):
    security = "implicit" if stage is Stage.TLS else "starttls"
    async with SmtpServer(certs, tls=security) as server:
        profile = Profile(
            host="127.0.0.1",
            port=server.port,
            security=Security.SSL if stage is Stage.TLS else Security.STARTTLS,
            username=USER,
            from_address=USER,
            from_policy=FromPolicy.SEND_AS_USER,
            ca_file=certs.ca_file,
            timeout=5,
        )
        request = CheckRequest(profile, PASSWORD, relay_as="boss@example.test", send=True)
        loop = asyncio.get_running_loop()
        reached: list[Stage] = []
        before = open_fds()

        def on_event(event):
            if isinstance(event, StageStarted) and event.stage is stage:
                reached.append(stage)
                loop.call_soon(task.cancel)

        task = asyncio.ensure_future(run_check(request, on_event))
        if stage is Stage.QUIT:
            # QUIT is written and the verdict given without waiting for the 221
            # (issue 15): there is nothing left to cancel; the goodbye closes.
            result = await asyncio.wait_for(task, 5)
            assert result.ok, result.diagnosis
        else:
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(task, 5)
        assert reached == [stage]
        # Let the closed transports' callbacks run, and a TLS context still being
        # built in its worker thread (it reads the CA files) finish.
        for _ in range(40):
            await asyncio.sleep(0.05)
            if open_fds() <= before:
                break
        assert open_fds() <= before
        leftovers = [
            t
            for t in asyncio.all_tasks()
            if t is not asyncio.current_task()
            and ("run_check" in repr(t) or "say_goodbye" in repr(t))
        ]
        assert leftovers == []
