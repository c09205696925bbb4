"""The document context: everything a template prints, built (pure) from the case file.

:func:`build_context` takes the case, the person, the as-of date, the language, the case file's
hash and, when the caller has one, the assessment (the JSON of ``panah assess``). It returns a
JSON-ready dictionary. It reads no file and renders nothing; templates do the rest.

It states facts only from claims known by the as-of date (:func:`panah.core.facts.resolve`
with ``known_by``), cites the source of each, keeps every value where sources disagree, and
raises :class:`~panah.core.errors.MissingFactsError` listing what to add when the template
needs a fact the case does not have.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from typing import Any

from panah import __version__
from panah.core.case import Case, CaseIndex, Organisation, Person, Proceeding
from panah.core.catalogue import EVENT_PHASE, ProceedingKind, Role
from panah.core.dates import DateError, FuzzyDate
from panah.core.errors import MissingFactsError, NotFoundError, PanahError
from panah.core.facts import natural_key, resolve
from panah.core.properties import parse_duration
from panah.core.views import conflicts as conflicts_view
from panah.core.views import timeline as timeline_view
from panah.documents.assessment import assessment_block
from panah.documents.citations import ProvisionLookup, default_lookup
from panah.documents.facts import Fact, FactWriter
from panah.documents.i18n import Labels, labels
from panah.documents.specs import NEEDS, SLOTS, TemplateSpec, get_template
from panah.documents.trace import assessment_sha256

__all__ = ["build_context"]

_REMOVAL_KINDS = (
    ProceedingKind.HANDOVER,
    ProceedingKind.ADMINISTRATIVE_EXPULSION,
    ProceedingKind.EXTRADITION,
)
_EXTENSION_PROVISION = "kz/law-on-refugees-2009/art-11/para-5"
_THREAT_TYPES = {t.value for t in SLOTS["removal_threat"].types} | {
    "expulsion_carried_out",
    "handover_carried_out",
    "entry_ban",
}
_DETAIL_ORDER = (
    "end_date",
    "duration",
    "place",
    "manner",
    "authority",
    "accusation",
    "charge",
    "treatment",
    "statement",
    "penalty",
    "term",
    "custody_credit",
    "expulsion_applied",
    "valid_until",
    "amount",
    "outcome",
    "reason",
    "status",
    "count",
    "description",
)


def build_context(
    case: Case,
    *,
    template: str | TemplateSpec,
    person_id: str,
    as_of: dt.date,
    lang: str,
    case_sha256: str,
    assessment: Mapping[str, Any] | None = None,
    provisions: ProvisionLookup | None = None,
    addressee_id: str | None = None,
    generated_on: dt.date | None = None,
) -> dict[str, Any]:
    """Build the context of one document (see the module docstring)."""
    spec = get_template(template) if isinstance(template, str) else template
    if lang not in spec.languages:
        raise NotFoundError(
            f"template {spec.name!r} has no {lang!r} version; have {', '.join(spec.languages)}"
        )
    index = case.index()
    person = next((p for p in case.people if p.id == person_id), None)
    if person is None:
        raise NotFoundError(
            f"no person {person_id!r} in case {case.id!r}; people: "
            + ", ".join(p.id for p in case.people)
        )
    lab = labels(lang)
    builder = _Builder(case, index, spec, person, as_of, lab, provisions or default_lookup())
    return builder.build(
        case_sha256=case_sha256,
        assessment=assessment,
        addressee_id=addressee_id,
        generated_on=generated_on,
    )


def _add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months forward (or back), the last day of a shorter month when needed."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _end_of_term(start: dt.date, iso: str) -> dt.date | None:
    try:
        parts = parse_duration(iso)
    except ValueError:
        return None
    if any(k in parts for k in ("h", "mi", "s")):
        return None
    end = _add_months(start, 12 * parts.get("y", 0) + parts.get("mo", 0))
    return end + dt.timedelta(days=7 * parts.get("w", 0) + parts.get("d", 0))


class _Builder:
    def __init__(
        self,
        case: Case,
        index: CaseIndex,
        spec: TemplateSpec,
        person: Person,
        as_of: dt.date,
        lab: Labels,
        provisions: ProvisionLookup,
    ) -> None:
        self.case = case
        self.index = index
        self.spec = spec
        self.person = person
        self.as_of = as_of
        self.lab = lab
        self.provisions = provisions
        self.w = FactWriter(index, lab, provisions, as_of, internal=spec.internal)
        self.people_ids = {p.id for p in case.people}
        self.missing: list[str] = []

    # -- the whole context -----------------------------------------------------------------
    def build(
        self,
        *,
        case_sha256: str,
        assessment: Mapping[str, Any] | None,
        addressee_id: str | None,
        generated_on: dt.date | None,
    ) -> dict[str, Any]:
        events = self.events()
        slots = self.slots(events)
        person = self.person_block()
        proceedings = self.proceedings()
        lawyer = self.lawyer()
        addressee = self.addressee(addressee_id, proceedings, slots)
        derived = self.derived(slots, events)
        assessed = (
            assessment_block(assessment, self.person.id, self.as_of, self.spec, self.w)
            if assessment is not None
            else None
        )
        if assessed is not None and derived["status"] is not None:
            self.engine_extension_date(derived["status"], assessed)
        self.check_needs(events, slots, person, proceedings, lawyer, addressee, derived)
        conflicts = self.conflicts(events)
        provisions = self.provisions_block()
        trace = {
            "case_id": self.case.id,
            "case_sha256": case_sha256,
            "assessment_sha256": assessment_sha256(assessment) if assessment is not None else None,
            "as_of": self.as_of.isoformat(),
            "template": f"{self.spec.jurisdiction}/{self.lab.lang}/{self.spec.name}",
            "generator": f"panah {__version__}",
            "generated_on": generated_on.isoformat() if generated_on else None,
        }
        trace["line"] = self.trace_line(trace)
        return {
            "template": {
                "name": self.spec.name,
                "title": self.spec.title(self.lab.lang),
                "jurisdiction": self.spec.jurisdiction,
                "lang": self.lab.lang,
            },
            "labels": {
                "words": self.lab.section("words"),
                "verification": self.lab.section("verification"),
                "verification_help": self.lab.section("verification_help"),
            },
            "as_of": {"iso": self.as_of.isoformat(), "text": self.lab.day(self.as_of)},
            "case": {"id": self.case.id, "title": self.case.title},
            "person": person,
            "state": self.state(),
            "co_clients": self.co_clients(events),
            "lawyer": lawyer,
            "addressee": addressee,
            "events": events,
            "persecution": [e for e in events if e["phase"] == "persecution"],
            "flight": [e for e in events if e["phase"] in ("flight", "host_state")],
            "entry": [e for e in events if e["phase"] in ("flight", "host_state", "asylum")],
            "slots": slots,
            "derived": derived,
            "proceedings": proceedings,
            "conflicts": conflicts,
            "threats": [e for e in events if e["type"] in _THREAT_TYPES],
            "assessment": assessed
            or {
                "available": False,
                "notice": self.lab.word("no_assessment"),
                "findings": [],
                "deadlines": [],
                "alerts": [],
            },
            "provisions": provisions,
            "sources": self.sources_block(),
            "trace": trace,
        }

    # -- people ----------------------------------------------------------------------------
    def person_fact(self, prop: str, recorded: object) -> Fact | None:
        fact = self.w.fact(resolve(self.index, self.person.id, prop, known_by=self.as_of))
        if fact is None and recorded not in (None, (), ""):
            value = list(recorded) if isinstance(recorded, tuple) else recorded
            if isinstance(value, list) and len(value) == 1:
                value = value[0]
            return self.w.record_fact(value, prop)
        return fact

    def person_block(self) -> dict[str, Any]:
        p = self.person
        names = self.w.names(p, p.names)
        relatives = []
        for r in p.relatives:
            sources = self.w.sources_of_claims(list(r.claims))
            if r.claims and not sources:
                continue  # only claims not yet known on the as-of date
            parts = [self.lab.value(r.relation)]
            if r.age is not None:
                parts.append(self.lab.count(r.age, "year"))
            if r.status.value != "unknown":
                parts.append(self.lab.lookup("relative_status", r.status.value))
            text = ", ".join(parts)
            relatives.append(
                {
                    "relation": self.lab.value(r.relation),
                    "text": text,
                    "cite": self.w.cite(sources) if sources else "",
                    "display": f"{text} {self.w.cite(sources)}" if sources else text,
                }
            )
        facts = {
            "citizenship": self.person_fact("citizenship", p.citizenship),
            "ethnicity": self.person_fact("ethnicity", p.ethnicity),
            "religion": self.person_fact("religion", p.religion),
            "origin": self.person_fact("origin", p.origin),
            "birth_date": self.person_fact(
                "birth_date", p.birth_date.text if p.birth_date else None
            ),
            "age": self.person_fact("age", None),
            "occupation": self.person_fact("occupation", None),
        }
        citizenship = facts["citizenship"]
        country = None
        if citizenship is not None and isinstance(citizenship["value"], str):
            code = citizenship["value"]
            country = {
                "code": code,
                "name": self.lab.lookup("countries", code),
                "adjective": self.lab.lookup("countries_adjective", code),
            }
        return {
            "id": p.id,
            **names,
            "gender": p.gender,
            "facts": facts,
            "country": country,
            "relatives": relatives,
        }

    def state(self) -> dict[str, str] | None:
        """The State the case is against: the first national law pack of the case."""
        for pack in self.case.jurisdictions:
            code = pack.upper()
            if len(code) == 2 and code.isalpha():
                return {"code": code, "name": self.lab.lookup("countries", code)}
        return None

    def org_name(self, org: Organisation) -> str:
        script = "Cyrl" if self.lab.lang == "ru" else "Latn"
        in_script = [n for n in org.names if n.script == script]
        preferred = [n for n in in_script if n.preferred]
        pool = preferred or in_script or [n for n in org.names if n.preferred] or list(org.names)
        return pool[0].value

    def entity_name(self, ident: str) -> str:
        _, entity = self.index.by_id.get(ident, ("?", None))
        if isinstance(entity, Organisation):
            return self.org_name(entity)
        if isinstance(entity, Person):
            return str(self.w.names(entity, entity.names)["name"])
        return self.index.label(ident)

    def co_clients(self, events: list[dict[str, Any]]) -> list[dict[str, str]]:
        shared = {pid for e in events for pid in e["people"]} - {self.person.id}
        out = []
        for p in self.case.people:
            if p.id in shared and (Role.CLIENT in p.roles or Role.CO_DEFENDANT in p.roles):
                out.append({"id": p.id, "name": str(self.w.names(p, p.names)["name"])})
        return out

    def lawyer(self) -> dict[str, Any] | None:
        for rep in self.case.representation:
            if self.person.id not in rep.clients:
                continue
            if rep.since is not None and not rep.since.may_be_on_or_before(self.as_of):
                continue
            if rep.until is not None and rep.until.surely_before(self.as_of):
                continue
            return {
                "id": rep.representative,
                "name": self.entity_name(rep.representative),
                "role": rep.role,
                "since": self.lab.date(rep.since) if rep.since else None,
            }
        return None

    # -- events ----------------------------------------------------------------------------
    def concerns_person(self, row: dict[str, Any]) -> bool:
        people = [p["who"] for p in row["participants"] if p["who"] in self.people_ids]
        return not people or self.person.id in people

    def events(self) -> list[dict[str, Any]]:
        rows = timeline_view(self.case, known_by=self.as_of)["events"]
        out = []
        for row in rows:
            if not self.concerns_person(row):
                continue
            out.append(self.event_view(row))
        return out

    def event_view(self, row: dict[str, Any]) -> dict[str, Any]:
        eid = row["id"]
        date = self.w.fact(resolve(self.index, eid, "date", known_by=self.as_of))
        props = sorted(
            {c.property for c in self.index.claims_about(eid)} - {"date"},
            key=lambda p: (_DETAIL_ORDER.index(p) if p in _DETAIL_ORDER else 99, p),
        )
        details: list[dict[str, Any]] = []
        for prop in props:
            f = self.w.fact(resolve(self.index, eid, prop, known_by=self.as_of))
            if f is None:
                continue
            label = (
                prop[2:].replace("-", " ").replace("_", " ")
                if prop.startswith("x-")
                else self.lab.lookup("properties", prop)
            )
            details.append({"property": prop, "label": label, "fact": f})
        extra = self.w.sources_of_claims(
            list(self.index.by_id[eid][1].claims)  # type: ignore[attr-defined]
        )
        sources = sorted(
            set(extra)
            | {s for f in [date, *[d["fact"] for d in details]] if f for s in f["sources"]},
            key=natural_key,
        )
        type_label = self.lab.lookup("event_types", row["type"])
        return {
            "id": eid,
            "type": row["type"],
            "type_label": type_label,
            "phase": EVENT_PHASE[self.index.by_id[eid][1].type],  # type: ignore[attr-defined]
            "title": row["title"],
            "date": date,
            "date_text": date["display"] if date else self.lab.date(None),
            "date_short": (date["text"] or " / ".join(g["text"] for g in date["all"]))
            if date
            else self.lab.date(None),
            "iso": row["date"]["date"] if row["date"] else None,
            "details": details,
            "sources": sources,
            "cite": self.w.cite(sources),
            "disputed": bool(date and date["disputed"])
            or any(d["fact"]["disputed"] for d in details),
            "participants": [
                {"id": p["who"], "name": self.entity_name(p["who"]), "role": p["role"]}
                for p in row["participants"]
            ],
            "authorities": [
                self.entity_name(p["who"])
                for p in row["participants"]
                if p["who"] not in self.people_ids
            ],
            "people": [p["who"] for p in row["participants"] if p["who"] in self.people_ids],
        }

    def slots(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, slot in SLOTS.items():
            found = [e for e in events if e["type"] in {t.value for t in slot.types}]
            dated = [e for e in found if e["date"] is not None]
            pool = dated or found
            if not pool:
                out[name] = None
                continue
            out[name] = pool[-1] if slot.pick == "last" else pool[0]
        return out

    # -- computations on facts -------------------------------------------------------------
    def _dates(self, fact: Fact | None) -> list[tuple[FuzzyDate, Fact]]:
        if fact is None:
            return []
        groups = fact["all"] or [fact]
        out = []
        for g in groups:
            try:
                out.append((FuzzyDate.parse(str(g["value"])), g))
            except DateError:
                continue
        return out

    def gap(
        self, start: dict[str, Any] | None, end: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """Days between two events, for every combination of the values sources give."""
        if start is None or end is None:
            return None
        options: list[dict[str, Any]] = []
        for a, ga in self._dates(start["date"]):
            for b, gb in self._dates(end["date"]):
                if (
                    a.earliest is None
                    or a.latest is None
                    or b.earliest is None
                    or b.latest is None
                ):
                    continue
                lo, hi = (b.earliest - a.latest).days, (b.latest - a.earliest).days
                n_text = str(lo) if lo == hi else f"{lo}–{hi}"
                days = self.lab.plural(hi, "day")
                text = self.lab.word(
                    "days_between", n=n_text, days=days, start=ga["text"], end=gb["text"]
                )
                sources = sorted(set(ga["sources"]) | set(gb["sources"]), key=natural_key)
                options.append(
                    {
                        "min": lo,
                        "max": hi,
                        "days": n_text,
                        "text": text,
                        "cite": self.w.cite(sources),
                        "display": f"{text} {self.w.cite(sources)}",
                    }
                )
        if not options:
            return None
        options.sort(key=lambda o: (o["min"], o["max"]))
        return {
            "options": options,
            "min": options[0]["min"],
            "max": max(o["max"] for o in options),
            "disputed": len(options) > 1,
            "display": f" {self.lab.word('or')} ".join(o["display"] for o in options),
        }

    def days_since(self, event: dict[str, Any] | None) -> dict[str, Any] | None:
        if event is None or event["date"] is None or not event["date"]["decided"]:
            return None
        try:
            d = FuzzyDate.parse(str(event["date"]["value"]))
        except DateError:
            return None
        if d.day is None:
            return None
        n = (self.as_of - d.day).days
        return {"days": n, "text": self.lab.count(n, "day"), "from": event["date"]["display"]}

    def status_term(self, granted: dict[str, Any] | None) -> dict[str, Any] | None:
        """When the current refugee status ends, from a valid_until claim or start + term."""
        if granted is None or granted["date"] is None or not granted["date"]["decided"]:
            return None
        details = {d["property"]: d["fact"] for d in granted["details"]}
        start = FuzzyDate.parse(str(granted["date"]["value"])).day
        term = details.get("term")
        until = details.get("valid_until")
        end: dt.date | None = None
        basis: Fact | None = None
        if until is not None and until["decided"]:
            end = FuzzyDate.parse(str(until["value"])).day
            basis = until
        elif term is not None and term["decided"] and start is not None:
            end = _end_of_term(start, str(term["value"]))
            basis = term
        if end is None or basis is None:
            return None
        sources = set(basis["sources"])
        if basis is term:
            sources |= set(granted["date"]["sources"])
        apply_by = _add_months(end, -1)
        return {
            "term": term["display"] if term else None,
            "ends": end.isoformat(),
            "ends_text": self.lab.day(end),
            "ends_cite": self.w.cite(sources),
            "apply_by": apply_by.isoformat(),
            "apply_by_text": self.lab.day(apply_by),
            "apply_by_basis": "template",
            "days_left": (end - self.as_of).days,
            "days_to_apply": (apply_by - self.as_of).days,
            "days_to_apply_text": self.lab.count(max((apply_by - self.as_of).days, 0), "day"),
        }

    def engine_extension_date(self, status: dict[str, Any], assessed: dict[str, Any]) -> None:
        """Prefer the engine's date for the extension application to the template's own."""
        for d in assessed["deadlines"]:
            if d["provision"].startswith(_EXTENSION_PROVISION) and d["due_iso"]:
                try:
                    due = dt.date.fromisoformat(d["due_iso"])
                except ValueError:
                    continue
                status["apply_by"] = due.isoformat()
                status["apply_by_text"] = self.lab.day(due)
                status["apply_by_basis"] = "engine"
                status["days_to_apply"] = (due - self.as_of).days
                status["days_to_apply_text"] = self.lab.count(
                    max((due - self.as_of).days, 0), "day"
                )
                return

    def between(
        self, events: list[dict[str, Any]], start: dict[str, Any] | None, end: dict[str, Any] | None
    ) -> list[dict[str, Any]]:
        """The events after ``start`` up to and including ``end``, each as a short phrase."""
        if start is None or end is None:
            return []
        ids = [e["id"] for e in events]
        if start["id"] not in ids or end["id"] not in ids:
            return []
        picked = events[ids.index(start["id"]) + 1 : ids.index(end["id"]) + 1]
        return [
            {
                "id": e["id"],
                "type": e["type"],
                "text": f"{e['type_label']} ({e['date']['display'] if e['date'] else e['cite']})",
            }
            for e in picked
        ]

    def derived(self, slots: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
        crossing = slots.get("crossing") or slots.get("arrival")
        appeal_types = {"public_appeal", "press_conference", "ngo_appeal"}
        return {
            "between_crossing_presentation": self.between(
                events, crossing, slots.get("presentation")
            ),
            "public_appeals": [e for e in events if e["type"] in appeal_types],
            "gap_crossing_presentation": self.gap(crossing, slots.get("presentation")),
            "gap_departure_presentation": self.gap(
                slots.get("departure"), slots.get("presentation")
            ),
            "days_since_detention": self.days_since(slots.get("detention")),
            "status": self.status_term(slots.get("status_granted")),
        }

    # -- proceedings, addressee ------------------------------------------------------------
    def proceedings(self) -> list[dict[str, Any]]:
        out = []
        for pr in self.case.proceedings:
            if pr.concerns and self.person.id not in pr.concerns:
                continue
            out.append(self.proceeding_view(pr))
        return out

    def proceeding_view(self, pr: Proceeding) -> dict[str, Any]:
        return {
            "id": pr.id,
            "kind": pr.kind.value,
            "kind_label": self.lab.lookup("proceeding_kinds", pr.kind.value),
            "title": pr.title,
            "number": pr.number,
            "status": pr.status.value,
            "authority": {"id": pr.authority, "name": self.entity_name(pr.authority)}
            if pr.authority
            else None,
        }

    def addressee(
        self,
        addressee_id: str | None,
        proceedings: list[dict[str, Any]],
        slots: dict[str, Any],
    ) -> dict[str, Any] | None:
        if addressee_id is not None:
            kind, entity = self.index.by_id.get(addressee_id, ("?", None))
            if not isinstance(entity, Organisation | Person):
                raise NotFoundError(
                    f"--to {addressee_id!r}: no organisation or person with that id in the case"
                )
            return {"id": addressee_id, "name": self.entity_name(addressee_id), "proceeding": None}
        mode = self.spec.addressee
        if mode in (None, "un"):
            return None
        if mode == "client":
            return {"id": self.person.id, "name": None, "proceeding": None}
        kinds: tuple[str, ...] = {
            "criminal": (ProceedingKind.CRIMINAL.value,),
            "removal": (*(k.value for k in _REMOVAL_KINDS), ProceedingKind.CRIMINAL.value),
            "asylum": (ProceedingKind.ASYLUM.value,),
        }[mode]
        for kind in kinds:
            for pr in proceedings:
                if pr["kind"] == kind and pr["authority"] is not None:
                    return {**pr["authority"], "proceeding": pr}
        if mode == "asylum" and slots.get("status_granted"):
            auth = [
                p for p in slots["status_granted"]["participants"] if p["id"] not in self.people_ids
            ]
            if auth:
                return {"id": auth[0]["id"], "name": auth[0]["name"], "proceeding": None}
        return None

    # -- needs -----------------------------------------------------------------------------
    def check_needs(
        self,
        events: list[dict[str, Any]],
        slots: dict[str, Any],
        person: dict[str, Any],
        proceedings: list[dict[str, Any]],
        lawyer: dict[str, Any] | None,
        addressee: dict[str, Any] | None,
        derived: dict[str, Any],
    ) -> None:
        def dated(slot: str) -> bool:
            e = slots.get(slot)
            return e is not None and e["date"] is not None

        have = {
            "events": any(e["date"] is not None for e in events),
            "persecution": any(e["phase"] == "persecution" for e in events),
            "crossing": dated("crossing") or dated("arrival"),
            "presentation": dated("presentation"),
            "criminal_proceeding": any(
                p["kind"] == "criminal" and p["authority"] for p in proceedings
            )
            or (self.spec.addressee == "criminal" and addressee is not None),
            "removal_threat": dated("removal_threat"),
            "removal_authority": addressee is not None,
            "asylum_authority": addressee is not None,
            "status_granted": dated("status_granted"),
            "status_term": derived["status"] is not None or not dated("status_granted"),
            "lawyer": lawyer is not None,
            "citizenship": person["country"] is not None,
        }
        missing = []
        for key in self.spec.needs:
            if not have[key]:
                need = NEEDS[key]
                missing.append(f"{need.what} — {need.how}")
        if missing:
            raise MissingFactsError(
                f"the {self.spec.name!r} document for {self.person.id} as of "
                f"{self.as_of.isoformat()} needs facts the case file does not have "
                "(only claims known by that date count):",
                missing,
            )

    # -- conflicts, sources, provisions ----------------------------------------------------
    def conflicts(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        relevant = {self.person.id} | {e["id"] for e in events}
        relevant |= {r.id for r in self.person.relatives if r.id}
        out = []
        for c in conflicts_view(self.case, known_by=self.as_of)["conflicts"]:
            if c["subject"] not in relevant:
                continue
            fact = self.w.fact(
                resolve(self.index, c["subject"], c["property"], known_by=self.as_of)
            )
            if fact is None:
                continue
            subject = (
                person_name
                if (person_name := self.w.names(self.person, self.person.names)["name"])
                and c["subject"] == self.person.id
                else next(
                    (
                        e["type_label"] + ": " + e["title"]
                        for e in events
                        if e["id"] == c["subject"]
                    ),
                    c["subject_label"],
                )
            )
            out.append(
                {
                    "subject": c["subject"],
                    "subject_label": subject,
                    "property": c["property"],
                    "property_label": self.lab.lookup("properties", c["property"]),
                    "agreement": c["agreement"],
                    "agreement_label": self.lab.lookup("agreement", c["agreement"]),
                    "fact": fact,
                }
            )
        return out

    def sources_block(self) -> list[dict[str, Any]]:
        out = []
        for sid in sorted(self.w.cited_sources, key=natural_key):
            src = self.index.sources.get(sid)
            if src is None:
                continue
            secret = src.confidentiality.value in ("confidential", "secret")
            parts: list[str] = []
            if secret:
                parts.append(self.lab.word("confidential_source"))
            else:
                parts.append(src.title)
                for extra in (src.author, src.publisher):
                    if extra:
                        parts.append(extra)
            if src.date is not None:
                parts.append(self.lab.date(src.date))
            if src.reference and not secret:
                parts.append(src.reference)
            out.append(
                {
                    "id": sid,
                    "kind": src.kind.value,
                    "confidential": secret,
                    "text": ", ".join(parts),
                    "url": None if secret else src.url,
                }
            )
        return out

    def provisions_block(self) -> dict[str, Any]:
        ids = list(self.spec.cites)
        for extra in self.w.cited_provisions:
            if extra not in ids:
                ids.append(extra)
        table: dict[str, Any] = {}
        listed = []
        for ident in ids:
            info = self.provisions(ident)
            if info is None:
                if ident in self.spec.cites:
                    raise PanahError(
                        f"template {self.spec.name!r} cites {ident!r}, which neither the law "
                        "registry nor templates/citations.yaml knows"
                    )
                continue
            available = info.available_on(self.as_of)
            level = info.verification
            level_label = self.lab.lookup("verification", level)
            citation = info.cite(self.lab.lang)
            mark = (
                "" if level == "primary" else f" ({self.lab.word('verification')}: {level_label})"
            )
            entry = {
                "id": ident,
                "citation": citation,
                "verification": level,
                "verification_label": level_label,
                "primary": level == "primary",
                "mark": mark,
                "text": citation + mark,
                "note": info.note,
                "origin": info.origin,
                "available": available,
            }
            table[ident] = entry
            if available:
                listed.append(entry)
        return {"by_id": table, "listed": listed}

    def trace_line(self, trace: dict[str, Any]) -> str:
        w = self.lab.word
        assessment = trace["assessment_sha256"] or w("trace_none")
        return (
            f"{w('trace_case')}: {trace['case_sha256']} · {w('trace_assessment')}: {assessment}"
            f" · {w('trace_as_of')}: {trace['as_of']} · {w('trace_template')}: "
            f"{trace['template']} · {trace['generator']}"
        )
