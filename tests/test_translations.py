"""The Spanish catalogue is complete, compiled, and used by the CLI.

A test fails when someone adds a string and forgets to translate it, to run
the update script, or to compile the .qm.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import translations as script
from tests.servers import ScriptedServer
from wizard.cli import async_main
from wizard.core import i18n

TS = script.TRANSLATIONS / "wizard_es.ts"
QM = script.TRANSLATIONS / "wizard_es.qm"
PLACEHOLDER = re.compile(r"\{\w+\}|%\d")


def messages() -> list[tuple[str, str, str, str]]:
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return found


def test_every_spanish_entry_is_finished_and_keeps_its_placeholders():
    entries = messages()
    assert len(entries) > 400
    for context, source, translation, kind in entries:
        assert kind == "", f"{context}: {source!r} is {kind}"
        assert translation.strip(), f"{context}: {source!r} has no translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            f"{context}: {source!r} -> {translation!r}"
        )


def test_the_ts_file_holds_every_string_in_the_code(tmp_path: Path):
    # Re-scan the code into a copy: nothing may be new, nothing vanished.
    copy = tmp_path / "wizard_es.ts"
    shutil.copy(TS, copy)
    assert script.PROVIDER_TEXTS.read_text(encoding="utf-8") == script.provider_texts_source(), (
        "provider hints changed: run `uv run python scripts/translations.py`"
    )
    done = subprocess.run(
        [
            "pyside6-lupdate",
            "-noobsolete",
            "-locations",
            "none",
            "-target-language",
            "es",
            *script.sources(),
            "-ts",
            str(copy),
        ],
        cwd=script.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in done.stdout, done.stdout
    assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")
    assert 'type="vanished"' not in copy.read_text(encoding="utf-8")


def test_the_compiled_qm_is_up_to_date(tmp_path: Path):
    fresh = tmp_path / "wizard_es.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(fresh)], capture_output=True, check=True
    )
    assert fresh.read_bytes() == QM.read_bytes(), (
        "wizard_es.qm is stale: run `uv run python scripts/translations.py compile`"
    )


@pytest.fixture
def english_afterwards():
    yield
    i18n.set_translator(None)


async def test_the_cli_in_spanish_explains_a_failing_check_in_spanish(english_afterwards):
    async def silent_then_close(reader, writer):
        writer.write(b"554 5.7.1 go away\r\n")

    async with ScriptedServer(silent_then_close) as server:
        out, err = io.StringIO(), io.StringIO()
        code = await async_main(
            [
                "check",
                "--host",
                "127.0.0.1",
                "--port",
                str(server.port),
                "--security",
                "none",
                "--from",
                "ana@example.test",
                "--lang",
                "es",
            ],
            io.StringIO(),
            out,
            err,
        )
    text = out.getvalue()
    assert code == 21
    assert "Problema: El servidor nos rechazó [GREETING_REJECTED]" in text
    assert "Pasos:" in text and "Saludo del servidor" in text
    assert "The server" not in text


async def test_a_bad_option_is_explained_in_spanish(english_afterwards):
    err = io.StringIO()
    code = await async_main(
        ["check", "--host", "bad host name", "--lang", "es"], io.StringIO(), io.StringIO(), err
    )
    assert code == 1
    assert "--host no válido: No es un nombre de servidor ni una dirección IP válidos." in (
        err.getvalue()
    )
