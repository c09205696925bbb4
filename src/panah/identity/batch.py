"""Duplicate detection over many names at once: blocked candidate pairs, then the comparer.

``panah dedupe find`` over a small index asks the name index one question per name; over a
million records that is a million searches. :func:`find_duplicates` does the work in one
pass, and does every piece of work once per *distinct* string rather than once per record:

1. **Parts, once per token.** A name's parts are its tokens' parts
   (:func:`panah.identity.parse.parse_name` of each distinct token, memoised), so a million
   records with a few hundred thousand distinct tokens fold each token once. A name with a
   separate patronymic word ("Мұсахан ұлы") or more than six parts is parsed whole.
2. **Blocking keys, once per part pair.** Names sharing a *pair* key (two roots, two
   vowel-less roots, a root and another part's prefix, consonant classes; the kinds of
   :func:`panah.identity.blocking_keys`) form a block. A block larger than ``max_block`` is
   split by a second key (the first letter of a third part, or the year of birth when the
   caller gives dates); what is still too large is skipped: a key that many names share is
   two very common names together, and the other keys of the same names are rarer.
3. **Dates before names.** Pairs whose records' dates of birth all conflict are dropped
   before anything is compared.
4. **The comparer, once per pair of distinct names, and only where needed.** Two names whose
   parts fold to the same skeletons (a name in Cyrillic and its Latin transliteration) are
   what :func:`panah.identity.compare.compare` calls ``same`` with score 1.0, without
   running it: every part pairs with an equal one, which the comparer scores 1.0 (a test
   checks this agreement on the labelled pairs and on generated names). Two names with no
   pair of parts that :func:`panah.identity.compare.part_match` lets agree, and no two
   parts that join into one (``Nur Sultan`` / ``Nursultan``), are ``different`` for the
   comparer too and are dropped. Every other pair gets
   :func:`panah.identity.compare.quick_compare`.
5. The verdict and score of a pair of names apply to every pair of records carrying them;
   records with identical names are paired with each other.

Pure: no I/O, the caller supplies the names.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from panah.identity.fastcompare import PairScorer
    from panah.identity.parse import Part

__all__ = [
    "PAIR_KEY_KINDS",
    "NameMatch",
    "PreparedNames",
    "birth_dates_agree",
    "candidate_name_pairs",
    "fast_verdict",
    "find_duplicates",
    "prepare_names",
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


# --- names, prepared once per distinct token -------------------------------------------------


@dataclass(slots=True)
class PreparedNames:
    """Distinct names with their parts (as ids into ``parts``) and per-part data."""

    texts: list[str]
    name_parts: list[tuple[int, ...]]
    parts: list[Part] = field(default_factory=list)
    fold: list[str] = field(default_factory=list)  # per part: skeleton, or pinyin for Chinese
    signature: list[tuple[str, ...]] = field(default_factory=list)  # per name: sorted folds
    order: list[tuple[str, str]] = field(default_factory=list)  # the comparer's orientation
    pair_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    scorer: PairScorer = field(init=False)
    _key_parts: dict[int, tuple[str, str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from panah.identity.fastcompare import PairScorer

        self.scorer = PairScorer(self.parts)

    def key_parts(self, pid: int) -> tuple[str, str, str]:
        """Part ``pid``'s root, the root's consonants and its consonant classes."""
        got = self._key_parts.get(pid)
        if got is None:
            from panah.identity.fold import consonants

            p = self.parts[pid]
            got = self._key_parts[pid] = (p.root, consonants(p.root), p.classes())
        return got

    def keys(self, pos: int) -> list[str]:
        """The pair blocking keys of name ``pos`` (kinds :data:`PAIR_KEY_KINDS`)."""
        return list(self._pair_keys(self.name_parts[pos]))

    def _pair_keys(self, ids: tuple[int, ...]) -> Iterable[str]:
        for a, b in itertools.combinations(ids, 2):
            yield from _part_pair_keys(self, a, b)


def _part_pair_keys(prep: PreparedNames, a: int, b: int) -> tuple[str, ...]:
    ra, ca, cla = prep.key_parts(a)
    rb, cb, clb = prep.key_parts(b)
    keys: list[str] = []
    if cla and clb:
        keys.append("h:" + (f"{cla}|{clb}" if cla <= clb else f"{clb}|{cla}"))
    if prep.parts[a].han or prep.parts[b].han:
        return tuple(keys)
    keys.append("rr:" + (f"{ra}|{rb}" if ra <= rb else f"{rb}|{ra}"))
    keys.append("cc:" + (f"{ca}|{cb}" if ca <= cb else f"{cb}|{ca}"))
    if len(rb) >= 3:
        keys.append(f"rp:{ra}|{rb[:3]}")
    if len(ra) >= 3:
        keys.append(f"rp:{rb}|{ra[:3]}")
    return tuple(keys)


def prepare_names(texts: Sequence[str]) -> PreparedNames:
    """Parse each distinct token once and give every name its parts (see the module doc)."""
    from panah.identity.normalise import normalise, split_tokens
    from panah.identity.parse import parse_name
    from panah.identity.suffixes import PATRONYMIC_WORDS

    part_id: dict[tuple[object, ...], int] = {}
    parts: list[Part] = []
    fold: list[str] = []
    token_ids: dict[str, tuple[int, ...]] = {}

    def intern(p: Part) -> int:
        # Parts that differ only in what the part scorer does not read (the text as written,
        # its script and fold labels) share one id: "Qaster" and "Kaster" score alike.
        key = (p.han, p.skeleton, p.readings, p.plain, p.surface, p.syllables,
               p.text if p.han else "")  # fmt: skip
        pid = part_id.get(key)
        if pid is None:
            pid = part_id[key] = len(parts)
            parts.append(p)
            fold.append("\x00" + "-".join(p.syllables) if p.han else p.skeleton)
        return pid

    name_parts: list[tuple[int, ...]] = []
    order: list[tuple[str, str]] = []
    for text in texts:
        ids: list[int] = []
        whole = False
        norm = normalise(text)
        order.append((norm, text))
        for token in split_tokens(norm):
            tid = token_ids.get(token)
            if tid is None:
                tid = token_ids[token] = tuple(intern(p) for p in parse_name(token).parts)
            if ids and any(
                not parts[i].han and parts[i].skeleton in PATRONYMIC_WORDS for i in tid
            ):
                whole = True  # "Мұсахан ұлы": the comparer reads the two words as one part
                break
            ids.extend(tid)
        if whole or len(ids) > 6:
            ids = [intern(p) for p in parse_name(text).parts]
        name_parts.append(tuple(ids))
    signature = [tuple(sorted(fold[i] for i in ids)) for ids in name_parts]
    return PreparedNames(list(texts), name_parts, parts, fold, signature, order)


# --- blocking --------------------------------------------------------------------------------


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


# --- the verdict of a pair of names ----------------------------------------------------------


def fast_verdict(prep: PreparedNames, a: int, b: int) -> tuple[str, float] | None:
    """The comparer's verdict and score for names ``a`` and ``b`` worked out from memoised
    part scores (:class:`panah.identity.fastcompare.PairScorer`), or ``None`` where the
    comparer must run (a join of two parts may count, a name without parts).

    Two names whose parts fold to the same skeletons (as a multiset) are ``("same", 1.0)``
    without scoring: every part pairs with an equal one, which the comparer scores 1.0."""
    sa, sb = prep.signature[a], prep.signature[b]
    if sa and sa == sb:
        return "same", 1.0
    if prep.order[a] > prep.order[b]:
        a, b = b, a
    return prep.scorer.verdict(prep.name_parts[a], prep.name_parts[b])


# --- the whole pass --------------------------------------------------------------------------


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
    comparer on them. ``keys_of``: blocking keys per name (default: the pair keys of the
    name's parts, as :func:`panah.identity.blocking_keys` makes them). ``counts``, when
    given, receives ``candidate_pairs`` (distinct name pairs blocked together), ``compared``
    (pairs of distinct names given a verdict), ``fast`` (of those, decided from the parts)
    and ``comparer`` (given to the comparer)."""
    from panah.identity.compare import quick_compare

    if born is not None and len(born) != len(names):
        raise ValueError(f"{len(born)} dates of birth for {len(names)} names")
    distinct: dict[str, int] = {}
    records_of: list[list[int]] = []
    for rec, name in enumerate(names):
        pos = distinct.setdefault(name, len(distinct))
        if pos == len(records_of):
            records_of.append([])
        records_of[pos].append(rec)
    texts = list(distinct)
    prep = prepare_names(texts)
    if keys_of is not None:
        keys: list[list[str]] | None = [list(keys_of(t)) for t in texts]
    else:
        keys = None
    pairs = _candidates(prep, keys, max_block)

    out: list[NameMatch] = []
    compared = fast = slow = 0

    def verdict_of(a: int, b: int) -> tuple[str, float]:
        nonlocal compared, fast, slow
        compared += 1
        got = fast_verdict(prep, a, b)
        if got is not None:
            fast += 1
            return got
        slow += 1
        return quick_compare(texts[a], texts[b])

    for pos, recs in enumerate(records_of):
        if len(recs) < 2:
            continue
        verdict, score = verdict_of(pos, pos)
        if verdict == "different" or (verdict == "possible" and not include_possible):
            continue
        for i, j in itertools.combinations(recs, 2):
            agree = _dates(born, i, j)
            if agree is not None:
                out.append(NameMatch(i, j, verdict, score, agree))
    for a, b in sorted(pairs):  # sorted: the comparer's caches meet name a again and again
        ra, rb = records_of[a], records_of[b]
        if len(ra) == 1 and len(rb) == 1:
            i, j = (ra[0], rb[0]) if ra[0] < rb[0] else (rb[0], ra[0])
            d = _dates(born, i, j)
            if d is None:
                continue
            verdict, score = verdict_of(a, b)
            if verdict == "different" or (verdict == "possible" and not include_possible):
                continue
            out.append(NameMatch(i, j, verdict, score, d))
            continue
        rec_pairs = [(min(i, j), max(i, j)) for i in ra for j in rb]
        dates = [_dates(born, i, j) for i, j in rec_pairs]
        if all(d is None for d in dates):
            continue
        verdict, score = verdict_of(a, b)
        if verdict == "different" or (verdict == "possible" and not include_possible):
            continue
        for (i, j), d in zip(rec_pairs, dates, strict=True):
            if d is not None:
                out.append(NameMatch(i, j, verdict, score, d))
    if counts is not None:
        counts["candidate_pairs"] = len(pairs)
        counts["compared"] = compared
        counts["fast"] = fast
        counts["comparer"] = slow
    out.sort(key=lambda m: (-m.rank, m.i, m.j))
    return out


def _candidates(
    prep: PreparedNames, keys: list[list[str]] | None, max_block: int
) -> set[tuple[int, int]]:
    if keys is not None:
        return candidate_name_pairs(keys, max_block=max_block)
    blocks: defaultdict[str, list[int]] = defaultdict(list)
    for pos, ids in enumerate(prep.name_parts):
        seen: set[str] = set()
        for a, b in itertools.combinations(ids, 2):
            pk = prep.pair_keys.get((a, b))
            if pk is None:
                pk = prep.pair_keys[(a, b)] = _part_pair_keys(prep, a, b)
            for k in pk:
                if k not in seen:
                    seen.add(k)
                    blocks[k].append(pos)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 2 <= len(members) <= max_block:
            pairs.update(itertools.combinations(members, 2))
    return pairs


def _dates(born: Sequence[str] | None, i: int, j: int) -> str | None:
    return "" if born is None else birth_dates_agree(born[i], born[j])
