"""What a passed check proved, in facts a person can repeat: who sent to whom,
whether a message really went out, and the server's queue id for it.

"Test passed" alone is a claim; "mail from ops@acme.test to ops@acme.test was
accepted by smtp.acme.test; queued as 7E9BE2180E6" is evidence an admin can
look up in the server's log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .engine import CheckResult, StepResult, StepStatus
from .stages import Stage

# Where servers name the message they queued, in their reply to the end of DATA:
# Postfix/aiosmtpd "250 2.0.0 Ok: queued as 7E9BE2180E6", Exim "250 OK id=1rA2b3-000Cd4-EF".
_QUEUE_ID = (
    re.compile(r"\bqueued as\s+<?([A-Za-z0-9][\w.@-]*)", re.IGNORECASE),
    re.compile(r"\bid=([A-Za-z0-9][\w.-]*)"),
)


def queue_id(reply: str) -> str:
    """The queue id in a reply to DATA, or "" when the server names none."""
    for pattern in _QUEUE_ID:
        if match := pattern.search(reply):
            return match.group(1).rstrip(".")
    return ""


@dataclass(frozen=True)
class Proof:
    sender: str  # the From the message carried (sent), or the sender the server accepted
    recipient: str
    sent: bool  # a real message went through DATA
    queue_id: str = ""
    reply: str = ""  # the server's reply to the message (sent only)


def proof_of(result: CheckResult, from_address: str = "") -> Proof | None:
    """The facts behind a pass; None for a failure or a result without an envelope.

    ``from_address`` is the From the run tested (the one on screen): without a
    message, it is named when the server accepted it as a sender (MAIL or "send as");
    otherwise the sender the server accepted is.
    """
    if not result.ok:
        return None
    steps = {step.stage: step for step in result.steps}
    mail, rcpt = steps.get(Stage.MAIL), steps.get(Stage.RCPT)
    if mail is None or rcpt is None:
        return None
    data = steps.get(Stage.DATA)
    if data is not None and _ok(data):
        sender = data.subject or mail.subject
        return Proof(sender, rcpt.subject, True, queue_id(data.reply), data.reply)
    accepted = [s.subject.lower() for s in (mail, steps.get(Stage.SEND_AS)) if s and _ok(s)]
    sender = from_address if from_address.lower() in accepted else mail.subject
    return Proof(sender, rcpt.subject, False)


def _ok(step: StepResult | None) -> bool:
    return step is not None and step.status is StepStatus.OK
