"""The command line, a thin shell over ``wizard.core`` (never imports QtWidgets).

``main.py check ...`` tests a server the way the wizard does and prints a
readable checklist, the live transcript and a plain-language diagnosis, or one
JSON object with ``--json``. Exit codes follow swaks (see wizard.core.stages).
Passwords come from stdin, the environment, the keyring or a prompt — never
from the command line, where any user could read them in the process list.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from wizard import __version__
from wizard.core import errorlog, i18n, tls
from wizard.core.argv import has_password_option
from wizard.core.asciinum import NumberError, ascii_float
from wizard.core.diagnosis import Code
from wizard.core.endpoint import EndpointError, parse_endpoint, parse_port, to_ascii_host
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import (
    DEFAULT_TIMEOUT,
    SECURITY_LABELS,
    AuthMechanism,
    FromPolicy,
    Profile,
    Security,
)
from wizard.core.pins import parse_pin
from wizard.core.sanitize import printable
from wizard.core.secrets import SecretStore, SecretStoreError, StoreKind
from wizard.core.stages import EXIT_CANCELLED, EXIT_INPUT
from wizard.core.store import LoadReport, ProfileStore, StoreError, config_dir
from wizard.core.tls import TlsInfo
from wizard.core.transcript import format_line
from wizard.core.validation import MESSAGES as FIELD_MESSAGES
from wizard.core.validation import check_address
from wizard.core.verdict import saved_changes

if TYPE_CHECKING:
    from wizard.core.dnsquery import DnsClient
    from wizard.core.engine import CheckResult, Event
    from wizard.targets import Imported, Target

# Each command imports what only it needs when it runs (issue 15: `check` never
# loads discovery, the DNS checks, dnspython or the export targets, and prints its first
# line before it loads the engine, aiosmtplib and the email package): see the imports
# inside the *_command functions, and tests/test_startup.py.

EXIT_NOT_FOUND = 3  # discover: nothing found; dns: a problem was found; export: no password
EXIT_UNCHECKED = 4  # dns: no check could be done (every look-up failed)
EXIT_SOFTWARE = 70  # an unexpected error (sysexits EX_SOFTWARE): one line, details in error.log
EXIT_DATAERR = 65  # import: the text is in no format we read, or not usable (EX_DATAERR)
EXIT_CANTCREAT = 73  # the saved setups file or --output could not be written (EX_CANTCREAT)
PASSWORD_ENV = "SMTP_WIZARD_PASSWORD"  # noqa: S105 - a variable name, not a secret
_C = "Cli"

TEXT = {
    "checking": QT_TRANSLATE_NOOP("Cli", "Checking {endpoint} ({security}){user}"),
    "as_user": QT_TRANSLATE_NOOP("Cli", ", signing in as {user}"),
    "transcript": QT_TRANSLATE_NOOP("Cli", "Transcript:"),
    "steps": QT_TRANSLATE_NOOP("Cli", "Steps:"),
    "ok": QT_TRANSLATE_NOOP("Cli", "ok"),
    "failed": QT_TRANSLATE_NOOP("Cli", "FAILED"),
    "skipped": QT_TRANSLATE_NOOP("Cli", "skipped"),
    "running": QT_TRANSLATE_NOOP("Cli", "running"),
    "success": QT_TRANSLATE_NOOP(
        "Cli", "Success: the server accepted everything that was checked."
    ),
    "problem": QT_TRANSLATE_NOOP("Cli", "Problem:"),
    "server_said": QT_TRANSLATE_NOOP("Cli", "Details:"),
    "fix": QT_TRANSLATE_NOOP("Cli", "What to do:"),
    "certificate": QT_TRANSLATE_NOOP("Cli", "Certificate presented by the server:"),
    "pin_hint": QT_TRANSLATE_NOOP(
        "Cli", "{label}, once you have checked it: run again with --pin {pin}"
    ),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "Cancelled."),
    "password_prompt": QT_TRANSLATE_NOOP("Cli", "Password for {user}: "),
    "no_password": QT_TRANSLATE_NOOP(
        "Cli", "no password: use --password-stdin, set {env}, or run in a terminal to be asked"
    ),
    "bad_field": QT_TRANSLATE_NOOP("Cli", "invalid {option}: {message}"),
    "help_check": QT_TRANSLATE_NOOP("Cli", "Test an SMTP server stage by stage."),
    "bad_nameserver": QT_TRANSLATE_NOOP(
        "Cli", "invalid --nameserver: {value} is not IP or IP:PORT (for example 127.0.0.1:5353)"
    ),
    "bad_address": QT_TRANSLATE_NOOP("Cli", "invalid address: {message}"),
    "looking": QT_TRANSLATE_NOOP("Cli", "Looking for the outgoing server of {address}"),
    "found": QT_TRANSLATE_NOOP("Cli", "Found: {endpoint} ({security}), from: {source}"),
    "found_user": QT_TRANSLATE_NOOP("Cli", "User name: {user}"),
    "untrusted": QT_TRANSLATE_NOOP(
        "Cli",
        "Not confirmed: this server is outside your domain. Make sure it belongs to your "
        "mail provider before you use it.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Cli",
        "Nothing found. Pick your provider in the wizard, or ask your provider for the "
        "outgoing (SMTP) server name and port.",
    ),
    "also_found": QT_TRANSLATE_NOOP("Cli", "Also answered:"),
    "probes": QT_TRANSLATE_NOOP("Cli", "Servers tried:"),
    "dns_for": QT_TRANSLATE_NOOP("Cli", "Deliverability of mail from {domain}{server}"),
    "dns_via": QT_TRANSLATE_NOOP("Cli", " sent through {server}"),
    "publish": QT_TRANSLATE_NOOP("Cli", "Publish this TXT record at {name}:"),
    "found_record": QT_TRANSLATE_NOOP("Cli", "Record found:"),
    "password_option": QT_TRANSLATE_NOOP(
        "Cli",
        "main.py: a password is never given as an option (anyone on this computer can read "
        "options): use --password-stdin or the {env} environment variable",
    ),
    "delete_keyring": QT_TRANSLATE_NOOP(
        "Cli", 'main.py: the setup "{name}" was not deleted: {reason}'
    ),
    "delete_file": QT_TRANSLATE_NOOP(
        "Cli",
        'main.py: the password of "{name}" was deleted from the keyring, but the setup is '
        "still listed: {reason} Run the same command again to finish.",
    ),
    "no_stored_password": QT_TRANSLATE_NOOP(
        "Cli",
        'main.py: no password is stored for the setup "{name}", so it cannot be included. '
        "Save it in the wizard first, or export without --include-password.",
    ),
    "export_needs": QT_TRANSLATE_NOOP(
        "Cli", "main.py export: --profile and --format are required (or --list-formats)"
    ),
    "import_unknown": QT_TRANSLATE_NOOP(
        "Cli",
        "main.py import: the text is in no format this version reads; name it with "
        "--format (one of: {choices})",
    ),
    "import_ambiguous": QT_TRANSLATE_NOOP(
        "Cli",
        "main.py import: the text could be {found}; name it with --format (one of: {choices})",
    ),
    "import_bad": QT_TRANSLATE_NOOP("Cli", "main.py import: {message}"),
    "import_read": QT_TRANSLATE_NOOP("Cli", "main.py import: {path} could not be read: {reason}"),
    "import_not_text": QT_TRANSLATE_NOOP(
        "Cli", "main.py import: {path} is not text (UTF-8): nothing was imported"
    ),
    "import_name_taken": QT_TRANSLATE_NOOP(
        "Cli",
        'main.py import: a saved setup is already called "{name}": nothing was imported. '
        "Choose another name with --name.",
    ),
    "imported": QT_TRANSLATE_NOOP(
        "Cli", 'Imported "{name}" ({format}): {endpoint} ({security}){user}{sender}'
    ),
    "imported_user": QT_TRANSLATE_NOOP("Cli", ", signing in as {user}"),
    "imported_from": QT_TRANSLATE_NOOP("Cli", ", from {address}"),
    "imported_password": QT_TRANSLATE_NOOP("Cli", "The password was saved in the keyring."),
    "imported_no_password": QT_TRANSLATE_NOOP(
        "Cli",
        "The text held no password: give it when you check (--password-stdin) or save it "
        "in the wizard.",
    ),
    "imported_password_failed": QT_TRANSLATE_NOOP(
        "Cli",
        'main.py import: "{name}" was saved, but its password was not: {reason} Save it '
        "in the wizard, or give it when you check (--password-stdin).",
    ),
    "imported_session_only": QT_TRANSLATE_NOOP(
        "Cli",
        'main.py import: "{name}" was saved, but no usable keyring was found, so its '
        "password was not kept. Give it when you check (--password-stdin).",
    ),
    "write_failed": QT_TRANSLATE_NOOP("Cli", "main.py: {path} could not be written: {reason}"),
    "unexpected": QT_TRANSLATE_NOOP(
        "Cli",
        "main.py: something unexpected went wrong ({error}). The details are in {log}; "
        "please send that file to support.",
    ),
    "unexpected_no_log": QT_TRANSLATE_NOOP(
        "Cli",
        "main.py: something unexpected went wrong ({error}), and the details could not be "
        "written to {log}.",
    ),
}

SOURCE_STATE_TEXT = {
    "running": QT_TRANSLATE_NOOP("Cli", "looking"),
    "found": QT_TRANSLATE_NOOP("Cli", "found"),
    "nothing": QT_TRANSLATE_NOOP("Cli", "nothing"),
    "unavailable": QT_TRANSLATE_NOOP("Cli", "couldn't check (DNS failed)"),
    "skipped": QT_TRANSLATE_NOOP("Cli", "not needed"),
}

# The readable output names the security in English, as it always has (SECURITY_LABELS'
# sources, untranslated): scripts and support notes match on "none".
SECURITY_NAMES = SECURITY_LABELS

# Which option caused a field error, for a message at the right place.
FIELD_OPTIONS = {
    "host": "--host",
    "port": "--port",
    "username": "--user",
    "from_address": "--from",
    "to": "--to",
    "relay_as": "--relay-as",
    "timeout": "--timeout",
    "password": "password",
    "display_name": "--from",
    "allowed_domains": "--from",
    "name": "--profile",
}


class _TargetIds:
    """The export/import target ids, read from wizard.targets only when ``export`` or
    ``import`` is parsed (argparse asks ``in`` and iterates for its messages)."""

    def _ids(self) -> list[str]:
        from wizard.targets import TARGETS

        return list(TARGETS)

    def __contains__(self, item: object) -> bool:
        return item in self._ids()

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())


def t(key: str, **params: object) -> str:
    text = i18n.localize(_C, TEXT[key])
    return text.format(**params) if params else text


class UsageError(Exception):
    """A bad option value: one line on stderr, exit code 1."""


def field_message(code: str) -> str:
    """The field error ``code`` in the user's language."""
    return i18n.localize("FieldError", FIELD_MESSAGES[code])


def field_error(option: str, code: str) -> UsageError:
    """A UsageError naming ``option`` with the field error ``code``."""
    return UsageError(t("bad_field", option=option, message=field_message(code)))


class _Parser(argparse.ArgumentParser):
    """One line on error, and no option matched by a prefix (``--password=X`` must
    never become ``--password-stdin``)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def refuse_password_options(argv: Sequence[str]) -> None:
    """Refuse a password given as an option before argparse can echo its value."""
    if has_password_option(argv):
        raise UsageError(t("password_option", env=PASSWORD_ENV))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="main.py",
        description="SMTP Setup Wizard. Without a command, opens the wizard window.",
        epilog="Every command: exit code 70 on an unexpected error (one line here, the "
        "details in error.log in the app's config folder, never a password).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser(
        "check",
        help="test an SMTP server stage by stage",
        description=(
            "Test an SMTP server stage by stage: connect, greeting, EHLO, TLS, sign-in, "
            "sender, recipient, optional 'send as' and test message. Exit codes (as swaks): "
            "0 ok, 1 bad input, 2 connect, 21 greeting, 22 EHLO, 29 TLS, 28 AUTH, 23 MAIL, "
            "24 RCPT, 25 DATA, 26 message refused after DATA, 130 cancelled."
        ),
        epilog=(
            f"The password is read from stdin (--password-stdin), the {PASSWORD_ENV} "
            "environment variable, or asked for in a terminal; never give it as an option."
        ),
    )
    check.add_argument(
        "--profile",
        metavar="NAME",
        help="use a saved setup (its password comes from the keyring); options given "
        "alongside override it",
    )
    check.add_argument(
        "--host",
        metavar="H",
        help="server name; also accepts ssl://h:465, tls://h:587, smtps://h, h:port, [v6]:port",
    )
    check.add_argument(
        "--port",
        type=_port,
        metavar="N",
        help="port (default: from --security: 465 ssl, 587 starttls, 25 none)",
    )
    check.add_argument(
        "--security",
        choices=[s.value for s in Security],
        help="ssl = implicit TLS, starttls = upgrade after connect (default), none = unencrypted",
    )
    check.add_argument("--user", metavar="U", help="sign in with this user name")
    check.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input",
    )
    check.add_argument(
        "--auth-mechanism",
        choices=[m.value for m in AuthMechanism],
        default=None,  # None: not given (a saved setup keeps its own)
        help="sign-in mechanism (default: auto, one attempt)",
    )
    check.add_argument(
        "--allow-plaintext-auth",
        action="store_true",
        help="allow sending the password over an unencrypted connection",
    )
    check.add_argument(
        "--from",
        dest="from_address",
        metavar="ADDR",
        help="the account's own sender address (default: --user if an address)",
    )
    check.add_argument(
        "--relay-as",
        metavar="ADDR",
        help="also check that this login may send as ADDR ('send as each user')",
    )
    check.add_argument("--to", metavar="ADDR", help="test recipient (default: the --from address)")
    check.add_argument(
        "--send",
        action="store_true",
        help="send a real test message (default: check without sending)",
    )
    check.add_argument("--ca-file", metavar="PEM", help="also trust this CA certificate file")
    check.add_argument(
        "--pin",
        type=_pin,
        metavar="SHA256",
        help="trust exactly the server certificate with this SHA-256 fingerprint (hex, "
        "colons optional), instead of a CA and name check; any other certificate fails "
        "before sign-in (default with --profile: the setup's trusted certificate)",
    )
    check.add_argument(
        "--timeout",
        type=_seconds,
        default=None,  # None: not given (a saved setup keeps its own)
        metavar="S",
        help="seconds to wait at each stage (default 15)",
    )
    check.add_argument(
        "--deadline",
        type=_seconds,
        metavar="S",
        help="seconds for the whole check (default: 4 x --timeout)",
    )
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--lang", choices=["en", "es"], help="language of the output")
    export = commands.add_parser(
        "export",
        help="print a saved setup in an application's format",
        description="Print a saved setup in the form an application reads (--list-formats "
        "names them all). The password is left out unless --include-password is given "
        "(then it is read from the keyring). What a format cannot carry (a CA file in a "
        "DSN) and what to do by hand is said on stderr. Exit codes: 0 ok, 1 bad input or "
        "keyring problem, 3 --include-password but no password is stored, 73 --output "
        "could not be written.",
    )
    export.add_argument("--profile", metavar="NAME", help="saved setup name")
    export.add_argument(
        "--format",
        choices=_TargetIds(),
        metavar="ID",
        help="output format (ids: see --list-formats)",
    )
    export.add_argument(
        "--list-formats",
        action="store_true",
        help="list the formats: id, name, group (tab-separated)",
    )
    export.add_argument(
        "--include-password",
        action="store_true",
        help="include the password from the keyring (handle the output like a password); "
        "exit code 3 when no password is stored",
    )
    export.add_argument(
        "--output", metavar="FILE", help="write to FILE (0600 when it holds the password)"
    )
    export.add_argument("--lang", choices=["en", "es"], help="language of messages")

    imports = commands.add_parser(
        "import",
        help="save a setup from an application's settings (any export format)",
        description="Read an application's mail settings (any format export writes: a "
        "DSN, a .env, an msmtprc, a Django snippet...) from FILE, or stdin with -, and "
        "save them as a setup; a password in them goes to the keyring, never to the "
        "screen. The format is detected, or named with --format. Exit codes: 0 ok, 1 bad "
        "input (a name already taken) or keyring problem, 65 the text is in no format "
        "read here or is not usable, 73 the saved setups file could not be written.",
    )
    imports.add_argument("file", metavar="FILE", help="the settings file, or - for stdin")
    imports.add_argument(
        "--name", metavar="NAME", help="name of the new setup (default: from the text or host)"
    )
    imports.add_argument(
        "--format",
        choices=_TargetIds(),
        metavar="ID",
        help="the format (default: detected; ids: main.py export --list-formats)",
    )
    imports.add_argument("--lang", choices=["en", "es"], help="language of messages")

    discover = commands.add_parser(
        "discover",
        help="find the outgoing server for an email address",
        description="Find the outgoing server for ADDRESS from the built-in provider list, "
        "DNS SRV records (RFC 6186), the domain's MX and common names, probing each "
        "candidate. Exit code 0: found; 3: nothing found; 1: bad input.",
    )
    discover.add_argument("address", help="the address mail will be sent from")
    discover.add_argument(
        "--nameserver", metavar="IP[:PORT]", help="ask this DNS server instead of the system's"
    )
    discover.add_argument(
        "--ca-file", metavar="PEM", help="also trust this CA when probing (a private CA)"
    )
    discover.add_argument("--json", action="store_true", help="print one JSON object")
    discover.add_argument("--lang", choices=["en", "es"], help="language of the output")
    dns = commands.add_parser(
        "dns",
        help="check SPF, DMARC, MX and blocklists for a sending domain",
        description="Check whether mail from DOMAIN (or an address) sent through --server is "
        "likely to be delivered: SPF, DMARC, MX and DNS blocklists. Exit code 0: no "
        "problem found; 3: at least one problem; 4: nothing could be checked (DNS "
        "failed); 1: bad input.",
    )
    dns.add_argument("domain", help="the From domain, or an address")
    dns.add_argument("--server", metavar="HOST", default="", help="the outgoing server")
    dns.add_argument(
        "--nameserver", metavar="IP[:PORT]", help="ask this DNS server instead of the system's"
    )
    dns.add_argument("--json", action="store_true", help="print one JSON object")
    dns.add_argument("--lang", choices=["en", "es"], help="language of the output")

    profiles = commands.add_parser(
        "profiles",
        help="list, show or delete saved setups",
        description="List, show or delete saved setups. Reading never changes the file: a "
        "file this version cannot read, or a newer version's file, is reported on stderr "
        "and left as it is. Exit codes: 0 ok, 1 bad input or keyring problem, 73 the saved "
        "setups file could not be written (full disk, read-only folder, newer version).",
    )
    profiles.add_argument("action", choices=["list", "show", "delete"])
    profiles.add_argument("name", nargs="?", help="setup name (show, delete)")
    profiles.add_argument("--json", action="store_true", help="print JSON")
    profiles.add_argument("--lang", choices=["en", "es"], help="language of messages")
    return parser


def secret_error_text(exc: SecretStoreError) -> str:
    return i18n.localize("SecretStore", exc.message).format(detail=exc.detail)


async def keyring_password(profile: Profile) -> str | None:
    """The saved setup's password from the keyring; a keyring problem is one line."""
    try:
        secret = await SecretStore().get(profile.id)
    except SecretStoreError as exc:
        raise UsageError(f"main.py: {secret_error_text(exc)}") from None
    errorlog.remember_secret(secret)
    return secret


class CommandError(Exception):
    """A failure with its own exit code: one line on stderr."""

    def __init__(self, text: str, exit_code: int) -> None:
        super().__init__(text)
        self.exit_code = exit_code


def list_formats(stdout: TextIO) -> int:
    """One line per target: id, name and group, in the user's language."""
    from wizard.targets import TARGETS, Group

    for group in Group:
        for target in TARGETS.values():
            if target.group is group:
                label = i18n.localize("Targets", target.label)
                print(f"{target.id}\t{label}\t{i18n.localize('Targets', group.label)}", file=stdout)
    return 0


async def export_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    if args.list_formats:
        return list_formats(stdout)
    if not args.profile or not args.format:
        raise UsageError(t("export_needs"))
    profile = load_saved(args.profile, stderr)
    password = None
    if args.include_password and profile.auth:
        password = await keyring_password(profile)
        if not password:
            raise CommandError(t("no_stored_password", name=profile.name), EXIT_NOT_FOUND)
    from wizard.targets import TARGETS, write_export

    export = TARGETS[args.format].export(profile, password)
    text = export.combined()
    if args.output:
        try:
            write_export(Path(args.output), text, contains_password=export.contains_password)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise CommandError(
                t("write_failed", path=args.output, reason=reason), EXIT_CANTCREAT
            ) from None
    else:
        stdout.write(text)
    # What the format cannot carry (a CA file in a DSN): on stderr, so the export
    # itself can still be piped or redirected as it is.
    for warning in export.warnings:
        print(warning.text(), file=stderr)
    return 0


def read_import_text(path: str, stdin: TextIO) -> str:
    """The text to import, from a file or stdin (``-``); one line on a problem."""
    if path == "-":
        try:
            return stdin.read()
        except UnicodeDecodeError:
            raise CommandError(t("import_not_text", path="stdin"), EXIT_DATAERR) from None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(t("import_read", path=path, reason=reason)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(t("import_not_text", path=path), EXIT_DATAERR) from None


def choose_format(text: str, wanted: str | None) -> Target:
    """The target named by ``--format``, or the one surest of the text. Unknown or
    a tie: a one-line error that lists the ``--format`` choices."""
    from wizard.targets import TARGETS
    from wizard.targets import detect as detect_format

    if wanted:
        return TARGETS[wanted]
    choices = ", ".join(TARGETS)
    ranked = detect_format(text)
    if not ranked:
        raise CommandError(t("import_unknown", choices=choices), EXIT_DATAERR)
    best = ranked[0][0]
    tied = [target.id for score, target in ranked if score == best]
    if len(tied) > 1:
        found = " / ".join(tied)
        raise CommandError(t("import_ambiguous", found=found, choices=choices), EXIT_DATAERR)
    return ranked[0][1]


async def import_command(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    text = read_import_text(args.file, stdin)
    from wizard.targets import ImportError_

    target = choose_format(text, args.format)
    try:
        found: Imported = target.parse(text)
    except ImportError_ as exc:
        raise CommandError(t("import_bad", message=exc.message.text()), EXIT_DATAERR) from None
    errorlog.remember_secret(found.password)  # never in error.log, whatever happens next
    profile = found.profile
    profile.name = (args.name or profile.name or profile.host).strip()
    store = open_store(stderr)
    if store.name_taken(profile.name):
        raise UsageError(t("import_name_taken", name=profile.name))
    store.check_writable()
    store.put(profile)
    store.save()  # the setup first: a keyring that refuses leaves it saved, said so
    user = t("imported_user", user=profile.username) if profile.auth else ""
    sender = t("imported_from", address=profile.from_address) if profile.from_address else ""
    print(
        t(
            "imported",
            name=profile.name,
            format=i18n.localize("Targets", target.label),
            endpoint=f"{profile.host}:{profile.effective_port}",
            security=SECURITY_NAMES[profile.security],
            user=user,
            sender=sender,
        ),
        file=stdout,
    )
    for warning in found.warnings:
        print(warning.text(), file=stderr)
    if not profile.auth:
        return 0
    if not found.password:
        print(t("imported_no_password"), file=stdout)
        return 0
    try:
        kind = await SecretStore().set(profile.id, found.password)
    except SecretStoreError as exc:
        raise UsageError(
            t("imported_password_failed", name=profile.name, reason=secret_error_text(exc))
        ) from None
    if kind is StoreKind.SESSION:
        raise UsageError(t("imported_session_only", name=profile.name))
    print(t("imported_password"), file=stdout)
    return 0


def last_test_state(profile: Profile) -> str:
    """The saved verdict for scripts: "passed", "failed CODE", "not tested", or
    "out of date: port, from_address" (fingerprint keys that changed since the test)."""
    changed = saved_changes(profile)
    record = profile.last_test
    if changed is None or record is None:
        return "not tested"
    if changed:
        return "out of date: " + ", ".join(changed)
    return "passed" if record.ok else f"failed {record.code}"


def report_problem(report: LoadReport, stderr: TextIO | None) -> None:
    """A load problem on stderr: the message, then one indented line per detail."""
    if stderr is None or not report.problem:
        return
    first, *details = report.lines()
    print(f"main.py: {first}", file=stderr)
    for line in details:
        print(f"  {line}", file=stderr)


def open_store(stderr: TextIO | None = None) -> ProfileStore:
    """The saved setups, read without changing anything. A file that could not be
    read at all is a UsageError; other problems are reported on ``stderr``."""
    store = ProfileStore()
    report = store.load()
    if report.problem in ("corrupt", "unreadable"):
        raise UsageError("main.py: " + report.text().replace("\n", " "))
    report_problem(report, stderr)
    return store


async def profiles_command(
    args: argparse.Namespace, stdout: TextIO, stderr: TextIO | None = None
) -> int:
    if args.action == "list":
        store = open_store(stderr)
        if args.json:
            listed = [
                {**p.to_dict(), "last_test_state": last_test_state(p)} for p in store.profiles
            ]
            json.dump(listed, stdout, indent=2)
            stdout.write("\n")
        for profile in store.profiles if not args.json else ():
            print(
                f"{profile.name}\t{profile.host}:{profile.effective_port}\t"
                f"{profile.security.value}\t{profile.from_address}\t{last_test_state(profile)}",
                file=stdout,
            )
        return 0
    if not args.name:
        raise UsageError(f"main.py profiles {args.action}: a setup name is required")
    if args.action == "show":
        from wizard.targets.json import render as render_json

        stdout.write(render_json(load_saved(args.name, stderr), None))
        return 0
    return await delete_saved(args.name)


async def delete_saved(name: str) -> int:
    """The keyring entry first, then the file: a keyring that refuses leaves the
    setup listed (never a password nobody can see or delete); a file that cannot
    be written after the keyring is said so, and running again finishes the job."""
    store = ProfileStore()
    report = store.load()
    if report.problem in ("corrupt", "unreadable"):
        raise UsageError("main.py: " + report.text().replace("\n", " "))
    profile = find_saved(store, report, name)
    store.check_writable()  # a newer version's file, unreadable: refuse before the keyring
    try:
        await SecretStore().delete(profile.id)
    except SecretStoreError as exc:
        reason = secret_error_text(exc)
        raise UsageError(t("delete_keyring", name=profile.name, reason=reason)) from None
    store.remove(profile.id)
    try:
        store.save()
    except StoreError as exc:
        raise CommandError(
            t("delete_file", name=profile.name, reason=exc.text()), EXIT_CANTCREAT
        ) from None
    return 0


def _port(text: str) -> int:
    try:
        return parse_port(text)
    except EndpointError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (1-65535)") from None


def _pin(text: str) -> str:
    pin = parse_pin(text)
    if pin is None:
        raise argparse.ArgumentTypeError(
            f"'{printable(text)}' is not a SHA-256 fingerprint (64 hexadecimal digits, "
            "colons optional)"
        )
    return pin


def _seconds(text: str) -> float:
    try:
        value = ascii_float(text)
    except NumberError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 1 <= value <= 300:
        raise argparse.ArgumentTypeError("must be between 1 and 300 seconds")
    return value


def profile_from_args(args: argparse.Namespace, saved: Profile | None = None) -> Profile:
    if saved is not None:
        return _override(saved, args)
    if not args.host:
        raise UsageError("main.py check: one of --host or --profile is required")
    try:
        endpoint = parse_endpoint(args.host)
    except EndpointError as exc:
        raise field_error("--host", exc.code) from None
    security = (
        Security(args.security) if args.security else (endpoint.security or Security.STARTTLS)
    )
    user = args.user or ""
    from_address = args.from_address or (user if "@" in user else "")
    return Profile(
        name="cli",
        host=endpoint.host,
        port=args.port or endpoint.port,
        security=security,
        auth=bool(user),
        mechanism=AuthMechanism(args.auth_mechanism or AuthMechanism.AUTO.value),
        username=user,
        allow_plaintext_auth=args.allow_plaintext_auth,
        from_policy=FromPolicy.SEND_AS_USER if args.relay_as else FromPolicy.FIXED_FROM,
        from_address=from_address,
        timeout=args.timeout if args.timeout is not None else DEFAULT_TIMEOUT,
        ca_file=args.ca_file or "",
        cert_pin=args.pin or "",
    )


def _override(saved: Profile, args: argparse.Namespace) -> Profile:
    profile = saved.copy()
    if args.host:
        try:
            endpoint = parse_endpoint(args.host)
        except EndpointError as exc:
            raise field_error("--host", exc.code) from None
        profile.host = endpoint.host
        profile.port = endpoint.port or profile.port
        profile.security = endpoint.security or profile.security
    if args.port:
        profile.port = args.port
    if args.security:
        profile.security = Security(args.security)
    if args.user:
        profile.auth, profile.username = True, args.user
    if args.from_address:
        profile.from_address = args.from_address
    if args.ca_file:
        profile.ca_file = args.ca_file
    if args.pin:
        profile.cert_pin = args.pin
    if args.allow_plaintext_auth:
        profile.allow_plaintext_auth = True
    # Given on the command line, they win over the saved setup (issue 13: they were ignored).
    if args.timeout is not None:
        profile.timeout = args.timeout
    if args.auth_mechanism:
        profile.mechanism = AuthMechanism(args.auth_mechanism)
    return profile


def load_saved(name: str, stderr: TextIO | None = None) -> Profile:
    """The saved setup called ``name`` (read only; load problems go to ``stderr``)."""
    store = ProfileStore()
    report = store.load()
    if report.problem in ("corrupt", "unreadable"):
        raise UsageError("main.py: " + report.text().replace("\n", " "))
    profile = find_saved(store, report, name)
    report_problem(report, stderr)
    return profile


def find_saved(store: ProfileStore, report: LoadReport, name: str) -> Profile:
    profile = store.by_name(name)
    if profile is not None:
        return profile
    wanted = name.strip().casefold()
    for skipped in report.skipped:
        if skipped.name.strip().casefold() == wanted:  # there, but it could not be read
            raise UsageError(f"main.py: {skipped.text()}")
    raise UsageError(f"main.py: no saved setup is called '{name}' (see: main.py profiles list)")


async def read_password(
    args: argparse.Namespace, stdin: TextIO, profile: Profile | None = None
) -> str:
    if (
        profile is not None
        and profile.auth
        and not args.password_stdin
        and PASSWORD_ENV not in os.environ
    ):
        secret = await keyring_password(profile)
        if secret is not None:
            return secret
    password = _read_password(args, stdin, profile.username if profile else "")
    errorlog.remember_secret(password)  # never in error.log, whatever goes wrong next
    return password


def _read_password(args: argparse.Namespace, stdin: TextIO, user: str = "") -> str:
    user = args.user or user
    if not user:
        return ""
    if args.password_stdin:
        return stdin.readline().rstrip("\r\n")
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV]
    if stdin.isatty():
        return getpass.getpass(t("password_prompt", user=user))
    raise UsageError(t("no_password", env=PASSWORD_ENV))


def install_language(lang: str | None) -> None:
    """Translate core and CLI strings (English until translations are installed)."""
    from wizard import translations

    translations.install_for_cli(lang)


class ReadablePrinter:
    """Prints transcript lines as they happen, then the checklist and diagnosis."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.done = False

    def on_event(self, event: Event) -> None:
        from wizard.core.engine import LineAdded

        # The QUIT reply can arrive after the verdict (the engine does not wait for
        # it): the transcript printed above the summary ends at QUIT.
        if isinstance(event, LineAdded) and not self.done:
            print("  " + format_line(event.line), file=self.out, flush=True)

    def summary(self, result: CheckResult) -> None:
        from wizard.core.engine import StepStatus

        self.done = True
        out = self.out
        print(file=out)
        print(t("steps"), file=out)
        width = max(len(i18n.localize("Stage", s.stage.label)) for s in result.steps)
        for step in result.steps:
            status = {
                StepStatus.OK: "ok",
                StepStatus.FAILED: "failed",
                StepStatus.SKIPPED: "skipped",
                StepStatus.RUNNING: "running",
            }[step.status]
            label = i18n.localize("Stage", step.stage.label)
            timing = f"{step.ms:>6} ms" if step.status is not StepStatus.SKIPPED else " " * 9
            reply = printable(step.reply)  # the server's words, made safe for a terminal
            print(f"  [{t(status):^7}] {label:<{width}} {timing}  {reply}".rstrip(), file=out)
        print(file=out)
        for warning in result.warnings:  # also in the transcript (and so in --json)
            print(printable(warning), file=out)
        if result.diagnosis is None:
            print(t("success"), file=out)
            return
        diagnosis = result.diagnosis
        title, explanation = map(printable, diagnosis.render(i18n.localize))
        print(f"{t('problem')} {title} [{diagnosis.code}]", file=out)
        for line in textwrap.wrap(explanation, 76):
            print(f"  {line}", file=out)
        detail = diagnosis.detail
        if diagnosis.code == Code.INVALID_INPUT and diagnosis.params.get("error") in FIELD_MESSAGES:
            # Name the option that caused it, in the user's language.
            field = diagnosis.params.get("field", "")
            message = field_message(diagnosis.params["error"])
            detail = f"{FIELD_OPTIONS.get(field, field)}: {message}"
        if detail:
            print(f"  {t('server_said')} {printable(detail)}", file=out)
        certificate = TlsInfo.from_params(diagnosis.params)
        if certificate is not None:
            # The certificate the failure is about, one detail per line (issue 13).
            print(f"  {t('certificate')}", file=out)
            for line in certificate.certificate_lines():
                print(f"    {printable(line)}", file=out)
        for fix in diagnosis.fixes:
            label = i18n.localize("Fix", fix.label)
            if "cert_pin" in fix.changes:
                # The command line cannot apply it: say how (after checking the details above).
                label = t("pin_hint", label=label, pin=fix.changes["cert_pin"])
            print(f"  {t('fix')} {label}", file=out)


async def check_command(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    saved = load_saved(args.profile) if args.profile else None
    profile = profile_from_args(args, saved)
    if profile.security is not Security.NONE and not profile.cert_pin:
        # The CA bundle is parsed in a thread while the password is read and the engine
        # loads (OpenSSL releases the GIL): a fresh process gets its context warm.
        tls.prepare(profile.ca_file)
    password = await read_password(args, stdin, profile if saved else None)
    printer = None if args.json else ReadablePrinter(stdout)
    if printer is not None:
        user = t("as_user", user=profile.username) if profile.auth else ""
        print(
            t(
                "checking",
                endpoint=f"{profile.host}:{profile.effective_port}",
                security=SECURITY_NAMES[profile.security],
                user=user,
            ),
            file=stdout,
            flush=True,
        )
        print(t("transcript"), file=stdout, flush=True)
    from wizard.core.engine import CheckRequest, run_check

    request = CheckRequest(
        profile=profile,
        password=password,
        to_address=args.to or "",
        relay_as=args.relay_as or "",
        send=args.send,
        deadline=args.deadline,
        # The saved setup's last pass signed in with this: warn if it is gone.
        expected_auth=saved.last_test.auth_used if saved and saved.last_test else "",
    )
    result = await run_check(request, printer.on_event if printer else None)
    if printer is not None:
        printer.summary(result)
    else:
        json.dump(result.to_dict(i18n.localize), stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
    return result.exit_code


def dns_client(args: argparse.Namespace) -> DnsClient:
    from wizard.core.dnsquery import DnsClient, NameserverError, parse_nameserver

    if not args.nameserver:
        return DnsClient()
    try:
        return DnsClient(parse_nameserver(args.nameserver))
    except NameserverError:
        raise UsageError(t("bad_nameserver", value=args.nameserver)) from None


def _check_address(address: str) -> None:
    code = check_address(address)
    if code:
        raise UsageError(t("bad_address", message=field_message(code)))


def _require_ca_file(path: str | None) -> None:
    if path and not Path(path).is_file():
        raise field_error("--ca-file", "ca_file.missing")


async def discover_command(args: argparse.Namespace, stdout: TextIO) -> int:
    from wizard.core import providers
    from wizard.core.discovery import (
        SOURCE_LABELS,
        DiscoveryOptions,
        SourceState,
        SourceUpdate,
        discover,
    )

    providers.set_provider_folder(config_dir() / "providers")  # ISPDB files admins drop in
    address = args.address.strip()
    _check_address(address)
    client = dns_client(args)
    if not args.json:
        print(t("looking", address=address), file=stdout, flush=True)

    def on_event(update: SourceUpdate) -> None:
        if args.json or update.state is SourceState.RUNNING:
            return
        label = i18n.localize("Discovery", SOURCE_LABELS[update.source])
        state = i18n.localize(_C, SOURCE_STATE_TEXT[update.state.value])
        print(f"  {label}: {state}", file=stdout, flush=True)

    options = DiscoveryOptions(ca_file=args.ca_file or "")
    _require_ca_file(args.ca_file)
    result = await discover(address, client, options, on_event=on_event)
    if args.json:
        json.dump(result.to_dict(), stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return 0 if result.best else EXIT_NOT_FOUND
    print(file=stdout)
    if result.best is None:
        for line in textwrap.wrap(t("not_found"), 78):
            print(line, file=stdout)
    else:
        best = result.best
        source = i18n.localize("Discovery", SOURCE_LABELS[best.source])
        endpoint = printable(f"{best.host}:{best.port}")
        print(
            t("found", endpoint=endpoint, security=SECURITY_NAMES[best.security], source=source),
            file=stdout,
        )
        if best.note:
            print(f"  {printable(best.note)}", file=stdout)
        if best.username:
            print(t("found_user", user=printable(best.username)), file=stdout)
        if not best.trusted:
            for line in textwrap.wrap(t("untrusted"), 78):
                print(line, file=stdout)
        others = result.candidates[1:]
        if others:
            print(t("also_found"), file=stdout)
            for other in others:
                print(
                    f"  {printable(other.host)}:{other.port} ({SECURITY_NAMES[other.security]})",
                    file=stdout,
                )
    if result.probes:
        print(t("probes"), file=stdout)
        for probe in result.probes:
            mark = t("ok") if probe.ok else t("failed")
            candidate = probe.candidate
            host, detail = printable(candidate.host), printable(probe.detail)
            print(
                f"  [{mark:^7}] {host}:{candidate.port} {probe.ms:>5} ms  {detail}",
                file=stdout,
            )
    return 0 if result.best else EXIT_NOT_FOUND


async def dns_command(args: argparse.Namespace, stdout: TextIO) -> int:
    from wizard.core.deliverability import STATUS_LABELS, Status, check_domain

    domain = args.domain.strip()
    if "@" in domain:
        _check_address(domain)
        domain = domain.rpartition("@")[2]
    try:
        domain = to_ascii_host(domain)
    except EndpointError as exc:
        raise field_error("DOMAIN", exc.code) from None
    server = args.server.strip()
    if server:
        try:
            server = parse_endpoint(server).host
        except EndpointError as exc:
            raise field_error("--server", exc.code) from None
    report = await check_domain(domain, server, dns_client(args))
    failed = any(f.status is Status.FAIL for f in report.findings)
    unchecked = all(f.status is Status.UNKNOWN for f in report.findings)
    exit_code = EXIT_NOT_FOUND if failed else (EXIT_UNCHECKED if unchecked else 0)
    if args.json:
        json.dump(report.to_dict(i18n.localize), stdout, ensure_ascii=False, indent=2)
        stdout.write("\n")
        return exit_code
    via = t("dns_via", server=server) if server else ""
    print(t("dns_for", domain=domain, server=via), file=stdout)
    print(file=stdout)
    for finding in report.findings:
        # Records and names come from DNS: made printable before the terminal.
        title, explanation = map(printable, finding.render(i18n.localize))
        status = i18n.localize("Deliverability", STATUS_LABELS[finding.status])
        print(f"[{status}] {title}", file=stdout)
        for line in textwrap.wrap(explanation, 76):
            print(f"  {line}", file=stdout)
        if finding.record:
            print(f"  {t('publish', name=printable(finding.record_name))}", file=stdout)
            print(f"    {printable(finding.record)}", file=stdout)
        elif finding.detail.lower().startswith("v="):
            print(f"  {t('found_record')} {printable(finding.detail)}", file=stdout)
        print(file=stdout)
    return exit_code


async def async_main(
    argv: Sequence[str],
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """The CLI behind one error boundary: every failure is one line on stderr; an
    unexpected one also writes its details (scrubbed of secrets) to error.log and
    exits EXIT_SOFTWARE. Never a traceback on screen."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        return await _run(argv, stdin, stdout, stderr)
    except UsageError as exc:
        print(str(exc).splitlines()[0], file=stderr)
        return EXIT_INPUT
    except CommandError as exc:
        print(str(exc).splitlines()[0], file=stderr)
        return exc.exit_code
    except StoreError as exc:
        print(f"main.py: {exc.text()}", file=stderr)
        return EXIT_CANTCREAT
    except SecretStoreError as exc:
        print(f"main.py: {secret_error_text(exc)}", file=stderr)
        return EXIT_INPUT
    except BrokenPipeError:
        raise  # the reader went away: main() stops quietly
    except Exception as exc:  # the boundary: anything else is a bug
        print(unexpected_error_line(exc), file=stderr)
        return EXIT_SOFTWARE


def unexpected_error_line(exc: BaseException) -> str:
    """Details to error.log (no secret in them); one line for the screen."""
    log = errorlog.write_error_log(type(exc), exc, exc.__traceback__)
    error = type(exc).__name__
    if log is None:
        return t("unexpected_no_log", error=error, log=errorlog.error_log_path())
    return t("unexpected", error=error, log=log)


async def _run(argv: Sequence[str], stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    refuse_password_options(argv)
    args = build_parser().parse_args(list(argv))
    install_language(getattr(args, "lang", None))
    if args.command == "check":
        return await check_command(args, stdin, stdout)
    if args.command == "export":
        return await export_command(args, stdout, stderr)
    if args.command == "import":
        return await import_command(args, stdin, stdout, stderr)
    if args.command == "profiles":
        return await profiles_command(args, stdout, stderr)
    if args.command == "discover":
        return await discover_command(args, stdout)
    if args.command == "dns":
        return await dns_command(args, stdout)
    raise UsageError(f"main.py: unknown command {args.command}")


def main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stderr = stderr or sys.stderr
    try:
        return asyncio.run(async_main(argv, stdout=stdout, stderr=stderr))
    except KeyboardInterrupt:
        print(t("cancelled"), file=stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, like other command-line tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # outside the command (the loop itself): still one line
        print(unexpected_error_line(exc), file=stderr)
        return EXIT_SOFTWARE
