<?php
// The PHP consumers of the exports, driven the way each application builds its
// mailer from its own settings (sources: ../shared/TARGETS.md, cited per branch).
//
//   php send.php KIND EXPORTED_FILE RECIPIENT SUBJECT [FROM]
//
// KIND: corebos | wordpress | phpmailer | civicrm | symfony | dsn | laravel | nextcloud.
// EXPORTED_FILE holds only what the wizard exported (for coreBOS: the
// vtiger_systems row the export's SQL wrote, as JSON, read back by sqlite3).
// Exit 0 once the library says the server accepted the message; otherwise the
// library's own error on stderr and exit 1. The password is never printed.
//
// The private CA is trusted the way an admin would on the host (php -d
// openssl.cafile=...) for the consumers with no place for a CA file (coreBOS,
// WordPress, CiviCRM, Symfony's DSN); the phpmailer export carries its own.

declare(strict_types=1);

error_reporting(E_ALL & ~E_DEPRECATED & ~E_STRICT); // PEAR Mail 1.4 predates PHP 8

[$self, $kind, $file, $recipient, $subject, $configured_from] = $argv + [null, null, null, null, null, ''];
if ($recipient === null) {
    fwrite(STDERR, "usage: php send.php KIND EXPORTED_FILE RECIPIENT SUBJECT [FROM]\n");
    exit(2);
}
$body = "Sent by the real $kind consumer from the wizard's export.\n";

function fail(string $message): void
{
    fwrite(STDERR, $message . "\n");
    exit(1);
}

// -- PHPMailer 6.6 (Debian libphp-phpmailer) ----------------------------------------
function phpmailer(): PHPMailer\PHPMailer\PHPMailer
{
    require_once '/usr/share/php/libphp-phpmailer/autoload.php';
    $mail = new PHPMailer\PHPMailer\PHPMailer(true);
    $mail->isSMTP();
    $mail->Timeout = 15;
    return $mail;
}

function send_phpmailer(PHPMailer\PHPMailer\PHPMailer $mail, string $from, string $to, string $subject, string $body): void
{
    $mail->setFrom($from);
    $mail->addAddress($to);
    $mail->Subject = $subject;
    $mail->Body = $body;
    try {
        $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        fail('PHPMailer: ' . $e->getMessage());
    }
}

if ($kind === 'corebos') {
    // coreBOS modules/Emails/mail.php setMailServerProperties() (TARGETS.md §1,
    // mail.php:350-441): smtp_auth decides SMTPAuth/SMTPSecure, `server` is the Host
    // with its ssl:// or tls:// prefix and :port; server_port is never read.
    $row = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    $mail = phpmailer();
    $smtp_auth = (string) $row['smtp_auth'];
    if ($smtp_auth !== 'false') {
        $mail->SMTPAuth = true;
        if ($smtp_auth !== 'true') {
            if ($smtp_auth === 'sslnc' || $smtp_auth === 'tlsnc') {
                $mail->SMTPOptions = ['ssl' => ['verify_peer' => false, 'verify_peer_name' => false, 'allow_self_signed' => true]];
                $smtp_auth = substr($smtp_auth, 0, 3);
            }
            $mail->SMTPSecure = $smtp_auth;
        }
    }
    $mail->Host = (string) $row['server'];
    $mail->Username = (string) $row['server_username'];
    // mail.php:390 undoes the to_html() that PearDatabase::query_result() applied.
    $mail->Password = html_entity_decode(htmlentities((string) $row['server_password'], ENT_QUOTES, 'UTF-8'), ENT_QUOTES, 'UTF-8');
    $from = (string) ($row['from_email_field'] ?? '');
    send_phpmailer($mail, $from !== '' ? $from : (string) $row['server_username'], $recipient, $subject, $body);
    exit(0);
}

if ($kind === 'wordpress') {
    // WP Mail SMTP (TARGETS.md §9; src/Options.php 571-589 and 1041-1059,
    // src/Processor.php 142-151): the wp-config constants (a fragment without
    // `<?php`, pasted into wp-config.php) become PHPMailer settings.
    eval(preg_replace('/^\s*<\?php/', '', (string) file_get_contents($file)));
    if (!defined('WPMS_ON') || !WPMS_ON || WPMS_MAILER !== 'smtp') {
        fail('WP Mail SMTP: WPMS_ON/WPMS_MAILER do not select SMTP');
    }
    $mail = phpmailer();
    $encryption = WPMS_SSL === '' ? 'none' : WPMS_SSL;
    $mail->Host = WPMS_SMTP_HOST;
    $mail->Port = (int) WPMS_SMTP_PORT;
    $mail->SMTPSecure = $encryption === 'none' ? '' : $encryption;
    $mail->SMTPAuth = (bool) WPMS_SMTP_AUTH;
    // Processor: SMTPAutoTLS is switched off only when encryption is not 'tls'
    // and the autotls option is off.
    if ($encryption !== 'tls' && defined('WPMS_SMTP_AUTOTLS') && !WPMS_SMTP_AUTOTLS) {
        $mail->SMTPAutoTLS = false;
    }
    if ($mail->SMTPAuth) {
        $mail->Username = WPMS_SMTP_USER;
        $mail->Password = WPMS_SMTP_PASS;
    }
    send_phpmailer($mail, defined('WPMS_MAIL_FROM') ? WPMS_MAIL_FROM : WPMS_SMTP_USER, $recipient, $subject, $body);
    exit(0);
}

if ($kind === 'phpmailer') {
    // The phpmailer export is PHP that sets properties on `$mail` (and calls
    // setFrom), pasted after `$mail = new PHPMailer(true);` in the application.
    $mail = phpmailer();
    include $file;
    $mail->addAddress($recipient);
    $mail->Subject = $subject;
    $mail->Body = $body;
    try {
        $mail->send();
    } catch (PHPMailer\PHPMailer\Exception $e) {
        fail('PHPMailer: ' . $e->getMessage());
    }
    exit(0);
}

// -- PEAR Mail + Net_SMTP (Debian php-mail 1.4.1, php-net-smtp 1.10.1) -------------
if ($kind === 'civicrm') {
    // CRM_Utils_Mail::createMailer() (TARGETS.md §2): host/port/auth from
    // mailing_backend; the password through crypto.token->decrypt(), which returns
    // any string not starting with chr(2) as it is (CryptoToken::isPlainText).
    require_once 'Mail.php';
    if (str_ends_with($file, '.php')) {
        // The civicrm.settings.php override: a mandatory setting in
        // $civicrm_setting['domain'] (SettingsManager::parseMandatorySettings).
        $civicrm_setting = [];
        include $file;
        $backend = $civicrm_setting['domain']['mailing_backend'] ?? fail('no mailing_backend override');
    } else {
        $json = json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
        $backend = $json['mailing_backend'] ?? $json;
    }
    if ((string) ($backend['outBound_option'] ?? '') !== '0') {
        fail('CiviCRM: outBound_option is not 0 (SMTP)');
    }
    $params = [
        'host' => ($backend['smtpServer'] ?? '') ?: 'localhost',
        'port' => ($backend['smtpPort'] ?? 0) ?: 25,
        'localhost' => 'civicrm.system.test',
        'timeout' => 30,
        'persist' => true,
    ];
    if (!empty($backend['smtpAuth'])) {
        $password = (string) ($backend['smtpPassword'] ?? '');
        if (str_starts_with($password, "\x02")) {
            fail('CiviCRM: the password is a crypto.token; this driver has no CIVICRM_CRED_KEYS');
        }
        $params += ['auth' => true, 'username' => $backend['smtpUsername'], 'password' => $password];
    } else {
        $params['auth'] = false;
    }
    $mailer = Mail::factory('smtp', $params);
    $from = $backend['wizard_from'] ?? ($backend['smtpUsername'] ?? 'civicrm@system.test');
    $result = $mailer->send($recipient, ['From' => $from, 'To' => $recipient, 'Subject' => $subject], $body);
    if ((new PEAR())->isError($result)) {
        fail('PEAR Mail: ' . $result->getMessage());
    }
    exit(0);
}

// -- Symfony Mailer 5.4 (Debian php-symfony-mailer) --------------------------------
require_once '/usr/share/php/Symfony/Component/Mailer/autoload.php';

use Symfony\Component\Mailer\Mailer;
use Symfony\Component\Mailer\Transport;
use Symfony\Component\Mailer\Transport\Dsn;
use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransport;
use Symfony\Component\Mailer\Transport\Smtp\EsmtpTransportFactory;
use Symfony\Component\Mime\Email;

function send_symfony($transport, string $from, string $to, string $subject, string $body): void
{
    try {
        (new Mailer($transport))->send((new Email())->from($from)->to($to)->subject($subject)->text($body));
    } catch (Throwable $e) {
        fail('Symfony Mailer: ' . get_class($e) . ': ' . $e->getMessage());
    }
}

function dotenv(string $file): array
{
    // vlucas/phpdotenv, the reader Laravel and Symfony's runtime use (Debian 5.4.1).
    require_once '/usr/share/php/Dotenv/autoload.php';
    return Dotenv\Dotenv::createArrayBacked(dirname($file), basename($file))->load();
}

if ($kind === 'symfony') {
    // config/packages/mailer.yaml: `dsn: '%env(MAILER_DSN)%'` → Transport::fromDsn();
    // FROM is that file's headers.From (read by the test with a YAML parser).
    $env = dotenv($file);
    $dsn = $env['MAILER_DSN'] ?? fail('no MAILER_DSN in the export');
    $from = $configured_from !== '' ? $configured_from : rawurldecode((string) parse_url($dsn, PHP_URL_USER));
    send_symfony(Transport::fromDsn($dsn), $from, $recipient, $subject, $body);
    exit(0);
}

if ($kind === 'dsn') {
    // The generic URL export as a Symfony DSN, taken as it is: Transport::fromDsn().
    $dsn = trim((string) file_get_contents($file));
    $from = rawurldecode((string) parse_url($dsn, PHP_URL_USER));
    send_symfony(Transport::fromDsn($dsn), $from, $recipient, $subject, $body);
    exit(0);
}

if ($kind === 'laravel') {
    // Laravel ≥ 11.36 / 12.x (TARGETS.md §5): Env::getOption() turns true/false/
    // null/empty into values; MailManager::createSmtpTransport() picks
    // scheme ?: (port == 465 ? 'smtps' : 'smtp') and ignores MAIL_ENCRYPTION.
    $raw = dotenv($file);
    $env = static function (string $key, $default = null) use ($raw) {
        if (!array_key_exists($key, $raw)) {
            return $default;
        }
        $value = $raw[$key];
        switch (strtolower((string) $value)) {
            case 'true': case '(true)': return true;
            case 'false': case '(false)': return false;
            case 'empty': case '(empty)': return '';
            case 'null': case '(null)': return null;
        }
        return $value;
    };
    if ($env('MAIL_MAILER', 'log') !== 'smtp') {
        fail('Laravel: MAIL_MAILER is not smtp');
    }
    if ($env('MAIL_URL')) {
        fail('Laravel: MAIL_URL is not driven here (the export writes the MAIL_* keys)');
    }
    $config = [
        'scheme' => $env('MAIL_SCHEME'),
        'host' => $env('MAIL_HOST', '127.0.0.1'),
        'port' => $env('MAIL_PORT', 2525),
        'username' => $env('MAIL_USERNAME'),
        'password' => $env('MAIL_PASSWORD'),
    ];
    $scheme = $config['scheme'] ?: ((int) $config['port'] === 465 ? 'smtps' : 'smtp');
    $transport = (new EsmtpTransportFactory())->create(new Dsn(
        $scheme, (string) $config['host'], $config['username'], $config['password'], (int) $config['port'], []
    ));
    send_symfony($transport, (string) $env('MAIL_FROM_ADDRESS'), $recipient, $subject, $body);
    exit(0);
}

if ($kind === 'nextcloud') {
    // Nextcloud lib/private/Mail/Mailer.php getSmtpInstance() (TARGETS.md §9):
    // only mail_smtpsecure === 'ssl' means TLS; anything else is null (Symfony
    // decides: 465 → TLS, otherwise opportunistic STARTTLS).
    $CONFIG = [];
    include $file; // config.php fragment: `$CONFIG = array(...)`
    $secure = (string) ($CONFIG['mail_smtpsecure'] ?? '');
    $transport = new EsmtpTransport(
        (string) ($CONFIG['mail_smtphost'] ?? '127.0.0.1'),
        (int) ($CONFIG['mail_smtpport'] ?? 25),
        $secure === 'ssl' ? true : null
    );
    if ($CONFIG['mail_smtpauth'] ?? false) {
        $transport->setUsername((string) ($CONFIG['mail_smtpname'] ?? ''));
        $transport->setPassword((string) ($CONFIG['mail_smtppassword'] ?? ''));
    }
    if (!empty($CONFIG['mail_smtpstreamoptions'])) {
        $transport->getStream()->setStreamOptions($CONFIG['mail_smtpstreamoptions']);
    }
    $from = ($CONFIG['mail_from_address'] ?? 'nextcloud') . '@' . ($CONFIG['mail_domain'] ?? 'system.test');
    send_symfony($transport, $from, $recipient, $subject, $body);
    exit(0);
}

fwrite(STDERR, "unknown kind $kind\n");
exit(2);
