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


def _claims(index: CaseIndex, ids: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for cid in ids:
        c = index.claims.get(cid)
        if c is None:
            out.append({"id": cid})
            continue
        src = index.sources.get(c.source)
        out.append(
            {
                "id": cid,
                "subject": index.label(c.subject),
                "property": c.property,
                "value": c.value,
                "source": c.source,
                "source_title": src.title if src else None,
                "quote": c.locator.quote if c.locator else None,
            }
        )
    return out


def _enrich(index: CaseIndex, finding: dict[str, Any]) -> None:
    finding["claims"] = _claims(index, finding.get("facts_used", []))
    for sub in finding.get("sub_findings", []):
        _enrich(index, sub)


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
    for person in data["people"]:
        for finding in person["findings"]:
            _enrich(index, finding)
    data["available"] = True
    return data
