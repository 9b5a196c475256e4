"""Odoo 17/18: the admin creates the outgoing mail server from the XML record,
the XML-RPC script or odoo.conf, and Odoo connects as tested.

Odoo is neither on PyPI nor in Debian. Its connect() is plain stdlib smtplib
(ir_mail_server.py 17.0 lines 315-445), so the proof replays exactly that with
the exported fields against loopback servers; the XML is checked against the
17/18 field list, and the script runs against an XML-RPC endpoint that answers
like Odoo's (authenticate, execute_kw create / test_smtp_connection).
"""

from __future__ import annotations

import asyncio
import configparser
import os
import smtplib
import ssl
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from xmlrpc.server import SimpleXMLRPCServer

import pytest

from tests.servers import PASSWORD, USER, Certs, SmtpServer
from tests.targets.apptools import SECURITIES, assert_same_setup, setup
from wizard.core.model import FromPolicy, Security
from wizard.targets import ImportError_
from wizard.targets.odoo import FIELDS, TARGET

NOT_IN_ODOO = ("display_name", "ca_file")
# smtplib (and so Odoo) encodes AUTH responses as ASCII: the shared test password
# has "€" and "ö", so the sending tests log in with this one (see the test below).
ASCII_PASSWORD = "s3cr3t p@ss:/#%$'\"\\word"
SELECTIONS = {
    "smtp_encryption": {"none", "starttls", "ssl"},
    "smtp_authentication": {"login", "certificate", "cli"},
}


def record(text: str) -> dict[str, str]:
    root = ET.fromstring(text)
    found = root.findall("./data/record")
    assert len(found) == 1 and found[0].get("model") == "ir.mail_server"
    return {f.get("name", ""): f.text or "" for f in found[0].findall("field")}


def odoo_connect(fields: dict[str, str], timeout: float = 5) -> smtplib.SMTP:
    """ir.mail_server.connect() of Odoo 17/18 for login authentication: no SSL
    context (smtplib then does not verify), STARTTLS required when chosen."""
    host, port = fields["smtp_host"], int(fields["smtp_port"])
    if fields["smtp_encryption"] == "ssl":
        connection: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout)
    else:
        connection = smtplib.SMTP(host, port, timeout=timeout)
    try:
        connection.ehlo()
        if fields["smtp_encryption"] == "starttls":
            connection.starttls()  # SMTPNotSupportedError when not offered
            connection.ehlo()
        if fields.get("smtp_user"):
            connection.login(fields["smtp_user"], fields.get("smtp_pass", ""))
    except BaseException:
        connection.close()
        raise
    return connection


def odoo_send(fields: dict[str, str]) -> None:
    connection = odoo_connect(fields)
    try:
        connection.sendmail("crm@example.test", ["rcpt@example.test"], b"Subject: Odoo\r\n\r\nbody")
    finally:
        connection.quit()


@pytest.mark.parametrize(
    ("security", "encryption"),
    [(Security.SSL, "ssl"), (Security.STARTTLS, "starttls"), (Security.NONE, "none")],
)
def test_the_record_uses_only_odoo_17_18_fields_and_values(security: Security, encryption: str):
    fields = record(TARGET.export(setup(security), PASSWORD).artifacts[0].text)
    assert set(fields) <= set(FIELDS)
    for name, allowed in SELECTIONS.items():
        assert fields[name] in allowed
    assert fields["smtp_encryption"] == encryption
    assert fields["smtp_port"] == str(setup(security).effective_port)
    assert fields["from_filter"] == "crm@example.test"
    assert fields["smtp_pass"] == PASSWORD


def test_from_policy_becomes_from_filter():
    domains = setup(
        from_policy=FromPolicy.ALLOWED_DOMAINS, allowed_domains=["example.test", "corp.test"]
    )
    assert (
        record(TARGET.export(domains).artifacts[0].text)["from_filter"] == "example.test,corp.test"
    )
    anyone = record(TARGET.export(setup(from_policy=FromPolicy.SEND_AS_USER)).artifacts[0].text)
    assert "from_filter" not in anyone
    got = TARGET.parse(TARGET.export(domains).artifacts[0].text)
    assert got.profile.from_policy is FromPolicy.ALLOWED_DOMAINS
    assert got.profile.allowed_domains == ["example.test", "corp.test"]


@pytest.mark.parametrize("security", SECURITIES)
def test_every_artifact_reads_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525, host="smtp.example.test")
    exported = TARGET.export(profile, PASSWORD)
    assert len(exported.artifacts) == (2 if security is Security.SSL else 3)
    for artifact in exported.artifacts:
        assert TARGET.detect(artifact.text) >= 85
        assert_same_setup(
            profile, TARGET.parse(artifact.text), password=PASSWORD, unexpressed=NOT_IN_ODOO
        )
    for artifact in TARGET.export(profile).artifacts:
        assert_same_setup(profile, TARGET.parse(artifact.text), unexpressed=NOT_IN_ODOO)


def test_odoo_conf_reads_as_odoo_reads_it_and_smtp_ssl_means_starttls():
    conf = TARGET.export(setup(Security.STARTTLS), PASSWORD).artifacts[2].text
    parser = configparser.RawConfigParser()  # what odoo/tools/config.py uses
    parser.read_string(conf)
    assert dict(parser["options"]) == {
        "smtp_server": "smtp.example.test",
        "smtp_port": "587",
        "smtp_ssl": "True",
        "smtp_user": USER,
        "smtp_password": PASSWORD,
        "from_filter": "crm@example.test",
        "email_from": "crm@example.test",
    }
    none = TARGET.export(setup(Security.NONE)).artifacts[2].text
    assert "smtp_ssl = False" in none


def test_warnings_say_odoo_does_not_verify_and_the_password_is_left_out():
    exported = TARGET.export(setup(Security.SSL, ca_file="/srv/ca.pem"))
    sources = " ".join(w.source for w in exported.warnings)
    assert "never check the server's certificate" in sources
    assert "odoo.conf has no implicit TLS" in sources
    assert "no setting for a CA file" in sources
    assert "password is not included" in sources
    assert PASSWORD not in exported.combined() and not exported.contains_password
    assert "getpass.getpass('SMTP password: ')" in exported.artifacts[1].text


def test_odoo_19_values_and_bad_records():
    xml = TARGET.export(setup()).artifacts[0].text.replace(">starttls<", ">starttls_strict<")
    assert TARGET.parse(xml).profile.security is Security.STARTTLS
    with pytest.raises(ImportError_):
        TARGET.parse(xml.replace(">starttls_strict<", ">tls<"))
    with pytest.raises(ImportError_):
        TARGET.parse('<!DOCTYPE x [<!ENTITY a "b">]><odoo/>')
    with pytest.raises(ImportError_):
        TARGET.parse("<odoo><record model='res.partner'/></odoo>")


def test_the_script_creates_the_server_over_xml_rpc(tmp_path: Path):
    created: list[dict[str, object]] = []
    tested: list[list[int]] = []

    class Common:
        def authenticate(self, db, login, key, env):
            return 2 if (db, login, key) == ("prod", "admin", "api-key") else False

    class Objects:
        def execute_kw(self, db, uid, key, model, method, args):
            assert (model, uid) == ("ir.mail_server", 2)
            if method == "create":
                created.append(args[0])
                return 7
            tested.append(args[0])
            return True

    server = SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
    from xmlrpc.server import SimpleXMLRPCDispatcher

    common, objects = (
        SimpleXMLRPCDispatcher(allow_none=True),
        SimpleXMLRPCDispatcher(allow_none=True),
    )
    common.register_instance(Common())
    objects.register_instance(Objects())

    def dispatch(data, dispatch_method=None, path=None):
        target = common if path.endswith("/common") else objects
        return target._marshaled_dispatch(data, dispatch_method, path)

    server._marshaled_dispatch = dispatch  # type: ignore[method-assign]
    server.RequestHandlerClass.rpc_paths = ("/xmlrpc/2/common", "/xmlrpc/2/object")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        script = tmp_path / "create.py"
        script.write_text(TARGET.export(setup(), PASSWORD).artifacts[1].text)
        env = {
            **os.environ,
            "ODOO_URL": f"http://127.0.0.1:{server.server_address[1]}",
            "ODOO_DB": "prod",
            "ODOO_LOGIN": "admin",
            "ODOO_API_KEY": "api-key",
        }
        result = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=30
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    assert "connection test passed" in result.stdout
    xml_fields = record(TARGET.export(setup(), PASSWORD).artifacts[0].text)
    assert {k: str(v) for k, v in created[0].items()} == xml_fields
    assert tested == [[7]]


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_odoo_connects_and_sends_with_the_exported_record(
    security: Security, tls: str, certs: Certs
):
    async with SmtpServer(certs, tls=tls, password=ASCII_PASSWORD) as server:
        profile = setup(security, host="127.0.0.1", port=server.port)
        fields = record(TARGET.export(profile, ASCII_PASSWORD).artifacts[0].text)
        await asyncio.to_thread(odoo_send, fields)
    assert len(server.recorder.messages) == 1
    assert server.recorder.auth_attempts == 1


async def test_odoo_cannot_log_in_with_a_non_ascii_password_and_the_export_says_so(certs: Certs):
    async with SmtpServer(certs, tls="implicit") as server:
        profile = setup(Security.SSL, host="127.0.0.1", port=server.port)
        exported = TARGET.export(profile, PASSWORD)
        with pytest.raises(UnicodeEncodeError):
            await asyncio.to_thread(odoo_send, record(exported.artifacts[0].text))
    assert any("only ASCII characters" in w.source for w in exported.warnings)
    assert not any("only ASCII" in w.source for w in TARGET.export(profile, "plain-ascii").warnings)


async def test_odoo_17_18_accepts_a_certificate_nobody_trusts(certs: Certs):
    """Why the export warns: no SSL context, no verification."""
    async with SmtpServer(
        certs, tls="implicit", cert="untrusted", password=ASCII_PASSWORD
    ) as server:
        profile = setup(Security.SSL, host="127.0.0.1", port=server.port)
        fields = record(TARGET.export(profile, ASCII_PASSWORD).artifacts[0].text)
        await asyncio.to_thread(odoo_send, fields)
    assert len(server.recorder.messages) == 1


@pytest.mark.parametrize(
    ("security", "tls", "error"),
    [
        (Security.SSL, "starttls", ssl.SSLError),
        (Security.STARTTLS, "implicit", (smtplib.SMTPServerDisconnected, TimeoutError)),
        (Security.STARTTLS, "none", smtplib.SMTPNotSupportedError),
    ],
)
async def test_the_wrong_tls_mode_fails_in_odoo(security: Security, tls: str, error, certs: Certs):
    server_tls = "starttls" if tls == "none" else tls
    async with SmtpServer(certs, tls=server_tls, advertise_starttls=tls != "none") as server:
        profile = setup(security, host="127.0.0.1", port=server.port)
        fields = record(TARGET.export(profile, PASSWORD).artifacts[0].text)
        with pytest.raises(error):
            await asyncio.to_thread(odoo_send, fields)
    assert server.recorder.messages == []


def test_a_carriage_return_survives_the_xml_and_a_control_character_only_the_script():
    odd = " a\r\nb "
    exported = TARGET.export(setup(), odd)
    assert record(exported.artifacts[0].text)["smtp_pass"] == odd  # written &#13;
    assert "smtp_password" not in exported.artifacts[2].text  # odoo.conf cannot hold it
    assert not exported.artifacts[2].contains_password
    assert TARGET.parse(exported.combined()).password == odd
    bell = TARGET.export(setup(), "pa\x07ss")
    assert "smtp_pass" not in record(bell.artifacts[0].text)
    assert "pa\\x07ss" in bell.artifacts[1].text
    assert TARGET.parse(bell.combined()).password == "pa\x07ss"
    assert any("only in the Python script" in w.source for w in bell.warnings)
