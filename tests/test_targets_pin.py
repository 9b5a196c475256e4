"""A setup that trusts its server's certificate by fingerprint ("Trust this
certificate", issue 13) keeps that trust in every export: JSON and .env carry the
SHA-256 and read it back; every other target says, in a warning, what the
application must be told instead."""

from __future__ import annotations

import pytest

from wizard.core.model import Profile, Security
from wizard.targets import TARGETS, Text

PIN = ":".join(["AB"] * 32)
PINNED = Profile(
    name="Pinned",
    host="mail.example.test",
    port=587,
    security=Security.STARTTLS,
    username="alice@example.test",
    from_address="alice@example.test",
    cert_pin=PIN,
)
CARRIERS = {"json", "env", "env-python", "env-node"}


@pytest.mark.parametrize("target_id", sorted(TARGETS))
def test_every_export_of_a_pinned_setup_carries_the_pin_or_says_it_cannot(target_id):
    target = TARGETS[target_id]
    made = target.export(PINNED)
    text = made.combined()
    warned = [w for w in made.warnings if w.params.get("fingerprint") == PIN]
    if target_id in CARRIERS:
        assert PIN in text and warned == []
        assert target.parse(text).profile.cert_pin == PIN
    else:
        assert PIN in text or len(warned) == 1
        assert PIN in warned[0].text() if warned else True


@pytest.mark.parametrize("target_id", sorted(TARGETS))
def test_an_unpinned_setup_gets_no_pin_warning(target_id):
    made = TARGETS[target_id].export(PINNED.copy(cert_pin=""))
    assert not [w for w in made.warnings if "fingerprint" in w.params]


@pytest.mark.parametrize(
    ("security", "expected"),
    [
        (Security.STARTTLS, {"OLD_STARTTLS", "NODEMAILER_URL"}),
        (Security.NONE, {"OLD_NO_TLS", "NODEMAILER_URL"}),
        (Security.SSL, set()),
    ],
)
def test_the_url_says_which_consumers_ignore_its_tls_words(security, expected):
    """Proven in the system tier (tests/system/test_consumers.py): Debian's Symfony 5.4
    keeps require_tls=true but sends in plain text when STARTTLS is not offered, and
    Nodemailer reads neither option from a URL. The URL export must not promise it."""
    from wizard.targets import dsn

    made = TARGETS["dsn"].export(PINNED.copy(cert_pin="", security=security, port=None))
    said = {name for name in expected if Text(getattr(dsn, name)) in made.warnings}
    assert said == expected
    assert len(made.warnings) == len(expected)
