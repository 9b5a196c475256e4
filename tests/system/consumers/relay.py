"""A second Postfix instance that relays through the system tier's Postfix with
the ``postfix`` export's settings (TARGETS.md §8).

The instance has no listener: a message goes in with its own ``sendmail -C``,
pickup and qmgr hand it to the ``smtp`` client, which uses the exported
``relayhost``, TLS level and ``sasl_passwd`` map. Needs root, like the stack.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.system.stack import MASTER_SERVICES, run, wait_for

# What the host provides, not the export: a private queue and log, no listener,
# local names resolved by /etc/hosts (this machine has no DNS for "localhost";
# Postfix's smtp client asks DNS by default).
BASE_MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {queue}
data_directory = {data}
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = relay.system.test
mydomain = system.test
myorigin = $mydomain
mydestination =
smtp_host_lookup = native
maillog_file = {log}
maillog_file_prefixes = {root}
smtputf8_enable = no
biff = no
"""

# Where the export says /etc/postfix/, this instance's folder stands in (the
# export is written for the default instance).
EXPORT_DIR = "/etc/postfix/"


@dataclass
class RelayInstance:
    root: Path
    etc: Path
    log: Path
    queue: Path

    def send(self, sender: str, recipient: str, subject: str) -> None:
        message = f"From: {sender}\nTo: {recipient}\nSubject: {subject}\n\nVia the relay.\n"
        run("sendmail", "-C", str(self.etc), "-f", sender, recipient, input=message)

    def flush(self) -> None:
        subprocess.run(["postqueue", "-c", str(self.etc), "-f"], capture_output=True, check=False)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self) -> None:
        subprocess.run(["postfix", "-c", str(self.etc), "stop"], capture_output=True, check=False)
        pid_file = self.queue / "pid" / "master.pid"

        def stopped() -> bool:
            try:
                pid = int(pid_file.read_text().strip())
            except (OSError, ValueError):
                return True
            return not Path(f"/proc/{pid}").exists()

        wait_for(stopped, 15, "the relay Postfix")


def start_relay(root: Path, main_cf_lines: str, sasl_passwd: str, apply: str) -> RelayInstance:
    """Configure and start the instance, then run the export's own commands
    (``apply``: chown/chmod, ``postmap``, ``postfix reload``) against it: with
    ``MAIL_CONFIG`` naming this instance, as ``postmulti -x`` would."""
    etc, queue, data = root / "etc", root / "queue", root / "data"
    for folder in (etc, queue, data):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.chown(data, "postfix")
    log = root / "postfix.log"
    exported = main_cf_lines.replace(EXPORT_DIR, f"{etc}/")
    (etc / "main.cf").write_text(
        BASE_MAIN_CF.format(queue=queue, data=data, log=log, root=root) + exported + "\n"
    )
    (etc / "master.cf").write_text(MASTER_SERVICES)
    sasl_file = etc / "sasl_passwd"
    sasl_file.write_text(sasl_passwd if sasl_passwd.endswith("\n") else sasl_passwd + "\n")
    sasl_file.chmod(0o600)
    run("postfix", "-c", str(etc), "check")
    run("postfix", "-c", str(etc), "start")
    wait_for(lambda: (queue / "pid" / "master.pid").exists(), 15, "the relay Postfix")
    env = {**os.environ, "MAIL_CONFIG": str(etc)}
    env["PATH"] = env.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin"
    run("sh", "-e", "-c", apply.replace(EXPORT_DIR, f"{etc}/"), env=env)
    assert re.search(r"hash:", exported) is None or any(etc.glob("*.db")), "postmap made no map"
    return RelayInstance(root=root, etc=etc, log=log, queue=queue)
