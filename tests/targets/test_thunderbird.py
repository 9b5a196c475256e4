"""Thunderbird autoconfig: the admin publishes config-v1.1.xml so that users'
Thunderbird fills in the outgoing server by itself.

Thunderbird cannot run here; the file is checked against the clientConfig 1.1
element list (TARGETS.md §10; Thunderbird's readFromXML.js) with a real XML
parser, and read back.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.servers import PASSWORD, USER
from tests.targets.apptools import SECURITIES, assert_same_setup, setup
from wizard.core.model import AuthMechanism, Security
from wizard.targets import ImportError_
from wizard.targets.thunderbird import AUTHENTICATIONS, TARGET

PROVIDER_CHILDREN = {
    "domain",
    "displayName",
    "displayShortName",
    "incomingServer",
    "outgoingServer",
}
OUTGOING_CHILDREN = {
    "hostname",
    "port",
    "socketType",
    "authentication",
    "username",
    "password",
    "addThisServer",
    "useGlobalPreferredServer",
}
NOT_IN_AUTOCONFIG = ("from_address", "display_name", "ca_file")


@pytest.mark.parametrize(
    ("security", "socket_type"),
    [(Security.SSL, "SSL"), (Security.STARTTLS, "STARTTLS"), (Security.NONE, "plain")],
)
def test_the_file_holds_only_clientconfig_elements(security: Security, socket_type: str):
    text = TARGET.export(setup(security)).artifacts[0].text
    root = ET.fromstring(text)
    assert root.tag == "clientConfig" and root.get("version") == "1.1"
    provider = root.find("emailProvider")
    assert provider is not None and provider.get("id") == "example.test"
    assert {c.tag for c in provider} <= PROVIDER_CHILDREN
    outgoing = provider.find("outgoingServer")
    assert outgoing is not None and outgoing.get("type") == "smtp"
    assert {c.tag for c in outgoing} <= OUTGOING_CHILDREN
    assert outgoing.findtext("socketType") == socket_type
    assert outgoing.findtext("port") == str(setup(security).effective_port)
    assert outgoing.findtext("authentication") in AUTHENTICATIONS
    assert outgoing.findtext("username") == USER


@pytest.mark.parametrize("security", SECURITIES)
def test_the_file_reads_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525)
    text = TARGET.export(profile).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), unexpressed=NOT_IN_AUTOCONFIG)
    cram = setup(security, mechanism=AuthMechanism.CRAM_MD5)
    assert (
        TARGET.parse(TARGET.export(cram).artifacts[0].text).profile.mechanism
        is AuthMechanism.CRAM_MD5
    )


def test_the_password_only_on_request_with_a_warning_not_to_publish_the_file():
    plain = TARGET.export(setup())
    assert not plain.contains_password and "<password>" not in plain.combined()
    assert any("add the incoming server" in w.source for w in plain.warnings)
    private = TARGET.export(setup(), PASSWORD)
    assert private.contains_password
    assert any("never publish it" in w.source for w in private.warnings)
    outgoing = ET.fromstring(private.artifacts[0].text).find("emailProvider/outgoingServer")
    assert outgoing is not None and outgoing.findtext("password") == PASSWORD
    assert TARGET.parse(private.artifacts[0].text).password == PASSWORD


def test_a_provider_file_from_the_ispdb_is_read():
    ispdb = """<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="fastmail.fm">
 <incomingServer type="imap"><hostname>imap.fastmail.com</hostname><port>993</port>
  <socketType>SSL</socketType><authentication>password-cleartext</authentication>
  <username>%EMAILADDRESS%</username></incomingServer>
 <outgoingServer type="smtp"><hostname>smtp.fastmail.com</hostname><port>465</port>
  <socketType>SSL</socketType><authentication>OAuth2</authentication>
  <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
 </outgoingServer></emailProvider></clientConfig>"""
    got = TARGET.parse(ispdb)
    assert (got.profile.host, got.profile.port, got.profile.security) == (
        "smtp.fastmail.com",
        465,
        Security.SSL,
    )
    assert got.profile.username == "" and got.profile.auth
    assert len(got.warnings) == 2  # OAuth2 first; the placeholder user name


@pytest.mark.parametrize(
    "text",
    [
        "<clientConfig/>",
        '<clientConfig><emailProvider><outgoingServer type="smtp"><hostname>h</hostname>'
        "<socketType>TLS</socketType></outgoingServer></emailProvider></clientConfig>",
        '<!DOCTYPE c [<!ENTITY x "y">]><clientConfig/>',
        "<clientConfig",
    ],
)
def test_files_thunderbird_would_reject_are_refused(text: str):
    with pytest.raises(ImportError_):
        TARGET.parse(text)
