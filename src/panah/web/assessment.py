"""The legal assessment shown on a case page: :func:`panah.law.assess.assess` as of a date,
rendered from its JSON tree, each finding with the claims (and their sources) behind it.

If the engine is missing, or refuses the case, the page says the assessment is not available
and why, instead of failing or showing anything invented.

The assessment as of today is stored with the case (``CaseAssessment``: written with every
save of the case and by the daily ``deadlines_refresh``, in every interface language). Given
the case's row (``record_pk``) and version, the page reads it when its version, date and
language are those asked for: decrypting and reading it costs about a millisecond, the
engine 5-7 ms. Otherwise (another date, ``?as_of=``, a case saved before the stored
assessments existed and not refreshed since) the engine runs as before.

Given the version of the case (``version=(record key, record version)``), the result is
remembered in the process for that version, date and language (the last
:data:`REMEMBERED` of them): a team reopening its cases gets the page without the engine's
6-7 ms of CPU (a third of the page). It does not show in ``bench/web_load.py``, where each
request opens another of 10,000 cases.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

from django.utils import timezone
from django.utils.translation import get_language

from panah.core.case import Case, CaseIndex
from panah.core.errors import PanahError
from panah.law.i18n import current_language
from panah.storage.django_orm.lookup import first_values
from panah.storage.django_orm.models import CaseAssessment

__all__ = [
    "REMEMBERED",
    "assessment_for",
    "finding_ids",
    "finding_in",
    "forget_assessments",
    "stored_assessment",
]

log = logging.getLogger(__name__)

REMEMBERED = 32
"""Assessments kept per process (each a few hundred kB of findings)."""
_remembered: OrderedDict[Hashable, dict[str, Any]] = OrderedDict()
_lock = threading.Lock()


def forget_assessments() -> None:
    """Drop every remembered assessment (tests; a process that reloads the law packs)."""
    with _lock:
        _remembered.clear()


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
    """Each finding's ``claims``: the claims behind it with their sources. The same claims
    stand behind many findings (a generated case's ~140 findings cite ~20 claims ~300 times):
    each claim's dictionary is made once and shared (``findings_html`` writes each once)."""
    claims = []
    for cid in finding.get("facts_used", []):
        claim = seen.get(cid)
        if claim is None:
            claim = seen[cid] = _claim(index, cid)
        claims.append(claim)
    finding["claims"] = claims
    for sub in finding.get("sub_findings", []):
        _enrich(index, sub, seen)


def assessment_for(
    case: Case,
    as_of: dt.date,
    *,
    version: Hashable | None = None,
    stored: tuple[int, int] | None = None,
    summary: bool = False,
) -> dict[str, Any]:
    """The assessment as of the date, each finding with its claims, as a JSON-like tree.

    With ``version`` (what identifies this content of the case: the record's key and version
    number) the tree is remembered for that version, date and language, and the same tree
    is returned to later callers: it must be read, never changed. With ``stored`` (the case
    row's primary key and version) the assessment stored with the case is used when it is of
    that version, of this date and in the engine's current language.

    With ``summary``, what the case page shows before a finding is opened is enough: the
    stored summary (:mod:`panah.storage.django_orm.assessment_summary`: each top-level
    finding without its sub-findings, facts and claims) when there is one, else the whole
    tree.
    """
    if version is None:
        return _assess(case, as_of, stored, summary=summary)
    key = (version, as_of, current_language(), get_language())
    with _lock:
        # A whole tree serves a summary's caller too.
        for k in (key, (*key, "summary")) if summary else (key,):
            found = _remembered.get(k)
            if found is not None:
                _remembered.move_to_end(k)
                return found
    data = _assess(case, as_of, stored, summary=summary)
    if data["available"]:  # a failure is logged and tried again next time
        with _lock:
            _remembered[(*key, "summary") if data.get("summary") else key] = data
            while len(_remembered) > REMEMBERED:
                _remembered.popitem(last=False)
    return data


def stored_assessment(
    pk: int, version: int, as_of: dt.date, language: str, *, summary: bool = False
) -> Any | None:
    """The stored ``assess(...).to_json()`` of case row ``pk`` at ``version`` as of the date in
    the engine language, or None if there is none that fresh (the daily refresh has not run,
    the case changed since, another date or language). With ``summary``, its stored summary
    (marked ``"summary": True``) if the row has one."""
    if as_of != timezone.localdate():  # only today's is stored
        return None
    # (one row per case and language; one column read: each is decrypted and decompressed
    # as it is read)
    where = {"case": pk, "language": language, "version": version, "as_of": as_of}
    if summary:
        found = first_values(CaseAssessment, ("summary",), **where)
        if found is None:
            return None
        if found[0]:
            data = json.loads(found[0])
            data["summary"] = True
            return data
    found = first_values(CaseAssessment, ("data",), **where)
    return None if found is None else json.loads(found[0])


def _assess(
    case: Case, as_of: dt.date, stored: tuple[int, int] | None = None, *, summary: bool = False
) -> dict[str, Any]:
    data: dict[str, Any] | None = (
        stored_assessment(*stored, as_of, current_language(), summary=summary) if stored else None
    )
    if data is not None:
        if data.get("summary"):  # nothing behind its findings to add
            data["available"] = True
            return data
        return _enriched(case, data)
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
    return _enriched(case, data)


def _enriched(case: Case, data: dict[str, Any]) -> dict[str, Any]:
    index = case.index()
    seen: dict[str, dict[str, Any]] = {}
    for person in data["people"]:
        for finding in person["findings"]:
            _enrich(index, finding, seen)
    data["available"] = True
    return data


def finding_ids(person: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A person's top-level findings, each with its id in the case's assessment:
    ``<person id>/<provision id>`` (``p-arman/intl/refugee-convention-1951/art-33/para-1``),
    readable, and the same on any date and version of the case as long as the engine finds on
    that provision. Should a person hold two findings on one provision, the later ones are
    ``...~2``, ``...~3`` in their order."""
    seen: dict[str, int] = {}
    out = []
    for f in person["findings"]:
        base = f"{person['person']}/{f['provision']}"
        n = seen[base] = seen.get(base, 0) + 1
        out.append((base if n == 1 else f"{base}~{n}", f))
    return out


def finding_in(
    assessment: dict[str, Any], ident: str
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The person's assessment and the top-level finding ``ident`` (:func:`finding_ids`)
    in ``assessment``, or None if it has no such finding."""
    if not assessment.get("available"):
        return None
    person_id = ident.partition("/")[0]
    for person in assessment["people"]:
        if person["person"] == person_id:
            for found, f in finding_ids(person):
                if found == ident:
                    return person, f
    return None
