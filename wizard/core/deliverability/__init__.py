"""Will mail from this server land? SPF, DMARC, MX and DNS blocklists.

Each check yields a :class:`Finding`: pass / warn / fail / unknown ("couldn't
check") with a plain explanation and, where it helps, the exact DNS record to
publish. A resolver that timed out or failed (SERVFAIL) is always "couldn't
check", never "missing" (see :mod:`wizard.core.dnsquery`).

Findings come in order of what matters (:data:`IMPORTANCE`): what gets mail
refused first, then records worth publishing, then what is fine, then what
could not be checked. A missing record is advice ("Recommended"), not a
"Problem": a problem is something receivers will hold against the mail.

Texts are English sources marked for translation (context ``Deliverability``);
``{placeholders}`` are filled in after translation.

Layout: :mod:`.catalogue` (the words and their order), :mod:`.finding`,
:mod:`.spf_advice`, :mod:`.dmarc`, :mod:`.mx`, :mod:`.blocklists` and
:mod:`.report` (``check_domain``). Import from this package, not the modules.
"""

from __future__ import annotations

from .blocklists import DEFAULT_BLOCKLISTS, check_blocklist

# The parsers' internals stay importable from here too (``_listing``, ``_reverse``,
# ``_ascii_digits``, ``_organizational``): tests written against the single module
# (fuzzing the DNSBL and DMARC readers) keep working; new code imports the module.
from .blocklists import _listing as _listing
from .blocklists import _reverse as _reverse
from .catalogue import (
    ALIGNMENT_HINTS,
    DMARC_PROBLEMS,
    FINDINGS,
    IMPORTANCE,
    REASON_TEXTS,
    REASONS,
    STATUS_LABELS,
    Status,
)
from .dmarc import DmarcError, check_dmarc, parse_dmarc
from .dmarc import _ascii_digits as _ascii_digits
from .dmarc import _organizational as _organizational
from .finding import Finding
from .mx import check_mx
from .report import Report, check_domain, server_addresses
from .spf_advice import check_spf, spf_suggestion, with_mechanism

__all__ = [
    "ALIGNMENT_HINTS",
    "DEFAULT_BLOCKLISTS",
    "DMARC_PROBLEMS",
    "FINDINGS",
    "IMPORTANCE",
    "REASONS",
    "REASON_TEXTS",
    "STATUS_LABELS",
    "DmarcError",
    "Finding",
    "Report",
    "Status",
    "check_blocklist",
    "check_dmarc",
    "check_domain",
    "check_mx",
    "check_spf",
    "parse_dmarc",
    "server_addresses",
    "spf_suggestion",
    "with_mechanism",
]
