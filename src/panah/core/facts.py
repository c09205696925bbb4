"""Facts from claims: what the sources say about a subject's property, and which value holds.

:func:`resolve` gathers the claims about ``(subject, property)`` (ignoring retracted ones
and, with ``known_by``, claims dated after that day: see :func:`claim_known_on`), groups them
by value, and says which value the case works with: the team's working value if one was
chosen, the single value when all sources agree, or none when they disagree and nobody chose.
This is the one place that decides; the timeline, the conflicts view and the law engine all
use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum

from panah.core.case import CaseIndex, Claim, WorkingValue
from panah.core.catalogue import ClaimStatus
from panah.core.dates import DateError, FuzzyDate
from panah.core.properties import ValueKind, property_kind

__all__ = [
    "Agreement",
    "Resolution",
    "ValueGroup",
    "birth_range",
    "claim_known_on",
    "natural_key",
    "resolve",
]


class Agreement(StrEnum):
    SINGLE = "single"
    """One value, however many sources."""
    COMPATIBLE = "compatible"
    """Different values that can all be true (a month and a day in it; ages a year apart)."""
    SPELLING_VARIANTS = "spelling_variants"
    """Different spellings of a name: not a contradiction, but worth seeing side by side."""
    CONTRADICTORY = "contradictory"
    """Values that cannot all be true."""


@dataclass
class ValueGroup:
    value: object
    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims}, key=natural_key)


@dataclass
class Resolution:
    subject: str
    prop: str
    groups: list[ValueGroup]
    working: WorkingValue | None
    agreement: Agreement

    @property
    def conflict(self) -> bool:
        return len(self.groups) > 1

    @property
    def value(self) -> object:
        """The value the case works with, or None when undecided or unknown."""
        if self.working is not None:
            return self.working.value
        if len(self.groups) == 1:
            return self.groups[0].value
        return None

    @property
    def decided(self) -> bool:
        return self.working is not None or len(self.groups) == 1

    @property
    def claims(self) -> list[Claim]:
        return [c for g in self.groups for c in g.claims]

    def date(self) -> FuzzyDate | None:
        v = self.value
        if isinstance(v, str):
            try:
                return FuzzyDate.parse(v)
            except DateError:
                return None
        return None


_DIGITS = re.compile(r"(\d+)")


@functools.lru_cache(maxsize=8192)
def natural_key(text: str) -> tuple[object, ...]:
    """``"c10"`` after ``"c9"``: the text split into its runs of digits (as numbers) and the
    rest. Remembered: a case page sorts the same few hundred ids and sources many times over."""
    return tuple(int(t) if t.isdigit() else t for t in _DIGITS.split(text))


def claim_known_on(index: CaseIndex, claim: Claim) -> dt.date | None:
    """The first day an assessment "as of" a date takes this claim into account.

    "As of D" means: what had happened by D. A claim dated later is ignored, whenever the
    report about it was published (a January article about an October detention still tells
    what happened in October). A claim is dated by, in order: its ``as_of``; the date it
    claims, for an event's ``date`` or ``end_date``; the earliest claimed date of the event
    it is about; an age's source date. Otherwise it is timeless (None: always counts).
    """
    if claim.as_of is not None:
        return claim.as_of.earliest
    if claim.property in ("date", "end_date") and isinstance(claim.value, str):
        try:
            return FuzzyDate.parse(claim.value).earliest
        except DateError:
            return None
    kind = index.by_id.get(claim.subject, ("?", None))[0]
    if kind == "event":
        days = [
            d
            for c in index.claims_about(claim.subject, "date")
            if c.status != ClaimStatus.RETRACTED
            and isinstance(c.value, str)
            and (d := _earliest(c.value)) is not None
        ]
        return min(days) if days else None
    if claim.property == "age":
        src = index.sources.get(claim.source)
        return src.date.earliest if src is not None and src.date is not None else None
    return None


def _earliest(text: str) -> dt.date | None:
    try:
        return FuzzyDate.parse(text).earliest
    except DateError:
        return None


def _key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def resolve(
    index: CaseIndex, subject: str, prop: str, *, known_by: dt.date | None = None
) -> Resolution:
    groups: dict[str, ValueGroup] = {}
    for c in index.claims_about(subject, prop):
        if c.status == ClaimStatus.RETRACTED:
            continue
        if known_by is not None:
            known = claim_known_on(index, c)
            if known is not None and known > known_by:
                continue
        groups.setdefault(_key(c.value), ValueGroup(c.value)).claims.append(c)
    # the most sources first, then by the value's text (each group's key, worked out above)
    ordered = [
        g
        for _, g in sorted(
            groups.items(), key=lambda kg: (-len({c.source for c in kg[1].claims}), kg[0])
        )
    ]
    working = index.working.get((subject, prop))
    chosen = working.chosen_on.earliest if working is not None else None
    if known_by is not None and chosen is not None and chosen > known_by:
        working = None  # chosen after the date asked about: not yet chosen then
    return Resolution(subject, prop, ordered, working, _agreement(prop, ordered, index))


def _agreement(prop: str, groups: list[ValueGroup], index: CaseIndex) -> Agreement:
    if len(groups) <= 1:
        return Agreement.SINGLE
    if prop == "name":
        return Agreement.SPELLING_VARIANTS
    kind = property_kind(prop)
    if kind == ValueKind.DATE:
        dates = []
        for g in groups:
            try:
                dates.append(FuzzyDate.parse(str(g.value)))
            except DateError:
                return Agreement.CONTRADICTORY
        if all(a.overlaps(b) for i, a in enumerate(dates) for b in dates[i + 1 :]):
            return Agreement.COMPATIBLE
        return Agreement.CONTRADICTORY
    if prop == "age":
        ranges = []
        for g in groups:
            for c in g.claims:
                r = birth_range(index, c)
                if r is None:
                    return Agreement.CONTRADICTORY
                ranges.append(r)
        lo = max(r[0] for r in ranges)
        hi = min(r[1] for r in ranges)
        return Agreement.COMPATIBLE if lo <= hi else Agreement.CONTRADICTORY
    return Agreement.CONTRADICTORY


def birth_range(index: CaseIndex, claim: Claim) -> tuple[dt.date, dt.date] | None:
    """Birth dates consistent with 'age N as of D' (D fuzzy: its whole span)."""
    if not isinstance(claim.value, int):
        return None
    when = claim.as_of
    if when is None:
        src = index.sources.get(claim.source)
        when = src.date if src is not None else None
    if when is None or when.earliest is None or when.latest is None:
        return None
    age = claim.value

    def years_before(d: dt.date, n: int) -> dt.date:
        try:
            return d.replace(year=d.year - n)
        except ValueError:  # 29 February
            return d.replace(year=d.year - n, day=28)

    earliest_birth = years_before(when.earliest, age + 1) + dt.timedelta(days=1)
    latest_birth = years_before(when.latest, age)
    return earliest_birth, latest_birth

