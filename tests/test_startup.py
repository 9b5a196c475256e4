"""Issue 15: each command loads only what it needs, and the window only what its
first page needs. Not a timing test: it asserts which modules stay unloaded."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading

from tests.conftest import ROOT
from tests.probes import fresh_process_result
from wizard.ui.tasks import PRESTART_AFTER, PRESTARTED_THREADS, use_thread_pool

PROBE = """
import json, runpy, sys
sys.argv = ["main.py", *json.loads(sys.argv[1])]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
sys.stdout.flush()
print("\\nMODULES " + json.dumps(sorted(sys.modules)))
"""

# What `check` never uses: discovery, the DNS checks (dnspython, the PSL), exports, Qt.
NOT_FOR_CHECK = (
    "wizard.core.discovery",
    "wizard.core.deliverability",
    "wizard.core.dnsquery",
    "wizard.core.spf",
    "wizard.core.export",
    "wizard.targets",
    "dns",
    "publicsuffixlist",
    "PySide6",
    "keyring",
)


def loaded_after(*argv: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(argv))],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
    )  # fmt: skip
    marker = done.stdout.rpartition("MODULES ")[2]
    return set(json.loads(marker))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_check_help_loads_nothing_check_does_not_need():
    loaded = loaded_after("check", "--help")
    assert "wizard.cli" in loaded
    assert [m for m in NOT_FOR_CHECK if m in loaded] == []


def test_a_check_loads_the_engine_but_not_discovery_dns_or_exports():
    loaded = loaded_after(
        "check", "--host", "127.0.0.1", "--port", str(closed_port()), "--security", "none",
        "--from", "alice@example.test",
    )  # fmt: skip
    assert "wizard.core.engine" in loaded and "aiosmtplib" in loaded
    assert [m for m in NOT_FOR_CHECK if m in loaded] == []


FIRST_LINE_PROBE = """
import json, runpy, sys, threading
real = sys.stdout
seen = {}

class Watch:
    def write(self, text):
        if text.strip() and not seen:
            tls = sys.modules.get("wizard.core.tls")
            built = tls is not None and tls._context.cache_info().currsize > 0
            names = [t.name for t in threading.enumerate()]
            seen.update(modules=sorted(sys.modules), prepared="tls-prepare" in names or built)
        return real.write(text)

    def flush(self):
        real.flush()

sys.stdout = Watch()
sys.argv = ["main.py", *json.loads(sys.argv[1])]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
sys.stdout = real
print("\\nFIRST " + json.dumps(seen))
"""


def test_a_check_prints_its_first_line_before_loading_the_engine_and_builds_tls_meanwhile():
    """The first line (what is checked) comes before aiosmtplib, the email package and
    cryptography load; a TLS check has started building its context in a thread."""
    argv = [
        "check", "--host", "127.0.0.1", "--port", str(closed_port()), "--security", "ssl",
        "--from", "alice@example.test", "--lang", "en",
    ]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", FIRST_LINE_PROBE, json.dumps(argv)],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
    )  # fmt: skip
    assert done.stdout.startswith("Checking 127.0.0.1:"), done.stdout + done.stderr
    first = json.loads(done.stdout.rpartition("FIRST ")[2])
    loaded = set(first["modules"])
    assert "wizard.cli" in loaded
    assert [m for m in ("wizard.core.engine", "aiosmtplib", "email.message") if m in loaded] == []
    assert first["prepared"]  # building, or built: the context is on its way


def test_the_dns_command_still_loads_what_it_needs():
    loaded = loaded_after("dns", "--help")
    assert "PySide6" not in loaded
    loaded = loaded_after("export", "--profile", "nothing-saved", "--format", "env")
    assert "wizard.targets.env" in loaded


# The window: a first run opens the wizard on its Start page. Until it shows, nothing
# a later page needs is imported (the engine, discovery, the DNS checks, certificate
# parsing, exports, the targets); those pages are built after the first show.
WINDOW_PROBE = """
import json, sys
from wizard.ui import app as app_module
from wizard.ui.setup_wizard import PAGES

# As main.py runs: the first window shown and painted, then the loop.
qt, windows = app_module.open_first_window(app_module.parse_args([]), [])
app_module.wait_first_paint(qt, windows)
wizard = windows.wizards[0]
exposed = wizard.windowHandle().isExposed()
shown = sorted(sys.modules)
built_when_shown = [wizard.pages.built(i) is not None for i in range(len(PAGES))]
loop = app_module.make_loop(qt)
import asyncio

async def idle() -> None:
    for _ in range(600):  # the other pages are built in idle time after the show
        if all(wizard.pages.built(i) is not None for i in range(len(PAGES))):
            break
        await asyncio.sleep(0.05)

with loop:
    loop.run_until_complete(idle())
built_later = [wizard.pages.built(i) is not None for i in range(len(PAGES))]
keyring_task = bool(wizard._tasks)  # held until the loop existed, then started
print("RESULT " + json.dumps({"shown": shown, "built_when_shown": built_when_shown,
                              "exposed": exposed, "keyring_task": keyring_task,
                              "built_later": built_later, "later": sorted(sys.modules)}))
"""

NOT_FOR_THE_FIRST_PAGE = (
    "asyncio",  # nor the loop: it is made once the window is painted
    "qasync",
    "wizard.core.engine",
    "aiosmtplib",
    "cryptography",
    "wizard.core.tls",
    "wizard.core.discovery",
    "wizard.core.deliverability",
    "wizard.core.dnsquery",
    "dns",
    "publicsuffixlist",
    "wizard.core.export",
    "wizard.targets",
    "wizard.ui.pages.test",
    "wizard.ui.pages.finish",
    "wizard.ui.transcript_view",
    "wizard.ui.profile_manager",
    "wizard.ui.import_dialog",
    "wizard.ui.export_panel",
    # Second round (issue 15): what the first window's own modules loaded without
    # needing it yet: hashlib loads OpenSSL (verdict's HMAC), uuid loads platform
    # (a setup's id), idna (non-ASCII host names only), datetime (a test's time).
    "hashlib",
    "_hashlib",
    "uuid",
    "platform",
    "idna",
    "datetime",
)


def test_the_wizard_shows_its_first_page_before_loading_what_later_pages_need(tmp_path):
    result = fresh_process_result(WINDOW_PROBE, tmp_path)
    shown = set(result["shown"])
    assert result["exposed"] and "wizard.ui.pages.start" in shown
    assert [m for m in NOT_FOR_THE_FIRST_PAGE if m in shown] == []
    assert result["built_when_shown"] == [True] + [False] * 6
    # Just after, in idle time: every page is built and what they need is loaded.
    assert result["built_later"] == [True] * 7 and result["keyring_task"]
    later = set(result["later"])
    assert {
        "wizard.core.engine", "wizard.ui.pages.test", "wizard.core.discovery", "wizard.targets"
    } <= later  # fmt: skip


def test_worker_threads_are_started_in_idle_time_before_the_first_check_needs_them():
    """The first check needs three worker threads at once (TLS context, name lookup,
    test message); starting them then stalled the GUI thread (issue 15)."""
    loop = asyncio.new_event_loop()
    try:
        use_thread_pool(loop)
        before = {t.ident for t in threading.enumerate()}
        loop.run_until_complete(asyncio.sleep(PRESTART_AFTER + 0.5))
        started = [
            t for t in threading.enumerate()
            if t.ident not in before and t.name.startswith("wizard-io")
        ]  # fmt: skip
        assert len(started) >= PRESTARTED_THREADS
        # The first work after that runs on one of them: no thread is started for it.
        ran_on = loop.run_until_complete(loop.run_in_executor(None, threading.get_ident))
        assert ran_on in {t.ident for t in started}
    finally:
        loop.close()


def test_a_new_setup_id_is_a_random_uuid4_as_before():
    """``Profile.id`` no longer imports ``uuid`` (issue 15), and is still a UUID 4."""
    import uuid

    from wizard.core.model import Profile

    ids = {Profile().id for _ in range(200)}
    assert len(ids) == 200
    for value in ids:
        parsed = uuid.UUID(hex=value)
        assert (parsed.version, parsed.variant, parsed.hex) == (4, uuid.RFC_4122, value)
