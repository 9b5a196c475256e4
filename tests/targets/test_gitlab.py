"""GitLab: the admin adds the lines to gitlab.rb and runs gitlab-ctl reconfigure.

GitLab itself cannot be installed here. The lines are checked by Ruby itself
(`ruby -c`, then evaluated with a `gitlab_rails` hash as omnibus does), and the
delivery is replayed the way the mail gem's SMTP delivery drives Ruby's
Net::SMTP (tls → enable_tls, enable_starttls_auto → enable_starttls_auto, an
SSL context with verify_mode and ca_file) against loopback servers.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path

import pytest

from tests.servers import PASSWORD, USER, Certs, SmtpServer
from tests.targets.apptools import SECURITIES, assert_same_setup, require, setup
from wizard.core.model import Security
from wizard.targets import ImportError_
from wizard.targets.gitlab import TARGET

EVALUATE = """
require 'json'
gitlab_rails = {}
eval(File.read(ARGV[0]), binding, 'gitlab.rb')
puts JSON.generate(gitlab_rails)
"""

# The mail gem's Mail::SMTP#deliver! (build_smtp_session / ssl_context).
DELIVER = """
require 'net/smtp'
require 'openssl'
gitlab_rails = {}
eval(File.read(ARGV[0]), binding, 'gitlab.rb')
s = gitlab_rails
smtp = Net::SMTP.new(s['smtp_address'], s['smtp_port'])
context = OpenSSL::SSL::SSLContext.new
context.verify_mode =
  s['smtp_openssl_verify_mode'] == 'none' ? OpenSSL::SSL::VERIFY_NONE : OpenSSL::SSL::VERIFY_PEER
context.ca_file = s['smtp_ca_file'] if s['smtp_ca_file']
if s['smtp_tls'] || s['smtp_ssl']
  smtp.enable_tls(context)
elsif s['smtp_enable_starttls_auto']
  smtp.enable_starttls_auto(context)
end
smtp.open_timeout = 5
smtp.read_timeout = 5
message = "From: #{s['gitlab_email_from']}\\r\\nTo: rcpt@example.test\\r\\n" \\
  "Subject: GitLab test\\r\\n\\r\\nbody\\r\\n"
begin
  smtp.start(s['smtp_domain'] || 'localhost', s['smtp_user_name'], s['smtp_password'],
             s['smtp_user_name'] ? s['smtp_authentication'].to_sym : nil) do |session|
    session.send_message(message, s['gitlab_email_from'], 'rcpt@example.test')
  end
  puts 'SENT'
rescue StandardError, Timeout::Error => e
  puts "FAILED: #{e.class}"
  exit 1
end
"""


def ruby(script: str, tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    binary = require("ruby")
    (tmp_path / "gitlab.rb").write_text(text, encoding="utf-8")
    return subprocess.run(
        [binary, "-e", script, str(tmp_path / "gitlab.rb")],
        capture_output=True,
        text=True,
        timeout=60,
    )


async def deliver(tmp_path: Path, text: str) -> tuple[int, str]:
    binary = require("ruby")
    (tmp_path / "gitlab.rb").write_text(text, encoding="utf-8")
    process = await asyncio.create_subprocess_exec(
        binary,
        "-e",
        DELIVER,
        str(tmp_path / "gitlab.rb"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, output.decode()


@pytest.mark.parametrize(
    ("security", "tls", "starttls_auto"),
    [(Security.SSL, True, False), (Security.STARTTLS, False, True), (Security.NONE, False, False)],
)
def test_ruby_reads_the_lines_as_gitlab_rails_settings(
    security: Security, tls: bool, starttls_auto: bool, tmp_path: Path
):
    text = (
        TARGET.export(setup(security, ca_file="/etc/gitlab/trusted-certs/ca.pem"), PASSWORD)
        .artifacts[0]
        .text
    )
    syntax = subprocess.run([require("ruby"), "-c"], input=text, capture_output=True, text=True)
    assert syntax.returncode == 0 and "Syntax OK" in syntax.stdout
    result = ruby(EVALUATE, tmp_path, text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "smtp_enable": True,
        "smtp_address": "smtp.example.test",
        "smtp_port": setup(security).effective_port,
        "smtp_user_name": USER,
        "smtp_password": PASSWORD,
        "smtp_authentication": "login",
        "smtp_domain": "example.test",
        "smtp_enable_starttls_auto": starttls_auto,
        "smtp_tls": tls,
        "smtp_openssl_verify_mode": "peer",
        "smtp_ca_file": "/etc/gitlab/trusted-certs/ca.pem",
        "gitlab_email_from": "crm@example.test",
        "gitlab_email_display_name": "Example CRM",
    }


@pytest.mark.parametrize("security", SECURITIES)
def test_the_lines_read_back_to_the_same_setup(security: Security):
    profile = setup(security, port=2525, ca_file="/srv/ca.pem")
    text = TARGET.export(profile, PASSWORD).artifacts[0].text
    assert TARGET.detect(text) >= 90
    assert_same_setup(profile, TARGET.parse(text), password=PASSWORD)
    assert_same_setup(profile, TARGET.parse(TARGET.export(profile).artifacts[0].text))


def test_the_password_only_on_request_and_refusals():
    exported = TARGET.export(setup())
    assert "smtp_password" not in exported.combined() and not exported.contains_password
    assert any("STARTTLS only when the server offers it" in w.source for w in exported.warnings)
    assert TARGET.export(setup(), PASSWORD).contains_password
    with pytest.raises(ImportError_):
        TARGET.parse("external_url 'https://gitlab.example.test'")
    with pytest.raises(ImportError_):
        TARGET.parse("gitlab_rails['smtp_address'] = ENV['SMTP_HOST']")


@pytest.mark.parametrize(
    ("security", "tls"), [(Security.STARTTLS, "starttls"), (Security.SSL, "implicit")]
)
async def test_gitlab_delivers_with_the_lines_and_their_ca_file(
    security: Security, tls: str, certs: Certs, tmp_path: Path
):
    async with SmtpServer(certs, tls=tls) as server:
        profile = setup(security, host="127.0.0.1", port=server.port, ca_file=certs.ca_file)
        code, output = await deliver(tmp_path, TARGET.export(profile, PASSWORD).artifacts[0].text)
    assert code == 0 and "SENT" in output, output
    assert len(server.recorder.messages) == 1 and server.recorder.auth_attempts == 1


async def test_without_a_starttls_offer_gitlab_logs_in_in_plain_text(certs: Certs, tmp_path: Path):
    """Why the export warns: starttls_auto is opportunistic."""
    async with SmtpServer(certs, tls="starttls", advertise_starttls=False) as server:
        profile = setup(
            Security.STARTTLS, host="127.0.0.1", port=server.port, ca_file=certs.ca_file
        )
        code, output = await deliver(tmp_path, TARGET.export(profile, PASSWORD).artifacts[0].text)
    assert code == 0, output
    assert b"STARTTLS" not in bytes(server.recorder.raw)
    assert server.recorder.auth_attempts == 1  # the password went in plain text


async def test_the_wrong_tls_mode_fails_in_gitlab(certs: Certs, tmp_path: Path):
    async with SmtpServer(certs, tls="starttls") as server:
        profile = setup(Security.SSL, host="127.0.0.1", port=server.port, ca_file=certs.ca_file)
        code, output = await deliver(tmp_path, TARGET.export(profile, PASSWORD).artifacts[0].text)
    assert code == 1 and "FAILED" in output
    assert server.recorder.messages == []


def test_the_login_mechanism_reads_back():
    from wizard.core.model import AuthMechanism

    for mechanism, written in (
        (AuthMechanism.PLAIN, "'plain'"),
        (AuthMechanism.LOGIN, "'login'"),
        (AuthMechanism.CRAM_MD5, "'cram_md5'"),
    ):
        text = TARGET.export(setup(mechanism=mechanism)).artifacts[0].text
        assert f"gitlab_rails['smtp_authentication'] = {written}" in text
        assert TARGET.parse(text).profile.mechanism is mechanism


def test_a_password_with_line_breaks_and_interpolation_reaches_ruby_exactly(tmp_path: Path):
    odd = "a\r\nb\x85 #{x} #@y '\"\\ é"
    text = TARGET.export(setup(), odd).artifacts[0].text
    result = ruby(EVALUATE, tmp_path, text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["smtp_password"] == odd
    assert TARGET.parse(text).password == odd


def test_starttls_imports_with_the_note_that_gitlab_only_upgrades_when_offered():
    got = TARGET.parse(TARGET.export(setup(Security.STARTTLS)).artifacts[0].text)
    assert any("cannot be told to insist" in w.source for w in got.warnings)
    assert not TARGET.parse(TARGET.export(setup(Security.SSL)).artifacts[0].text).warnings
