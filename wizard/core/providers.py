"""Provider presets: resources/providers.json, plus Thunderbird ISPDB files an admin drops in.

A preset is data, not code. Host and user name may hold the ISPDB placeholders
``%EMAILADDRESS%``, ``%EMAILLOCALPART%`` and ``%EMAILDOMAIN%``. ``mx`` lists
patterns (``*.google.com``) that map a domain's MX hosts to the provider;
``spf_include`` is the domain the provider asks senders to include in SPF.
"""

from __future__ import annotations

import fnmatch
import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .asciinum import NumberError, ascii_int
from .model import Security

log = logging.getLogger(__name__)

PRESETS_FILE = Path(__file__).resolve().parents[2] / "resources" / "providers.json"


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    domains: tuple[str, ...]
    host: str
    port: int
    security: Security
    username: str  # "%EMAILADDRESS%" = the address itself, "" = not derived from the address
    hint: str
    mx: tuple[str, ...] = ()
    spf_include: str = ""
    origin: str = "preset"  # "preset" or the path of the ISPDB file it came from

    def username_for(self, address: str) -> str:
        return _fill(self.username, address)

    def host_for(self, address: str) -> str:
        return _fill(self.host, address).lower()

    def matches_mx(self, mx_host: str) -> bool:
        host = mx_host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, pattern) for pattern in self.mx)


def _fill(template: str, address: str) -> str:
    local, _, domain = address.rpartition("@")
    return (
        template.replace("%EMAILADDRESS%", address)
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain.lower())
    )


def _from_json(item: dict[str, object]) -> Provider:
    return Provider(
        id=str(item["id"]),
        name=str(item["name"]),
        domains=tuple(str(d) for d in item.get("domains", ()) or ()),  # type: ignore[attr-defined]
        host=str(item["host"]),
        port=int(item["port"]),  # type: ignore[call-overload]
        security=Security(str(item["security"])),
        username=str(item.get("username", "")),
        hint=str(item.get("hint", "")),
        mx=tuple(str(m) for m in item.get("mx", ()) or ()),  # type: ignore[attr-defined]
        spf_include=str(item.get("spf_include", "")),
    )


# ISPDB socketType -> our security (Thunderbird's clientConfig v1.1).
_SOCKET_TYPES = {"SSL": Security.SSL, "STARTTLS": Security.STARTTLS, "PLAIN": Security.NONE}


class IspdbError(ValueError):
    """A file is not a usable clientConfig document."""


def parse_ispdb(text: str, origin: str = "") -> Provider:
    """Read the first outgoing SMTP server of a Thunderbird ``clientConfig`` (v1.1) file."""
    # clientConfig files have no DTD; refusing one rules out entity-expansion attacks.
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise IspdbError("DTDs are not allowed in provider files")
    import xml.etree.ElementTree as ET  # only for files an admin dropped in (issue 15)

    try:
        root = ET.fromstring(text)  # noqa: S314 - no DTD (checked above), local file
    except ET.ParseError as exc:
        raise IspdbError(f"not XML: {exc}") from None
    provider = root.find("emailProvider")
    if root.tag != "clientConfig" or provider is None:
        raise IspdbError("no clientConfig/emailProvider element")
    server = next(
        (s for s in provider.findall("outgoingServer") if s.get("type", "smtp") == "smtp"), None
    )
    if server is None:
        raise IspdbError("no outgoingServer of type smtp")
    host = (server.findtext("hostname") or "").strip()
    port_text = (server.findtext("port") or "").strip()
    socket_type = (server.findtext("socketType") or "").strip().upper()
    if not host or socket_type not in _SOCKET_TYPES:
        raise IspdbError("outgoingServer needs hostname, port and socketType")
    try:
        port = ascii_int(port_text, 1, 65535)  # an ISPDB file is outside input: "²" is no port
    except NumberError:
        raise IspdbError("outgoingServer needs a port from 1 to 65535") from None
    domains = tuple(d.text.strip().lower() for d in provider.findall("domain") if d.text)
    name = (provider.findtext("displayName") or provider.findtext("displayShortName") or "").strip()
    auth = (server.findtext("authentication") or "").strip()
    username = (server.findtext("username") or "").strip()
    if auth == "none":
        username = ""
    return Provider(
        id="ispdb:" + (provider.get("id") or (domains[0] if domains else host)),
        name=name or host,
        domains=domains,
        host=host,
        port=port,
        security=_SOCKET_TYPES[socket_type],
        username=username,
        hint="",
        origin=origin or "ispdb",
    )


def load_ispdb_folder(folder: Path) -> tuple[Provider, ...]:
    """Every readable ``*.xml`` in ``folder``; a broken file is logged and skipped."""
    found: list[Provider] = []
    if not folder.is_dir():
        return ()
    for path in sorted(folder.glob("*.xml")):
        try:
            found.append(parse_ispdb(path.read_text(encoding="utf-8"), origin=str(path)))
        except (OSError, UnicodeDecodeError, IspdbError) as exc:
            log.warning("skipping provider file %s: %s", path, exc)
    return tuple(found)


_extra_folder: Path | None = None


def set_provider_folder(folder: Path | None) -> None:
    """Where admins drop ISPDB files (``<config dir>/providers``); clears the cache."""
    global _extra_folder
    _extra_folder = folder
    presets.cache_clear()


@lru_cache(maxsize=1)
def builtin_presets() -> tuple[Provider, ...]:
    data = json.loads(PRESETS_FILE.read_text(encoding="utf-8"))
    return tuple(_from_json(item) for item in data["providers"])


@lru_cache(maxsize=1)
def presets() -> tuple[Provider, ...]:
    """Dropped-in ISPDB files first (they win for their domains), then the built-in ones."""
    extra = load_ispdb_folder(_extra_folder) if _extra_folder else ()
    return extra + builtin_presets()


def by_id(provider_id: str) -> Provider | None:
    return next((p for p in presets() if p.id == provider_id), None)


def for_domain(domain: str) -> Provider | None:
    domain = domain.strip().lower().rstrip(".")
    return next((p for p in presets() if domain in p.domains), None)


def for_address(address: str) -> Provider | None:
    return for_domain(address.rsplit("@", 1)[-1])


def for_mx(mx_hosts: list[str]) -> Provider | None:
    """The provider whose MX patterns match the most-preferred matching MX host."""
    for host in mx_hosts:
        for provider in presets():
            if provider.matches_mx(host):
                return provider
    return None


def for_server_host(host: str) -> Provider | None:
    """The provider that runs the SMTP server ``host`` (to know its SPF include)."""
    host = host.lower().rstrip(".")
    return next((p for p in presets() if "%" not in p.host and p.host.lower() == host), None)
