"""Reversible decisions that two person records are (or are not) one person.

Nothing is ever merged by deleting or rewriting records. A reviewer *decides*: ``merge``
(the two records are one person), ``separate`` (they are two people, do not suggest them
again) or ``undo`` (withdraw an earlier decision). Decisions are appended, never changed;
each carries who decided, when (with time zone) and why. The current state is computed:

* the *effective* decision for a pair is its latest decision that no ``undo`` withdrew;
* *clusters* are the groups of records joined by effective ``merge`` decisions;
* a *conflict* is an effective ``separate`` between two records that merges elsewhere put
  in one cluster (A=B, B=C, but A≠C): shown to the reviewer, never resolved silently.

Records are named ``CASE/PERSON`` (the case-file ids).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Action", "Decision", "clusters", "conflicts", "effective", "person_ref"]

Action = Literal["merge", "separate", "undo"]


def person_ref(case_id: str, person_id: str) -> str:
    return f"{case_id}/{person_id}"


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    action: Action
    actor: str
    at: dt.datetime
    reason: str
    a: str = ""  # CASE/PERSON; empty for undo
    b: str = ""
    target: int | None = None  # the decision an undo withdraws

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a decision's time must carry its time zone")
        if not self.actor.strip() or not self.reason.strip():
            raise ValueError("a decision needs who made it and why")
        if self.action == "undo":
            if self.target is None:
                raise ValueError("an undo names the decision it withdraws")
        elif not self.a or not self.b or self.a == self.b:
            raise ValueError("merge and separate need two different records")

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "action": self.action,
            "a": self.a or None,
            "b": self.b or None,
            "target": self.target,
            "actor": self.actor,
            "at": self.at.isoformat(),
            "reason": self.reason,
        }


def effective(decisions: Iterable[Decision]) -> dict[frozenset[str], Decision]:
    """The standing merge/separate decision of each pair, after undos (in id order)."""
    ordered = sorted(decisions, key=lambda d: d.id)
    withdrawn: set[int] = set()
    # An undo can itself be undone: walk backwards so the latest word wins.
    for d in reversed(ordered):
        if d.action == "undo" and d.id not in withdrawn and d.target is not None:
            withdrawn.add(d.target)
    standing: dict[frozenset[str], Decision] = {}
    for d in ordered:
        if d.action != "undo" and d.id not in withdrawn:
            standing[d.pair] = d
    return standing


def clusters(decisions: Iterable[Decision]) -> list[list[str]]:
    """Groups of two or more records joined by standing merges, sorted."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in effective(decisions).values():
        if d.action == "merge":
            ra, rb = find(d.a), find(d.b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def conflicts(decisions: Iterable[Decision]) -> list[Decision]:
    """Standing ``separate`` decisions between records that merges put in one cluster."""
    decisions = list(decisions)
    member = {x: i for i, group in enumerate(clusters(decisions)) for x in group}
    return [
        d
        for d in effective(decisions).values()
        if d.action == "separate" and d.a in member and member.get(d.b) == member[d.a]
    ]
