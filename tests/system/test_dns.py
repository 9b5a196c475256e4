"""Discovery and deliverability against a real DNS server (dnsmasq) and Postfix."""

from __future__ import annotations

import json

from tests.conftest import run_main
from tests.system.stack import DOMAIN, USER


def run(*args: str) -> tuple[int, str]:
    done = run_main(*args)
    return done.returncode, done.stdout + done.stderr


def test_discovery_finds_postfix_through_the_domains_srv_records(system_stack):
    status, out = run(
        "discover", USER, "--nameserver", system_stack.nameserver,
        "--ca-file", system_stack.ca_file, "--json",
    )  # fmt: skip
    assert status == 0, out
    report = json.loads(out)
    best = report["best"]
    # _submissions (implicit TLS, RFC 8314) outranks _submission; both point at Postfix.
    assert (best["host"], best["port"], best["security"], best["source"], best["trusted"]) == (
        f"mail.{DOMAIN}",
        system_stack.port("implicit"),
        "ssl",
        "srv",
        True,
    )
    assert report["sources"]["srv"] == "found"
    srv_probes = [p for p in report["probes"] if p["port"] == best["port"]]
    assert srv_probes[0]["ok"] and "Postfix" in srv_probes[0]["detail"]
    # The SRV target is probed at once, not queued behind a dozen guesses.
    assert srv_probes[0]["at_ms"] < 1000, report["probes"]


def test_deliverability_reads_the_real_zone(system_stack):
    status, out = run(
        "dns", DOMAIN, "--server", f"mail.{DOMAIN}", "--nameserver", system_stack.nameserver,
        "--json",
    )  # fmt: skip
    assert status == 0, out
    findings = {f["check"]: f for f in json.loads(out)["findings"]}
    assert findings["spf"]["code"] == "SPF_PASS"
    assert findings["dmarc"]["status"] == "pass"
    assert "p=reject" in findings["dmarc"]["explanation"] + findings["dmarc"]["detail"] + (
        findings["dmarc"]["record"] or ""
    )
    assert findings["mx"]["code"] == "MX_PRESENT"
    assert findings["dnsbl"]["code"] == "DNSBL_PRIVATE"  # 127.0.0.1 is not on the internet


def test_a_name_the_zone_does_not_have_is_missing_not_unavailable(system_stack):
    status, out = run("dns", f"nowhere.{DOMAIN}", "--nameserver", system_stack.nameserver, "--json")
    assert status == 0, out  # missing records are recommendations, not problems
    findings = {f["check"]: f for f in json.loads(out)["findings"]}
    assert (findings["spf"]["code"], findings["spf"]["status"]) == ("SPF_MISSING", "warn")
    assert findings["mx"]["status"] != "unknown"  # NXDOMAIN is an answer, not a failure
    # No server named and no MX: nothing to suggest, and never "v=spf1 mx" for a domain
    # without MX records.
    assert findings["mx"]["code"] == "MX_MISSING" and findings["spf"]["record"] is None
