"""What the engine knows about one person on one date: events, facts, and the law then in force.

Everything goes through :func:`panah.core.facts.resolve` with ``known_by=as_of``: a claim whose
source is dated after the assessment date was not yet known and is ignored, and an event none
of whose known dates falls on or before that date had not (yet, as far as anyone knew) happened.
Disputed dates stay disputed: an :class:`EventFact` keeps every candidate day with its claims and
sources, and rules decide whether the dispute matters.

Rules read facts by **event type** and **claim property**, never by ids of a particular case.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from panah.core.case import Case, CaseIndex, Claim, Event, Person, Proceeding
from panah.core.catalogue import ClaimStatus, EventType, ProceedingKind
from panah.core.dates import DateError, FuzzyDate
from panah.core.facts import Resolution, claim_known_on, resolve
from panah.law.calendar import Calendar
from panah.law.citations import Verification
from panah.law.deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineSpec,
    TriggerDate,
    build_deadline,
)
from panah.law.findings import DisputedFact, DisputedValue, Finding, FindingKind
from panah.law.i18n import current_language
from panah.law.i18n import gettext as _
from panah.law.logic import Outcome
from panah.law.periods import CountingRule, Period
from panah.law.provisions import Parameter, ParameterValue, Provision, ProvisionVersion
from panah.law.registry import Registry
from panah.law.words import fuzzy_date, tidy

__all__ = ["Context", "DateCandidate", "EventFact", "FactValue", "LawIndex", "law_index"]


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """One date the sources give for an event, with the claims that give it."""

    date: FuzzyDate
    claims: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def day(self) -> dt.date:
        """The day used for counting: the exact day, else the earliest day it may denote."""
        d = self.date.day or self.date.earliest
        assert d is not None, "candidates always have a start"
        return d

    @property
    def exact(self) -> bool:
        return self.date.day is not None


@dataclass(frozen=True, slots=True)
class EventFact:
    """An event that had happened by the assessment date, with its candidate dates."""

    event: Event
    candidates: tuple[DateCandidate, ...]
    """Dates on or before the assessment date, earliest first."""
    chosen: DateCandidate | None
    """The working value, or the only value; None when the sources disagree."""
    working_reason: str | None
    other_claims: tuple[str, ...]
    """Claims about the event besides its date."""
    date_text: str = ""
    """:meth:`describe_date`, computed once."""
    first: dt.date | None = None
    last: dt.date | None = None
    all_claims: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def type(self) -> EventType:
        return self.event.type

    @property
    def disputed(self) -> bool:
        """The sources disagree on the date and nobody chose a working value."""
        return self.chosen is None and len(self.candidates) > 1

    @property
    def conflict(self) -> bool:
        """The sources disagree on the date (whether or not a working value was chosen)."""
        return len(self.candidates) > 1

    def trigger_dates(self) -> tuple[TriggerDate, ...]:
        """Every candidate day, for a deadline that runs from this event."""
        chosen = self.chosen.date.text if self.chosen is not None else None
        return tuple(
            TriggerDate(c.day, c.claims, c.sources, working=c.date.text == chosen and
                        self.conflict)
            for c in self.candidates
        )

    @property
    def earliest(self) -> dt.date:
        if self.first is not None:
            return self.first
        return self.chosen.day if self.chosen else self.candidates[0].day

    @property
    def latest(self) -> dt.date:
        if self.last is not None:
            return self.last
        return self.chosen.day if self.chosen else self.candidates[-1].day

    @property
    def days(self) -> tuple[dt.date, ...]:
        """The candidate days that count: the chosen one, or all when disputed."""
        if self.chosen is not None:
            return (self.chosen.day,)
        return tuple(c.day for c in self.candidates)

    @property
    def date_claims(self) -> tuple[str, ...]:
        if self.chosen is not None:
            return self.chosen.claims
        return tuple(c for cand in self.candidates for c in cand.claims)

    @property
    def claims(self) -> tuple[str, ...]:
        if self.all_claims:
            return self.all_claims
        return tuple(dict.fromkeys((*self.date_claims, *self.other_claims)))

    def describe_date(self) -> str:
        if self.date_text:
            return self.date_text
        return self._describe()

    def _describe(self) -> str:
        if self.chosen is not None:
            if self.conflict:
                others = [c for c in self.candidates if c.date.text != self.chosen.date.text]
                alt = _(" or ").join(
                    _("{date} per {sources}").format(
                        date=fuzzy_date(c.date), sources=", ".join(c.sources))
                    for c in others)
                return _("{date} (working value; {others})").format(
                    date=fuzzy_date(self.chosen.date), others=alt)
            return fuzzy_date(self.chosen.date)
        return _(" or ").join(
            f"{fuzzy_date(c.date)} ({', '.join(c.sources)})" for c in self.candidates
        )

    def dispute(self, label: str, consequences: dict[dt.date, str] | None = None,
                *, decisive: bool = True) -> DisputedFact:
        """This event's date dispute as a :class:`DisputedFact` for a finding."""
        consequences = consequences or {}
        return DisputedFact(
            subject=self.event.id,
            property="date",
            label=label,
            values=tuple(
                DisputedValue(c.date.text, c.claims, c.sources, consequences.get(c.day))
                for c in self.candidates
            ),
            working_value=self.chosen.date.text if self.chosen else None,
            working_reason=self.working_reason,
            decisive=decisive,
        )


@dataclass(frozen=True, slots=True)
class FactValue:
    """A resolved property: the value used (or None), and the claims behind it."""

    resolution: Resolution

    @property
    def value(self) -> object:
        return self.resolution.value

    @property
    def known(self) -> bool:
        return bool(self.resolution.groups) or self.resolution.working is not None

    @property
    def disputed(self) -> bool:
        return self.resolution.conflict and self.resolution.working is None

    @property
    def claims(self) -> tuple[str, ...]:
        if self.resolution.working is not None:
            chosen = self.resolution.working.claims
            if chosen:
                return tuple(chosen)
            return tuple(
                c.id for g in self.resolution.groups if g.value == self.value for c in g.claims
            )
        return tuple(c.id for c in self.resolution.claims)

    def values(self) -> list[object]:
        return [g.value for g in self.resolution.groups]


def _parse(text: object) -> FuzzyDate | None:
    if not isinstance(text, str):
        return None
    return _parse_text(text)


@functools.lru_cache(maxsize=4096)
def _parse_text(text: str) -> FuzzyDate | None:
    """Dates repeat across claims and cases: parse each text once (FuzzyDate is immutable)."""
    try:
        return FuzzyDate.parse(text)
    except DateError:
        return None


@dataclass(frozen=True, slots=True)
class LawIndex:
    """Provisions and parameters by their id text: the registry's lookups without parsing ids.

    Built once per registry (:func:`law_index`) and shared by every assessment.
    """

    provisions: dict[str, Provision]
    parameters: dict[str, Parameter]
    versions: dict[int, str] = field(default_factory=dict)
    """'in force A to B' by id of the version object (versions live as long as the registry)."""
    static: dict[tuple[object, ...], Finding] = field(default_factory=dict)
    """Findings that depend on no fact (a rule's fixed statement), by their inputs."""


@functools.lru_cache(maxsize=8)
def law_index(registry: Registry) -> LawIndex:
    return LawIndex(
        provisions={str(p.id): p for p in registry.all()},
        parameters={str(p.id): p for p in registry.parameters()},
    )


@dataclass
class Context:
    """One person, one assessment date: the facts then known and the law then in force."""

    case: Case
    index: CaseIndex
    person: Person
    as_of: dt.date
    registry: Registry
    calendar: Calendar
    findings: dict[str, Finding] = field(default_factory=dict)
    shared: dict[str, EventFact | None] = field(default_factory=dict)
    """Event facts by event id, shared by the people of one assessment (they do not depend on
    the person)."""
    lookup: LawIndex | None = None
    shared_facts: dict[str, FactValue] = field(default_factory=dict)
    """Resolved properties by subject and property, shared like ``shared``."""
    _events: dict[EventType, list[EventFact]] | None = None
    _raw: dict[EventType, list[Event]] | None = None
    _by_types: dict[tuple[EventType, ...], list[EventFact]] = field(default_factory=dict)
    _proceedings: tuple[Proceeding, ...] | None = None

    # -- events ----------------------------------------------------------------------------
    def _concerns(self, event: Event, steps: dict[str, list[Proceeding]]) -> bool:
        pid = self.person.id
        if any(p.who == pid for p in event.participants):
            return True
        procs = steps.get(event.id, [])
        if any(pid in pr.concerns for pr in procs):
            return True
        people_named = [p for p in event.participants if p.who in self._people_ids]
        proc_people = [pr for pr in procs if pr.concerns]
        # An event naming nobody in the case, in no proceeding about someone: case-wide.
        return not people_named and not proc_people

    @property
    def _people_ids(self) -> set[str]:
        return {p.id for p in self.case.people}

    def _raw_events(self) -> dict[EventType, list[Event]]:
        """The case's events about this person, by type (their dates not yet resolved)."""
        steps: dict[str, list[Proceeding]] = {}
        for pr in self.case.proceedings:
            for step in pr.steps:
                steps.setdefault(step, []).append(pr)
        out: dict[EventType, list[Event]] = {}
        for event in self.case.events:
            if self._concerns(event, steps):
                out.setdefault(event.type, []).append(event)
        return out

    def _facts_of_type(self, t: EventType) -> list[EventFact]:
        """Events of one type, resolved lazily: only the types a rule asks about are dated."""
        if self._events is None:
            self._events = {}
        found = self._events.get(t)
        if found is not None:
            return found
        if self._raw is None:
            self._raw = self._raw_events()
        facts: list[EventFact] = []
        for event in self._raw.get(t, ()):
            if event.id in self.shared:
                fact = self.shared[event.id]
            else:
                fact = self.shared[event.id] = self.event_fact(event)
            if fact is not None:
                facts.append(fact)
        facts.sort(key=lambda f: (f.earliest, f.id))
        self._events[t] = facts
        return facts

    def event_fact(self, event: Event) -> EventFact | None:
        """The event as known on the assessment date, or None if not known to have happened."""
        r = resolve(self.index, event.id, "date", known_by=self.as_of)
        candidates: list[DateCandidate] = []
        for g in r.groups:
            fd = _parse(g.value)
            if fd is None or fd.earliest is None or not fd.may_be_on_or_before(self.as_of):
                continue
            candidates.append(
                DateCandidate(fd, tuple(c.id for c in g.claims), tuple(g.sources))
            )
        chosen: DateCandidate | None = None
        reason: str | None = None
        if r.working is not None:
            fd = _parse(r.working.value)
            if fd is None or fd.earliest is None or not fd.may_be_on_or_before(self.as_of):
                return None
            match = [c for c in candidates if c.date.text == fd.text]
            claims = tuple(r.working.claims) or (match[0].claims if match else ())
            sources = match[0].sources if match else ()
            chosen = DateCandidate(fd, claims, sources)
            reason = f"{r.working.reason} (chosen by {r.working.chosen_by})"
            if not candidates:
                candidates = [chosen]
        elif len(candidates) == 1:
            chosen = candidates[0]
        if not candidates:
            return None
        candidates.sort(key=lambda c: c.date.sort_key())
        # A claim about an event counts from the event's earliest claimed date (core.facts),
        # which is on or before the assessment date here; only a claim's own as_of can be later.
        other = tuple(
            c.id
            for c in self.index.claims_about(event.id)
            if c.property != "date"
            and c.status != ClaimStatus.RETRACTED
            and (c.as_of is None or c.as_of.earliest is None or c.as_of.earliest <= self.as_of)
        )
        fact = EventFact(event, tuple(candidates), chosen, reason, other)
        return replace(fact, date_text=fact._describe(), first=fact.earliest, last=fact.latest,
                       all_claims=fact.claims)

    def events(self, *types: EventType) -> list[EventFact]:
        """Events of these types about this person that had happened by the assessment date.

        The list is cached and shared: callers must not modify it.
        """
        cached = self._by_types.get(types)
        if cached is not None:
            return cached
        out: list[EventFact] = []
        for t in types:
            out.extend(self._facts_of_type(t))
        if len(types) > 1:
            out.sort(key=lambda f: (f.earliest, f.id))
        self._by_types[types] = out
        return out

    def first(self, *types: EventType) -> EventFact | None:
        found = self.events(*types)
        return found[0] if found else None

    def last(self, *types: EventType) -> EventFact | None:
        found = self.events(*types)
        return found[-1] if found else None

    def events_after(self, after: EventFact, *types: EventType) -> list[EventFact]:
        return [e for e in self.events(*types) if e.latest >= after.earliest and e.id != after.id]

    # -- facts -----------------------------------------------------------------------------
    def known(self, claim: Claim) -> bool:
        """Whether a claim was known (and not retracted) on the assessment date."""
        if claim.status == ClaimStatus.RETRACTED:
            return False
        known_on = claim_known_on(self.index, claim)
        return known_on is None or known_on <= self.as_of

    def fact(self, subject: str, prop: str) -> FactValue:
        key = f"{subject}\x00{prop}"
        found = self.shared_facts.get(key)
        if found is None:
            found = self.shared_facts[key] = FactValue(
                resolve(self.index, subject, prop, known_by=self.as_of)
            )
        return found

    def event_detail(self, event: EventFact, prop: str) -> FactValue:
        return self.fact(event.id, prop)

    def person_fact(self, prop: str) -> FactValue:
        return self.fact(self.person.id, prop)

    def citizenship(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(country codes, claim ids): from claims known by the date, else the person record."""
        f = self.person_fact("citizenship")
        values = [str(v) for v in f.values() if v]
        if values:
            return tuple(dict.fromkeys(values)), f.claims
        return self.person.citizenship, ()

    def proceedings(self, *kinds: ProceedingKind) -> tuple[Proceeding, ...]:
        if self._proceedings is None:
            self._proceedings = tuple(
                pr for pr in self.case.proceedings if self.person.id in pr.concerns
            )
        return tuple(pr for pr in self._proceedings if not kinds or pr.kind in kinds)

    def proceeding_events(self, proceeding: Proceeding, *types: EventType) -> list[EventFact]:
        wanted = set(proceeding.steps)
        return [e for e in self.events(*types) if e.id in wanted]

    # -- law -------------------------------------------------------------------------------
    def provision(self, pid: str) -> Provision:
        found = self.lookup.provisions.get(pid) if self.lookup is not None else None
        return found if found is not None else self.registry.get(pid)

    def parameter(self, pid: str) -> Parameter:
        found = self.lookup.parameters.get(pid) if self.lookup is not None else None
        return found if found is not None else self.registry.parameter(pid)

    def parameter_value(self, pid: str, on: dt.date) -> ParameterValue:
        return self.registry.parameter(pid).value_on(on)

    def verification(self, pid: str) -> Verification:
        return self.registry.get(pid).verification

    def in_force(self, pid: str, on: dt.date | None = None) -> bool:
        """Whether provision ``pid`` exists in the registry and was in force on the date."""
        if self.lookup is not None:
            provision = self.lookup.provisions.get(pid)
        else:
            provision = self.registry.find(pid)
        return provision is not None and provision.in_force_on(on or self.as_of)

    def applied_version(self, pid: str, on: dt.date) -> str | None:
        """'in force 2015-01-01 to 2025-09-16' for the version applied on ``on``, or None."""
        return self._version_text(self.provision(pid).version_on(on))

    def _version_text(self, version: ProvisionVersion | None) -> str | None:
        if version is None:
            return None
        english = current_language() == "en"
        cache = self.lookup.versions if self.lookup is not None and english else {}
        text = cache.get(id(version))
        if text is None:
            end = version.valid_to.isoformat() if version.valid_to else _("now")
            text = cache[id(version)] = _("in force {start} to {end}").format(
                start=version.valid_from.isoformat(), end=end)
        return text

    def finding(
        self,
        pid: str,
        outcome: Outcome,
        explanation: str,
        *,
        kind: FindingKind = FindingKind.RULE,
        facts_used: Iterable[str] = (),
        missing: Iterable[str] = (),
        disputed: Iterable[DisputedFact] = (),
        subs: Iterable[Finding] = (),
        on: dt.date | None = None,
        details: dict[str, object] | None = None,
        title: str | None = None,
    ) -> Finding:
        """A finding on provision ``pid`` with its title, citation and verification as data.

        ``on`` is the date whose law applies (the offence, the detention); the assessment date
        by default. A provision not in force on that date is said so in the explanation.
        """
        provision = self.provision(pid)
        when = on or self.as_of
        version = provision.version_on(when)
        key: tuple[object, ...] | None = None
        if (self.lookup is not None and not facts_used and not missing and not disputed
                and not subs and not details):
            # A fixed statement of a rule: the same object for every person and case.
            key = (pid, outcome, explanation, kind, title, id(version), when if version is None
                   else None, current_language())
            cached = self.lookup.static.get(key)
            if cached is not None and cached.relevant_date == when:
                return cached
        applied = self._version_text(version)
        # Russian (and Kazakh, which falls back to it) cite the act's official Russian text.
        citation = (provision.citation_ru if provision.citation_ru
                    and current_language() != "en" else provision.citation)
        if applied is None:
            explanation += _(" (Note: {citation} was not in force on {date}.)").format(
                citation=citation, date=when.isoformat())
        finding = Finding(
            provision=pid,
            outcome=outcome,
            verification=(version.verification if version is not None and version.verification
                          is not None else provision.verification),
            title=title or _(provision.title),
            citation=citation,
            explanation=tidy(explanation),
            kind=kind,
            facts_used=tuple(dict.fromkeys(facts_used)),
            missing_facts=tuple(dict.fromkeys(missing)),
            disputed=tuple(disputed),
            sub_findings=tuple(subs),
            applied_version=applied,
            relevant_date=when,
            details=details or {},
        )
        if key is not None and self.lookup is not None and len(self.lookup.static) < 100_000:
            self.lookup.static[key] = finding
        return finding

    def period(self, param_id: str, on: dt.date) -> tuple[Period, ParameterValue]:
        """A time-limit parameter's value on a date, as a :class:`Period`, with its citation."""
        param = self.parameter(param_id)
        value = param.value_on(on)
        if not isinstance(value.value, int) or isinstance(value.value, bool):
            raise ValueError(f"parameter {param_id} is not a whole number: {value.value!r}")
        return Period(value.value, param.unit), value

    def switch(self, param_id: str, on: dt.date) -> ParameterValue:
        """A yes/no parameter (e.g. 'a last day that is a holiday moves') with its citation."""
        value = self.parameter_value(param_id, on)
        if not isinstance(value.value, bool):
            raise ValueError(f"parameter {param_id} is not true/false: {value.value!r}")
        return value

    def deadline(
        self,
        *,
        ident: str,
        provision: str,
        parameter: str,
        trigger: EventFact | None,
        counting: CountingRule,
        kind: DeadlineKind,
        actor: str,
        title: str | None = None,
        trigger_label: str | None = None,
        completion: EventFact | None = None,
        counting_verification: Verification | None = None,
        note: str | None = None,
        on: dt.date | None = None,
        trigger_dates: tuple[TriggerDate, ...] | None = None,
        opens_on: dt.date | None = None,
        completed_on: dt.date | None = None,
    ) -> Deadline:
        """A deadline whose length is the parameter's value on the trigger's date (or ``on``).

        Its verification is the weakest of the provision's, the parameter value's and the
        counting rule's. ``completion`` is the event that meets it (or ends the term).
        """
        when = on or (trigger.earliest if trigger is not None else self.as_of)
        period, value = self.period(parameter, when)
        prov = self.provision(provision)
        levels = [prov.verification_on(when), value.verification]
        if counting_verification is not None:
            levels.append(counting_verification)
        spec = DeadlineSpec(
            id=ident,
            provision=provision,
            title=title or _(self.parameter(parameter).title),
            period=period,
            counting=counting,
            kind=kind,
            actor=actor,
            verification=Verification.weakest(levels),
            parameter=parameter,
        )
        done_on = completed_on
        if completion is not None and done_on is None:
            done_on = completion.chosen.day if completion.chosen else completion.earliest
        used = (*(trigger.claims if trigger else ()), *(completion.claims if completion else ()))
        return build_deadline(
            spec,
            as_of=self.as_of,
            calendar=self.calendar,
            trigger=trigger.id if trigger is not None else None,
            trigger_label=trigger_label or (trigger.event.title if trigger else ""),
            trigger_dates=(trigger_dates if trigger_dates is not None
                           else trigger.trigger_dates() if trigger is not None else ()),
            completed_by=completion.id if completion is not None else None,
            completed_on=done_on,
            facts_used=tuple(dict.fromkeys(used)),
            note=note,
            opens_on=opens_on,
        )

    def remember(self, findings: Iterable[Finding]) -> None:
        for f in findings:
            for sub in f.walk():
                self.findings.setdefault(sub.provision, sub)

    def recall(self, provision: str) -> Finding | None:
        return self.findings.get(provision)


def claims_of(facts: Sequence[EventFact]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c for f in facts for c in f.claims))
