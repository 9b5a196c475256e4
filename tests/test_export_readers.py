r"""Exports parsed by the real readers (issue 13).

A `.env` export is only right if the program that loads it gets back exactly what the
user typed: a shell (`set -a; . app.env`), python-dotenv (`dotenv_values`/`load_dotenv`,
default interpolate=True) and Node's dotenv (`dotenv.config`, its classic and its `fast`
parser). The three disagree (measured with the versions pinned here):

    text in the file    bash (. file)   python-dotenv 1.2.4      Node dotenv 18.0.10
    'a\\b'              a\\b            a\b                      a\\b
    'it'\''s'           it's            (line skipped)           it'\''s
    'a\'                a\              (line skipped)           a\
    '${HOME}'           ${HOME}         /root  (expanded)        ${HOME}
    "a\"b"              a"b             a"b                      a\"b
    "$HOME"             /root           $HOME                    $HOME
    "\$x"               $x              \$x                      \$x
    "\n"                \n              newline                  newline
    'c<CR>r'            c<CR>r          c<LF>r                   c<LF>r
    `x'y"z`             (runs x'y"z)    `x'y"z`                  x'y"z

So no quoting works for every string. The `env` format quotes each value so that all
three read it alike when some quoting does, and otherwise writes it for the shell, last,
with a comment in the file and an export note naming the key. `env-python` and
`env-node` are for one reader each; Node's dotenv cannot read a few values at all (a
quote, a double quote and a backtick, plus a "#" or a line break): those are left out,
with a comment and a note, rather than written wrong.

The DSN's percent-encoded user and password are read back by our parse_dsn, by Python's
urllib, by WHATWG `new URL()` + decodeURIComponent, and by Nodemailer's own
parseConnectionUrl (the same, then "user:pass" split at the first ":").

Node's readers are the exact versions pinned in tests/node/package-lock.json, installed
by `npm ci --prefix tests/node` on first use. Without node or npm the Node tests skip,
unless CI is set: then they fail.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from dotenv import dotenv_values, load_dotenv
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wizard.core.export import export_notes, export_profile, parse_dsn, parse_env
from wizard.core.model import Profile, Security

NODE_DIR = Path(__file__).resolve().parent / "node"
CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

# What a user can type, plus the characters each reader treats specially.
TROUBLE = [
    "'",
    '"',
    "\\",
    "\\\\",
    "$",
    "${HOME}",
    "$HOME",
    "${",
    "}",
    ":-",
    "${DOLLAR=:-$}",
    "#",
    " #",
    "\n",
    "\r",
    "\r\n",
    "\t",
    " ",
    "`",
    "\\n",
    "\\r",
    "'\\''",
    "=",
    "\u2028",
    "\xa0",
    "\ufeff",
    "%",
    "@",
    ":",
    "é",
    "€",
    "\U0001f4e8",
]
# Any character but NUL (no environment variable can hold it) and lone surrogates
# (no UTF-8 file can).
CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\0")
TEXT = st.lists(st.sampled_from(TROUBLE) | st.text(CHARS, max_size=4), max_size=10).map("".join)

# The fields of a profile that hold outside text, and the .env keys they become.
KEYS = {
    "username": "SMTP_USER",
    "display_name": "SMTP_FROM_NAME",
    "ca_file": "SMTP_CA_FILE",
}

BASE = Profile(
    name="Readers",
    host="smtp.example.com",
    port=587,
    security=Security.STARTTLS,
    username="user@example.com",
    from_address="shop@example.com",
    display_name="The Shop",
)

# From the issue and the table above: each was misread by at least one reader.
ISSUE_CASES = [
    "it's",
    "back\\\\slash",
    "trailing\\",
    "${HOME}",
    "pre${HOME}post${PATH:-x}",
    "a#b # c",
    "  spaces both ends  ",
    "two\nlines",
    "cr\rhere",
    'say "hi"',
    'it\'s "$5" `x`',
    "s3cr€t p@ss:/#%$'\"\\wörd",
    "\\n is not a newline",
    "'\\''",
]


# --- The readers --------------------------------------------------------------------


def bash_reads(path: Path, keys: list[str]) -> dict[str, str]:
    """`set -a; . FILE` in bash, then each variable that is set (NUL-separated).

    Some files sourced here are deliberately misquoted candidates, which bash would run
    as commands with redirections: so a restricted shell (no output redirection, no
    command with a "/"), no PATH (builtins only), in the file's own folder.
    """
    script = (
        'set -a; . "$1"; shift; '
        'for k in "$@"; do if [ -n "${!k+set}" ]; then printf "%s=%s\\0" "$k" "${!k}"; fi; done'
    )
    env = {"PATH": "/nonexistent", "HOME": os.environ.get("HOME", "/")}
    env.update({k: v for k, v in os.environ.items() if k == "LANG" or k.startswith("LC_")})
    out = subprocess.run(
        [shutil.which("bash") or "/bin/bash", "-r", "-c", script, "_", path.name, *keys],
        capture_output=True,
        check=True,
        cwd=path.parent,
        env=env,
    ).stdout.decode("utf-8")
    return dict(item.split("=", 1) for item in out.split("\0") if item)


def python_dotenv_reads(path: Path) -> dict[str, str | None]:
    return dict(dotenv_values(path))  # interpolate=True, as load_dotenv does


class NodeReaders:
    """One `node tests/node/readers.js` for the session; a JSON request per line."""

    def __init__(self, node: str) -> None:
        self.proc = subprocess.Popen(
            [node, str(NODE_DIR / "readers.js")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=NODE_DIR,
        )

    def ask(self, request: dict[str, object]) -> dict[str, object]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, f"node readers.js exited with {self.proc.poll()}"
        reply = json.loads(line)
        assert "error" not in reply, reply["error"]
        return reply

    def dotenv(self, path: Path, *, fast: bool) -> dict[str, str]:
        return self.ask({"op": "env", "path": str(path), "fast": fast})["values"]  # type: ignore[return-value]

    def dsn(self, url: str) -> dict[str, dict[str, object]]:
        return self.ask({"op": "dsn", "url": url})  # type: ignore[return-value]

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()  # readers.js ends with its input
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stdout.close()


def _installed_as_locked() -> bool:
    lock = json.loads((NODE_DIR / "package-lock.json").read_text(encoding="utf-8"))
    for where, entry in lock["packages"].items():
        if not where:
            continue
        try:
            manifest = json.loads((NODE_DIR / where / "package.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if manifest.get("version") != entry["version"]:
            return False
    return True


@contextlib.contextmanager
def _install_lock() -> Iterator[None]:
    # Two pytest runs in one checkout must not run `npm ci` into the same folder at once.
    with open(Path(tempfile.gettempdir()) / f"smtp-wizard-npm-{os.getuid()}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _unavailable(reason: str) -> None:
    if CI:
        pytest.fail(f"{reason}; CI is set, so the Node readers must run", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def node() -> Iterator[NodeReaders]:
    node_bin, npm = shutil.which("node"), shutil.which("npm")
    if not node_bin or not npm:
        _unavailable("node and npm are not installed: Node's dotenv and Nodemailer cannot be run")
    assert node_bin and npm
    with _install_lock():
        if not _installed_as_locked():
            install = [npm, "ci", "--prefix", str(NODE_DIR), "--ignore-scripts"]
            proc = subprocess.run(
                [*install, "--no-audit", "--no-fund", "--loglevel=error"],
                capture_output=True,
                text=True,
                timeout=600,
            )
            if proc.returncode != 0 or not _installed_as_locked():
                _unavailable(f"`npm ci --prefix tests/node` failed: {proc.stderr.strip()[-1500:]}")
    readers = NodeReaders(node_bin)
    yield readers
    readers.close()


@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the files hypothesis writes (function fixtures do not mix with @given)."""
    return tmp_path_factory.mktemp("readers")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))  # no newline translation: the file as exported
    return path


def _profile(values: dict[str, str]) -> Profile:
    return BASE.copy(**{field: values[key] for field, key in KEYS.items() if key in values})


def _expected(values: dict[str, str]) -> dict[str, str]:
    """The keys an export of `_profile(values)` holds, with what each must read as."""
    expected = {key: values[key] for key in [*KEYS.values(), "SMTP_PASSWORD"]}
    if not expected["SMTP_CA_FILE"]:
        del expected["SMTP_CA_FILE"]  # absent rather than an empty path
    return expected


def _notes_naming(profile: Profile, fmt: str, password: str) -> set[str]:
    named: set[str] = set()
    for note in export_notes(profile, fmt, password):
        named.update(note.params.get("names", "").split(", ") if "names" in note.params else [])
    return named


FIELDS = st.fixed_dictionaries({key: TEXT for key in [*KEYS.values(), "SMTP_PASSWORD"]})
PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


# --- `.env` for every reader (format "env") ---------------------------------------------


@pytest.mark.parametrize("password", ISSUE_CASES)
def test_issue_13_cases_read_back_by_bash_and_python_dotenv_or_are_flagged(tmp_path, password):
    profile = BASE
    text = export_profile(profile, "env", password)
    path = _write(tmp_path, "app.env", text)
    assert bash_reads(path, ["SMTP_PASSWORD"]) == {"SMTP_PASSWORD": password}
    flagged = "SMTP_PASSWORD" in _notes_naming(profile, "env", password)
    if not flagged:  # the file claims every reader gets this value
        assert python_dotenv_reads(path)["SMTP_PASSWORD"] == password
    else:  # written for the shell: the file and the note say so
        assert "# SMTP_PASSWORD " in text
    assert parse_env(text)["SMTP_PASSWORD"] == password


@pytest.mark.parametrize("password", ISSUE_CASES)
def test_issue_13_cases_read_back_by_node_dotenv_or_are_flagged(tmp_path, node, password):
    text = export_profile(BASE, "env", password)
    path = _write(tmp_path, "app.env", text)
    if "SMTP_PASSWORD" not in _notes_naming(BASE, "env", password):
        for fast in (False, True):
            assert node.dotenv(path, fast=fast)["SMTP_PASSWORD"] == password


@given(values=FIELDS)
@example(values=dict.fromkeys([*KEYS.values(), "SMTP_PASSWORD"], "${HOME}\\\\it's"))
@PROPERTY
def test_env_every_value_reads_back_in_bash_and_in_python_dotenv_unless_flagged(scratch, values):
    profile = _profile(values)
    password = values["SMTP_PASSWORD"]
    text = export_profile(profile, "env", password)
    path = _write(scratch, "every.env", text)
    expected = _expected(values)
    assert parse_env(text) == {**parse_env(export_profile(profile, "env")), **expected}
    assert {k: v for k, v in bash_reads(path, list(expected)).items()} == expected
    flagged = _notes_naming(profile, "env", password)
    read = python_dotenv_reads(path)
    for key, value in expected.items():
        if key in flagged:
            assert f"# {key} " in text  # the file says which reader it is for
        else:
            assert read[key] == value, key


@given(values=FIELDS)
@PROPERTY
def test_env_every_value_reads_back_in_node_dotenv_unless_flagged(scratch, node, values):
    profile = _profile(values)
    password = values["SMTP_PASSWORD"]
    path = _write(scratch, "every-node.env", export_profile(profile, "env", password))
    flagged = _notes_naming(profile, "env", password)
    for fast in (False, True):
        read = node.dotenv(path, fast=fast)
        for key, value in _expected(values).items():
            if key not in flagged:
                assert read[key] == value, (key, fast)


def _candidates(value: str) -> list[str]:
    """Every quoting the three readers could plausibly share."""
    escaped = "".join("\\" + c if c in '\\"$`' else c for c in value)
    return [
        "'" + value + "'",
        "'" + value.replace("'", "'\\''") + "'",
        "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'",
        '"' + value + '"',
        '"' + escaped + '"',
        "`" + value + "`",
        value,
    ]


@given(value=TEXT)
@PROPERTY
def test_env_flags_a_value_only_when_no_quoting_is_read_alike(scratch, node, value):
    """The shell fallback is not a shortcut: for a flagged value, no candidate quoting
    gives all three readers the value."""
    if "SMTP_PASSWORD" not in _notes_naming(BASE, "env", value):
        return
    if re.search(r"\$[^\x00-\x7f]", value):
        # Deliberately cautious: "$é" is not an expansion in this UTF-8 locale, but bash
        # takes a byte that isalpha() accepts as the start of a name, which a Latin-1
        # locale would. Such a value gets the shell form.
        return
    for i, quoted in enumerate(_candidates(value)):
        path = _write(scratch, f"candidate{i}.env", f"SMTP_PASSWORD={quoted}\n")
        try:
            by_bash = bash_reads(path, ["SMTP_PASSWORD"]).get("SMTP_PASSWORD")
        except subprocess.CalledProcessError:
            by_bash = None  # a misquoted candidate bash refuses (e.g. "${@@}": bad substitution)
        reads = [
            by_bash,
            python_dotenv_reads(path).get("SMTP_PASSWORD"),
            node.dotenv(path, fast=False).get("SMTP_PASSWORD"),
            node.dotenv(path, fast=True).get("SMTP_PASSWORD"),
        ]
        assert reads != [value] * 4, f"{quoted!r} would have done"


def test_every_character_after_a_dollar_or_a_backslash_in_double_quotes(tmp_path, node):
    """The double-quoted portable form (a value with a quote) keeps a `$` or `\\` only
    where no reader takes it as the start of something: checked for every ASCII
    character after it, each with all four readers."""
    misread = []
    for lead in ("$", "\\"):
        for char in [chr(c) for c in range(1, 128)] + ["é", "\u2028"]:
            value = f"it's {lead}{char}x"
            if "SMTP_PASSWORD" in _notes_naming(BASE, "env", value):
                continue  # written for the shell: the property tests cover that
            path = _write(tmp_path, "dq.env", export_profile(BASE, "env", value))
            reads = {
                "bash": bash_reads(path, ["SMTP_PASSWORD"]).get("SMTP_PASSWORD"),
                "python-dotenv": python_dotenv_reads(path).get("SMTP_PASSWORD"),
                "node": node.dotenv(path, fast=False).get("SMTP_PASSWORD"),
                "node fast": node.dotenv(path, fast=True).get("SMTP_PASSWORD"),
            }
            misread += [(value, reader) for reader, read in reads.items() if read != value]
    assert misread == []


def test_a_value_written_for_the_shell_is_named_in_the_note_and_the_file_never_the_value():
    password = "it's $5"
    text = export_profile(BASE, "env", password)
    [note] = export_notes(BASE, "env", password)
    assert note.params == {"names": "SMTP_PASSWORD"} and "{names}" in note.source
    assert password not in note.text() and "SMTP_PASSWORD" in note.text()
    comment = next(line for line in text.splitlines()[1:] if line.startswith("#"))  # [0]: header
    assert "SMTP_PASSWORD" in comment and password not in comment
    # Without the password (not included in the export), nothing to say about it.
    assert export_notes(BASE, "env") == []


def test_a_portable_value_gets_no_note_and_no_comment():
    password = "it's 100% off, $ 5 # ok"
    text = export_profile(BASE, "env", password)
    assert export_notes(BASE, "env", password) == []
    assert not [line for line in text.splitlines()[1:] if line.startswith("#")]  # [0]: header
    assert f'SMTP_PASSWORD="{password}"\n' in text  # not the shell's '\\''


# --- `.env` for one reader (formats "env-python" and "env-node") --------------------------


@given(values=FIELDS)
@example(values=dict.fromkeys([*KEYS.values(), "SMTP_PASSWORD"], '${DOLLAR=:-$}${HOME}\r\\"'))
@PROPERTY
def test_env_python_reads_back_every_value_in_python_dotenv(scratch, values):
    profile = _profile(values)
    text = export_profile(profile, "env-python", values["SMTP_PASSWORD"])
    read = python_dotenv_reads(_write(scratch, "python.env", text))
    expected = _expected(values)
    assert {key: read[key] for key in expected} == expected
    assert export_notes(profile, "env-python", values["SMTP_PASSWORD"]) == []
    assert {key: parse_env(text, "env-python")[key] for key in expected} == expected


@given(values=FIELDS)
@example(values=dict.fromkeys([*KEYS.values(), "SMTP_PASSWORD"], "'\"`#"))
@PROPERTY
def test_env_node_reads_back_every_value_in_node_dotenv_or_leaves_it_out(scratch, node, values):
    profile = _profile(values)
    password = values["SMTP_PASSWORD"]
    text = export_profile(profile, "env-node", password)
    path = _write(scratch, "node.env", text)
    left_out = _notes_naming(profile, "env-node", password)
    ours = parse_env(text, "env-node")
    for fast in (False, True):
        read = node.dotenv(path, fast=fast)
        for key, value in _expected(values).items():
            if key in left_out:
                assert key not in read and key not in ours and f"# {key} " in text
            else:
                assert read[key] == value and ours[key] == value, (key, fast)


@given(value=TEXT)
@PROPERTY
def test_env_node_leaves_a_value_out_only_when_no_quoting_reads_back(scratch, node, value):
    if "SMTP_PASSWORD" not in _notes_naming(BASE, "env-node", value):
        return
    double = '"' + value.replace("\r", "\\r") + '"'
    for i, quoted in enumerate([*_candidates(value), double]):
        path = _write(scratch, f"node-candidate{i}.env", f"SMTP_PASSWORD={quoted}\n")
        reads = [node.dotenv(path, fast=fast).get("SMTP_PASSWORD") for fast in (False, True)]
        assert reads != [value, value], f"{quoted!r} would have done"  # both parsers


def test_env_python_keeps_a_dollar_brace_from_load_dotenv_too(tmp_path, monkeypatch):
    password = "pa${HOME}ss${X:-y}"
    text = export_profile(BASE, "env-python", password)
    assert 'SMTP_PASSWORD="pa${DOLLAR=:-$}{HOME}ss${DOLLAR=:-$}{X:-y}"\n' in text
    path = _write(tmp_path, "app.env", text)
    monkeypatch.setattr(os, "environ", dict(os.environ))  # load_dotenv writes to it
    for override in (False, True):  # the two orders python-dotenv resolves names in
        os.environ.pop("SMTP_PASSWORD", None)
        assert load_dotenv(path, override=override)
        assert os.environ["SMTP_PASSWORD"] == password


def test_the_reader_formats_say_which_reader_they_are_for():
    from wizard.core.export import FORMATS

    assert "python-dotenv" in FORMATS["env-python"].label
    assert "dotenv" in FORMATS["env-node"].label and "Node" in FORMATS["env-node"].label
    assert all(FORMATS[f].suffix == ".env" for f in ("env", "env-python", "env-node"))


# --- DSN: percent-encoded user and password -------------------------------------------


USER_TEXT = TEXT.filter(bool)  # no user name, no userinfo at all


@given(user=USER_TEXT, password=TEXT)
@example(user="u:x@y", password="p:@/?#%+ é")
@PROPERTY
def test_dsn_user_and_password_round_trip_through_parse_dsn_and_urllib(user, password):
    url = export_profile(BASE.copy(username=user), "dsn", password).strip()
    fields, read_password = parse_dsn(url)
    assert (fields["username"], read_password) == (user, password)
    parts = urlsplit(url)
    assert (unquote(parts.username or ""), unquote(parts.password or "")) == (user, password)
    assert (parts.hostname, parts.port) == ("smtp.example.com", 587)


@given(user=USER_TEXT, password=TEXT)
@example(user="u:x@y", password="p:@/?#%+ é")
@PROPERTY
def test_dsn_user_and_password_round_trip_through_node_url_and_nodemailer(node, user, password):
    url = export_profile(BASE.copy(username=user), "dsn", password).strip()
    read = node.dsn(url)
    assert read["url"] == {"user": user, "pass": password}  # new URL() + decodeURIComponent
    nodemailer = read["nodemailer"]
    assert (nodemailer["host"], nodemailer["port"]) == ("smtp.example.com", 587)
    # Nodemailer 9 (lib/shared/url.js) rebuilds "user[:pass]" from the decoded parts
    # (":pass" only when there is one) and splits it at the first ":": no encoding can
    # keep a ":" in a user name. Everything else arrives intact.
    auth = user + (":" + password if password else "")
    assert [nodemailer["user"], nodemailer["pass"]] == [*auth.split(":", 1), ""][:2]
    if ":" not in user:
        assert (nodemailer["user"], nodemailer["pass"]) == (user, password)
