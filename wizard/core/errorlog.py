"""error.log: where the details of an unexpected error go (the screen gets one line).

Nothing secret may reach it: every password this process has handled (typed, read
from stdin or the environment, fetched from the keyring) is remembered here, and
the log text is scrubbed of it in every form the transcript redactor knows
(literal, percent-encoded, base64 at each byte alignment).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from .store import config_dir
from .transcript import REDACTED, secret_forms

ERROR_LOG = "error.log"

_lock = threading.Lock()
_secrets: set[str] = set()


def remember_secret(secret: str | None) -> None:
    """A password this process now knows: never to appear in error.log."""
    if secret:
        with _lock:
            _secrets.add(secret)


def scrub(text: str, extra: Iterable[str] = ()) -> str:
    """``text`` without any form of a remembered secret (or of ``extra``)."""
    with _lock:
        secrets = set(_secrets)
    secrets.update(s for s in extra if s)
    forms = sorted({f for s in secrets for f in secret_forms(s)}, key=len, reverse=True)
    for form in forms:
        text = text.replace(form, REDACTED)
    return text


def error_log_path() -> Path:
    return config_dir() / ERROR_LOG


def write_error_log(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    extra_secrets: Iterable[str] = (),
) -> Path | None:
    """Append the scrubbed details; the log's path, or None when it could not be written."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    text = scrub(f"--- {stamp}\n{details}\n", extra_secrets)
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError:
        return None
    return path
