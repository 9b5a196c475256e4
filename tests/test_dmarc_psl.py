"""DMARC finds the organisational domain with the public suffix list, a hostile pct=
is a malformed record (never a traceback), and `dns` says when nothing could be checked.

Every look-up goes to the in-process DNS server on loopback.
"""

from __future__ import annotations

import io
import json

import pytest

from tests.dnsserver import DnsServer, Zone
from wizard.cli import async_main
from wizard.core.deliverability import DmarcError, Status, check_domain, parse_dmarc
from wizard.core.dnsquery import DnsClient, parse_nameserver


async def dmarc_of(zone: Zone, domain: str):
    async with DnsServer(zone) as dns:
        client = DnsClient(parse_nameserver(dns.address), timeout=0.5, lifetime=1.0)
        rep = await check_domain(domain, "", client, blocklists=())
    return next(f for f in rep.findings if f.check == "dmarc")


async def test_dmarc_falls_back_to_the_registered_domain_under_a_public_suffix():
    zone = Zone().txt("_dmarc.example.co.uk", "v=DMARC1; p=reject")
    zone.txt("_dmarc.co.uk", "v=DMARC1; p=none")  # must never be used
    dmarc = await dmarc_of(zone, "mail.example.co.uk")
    assert (dmarc.status, dmarc.code) == (Status.PASS, "DMARC_ENFORCED")
    assert dmarc.detail == "v=DMARC1; p=reject"
    asked = {name for name, rdtype in zone.queries if rdtype == "TXT"}
    assert "_dmarc.mail.example.co.uk" in asked
    assert "_dmarc.example.co.uk" in asked
    assert "_dmarc.co.uk" not in asked


async def test_dmarc_never_asks_the_public_suffix():
    zone = Zone().txt("_dmarc.co.uk", "v=DMARC1; p=reject")
    dmarc = await dmarc_of(zone, "deep.mail.example.co.uk")
    assert dmarc.code == "DMARC_MISSING"
    assert dmarc.record_name == "_dmarc.deep.mail.example.co.uk"
    asked = {name for name, rdtype in zone.queries if rdtype == "TXT"}
    assert "_dmarc.co.uk" not in asked
    assert "_dmarc.mail.example.co.uk" not in asked  # straight to the organisational domain
    assert "_dmarc.example.co.uk" in asked


async def test_dmarc_of_a_registered_domain_is_asked_once():
    zone = Zone()
    dmarc = await dmarc_of(zone, "example.co.uk")
    assert dmarc.code == "DMARC_MISSING"
    asked = [name for name, rdtype in zone.queries if rdtype == "TXT" and "_dmarc" in name]
    assert asked == ["_dmarc.example.co.uk"]


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "abc", "150", "-1", "", "+5", "1 0"])
def test_a_pct_that_is_not_ascii_0_to_100_is_malformed(value):
    with pytest.raises(DmarcError) as caught:
        parse_dmarc(f"v=DMARC1; p=reject; pct={value}")
    assert caught.value.problem == "pct"


@pytest.mark.parametrize("value", ["0", "100", "50", "007"])
def test_an_ascii_pct_between_0_and_100_is_fine(value):
    assert parse_dmarc(f"v=DMARC1; p=reject; pct={value}")["pct"] == value


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "abc", "150"])
async def test_a_hostile_pct_in_dns_is_reported_malformed(value):
    zone = Zone().txt("_dmarc.corp.test", f"v=DMARC1; p=reject; pct={value}")
    dmarc = await dmarc_of(zone, "corp.test")
    assert (dmarc.status, dmarc.code) == (Status.FAIL, "DMARC_MALFORMED")
    assert dmarc.params["reason"] == "dmarc:pct"


# -- the exit code of `dns` ----------------------------------------------------------------


async def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await async_main(list(argv), io.StringIO(), out, err)
    return code, out.getvalue(), err.getvalue()


def servfail_zone() -> Zone:
    zone = Zone()
    zone.servfail |= {"corp.test", "_dmarc.corp.test"}
    return zone


@pytest.mark.parametrize("json_flag", [(), ("--json",)])
async def test_dns_exits_4_when_nothing_could_be_checked(json_flag):
    async with DnsServer(servfail_zone()) as dns:
        code, out, err = await run_cli("dns", "corp.test", "--nameserver", dns.address, *json_flag)
    assert code == 4, (out, err)
    if json_flag:
        statuses = {f["status"] for f in json.loads(out)["findings"]}
        assert statuses == {"unknown"}


async def test_dns_exits_3_when_a_problem_was_found_even_if_the_rest_failed():
    zone = servfail_zone()
    zone.servfail.discard("_dmarc.corp.test")
    zone.txt("_dmarc.corp.test", "v=DMARC1; p=reject; pct=\u00b2")
    async with DnsServer(zone) as dns:
        code, _, err = await run_cli("dns", "corp.test", "--nameserver", dns.address)
    assert code == 3, err


async def test_dns_exits_0_when_only_advice_and_couldnt_check():
    zone = servfail_zone()
    zone.servfail.discard("_dmarc.corp.test")  # DMARC missing: "Recommended", not a problem
    async with DnsServer(zone) as dns:
        code, _, err = await run_cli("dns", "corp.test", "--nameserver", dns.address)
    assert code == 0, err


async def test_dns_exits_4_when_the_nameserver_answers_nothing():
    async with DnsServer(Zone()) as dns:
        address = dns.address  # the port is closed again once the server is gone
    code, _, err = await run_cli("dns", "corp.test", "--nameserver", address)
    assert code == 4, err
