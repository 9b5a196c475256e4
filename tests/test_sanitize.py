"""Outside text (a server's reply, a DNS record, a certificate's names) is made
printable before it reaches a terminal or a file: a greeting cannot retitle or clear
the terminal, and a bidi override cannot reorder what the admin reads."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tests.dnsserver import DnsServer, Zone
from tests.servers import USER, ScriptedServer
from tests.story import argv_for, run_cli
from wizard.core.sanitize import printable
from wizard.core.transcript import Direction, TranscriptLine, format_line, to_text

HOSTILE = "554 \x1b]0;pwned\x07\x1b[2J<b>bold</b> go away"
ESCAPED = frozenset({"Cc", "Cf", "Zl", "Zp"})


def raw_controls(text: str) -> list[str]:
    """Characters a terminal would act on, apart from the line breaks of the output."""
    return [c for c in text if c != "\n" and unicodedata.category(c) in ESCAPED]


@given(st.text())
def test_printable_leaves_no_control_format_or_separator_character(text):
    shown = printable(text)
    assert not [c for c in shown if unicodedata.category(c) in ESCAPED]
    assert printable(shown) == shown


@given(st.text(alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs"))))
def test_printable_keeps_ordinary_text_as_it_is(text):
    assert printable(text) == text


def test_escapes_are_the_ones_an_admin_can_read():
    assert printable("a\x1b[2J\x07b") == "a\\x1b[2J\\x07b"
    assert printable("\x7f\x85\t\r\n") == "\\x7f\\x85\\x09\\x0d\\x0a"
    assert printable("abc\u202egpj.exe") == "abc\\u202egpj.exe"
    for bidi in "\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061c\u2028\u2029":
        assert printable(bidi) == f"\\u{ord(bidi):04x}"
    assert printable("Grüße, Ωμέγα, 日本語 <b>") == "Grüße, Ωμέγα, 日本語 <b>"


def test_the_transcript_text_export_shows_server_words_escaped():
    line = TranscriptLine(12, Direction.SERVER, False, HOSTILE)
    assert "\x1b" not in format_line(line) and "\x07" not in format_line(line)
    assert "554 \\x1b]0;pwned\\x07\\x1b[2J<b>bold</b> go away" in to_text([line])


async def hostile_greeting(reader, writer):
    writer.write(HOSTILE.encode() + b"\r\n")
    await writer.drain()
    await reader.readline()


async def test_a_hostile_greeting_reaches_the_terminal_escaped():
    async with ScriptedServer(hostile_greeting) as server:
        code, out, err = await run_cli(argv_for(server.port, user=USER))
    assert code == 21, out + err
    assert not raw_controls(out) and not raw_controls(err), repr(out)
    assert "\\x1b]0;pwned\\x07\\x1b[2J<b>bold</b> go away" in out
    # The *** line, the Steps reply column and Details: all show it escaped.
    assert out.count("\\x1b]0;pwned") >= 3, out


async def test_a_hostile_txt_record_is_printed_escaped():
    zone = Zone().add("corp.test", "MX", "10 mx1.corp.test.")
    zone.txt("corp.test", "v=spf1 \x1b[2J\u202eall-")
    zone.txt("_dmarc.corp.test", "v=DMARC1; p=none; rua=mailto:\x1b]0;x\x07a@corp.test")
    async with DnsServer(zone) as dns:
        _code, out, err = await run_cli(["dns", "corp.test", "--nameserver", dns.address])
    assert not raw_controls(out) and not raw_controls(err), repr(out)
    assert "\\x1b[2J\\u202eall-" in out, out
