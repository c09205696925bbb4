"""Duplicate persons across cases: candidates from the name index, decisions in SQLite.

``find_candidates`` looks for pairs of *persons* (``CASE/PERSON``) in the name index whose
names the comparer calls ``same`` or ``possible``, skipping pairs a reviewer has already
decided. ``DecisionLog`` appends merge / separate / undo decisions (who, when, why) to the
``identity_decision`` table of the same database; rows are never updated or deleted. The
state (clusters, conflicts) is computed by :mod:`panah.identity.dedupe`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from panah.core.errors import NotFoundError
from panah.identity.dedupe import Action, Decision, clusters, conflicts, effective, person_ref
from panah.storage.name_index import NameIndex

__all__ = ["Candidate", "DecisionLog", "State", "find_candidates"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS identity_decision (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'separate', 'undo')),
    person_a TEXT NOT NULL DEFAULT '',
    person_b TEXT NOT NULL DEFAULT '',
    target INTEGER REFERENCES identity_decision (id),
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS identity_decision_append_only_u
BEFORE UPDATE ON identity_decision
BEGIN SELECT RAISE(ABORT, 'identity decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS identity_decision_append_only_d
BEFORE DELETE ON identity_decision
BEGIN SELECT RAISE(ABORT, 'identity decisions are append-only'); END;
"""


class DecisionLog:
    """The append-only log of identity decisions in a name-index database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(_SCHEMA)

    def all(self) -> list[Decision]:
        rows = self.conn.execute(
            "SELECT id, action, actor, at, reason, person_a, person_b, target "
            "FROM identity_decision ORDER BY id"
        )
        return [
            Decision(i, action, actor, dt.datetime.fromisoformat(at), reason, a, b, target)
            for i, action, actor, at, reason, a, b, target in rows
        ]

    def record(
        self,
        action: Action,
        *,
        actor: str,
        at: dt.datetime,
        reason: str,
        a: str = "",
        b: str = "",
        target: int | None = None,
    ) -> Decision:
        """Append one decision (validated first); returns it with its id."""
        if target is not None and not self.conn.execute(
            "SELECT 1 FROM identity_decision WHERE id = ?", (target,)
        ).fetchone():
            raise NotFoundError(f"no identity decision {target}")
        probe = Decision(0, action, actor, at, reason, a, b, target)  # validates
        cur = self.conn.execute(
            "INSERT INTO identity_decision (action, person_a, person_b, target, actor, at, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (action, a, b, target, actor, at.isoformat(), reason),
        )
        assert cur.lastrowid is not None
        return Decision(cur.lastrowid, probe.action, actor, at, reason, a, b, target)

    def state(self) -> State:
        decisions = self.all()
        return State(
            decisions=decisions,
            standing=frozenset(d.id for d in effective(decisions).values()),
            clusters=clusters(decisions),
            conflicts=conflicts(decisions),
        )


@dataclass(frozen=True, slots=True)
class State:
    """The log and what it currently says."""

    decisions: list[Decision]
    standing: frozenset[int]
    clusters: list[list[str]]
    conflicts: list[Decision]

    def to_json(self) -> dict[str, object]:
        return {
            "decisions": [d.to_json() for d in self.decisions],
            "standing": sorted(self.standing),
            "clusters": self.clusters,
            "conflicts": [d.to_json() for d in self.conflicts],
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """Two persons whose names may be one person's, for a reviewer to decide."""

    a: str
    b: str
    name_a: str
    name_b: str
    verdict: str
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "name_a": self.name_a,
            "name_b": self.name_b,
            "verdict": self.verdict,
            "score": self.score,
            "reasons": list(self.reasons),
        }


def find_candidates(
    index: NameIndex, *, include_possible: bool = True, per_name: int = 20
) -> list[Candidate]:
    """Pairs of persons in different records whose names match, best first.

    Pairs with a standing decision (merged or separated) are not suggested again. Cost:
    one blocked lookup and ``per_name`` comparisons per indexed name.
    """
    from panah.identity import compare
    from panah.identity.compare import quick_compare

    decided = set(effective(DecisionLog(index.conn).all()))
    entries = {
        e: (person_ref(c, p), name)
        for e, c, p, name in index.conn.execute(
            "SELECT id, case_id, person_id, name FROM name_entry"
        )
    }
    best: dict[frozenset[str], tuple[int, float, tuple[str, str], tuple[str, str]]] = {}
    rank = {"same": 2, "possible": 1, "different": 0}
    for entry, (ref, name) in entries.items():
        for other in index.candidates(name, limit=per_name):
            if other <= entry or other not in entries:
                continue
            oref, oname = entries[other]
            pair = frozenset((ref, oref))
            if oref == ref or pair in decided:
                continue
            verdict, score = quick_compare(name, oname)
            if verdict == "different" or (verdict == "possible" and not include_possible):
                continue
            old = best.get(pair)
            if old is None or (rank[verdict], score) > (old[0], old[1]):
                best[pair] = (rank[verdict], score, (ref, name), (oref, oname))
    out = []
    for _, _, first, second in best.values():
        (a, na), (b, nb) = sorted((first, second))
        result = compare(na, nb)
        out.append(Candidate(a, b, na, nb, result.verdict, result.score, result.reasons))
    return sorted(out, key=lambda c: (-rank[c.verdict], -c.score, c.a, c.b))
