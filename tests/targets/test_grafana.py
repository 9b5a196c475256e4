"""Grafana: the admin replaces grafana.ini's [smtp] section.

Grafana cannot be installed here; its INI reader can: go-ini (gopkg.in/ini.v1)
reads the export as Grafana's ini.Load does. Implicit TLS in Grafana depends
on port 465 alone (gopkg.in/mail.v2 NewDialer), which the export warns about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER
from tests.targets.apptools import SECURITIES, assert_same_setup, go_ini, setup
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.grafana import TARGET


@pytest.mark.parametrize(
    ("security", "policy"),
    [(Security.SSL, None), (Security.STARTTLS, "MandatoryStartTLS"), (Security.NONE, "NoStartTLS")],
)
def test_grafana_reads_host_port_policy_and_password(security: Security, policy, tmp_path: Path):
    text = TARGET.export(setup(security), PASSWORD).artifacts[0].text
    expected = {
        "enabled": "true",
        "host": f"smtp.example.test:{setup(security).effective_port}",
        "user": USER,
        "password": PASSWORD,
        "from_address": "crm@example.test",
        "from_name": "Example CRM",
        "skip_verify": "false",
    }
    if policy:
        expected["startTLS_policy"] = policy
    assert go_ini(text, "smtp", tmp_path) == expected


@pytest.mark.parametrize("security", SECURITIES)
def test_the_section_reads_back_to_the_same_setup(security: Security):
    profile = setup(security)
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), password=PASSWORD)
    assert_same_setup(profile, TARGET.parse(TARGET.export(profile).artifacts[0].text))


def test_implicit_tls_off_port_465_is_a_mode_grafana_cannot_do():
    off_port = TARGET.export(setup(Security.SSL, port=2465))
    assert any("only there" in w.source for w in off_port.warnings)
    # Read back, port 2465 is STARTTLS for Grafana: the warning was right.
    assert TARGET.parse(off_port.artifacts[0].text).profile.security is Security.STARTTLS
    on_465 = TARGET.export(setup(Security.STARTTLS, port=465))
    assert any("only there" in w.source for w in on_465.warnings)
    assert not any("only there" in w.source for w in TARGET.export(setup(Security.SSL)).warnings)


def test_an_ipv6_host_and_grafanas_defaults():
    text = TARGET.export(setup(host="2001:db8::25")).artifacts[0].text
    assert "host = [2001:db8::25]:587" in text
    assert TARGET.parse(text).profile.host == "2001:db8::25"
    opportunistic = TARGET.parse("[smtp]\nenabled = true\nhost = mail.example.test:587\n")
    assert opportunistic.profile.security is Security.STARTTLS and opportunistic.warnings


def test_a_host_without_port_is_refused_as_grafana_refuses_it():
    with pytest.raises(ImportError_):
        TARGET.parse("[smtp]\nhost = mail.example.test\n")
    with pytest.raises(ImportError_):
        TARGET.parse("[server]\nhttp_port = 3000\n")


def test_the_password_only_on_request_and_the_ca_warning():
    exported = TARGET.export(setup(ca_file="/srv/ca.pem"))
    assert "password" not in exported.artifacts[0].text and not exported.contains_password
    assert any("SSL_CERT_FILE" in w.source for w in exported.warnings)
    assert TARGET.export(setup(), PASSWORD).contains_password
