"""Gitea / Forgejo: the admin replaces app.ini's [mailer] section.

Gitea cannot be installed here (not in Debian); its INI reader can: the
export is read with go-ini (gopkg.in/ini.v1, Debian's golang-gopkg-ini.v1-dev)
with Gitea's own load options, and compared with Python's configparser.
"""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER
from tests.targets.apptools import SECURITIES, assert_same_setup, go_ini, setup
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.gitea import TARGET


@pytest.mark.parametrize(
    ("security", "protocol"),
    [(Security.SSL, "smtps"), (Security.STARTTLS, "smtp+starttls"), (Security.NONE, "smtp")],
)
def test_gitea_reads_the_protocol_and_the_password_exactly(
    security: Security, protocol: str, tmp_path: Path
):
    text = TARGET.export(setup(security), PASSWORD).artifacts[0].text
    assert go_ini(text, "mailer", tmp_path, gitea=True) == {
        "ENABLED": "true",
        "PROTOCOL": protocol,
        "SMTP_ADDR": "smtp.example.test",
        "SMTP_PORT": str(setup(security).effective_port),
        "USER": USER,
        "PASSWD": PASSWORD,  # '#', quotes and backslash survive in backticks
        "FROM": "Example CRM <crm@example.test>",
    }


def test_configparser_is_close_to_go_ini_but_keeps_the_backticks(tmp_path: Path):
    """The difference to know: Python's configparser does not unquote."""
    text = TARGET.export(setup(), PASSWORD).artifacts[0].text
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=(";", "#"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    python = dict(parser["mailer"])
    go = go_ini(text, "mailer", tmp_path, gitea=True)
    assert python.keys() == go.keys()
    assert python["PASSWD"] == f"`{PASSWORD}`"
    assert {k: v for k, v in python.items() if k != "PASSWD"} == {
        k: v for k, v in go.items() if k != "PASSWD"
    }


@pytest.mark.parametrize("security", SECURITIES)
def test_the_section_reads_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525, ca_file="")
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), password=PASSWORD)
    assert_same_setup(profile, TARGET.parse(TARGET.export(profile).artifacts[0].text))


def test_an_empty_protocol_follows_the_port_as_gitea_does():
    for port, security in (
        ("465", Security.SSL),
        ("587", Security.STARTTLS),
        ("25", Security.NONE),
    ):
        got = TARGET.parse(
            f"[mailer]\nENABLED = true\nSMTP_ADDR = mail.example.test\nSMTP_PORT = {port}\n"
        )
        assert got.profile.security is security
    legacy = TARGET.parse("[mailer]\nHOST = mail.example.test:587\nUSER = u\n")
    assert (legacy.profile.host, legacy.profile.port, legacy.profile.auth) == (
        "mail.example.test",
        587,
        True,
    )


def test_a_protocol_gitea_refuses_is_refused():
    with pytest.raises(ImportError_):
        TARGET.parse("[mailer]\nPROTOCOL = starttls\nSMTP_ADDR = h\n")
    with pytest.raises(ImportError_):
        TARGET.parse("[server]\nDOMAIN = x\n")


def test_the_warnings_and_the_password_rules():
    exported = TARGET.export(setup(ca_file="/srv/ca.pem"))
    sources = " ".join(w.source for w in exported.warnings)
    assert "cannot require STARTTLS" in sources and "SSL_CERT_FILE" in sources
    assert "PASSWD" not in exported.artifacts[0].text and not exported.contains_password
    odd = TARGET.export(setup(), 'back`tick"')
    assert "PASSWD" not in odd.artifacts[0].text and not odd.contains_password
    assert any("cannot hold" in w.source for w in odd.warnings)


def test_go_ini_keeps_outer_spaces_and_comment_signs_and_a_line_break_is_left_out(tmp_path: Path):
    odd = " pass ; word # x "
    text = TARGET.export(setup(), odd).artifacts[0].text
    assert go_ini(text, "mailer", tmp_path, gitea=True)["PASSWD"] == odd
    assert TARGET.parse(text).password == odd
    broken = TARGET.export(setup(), "two\nlines")
    assert "PASSWD" not in broken.artifacts[0].text and not broken.contains_password
    assert any("cannot hold" in w.source for w in broken.warnings)


def test_smtp_starttls_imports_with_the_note_that_gitea_falls_back_to_plain_text():
    got = TARGET.parse(TARGET.export(setup(Security.STARTTLS)).artifacts[0].text)
    assert any("cannot be told to insist" in w.source for w in got.warnings)
    assert not TARGET.parse(TARGET.export(setup(Security.SSL)).artifacts[0].text).warnings
