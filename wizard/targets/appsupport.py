"""What the application targets (coreBOS, CiviCRM, Odoo, PHPMailer, WordPress,
Nextcloud, Gitea, Grafana, GitLab, Thunderbird) share: quoting and reading back
the literals of their file formats (PHP, SQL, Ruby, go-ini, XML), the common
warnings, and building the imported profile.

The readers are deliberately small: they read what the exports write (and what
an admin typically has), never evaluate code, and raise :class:`ImportError_`
with a translated message on anything else.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # DOCTYPE/ENTITY are refused before parsing
from collections.abc import Callable, Iterable
from email.utils import formataddr, parseaddr

from wizard.core.endpoint import EndpointError, parse_port
from wizard.core.i18n import QT_TRANSLATE_NOOP
from wizard.core.model import AuthMechanism, FromPolicy, Profile, Security

from .base import Imported, ImportError_, Text

# ---------------------------------------------------------------- common texts


def ca_warning(profile: Profile, app: str) -> tuple[Text, ...]:
    """The consumer has no setting for a CA file: say what to do by hand."""
    if not profile.ca_file:
        return ()
    return (
        Text(
            QT_TRANSLATE_NOOP(
                "Targets",
                "{app} has no setting for a CA file. Add {ca_file} to the trust store of "
                "the machine that runs it (Debian: copy it to "
                "/usr/local/share/ca-certificates/ with a .crt name and run "
                "update-ca-certificates), or it will refuse the server's certificate.",
            ),
            {"app": app, "ca_file": profile.ca_file},
        ),
    )


def go_ca_warning(profile: Profile, app: str) -> tuple[Text, ...]:
    """Go programs (Gitea, Grafana) have no CA setting for mail but read the
    system store, and Go also honours SSL_CERT_FILE."""
    if not profile.ca_file:
        return ()
    return (
        Text(
            QT_TRANSLATE_NOOP(
                "Targets",
                "{app} has no setting for a CA file. Add {ca_file} to the system trust "
                "store (Debian: update-ca-certificates), or start {app} with "
                "SSL_CERT_FILE={ca_file} (which then replaces the system store).",
            ),
            {"app": app, "ca_file": profile.ca_file},
        ),
    )


def one_line(value: str) -> bool:
    """No line break of any kind (``str.splitlines``: \\n, \\r, \\v, \\f, \\x1c-\\x1e,
    \\x85, \\u2028, \\u2029): what a line-based file can hold."""
    return value.splitlines() == [value] or value == ""


def value_left_out(app: str, key: str) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "The value of {key} has characters {app}'s file cannot hold exactly (a line "
            "break or a control character): it is left out; set it by hand.",
        ),
        {"app": app, "key": key},
    )


def imported_opportunistic(app: str) -> Text:
    """An import of settings under which the application takes STARTTLS only when
    offered, and that it cannot be told to insist on."""
    return Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "{app} uses STARTTLS only when the server offers it and goes on unencrypted "
            "otherwise; it cannot be told to insist. Imported as STARTTLS, which the "
            "test requires.",
        ),
        {"app": app},
    )


def password_left_out(app: str) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "The password is not included (you did not ask for it): type it in {app} "
            "after applying these settings.",
        ),
        {"app": app},
    )


def plaintext_warning(app: str) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "No encryption: {app} sends the password and every message in plain text.",
        ),
        {"app": app},
    )


def sign_in_notes(
    profile: Profile, app: str, *, with_password: bool, unwritable: bool = False
) -> list[Text]:
    """What every export says about signing in: the plain-text warning when credentials
    would go unencrypted, then why the password is not in the file (``unwritable``: the
    file format cannot hold it; else it was not asked for)."""
    notes: list[Text] = []
    if profile.security is Security.NONE and profile.auth:
        notes.append(plaintext_warning(app))
    if profile.auth and unwritable:
        notes.append(unwritable_password(app))
    elif profile.auth and not with_password:
        notes.append(password_left_out(app))
    return notes


def bad_format(app: str) -> ImportError_:
    return ImportError_(
        Text(
            QT_TRANSLATE_NOOP("Targets", "This does not look like {app} mail settings."),
            {"app": app},
        )
    )


def no_host(app: str) -> ImportError_:
    return ImportError_(
        Text(
            QT_TRANSLATE_NOOP("Targets", "The {app} settings name no mail server."),
            {"app": app},
        )
    )


def bad_value(app: str, key: str, value: str) -> ImportError_:
    return ImportError_(
        Text(
            QT_TRANSLATE_NOOP(
                "Targets", "{app} setting {key} has a value it does not accept: {value}"
            ),
            {"app": app, "key": key, "value": value[:80]},
        )
    )


# ---------------------------------------------------------------- profile helpers


def from_header(profile: Profile) -> str:
    """``"Name" <addr>`` (RFC 5322), or the bare address."""
    if not profile.from_address:
        return ""
    return (
        formataddr((profile.display_name, profile.from_address))
        if profile.display_name
        else profile.from_address
    )


def split_from_header(value: str) -> tuple[str, str]:
    name, address = parseaddr(value)
    return name, address


def port_of(text: str, app: str, key: str) -> int:
    try:
        return parse_port(text.strip())
    except EndpointError:
        raise bad_value(app, key, text) from None


def domain_of(address: str) -> str:
    return address.rpartition("@")[2] if "@" in address else ""


def imported(
    app: str,
    *,
    host: str,
    port: int | None,
    security: Security,
    auth: bool,
    username: str = "",
    password: str | None = None,
    from_address: str = "",
    display_name: str = "",
    from_policy: FromPolicy | None = None,
    allowed_domains: Iterable[str] = (),
    ca_file: str = "",
    mechanism: AuthMechanism = AuthMechanism.AUTO,
    warnings: Iterable[Text] = (),
) -> Imported:
    """The imported setup. Credentials over a plain connection are *not* opted in
    on the user's behalf: the import says so, and the user decides."""
    if not host.strip():
        raise no_host(app)
    notes = list(warnings)
    if security is Security.NONE and auth:
        notes.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "Targets",
                    "These settings log in without encryption. The test will not send the "
                    "password in plain text unless you allow it on the Sign-in page.",
                )
            )
        )
    policy = from_policy or (FromPolicy.FIXED_FROM if from_address else FromPolicy.SEND_AS_USER)
    profile = Profile(
        host=host.strip(),
        port=port,
        security=security,
        auth=auth,
        username=username if auth else "",
        from_policy=policy,
        from_address=from_address,
        display_name=display_name,
        allowed_domains=list(allowed_domains),
        ca_file=ca_file,
        mechanism=mechanism,
    )
    return Imported(profile, password if auth and password else None, tuple(notes))


# ---------------------------------------------------------------- PHP literals

_PHP_SINGLE = r"'(?:[^'\\]|\\.)*'"
_PHP_DOUBLE = r'"(?:[^"\\]|\\.)*"'
# A literal the readers understand: a string, an integer, true/false/null, or a
# class constant such as PHPMailer::ENCRYPTION_STARTTLS. Anything else (getenv(),
# a variable) is read as "not given".
PHP_VALUE = (
    rf"(?:{_PHP_SINGLE}|{_PHP_DOUBLE}|-?\d+|true|false|null|TRUE|FALSE|NULL"
    r"|[A-Za-z_\\][\w\\]*::\w+|[^;,\)\]\[]+?)"
)


def php_str(value: str) -> str:
    """A PHP single-quoted string: only ``\\`` and ``'`` are special there."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_value(token: str) -> str | int | bool | None:
    """A PHP literal back to Python; None for anything that is not a literal."""
    token = token.strip()
    if len(token) >= 2 and token[0] == token[-1] == "'":
        return re.sub(r"\\([\\'])", r"\1", token[1:-1])
    if len(token) >= 2 and token[0] == token[-1] == '"':
        return _php_double(token[1:-1])
    lowered = token.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if re.fullmatch(r"-?\d+", token):
        # Only ASCII digits make a number (int() also reads "٥٨٧"): others stay text,
        # so the port check names the value instead of reading it as "not given".
        return int(token) if token.isascii() else token
    if "::" in token:
        return token.rpartition("::")[2]
    return None


_DOUBLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "v": "\v",
    "f": "\f",
    "e": "\x1b",
    "\\": "\\",
    "$": "$",
    '"': '"',
    "0": "\0",
}


def _php_double(body: str) -> str | None:
    if re.search(r"(?<!\\)\$[A-Za-z_{]", body):
        return None  # interpolates a variable: not a literal
    return re.sub(r"\\(.)", lambda m: _DOUBLE_ESCAPES.get(m.group(1), "\\" + m.group(1)), body)


def php_comments_removed(text: str) -> str:
    """PHP source without ``//``, ``#`` and ``/* */`` comments (strings kept)."""
    out: list[str] = []
    pattern = re.compile(rf"{_PHP_SINGLE}|{_PHP_DOUBLE}|/\*.*?\*/|//[^\n]*|#(?!\[)[^\n]*", re.S)
    pos = 0
    for match in pattern.finditer(text):
        out.append(text[pos : match.start()])
        token = match.group(0)
        out.append(token if token[0] in "'\"" else " ")
        pos = match.end()
    out.append(text[pos:])
    return "".join(out)


def php_array_items(text: str) -> dict[str, str | int | bool | None]:
    """``'key' => value`` pairs anywhere in ``text`` (flat; nested arrays are
    read as their own pairs, last one wins)."""
    items: dict[str, str | int | bool | None] = {}
    for match in re.finditer(
        rf"({_PHP_SINGLE}|{_PHP_DOUBLE})\s*=>\s*({PHP_VALUE})\s*(?=[,\)\]\n])", text
    ):
        key = php_value(match.group(1))
        if isinstance(key, str):
            items[key] = php_value(match.group(2))
    return items


def php_defines(text: str) -> dict[str, str | int | bool | None]:
    """``define('NAME', value);`` constants."""
    found: dict[str, str | int | bool | None] = {}
    for match in re.finditer(
        rf"\bdefine\s*\(\s*({_PHP_SINGLE}|{_PHP_DOUBLE})\s*,\s*({PHP_VALUE})\s*\)", text
    ):
        name = php_value(match.group(1))
        if isinstance(name, str):
            found[name] = php_value(match.group(2))
    return found


# ---------------------------------------------------------------- SQL (MySQL)


def sql_str(value: str) -> str:
    """A MySQL string literal valid with and without NO_BACKSLASH_ESCAPES: the
    quote is doubled, and a backslash (which the two modes read differently) is
    written as CHAR(92) in a CONCAT."""
    if "\\" not in value:
        return "'" + value.replace("'", "''") + "'"
    parts = [("'" + part.replace("'", "''") + "'") for part in value.split("\\")]
    return "CONCAT(" + ", CHAR(92), ".join(parts) + ")"


def sql_value(token: str) -> str | int | None:
    token = token.strip()
    if re.fullmatch(r"-?\d+", token):
        # Only ASCII digits make a number (int() also reads "٥٨٧"): others stay text,
        # so the port check names the value instead of reading it as "not given".
        return int(token) if token.isascii() else token
    if token.upper().startswith("CONCAT("):
        inner = token[7:-1]
        pieces = re.findall(r"'(?:[^']|'')*'|CHAR\(92\)", inner)
        return "".join("\\" if p == "CHAR(92)" else p[1:-1].replace("''", "'") for p in pieces)
    if len(token) >= 2 and token[0] == token[-1] == "'":
        return token[1:-1].replace("''", "'")
    return None


SQL_VALUE = r"(?:CONCAT\((?:'(?:[^']|'')*'|CHAR\(92\)|\s|,)*\)|'(?:[^']|'')*'|-?\d+)"


# ---------------------------------------------------------------- Ruby


def ruby_str(value: str) -> str:
    """A Ruby string literal. Single-quoted (only ``\\`` and ``'`` are special) when
    every character is printable; otherwise double-quoted with ``\\u{…}`` escapes, so
    line breaks and control characters survive Ruby's source reading exactly."""
    if value.isprintable():
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    out = []
    for char in value:
        if char in '\\"#':
            out.append("\\" + char)  # "#" would start #{...} interpolation
        elif char.isprintable():
            out.append(char)
        else:
            out.append(f"\\u{{{ord(char):x}}}")
    return '"' + "".join(out) + '"'


def ruby_value(literal: str) -> str | int | bool | None:
    token = literal.strip()
    if len(token) >= 2 and token[0] == token[-1] == "'":
        return re.sub(r"\\([\\'])", r"\1", token[1:-1])
    if len(token) >= 2 and token[0] == token[-1] == '"':
        body = token[1:-1]
        if re.search(r"(?<!\\)#[{@$]", body):
            return None  # interpolation: not a literal
        return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)", _ruby_escape, body, flags=re.S)
    if token in ("true", "false"):
        return token == "true"  # noqa: S105 (a Ruby literal, not a password)
    if re.fullmatch(r"-?\d+", token):
        # Only ASCII digits make a number (int() also reads "٥٨٧"): others stay text,
        # so the port check names the value instead of reading it as "not given".
        return int(token) if token.isascii() else token
    if token.startswith(":") and re.fullmatch(r":\w+", token):
        return token[1:]
    return None


def _ruby_escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if code.startswith("u{"):
        return chr(int(code[2:-1], 16))
    if code.startswith("u") and len(code) == 5:
        return chr(int(code[1:], 16))
    return _DOUBLE_ESCAPES.get(code, code)


# ---------------------------------------------------------------- go-ini (Gitea, Grafana)


def go_ini_value(value: str) -> str:
    """A value go-ini reads back unchanged. Plain when safe; otherwise in
    backticks (raw, no escapes) or, if it holds a backtick, in triple quotes.
    ``#`` and ``;`` start a comment only after whitespace in go-ini, but quoting
    them is what both Gitea's and Grafana's sample files advise."""
    if value == value.strip() and not re.search(r"[#;`\"'\n\\]", value) and value:
        return value
    if "`" not in value:
        return f"`{value}`"
    return f'"""{value}"""'


def go_ini_writable(value: str) -> bool:
    """Whether :func:`go_ini_value` gives go-ini this exact value back: not with a
    line break, nor with a backtick together with a triple quote or a final quote."""
    if not one_line(value):
        return False
    return "`" not in value or ('"""' not in value and not value.endswith('"'))


def go_ini_lines(pairs: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """``key = value`` lines for the non-empty values go-ini can hold, and the keys of
    those it cannot (for :func:`value_left_out`)."""
    written: list[str] = []
    left_out: list[str] = []
    for key, value in pairs:
        if value and go_ini_writable(value):
            written.append(f"{key} = {go_ini_value(value)}")
        elif value:
            left_out.append(key)
    return written, left_out


def unwritable_password(app: str) -> Text:
    return Text(
        QT_TRANSLATE_NOOP(
            "Targets",
            "The password has characters {app}'s configuration file cannot hold "
            "together (a backtick with a quote at the end or a line break): it is left "
            "out; set it through the environment instead.",
        ),
        {"app": app},
    )


def go_ini_sections(text: str, app: str) -> dict[str, dict[str, str]]:
    """go-ini's reading of ``text``: ``[section]``, ``key = value``, comments on
    lines starting with ``#`` or ``;``, values in backticks, ``\"\"\"``, or
    double/single quotes unwrapped, ``key`` case kept (go-ini is case
    sensitive unless told otherwise)."""
    sections: dict[str, dict[str, str]] = {"": {}}
    current = sections[""]
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        key, sep, value = line.partition("=")
        if not sep:
            key, sep, value = line.partition(":")
        if not sep:
            raise bad_format(app)
        current[key.strip()] = _go_ini_unquote(value.strip())
    return sections


def _go_ini_unquote(value: str) -> str:
    if value.startswith('"""') and value.endswith('"""') and len(value) >= 6:
        return value[3:-3]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "`\"'":
        return value[1:-1]
    # go-ini strips an inline comment that follows whitespace.
    return re.split(r"\s[#;]", value, maxsplit=1)[0].strip()


# ---------------------------------------------------------------- XML

_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_root(text: str, app: str) -> ET.Element:
    """The root element of an XML text, refusing any DTD or entity declaration first:
    ElementTree would expand internal entities (a "billion laughs" file), and an import
    never needs them."""
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.I):
        raise bad_format(app)
    try:
        return ET.fromstring(text)  # noqa: S314 (no DTD, no entities: refused above)
    except ET.ParseError:
        raise bad_format(app) from None


def xml_writable(value: str) -> bool:
    """XML 1.0 cannot carry these control characters at all, not even as references."""
    return not _XML_FORBIDDEN.search(value)


def xml_text(value: str) -> str:
    """Element text read back exactly: ``&``, ``<``, ``>`` escaped, and a carriage
    return as ``&#13;`` (a parser turns a raw one into a line feed)."""
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


# ---------------------------------------------------------------- shell


def sh_quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


def host_for_url(host: str) -> str:
    """An IPv6 literal in brackets (as ``host:port`` strings need it)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def split_host_port(value: str) -> tuple[str, str]:
    """``host:port`` / ``[v6]:port`` / ``host`` → (host, port or '')."""
    match = re.fullmatch(r"\[([0-9A-Fa-f:.]+)\](?::([0-9]*))?", value)
    if match:
        return match.group(1), match.group(2) or ""
    host, sep, port = value.rpartition(":")
    if sep and ":" not in host and port.isascii() and port.isdigit():
        return host, port
    return value, ""


# ---------------------------------------------------------------- combined exports

_SECTION_MARK = re.compile(r"^(?:--|<!--|//|#) --- [^\s:]+: .* ---$", re.M)


def sections(text: str) -> list[str]:
    """The artifacts of an :meth:`Export.combined` text (the CLI's stdout), each
    without its marker line; the text itself when it has no markers."""
    marks = list(_SECTION_MARK.finditer(text))
    if not marks:
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].lstrip("\n") for m, end in zip(marks, ends, strict=True)]


def parse_first(
    text: str, parse: Callable[[str], Imported], app: str, *, last_first: bool = False
) -> Imported:
    """Parse a combined export (or ``text``): the first artifact that reads and holds
    the password, else the first that reads. (A password some artifact cannot hold
    exactly is left out of that one.)"""
    failure: ImportError_ | None = None
    found: list[Imported] = []
    parts = sections(text)
    for part in reversed(parts) if last_first else parts:
        try:
            found.append(parse(part))
        except ImportError_ as exc:
            failure = failure or exc
    with_password = [item for item in found if item.password is not None]
    if with_password or found:
        return (with_password or found)[0]
    raise failure or bad_format(app)
