"""One part of a name against one part of another: the rules for typos and suffixes.

Used by :mod:`panah.identity.compare`, which pairs the parts of two whole names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from panah.identity.chinese import latin_classes, pinyin_classes
from panah.identity.fold import consonants, deiotate
from panah.identity.lexicon import is_known, known_different, known_same
from panah.identity.parse import Part
from panah.identity.suffixes import Reading, Suffix, SuffixKind

__all__ = ["HARD", "MATCH", "PairMatch", "part_match", "strong_suffix"]

MATCH = 0.9  # a paired part at or above this agrees
HARD = 0.75  # below this a paired part clearly conflicts


@dataclass(frozen=True, slots=True)
class PairMatch:
    """How one part of the first name compares with one part of the second."""

    score: float
    kind: str  # equal | iotation | variant | typo | chinese | near | different | known-different
    # | sex | role
    detail: str
    suffix_note: str | None = None
    sex_conflict: bool = False
    typed_mismatch: bool = False  # patronymic vs Russianised surname of another root
    readings: tuple[Reading | None, Reading | None] = (None, None)
    agrees: bool = False  # the two parts can be one person's
    role_conflict: bool = False  # one's given name is the other's father's name


@lru_cache(maxsize=65536)
def strong_suffix(part: Part) -> Suffix | None:
    """The patronymic or surname suffix a part clearly carries (not a weak -ин reading)."""
    return next((r.suffix for r in part.readings if r.suffix and not r.weak), None)


_Distance = Callable[[str, str], float]


@cache
def _distances() -> tuple[_Distance, _Distance, _Distance]:
    """rapidfuzz's OSA distance, Jaro-Winkler similarity and Levenshtein distance, imported on
    first use (an import statement inside the hot functions cost more than the distances)."""
    from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

    return OSA.distance, JaroWinkler.similarity, Levenshtein.distance


def _root_similarity(x: str, y: str, *, suffixed: bool = False) -> tuple[float, str, str]:
    """(score, kind, detail) for two folded roots.

    A spelling one letter from another is a typo, unless both are attested, different names
    (:func:`panah.identity.lexicon.known_different`). Short roots (under 5 letters) are too
    easily another name to call a slip typo, except when both parts carry a suffix
    (Sapar-kyzy / Spar-kyzy): the word written was long, and the lexicon still separates
    two real names (Қуанов / Қуатов)."""
    if x == y:
        return 1.0, "equal", "equal after folding"
    if deiotate(x) == deiotate(y):
        return 0.97, "iotation", "equal after folding; я/ya ≈ ә/a (Russian-style iotation)"
    if known_same(x, y):
        return 0.95, "variant", "written two ways (one name in the name list)"
    osa, jaro_winkler, _ = _distances()
    jw = jaro_winkler(x, y)
    if _gendered(x, y):
        return min(jw, 0.6), "known-different", "a man's and a woman's form of one name"
    dist = osa(x, y)
    shortest = min(len(x), len(y))
    same_consonants = consonants(x) == consonants(y)
    typo = (dist == 1 and shortest >= (4 if suffixed else 5)) or (
        same_consonants and dist <= 2 and shortest >= 6
    )
    if typo:
        if known_different(x, y):
            return min(jw, 0.6), "known-different", "two different known names, not a typo"
        if _compound_different(x, y):
            return min(jw, 0.6), "known-different", "compounds of two different known names"
        what = "vowels differ" if same_consonants else f"{dist} letter(s) differ"
        return min(0.95, max(MATCH, jw)), "typo", f"close spelling ({what}; a typo?)"
    if dist == 1 and shortest >= 3:
        return 0.85, "near", "one letter differs in a short name"
    return round(jw * 0.8, 3), "different", "different"


# Elements of Kazakh compound names, as fold skeletons: Серік-бек, Нұр-лан, Гүл-мира.
_ENDINGS = ("bek", "bai", "jan", "han", "gul", "nur", "bol", "tai", "gali", "ali")
_STARTS = ("nur", "gul", "ai", "ak", "er", "bek", "bai", "jan", "kul")


def _compound_different(x: str, y: str) -> bool:
    """Серікбек / Берікбек, Гүлмира / Гүлзира: two names built on one element (-бек, -бай,
    -жан, Нұр-, Гүл- ...) whose other halves are two different known names, even where the
    compound itself is not listed."""
    lev = _distances()[2]
    if lev(x, y) != 1:
        return False  # a swap of two letters (Nursaya / Nurasya) is a slip, whatever it makes
    for end in _ENDINGS:
        if x.endswith(end) and y.endswith(end):
            a, b = x[: -len(end)], y[: -len(end)]
            if min(len(a), len(b)) >= 3 and known_different(a, b):
                return True
    for start in _STARTS:
        if x.startswith(start) and y.startswith(start):
            a, b = x[len(start) :], y[len(start) :]
            if min(len(a), len(b)) >= 3 and known_different(a, b):
                return True
    return False


def _gendered(x: str, y: str) -> bool:
    """Станислав / Станислава, Азиз / Азиза, Евгений / Евгения: an attested name and the
    same name with a final -а/-я are a man and a woman (two people), whether or not the
    feminine form is listed. Spellings of one name on one line (Гүлнар / Гүлнара) were
    already taken as one name by :func:`panah.identity.lexicon.known_same`."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if len(short) < 3 or len(long) != len(short) + 1 or long[-1] != "a":
        return False
    return long.startswith(short) and short[-1] not in "aeou" and is_known(short)


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
        kaz, rus = (fa, fb) if sa.kind is SuffixKind.KAZAKH_PATRONYMIC else (fb, fa)
        return 0.95, f"patronymic {kaz} ≈ Russianised {rus}", False
    sur, pat = (fa, fb) if sa.kind is SuffixKind.RUSSIANISED_SURNAME else (fb, fa)
    return 0.9, f"surname {sur} vs patronymic {pat} on the same root", False


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
        if _distances()[2](cls, target) == 1 and len(target) >= 4 and best.score < 0.8:
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


@lru_cache(maxsize=65536)
def _match_readings(part: Part) -> tuple[Reading, ...]:
    """A part with a clear suffix (-ұлы, -ов, -ович) is compared by its root only, so that
    Серікұлы and Берікұлы are judged as Серік and Берік (two names), not as one typo.
    Cached: a part meets many others, and this is the same each time."""
    if strong_suffix(part) is not None:
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
    initial = _initial(a, b)
    if initial is not None:
        return initial
    best: PairMatch | None = None
    readings_b = _match_readings(b)
    surf_a, surf_b = a.surface, b.surface
    for ra in _match_readings(a):
        for rb in readings_b:
            score, kind, detail = _root_similarity(
                ra.root, rb.root, suffixed=ra.suffix is not None and rb.suffix is not None
            )
            factor, note, sex = _suffix_relation(ra.suffix, rb.suffix, surf_a, surf_b)
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
    if not best.agrees and not best.sex_conflict:
        dropped = _patronymic_dropped(a, b)
        if dropped is not None:
            return dropped
    if not best.agrees and best.kind in ("different", "near"):
        slip = _suffix_slip(a, b) or _digraph_slip(a, b)
        if slip is not None:
            return slip
    return best


def _initial(a: Part, b: Part) -> PairMatch | None:
    """An initial (Б., R.) against a name it may stand for (Бахтияр, Рустамович), in any
    script: the first letters agree after folding. An initial says too little to call two
    names one person, so it never agrees; it scores between a clear conflict and a match,
    which leaves the whole name at ``possible`` at best."""
    short, long = (a, b) if len(a.skeleton) < len(b.skeleton) else (b, a)
    if len(short.skeleton) != 1 or len(long.skeleton) < 2:
        return None
    if long.skeleton[0] != short.skeleton:
        return PairMatch(0.3, "different", f"initial {short.text} does not fit {long.text}")
    return PairMatch(0.8, "near", f"initial {short.text} may stand for {long.text}")


_PATRONYMIC = (SuffixKind.KAZAKH_PATRONYMIC, SuffixKind.RUSSIAN_PATRONYMIC)


def _patronymic_dropped(a: Part, b: Part) -> PairMatch | None:
    """Тілеуұлы written Tileu: the whole of one part is the root of the other's patronymic,
    even where the bare form also reads as root + suffix (Tileu as Тіл + -ев), which kept the
    readings apart."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        for r in x.readings:
            suffix = r.suffix
            if (
                suffix is not None
                and suffix.kind in _PATRONYMIC
                and not r.weak
                and len(r.root) >= 3
                and r.root == y.skeleton
            ):
                note = f"{_KIND_WORD[suffix.kind]} {x.surface or '-' + suffix.skeleton}"
                bare = Reading(y.skeleton, None)
                return PairMatch(
                    0.97,
                    "equal",
                    "equal after folding",
                    f"{note} ≈ dropped",
                    readings=(bare, r) if flip else (r, bare),
                    agrees=True,
                )
    return None


def _digraph_slip(a: Part, b: Part) -> PairMatch | None:
    """A slip that breaks a digraph (Togzhan typed Togzahn) looks like several letters after
    folding; before folding it is one. Not when both are known, different names."""
    osa = _distances()[0]
    x, y = a.plain, b.plain
    if not x or not y or min(len(x), len(y)) < 6 or osa(x, y) != 1:
        return None
    if osa(a.skeleton, b.skeleton) < 2:
        return None  # the folded forms are one letter apart too: the usual rules decided
    if known_different(a.root, b.root):
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
    x, y = a.skeleton, b.skeleton
    if min(len(x), len(y)) < 6 or _distances()[0](x, y) != 1:
        return None
    # Exactly one spelling reads as root + suffix, and the slip lies after that root.
    sa, sb = strong_suffix(a), strong_suffix(b)
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
