"""The wizard window: pages listed once in ``PAGES``, one draft Profile that
every page edits, and the password kept in memory until it is saved to the
SecretStore (nobody re-types it, even after a failed test)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWizard

from wizard import APP_NAME
from wizard.core import providers
from wizard.core.discovery import SOURCE_LABELS, Candidate
from wizard.core.engine import CheckResult
from wizard.core.model import AuthMechanism, FromPolicy, Profile, Security
from wizard.core.secrets import SecretStoreError, StoreKind
from wizard.ui.context import AppContext
from wizard.ui.pages.deliverability import DeliverabilityPage
from wizard.ui.pages.finish import FinishPage, secret_error_text
from wizard.ui.pages.sender import SenderPage
from wizard.ui.pages.server import ServerPage
from wizard.ui.pages.signin import SignInPage
from wizard.ui.pages.start import StartPage
from wizard.ui.pages.test import TestPage
from wizard.ui.tasks import spawn

PAGES = (StartPage, ServerPage, SignInPage, SenderPage, TestPage, DeliverabilityPage, FinishPage)
START, SERVER, SIGNIN, SENDER, TEST, DELIVERABILITY, FINISH = range(len(PAGES))

DEFAULT_SIZE = (900, 680)  # tests check that a 40% longer language still fits

_ENUM_FIELDS = {"security": Security, "mechanism": AuthMechanism, "from_policy": FromPolicy}


class SetupWizard(QWizard):
    profile_saved = Signal(str)
    language_requested = Signal(str)

    def __init__(
        self, ctx: AppContext, profile: Profile | None = None, start_page: int = START
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.draft = profile.copy() if profile else Profile()
        self.password = ""
        self.test_passed = False
        self.provider_id = ""
        self.settings_source = "saved" if profile else "manual"
        self.discovered: Candidate | None = None
        self.setWindowTitle(APP_NAME)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Sa&ved setups…"))
        self.customButtonClicked.connect(self._custom_button)
        self.pages = [page_class(self) for page_class in PAGES]
        for index, page in enumerate(self.pages):
            self.setPage(index, page)
        self.setStartId(start_page)
        self.resize(*DEFAULT_SIZE)
        self.manager_requested = None
        if profile is not None:
            spawn(self.prefill_password(), self.report_error)
        else:
            spawn(self._find_keyring(), self.report_error)

    async def _find_keyring(self) -> None:
        """Which keyring backend exists is probed off the GUI thread (D-Bus)."""
        await self.ctx.secrets.resolve()
        self.pages[SIGNIN].update_storage_note()  # type: ignore[attr-defined]

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
        self.test_passed = old.test_passed
        self.provider_id = old.provider_id
        self.settings_source = old.settings_source
        self.discovered = old.discovered
        self.reload_pages()
        if old.test_page.result is not None:
            self.test_page.show_result(old.test_page.result)
        for index, page in enumerate(old.pages):
            self.pages[index].adopt_state(page)

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

    def source_text(self) -> str:
        found = self.discovered
        if self.settings_source == "discovered" and found is not None:
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
        return self.tr("Settings entered by you.")

    def apply_changes(self, changes: dict[str, Any]) -> None:
        for name, value in changes.items():
            if name in _ENUM_FIELDS:
                value = _ENUM_FIELDS[name](value)
            setattr(self.draft, name, value)
        self.settings_source = "manual"
        self.reload_pages()

    def reload_pages(self) -> None:
        for page in self.pages:
            page.reload()

    def summary_text(self) -> str:
        profile = self.draft
        security = {
            Security.SSL: "SSL/TLS",
            Security.STARTTLS: "STARTTLS",
            Security.NONE: self.tr("none"),
        }[profile.security]
        lines = [
            self.tr("Server: %1, port %2, security %3")
            .replace("%1", profile.host)
            .replace("%2", str(profile.effective_port))
            .replace("%3", security),
            self.tr("Sign-in: %1").replace(
                "%1", profile.username if profile.auth else self.tr("off")
            ),
            self.tr("From: %1").replace("%1", profile.from_address),
            self.tr("Test: passed") if self.test_passed else self.tr("Test: not passed yet"),
        ]
        return "\n".join(lines)

    # -- passwords and saving -------------------------------------------------------
    async def prefill_password(self) -> None:
        await self.ctx.secrets.resolve()
        try:
            secret = await self.ctx.secrets.get(self.draft.id)
        except SecretStoreError as exc:
            self.show_message(secret_error_text(exc))
            return
        if secret and not self.password:
            self.password = secret
            self.pages[SIGNIN].reload()

    async def save_profile(self) -> str:
        profile = self.draft.copy()
        self.ctx.profiles.put(profile)
        self.ctx.profiles.save()
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
                where = secret_error_text(exc)
        elif not profile.auth:
            await self.ctx.secrets.delete(profile.id)
        self.profile_saved.emit(profile.id)
        return where

    def test_finished(self, result: CheckResult | None) -> None:
        self.button(QWizard.WizardButton.NextButton).setEnabled(not self.test_page.running)

    # -- errors and closing ---------------------------------------------------------
    def show_message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
        box.open()

    def report_error(self, exc: BaseException) -> None:
        if isinstance(exc, SecretStoreError):
            self.show_message(secret_error_text(exc))
            return
        self.show_message(
            QCoreApplication.translate(
                "App", "Something went wrong. Your settings are still here; please try again."
            )
        )
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.manager_requested:
            self.manager_requested()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.test_page.cancel_run()  # closing the window stops a run cleanly
        super().closeEvent(event)

    def reject(self) -> None:
        self.test_page.cancel_run()
        super().reject()
