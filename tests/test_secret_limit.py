"""Windows Credential Manager keeps a secret as UTF-16 and caps the blob at 2560
bytes: the limit counts UTF-16 code units x 2, whatever the backend (alike everywhere)."""

from __future__ import annotations

import pytest

from tests.keyrings import MemoryKeyring
from wizard.core.secrets import SecretStore, SecretStoreError

EMOJI = "\U0001f510"  # outside the BMP: two UTF-16 code units, four UTF-8 bytes


@pytest.mark.parametrize(
    "secret",
    [
        "a" * 1280,  # 2560 bytes in UTF-16
        "a" * 1278 + EMOJI,  # 1278 + 2 units
        EMOJI * 640,
        "\u6f22" * 1280,  # 3840 bytes in UTF-8, 2560 in UTF-16
    ],
)
async def test_secrets_that_fit_the_windows_limit_are_stored(secret):
    store = SecretStore(MemoryKeyring())
    await store.set("id-1", secret)
    assert await store.get("id-1") == secret


@pytest.mark.parametrize(
    "secret",
    [
        "a" * 1281,  # 1281 bytes in UTF-8, 2562 in UTF-16
        "a" * 1279 + EMOJI,  # 1283 bytes in UTF-8, 2562 in UTF-16
        EMOJI * 640 + "a",
    ],
)
async def test_secrets_over_the_windows_limit_are_refused(secret):
    store = SecretStore(MemoryKeyring())
    with pytest.raises(SecretStoreError) as info:
        await store.set("id-1", secret)
    assert info.value.code == "too_long"
    assert await store.get("id-1") is None
