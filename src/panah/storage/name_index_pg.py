"""The person-name index on PostgreSQL: blocking keys in a B-tree, pg_trgm (GIN) fallback.

The same search as :class:`panah.storage.name_index.NameIndex` (SQLite), for deployments on
PostgreSQL. Every name is filed under the 64-bit hashes of its blocking keys
(:func:`panah.identity.blocking_keys`); a query fetches the entries of its own keys in one
round trip (``unnest`` + ``LATERAL ... LIMIT``), ranks them by the keys they share, breaks
ties with a cheap similarity of the folded spellings, and runs the identity comparer on the
best few. When the keys find too little (a partial name, a typo in the first letters of
every part), a ``pg_trgm`` GIN index over the folded skeletons finds the entries whose words
are most similar to the query's longest root (``word_similarity``, the ``<%`` operator):
unlike SQLite's FTS5 substring match it tolerates a typo inside the root.

All tables live in one schema (``panah_names`` unless told otherwise), created on open
together with the ``pg_trgm`` extension::

    name_entry(id bigserial, case_id, person_id, label, name, born, source, skeleton)
    name_key(key bigint, entry bigint)     -- PRIMARY KEY (key, entry)
    name_entry_skeleton_trgm               -- GIN (skeleton gin_trgm_ops)
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from panah.storage.name_index import (
    _PAIR_KINDS,
    _POOL,
    _WEIGHTS,
    Hit,
    NameRecord,
    _skeleton_text,
    case_records,
    key_hash,
    rank_hits,
    rerank,
)

if TYPE_CHECKING:
    import psycopg

    from panah.core.case import Case

__all__ = ["PgNameIndex"]

_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")

_DDL = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA IF NOT EXISTS {s};
CREATE TABLE IF NOT EXISTS {s}.name_entry (
    id bigserial PRIMARY KEY,
    case_id text NOT NULL,
    person_id text NOT NULL,
    label text NOT NULL DEFAULT '',
    name text NOT NULL,
    born text NOT NULL DEFAULT '',
    source text NOT NULL DEFAULT '',
    skeleton text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS name_entry_case ON {s}.name_entry (case_id);
CREATE TABLE IF NOT EXISTS {s}.name_key (
    key bigint NOT NULL,
    entry bigint NOT NULL REFERENCES {s}.name_entry (id) ON DELETE CASCADE,
    PRIMARY KEY (key, entry)
);
CREATE INDEX IF NOT EXISTS name_key_entry ON {s}.name_key (entry);
CREATE INDEX IF NOT EXISTS name_entry_skeleton_trgm ON {s}.name_entry
    USING gin (skeleton gin_trgm_ops);
"""

_Row = tuple[int, str, str, str, str, str]  # id, case_id, person_id, label, name, born


class PgNameIndex:
    """The name index in one PostgreSQL schema. Use as a context manager; commits on success.

    ``conn`` is a psycopg 3 connection (not in autocommit mode); the caller owns it.
    """

    def __init__(self, conn: psycopg.Connection[Any], schema: str = "panah_names"):
        if not _SCHEMA_NAME.fullmatch(schema):
            raise ValueError(f"not a plain lower-case schema name: {schema!r}")
        self.conn = conn
        self.schema = schema
        with conn.cursor() as cur:
            for statement in _DDL.format(s=schema).split(";"):
                if statement.strip():
                    cur.execute(statement)

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

    def _sql(self, text: str) -> str:
        return text.format(s=self.schema)

    # -- writing ----------------------------------------------------------------------------

    def add_many(self, records: Iterable[NameRecord], *, batch: int = 20_000) -> int:
        """File names under their keys (COPY in batches); returns how many. Caller commits."""
        from panah.identity import blocking_keys

        n = 0
        pending: list[tuple[NameRecord, str, tuple[str, ...]]] = []

        def flush() -> None:
            if not pending:
                return
            with self.conn.cursor() as cur:
                cur.execute(
                    self._sql("SELECT nextval(pg_get_serial_sequence('{s}.name_entry', 'id')) "
                              "FROM generate_series(1, %s)"),
                    (len(pending),),
                )
                ids = [int(r[0]) for r in cur.fetchall()]
                copy_entry = self._sql(
                    "COPY {s}.name_entry (id, case_id, person_id, label, name, born, source, "
                    "skeleton) FROM STDIN"
                )
                with cur.copy(copy_entry) as cp:
                    for entry, (rec, skel, _) in zip(ids, pending, strict=True):
                        cp.write_row((entry, rec.case_id, rec.person_id, rec.label, rec.name,
                                      rec.born, rec.source, skel))  # fmt: skip
                copy_key = self._sql("COPY {s}.name_key (key, entry) FROM STDIN")
                with cur.copy(copy_key) as cp:
                    for entry, (_, _, keys) in zip(ids, pending, strict=True):
                        for h in sorted({key_hash(k) for k in keys}):
                            cp.write_row((h, entry))
            pending.clear()

        for rec in records:
            pending.append((rec, _skeleton_text(rec.name), blocking_keys(rec.name)))
            n += 1
            if len(pending) >= batch:
                flush()
        flush()
        return n

    def remove_case(self, case_id: str) -> int:
        """Forget every name filed for a case (its keys go with it)."""
        with self.conn.cursor() as cur:
            cur.execute(self._sql("DELETE FROM {s}.name_entry WHERE case_id = %s"), (case_id,))
            return cur.rowcount

    def index_case(self, case: Case, *, source: str = "") -> int:
        """Replace a case's names in the index with those in ``case``."""
        self.remove_case(case.id)
        return self.add_many(case_records(case, source=source))

    def count(self) -> int:
        with self.conn.cursor() as cur:
            cur.execute(self._sql("SELECT count(*) FROM {s}.name_entry"))
            row = cur.fetchone()
        assert row is not None
        return int(row[0])

    def analyse(self) -> None:
        """Refresh the planner's statistics (after a bulk load)."""
        with self.conn.cursor() as cur:
            cur.execute(self._sql("ANALYZE {s}.name_entry"))
            cur.execute(self._sql("ANALYZE {s}.name_key"))

    # -- reading ----------------------------------------------------------------------------

    def _entries_of(self, keys: list[str], per_key: int) -> dict[str, list[int]]:
        if not keys:
            return {}
        hashes = [key_hash(k) for k in keys]
        by_hash = dict(zip(hashes, keys, strict=True))
        out: dict[str, list[int]] = {k: [] for k in keys}
        with self.conn.cursor() as cur:
            cur.execute(
                self._sql(
                    "SELECT q.key, e.entry FROM unnest(%s::bigint[]) AS q(key), LATERAL "
                    "(SELECT entry FROM {s}.name_key WHERE key = q.key LIMIT %s) AS e"
                ),
                (hashes, per_key),
            )
            for h, entry in cur.fetchall():
                out[by_hash[int(h)]].append(int(entry))
        return out

    def candidates(self, query: str, *, limit: int = 30, per_key: int = 400) -> list[int]:
        """Entry ids sharing blocking keys with the query, best first (no scoring yet)."""
        from panah.identity import blocking_keys

        keys = blocking_keys(query)
        votes: defaultdict[int, float] = defaultdict(float)
        pair_keys = [k for k in keys if k.split(":", 1)[0] in _PAIR_KINDS]
        single_keys = [k for k in keys if k.startswith("r:")]

        def vote(found: dict[str, list[int]]) -> None:
            for key, entries in found.items():
                # A key many names share says less (a common given name): weight by rarity.
                w = _WEIGHTS[key.split(":", 1)[0]] / (1.0 + math.log10(1 + len(entries)))
                for entry in entries:
                    votes[entry] += w

        pool_size = max(_POOL, limit * 4)
        vote(self._entries_of(pair_keys, per_key))
        if len(votes) < pool_size:
            vote(self._entries_of(single_keys, per_key))
        if len(votes) < limit:
            for entry in self._trigram_candidates(query, limit):
                votes[entry] += 0.5
        if len(votes) <= limit:
            return sorted(votes, key=lambda e: -votes[e])
        pool = heapq.nlargest(pool_size, votes, key=votes.__getitem__)
        with self.conn.cursor() as cur:
            cur.execute(
                self._sql("SELECT id, skeleton FROM {s}.name_entry WHERE id = ANY(%s)"),
                (pool,),
            )
            texts = {int(i): str(t) for i, t in cur.fetchall()}
        return rerank(query, pool, votes, texts, limit)

    def _trigram_candidates(self, query: str, limit: int) -> list[int]:
        from panah.identity.parse import parse_name

        roots = sorted({p.root for p in parse_name(query).parts if len(p.root) >= 3}, key=len)
        if not roots:
            return []
        with self.conn.cursor() as cur:
            cur.execute(
                self._sql(
                    "SELECT id FROM {s}.name_entry WHERE %s <%% skeleton "
                    "ORDER BY word_similarity(%s, skeleton) DESC, id LIMIT %s"
                ),
                (roots[-1], roots[-1], limit),
            )
            return [int(r[0]) for r in cur.fetchall()]

    def search(self, query: str, *, limit: int = 10, candidates: int = 30) -> list[Hit]:
        """People whose names match ``query`` in any script, best first, one hit per person.

        Only ``same`` and ``possible`` verdicts are returned (as the SQLite index does).
        """
        ids = self.candidates(query, limit=candidates)
        if not ids:
            return []
        with self.conn.cursor() as cur:
            cur.execute(
                self._sql(
                    "SELECT id, case_id, person_id, label, name, born FROM {s}.name_entry "
                    "WHERE id = ANY(%s)"
                ),
                (ids,),
            )
            rows: list[_Row] = cur.fetchall()
        return rank_hits(query, rows, limit)
