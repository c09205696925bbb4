"""Duplicate detection over many names at once: blocked candidate pairs, then the comparer.

``panah dedupe find`` over a small index asks the name index one question per name; over a
million records that is a million searches. :func:`find_duplicates` does the work in one
pass, and does every piece of work once per *distinct* string rather than once per record:

1. **Parts, once per token.** A name's parts are its tokens' parts
   (:func:`panah.identity.parse.parse_name` of each distinct token, memoised), so a million
   records with a few hundred thousand distinct tokens fold each token once. A name with a
   separate patronymic word ("Мұсахан ұлы") or more than six parts is parsed whole. With
   ``workers`` > 1 the distinct tokens are parsed (and their parts' blocking-key data worked
   out) in forked processes, and numbered here in input order: the same result.
2. **Blocking keys, once per part pair.** Names sharing a *pair* key (two roots, two
   vowel-less roots, a root and another part's prefix, consonant classes; the kinds of
   :func:`panah.identity.blocking_keys`) form a block. Without dates, a block larger than
   ``max_block`` is skipped: a key that many names share is two very common names
   together, and the other keys of the same names are rarer.
3. **Dates before names.** With dates of birth, a block pairs only names whose dates
   share a key (equal, or day and month exchanged), which lets blocks of common names up to
   ``dated_block`` be used, plus names with an unknown date, in blocks of up to
   ``max_block`` that share two equal roots (``rr``). Pairs whose records' dates all
   conflict are never compared.
4. **The comparer's rules over memoised part scores.** Each pair of distinct names gets the
   verdict and score :func:`panah.identity.compare.quick_compare` would give, worked out by
   :class:`panah.identity.fastcompare.PairScorer` from
   :func:`panah.identity.compare.part_match` of each pair of parts, computed once and kept
   (parts differing only in what the part scorer does not read, such as the script, share
   one entry). Two names whose parts fold to the same skeletons are ``same`` 1.0 without
   scoring. Where the comparer might join two parts into one (``Nur Sultan`` /
   ``Nursultan``), the comparer itself runs. Tests check the agreement on the labelled
   pairs and on every candidate pair among their names. With ``workers`` > 1 the pairs are
   scored in forked processes.
5. The verdict and score of a pair of names apply to every pair of records carrying them;
   records with identical names are paired with each other.

Pure: no I/O, the caller supplies the names (``workers`` > 1 forks helper processes).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

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

_T = TypeVar("_T")
_R = TypeVar("_R")


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
    _order: dict[int, tuple[str, str]] = field(default_factory=dict)
    pair_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    scorer: PairScorer = field(init=False)
    _key_parts: dict[int, tuple[str, str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from panah.identity.fastcompare import PairScorer

        self.scorer = PairScorer(self.parts)

    def order(self, pos: int) -> tuple[str, str]:
        """Name ``pos``'s place in the comparer's orientation of a pair (normalised, as given)."""
        got = self._order.get(pos)
        if got is None:
            from panah.identity.normalise import normalise

            text = self.texts[pos]
            got = self._order[pos] = (normalise(text), text)
        return got

    def key_parts(self, pid: int) -> tuple[str, str, str]:
        """Part ``pid``'s root, the root's consonants and its consonant classes."""
        got = self._key_parts.get(pid)
        if got is None:
            got = self._key_parts[pid] = _key_parts_of(self.parts[pid])
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


def prepare_names(texts: Sequence[str], *, workers: int = 1) -> PreparedNames:
    """Parse each distinct token once and give every name its parts (see the module doc).
    With ``workers`` > 1 the distinct tokens are parsed, and their parts' blocking-key data
    (:meth:`PreparedNames.key_parts`) worked out, in that many forked processes; the result
    is the same as in one process (the parts are numbered here, in input order)."""
    from panah.identity.normalise import split_tokens
    from panah.identity.parse import parse_name
    from panah.identity.suffixes import PATRONYMIC_WORDS

    part_id: dict[_PartKey, int] = {}
    parts: list[Part] = []
    fold: list[str] = []
    token_ids: dict[str, tuple[int, ...]] = {}
    key_parts: dict[int, tuple[str, str, str]] = {}

    tokenised = [_tokens(text, split_tokens) for text in texts]
    parsed: dict[str, tuple[tuple[_PartKey, _PartRest], ...]] = {}
    kp_of: dict[_PartKey, tuple[str, str, str]] = {}
    if workers > 1:
        distinct_tokens = list(dict.fromkeys(t for tokens in tokenised for t in tokens))
        if len(distinct_tokens) >= _PARALLEL_TOKENS_FROM:
            for token, got in zip(distinct_tokens, _fork_map(_parse_tokens, distinct_tokens,
                                                             workers), strict=True):  # fmt: skip
                parsed[token] = tuple((key, rest) for key, rest, _ in got)
                for key, _, kp in got:
                    if kp is not None:
                        kp_of[key] = kp

    # Parts that differ only in what the part scorer does not read for a score (the text as
    # written, its script, fold labels, the suffix as written, which only the reasons quote)
    # share one id: "Qaster Musakhanuly" and "Қастер Мұсаханұлы" score alike.
    def intern(p: Part) -> int:
        key = _part_key(p)
        pid = part_id.get(key)
        if pid is None:
            pid = part_id[key] = len(parts)
            parts.append(p)
            fold.append("\x00" + "-".join(p.syllables) if p.han else p.skeleton)
        return pid

    def intern_parsed(key: _PartKey, rest: _PartRest) -> int:
        pid = part_id.get(key)
        if pid is None:
            p = _part_from(key, rest)
            pid = part_id[key] = len(parts)
            parts.append(p)
            fold.append("\x00" + "-".join(p.syllables) if p.han else p.skeleton)
            key_parts[pid] = kp_of[key]
        return pid

    name_parts: list[tuple[int, ...]] = []
    for text, tokens in zip(texts, tokenised, strict=True):
        ids: list[int] = []
        whole = False
        for token in tokens:  # as parse_name splits normalise(text)
            tid = token_ids.get(token)
            if tid is None:
                from_worker = parsed.get(token)
                if from_worker is None:
                    tid = tuple(intern(p) for p in parse_name(token).parts)
                else:
                    tid = tuple(intern_parsed(key, rest) for key, rest in from_worker)
                token_ids[token] = tid
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
    prep = PreparedNames(list(texts), name_parts, parts, fold, signature)
    prep._key_parts = key_parts
    return prep


_PARALLEL_TOKENS_FROM = 20_000  # distinct tokens; below this a fork costs more than it saves

# A part as what the part scorer reads (han, skeleton, readings as (root, suffix as (kind,
# sex, skeleton) or None, weak), plain, syllables, the text of a Chinese part) and the rest
# (text, script, labels, surface): plain values, which a worker sends back cheaply.
_PartKey = tuple[Any, ...]
_PartRest = tuple[str, str, frozenset[str], "str | None"]


def _part_key(p: Part) -> _PartKey:
    return (
        bool(p.syllables),
        p.skeleton,
        tuple(
            (
                r.root,
                None if r.suffix is None else (r.suffix.kind, r.suffix.sex, r.suffix.skeleton),
                r.weak,
            )
            for r in p.readings
        ),
        p.plain,
        p.syllables,
        p.text if p.syllables else "",
    )


def _part_from(key: _PartKey, rest: _PartRest) -> Part:
    from panah.identity.parse import Part
    from panah.identity.suffixes import Reading, Suffix

    _, skeleton, readings, plain, syllables, _ = key
    text, script, labels, surface = rest
    return Part(
        text=text,
        script=script,
        skeleton=skeleton,
        labels=labels,
        readings=tuple(
            Reading(root, None if suffix is None else Suffix(*suffix), weak)
            for root, suffix, weak in readings
        ),
        surface=surface,
        syllables=syllables,
        plain=plain,
    )


def _key_parts_of(p: Part) -> tuple[str, str, str]:
    from panah.identity.fold import consonants

    root = p.root
    return root, consonants(root), p.classes()


def _parse_tokens(
    tokens: list[str],
) -> list[tuple[tuple[_PartKey, _PartRest, tuple[str, str, str] | None], ...]]:
    """Each token's parts (:func:`panah.identity.parse.parse_name`) as ``(key, rest,
    key_parts)`` (see :data:`_PartKey`; :meth:`PreparedNames.key_parts`, given with the first
    part of its key only); run in a worker by :func:`_fork_map`. Equal keys and labels are
    one object each, which pickle sends once."""
    from panah.identity.parse import parse_name

    keys: dict[_PartKey, _PartKey] = {}
    labels: dict[frozenset[str], frozenset[str]] = {}
    out: list[tuple[tuple[_PartKey, _PartRest, tuple[str, str, str] | None], ...]] = []
    for t in tokens:
        got = []
        for p in parse_name(t).parts:
            key = _part_key(p)
            seen = keys.setdefault(key, key)
            rest = (p.text, p.script, labels.setdefault(p.labels, p.labels), p.surface)
            got.append((seen, rest, None if seen is not key else _key_parts_of(p)))
        out.append(tuple(got))
    return out


def _fork_map(func: Callable[[list[_T]], list[_R]], items: list[_T], workers: int) -> list[_R]:
    """``func(items)``, with ``items`` cut into ``workers`` runs in order, all but the last
    given to forked children (which pickle their results back through a pipe) and the last
    done here; the results are joined in the runs' order, so the same as in one process.
    Without ``os.fork`` (or with one worker), all in this process."""
    import os
    import pickle

    if workers <= 1 or len(items) < 2 or not hasattr(os, "fork"):
        return func(items)
    size = -(-len(items) // workers)
    runs = [items[k : k + size] for k in range(0, len(items), size)]
    children: list[tuple[int, int]] = []
    try:
        for run in runs[:-1]:
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: work, send, leave without running the parent's cleanup
                status = 1
                try:
                    os.close(read)
                    with os.fdopen(write, "wb") as f:
                        pickle.dump(func(run), f, protocol=pickle.HIGHEST_PROTOCOL)
                    status = 0
                finally:
                    os._exit(status)
            os.close(write)
            children.append((pid, read))
        last = func(runs[-1])
        out: list[_R] = []
        while children:
            pid, read = children.pop(0)
            with os.fdopen(read, "rb") as f:
                data = f.read()
            _, status = os.waitpid(pid, 0)
            if status != 0 or not data:
                raise RuntimeError(f"a worker process failed (status {status})")
            out.extend(pickle.loads(data))  # noqa: S301 - our own child's bytes
    finally:
        for pid, read in children:  # after an error: do not leave children behind
            os.close(read)
            os.waitpid(pid, 0)
    out.extend(last)
    return out


def _tokens(text: str, split_tokens: Callable[[str], list[str]]) -> list[str]:
    """:func:`panah.identity.normalise.split_tokens` of ``text``, without normalising a name
    that is already plain: letters only, in NFC, single spaces (most names are)."""
    import unicodedata

    tokens = text.split(" ")
    if (
        all(t.isalpha() for t in tokens)
        and "\u0640" not in text  # the Arabic tatweel is a letter to isalpha, not to us
        and unicodedata.is_normalized("NFC", text)
    ):
        return tokens
    return split_tokens(text)


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
    if prep.order(a) > prep.order(b):
        a, b = b, a
    return prep.scorer.verdict(prep.name_parts[a], prep.name_parts[b])


# --- the whole pass --------------------------------------------------------------------------


def find_duplicates(
    names: Sequence[str],
    *,
    born: Sequence[str] | None = None,
    max_block: int = 64,
    dated_block: int = 1024,
    unknown_kinds: Collection[str] = ("rr",),
    include_possible: bool = True,
    workers: int = 1,
    keys_of: Callable[[str], Iterable[str]] | None = None,
    counts: dict[str, int] | None = None,
) -> list[NameMatch]:
    """Pairs of records whose names are one person's (``same``) or may be (``possible``),
    best first (:attr:`NameMatch.rank`). With ``born`` (ISO dates, ``""`` when unknown, one
    per name), pairs whose dates of birth conflict are left out, without running the
    comparer on them; blocks then pair names whose dates share a key (equal, or day and
    month exchanged) in blocks of up to ``dated_block`` names, and a name with an unknown
    date with the others of blocks of up to ``max_block`` names whose key is of a kind in
    ``unknown_kinds`` (by default only ``rr``, two equal roots: without a date to back it, a
    spelling-tolerant key pairs too many namesakes). ``keys_of``: blocking keys per name
    (default: the pair keys of the name's parts, as :func:`panah.identity.blocking_keys`
    makes them). ``counts``, when
    given, receives ``candidate_pairs`` (distinct name pairs blocked together), ``compared``
    (pairs of distinct names given a verdict), ``fast`` (of those, decided from the parts)
    and ``comparer`` (given to the comparer). ``workers`` > 1 scores the pairs in that many
    processes (forked; see :func:`_score_all`)."""
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
    prep = prepare_names(texts, workers=workers)
    if keys_of is not None:
        keys: list[list[str]] | None = [list(keys_of(t)) for t in texts]
    else:
        keys = None
    dated = None if born is None else _dated(records_of, born)
    pairs = _candidates(prep, keys, max_block, dated, dated_block, unknown_kinds)

    # Which pairs of names need a verdict, and for which pairs of records.
    todo: list[tuple[int, int]] = []
    records: list[tuple[tuple[int, int, str], ...]] = []
    for pos, recs in enumerate(records_of):
        if len(recs) > 1:
            rp = tuple((i, j, d) for i, j in itertools.combinations(recs, 2)
                       if (d := _dates(born, i, j)) is not None)  # fmt: skip
            if rp:
                todo.append((pos, pos))
                records.append(rp)
    for a, b in sorted(pairs):  # sorted: name a's part scores are met again and again
        ra, rb = records_of[a], records_of[b]
        if len(ra) == 1 and len(rb) == 1:
            i, j = (ra[0], rb[0]) if ra[0] < rb[0] else (rb[0], ra[0])
            d = _dates(born, i, j)
            if d is not None:
                todo.append((a, b))
                records.append(((i, j, d),))
            continue
        rp = tuple((min(i, j), max(i, j), d) for i in ra for j in rb
                   if (d := _dates(born, i, j)) is not None)  # fmt: skip
        if rp:
            todo.append((a, b))
            records.append(rp)

    verdicts = _score_all(prep, todo, workers)
    out: list[NameMatch] = []
    slow = 0
    for (a, b), got, rp in zip(todo, verdicts, records, strict=True):
        if got is None:
            slow += 1
            got = quick_compare(texts[a], texts[b])
        verdict, score = got
        if verdict == "different" or (verdict == "possible" and not include_possible):
            continue
        out.extend(NameMatch(i, j, verdict, score, d) for i, j, d in rp)
    if counts is not None:
        counts["candidate_pairs"] = len(pairs)
        counts["compared"] = len(todo)
        counts["fast"] = len(todo) - slow
        counts["comparer"] = slow
    out.sort(key=lambda m: (-m.rank, m.i, m.j))
    return out


_CODES = ("different", "possible", "same")
_PARALLEL_FROM = 20_000  # pairs; below this a fork costs more than it saves


def _score_all(
    prep: PreparedNames, todo: list[tuple[int, int]], workers: int
) -> list[tuple[str, float] | None]:
    """:func:`fast_verdict` of every pair; with ``workers`` > 1 (and ``os.fork``), the pairs
    are cut into that many runs and all but the last scored in forked children (each with
    its own part-score memo), which send back one byte and one float per pair."""
    import os

    if workers <= 1 or len(todo) < _PARALLEL_FROM or not hasattr(os, "fork"):
        return [fast_verdict(prep, a, b) for a, b in todo]
    import array
    import pickle

    size = -(-len(todo) // workers)
    runs = [todo[k : k + size] for k in range(0, len(todo), size)]
    children: list[tuple[int, int]] = []
    for run in runs[:-1]:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: score, send, leave without running the parent's cleanup
            os.close(read)
            try:
                codes = bytearray()
                scores = array.array("d")
                for a, b in run:
                    got = fast_verdict(prep, a, b)
                    codes.append(3 if got is None else _CODES.index(got[0]))
                    scores.append(0.0 if got is None else got[1])
                with os.fdopen(write, "wb") as f:
                    pickle.dump((bytes(codes), scores.tobytes()), f)
            finally:
                os._exit(0)
        os.close(write)
        children.append((pid, read))
    last = [fast_verdict(prep, a, b) for a, b in runs[-1]]
    out: list[tuple[str, float] | None] = []
    for pid, read in children:
        with os.fdopen(read, "rb") as f:
            data = f.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            raise RuntimeError(f"a scoring worker failed (status {status})")
        codes_b, scores_b = pickle.loads(data)  # noqa: S301 - our own child's bytes
        scores = array.array("d")
        scores.frombytes(scores_b)
        out.extend(
            None if c == 3 else (_CODES[c], sc) for c, sc in zip(codes_b, scores, strict=True)
        )
    out.extend(last)
    return out


def _candidates(
    prep: PreparedNames,
    keys: list[list[str]] | None,
    max_block: int,
    dated: list[tuple[frozenset[str], bool]] | None = None,
    dated_block: int = 0,
    unknown_kinds: Collection[str] = PAIR_KEY_KINDS,
) -> set[tuple[int, int]]:
    """Name pairs sharing a block. With ``dated`` (per name, the :func:`_date_key` of its
    records' dates and whether one of them is unknown), only pairs whose dates can agree:
    two names with a date key in common (in blocks of up to ``dated_block`` names: a common
    name meets its namesakes there, and a shared date is what tells them apart), or a name
    with an unknown date and any other (in blocks of up to ``max_block``, of the key kinds
    ``unknown_kinds``)."""
    if keys is not None:
        blocks: dict[str, list[int]] = defaultdict(list)
        for pos, ks in enumerate(keys):
            for k in set(ks):
                if k.split(":", 1)[0] in PAIR_KEY_KINDS:
                    blocks[k].append(pos)
    else:
        blocks = _blocks(prep)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        size = len(members)
        if size < 2:
            continue
        if dated is None:
            if size <= max_block:
                pairs.update(itertools.combinations(members, 2))  # members are ascending
            continue
        if size > max(max_block, dated_block):
            continue
        with_unknown = size <= max_block and key.split(":", 1)[0] in unknown_kinds
        if size <= 8:  # most blocks: look at each pair
            for u, v in itertools.combinations(members, 2):
                (du, nu), (dv, nv) = dated[u], dated[v]
                if (with_unknown and (nu or nv)) or not du.isdisjoint(dv):
                    pairs.add((u, v))
            continue
        by_date: defaultdict[str, list[int]] = defaultdict(list)
        unknown: list[int] = []
        for pos in members:
            dk, has_unknown = dated[pos]
            if has_unknown:
                unknown.append(pos)
            for k in dk:
                by_date[k].append(pos)
        for group in by_date.values():
            if len(group) > 1:
                pairs.update(itertools.combinations(group, 2))
        if unknown and with_unknown:
            for u in unknown:
                pairs.update((u, v) if u < v else (v, u) for v in members if v != u)
    return pairs


def _blocks(prep: PreparedNames) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = {}
    memo = prep.pair_keys
    for pos, ids in enumerate(prep.name_parts):
        for a, b in itertools.combinations(ids, 2):
            pk = memo.get((a, b))
            if pk is None:
                pk = memo[(a, b)] = _part_pair_keys(prep, a, b)
            for k in pk:
                members = blocks.get(k)
                if members is None:
                    blocks[k] = [pos]
                elif members[-1] != pos:  # two part pairs of one name may share a key
                    members.append(pos)
    return blocks


def _date_key(born: str) -> str | None:
    """One key for a date and its day/month-exchanged twin (``1970-03-04`` and ``1970-04-03``
    give ``1970-03-04``); ``None`` for an unknown date, which may agree with any (see
    :func:`birth_dates_agree`)."""
    if not born:
        return None
    y, m, d = [*born.split("-"), "", ""][:3]
    if born.count("-") != 2:
        return born  # only an equal string agrees with it
    return f"{y}-{min(m, d)}-{max(m, d)}"


def _dated(
    records_of: list[list[int]], born: Sequence[str]
) -> list[tuple[frozenset[str], bool]]:
    out: list[tuple[frozenset[str], bool]] = []
    keys: dict[str, str | None] = {}  # dates repeat: a key per distinct date string
    for recs in records_of:
        dk = []
        for r in recs:
            b = born[r]
            k = keys.get(b, "")
            if k == "":
                k = keys[b] = _date_key(b)
            dk.append(k)
        known = frozenset(k for k in dk if k is not None)
        out.append((known, None in dk))
    return out


def _dates(born: Sequence[str] | None, i: int, j: int) -> str | None:
    return "" if born is None else birth_dates_agree(born[i], born[j])
