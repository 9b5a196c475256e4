"""Addresses as RFC 5321 and RFC 6531 have them (issue 13, item 2): length limits in
octets, no direction overrides or control characters, a non-ASCII local part sent with
SMTPUTF8 when the server offers it and refused with a clear code when not, and
domains converted with IDNA 2008 (``straße.de`` is not ``strasse.de``)."""

from __future__ import annotations

import json

import pytest

from tests.servers import PASSWORD, USER, Behaviour, SmtpServer
from tests.story import check, run_cli
from wizard.core.endpoint import EndpointError, parse_endpoint, to_ascii_host
from wizard.core.engine import CheckRequest, run_check
from wizard.core.model import Profile, Security
from wizard.core.validation import MESSAGES, check_address, check_domain, validate_profile

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"]
BIDI += ["\u2069", "\u200e", "\u200f"]


# -- length limits (RFC 5321 4.5.3.1), counted in octets as they go on the wire -------


def test_a_local_part_of_64_octets_passes_and_65_is_refused_with_its_own_message():
    assert check_address("a" * 64 + "@acme.test") is None
    assert check_address("a" * 65 + "@acme.test") == "address.local_too_long"
    # "ñ" is two octets in UTF-8: 32 of them fill the 64, 33 do not fit.
    assert check_address("ñ" * 32 + "@acme.test") is None
    assert check_address("ñ" * 33 + "@acme.test") == "address.local_too_long"
    assert "64" in MESSAGES["address.local_too_long"]


def test_a_ten_thousand_character_local_part_is_refused_before_anything_is_sent():
    profile = Profile(host="127.0.0.1", port=1, auth=False, from_address="x" * 10_000 + "@a.test")
    assert [(e.field, e.code) for e in validate_profile(profile)] == [
        ("from_address", "address.local_too_long")
    ]


def test_a_domain_over_255_octets_and_a_path_over_256_are_refused():
    long_domain = ".".join(["d" * 63] * 4) + ".test"  # 260 octets
    assert check_address("ana@" + long_domain) == "address.domain_too_long"
    # 61 + 1 + 193 = 255 octets: each part fits, the path with its <> (257) does not.
    domain = ".".join(["d" * 62] * 3) + ".test"
    assert len(domain) == 193
    assert check_address("a" * 61 + "@" + domain) == "address.too_long"
    assert check_address("a" * 60 + "@" + domain) is None


# -- direction overrides and control characters -------------------------------------


@pytest.mark.parametrize("char", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
def test_direction_formatting_characters_are_refused_in_addresses_hosts_and_names(char):
    assert check_address(f"ana{char}@acme.test") == "bidi_chars"
    assert check_address(f"ana@ac{char}me.test") == "bidi_chars"
    assert check_domain(f"acme{char}.test") == "bidi_chars"
    profile = Profile(
        host=f"smtp{char}.acme.test", auth=False, from_address="ana@acme.test", display_name=char
    )
    assert {(e.field, e.code) for e in validate_profile(profile)} == {
        ("host", "bidi_chars"),
        ("display_name", "bidi_chars"),
    }


def test_a_control_character_in_an_address_is_refused():
    for char in ("\x00", "\x1b", "\r", "\n", "\x7f", "\u0085"):
        assert check_address(f"ana{char}@acme.test") == "control_chars"


async def test_cli_a_right_to_left_override_in_from_is_one_translated_field_message():
    code, out, err = await run_cli(
        ["check", "--host", "127.0.0.1", "--port", "1", "--from", "ana\u202e@acme.test"]
    )
    assert code == 1
    assert "--from: Invisible text-direction characters" in out
    assert "Traceback" not in out + err
    code, out, _ = await run_cli(
        [
            "check",
            "--host",
            "127.0.0.1",
            "--port",
            "1",
            "--from",
            "ana@acme.test",
            "--json",
            "--to",
            "b\u202e@acme.test",
        ]
    )
    assert code == 1
    assert json.loads(out)["diagnosis"]["code"] == "INVALID_INPUT"


# -- IDNA 2008 / UTS 46 -------------------------------------------------------------


def test_straße_stays_its_own_domain_and_is_not_folded_to_strasse():
    assert to_ascii_host("straße.de") == "xn--strae-oqa.de"
    assert to_ascii_host("STRASSE.de") == "strasse.de"
    assert parse_endpoint("smtp.Straße.de:587").host == "smtp.xn--strae-oqa.de"
    assert to_ascii_host("xn--strae-oqa.de") == "xn--strae-oqa.de"


@pytest.mark.parametrize("host", ["☃.example", "xn--zz.example", "ex\u00adample.\u0661\u0031.de"])
def test_names_idna_2008_refuses_give_a_clear_message(host):
    with pytest.raises(EndpointError) as raised:
        to_ascii_host(host)
    assert raised.value.code == "host.idna"
    assert "IDNA 2008" in MESSAGES["host.idna"]
    assert check_address(f"ana@{host}") == "host.idna"


# -- SMTPUTF8 (RFC 6531) against aiosmtpd with and without it --------------------------


async def test_a_non_ascii_local_part_is_sent_with_smtputf8_when_the_server_offers_it(certs):
    async with SmtpServer(certs, smtputf8=True) as server:
        outcome = await check(
            server.port,
            user=USER,
            ca_file=certs.ca_file,
            from_="ñandú@straße.de",
            to="josé@acme.test",
            send=True,
        )
    assert outcome.code is None, outcome.readable
    assert server.recorder.commands[:2] == [
        "MAIL FROM:<ñandú@xn--strae-oqa.de>",
        "RCPT TO:<josé@acme.test>",
    ]
    assert "MAIL FROM:<ñandú@xn--strae-oqa.de> SMTPUTF8".encode() in bytes(server.recorder.raw)
    # RFC 6532: the From header carries the address in UTF-8, not as an encoded-word.
    message = server.recorder.messages[-1]
    assert "From: ñandú@xn--strae-oqa.de".encode() in message


async def test_a_non_ascii_local_part_is_refused_with_a_code_when_smtputf8_is_missing(certs):
    async with SmtpServer(certs) as server:
        outcome = await check(
            server.port, user=USER, ca_file=certs.ca_file, from_="ñandú@acme.test"
        )
    assert outcome.code == "SMTPUTF8_UNSUPPORTED"
    assert outcome.exit_code == 23
    assert "ñandú@acme.test" in outcome.result.diagnosis.detail
    assert "SMTPUTF8" in outcome.readable
    assert server.recorder.commands == []  # no MAIL FROM went out
    assert outcome.result.diagnosis.fixes[0].goto == ("sender", "from_address")


async def test_an_ascii_setup_never_asks_for_smtputf8(certs):
    async with SmtpServer(certs, smtputf8=True) as server:
        outcome = await check(server.port, user=USER, ca_file=certs.ca_file, cli_too=False)
    assert outcome.code is None
    assert b"SMTPUTF8" not in bytes(server.recorder.raw)


async def test_a_non_ascii_recipient_alone_also_needs_smtputf8(certs):
    async with SmtpServer(certs) as server:
        result = await run_check(
            CheckRequest(
                Profile(
                    host="127.0.0.1",
                    port=server.port,
                    security=Security.STARTTLS,
                    username=USER,
                    from_address=USER,
                    ca_file=certs.ca_file,
                ),
                password=PASSWORD,
                to_address="müller@acme.test",
            )
        )
    assert result.diagnosis is not None
    assert result.diagnosis.code == "SMTPUTF8_UNSUPPORTED"
    assert "müller@acme.test" in result.diagnosis.detail


async def test_smtputf8_travels_in_a_pipelined_envelope_too(certs):
    """Postfix and Exchange offer PIPELINING (RFC 2920): the envelope then goes in one
    flight (issue 15), and its MAIL must still carry SMTPUTF8 and UTF-8 addresses,
    and the message built ahead of time its UTF-8 From (RFC 6532)."""
    behaviour = Behaviour(pipelining=True)
    async with SmtpServer(certs, smtputf8=True, behaviour=behaviour) as server:
        outcome = await check(
            server.port,
            user=USER,
            ca_file=certs.ca_file,
            from_="ñandú@straße.de",
            to="josé@acme.test",
            send=True,
        )
    assert outcome.code is None, outcome.readable
    raw = bytes(server.recorder.raw)
    assert "MAIL FROM:<ñandú@xn--strae-oqa.de> SMTPUTF8\r\nRCPT TO:<josé@acme.test>".encode() in raw
    assert "From: ñandú@xn--strae-oqa.de".encode() in server.recorder.messages[-1]


async def test_a_pipelining_server_without_smtputf8_gets_nothing_for_an_accented_address(certs):
    behaviour = Behaviour(pipelining=True)
    async with SmtpServer(certs, behaviour=behaviour) as server:
        outcome = await check(
            server.port, user=USER, ca_file=certs.ca_file, from_="ñandú@acme.test", send=True
        )
    assert outcome.code == "SMTPUTF8_UNSUPPORTED"
    assert server.recorder.commands == []
