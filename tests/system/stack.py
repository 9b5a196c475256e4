"""The system tier's real servers, started under one folder, on 127.0.0.0/8 only.

    python3 tests/system/stack.py start [DIR]   # prints the stack as JSON
    python3 tests/system/stack.py stop [DIR]    # stops exactly what start started

- Postfix: a private instance (its own main.cf/master.cf, queue, log) with three
  listeners: submission (STARTTLS required, Cyrus sasldb sign-in, a sender-login
  map), implicit TLS (465-style) and plain (25-style, no STARTTLS, no AUTH).
  Every accepted message goes to the discard transport; a header_checks rule
  refuses "From: boss@system.test" at the end of DATA, the way Exchange refuses
  "send as". Needs root (Postfix drops to its own user).
- gnome-keyring (Secret Service) on a private D-Bus session bus, unlocked with
  a known password.
- dnsmasq serving the system.test zone (A, MX, SPF and DMARC TXT, SRV).
- Xvfb, a real X display.

Standard library only: the provisioning script runs it with Debian's python3.
Facts and traps behind each step: ../shared/NOTES.md.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("SMTP_WIZARD_SYSTEM_DIR", "/tmp/smtp-wizard-system"))
DOMAIN = "system.test"
USER = f"alice@{DOMAIN}"
# Non-ASCII and shell-special on purpose: it must survive Cyrus SASL, the keyring
# and every redaction check.
PASSWORD = "Sys-t3st pässwörd#1"
# Python's smtplib (Django, Odoo) encodes AUTH PLAIN/LOGIN as ASCII and cannot sign
# in with PASSWORD (docs/CONSUMERS.md); this second login proves those consumers.
ASCII_USER = f"dave@{DOMAIN}"
ASCII_PASSWORD = "Ascii-only s3cret#2"
SEND_AS = f"boss@{DOMAIN}"  # alice may use it as envelope sender; the From header is refused
NOT_OWNED = f"carol@{DOMAIN}"
KEYRING_PASSWORD = "keyring-unlock-pw"
DNS_ADDRESS = "127.0.0.53"
HOST_NAMES = ("localhost", f"mail.{DOMAIN}")  # in the certificate; 127.0.0.1 is not


# The Popen objects of what we started, kept alive (and reaped) until stop().
_CHILDREN: dict[int, subprocess.Popen] = {}


def _spawn(*args, **kwargs) -> subprocess.Popen:
    child = subprocess.Popen(*args, **kwargs)
    _CHILDREN[child.pid] = child
    return child


def free_port(host: str = "127.0.0.1", kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def run(*cmd: str, input: str | None = None, env: dict | None = None) -> str:
    done = subprocess.run(cmd, input=input, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


# -- certificates ------------------------------------------------------------------
def make_certificates(folder: Path) -> dict[str, str]:
    """A private CA and a server certificate for localhost and mail.system.test."""
    folder.mkdir(parents=True, exist_ok=True)
    ca_key, ca_crt = folder / "ca.key", folder / "ca.pem"
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "server.ext"
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "3",
        "-subj",
        "/CN=SMTP Wizard system-tier CA",
        "-keyout",
        str(ca_key),
        "-out",
        str(ca_crt),
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign",
    )
    run(
        "openssl",
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        str(key),
        "-out",
        str(csr),
    )
    ext.write_text(
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=" + ",".join(f"DNS:{name}" for name in HOST_NAMES) + "\n"
    )
    run(
        "openssl",
        "x509",
        "-req",
        "-in",
        str(csr),
        "-CA",
        str(ca_crt),
        "-CAkey",
        str(ca_key),
        "-CAcreateserial",
        "-days",
        "3",
        "-extfile",
        str(ext),
        "-out",
        str(crt),
    )
    for secret in (ca_key, key):
        secret.chmod(0o600)
    return {"ca_file": str(ca_crt), "cert": str(crt), "key": str(key)}


# -- Postfix -----------------------------------------------------------------------
MASTER_SERVICES = """\
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
local     unix  -       n       n       -       -       local
virtual   unix  -       n       n       -       -       virtual
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
"""

# Sign-in listeners: reject_sender_login_mismatch sits in the *recipient*
# restrictions, else an unauthenticated relay attempt gets 553 instead of 554.
SIGNIN_OPTIONS = """\
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_recipient_restrictions=reject_sender_login_mismatch,permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
"""


def start_postfix(root: Path, certs: dict[str, str]) -> dict:
    # Debian's Postfix reads Cyrus SASL's smtpd.conf from $config_directory/sasl and
    # ignores cyrus_sasl_config_path (seen with strace; it then fell back to
    # /etc/sasldb2 and answered "454 4.7.0 Temporary authentication failure").
    etc, queue, data = root / "etc", root / "queue", root / "data"
    sasl = etc / "sasl"
    for folder in (etc, queue, data, sasl):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.chown(data, "postfix")
    ports = {name: free_port() for name in ("submission", "implicit", "plain")}
    log = root / "postfix.log"
    (etc / "main.cf").write_text(f"""\
compatibility_level = 3.6
queue_directory = {queue}
data_directory = {data}
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = localhost
mydomain = {DOMAIN}
myorigin = $mydomain
mydestination =
relay_domains = {DOMAIN}
# Not even loopback is trusted: relaying needs sign-in (or a {DOMAIN} recipient).
mynetworks = 192.0.2.1/32
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
default_transport = discard:accepted by the system tier
relay_transport = discard:accepted by the system tier
local_transport = discard:accepted by the system tier
header_checks = regexp:{etc}/header_checks
smtpd_sender_login_maps = texthash:{etc}/sender_logins
smtpd_sasl_type = cyrus
smtpd_sasl_path = smtpd
smtpd_sasl_security_options = noanonymous
smtpd_tls_cert_file = {certs["cert"]}
smtpd_tls_key_file = {certs["key"]}
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_received_header = yes
maillog_file = {log}
maillog_file_prefixes = {root}
smtputf8_enable = no
biff = no
""")
    (etc / "master.cf").write_text(f"""\
127.0.0.1:{ports["submission"]} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
{SIGNIN_OPTIONS}127.0.0.1:{ports["implicit"]} inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
{SIGNIN_OPTIONS}127.0.0.1:{ports["plain"]} inet n - n - - smtpd
  -o syslog_name=postfix/plain
  -o smtpd_tls_security_level=none
  -o smtpd_sasl_auth_enable=no
{MASTER_SERVICES}""")
    (etc / "header_checks").write_text(
        f"/^From:.*{SEND_AS.replace('.', '[.]')}/ REJECT 5.7.60 SendAsDenied; "
        f"{USER} not allowed to send as {SEND_AS}\n"
    )
    (etc / "sender_logins").write_text(
        f"{USER} {USER}\n{SEND_AS} {USER}\n{ASCII_USER} {ASCII_USER}\n"
    )
    sasldb = sasl / "sasldb2"
    (sasl / "smtpd.conf").write_text(
        f"pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {sasldb}\n"
        "mech_list: PLAIN LOGIN\n"
    )
    name, realm = USER.split("@")
    run("saslpasswd2", "-p", "-c", "-f", str(sasldb), "-u", realm, name, input=PASSWORD)
    name, realm = ASCII_USER.split("@")
    run("saslpasswd2", "-p", "-c", "-f", str(sasldb), "-u", realm, name, input=ASCII_PASSWORD)
    shutil.chown(sasldb, "root", "postfix")
    sasldb.chmod(0o640)
    run("postfix", "-c", str(etc), "check")  # creates the queue's folders
    run("postfix", "-c", str(etc), "start")
    for port in ports.values():
        wait_for(lambda p=port: port_open(p), 15, f"Postfix on port {port}")
    return {"config": str(etc), "ports": ports, "log": str(log), "queue": str(queue)}


def stop_postfix(info: dict) -> None:
    subprocess.run(["postfix", "-c", info["config"], "stop"], capture_output=True, check=False)
    pid_file = Path(info["queue"]) / "pid" / "master.pid"
    wait_for(lambda: not pid_file.exists() or not _alive(_read_pid(pid_file)), 15, "Postfix")


def _read_pid(path: Path) -> int:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return 0


# -- the Secret Service -----------------------------------------------------------
def start_keyring(root: Path) -> dict:
    home, runtime = root / "home", root / "run"
    home.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    bus = root / "bus"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    dbus = _spawn(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address=unix:path={bus}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    wait_for(bus.exists, 10, "the D-Bus session bus")
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    keyring = _spawn(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    assert keyring.stdin is not None
    keyring.stdin.write(KEYRING_PASSWORD.encode())
    keyring.stdin.close()

    def registered() -> bool:
        found = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.ListNames",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        return "org.freedesktop.secrets" in found.stdout

    wait_for(registered, 15, "gnome-keyring on the bus")
    return {"pids": [keyring.pid, dbus.pid], "env": {k: v for k, v in env.items() if k != "PATH"}}


# -- DNS ---------------------------------------------------------------------------
def start_dns(root: Path, postfix_ports: dict[str, int] | None) -> dict:
    port = free_port(DNS_ADDRESS, socket.SOCK_DGRAM)
    submission = (postfix_ports or {}).get("submission", 587)
    submissions = (postfix_ports or {}).get("implicit", 465)
    records = [
        f"--host-record=mail.{DOMAIN},127.0.0.1",
        f"--host-record={DOMAIN},127.0.0.1",
        f"--mx-host={DOMAIN},mail.{DOMAIN},10",
        # No quotes: on the command line dnsmasq keeps them as part of the text
        # (seen: the SPF check then rightly found no "v=spf1" record).
        f"--txt-record={DOMAIN},v=spf1 ip4:127.0.0.1 -all",
        f"--txt-record=_dmarc.{DOMAIN},v=DMARC1; p=reject; rua=mailto:dmarc@{DOMAIN}",
        f"--srv-host=_submissions._tcp.{DOMAIN},mail.{DOMAIN},{submissions},0,1",
        f"--srv-host=_submission._tcp.{DOMAIN},mail.{DOMAIN},{submission},10,1",
    ]
    log = root / "dnsmasq.log"
    options = [
        "dnsmasq",
        "-k",
        "--conf-file=/dev/null",
        "--no-resolv",
        "--no-hosts",
        "--no-poll",
        "--bind-interfaces",
        f"--listen-address={DNS_ADDRESS}",
        f"--port={port}",
        f"--local=/{DOMAIN}/",
        "--log-queries",
        f"--log-facility={log}",
        "--pid-file=",
    ]
    if os.geteuid() == 0:
        options.append("--user=root")
    with open(root / "dnsmasq.err", "w") as err:
        dns = _spawn(options + records, stdout=err, stderr=err, start_new_session=True)

    def answering() -> bool:
        query = _dns_query(f"mail.{DOMAIN}")
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.settimeout(0.3)
            try:
                sock.sendto(query, (DNS_ADDRESS, port))
                return len(sock.recv(512)) > 12
            except OSError:
                return dns.poll() is not None  # died: stop waiting, report below

    wait_for(answering, 10, "dnsmasq")
    if dns.poll() is not None:
        raise RuntimeError("dnsmasq exited: " + (root / "dnsmasq.err").read_text())
    return {"pid": dns.pid, "address": DNS_ADDRESS, "port": port, "log": str(log)}


def _dns_query(name: str) -> bytes:
    header = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00"
    labels = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00"
    return header + labels + b"\x00\x01\x00\x01"


# -- a real display ----------------------------------------------------------------
def start_display(root: Path) -> dict:
    read, write = os.pipe()
    with open(root / "xvfb.err", "w") as err:
        xvfb = _spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=err,
            stderr=err,
            start_new_session=True,
        )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 15
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        raise RuntimeError("Xvfb did not start: " + (root / "xvfb.err").read_text())
    return {"pid": xvfb.pid, "display": f":{number.decode().strip()}"}


# -- the whole stack ---------------------------------------------------------------
COMPONENTS = {
    "postfix": ("postfix", "saslpasswd2", "openssl"),
    "keyring": ("gnome-keyring-daemon", "dbus-daemon", "dbus-send"),
    "dns": ("dnsmasq",),
    "display": ("Xvfb",),
}


def missing(component: str) -> list[str]:
    extra = ["/usr/sbin", "/sbin"]
    path = os.pathsep.join([os.environ.get("PATH", ""), *extra])
    return [tool for tool in COMPONENTS[component] if shutil.which(tool, path=path) is None]


def start(root: Path = DEFAULT_DIR) -> dict:
    """Start every component this machine can run; say why for the others."""
    os.environ["PATH"] = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])
    if (root / "stack.json").exists():
        stop(root)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    root.chmod(0o755)
    stack: dict = {"dir": str(root), "unavailable": {}}
    try:
        for component in COMPONENTS:
            if lacking := missing(component):
                stack["unavailable"][component] = "not installed: " + ", ".join(lacking)
                continue
            if component == "postfix" and os.geteuid() != 0:
                stack["unavailable"][component] = "Postfix needs root to start"
                continue
            if component == "postfix":
                stack["certs"] = make_certificates(root / "certs")
                stack["postfix"] = start_postfix(root / "postfix", stack["certs"])
            elif component == "keyring":
                stack["keyring"] = start_keyring(root)
            elif component == "dns":
                ports = stack.get("postfix", {}).get("ports")
                stack["dns"] = start_dns(root, ports)
            else:
                stack["display"] = start_display(root)
            _save(root, stack)
    except BaseException:
        _save(root, stack)
        stop(root)
        raise
    _save(root, stack)
    return stack


def _save(root: Path, stack: dict) -> None:
    (root / "stack.json").write_text(json.dumps(stack, indent=2))


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is dead for our purposes.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def restart_keyring(root: Path, stack: dict) -> dict:
    """A fresh daemon on the same keyring files (unlocked again with the password)."""
    _stop_pids(stack["keyring"]["pids"])
    stack["keyring"] = start_keyring(root)
    _save(root, stack)
    return stack["keyring"]


def _stop_pids(pids: list[int]) -> None:
    for pid in pids:
        if _alive(pid):
            os.kill(pid, signal.SIGTERM)
    for pid in pids:
        try:
            wait_for(lambda p=pid: not _alive(p), 5, f"process {pid}")
        except RuntimeError:
            os.kill(pid, signal.SIGKILL)
        child = _CHILDREN.pop(pid, None)
        if child is not None:
            child.wait(5)  # reap our own child


def stop(root: Path = DEFAULT_DIR) -> None:
    """Stop exactly the processes ``start`` recorded, by their PIDs."""
    try:
        stack = json.loads((root / "stack.json").read_text())
    except (OSError, ValueError):
        return
    if "postfix" in stack:
        stop_postfix(stack["postfix"])
    pids = list(stack.get("keyring", {}).get("pids", []))
    pids += [stack[name]["pid"] for name in ("dns", "display") if name in stack]
    _stop_pids(pids)
    (root / "stack.json").unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("start", "stop"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    root = Path(argv[2]) if len(argv) > 2 else DEFAULT_DIR
    if argv[1] == "start":
        print(json.dumps(start(root), indent=2))
    else:
        stop(root)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
