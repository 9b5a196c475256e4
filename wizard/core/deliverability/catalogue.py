"""The words of every deliverability finding, and the order findings come in.

Texts are English sources marked for translation (context ``Deliverability``:
keep it, the Spanish is stored under it); ``{placeholders}`` are filled in
after translation (see :meth:`~wizard.core.deliverability.finding.Finding.render`).
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..status import STATUS_LABELS as STATUS_LABELS  # re-exported: see status.py
from ..status import Status as Status

_C = "Deliverability"


# code -> (title, explanation)
FINDINGS: dict[str, tuple[str, str]] = {
    "SPF_PASS": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF authorizes this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} allows mail sent through {server} (it matches "
            "\u201c{mechanism}\u201d).",
        ),
    ),
    "SPF_INCLUDE_PRESENT": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF authorizes {provider}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} includes {include}, which {provider} asks its "
            "customers to publish.",
        ),
    ),
    "SPF_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish an SPF record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} does not say which servers may send its mail. Many receivers (Gmail, "
            "Microsoft) put such mail in spam or refuse it. Publish this TXT record on {domain}:",
        ),
    ),
    # SPF_MISSING when nothing is known to suggest (no server given, no MX records).
    "SPF_MISSING:ask": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish an SPF record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} does not say which servers may send its mail. Many receivers (Gmail, "
            "Microsoft) put such mail in spam or refuse it. Ask whoever runs your mail server "
            "which SPF record to publish on {domain}.",
        ),
    ),
    "SPF_NOT_AUTHORIZED": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF does not authorize this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} does not list {server}, so receivers will treat mail "
            "from it as {result}. Replace the record with this one:",
        ),
    ),
    "SPF_WEAK": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF does not vouch for this server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} does not list {server} and ends with a {result} "
            "result, which receivers treat as suspicious. Replace the record with this one:",
        ),
    ),
    "SPF_TWO_RECORDS": (
        QT_TRANSLATE_NOOP("Deliverability", "Two SPF records"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} publishes more than one SPF record. That is an error (RFC 7208): "
            "receivers ignore both. Merge them into one record.",
        ),
    ),
    "SPF_TOO_MANY_LOOKUPS": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF record needs too many look-ups"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "Checking the SPF record of {domain} takes more than 10 DNS look-ups (includes, "
            "a, mx, ptr, exists, redirect). Receivers stop and treat it as an error. Remove "
            "includes of services you no longer use, or replace some with ip4:/ip6: ranges.",
        ),
    ),
    "SPF_BROKEN": (
        QT_TRANSLATE_NOOP("Deliverability", "SPF record is broken"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The SPF record of {domain} has an error, so receivers ignore it: {reason}.",
        ),
    ),
    "SPF_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check SPF"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The DNS look-up for the SPF record of {domain} failed ({reason}). This says "
            "nothing about whether the record exists; try again later or with another DNS server.",
        ),
    ),
    "SPF_NO_SERVER": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check SPF against the server"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The address of the server {server} could not be found, so we could not see "
            "whether SPF allows it.",
        ),
    ),
    "DMARC_ENFORCED": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC policy in place"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes a DMARC policy of "{policy}": receivers reject or quarantine '
            "mail that fails SPF and DKIM alignment. {alignment}",
        ),
    ),
    "DMARC_MONITOR": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC only monitors"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes DMARC with policy "none": nothing is enforced yet. That is a '
            'fine start; move to "quarantine" once the reports show all your mail aligns. '
            "{alignment}",
        ),
    ),
    "DMARC_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "Publish a DMARC record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} has no DMARC record. Gmail and Yahoo require one from bulk senders, and "
            "it protects your domain from spoofing. Start by publishing this TXT record:",
        ),
    ),
    "DMARC_MALFORMED": (
        QT_TRANSLATE_NOOP("Deliverability", "DMARC record is malformed"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The DMARC record of {domain} cannot be used, so receivers ignore it: {reason}. "
            "A valid minimal record is:",
        ),
    ),
    "DMARC_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check DMARC"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "The DNS look-up for the DMARC record of {domain} failed ({reason})."
        ),
    ),
    "MX_PRESENT": (
        QT_TRANSLATE_NOOP("Deliverability", "The domain receives mail"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "Replies and bounces to {domain} are delivered to {hosts}."
        ),
    ),
    "MX_NULL": (
        QT_TRANSLATE_NOOP("Deliverability", "The domain accepts no mail"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            '{domain} publishes a "null MX" (RFC 7505): it receives no mail, so replies and '
            "bounces to your From address are lost, and some receivers refuse mail from it.",
        ),
    ),
    "MX_MISSING": (
        QT_TRANSLATE_NOOP("Deliverability", "No MX record"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{domain} has no MX record, so replies may not arrive and some receivers refuse "
            "mail from domains that cannot receive any.",
        ),
    ),
    "MX_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check MX"),
        QT_TRANSLATE_NOOP(
            "Deliverability", "The DNS look-up for the MX records of {domain} failed ({reason})."
        ),
    ),
    "DNSBL_CLEAN": (
        QT_TRANSLATE_NOOP("Deliverability", "Not listed on {list}"),
        QT_TRANSLATE_NOOP("Deliverability", "{addresses} is not on the {list} blocklist."),
    ),
    "DNSBL_LISTED": (
        QT_TRANSLATE_NOOP("Deliverability", "Listed on {list}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "{addresses} is on the {list} blocklist ({code}), so many receivers refuse its "
            "mail. Ask whoever runs the server (or your provider) to request removal.",
        ),
    ),
    "DNSBL_UNAVAILABLE": (
        QT_TRANSLATE_NOOP("Deliverability", "Couldn't check {list}"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The {list} blocklist did not give a usable answer ({reason}). Some lists refuse "
            "queries from public DNS resolvers; this is not a listing.",
        ),
    ),
    "DNSBL_PRIVATE": (
        QT_TRANSLATE_NOOP("Deliverability", "Blocklists: nothing to check"),
        QT_TRANSLATE_NOOP(
            "Deliverability",
            "The server {server} has a private address ({addresses}); the address it sends "
            "from on the internet is not known here, so blocklists could not be checked.",
        ),
    ),
}

ALIGNMENT_HINTS = {
    "strict_spf": QT_TRANSLATE_NOOP(
        "Deliverability",
        "SPF alignment is strict (aspf=s): the bounce address (envelope sender) must use "
        "exactly this domain, "
        "not a subdomain.",
    ),
    "esp": QT_TRANSLATE_NOOP(
        "Deliverability",
        "{provider} sends with its own bounce domain, so SPF will not align with your From: "
        "set up DKIM signing for your domain in {provider} so DMARC passes.",
    ),
}

# Codes in order of what matters to someone whose test message just went through:
# what will get mail refused, then records worth publishing or fixing, then what is
# fine, then what could not be checked (which is never "missing").
IMPORTANCE = (
    "SPF_NOT_AUTHORIZED",
    "DNSBL_LISTED",
    "SPF_TWO_RECORDS",
    "SPF_TOO_MANY_LOOKUPS",
    "SPF_BROKEN",
    "DMARC_MALFORMED",
    "SPF_MISSING",
    "DMARC_MISSING",
    "SPF_WEAK",
    "MX_NULL",
    "MX_MISSING",
    "DMARC_MONITOR",
    "SPF_PASS",
    "SPF_INCLUDE_PRESENT",
    "DMARC_ENFORCED",
    "MX_PRESENT",
    "DNSBL_CLEAN",
    "SPF_UNAVAILABLE",
    "SPF_NO_SERVER",
    "DMARC_UNAVAILABLE",
    "MX_UNAVAILABLE",
    "DNSBL_UNAVAILABLE",
    "DNSBL_PRIVATE",
)
_STATUS_ORDER = (Status.FAIL, Status.WARN, Status.PASS, Status.UNKNOWN)

# Why a look-up failed, in words ({reason} in the texts above).
REASONS = {
    "timeout": QT_TRANSLATE_NOOP("Deliverability", "the DNS server did not answer in time"),
    "servfail": QT_TRANSLATE_NOOP("Deliverability", "the DNS server reported a failure"),
    "control query failed": QT_TRANSLATE_NOOP(
        "Deliverability", "the list's test entry did not answer as expected"
    ),
}


DMARC_PROBLEMS = {
    "pair": QT_TRANSLATE_NOOP("Deliverability", "\u201c{value}\u201d is not a tag=value pair"),
    "version": QT_TRANSLATE_NOOP("Deliverability", "the record must start with v=DMARC1"),
    "no_policy": QT_TRANSLATE_NOOP("Deliverability", "the policy tag p= is missing"),
    "policy": QT_TRANSLATE_NOOP("Deliverability", "p={value} is not none, quarantine or reject"),
    "alignment": QT_TRANSLATE_NOOP("Deliverability", "{value} is not r or s"),
    "pct": QT_TRANSLATE_NOOP("Deliverability", "pct={value} is not between 0 and 100"),
    "two": QT_TRANSLATE_NOOP("Deliverability", "there is more than one DMARC record"),
}


# Every code a finding's {reason} may hold, with its words.
REASON_TEXTS = {**REASONS, **{f"dmarc:{k}": v for k, v in DMARC_PROBLEMS.items()}}
