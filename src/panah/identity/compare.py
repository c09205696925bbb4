"""Compare two names in any scripts: a score in [0, 1], a verdict and the reasons.

How a verdict is reached
------------------------
1. Both names are parsed (:mod:`panah.identity.parse`): each part folded to a skeleton, its
   patronymic or Russianised suffix read off.
2. Every part of one name is scored against every part of the other
   (:func:`panah.identity.partmatch.part_match`):
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
import re
from dataclasses import dataclass, field
from functools import lru_cache

from panah.identity.normalise import casefold
from panah.identity.parse import ParsedName, Part, parse_name
from panah.identity.partmatch import HARD, PairMatch, part_match, strong_suffix
from panah.identity.suffixes import Reading, SuffixKind

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
class Comparison:
    score: float
    verdict: Verdict
    reasons: tuple[str, ...]
    pairs: tuple[tuple[str, str, PairMatch], ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, object]:
        return {"score": self.score, "verdict": self.verdict, "reasons": list(self.reasons)}

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
    if strong_suffix(part) is not None or not any(strong_suffix(p) for p in parts):
        return False
    bare = [p for p in parts if strong_suffix(p) is None]
    return bool(bare) and bare[0] is part


def _role_conflict(x: Part, pa: tuple[Part, ...], y: Part, pb: tuple[Part, ...]) -> bool:
    """Zhanibek Shyngysuly and Shyngys Zhanibekuly: each one's given name is the other's
    father's name. Two generations, not one person with the order swapped."""
    return (strong_suffix(x) is not None and _clearly_given(y, pb)) or (
        strong_suffix(y) is not None and _clearly_given(x, pa)
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

def _role(part: Part, parts: tuple[Part, ...], pm: PairMatch, side: int) -> str:
    reading = pm.readings[side]
    suffix = reading.suffix if reading is not None and reading.suffix else strong_suffix(part)
    if suffix is not None:
        return {
            SuffixKind.KAZAKH_PATRONYMIC: "patronymic",
            SuffixKind.RUSSIAN_PATRONYMIC: "patronymic",
            SuffixKind.RUSSIANISED_SURNAME: "surname",
        }[suffix.kind]
    bare = [p for p in parts if strong_suffix(p) is None]
    if bare and bare[0] is part and len(parts) > 1:
        return "given name"
    if len(parts) == 1:
        return "name"
    return "name part"


# Labels that a suffix alone can trigger (-ov folds v, -yev has ye, -uly has y), with the
# letters that must also occur in the rest of the part for the label to be worth showing.
_SUFFIX_LABELS = {
    "В/У→V/W/U": re.compile(r"[vw]"),
    "Е→Ye/E": re.compile(r"[yi]e"),
    "Ы/Й/І→Y/I": re.compile(r"y"),
    "Ы→Y/I": re.compile(r"y"),
    "Й→Y/I": re.compile(r"y"),
}
_SUFFIX_TAIL = re.compile(
    r"(?:[yi]?[oe]v(?:ich|na|a)?|off|[uū]l[yıi]|[uū]lu|o[gğ]l[uy]|[kq][yı]z[yı]|qizi|kizi)$"
)


def _labels(a: Part, b: Part) -> list[str]:
    if a.text == b.text or a.han or b.han:
        return []
    labels = set(a.labels | b.labels) if a.script != b.script else set(a.labels ^ b.labels)
    labels -= _QUIET_LABELS
    stems = [_SUFFIX_TAIL.sub("", p.plain) for p in (a, b)]
    for label, letters in _SUFFIX_LABELS.items():
        if label in labels and not any(letters.search(stem) for stem in stems):
            labels.discard(label)
    for generic, specific in _GENERIC_LABELS.items():
        if generic in labels and labels & set(specific):
            labels.discard(generic)
    return sorted(labels)


def _shown_root(part: Part, reading: Reading | None) -> str:
    """The part as written, less the suffix the comparison read off (Nurgaliuly -> Nurgali)."""
    surface = part.surface
    if reading is None or reading.suffix is None or not surface or not surface.startswith("-"):
        return part.text
    written = surface[1:]
    if len(part.text) <= len(written) or not part.text.lower().endswith(written.lower()):
        return part.text
    root = part.text[: -len(written)].rstrip("-")
    if reading.root.endswith("i") and root[-1:].lower() in _VOWEL_LETTERS:
        # Назарбай + ев is written Назарбаев: the й (Latin y) belongs to the root.
        if written[:1].lower() == "y":
            root = part.text[: -len(written) + 1]
        elif part.script == "Cyrl":
            root += "й"
    return root


_VOWEL_LETTERS = frozenset("aeiouаәеоөұүуыіэияю")


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
            rx, ry = _shown_root(x, pm.readings[0]), _shown_root(y, pm.readings[1])
            names = f"{x.text} and {y.text}" if (rx, ry) == (x.text, y.text) else f"{rx} and {ry}"
            text = f"{role} differs: {x.text} ≠ {y.text} ({names} are different names, not a typo)"
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
        strong_suffix,
        _join,
        parse.parse_name,
        fold.fold_token,
        fold.fold_latin,
        fold.fold_latin_uncollapsed,
    ):
        cached.cache_clear()
