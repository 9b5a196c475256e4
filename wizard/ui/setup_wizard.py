"""The wizard window: pages listed once in ``PAGES``, one draft Profile that
every page edits, and the password kept in memory until it is saved to the
SecretStore (nobody re-types it, even after a failed test)."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wizard import APP_NAME
from wizard.core import providers
from wizard.core.model import Profile, Security
from wizard.core.secrets import SecretStoreError, StoreKind
from wizard.core.store import StoreError
from wizard.core.validation import validate_profile
from wizard.core.verdict import (
    UNKNOWN_SECRET,
    SecretDigest,
    Verdict,
    VerdictState,
    settings_fingerprint,
    stale_text,
)
from wizard.ui.context import AppContext
from wizard.ui.labels import security_name
from wizard.ui.step_list import StepList, StepState, step_state
from wizard.ui.tasks import in_background, spawn, when_loop_runs
from wizard.ui.windows import centre_on

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QMessageBox

    from wizard.core.discovery import Candidate
    from wizard.core.engine import CheckResult
    from wizard.targets import Imported
    from wizard.ui.pages.base import WizardPage
    from wizard.ui.pages.finish import FinishPage
    from wizard.ui.pages.test import TestPage


@dataclass(frozen=True)
class PageSpec:
    """A page, named rather than imported: its module (and what that imports: the
    engine, discovery, the DNS checks, exports) loads when the page is first built,
    not when the window opens (issue 15). ``fields`` is the page's ``FIELDS`` and
    ``always_complete`` says its Next never waits for its fields, so the step list
    can judge a page not built yet from the draft alone."""

    module: str
    name: str
    fields: tuple[str, ...]
    always_complete: bool = False

    def load(self) -> type[WizardPage]:
        page_class: type[WizardPage] = getattr(importlib.import_module(self.module), self.name)
        return page_class


PAGES = (
    PageSpec("wizard.ui.pages.start", "StartPage", ("from_address",)),
    PageSpec("wizard.ui.pages.server", "ServerPage", ("host", "port", "ca_file")),
    PageSpec("wizard.ui.pages.signin", "SignInPage", ("username", "password")),
    PageSpec(
        "wizard.ui.pages.sender", "SenderPage", ("from_address", "display_name", "allowed_domains")
    ),
    # Its Next waits for a running test only; Finish closes the wizard.
    PageSpec("wizard.ui.pages.test", "TestPage", ("to",), always_complete=True),
    PageSpec("wizard.ui.pages.deliverability", "DeliverabilityPage", ()),
    PageSpec("wizard.ui.pages.finish", "FinishPage", ("name",), always_complete=True),
)
START, SERVER, SIGNIN, SENDER, TEST, DELIVERABILITY, FINISH = range(len(PAGES))

DEFAULT_SIZE = (900, 680)  # tests check that a 40% longer language still fits
# Every page fits at this size too, in English and Spanish (tests/gui/test_step_list.py);
# a page that needs more (a long diagnosis, a large font) scrolls instead of overlapping.
MINIMUM_SIZE = (760, 480)
# The other pages are built this long after the window first shows (a first paint
# is done by then), in idle time.
PREBUILD_AFTER_MS = 150
PREBUILD_STEP_MS = 10

_NAV_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
)

PAGE_NAMES = {"start": START, "server": SERVER, "signin": SIGNIN, "sender": SENDER}


# Qt-free modules the later pages need, slowest first; imported one per tick after
# the first show (see _prebuild) so that building those pages later is quick.
WARM_MODULES = (
    "wizard.core.engine",
    "wizard.core.discovery",
    "wizard.core.deliverability",
    "wizard.core.export",
    "wizard.core.proof",
    "wizard.targets",  # every target module (the Finish page's chooser)
)


def _secret_error_text(exc: SecretStoreError) -> str:
    from wizard.ui.pages.finish import secret_error_text

    return secret_error_text(exc)


class PageContent(QWidget):
    """A page's content inside its scroll area. The scroll area makes it as tall as
    it says it needs for the width: its minimum (wrapped texts at full height, lists
    and the transcript squeezed), so a short window squeezes the page first and
    scrolls only when even that does not fit."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def scroll_when_short(page: QWizardPage) -> QScrollArea | None:
    """Put the page's content in a scroll area: a window made shorter than a page
    needs scrolls it, where the layout would otherwise squeeze texts over each other
    (seen below ~300 px). Qt moves the layout, with its widgets, to the new widget."""
    layout = page.layout()
    if layout is None:
        return None
    area = QScrollArea()
    area.setObjectName("pageScroll")
    # Drawn like the page it replaces: QScrollArea's own viewport fills itself with the
    # window colour, a plain QWidget does not. (Given, not read back: the first
    # ``viewport()`` call made PySide6 resolve the returned widget's type through 60
    # widget classes' enums, 8-12 ms before the first paint; docs/PERFORMANCE.md.)
    viewport = QWidget()
    viewport.setObjectName("pageViewport")
    area.setViewport(viewport)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
    content = PageContent()
    content.setObjectName("pageContent")
    area.setWidget(content)  # empty: cheaper than moving a filled widget in
    content.setLayout(layout)
    content.setAutoFillBackground(False)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


class Pages:
    """The wizard's pages, each built on first use: ``pages[i]`` builds page ``i``
    (and registers it with the wizard) when it is not built yet; iterating builds
    them all. The window builds only the page it opens on before it shows; the
    rest are built when first needed or in idle time just after the first show."""

    def __init__(self, wizard: SetupWizard) -> None:
        self._wizard = wizard
        self._built: dict[int, WizardPage] = {}

    def __len__(self) -> int:
        return len(PAGES)

    def __getitem__(self, index: int) -> WizardPage:
        if index < 0:
            index += len(PAGES)
        page = self._built.get(index)
        if page is None:
            if not 0 <= index < len(PAGES):
                raise IndexError(index)
            page = self._wizard._build_page(index)
            self._built[index] = page
        return page

    def __iter__(self) -> Iterator[WizardPage]:
        return (self[index] for index in range(len(PAGES)))

    def built(self, index: int) -> WizardPage | None:
        """The page when it is built; never builds it."""
        return self._built.get(index)

    def built_items(self) -> list[tuple[int, WizardPage]]:
        return sorted(self._built.items())


class SetupWizard(QWizard):
    """One setup being created or edited.

    Trust rules (DESIGN.md): ``verdict`` belongs to the exact settings it tested and
    is shown as stale the moment anything in its fingerprint changes; nothing typed
    is discarded without asking (Finish, Cancel, Escape and the close button all go
    through :meth:`_leave`).
    """

    profile_saved = Signal(str)
    language_requested = Signal(str)
    # The settings, the password or the verdict changed: every view of it refreshes.
    verdict_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        profile: Profile | None = None,
        start_page: int = START,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = profile.copy() if profile else Profile()
        self.editing = profile is not None and ctx.profiles.by_id(profile.id) is not None
        self.password = ""
        self._baseline = self._snapshot()  # again below, once the first pages exist
        self.digest = SecretDigest()
        self.verdict: Verdict | None = None
        self.confirm_box: QMessageBox | None = None
        self._closing = False
        self._record_password_changed = True
        self._tasks: list[asyncio.Task[Any]] = []
        self.retired = False  # replaced by a rebuilt window (language change)
        self.provider_id = ""
        self.settings_source = "saved" if profile else "manual"
        self.discovered: Candidate | None = None
        self.imported_from = ""  # the format's name, when settings_source is "imported"
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Test options of a saved test, for the Test page when it is built.
        self._run_settings: dict[str, str] = {}
        self._prebuild_started = False
        self._warm_pending: list[str] = []
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.timeout.connect(self._prebuild)
        self._prebuild_steps = QTimer(self)
        self._prebuild_steps.timeout.connect(self._prebuild_step)
        self.pages = Pages(self)
        # The page it opens on and those before it (Back, the step list) before the
        # window shows; the others later (issue 15: the first page shows first).
        for index in range(start_page + 1):
            self.pages[index]
        self.setStartId(start_page)
        # Steps shown in this window (kept across a language change). A saved setup's
        # pages are filled in already, and so are the pages before the one it opens on.
        self.visited: set[int] = set(range(start_page))
        if profile is not None:
            self.visited |= {START, SERVER, SIGNIN, SENDER}
            if profile.last_test is not None:
                self.visited.add(TEST)
        self.steps = StepList(self)
        self.setSideWidget(self.steps)
        self._steps_timer = QTimer(self)
        self._steps_timer.setSingleShot(True)
        self._steps_timer.setInterval(0)
        self._steps_timer.timeout.connect(self._refresh_steps_now)
        # Tab reads the window as the eye does: the step list (left), the page, then
        # the buttons, and round again. The buttons exist once asked for.
        buttons = [self.button(b) for b in (*_NAV_BUTTONS, QWizard.WizardButton.CancelButton)]
        QWidget.setTabOrder(buttons[-1], self.steps)
        self.steps.step_chosen.connect(self.jump_to)
        self.currentIdChanged.connect(self._page_shown)
        self.verdict_changed.connect(self.refresh_steps)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._reveal_focus)
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self.update_title()
        self._baseline = self._snapshot()
        if profile is not None and profile.last_test is not None:
            self._adopt_record(profile)
        # Started by the event loop (the first window shows before it runs).
        self._opened_with_profile = profile is not None
        when_loop_runs(self._start_tasks)

    def _start_tasks(self) -> None:
        if self.gone:
            return
        if self._opened_with_profile:
            self._tasks.append(spawn(self.prefill_password(), self.report_error))
        else:
            self._tasks.append(spawn(self._find_keyring(), self.report_error))

    def _build_page(self, index: int) -> WizardPage:
        """Build and register page ``index`` (through ``self.pages`` only)."""
        page = PAGES[index].load()(self)
        scroll_when_short(page)
        self.setPage(index, page)
        page.completeChanged.connect(self.refresh_steps)
        if index == TEST and self._run_settings:
            page.use_run_settings(self._run_settings)  # type: ignore[attr-defined]
        if index == SIGNIN:
            page.update_storage_note()  # type: ignore[attr-defined]
        # Built late, the page missed the verdict's changes so far (Test, Finish).
        refresh = getattr(page, "refresh_verdict", None)
        if callable(refresh):
            refresh()
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._prebuild_started:
            # Once the first page is on screen, build the others in idle time, one per
            # turn of the event loop (the heavy modules first, in a thread), so that
            # Next and the step list never wait for them.
            self._prebuild_started = True
            self._prebuild_timer.start(PREBUILD_AFTER_MS)

    def _prebuild(self) -> None:
        """Import the heavy modules, then build the missing pages, one piece per tick
        of a timer on the GUI thread (input stays responsive between them). Both
        timers are the window's own children: its destruction stops them.

        The imports used to run in a worker thread. While a segfault in the GUI tests
        was being chased, they moved here; the segfault's real cause was the garbage
        collector running on worker threads (wizard/ui/gcguard.py). On the GUI
        thread they are also safe from PySide6's import hook, which runs for every
        import (docs/PERFORMANCE.md)."""
        if self.gone:
            return
        self.steps.fit_width_to_style()
        self._warm_pending = list(WARM_MODULES)
        self._prebuild_steps.start(PREBUILD_STEP_MS)

    def _prebuild_step(self) -> None:
        if self.gone:
            self._prebuild_steps.stop()
        elif self._warm_pending:
            name = self._warm_pending.pop(0)
            try:
                importlib.import_module(name)
            except Exception:  # reported by the page that needs it, when built
                self._warm_pending.clear()
            if name == "wizard.core.engine":
                self.warm_tls()
        else:
            missing = [i for i in range(len(PAGES)) if self.pages.built(i) is None]
            if missing:
                self.pages[missing[0]]
            else:
                self._prebuild_steps.stop()

    def warm_tls(self) -> None:
        """The next check's TLS context (the CA bundle parsed, 20-35 ms) and the
        certificate reader, built in a worker thread now rather than during the
        check: after start-up, and again when the Test page opens (the CA file may
        have changed)."""
        if self.draft.security is Security.NONE or self.draft.cert_pin:
            return
        from wizard.core import tls

        in_background(tls.warm, self.draft.ca_file.strip())

    def setStartId(self, id: int) -> None:
        """QWizard needs the start page registered: built first if it is not yet."""
        if 0 <= id < len(PAGES):
            self.pages[id]
        super().setStartId(id)

    def validateCurrentPage(self) -> bool:
        """Next: the next page is built before QWizard switches to it (it must be
        registered by then)."""
        if not super().validateCurrentPage():
            return False
        following = self.currentId() + 1
        if 0 < following < len(PAGES):
            self.pages[following]
        return True

    def nextId(self) -> int:
        """Pages in order, whether built yet or not (the buttons show Next, not
        Finish, while the later pages are still to be built)."""
        current = self.currentId()
        if current < 0 or current + 1 >= len(PAGES):
            return -1
        return current + 1

    async def _find_keyring(self) -> None:
        """Which keyring backend exists is probed off the GUI thread (D-Bus)."""
        await self.ctx.secrets.resolve()
        page = self.pages.built(SIGNIN)
        if not self.gone and page is not None:
            page.update_storage_note()  # type: ignore[attr-defined]

    @property
    def test_page(self) -> TestPage:
        return self.pages[TEST]  # type: ignore[return-value]

    # -- the draft -----------------------------------------------------------------
    def use_provider(self, provider_id: str) -> None:
        preset = providers.by_id(provider_id)
        if preset is None:
            return
        self.provider_id = provider_id
        self.draft.host, self.draft.port, self.draft.security = (
            preset.host,
            preset.port,
            preset.security,
        )
        username = preset.username_for(self.draft.from_address)
        if username:
            self.draft.username = username
        self.settings_source = "preset"

    def adopt(self, old: SetupWizard) -> None:
        """Take over another wizard's state: used when the language changes."""
        self.draft = old.draft
        self.password = old.password
        self.digest = old.digest
        self.verdict = old.verdict
        self.editing = old.editing
        self._baseline = old._baseline
        self.provider_id = old.provider_id
        self.settings_source = old.settings_source
        self.imported_from = old.imported_from
        self.discovered = old.discovered
        self.visited |= old.visited
        self._run_settings = dict(old._run_settings)
        self.reload_pages()
        old_test: TestPage | None = old.pages.built(TEST)  # type: ignore[assignment]
        if old_test is not None:
            self.test_page.use_run_settings(old_test.run_settings())
            if old_test.result is not None:
                self.test_page.show_result(old_test.result)
        for index, page in old.pages.built_items():
            self.pages[index].adopt_state(page)
        self.update_title()
        self.settings_changed()

    def use_discovered(self, found: Candidate) -> None:
        """Fill the draft from a discovery result (the user confirmed untrusted ones)."""
        self.discovered = found
        self.provider_id = found.provider_id
        self.draft.host, self.draft.port, self.draft.security = (
            found.host,
            found.port,
            found.security,
        )
        if found.username:
            self.draft.username = found.username
        elif self.draft.auth and not self.draft.username:
            self.draft.username = self.draft.from_address
        self.settings_source = "discovered"
        self.reload_pages()

    def use_imported(self, found: Imported, label: str) -> None:
        """Fill the draft (and the password, kept in memory like one typed on the
        Sign-in page, saved to the keyring with the setup) from imported settings."""
        imported = found.profile
        # A format without a From (a DSN, Postfix) whose user name is an address: the
        # Start page's own rule (user name = address) the other way round.
        guess = imported.username if "@" in imported.username else ""
        self.draft = imported.copy(
            id=self.draft.id,
            name=imported.name or self.draft.name,
            from_address=imported.from_address or self.draft.from_address or guess,
            timeout=self.draft.timeout,
        )
        if found.password:
            self.password = found.password
        self.provider_id = ""
        self.discovered = None
        self.settings_source = "imported"
        self.imported_from = label
        self.reload_pages()
        self.settings_changed()

    def source_text(self) -> str:
        found = self.discovered
        if self.settings_source == "discovered" and found is not None:
            from wizard.core.discovery import SOURCE_LABELS  # loaded by discovery already

            source = QCoreApplication.translate("Discovery", SOURCE_LABELS[found.source])
            if found.trusted:
                return self.tr("Settings found by: %1 (trusted).").replace("%1", source)
            return self.tr(
                "Settings found by: %1. Not confirmed: the server is outside your domain, and "
                "you chose to use it."
            ).replace("%1", source)
        preset = providers.by_id(self.provider_id)
        if self.settings_source == "preset" and preset:
            return self.tr("Settings from the built-in preset for %1 (trusted).").replace(
                "%1", preset.name
            )
        if self.settings_source == "saved":
            return self.tr("Settings from your saved setup.")
        if self.settings_source == "imported":
            return self.tr("Settings imported from %1.").replace("%1", self.imported_from)
        return self.tr("Settings entered by you.")

    def use_settings(self, profile: Profile) -> None:
        """Take ``profile`` as the draft: the settings a fix (or its Undo) produced."""
        self.draft = profile
        self.settings_source = "manual"
        self.reload_pages()
        self.settings_changed()

    def go_to(self, page_name: str, field: str) -> None:
        """Take the user back to a field to change (a fix that cannot apply itself)."""
        target = PAGE_NAMES[page_name]
        self._back_to(target)
        page = self.pages[self.currentId()]
        widget = page._widgets.get(field)
        focus = getattr(page, field, widget)
        if isinstance(focus, QWidget):
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    # -- the step list -------------------------------------------------------------
    def _page_shown(self, index: int) -> None:
        if index >= 0:
            self.visited.add(index)
        self.refresh_steps()

    def step_states(self) -> list[StepState]:
        current = self.currentId()
        verdict = self.verdict_state()
        return [
            step_state(
                current=index == current,
                visited=index in self.visited,
                valid=not self.page_errors(index),
                verdict=verdict if index == TEST else None,
            )
            for index in range(len(PAGES))
        ]

    def page_errors(self, index: int) -> dict[str, str]:
        """A page's errors; for a page not built yet, what it would find in the
        draft it would load (the step list needs every page's state, not the page)."""
        page = self.pages.built(index)
        if page is not None:
            return page.errors()
        fields = PAGES[index].fields
        found: dict[str, str] = {}
        for error in validate_profile(self.draft):
            if error.field in fields and error.field not in found:
                found[error.field] = error.code
        return found

    def page_complete(self, index: int) -> bool:
        """Would the page's Next pass (``isComplete``), built or not."""
        page = self.pages.built(index)
        if page is not None:
            return page.isComplete()
        return PAGES[index].always_complete or not self.page_errors(index)

    def can_jump_to(self, index: int, complete: list[bool] | None = None) -> bool:
        """Back to any earlier step; forward only to steps seen before, through
        pages that would let Next pass (as the Next button would)."""
        current = self.currentId()
        if current < 0 or index == current or not 0 <= index < len(self.pages):
            return False
        if index < current:
            return True
        if complete is None:
            complete = [self.page_complete(i) for i in range(len(PAGES))]
        return all(i in self.visited for i in range(current + 1, index + 1)) and all(
            complete[current:index]
        )

    def refresh_steps(self) -> None:
        """Called on every edit (often twice: the page and the verdict): the list is
        brought up to date once, on the next turn of the event loop, so opening the
        window or typing a key never waits for it."""
        if not self._steps_timer.isActive():
            self._steps_timer.start()

    def _refresh_steps_now(self) -> None:
        if self.gone:
            return
        complete = [self.page_complete(i) for i in range(len(PAGES))]
        reachable = [self.can_jump_to(i, complete) for i in range(len(self.pages))]
        self.steps.show_states(self.step_states(), self.currentId(), reachable)

    def jump_to(self, index: int) -> None:
        """A step chosen in the step list: every value stays (pages never reset)."""
        if self.can_jump_to(index):
            self._go_to_page(index)

    def _reveal_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A field reached by its Alt+letter or a fix scrolls into view (Tab does already)."""
        if new is None or self.gone or not self.isAncestorOf(new):
            return
        parent = new.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QScrollArea) and parent.objectName() == "pageScroll":
                parent.ensureWidgetVisible(new)
                return
            parent = parent.parentWidget()

    # -- the verdict ---------------------------------------------------------------
    def current_settings(self) -> dict[str, str]:
        page: TestPage | None = self.pages.built(TEST)  # type: ignore[assignment]
        if page is not None:
            to_address, send = page.recipient(), page.sending()
        else:
            # The Test page not built yet: the options it will start with (a saved
            # test's, or sending to the From address, as the page loads them).
            send = self._run_settings.get("send") != "no"
            to_address = (self._run_settings.get("to") or self.draft.from_address).strip()
            to_address = to_address if send else ""
        return settings_fingerprint(self.draft, to_address=to_address, send=send)

    def current_secret(self) -> str:
        return self.digest(self.password) if self.draft.auth else ""

    def verdict_changes(self) -> list[str]:
        if self.verdict is None:
            return []
        return self.verdict.changes(self.current_settings(), self.current_secret())

    def verdict_state(self) -> VerdictState:
        if self.verdict is None:
            return VerdictState.NONE
        return self.verdict.state(self.current_settings(), self.current_secret())

    @property
    def test_passed(self) -> bool:
        """A pass that still holds for the settings on screen."""
        return self.verdict_state() is VerdictState.PASSED

    def stale_text(self) -> str:
        return stale_text(self.verdict_changes(), QCoreApplication.translate)

    def set_verdict(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        self.verdict_changed.emit()

    def settings_changed(self) -> None:
        """Called on every edit (pages, password, test options, fixes)."""
        if self.gone:
            # A field's editingFinished fires while the window is being destroyed
            # (seen on Xvfb: the app shut down with the Server page's host focused).
            return
        self.update_title()
        self.verdict_changed.emit()

    def _adopt_record(self, profile: Profile) -> None:
        """An edited setup starts with its saved last test (password matched on prefill)."""
        record = profile.last_test
        assert record is not None
        self._run_settings = dict(record.settings)
        test_page = self.pages.built(TEST)
        if test_page is not None:
            test_page.use_run_settings(record.settings)  # type: ignore[attr-defined]
        secret = "" if record.settings.get("auth") == "off" else UNKNOWN_SECRET
        self.verdict = Verdict(
            record.ok,
            record.code,
            record.when,
            dict(record.settings),
            secret,
            tuple(record.auth_offered),
            record.auth_used,
        )
        self._record_password_changed = record.password_changed

    # -- unsaved changes -----------------------------------------------------------
    def _snapshot(self) -> tuple[dict[str, object], str]:
        return self.draft.settings_dict(), self.password if self.draft.auth else ""

    @property
    def dirty(self) -> bool:
        """Anything typed that is not saved (settings, name or password)."""
        return self._snapshot() != self._baseline

    def update_title(self) -> None:
        name = self.draft.name.strip() if self.editing else ""
        title = self.tr("%1 — %2").replace("%1", name).replace("%2", APP_NAME) if name else APP_NAME
        self.setWindowTitle(title)

    def reload_pages(self) -> None:
        for _index, page in self.pages.built_items():
            page.reload()  # the others load the draft when they are built

    def settings_summary(self) -> str:
        profile = self.draft
        security = security_name(profile.security)
        lines = [
            self.tr("Server: %1, port %2, security %3")
            .replace("%1", profile.host)
            .replace("%2", str(profile.effective_port))
            .replace("%3", security),
            self.tr("Sign-in: %1").replace(
                "%1", profile.username if profile.auth else self.tr("off")
            ),
            self.tr("From: %1").replace("%1", profile.from_address),
        ]
        return "\n".join(lines)

    def verdict_summary(self) -> str:
        state = self.verdict_state()
        if state is VerdictState.PASSED:
            return self.tr("Test: passed.")
        if state is VerdictState.FAILED:
            assert self.verdict is not None
            return self.tr("Test: failed (%1).").replace("%1", self.verdict.code)
        if state is VerdictState.STALE:
            return self.tr("Test: out of date. %1 Run the test again.").replace(
                "%1", self.stale_text()
            )
        return self.tr("Test: not run yet.")

    # -- passwords and saving -------------------------------------------------------
    async def prefill_password(self) -> None:
        await self.ctx.secrets.resolve()
        try:
            secret = await self.ctx.secrets.get(self.draft.id)
        except SecretStoreError as exc:
            if not self.gone:
                self.show_message(_secret_error_text(exc))
            return
        if self.gone:
            return
        if secret and not self.password:
            self.password = secret
            if self._baseline[1] == "" and self.draft.auth:
                self._baseline = (self._baseline[0], secret)
            if self.verdict is not None and self.verdict.secret == UNKNOWN_SECRET:
                # The saved record says whether this saved password is the tested one.
                tested = "" if self._record_password_changed else self.digest(secret)
                self.verdict = dataclasses.replace(self.verdict, secret=tested)
            signin = self.pages.built(SIGNIN)
            if signin is not None:
                signin.reload()
            self.settings_changed()

    async def save_profile(self) -> str:
        if self.verdict is not None and self.verdict.secret != UNKNOWN_SECRET:
            self.draft.last_test = self.verdict.record(
                self.current_secret(), previous=self.draft.last_test
            )
        profile = self.draft.copy()
        self.ctx.profiles.put(profile)
        self.ctx.profiles.save()
        self._baseline = self._snapshot()
        self.editing = True
        where = ""
        if profile.auth and self.password:
            try:
                kind = await self.ctx.secrets.set(profile.id, self.password)
                where = (
                    self.tr("The password is in the system keyring.")
                    if kind is StoreKind.SYSTEM
                    else self.tr("The password is kept for this session only.")
                )
            except SecretStoreError as exc:
                where = _secret_error_text(exc)
        elif not profile.auth:
            await self.ctx.secrets.delete(profile.id)
        self.profile_saved.emit(profile.id)
        self.settings_changed()
        return where

    def test_finished(self, result: CheckResult | None) -> None:
        self.button(QWizard.WizardButton.NextButton).setEnabled(not self.test_page.running)

    # -- errors and closing ---------------------------------------------------------
    def show_message(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # made on first use (issue 15)

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.open()

    def report_error(self, exc: BaseException) -> None:
        if self.gone:
            return
        if isinstance(exc, SecretStoreError):
            self.show_message(_secret_error_text(exc))
            return
        if isinstance(exc, StoreError):
            # A full disk, a read-only folder, a newer version's file: its own one line;
            # the wizard stays open with everything typed.
            self.show_message(exc.text(QCoreApplication.translate))
            return
        self.show_message(
            QCoreApplication.translate(
                "App", "Something went wrong. Your settings are still here; please try again."
            )
        )
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def accept(self) -> None:
        """Finish: unsaved work is saved or explicitly dropped, never lost silently."""
        self._leave(finishing=True)

    def reject(self) -> None:
        """Cancel, Escape and the window's close button (QDialog.closeEvent calls this)."""
        self._leave(finishing=False)

    def _leave(self, finishing: bool) -> None:
        if self._closing:
            return
        if self.confirm_box is not None and self.confirm_box.isVisible():
            self.confirm_box.raise_()
            return
        if not self.dirty:
            self._close(finishing)
            return
        name = self.draft.name.strip()
        text = (
            self.tr('Save the changes to "%1" before closing?').replace("%1", name)
            if name and self.editing
            else self.tr("Save this setup before closing?")
        )
        from PySide6.QtWidgets import QMessageBox  # made on first use (issue 15)

        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=self)
        informative = self.tr("If you don't save, what you typed here is lost.")
        if not self.test_passed:
            # Saving from here skips the Finish page's "Save anyway": say what is saved.
            informative += "\n" + self.verdict_summary()
        box.setInformativeText(informative)
        # No mnemonics: a message box answers plain letter keys, and a stray key typed
        # as it opens must not throw work away. Enter saves, Escape keeps editing.
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Don't save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        focus = self.focusWidget()

        def answered(button: object) -> None:
            role = box.buttonRole(button)  # type: ignore[arg-type]
            if role is QMessageBox.ButtonRole.AcceptRole:
                self._save_and_close(finishing)
            elif role is QMessageBox.ButtonRole.DestructiveRole:
                self._close(finishing)
            elif focus is not None:
                focus.setFocus()  # back where the user was typing

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()
        centre_on(box, self)

    def _save_and_close(self, finishing: bool) -> None:
        """Save from the leave question: only what every page accepts, like Finish."""
        finish: FinishPage = self.pages[FINISH]  # type: ignore[assignment]
        if not finish.name.text().strip():
            finish.name.setText(
                self.ctx.profiles.unique_name(
                    self.draft.from_address or self.draft.host or self.tr("New setup")
                )
            )
        finish.store()
        # The page on screen first (the field just typed in), then the first other one.
        order = [self.currentId()] + [i for i in range(len(self.pages)) if i != self.currentId()]
        for index in order:
            if index >= 0 and self.pages[index].errors():
                self._show_errors_on(index)
                return

        async def save_then_close() -> None:
            await self.save_profile()
            self._close(finishing)

        spawn(save_then_close(), self.report_error)

    def _back_to(self, index: int) -> None:
        """Back until ``index``, or as far as the history goes (a wizard opened on a
        later page cannot go back past it)."""
        while self.currentId() > index:
            before = self.currentId()
            self.back()
            if self.currentId() == before:
                self.setStartId(index)
                self.restart()  # keeps every value: pages never reset (base.py)
                return

    def _go_to_page(self, index: int) -> None:
        """Back, or Next page by page until ``index``; Next stops at a page whose own
        fields are not valid (its errors are shown then)."""
        self._back_to(index)
        while self.currentId() < index:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def _show_errors_on(self, index: int) -> None:
        """Take the user to the first page with a field to correct, errors shown."""
        self._go_to_page(index)
        page = self.pages[self.currentId()]
        page.refresh_errors(show_all=True)
        errors = page.errors()
        widget = next((page._widgets[f] for f in errors if f in page._widgets), None)
        if widget is not None:
            widget.setFocus()

    @property
    def gone(self) -> bool:
        """Closed, replaced or destroyed: late task callbacks and signals emitted while
        the children are torn down must not touch its widgets."""
        return self._closing or not shiboken6.isValid(self)

    def _stop_work(self) -> None:
        """Closing the window stops a test, the checks and discovery cleanly."""
        app = QApplication.instance()
        if not self._closing and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._reveal_focus)
        self._closing = True
        test, checks, start = (self.pages.built(i) for i in (TEST, DELIVERABILITY, START))
        if test is not None:
            test.cancel_run()  # type: ignore[attr-defined]
        if checks is not None:
            checks.cancel_checks()  # type: ignore[attr-defined]
        if start is not None:
            start.cancel_discovery()  # type: ignore[attr-defined]
        for task in self._tasks:
            task.cancel()

    def retire(self) -> None:
        """Close without asking: a rebuilt window (new language) holds everything now."""
        self.retired = True
        self._stop_work()
        self.hide()

    def _close(self, finishing: bool) -> None:
        self._stop_work()
        if finishing:
            super().accept()
        else:
            super().reject()
