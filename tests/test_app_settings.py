"""App settings live in settings.json beside the saved setups; a damaged file only
loses preferences, never stops the app, and one preference never erases another."""

from __future__ import annotations

import json

from wizard import translations
from wizard.core.settings import get_setting, load_settings, set_setting, settings_path


def test_the_chosen_language_is_remembered_beside_the_saved_setups(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert translations.saved_language() is None
    translations.save_language("es")
    assert translations.saved_language() == "es"
    assert settings_path().parent == tmp_path / settings_path().parent.name
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"language": "es"}


def test_setting_one_preference_keeps_the_others(tmp_path):
    path = tmp_path / "settings.json"
    set_setting("language", "en", path)
    set_setting("window", [900, 680], path)
    assert load_settings(path) == {"language": "en", "window": [900, 680]}


def test_a_damaged_or_foreign_file_reads_as_no_preference_and_is_repaired(tmp_path):
    path = tmp_path / "settings.json"
    for junk in ("{not json", "[1, 2]", '"text"', "", "\x00\xff"):
        path.write_text(junk, encoding="utf-8", errors="surrogateescape")
        assert load_settings(path) == {}
        assert get_setting("language", path) is None
    set_setting("language", "es", path)
    assert load_settings(path) == {"language": "es"}


def test_an_unknown_language_in_the_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    set_setting("language", "xx")
    assert translations.saved_language() is None
    set_setting("language", 7)
    assert translations.saved_language() is None
