"""Nextcloud: the admin drops config/smtp.config.php in (or runs the occ
commands) and Nextcloud sends as tested, as far as it can.

The proof includes the file with php-cli and builds the transport the way
Nextcloud's Mailer::getSmtpInstance() does, with Debian's Symfony Mailer 5.4,
sending to loopback servers; the CA reaches it through mail_smtpstreamoptions.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs
from tests.targets.apptools import (
    SECURITIES,
    PhpConsumer,
    assert_same_setup,
    php_json,
    php_lint,
    setup,
)
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.nextcloud import TARGET

SYMFONY_MAILER = "/usr/share/php/Symfony/Component/Mailer/autoload.php"
NOT_IN_NEXTCLOUD = ("display_name",)

# lib/private/Mail/Mailer.php getSmtpInstance() with the included $CONFIG.
SEND = r"""
require 'AUTOLOAD';
include $argv[1];
$c = fn($k, $d) => array_key_exists($k, $CONFIG) ? $CONFIG[$k] : $d;
$secure = $c('mail_smtpsecure', null) === 'ssl' ? true : null;
$transport = new Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport(
    $c('mail_smtphost', '127.0.0.1'), $c('mail_smtpport', 25), $secure);
$stream = $transport->getStream();
$stream->setTimeout(5);
if ($c('mail_smtpauth', false)) {
    $transport->setUsername($c('mail_smtpname', ''));
    $transport->setPassword($c('mail_smtppassword', ''));
}
$options = $c('mail_smtpstreamoptions', []);
if (is_array($options) && !empty($options)) {
    $stream->setStreamOptions(array_merge_recursive($stream->getStreamOptions(), $options));
}
$from = $c('mail_from_address', 'nextcloud') . '@' . $c('mail_domain', 'example.test');
$email = (new Symfony\Component\Mime\Email())->from($from)->to('rcpt@example.test')
    ->subject('Nextcloud test')->text('sent as Nextcloud sends');
try { (new Symfony\Component\Mailer\Mailer($transport))->send($email); echo "SENT\n"; }
catch (\Exception $e) { echo "FAILED: ", $e->getMessage(), "\n"; exit(1); }
""".replace("AUTOLOAD", SYMFONY_MAILER)


@pytest.mark.parametrize(
    ("security", "secure", "port"),
    [(Security.SSL, "ssl", 465), (Security.STARTTLS, "", 587), (Security.NONE, "", 25)],
)
def test_the_config_file_is_php_nextcloud_merges(
    security: Security, secure: str, port: int, tmp_path: Path
):
    text = TARGET.export(setup(security, ca_file="/srv/ca.pem"), PASSWORD).artifacts[0].text
    php_lint(text, tmp_path)
    config = php_json("include $argv[1]; echo json_encode($CONFIG);", tmp_path, {"c.php": text})
    assert config == {
        "mail_smtpmode": "smtp",
        "mail_sendmailmode": "smtp",
        "mail_smtphost": "smtp.example.test",
        "mail_smtpport": port,
        "mail_smtpsecure": secure,
        "mail_smtpauth": True,
        "mail_smtpname": USER,
        "mail_smtppassword": PASSWORD,
        "mail_from_address": "crm",
        "mail_domain": "example.test",
        "mail_smtpstreamoptions": {"ssl": {"cafile": "/srv/ca.pem"}},
    }


def test_the_occ_commands_set_the_same_values_with_their_types():
    commands = TARGET.export(setup(ca_file="/srv/ca.pem"), PASSWORD).artifacts[1].text.splitlines()
    words = [shlex.split(line) for line in commands]
    assert all(w[:3] == ["php", "occ", "config:system:set"] for w in words)
    assert words[3][3:] == ["mail_smtpport", "--value=587", "--type=integer"]
    assert words[5][3:] == ["mail_smtpauth", "--value=true", "--type=boolean"]
    assert f"--value={PASSWORD}" in words[7]
    assert words[-1][3:] == ["mail_smtpstreamoptions", "ssl", "cafile", "--value=/srv/ca.pem"]


@pytest.mark.parametrize("security", [Security.SSL, Security.STARTTLS])
def test_both_artifacts_read_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525, ca_file="/srv/ca.pem")
    for artifact in TARGET.export(profile, PASSWORD).artifacts:
        assert TARGET.detect(artifact.text) >= 90
        got = TARGET.parse(artifact.text)
        assert_same_setup(profile, got, password=PASSWORD, unexpressed=NOT_IN_NEXTCLOUD)
    for artifact in TARGET.export(profile).artifacts:
        assert_same_setup(profile, TARGET.parse(artifact.text), unexpressed=NOT_IN_NEXTCLOUD)


def test_no_encryption_cannot_be_expressed_and_comes_back_as_starttls():
    exported = TARGET.export(setup(Security.NONE))
    assert any("cannot turn encryption off" in w.source for w in exported.warnings)
    got = TARGET.parse(exported.artifacts[0].text)
    assert got.profile.security is Security.STARTTLS and got.warnings


def test_the_password_only_on_request_and_other_modes_are_refused():
    exported = TARGET.export(setup())
    assert "mail_smtppassword" not in exported.combined() and not exported.contains_password
    assert TARGET.export(setup(), PASSWORD).contains_password
    with pytest.raises(ImportError_):
        TARGET.parse("<?php $CONFIG = ['mail_smtpmode' => 'sendmail'];")
    with pytest.raises(ImportError_):
        TARGET.parse("hello")


@pytest.mark.parametrize("security", SECURITIES)
def test_warnings_follow_what_nextcloud_can_express(security: Security):
    sources = " ".join(w.source for w in TARGET.export(setup(security)).warnings)
    assert ("cannot require STARTTLS" in sources) is (security is Security.STARTTLS)
    assert ("cannot turn encryption off" in sources) is (security is Security.NONE)
    assert "theming settings" in sources


NEXTCLOUD = PhpConsumer(TARGET, SEND, "c.php", needs=SYMFONY_MAILER)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_nextcloud_sends_with_the_config_file_and_its_ca(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await NEXTCLOUD.send(
        certs, tmp_path, security=security, tls=tls, ca_file=certs.ca_file
    )
    assert code == 0 and "SENT" in output, output
    assert len(recorder.messages) == 1


async def test_no_encryption_still_upgrades_in_nextcloud_and_fails_on_an_untrusted_certificate(
    certs: Certs, tmp_path: Path
):
    code, output, recorder = await NEXTCLOUD.send(
        certs, tmp_path, security=Security.NONE, cert="untrusted", password=None, auth=False
    )
    assert code == 1 and "FAILED" in output
    assert recorder.messages == []


async def test_the_wrong_tls_mode_fails_in_nextcloud(certs: Certs, tmp_path: Path):
    code, output, recorder = await NEXTCLOUD.send(
        certs, tmp_path, security=Security.SSL, ca_file=certs.ca_file
    )
    assert code == 1 and "FAILED" in output
    assert recorder.messages == []
