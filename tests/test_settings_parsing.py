"""What admins paste into the Host field, and what validation says about it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.core.endpoint import EndpointError, parse_endpoint
from wizard.core.model import FromPolicy, Profile, Security
from wizard.core.validation import validate_profile


@pytest.mark.parametrize(
    ("text", "host", "port", "security"),
    [
        ("ssl://smtp.gmail.com:465", "smtp.gmail.com", 465, Security.SSL),
        ("tls://smtp.office365.com:587", "smtp.office365.com", 587, Security.STARTTLS),
        ("tsl://mail.example.com:587", "mail.example.com", 587, Security.STARTTLS),
        ("smtps://mail.example.com", "mail.example.com", None, Security.SSL),
        ("smtp://mail.example.com:25", "mail.example.com", 25, None),
        ("mail.example.com:2525", "mail.example.com", 2525, None),
        ("  Mail.Example.COM.  ", "mail.example.com", None, None),
        ("[2001:db8::1]:587", "2001:db8::1", 587, None),
        ("2001:db8::1", "2001:db8::1", None, None),
        ("192.0.2.7:465", "192.0.2.7", 465, None),
        ("correo.españa.example", "correo.xn--espaa-rta.example", None, None),
        ("ssl://user@smtp.example.com:465/", "smtp.example.com", 465, Security.SSL),
    ],
)
def test_host_field_syntaxes(text, host, port, security):
    endpoint = parse_endpoint(text)
    assert (endpoint.host, endpoint.port, endpoint.security) == (host, port, security)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "host.empty"),
        ("bad host", "host.invalid"),
        ("smtp.example.com:0", "port.range"),
        ("smtp.example.com:70000", "port.range"),
        ("smtp.example.com:abc", "port.invalid"),
        ("gopher://smtp.example.com", "host.scheme"),
        ("[2001:db8::1", "host.invalid"),
        ("smtp.example.com\r\nMAIL FROM:<x>", "control_chars"),
        ("-bad-.example", "host.invalid"),
    ],
)
def test_host_field_errors_have_stable_codes(text, code):
    with pytest.raises(EndpointError) as info:
        parse_endpoint(text)
    assert info.value.code == code


@given(st.text(max_size=60))
def test_the_parser_never_crashes(text):
    try:
        endpoint = parse_endpoint(text)
    except EndpointError:
        return
    assert endpoint.host.isascii() and "\n" not in endpoint.host


def good_profile(**changes) -> Profile:
    base = Profile(host="smtp.example.com", username="a@example.com", from_address="a@example.com")
    return base.copy(**changes)


def test_a_complete_profile_is_valid():
    assert validate_profile(good_profile()) == []


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"from_address": "a@example.com\r\nBcc: x@y"}, "from_address", "control_chars"),
        ({"from_address": "not an address"}, "from_address", "address.invalid"),
        ({"from_address": ""}, "from_address", "required"),
        ({"display_name": "Boss\nBcc: x"}, "display_name", "control_chars"),
        ({"username": ""}, "username", "username.required"),
        ({"username": "a\x00b"}, "username", "control_chars"),
        ({"host": ""}, "host", "host.empty"),
        ({"port": 0}, "port", "port.range"),
        ({"timeout": 0.1}, "timeout", "timeout.range"),
        ({"from_policy": FromPolicy.ALLOWED_DOMAINS}, "allowed_domains", "domains.required"),
        (
            {"from_policy": FromPolicy.ALLOWED_DOMAINS, "allowed_domains": ["bad domain"]},
            "allowed_domains",
            "domain.invalid",
        ),
    ],
)
def test_each_bad_field_is_named_with_a_stable_code(changes, field, code):
    errors = validate_profile(good_profile(**changes))
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    assert errors[0].message  # an English source text exists for the code


def test_auth_off_needs_no_username():
    assert validate_profile(good_profile(auth=False, username="")) == []


def test_profile_round_trips_through_a_dict():
    profile = good_profile(
        security=Security.SSL,
        from_policy=FromPolicy.ALLOWED_DOMAINS,
        allowed_domains=["example.com"],
    )
    assert Profile.from_dict(profile.to_dict()) == profile
