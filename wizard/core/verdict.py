"""A test verdict bound to the exact settings it tested.

"What you save is what passed the test": a verdict keeps a fingerprint of
everything that can change the result (server, port, security, the CA file and
its contents, sign-in, method, user, password, From policy and addresses, the
test recipient, send or check only). Any difference between that fingerprint and
the settings on screen makes the verdict *stale*, and every place that shows it
says so and names what changed.

The password never enters a fingerprint: it is represented by an HMAC under a key
that lives only in memory for the session, so it cannot be guessed from anything
written to disk. A saved setup records instead whether the password saved with
it was the one tested (``LastTest.password_changed``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import QT_TRANSLATE_NOOP, Translator
from .model import LastTest, Profile

if TYPE_CHECKING:
    from .engine import CheckResult

_C = "Verdict"

# Fingerprint keys, in the order a person reads the settings, with their names.
FIELD_LABELS: dict[str, str] = {
    "host": QT_TRANSLATE_NOOP("Verdict", "Server"),
    "port": QT_TRANSLATE_NOOP("Verdict", "Port"),
    "security": QT_TRANSLATE_NOOP("Verdict", "Security"),
    "ca_file": QT_TRANSLATE_NOOP("Verdict", "CA certificate file"),
    "ca_digest": QT_TRANSLATE_NOOP("Verdict", "CA certificate file contents"),
    "cert_pin": QT_TRANSLATE_NOOP("Verdict", "Trusted certificate"),
    "auth": QT_TRANSLATE_NOOP("Verdict", "Sign-in"),
    "mechanism": QT_TRANSLATE_NOOP("Verdict", "Sign-in method"),
    "username": QT_TRANSLATE_NOOP("Verdict", "User name"),
    "password": QT_TRANSLATE_NOOP("Verdict", "Password"),
    "plaintext": QT_TRANSLATE_NOOP("Verdict", "Unencrypted password permission"),
    "from_policy": QT_TRANSLATE_NOOP("Verdict", "From policy"),
    "from_address": QT_TRANSLATE_NOOP("Verdict", "From address"),
    "allowed_domains": QT_TRANSLATE_NOOP("Verdict", "Allowed domains"),
    "to": QT_TRANSLATE_NOOP("Verdict", "Test recipient"),
    "send": QT_TRANSLATE_NOOP("Verdict", "Send a test message"),
}
# Keys that belong to the test run, not to the saved setup.
RUN_KEYS = ("to", "send")
# Keys added after records were first saved, with the value an old record stands for:
# a setup saved before pins existed had none, so its pass still holds.
ADDED_KEYS = {"cert_pin": ""}


def _value(settings: dict[str, str], key: str) -> str | None:
    return settings.get(key, ADDED_KEYS.get(key))


# A saved record's tested password is known only once the saved one is read back.
UNKNOWN_SECRET = "?"  # noqa: S105 (a marker, not a password)

STALE_ONE = QT_TRANSLATE_NOOP("Verdict", "{field} changed since the last test.")
STALE_MANY = QT_TRANSLATE_NOOP("Verdict", "Changed since the last test: {fields}.")


class VerdictState(StrEnum):
    NONE = "none"  # never tested
    PASSED = "passed"
    FAILED = "failed"
    STALE = "stale"  # tested, but the settings changed since


_DIGESTS: dict[tuple[str, int, int], str] = {}


def _ca_digest(path: str) -> str:
    """A short digest of the CA file's contents: replacing the file changes the test.

    The fingerprint is taken on every keystroke, so the file is read again only when
    its size or modification time changed (a stat instead of a read).
    """
    if not path:
        return ""
    file = Path(path).expanduser()
    try:
        stat = file.stat()
        key = (str(file), stat.st_mtime_ns, stat.st_size)
        if key not in _DIGESTS:
            import hashlib  # not before the first window: it loads OpenSSL (~3 ms)

            _DIGESTS[key] = hashlib.sha256(file.read_bytes()).hexdigest()[:16]
    except OSError:
        return "unreadable"
    return _DIGESTS[key]


def settings_fingerprint(
    profile: Profile, *, to_address: str | None = None, send: bool | None = None
) -> dict[str, str]:
    """Everything that can change a test's result, as text (no secrets).

    ``to_address`` and ``send`` describe the test run; leave them out to fingerprint
    only the saved setup (what a saved record is compared against).
    """
    prints = {
        "host": profile.host.strip().lower(),
        "port": str(profile.effective_port),
        "security": profile.security.value,
        "ca_file": profile.ca_file.strip(),
        "ca_digest": _ca_digest(profile.ca_file.strip()),
        "cert_pin": profile.cert_pin,
        "auth": "on" if profile.auth else "off",
        "mechanism": profile.mechanism.value if profile.auth else "",
        "username": profile.username.strip() if profile.auth else "",
        "plaintext": "yes" if profile.auth and profile.allow_plaintext_auth else "no",
        "from_policy": profile.from_policy.value,
        "from_address": profile.from_address.strip(),
        "allowed_domains": ",".join(sorted(d.strip().lower() for d in profile.allowed_domains)),
    }
    if to_address is not None:
        prints["to"] = to_address.strip()
    if send is not None:
        prints["send"] = "yes" if send else "no"
    return prints


class SecretDigest:
    """HMAC of a password under a key that exists only in this process."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or os.urandom(32)

    def __call__(self, password: str) -> str:
        import hashlib  # not before the first window: it loads OpenSSL (~3 ms)
        import hmac

        return hmac.new(self._key, password.encode("utf-8"), hashlib.sha256).hexdigest()


def now_iso() -> str:
    import datetime  # when a test is recorded, not before the first window

    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Verdict:
    """One test's outcome and the settings it tested."""

    ok: bool
    code: str
    when: str
    settings: dict[str, str] = field(default_factory=dict)
    # HMAC of the tested password (SecretDigest); "" when it is not known.
    secret: str = ""
    # What the server offered for sign-in and what signed in (CheckResult).
    auth_offered: tuple[str, ...] = ()
    auth_used: str = ""

    @classmethod
    def of(cls, result: CheckResult, settings: dict[str, str], secret: str) -> Verdict:
        """The verdict of ``result``, a check run now with ``settings`` and the
        password that digests to ``secret``."""
        code = result.diagnosis.code if result.diagnosis is not None else ""
        return cls(
            result.ok,
            code,
            now_iso(),
            settings,
            secret,
            tuple(result.auth_offered),
            result.auth_used,
        )

    def changes(self, settings: dict[str, str], secret: str) -> list[str]:
        """Keys of what differs now, in FIELD_LABELS order ("password" included)."""
        changed = [
            key
            for key in FIELD_LABELS
            if key != "password" and _value(self.settings, key) != _value(settings, key)
        ]
        if secret != self.secret:
            changed.insert(changed_index(changed, "password"), "password")
        return changed

    def state(self, settings: dict[str, str], secret: str) -> VerdictState:
        if self.changes(settings, secret):
            return VerdictState.STALE
        return VerdictState.PASSED if self.ok else VerdictState.FAILED

    def record(self, saved_secret: str, previous: LastTest | None = None) -> LastTest:
        """The record saved with a setup whose password digests to ``saved_secret``.

        The sign-in mechanisms are those of this test when it passed, else those of
        the ``previous`` record (the last pass is what a later check compares with).
        """
        offered, used = list(self.auth_offered), self.auth_used
        if not self.ok and previous is not None:
            offered, used = list(previous.auth_offered), previous.auth_used
        return LastTest(
            when=self.when,
            ok=self.ok,
            code=self.code,
            settings=dict(self.settings),
            password_changed=saved_secret != self.secret,
            auth_offered=offered,
            auth_used=used,
        )


def changed_index(changed: list[str], key: str) -> int:
    """Where ``key`` goes in ``changed`` to keep FIELD_LABELS order."""
    order = list(FIELD_LABELS)
    position = order.index(key)
    return sum(1 for k in changed if order.index(k) < position)


def saved_changes(profile: Profile) -> list[str] | None:
    """What changed in a saved setup since its recorded test; None: never tested."""
    record = profile.last_test
    if record is None:
        return None
    now = settings_fingerprint(profile)
    changed = [
        key
        for key in FIELD_LABELS
        if key not in RUN_KEYS
        and key != "password"
        and _value(record.settings, key) != _value(now, key)
    ]
    if record.password_changed:
        changed.insert(changed_index(changed, "password"), "password")
    return changed


def saved_state(profile: Profile) -> VerdictState:
    changed = saved_changes(profile)
    if changed is None:
        return VerdictState.NONE
    if changed:
        return VerdictState.STALE
    assert profile.last_test is not None
    return VerdictState.PASSED if profile.last_test.ok else VerdictState.FAILED


def stale_text(changed: list[str], translate: Translator | None = None) -> str:
    """ "Port changed since the last test." in the caller's language.

    ``translate(context, text)`` translates; without it the text stays English.
    """

    def tr(text: str) -> str:
        return translate(_C, text) if translate is not None else text

    names = [tr(FIELD_LABELS[key]) for key in changed]
    if len(names) == 1:
        return tr(STALE_ONE).replace("{field}", names[0])
    return tr(STALE_MANY).replace("{fields}", ", ".join(names))
