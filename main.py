"""SMTP Setup Wizard: ``uv run main.py`` opens the wizard; ``main.py check ...`` is the CLI."""

from __future__ import annotations

import sys

CLI_COMMANDS = {
    "check",
    "discover",
    "dns",
    "export",
    "import",
    "profiles",
    "-h",
    "--help",
    "--version",
}


def main(argv: list[str]) -> int:
    try:
        if argv and argv[0] in CLI_COMMANDS:
            from wizard import cli

            return cli.main(argv)
        from wizard.ui import app
    except ImportError as exc:
        # A broken install (a missing or mismatched package): one line, never a traceback.
        print(f"main.py: cannot start: {exc}. Run 'uv sync' and try again.", file=sys.stderr)
        return 70
    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
