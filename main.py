"""SMTP Setup Wizard: ``uv run main.py`` opens the wizard; ``main.py check ...`` is the CLI."""

from __future__ import annotations

import sys

CLI_COMMANDS = {"check", "discover", "dns", "export", "profiles", "-h", "--help", "--version"}


def main(argv: list[str]) -> int:
    if argv and argv[0] in CLI_COMMANDS:
        from wizard import cli

        return cli.main(argv)
    from wizard.ui import app

    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
