"""The Test page: Run/Cancel, the live stage checklist and transcript, and the
diagnosis with Apply-fix buttons that change the settings and run again."""

from __future__ import annotations

import asyncio
import json
import platform

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import APP_NAME, __version__
from wizard.core.deliverability import Status
from wizard.core.diagnosis import Diagnosis, Fix
from wizard.core.engine import (
    CheckRequest,
    CheckResult,
    DiagnosisMade,
    Event,
    LineAdded,
    StageFinished,
    StageStarted,
    StepStatus,
    run_check,
)
from wizard.core.export import export_profile
from wizard.core.model import AuthMechanism, FromPolicy, Profile
from wizard.core.stages import Stage
from wizard.core.transcript import to_text
from wizard.core.validation import check_address
from wizard.core.verdict import Verdict, VerdictState, now_iso
from wizard.ui.colours import badge_style, error_style
from wizard.ui.labels import policy_name, security_name
from wizard.ui.pages.base import WizardPage
from wizard.ui.tasks import spawn
from wizard.ui.transcript_view import TranscriptView


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stage", stage.label)


class TestPage(WizardPage):
    FIELDS = ("to",)

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Test"))
        self.setSubTitle(self.tr("Connect to the server and check every step, for real."))
        self.task: asyncio.Task[CheckResult | None] | None = None
        self.result: CheckResult | None = None
        self._items: dict[Stage, QTreeWidgetItem] = {}
        layout = QVBoxLayout(self)

        options = QHBoxLayout()
        self.send_radio = QRadioButton(self.tr("Send a test message &to:"))
        self.to_address = QLineEdit()
        self.to_address.setAccessibleName(self.tr("Test message recipient"))
        self.to_address.textChanged.connect(self._to_changed)
        self.check_only = QRadioButton(self.tr("Check &without sending"))
        self.send_radio.setChecked(True)
        self.send_radio.toggled.connect(self.to_address.setEnabled)
        self.send_radio.toggled.connect(self._to_changed)
        options.addWidget(self.send_radio)
        options.addWidget(self.to_address, 1)
        options.addWidget(self.check_only)
        layout.addLayout(options)
        self.to_error = QLabel()
        self.to_error.setVisible(False)
        self.to_error.setStyleSheet(error_style(self.to_error.palette()))
        layout.addWidget(self.to_error)

        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Run test"))
        self.run_button.setDefault(False)
        self.run_button.clicked.connect(self.start_run)
        self.cancel_button = QPushButton(self.tr("&Cancel test"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_run)
        self.status = QLabel()
        self.status.setWordWrap(True)  # "Out of date: …" is long, in Spanish longer
        self.status.setAccessibleName(self.tr("Test status"))
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)

        # What the last Apply fix changed, with Undo.
        fix_note_row = QHBoxLayout()
        self.fix_note = QLabel()
        self.fix_note.setWordWrap(True)
        self.fix_note.setAccessibleName(self.tr("Changed by the fix"))
        self.undo_button = QPushButton(self.tr("&Undo fix"))
        self.undo_button.clicked.connect(self.undo_fix)
        fix_note_row.addWidget(self.fix_note, 1)
        fix_note_row.addWidget(self.undo_button)
        layout.addLayout(fix_note_row)
        self._undo: dict[str, object] | None = None
        # After a fix to "always one address": the user whose mail the test stands for
        # (the From before the fix), shown in Reply-To as the application will.
        self.reply_to_user = ""
        self._show_fix_note("")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.checklist = QTreeWidget()
        self.checklist.setColumnCount(3)
        self.checklist.setHeaderLabels([self.tr("Step"), self.tr("Result"), self.tr("Time")])
        self.checklist.setRootIsDecorated(False)
        header = self.checklist.header()
        header.setStretchLastSection(False)
        # The step name takes what is left (elided, full text in its tooltip), so a long
        # "Send as … refused after the message" never pushes Result and Time out of view.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.setAccessibleName(self.tr("Test steps"))
        splitter.addWidget(self.checklist)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.transcript = TranscriptView()
        right_layout.addWidget(self.transcript, 1)
        transcript_buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save transcri&pt…"))
        self.save_button.clicked.connect(self.save_transcript)
        self.support_button = QPushButton(self.tr("Copy for &support"))
        self.support_button.clicked.connect(self.copy_for_support)
        transcript_buttons.addWidget(self.save_button)
        transcript_buttons.addWidget(self.support_button)
        transcript_buttons.addStretch(1)
        right_layout.addLayout(transcript_buttons)
        splitter.addWidget(right)
        splitter.setSizes([360, 500])
        layout.addWidget(splitter, 1)

        self.panel = QFrame()
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setObjectName("diagnosisPanel")
        panel_layout = QVBoxLayout(self.panel)
        self.diag_title = QLabel()
        self.diag_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.diag_title.setWordWrap(True)
        self.diag_text = QLabel()
        self.diag_text.setWordWrap(True)
        self.diag_detail = QLabel()
        self.diag_detail.setWordWrap(True)
        self.diag_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One fix per line: side by side they get squeezed as soon as there are
        # two or three, and Spanish labels are a quarter longer than English ones.
        self.fix_row = QVBoxLayout()
        panel_layout.addWidget(self.diag_title)
        panel_layout.addWidget(self.diag_text)
        panel_layout.addWidget(self.diag_detail)
        panel_layout.addLayout(self.fix_row)
        self.panel.setVisible(False)
        layout.addWidget(self.panel)
        self.fix_buttons: list[QPushButton] = []
        self._run_fingerprint: tuple[dict[str, str], str] = ({}, "")
        wizard.verdict_changed.connect(self.refresh_verdict)
        self.reload()

    # -- fields -------------------------------------------------------------------
    def load(self) -> None:
        if not self.to_address.text():
            self.to_address.setText(self.draft.from_address)

    def _to_changed(self) -> None:
        code = (
            check_address(self.to_address.text().strip()) if self.send_radio.isChecked() else None
        )
        from wizard.ui.pages.base import field_message

        self.to_error.setText(field_message(code) if code else "")
        self.to_error.setVisible(bool(code))
        if not self._loading:
            self.wiz.settings_changed()

    def sending(self) -> bool:
        return self.send_radio.isChecked()

    def recipient(self) -> str:
        return self.to_address.text().strip() if self.sending() else ""

    def use_run_settings(self, settings: dict[str, str]) -> None:
        """Set recipient and send/check as a saved test had them."""
        self._loading = True
        try:
            if settings.get("send") == "no":
                self.check_only.setChecked(True)
            elif settings.get("to"):
                self.send_radio.setChecked(True)
                self.to_address.setText(settings["to"])
        finally:
            self._loading = False

    def initializePage(self) -> None:
        if not self.to_address.text():
            self.to_address.setText(self.draft.from_address)

    def isComplete(self) -> bool:
        return not self.running

    def validatePage(self) -> bool:
        return not self.running

    def cleanupPage(self) -> None:
        self.cancel_run()  # leaving the page (Back) stops a run

    # -- running ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._active

    _active = False

    def request(self) -> CheckRequest:
        send = self.send_radio.isChecked()
        # Under "send as each user" the engine checks the From on screen (send as).
        return CheckRequest(
            profile=self.draft.copy(),
            password=self.wiz.password if self.draft.auth else "",
            to_address=self.to_address.text().strip() if send else "",
            send=send,
            on_behalf_of=(
                self.reply_to_user if self.draft.from_policy is FromPolicy.FIXED_FROM else ""
            ),
        )

    def start_run(self) -> None:
        if self.running:  # a double click never starts two runs
            return
        self._active = True
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        self._reset()
        # The verdict is for the settings as they are when the run starts.
        self._run_fingerprint = (self.wiz.current_settings(), self.wiz.current_secret())
        self.wiz.set_verdict(None)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Testing…"))
        self.task = spawn(self._run(self.request()), self._crashed)

    async def _run(self, request: CheckRequest) -> CheckResult | None:
        try:
            result = await run_check(request, self.on_event)
        except asyncio.CancelledError:
            if not self.wiz.gone:
                self.status.setText(self.tr("Test cancelled."))
                self._finish_run(None)
            raise
        if not self.wiz.gone:
            self._finish_run(result)
        return result

    def _crashed(self, exc: BaseException) -> None:
        if self.wiz.gone:
            return
        self._finish_run(None)
        self.status.setText(self.tr("The test stopped because of an internal error."))
        import sys

        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _finish_run(self, result: CheckResult | None) -> None:
        self.result = result
        self._active = False
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        if result is not None:
            settings, secret = self._run_fingerprint
            code = result.diagnosis.code if result.diagnosis is not None else ""
            self.wiz.set_verdict(Verdict(result.ok, code, now_iso(), settings, secret))
        self.wiz.test_finished(result)

    def refresh_verdict(self) -> None:
        """The verdict line: passed, failed or out of date, for the settings on screen."""
        if self.running:
            return
        state = self.wiz.verdict_state()
        if state is VerdictState.PASSED:
            text, status = self.tr("Test passed: the server accepted everything."), Status.PASS
        elif state is VerdictState.FAILED:
            title = self.diag_title.property("plainTitle") or (
                self.wiz.verdict.code if self.wiz.verdict else ""
            )
            text, status = self.tr("Test failed: %1").replace("%1", str(title)), Status.FAIL
        elif state is VerdictState.STALE:
            text = self.tr("Out of date: %1 Run the test again.").replace(
                "%1", self.wiz.stale_text()
            )
            status = Status.WARN
        else:
            return  # never tested, or a run just started or was cancelled: its own words
        self.status.setText(text)
        self.status.setStyleSheet(badge_style(status))

    def cancel_run(self) -> None:
        if self.running and self.task is not None:
            self.task.cancel()

    def _reset(self) -> None:
        self.transcript.clear_lines()
        self.checklist.clear()
        self._items.clear()
        self.panel.setVisible(False)
        for button in self.fix_buttons:
            # Out of the layout at once (deleteLater alone leaves it drawn until the
            # loop runs again, and a re-run may show new fixes before that).
            self.fix_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.fix_buttons.clear()

    # -- events -------------------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if isinstance(event, LineAdded):
            self.transcript.append_line(event.line)
        elif isinstance(event, StageStarted):
            item = QTreeWidgetItem([stage_label(event.stage), self.tr("Running…"), ""])
            item.setIcon(1, self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
            self.checklist.addTopLevelItem(item)
            self._items[event.stage] = item
        elif isinstance(event, StageFinished):
            step = event.step
            item = self._items.get(step.stage)
            if item is None:
                item = QTreeWidgetItem([stage_label(step.stage), "", ""])
                self.checklist.addTopLevelItem(item)
                self._items[step.stage] = item
            texts = {
                StepStatus.OK: self.tr("OK"),
                StepStatus.FAILED: self.tr("Failed"),
                StepStatus.SKIPPED: self.tr("Skipped"),
                StepStatus.RUNNING: "",
            }
            icons = {
                StepStatus.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
                StepStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
                StepStatus.SKIPPED: QStyle.StandardPixmap.SP_ArrowRight,
                StepStatus.RUNNING: QStyle.StandardPixmap.SP_BrowserReload,
            }
            item.setText(1, texts[step.status])
            if step.stage is Stage.SEND_AS and step.subject:
                # Say which address: "Send as ceo@acme.test allowed".
                label = (
                    self.tr("Send as %1 allowed")
                    if step.status is StepStatus.OK
                    else self.tr("Send as %1")
                )
                item.setText(0, label.replace("%1", step.subject))
            item.setIcon(1, self.style().standardIcon(icons[step.status]))
            if step.status is not StepStatus.SKIPPED:
                seconds = QLocale().toString(step.ms / 1000, "f", 2)
                item.setText(2, self.tr("%1 s").replace("%1", seconds))
            # The full name (it may be elided) and the server's reply.
            item.setToolTip(0, "\n".join(t for t in (item.text(0), step.reply) if t))
        elif isinstance(event, DiagnosisMade):
            self._send_as_refused_late(event.diagnosis)
            self.show_diagnosis(event.diagnosis)

    def _send_as_refused_late(self, diagnosis: Diagnosis) -> None:
        """Exchange and Postfix header_checks accept the envelope and refuse "send as"
        after the message: the earlier step must not keep saying "allowed"."""
        item = self._items.get(Stage.SEND_AS)
        if (
            item is None
            or diagnosis.code != "SENDER_NOT_ALLOWED"
            or diagnosis.stage is not Stage.DATA
        ):
            return
        address = diagnosis.params.get("sender", "")
        item.setText(0, self.tr("Send as %1 refused after the message").replace("%1", address))
        item.setToolTip(0, item.text(0))
        item.setText(1, self.tr("Failed"))
        item.setIcon(1, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))

    def show_result(self, result: CheckResult) -> None:
        """Show a finished run again (the language changed): same events, new words."""
        self._reset()
        self.result = result
        for line in result.transcript:
            self.on_event(LineAdded(line))
        for step in result.steps:
            self.on_event(StageFinished(step))
        if result.diagnosis is not None:
            self.on_event(DiagnosisMade(result.diagnosis))
        elif result.ok:
            self.status.setText(self.tr("Test passed: the server accepted everything."))

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        title, explanation = diagnosis.render(QCoreApplication.translate)
        self.diag_title.setText(f"{title}  [{diagnosis.code}]")
        self.diag_title.setProperty("plainTitle", title)
        self.diag_text.setText(explanation)
        self.diag_detail.setText(
            self.tr("Details: %1").replace("%1", diagnosis.detail) if diagnosis.detail else ""
        )
        self.diag_detail.setVisible(bool(diagnosis.detail))
        for fix in diagnosis.fixes:
            if fix.goto is not None:
                button = QPushButton(
                    self.tr("Go to: %1").replace("%1", QCoreApplication.translate("Fix", fix.label))
                )
                button.clicked.connect(lambda _=False, f=fix: self.apply_fix(f))
                self.fix_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.fix_buttons.append(button)
                continue
            if not fix.applicable:
                note = QLabel("• " + QCoreApplication.translate("Fix", fix.label))
                note.setWordWrap(True)
                self.fix_row.addWidget(note)
                self.fix_buttons.append(note)  # type: ignore[arg-type]
                continue
            button = QPushButton(
                self.tr("Apply fix: %1").replace("%1", QCoreApplication.translate("Fix", fix.label))
            )
            button.clicked.connect(lambda _=False, f=fix: self.apply_fix(f))
            self.fix_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.fix_buttons.append(button)
        self.status.setText(self.tr("Test failed: %1").replace("%1", title))
        self.panel.setAccessibleName(title)
        self.panel.setAccessibleDescription(explanation)
        self.panel.setVisible(True)

    def apply_fix(self, fix: Fix) -> None:
        """Apply a fix, say what it changed (before → after) and run again; a fix that
        needs the user takes them to the field instead."""
        if fix.goto is not None:
            self.wiz.go_to(*fix.goto)
            return
        before = self.draft.copy()
        self._undo = self.wiz.apply_changes(fix.changes)
        self.reply_to_user = reply_to_user(before, self.draft)
        self._show_fix_note(describe_changes(before, self.draft))
        self.start_run()

    def undo_fix(self) -> None:
        if self._undo is not None:
            self.wiz.apply_changes(self._undo)
            self._undo = None
        self.reply_to_user = ""
        self._show_fix_note("")

    def adopt_state(self, old: WizardPage) -> None:
        """A rebuilt window (new language) keeps the fix's Undo and its user."""
        super().adopt_state(old)
        assert isinstance(old, TestPage)
        self._undo, self.reply_to_user = old._undo, old.reply_to_user
        if old._fix_changes:
            self._show_fix_note(old._fix_changes)

    _fix_changes = ""

    def _show_fix_note(self, text: str) -> None:
        self._fix_changes = text
        # A non-breaking hyphen: "Reply-" and "To" never end up on two lines.
        text = text.replace("Reply-To", "Reply\u2011To")
        self.fix_note.setText(self.tr("Changed by the fix: %1").replace("%1", text) if text else "")
        self.fix_note.setVisible(bool(text))
        self.undo_button.setVisible(bool(text))

    # -- transcript actions -------------------------------------------------------
    def transcript_text(self) -> str:
        return to_text(self.transcript.lines)

    def save_transcript(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save transcript"), "smtp-transcript.txt", self.tr("Text files (*.txt)")
        )
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(self.transcript_text())

    def support_text(self) -> str:
        settings = export_profile(self.draft, "json")  # never includes the password
        code = ""
        if self.result is not None and self.result.diagnosis is not None:
            code = self.result.diagnosis.code
        header = {
            "app": f"{APP_NAME} {__version__}",
            "os": platform.platform(),
            "python": platform.python_version(),
            "diagnosis": code,
        }
        return (
            json.dumps(header, indent=2)
            + "\n\nSettings:\n"
            + settings
            + "\nTranscript:\n"
            + self.transcript_text()
        )

    def copy_for_support(self) -> None:
        QGuiApplication.clipboard().setText(self.support_text())
        self.status.setText(self.tr("Copied: transcript, app version and settings (no password)."))


def describe_changes(before, after) -> str:  # type: ignore[no-untyped-def]
    """ "Port: 25 → 465; From: ceo@acme.test → ops@acme.test; Reply-To: ceo@acme.test"."""
    translate = QCoreApplication.translate
    on, off = translate("TestPage", "on"), translate("TestPage", "off")
    automatic = translate("TestPage", "automatic")

    def mechanism(value: AuthMechanism) -> str:
        return automatic if value is AuthMechanism.AUTO else value.value

    parts: list[str] = []
    rows = (
        (translate("TestPage", "Port"), str(before.effective_port), str(after.effective_port)),
        (
            translate("TestPage", "Security"),
            security_name(before.security),
            security_name(after.security),
        ),
        (
            translate("TestPage", "Sign-in"),
            on if before.auth else off,
            on if after.auth else off,
        ),
        (
            translate("TestPage", "Sign-in method"),
            mechanism(before.mechanism),
            mechanism(after.mechanism),
        ),
        (
            translate("TestPage", "From policy"),
            policy_name(before.from_policy),
            policy_name(after.from_policy),
        ),
        (translate("TestPage", "From"), before.from_address, after.from_address),
    )
    for label, old, new in rows:
        if old != new:
            parts.append(f"{label}: {old} → {new}")
    if user := reply_to_user(before, after):
        # The address the user wanted keeps receiving the replies.
        parts.append(translate("TestPage", "Reply-To: %1").replace("%1", user))
    return "; ".join(parts)


def reply_to_user(before: Profile, after: Profile) -> str:
    """The From a fix replaced under "always one address": it becomes the Reply-To."""
    if (
        after.from_policy is FromPolicy.FIXED_FROM
        and before.from_address
        and before.from_address.lower() != after.from_address.lower()
    ):
        return before.from_address
    return ""
