"""Deliverability: SPF, DMARC, MX and blocklists for the From domain and server.

The checks start when the page opens (they only read DNS), run on the asyncio
loop and can be stopped. Each result shows its status as a word and a symbol,
never as colour alone, and the record to publish with a Copy button.

Results come most important first (what gets mail refused, then records to
publish, then what is fine, then what could not be checked), and the summary
reads as advice: after a passing test the mail *was* accepted, and what follows
is how to keep it out of spam, not an error.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.core.deliverability import STATUS_LABELS, Finding, Report, Status, check_domain
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.validation import address_domain
from wizard.ui.colours import BADGE_TEXT, BADGES
from wizard.ui.pages.base import WizardPage
from wizard.ui.tasks import BusyWork

if TYPE_CHECKING:
    from wizard.ui.pages.host import WizardHost

_SYMBOLS = {Status.PASS: "✔", Status.WARN: "⚠", Status.FAIL: "✖", Status.UNKNOWN: "?"}

# What each kind of check is, in one line under the finding's title: an admin who has
# never heard of SPF should not need a search engine to follow the advice.
WHAT_IT_IS = {
    "spf": QT_TRANSLATE_NOOP(
        "DeliverabilityPage",
        "SPF: the list, published in your domain's DNS, of the servers allowed to send its mail.",
    ),
    "dmarc": QT_TRANSLATE_NOOP(
        "DeliverabilityPage",
        "DMARC: tells receivers what to do with mail that uses your domain but fails the SPF "
        "and DKIM (signature) checks.",
    ),
    "mx": QT_TRANSLATE_NOOP(
        "DeliverabilityPage", "MX: the servers that receive mail for your domain."
    ),
    "dnsbl": QT_TRANSLATE_NOOP(
        "DeliverabilityPage", "Blocklists: public lists of addresses known to send spam."
    ),
}


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class FindingView(QFrame):
    def __init__(self, finding: Finding) -> None:
        super().__init__()
        self.finding = finding
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title, explanation = finding.render(translate)
        status = translate("Deliverability", STATUS_LABELS[finding.status])
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.badge = QLabel(f"{_SYMBOLS[finding.status]} {status}")
        self.badge.setObjectName("statusBadge")
        self.badge.setStyleSheet(
            f"background: {BADGES[finding.status]}; color: {BADGE_TEXT}; padding: 2px 8px;"
            "border-radius: 3px; font-weight: bold;"
        )
        self.title = QLabel(f"<b>{_escape(title)}</b>")
        self.title.setWordWrap(True)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        what = WHAT_IT_IS.get(finding.check)
        if what:
            self.what = QLabel(translate("DeliverabilityPage", what))
            self.what.setObjectName("whatItIs")
            self.what.setWordWrap(True)
            self.what.setTextFormat(Qt.TextFormat.PlainText)
            self.what.setStyleSheet("font-style: italic;")
            layout.addWidget(self.what)
        self.explanation = QLabel(explanation)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # DNS words are not HTML
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)
        self.setAccessibleName(f"{status}: {title}")
        self.setAccessibleDescription(explanation)
        if finding.record:
            where = QLabel(
                QCoreApplication.translate(
                    "DeliverabilityPage", "DNS record to publish (type TXT) at %1:"
                ).replace("%1", finding.record_name)
            )
            record = QLineEdit(finding.record)
            where.setTextFormat(Qt.TextFormat.PlainText)
            record.setReadOnly(True)
            record.setAccessibleName(where.text())
            where.setBuddy(record)
            self.copy_button = QPushButton(QCoreApplication.translate("DeliverabilityPage", "Copy"))
            self.copy_button.setAccessibleName(
                QCoreApplication.translate("DeliverabilityPage", "Copy the record")
            )
            self.copied = QLabel()
            # Room for the confirmation from the start: the record does not jump when it shows.
            self.copied.setMinimumWidth(
                self.copied.fontMetrics().horizontalAdvance(self._copied_text())
            )
            self.copy_button.clicked.connect(self.copy_record)
            row = QHBoxLayout()
            row.addWidget(record, 1)
            row.addWidget(self.copy_button)
            row.addWidget(self.copied)
            layout.addWidget(where)
            layout.addLayout(row)
        elif finding.detail.lower().startswith("v="):  # the record as published
            found = QLabel(
                QCoreApplication.translate("DeliverabilityPage", "Record found: %1").replace(
                    "%1", finding.detail
                )
            )
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.setWordWrap(True)
            found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(found)

    def copy_record(self) -> None:
        QGuiApplication.clipboard().setText(self.finding.record)
        self.copied.setText(self._copied_text())

    @staticmethod
    def _copied_text() -> str:
        return QCoreApplication.translate("DeliverabilityPage", "Copied.")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DeliverabilityPage(WizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deliverability"))
        self.setSubTitle(
            self.tr(
                "Will your mail land in the inbox? These checks read public DNS records; "
                "nothing is sent. You can go on whatever they say."
            )
        )
        self.report: Report | None = None
        self.checked_for: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Check again"))
        self.run_button.clicked.connect(self.start_checks)
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_checks)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)  # the advice gets the page's full width
        self.findings_scroll = QScrollArea()
        self.findings_scroll.setWidgetResizable(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.addStretch(1)
        self.findings_scroll.setWidget(self.list_widget)
        layout.addWidget(self.findings_scroll, 1)
        self.views: list[FindingView] = []
        self.work: BusyWork[Report] = BusyWork(
            self.run_button, self.cancel_button, busy=self.busy, gone=lambda: self.wiz.gone
        )
        # "Your mail was accepted" holds only while the pass holds for these settings.
        wizard.verdict_changed.connect(self._summarize)

    @property
    def running(self) -> bool:
        return self.work.running

    @property
    def task(self) -> asyncio.Task[Report] | None:
        return self.work.task

    def target(self) -> tuple[str, str]:
        address = self.draft.from_address
        return (address_domain(address) if "@" in address else ""), self.draft.host

    def initializePage(self) -> None:
        if self.checked_for != self.target() and not self.running:
            self.start_checks()

    def cleanupPage(self) -> None:
        self.cancel_checks()

    def start_checks(self) -> None:
        if self.running:
            return
        domain, server = self.target()
        if not domain:
            self.status.setText(self.tr("Enter the From address on the first page first."))
            return
        self._clear()
        self.report = None  # the summary of the old results no longer applies
        self.status.setText(
            self.tr("Checking %1 and the server %2…").replace("%1", domain).replace("%2", server)
        )
        ctx = self.wiz.ctx
        # An unexpected error reaches the app's exception hook (BusyWork).
        self.work.start(check_domain(domain, server, ctx.dns, ctx.blocklists), self._done)
        self.checked_for = (domain, server)

    def cancel_checks(self) -> None:
        self.work.cancel()

    def _done(self, task: asyncio.Task[Report]) -> None:
        if task.cancelled():
            self.checked_for = None
            self.status.setText(self.tr("Stopped."))
            return
        if task.exception() is not None:
            self.checked_for = None
            self.status.setText(self.tr("The checks stopped because of an internal error."))
            return
        self.show_report(task.result())

    def show_report(self, report: Report) -> None:
        self._clear()
        self.report = report
        for finding in sorted(report.findings, key=lambda f: f.importance):
            view = FindingView(finding)
            self.list_layout.insertWidget(self.list_layout.count() - 1, view)
            self.views.append(view)
        self._summarize()

    def _summarize(self) -> None:
        """What the results mean, as advice, then how many of each."""
        if self.report is None or self.running:
            return
        findings = self.report.findings
        counts = {s: sum(f.status is s for f in findings) for s in Status}
        domain = self.report.domain
        if counts[Status.FAIL]:
            advice = self.tr(
                "Receivers may refuse or junk mail from %1 until the problems at the top are fixed."
            )
        elif any(f.status is Status.WARN and f.record for f in findings):
            advice = self.tr(
                "To make sure mail from %1 is not marked as spam, publish the recommended "
                "records below."
            )
        elif counts[Status.WARN]:
            advice = self.tr(
                "To make sure mail from %1 is not marked as spam, follow the recommendations below."
            )
        elif counts[Status.UNKNOWN]:
            advice = self.tr("Everything that could be checked for %1 looks right.")
        else:
            advice = self.tr("Everything checked for %1 looks right.")
        advice = advice.replace("%1", domain)
        if self.wiz.test_passed:
            advice = self.tr("Your mail was accepted.") + " " + advice
        number = self.locale().toString
        tally = (
            self.tr("Problems: %1 · Recommended: %2 · OK: %3 · Couldn't check: %4")
            .replace("%1", number(counts[Status.FAIL]))
            .replace("%2", number(counts[Status.WARN]))
            .replace("%3", number(counts[Status.PASS]))
            .replace("%4", number(counts[Status.UNKNOWN]))
        )
        self.status.setText(advice + "\n" + tally)

    def _clear(self) -> None:
        for view in self.views:
            view.deleteLater()
        self.views.clear()
