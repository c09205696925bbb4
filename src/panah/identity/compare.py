"""Compare two names in any scripts: a score in [0, 1], a verdict and the reasons.

How a verdict is reached
------------------------
1. Both names are parsed (:mod:`panah.identity.parse`): each part folded to a skeleton, its
   patronymic or Russianised suffix read off.
2. Every part of one name is scored against every part of the other (:func:`part_match`):
   equal skeletons score 1; a Russian-style iotated vowel (Lyazzat/Lazzat) 0.97; one slip
   of the pen 0.90–0.95, *unless both spellings are known, different given names* (Серік
   and Берік are two people, not a typo); suffixes must agree in sex (-ұлы is a son, -қызы
   a daughter) and may differ in form (-ұлы ≈ -ов ≈ dropped).
3. Parts are paired to maximise the total score; the order of parts does not matter
   (Russian documents put the surname first). Unpaired parts of the longer name are
   *dropped* parts (a patronymic or surname one source left out).
4. Verdict: ``same`` when at least two parts pair up and nothing conflicts; ``different``
   when a paired part clearly conflicts (another given name, another father's name,
   another sex); ``possible`` in between — a single shared part, a near miss, or a
   Kazakh patronymic facing a Russianised surname of another root (the surname may come
   from a grandfather).

Names alone cannot separate namesakes: the verdict says whether the *names* are the same
person's, and dates of birth and documents must carry any decision.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

from panah.identity.chinese import latin_classes, pinyin_classes
from panah.identity.fold import consonants, deiotate
from panah.identity.normalise import casefold
from panah.identity.parse import ParsedName, Part, is_known_name, parse_name
from panah.identity.suffixes import Reading, Suffix, SuffixKind

__all__ = [
    "Comparison",
    "PairMatch",
    "Verdict",
    "clear_caches",
    "compare",
    "part_match",
    "quick_compare",
]

Verdict = str  # "same" | "possible" | "different"

MATCH = 0.9  # a paired part at or above this agrees
HARD = 0.75  # below this a paired part clearly conflicts

_SCRIPT_NAMES = {
    "Latn": "Latin",
    "Cyrl": "Cyrillic",
    "Arab": "Arabic script",
    "Hani": "Chinese characters",
    "Zyyy": "no letters",
}
# Labels implied by a more specific one; not repeated in reasons.
_GENERIC_LABELS = {"Ы/Й/І→Y/I": ("Ы→Y/I", "Й→Y/I", "І→I/ı")}
_QUIET_LABELS = {"non-letter dropped", "BGN middle dot"}


@dataclass(frozen=True, slots=True)
class PairMatch:
    """How one part of the first name compares with one part of the second."""

    score: float
    kind: str  # equal | iotation | typo | chinese | near | different | known-different | sex
    detail: str
    suffix_note: str | None = None
    sex_conflict: bool = False
    typed_mismatch: bool = False  # patronymic vs Russianised surname of another root
    readings: tuple[Reading | None, Reading | None] = (None, None)
    agrees: bool = False  # the two parts can be one person's
    role_conflict: bool = False  # one's given name is the other's father's name


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    verdict: Verdict
    reasons: tuple[str, ...]
    pairs: tuple[tuple[str, str, PairMatch], ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, object]:
        return {"score": self.score, "verdict": self.verdict, "reasons": list(self.reasons)}


# --- one part against one part ---------------------------------------------------------------


def _root_similarity(x: str, y: str) -> tuple[float, str, str]:
    """(score, kind, detail) for two folded roots."""
    from rapidfuzz.distance import OSA, JaroWinkler

    if x == y:
        return 1.0, "equal", "equal after folding"
    if deiotate(x) == deiotate(y):
        return 0.97, "iotation", "equal after folding; я/ya ≈ ә/a (Russian-style iotation)"
    jw = JaroWinkler.similarity(x, y)
    dist = OSA.distance(x, y)
    shortest = min(len(x), len(y))
    same_consonants = consonants(x) == consonants(y)
    typo = (dist == 1 and shortest >= 5) or (same_consonants and dist <= 2 and shortest >= 6)
    if typo:
        if is_known_name(x) and is_known_name(y):
            return min(jw, 0.6), "known-different", "two different known names"
        what = "vowels differ" if same_consonants else f"{dist} letter(s) differ"
        return min(0.95, max(MATCH, jw)), "typo", f"close spelling ({what}; a typo?)"
    if dist == 1 and shortest >= 3:
        return 0.85, "near", "one letter differs in a short name"
    return round(jw * 0.8, 3), "different", "different"


_KIND_WORD = {
    SuffixKind.KAZAKH_PATRONYMIC: "patronymic suffix",
    SuffixKind.RUSSIAN_PATRONYMIC: "Russian patronymic suffix",
    SuffixKind.RUSSIANISED_SURNAME: "Russianised suffix",
}


def _suffix_relation(
    sa: Suffix | None, sb: Suffix | None, surf_a: str | None, surf_b: str | None
) -> tuple[float, str | None, bool]:
    """(factor, note, sex_conflict) for the suffixes of two paired parts."""
    fa = surf_a or (sa and f"-{sa.skeleton}")
    fb = surf_b or (sb and f"-{sb.skeleton}")
    if sa is None and sb is None:
        return 1.0, None, False
    if sa is None or sb is None:
        s = sa or sb
        assert s is not None
        form = fa if sa else fb
        return 0.97, f"{_KIND_WORD[s.kind]} {form} ≈ dropped", False
    if sa.sex != sb.sex:
        return 0.3, f"{fa} (male) vs {fb} (female)" if sa.sex == "m" else (
            f"{fa} (female) vs {fb} (male)"
        ), True
    if sa.kind == sb.kind:
        same_form = (fa or "").lower() == (fb or "").lower()
        return 1.0, None if same_form else f"{_KIND_WORD[sa.kind]} {fa} ≈ {fb}", False
    kinds = {sa.kind, sb.kind}
    if kinds == {SuffixKind.KAZAKH_PATRONYMIC, SuffixKind.RUSSIAN_PATRONYMIC}:
        return 0.97, f"patronymic {fa} ≈ {fb}", False
    if SuffixKind.KAZAKH_PATRONYMIC in kinds:
        return 0.95, f"patronymic {fa} ≈ Russianised {fb}", False
    return 0.9, f"surname {fa} vs patronymic {fb} on the same root", False


def _chinese_match(a: Part, b: Part) -> PairMatch:
    """A Chinese-script part against any part: consonant classes and vowel order."""
    if a.han and b.han and (a.syllables == b.syllables or a.text == b.text):
        return PairMatch(1.0, "equal", "same Chinese reading", agrees=True)
    han, other = (a, b) if a.han else (b, a)
    target = pinyin_classes(han.syllables)
    pin = "-".join(han.syllables)
    best = PairMatch(0.3, "different", f"Chinese {han.text} ({pin}) does not fit {other.text}")
    for r in other.readings if not other.han else (Reading(other.skeleton, None),):
        cls = pinyin_classes(other.syllables) if other.han else latin_classes(r.root)
        if not cls or not target:
            continue
        vowels_ok = other.han or _vowels_fit(r.root, han.syllables)
        if cls == target and len(cls) >= 2 and vowels_ok:
            return PairMatch(
                0.92,
                "chinese",
                f"Chinese transcription {han.text} ({pin}) fits {other.text}: "
                f"consonants {'-'.join(cls)}",
                readings=(r, None) if b.han else (None, r),
                agrees=True,
            )
        from rapidfuzz.distance import Levenshtein

        if Levenshtein.distance(cls, target) == 1 and len(target) >= 4 and best.score < 0.8:
            best = PairMatch(
                0.8,
                "near",
                f"Chinese transcription {han.text} ({pin}) nearly fits {other.text}",
            )
    return best


_VOWEL_CLASS = str.maketrans({"e": "a", "o": "u"})


def _vowels_fit(root: str, syllables: tuple[str, ...]) -> bool:
    """Are the Latin root's vowels, in order, found among the pinyin syllables' vowels?"""
    # i (from ы, і, и, й) is left out: Chinese renders it with many vowels or none (吐尔逊 xun
    # for Тұрсын's -сын).
    latin = [c for c in root.translate(_VOWEL_CLASS) if c in "au"]
    pin: list[str] = []
    for syl in syllables:
        final = syl[1:] if syl[:1] in "yw" and len(syl) > 1 else syl
        pin.extend(c for c in final.translate(_VOWEL_CLASS).replace("v", "u") if c in "aiu")
    it = iter(pin)
    return all(any(v == p for p in it) for v in latin)


def _match_readings(part: Part) -> tuple[Reading, ...]:
    """A part with a clear suffix (-ұлы, -ов, -ович) is compared by its root only, so that
    Серікұлы and Берікұлы are judged as Серік and Берік (two names), not as one typo."""
    if _strong_suffix(part) is not None:
        return tuple(r for r in part.readings if r.suffix is not None)
    return part.readings


@lru_cache(maxsize=131072)
def part_match(a: Part, b: Part) -> PairMatch:
    """Score one part against another, trying every reading of each (root + suffix).

    Cached: in a search the query's parts meet the same common names again and again."""
    if a.han or b.han:
        return _chinese_match(a, b)
    if a.skeleton == b.skeleton:
        return PairMatch(1.0, "equal", "equal after folding", agrees=True)
    best: PairMatch | None = None
    for ra in _match_readings(a):
        for rb in _match_readings(b):
            score, kind, detail = _root_similarity(ra.root, rb.root)
            factor, note, sex = _suffix_relation(ra.suffix, rb.suffix, a.surface, b.surface)
            if ra.weak or rb.weak:
                factor *= 0.95
            typed = (
                ra.suffix is not None
                and rb.suffix is not None
                and {ra.suffix.kind, rb.suffix.kind}
                == {SuffixKind.KAZAKH_PATRONYMIC, SuffixKind.RUSSIANISED_SURNAME}
            )
            root_agrees = score >= MATCH
            pm = PairMatch(
                round(score * factor, 4),
                "sex" if sex and root_agrees else kind,
                detail,
                note,
                sex_conflict=sex and root_agrees,
                typed_mismatch=typed and not root_agrees,
                readings=(ra, rb),
                agrees=root_agrees and not sex,
            )
            if best is None or _better(pm, best):
                best = pm
    assert best is not None
    if not best.agrees and best.kind in ("different", "near"):
        slip = _suffix_slip(a, b) or _digraph_slip(a, b)
        if slip is not None:
            return slip
    return best


def _digraph_slip(a: Part, b: Part) -> PairMatch | None:
    """A slip that breaks a digraph (Togzhan typed Togzahn) looks like several letters after
    folding; before folding it is one. Not when both are known, different names."""
    from rapidfuzz.distance import OSA

    x, y = a.plain, b.plain
    if not x or not y or min(len(x), len(y)) < 6 or OSA.distance(x, y) != 1:
        return None
    if OSA.distance(a.skeleton, b.skeleton) < 2:
        return None  # the folded forms are one letter apart too: the usual rules decided
    if a.root != b.root and is_known_name(a.root) and is_known_name(b.root):
        return None
    return PairMatch(0.9, "typo", "close spelling (one letter differs before folding; a typo?)",
                     agrees=True)  # fmt: skip


def _better(new: PairMatch, old: PairMatch) -> bool:
    """Agreement wins; failing that, a definite difference (two known names, another sex)
    wins over a vaguer one, so that a weaker reading cannot hide it."""

    def rank(pm: PairMatch) -> tuple[int, float]:
        if pm.agrees:
            return (3, pm.score)
        if pm.kind in ("known-different", "sex"):
            return (2, pm.score)
        return (1, pm.score)

    return rank(new) > rank(old)


def _suffix_slip(a: Part, b: Part) -> PairMatch | None:
    """A slip of the pen in or next to a suffix (Kanatuly/Kanatualy, Rakhatkyzy/Rakhatkyz):
    whole skeletons one edit apart, roots not known to be two different names."""
    from rapidfuzz.distance import OSA

    x, y = a.skeleton, b.skeleton
    if min(len(x), len(y)) < 6 or OSA.distance(x, y) != 1:
        return None
    # Exactly one spelling reads as root + suffix, and the slip lies after that root.
    sa, sb = _strong_suffix(a), _strong_suffix(b)
    if (sa is None) == (sb is None):
        return None
    roots = [r.root for r in (a if sa else b).readings[1:] if not r.weak]
    shared = next(
        (i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y))
    )
    if not any(len(r) >= 3 and shared >= len(r) - 1 for r in roots):
        return None
    return PairMatch(
        0.9,
        "typo",
        "close spelling (one letter differs, at the suffix; a typo?)",
        agrees=True,
    )


# --- whole names ----------------------------------------------------------------------------


_Alternative = tuple[tuple[Part, ...], Part | None]


def _alternatives(name: ParsedName, other: ParsedName) -> list[_Alternative]:
    """The parts as given, plus, when this name has more parts than the other, each adjacent
    pair joined (Nur Sultan / Nursultan, Kassym Jomart / Kassym-Jomart). The joined part is
    returned too: a join only counts if that part then matches exactly after folding."""
    parts = name.parts
    alts: list[_Alternative] = [(parts, None)]
    if len(parts) <= len(other.parts):
        return alts
    for i in range(len(parts) - 1):
        a, b = parts[i], parts[i + 1]
        if a.han != b.han:
            continue
        joined = _join(a, b)
        alts.append(((*parts[:i], joined, *parts[i + 2 :]), joined))
    return alts


@lru_cache(maxsize=32768)
def _join(a: Part, b: Part) -> Part:
    from panah.identity.suffixes import readings

    sep = "" if a.han else " "
    skeleton = a.skeleton + b.skeleton
    return Part(
        text=f"{a.text}{sep}{b.text}",
        script=a.script,
        skeleton=skeleton,
        labels=a.labels | b.labels,
        readings=readings(skeleton) if not a.han else (Reading(skeleton, None),),
        surface=b.surface,
        syllables=a.syllables + b.syllables,
        plain=a.plain + b.plain,
    )


@dataclass(frozen=True, slots=True)
class _Outcome:
    verdict: Verdict
    score: float
    pairs: tuple[tuple[Part, Part, PairMatch], ...]
    dropped_a: tuple[Part, ...]
    dropped_b: tuple[Part, ...]
    joined: bool


_RANK = {"same": 2, "possible": 1, "different": 0}


def _assign(pa: tuple[Part, ...], pb: tuple[Part, ...]) -> _Outcome:
    matrix = [[part_match(x, y) for y in pb] for x in pa]
    n, m = len(pa), len(pb)
    # Scores with the shorter name's parts as rows; try every placement of them.
    rows = [[pm.score for pm in r] for r in matrix] if n <= m else [
        [matrix[i][j].score for i in range(n)] for j in range(m)
    ]
    k, width = min(n, m), max(n, m)
    best_total, best_perm = -1.0, tuple(range(k))
    for perm in itertools.permutations(range(width), k):
        total = 0.0
        for r, c in enumerate(perm):
            total += rows[r][c]
        if total > best_total + 1e-9:
            best_total, best_perm = total, perm
    chosen = tuple(
        sorted((r, c) if n <= m else (c, r) for r, c in enumerate(best_perm))
    )
    paired = tuple(
        (pa[i], pb[j], _with_role_conflict(matrix[i][j], pa[i], pa, pb[j], pb)) for i, j in chosen
    )
    used_a = {i for i, _ in chosen}
    used_b = {j for _, j in chosen}
    dropped_a = tuple(p for i, p in enumerate(pa) if i not in used_a)
    dropped_b = tuple(p for j, p in enumerate(pb) if j not in used_b)
    verdict = _verdict(paired, n, m)
    score = _score(paired, len(dropped_a) + len(dropped_b), verdict)
    return _Outcome(verdict, score, paired, dropped_a, dropped_b, joined=False)


def _clearly_given(part: Part, parts: tuple[Part, ...]) -> bool:
    """A bare part that comes first among the bare parts of a name whose other parts carry a
    patronymic or surname suffix: that name says plainly which part is the given name."""
    if _strong_suffix(part) is not None or not any(_strong_suffix(p) for p in parts):
        return False
    bare = [p for p in parts if _strong_suffix(p) is None]
    return bool(bare) and bare[0] is part


def _role_conflict(x: Part, pa: tuple[Part, ...], y: Part, pb: tuple[Part, ...]) -> bool:
    """Zhanibek Shyngysuly and Shyngys Zhanibekuly: each one's given name is the other's
    father's name. Two generations, not one person with the order swapped."""
    return (_strong_suffix(x) is not None and _clearly_given(y, pb)) or (
        _strong_suffix(y) is not None and _clearly_given(x, pa)
    )


def _with_role_conflict(
    pm: PairMatch, x: Part, pa: tuple[Part, ...], y: Part, pb: tuple[Part, ...]
) -> PairMatch:
    if not pm.agrees or not _role_conflict(x, pa, y, pb):
        return pm
    return PairMatch(
        min(pm.score, 0.4),
        "role",
        pm.detail,
        pm.suffix_note,
        pm.sex_conflict,
        pm.typed_mismatch,
        pm.readings,
        agrees=False,
        role_conflict=True,
    )


def _verdict(paired: tuple[tuple[Part, Part, PairMatch], ...], n: int, m: int) -> Verdict:
    if not paired:
        return "different"
    matched = [pm for _, _, pm in paired if pm.agrees and not pm.role_conflict]
    conflicts = [pm for _, _, pm in paired if not pm.agrees or pm.role_conflict]
    if conflicts:
        hard = [
            pm
            for pm in conflicts
            if pm.sex_conflict
            or pm.role_conflict
            or pm.kind == "known-different"
            or pm.score < HARD
        ]
        soft_typed = [pm for pm in hard if pm.typed_mismatch and not pm.sex_conflict]
        if matched and hard and len(soft_typed) == len(hard):
            return "possible"  # -ұлы of one father vs -ов of another: grandfather's name?
        if hard:
            return "different"
        return "possible" if matched else "different"
    if len(matched) >= 2:
        return "same"
    if n == 1 and m == 1 and matched[0].score >= 0.97:
        return "same"
    return "possible"


def _score(
    paired: tuple[tuple[Part, Part, PairMatch], ...], dropped: int, verdict: Verdict
) -> float:
    weights = [1.0] * len(paired) + [0.3] * dropped
    values = [pm.score for _, _, pm in paired] + [0.6] * dropped
    raw = sum(w * v for w, v in zip(weights, values, strict=True)) / (sum(weights) or 1.0)
    low, high = {"same": (0.85, 1.0), "possible": (0.5, 0.84), "different": (0.0, 0.49)}[verdict]
    return round(min(high, max(low, raw)), 3)


def _best(a: ParsedName, b: ParsedName) -> _Outcome:
    best: _Outcome | None = None
    best_key: tuple[int, float, int] = (-1, -1.0, 0)
    for pa, ja in _alternatives(a, b):
        for pb, jb in _alternatives(b, a):
            if not pa or not pb:
                continue
            if best is not None and best.verdict == "same" and best.score >= 0.97:
                break  # joining parts cannot do better than this
            out = _assign(pa, pb)
            joined = ja or jb
            if joined is not None:
                exact = any(
                    joined in (x, y) and pm.kind in ("equal", "iotation") for x, y, pm in out.pairs
                )
                if not exact:
                    continue
                out = _Outcome(
                    out.verdict, out.score, out.pairs, out.dropped_a, out.dropped_b, joined=True
                )
            key = (_RANK[out.verdict], out.score, -int(joined is not None))
            if key > best_key:
                best, best_key = out, key
    if best is None:
        # A name with no letters (dashes, an ellipsis) is only the same as the same text.
        if not a.parts and not b.parts and casefold(a.text) == casefold(b.text):
            return _Outcome("same", 1.0, (), (), (), joined=False)
        return _Outcome("different", 0.0, (), a.parts, b.parts, joined=False)
    return best


@lru_cache(maxsize=65536)
def _strong_suffix(part: Part) -> Suffix | None:
    return next((r.suffix for r in part.readings if r.suffix and not r.weak), None)


def _role(part: Part, parts: tuple[Part, ...], pm: PairMatch, side: int) -> str:
    reading = pm.readings[side]
    suffix = reading.suffix if reading is not None and reading.suffix else _strong_suffix(part)
    if suffix is not None:
        return {
            SuffixKind.KAZAKH_PATRONYMIC: "patronymic",
            SuffixKind.RUSSIAN_PATRONYMIC: "patronymic",
            SuffixKind.RUSSIANISED_SURNAME: "surname",
        }[suffix.kind]
    bare = [p for p in parts if _strong_suffix(p) is None]
    if bare and bare[0] is part and len(parts) > 1:
        return "given name"
    if len(parts) == 1:
        return "name"
    return "name part"


def _labels(a: Part, b: Part) -> list[str]:
    if a.text == b.text or a.han or b.han:
        return []
    labels = set(a.labels | b.labels) if a.script != b.script else set(a.labels ^ b.labels)
    labels -= _QUIET_LABELS
    for generic, specific in _GENERIC_LABELS.items():
        if generic in labels and labels & set(specific):
            labels.discard(generic)
    return sorted(labels)


def _reasons(a: ParsedName, b: ParsedName, out: _Outcome) -> list[str]:
    reasons: list[str] = []
    if a.script != b.script:
        sa = _SCRIPT_NAMES.get(a.script, a.script)
        sb = _SCRIPT_NAMES.get(b.script, b.script)
        if a.language:
            sa += f" ({a.language})"
        if b.language:
            sb += f" ({b.language})"
        reasons.append(f"scripts differ: {sa} vs {sb}; compared after folding to Latin")
    pa_all = tuple(p for p, _, _ in out.pairs) + out.dropped_a
    pb_all = tuple(p for _, p, _ in out.pairs) + out.dropped_b
    order_a = [a.parts.index(p) for p, _, _ in out.pairs if p in a.parts]
    order_b = [b.parts.index(p) for _, p, _ in out.pairs if p in b.parts]
    if order_a != sorted(order_a) or order_b != sorted(order_b):
        reasons.append("order of the name parts differs")
    if out.joined:
        reasons.append("a compound name is written as one word in one name, two in the other")
    for x, y, pm in out.pairs:
        role = _role(x, pa_all, pm, 0)
        role_b = _role(y, pb_all, pm, 1)
        if role in ("name part", "name") and role_b not in ("name part", "name"):
            role = role_b
        if pm.role_conflict:
            text = (
                f"{x.text} and {y.text} share a root but one is a given name and the other a "
                "father's name (two generations?)"
            )
        elif pm.agrees:
            text = f"{role} {pm.detail}: {x.text} ≈ {y.text}"
            if pm.kind == "equal" and x.text == y.text:
                text = f"{role} identical: {x.text}"
        elif pm.sex_conflict:
            text = f"{role} of another sex: {x.text} vs {y.text}"
        elif pm.kind == "known-different":
            text = f"{role} differs: {x.text} ≠ {y.text} (both are known, different names)"
        elif pm.typed_mismatch:
            text = (
                f"{role} differs: {x.text} ≠ {y.text} (a patronymic and a Russianised surname "
                "may come from different ancestors)"
            )
        elif pm.kind == "near":
            text = f"{role} nearly equal: {x.text} ~ {y.text} ({pm.detail})"
        else:
            text = f"{role} differs: {x.text} ≠ {y.text}"
        labels = _labels(x, y)
        if labels and pm.agrees:
            text += f" [{', '.join(labels)}]"
        reasons.append(text)
        if pm.suffix_note:
            reasons.append(pm.suffix_note)
    for p in out.dropped_a:
        reasons.append(f"only in the first name: {p.text} (dropped part)")
    for p in out.dropped_b:
        reasons.append(f"only in the second name: {p.text} (dropped part)")
    matched = sum(1 for _, _, pm in out.pairs if pm.agrees)
    if out.verdict == "possible" and matched == 1 and all(pm.agrees for _, _, pm in out.pairs):
        reasons.append("only one name part to compare: not enough to say same")
    return reasons


def compare(first: str, second: str) -> Comparison:
    """Compare two names. Symmetric in score and verdict; reasons name the parts as given."""
    return _compare_cached(first, second)


def quick_compare(first: str, second: str) -> tuple[Verdict, float]:
    """The verdict and score of :func:`compare`, without writing the reasons (for ranking
    many candidates; call :func:`compare` on the ones shown)."""
    a, b = parse_name(first), parse_name(second)
    if (a.text, first) > (b.text, second):
        a, b = b, a
    out = _best(a, b)
    return out.verdict, out.score


@lru_cache(maxsize=16384)
def _compare_cached(first: str, second: str) -> Comparison:
    a, b = parse_name(first), parse_name(second)
    swapped = (a.text, first) > (b.text, second)
    if swapped:
        a, b = b, a
    out = _best(a, b)
    if swapped:
        out = _Outcome(
            out.verdict,
            out.score,
            tuple((y, x, _flip(pm)) for x, y, pm in out.pairs),
            out.dropped_b,
            out.dropped_a,
            out.joined,
        )
        a, b = b, a
    reasons = _reasons(a, b, out)
    return Comparison(
        score=out.score,
        verdict=out.verdict,
        reasons=tuple(reasons),
        pairs=tuple((x.text, y.text, pm) for x, y, pm in out.pairs),
    )


def _flip(pm: PairMatch) -> PairMatch:
    return PairMatch(
        pm.score,
        pm.kind,
        pm.detail,
        pm.suffix_note,
        pm.sex_conflict,
        pm.typed_mismatch,
        (pm.readings[1], pm.readings[0]),
        pm.agrees,
        pm.role_conflict,
    )


def clear_caches() -> None:
    """Forget every cached parse and comparison (benchmarks measure cold lookups with it)."""
    from panah.identity import fold, parse

    for cached in (
        _compare_cached,
        part_match,
        _strong_suffix,
        _join,
        parse.parse_name,
        fold.fold_token,
        fold.fold_latin,
        fold.fold_latin_uncollapsed,
    ):
        cached.cache_clear()
