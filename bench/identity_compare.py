"""CPU time of ``panah.identity.compare`` per pair, cold and warm.

    python bench/identity_compare.py [--rounds 20]

Pairs: every pair of ``tests/identity/data/name_pairs.tsv`` and ``holdout.tsv``. *Cold*: the
comparer's caches (parses, folds, part matches, comparisons) are cleared before each round, so
every pair is parsed and scored from scratch, as a search scoring new candidates does; the
name lexicon stays loaded (it is read once per process). *Warm*: the same pairs again with
the caches full. *quick*: ``quick_compare`` (no reasons), cold, as search ranking uses it.
Figures are CPU time (``time.process_time``) per pair; the median of the rounds is reported,
with the load average, because other processes share the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from panah.identity.compare import clear_caches, compare, quick_compare  # noqa: E402

DATA = ROOT / "tests" / "identity" / "data"


def load_pairs() -> list[tuple[str, str]]:
    pairs = []
    for name in ("name_pairs.tsv", "holdout.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith(("#", "name1\t")):
                continue
            cols = line.split("\t")
            pairs.append((cols[0], cols[1]))
    return pairs


def per_pair_us(pairs: list[tuple[str, str]], *, cold: bool, quick: bool, rounds: int) -> float:
    fn = quick_compare if quick else compare
    times = []
    for _ in range(rounds):
        if cold:
            clear_caches()
        start = time.process_time()
        for a, b in pairs:
            fn(a, b)
        times.append((time.process_time() - start) / len(pairs) * 1e6)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    pairs = load_pairs()
    start = time.process_time()
    compare(*pairs[0])  # first call: imports, lexicon load
    first_ms = (time.process_time() - start) * 1e3
    load = os.getloadavg()
    cold = per_pair_us(pairs, cold=True, quick=False, rounds=args.rounds)
    quick = per_pair_us(pairs, cold=True, quick=True, rounds=args.rounds)
    warm = per_pair_us(pairs, cold=False, quick=False, rounds=args.rounds)
    print(f"pairs: {len(pairs)}, rounds: {args.rounds}, load average {load[0]:.2f} "
          f"{load[1]:.2f} {load[2]:.2f}")
    print(f"first call (imports + lexicon): {first_ms:.1f} ms CPU")
    print(f"compare, cold caches:       {cold:8.1f} µs CPU per pair (median of rounds)")
    print(f"quick_compare, cold caches: {quick:8.1f} µs CPU per pair")
    print(f"compare, warm caches:       {warm:8.1f} µs CPU per pair")


if __name__ == "__main__":
    main()
