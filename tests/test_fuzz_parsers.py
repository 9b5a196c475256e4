"""Every parser of outside input, fuzzed (issue 13, item 10): whatever a user pastes,
a DNS answer holds, a server replies or a file contains, each parser returns a value
or raises its documented error type, never anything else.

Normal runs try 100 inputs per parser (seconds). The long run:

    HYPOTHESIS_PROFILE=fuzz uv run pytest -m fuzz tests/test_fuzz_parsers.py -s

runs every property under the ``fuzz`` profile (tests/conftest.py; examples per
property from ``FUZZ_EXAMPLES``, default 20000) and prints, per parser, the inputs
tried and the minutes taken. The whole check against a server sending random
replies opens a connection per example: 30 normally, 500 with
``HYPOTHESIS_PROFILE=fuzz`` (as the echo property in tests/test_redaction_echo.py).
docs/ADDRESSES-AND-REDACTION.md has the last long run's result.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtplib.esmtp import parse_esmtp_extensions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wizard.targets
from tests.dnsserver import DnsServer, Zone
from tests.servers import HOST, ScriptedServer
from wizard.core import discovery, spf
from wizard.core.deliverability import DmarcError, _listing, parse_dmarc
from wizard.core.diagnosis import classify_reply, enhanced_status
from wizard.core.dnsquery import DnsClient, Nameserver, NameserverError, parse_nameserver
from wizard.core.endpoint import Endpoint, EndpointError, parse_endpoint, to_ascii_host
from wizard.core.engine import CheckRequest, _wire_address, run_check
from wizard.core.export import parse_dsn, parse_env
from wizard.core.model import Profile, ProfileDataError, Security
from wizard.core.providers import IspdbError, parse_ispdb
from wizard.core.stages import Stage
from wizard.core.store import LoadReport, ProfileStore
from wizard.core.tls import client_context
from wizard.core.validation import MESSAGES, check_address, check_domain, needs_smtputf8

TRIED: Counter[str] = Counter()

# Text as it arrives from outside: any Unicode, plus the characters that broke
# parsers before (superscript digits, bidi controls, NUL, CR/LF, IDN dots, %zone).
TRICKY = "0123456789:.[]@%/-_ \t\r\n\x00\x1b²³¹١٢۳\u202e\u2066\u200f\uff0e\u3002ßñ€xn-"
outside = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(TRICKY), max_size=40),
    st.text(alphabet=st.sampled_from(TRICKY + "abcdefghijklmnopqrstuvwxyz"), max_size=80),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=30,
)
PROFILE_KEYS = list(Profile().to_dict())


def fast(test):
    """A property for the normal run: quick, no deadline (the CI machine is shared)."""
    return settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])(test)


# -- what a user pastes or types ------------------------------------------------------


@fast
@given(outside)
def test_endpoint_parsing(text):
    TRIED["endpoint (host:port)"] += 1
    try:
        endpoint = parse_endpoint(text)
    except EndpointError as exc:
        assert exc.code in MESSAGES
        return
    assert isinstance(endpoint, Endpoint)
    assert endpoint.host.isascii() and endpoint.host
    assert endpoint.port is None or 1 <= endpoint.port <= 65535
    assert to_ascii_host(endpoint.host) or ":" in endpoint.host


@fast
@given(st.one_of(outside, st.builds(lambda a, b: f"{a}@{b}", outside, outside)))
def test_address_checking(text):
    TRIED["address"] += 1
    code = check_address(text)
    assert code is None or code in MESSAGES
    if code is None:
        needs_smtputf8(text)
        wire = _wire_address(text)
        domain = wire.rpartition("@")[2]
        assert domain.isascii()
        assert len(wire.encode()) <= 254
    assert check_domain(text) in (None, *MESSAGES)


@fast
@given(outside)
def test_nameserver_parsing(text):
    TRIED["nameserver"] += 1
    try:
        server = parse_nameserver(text)
    except NameserverError:
        return
    assert isinstance(server, Nameserver) and 1 <= server.port <= 65535
    assert server.address.isascii()


# -- what DNS answers -----------------------------------------------------------------


SPF_WORDS = st.sampled_from(
    [
        *["a", "mx", "ptr", "ip4:", "ip6:", "include:", "exists:", "redirect=", "exp=", "all"],
        *["-", "~", "?", "+", "/", "//", "%{", "}", "%%", "%_", "%-", "i", "d", "l", "r", "."],
    ]
)
spf_records = st.lists(st.one_of(SPF_WORDS, outside), max_size=12).map("".join)


@fast
@given(st.one_of(outside, spf_records, spf_records.map(lambda r: " ".join(r.split("i")))))
def test_spf_record_parsing(text):
    TRIED["SPF record"] += 1
    spf.is_spf1(text)
    try:
        spf.parse_record("v=spf1 " + text)
    except spf._Abort as abort:
        assert abort.args  # a permerror with its reason


DMARC_TAGS = st.sampled_from(["v=DMARC1", "p=", "pct=", "adkim=", "aspf=", "rua=", ";", " "])
dmarc_records = st.lists(st.one_of(DMARC_TAGS, outside), max_size=10).map("".join)


@fast
@given(st.one_of(outside, dmarc_records, dmarc_records.map(lambda r: "v=DMARC1; " + r)))
def test_dmarc_record_parsing(text):
    TRIED["DMARC record"] += 1
    try:
        tags = parse_dmarc(text)
    except DmarcError as exc:
        assert str(exc)
        return
    assert "p" in tags


@fast
@given(st.lists(st.one_of(st.ip_addresses().map(str), outside), max_size=6))
def test_dnsbl_answers_are_interpreted(answers):
    TRIED["DNSBL answer"] += 1
    listing = _listing(answers)
    assert listing is None or all(a.startswith("127.") for a in answers)


# -- what files and pasted exports contain --------------------------------------------


@fast
@given(st.one_of(json_values, st.dictionaries(st.sampled_from(PROFILE_KEYS), json_values)))
def test_a_saved_profile_entry_is_read_or_refused(entry):
    TRIED["setups file entry"] += 1
    try:
        profile = Profile.from_dict(entry)
    except ProfileDataError as exc:
        assert exc.reason
        return
    assert isinstance(profile, Profile)


def setups_files():
    entry = st.dictionaries(st.sampled_from(PROFILE_KEYS), json_values, max_size=8)
    document = st.fixed_dictionaries(
        {"version": st.one_of(st.integers(-1, 3), json_values), "profiles": st.lists(entry)}
    )
    return st.one_of(
        st.binary(max_size=200),
        json_values.map(json.dumps),
        document.map(json.dumps),
    )


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(setups_files())
def test_the_setups_file_loader(tmp_path: Path, content):
    TRIED["setups file"] += 1
    path = tmp_path / "profiles.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    report = ProfileStore(path).load()
    assert isinstance(report, LoadReport)
    report.text()  # the message shown for it can be built


ENV_BITS = st.sampled_from(["SMTP_HOST=", "SMTP_PASSWORD=", "'", '"', "\\", "$", "${", "#"])
env_texts = st.lists(st.one_of(ENV_BITS, outside), max_size=12).map("".join)


@fast
@given(st.one_of(outside, env_texts), st.sampled_from(["env", "env-python", "env-node"]))
def test_env_parsing(text, fmt):
    TRIED["parse_env"] += 1
    try:
        values = parse_env(text, fmt)
    except ValueError:
        return
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in values.items())


DSN_BITS = st.sampled_from(["smtp://", "smtps://", "@", ":", "[", "]", "?", "%", "&", "="])
dsns = st.lists(st.one_of(DSN_BITS, outside), max_size=10).map("".join)


@fast
@given(st.one_of(outside, dsns))
def test_dsn_parsing(text):
    TRIED["parse_dsn"] += 1
    try:
        fields, password = parse_dsn(text)
    except ValueError:  # urllib's own refusal (a bad port, an unclosed [)
        return
    assert isinstance(fields, dict) and (password is None or isinstance(password, str))


XML_BITS = st.sampled_from(
    [
        *["<clientConfig>", "</clientConfig>", "<emailProvider id='x'>", "</emailProvider>"],
        *["<outgoingServer type='smtp'>", "</outgoingServer>", "<hostname>", "</hostname>"],
        *["<port>", "</port>", "<socketType>", "</socketType>", "SSL", "STARTTLS", "PLAIN"],
        *["<domain>", "</domain>", "<displayName>", "</displayName>", "&amp;", "&#0;", "&#x1F;"],
        *["<!DOCTYPE x>", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "465", "²", "-1"],
    ]
)
xml_texts = st.lists(st.one_of(XML_BITS, outside), max_size=20).map("".join)


@fast
@given(st.one_of(outside, xml_texts))
def test_provider_xml_parsing(text):
    TRIED["ISPDB XML"] += 1
    with contextlib.suppress(IspdbError):
        parse_ispdb(text)


# -- what a server replies --------------------------------------------------------------


reply_lines = st.one_of(
    st.binary(max_size=120),
    st.builds(
        lambda code, sep, text: code + sep + text,
        st.sampled_from([b"220", b"250", b"535", b"\xc2\xb2\xc2\xb2\xc2\xb2", b"", b"99"]),
        st.sampled_from([b" ", b"-", b""]),
        st.binary(max_size=60),
    ),
)
replies = st.lists(reply_lines, min_size=1, max_size=5).map(lambda ls: b"\r\n".join(ls) + b"\r\n")


@fast
@given(st.sampled_from(list(Stage)), st.integers(-1, 999), outside)
def test_replies_are_classified(stage, code, text):
    TRIED["server reply (classify)"] += 1
    assert isinstance(classify_reply(stage, code, text), str)
    enhanced_status(text)


@fast
@given(st.lists(outside, max_size=6).map("\n".join))
def test_ehlo_keywords_are_read(text):
    TRIED["server reply (EHLO)"] += 1
    extensions, auth = parse_esmtp_extensions(text)
    assert isinstance(extensions, dict) and isinstance(auth, list)


def scripted(greeting: bytes, ehlo: bytes, auth: bytes) -> ScriptedServer:
    async def script(reader, writer):
        writer.write(greeting)
        while True:
            line = await reader.readline()
            if not line:
                return
            verb = line.split(b" ", 1)[0].strip().upper()
            writer.write(
                {b"EHLO": ehlo, b"HELO": ehlo, b"AUTH": auth, b"QUIT": b"221 bye\r\n"}.get(
                    verb, b"250 ok\r\n"
                )
            )
            await writer.drain()
            if verb == b"QUIT":
                return

    return ScriptedServer(script)


EHLO_OK = b"250-x\r\n250 AUTH PLAIN LOGIN\r\n"


# A connection per example: 30 in a normal run, more with HYPOTHESIS_PROFILE=fuzz.
ENGINE_EXAMPLES = 500 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 30


@settings(deadline=None, max_examples=ENGINE_EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(replies, st.just(b"220 ok\r\n")),
    st.one_of(replies, st.just(EHLO_OK)),
    replies,
)
def test_the_check_survives_any_server_reply(greeting, ehlo, auth):
    TRIED["server reply (check engine)"] += 1

    async def one():
        async with scripted(greeting, ehlo, auth) as server:
            profile = Profile(
                host=HOST, port=server.port, security=Security.NONE, allow_plaintext_auth=True,
                username="a@b.test", from_address="a@b.test", timeout=2,
            )  # fmt: skip
            return await run_check(CheckRequest(profile, password="pw", deadline=4))

    result = asyncio.run(one())
    assert result.ok or result.diagnosis is not None


async def probe_against(greeting: bytes, ehlo: bytes) -> tuple[Security, str]:
    """Discovery's probe (aiosmtplib, as the checks) against a server saying these."""
    zone = Zone().add("smtp.fuzz.test", "A", HOST)
    async with scripted(greeting, ehlo, b"250 ok\r\n") as server, DnsServer(zone) as dns:
        resolver = DnsClient(parse_nameserver(dns.address), timeout=1.0, lifetime=2.0)
        candidate = discovery.Candidate(
            "smtp.fuzz.test", server.port, Security.STARTTLS, discovery.Source.GUESS, True
        )
        return await asyncio.wait_for(discovery.probe(candidate, resolver, client_context()), 4)


@settings(deadline=None, max_examples=ENGINE_EXAMPLES, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(replies, st.just(b"220 ok\r\n")), st.one_of(replies, st.just(EHLO_OK)))
def test_a_discovery_probe_survives_any_server_reply(greeting, ehlo):
    """Whatever the server replies, a probe finds the endpoint or fails with one of
    the failures discovery records (discovery.PROBE_FAILURES), never anything else."""
    TRIED["server reply (discovery)"] += 1
    try:
        security, text = asyncio.run(probe_against(greeting, ehlo))
    except discovery.PROBE_FAILURES:
        return
    assert security in (Security.STARTTLS, Security.NONE) and isinstance(text, str)


def test_discovery_refuses_a_reply_code_in_superscript_digits_as_not_smtp():
    """Found by the long fuzz run: "²²²" passes str.isdigit() and int() raised. The
    probe reads replies with aiosmtplib, which takes the code from bytes: ASCII only."""
    with pytest.raises(discovery.PROBE_FAILURES, match="Malformed SMTP response"):
        asyncio.run(probe_against("²²² hello\r\n".encode(), EHLO_OK))


# -- import formats (issue 14: none registered on this branch yet) ----------------------


@fast
@given(outside)
def test_every_import_format_refuses_only_with_its_error(text):
    """Iterates wizard.targets.TARGETS: empty until issue 14's targets are merged,
    then it covers each of them with no change here."""
    TRIED["import targets"] += 1
    wizard.targets.detect(text)
    for target in wizard.targets.TARGETS.values():
        assert isinstance(target.detect(text), int)
        with contextlib.suppress(wizard.targets.ImportError_):
            target.parse(text)


# -- the long run -----------------------------------------------------------------------

PROPERTIES = [
    test_endpoint_parsing,
    test_address_checking,
    test_nameserver_parsing,
    test_spf_record_parsing,
    test_dmarc_record_parsing,
    test_dnsbl_answers_are_interpreted,
    test_a_saved_profile_entry_is_read_or_refused,
    test_env_parsing,
    test_dsn_parsing,
    test_provider_xml_parsing,
    test_replies_are_classified,
    test_ehlo_keywords_are_read,
    test_every_import_format_refuses_only_with_its_error,
]


@pytest.mark.fuzz
@pytest.mark.parametrize("prop", PROPERTIES, ids=lambda p: p.__name__.removeprefix("test_"))
def test_long_fuzz_run(prop):
    """Run one property under the fuzz profile (``-m fuzz``, see the module docstring)."""
    before = dict(TRIED)
    start = time.monotonic()
    prop()
    minutes = (time.monotonic() - start) / 60
    tried = {k: v - before.get(k, 0) for k, v in TRIED.items() if v != before.get(k, 0)}
    print(f"\nFUZZ {prop.__name__}: {tried} in {minutes:.2f} min")


@pytest.mark.fuzz
def test_long_fuzz_run_of_the_setups_file(tmp_path):
    start = time.monotonic()
    before = TRIED["setups file"]
    test_the_setups_file_loader(tmp_path)
    minutes = (time.monotonic() - start) / 60
    print(f"\nFUZZ setups file: {TRIED['setups file'] - before} in {minutes:.2f} min")
