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
    born: str = "unknown"  # how their dates of birth agree: equal, swapped, unknown, differ

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "name_a": self.name_a,
            "name_b": self.name_b,
            "verdict": self.verdict,
            "score": self.score,
            "born": self.born,
            "reasons": list(self.reasons),
        }


ENGINES = ("auto", "search", "batch")
BATCH_FROM = 20_000  # name entries from which ``auto`` uses the batch engine


def find_candidates(
    index: NameIndex,
    *,
    include_possible: bool = True,
    per_name: int = 20,
    engine: str = "auto",
    skip_conflicting_dates: bool = False,
) -> list[Candidate]:
    """Pairs of persons in different records whose names match, best first.

    Pairs with a standing decision (merged or separated) are not suggested again. Two
    engines find the pairs: ``search`` asks the name index for ``per_name`` candidates of
    each name (one blocked lookup each; the widest net, for small indexes), ``batch`` runs
    :func:`panah.identity.batch.find_duplicates` over every name at once (blocks of names
    sharing two roots; one pass, for large indexes). ``auto`` picks ``batch`` from
    :data:`BATCH_FROM` name entries. Both give the comparer's verdict and score. With
    ``skip_conflicting_dates``, persons whose dates of birth are both known and differ
    (other than day and month exchanged) are not suggested.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    decided = set(effective(DecisionLog(index.conn).all()))
    rows = index.conn.execute(
        "SELECT id, case_id, person_id, name, born FROM name_entry ORDER BY id"
    ).fetchall()
    if engine == "auto":
        engine = "batch" if len(rows) >= BATCH_FROM else "search"
    found = (_batch_pairs if engine == "batch" else _search_pairs)(
        index, rows, include_possible=include_possible, per_name=per_name,
        skip_conflicting_dates=skip_conflicting_dates,
    )  # fmt: skip
    return _candidates(found, decided)


_RANK = {"same": 2, "possible": 1, "different": 0}
_Found = dict[frozenset[str], tuple[int, float, tuple[str, str], tuple[str, str], str]]
_EntryRow = tuple[int, str, str, str, str]


def _keep(
    best: _Found, ref: str, name: str, oref: str, oname: str, verdict: str, score: float,
    born: str,
) -> None:  # fmt: skip
    pair = frozenset((ref, oref))
    old = best.get(pair)
    if old is None or (_RANK[verdict], score) > (old[0], old[1]):
        best[pair] = (_RANK[verdict], score, (ref, name), (oref, oname), born)


def _search_pairs(
    index: NameIndex,
    rows: list[_EntryRow],
    *,
    include_possible: bool,
    per_name: int,
    skip_conflicting_dates: bool,
) -> _Found:
    from panah.identity.batch import birth_dates_agree
    from panah.identity.compare import quick_compare

    entries = {e: (person_ref(c, p), name, born) for e, c, p, name, born in rows}
    best: _Found = {}
    for entry, (ref, name, born) in entries.items():
        for other in index.candidates(name, limit=per_name):
            if other <= entry or other not in entries:
                continue
            oref, oname, oborn = entries[other]
            if oref == ref:
                continue
            dates = birth_dates_agree(born, oborn) or "differ"
            if dates == "differ" and skip_conflicting_dates:
                continue
            verdict, score = quick_compare(name, oname)
            if verdict == "different" or (verdict == "possible" and not include_possible):
                continue
            _keep(best, ref, name, oref, oname, verdict, score, dates)
    return best


def _batch_pairs(
    index: NameIndex,
    rows: list[_EntryRow],
    *,
    include_possible: bool,
    per_name: int,
    skip_conflicting_dates: bool,
) -> _Found:
    from panah.identity.batch import birth_dates_agree, find_duplicates

    refs = [person_ref(c, p) for _, c, p, _, _ in rows]
    names = [name for _, _, _, name, _ in rows]
    born = [b for *_, b in rows]
    import os

    matches = find_duplicates(
        names, born=born if skip_conflicting_dates else None, include_possible=include_possible,
        workers=min(4, os.cpu_count() or 1),
    )  # fmt: skip
    best: _Found = {}
    for m in matches:
        if refs[m.i] == refs[m.j]:
            continue
        dates = birth_dates_agree(born[m.i], born[m.j]) or "differ"
        _keep(best, refs[m.i], names[m.i], refs[m.j], names[m.j], m.verdict, m.score, dates)
    return best


_BORN_RANK = {"equal": 2, "swapped": 1}


def _candidates(best: _Found, decided: set[frozenset[str]]) -> list[Candidate]:
    from panah.identity import compare

    out = []
    for pair, (_, _, first, second, born) in best.items():
        if pair in decided:
            continue
        (a, na), (b, nb) = sorted((first, second))
        result = compare(na, nb)
        out.append(Candidate(a, b, na, nb, result.verdict, result.score, result.reasons, born))
    return sorted(
        out,
        key=lambda c: (-_RANK[c.verdict], -_BORN_RANK.get(c.born, 0), -c.score, c.a, c.b),
    )
