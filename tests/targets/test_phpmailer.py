"""PHPMailer: the developer pastes the snippet after `new PHPMailer(true)` and
the mail goes out with TLS exactly as tested; proven with Debian's PHPMailer 6.6
including the snippet and sending to loopback servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs
from tests.targets.apptools import (
    PHPMAILER_AUTOLOAD,
    SECURITIES,
    PhpConsumer,
    assert_same_setup,
    php_json,
    php_lint,
    require,
    setup,
)
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.phpmailer import TARGET

SEND = r"""
require 'AUTOLOAD';
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
$mail->Timeout = 5;
$mail->getSMTPInstance()->Timelimit = 5;  // harness: no 300 s wait on a wrong TLS mode
include $argv[1];
$mail->addAddress('rcpt@example.test');
$mail->Subject = 'PHPMailer test';
$mail->Body = 'sent with the exported snippet';
try { $mail->send(); echo "SENT\n"; }
catch (\Exception $e) { echo "FAILED: ", $e->getMessage(), "\n"; exit(1); }
""".replace("AUTOLOAD", PHPMAILER_AUTOLOAD)

READ = r"""
require 'AUTOLOAD';
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
include $argv[1];
echo json_encode(['Host' => $mail->Host, 'Port' => $mail->Port, 'SMTPSecure' => $mail->SMTPSecure,
    'SMTPAutoTLS' => $mail->SMTPAutoTLS, 'SMTPAuth' => $mail->SMTPAuth,
    'Username' => $mail->Username,
    'Password' => $mail->Password, 'From' => $mail->From, 'FromName' => $mail->FromName,
    'SMTPOptions' => $mail->SMTPOptions, 'Mailer' => $mail->Mailer]);
""".replace("AUTOLOAD", PHPMAILER_AUTOLOAD)


@pytest.mark.parametrize(
    ("security", "secure", "auto_tls"),
    [(Security.SSL, "ssl", True), (Security.STARTTLS, "tls", True), (Security.NONE, "", False)],
)
def test_phpmailer_reads_the_tls_mode_the_setup_was_tested_with(
    security: Security, secure: str, auto_tls: bool, tmp_path: Path
):
    require(PHPMAILER_AUTOLOAD)
    profile = setup(security, ca_file="/etc/ssl/private/ca.pem")
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    php_lint(text, tmp_path)
    seen = php_json(READ, tmp_path, {"snippet.php": text})
    assert seen == {
        "Host": "smtp.example.test",
        "Port": profile.effective_port,
        "SMTPSecure": secure,
        "SMTPAutoTLS": auto_tls,
        "SMTPAuth": True,
        "Username": USER,
        "Password": PASSWORD,
        "From": "crm@example.test",
        "FromName": "Example CRM",
        "SMTPOptions": {"ssl": {"cafile": "/etc/ssl/private/ca.pem"}},
        "Mailer": "smtp",
    }


@pytest.mark.parametrize("security", SECURITIES)
def test_the_snippet_reads_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525, ca_file="/srv/ca.pem")
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), password=PASSWORD)
    assert_same_setup(profile, TARGET.parse(TARGET.export(profile).artifacts[0].text))


def test_without_the_password_the_snippet_reads_it_from_the_environment(tmp_path: Path):
    exported = TARGET.export(setup())
    assert not exported.contains_password and PASSWORD not in exported.combined()
    assert "$mail->Password = getenv('SMTP_PASSWORD');" in exported.artifacts[0].text
    assert TARGET.export(setup(), PASSWORD).contains_password


def test_a_hand_written_configuration_is_read_as_phpmailer_reads_it():
    got = TARGET.parse(
        "<?php\n$mail->isSMTP();\n$mail->Host = 'tls://mail.example.test:587;backup.example.test';"
        '\n$mail->SMTPAuth = true; // login\n$mail->Username = "it@example.test";\n'
    )
    assert (got.profile.host, got.profile.port, got.profile.security) == (
        "mail.example.test",
        587,
        Security.STARTTLS,
    )
    plain = TARGET.parse("$mail->Host = 'h.example.test';")
    assert plain.profile.security is Security.NONE and plain.profile.port == 25
    assert any("SMTPAutoTLS is on" in w.source for w in plain.warnings)
    with pytest.raises(ImportError_):
        TARGET.parse("$mail->Host = 'h'; $mail->SMTPSecure = 'starttls';")
    with pytest.raises(ImportError_):
        TARGET.parse("<?php echo 'hello';")


PHPMAILER = PhpConsumer(TARGET, SEND, "snippet.php", needs=PHPMAILER_AUTOLOAD)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_phpmailer_sends_with_the_snippet_trusting_the_exported_ca_file(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await PHPMAILER.send(
        certs, tmp_path, security=security, tls=tls, ca_file=certs.ca_file
    )
    assert code == 0 and "SENT" in output, output
    assert len(recorder.messages) == 1


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "implicit"), (Security.SSL, "starttls")]
)
async def test_the_wrong_tls_mode_fails_in_phpmailer(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await PHPMAILER.send(
        certs, tmp_path, security=security, tls=tls, ca_file=certs.ca_file
    )
    assert code == 1 and "FAILED" in output
    assert recorder.messages == []


async def test_no_encryption_means_plain_text_even_when_the_server_offers_starttls(
    certs: Certs, tmp_path: Path
):
    """SMTPAutoTLS=false: the upgrade PHPMailer would take by default is not taken
    (the untrusted certificate would otherwise make the send fail)."""
    code, output, recorder = await PHPMAILER.send(
        certs, tmp_path, security=Security.NONE, cert="untrusted", password=None, auth=False
    )
    assert code == 0, output
    assert b"STARTTLS" not in bytes(recorder.raw)
    assert len(recorder.messages) == 1


def test_the_login_mechanism_reads_back():
    from wizard.core.model import AuthMechanism

    for mechanism in (AuthMechanism.PLAIN, AuthMechanism.LOGIN, AuthMechanism.CRAM_MD5):
        text = TARGET.export(setup(mechanism=mechanism)).artifacts[0].text
        assert TARGET.parse(text).profile.mechanism is mechanism
