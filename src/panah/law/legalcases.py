"""YAML legal test cases: a small case (or the reference case), a date, and what the law says.

Each law pack keeps its cases next to the rules, in ``<instrument_pkg>/cases/*.yaml``; pytest
collects them (``src/panah/jurisdictions/conftest.py``) and the registry lists them under the
provisions they name (``panah law show``). A file is a top-level ``cases:`` list; each case::

    - name: hand-over window, last day                       # readable, unique in the file
      provisions: [kz/kz-cn-border-agreement-2006/art-32]     # what it tests
      as_of: 2019-10-21
      story:                                                  # a minimal case, written short
        person: {citizenship: CN}                             # overrides for person p1
        events:
          - {id: cross, type: border_crossing_outside_checkpoint, date: "2019-10-06"}
          - {id: held, type: detention_host, date: "2019-10-14"}
      expect:
        deadlines:
          - {id: kz-cn-hand-over-window, due: 2019-10-21, status: running}

Instead of ``story`` a case may give ``case`` (a whole inline case file) or ``case_file`` (a
path from the repository root, e.g. the reference case), and ``person`` to assess one person.
In a story, an event's ``date`` may be a list (one claim per value, each from its own source:
a dispute), ``working`` picks the working value, ``facts`` adds claims (``{charge: ...}``) and
``people`` lists people (``p1`` by default) the event concerns.

``expect`` may hold ``findings`` (provision, outcome, verification, kind, title,
explanation_contains, details), ``no_findings``, ``deadlines`` (id, due, status, starts_on,
provision, verification, unit, disputed), ``no_deadlines``, ``alerts`` (id, severity,
message_contains, actions_include) and ``no_alerts``.

A case about the law itself (provisions that are data only) gives ``law:`` checks instead::

      law:
        - {provision: kz/criminal-code-2014/art-392/part-1, on: 2025-09-16, in_force: true,
           verification: primary, summary_contains: "1 year"}
        - {parameter: kz/republican-budget-laws/mci-tenge, on: 2019-06-01, value: 2525}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.core.errors import NotFoundError
from panah.law.assess import Assessment, PersonAssessment, assess
from panah.law.findings import Finding
from panah.law.registry import Registry
from panah.law.yamlload import LawPackError, read_yaml

__all__ = ["LegalCase", "check", "parse_cases", "story_case"]

_CASE_KEYS = {"name", "provisions", "as_of", "story", "case", "case_file", "person", "expect",
              "law", "notes"}
_EXPECT_KEYS = {"findings", "no_findings", "deadlines", "no_deadlines", "alerts", "no_alerts"}


@dataclass(frozen=True)
class LegalCase:
    name: str
    provisions: tuple[str, ...]
    file: str
    line: int | None
    data: dict[str, Any] = field(repr=False)


def parse_cases(text: str, *, file: str) -> list[LegalCase]:
    """Read a ``cases/*.yaml`` file; LawPackError names file and line of each problem."""
    located = read_yaml(text, file=file)
    data = located.data
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise LawPackError([located.problem((), "expected a top-level 'cases:' list")])
    if set(data) - {"cases", "stories"}:
        raise LawPackError([located.problem((), "top-level keys are 'cases' and 'stories'")])
    stories = data.get("stories") or {}
    problems = []
    out: list[LegalCase] = []
    names: set[str] = set()
    for i, item in enumerate(data["cases"]):
        path: tuple[str | int, ...] = ("cases", i)
        if not isinstance(item, dict):
            problems.append(located.problem(path, "a case must be a mapping"))
            continue
        unknown = set(item) - _CASE_KEYS
        if unknown:
            problems.append(located.problem(path, f"unknown keys: {', '.join(sorted(unknown))}"))
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(located.problem(path, "a case needs a 'name'"))
            continue
        if name in names:
            problems.append(located.problem(path, f"duplicate case name {name!r}"))
        names.add(name)
        provisions = item.get("provisions")
        if not isinstance(provisions, list) or not provisions:
            problems.append(located.problem(path, f"case {name!r} needs 'provisions'"))
            continue
        if "law" not in item:
            if "as_of" not in item or not ({"story", "case", "case_file"} & set(item)):
                problems.append(located.problem(
                    path, f"case {name!r} needs 'as_of' and one of story/case/case_file"))
            expect = item.get("expect")
            if not isinstance(expect, dict) or set(expect) - _EXPECT_KEYS:
                problems.append(located.problem(
                    path, f"case {name!r}: 'expect' takes {', '.join(sorted(_EXPECT_KEYS))}"))
        if "story" in item:
            try:
                item = {**item, "story": _resolve_story(item["story"], stories)}
            except KeyError as exc:
                problems.append(located.problem(path, f"case {name!r}: no story {exc}"))
                continue
        out.append(LegalCase(name, tuple(map(str, provisions)), file,
                             located.where(path)[0], item))
    if problems:
        raise LawPackError(problems)
    return out


def _resolve_story(story: object, stories: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A story by name, or a mapping that ``extends`` a named story with more events/facts."""
    if isinstance(story, str):
        if story not in stories:
            raise KeyError(story)
        return _resolve_story(stories[story], stories, depth + 1)
    if not isinstance(story, dict) or depth > 8:
        raise KeyError(str(story))
    if "extends" not in story:
        return story
    base = _resolve_story(story["extends"], stories, depth + 1)
    merged = {**base, **{k: v for k, v in story.items() if k != "extends"}}
    for key in ("events", "facts", "proceedings", "organisations"):
        if key in story and key in base:
            merged[key] = [*base[key], *story[key]]
    if "person" in story and "person" in base:
        merged["person"] = {**base["person"], **story["person"]}
    return merged


# -- building the case file ---------------------------------------------------------------
def story_case(name: str, story: dict[str, Any]) -> dict[str, Any]:
    """Expand the short ``story`` form into a full case-file mapping."""
    person: dict[str, Any] = {
        "id": "p1", "roles": ["client"], "citizenship": ["CN"],
        "names": [{"value": "Ерлан Қожахметұлы", "script": "Cyrl", "lang": "kk",
                   "kind": "legal"}],
    }
    person.update(story.get("person") or {})
    people = [person, *(story.get("others") or [])]
    sources: dict[str, dict[str, Any]] = {}
    claims: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    working: list[dict[str, Any]] = []

    def source(n: int) -> str:
        sid = f"S{n}"
        sources.setdefault(sid, {"id": sid, "kind": "case_record", "title": f"Record {n}"})
        return sid

    for ev in story.get("events") or []:
        eid = ev["id"]
        who = ev.get("people") or [p["id"] for p in people if "client" in p.get("roles", [])]
        events.append({
            "id": eid, "type": ev["type"], "title": ev.get("title", eid.replace("-", " ")),
            "participants": [{"who": w, "role": "subject"} for w in who]
            + [{"who": o, "role": "authority"} for o in ev.get("orgs", [])],
        })
        dates = ev.get("date")
        for n, value in enumerate(dates if isinstance(dates, list) else [dates], start=1):
            if value is not None:
                claims.append({"id": f"c-{eid}-date-{n}", "subject": eid, "property": "date",
                               "value": str(value), "source": source(n)})
        for prop, value in (ev.get("facts") or {}).items():
            claims.append({"id": f"c-{eid}-{prop}", "subject": eid, "property": prop,
                           "value": value, "source": source(1)})
        if "working" in ev:
            working.append({"subject": eid, "property": "date", "value": str(ev["working"]),
                            "chosen_by": "case team",
                            "chosen_on": str(ev.get("chosen_on", "2000-01-01")),
                            "reason": "test"})
    for fact in story.get("facts") or []:
        claims.append({"id": f"c-{fact['subject']}-{fact['property']}", "source": source(1),
                       **fact})
    proceedings = story.get("proceedings") or []
    return {
        "format_version": "1.0",
        "id": "legal-case",
        "title": name,
        "jurisdictions": story.get("jurisdictions", ["intl", "kz"]),
        "people": people,
        "organisations": story.get("organisations") or [],
        "sources": list(sources.values()) or [
            {"id": "S1", "kind": "case_record", "title": "Record 1"}],
        "claims": claims,
        "working_values": working,
        "events": events,
        "proceedings": proceedings,
    }


def _case(lc: LegalCase, load: Callable[[str], Case]) -> Case:
    data = lc.data
    if "case_file" in data:
        return load(str(data["case_file"]))
    raw = data["case"] if "case" in data else story_case(lc.name, data["story"])
    return parse_case(json.dumps(raw), file=f"{lc.file}: {lc.name}", fmt="json")


# -- checking -----------------------------------------------------------------------------
def _walk(p: PersonAssessment) -> Iterator[Finding]:
    for f in p.findings:
        yield from f.walk()


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _check_finding(p: PersonAssessment, want: dict[str, Any]) -> list[str]:
    pid = want["provision"]
    candidates = [f for f in _walk(p) if f.provision == pid]
    if "title" in want:
        candidates = [f for f in candidates if f.title == want["title"]]
    if "kind" in want:
        candidates = [f for f in candidates if f.kind.value == want["kind"]]
    if not candidates:
        have = sorted({f.provision for f in _walk(p)})
        return [f"no finding on {pid}{' titled ' + repr(want['title']) if 'title' in want else ''}"
                f" (findings: {', '.join(have) or 'none'})"]
    f = candidates[0]
    errors = []
    for key in ("outcome", "verification"):
        if key in want and getattr(f, key).value != want[key]:
            errors.append(f"{pid}: {key} is {getattr(f, key).value}, expected {want[key]}")
    if "explanation_contains" in want:
        for text in _as_list(want["explanation_contains"]):
            if text not in f.explanation:
                errors.append(f"{pid}: explanation lacks {text!r}: {f.explanation!r}")
    for key, value in (want.get("details") or {}).items():
        if f.details.get(key) != value:
            errors.append(f"{pid}: details[{key}] is {f.details.get(key)!r}, expected {value!r}")
    if "disputed" in want and bool(f.disputed) != bool(want["disputed"]):
        errors.append(f"{pid}: disputed is {bool(f.disputed)}, expected {want['disputed']}")
    if "missing_contains" in want:
        joined = " | ".join(f.missing_facts)
        if want["missing_contains"] not in joined:
            errors.append(f"{pid}: missing facts lack {want['missing_contains']!r}: {joined!r}")
    return errors


def _as_list(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _check_deadline(p: PersonAssessment, want: dict[str, Any]) -> list[str]:
    d = p.deadline(want["id"])
    if d is None:
        return [f"no deadline {want['id']} (deadlines: {', '.join(x.id for x in p.deadlines)})"]
    errors = []
    for key in ("due", "starts_on"):
        if key in want:
            got = getattr(d, key)
            got_text = got.isoformat() if got else None
            if got_text != (None if want[key] is None else _day(want[key])):
                errors.append(f"{d.id}: {key} is {got_text}, expected {_day(want[key])}")
    for key in ("status", "verification", "unit"):
        if key in want and getattr(d, key).value != want[key]:
            errors.append(f"{d.id}: {key} is {getattr(d, key).value}, expected {want[key]}")
    if "provision" in want and d.provision != want["provision"]:
        errors.append(f"{d.id}: provision is {d.provision}, expected {want['provision']}")
    if "disputed" in want and d.disputed != bool(want["disputed"]):
        errors.append(f"{d.id}: disputed is {d.disputed}, expected {want['disputed']}")
    if "note_contains" in want and want["note_contains"] not in (d.note or ""):
        errors.append(f"{d.id}: note lacks {want['note_contains']!r}: {d.note!r}")
    return errors


def _check_alert(p: PersonAssessment, want: dict[str, Any]) -> list[str]:
    found = [a for a in p.alerts if a.id == want["id"]]
    if not found:
        return [f"no alert {want['id']} (alerts: {', '.join(a.id for a in p.alerts) or 'none'})"]
    a = found[0]
    errors = []
    if "severity" in want and a.severity.value != want["severity"]:
        errors.append(f"{a.id}: severity is {a.severity.value}, expected {want['severity']}")
    if "message_contains" in want:
        for text in _as_list(want["message_contains"]):
            if text not in a.message:
                errors.append(f"{a.id}: message lacks {text!r}: {a.message!r}")
    missing = set(_as_list(want.get("actions_include", []))) - {x.id for x in a.actions}
    if missing:
        errors.append(f"{a.id}: actions lack {sorted(missing)} "
                      f"(has {[x.id for x in a.actions]})")
    return errors


def _check_law(registry: Registry, item: dict[str, Any]) -> list[str]:
    on = dt.date.fromisoformat(_day(item["on"]))
    errors: list[str] = []
    if "parameter" in item:
        try:
            param = registry.parameter(item["parameter"])
        except NotFoundError as exc:
            return [str(exc)]
        value = param.find_value_on(on)
        if "value" in item:
            got = value.value if value is not None else None
            if got != item["value"]:
                errors.append(f"{param.id} on {on}: value is {got!r}, expected {item['value']!r}")
        if "verification" in item and value is not None and (
            value.verification.value != item["verification"]
        ):
            errors.append(f"{param.id} on {on}: verification is {value.verification.value}")
        return errors
    try:
        provision = registry.get(item["provision"])
    except NotFoundError as exc:
        return [str(exc)]
    if "in_force" in item and provision.in_force_on(on) != bool(item["in_force"]):
        errors.append(f"{provision.id}: in force on {on} is {provision.in_force_on(on)}")
    if "verification" in item and provision.verification_on(on).value != item["verification"]:
        errors.append(f"{provision.id} on {on}: verification is "
                      f"{provision.verification_on(on).value}, expected {item['verification']}")
    if "summary_contains" in item:
        summary = provision.summary_on(on) or ""
        if str(item["summary_contains"]) not in summary:
            errors.append(f"{provision.id} on {on}: summary lacks {item['summary_contains']!r}")
    return errors


def check(lc: LegalCase, *, load: Callable[[str], Case],
          registry: Registry | None = None) -> list[str]:
    """Run one legal case; return what did not match (empty: it passes).

    ``load`` reads a ``case_file`` (a path from the repository root) into a Case: the caller
    owns file access, so this module stays pure.
    """
    if registry is None:
        from panah.law.registry import default_registry

        registry = default_registry()
    data = lc.data
    if "law" in data:
        return [e for item in data["law"] for e in _check_law(registry, item)]
    case = _case(lc, load)
    as_of = dt.date.fromisoformat(_day(data["as_of"]))
    person = data.get("person")
    result: Assessment = assess(case, as_of=as_of, person=person, registry=registry)
    if not result.people:
        return ["nobody assessed"]
    p = result.people[0]
    expect = data.get("expect") or {}
    errors: list[str] = []
    for want in expect.get("findings", []):
        errors += _check_finding(p, want)
    for pid in expect.get("no_findings", []):
        if any(f.provision == pid for f in _walk(p)):
            errors.append(f"unexpected finding on {pid}")
    for want in expect.get("deadlines", []):
        errors += _check_deadline(p, want)
    for ident in expect.get("no_deadlines", []):
        if p.deadline(ident) is not None:
            errors.append(f"unexpected deadline {ident}")
    for want in expect.get("alerts", []):
        errors += _check_alert(p, want)
    for ident in expect.get("no_alerts", []):
        if any(a.id == ident for a in p.alerts):
            errors.append(f"unexpected alert {ident}")
    return errors
