"""CiviCRM: the admin feeds the JSON to `cv setting:set --in=json` (or adds the
civicrm.settings.php override) and CiviCRM sends as tested, as far as it can.

The proof builds the mailer the way CRM/Utils/Mail.php createMailer() does,
with Debian's PEAR Mail 1.4 + Net_SMTP 1.10 (CiviCRM ships Mail 2 / Net_SMTP
1.12 with the same TLS logic), against loopback servers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs
from tests.targets.apptools import (
    PhpConsumer,
    assert_same_setup,
    php_json,
    php_lint,
    setup,
)
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.civicrm import TARGET

PEAR_MAIL = "/usr/share/php/Mail.php"
NOT_IN_CIVICRM = ("from_address", "display_name", "ca_file")

# CRM_Utils_Mail::createMailer() for outBound_option 0 (SMTP).
SEND = r"""
error_reporting(E_ALL & ~E_DEPRECATED);
require_once 'Mail.php';
$b = json_decode(file_get_contents($argv[1]), true)['mailing_backend'];
$params = ['host' => $b['smtpServer'] ?: 'localhost', 'port' => $b['smtpPort'] ?: 25,
    'auth' => (bool) $b['smtpAuth'], 'localhost' => 'crm.example.test', 'timeout' => 5,
    'persist' => true];
if ($b['smtpAuth']) {
    $params['username'] = $b['smtpUsername'];
    $params['password'] = $b['smtpPassword'];
}
$mailer = Mail::factory('smtp', $params);
$result = $mailer->send('rcpt@example.test',
    ['From' => 'crm@example.test', 'To' => 'rcpt@example.test', 'Subject' => 'CiviCRM test'],
    'body');
if (is_a($result, 'PEAR_Error')) { echo "FAILED: ", $result->getMessage(), "\n"; exit(1); }
echo "SENT\n";
"""

READ_OVERRIDE = r"""
include $argv[1];
echo json_encode(['mailing_backend' => $civicrm_setting['domain']['mailing_backend']]);
"""


@pytest.mark.parametrize(
    ("security", "server", "port"),
    [
        (Security.SSL, "ssl://smtp.example.test", 465),
        (Security.STARTTLS, "smtp.example.test", 587),
        (Security.NONE, "smtp.example.test", 25),
    ],
)
def test_the_json_and_the_override_state_tls_as_pear_understands_it(
    security: Security, server: str, port: int, tmp_path: Path
):
    exported = TARGET.export(setup(security), PASSWORD)
    as_json = json.loads(exported.artifacts[0].text)
    assert as_json == {
        "mailing_backend": {
            "outBound_option": 0,
            "smtpServer": server,
            "smtpPort": port,
            "smtpAuth": 1,
            "smtpUsername": USER,
            "smtpPassword": PASSWORD,
        }
    }
    php_lint(exported.artifacts[1].text, tmp_path)
    assert php_json(
        READ_OVERRIDE, tmp_path, {"civicrm.settings.php": exported.artifacts[1].text}
    ) == (as_json)
    assert "tls://" not in exported.combined()


@pytest.mark.parametrize("security", [Security.SSL, Security.STARTTLS])
def test_both_artifacts_read_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525)
    for artifact in TARGET.export(profile, PASSWORD).artifacts:
        assert TARGET.detect(artifact.text) >= 90
        got = TARGET.parse(artifact.text)
        assert_same_setup(profile, got, password=PASSWORD, unexpressed=NOT_IN_CIVICRM)
    for artifact in TARGET.export(profile).artifacts:
        assert_same_setup(profile, TARGET.parse(artifact.text), unexpressed=NOT_IN_CIVICRM)


def test_without_login_no_encryption_reads_back_and_with_login_it_cannot_exist():
    plain = setup(Security.NONE, auth=False, username="")
    assert_same_setup(
        plain, TARGET.parse(TARGET.export(plain).artifacts[0].text), unexpressed=NOT_IN_CIVICRM
    )
    # Logging in, CiviCRM takes STARTTLS when offered: "none" comes back as STARTTLS,
    # and the export said it cannot be expressed.
    with_login = TARGET.export(setup(Security.NONE))
    assert any("cannot turn encryption off" in w.source for w in with_login.warnings)
    assert TARGET.parse(with_login.artifacts[0].text).profile.security is Security.STARTTLS


def test_the_warnings_say_what_civicrm_cannot_do():
    sources = " ".join(w.source for w in TARGET.export(setup(ca_file="/srv/ca.pem")).warnings)
    assert "cannot require STARTTLS" in sources
    assert "no setting for a CA file" in sources
    assert "password is not included" in sources
    assert "FROM Email Addresses" in sources
    no_login = TARGET.export(setup(Security.STARTTLS, auth=False)).warnings
    assert any("never uses STARTTLS" in w.source for w in no_login)


def test_the_password_only_when_asked_and_an_encrypted_one_is_not_guessed():
    exported = TARGET.export(setup())
    assert "smtpPassword" not in exported.combined() and not exported.contains_password
    assert TARGET.export(setup(), PASSWORD).contains_password
    token = json.dumps(
        {
            "smtpServer": "mail.example.test",
            "smtpPort": 587,
            "smtpAuth": "1",
            "smtpUsername": "u",
            "smtpPassword": "\x02CTK?k=key1&t=abc",
        }
    )
    got = TARGET.parse(token)
    assert got.password is None and any("CIVICRM_CRED_KEYS" in w.source for w in got.warnings)


def test_tls_prefix_is_implicit_tls_and_other_backends_are_refused():
    got = TARGET.parse(
        '{"outBound_option": "0", "smtpServer": "tls://mail.example.test", "smtpPort": "465"}'
    )
    assert got.profile.security is Security.SSL and got.profile.port == 465
    with pytest.raises(ImportError_):
        TARGET.parse('{"mailing_backend": {"outBound_option": 3, "smtpServer": "h"}}')
    with pytest.raises(ImportError_):
        TARGET.parse("{not json")


CIVICRM = PhpConsumer(TARGET, SEND, "b.json", needs=PEAR_MAIL, system_ca=True)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_civicrm_sends_with_the_exported_setting(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await CIVICRM.send(certs, tmp_path, security=security, tls=tls)
    assert code == 0 and "SENT" in output, output
    assert len(recorder.messages) == 1
    if tls == "starttls":
        assert b"STARTTLS" in bytes(recorder.raw)


async def test_without_login_civicrm_sends_in_plain_text_although_starttls_is_offered(
    certs: Certs, tmp_path: Path
):
    """The documented gap behind the warning: no auth(), no STARTTLS."""
    code, output, recorder = await CIVICRM.send(
        certs, tmp_path, security=Security.STARTTLS, password=None, auth=False
    )
    assert code == 0, output
    assert b"STARTTLS" not in bytes(recorder.raw)
    assert b"Subject: CiviCRM test" in bytes(recorder.raw)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.SSL, "starttls"), (Security.STARTTLS, "implicit")]
)
async def test_the_wrong_tls_mode_fails_in_civicrm(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    # Net_SMTP's timeout covers the connect only (Mail_smtp passes no read
    # timeout): plain text on an implicit-TLS port waits for a greeting with no
    # end (measured: still waiting after 60 s), so the harness stops it (-1).
    code, output, recorder = await CIVICRM.send(
        certs, tmp_path, security=security, tls=tls, timeout=10
    )
    assert (code == 1 and "FAILED" in output) or (code == -1 and tls == "implicit"), output
    assert recorder.messages == []


def test_a_password_civicrm_would_take_for_an_encrypted_token_is_left_out():
    exported = TARGET.export(setup(), "\x02CTK?looks-encrypted")
    assert not exported.contains_password and "smtpPassword" not in exported.combined()
    assert any("smtpPassword" in w.params.get("key", "") for w in exported.warnings)


def test_a_bare_host_with_login_imports_as_starttls_and_says_civicrm_only_upgrades_when_offered():
    got = TARGET.parse(TARGET.export(setup(Security.STARTTLS)).artifacts[0].text)
    assert got.profile.security is Security.STARTTLS
    assert any("cannot be told to insist" in w.source for w in got.warnings)
    implicit = TARGET.parse(TARGET.export(setup(Security.SSL)).artifacts[0].text)
    assert not any("cannot be told to insist" in w.source for w in implicit.warnings)
