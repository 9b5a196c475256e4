""".env files read exactly by their readers: a shell, python-dotenv, Node's dotenv.

Moved from ``wizard/core/export.py`` (issue 14) unchanged: the quoting rules, the
writer (:func:`render`) and the reader (:func:`parse_env`) that
tests/test_export_readers.py checks against the real bash, python-dotenv and Node.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from wizard.core.i18n import QT_TRANSLATE_NOOP

# --- .env -----------------------------------------------------------------------------
#
# Three readers, three rules (tests/test_export_readers.py runs the real ones):
#
# * a shell (`set -a; . app.env`): '...' is literal; "..." expands $ and ` and takes
#   \ before $ ` " \ and a newline; '\'' puts a quote in a single-quoted value.
# * python-dotenv (`load_dotenv`, `dotenv_values`): '...' turns \\ and \' into \ and ';
#   "..." decodes \\ \' \" \a \b \f \n \r \t \v; then ${NAME} and ${NAME:-default} are
#   expanded in *every* value, quoted or not, with no escape (interpolate=True is the
#   default). The file is read with universal newlines: a raw CR becomes a newline.
# * Node's dotenv (`config`, `parse`; classic and `fast` parser): '...', "..." and `...`
#   keep everything between the quotes (an escaped quote keeps its backslash); in
#   "..." only \n and \r are decoded; raw CRs become newlines; a quote right after a
#   backslash may not close the value. Unquoted: up to #, trimmed.
#
# So no quoting suits every string. `env` writes each value in a form all three read
# alike (the "portable" forms below) and, for a value that has none, the shell form,
# flagged by a comment and an export note. `env-python` and `env-node` are for one
# reader each.

# Only python-dotenv reads this; "DOLLAR=" cannot be an environment variable's name
# (no name contains "="), so the default "$" always applies.
_PY_DOLLAR = "${DOLLAR=:-$}"
_PY_VARIABLE = re.compile(r"\$\{(?P<name>[^}:]*)(?::-(?P<default>[^}]*))?\}")
_PY_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f"}
_PY_ESCAPES.update({"n": "\n", "r": "\r", "t": "\t", "v": "\v"})
# After "$" inside "...", these make the shell expand: a name, a digit, a special
# parameter, ${...}, $(...), $[...]. Any other ASCII character (or the closing quote)
# leaves the "$" as it is; a non-ASCII one might start a name in some locale.
_SH_EXPANDS_AFTER_DOLLAR = frozenset(string.ascii_letters + string.digits + "_{([@*#?$!-")
# After a backslash inside "...", these are decoded by the shell ($ ` " \ newline),
# python-dotenv (\ ' " a b f n r t v) or Node's dotenv (n r); any other stays as it is.
_SOMEONE_UNESCAPES = frozenset("$`\"\\\n'abfnrtv")
_JS_LINE_END = frozenset("\n\r\u2028\u2029")
# What JavaScript's trim() and dotenv's fast parser strip around an unquoted value.
_JS_SPACE = frozenset("\t\n\v\f\r \xa0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") | frozenset(
    chr(c) for c in range(0x2000, 0x200B)
)


def env_quote(value: str) -> str:
    """Single-quote for a POSIX shell: literal inside; a quote is '\\''. Any string."""
    return "'" + value.replace("'", "'\\''") + "'"


def _sh_keeps_dollar(after: str) -> bool:
    """Whether a "$" followed by ``after`` (one character) stays a "$" in "..."."""
    return after.isascii() and after not in _SH_EXPANDS_AFTER_DOLLAR


def _env_portable(value: str) -> str | None:
    """The value quoted so that bash, python-dotenv and Node's dotenv all read it back
    exactly, or None when no quoting does.

    * ``'value'`` when it holds no ``'``, no ``\\\\``, no ``${NAME}`` or
      ``${NAME:-default}``, no CR and does not end in a backslash (python-dotenv would
      decode or expand those);
    * else ``"value"`` when it holds a ``'`` but no ``"``, backtick or CR; each ``\\``
      is followed by a character no reader decodes after it (``\\0``, ``\\w``; not
      ``\\n``, ``\\$``, ``\\\\`` or the end); and each ``$`` by the end or by a
      character after which the shell keeps it (``$ `` ``$%`` ``$/``...; not
      ``$HOME`` ``$1`` ``${`` ``$(``).
    """
    if "\r" in value:
        return None  # python-dotenv and Node read a raw CR as a newline
    if "'" not in value:
        if "\\\\" in value or value.endswith("\\") or _PY_VARIABLE.search(value):
            return None
        return "'" + value + "'"
    if any(c in value for c in '"`'):
        return None
    backslash = value.find("\\")
    while backslash >= 0:
        after = value[backslash + 1 : backslash + 2]
        if not after or after in _SOMEONE_UNESCAPES:
            return None
        backslash = value.find("\\", backslash + 1)
    dollar = value.find("$")
    while dollar >= 0:
        after = value[dollar + 1 : dollar + 2]
        if after and not _sh_keeps_dollar(after):
            return None
        dollar = value.find("$", dollar + 1)
    return '"' + value + '"'


def _env_python(value: str) -> str:
    """For python-dotenv: any string, in double quotes with its escapes when the
    portable form will not do or the value holds a ``${``."""
    portable = _env_portable(value)
    if portable is not None and "${" not in value:
        return portable
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")
    return '"' + escaped.replace("${", _PY_DOLLAR + "{") + '"'


# Comments written in the file itself (English, as the keys are), so that a file copied
# on its own still says which reader it is for.
_ENV_COMMENTS = {
    "env": "# {key} is quoted for a shell (. file): python-dotenv and Node's dotenv read "
    "it differently. Export the .env file for your reader instead.\n",
    "env-node": "# {key} is left out: Node's dotenv cannot read its value exactly, however "
    "it is quoted. Set it in the environment instead.\n",
}
SHELL_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "Export",
    "No quoting makes a shell, python-dotenv and Node's dotenv read the same value for "
    "{names}, so the file writes it for a shell (. file). For python-dotenv or Node's "
    "dotenv, export the .env file for that reader.",
)
LEFT_OUT_NOTE = QT_TRANSLATE_NOOP(
    "Export",
    "Node's dotenv cannot read the value of {names} exactly, however it is quoted, so "
    "the file leaves it out. Set it in the application's environment instead.",
)


def _node_closes_early(value: str, mark: str) -> bool:
    """Whether Node's dotenv may take a quote ``mark`` inside ``value`` for the closing
    one: one followed by spaces and then a line end or "#"."""
    at = value.find(mark)
    while at >= 0:
        after = at + 1
        while after < len(value) and value[after] in _JS_SPACE - _JS_LINE_END:
            after += 1
        if after < len(value) and value[after] in _JS_LINE_END | {"#"}:
            return True
        at = value.find(mark, at + 1)
    return False


def _env_node_forms(value: str) -> list[str]:
    """The ways Node's dotenv reads back ``value`` exactly, best first; empty when there
    is none (a ``'``, a ``"`` and a backtick, and a ``#`` or a line break). A quoted
    form of a value that ends in a backslash is only safe where no later line holds
    that quote (see :func:`render`); the unquoted form is safe anywhere."""
    portable = _env_portable(value)
    forms = [] if portable is None else [portable]
    # What goes between each kind of quote, if it can: raw CRs would become newlines;
    # "..." decodes \n and \r, so a CR can be written \r there, a \n or \r cannot.
    inner = {
        "'": value if "\r" not in value else None,
        '"': value.replace("\r", "\\r") if "\\n" not in value and "\\r" not in value else None,
        "`": value if "\r" not in value else None,
    }
    # Quoted: every such quote inside has a backslash before it, so none closes.
    for mark, text in inner.items():
        if text is None or _node_closes_early(text, mark):
            continue
        if all(text[at - 1 : at] == "\\" for at, c in enumerate(text) if c == mark):
            forms.append(mark + text + mark)
    single_line = not any(c in value for c in "#\n")
    if (
        single_line
        and "\r" not in value
        and value
        and value[0] not in "'\"`"
        and value[0] not in _JS_SPACE
        and value[-1] not in _JS_SPACE
        and not any(c in value for c in "\u2028\u2029")  # they end lines, for some rules
    ):
        forms.append(value)  # unquoted
    if single_line:
        # A quoted value that does not close at the end of its line is read unquoted:
        # the line up to "#", trimmed, with one pair of quotes around it removed (and
        # \n, \r decoded if they are double quotes). So a single-line value without "#"
        # may hold the quote that wraps it.
        for mark, text in inner.items():
            if text is not None and not _node_closes_early(text, mark):
                forms.append(mark + text + mark)
    return list(dict.fromkeys(forms))


def render(values: dict[str, str], fmt: str) -> tuple[str, list[str]]:
    """The .env file in format ``fmt`` and the keys it flags: written for the shell
    only (``env``) or left out (``env-node``), each with a comment in the file."""
    lines: list[str] = []
    flagged: list[str] = []
    tail: list[tuple[str, list[str]]] = []  # (key, forms) that must come last
    for key, value in values.items():
        if fmt == "env-python":
            lines.append(f"{key}={_env_python(value)}\n")
            continue
        portable = _env_portable(value)
        if portable is not None:
            lines.append(f"{key}={portable}\n")
        elif fmt == "env":
            flagged.append(key)
            tail.append((key, [env_quote(value)]))
        else:
            forms = _env_node_forms(value)
            if not forms:
                flagged.append(key)
                lines.append(_ENV_COMMENTS[fmt].format(key=key))
            elif not value.endswith("\\"):
                lines.append(f"{key}={forms[0]}\n")
            elif value in forms:  # unquoted: no closing quote to take for escaped
                lines.append(f"{key}={value}\n")
            else:
                tail.append((key, forms))
    # Last, and the last first: python-dotenv and Node's dotenv may take a quote after
    # a backslash as escaped and read on to a later quote, swallowing the lines between.
    # The shell-only lines of `env` may swallow only each other (they are flagged
    # anyway); in `env-node` each such value gets a quote that no later line holds.
    later = ""
    for key, forms in reversed(tail):
        form = forms[0] if fmt == "env" else next((f for f in forms if f[0] not in later), None)
        if form is None:
            flagged.append(key)
            lines.append(_ENV_COMMENTS[fmt].format(key=key))
            continue
        comment = _ENV_COMMENTS[fmt].format(key=key) if fmt == "env" else ""
        later = f"{comment}{key}={form}\n{later}"
    return "".join(lines) + later, [key for key in values if key in flagged]


def parse_env(text: str, fmt: str = "env") -> dict[str, str]:
    """Read back what :func:`render` writes in .env format ``fmt``, the way
    that format's reader does (a shell for ``env``; python-dotenv; Node's dotenv).

    Comment and blank lines are skipped; a quoted value may hold a newline, U+2028 or
    any other character a path or a password can contain. A line ending edited on
    Windows (CR LF) is accepted. Raises ValueError on anything the writer never
    writes (an expansion, unquoted text where quotes belong), naming the key, never
    the value: it may be a secret.
    """
    read_value = _ENV_READERS.get(fmt)
    if read_value is None:
        raise ValueError(f"not a .env format: {fmt!r}")
    result: dict[str, str] = {}
    pos, size = 0, len(text)
    while pos < size:
        line_end = text.find("\n", pos)
        line_end = size if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip() or line.lstrip().startswith("#"):
            pos = line_end + 1
            continue
        raw_key, equals, _ = line.partition("=")
        if not equals:
            raise ValueError("a line without '='")  # never echo it: it may be a secret
        key = raw_key.strip()
        value, pos = read_value(text, pos + len(raw_key) + 1, key)
        rest = text.find("\n", pos)
        rest = size if rest < 0 else rest
        tail = text[pos:rest].strip(" \t\r")
        if tail and not (fmt != "env" and tail.startswith("#")):
            raise ValueError(f"unquoted text in {key}")
        result[key] = value
        pos = rest + 1
    return result


def _closing(text: str, pos: int, quote: str, key: str) -> int:
    close = text.find(quote, pos + 1)
    if close < 0:
        raise ValueError(f"unterminated quote in {key}")
    return close


def _read_shell(text: str, pos: int, key: str) -> tuple[str, int]:
    """Shell words up to the end of the line: '...', "..." and \\-escapes."""
    value: list[str] = []
    size = len(text)
    while pos < size and text[pos] not in "\n\r":
        char = text[pos]
        if char == "'":
            close = _closing(text, pos, "'", key)
            value.append(text[pos + 1 : close])
            pos = close + 1
        elif char == '"':
            pos += 1
            while True:
                if pos >= size:
                    raise ValueError(f"unterminated quote in {key}")
                char = text[pos]
                if char == '"':
                    pos += 1
                    break
                if char == "`" or (char == "$" and not _sh_keeps_dollar(text[pos + 1 : pos + 2])):
                    raise ValueError(f"an expansion in {key}")
                if char == "\\" and pos + 1 < size and text[pos + 1] in '$`"\\\n':
                    if text[pos + 1] != "\n":  # \ newline joins the lines
                        value.append(text[pos + 1])
                    pos += 2
                    continue
                value.append(char)
                pos += 1
        elif char == "\\" and pos + 1 < size and text[pos + 1] != "\n":
            value.append(text[pos + 1])
            pos += 2
        else:
            raise ValueError(f"unquoted text in {key}")
    return "".join(value), pos


def _read_python(text: str, pos: int, key: str) -> tuple[str, int]:
    """One quoted value as python-dotenv reads it, ${DOLLAR=:-$} included."""
    quote = text[pos : pos + 1]
    if quote not in ("'", '"'):
        raise ValueError(f"unquoted text in {key}")
    value: list[str] = []
    pos += 1
    while True:
        if pos >= len(text):
            raise ValueError(f"unterminated quote in {key}")
        char = text[pos]
        if char == quote:
            break
        if char == "\\" and pos + 1 < len(text):
            escaped = text[pos + 1]
            decoded = _PY_ESCAPES.get(escaped) if quote == '"' or escaped in "\\'" else None
            value.append(decoded if decoded is not None else char + escaped)
            pos += 2
            continue
        value.append(char)
        pos += 1

    def dollar(match: re.Match[str]) -> str:
        if match["name"] == "DOLLAR=" and match["default"] == "$":
            return "$"
        raise ValueError(f"an expansion in {key}")

    return _PY_VARIABLE.sub(dollar, "".join(value)), pos + 1


def _read_node(text: str, pos: int, key: str) -> tuple[str, int]:
    """One value as Node's dotenv reads it (its `fast` parser's rules, which the
    classic one shares for what ``env-node`` writes): quoted up to the last of the
    same quotes that is followed by a line end or "#", looking no further than the
    first one without a backslash before it; otherwise unquoted up to "#", trimmed,
    with one pair of quotes around it removed."""
    quote = text[pos : pos + 1]
    if quote in ("'", '"', "`"):
        close, at = -1, text.find(quote, pos + 1)
        while at >= 0:
            after = at + 1
            while after < len(text) and text[after] in _JS_SPACE - _JS_LINE_END:
                after += 1
            if after == len(text) or text[after] in _JS_LINE_END | {"#"}:
                close = at
            if text[at - 1] != "\\":
                break
            at = text.find(quote, at + 1)
        if close >= 0:
            value = text[pos + 1 : close]
            if quote == '"':
                value = value.replace("\\n", "\n").replace("\\r", "\r")
            return value, close + 1
    end = len(text)
    for stop in "#\n":
        found = text.find(stop, pos)
        end = found if 0 <= found < end else end
    value = text[pos:end].strip("".join(_JS_SPACE))
    first = value[:1]
    if len(value) >= 2 and first in ("'", '"', "`") and value[-1] == first:
        value = value[1:-1]
    if first == '"':
        value = value.replace("\\n", "\n").replace("\\r", "\r")
    return value, end


_ENV_READERS: dict[str, Callable[[str, int, str], tuple[str, int]]] = {
    "env": _read_shell,
    "env-python": _read_python,
    "env-node": _read_node,
}
