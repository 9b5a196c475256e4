"""Certificates, as an admin meets them (issue 13, item 5): a self-signed server can be
trusted by its fingerprint and a changed certificate is refused before the password is
sent; every certificate failure names the certificate; a private CA that fails strict
verification says what it lacks instead of "select the CA file"."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from tests.certfactory import CA_DEFECTS, ServerCert, issue, make_ca, make_v1_ca
from tests.conftest import assert_no_secret
from tests.keyrings import MemoryKeyring
from tests.servers import HOST, PASSWORD, USER, SmtpServer
from tests.story import run_cli
from wizard.core.engine import CheckRequest, CheckResult, run_check
from wizard.core.export import export_notes, export_profile, parse_env
from wizard.core.model import LastTest, Profile, ProfileDataError, Security
from wizard.core.secrets import SERVICE
from wizard.core.store import ProfileStore
from wizard.core.tls import der_sha256, parse_pin
from wizard.core.transcript import to_text
from wizard.core.verdict import VerdictState, saved_state, settings_fingerprint

TLS_MODES = [("starttls", Security.STARTTLS), ("implicit", Security.SSL)]


def profile(port: int, security: Security = Security.STARTTLS, **changes: object) -> Profile:
    return Profile(
        host=HOST,
        port=port,
        security=security,
        username=USER,
        from_address=USER,
        **changes,  # type: ignore[arg-type]
    )


async def check(port: int, security: Security = Security.STARTTLS, **changes) -> CheckResult:
    return await run_check(CheckRequest(profile(port, security, **changes), PASSWORD))


@pytest.fixture
def self_signed(tmp_path: Path) -> ServerCert:
    return issue(None, tmp_path, common_name="mail.acme.test")


@pytest.fixture
def renewed(tmp_path: Path) -> ServerCert:
    """The same server's name on a new key: what a renewal (or an interceptor) shows."""
    return issue(None, tmp_path, common_name="mail.acme.test")


def never_signed_in(server: SmtpServer) -> None:
    assert server.recorder.auth_attempts == 0
    assert b"AUTH" not in bytes(server.recorder.raw).upper()


# -- a self-signed server ------------------------------------------------------------------
@pytest.mark.parametrize(("tls", "security"), TLS_MODES)
async def test_a_self_signed_server_is_named_and_its_certificate_can_be_trusted(
    self_signed, tls, security
):
    sha256 = der_sha256(self_signed.der)
    async with SmtpServer(self_signed, tls=tls) as server:  # type: ignore[arg-type]
        result = await check(server.port, security)
        never_signed_in(server)  # neither the check nor the second look at the certificate
    diagnosis = result.diagnosis
    assert diagnosis is not None and diagnosis.code == "CERT_UNTRUSTED"
    # The failure says which certificate: subject, issuer, names, dates and fingerprint.
    for said in (diagnosis.detail, to_text(result.transcript)):
        assert "CN=mail.acme.test" in said and "O=Acme Test" in said
        assert "localhost" in said and "127.0.0.1" in said
        assert sha256 in said
        assert self_signed.cert.not_valid_after_utc.strftime("%Y-%m-%d") in said
    certificate = diagnosis.to_dict()["certificate"]
    assert certificate["sha256"] == sha256 and certificate["issuer"] == certificate["subject"]
    # Self-signed: no CA file can help, trusting this one certificate can.
    trust, ca_file = diagnosis.fixes
    assert trust.id == "trust_certificate" and trust.changes == {"cert_pin": sha256}
    assert ca_file.id == "ca_file"

    async with SmtpServer(self_signed, tls=tls) as server:  # type: ignore[arg-type]
        result = await check(server.port, security, cert_pin=sha256)
    assert result.ok, result.diagnosis
    assert server.recorder.auth_attempts == 1
    assert "pinned" in to_text(result.transcript)


@pytest.mark.parametrize(("tls", "security"), TLS_MODES)
async def test_a_different_certificate_is_refused_before_the_password_is_sent(
    self_signed, renewed, tls, security
):
    pinned = der_sha256(self_signed.der)
    presented = der_sha256(renewed.der)
    async with SmtpServer(renewed, tls=tls) as server:  # type: ignore[arg-type]
        result = await check(server.port, security, cert_pin=pinned)
        never_signed_in(server)
    diagnosis = result.diagnosis
    assert diagnosis is not None and diagnosis.code == "CERT_CHANGED"
    assert result.exit_code == 29  # a TLS failure, like every certificate failure
    assert not result.ok
    # Both fingerprints, in the details and the certificate the failure names.
    assert pinned in diagnosis.detail and presented in diagnosis.detail
    certificate = diagnosis.to_dict()["certificate"]
    assert certificate["pinned_sha256"] == pinned and certificate["sha256"] == presented
    assert "stopped before signing in" in diagnosis.render()[1]
    # Nothing after the handshake: the transcript ends with the refusal.
    sent_after = [line.text for line in result.transcript if line.direction.value == "client"]
    assert not any(text.upper().startswith(("AUTH", "EHLO")) for text in sent_after[2:])
    # A renewal is the administrator's to confirm; trusting the new one is offered second.
    ask, trust_new = diagnosis.fixes
    assert ask.kind.value == "none" and trust_new.changes == {"cert_pin": presented}


async def test_a_pin_trusts_the_certificate_alone_without_a_ca_or_name_check(tmp_path):
    """Like msmtp's tls_fingerprint: the pin is the whole check (docs/CERTIFICATES.md)."""
    elsewhere = issue(None, tmp_path, ("other.example",), ips=())
    async with SmtpServer(elsewhere) as server:  # type: ignore[arg-type]
        unpinned = await check(server.port)
        pinned = await check(server.port, cert_pin=der_sha256(elsewhere.der))
    assert unpinned.diagnosis is not None and unpinned.diagnosis.code == "CERT_UNTRUSTED"
    assert pinned.ok, pinned.diagnosis


# -- every certificate failure names the certificate -----------------------------------
@pytest.mark.parametrize(
    ("cert", "code"),
    [
        ("untrusted", "CERT_UNTRUSTED"),
        ("wrong_name", "CERT_HOSTNAME_MISMATCH"),
        ("expired", "CERT_EXPIRED"),
    ],
)
async def test_every_certificate_failure_names_the_certificate_presented(certs, cert, code):
    leaf = getattr(certs, cert)
    sha256 = der_sha256(_der(leaf))
    async with SmtpServer(certs, cert=cert) as server:
        result = await check(server.port, ca_file=certs.ca_file)
        never_signed_in(server)
    diagnosis = result.diagnosis
    assert diagnosis is not None and diagnosis.code == code
    assert sha256 in diagnosis.detail and "issuer" in diagnosis.detail
    assert diagnosis.params["cert_issuer"] and diagnosis.params["cert_not_after"]
    if code == "CERT_UNTRUSTED":  # a CA we do not know: the CA file first, trusting second
        assert [f.id for f in diagnosis.fixes] == ["ca_file", "trust_certificate"]


def _der(leaf) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_pem_x509_certificate(leaf.cert_chain_pems[0].bytes()).public_bytes(
        Encoding.DER
    )


async def test_a_certificate_name_full_of_control_characters_reaches_no_terminal_raw(tmp_path):
    hostile = issue(None, tmp_path, common_name="evil\x1b]0;owned\x07\u202ecom")
    async with SmtpServer(hostile) as server:  # type: ignore[arg-type]
        result = await check(server.port)
    assert result.diagnosis is not None
    shown = result.diagnosis.detail + to_text(result.transcript)
    assert "\x1b" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert "\\x1b]0;owned\\x07\\u202ecom" in result.diagnosis.detail


# -- a private CA that fails strict verification ---------------------------------------------
@pytest.mark.parametrize("defect", list(CA_DEFECTS))
async def test_a_selected_private_ca_lacking_a_property_says_what_it_lacks(tmp_path, defect):
    ca = make_ca(**CA_DEFECTS[defect])  # type: ignore[arg-type]
    ca_file = ca.write(tmp_path / "acme-ca.pem")
    leaf = issue(ca, tmp_path)
    async with SmtpServer(leaf) as server:  # type: ignore[arg-type]
        result = await check(server.port, ca_file=ca_file)
        never_signed_in(server)
    diagnosis = result.diagnosis
    assert diagnosis is not None and diagnosis.code == "CA_NOT_STRICT", diagnosis
    assert diagnosis.params["defect_keys"].split(",") == [defect]
    explanation = diagnosis.render()[1]
    assert diagnosis.params["defects"] in explanation and "re-issue" in explanation
    # What to re-issue it with is in the fix that says who can.
    assert "keyCertSign" in diagnosis.fixes[1].label
    # Re-issuing takes time: trusting this server's certificate is what can be done now.
    assert diagnosis.fixes[0].changes == {"cert_pin": der_sha256(leaf.der)}
    assert diagnosis.fixes[1].kind.value == "none"


async def test_a_server_certificate_without_authority_key_identifier_is_named(tmp_path):
    ca = make_ca()
    leaf = issue(ca, tmp_path, authority_key_id=False)
    async with SmtpServer(leaf) as server:  # type: ignore[arg-type]
        result = await check(server.port, ca_file=ca.write(tmp_path / "ca.pem"))
    assert result.diagnosis is not None and result.diagnosis.code == "CA_NOT_STRICT"
    assert result.diagnosis.params["defect_keys"] == "leaf_no_authority_key_id"
    assert "Authority Key Identifier" in result.diagnosis.render()[1]


async def test_an_old_version_1_ca_is_named_as_such(tmp_path):
    ca = make_v1_ca(tmp_path)
    if ca is None:
        pytest.skip("the openssl command is needed to write a version 1 certificate")
    leaf = issue(ca, tmp_path, authority_key_id=False)
    async with SmtpServer(leaf) as server:  # type: ignore[arg-type]
        result = await check(server.port, ca_file=ca.write(tmp_path / "v1-ca.pem"))
    assert result.diagnosis is not None and result.diagnosis.code == "CA_NOT_STRICT"
    assert result.diagnosis.params["defect_keys"].startswith("version1")


async def test_a_well_formed_private_ca_passes_and_an_unselected_one_is_just_unknown(tmp_path):
    good = make_ca()
    leaf = issue(good, tmp_path)
    async with SmtpServer(leaf) as server:  # type: ignore[arg-type]
        result = await check(server.port, ca_file=good.write(tmp_path / "good.pem"))
    assert result.ok, result.diagnosis
    # A defective CA the user did not select: the CA is unknown, "select its file" holds.
    bad = make_ca(key_usage=None)
    leaf = issue(bad, tmp_path)
    async with SmtpServer(leaf) as server:  # type: ignore[arg-type]
        result = await check(server.port)
    assert result.diagnosis is not None and result.diagnosis.code == "CERT_UNTRUSTED"
    assert result.diagnosis.fixes[0].id == "ca_file"


# -- the pin in the saved setup ----------------------------------------------------------------
def test_a_pin_is_read_in_any_usual_spelling_and_saved_in_one():
    digest = "3ea9727444a606bd6b3efd42d4792ced167135ecba25cafd509fb4ba48624a42"
    canonical = ":".join(digest.upper()[i : i + 2] for i in range(0, 64, 2))
    for typed in (digest, digest.upper(), canonical, canonical.lower(), f" {canonical} "):
        assert parse_pin(typed) == canonical
    for wrong in ("", "abc", digest[:-1], digest + "00", "g" * 64, "sha256:" + digest):
        assert parse_pin(wrong) is None


def test_a_saved_pin_is_typed_checked_and_old_files_load_without_one():
    assert Profile.from_dict({"host": "h"}).cert_pin == ""
    digest = "ab" * 32
    assert Profile.from_dict({"cert_pin": digest}).cert_pin == parse_pin(digest)
    for bad in ("not a fingerprint", 42, None):
        with pytest.raises(ProfileDataError) as caught:
            Profile.from_dict({"cert_pin": bad})
        assert caught.value.field == "cert_pin"
    saved = Profile(host="h", cert_pin=parse_pin(digest) or "")
    assert Profile.from_dict(json.loads(json.dumps(saved.to_dict()))).cert_pin == saved.cert_pin


def test_a_pin_change_makes_a_pass_stale_and_an_old_record_still_holds():
    setup = Profile(host="mail.acme.test", port=587, from_address=USER)
    tested = settings_fingerprint(setup)
    setup.last_test = LastTest("2026-01-01T00:00:00+00:00", True, settings=tested)
    assert saved_state(setup) is VerdictState.PASSED
    pinned = setup.copy(cert_pin=parse_pin("cd" * 32) or "")
    assert saved_state(pinned) is VerdictState.STALE
    # A record saved before pins existed has no "cert_pin": it tested no pin.
    old = {k: v for k, v in tested.items() if k != "cert_pin"}
    setup.last_test = LastTest("2026-01-01T00:00:00+00:00", True, settings=old)
    assert saved_state(setup) is VerdictState.PASSED
    assert saved_state(setup.copy(cert_pin=pinned.cert_pin)) is VerdictState.STALE


# -- the command line ------------------------------------------------------------------------
async def test_check_pin_on_the_command_line(self_signed, renewed):
    sha256 = der_sha256(self_signed.der)
    base = ["check", "--host", HOST, "--user", USER, "--password-stdin"]
    async with SmtpServer(self_signed) as server:  # type: ignore[arg-type]
        port = ["--port", str(server.port)]
        code, out, err = await run_cli([*base, *port])
        assert code == 29 and "[CERT_UNTRUSTED]" in out, out + err
        # The certificate, one detail per line, and how to trust it from here.
        assert "Certificate presented by the server:" in out
        assert f"certificate SHA-256: {sha256}" in out
        assert f"--pin {sha256}" in out
        # Hex without colons, any case: the same pin.
        code, out, err = await run_cli([*base, *port, "--pin", sha256.replace(":", "").lower()])
        assert code == 0, out + err
    async with SmtpServer(renewed) as server:  # type: ignore[arg-type]
        code, out, err = await run_cli(
            [*base, "--port", str(server.port), "--pin", sha256, "--json"]
        )
        never_signed_in(server)
    data = json.loads(out)
    assert code == 29 and data["diagnosis"]["code"] == "CERT_CHANGED"
    assert data["diagnosis"]["certificate"]["pinned_sha256"] == sha256
    assert data["diagnosis"]["certificate"]["sha256"] == der_sha256(renewed.der)
    assert_no_secret(out + err)


async def test_a_wrong_pin_option_is_one_clear_line():
    code, _out, err = await run_cli(["check", "--host", HOST, "--pin", "12:34\x1b[2J"])
    assert code == 1 and "not a SHA-256 fingerprint" in err
    assert "\x1b" not in err and len(err.strip().splitlines()) == 1


@pytest.fixture
def keyring_memory(tmp_home):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


async def test_check_profile_uses_the_saved_pin(keyring_memory, self_signed, renewed):
    store = ProfileStore()
    setup = Profile(
        name="Office",
        host=HOST,
        port=1,
        username=USER,
        from_address=USER,
        cert_pin=der_sha256(self_signed.der),
    )
    store.put(setup)
    store.save()
    keyring_memory.set_password(SERVICE, setup.id, PASSWORD)
    async with SmtpServer(self_signed) as server:  # type: ignore[arg-type]
        code, out, err = await run_cli(
            ["check", "--profile", "Office", "--port", str(server.port)], password=""
        )
    assert code == 0, out + err
    async with SmtpServer(renewed) as server:  # type: ignore[arg-type]
        code, out, err = await run_cli(
            ["check", "--profile", "Office", "--port", str(server.port)], password=""
        )
        never_signed_in(server)
    assert code == 29 and "[CERT_CHANGED]" in out
    # --pin given alongside wins over the saved one.
    async with SmtpServer(renewed) as server:  # type: ignore[arg-type]
        code, out, err = await run_cli(
            [
                "check",
                "--profile",
                "Office",
                "--port",
                str(server.port),
                "--pin",
                der_sha256(renewed.der),
            ],
            password="",
        )
    assert code == 0, out + err


# -- the export carries the trusted certificate ------------------------------------------
def test_every_export_carries_the_pinned_certificate_or_says_it_cannot():
    pin = parse_pin("3e" * 32) or ""
    setup = Profile(host="mail.acme.test", port=587, from_address=USER, cert_pin=pin)
    assert json.loads(export_profile(setup, "json"))["cert_sha256"] == pin
    for fmt in ("env", "env-python", "env-node"):
        assert parse_env(export_profile(setup, fmt), fmt)["SMTP_CERT_SHA256"] == pin, fmt
        assert export_notes(setup, fmt) == []
    (note,) = [n for n in export_notes(setup, "dsn") if "fingerprint" in n.params]
    assert pin in note.text() and "tls_fingerprint" in note.text()
    assert pin not in export_profile(setup, "dsn")
    # No pin: nothing written, nothing to say.
    plain = setup.copy(cert_pin="")
    assert "cert_sha256" not in json.loads(export_profile(plain, "json"))
    assert [n for n in export_notes(plain, "dsn") if "fingerprint" in n.params] == []
