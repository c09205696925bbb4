"""Findings: what a provision says about a person on a date, and why (the explanation tree).

A :class:`Finding` is the engine's answer for one provision: its **outcome** (holds / does not
hold / undetermined), the provision's **verification level** (shown wherever the finding is),
an **explanation** in plain words, the **claims** it rests on, the **facts it was missing**, the
**disputed facts** it depends on (every value, with its sources), and **sub-findings**, the
conditions it was built from. Conflicts between norms are findings too (kind ``conflict``), and
so are questions the law leaves to fact and degree (kind ``question_of_fact``).

CLI, web and generated documents render this one tree (:meth:`Finding.to_json`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from panah.law.citations import Verification
from panah.law.logic import Outcome

__all__ = [
    "DisputedFact",
    "DisputedValue",
    "Finding",
    "FindingKind",
]


class FindingKind(StrEnum):
    RULE = "rule"
    """Whether a provision's conditions are met."""
    CONFLICT = "conflict"
    """Two norms pull in opposite directions; the finding says which prevails and why."""
    QUESTION_OF_FACT = "question_of_fact"
    """The law sets no number: the finding shows the measure (days, for instance) instead."""
    VERSION = "version"
    """Which text of a provision, or which value of a parameter, applies on a date."""


@dataclass(frozen=True, slots=True)
class DisputedValue:
    value: object
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    consequence: str | None = None
    """What the finding would be with this value (e.g. 'gap of 13 days')."""

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "claims": list(self.claims),
            "sources": list(self.sources),
            "consequence": self.consequence,
        }


@dataclass(frozen=True, slots=True)
class DisputedFact:
    """A fact the sources disagree on, as the finding used it."""

    subject: str
    property: str
    label: str
    values: tuple[DisputedValue, ...]
    working_value: object | None = None
    working_reason: str | None = None
    decisive: bool = True
    """False when every value leads to the same outcome (the dispute does not matter here)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "property": self.property,
            "label": self.label,
            "values": [v.to_json() for v in self.values],
            "working_value": self.working_value,
            "working_reason": self.working_reason,
            "decisive": self.decisive,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    provision: str
    outcome: Outcome
    verification: Verification
    title: str
    citation: str
    explanation: str
    kind: FindingKind = FindingKind.RULE
    facts_used: tuple[str, ...] = ()
    missing_facts: tuple[str, ...] = ()
    disputed: tuple[DisputedFact, ...] = ()
    sub_findings: tuple[Finding, ...] = ()
    applied_version: str | None = None
    """Which version of the provision was applied, e.g. 'in force 2015-01-01 to 2025-09-16'."""
    relevant_date: dt.date | None = None
    """The date whose law was applied (offence, detention, decision…)."""
    details: Mapping[str, object] = field(default_factory=dict)

    # -- the tree ---------------------------------------------------------------------------
    def walk(self) -> Iterator[Finding]:
        """This finding and every sub-finding, depth first."""
        yield self
        for sub in self.sub_findings:
            yield from sub.walk()

    def find(self, provision_prefix: str) -> Finding | None:
        for f in self.walk():
            if f.provision.startswith(provision_prefix):
                return f
        return None

    @property
    def weakest_verification(self) -> Verification:
        """The least-verified level anywhere in the tree."""
        return Verification.weakest([f.verification for f in self.walk()])

    def all_facts_used(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for f in self.walk():
            for c in f.facts_used:
                seen.setdefault(c, None)
        return tuple(seen)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "provision": self.provision,
            "title": self.title,
            "citation": self.citation,
            "kind": self.kind.value,
            "outcome": self.outcome.value,
            "verification": self.verification.value,
            "explanation": self.explanation,
            "facts_used": list(self.facts_used),
            "missing_facts": list(self.missing_facts),
            "disputed": [d.to_json() for d in self.disputed],
            "applied_version": self.applied_version,
            "relevant_date": self.relevant_date.isoformat() if self.relevant_date else None,
            "details": dict(self.details),
            "sub_findings": [s.to_json() for s in self.sub_findings],
        }
        return out


def outcomes(findings: Sequence[Finding]) -> list[Outcome]:
    return [f.outcome for f in findings]
