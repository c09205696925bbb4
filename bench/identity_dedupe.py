"""Duplicate detection over N generated person records: Panah against a Splink baseline.

    python bench/identity_dedupe.py [--n 1000000] [--seed 7] [--only panah|splink]
                                    [--workers N]

The records come from the generator of ``bench/identity_search.py`` (Kazakh people in
Kazakh/Russian Cyrillic, four Latin schemes and Arabic script, patronymics kept, dropped or
Russianised, 10% typos; Uyghur and Russian people), 1–4 records per person. The true
duplicate pairs are the pairs of records of one generated person. Each person gets a date of
birth; each record carries it, or not (10%), or with day and month exchanged (5%). Names
alone cannot reach precision 0.99: generated namesakes exist, as real ones do.

Both systems run in one invocation on the same records, each in its own forked child
process, so that each gets its own peak-memory figure (``ru_maxrss``, the generated records
included) and CPU time (every thread and helper process).

(a) Panah: :func:`panah.identity.batch.find_duplicates` with the dates of birth and
    ``--workers`` processes for folding and scoring (default: one per core). Parts once per
    distinct token; pair blocking keys; blocks pair names whose dates share a key (equal
    or day/month exchanged, blocks up to 1,024 names), or with an unknown date on two equal
    roots (blocks up to 64); the comparer's verdict from memoised part scores
    (:mod:`panah.identity.fastcompare`). Ranked by :attr:`NameMatch.rank`: verdict ``same``
    1.5, date equal 3 or day/month-swapped 2, plus the comparer's score. Chosen threshold:
    rank 3, i.e. the names at least ``possible`` with an equal date of birth, or ``same``
    with a swapped one.
(b) Splink 5 on DuckDB (in memory, fed an Arrow table; no extension is loaded; DuckDB uses
    every core). Splink cannot match across scripts, so it gets the identity package's fold,
    computed as fast as Panah's (:func:`panah.identity.batch.prepare_names`, once per
    distinct token): each record's name parts as folded roots (patronymic and Russian
    suffixes stripped, any script → one Latin skeleton), sorted, in columns ``r1 r2 r3``,
    plus each root's consonants. Comparisons: Jaro-Winkler (0.95/0.88) with exact match on
    r1, r2, r3, and exact match on the date of birth. Blocking: ``(r1, r2)``, ``(c1, c2)``,
    ``(r1, c2)``, ``(c1, r2)``, ``(dob, first letter of r1)``. Training: u by random
    sampling (2M pairs), m by EM on ``dob`` blocks (for the name comparisons) and on
    ``(r1, r2)`` blocks (for r3 and dob). Chosen threshold: match probability ≥ 0.95.

Printed per system: wall time, CPU time, peak memory, pairs compared, precision and recall
at its chosen threshold, and the best recall at precision ≥ 0.99 over every cut.

Measured 2026-11-23, 2 cores shared with other work (load average from other processes
varies; CPU time is the steadier figure), with tokens folded in forked workers and each
part's match readings worked out once:

N = 100,000 (48,734 people, 75,509 true pairs), load average 1.2-1.8:

* Panah: wall 8.0 s, CPU 11.4 s, peak 344 MiB; 64,765 name pairs blocked, 71,737 given a
  verdict (1 by the comparer itself); at rank 3 precision 0.9999, recall 0.7873; best
  recall at precision >= 0.99: 0.7875.
* Splink: wall 7.5 s, CPU 7.9 s, peak 504 MiB; 158,506 record pairs; at p >= 0.95
  precision 0.9991, recall 0.7031; best recall at precision >= 0.99: 0.7448.

N = 1,000,000 (487,902 people, 756,206 true pairs), load average 1.2 before the run, 1.9
after Panah's part, 2.6 after Splink's:

* Panah: wall 81.2 s, CPU 97.5 s, peak 2,695 MiB; 1,012,761 name pairs blocked,
  1,084,033 given a verdict (4 by the comparer itself); at rank 3 precision 0.9990,
  recall 0.7876; best recall at precision >= 0.99: 0.7879.
* Splink: wall 121.6 s (fold 23.4 s, training 84.6 s of which EM on dob blocks 76.0 s,
  prediction 7.0 s), CPU 140.4 s, peak 4,439 MiB; 9,613,911 record pairs; at p >= 0.95
  precision 0.9833, recall 0.7016; best recall at precision >= 0.99: 0.6974.

A second 1M run right after (load 1.3 before, 3.1 after Panah's part, 2.5 after Splink's):
Panah wall 101.5 s, CPU 101.4 s, peak 2,694 MiB; Splink wall 126.0 s, CPU 142.8 s, peak
4,424 MiB; the same recall figures.

Earlier (same recall figures): at 100,000 Panah 14.7 s wall / 14.2 s CPU, Splink 10.7 s /
9.4 s (load 3.1-3.2); at 1,000,000, three runs, Panah 128.4 / 214.3 / 154.0 s wall and
134.9 / 128.3 / 119.4 s CPU, Splink 120.8 / 159.7 / 197.2 s wall and 149.8 / 156.5 /
148.3 s CPU (load 2.2-2.5, 3.5-5.2, 4.6-4.9).

At 1M Panah recalls 0.79 against Splink's 0.70 at precision >= 0.99, in 19-33% less wall
time (81 s against 122 s, and 102 s against 126 s in the second, busier run), 29-31% less
CPU and 39% less memory. At 100,000 Splink is about as fast. Most of Panah's remaining
time is ``part_match`` on some 1.5 million distinct pairs of parts (in the scoring workers) and
building the blocks (one process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import logging
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from identity_search import generate  # noqa: E402
from panah.identity.batch import find_duplicates  # noqa: E402


def _births(pids: list[str], seed: int) -> list[str]:
    """A date of birth per person (1950-2005), per record missing 10% of the time and with
    day and month exchanged 5% of the time (when the day can be a month)."""
    rng = random.Random(seed + 5)
    of: dict[str, dt.date] = {}
    out = []
    for pid in pids:
        if pid not in of:
            of[pid] = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(56 * 365))
        d = of[pid]
        r = rng.random()
        if r < 0.10:
            out.append("")
        elif r < 0.15 and d.day <= 12:
            out.append(f"{d.year:04d}-{d.day:02d}-{d.month:02d}")
        else:
            out.append(d.isoformat())
    return out


def _true_pairs(pids: list[str]) -> set[tuple[int, int]]:
    by: defaultdict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pids):
        by[p].append(i)
    return {pair for recs in by.values() for pair in itertools.combinations(recs, 2)}


def _report(
    label: str, scored: Iterable[tuple[float, int, int]], chosen: float, truth: set[tuple[int, int]]
) -> None:
    """``scored``: (score, i, j) with i < j. Precision/recall at ``score >= chosen`` and the
    best recall over every cut with precision >= 0.99."""
    ranked = sorted(scored, key=lambda s: -s[0])
    tp = fp = 0
    best = 0.0
    best_cut = float("nan")
    tp_c = fp_c = 0
    i = 0
    while i < len(ranked):
        score = ranked[i][0]
        while i < len(ranked) and ranked[i][0] == score:  # ties are cut together
            hit = (ranked[i][1], ranked[i][2]) in truth
            tp += hit
            fp += not hit
            i += 1
        if tp / (tp + fp) >= 0.99 and tp / len(truth) > best:
            best, best_cut = tp / len(truth), score
        if score >= chosen:
            tp_c, fp_c = tp, fp
    prec = tp_c / (tp_c + fp_c) if tp_c + fp_c else 0.0
    print(f"  {label}: at its threshold {tp_c + fp_c:,} pairs called duplicates, precision "
          f"{prec:.4f}, recall {tp_c / len(truth):.4f}; best recall at precision >= 0.99: "
          f"{best:.4f} (cut {best_cut:.3f})")


def run_panah(
    names: list[str], born: list[str], truth: set[tuple[int, int]], workers: int
) -> None:
    t0 = time.perf_counter()
    counts: dict[str, int] = {}
    matches = find_duplicates(names, born=born, counts=counts, workers=workers)
    wall = time.perf_counter() - t0
    print(f"Panah ({workers} worker(s)): wall {wall:.1f} s; {counts['candidate_pairs']:,} distinct name pairs "
          f"blocked together, {counts['compared']:,} given a verdict (the others' dates of "
          f"birth conflict): {counts['fast']:,} from memoised part scores, "
          f"{counts['comparer']:,} by the comparer")
    # Rank: an agreeing date of birth, then 'same' above 'possible', then the score.
    scored = [(m.rank, m.i, m.j) for m in matches]
    _report("Panah", scored, 3.0, truth)


def _fold_roots(names: list[str]) -> list[list[str]]:
    """Each record's name roots (sorted, padded to three), folded once per distinct token."""
    from panah.identity.batch import prepare_names

    distinct = list(dict.fromkeys(names))
    prep = prepare_names(distinct)
    rows: dict[str, list[str]] = {}
    for text, ids in zip(distinct, prep.name_parts, strict=True):
        parts = [prep.parts[i] for i in ids]
        roots = sorted({p.root for p in parts if p.root and not p.han})
        rows[text] = (roots + [""] * 3)[:3]
    return [rows[n] for n in names]


def run_splink(names: list[str], born: list[str], truth: set[tuple[int, int]]) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    logging.disable(logging.INFO)  # Splink narrates every EM iteration

    from panah.identity.fold import consonants

    t0 = time.perf_counter()
    rows = _fold_roots(names)
    cols = {f"r{k + 1}": [r[k] or None for r in rows] for k in range(3)}
    for k in range(3):
        cols[f"c{k + 1}"] = [consonants(r[k]) or None for r in rows]
    cols["dob"] = [b or None for b in born]
    table = pa.table({"unique_id": list(range(len(names))), **cols})
    t_fold = time.perf_counter() - t0

    t1 = time.perf_counter()
    import duckdb

    con = duckdb.connect(":memory:")
    db_api = DuckDBAPI(connection=con)
    rules: list[Any] = [block_on("r1", "r2"), block_on("c1", "c2"), block_on("r1", "c2"),
             block_on("c1", "r2"), block_on("dob", "substr(r1, 1, 1)")]
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("r1", [0.95, 0.88]),
            cl.JaroWinklerAtThresholds("r2", [0.95, 0.88]),
            cl.JaroWinklerAtThresholds("r3", [0.95, 0.88]),
            cl.ExactMatch("dob"),
        ],
        blocking_rules_to_generate_predictions=rules,
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker(db_api.register(table), settings)
    steps: list[str] = []

    def step(label: str, since: float) -> float:
        now = time.perf_counter()
        steps.append(f"{label} {now - since:.1f} s")
        return now

    t = step("load", t1)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("r1", "r2")], recall=0.7
    )
    t = step("lambda", t)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    t = step("u", t)
    # EM on blocks that stay small as N grows: dob estimates the name comparisons, (r1, r2)
    # estimates r3 and dob.
    for rule in (("dob",), ("r1", "r2")):
        linker.training.estimate_parameters_using_expectation_maximisation(block_on(*rule))
        t = step(f"EM {'+'.join(rule)}", t)
    t_train = time.perf_counter() - t1
    t2 = time.perf_counter()
    pred = linker.inference.predict(threshold_match_probability=0.01)
    result = pred.as_duckdbpyrelation().select("match_probability, unique_id_l, unique_id_r")
    out = result.fetchall()
    t_pred = time.perf_counter() - t2
    from splink.blocking_analysis import count_comparisons_from_blocking_rules

    counted = count_comparisons_from_blocking_rules(  # after the timing: not part of a run
        db_api.register(table),
        blocking_rules=rules,
        link_type="dedupe_only",
        record_sample_proportion=1.0,
    )
    n_compared = counted[-1]["cumulative_comparison_count"]
    print(f"Splink: wall {t_fold + t_train + t_pred:.1f} s (identity fold {t_fold:.1f} s, "
          f"training {t_train:.1f} s [{', '.join(steps)}], prediction {t_pred:.1f} s); "
          f"{n_compared:,} record pairs "
          f"compared; {len(out):,} pairs with probability >= 0.01")
    scored = [(float(p), min(a, b), max(a, b)) for p, a, b in out]
    _report("Splink", scored, 0.95, truth)


def _isolated(label: str, run: Callable[[], None]) -> None:
    """Run one system in a child process (fork: the generated records are shared) and print
    its wall time, CPU time (every thread) and peak resident memory."""
    sys.stdout.flush()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            run()
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        os._exit(code)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    cpu = usage.ru_utime + usage.ru_stime
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  {label} process: wall {wall:.1f} s, CPU {cpu:.1f} s, peak RSS "
          f"{usage.ru_maxrss / 1024:,.0f} MiB (the generated records included); exit "
          f"{os.waitstatus_to_exitcode(status)}; load average {load}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", choices=("panah", "splink"), default=None)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="Panah's folding and scoring processes (default: one per core; "
                    "DuckDB uses every core too)")
    args = ap.parse_args()
    if args.n < 2:
        ap.error("--n must be at least 2")

    t0 = time.perf_counter()
    recs = list(generate(args.n, args.seed, 0.0))
    names = [r[1] for r in recs]
    truth = _true_pairs([r[0] for r in recs])
    born = _births([r[0] for r in recs], args.seed)
    print(f"{len(names):,} records of {len({r[0] for r in recs}):,} people, {len(truth):,} "
          f"true duplicate pairs ({time.perf_counter() - t0:.1f} s to generate)")
    if args.only in (None, "panah"):
        _isolated("Panah", lambda: run_panah(names, born, truth, args.workers))
    if args.only in (None, "splink"):
        _isolated("Splink", lambda: run_splink(names, born, truth))
    print(f"(cpu: {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
