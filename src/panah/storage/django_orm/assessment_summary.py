"""What a case page shows of an assessment before any finding is opened, stored beside the
whole assessment (``CaseAssessment.summary``) so that the page reads a tenth of it.

The whole ``assess(...).to_json()`` of a generated case is 80-170 kB of JSON; decrypting,
decompressing and parsing it was about 1.5 ms of the case page's ~19 ms of CPU
(``bench/web_case_cpu.py``), though the page shows of each finding only its outcome, title,
citation, verification level, whether facts it used are disputed and its explanation (on
one line): the rest (sub-findings, the facts behind it, details) is loaded when the finding
is opened, from the whole assessment.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["FINDING_KEYS", "assessment_summary", "assessment_summary_json"]

FINDING_KEYS = ("provision", "kind", "outcome", "verification", "title", "citation", "explanation")
"""The keys of a top-level finding that the summary keeps as they are."""


def assessment_summary(tree: dict[str, Any]) -> dict[str, Any]:
    """``tree`` (``Assessment.to_json()``) with each person's findings cut to what the case
    page shows of them: :data:`FINDING_KEYS`, and ``disputed`` as the number of disputed
    facts. Everything else (the case, date, calendar, notes, each person's alerts and
    deadlines) is kept whole."""
    return {
        **{k: v for k, v in tree.items() if k != "people"},
        "people": [
            {
                **{k: v for k, v in person.items() if k != "findings"},
                "findings": [
                    {
                        **{k: f[k] for k in FINDING_KEYS if k in f},
                        "disputed": len(f.get("disputed") or ()),
                    }
                    for f in person["findings"]
                ],
            }
            for person in tree["people"]
        ],
    }


def assessment_summary_json(text: str) -> str:
    """:func:`assessment_summary` of an assessment's JSON text, as JSON text."""
    return json.dumps(
        assessment_summary(json.loads(text)), ensure_ascii=False, separators=(",", ":")
    )
