"""Stories: an admin types an address and the wizard finds the outgoing server.

Every test runs against the in-process DNS server on loopback serving a test
zone, and loopback SMTP servers for the probes (real TLS, trustme CA).
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.dnsserver import DnsServer, Zone
from tests.servers import Certs, ScriptedServer, SmtpServer
from wizard.core.discovery import (
    DiscoveryOptions,
    Source,
    SourceState,
    SourceUpdate,
    discover,
)
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.model import Security


def options(certs: Certs, *ports: tuple[int, Security], **kw: float) -> DiscoveryOptions:
    return DiscoveryOptions(
        guess_ports=tuple(ports),
        ca_file=certs.ca_file,
        probe_timeout=kw.get("timeout", 4.0),
        stagger=kw.get("stagger", 0.05),
        grace=kw.get("grace", 1.0),
    )


def client(server: DnsServer) -> DnsClient:
    return DnsClient(parse_nameserver(server.address), timeout=1.0, lifetime=2.0)


async def black_hole(reader, writer) -> None:
    """Accepts the connection and never says a word (a firewall that drops)."""
    await reader.read()


async def test_a_gmail_address_is_answered_from_the_presets_without_any_lookup(certs):
    zone = Zone()
    async with DnsServer(zone) as dns:
        result = await discover("someone@gmail.com", client(dns), options(certs))
    assert result.best is not None
    assert (result.best.host, result.best.port, result.best.security) == (
        "smtp.gmail.com",
        465,
        Security.SSL,
    )
    assert result.best.source is Source.PRESET and result.best.trusted
    assert result.best.username == "someone@gmail.com"
    assert zone.queries == []


async def test_srv_records_lead_to_the_submission_server(certs):
    async with SmtpServer(certs, tls="implicit") as smtp:
        zone = (
            Zone()
            .add("_submissions._tcp.corp.test", "SRV", f"0 1 {smtp.port} mail.corp.test.")
            .add("mail.corp.test", "A", "127.0.0.1")
        )
        async with DnsServer(zone) as dns:
            result = await discover("ana@corp.test", client(dns), options(certs))
    best = result.best
    assert best is not None
    assert (best.host, best.port, best.security, best.source) == (
        "mail.corp.test",
        smtp.port,
        Security.SSL,
        Source.SRV,
    )
    assert best.trusted
    assert result.sources[Source.SRV] is SourceState.FOUND


async def test_an_srv_target_outside_the_domain_is_marked_untrusted(certs):
    async with SmtpServer(certs, tls="starttls") as smtp:
        zone = (
            Zone()
            .add("_submission._tcp.corp.test", "SRV", f"0 1 {smtp.port} smtp.far.test.")
            .add("smtp.far.test", "A", "127.0.0.1")
        )
        async with DnsServer(zone) as dns:
            result = await discover("ana@corp.test", client(dns), options(certs))
    assert result.best is not None
    assert result.best.host == "smtp.far.test"
    assert result.best.security is Security.STARTTLS
    assert not result.best.trusted
    assert result.to_dict()["best"]["trusted"] is False  # type: ignore[index]


async def test_the_mx_of_a_domain_names_its_provider(certs):
    zone = Zone().add("mxonly.test", "MX", "1 aspmx.l.google.com.", "5 alt1.aspmx.l.google.com.")
    async with DnsServer(zone) as dns:
        result = await discover("boss@mxonly.test", client(dns), options(certs))
    best = result.best
    assert best is not None
    assert (best.provider_id, best.host, best.port, best.source) == (
        "google_workspace",
        "smtp.gmail.com",
        465,
        Source.MX,
    )
    assert best.username == "boss@mxonly.test"
    assert "aspmx.l.google.com" in best.note


async def test_microsoft_365_is_recognised_from_its_mx(certs):
    zone = Zone().add("mxonly.test", "MX", "0 mxonly-test.mail.protection.outlook.com.")
    async with DnsServer(zone) as dns:
        result = await discover("boss@mxonly.test", client(dns), options(certs))
    assert result.best is not None and result.best.provider_id == "microsoft365"
    assert result.best.security is Security.STARTTLS


async def test_guessing_finds_smtp_dot_domain(certs):
    async with SmtpServer(certs, tls="starttls") as smtp:
        zone = Zone().add("smtp.example.test", "A", "127.0.0.1")
        async with DnsServer(zone) as dns:
            result = await discover(
                "me@example.test", client(dns), options(certs, (smtp.port, Security.STARTTLS))
            )
    best = result.best
    assert best is not None
    assert (best.host, best.port, best.security, best.source) == (
        "smtp.example.test",
        smtp.port,
        Security.STARTTLS,
        Source.GUESS,
    )


async def test_implicit_tls_wins_over_a_plain_server_and_a_plain_one_is_found_as_plain(certs):
    async with (
        SmtpServer(certs, tls="starttls", advertise_starttls=False) as plain,
        SmtpServer(certs, tls="implicit") as implicit,
    ):
        zone = Zone().add("smtp.example.test", "A", "127.0.0.1")
        async with DnsServer(zone) as dns:
            both = await discover(
                "me@example.test",
                client(dns),
                options(certs, (plain.port, Security.STARTTLS), (implicit.port, Security.SSL)),
            )
            only_plain = await discover(
                "me@example.test", client(dns), options(certs, (plain.port, Security.STARTTLS))
            )
    assert both.best is not None and both.best.port == implicit.port
    assert both.best.security is Security.SSL
    assert only_plain.best is not None and only_plain.best.security is Security.NONE


async def test_a_black_holed_465_does_not_hold_up_587(certs):
    async with ScriptedServer(black_hole) as hole, SmtpServer(certs, tls="starttls") as smtp:
        zone = Zone().add("smtp.example.test", "A", "127.0.0.1")
        async with DnsServer(zone) as dns:
            started = time.monotonic()
            result = await discover(
                "me@example.test",
                client(dns),
                options(
                    certs, (hole.port, Security.SSL), (smtp.port, Security.STARTTLS), timeout=10.0
                ),
            )
            elapsed = time.monotonic() - started
    assert result.best is not None and result.best.port == smtp.port
    # The black hole would hold a probe for 10 s; the answer came after the grace period.
    assert elapsed < 5.0
    failed = [p for p in result.probes if p.candidate.port == hole.port]
    assert not any(p.ok for p in failed)


async def test_no_result_at_all_says_so_and_lists_what_was_tried(certs):
    zone = Zone().add("lost.test", "A", "127.0.0.9")
    events: list[SourceUpdate] = []
    async with DnsServer(zone) as dns:
        result = await discover(
            "x@lost.test", client(dns), options(certs, (1, Security.SSL)), events.append
        )
    assert result.best is None and result.candidates == []
    assert result.sources == {
        Source.PRESET: SourceState.NOTHING,
        Source.SRV: SourceState.NOTHING,
        Source.MX: SourceState.NOTHING,
        Source.GUESS: SourceState.NOTHING,
    }
    assert {e.source for e in events} == set(Source)
    assert json.loads(json.dumps(result.to_dict()))["found"] is False


async def test_a_dead_resolver_is_reported_as_unavailable_not_as_nothing(certs):
    zone = Zone()
    zone.silent |= {"_submission._tcp.lost.test", "_submissions._tcp.lost.test", "lost.test"}
    async with DnsServer(zone) as dns:
        result = await discover("x@lost.test", client(dns), options(certs))
    assert result.sources[Source.SRV] is SourceState.UNAVAILABLE
    assert result.sources[Source.MX] is SourceState.UNAVAILABLE


async def test_cancelling_discovery_leaves_no_probe_running(certs):
    async with ScriptedServer(black_hole) as hole:
        zone = Zone().add("smtp.example.test", "A", "127.0.0.1")
        async with DnsServer(zone) as dns:
            before = {t for t in asyncio.all_tasks()}
            task = asyncio.ensure_future(
                discover("me@example.test", client(dns), options(certs, (hole.port, Security.SSL)))
            )
            await asyncio.sleep(0.3)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            await asyncio.sleep(0)
            left = {t for t in asyncio.all_tasks() if not t.done()} - before
            left.discard(asyncio.current_task())  # type: ignore[arg-type]
            assert not left


# -- presets and ISPDB files ------------------------------------------------------------

ISPDB = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="corp.test">
    <domain>corp.test</domain>
    <domain>corp-mail.test</domain>
    <displayName>Corp Mail</displayName>
    <incomingServer type="imap"><hostname>imap.corp.test</hostname><port>993</port>
      <socketType>SSL</socketType><authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILLOCALPART%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def test_there_are_at_least_30_presets_and_each_is_complete():
    from wizard.core import providers

    presets = providers.builtin_presets()
    assert len(presets) >= 30
    names = " ".join(p.name for p in presets)
    for needed in (
        "Gmail",
        "Google Workspace",
        "Microsoft 365",
        "Outlook.com",
        "Yahoo",
        "iCloud",
        "Zoho Mail (EU)",
        "Fastmail",
        "GMX",
        "WEB.DE",
        "IONOS",
        "OVH",
        "STRATO",
        "Arsys",
        "Dinahosting",
        "Hostinger",
        "Amazon SES",
        "SendGrid",
        "Mailgun (US)",
        "Mailgun (EU)",
        "Postmark",
        "Brevo",
        "Mailjet",
        "SparkPost",
        "Mandrill",
        "Proton Mail Bridge",
        "Yandex",
        "Movistar",
    ):
        assert needed in names, needed
    for preset in presets:
        assert preset.host and 0 < preset.port < 65536 and preset.hint, preset.id
    assert len({p.id for p in presets}) == len(presets)
    assert providers.by_id("sendgrid").username == "apikey"  # type: ignore[union-attr]


def test_an_ispdb_file_dropped_in_a_folder_becomes_a_preset(tmp_path):
    from wizard.core import providers

    (tmp_path / "corp.xml").write_text(ISPDB, encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<clientConfig><emailProvider>", encoding="utf-8")
    providers.set_provider_folder(tmp_path)
    try:
        preset = providers.for_address("ana@corp-mail.test")
        assert preset is not None and preset.name == "Corp Mail"
        assert preset.host_for("ana@corp-mail.test") == "smtp.corp-mail.test"
        assert preset.username_for("ana@corp-mail.test") == "ana"
        assert (preset.port, preset.security) == (587, Security.STARTTLS)
        assert len(providers.presets()) == len(providers.builtin_presets()) + 1
    finally:
        providers.set_provider_folder(None)


async def test_discovery_uses_a_dropped_in_ispdb_file(tmp_path, certs):
    from wizard.core import providers

    (tmp_path / "corp.xml").write_text(ISPDB, encoding="utf-8")
    providers.set_provider_folder(tmp_path)
    try:
        result = await discover("ana@corp.test", DnsClient(), options(certs))
    finally:
        providers.set_provider_folder(None)
    assert result.best is not None and result.best.host == "smtp.corp.test"
    assert result.best.source is Source.PRESET


# -- the command line -------------------------------------------------------------------


async def test_main_discover_finds_srv_mx_and_guess_results_through_a_nameserver(certs):
    import io

    from wizard.cli import async_main

    async def cli(*argv: str) -> tuple[int, str]:
        out = io.StringIO()
        code = await async_main(list(argv), io.StringIO(), out, io.StringIO())
        return code, out.getvalue()

    async with SmtpServer(certs, tls="implicit") as smtp:
        zone = (
            Zone()
            .add("_submissions._tcp.corp.test", "SRV", f"0 1 {smtp.port} mail.corp.test.")
            .add("mail.corp.test", "A", "127.0.0.1")
            .add("mxonly.test", "MX", "10 mxonly-test.mail.protection.outlook.com.")
            .add("lost.test", "TXT", '"nothing here"')
        )
        async with DnsServer(zone) as dns:
            srv_code, srv = await cli(
                "discover",
                "ana@corp.test",
                "--nameserver",
                dns.address,
                "--json",
                "--ca-file",
                certs.ca_file,
            )
            mx_code, mx = await cli("discover", "boss@mxonly.test", "--nameserver", dns.address)
    assert srv_code == 0
    best = json.loads(srv)["best"]
    assert (best["host"], best["port"], best["source"], best["trusted"]) == (
        "mail.corp.test",
        smtp.port,
        "srv",
        True,
    )
    assert mx_code == 0
    assert "smtp.office365.com:587 (STARTTLS), from: Mail exchanger (MX) of the domain" in mx


def test_main_discover_answers_a_preset_domain_with_no_network():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "discover",
            "someone@gmail.com",
            "--json",
            "--nameserver",
            "127.0.0.1:9",
        ],  # a resolver that answers nothing: never needed
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["best"]["host"] == "smtp.gmail.com" and data["best"]["source"] == "preset"
    assert data["elapsed_ms"] < 1000
