"""WordPress + WP Mail SMTP: the admin pastes the constants into wp-config.php.

The proof includes them with php-cli, applies them the way WP Mail SMTP's
Processor hands options to WordPress's PHPMailer (src/Processor.php, TARGETS.md
§9) and sends with Debian's PHPMailer 6.6 to loopback servers. The CA goes
where the plugin cannot name one: PHP's own trust setting (openssl.cafile).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import PASSWORD, Certs
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
from wizard.targets.wordpress import TARGET

# WP Mail SMTP's constants → PHPMailer (Options::get with the constant set,
# Processor::phpmailer_init for the smtp mailer).
APPLY = r"""
require 'AUTOLOAD';
$part = dirname($argv[1]) . '/wp-config-part.php';  // next to the export, in the test's folder
file_put_contents($part, "<?php\n" . file_get_contents($argv[1]));
include $part;
$mail = new PHPMailer\PHPMailer\PHPMailer(true);
$mail->isSMTP();
$mail->Timeout = 5;
$mail->getSMTPInstance()->Timelimit = 5;
$mail->Host = WPMS_SMTP_HOST;
$mail->Port = WPMS_SMTP_PORT;
$encryption = WPMS_SSL === '' ? 'none' : WPMS_SSL;
if ($encryption !== 'none') { $mail->SMTPSecure = $encryption; }
if (WPMS_SMTP_AUTH) {
    $mail->SMTPAuth = true;
    $mail->Username = WPMS_SMTP_USER;
    $mail->Password = defined('WPMS_SMTP_PASS') ? WPMS_SMTP_PASS : '';
}
if ($encryption !== 'tls' && !WPMS_SMTP_AUTOTLS) { $mail->SMTPAutoTLS = false; }
$mail->setFrom(WPMS_MAIL_FROM, WPMS_MAIL_FROM_NAME);
"""

SEND = (
    APPLY
    + r"""
$mail->addAddress('rcpt@example.test');
$mail->Subject = 'WordPress test';
$mail->Body = 'sent as WP Mail SMTP sends';
try { $mail->send(); echo "SENT\n"; }
catch (\Exception $e) { echo "FAILED: ", $e->getMessage(), "\n"; exit(1); }
"""
).replace("AUTOLOAD", PHPMAILER_AUTOLOAD)

READ = (
    APPLY
    + r"""
echo json_encode([$mail->Host, $mail->Port, $mail->SMTPSecure, $mail->SMTPAutoTLS,
    $mail->SMTPAuth, $mail->Username, $mail->Password, $mail->From, $mail->FromName]);
"""
).replace("AUTOLOAD", PHPMAILER_AUTOLOAD)


@pytest.mark.parametrize(
    ("security", "secure", "auto_tls"),
    [(Security.SSL, "ssl", True), (Security.STARTTLS, "tls", True), (Security.NONE, "", False)],
)
def test_wordpress_hands_phpmailer_the_tested_tls_mode(
    security: Security, secure: str, auto_tls: bool, tmp_path: Path
):
    require(PHPMAILER_AUTOLOAD)
    profile = setup(security)
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    php_lint("<?php\n" + text, tmp_path)
    seen = php_json(READ, tmp_path, {"constants.php": text})
    assert seen == [
        "smtp.example.test",
        profile.effective_port,
        secure,
        auto_tls,
        True,
        profile.username,
        PASSWORD,
        "crm@example.test",
        "Example CRM",
    ]


@pytest.mark.parametrize("security", SECURITIES)
def test_the_constants_read_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525)
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), password=PASSWORD)
    assert_same_setup(profile, TARGET.parse(TARGET.export(profile).artifacts[0].text))


def test_the_password_and_the_ca_file_are_left_to_the_admin_with_a_warning():
    exported = TARGET.export(setup(ca_file="/srv/ca.pem"))
    assert "WPMS_SMTP_PASS" not in exported.artifacts[0].text
    assert not exported.contains_password
    sources = " ".join(w.source for w in exported.warnings)
    assert "no setting for a CA file" in sources and "password is not included" in sources
    assert TARGET.export(setup(), PASSWORD).contains_password


def test_a_wp_config_with_other_lines_and_comments_is_read():
    got = TARGET.parse(
        "<?php\ndefine('DB_NAME', 'wp');\n// define('WPMS_SMTP_HOST', 'old.example.test');\n"
        "define(\"WPMS_SMTP_HOST\", \"mail.example.test\");\ndefine('WPMS_SSL', 'tls');\n"
        "define('WPMS_SMTP_PORT', 587);\n"
    )
    assert (got.profile.host, got.profile.security, got.profile.port) == (
        "mail.example.test",
        Security.STARTTLS,
        587,
    )
    with pytest.raises(ImportError_):
        TARGET.parse("define('WPMS_SMTP_HOST', 'h'); define('WPMS_SSL', 'starttls');")


WORDPRESS = PhpConsumer(TARGET, SEND, "c.php", needs=PHPMAILER_AUTOLOAD, system_ca=True)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_wordpress_sends_with_the_constants(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await WORDPRESS.send(certs, tmp_path, security=security, tls=tls)
    assert code == 0 and "SENT" in output, output
    assert len(recorder.messages) == 1


async def test_the_wrong_tls_mode_fails_in_wordpress(certs: Certs, tmp_path: Path):
    code, output, recorder = await WORDPRESS.send(
        certs, tmp_path, security=Security.STARTTLS, tls="implicit"
    )
    assert code == 1 and "FAILED" in output
    assert recorder.messages == []
