"""Duplicate detection over many names at once: blocked candidate pairs, then the comparer.

``panah dedupe find`` asks the name index one question per name; over a million records that
is a million searches. :func:`find_duplicates` does the same work in one pass:

1. each *distinct* name gets its blocking keys once (:func:`panah.identity.blocking_keys`);
2. names sharing a *pair* key (two roots, two vowel-less roots, a root and another part's
   prefix, consonant classes) form a block; blocks larger than ``max_block`` are skipped
   (a key that many names share is two very common names together: the other keys of the
   same names are rarer and still meet);
3. every distinct pair of names met in some block is scored once by
   :func:`panah.identity.compare.quick_compare`;
4. the verdict and score of a pair of names apply to every pair of records carrying them;
   records with identical names are paired with each other (as the comparer rates the
   name against itself).

Pure: no I/O, the caller supplies the names.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "PAIR_KEY_KINDS",
    "NameMatch",
    "birth_dates_agree",
    "candidate_name_pairs",
    "find_duplicates",
]

PAIR_KEY_KINDS = ("rr", "cc", "rp", "h")


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Two records (indexes into the input) whose names the comparer matched."""

    i: int
    j: int
    verdict: str
    score: float
    born: str = ""  # "equal", "swapped" (day and month), "unknown" (one or both missing)

    @property
    def rank(self) -> float:
        """One number to order matches by: ``same`` 1.5, an equal date of birth 3, a
        day/month-swapped one 2, plus the comparer's score. The date weighs more than the
        verdict: namesakes are common, namesakes born on the same day are not."""
        return (
            (1.5 if self.verdict == "same" else 0.0)
            + {"equal": 3.0, "swapped": 2.0}.get(self.born, 0.0)
            + self.score
        )


def candidate_name_pairs(
    keys: Sequence[Iterable[str]], *, max_block: int = 64
) -> set[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, of positions in ``keys`` that share a pair key in a block
    of at most ``max_block`` members."""
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    for pos, ks in enumerate(keys):
        for k in ks:
            if k.split(":", 1)[0] in PAIR_KEY_KINDS:
                blocks[k].append(pos)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 2 <= len(members) <= max_block:
            pairs.update(itertools.combinations(members, 2))  # members are ascending
    return pairs


def birth_dates_agree(a: str, b: str) -> str | None:
    """How two ISO dates of birth (``YYYY-MM-DD``, or empty when unknown) agree: ``equal``,
    ``swapped`` (day and month exchanged, the commonest clerical slip), ``unknown``, or
    ``None`` when they conflict."""
    if not a or not b:
        return "unknown"
    if a == b:
        return "equal"
    ya, _, rest_a = a.partition("-")
    yb, _, rest_b = b.partition("-")
    ma, _, da = rest_a.partition("-")
    mb, _, db = rest_b.partition("-")
    if ya == yb and ma == db and da == mb:
        return "swapped"
    return None


def find_duplicates(
    names: Sequence[str],
    *,
    born: Sequence[str] | None = None,
    max_block: int = 64,
    include_possible: bool = True,
    keys_of: Callable[[str], Iterable[str]] | None = None,
    counts: dict[str, int] | None = None,
) -> list[NameMatch]:
    """Pairs of records whose names are one person's (``same``) or may be (``possible``),
    best first (:attr:`NameMatch.rank`). With ``born`` (ISO dates, ``""`` when unknown, one
    per name), pairs whose dates of birth conflict are left out, without running the
    comparer on them. ``keys_of`` defaults to :func:`panah.identity.blocking_keys`.
    ``counts``, when given, receives ``candidate_pairs`` (distinct name pairs blocked
    together) and ``compared`` (name pairs the comparer scored)."""
    from panah.identity.compare import quick_compare
    from panah.identity.keys import blocking_keys

    keys_fn = keys_of or blocking_keys
    distinct: dict[str, int] = {}
    records_of: list[list[int]] = []
    for rec, name in enumerate(names):
        pos = distinct.setdefault(name, len(distinct))
        if pos == len(records_of):
            records_of.append([])
        records_of[pos].append(rec)
    texts = list(distinct)
    pairs = candidate_name_pairs([keys_fn(t) for t in texts], max_block=max_block)

    out: list[NameMatch] = []
    compared = 0
    for pos, recs in enumerate(records_of):
        if len(recs) < 2:
            continue
        verdict, score = quick_compare(texts[pos], texts[pos])  # a one-word name: possible
        compared += 1
        if verdict == "different" or (verdict == "possible" and not include_possible):
            continue
        for i, j in itertools.combinations(recs, 2):
            _add(out, born, i, j, verdict, score)
    for a, b in pairs:
        # Dates first: when every pair of records conflicts, the comparer need not run.
        rec_pairs = [(min(i, j), max(i, j)) for i in records_of[a] for j in records_of[b]]
        dates = [_dates(born, i, j) for i, j in rec_pairs]
        if all(d is None for d in dates):
            continue
        verdict, score = quick_compare(texts[a], texts[b])
        compared += 1
        if verdict == "different" or (verdict == "possible" and not include_possible):
            continue
        for (i, j), d in zip(rec_pairs, dates, strict=True):
            if d is not None:
                out.append(NameMatch(i, j, verdict, score, d))
    if counts is not None:
        counts["candidate_pairs"] = len(pairs)
        counts["compared"] = compared
    out.sort(key=lambda m: (-m.rank, m.i, m.j))
    return out


def _dates(born: Sequence[str] | None, i: int, j: int) -> str | None:
    return "" if born is None else birth_dates_agree(born[i], born[j])


def _add(
    out: list[NameMatch], born: Sequence[str] | None, i: int, j: int, verdict: str, score: float
) -> None:
    agree = _dates(born, i, j)
    if agree is not None:
        out.append(NameMatch(i, j, verdict, score, agree))
