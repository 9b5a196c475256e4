"""The Sender page refuses what RFC 5321 refuses, with the reason under the field
(issue 13, item 2): a right-to-left override, a local part over 64 octets, a domain
IDNA 2008 does not allow."""

from __future__ import annotations

import contextlib

import pytest

from tests.gui.helpers import type_into
from wizard.ui import setup_wizard as sw
from wizard.ui.app import Windows


@contextlib.contextmanager
def sender_page(ctx):
    wizard = Windows(ctx).open_wizard()
    wizard.draft.host = "smtp.example.test"
    wizard.draft.username = "ana@example.test"
    wizard.setStartId(sw.SENDER)
    wizard.restart()
    wizard.show()
    try:
        yield wizard, wizard.pages[sw.SENDER]
    finally:
        wizard.close()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ana\u202e@example.test", "Invisible text-direction characters"),
        ("a" * 65 + "@example.test", "The part before the @ is too long (at most 64 bytes)."),
        ("ana@☃.example", "not allowed in a domain name (IDNA 2008)"),
    ],
    ids=["rlo", "local-65", "idna"],
)
async def test_the_from_field_says_why_an_address_is_refused(qtbot, ctx, typed, message):
    with sender_page(ctx) as (wizard, page):
        type_into(qtbot, page.from_address, typed)
        assert not wizard.validateCurrentPage()
        label = page._error_labels["from_address"]
        assert message in label.text()
        assert label.isVisibleTo(page)


async def test_an_address_with_accents_and_an_idn_domain_is_accepted(qtbot, ctx):
    with sender_page(ctx) as (wizard, page):
        type_into(qtbot, page.from_address, "ñandú@straße.de")
        assert wizard.validateCurrentPage()
        assert page._error_labels["from_address"].text() == ""
