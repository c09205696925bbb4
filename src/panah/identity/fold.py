"""Folding one name part, in any script, to a Latin *skeleton* that spellings share.

Pipeline for one token::

    Cyrillic  --kazakh.CYRILLIC_TO_PIVOT-->  pivot Latin --+
    Arabic    --arabic_to_cyrillic / uyghur_to_latin------+-->  fold_latin  -->  skeleton
    Latin (any alphabet, diacritics) ----------------------+

``fold_latin`` applies ordered rules; each rule has a *label* that says, in the terms a
lawyer would check, which spelling difference it absorbs ("Қ→Q/K", "Х→Kh/H"). The labels a
token's fold used become the reasons of a comparison.

The skeleton alphabet is a–z minus q, w, v, x, y: Қ/Q/K → k, Ғ/Gh/G → g, Ң/Ñ/Ng/N → n,
Ө/Ö/O → o, Ұ/Ү/Ū/Ü/U → u, Ә/Ä/A → a, І/Ы/Й/I/Y/ı → i, Х/Kh/H/Һ → h, Ж/Zh/J → j, В/V/W → u,
Щ/Shch → sh; doubled letters are single; Е/Ye at the start of a word and after a vowel → e.
Ш sh, Ч ch and Ц ts stay digraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from panah.identity.arabic import arabic_to_cyrillic, uyghur_to_latin
from panah.identity.kazakh import CYRILLIC_TO_PIVOT
from panah.identity.normalise import casefold
from panah.identity.scripts import detect_language, detect_script

__all__ = ["Folded", "consonants", "deiotate", "fold_latin", "fold_token", "pivot_latin"]


@dataclass(frozen=True, slots=True)
class Folded:
    """One name part, folded: the Latin pivot it went through, the skeleton, what was merged."""

    source: str
    script: str
    pivot: str
    skeleton: str
    labels: frozenset[str]
    uncollapsed: str = ""  # the skeleton before doubled letters are made single


# Letters of Latin alphabets used for Kazakh (2017 and 2021 official alphabets, BGN/PCGN,
# Turkish-style spellings) that anyascii would flatten without telling us what they were.
_LATIN_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("ş", "sh", "Ш→Ş/Sh"), ("ç", "ch", "Ч→Ç/Ch"), ("ğ", "gh", "Ғ→Ğ/Gh/G"),
    ("ñ", "ng", "Ң→Ñ/Ng/N"), ("ä", "a", "Ә→Ä/A"), ("ö", "o", "Ө→Ö/O"), ("ü", "u", "Ү→Ü/U"),
    ("ū", "u", "Ұ→Ū/U"), ("ı", "i", "І→I/ı"), ("ī", "i", "И→Ī/I"), ("ė", "e", "Э→Ė/E"),
    ("é", "e", "é→e"), ("ë", "yo", "Ё→Yo/E"), ("ə", "a", "Ә→Ä/A"), ("ɵ", "o", "Ө→Ö/O"),
    ("ʺ", "", "Ъ/Ь→'"), ("ʹ", "", "Ъ/Ь→'"), ("·", "", "BGN middle dot"),
)  # fmt: skip

# The 2017 apostrophe alphabet (a' g' n' o' u' s' c' i' y') and Uzbek o' g'.
_APOSTROPHE_LETTERS: tuple[tuple[str, str, str], ...] = (
    ("s'", "sh", "Ш→S'/Sh"), ("c'", "ch", "Ч→C'/Ch"), ("g'", "gh", "Ғ→G'/Gh/G"),
    ("n'", "ng", "Ң→N'/Ng/N"), ("a'", "a", "Ә→A'/A"), ("o'", "o", "Ө→O'/O"),
    ("u'", "u", "Ү→U'/U"), ("y'", "u", "Ұ→Y'/U"), ("i'", "i", "І→I'/I"),
)  # fmt: skip

# Ordered folding rules on lower-case ASCII: (pattern, replacement, label).
_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), r, label)
    for p, r, label in (
        (r"'", "", "soft sign / apostrophe dropped"),
        (r"shch|sch", "sh", "Щ→Shch/Sh"),
        (r"dzh|dj", "j", "Ж→Zh/J"),
        (r"zh", "j", "Ж→Zh/J"),
        (r"kh", "h", "Х→Kh/H"),
        (r"gh", "g", "Ғ→Gh/G"),
        (r"ng+", "n", "Ң→Ng/N"),
        (r"q", "k", "Қ→Q/K"),
        (r"[wv]", "u", "В/У→V/W/U"),
        (r"(?<=[bcdfghjklmnprstz])yo", "e", "Ё→Yo/E"),
        (r"(?<=[bcdfghjklmnprstz])io(?=[bcdfghjklmnprstz])", "e", "Ё→Io/E"),
        (r"y", "i", "Ы/Й/І→Y/I"),
        (r"^ie|(?<=[aeiou])ie", "e", "Е→Ye/E"),
        (r"[^a-z]", "", "non-letter dropped"),
    )
)
_DOUBLED = re.compile(r"([a-z])\1+")

_CONSONANTS = re.compile(r"[aeiou]")
_DEIOTATE = re.compile(r"(?<=[bdfgjklmnprstz])i(?=[aeou])")


def pivot_latin(token: str) -> tuple[str, str, frozenset[str]]:
    """The token in lower-case Latin before folding, its script, and labels used so far."""
    script = detect_script(token)
    labels: set[str] = set()
    text = casefold(token)
    if script == "Arab":
        if detect_language(token, "Arab") == "ug":
            text = casefold(uyghur_to_latin(token)).replace("x", "kh")
            labels.add("Uyghur Arabic script → Latin")
        else:
            from panah.identity.lexicon import arabic_spellings

            text = casefold(arabic_to_cyrillic(token, arabic_spellings()))
            labels.add("Kazakh Arabic script → Cyrillic")
    if script == "Cyrl" or any("\u0400" <= c <= "\u04ff" for c in text):
        text = _cyrillic_pivot(text, labels)
    return text, script, frozenset(labels)


_CYRILLIC_LABELS = {
    "қ": "Қ→Q/K", "ғ": "Ғ→Ğ/Gh/G", "ң": "Ң→Ñ/Ng/N", "ө": "Ө→Ö/O", "ұ": "Ұ→Ū/U",
    "ү": "Ү→Ü/U", "һ": "Һ→H", "і": "І→I/ı", "ә": "Ә→Ä/A", "х": "Х→Kh/H", "ж": "Ж→Zh/J",
    "ы": "Ы→Y/I", "й": "Й→Y/I", "ю": "Ю→Yu/Iu", "я": "Я→Ya/Ia", "ё": "Ё→Yo/E",
    "ь": "soft sign dropped", "ъ": "hard sign dropped", "щ": "Щ→Shch/Sh", "ц": "Ц→Ts",
    "ч": "Ч→Ch", "ш": "Ш→Sh",
}  # fmt: skip


def _cyrillic_pivot(text: str, labels: set[str]) -> str:
    out = []
    for ch in text:
        if ch in CYRILLIC_TO_PIVOT:
            out.append(CYRILLIC_TO_PIVOT[ch])
            if ch in _CYRILLIC_LABELS:
                labels.add(_CYRILLIC_LABELS[ch])
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def fold_latin(text: str) -> tuple[str, frozenset[str]]:
    """Fold lower-case Latin text (any diacritics) to the skeleton; returns the labels used."""
    full, labels = fold_latin_uncollapsed(text)
    skeleton = _DOUBLED.sub(r"\1", full)
    if skeleton != full:
        labels = labels | {"doubled letter"}
    return skeleton, labels


@lru_cache(maxsize=65536)
def fold_latin_uncollapsed(text: str) -> tuple[str, frozenset[str]]:
    """:func:`fold_latin` without making doubled letters single (for suffix analysis)."""
    from anyascii import anyascii

    labels: set[str] = set()
    for letter, repl, label in _LATIN_LETTERS:
        if letter in text:
            text = text.replace(letter, repl)
            labels.add(label)
    for pair, repl, label in _APOSTROPHE_LETTERS:
        if pair in text:
            text = text.replace(pair, repl)
            labels.add(label)
    if not text.isascii():
        text = anyascii(text).lower()
    for pattern, repl, label in _RULES:
        new = pattern.sub(repl, text)
        if new != text:
            if label != "non-letter dropped":
                labels.add(label)
            text = new
    return text, frozenset(labels)


@lru_cache(maxsize=65536)
def fold_token(token: str) -> Folded:
    """Fold one name part in any script (Chinese is handled by panah.identity.chinese)."""
    pivot, script, labels = pivot_latin(token)
    skeleton, more = fold_latin(pivot)
    full, _ = fold_latin_uncollapsed(pivot)
    return Folded(token, script, pivot, skeleton, labels | more, full)


def consonants(skeleton: str) -> str:
    """The skeleton without vowels, keeping a leading vowel: 'kaster' -> 'kstr', 'alim' -> 'alm'."""
    if not skeleton:
        return skeleton
    return skeleton[0] + _CONSONANTS.sub("", skeleton[1:])


def deiotate(skeleton: str) -> str:
    """Drop the i of a Russian-style iotated vowel after a consonant: 'liazat' -> 'lazat'.

    Ляззат (Lyazzat, Liazzat) and Ләззат (Lazzat, Läzzat) are one name; so are Сауле and
    Сәуле. The comparer uses this form as an alternative, with a small penalty.
    """
    return _DEIOTATE.sub("", skeleton)
