"""The saved setups window tells what the store could not read, and reading never
changes the file (a newer version's file is shown, never renamed)."""

from __future__ import annotations

import json
import os

from tests.gui.helpers import row_text
from tests.servers import USER
from wizard.core.model import Profile
from wizard.core.secrets import SecretStore
from wizard.core.store import ProfileStore
from wizard.ui.app import Windows
from wizard.ui.context import AppContext


def _office(**changes: object) -> dict[str, object]:
    profile = Profile(name="Office", host="smtp.example.com", from_address=USER, id="a")
    return {**profile.to_dict(), **changes}


async def test_the_window_names_each_skipped_setup_and_why(qtbot, tmp_path, keyring_backend):
    path = tmp_path / "profiles.json"
    entries = [_office(), _office(id="b", name="Shop", port="25")]
    path.write_text(json.dumps({"version": 1, "profiles": entries}))
    ctx = AppContext(ProfileStore(path), SecretStore(keyring_backend))
    ctx.load()
    manager = Windows(ctx).open_manager()
    assert manager.count() == 1 and row_text(manager, "a")[0] == "Office"
    text = manager.message.text()
    assert str(path) in text and 'Setup 2 ("Shop"): port must be a whole number' in text
    manager.close()


async def test_a_newer_versions_file_is_shown_and_left_in_place(qtbot, tmp_path, keyring_backend):
    path = tmp_path / "profiles.json"
    text = json.dumps({"version": 2, "profiles": [_office()]})
    path.write_text(text)
    ctx = AppContext(ProfileStore(path), SecretStore(keyring_backend))
    ctx.load()
    manager = Windows(ctx).open_manager()
    assert manager.count() == 1
    assert "newer version" in manager.message.text() and "read-only" in manager.message.text()
    manager.close()
    assert os.listdir(tmp_path) == ["profiles.json"] and path.read_text() == text
