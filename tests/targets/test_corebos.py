"""coreBOS: the admin pastes the Outgoing Server fields (or runs the SQL) and
coreBOS sends with TLS exactly as tested.

The proof replays coreBOS's own reading of the row (modules/Emails/mail.php:
smtp_auth → SMTPAuth/SMTPSecure, server → Host) with Debian's PHPMailer 6.6
against a loopback server, after running the exported SQL in a real SQL engine.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs
from tests.targets.apptools import (
    PHPMAILER_AUTOLOAD,
    SECURITIES,
    PhpConsumer,
    assert_same_setup,
    setup,
)
from wizard.core.model import FromPolicy, Security
from wizard.targets import ImportError_
from wizard.targets.corebos import TARGET

# coreBOS has no field for these (the export says so in a warning).
NOT_IN_COREBOS = ("display_name", "ca_file")

# modules/Emails/mail.php setMailServerProperties(), as TARGETS.md §1 quotes it,
# on Debian's PHPMailer 6.6 (coreBOS bundles 5.2.27; same prefix semantics).
COREBOS_SEND = (
    r"""
require 'AUTOLOAD';
$r = json_decode(file_get_contents($argv[1]), true);
$mail = new \PHPMailer\PHPMailer\PHPMailer(true);
$mail->isSMTP();
$mail->Timeout = 5;
// Harness only: a plain client on an implicit-TLS port waits for a greeting that
// never comes (300 s in PHPMailer: SMTP::Timelimit).
$mail->getSMTPInstance()->Timelimit = 5;
if ('false' != $r['smtp_auth']) {
    $mail->SMTPAuth = true;
    if ('true' != $r['smtp_auth']) {
        if ($r['smtp_auth'] == 'sslnc' || $r['smtp_auth'] == 'tlsnc') {
            $mail->SMTPOptions = ['ssl' => ['verify_peer' => false,
                'verify_peer_name' => false, 'allow_self_signed' => true]];
            $r['smtp_auth'] = substr($r['smtp_auth'], 0, 3);
        }
        $mail->SMTPSecure = $r['smtp_auth'];
    }
}
$mail->Host = $r['server'];
$mail->Username = $r['server_username'];
$mail->Password = html_entity_decode($r['server_password'], ENT_QUOTES);
$mail->setFrom($r['from_email_field']);
$mail->addAddress('rcpt@example.test');
$mail->Subject = 'coreBOS test';
$mail->Body = 'sent as coreBOS sends';
try { $mail->send(); echo "SENT\n"; }
catch (\Exception $e) { echo "FAILED: ", $e->getMessage(), "\n"; exit(1); }
"""
).replace("AUTOLOAD", PHPMAILER_AUTOLOAD)


def stored_row(sql: str) -> dict[str, object]:
    """Run the exported SQL on the coreBOS table (schema/DatabaseSchema.xml) and
    read the row back as coreBOS does (server_type='email')."""
    db = sqlite3.connect(":memory:")
    db.create_function("CONCAT", -1, lambda *parts: "".join(parts))  # MySQL's CONCAT
    db.executescript(
        "CREATE TABLE vtiger_systems (id INTEGER PRIMARY KEY, server VARCHAR(100),"
        " server_port INTEGER, server_username VARCHAR(100), server_password VARCHAR(255),"
        " server_type VARCHAR(20), smtp_auth VARCHAR(5), server_path VARCHAR(256),"
        " from_email_field VARCHAR(50));"
        "CREATE TABLE vtiger_systems_seq (id INTEGER NOT NULL);"
        "INSERT INTO vtiger_systems_seq VALUES (7);"
    )
    db.executescript(sql)
    rows = db.execute(
        "SELECT id, server, server_port, server_username, server_password, smtp_auth,"
        " from_email_field FROM vtiger_systems WHERE server_type = 'email'"
    ).fetchall()
    assert len(rows) == 1
    keys = ("id", "server", "server_port", "server_username", "server_password", "smtp_auth")
    return dict(zip((*keys, "from_email_field"), rows[0], strict=True))


def stored_json(sql: str) -> str:
    """The row the exported SQL stores, as JSON for the PHP harness."""
    return json.dumps(stored_row(sql))


def test_the_server_string_carries_tls_and_port_as_corebos_parses_it():
    table = {
        Security.SSL: ("ssl://smtp.example.test:465", "ssl"),
        Security.STARTTLS: ("tls://smtp.example.test:587", "tls"),
        Security.NONE: ("smtp.example.test:25", "true"),
    }
    for security, (server, auth) in table.items():
        form = TARGET.export(setup(security)).artifacts[0].text
        assert f"server = {server}\n" in form
        assert f"smtp_auth = {auth}\n" in form
    # Without login smtp_auth is 'false', and the prefix alone still forces TLS.
    form = TARGET.export(setup(Security.STARTTLS, auth=False)).artifacts[0].text
    assert "smtp_auth = false\n" in form and "server = tls://" in form


@pytest.mark.parametrize("security", SECURITIES)
def test_the_form_fields_and_the_sql_read_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525)
    for artifact in TARGET.export(profile, PASSWORD).artifacts:
        assert TARGET.detect(artifact.text) >= 90
        got = TARGET.parse(artifact.text)
        assert_same_setup(profile, got, password=PASSWORD, unexpressed=NOT_IN_COREBOS)
    for artifact in TARGET.export(profile).artifacts:
        got = TARGET.parse(artifact.text)
        assert_same_setup(profile, got, password=None, unexpressed=NOT_IN_COREBOS)


def test_the_password_is_only_there_when_asked_for():
    exported = TARGET.export(setup())
    assert not exported.contains_password
    assert PASSWORD not in exported.combined()
    assert "server_password" not in exported.artifacts[0].text
    assert any("password is not included" in w.source for w in exported.warnings)
    with_password = TARGET.export(setup(), PASSWORD)
    assert all(a.contains_password for a in with_password.artifacts)


def test_the_sql_updates_the_existing_row_and_keeps_its_password_when_none_is_given():
    row = stored_row(TARGET.export(setup(), PASSWORD).artifacts[1].text)
    assert row["id"] == 8  # the next id from vtiger_systems_seq
    assert row["server_password"] == PASSWORD  # raw: mail.php decodes HTML entities only
    # Running the export again without the password updates the row and keeps it.
    db_sql = TARGET.export(setup(Security.SSL)).artifacts[1].text
    assert "server_password =" not in db_sql.split("INSERT")[0]


def test_a_pasted_server_string_and_nc_modes_are_understood():
    got = TARGET.parse("server = smtp.example.test\nsmtp_auth = sslnc\nserver_username = u\n")
    assert got.profile.security is Security.SSL
    assert got.profile.effective_port == 25  # PHPMailer's default: coreBOS never reads a port
    assert any("not to check" in w.source for w in got.warnings)
    bare = TARGET.parse("tls://mail.example.test:587")
    assert (bare.profile.host, bare.profile.port, bare.profile.security) == (
        "mail.example.test",
        587,
        Security.STARTTLS,
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "server = ",
        "server = smtp_x.example:25\nsmtp_auth = true",
        "smtp_auth = maybe\nserver = h",
    ],
)
def test_unusable_settings_are_refused_with_a_message(text: str):
    with pytest.raises(ImportError_):
        TARGET.parse(text)


def test_warnings_name_what_corebos_cannot_do():
    profile = setup(Security.NONE, ca_file="/etc/ssl/private-ca.pem", host="mail_1.example.test")
    sources = " ".join(w.source for w in TARGET.export(profile).warnings)
    assert "no setting for a CA file" in sources
    assert "cannot turn encryption off" in sources
    assert "does not accept the server name" in sources
    send_as_all = TARGET.export(setup(from_policy=FromPolicy.SEND_AS_USER)).artifacts[0].text
    assert "from_email_field = \n" in send_as_all


COREBOS = PhpConsumer(
    TARGET,
    COREBOS_SEND,
    "row.json",
    needs=PHPMAILER_AUTOLOAD,
    artifact=1,
    system_ca=True,
    as_read=stored_json,
)


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_corebos_sends_with_the_exported_row(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await COREBOS.send(
        certs, tmp_path, security=security, tls=tls, username=USER
    )
    assert code == 0 and "SENT" in output, output
    assert len(recorder.messages) == 1
    assert recorder.auth_attempts == 1


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "implicit"), (Security.SSL, "starttls")]
)
async def test_the_wrong_tls_mode_fails_in_corebos(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    code, output, recorder = await COREBOS.send(certs, tmp_path, security=security, tls=tls)
    assert code == 1 and "FAILED" in output
    assert recorder.messages == []


async def test_no_encryption_still_upgrades_in_corebos_and_fails_on_an_untrusted_certificate(
    certs: Certs, tmp_path: Path
):
    """Why the export warns: PHPMailer's SMTPAutoTLS takes STARTTLS when offered."""
    code, output, recorder = await COREBOS.send(
        certs, tmp_path, security=Security.NONE, cert="untrusted", password=None, auth=False
    )
    assert code == 1 and "FAILED" in output
    assert b"STARTTLS" in bytes(recorder.raw)


def test_a_password_with_spaces_at_both_ends_survives_the_form_fields():
    spaced = "  pass word  "
    form = TARGET.export(setup(), spaced).artifacts[0].text
    assert TARGET.parse(form).password == spaced
    assert TARGET.parse(TARGET.export(setup(), spaced).artifacts[1].text).password == spaced
