"""Our SPF evaluator against the openspf.org RFC 7208 test suite.

The suite (tests/data/spf/rfc7208-tests.yml, BSD licence alongside) gives DNS
zone data and expected results. The look-ups here follow the suite's driver
conventions: an ``SPF`` record doubles as a TXT record unless the name has its
own TXT entries (``TXT: NONE`` = none); ``TIMEOUT`` times out a query for a type
not listed before it; names starting with ``error.`` time out; unknown names
are NXDOMAIN.
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import pytest
import yaml

from wizard.core.dnsquery import DnsMissing, DnsUnavailable, MxRecord
from wizard.core.spf import check_host

SUITE = Path(__file__).parent / "data" / "spf" / "rfc7208-tests.yml"

# Tests we knowingly do not follow, with the reason.
NOT_FOLLOWED: dict[str, str] = {}


class SuiteZone:
    def __init__(self, zonedata: dict[str, list[Any]]) -> None:
        self.zone: dict[str, list[Any]] = {}
        for name, entries in zonedata.items():
            items: list[Any] = []
            generated: list[tuple[str, Any]] = []
            has_txt = any(isinstance(e, dict) and "TXT" in e for e in entries)
            for entry in entries:
                if entry == "TIMEOUT":
                    items.append("TIMEOUT")
                    continue
                ((rdtype, value),) = entry.items()
                if rdtype in ("TXT", "SPF") and isinstance(value, str):
                    value = [value]
                if rdtype == "SPF" and not has_txt:
                    generated.append(("TXT", value))
                if value != ["NONE"]:
                    items.append((rdtype, value))
            self.zone[name.lower()] = items + generated

    def _records(self, name: str, rdtype: str, depth: int = 0) -> list[Any]:
        name = name.lower().rstrip(".")
        if name.startswith("error."):
            raise DnsUnavailable(name, rdtype, "timeout")
        if name not in self.zone:
            raise DnsMissing(name, rdtype, nxdomain=True)
        found: list[Any] = []
        for item in self.zone[name]:
            if item == "TIMEOUT":
                if not found:
                    raise DnsUnavailable(name, rdtype, "timeout")
                continue
            kind, value = item
            if kind == rdtype:
                found.append(value)
            elif kind == "CNAME" and depth == 0:
                found.extend(self._records(value, rdtype, 1))
        if not found:
            raise DnsMissing(name, rdtype, nxdomain=False)
        return found

    async def txt(self, name: str) -> list[str]:
        return ["".join(v) for v in self._records(name, "TXT")]

    async def addresses(self, name: str, rdtype: str = "A") -> list[str]:
        return [str(v) for v in self._records(name, rdtype)]

    async def mx(self, name: str) -> list[MxRecord]:
        return [MxRecord(int(p), str(h).lower().rstrip(".")) for p, h in self._records(name, "MX")]

    async def ptr(self, address: str) -> list[str]:
        reverse = ipaddress.ip_address(address).reverse_pointer
        return [str(v).lower() for v in self._records(reverse, "PTR")]


def _cases() -> list[Any]:
    cases = []
    with SUITE.open("rb") as handle:
        for scenario in yaml.safe_load_all(handle):
            for test_id, test in scenario["tests"].items():
                marks = []
                if test_id in NOT_FOLLOWED:
                    marks.append(pytest.mark.skip(reason=NOT_FOLLOWED[test_id]))
                cases.append(pytest.param(scenario["zonedata"], test, id=test_id, marks=marks))
    return cases


@pytest.mark.parametrize(("zonedata", "test"), _cases())
async def test_rfc7208_suite(zonedata: dict[str, list[Any]], test: dict[str, Any]) -> None:
    sender = test["mailfrom"] or f"postmaster@{test['helo']}"
    domain = sender.rpartition("@")[2]
    outcome = await check_host(test["host"], domain, sender, SuiteZone(zonedata), helo=test["helo"])
    expected = test["result"] if isinstance(test["result"], list) else [test["result"]]
    assert outcome.result in expected, outcome.reason


def test_suite_is_complete() -> None:
    # The 2014.04 release holds this many tests; a truncated copy would pass silently.
    assert len(_cases()) >= 200
