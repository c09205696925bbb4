"""Precision and recall of the ``same`` verdict on the labelled name pairs.

The figures are printed (``pytest -s`` or ``-rP`` shows them) and asserted against the issue's
targets: precision >= 0.98 and recall >= 0.95 on ``data/name_pairs.tsv`` and
``data/holdout.tsv`` together (both development data now), the shared acceptance bar
(0.95 / 0.85) on the public sample in ``data/public_sample.tsv``, and the same targets on
``data/holdout2.tsv`` and ``data/holdout3.tsv`` (development data since the second precision
round). ``data/README.md`` says how each set was written and used.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from panah.identity import compare

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Pair:
    first: str
    second: str
    same: bool
    category: str
    note: str


def load(path: Path) -> list[Pair]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "name1\t")):
            continue
        cols = line.split("\t")
        cols += [""] * (5 - len(cols))
        pairs.append(Pair(cols[0], cols[1], cols[2] == "1", cols[3], cols[4]))
    return pairs


def score(pairs: list[Pair]) -> tuple[float, float, Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    wrong = []
    for p in pairs:
        said = compare(p.first, p.second).verdict == "same"
        key = ("tp" if said else "fn") if p.same else ("fp" if said else "tn")
        counts[key] += 1
        counts[f"{p.category}:{key}"] += 1
        if key in ("fp", "fn"):
            wrong.append(f"{key} [{p.category}] {p.first} | {p.second}")
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return precision, recall, counts, wrong


def report(name: str, pairs: list[Pair]) -> tuple[float, float]:
    precision, recall, counts, wrong = score(pairs)
    print(f"\n{name}: {len(pairs)} pairs, precision {precision:.3f}, recall {recall:.3f} "
          f"(tp {counts['tp']} fp {counts['fp']} fn {counts['fn']} tn {counts['tn']})")
    for category in sorted({p.category for p in pairs}):
        parts = " ".join(f"{k} {counts[f'{category}:{k}']}" for k in ("tp", "fp", "fn", "tn"))
        print(f"  {category:<14} {parts}")
    for line in wrong:
        print(f"  wrong: {line}")
    return precision, recall


def test_the_set_is_large_and_varied() -> None:
    pairs = load(DATA / "name_pairs.tsv")
    categories = Counter(p.category for p in pairs)
    assert len(pairs) >= 300
    assert sum(not p.same for p in pairs) >= 100
    for needed in ("cross-script", "russianised", "patronymic", "typo", "arabic-script",
                   "chinese", "hard-negative"):
        assert categories[needed] >= 20, needed
    assert len({(p.first, p.second) for p in pairs}) == len(pairs), "duplicate pairs"


def test_precision_and_recall_meet_the_issue_targets() -> None:
    """name_pairs.tsv and holdout.tsv together: both are development data since the precision
    work on issue #5 (see data/README.md)."""
    report("name_pairs.tsv", load(DATA / "name_pairs.tsv"))
    report("holdout.tsv", load(DATA / "holdout.tsv"))
    both = load(DATA / "name_pairs.tsv") + load(DATA / "holdout.tsv")
    precision, recall = report("name_pairs.tsv + holdout.tsv", both)
    assert precision >= 0.98
    assert recall >= 0.95


def test_public_sample_meets_the_acceptance_bar() -> None:
    precision, recall = report("public_sample.tsv", load(DATA / "public_sample.tsv"))
    assert precision >= 0.95
    assert recall >= 0.85


def test_second_held_out_set_is_large_and_varied() -> None:
    pairs = load(DATA / "holdout2.tsv")
    categories = Counter(p.category for p in pairs)
    assert len(pairs) >= 300
    assert sum(not p.same for p in pairs) >= 100
    assert categories["hard-negative"] >= 60
    assert categories["typo"] >= 40
    for needed in ("cross-script", "russianised", "patronymic", "arabic-script", "chinese",
                   "compound", "order", "different"):
        assert categories[needed] >= 5, needed
    assert len({(p.first, p.second) for p in pairs}) == len(pairs), "duplicate pairs"


def test_second_held_out_set_is_reported() -> None:
    """holdout2.tsv was written before the precision work on issue #5; its first-contact
    figures are in data/README.md. Development data since the second precision round, so held
    to the issue's targets."""
    precision, recall = report("holdout2.tsv", load(DATA / "holdout2.tsv"))
    assert precision >= 0.98
    assert recall >= 0.95


def test_third_held_out_set_is_reported() -> None:
    """holdout3.tsv was written blind (by someone who never read the rules nor ran the
    matcher) after the precision work; its first-contact figures (0.974 / 0.957) are in
    data/README.md. Development data since the second precision round, so held to the issue's
    targets."""
    pairs = load(DATA / "holdout3.tsv")
    assert len(pairs) >= 350
    assert len({(p.first, p.second) for p in pairs}) == len(pairs), "duplicate pairs"
    precision, recall = report("holdout3.tsv", pairs)
    assert precision >= 0.98
    assert recall >= 0.95


def test_fourth_held_out_set_is_reported() -> None:
    """holdout4.tsv was written blind during the second precision round and run once after it
    (0.988 / 0.988, data/README.md). Asserted only against a floor, so that a drop is still
    seen without the set becoming something the rules are tuned on."""
    pairs = load(DATA / "holdout4.tsv")
    assert len(pairs) >= 350
    assert len({(p.first, p.second) for p in pairs}) == len(pairs), "duplicate pairs"
    precision, recall = report("holdout4.tsv", pairs)
    assert precision >= 0.95
    assert recall >= 0.9


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Қастер Мұсаханұлы", "Kaster Musakhanuly"),
        ("Мұрагер Әлімұлы", "Murager Alymuly"),
        ("Ләззат Ахатова", "Lazzat Akhat"),
    ],
    ids=["person-A", "person-B", "lawyer"],
)
def test_reference_case_spellings_are_the_same_person(first: str, second: str) -> None:
    assert compare(first, second).verdict == "same"
