"""The legal assessment shown on a case page: :func:`panah.law.assess.assess` as of a date,
rendered from its JSON tree, each finding with the claims (and their sources) behind it.

If the engine is missing, or refuses the case, the page says the assessment is not available
and why, instead of failing or showing anything invented.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from panah.core.case import Case, CaseIndex
from panah.core.errors import PanahError

__all__ = ["assessment_for"]

log = logging.getLogger(__name__)


def _claim(index: CaseIndex, cid: str) -> dict[str, Any]:
    c = index.claims.get(cid)
    if c is None:
        return {"id": cid}
    src = index.sources.get(c.source)
    return {
        "id": cid,
        "subject": index.label(c.subject),
        "property": c.property,
        "value": c.value,
        "source": c.source,
        "source_title": src.title if src else None,
        "quote": c.locator.quote if c.locator else None,
    }


def _enrich(index: CaseIndex, finding: dict[str, Any], seen: dict[str, dict[str, Any]]) -> None:
    """Each finding's ``claims``: the claims behind it with their sources. A case's ~40
    claims stand behind its ~150 findings about a thousand times: each claim's dictionary is
    made once and shared (``findings_html`` then writes each one once)."""
    claims = []
    for cid in finding.get("facts_used", []):
        claim = seen.get(cid)
        if claim is None:
            claim = seen[cid] = _claim(index, cid)
        claims.append(claim)
    finding["claims"] = claims
    for sub in finding.get("sub_findings", []):
        _enrich(index, sub, seen)


def assessment_for(case: Case, as_of: dt.date) -> dict[str, Any]:
    try:
        from panah.law.assess import assess
    except ImportError:  # pragma: no cover - the engine ships with Panah
        return {"available": False, "as_of": as_of, "reason": "the rules engine is not installed"}
    try:
        data = assess(case, as_of=as_of).to_json()
    except PanahError as exc:
        return {"available": False, "as_of": as_of, "reason": str(exc)}
    except Exception:  # the page must still show the case; the error goes to the log
        log.exception("assessment failed for case %s", case.id)
        return {"available": False, "as_of": as_of, "reason": "the assessment failed (logged)"}
    index = case.index()
    seen: dict[str, dict[str, Any]] = {}
    for person in data["people"]:
        for finding in person["findings"]:
            _enrich(index, finding, seen)
    data["available"] = True
    return data
