"""A draft as a patch to an existing case (``panah ingest --into CASE``).

Organisations are matched by name (equal after folding scripts); proceedings are always
new. The draft's people are matched to the case's people by name: with the identity package's
``compare`` where it exists (looked up when a patch is made, so ingest works without it),
otherwise with a plain comparison of the names' letters across Cyrillic and Latin. A matched
person keeps the case's id; the draft's claims and events are renamed to that id, and the
spellings the case lacks are proposed as new names. New people, claims and events get ids
that the case does not use yet; the source gets the next free ``S<n>``.

:func:`apply_patch` adds a patch to the case's data, so that the result can be checked with
:func:`panah.core.casefile.parse_case` before anyone saves it.
"""

from __future__ import annotations

import copy
import importlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from panah.core.case import Case
from panah.ingest.draft import Draft

__all__ = ["Match", "NameCompare", "apply_patch", "fold", "identity_compare", "make_patch"]

NameCompare = Callable[[str, str], "Match"]


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    verdict: str
    """same, possible or different"""
    reasons: tuple[str, ...] = ()


_RENDERINGS = (
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sh - y - e yu ya a g k n o u u h i"
)
_FOLD = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", _RENDERINGS.split(" "), strict=True))


def fold(name: str) -> str:
    """A rough Latin key for a name in Cyrillic or Latin: lower case, no marks, Kazakh and
    Russian letters to their common English renderings, q->k, y->i, doubled letters once."""
    out = []
    for ch in unicodedata.normalize("NFKD", name.lower()):
        if unicodedata.combining(ch):
            continue
        rep = _FOLD.get(ch)
        out.append(ch if rep is None else ("" if rep == "-" else rep))
    text = "".join(out)
    text = text.replace("q", "k").replace("y", "i").replace("j", "zh").replace("kh", "h")
    text = re.sub(r"[^a-z ]", "", text)
    return re.sub(r"(.)\1+", r"\1", text).strip()


def _fallback_compare(a: str, b: str) -> Match:
    ta, tb = fold(a).split(), fold(b).split()
    if not ta or not tb:
        return Match(0.0, "different", ("empty name",))
    if ta == tb:
        return Match(1.0, "same", ("equal after folding scripts",))
    given_equal = ta[0] == tb[0]
    sa, sb = ta[-1], tb[-1]
    stem = min(len(sa), len(sb), 6)
    surname_close = sa == sb or (stem >= 5 and sa[:stem] == sb[:stem])
    if given_equal and surname_close and len(ta) > 1 and len(tb) > 1:
        return Match(0.9, "same", ("given name equal after folding", "surname shares its stem"))
    if surname_close and len(ta) > 1 and len(tb) > 1 and (ta[0][:1] == tb[0][:1]):
        return Match(0.7, "possible", ("surname shares its stem", "given names share an initial"))
    return Match(0.0, "different", ())


def identity_compare() -> NameCompare | None:
    """The identity package's name comparison, when it is installed, adapted to Match."""
    for module_name, attr in (("panah.identity.compare", "compare"), ("panah.identity", "compare")):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        func = getattr(module, attr, None)
        if callable(func):
            return _adapt(func)
    return None


def _adapt(func: Callable[..., Any]) -> NameCompare:
    def compare(a: str, b: str) -> Match:
        result = func(a, b)
        get = result.get if isinstance(result, dict) else lambda k, d=None: getattr(result, k, d)
        verdict = str(getattr(get("verdict"), "value", get("verdict")) or "different")
        reasons = tuple(str(r) for r in (get("reasons") or ()))
        return Match(float(get("score") or 0.0), verdict, reasons)

    return compare


def _match_people(
    draft: dict[str, Any], case: Case, compare: NameCompare
) -> dict[str, tuple[str, Match]]:
    matches: dict[str, tuple[str, Match]] = {}
    for person in draft["people"]:
        best: tuple[str, Match] | None = None
        for existing in case.people:
            for n1 in person["names"]:
                for n2 in existing.names:
                    try:
                        m = compare(n1["value"], n2.value)
                    except Exception:
                        m = _fallback_compare(n1["value"], n2.value)
                    if m.verdict == "same" and (best is None or m.score > best[1].score):
                        best = (existing.id, m)
        if best is not None:
            matches[person["id"]] = best
    return matches


def make_patch(draft: Draft, case: Case, *, compare: NameCompare | None = None) -> dict[str, Any]:
    """The draft as additions to ``case``: new source, people, names, claims and events."""
    compare = compare or identity_compare() or _fallback_compare
    data = copy.deepcopy(draft.case)
    taken = {ident for ident, _kind, _entity in case.entities()}
    n = 1
    while f"S{n}" in taken:
        n += 1
    renames: dict[str, str] = {data["sources"][0]["id"]: f"S{n}"}
    matches = _match_people(data, case, compare)
    for pid, (existing, _m) in matches.items():
        renames[pid] = existing
    org_matches = _match_organisations(data, case)
    renames.update(org_matches)

    def fresh(ident: str) -> str:
        if ident not in taken:
            taken.add(ident)
            return ident
        k = 2
        while f"{ident}-{k}" in taken:
            k += 1
        taken.add(f"{ident}-{k}")
        return f"{ident}-{k}"

    for person in data["people"]:
        if person["id"] not in renames:
            renames[person["id"]] = fresh(person["id"])
        for rel in person.get("relatives", []):
            renames[rel["id"]] = fresh(rel["id"])
    for org in data.get("organisations", []):
        if org["id"] not in renames:
            renames[org["id"]] = fresh(org["id"])
    for event in data["events"]:
        renames[event["id"]] = fresh(event["id"])
    for pr in data.get("proceedings", []):
        renames[pr["id"]] = fresh(pr["id"])
    for claim in data["claims"]:
        renames[claim["id"]] = fresh(claim["id"])

    def r(ident: str) -> str:
        return renames.get(ident, ident)

    source = dict(data["sources"][0], id=r(data["sources"][0]["id"]))
    claims = [
        dict(c, id=r(c["id"]), subject=r(c["subject"]), source=source["id"]) for c in data["claims"]
    ]
    events = [
        dict(
            e,
            id=r(e["id"]),
            participants=[dict(p, who=r(p["who"])) for p in e.get("participants", [])],
        )
        for e in data["events"]
    ]
    organisations = [
        dict(o, id=r(o["id"]), names=[dict(nv, claims=[r(c) for c in nv.get("claims", [])])
                                      for nv in o["names"]])
        for o in data.get("organisations", [])
        if o["id"] not in org_matches
    ]  # fmt: skip
    proceedings = []
    for pr in data.get("proceedings", []):
        item = dict(
            pr,
            id=r(pr["id"]),
            steps=[r(x) for x in pr.get("steps", [])],
            concerns=[r(x) for x in pr.get("concerns", [])],
        )
        if not item["concerns"]:
            del item["concerns"]
        if "authority" in pr:
            item["authority"] = r(pr["authority"])
        if "claims" in pr:
            item["claims"] = [r(c) for c in pr["claims"]]
        if "relations" in pr:
            item["relations"] = [dict(x, proceeding=r(x["proceeding"])) for x in pr["relations"]]
        proceedings.append(item)
    new_people, matched, names_new = [], [], []
    existing_names = {p.id: {n.value for n in p.names} for p in case.people}
    for person in data["people"]:
        names = [dict(nv, claims=[r(c) for c in nv.get("claims", [])]) for nv in person["names"]]
        relatives = [
            dict(rel, id=r(rel["id"]), claims=[r(c) for c in rel.get("claims", [])])
            for rel in person.get("relatives", [])
        ]
        if person["id"] in matches:
            existing, m = matches[person["id"]]
            matched.append(
                {
                    "draft": person["id"],
                    "existing": existing,
                    "score": m.score,
                    "reasons": list(m.reasons),
                }
            )
            for nv in names:
                if nv["value"] not in existing_names[existing]:
                    names_new.append({"person": existing, "name": dict(nv, preferred=False)})
            if relatives:
                names_new.extend({"person": existing, "relative": rel} for rel in relatives)
            continue
        new_people.append(
            dict(
                person,
                id=r(person["id"]),
                names=names,
                relatives=relatives,
                claims=[r(c) for c in person.get("claims", [])],
            )
        )
    return {
        "into": case.id,
        "source": source,
        "people_matched": matched,
        "people_new": new_people,
        "names_new": names_new,
        "claims": claims,
        "events": events,
        "organisations_new": organisations,
        "organisations_matched": [
            {"draft": draft_id, "existing": existing} for draft_id, existing in org_matches.items()
        ],
        "proceedings": proceedings,
    }


def _match_organisations(draft: dict[str, Any], case: Case) -> dict[str, str]:
    """Draft organisation id -> the case's organisation with a name equal after folding
    scripts and case (the case's "Medeu District Court" is the draft's)."""
    out: dict[str, str] = {}
    known = [(o.id, {fold(n.value) for n in o.names}) for o in case.organisations]
    for org in draft.get("organisations", []):
        keys = {fold(nv["value"]) for nv in org["names"]}
        hit = next((oid for oid, names in known if keys & names), None)
        if hit is not None:
            out[org["id"]] = hit
    return out


def apply_patch(case_data: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """``case_data`` (a case file as a dict) with the patch's additions."""
    out = copy.deepcopy(case_data)
    out.setdefault("sources", []).append(patch["source"])
    out.setdefault("people", []).extend(patch["people_new"])
    by_id = {p["id"]: p for p in out["people"]}
    for item in patch["names_new"]:
        person = by_id[item["person"]]
        if "name" in item:
            person.setdefault("names", []).append(item["name"])
        if "relative" in item:
            person.setdefault("relatives", []).append(item["relative"])
    out.setdefault("claims", []).extend(patch["claims"])
    out.setdefault("events", []).extend(patch["events"])
    if patch.get("organisations_new"):
        out.setdefault("organisations", []).extend(patch["organisations_new"])
    if patch.get("proceedings"):
        out.setdefault("proceedings", []).extend(patch["proceedings"])
    return out
