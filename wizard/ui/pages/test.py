"""The Test page: Run/Cancel, the result banner, the live stage checklist and
transcript, and the diagnosis with its fixes.

The banner says what a pass proved (who sent to whom, accepted by which server,
queued under which id) or, for a failure, the diagnosis and its main action:
apply a change and run again, go to the field to change, open the provider's
help page, run again, or why nothing here can help (docs/DIAGNOSES.md).
"""

from __future__ import annotations

import asyncio
import json
import platform
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
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
from wizard.core.diagnosis import Code, Diagnosis, Fix, FixKind
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
from wizard.core.proof import proof_of
from wizard.core.stages import Stage
from wizard.core.status import Status
from wizard.core.tls import TlsInfo
from wizard.core.transcript import to_text
from wizard.core.validation import MESSAGES, check_address
from wizard.core.verdict import Verdict, VerdictState
from wizard.ui.colours import badge_style, error_style
from wizard.ui.labels import policy_name, security_name
from wizard.ui.pages.base import WizardPage, field_message
from wizard.ui.tasks import BusyWork
from wizard.ui.transcript_view import TranscriptView

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stage", stage.label)


def fill(template: str, *values: str) -> str:
    """%1, %2, ... replaced in one pass (a value that contains "%2" stays as it is)."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m[0],
        template,
    )


BANNER_ICONS = {
    Status.PASS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.FAIL: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Status.WARN: QStyle.StandardPixmap.SP_MessageBoxWarning,
}


class TestPage(WizardPage):
    FIELDS = ("to",)

    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Test"))
        self.setSubTitle(self.tr("Connect to the server and check every step, for real."))
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
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        # Next waits while a test runs (isComplete), so each change re-asks it.
        self.work: BusyWork[CheckResult] = BusyWork(
            self.run_button,
            self.cancel_button,
            gone=lambda: self.wiz.gone,
            changed=self.completeChanged.emit,
        )
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The result banner: the verdict line, what it proved or the diagnosis's
        # main action. Everything wraps: Spanish is a quarter longer, and the window
        # never widens for it.
        self.banner = QFrame()
        self.banner.setObjectName("resultBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(6, 6, 6, 6)
        banner_layout.setSpacing(4)
        headline = QHBoxLayout()
        self.banner_icon = QLabel()
        self.banner_icon.setAccessibleName(self.tr("Result"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # outside words are not HTML
        self.status.setWordWrap(True)  # "Out of date: …" is long, in Spanish longer
        self.status.setAccessibleName(self.tr("Test status"))
        headline.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        headline.addWidget(self.status, 1)
        banner_layout.addLayout(headline)
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        self.banner_text.setObjectName("bannerText")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.banner_text)
        # The diagnosis's main action (its first fix) goes here.
        self.banner_action = QVBoxLayout()
        banner_layout.addLayout(self.banner_action)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

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
        self._undo: Fix | None = None
        # After a fix to "always one address": the user whose mail the test stands for
        # (the From before the fix), shown in Reply-To as the application will.
        self.reply_to_user = ""
        self._show_fix_note("")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.checklist = QTreeWidget()
        self.checklist.setColumnCount(3)
        self.checklist.setHeaderLabels([self.tr("Step"), self.tr("Result"), self.tr("Time")])
        self.checklist.setRootIsDecorated(False)
        # A skipped step's reason sits on a line under it, set in a little.
        self.checklist.setIndentation(12)
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
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        transcript_buttons.addWidget(self.save_button)
        transcript_buttons.addWidget(self.support_button)
        transcript_buttons.addWidget(self.copied, 1)
        right_layout.addLayout(transcript_buttons)
        splitter.addWidget(right)
        # The steps need their names whole (the step list beside the pages took width):
        # _fit_checklist widens the list to its longest name as steps arrive.
        splitter.setSizes([430, 430])
        self.splitter = splitter
        layout.addWidget(splitter, 1)

        self.panel = QFrame()
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setObjectName("diagnosisPanel")
        panel_layout = QVBoxLayout(self.panel)
        self.diag_title = QLabel()
        self.diag_title.setTextFormat(Qt.TextFormat.PlainText)  # server words are not HTML
        self.diag_title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.diag_title.setWordWrap(True)
        self.diag_text = QLabel()
        self.diag_text.setTextFormat(Qt.TextFormat.PlainText)
        self.diag_text.setWordWrap(True)
        self.diag_detail = QLabel()
        self.diag_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.diag_detail.setWordWrap(True)
        self.diag_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The code is for support staff and the CLI's JSON; an admin reads the title.
        self.diag_code = QLabel()
        self.diag_code.setTextFormat(Qt.TextFormat.PlainText)
        self.diag_code.setObjectName("diagnosisCode")
        self.diag_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # One fix per line: side by side they get squeezed as soon as there are
        # two or three, and Spanish labels are a quarter longer than English ones.
        self.fix_row = QVBoxLayout()
        panel_layout.addWidget(self.diag_title)
        panel_layout.addWidget(self.diag_text)
        # The code shares the details' line: no line of its own to take height from.
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.diag_detail, 1)
        detail_row.addWidget(self.diag_code, 0, Qt.AlignmentFlag.AlignTop)
        panel_layout.addLayout(detail_row)
        panel_layout.addLayout(self.fix_row)
        self.panel.setVisible(False)
        layout.addWidget(self.panel)
        # One widget per fix of the diagnosis shown: the first in the banner, the
        # others in the panel; a fix with nothing to press is a label saying why.
        self.fix_buttons: list[QWidget] = []
        self._main_note = ""  # said in the banner under a failure (a retry's advice)
        # "Trust this certificate?" with the certificate's details, while it is open.
        self.trust_box: QMessageBox | None = None
        self.shown_diagnosis: Diagnosis | None = None
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
        self.to_error.setText(field_message(code) if code else "")
        self.to_error.setVisible(bool(code))
        if not self._loading:
            self.wiz.settings_changed()

    def sending(self) -> bool:
        return self.send_radio.isChecked()

    def recipient(self) -> str:
        return self.to_address.text().strip() if self.sending() else ""

    def run_settings(self) -> dict[str, str]:
        """The test options as ``use_run_settings`` takes them (a rebuilt window keeps them)."""
        if not self.sending():
            return {"send": "no"}
        return {"send": "yes", "to": self.to_address.text().strip()}

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
        self.wiz.warm_tls()  # the CA file may have changed since start-up

    def isComplete(self) -> bool:
        return not self.running

    def validatePage(self) -> bool:
        return not self.running

    def cleanupPage(self) -> None:
        self.cancel_run()  # leaving the page (Back) stops a run

    # -- running ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.work.running

    @property
    def task(self) -> asyncio.Task[CheckResult] | None:
        return self.work.task

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
            expected_auth=self.draft.last_test.auth_used if self.draft.last_test else "",
        )

    def start_run(self) -> None:
        if self.running:  # a double click never starts two runs
            return
        self._reset()
        # The verdict is for the settings as they are when the run starts.
        self._run_fingerprint = (self.wiz.current_settings(), self.wiz.current_secret())
        self.wiz.set_verdict(None)
        self._banner(None, self.tr("Testing…"))
        # BusyWork brings the buttons back however the run ends (also when it is
        # cancelled before its first step) and hands an unexpected error to the app's
        # exception hook after _run_done has said so on the page.
        self.work.start(run_check(self.request(), self.on_event), self._run_done)

    def _run_done(self, task: asyncio.Task[CheckResult]) -> None:
        if task.cancelled():
            self._banner(None, self.tr("Test cancelled."))
            self._finish_run(None)
        elif task.exception() is not None:
            self._finish_run(None)
            self._banner(None, self.tr("The test stopped because of an internal error."))
        else:
            self._finish_run(task.result())

    def _finish_run(self, result: CheckResult | None) -> None:
        self.result = result
        if result is not None:
            settings, secret = self._run_fingerprint
            self.wiz.set_verdict(Verdict.of(result, settings, secret))
        self.wiz.test_finished(result)

    def refresh_verdict(self) -> None:
        """The banner: passed (and what that proved), failed (and the main action) or
        out of date, for the settings on screen."""
        if self.running:
            return
        state = self.wiz.verdict_state()
        # e.g. the sign-in method that passed last time is no longer offered (issue 13):
        # said under the verdict, not only in the transcript.
        warnings = list(self.result.warnings) if self.result is not None else []
        if state is VerdictState.PASSED:
            self._banner(
                Status.PASS,
                self.tr("Test passed: the server accepted everything."),
                "\n".join(filter(None, [self.proof(), *warnings])),
            )
        elif state is VerdictState.FAILED:
            title = self.diag_title.property("plainTitle") or (
                self.wiz.verdict.code if self.wiz.verdict else ""
            )
            text = self.tr("Test failed: %1").replace("%1", str(title))
            note = "\n".join(filter(None, [self._main_note, *warnings]))
            self._banner(Status.FAIL, text, note, action=True)
        elif state is VerdictState.STALE:
            text = self.tr("Out of date: %1 Run the test again.").replace(
                "%1", self.wiz.stale_text()
            )
            self._banner(Status.WARN, text)
        # else: never tested, or a run just started or was cancelled: its own words

    def _banner(
        self, status: Status | None, headline: str, text: str = "", action: bool = False
    ) -> None:
        """Show the banner: a headline (a badge for a verdict), a line under it, and
        the diagnosis's main action when ``action`` (only while the failure holds)."""
        self.status.setText(headline)
        self.status.setStyleSheet(badge_style(status) if status is not None else "")
        icon = BANNER_ICONS.get(status) if status is not None else None
        if icon is not None:
            size = self.status.fontMetrics().height()
            self.banner_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        else:
            self.banner_icon.clear()
        self.banner_icon.setVisible(icon is not None)
        self.banner_text.setText(text)
        self.banner_text.setVisible(bool(text))
        for index in range(self.banner_action.count()):
            layout_item = self.banner_action.itemAt(index)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.setVisible(action)
        # A screen reader hears the verdict and what it means as one thing.
        self.banner.setAccessibleName(headline)
        self.banner.setAccessibleDescription(text)
        self.banner.setVisible(bool(headline))

    def proof(self) -> str:
        """What the last pass proved, in words; "" when not known (a saved verdict)."""
        verdict = self.wiz.verdict
        if self.result is None or verdict is None:
            return ""
        found = proof_of(self.result, verdict.settings.get("from_address", ""))
        if found is None:
            return ""
        host = verdict.settings.get("host", "")
        if not found.sent:
            template = self.tr("Mail from %1 to %2 would be accepted by %3; no message was sent.")
            return fill(template, found.sender, found.recipient, host)
        if found.queue_id:
            template = self.tr("Mail from %1 to %2 was accepted by %3; queued as %4.")
            return fill(template, found.sender, found.recipient, host, found.queue_id)
        template = self.tr("Mail from %1 to %2 was accepted by %3, which replied: %4")
        return fill(template, found.sender, found.recipient, host, found.reply)

    def cancel_run(self) -> None:
        self.work.cancel()

    def _reset(self) -> None:
        self.transcript.clear_lines()
        self.checklist.clear()
        self._items.clear()
        self.panel.setVisible(False)
        for button in self.fix_buttons:
            # Out of the layout at once (deleteLater alone leaves it drawn until the
            # loop runs again, and a re-run may show new fixes before that).
            self.fix_row.removeWidget(button)
            self.banner_action.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.fix_buttons.clear()
        self._main_note = ""
        self.shown_diagnosis = None
        if self.trust_box is not None:  # a question about a failure no longer shown
            self.trust_box.close()
            self.trust_box = None
        self.diag_title.setProperty("plainTitle", "")
        self.copied.clear()

    def _fit_checklist(self) -> None:
        """Widen the steps beside the transcript until their longest name shows whole
        ("Búsqueda del nombre del servidor" was elided at the minimum width), leaving
        the transcript at least 40 % (it scrolls sideways; the names do not)."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        view = self.checklist
        header = view.header()
        needed = (
            view.sizeHintForColumn(0)
            + header.sectionSize(1)
            + header.sectionSize(2)
            + 2 * view.frameWidth()
            + view.indentation()
            + view.verticalScrollBar().sizeHint().width()
        )
        want = min(needed, int(total * 0.6))
        if sizes[0] < want:
            self.splitter.setSizes([want, total - want])

    # -- events -------------------------------------------------------------------
    def on_event(self, event: Event) -> None:
        if isinstance(event, LineAdded):
            self.transcript.append_line(event.line)
        elif isinstance(event, StageStarted):
            item = QTreeWidgetItem([stage_label(event.stage), self.tr("Running…"), ""])
            item.setIcon(1, self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
            self.checklist.addTopLevelItem(item)
            self._items[event.stage] = item
            self._fit_checklist()
        elif isinstance(event, StageFinished):
            step = event.step
            found = self._items.get(step.stage)
            if found is not None:
                item = found
            else:
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
            self._fit_checklist()
            if step.status is StepStatus.SKIPPED and step.reason:
                self._say_why_skipped(item, step.stage, step.reason)
        elif isinstance(event, DiagnosisMade):
            self._send_as_refused_late(event.diagnosis)
            self.show_diagnosis(event.diagnosis)

    def _say_why_skipped(self, item: QTreeWidgetItem, stage: Stage, reason: str) -> None:
        """ "Skipped" with its reason: on a line of its own under the step, across the
        whole list (the step's name column is narrow and elides), in the row's tooltip,
        and in what a screen reader says for the Result cell."""
        why = QCoreApplication.translate("Step", reason)
        said = self.tr("Skipped — %1").replace("%1", why)
        for column in range(self.checklist.columnCount()):
            item.setToolTip(column, stage_label(stage) + "\n" + said)
        item.setData(1, Qt.ItemDataRole.AccessibleTextRole, said)
        line = QTreeWidgetItem([why])
        line.setToolTip(0, said)
        line.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = line.font(0)
        font.setItalic(True)
        line.setFont(0, font)
        item.addChild(line)
        line.setFirstColumnSpanned(True)
        item.setExpanded(True)

    def _send_as_refused_late(self, diagnosis: Diagnosis) -> None:
        """Exchange and Postfix header_checks accept the envelope and refuse "send as"
        after the message: the earlier step must not keep saying "allowed"."""
        item = self._items.get(Stage.SEND_AS)
        if (
            item is None
            or diagnosis.code != Code.SENDER_NOT_ALLOWED
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
        self.refresh_verdict()

    def show_diagnosis(self, diagnosis: Diagnosis) -> None:
        """The failure banner (title and main action) and the panel under it
        (explanation, details, the other fixes); the failing line in the transcript."""
        self.shown_diagnosis = diagnosis
        title, explanation = diagnosis.render(QCoreApplication.translate)
        self.diag_title.setText(title)
        self.diag_code.setText(self.tr("Code for support: %1").replace("%1", diagnosis.code))
        self.diag_title.setProperty("plainTitle", title)
        self.diag_text.setText(explanation)
        detail = diagnosis.detail
        if diagnosis.params.get("tls_reason"):
            # The banner shows the certificate: the details keep OpenSSL's reason only.
            detail = diagnosis.params["tls_reason"]
        if diagnosis.code == Code.INVALID_INPUT and diagnosis.params.get("error") in MESSAGES:
            # "to: address.invalid" is for programs; the field's own message is for people.
            detail = field_message(diagnosis.params["error"])
        self.diag_detail.setText(self.tr("Details: %1").replace("%1", detail) if detail else "")
        self.diag_detail.setVisible(bool(detail))
        for index, fix in enumerate(diagnosis.fixes):
            widget = self.fix_widget(fix, main=index == 0)
            # A button as wide as its words; a reason as wide as the banner (it wraps).
            align = (
                Qt.AlignmentFlag(0) if isinstance(widget, QLabel) else Qt.AlignmentFlag.AlignLeft
            )
            (self.banner_action if index == 0 else self.fix_row).addWidget(widget, 0, align)
            self.fix_buttons.append(widget)
        main = diagnosis.fixes[0] if diagnosis.fixes else None
        notes = [
            QCoreApplication.translate("Fix", main.label)
            if main is not None and main.kind is FixKind.RETRY and main.id != "run_again"
            else "",
            # A certificate failure names the certificate where the user looks first.
            self.certificate_text(diagnosis.params),
        ]
        self._main_note = "\n".join(note for note in notes if note)
        self._banner(
            Status.FAIL, self.tr("Test failed: %1").replace("%1", title), self._main_note, True
        )
        self.panel.setAccessibleName(title)
        self.panel.setAccessibleDescription(explanation)
        self.panel.setVisible(True)
        self.transcript.show_failure()

    def certificate_text(self, params: dict[str, str]) -> str:
        """The certificate a failure is about, one detail per line ("" when none).
        Certificate texts were made printable by the engine; the label is plain text."""
        info = TlsInfo.from_params(params)
        if info is None:
            return ""
        lines = [
            self.tr("Certificate: %1").replace("%1", info.subject or "-"),
            self.tr("Issued by: %1").replace("%1", info.issuer or "-"),
            fill(
                self.tr("Names: %1; valid from %2 until %3"),
                ", ".join(info.sans) or "-",
                info.not_before,
                info.not_after,
            ),
            self.tr("SHA-256 fingerprint: %1").replace("%1", info.sha256),
        ]
        if params.get("pinned"):
            lines.append(
                self.tr("Trusted (pinned) fingerprint: %1").replace("%1", params["pinned"])
            )
        return "\n".join(lines)

    def fix_widget(self, fix: Fix, main: bool = False) -> QWidget:
        """A button that does what the fix says, or a label when nothing can be pressed."""
        label = QCoreApplication.translate("Fix", fix.label)
        kind = fix.kind
        if kind is FixKind.NONE:
            note = QLabel(label if main else "• " + label)
            note.setWordWrap(True)
            note.setObjectName("fixReason")
            return note
        text = {
            FixKind.APPLY: self.tr("Apply fix: %1"),
            FixKind.GOTO: self.tr("Go to: %1"),
            FixKind.HELP: self.tr("Open in browser: %1"),
            FixKind.RETRY: self.tr("Run the test again"),
        }[kind].replace("%1", label)
        button = QPushButton(text)
        button.setObjectName("fix_" + kind.value)
        if kind is FixKind.HELP:
            button.setToolTip(fix.help_url)
            button.setAccessibleDescription(fix.help_url)
        elif kind is FixKind.RETRY:
            button.setToolTip(label)
        button.clicked.connect(lambda _=False, f=fix: self.apply_fix(f))
        return button

    def apply_fix(self, fix: Fix) -> None:
        """Do what the fix says: apply its changes, say what they changed (before →
        after) and run again; take the user to the field; open the help page; or run
        the test again as it is."""
        kind = fix.kind
        if kind is FixKind.GOTO:
            assert fix.goto is not None
            self.go_to(*fix.goto)
            return
        if kind is FixKind.HELP:
            self.open_url(fix.help_url)
            return
        if kind is FixKind.RETRY:
            self.start_run()
            return
        if kind is FixKind.NONE:
            return
        if fix.pins_certificate:
            self.confirm_trust(fix)  # the user sees what they trust before it is applied
            return
        self._apply(fix)

    def confirm_trust(self, fix: Fix) -> None:
        """Ask before pinning a certificate, showing its fingerprint, issuer, names and
        dates; "Trust this certificate" applies the fix (with Undo, as every fix)."""
        params = self.shown_diagnosis.params if self.shown_diagnosis is not None else {}
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Trust this certificate?"),
            self.tr(
                "Trust this certificate only if you know it is your server's: compare its "
                "fingerprint with the one your mail server's administrator gives you."
            ),
            parent=self,
        )
        # Certificate names are outside text; in Qt 6 this also covers the informative
        # text (tests/gui/test_certificate_trust.py checks that label).
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.certificate_text(params)
            + "\n\n"
            + self.tr(
                "From now on this setup accepts this one certificate, without checking a "
                "certificate authority or the server name, and refuses any other before "
                "signing in."
            )
        )
        # No mnemonics: a stray key typed as it opens must not trust anything; Escape and
        # Enter both keep things as they are.
        trust = box.addButton(
            QCoreApplication.translate("Fix", fix.label), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(self.tr("Don't trust it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button: object) -> None:
            self.trust_box = None
            if button is trust:
                self._apply(fix)

        box.buttonClicked.connect(answered)
        self.trust_box = box
        box.open()

    def _apply(self, fix: Fix) -> None:
        before = self.draft.copy()
        self._undo = fix.undo(before)
        self.wiz.use_settings(fix.apply(before))
        self.reply_to_user = reply_to_user(before, self.draft)
        self._show_fix_note(describe_changes(before, self.draft))
        self.start_run()

    def go_to(self, page: str, field: str) -> None:
        """The field to change: this page's own ("test") here, the others' in the wizard."""
        if page != "test":
            self.wiz.go_to(page, field)
            return
        if field == "to":
            # A recipient is only used when a message is sent (else the From is).
            self.send_radio.setChecked(True)
            self.to_address.setFocus()
            self.to_address.selectAll()

    def open_url(self, url: str) -> None:
        """The help page in the user's browser (tests replace this)."""
        QDesktopServices.openUrl(QUrl(url))

    def undo_fix(self) -> None:
        if self._undo is not None:
            self.wiz.use_settings(self._undo.apply(self.draft))
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
        # Start in Documents (or home), never the folder the app happened to start in.
        documents = Path.home() / "Documents"
        folder = documents if documents.is_dir() else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save transcript"),
            str(folder / "smtp-transcript.txt"),
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(self.transcript_text())
        except OSError as exc:
            self.copied.setText(
                self.tr("Could not save %1: %2")
                .replace("%1", path)
                .replace("%2", exc.strerror or "")
            )
            return
        self.copied.setText(self.tr("Saved as %1.").replace("%1", path))

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
        # Beside the button, not in the banner: the verdict stays what it was.
        self.copied.setText(self.tr("Copied: transcript, app version and settings (no password)."))


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
        (
            translate("TestPage", "Trusted certificate"),
            short_pin(before.cert_pin) or translate("TestPage", "none"),
            short_pin(after.cert_pin) or translate("TestPage", "none"),
        ),
    )
    for label, old, new in rows:
        if old != new:
            parts.append(f"{label}: {old} → {new}")
    if user := reply_to_user(before, after):
        # The address the user wanted keeps receiving the replies.
        parts.append(translate("TestPage", "Reply-To: %1").replace("%1", user))
    return "; ".join(parts)


def short_pin(pin: str) -> str:
    """ "SHA-256 3E:A9:72:74…4A:42": enough to tell two pins apart in a sentence."""
    # No line break inside it (a no-break space, a word joiner after the ellipsis).
    return f"SHA-256\u00a0{pin[:11]}…\u2060{pin[-5:]}" if pin else ""


def reply_to_user(before: Profile, after: Profile) -> str:
    """The From a fix replaced under "always one address": it becomes the Reply-To."""
    if (
        after.from_policy is FromPolicy.FIXED_FROM
        and before.from_address
        and before.from_address.lower() != after.from_address.lower()
    ):
        return before.from_address
    return ""
