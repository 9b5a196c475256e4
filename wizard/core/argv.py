"""Command-line hygiene shared by the CLI and the window's own options.

A password never comes from argv (any user can read a process's arguments), and
argparse would echo it back in its error message. Both parsers refuse such an
option first, with words that never contain its value.
"""

from __future__ import annotations

from collections.abc import Sequence


def is_password_option(arg: str) -> bool:
    """``--password``, ``--password=X``, ``--pass``/``--passwd``/``--pw``..., ``-p``,
    ``-pX``, ``--password-stdin=X``: a password typed where anyone can read it."""
    if arg.startswith("--"):
        name, has_value, _ = arg.partition("=")
        if name == "--password-stdin":
            return bool(has_value)
        return name.startswith(("--pass", "--pw"))
    return arg.startswith("-p")


def has_password_option(argv: Sequence[str]) -> bool:
    """Whether ``argv`` gives a password as an option (before any ``--``)."""
    for arg in argv:
        if arg == "--":
            return False
        if is_password_option(arg):
            return True
    return False
