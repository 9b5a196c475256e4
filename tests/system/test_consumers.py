"""The exports, proven by the real consumers (issue 14, "Proof").

For each application the wizard exports to, the application's own mail library
reads *only the exported text* (written to a file, as the admin would paste it)
and sends one message through the system tier's Postfix: over STARTTLS on the
submission listener and over implicit TLS on the 465-style listener, both with
the private CA. The message counts as proven only when Postfix's own log shows
it accepted on that listener for the signed-in user and handed to the discard
transport (status=sent).

Then the negatives: exported with the wrong TLS mode (implicit TLS settings
aimed at the STARTTLS port, and "no encryption" aimed at the submission port),
each consumer fails, or silently upgrades, the way ../shared/TARGETS.md says;
and without the CA step an export's warning asks for, the consumer refuses.

The CA: consumers with a place for it get it from the export only (msmtp's
``tls_trust_file``, Postfix's ``smtp_tls_CAfile``, PHPMailer's and Nextcloud's
stream ``cafile``, GitLab's ``smtp_ca_file``). The others (coreBOS, WordPress,
CiviCRM, Symfony, Laravel, the URL, Django, Nodemailer's JSON) have none, and
the host trusts it instead (``php -d openssl.cafile``, ``SSL_CERT_FILE``,
``NODE_EXTRA_CA_CERTS``), as their export's warning tells the admin. Odoo gets
no trust at all (17/18 never check). Findings: ../../docs/CONSUMERS.md.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, leaked_forms
from tests.system.conftest import IN_CI
from tests.system.consumers.relay import start_relay
from tests.system.stack import ASCII_PASSWORD, ASCII_USER, DOMAIN, PASSWORD, USER
from wizard.core.model import Profile, Security

CONSUMERS = ROOT / "tests" / "system" / "consumers"
NODE_DIR = ROOT / "tests" / "node"
LISTENER = {Security.STARTTLS: "submission", Security.SSL: "implicit"}
# Postfix's syslog_name per listener (tests/system/stack.py master.cf).
LOG_NAME = {
    "submission": "postfix/submission",
    "implicit": "postfix/smtps",
    "plain": "postfix/plain",
}


# -- what every consumer test shares ----------------------------------------------
@dataclass
class Outcome:
    """What the consumer did: its exit status and everything it printed."""

    returncode: int
    output: str


class Redacted(str):
    """Exported text: it may hold the password, so pytest's reports (which show
    every frame's arguments and every compared value) see only a placeholder."""

    def __repr__(self) -> str:
        return "<exported text, redacted>"


@dataclass
class Case:
    stack: object
    tmp: Path
    user: str
    password: str = field(repr=False)
    recipient: str
    # The host trusts the private CA for consumers with no place for it in their
    # settings; False shows what happens when the admin skips that step.
    host_trust: bool = True

    def secrets_absent(self, text: str) -> None:
        """No form of the password in what the consumer (or we) print."""
        forms = [*leaked_forms(self.password, self.user), quote(self.password, safe="")]
        for form in forms:
            assert form not in text, "a form of the password leaked into the output"


def need_tool(*tools: str) -> None:
    lacking = [t for t in tools if shutil.which(t, path="/usr/sbin:/usr/bin:/sbin:/bin") is None]
    if lacking:
        message = f"consumer not installed ({', '.join(lacking)}): run tests/system/provision.sh"
        if IN_CI:
            pytest.fail(message + " — CI=true, so this fails instead of skipping")
        pytest.skip(message)


def exported(target_id: str, profile: Profile, password: str | None) -> dict[str, str]:
    """The export's artifacts by file name, exactly as the wizard writes them."""
    from wizard import targets

    if target_id not in targets.TARGETS:
        pytest.fail(f"no export target {target_id!r} registered (issue 14 a/b not merged?)")
    export = targets.get(target_id).export(profile, password)
    return {artifact.filename: Redacted(artifact.text) for artifact in export.artifacts}


def pick(files: dict[str, str], *patterns: str) -> str:
    """The artifact whose file name matches the first pattern that matches one."""
    for pattern in patterns:
        for name, text in files.items():
            if re.search(pattern, name):
                return text
    raise AssertionError(f"no artifact like {patterns} in {sorted(files)}")


def write(tmp: Path, name: str, text: str, mode: int = 0o600) -> Path:
    path = tmp / name
    path.write_bytes(text.encode("utf-8"))
    path.chmod(mode)
    return path


def execute(cmd: list[str], case: Case, env: dict[str, str] | None = None) -> Outcome:
    started = time.monotonic()
    env = {**_base_env(), **(env or {})}
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    output = done.stdout + done.stderr
    case.secrets_absent(output)
    assert time.monotonic() - started < 30, "a consumer took more than 30 s"
    return Outcome(done.returncode, output)


def _base_env() -> dict[str, str]:
    """This process's environment without any CA trust of ours."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("SSL_CERT", "NODE_EXTRA"))}


def delivered(case: Case, timeout: float = 10) -> tuple[str, str]:
    """(listener, sasl_username or "") of the session that handed
    ``case.recipient`` to Postfix, once the discard agent logged it as sent."""
    log = Path(case.stack.need("postfix")["log"])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace")
        sent = re.search(rf"(\w+): to=<{re.escape(case.recipient)}>.*status=sent", text)
        if sent:
            queue_id = sent.group(1)
            session = re.search(
                rf"(postfix/\w+)/smtpd\[\d+\]: {queue_id}: client=[^,\s]+"
                rf"(?:, sasl_method=\w+, sasl_username=(\S+))?$",
                text,
                re.MULTILINE,
            )
            assert session, f"no smtpd session for {queue_id}"
            listener = {v: k for k, v in LOG_NAME.items()}.get(session.group(1), session.group(1))
            return listener, session.group(2) or ""
        time.sleep(0.1)
    raise AssertionError(f"nothing for {case.recipient} reached Postfix's log as sent")


def not_delivered(case: Case) -> None:
    time.sleep(0.5)
    text = Path(case.stack.need("postfix")["log"]).read_text(errors="replace")
    assert f"to=<{case.recipient}>" not in text


# -- the consumers ------------------------------------------------------------------
def php(kind: str, file: Path, case: Case, host_trust: bool = True, sender: str = "") -> Outcome:
    """``host_trust``: the consumer has no place for a CA file, so PHP's OpenSSL
    default trusts it (as the export's warning tells the admin to do)."""
    need_tool("php")
    trusted = host_trust and case.host_trust
    trust = ["-d", f"openssl.cafile={case.stack.ca_file}"] if trusted else []
    cmd = ["php", *trust, str(CONSUMERS / "send.php")]
    return execute([*cmd, kind, str(file), case.recipient, f"issue 14 {kind}", sender], case)


def corebos_row(sql: str, tmp: Path) -> dict[str, str]:
    """The vtiger_systems row after running the export's SQL (sqlite3 stands in for
    MySQL: the statements are plain INSERT/UPDATE)."""
    db = sqlite3.connect(tmp / "corebos.sqlite")
    db.execute(
        "CREATE TABLE vtiger_systems (id INTEGER PRIMARY KEY, server TEXT, server_port INTEGER,"
        " server_username TEXT, server_password TEXT, server_type TEXT, smtp_auth TEXT,"
        " server_path TEXT, from_email_field TEXT)"
    )
    db.execute("CREATE TABLE vtiger_systems_seq (id INTEGER)")
    db.execute("INSERT INTO vtiger_systems_seq VALUES (0)")
    db.executescript(sql)
    db.row_factory = sqlite3.Row
    rows = db.execute("SELECT * FROM vtiger_systems WHERE server_type = 'email'").fetchall()
    assert len(rows) == 1, f"the SQL left {len(rows)} email rows"
    return {k: "" if rows[0][k] is None else str(rows[0][k]) for k in rows[0].keys()}  # noqa: SIM118


def send_corebos(files: dict[str, str], case: Case) -> Outcome:
    """coreBOS's row as the export's SQL leaves it; the form fields the admin
    would type instead must say the same."""
    row = corebos_row(pick(files, r"\.sql$"), case.tmp)
    form = dict(
        line.split(" = ", 1) for line in pick(files, r"\.txt$").splitlines() if " = " in line
    )
    disagree = [key for key, value in form.items() if row.get(key) != value]
    assert not disagree, "the form fields and the SQL disagree"
    return php("corebos", write(case.tmp, "vtiger_systems.json", json.dumps(row)), case)


def send_wordpress(files: dict[str, str], case: Case) -> Outcome:
    return php("wordpress", write(case.tmp, "wp-config-smtp.php", pick(files, ".")), case)


def send_phpmailer(files: dict[str, str], case: Case) -> Outcome:
    text = pick(files, r"\.php$")
    path = write(case.tmp, "smtp-phpmailer.php", text)
    return php("phpmailer", path, case, host_trust="cafile" not in text)


def send_civicrm(files: dict[str, str], case: Case) -> Outcome:
    """``cv setting:set --in=json`` stores the JSON's mailing_backend as it is."""
    return php("civicrm", write(case.tmp, "mailing_backend.json", pick(files, r"\.json$")), case)


def send_civicrm_settings(files: dict[str, str], case: Case) -> Outcome:
    """The civicrm.settings.php override instead of cv."""
    text = pick(files, r"civicrm\.settings\.php$")
    return php("civicrm", write(case.tmp, "civicrm.settings.php", text), case)


def send_symfony(files: dict[str, str], case: Case) -> Outcome:
    import yaml

    mailer = yaml.safe_load(pick(files, r"mailer\.yaml$"))["framework"]["mailer"]
    assert mailer["dsn"] == "%env(MAILER_DSN)%"
    sender = mailer["headers"]["From"]
    return php("symfony", write(case.tmp, ".env", pick(files, r"env")), case, sender=sender)


def send_dsn_symfony(files: dict[str, str], case: Case) -> Outcome:
    return php("dsn", write(case.tmp, "smtp-url.txt", pick(files, ".")), case)


def send_laravel(files: dict[str, str], case: Case) -> Outcome:
    return php("laravel", write(case.tmp, ".env", pick(files, r"env", r".")), case)


def send_nextcloud(files: dict[str, str], case: Case) -> Outcome:
    """config/smtp.config.php; its mail_smtpstreamoptions carries the CA file."""
    text = pick(files, r"\.php$")
    path = write(case.tmp, "smtp.config.php", text)
    return php("nextcloud", path, case, host_trust="cafile" not in text)


def send_django(kind: str) -> Callable[[dict[str, str], Case], Outcome]:
    def send(files: dict[str, str], case: Case) -> Outcome:
        name = "settings.py" if kind == "django" else ".env"
        path = write(case.tmp, name, pick(files, r"\.py$" if kind == "django" else r"env", "."))
        cmd = [sys.executable, "-m", "tests.system.consumers.send_django", kind, str(path)]
        env = {"SSL_CERT_FILE": case.stack.ca_file} if case.host_trust else {}
        return execute([*cmd, case.recipient, f"issue 14 {kind}"], case, env)

    return send


def send_nodemailer(files: dict[str, str], case: Case) -> Outcome:
    need_tool("node", "npm")
    # The pinned Nodemailer (tests/node/package-lock.json), installed the way the
    # export-reader tests do it, under their lock.
    from tests.test_export_readers import _install_lock, _installed_as_locked

    with _install_lock():
        if not _installed_as_locked():
            subprocess.run(
                ["npm", "ci", "--prefix", str(NODE_DIR), "--ignore-scripts", "--no-audit",
                 "--no-fund", "--loglevel=error"],
                capture_output=True, timeout=600, check=True,
            )  # fmt: skip
        assert _installed_as_locked(), "npm ci did not install the locked Nodemailer"
    text = pick(files, r"\.json$", ".")
    path = write(case.tmp, "transport.json", text)
    trusted = case.host_trust and '"ca"' not in text
    env = {"NODE_EXTRA_CA_CERTS": case.stack.ca_file} if trusted else {}
    cmd = ["node", str(NODE_DIR / "send_nodemailer.js"), str(path), case.recipient, "issue 14"]
    return execute(cmd, case, env)


def send_gitlab(files: dict[str, str], case: Case) -> Outcome:
    """gitlab.rb evaluated by Ruby, delivered by Net::SMTP as the mail gem drives it;
    its smtp_ca_file is the only CA trust."""
    need_tool("ruby")
    path = write(case.tmp, "gitlab.rb", pick(files, r"gitlab", "."))
    cmd = ["ruby", str(CONSUMERS / "send_gitlab.rb"), str(path), case.recipient]
    return execute(cmd, case)


def send_msmtp(files: dict[str, str], case: Case) -> Outcome:
    """msmtp with the export's account; ``passwordeval secret-tool ...`` reads the
    password the wizard stored in the Secret Service (the stack's gnome-keyring)."""
    need_tool("msmtp", "secret-tool")
    config = write(case.tmp, "msmtprc", pick(files, r"msmtp", "."))
    message = f"From: {case.user}\nTo: {case.recipient}\nSubject: issue 14 msmtp\n\nmsmtp.\n"
    env = case.stack.keyring_env()
    cmd = ["msmtp", "-C", str(config), case.recipient]
    started = time.monotonic()
    done = subprocess.run(cmd, input=message, capture_output=True, text=True, timeout=60,
                          env={**_base_env(), **env})  # fmt: skip
    output = done.stdout + done.stderr
    case.secrets_absent(output)
    assert time.monotonic() - started < 30
    return Outcome(done.returncode, output)


def send_postfix_relay(files: dict[str, str], case: Case) -> Outcome:
    """A second Postfix with the export's main.cf lines and sasl_passwd map."""
    need_tool("postfix", "postmap", "sendmail")
    main_cf = pick(files, r"main\.cf")
    sasl = pick(files, r"sasl_passwd")
    apply = pick(files, r"\.sh$")
    # Under the stack's folder: pytest's tmp folders are 0700 and Postfix's own
    # processes (user postfix) must reach the queue.
    root = Path(case.stack.info["dir"]) / f"relay-{uuid.uuid4().hex[:8]}"
    relay = start_relay(root, main_cf, sasl, apply)
    try:
        relay.send(case.user, case.recipient, "issue 14 postfix relay")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            log = relay.log_text()
            if re.search(rf"to=<{re.escape(case.recipient)}>.*status=(sent|bounced|deferred)", log):
                break
            time.sleep(0.1)
        log = relay.log_text()
    finally:
        relay.stop()
        shutil.rmtree(root, ignore_errors=True)
    case.secrets_absent(log)
    line = re.search(rf"to=<{re.escape(case.recipient)}>.*status=(\w+).*", log)
    ok = bool(line and line.group(1) == "sent")
    return Outcome(0 if ok else 1, line.group(0) if line else log[-2000:])


def send_odoo(files: dict[str, str], case: Case) -> Outcome:
    """Odoo 17/18 ``ir.mail_server.connect()`` replayed with the stdlib, which is all
    it uses (TARGETS.md §3): SMTP_SSL for 'ssl', SMTP + starttls() for 'starttls',
    with no SSL context (so no certificate check), login only if a user is set."""
    xml = pick(files, r"\.xml$")
    record = ET.fromstring(xml).find(".//record[@model='ir.mail_server']")
    assert record is not None, "no ir.mail_server record in the export"
    fields = {f.get("name"): (f.text or "") for f in record.findall("field")}
    request = json.dumps({**fields, "rcpt": case.recipient})
    cmd = [sys.executable, "-m", "tests.system.consumers.odoo_replay", case.recipient]
    done = subprocess.run(cmd, input=request, capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=_base_env())  # fmt: skip
    output = done.stdout + done.stderr
    case.secrets_absent(output)
    return Outcome(done.returncode, output)


# How each TLS library says "that was no TLS record" when it opens with a
# ClientHello and Postfix greets in plain text.
WRONG_VERSION = r"wrong version number|WRONG_VERSION_NUMBER"


@dataclass(frozen=True)
class Consumer:
    target: str  # the export target (CLI id) whose text the consumer reads
    send: Callable[[dict[str, str], Case], Outcome]
    # The consumer's own words for implicit TLS aimed at the STARTTLS port.
    wrong_tls: str
    # "No encryption" aimed at the submission port (STARTTLS offered, AUTH only
    # after it): None = it silently upgrades and the message goes through (as
    # TARGETS.md says of PHPMailer's SMTPAutoTLS, Symfony, Nodemailer, Net_SMTP's
    # auth()); otherwise the consumer's own words for the failure.
    no_tls: str | None
    ascii_only: bool = False  # Python's smtplib: AUTH only with an ASCII password


PHPMAILER_TLS = "Could not connect to SMTP host"  # PHPMailer hides OpenSSL's reason
PHPMAILER_AUTH = "Could not authenticate"
SMTPLIB_NO_AUTH = "SMTP AUTH extension not supported by server"
MUST_STARTTLS = "530 5.7.0 Must issue a STARTTLS command first"

CONSUMER = {
    "corebos": Consumer("corebos", send_corebos, PHPMAILER_TLS, None),  # SMTPAutoTLS
    "phpmailer": Consumer("phpmailer", send_phpmailer, PHPMAILER_TLS, PHPMAILER_AUTH),
    "wordpress": Consumer("wordpress", send_wordpress, PHPMAILER_TLS, PHPMAILER_AUTH),
    "civicrm": Consumer("civicrm", send_civicrm, r"Failed to connect", None),
    "civicrm-settings": Consumer("civicrm", send_civicrm_settings, r"Failed to connect", None),
    # Their "no encryption" exports say auto_tls=false, which Debian's Symfony 5.4
    # does not know (7.1 and later): they upgrade here.
    "symfony": Consumer("symfony", send_symfony, WRONG_VERSION, None),
    "laravel": Consumer("laravel", send_laravel, WRONG_VERSION, None),
    "nextcloud": Consumer("nextcloud", send_nextcloud, WRONG_VERSION, None),
    "django": Consumer(
        "django", send_django("django"), WRONG_VERSION, SMTPLIB_NO_AUTH, ascii_only=True
    ),
    "django-environ": Consumer(
        "django-environ",
        send_django("django-environ"),
        WRONG_VERSION,
        SMTPLIB_NO_AUTH,
        ascii_only=True,
    ),
    # The export sets ignoreTLS for "no encryption": Nodemailer stays plain.
    "nodemailer": Consumer("nodemailer", send_nodemailer, WRONG_VERSION, MUST_STARTTLS),
    # smtp_enable_starttls_auto is opportunistic, and off for "no encryption":
    # Net::SMTP then stays plain and Postfix wants STARTTLS before AUTH.
    "gitlab": Consumer("gitlab", send_gitlab, WRONG_VERSION, MUST_STARTTLS),
    "msmtp": Consumer(
        "msmtp", send_msmtp, "TLS handshake failed", "server does not support authentication"
    ),
    # smtp_tls_security_level = none: the relay stays plain and gets bounced.
    "postfix": Consumer(
        "postfix", send_postfix_relay, r"status=deferred \(Cannot start TLS", MUST_STARTTLS
    ),
    # Run with no trust for the private CA at all: that it still sends proves
    # Odoo 17/18's connect() never checks the certificate (the export warns).
    "odoo": Consumer("odoo", send_odoo, WRONG_VERSION, SMTPLIB_NO_AUTH, ascii_only=True),
    # The generic URL export, read by the two libraries that take a URL as it is.
    # Its `auto_tls=false` for "no encryption" exists only from Symfony 7.1 and is
    # no Nodemailer option: both still upgrade here.
    "dsn-symfony": Consumer("dsn", send_dsn_symfony, WRONG_VERSION, None),
    "dsn-nodemailer": Consumer("dsn", send_nodemailer, WRONG_VERSION, None),
}


# -- fixtures -------------------------------------------------------------------------
@pytest.fixture
def case(system_stack, tmp_path, request) -> Case:
    consumer = request.node.callspec.params["consumer"]
    ascii_only = CONSUMER[consumer].ascii_only
    return Case(
        stack=system_stack,
        tmp=tmp_path,
        user=ASCII_USER if ascii_only else USER,
        password=ASCII_PASSWORD if ascii_only else PASSWORD,
        recipient=f"bob+{consumer}-{uuid.uuid4().hex[:8]}@{DOMAIN}",
    )


def profile_for(case: Case, security: Security, port: int) -> Profile:
    return Profile(
        name="Issue 14 proof",
        host="localhost",  # in the certificate; Postfix listens on 127.0.0.1
        port=port,
        security=security,
        auth=True,
        username=case.user,
        from_address=case.user,
        ca_file=case.stack.ca_file,
    )


def export_for(target_id: str, case: Case, profile: Profile) -> dict[str, str]:
    if target_id == "msmtp":
        # Without the password: the export reads it from the keyring with
        # secret-tool, so put it there the way the wizard does.
        store_in_keyring(case, profile)
        return exported(target_id, profile, None)
    return exported(target_id, profile, case.password)


def store_in_keyring(case: Case, profile: Profile) -> None:
    env = {**_base_env(), **case.stack.keyring_env()}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    code = (
        "import sys, asyncio, keyring\n"
        "from wizard.core.secrets import SecretStore\n"
        "asyncio.run(SecretStore(keyring.get_keyring()).set(sys.argv[1], sys.stdin.read()))\n"
    )
    cmd = [sys.executable, "-c", code, profile.id]
    done = subprocess.run(cmd, input=case.password, capture_output=True, text=True, timeout=60,
                          env=env, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]


# -- the proof --------------------------------------------------------------------------
@pytest.mark.parametrize("security", [Security.STARTTLS, Security.SSL], ids=str)
@pytest.mark.parametrize("consumer", list(CONSUMER))
def test_the_real_consumer_sends_through_postfix_with_only_the_export(case, consumer, security):
    listener = LISTENER[security]
    profile = profile_for(case, security, case.stack.port(listener))
    files = export_for(CONSUMER[consumer].target, case, profile)
    for text in files.values():
        if consumer == "msmtp":
            case.secrets_absent(text)  # the password stays in the keyring
    outcome = CONSUMER[consumer].send(files, case)
    assert outcome.returncode == 0, outcome.output[-2000:]
    assert delivered(case) == (listener, case.user)


@pytest.mark.parametrize("consumer", list(CONSUMER))
def test_implicit_tls_settings_against_the_starttls_port_fail_at_once(case, consumer):
    # The client opens with a TLS ClientHello; Postfix greets in plain text, which
    # is no TLS record: every TLS library gives up at once ("wrong version number",
    # "unexpected message", "packet length too long"...), before any credentials.
    profile = profile_for(case, Security.SSL, case.stack.port("submission"))
    outcome = CONSUMER[consumer].send(export_for(CONSUMER[consumer].target, case, profile), case)
    assert outcome.returncode != 0, outcome.output[-2000:]
    assert re.search(CONSUMER[consumer].wrong_tls, outcome.output), outcome.output[-2000:]
    not_delivered(case)


@pytest.mark.parametrize("consumer", list(CONSUMER))
def test_no_encryption_against_the_submission_port_fails_or_upgrades_as_documented(case, consumer):
    # The submission listener offers STARTTLS and AUTH only after it. TARGETS.md
    # says which consumers silently upgrade "no encryption" (PHPMailer's
    # SMTPAutoTLS, Symfony, Nodemailer, Net_SMTP inside auth(), Postfix "may") and
    # which really stay plain and then cannot sign in (Django, Odoo, msmtp).
    profile = profile_for(case, Security.NONE, case.stack.port("submission"))
    profile = profile.copy(allow_plaintext_auth=True)
    outcome = CONSUMER[consumer].send(export_for(CONSUMER[consumer].target, case, profile), case)
    expected_failure = CONSUMER[consumer].no_tls
    if expected_failure is None:
        assert outcome.returncode == 0, outcome.output[-2000:]
        assert delivered(case) == ("submission", case.user)
    else:
        assert outcome.returncode != 0, outcome.output[-2000:]
        assert re.search(expected_failure, outcome.output), outcome.output[-2000:]
        not_delivered(case)


UNTRUSTED = {
    # PHP streams verify by default: PHPMailer hides the reason, the others say it.
    "corebos": PHPMAILER_TLS,
    "wordpress": PHPMAILER_TLS,
    # Net_Socket's fsockopen() loses OpenSSL's reason: "(Unknown error)".
    "civicrm": r"Unable to connect to ssl://localhost:\d+ \(Unknown error\)",
    "symfony": r"certificate verify failed",
    "laravel": r"certificate verify failed",
    "django": r"CERTIFICATE_VERIFY_FAILED",
    "django-environ": r"CERTIFICATE_VERIFY_FAILED",
    "nodemailer": r"unable to verify the first certificate",
}


@pytest.mark.parametrize("consumer", list(UNTRUSTED))
def test_without_the_ca_step_from_the_warning_the_consumer_refuses_the_server(case, consumer):
    # These consumers have no setting for a CA file; their export warns that the
    # host must trust it. Skipping that step must fail closed (the certificate is
    # checked), never fall back to an unverified or plain connection.
    case.host_trust = False
    profile = profile_for(case, Security.SSL, case.stack.port("implicit"))
    outcome = CONSUMER[consumer].send(export_for(CONSUMER[consumer].target, case, profile), case)
    assert outcome.returncode != 0, outcome.output[-2000:]
    assert re.search(UNTRUSTED[consumer], outcome.output), outcome.output[-2000:]
    not_delivered(case)


# -- what the proof found (docs/CONSUMERS.md) -------------------------------------------
@pytest.mark.parametrize("consumer", ["symfony"])
def test_symfony_5_4_ignores_the_exported_require_tls_and_sends_in_plain_text(case, consumer):
    # The STARTTLS export without sign-in, aimed at a server that offers no
    # STARTTLS (the plain listener; an attacker can strip the offer the same way).
    # require_tls=true exists from Symfony 7.3; Debian's 5.4 ignores it and sends
    # in plain text, as the export's own warning says.
    profile = profile_for(case, Security.STARTTLS, case.stack.port("plain"))
    profile = profile.copy(auth=False, username="")
    files = export_for("symfony", case, profile)
    assert "require_tls=true" in pick(files, r"env")
    outcome = CONSUMER[consumer].send(files, case)
    assert outcome.returncode == 0, outcome.output[-2000:]
    assert delivered(case) == ("plain", "")


@pytest.mark.parametrize("consumer", ["django"])
def test_a_non_ascii_password_cannot_sign_in_through_pythons_smtplib(case, consumer):
    # Django (and Odoo) sign in with the standard library's smtplib, which encodes
    # AUTH PLAIN/LOGIN as ASCII: the stack's own password cannot be used at all,
    # whatever the export says. PHP, Node, msmtp and Postfix send it as UTF-8.
    assert not PASSWORD.isascii()
    case.user, case.password = USER, PASSWORD
    profile = profile_for(case, Security.STARTTLS, case.stack.port("submission"))
    outcome = CONSUMER[consumer].send(export_for("django", case, profile), case)
    assert outcome.returncode != 0
    assert "UnicodeEncodeError: 'ascii' codec can't encode" in outcome.output
    not_delivered(case)
