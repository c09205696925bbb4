"""Name search on PostgreSQL (pg_trgm): build time, p50/p95/p99 latency, recall.

    python bench/identity_search_pg.py [--records 1000000] [--queries 1000]
        [--url postgres://postgres@127.0.0.1:5432/postgres] [--schema panah_bench] [--keep]
        [--reuse] [--build-only]

The same generated records, held-back queries and evaluation pairs as
``bench/identity_search.py`` (the SQLite benchmark), filed in
:class:`panah.storage.name_index_pg.PgNameIndex` in the schema ``panah_bench``, which is
dropped at the end unless ``--keep`` (``--reuse`` searches a kept one without rebuilding).
Latency is ``PgNameIndex.search`` from this process over TCP to the local server:
round trips, the server's work and the comparer.

Measured 2026-11-23, 2 cores shared with the server (load average 2.7-4):

* 1,000,000 names: build 343 s, 1,041 MiB with indexes; cold p50 12.2 / p95 19.2 / p99
  22.5 ms, warm p50 10.1 / p95 17.1 ms; generated recall@10 0.944 (0.026 missed behind a
  page of ten same-named people); evaluation recall preserved 367/368.
* After the changes of 2026-11-23 (namesakes compared once, the pool re-ranked by token set
  + sort ratio; see ``bench/identity_search.py``), all 947 held-back queries, the same kept
  schema, before -> after (load 2.6 -> 1.7): cold wall p50 / p95 / p99 9.9 / 21.0 / 46.1 ->
  8.0 / 12.4 / 17.1 ms, client CPU p95 9.4 -> 9.0 ms; warm p95 14.8 -> 18.1 ms (a second run:
  cold 14.8, warm 13.0 — the warm tail is the garbage collector over the comparer's caches);
  recall@10 0.944 -> 0.946; evaluation 367/368 both, top 10 325/368. Three more runs of the
  new code (load 1.4-2.6) gave cold p95 17.5, 16.7 and 17.8 ms (CPU p95 9.4-11.8, p99
  10.9-15.7 ms): under 20 ms, with less margin than SQLite, since the server's work and three
  round trips share the two cores with the comparer. (Reading the pool's whole rows in one
  round trip instead of two was tried: no gain, more client CPU.)
* 100,000 names: cold p95 14.9 ms, warm p95 14.3 ms; recall@10 0.975 (SQLite at the same
  size and seed: 0.975, evaluation 367/368 as well).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402

from identity_search import _evaluate, _load_pairs, _pct, generate  # noqa: E402
from panah.identity.compare import clear_caches  # noqa: E402
from panah.storage.name_index import NameRecord  # noqa: E402
from panah.storage.name_index_pg import PgNameIndex  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--url", default="postgres://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--schema", default="panah_bench")
    ap.add_argument("--keep", action="store_true", help="keep the schema for --reuse")
    ap.add_argument("--reuse", action="store_true", help="search a kept schema, no rebuild")
    ap.add_argument("--build-only", action="store_true",
                    help="build the schema and stop (with --keep: then measure with --reuse)")
    args = ap.parse_args()

    eval_files = [ROOT / "tests/identity/data/name_pairs.tsv",
                  ROOT / "tests/identity/data/holdout.tsv"]
    pairs = [p for f in eval_files for p in _load_pairs(f)]
    s = args.schema
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", s):
        ap.error("--schema: a plain lower-case name")
    with psycopg.connect(args.url) as conn:
        if not args.reuse:
            conn.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
            conn.commit()
        index = PgNameIndex(conn, s)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {s}.bench_query (person_id text, name text)")
        conn.commit()
        try:
            if not args.reuse:
                t0 = time.perf_counter()
                held: list[tuple[str, str]] = []
                hold_back = min(1.0, 3 * args.queries / max(args.records, 1))

                def records() -> Iterator[NameRecord]:
                    for pid, name, kind, is_query in generate(args.records, args.seed,
                                                              hold_back):
                        if is_query:
                            held.append((pid, name))
                        else:
                            yield NameRecord("gen", pid, name, name, "", kind)

                n = index.add_many(records())
                distinct = sorted({name for a, b, _, _ in pairs for name in (a, b)})
                index.add_many(NameRecord("eval", f"e{i}", name, name)
                               for i, name in enumerate(distinct))
                with conn.cursor() as cur:
                    cur.executemany(f"INSERT INTO {s}.bench_query VALUES (%s, %s)", held)  # noqa: S608
                index.analyse()
                conn.commit()
                build = time.perf_counter() - t0
                size = conn.execute(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = %s AND c.relkind = 'r'",
                    (s,),
                ).fetchone()
                mib = float(size[0] or 0) / 2**20 if size else 0.0
                print(f"built {n:,} generated + {len(distinct)} evaluation names in {build:.0f} s "
                      f"({n / build:,.0f} names/s); {mib:,.0f} MiB with indexes")
            if args.build_only:
                return 0
            total = index.count()
            queries = conn.execute(f"SELECT person_id, name FROM {s}.bench_query").fetchall()  # noqa: S608
            rng = random.Random(args.seed + 2)
            sample = rng.sample(queries, min(args.queries, len(queries)))
            index.search("Қастер Мұсаханұлы")  # warm-up
            print(f"index: {total:,} names (PostgreSQL, schema {s})")
            for mode in ("cold", "warm"):
                clear_caches()
                wall: list[float] = []
                cpu: list[float] = []
                found = crowded = 0
                for pid, query in sample:
                    if mode == "cold":
                        clear_caches()
                    t, c = time.perf_counter(), time.process_time()
                    hits = index.search(query, limit=10)
                    wall.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                    if any(h.case_id == "gen" and h.person_id == pid and h.verdict == "same"
                           for h in hits):
                        found += 1
                    elif sum(h.verdict == "same" for h in hits) == 10:
                        crowded += 1
                print(f"{mode} queries: {len(sample)}; wall ms p50 {statistics.median(wall):.1f} "
                      f"p95 {_pct(wall, 0.95):.1f} p99 {_pct(wall, 0.99):.1f} max {max(wall):.1f}; "
                      f"client cpu ms p50 {statistics.median(cpu):.1f} p95 {_pct(cpu, 0.95):.1f} "
                      f"p99 {_pct(cpu, 0.99):.1f}")
                print(f"  generated recall@10 (person found as same): {found / len(sample):.3f}; "
                      f"missed with a page full of same-named people: {crowded / len(sample):.3f}")

            _evaluate(index, pairs, lambda q: index.search(q, limit=10))
        finally:
            conn.rollback()
            if not args.keep:
                conn.execute(f"DROP SCHEMA IF EXISTS {s} CASCADE")
                conn.commit()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"(cpu: {os.cpu_count()} cores shared with the server, load average {load}; one "
          "query thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
