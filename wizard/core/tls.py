"""TLS contexts, the details of a server certificate, certificate pins, and what a
private CA lacks when it fails strict verification.

Verification flags: Python 3.13 made ``VERIFY_X509_STRICT`` (and
``VERIFY_X509_PARTIAL_CHAIN``) the default of ``ssl.create_default_context``; on
3.11/3.12 neither is set. :func:`client_context` sets both on every Python, so a
private CA that passes the test here also passes on a newer Python (docs/CERTIFICATES.md
lists what OpenSSL 3 rejects with and without the strict flag).
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
import ssl
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .i18n import QT_TRANSLATE_NOOP
from .pins import colon_hex
from .pins import parse_pin as parse_pin  # re-exported: its home before issue 15
from .sanitize import printable
from .transcript import note

if TYPE_CHECKING:
    from cryptography import x509

# ``cryptography`` (~20 ms to import) is loaded where a certificate is read, or ahead of
# that in a worker thread by :func:`prepare` (issue 15: `check` prints its first line
# without it).

# What Python 3.13+ sets by default (RFC 5280 conformance, and a CA file may hold an
# intermediate as the trust anchor).
STRICT_FLAGS = ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN


@lru_cache(maxsize=8)
def _context(ca_file: str, mtime: float) -> ssl.SSLContext:
    del mtime  # part of the cache key: a replaced CA file is read again
    context = ssl.create_default_context()
    # RFC 8996: TLS 1.0/1.1 are deprecated; never negotiate them.
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.verify_flags |= STRICT_FLAGS
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


_building = threading.Lock()


def client_context(ca_file: str = "") -> ssl.SSLContext:
    """A verifying client context, trusting the system CAs plus ``ca_file``.

    Building a context costs 20-35 ms (OpenSSL parses the whole system CA bundle), so
    contexts are cached, and built once: a caller that arrives while another thread
    builds the same context (:func:`prepare` started early) waits for it.
    """
    mtime = os.path.getmtime(ca_file) if ca_file else 0.0
    with _building:
        return _context(ca_file, mtime)


def load_certificate_reader() -> None:
    """Import what :func:`certificate_info` reads certificates with."""
    import cryptography.x509  # noqa: F401


def warm(ca_file: str = "") -> None:
    """Build the context for ``ca_file`` and load the certificate reader, ahead of the
    check that needs them (call it off the GUI thread: it takes 20-60 ms). OpenSSL's CA
    parsing releases the GIL, so it overlaps the caller's other work."""
    # A bad CA file: the check builds it again and reports the error at its stage.
    # Only a regular file is read (the check refuses anything else before TLS; a
    # FIFO would block this thread, holding the build lock).
    if not ca_file or os.path.isfile(ca_file):
        with contextlib.suppress(OSError, ValueError):  # ssl.SSLError is an OSError
            client_context(ca_file)
    load_certificate_reader()


def prepare(ca_file: str = "") -> threading.Thread:
    """:func:`warm` in a daemon thread of its own (the command line, at its start:
    measured, none of the build's ~22 ms shows beside its imports)."""
    thread = threading.Thread(target=warm, args=(ca_file,), name="tls-prepare", daemon=True)
    thread.start()
    return thread


@lru_cache(maxsize=1)
def probe_context() -> ssl.SSLContext:
    """Unverified context, only to tell whether a port speaks TLS at all."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@lru_cache(maxsize=1)
def pinned_context() -> ssl.SSLContext:
    """The context for a pinned certificate: no CA or name check by OpenSSL, because
    the engine compares the leaf's SHA-256 with the pin right after the handshake and
    stops before anything else is said (like msmtp's ``tls_fingerprint``). Also the
    context that fetches a certificate's details after a failed verification, on a
    connection that never signs in."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_2  # RFC 8996, as for verified contexts
    return context


# -- pins ---------------------------------------------------------------------------
def der_sha256(der: bytes) -> str:
    """The SHA-256 of a DER certificate, as ``AB:CD:…``."""
    return colon_hex(hashlib.sha256(der).hexdigest().upper())


# -- certificate details --------------------------------------------------------------
@dataclass
class TlsInfo:
    """The negotiated session (version, cipher) and the server's leaf certificate.

    Every certificate text is outside text and made printable here, once."""

    version: str = ""
    cipher: str = ""
    bits: int = 0
    subject: str = ""
    issuer: str = ""
    sans: list[str] = field(default_factory=list)
    not_before: str = ""
    not_after: str = ""
    sha256: str = ""

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "cipher": self.cipher,
            "bits": self.bits,
            "subject": self.subject,
            "issuer": self.issuer,
            "sans": list(self.sans),
            "not_before": self.not_before,
            "not_after": self.not_after,
            "sha256": self.sha256,
        }

    def summary_lines(self) -> list[str]:
        lines = []
        if self.version:
            lines.append(f"TLS {self.version}, {self.cipher} ({self.bits} bits)")
        return lines + self.certificate_lines()

    def certificate_lines(self) -> list[str]:
        """The certificate, one labelled line per detail, in the user's language."""
        return [
            note(
                QT_TRANSLATE_NOOP("Transcript", "certificate subject: {value}"), value=self.subject
            ),
            note(QT_TRANSLATE_NOOP("Transcript", "certificate issuer: {value}"), value=self.issuer),
            note(
                QT_TRANSLATE_NOOP("Transcript", "certificate names: {value}"),
                value=", ".join(self.sans) or "-",
            ),
            note(
                QT_TRANSLATE_NOOP("Transcript", "certificate valid from {start} until {end}"),
                start=self.not_before or "?",
                end=self.not_after or "?",
            ),
            note(
                QT_TRANSLATE_NOOP("Transcript", "certificate SHA-256: {value}"), value=self.sha256
            ),
        ]

    def one_line(self) -> str:
        """The certificate on one line, for a "Details:" line."""
        return note(
            QT_TRANSLATE_NOOP(
                "Transcript",
                "presented certificate: {subject}; issuer: {issuer}; names: {names}; "
                "valid {start} to {end}; SHA-256 {sha256}",
            ),
            subject=self.subject or "-",
            issuer=self.issuer or "-",
            names=", ".join(self.sans) or "-",
            start=self.not_before or "?",
            end=self.not_after or "?",
            sha256=self.sha256,
        )

    @classmethod
    def from_params(cls, params: dict[str, str]) -> TlsInfo | None:
        """The certificate a diagnosis names (its ``cert_*`` parameters), if any."""
        if not params.get("cert_sha256"):
            return None
        return cls(
            subject=params.get("cert_subject", ""),
            issuer=params.get("cert_issuer", ""),
            sans=[n for n in params.get("cert_names", "").split(", ") if n],
            not_before=params.get("cert_not_before", ""),
            not_after=params.get("cert_not_after", ""),
            sha256=params["cert_sha256"],
        )

    def params(self) -> dict[str, str]:
        """The certificate as a diagnosis's parameters (``cert_*``)."""
        return {
            "cert_subject": self.subject,
            "cert_issuer": self.issuer,
            "cert_names": ", ".join(self.sans),
            "cert_not_before": self.not_before,
            "cert_not_after": self.not_after,
            "cert_sha256": self.sha256,
        }


def _name(name: x509.Name) -> str:
    # In certificate (DER) order, as openssl x509 -subject prints it: "C=ES, O=Acme, CN=mail".
    return ", ".join(
        f"{attr.rfc4514_attribute_name}={attr.value!s}" for rdn in name.rdns for attr in rdn
    )


def _date(value: datetime.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC")


def certificate_info(der: bytes) -> TlsInfo:
    """The details of a DER certificate (whether or not it verified)."""
    from cryptography import x509

    info = TlsInfo(sha256=der_sha256(der))
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        info.subject = "?"  # not a certificate we can read: the fingerprint still holds
        return info
    info.subject = printable(_name(cert.subject))
    info.issuer = printable(_name(cert.issuer))
    info.not_before = _date(cert.not_valid_before_utc)
    info.not_after = _date(cert.not_valid_after_utc)
    try:
        sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (x509.ExtensionNotFound, ValueError):
        sans = None
    if sans is not None:
        names = [str(n) for n in sans.get_values_for_type(x509.DNSName)]
        names += [str(a) for a in sans.get_values_for_type(x509.IPAddress)]
        info.sans = [printable(n) for n in names]
    return info


def tls_info(ssl_object: Any) -> TlsInfo | None:
    """Details of the session on ``ssl_object`` (an ``ssl.SSLObject``); the
    certificate is read from its DER form, so it works unverified too."""
    if ssl_object is None:
        return None
    der = ssl_object.getpeercert(binary_form=True) or b""
    info = certificate_info(der) if der else TlsInfo()
    cipher = ssl_object.cipher() or ("", "", 0)
    info.version = ssl_object.version() or ""
    info.cipher = cipher[0] or ""
    info.bits = int(cipher[2] or 0)
    return info


# OpenSSL verify codes (X509_V_ERR_*, openssl/x509_vfy.h) the engine names a failure by.
X509_V_ERR_CERT_HAS_EXPIRED = 10
X509_V_ERR_HOSTNAME_MISMATCH = 62
X509_V_ERR_IP_ADDRESS_MISMATCH = 64

# -- what a private CA lacks ------------------------------------------------------------
# OpenSSL 3 verify codes (X509_V_ERR_*) a CA's own defects produce (docs/CERTIFICATES.md).
CA_DEFECT_CODES = {
    79: "INVALID_CA",
    85: "MISSING_AUTHORITY_KEY_IDENTIFIER",
    86: "MISSING_SUBJECT_KEY_IDENTIFIER",
    89: "CA_BCONS_NOT_CRITICAL",
    92: "CA_CERT_MISSING_KEY_USAGE",
}

# One phrase per defect, in the order an administrator fixes them (context "Diagnosis").
DEFECTS: dict[str, str] = {
    "version1": QT_TRANSLATE_NOOP(
        "Diagnosis", "it is an old version 1 certificate, which cannot say that it is a CA"
    ),
    "no_basic_constraints": QT_TRANSLATE_NOOP(
        "Diagnosis", "it has no Basic Constraints extension (CA:TRUE)"
    ),
    "not_ca": QT_TRANSLATE_NOOP("Diagnosis", "its Basic Constraints say it is not a CA (CA:FALSE)"),
    "basic_constraints_not_critical": QT_TRANSLATE_NOOP(
        "Diagnosis", "its Basic Constraints are not marked critical"
    ),
    "no_key_usage": QT_TRANSLATE_NOOP("Diagnosis", "it has no Key Usage extension"),
    "no_cert_sign": QT_TRANSLATE_NOOP(
        "Diagnosis", "its Key Usage does not allow signing certificates (keyCertSign)"
    ),
    "no_subject_key_id": QT_TRANSLATE_NOOP("Diagnosis", "it has no Subject Key Identifier"),
    "leaf_no_authority_key_id": QT_TRANSLATE_NOOP(
        "Diagnosis", "the server certificate it issued has no Authority Key Identifier"
    ),
}


def _has(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> x509.Extension[Any] | None:
    from cryptography import x509

    try:
        return cert.extensions.get_extension_for_oid(oid)
    except x509.ExtensionNotFound:
        return None


def ca_cert_defects(cert: x509.Certificate) -> list[str]:
    """What a CA certificate lacks for strict verification (keys of DEFECTS)."""
    from cryptography import x509
    from cryptography.x509.oid import ExtensionOID

    if cert.version is x509.Version.v1:
        return ["version1"]
    defects = []
    constraints = _has(cert, ExtensionOID.BASIC_CONSTRAINTS)
    if constraints is None:
        defects.append("no_basic_constraints")
    elif not constraints.value.ca:
        defects.append("not_ca")
    elif not constraints.critical:
        defects.append("basic_constraints_not_critical")
    usage = _has(cert, ExtensionOID.KEY_USAGE)
    if usage is None:
        defects.append("no_key_usage")
    elif not usage.value.key_cert_sign:
        defects.append("no_cert_sign")
    if _has(cert, ExtensionOID.SUBJECT_KEY_IDENTIFIER) is None:
        defects.append("no_subject_key_id")
    return defects


def ca_defects(ca_file: str, leaf_der: bytes = b"") -> list[str]:
    """What the CA in ``ca_file`` that issued ``leaf_der`` (or, when none matches,
    every certificate in the file) lacks for strict verification, plus the leaf's
    own missing Authority Key Identifier. Empty: nothing found that explains it."""
    from cryptography import x509
    from cryptography.x509.oid import ExtensionOID

    try:
        cas = x509.load_pem_x509_certificates(Path(ca_file).expanduser().read_bytes())
    except (OSError, ValueError):
        return []
    leaf = None
    if leaf_der:
        try:
            leaf = x509.load_der_x509_certificate(leaf_der)
        except ValueError:
            leaf = None
    issuers = [ca for ca in cas if leaf is not None and ca.subject == leaf.issuer] or cas
    defects: list[str] = []
    for ca in issuers:
        defects += [d for d in ca_cert_defects(ca) if d not in defects]
    if (
        leaf is not None
        and leaf.issuer != leaf.subject
        and _has(leaf, ExtensionOID.AUTHORITY_KEY_IDENTIFIER) is None
    ):
        defects.append("leaf_no_authority_key_id")
    return defects
