"""Stories: will mail from this domain, through this server, reach the inbox?

Every check runs against the in-process DNS server on loopback serving a test
zone. Server addresses are public-looking (nothing ever connects to them).
"""

from __future__ import annotations

import io
import json

import pytest

from tests.dnsserver import DnsServer, Zone
from wizard.cli import async_main
from wizard.core.deliverability import Status, check_domain, with_mechanism
from wizard.core.dnsquery import DnsClient, parse_nameserver

SERVER_IP = "45.33.10.20"
REVERSED = "20.10.33.45"


def base_zone(spf: str | None = "v=spf1 ip4:45.33.10.0/24 -all") -> Zone:
    zone = Zone().add("out.corp.test", "A", SERVER_IP).add("corp.test", "MX", "10 mx1.corp.test.")
    if spf is not None:
        zone.txt("corp.test", spf)
    return zone


def with_blocklist(zone: Zone, listing: str | None = None, control: str = "127.0.0.2") -> Zone:
    zone.add("2.0.0.127.bl.test", "A", control)
    if listing:
        zone.add(f"{REVERSED}.bl.test", "A", listing)
    return zone


async def report(zone: Zone, domain: str = "corp.test", server: str = "out.corp.test"):
    async with DnsServer(zone) as dns:
        client = DnsClient(parse_nameserver(dns.address), timeout=0.5, lifetime=1.0)
        return await check_domain(domain, server, client, blocklists=("bl.test",))


def finding(rep, check: str):
    return next(f for f in rep.findings if f.check == check)


# -- SPF ---------------------------------------------------------------------------------


async def test_spf_that_lists_the_server_passes():
    spf = finding(await report(base_zone()), "spf")
    assert (spf.status, spf.code) == (Status.PASS, "SPF_PASS")


async def test_spf_fail_names_the_record_to_publish():
    spf = finding(await report(base_zone("v=spf1 ip4:198.51.100.1 -all")), "spf")
    assert (spf.status, spf.code) == (Status.FAIL, "SPF_NOT_AUTHORIZED")
    assert spf.record == f"v=spf1 ip4:198.51.100.1 ip4:{SERVER_IP} -all"
    assert spf.record_name == "corp.test"


async def test_spf_softfail_and_neutral_are_warnings():
    soft = finding(await report(base_zone("v=spf1 ip4:198.51.100.1 ~all")), "spf")
    neutral = finding(await report(base_zone("v=spf1 ip4:198.51.100.1 ?all")), "spf")
    assert (soft.status, soft.params["result"]) == (Status.WARN, "softfail")
    assert (neutral.status, neutral.params["result"]) == (Status.WARN, "neutral")
    assert soft.record.endswith(f"ip4:{SERVER_IP} ~all")


async def test_spf_split_into_several_strings_is_joined():
    zone = base_zone(None).txt("corp.test", "v=spf1 ip4:45.33.", "10.0/24 -all")
    assert finding(await report(zone), "spf").status is Status.PASS


async def test_no_spf_record_offers_one():
    spf = finding(await report(base_zone(None)), "spf")
    # A record to publish is advice; "Problem" is kept for what gets mail refused.
    assert (spf.status, spf.code) == (Status.WARN, "SPF_MISSING")
    assert spf.render()[0] == "Publish an SPF record"
    assert spf.record == f"v=spf1 ip4:{SERVER_IP} ~all"


async def test_two_spf_records_are_a_permerror():
    zone = base_zone().txt("corp.test", "v=spf1 -all")
    assert finding(await report(zone), "spf").code == "SPF_TWO_RECORDS"


async def test_too_many_lookups_is_a_permerror():
    includes = " ".join(f"include:i{n}.corp.test" for n in range(11))
    zone = base_zone(f"v=spf1 {includes} -all")
    for n in range(11):
        zone.txt(f"i{n}.corp.test", "v=spf1 ip4:198.51.100.9 -all")
    spf = finding(await report(zone), "spf")
    assert (spf.status, spf.code) == (Status.FAIL, "SPF_TOO_MANY_LOOKUPS")


async def test_a_timeout_is_couldnt_check_never_missing():
    zone = base_zone(None)
    zone.silent.add("corp.test")
    spf = finding(await report(zone), "spf")
    assert (spf.status, spf.code) == (Status.UNKNOWN, "SPF_UNAVAILABLE")
    mx = finding(await report(zone), "mx")
    assert mx.status is Status.UNKNOWN


async def test_servfail_is_couldnt_check_never_missing():
    zone = base_zone(None)
    zone.servfail.add("corp.test")
    assert finding(await report(zone), "spf").status is Status.UNKNOWN


async def test_a_timeout_inside_an_include_is_temperror():
    zone = base_zone("v=spf1 include:slow.corp.test -all")
    zone.silent.add("slow.corp.test")
    assert finding(await report(zone), "spf").code == "SPF_UNAVAILABLE"


async def test_a_provider_server_is_checked_for_the_providers_include():
    zone = base_zone("v=spf1 include:_spf.google.com ~all")
    zone.txt("_spf.google.com", "v=spf1 ip4:74.125.0.0/16 ~all")
    spf = finding(await report(zone, server="smtp.gmail.com"), "spf")
    assert (spf.status, spf.code) == (Status.PASS, "SPF_INCLUDE_PRESENT")
    missing = finding(
        await report(base_zone("v=spf1 ip4:198.51.100.1 ~all"), server="smtp.gmail.com"), "spf"
    )
    assert missing.code == "SPF_NOT_AUTHORIZED"
    assert missing.record == "v=spf1 ip4:198.51.100.1 include:_spf.google.com ~all"


# -- SPF advice agrees with the domain's own records (issue 12) --------------------------


def no_spf_zone() -> Zone:
    """corp.test with no SPF and no MX; out.corp.test is the server on a public address."""
    return Zone().add("out.corp.test", "A", SERVER_IP)


async def spf_advice(zone: Zone, server: str = "out.corp.test"):
    rep = await report(zone, server=server)
    return finding(rep, "spf"), finding(rep, "mx")


async def test_a_domain_without_mx_is_never_told_to_publish_mx():
    spf, mx = await spf_advice(no_spf_zone())
    assert mx.code == "MX_MISSING"
    assert spf.record == f"v=spf1 ip4:{SERVER_IP} ~all"
    assert "mx" not in spf.record.split()


async def test_a_server_that_does_not_resolve_is_named_not_replaced_by_mx():
    # The case: no MX, and the server's address unknown: "v=spf1 mx ~all" before.
    spf, mx = await spf_advice(Zone(), server="smtp.corp.test")
    assert mx.code == "MX_MISSING"
    assert spf.record == "v=spf1 a:smtp.corp.test ~all"


async def test_mx_is_suggested_when_the_mx_host_is_the_sending_server():
    by_name = no_spf_zone().add("corp.test", "MX", "10 out.corp.test.")
    assert (await spf_advice(by_name))[0].record == "v=spf1 mx ~all"
    by_address = no_spf_zone().add("corp.test", "MX", "10 mx1.corp.test.")
    by_address.add("mx1.corp.test", "A", SERVER_IP)
    assert (await spf_advice(by_address))[0].record == "v=spf1 mx ~all"


async def test_mx_elsewhere_means_the_servers_address_not_mx():
    zone = no_spf_zone().add("corp.test", "MX", "10 mx1.corp.test.")
    zone.add("mx1.corp.test", "A", "198.51.100.7")
    assert (await spf_advice(zone))[0].record == f"v=spf1 ip4:{SERVER_IP} ~all"


async def test_a_private_server_address_is_never_put_in_spf():
    zone = Zone().add("relay.corp.test", "A", "10.1.2.3")
    spf, _ = await spf_advice(zone, server="relay.corp.test")
    assert spf.record == "v=spf1 a:relay.corp.test ~all"


async def test_a_providers_include_is_suggested_when_there_is_no_spf():
    spf, _ = await spf_advice(Zone(), server="smtp.gmail.com")
    assert spf.record == "v=spf1 include:_spf.google.com ~all"


async def test_a_record_that_fails_gets_mx_added_when_the_mx_is_the_server():
    zone = base_zone("v=spf1 ip4:198.51.100.1 -all")
    zone.records[("corp.test", "MX")] = ["10 out.corp.test."]
    spf = finding(await report(zone), "spf")
    assert (spf.code, spf.record) == ("SPF_NOT_AUTHORIZED", "v=spf1 ip4:198.51.100.1 mx -all")


async def test_without_a_server_mx_only_when_the_domain_has_mx():
    with_mx = Zone().add("corp.test", "MX", "10 mx1.corp.test.")
    assert (await spf_advice(with_mx, server=""))[0].record == "v=spf1 mx ~all"
    spf, _ = await spf_advice(Zone(), server="")
    assert (spf.code, spf.record, spf.status) == ("SPF_MISSING", "", Status.WARN)
    title, explanation = spf.render()
    assert title == "Publish an SPF record" and "Ask whoever runs your mail server" in explanation
    assert "this TXT record" not in explanation  # no record follows


# -- order: what matters first -----------------------------------------------------------


async def test_findings_come_in_order_of_what_gets_mail_refused():
    zone = with_blocklist(base_zone("v=spf1 ip4:198.51.100.1 -all"), listing="127.0.0.2")
    zone.silent |= {"2.0.0.127.slow.test", "1.0.0.127.slow.test"}
    async with DnsServer(zone) as dns:
        client = DnsClient(parse_nameserver(dns.address), timeout=0.5, lifetime=1.0)
        rep = await check_domain("corp.test", "out.corp.test", client, ("slow.test", "bl.test"))
    assert [f.code for f in rep.findings] == [
        "SPF_NOT_AUTHORIZED",  # receivers refuse it
        "DNSBL_LISTED",
        "DMARC_MISSING",  # worth publishing
        "MX_PRESENT",  # fine
        "DNSBL_UNAVAILABLE",  # couldn't check: last, and never "missing"
    ]
    assert [f.status for f in rep.findings] == [
        Status.FAIL,
        Status.FAIL,
        Status.WARN,
        Status.PASS,
        Status.UNKNOWN,
    ]


async def test_only_missing_records_is_advice_and_the_command_line_exits_0():
    zone = Zone().add("out.corp.test", "A", SERVER_IP).add("corp.test", "MX", "10 mx1.corp.test.")
    async with DnsServer(zone) as dns:
        code, out, _ = await run_cli(
            "dns", "corp.test", "--server", "out.corp.test", "--nameserver", dns.address
        )
    assert code == 0, out
    assert "[Recommended] Publish an SPF record" in out
    assert "[Recommended] Publish a DMARC record" in out
    assert out.index("Publish an SPF record") < out.index("The domain receives mail")


def test_the_suggested_record_keeps_everything_and_adds_before_all():
    assert with_mechanism("v=spf1 mx -all", "include:x.test") == "v=spf1 mx include:x.test -all"
    assert with_mechanism("v=spf1 mx redirect=r.test", "ip4:1.2.3.4") == (
        "v=spf1 mx ip4:1.2.3.4 redirect=r.test"
    )
    assert with_mechanism("v=spf1 mx", "a") == "v=spf1 mx a ~all"
    assert with_mechanism("", "include:x.test") == "v=spf1 include:x.test ~all"


# -- DMARC -------------------------------------------------------------------------------


async def test_dmarc_reject_passes_and_none_warns():
    zone = base_zone().txt("_dmarc.corp.test", "v=DMARC1; p=reject; aspf=s")
    dmarc = finding(await report(zone), "dmarc")
    assert (dmarc.status, dmarc.params["policy"]) == (Status.PASS, "reject")
    assert "aspf=s" in dmarc.render()[1]
    zone = base_zone().txt("_dmarc.corp.test", "v=DMARC1; p=none")
    assert finding(await report(zone), "dmarc").status is Status.WARN


async def test_dmarc_absent_offers_a_starting_record():
    dmarc = finding(await report(base_zone()), "dmarc")
    assert (dmarc.status, dmarc.code) == (Status.WARN, "DMARC_MISSING")
    assert dmarc.record_name == "_dmarc.corp.test"
    assert dmarc.record.startswith("v=DMARC1; p=none")


@pytest.mark.parametrize(
    "record",
    ["v=DMARC1; p=maybe", "v=DMARC1; rua=mailto:x@corp.test", "v=DMARC1; p=reject; pct=150"],
)
async def test_dmarc_malformed_says_why(record: str):
    zone = base_zone().txt("_dmarc.corp.test", record)
    dmarc = finding(await report(zone), "dmarc")
    assert (dmarc.status, dmarc.code) == (Status.FAIL, "DMARC_MALFORMED")
    assert dmarc.params["reason"]


async def test_dmarc_of_the_organisational_domain_applies_to_a_subdomain():
    zone = base_zone().txt("_dmarc.corp.test", "v=DMARC1; p=quarantine")
    zone.add("news.corp.test", "MX", "10 mx1.corp.test.")
    dmarc = finding(await report(zone, domain="news.corp.test"), "dmarc")
    assert dmarc.status is Status.PASS


async def test_dmarc_with_a_bulk_provider_hints_at_dkim():
    zone = base_zone().txt("_dmarc.corp.test", "v=DMARC1; p=reject")
    dmarc = finding(await report(zone, server="smtp.sendgrid.net"), "dmarc")
    assert "DKIM" in dmarc.render()[1] and "SendGrid" in dmarc.render()[1]


# -- MX ----------------------------------------------------------------------------------


async def test_mx_present_missing_and_null():
    assert finding(await report(base_zone()), "mx").status is Status.PASS
    zone = Zone().add("out.corp.test", "A", SERVER_IP).txt("corp.test", "v=spf1 -all")
    assert finding(await report(zone), "mx").code == "MX_MISSING"
    null = Zone().add("out.corp.test", "A", SERVER_IP).add("corp.test", "MX", "0 .")
    assert finding(await report(null), "mx").code == "MX_NULL"


# -- blocklists --------------------------------------------------------------------------


async def test_a_listed_server_is_a_problem():
    rep = await report(with_blocklist(base_zone(), listing="127.0.0.4"))
    bl = finding(rep, "dnsbl")
    assert (bl.status, bl.code) == (Status.FAIL, "DNSBL_LISTED")
    assert "127.0.0.4" in bl.params["code"]


async def test_an_unlisted_server_passes():
    bl = finding(await report(with_blocklist(base_zone())), "dnsbl")
    assert (bl.status, bl.code) == (Status.PASS, "DNSBL_CLEAN")


async def test_127_255_255_254_means_unavailable_not_listed():
    rep = await report(with_blocklist(base_zone(), listing="127.255.255.254"))
    assert finding(rep, "dnsbl").code == "DNSBL_UNAVAILABLE"
    rep = await report(with_blocklist(base_zone(), control="127.255.255.254"))
    assert finding(rep, "dnsbl").code == "DNSBL_UNAVAILABLE"


async def test_a_blocklist_that_does_not_answer_is_couldnt_check():
    zone = with_blocklist(base_zone())
    zone.silent |= {"2.0.0.127.bl.test", "1.0.0.127.bl.test", f"{REVERSED}.bl.test"}
    bl = finding(await report(zone), "dnsbl")
    assert (bl.status, bl.code) == (Status.UNKNOWN, "DNSBL_UNAVAILABLE")
    assert bl.params["reason"] == "timeout"


async def test_a_server_on_a_private_address_is_not_checked_against_blocklists():
    zone = base_zone().add("relay.corp.test", "A", "10.1.2.3")
    bl = finding(await report(zone, server="relay.corp.test"), "dnsbl")
    assert (bl.status, bl.code) == (Status.UNKNOWN, "DNSBL_PRIVATE")


# -- the command line --------------------------------------------------------------------


async def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await async_main(list(argv), io.StringIO(), out, err)
    return code, out.getvalue(), err.getvalue()


async def test_main_dns_reports_every_check_from_the_zone():
    zone = base_zone("v=spf1 ip4:198.51.100.1 -all").txt(
        "_dmarc.corp.test", "v=DMARC1; p=quarantine"
    )
    zone.add("2.0.0.127.zen.spamhaus.org", "A", "127.0.0.2")
    zone.add(f"{REVERSED}.zen.spamhaus.org", "A", "127.0.0.3")
    async with DnsServer(zone) as dns:
        code, out, _ = await run_cli(
            "dns", "corp.test", "--server", "out.corp.test", "--nameserver", dns.address, "--json"
        )
        readable_code, readable, _ = await run_cli(
            "dns", "corp.test", "--server", "out.corp.test", "--nameserver", dns.address
        )
    data = json.loads(out)
    codes = {f["check"] + ":" + f["code"] for f in data["findings"]}
    assert "spf:SPF_NOT_AUTHORIZED" in codes
    assert "dmarc:DMARC_ENFORCED" in codes
    assert "mx:MX_PRESENT" in codes
    assert "dnsbl:DNSBL_LISTED" in codes  # zen
    assert code == readable_code == 3
    assert f"v=spf1 ip4:198.51.100.1 ip4:{SERVER_IP} -all" in readable
    assert "Listed on zen.spamhaus.org" in readable


async def test_main_dns_rejects_a_bad_nameserver_in_one_line():
    code, out, err = await run_cli("dns", "corp.test", "--nameserver", "dns.example:53")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "--nameserver" in err
