"""DMARC (RFC 7489): the domain's policy, found on the domain or its organizational domain."""

from __future__ import annotations

from publicsuffixlist import PublicSuffixList

from ..dnsquery import DnsClient, DnsMissing, DnsUnavailable
from ..providers import Provider
from .catalogue import DMARC_PROBLEMS, Status
from .finding import Finding

_DMARC_POLICIES = {"none", "quarantine", "reject"}
# Bulk-mail providers whose bounce (envelope) domain is their own.
_ESP_PREFIXES = (
    "ses_",
    "sendgrid",
    "mailgun",
    "postmark",
    "brevo",
    "mailjet",
    "sparkpost",
    "mandrill",
)


class DmarcError(ValueError):
    def __init__(self, problem: str, value: str = "") -> None:
        super().__init__(DMARC_PROBLEMS[problem].replace("{value}", value))
        self.problem = problem
        self.value = value


def parse_dmarc(text: str) -> dict[str, str]:
    """Tag list of a DMARC record (RFC 7489 6.4); raise DmarcError saying what is wrong."""
    tags: dict[str, str] = {}
    for index, part in enumerate(p.strip() for p in text.split(";")):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep:
            raise DmarcError("pair", part)
        if index == 0 and (key != "v" or value != "DMARC1"):
            raise DmarcError("version")
        tags[key] = value
    if "p" not in tags:
        raise DmarcError("no_policy")
    if tags["p"].lower() not in _DMARC_POLICIES:
        raise DmarcError("policy", tags["p"])
    for key in ("adkim", "aspf"):
        if key in tags and tags[key].lower() not in ("r", "s"):
            raise DmarcError("alignment", f"{key}={tags[key]}")
    if "pct" in tags and not (_ascii_digits(tags["pct"]) and int(tags["pct"]) <= 100):
        raise DmarcError("pct", tags["pct"])
    return tags


def _ascii_digits(text: str) -> bool:
    """Only ASCII 0-9: str.isdigit() also takes superscripts (int() raises) and other
    scripts' digits (int() reads them), neither of which RFC 7489 allows."""
    return bool(text) and text.isascii() and text.isdigit()


_psl: PublicSuffixList | None = None


def _organizational(domain: str) -> str:
    """The organizational domain (RFC 7489 3.2): the public suffix plus one label, from the
    bundled public suffix list. "" when ``domain`` is itself a public suffix."""
    global _psl  # loaded once, on first use
    if _psl is None:
        _psl = PublicSuffixList()
    return _psl.privatesuffix(domain.lower().rstrip(".")) or ""


async def check_dmarc(dns: DnsClient, domain: str, provider: Provider | None) -> Finding:
    params = {"domain": domain}
    suggestion = f"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}"
    where = domain
    records: list[str] = []
    for name in dict.fromkeys(filter(None, (domain, _organizational(domain)))):
        try:
            texts = await dns.txt(f"_dmarc.{name}")
        except DnsMissing:
            continue
        except DnsUnavailable as exc:
            params["reason"] = exc.reason
            return Finding("dmarc", "DMARC_UNAVAILABLE", Status.UNKNOWN, params, detail=str(exc))
        records = [t for t in texts if t.replace(" ", "").lower().startswith("v=dmarc1")]
        if records:
            where = name
            break
    if not records:
        return Finding(
            "dmarc",
            "DMARC_MISSING",
            Status.WARN,
            params,
            record_name=f"_dmarc.{domain}",
            record=suggestion,
        )
    try:
        if len(records) > 1:
            raise DmarcError("two")
        tags = parse_dmarc(records[0])
    except DmarcError as exc:
        params["reason"] = f"dmarc:{exc.problem}"
        params["value"] = exc.value
        return Finding(
            "dmarc",
            "DMARC_MALFORMED",
            Status.FAIL,
            params,
            record_name=f"_dmarc.{where}",
            record=suggestion,
            detail=" | ".join(records),
        )
    policy = tags["p"].lower()
    if where != domain and "sp" in tags:
        policy = tags["sp"].lower()
    params["policy"] = policy
    params["alignment"] = ""
    if provider is not None and provider.id.startswith(_ESP_PREFIXES):
        params["alignment"] = "esp"
        params["provider"] = provider.name
    elif tags.get("aspf", "r").lower() == "s":
        params["alignment"] = "strict_spf"
    if policy == "none":
        return Finding("dmarc", "DMARC_MONITOR", Status.WARN, params, detail=records[0])
    return Finding("dmarc", "DMARC_ENFORCED", Status.PASS, params, detail=records[0])
