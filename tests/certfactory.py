"""Certificates with chosen defects, made with the ``cryptography`` package: a CA
lacking Basic Constraints, Key Usage, key identifiers, or an old version 1 CA (made
with the ``openssl`` command, which can still write one), and self-signed servers.

trustme (tests/servers.py) makes only well-formed CAs; these are the private CAs met
in real companies that strict verification (Python 3.13's default) refuses.
"""

from __future__ import annotations

import datetime
import ipaddress
import shutil
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

NOW = datetime.datetime.now(datetime.UTC)
NAMES = ("localhost",)


def _name(common_name: str, organisation: str = "Acme Test") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@dataclass
class Ca:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    def write(self, path: Path) -> str:
        path.write_bytes(_pem(self.cert))
        return str(path)


# Each defect a private CA can have, as an argument set for make_ca.
CA_DEFECTS: dict[str, dict[str, object]] = {
    "no_basic_constraints": {"basic_constraints": None},
    "not_ca": {"basic_constraints": "ca_false"},
    "basic_constraints_not_critical": {"basic_constraints": "not_critical"},
    "no_key_usage": {"key_usage": None},
    "no_cert_sign": {"key_usage": "no_cert_sign"},
    "no_subject_key_id": {"subject_key_id": False},
}


def make_ca(
    common_name: str = "Acme Private CA",
    *,
    basic_constraints: str | None = "critical",
    key_usage: str | None = "cert_sign",
    subject_key_id: bool = True,
) -> Ca:
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=365))
    )
    if basic_constraints is not None:
        builder = builder.add_extension(
            x509.BasicConstraints(ca=basic_constraints != "ca_false", path_length=None),
            critical=basic_constraints != "not_critical",
        )
    if key_usage is not None:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=key_usage == "cert_sign",
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    if subject_key_id:
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
    return Ca(key, builder.sign(key, hashes.SHA256()))


def make_v1_ca(folder: Path) -> Ca | None:
    """A version 1 CA, as old ``openssl x509 -req -signkey`` made them (None: no openssl)."""
    if shutil.which("openssl") is None:
        return None
    key = ec.generate_private_key(ec.SECP256R1())
    key_file, csr = folder / "v1.key", folder / "v1.csr"
    key_file.write_bytes(_key_pem(key))
    out = folder / "v1.pem"
    run = dict(check=True, capture_output=True)
    subprocess.run(
        [
            "openssl",
            "req",
            "-new",
            "-key",
            str(key_file),
            "-subj",
            "/CN=Old v1 CA",
            "-out",
            str(csr),
        ],
        **run,  # type: ignore[arg-type]
    )
    subprocess.run(
        [
            "openssl",
            "x509",
            "-req",
            "-in",
            str(csr),
            "-signkey",
            str(key_file),
            "-days",
            "30",
            "-out",
            str(out),
        ],
        **run,  # type: ignore[arg-type]
    )
    cert = x509.load_pem_x509_certificate(out.read_bytes())
    assert cert.version is x509.Version.v1
    return Ca(key, cert)


@dataclass
class ServerCert:
    """A server certificate and key; ``server_context`` as tests/servers.py's Certs."""

    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    folder: Path

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def server_context(self, which: str = "good") -> ssl.SSLContext:
        del which
        chain = self.folder / f"server-{self.cert.serial_number}.pem"
        chain.write_bytes(_pem(self.cert) + _key_pem(self.key))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(chain))
        return context


def issue(
    ca: Ca | None,
    folder: Path,
    names: tuple[str, ...] = NAMES,
    *,
    authority_key_id: bool = True,
    common_name: str = "mail.acme.test",
    ips: tuple[str, ...] = ("127.0.0.1",),
) -> ServerCert:
    """A server certificate for ``names`` signed by ``ca`` (self-signed when None)."""
    key = ec.generate_private_key(ec.SECP256R1())
    issuer = ca.cert.subject if ca else _name(common_name)
    signer = ca.key if ca else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=90))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(n) for n in names]
                + [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if authority_key_id and ca is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
            critical=False,
        )
    return ServerCert(builder.sign(signer, hashes.SHA256()), key, folder)
