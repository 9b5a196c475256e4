"""TLS contexts and the details of a negotiated TLS session."""

from __future__ import annotations

import hashlib
import os
import ssl
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=8)
def _context(ca_file: str, mtime: float) -> ssl.SSLContext:
    del mtime  # part of the cache key: a replaced CA file is read again
    context = ssl.create_default_context()
    # RFC 8996: TLS 1.0/1.1 are deprecated; never negotiate them.
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def client_context(ca_file: str = "") -> ssl.SSLContext:
    """A verifying client context, trusting the system CAs plus ``ca_file``.

    Building a context costs ~35 ms, so contexts are cached.
    """
    mtime = os.path.getmtime(ca_file) if ca_file else 0.0
    return _context(ca_file, mtime)


@lru_cache(maxsize=1)
def probe_context() -> ssl.SSLContext:
    """Unverified context, only to tell whether a port speaks TLS at all."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


@dataclass
class TlsInfo:
    version: str = ""
    cipher: str = ""
    bits: int = 0
    subject: str = ""
    issuer: str = ""
    sans: list[str] = field(default_factory=list)
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
            "not_after": self.not_after,
            "sha256": self.sha256,
        }

    def summary_lines(self) -> list[str]:
        return [
            f"TLS {self.version}, {self.cipher} ({self.bits} bits)",
            f"certificate subject: {self.subject}",
            f"certificate issuer: {self.issuer}",
            f"certificate names: {', '.join(self.sans) or '-'}",
            f"certificate valid until: {self.not_after}",
            f"certificate SHA-256: {self.sha256}",
        ]


def _name(rdns: Any) -> str:
    parts = []
    for rdn in rdns or ():
        for key, value in rdn:
            parts.append(f"{key}={value}")
    return ", ".join(parts)


def tls_info(ssl_object: Any) -> TlsInfo | None:
    """Details of the session on ``ssl_object`` (an ``ssl.SSLObject``)."""
    if ssl_object is None:
        return None
    cipher = ssl_object.cipher() or ("", "", 0)
    cert = ssl_object.getpeercert() or {}
    der = ssl_object.getpeercert(binary_form=True) or b""
    digest = hashlib.sha256(der).hexdigest().upper() if der else ""
    return TlsInfo(
        version=ssl_object.version() or "",
        cipher=cipher[0] or "",
        bits=int(cipher[2] or 0),
        subject=_name(cert.get("subject")),
        issuer=_name(cert.get("issuer")),
        sans=[value for _kind, value in cert.get("subjectAltName", ())],
        not_after=str(cert.get("notAfter", "")),
        sha256=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
    )
