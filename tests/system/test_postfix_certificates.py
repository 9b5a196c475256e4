"""Certificates against a real Postfix (issue 13, item 5): a failure names the
certificate Postfix presents, a pin of that certificate is the whole check, and a
different pin stops before the password is sent."""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from tests.system.stack import USER
from tests.system.test_postfix import check, code, sent
from wizard.core.tls import der_sha256


def postfix_sha256(system_stack) -> str:
    system_stack.need("postfix")
    pem = Path(system_stack.info["certs"]["cert"]).read_bytes()
    return der_sha256(x509.load_pem_x509_certificate(pem).public_bytes(Encoding.DER))


def test_an_untrusted_postfix_certificate_is_named_with_its_fingerprint(system_stack):
    status, report, _raw = check(
        "--host", "localhost", "--port", str(system_stack.port("submission")), "--user", USER,
    )  # fmt: skip
    assert (status, code(report)) == (29, "CERT_UNTRUSTED")
    certificate = report["diagnosis"]["certificate"]
    assert certificate["sha256"] == postfix_sha256(system_stack)
    assert certificate["issuer"] == "CN=SMTP Wizard system-tier CA"
    assert certificate["subject"] == "CN=localhost" and "localhost" in certificate["names"]
    # A private CA, not a self-signed server: its CA file first, trusting second.
    assert [f["id"] for f in report["diagnosis"]["fixes"]] == ["ca_file", "trust_certificate"]
    assert not any(line.startswith("AUTH") for line in sent(report))


def test_a_pinned_postfix_certificate_passes_without_ca_or_name(system_stack):
    # 127.0.0.1 is not a name on the certificate: with a pin that does not matter.
    status, report, raw = check(
        "--host", "127.0.0.1", "--port", str(system_stack.port("submission")), "--user", USER,
        "--pin", postfix_sha256(system_stack).replace(":", "").lower(),
    )  # fmt: skip
    assert status == 0, raw
    assert any(line.startswith("AUTH") for line in sent(report))


def test_another_pin_stops_before_auth_with_both_fingerprints(system_stack):
    other = ":".join(["AB"] * 32)
    for listener, security in (("submission", "starttls"), ("implicit", "ssl")):
        status, report, raw = check(
            "--host", "localhost", "--port", str(system_stack.port(listener)),
            "--security", security, "--user", USER, "--pin", other,
        )  # fmt: skip
        assert (status, code(report)) == (29, "CERT_CHANGED"), raw
        certificate = report["diagnosis"]["certificate"]
        assert certificate["pinned_sha256"] == other
        assert certificate["sha256"] == postfix_sha256(system_stack)
        # Nothing said after the handshake: no second EHLO, no AUTH (implicit TLS:
        # not a word at all, the greeting is not even read).
        said = sent(report)
        assert not any(line.startswith("AUTH") for line in said), said
        assert said == (["EHLO [127.0.0.1]", "STARTTLS"] if security == "starttls" else [])
