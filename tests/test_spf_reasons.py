"""Stories: advice is chosen from why SPF failed, not from how the message is worded.

``check_host`` says why in :class:`SpfReason`; the deliverability advice maps those
reasons to findings. Every story runs against the in-process DNS server on loopback.
"""

from __future__ import annotations

import pytest

from tests.dnsserver import DnsServer, Zone
from tests.test_deliverability import base_zone, finding, report
from wizard.core.deliverability import Status
from wizard.core.dnsquery import DnsClient, parse_nameserver
from wizard.core.spf import SpfOutcome, SpfReason, SpfResult, check_host

SENDER = "192.0.2.77"


async def evaluate(zone: Zone, domain: str = "corp.test") -> SpfOutcome:
    async with DnsServer(zone) as dns:
        client = DnsClient(parse_nameserver(dns.address), timeout=0.5, lifetime=1.0)
        return await check_host(SENDER, domain, f"postmaster@{domain}", client)


def spf(record: str) -> Zone:
    return Zone().txt("corp.test", record)


@pytest.mark.parametrize(
    ("zone", "result", "code"),
    [
        (spf(f"v=spf1 ip4:{SENDER} -all"), SpfResult.PASS, SpfReason.MATCHED),
        (spf("v=spf1 ip4:198.51.100.1"), SpfResult.NEUTRAL, SpfReason.NO_MATCH),
        (Zone().add("corp.test", "A", "198.51.100.1"), SpfResult.NONE, SpfReason.NO_RECORD),
        (spf("v=spf1 frobnicate -all"), SpfResult.PERMERROR, SpfReason.SYNTAX),
        (spf("v=spf1 -all").txt("corp.test", "v=spf1 +all"), SpfResult.PERMERROR,
         SpfReason.TWO_RECORDS),
        (spf("v=spf1 a:n1.corp.test a:n2.corp.test a:n3.corp.test -all"), SpfResult.PERMERROR,
         SpfReason.TOO_MANY_VOID_LOOKUPS),
        (spf("v=spf1 include:empty.corp.test -all"), SpfResult.PERMERROR,
         SpfReason.INCLUDE_NONE),
        (spf("v=spf1 redirect=empty.corp.test"), SpfResult.PERMERROR, SpfReason.REDIRECT_NONE),
    ],
    ids=["matched", "no-match", "no-record", "syntax", "two-records", "void-lookups",
         "include-none", "redirect-none"],
)  # fmt: skip
async def test_every_result_says_why(zone: Zone, result: SpfResult, code: SpfReason):
    outcome = await evaluate(zone)
    assert (outcome.result, outcome.code) == (result, code), outcome.reason


async def test_a_dns_failure_says_which_failure_even_inside_an_include():
    zone = spf("v=spf1 include:slow.corp.test -all")
    zone.silent.add("slow.corp.test")
    outcome = await evaluate(zone)
    assert (outcome.result, outcome.code) == (SpfResult.TEMPERROR, SpfReason.DNS_ERROR)
    assert outcome.dns_reason == "timeout"


async def test_an_error_inside_an_include_keeps_its_own_reason():
    # The included domain publishes two records: still "two records", one level down.
    zone = spf("v=spf1 include:other.corp.test -all")
    zone.txt("other.corp.test", "v=spf1 -all").txt("other.corp.test", "v=spf1 ~all")
    outcome = await evaluate(zone)
    assert outcome.code is SpfReason.TWO_RECORDS
    assert outcome.reason.startswith("include:other.corp.test:")


async def test_two_records_behind_an_include_are_reported_as_two_records():
    zone = base_zone("v=spf1 include:other.corp.test -all")
    zone.txt("other.corp.test", "v=spf1 -all").txt("other.corp.test", "v=spf1 ~all")
    found = finding(await report(zone), "spf")
    assert (found.status, found.code) == (Status.FAIL, "SPF_TWO_RECORDS")


async def test_too_many_empty_answers_is_too_many_lookups_not_a_broken_record():
    zone = base_zone("v=spf1 a:n1.corp.test a:n2.corp.test a:n3.corp.test -all")
    found = finding(await report(zone), "spf")
    assert found.code == "SPF_TOO_MANY_LOOKUPS"


async def test_a_syntax_error_is_broken_and_says_what_is_wrong():
    found = finding(await report(base_zone("v=spf1 frobnicate -all")), "spf")
    assert (found.code, found.params["reason"]) == ("SPF_BROKEN", "unknown mechanism 'frobnicate'")
    assert "frobnicate" in found.render()[1]


async def test_a_providers_include_behind_a_redirect_and_an_include_is_found():
    # corp.test redirects to a shared policy that includes a relay that includes Google:
    # the evaluation's own list of visited domains proves the provider is authorized.
    zone = base_zone("v=spf1 redirect=_spf.corp.test")
    zone.txt("_spf.corp.test", "v=spf1 include:relay.corp.test -all")
    zone.txt("relay.corp.test", "v=spf1 include:_spf.google.com -all")
    zone.txt("_spf.google.com", "v=spf1 ip4:74.125.0.0/16 ~all")
    found = finding(await report(zone, server="smtp.gmail.com"), "spf")
    assert (found.status, found.code) == (Status.PASS, "SPF_INCLUDE_PRESENT")


async def test_a_timeout_in_a_providers_include_is_couldnt_check_with_its_reason():
    zone = base_zone("v=spf1 include:_spf.google.com ~all")
    zone.silent.add("_spf.google.com")
    found = finding(await report(zone, server="smtp.gmail.com"), "spf")
    assert (found.status, found.code) == (Status.UNKNOWN, "SPF_UNAVAILABLE")
    assert found.params["reason"] == "timeout"
    assert "did not answer in time" in found.render()[1]
