"""Issue 15: the window shows its first page first and builds the others later;
none of that may change what the user sees or can do."""

from __future__ import annotations

import io

from tests.gui.helpers import until
from wizard.core.verdict import Verdict, now_iso
from wizard.ui import app as app_module
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows


async def test_a_new_setup_opens_on_its_start_page_and_builds_the_rest_after(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    assert [wizard.pages.built(i) is not None for i in range(7)] == [True] + [False] * 6
    # Next and the step list do not wait for the pages: the step list already knows
    # every step, and Next (not Finish) is offered on the Start page.
    assert wizard.steps.count() == 7
    assert not wizard.button(wizard.WizardButton.FinishButton).isVisible()
    await until(lambda: all(wizard.pages.built(i) is not None for i in range(7)),
                what="the other pages built in idle time")  # fmt: skip
    assert wizard.currentId() == sw.START  # building them moved nothing
    wizard.retire()


async def test_next_before_the_idle_build_builds_the_page_it_goes_to(qtbot, ctx):
    wizard = Windows(ctx).open_wizard()
    wizard.pages[sw.START].address.setText("ana@example.test")  # type: ignore[attr-defined]
    wizard.next()
    assert wizard.currentId() == sw.SERVER
    assert wizard.currentPage() is wizard.pages.built(sw.SERVER)
    wizard.retire()


async def test_a_failed_start_does_not_keep_later_windows_waiting(
    qtbot, ctx, tmp_home, monkeypatch
):
    """The first window's tasks wait for the loop; when the app fails before it
    has one, a window opened later (here, in the same process) still starts its own."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("translators broke")

    monkeypatch.setattr(app_module, "install_translators", broken)
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert app_module.main([]) == 70
    wizard = Windows(ctx).open_wizard()
    await until(lambda: bool(wizard._tasks), what="the keyring lookup started")
    wizard.retire()


async def test_a_page_built_after_the_verdict_shows_it(qtbot, ctx):
    """Finish and Test are built after the window shows; a verdict set before that
    (a saved setup's last test) is on them all the same."""
    wizard = Windows(ctx).open_wizard()
    wizard.draft.from_address = wizard.draft.username = "ana@example.test"
    wizard.draft.host = "mail.example.test"
    assert wizard.pages.built(sw.FINISH) is None and wizard.pages.built(sw.TEST) is None
    wizard.set_verdict(
        Verdict(True, "", now_iso(), wizard.current_settings(), wizard.current_secret())
    )
    assert wizard.test_passed
    assert wizard.pages[sw.FINISH].verdict.text() == "Test: passed."  # type: ignore[attr-defined]
    assert wizard.test_page.status.text().startswith("Test passed")
    wizard.retire()


async def test_the_tls_context_is_prepared_off_the_gui_thread_after_start_and_on_the_test_page(
    qtbot, ctx, certs, monkeypatch
):
    """Issue 15: the next check finds its TLS context built (20-35 ms of CA parsing):
    once after start-up, and again when the Test page opens, for the CA file chosen
    since; always in a worker thread."""
    import threading

    from wizard.core import tls
    from wizard.core.model import Security

    calls: list[tuple[str, bool]] = []
    original = tls.warm

    def recording(ca_file: str) -> None:
        calls.append((ca_file, threading.current_thread() is threading.main_thread()))
        original(ca_file)

    monkeypatch.setattr(tls, "warm", recording)
    tls._context.cache_clear()
    wizard = Windows(ctx).open_wizard()
    wizard.show()
    await until(lambda: calls, what="the context prepared after start-up")
    assert calls[0][0] == ""  # the system's CAs: no CA file chosen yet
    wizard.draft.security = Security.STARTTLS
    wizard.draft.ca_file = certs.ca_file
    wizard.pages[sw.TEST].initializePage()
    await until(lambda: any(ca == certs.ca_file for ca, _ in calls), what="the Test page's")
    await until(lambda: tls._context.cache_info().currsize == 2, what="both contexts built")
    assert not any(on_gui_thread for _, on_gui_thread in calls)
    # A pinned certificate needs no CA context: nothing is prepared for it.
    wizard.draft.cert_pin = "AB" * 32
    before = len(calls)
    wizard.pages[sw.TEST].initializePage()
    assert len(calls) == before
    wizard.retire()
