"""Numbers typed by people are ASCII digits, everywhere input is parsed (issue 13).

``str.isdigit()`` and ``int()`` accept superscripts, Arabic-Indic and fullwidth
digits; a port written ``²`` used to crash the CLI, ``٣`` silently became 3.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import run_main
from wizard.core.dnsquery import NameserverError, parse_nameserver
from wizard.core.endpoint import EndpointError, parse_endpoint

UNICODE_DIGITS = ["²", "٣", "２５", "۵۸۷", "𝟓𝟖𝟕", "①"]


@pytest.mark.parametrize("digits", UNICODE_DIGITS)
def test_a_port_in_non_ascii_digits_is_a_field_error(digits):
    with pytest.raises(EndpointError) as info:
        parse_endpoint(f"h.example:{digits}")
    assert info.value.code == "port.invalid"


@pytest.mark.parametrize("digits", ["²", "٣", "２５"])
def test_a_bracketed_ipv6_port_in_non_ascii_digits_is_a_field_error(digits):
    with pytest.raises(EndpointError) as info:
        parse_endpoint(f"[2001:db8::1]:{digits}")
    assert info.value.code == "port.invalid"


def test_a_port_too_long_for_int_is_out_of_range_not_a_crash():
    with pytest.raises(EndpointError) as info:
        parse_endpoint("h.example:" + "9" * 5000)
    assert info.value.code == "port.range"


def test_leading_zeros_are_still_a_port():
    assert parse_endpoint("h.example:0000587").port == 587


@pytest.mark.parametrize("text", ["[fe80::1%ä]:25", "fe80::1%ä", "[fe80::1%eth 0]", "fe80::1%٣"])
def test_an_ipv6_zone_id_must_be_ascii(text):
    with pytest.raises(EndpointError) as info:
        parse_endpoint(text)
    assert info.value.code == "host.invalid"


def test_an_ascii_ipv6_zone_id_is_kept():
    assert parse_endpoint("[fe80::1%eth0]:25").host == "fe80::1%eth0"


@pytest.mark.parametrize(
    "text", ["127.0.0.1:²", "127.0.0.1:٣", "[::1]:２５", "fe80::1%ä", "::1%eth 0"]
)
def test_a_nameserver_port_or_zone_must_be_ascii(text):
    with pytest.raises(NameserverError):
        parse_nameserver(text)


def test_an_ascii_nameserver_still_parses():
    ns = parse_nameserver("[::1]:5353")
    assert (ns.address, ns.port) == ("::1", 5353)
    assert parse_nameserver("127.0.0.1:53").port == 53


@given(st.text(max_size=40))
def test_parse_endpoint_returns_ascii_and_a_real_port_or_a_field_error(text):
    try:
        endpoint = parse_endpoint(text)
    except EndpointError:
        return
    assert endpoint.host.isascii()
    assert endpoint.host.isprintable() and not any(c.isspace() for c in endpoint.host)
    assert endpoint.port is None or 1 <= endpoint.port <= 65535


@given(st.text(alphabet=st.characters(categories=["Nd", "No"]), min_size=1, max_size=6))
def test_no_unicode_digit_is_a_port(digits):
    try:
        endpoint = parse_endpoint(f"h.example:{digits}")
    except EndpointError:
        return
    assert digits.isascii() and endpoint.port == int(digits)


@given(st.text(max_size=20))
def test_parse_nameserver_raises_only_its_own_error(text):
    try:
        ns = parse_nameserver(text)
    except NameserverError:
        return
    assert ns.address.isascii() and 1 <= ns.port <= 65535


@pytest.mark.parametrize(
    "args",
    [
        ["--host", "h.example:²"],
        ["--host", "h.example:٣"],
        ["--host", "h.example:２５"],
        ["--host", "[fe80::1%ä]:25"],
        ["--host", "h.example", "--port", "٣"],
        ["--host", "h.example", "--port", "²"],
        ["--host", "h.example", "--timeout", "٣٠"],
    ],
)
def test_the_cli_refuses_non_ascii_numbers_in_one_line(args):
    proc = run_main("check", *args)
    assert proc.returncode == 1, (args, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert ("--host" in proc.stderr) or ("--port" in proc.stderr) or ("--timeout" in proc.stderr)


def test_the_cli_refuses_a_non_ascii_nameserver_port_in_one_line():
    proc = run_main("dns", "example.com", "--nameserver", "127.0.0.1:²")
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "--nameserver" in proc.stderr


@pytest.mark.parametrize("port", ["²", "٣", "２５", "0", "70000", ""])
def test_an_ispdb_file_with_a_port_that_is_not_ascii_digits_is_refused(port):
    """ISPDB files are dropped in by admins or downloaded: outside input (issue 13.3)."""
    from tests.test_discovery import ISPDB
    from wizard.core.providers import IspdbError, parse_ispdb

    assert parse_ispdb(ISPDB).port == 587
    with pytest.raises(IspdbError):
        parse_ispdb(ISPDB.replace("<port>587</port>", f"<port>{port}</port>"))
