"""A SQLite index of person names across cases, for "find this person by any spelling".

Candidates, then scoring
------------------------
Every indexed name is filed under its blocking keys (:func:`panah.identity.blocking_keys`:
pair of roots, pair of vowel-less roots, root + prefix of another part, consonant classes
shared with Chinese transcriptions, single roots). A query looks up its own keys in a B-tree
(``name_key``, keys stored as 64-bit hashes), ranks the entries by the keys they share, and
runs the full comparer (:func:`panah.identity.compare`) on the best few only. When the keys
find too little (a partial name, a typo in the first letters of every part), an FTS5
``trigram`` index over the folded skeletons finds entries containing the query's longest
root as a substring.

Why keys first and trigrams second: a trigram query over a million names touches long
posting lists for common trigrams ("an", "ul", "ov") and cannot tolerate a typo inside the
trigram, while the keys encode exactly the variation the comparer forgives (see
``bench/identity_search.py`` for the figures).

Where a query's time goes (1,000,000 names, cold caches, CPU): its keys ~0.3 ms; the keys'
entries (~750 rows from ~8 keys, one statement) and the votes ~0.6 ms; the pool of 120
re-ranked by rapidfuzz on skeletons read from the FTS5 content table ~0.4 ms; the comparer on
the 30 best (:func:`rank_hits`: parsing each candidate name, then the quick comparer; namesakes
compared once) ~4 ms — most of it. Measured with ``bench/identity_search.py`` (947 queries,
cold caches, load 2.7-4): p50 / p95 / p99 wall 5.2 / 8.3 / 10.6 ms, CPU p95 8.1 ms; generated
recall@10 0.946; evaluation recall through the index 367 of the comparer's 368.

Schema (created on open)::

    name_entry(id, case_id, person_id, label, name, born, source)
    name_key(key INTEGER, entry INTEGER)   -- PRIMARY KEY (key, entry), WITHOUT ROWID
    name_trigram(skeleton)                 -- FTS5, tokenize=trigram, rowid = entry id
"""

from __future__ import annotations

import hashlib
import heapq
import math
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from panah.core.case import Case, NameVariant

__all__ = ["Hit", "NameIndex", "NameRecord", "key_hash", "rank_hits", "rerank"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS name_entry (
    id INTEGER PRIMARY KEY,
    case_id TEXT NOT NULL,
    person_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    born TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS name_entry_case ON name_entry (case_id);
CREATE TABLE IF NOT EXISTS name_key (
    key INTEGER NOT NULL,
    entry INTEGER NOT NULL,
    PRIMARY KEY (key, entry)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS name_trigram USING fts5(skeleton, tokenize = 'trigram');
"""

_Row = tuple[int, str, str, str, str, str]  # id, case_id, person_id, label, name, born
_POOL = 120  # entries re-ranked by the cheap similarity before the comparer sees `limit`
_MMAP_BYTES = 1 << 30
_CACHE_KIB = 64 * 1024

# How much one shared key says, by kind (the prefix of the key).
_WEIGHTS = {"rr": 4.0, "cc": 2.0, "rp": 2.0, "h": 2.0, "r": 1.0}
_PAIR_KINDS = ("rr", "cc", "rp", "h")


def key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a blocking key (Python's hash() changes per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


@dataclass(frozen=True, slots=True)
class NameRecord:
    """One name of one person, as filed in the index."""

    case_id: str
    person_id: str
    name: str
    label: str = ""
    born: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the best-matching name of one person, with the comparer's verdict."""

    entry: int
    case_id: str
    person_id: str
    label: str
    name: str
    born: str
    score: float
    verdict: str
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "case": self.case_id,
            "person": self.person_id,
            "label": self.label,
            "name": self.name,
            "born": self.born or None,
            "score": self.score,
            "verdict": self.verdict,
            "reasons": list(self.reasons),
        }


def _skeleton_text(name: str) -> str:
    from panah.identity.parse import parse_name

    parts = parse_name(name).parts
    words = {p.skeleton for p in parts} | {p.root for p in parts}
    return " ".join(sorted(w for w in words if w))


def case_records(case: Case, *, source: str = "") -> Iterator[NameRecord]:
    """Every name variant of every person in a case, and of their named relatives."""

    def label_of(names: tuple[NameVariant, ...]) -> str:
        preferred = [n for n in names if n.preferred]
        return (preferred or list(names))[0].value if names else ""

    for person in case.people:
        label = label_of(person.names)
        born = person.birth_date or ""
        for n in person.names:
            yield NameRecord(case.id, person.id, n.value, label, str(born), source)
        for i, rel in enumerate(person.relatives):
            rel_id = rel.id or f"{person.id}/relative-{i + 1}"
            rel_label = f"{label_of(rel.names)} ({rel.relation} of {label})"
            for n in rel.names:
                yield NameRecord(case.id, rel_id, n.value, rel_label, "", source)


class NameIndex:
    """The name index in one SQLite file. Use as a context manager; commits on success."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(_SCHEMA)

    @classmethod
    def open(cls, path: str | Path) -> NameIndex:
        conn = sqlite3.connect(str(path))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Reads map the file instead of copying each page into SQLite's cache (a query
        # touches a few dozen pages of a ~400 MB file for a million names), and a larger
        # page cache keeps the B-trees' inner pages between queries.
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        return cls(conn)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.conn.commit()
        else:
            self.conn.rollback()
        self.conn.close()

    # -- writing ----------------------------------------------------------------------------

    def add_many(self, records: Iterable[NameRecord]) -> int:
        """File names under their keys; returns how many were added. Caller commits."""
        from panah.identity import blocking_keys

        cur = self.conn.cursor()
        n = 0
        keys_batch: list[tuple[int, int]] = []
        tri_batch: list[tuple[int, str]] = []
        for rec in records:
            cur.execute(
                "INSERT INTO name_entry (case_id, person_id, label, name, born, source) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (rec.case_id, rec.person_id, rec.label, rec.name, rec.born, rec.source),
            )
            entry = cur.lastrowid
            assert entry is not None
            keys_batch.extend((key_hash(k), entry) for k in blocking_keys(rec.name))
            tri_batch.append((entry, _skeleton_text(rec.name)))
            n += 1
            if len(keys_batch) > 50_000:
                self._flush(cur, keys_batch, tri_batch)
        self._flush(cur, keys_batch, tri_batch)
        return n

    @staticmethod
    def _flush(
        cur: sqlite3.Cursor, keys: list[tuple[int, int]], tri: list[tuple[int, str]]
    ) -> None:
        cur.executemany("INSERT OR IGNORE INTO name_key (key, entry) VALUES (?, ?)", keys)
        cur.executemany("INSERT INTO name_trigram (rowid, skeleton) VALUES (?, ?)", tri)
        keys.clear()
        tri.clear()

    def remove_case(self, case_id: str) -> int:
        """Forget every name filed for a case (before re-indexing it)."""
        cur = self.conn.execute("SELECT id FROM name_entry WHERE case_id = ?", (case_id,))
        rows = [r[0] for r in cur]
        for entry in rows:
            self.conn.execute("DELETE FROM name_key WHERE entry = ?", (entry,))
            self.conn.execute("DELETE FROM name_trigram WHERE rowid = ?", (entry,))
        self.conn.execute("DELETE FROM name_entry WHERE case_id = ?", (case_id,))
        return len(rows)

    def index_case(self, case: Case, *, source: str = "") -> int:
        """Replace a case's names in the index with those in ``case``."""
        self.remove_case(case.id)
        return self.add_many(case_records(case, source=source))

    def count(self) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM name_entry").fetchone()
        return int(row[0])

    # -- reading ----------------------------------------------------------------------------

    def candidates(self, query: str, *, limit: int = 30, per_key: int = 400) -> list[int]:
        """Entry ids sharing blocking keys with the query, best first (no scoring yet)."""
        from panah.identity import blocking_keys

        keys = blocking_keys(query)
        votes: defaultdict[int, float] = defaultdict(float)
        pair_keys = [k for k in keys if k.split(":", 1)[0] in _PAIR_KINDS]
        single_keys = [k for k in keys if k.startswith("r:")]

        def vote(group: list[str]) -> None:
            """One statement for a group of keys: at most ``per_key`` entries of each."""
            if not group:
                return
            sql = " UNION ALL ".join(
                [f"SELECT * FROM (SELECT {i}, entry FROM name_key WHERE key = ? LIMIT ?)"  # noqa: S608
                 for i in range(len(group))]
            )  # fmt: skip (only numbers are written into the statement)
            args: list[int] = []
            for k in group:
                args += (key_hash(k), per_key)
            hits: list[list[int]] = [[] for _ in group]
            for i, entry in self.conn.execute(sql, args):
                hits[i].append(entry)
            for k, entries in zip(group, hits, strict=True):
                # A key many names share says less (a common given name): weight by rarity.
                w = _WEIGHTS[k.split(":", 1)[0]] / (1.0 + math.log10(1 + len(entries)))
                for entry in entries:
                    votes[entry] += w

        pool_size = max(_POOL, limit * 4)
        vote(pair_keys)
        if len(votes) < pool_size:
            vote(single_keys)
        if len(votes) < limit:
            for entry in self._trigram_candidates(query, limit):
                votes[entry] += 0.5
        if len(votes) <= limit:
            return sorted(votes, key=lambda e: -votes[e])
        # More candidates than the comparer will see: break ties among equally voted entries
        # by a cheap similarity of the folded spellings (rapidfuzz on the skeleton text).
        pool = heapq.nlargest(pool_size, votes, key=votes.__getitem__)
        marks = ",".join("?" * len(pool))
        # The skeletons from the FTS5 table's content table (``<table>_content``, columns id
        # and c0): a plain rowid lookup, three times cheaper than through the FTS5 table.
        texts = dict(
            self.conn.execute(
                f"SELECT id, c0 FROM name_trigram_content WHERE id IN ({marks})",  # noqa: S608
                pool,
            ).fetchall()
        )
        return rerank(query, pool, votes, texts, limit)

    def _trigram_candidates(self, query: str, limit: int) -> list[int]:
        from panah.identity.parse import parse_name

        roots = sorted({p.root for p in parse_name(query).parts if len(p.root) >= 3}, key=len)
        if not roots:
            return []
        needle = roots[-1].replace('"', "")
        rows = self.conn.execute(
            "SELECT rowid FROM name_trigram WHERE name_trigram MATCH ? LIMIT ?",
            (f'"{needle}"', limit),
        )
        return [r[0] for r in rows]

    def search(self, query: str, *, limit: int = 10, candidates: int = 30) -> list[Hit]:
        """People whose names match ``query`` in any script, best first, one hit per person.

        Only ``same`` and ``possible`` verdicts are returned.
        """
        ids = self.candidates(query, limit=candidates)
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows: list[_Row] = self.conn.execute(
            f"SELECT id, case_id, person_id, label, name, born FROM name_entry "  # noqa: S608
            f"WHERE id IN ({marks})",
            ids,
        ).fetchall()
        return rank_hits(query, rows, limit)


def rerank(
    query: str, pool: list[int], votes: dict[int, float], texts: dict[int, str], limit: int
) -> list[int]:
    """The ``limit`` best of a pool of voted entries (SQLite and PostgreSQL alike), by their
    votes plus a cheap similarity of the folded spellings (``texts``: skeleton texts).

    token_set_ratio: the parts one name has and the other lacks cost little (a dropped
    patronymic); token_sort_ratio: they cost (tells a namesake with one more name from the
    same name written otherwise). Each weighs up to 1.5 votes. (Chosen on the generated
    queries that ``bench/identity_search.py`` does not time.)
    """
    from rapidfuzz import fuzz

    q = _skeleton_text(query)
    ranked = {}
    for e in pool:
        text = texts.get(e, "")
        ranked[e] = votes[e] + 0.015 * (
            fuzz.token_set_ratio(q, text) + fuzz.token_sort_ratio(q, text)
        )
    return heapq.nlargest(limit, ranked, key=ranked.__getitem__)


def rank_hits(query: str, rows: list[_Row], limit: int) -> list[Hit]:
    """Rank candidate rows (SQLite or PostgreSQL alike): one hit per person, its best name.

    Every candidate is ranked with the quick comparer (no reasons); the full comparison, with
    its reasons, runs only for the hits shown.
    """
    from panah.identity import compare
    from panah.identity.compare import quick_compare

    rank = {"same": 2, "possible": 1, "different": 0}
    best: dict[tuple[str, str], tuple[int, float, str, _Row]] = {}
    seen: dict[str, tuple[str, float]] = {}  # namesakes among the candidates: compared once
    for row in rows:
        _, case_id, person_id, _, name, _ = row
        quick = seen.get(name)
        if quick is None:
            quick = seen[name] = quick_compare(query, name)
        verdict, score = quick
        if verdict == "different":
            continue
        key = (case_id, person_id)
        old = best.get(key)
        if old is None or (rank[verdict], score) > (old[0], old[1]):
            best[key] = (rank[verdict], score, name, row)
    top = sorted(best.values(), key=lambda v: (-v[0], -v[1], v[2]))[:limit]
    hits = []
    for _, _, _, row in top:
        entry, case_id, person_id, label, name, born = row
        result = compare(query, name)
        hits.append(Hit(int(entry), case_id, person_id, label, name, born, result.score,
                        result.verdict, result.reasons))  # fmt: skip
    return hits
