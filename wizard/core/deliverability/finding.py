"""A finding: one check's verdict, rendered from the catalogue in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..i18n import fill
from .catalogue import (
    _C,
    _STATUS_ORDER,
    ALIGNMENT_HINTS,
    FINDINGS,
    IMPORTANCE,
    REASON_TEXTS,
    Status,
)


@dataclass
class Finding:
    check: str  # "spf" | "dmarc" | "mx" | "dnsbl"
    code: str
    status: Status
    params: dict[str, str] = field(default_factory=dict)
    record_name: str = ""  # where to publish ``record``
    record: str = ""  # the exact record to publish, when we know it
    detail: str = ""  # technical detail (English), e.g. the record as found
    wording: str = ""  # a FINDINGS key other than the code's own, e.g. "SPF_MISSING:ask"

    @property
    def importance(self) -> tuple[int, int]:
        """Sort key: most important first; a badge's status never comes after a milder one."""
        rank = IMPORTANCE.index(self.code) if self.code in IMPORTANCE else len(IMPORTANCE)
        return _STATUS_ORDER.index(self.status), rank

    def render(self, translate: Any = None) -> tuple[str, str]:
        title, explanation = FINDINGS[self.wording or self.code]
        if translate is not None:
            title, explanation = translate(_C, title), translate(_C, explanation)

        def text(source: str) -> str:
            return translate(_C, source) if translate is not None else source

        params = dict(self.params)
        # "reason" and "alignment" hold codes; their words are translated here.
        if params.get("reason", "") in REASON_TEXTS:
            params["reason"] = text(REASON_TEXTS[params["reason"]]).replace(
                "{value}", params.get("value", "")
            )
        hint = ALIGNMENT_HINTS.get(params.get("alignment", ""), "")
        params["alignment"] = fill(text(hint), params) if hint else ""
        return fill(title, params), fill(explanation, params).strip()

    def to_dict(self, translate: Any = None) -> dict[str, object]:
        title, explanation = self.render(translate)
        return {
            "check": self.check,
            "code": self.code,
            "status": self.status.value,
            "title": title,
            "explanation": explanation,
            "record_name": self.record_name or None,
            "record": self.record or None,
            "detail": self.detail,
        }
