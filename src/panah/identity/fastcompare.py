"""The comparer's verdict for many pairs of names at once, from memoised part scores.

:func:`panah.identity.compare.quick_compare` parses both names and scores every part of one
against every part of the other on each call. Over a million records the same parts meet
again and again (a given name, a father's name), in far more pairs than the comparer's caches
hold. :class:`PairScorer` keeps each name as a tuple of interned parts and each part pair's
:func:`panah.identity.compare.part_match` in a dictionary, and then applies the comparer's
whole-name rules to the memoised scores: the best assignment of parts (every placement of
the shorter name's parts, ties to the first), a given name facing a father's name (two
generations), the verdict and the score.

Those rules are :mod:`panah.identity.compare`'s, restated here over part ids; the two must
agree, and ``tests/identity/test_batch_dedupe.py`` checks that they do on the labelled pairs
and on generated names. Where the comparer would also try joining two parts into one
(``Nur Sultan`` / ``Nursultan``) and such a join could match exactly, or a name has no parts,
:meth:`PairScorer.verdict` says ``None`` and the caller asks the comparer itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from panah.identity.parse import Part

__all__ = ["PairScorer"]


@dataclass(frozen=True, slots=True)
class _Cell:
    """What the whole-name rules read of one part pair's :class:`PairMatch`."""

    score: float
    kind: str
    agrees: bool
    sex_conflict: bool
    typed_mismatch: bool
    role_conflict: bool = False


_EQUAL = _Cell(1.0, "equal", True, False, False)
_BANDS = {"same": (0.85, 1.0), "possible": (0.5, 0.84), "different": (0.0, 0.49)}


class PairScorer:
    """Verdicts for pairs of names given as tuples of part ids into ``parts``.

    ``order`` is each name's sort key for the comparer's orientation of a pair (the
    normalised text, then the text as given)."""

    def __init__(self, parts: Sequence[Part]) -> None:
        from panah.identity.compare import part_match
        from panah.identity.partmatch import HARD

        self.parts = parts
        self.hard = HARD
        self._part_match = part_match.__wrapped__  # each pair once here: no LRU needed
        self._cells: dict[tuple[int, int], _Cell] = {}
        self._strong: dict[int, bool] = {}
        self._roots: dict[int, frozenset[str]] = {}
        self._joins: dict[tuple[int, int], frozenset[str] | None] = {}

    # -- per part ---------------------------------------------------------------------------

    def cell(self, x: int, y: int) -> _Cell:
        got = self._cells.get((x, y))
        if got is None:
            a, b = self.parts[x], self.parts[y]
            if x == y and not a.han:
                got = self._cells[(x, y)] = _EQUAL  # part_match: equal skeletons score 1
                return got
            pm = self._part_match(a, b)
            got = _Cell(pm.score, pm.kind, pm.agrees, pm.sex_conflict, pm.typed_mismatch)
            self._cells[(x, y)] = got
        return got

    def strong(self, x: int) -> bool:
        got = self._strong.get(x)
        if got is None:
            from panah.identity.partmatch import strong_suffix

            got = self._strong[x] = strong_suffix(self.parts[x]) is not None
        return got

    def roots(self, x: int) -> frozenset[str]:
        """Every reading's root of part ``x``, de-iotated (what an exact match compares)."""
        got = self._roots.get(x)
        if got is None:
            from panah.identity.fold import deiotate

            got = frozenset(deiotate(r.root) for r in self.parts[x].readings)
            self._roots[x] = got
        return got

    # -- per pair of names -------------------------------------------------------------------

    def verdict(self, pa: tuple[int, ...], pb: tuple[int, ...]) -> tuple[str, float] | None:
        """The comparer's (verdict, score) for names with parts ``pa`` and ``pb``, already in
        the comparer's orientation; ``None`` where a join of parts may count."""
        if not pa or not pb or self._may_join(pa, pb) or self._may_join(pb, pa):
            return None
        return self._assign(pa, pb)

    def _may_join(self, longer: tuple[int, ...], shorter: tuple[int, ...]) -> bool:
        """Could two adjacent parts of ``longer``, joined, match a part of ``shorter`` equal
        or iotated (the only joins the comparer keeps)? Then the roots would be equal."""
        if len(longer) <= len(shorter):
            return False
        for u, v in itertools.pairwise(longer):
            joined = self._joined_roots(u, v)
            if joined is None:
                return True  # Chinese parts joined: leave it to the comparer
            for y in shorter:
                if not joined.isdisjoint(self.roots(y)):
                    return True
        return False

    def _joined_roots(self, u: int, v: int) -> frozenset[str] | None:
        """The de-iotated roots of parts ``u`` and ``v`` joined into one (as the comparer
        joins them: skeletons end to end, read again for a suffix); empty when the two
        cannot be joined (one Chinese, one not), ``None`` for two Chinese parts."""
        key = (u, v)
        if key in self._joins:
            return self._joins[key]
        from panah.identity.fold import deiotate
        from panah.identity.suffixes import readings

        a, b = self.parts[u], self.parts[v]
        got: frozenset[str] | None
        if a.han != b.han:
            got = frozenset()
        elif a.han:
            got = None
        else:
            got = frozenset(deiotate(r.root) for r in readings(a.skeleton + b.skeleton))
        self._joins[key] = got
        return got

    def _assign(self, pa: tuple[int, ...], pb: tuple[int, ...]) -> tuple[str, float]:
        cells, cell = self._cells, self.cell
        matrix = [[cells.get((x, y)) or cell(x, y) for y in pb] for x in pa]
        n, m = len(pa), len(pb)
        rows = (
            [[c.score for c in r] for r in matrix]
            if n <= m
            else [[matrix[i][j].score for i in range(n)] for j in range(m)]
        )
        k, width = min(n, m), max(n, m)
        best_total, best_perm = -1.0, tuple(range(k))
        for perm in itertools.permutations(range(width), k):
            total = 0.0
            for r, c in enumerate(perm):
                total += rows[r][c]
            if total > best_total + 1e-9:
                best_total, best_perm = total, perm
        chosen = sorted((r, c) if n <= m else (c, r) for r, c in enumerate(best_perm))
        paired = [self._with_role(matrix[i][j], i, pa, j, pb) for i, j in chosen]
        verdict = self._verdict(paired, n, m)
        dropped = n + m - 2 * len(chosen)
        weights = [1.0] * len(paired) + [0.3] * dropped
        values = [c.score for c in paired] + [0.6] * dropped
        raw = sum(w * v for w, v in zip(weights, values, strict=True)) / (sum(weights) or 1.0)
        low, high = _BANDS[verdict]
        return verdict, round(min(high, max(low, raw)), 3)

    def _clearly_given(self, pos: int, parts: tuple[int, ...]) -> bool:
        if self.strong(parts[pos]) or not any(self.strong(p) for p in parts):
            return False
        bare = [i for i, p in enumerate(parts) if not self.strong(p)]
        return bool(bare) and bare[0] == pos

    def _with_role(
        self, c: _Cell, i: int, pa: tuple[int, ...], j: int, pb: tuple[int, ...]
    ) -> _Cell:
        if not c.agrees:
            return c
        conflict = (self.strong(pa[i]) and self._clearly_given(j, pb)) or (
            self.strong(pb[j]) and self._clearly_given(i, pa)
        )
        if not conflict:
            return c
        return _Cell(min(c.score, 0.4), "role", False, c.sex_conflict, c.typed_mismatch, True)

    def _verdict(self, paired: list[_Cell], n: int, m: int) -> str:
        if not paired:
            return "different"
        matched = [c for c in paired if c.agrees and not c.role_conflict]
        conflicts = [c for c in paired if not c.agrees or c.role_conflict]
        if conflicts:
            hard = [
                c
                for c in conflicts
                if c.sex_conflict
                or c.role_conflict
                or c.kind == "known-different"
                or c.score < self.hard
            ]
            soft_typed = [c for c in hard if c.typed_mismatch and not c.sex_conflict]
            if matched and hard and len(soft_typed) == len(hard):
                return "possible"
            if hard:
                return "different"
            return "possible" if matched else "different"
        if len(matched) >= 2:
            return "same"
        if n == 1 and m == 1 and matched[0].score >= 0.97:
            return "same"
        return "possible"
