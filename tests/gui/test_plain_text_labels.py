"""A server's words on the Test page are shown as they were said: a reply such as
``554 <b>…</b>`` is not rendered as HTML in the diagnosis panel or the banner."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_test_page_result import wizard_on_test  # noqa: F401 (a fixture)
from wizard.core.diagnosis import Diagnosis
from wizard.core.stages import Stage

REPLY = "554 <b>bold</b> go away"


async def test_the_details_label_shows_a_reply_with_markup_literally(wizard_on_test):  # noqa: F811
    page = wizard_on_test.test_page
    page.show_diagnosis(Diagnosis("GREETING_REJECTED", Stage.GREETING, REPLY))
    labels = [page.diag_detail, page.diag_title, page.diag_text, page.banner_text, page.status]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert "<b>bold</b>" in page.diag_detail.text()
