"""Which script a name is written in (ISO 15924), and which language's letters it uses.

Script detection looks at letters only (digits, spaces and punctuation are script-neutral).
Language detection is a guess from letters only one language uses: a Cyrillic name with
Ә Ғ Қ Ң Ө Ұ Ү Һ І is Kazakh; without them it may be Russian *or* Kazakh, and we say "ru"
only in the sense "nothing here needs the Kazakh table".
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

__all__ = [
    "KAZAKH_ARABIC_LETTERS",
    "KAZAKH_CYRILLIC_LETTERS",
    "UYGHUR_ARABIC_LETTERS",
    "detect_language",
    "detect_script",
    "script_of",
    "scripts_in",
]

# Letters of Kazakh Cyrillic that Russian does not have.
KAZAKH_CYRILLIC_LETTERS = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
# Letters of the Kazakh Arabic script (China) absent from the Uyghur one: the high hamza that
# marks a front-vowel word and the precomposed front vowels.
KAZAKH_ARABIC_LETTERS = frozenset("\u0674\u0675\u0676\u0677\u0678")  # ٴ ٵ ٶ ٷ ٸ
# Letters of the Uyghur Arabic script (UEY) absent from the Kazakh one: ې (e), ۈ (ü), and the
# hamza carrier ئ that starts every vowel-initial Uyghur word. (ۆ is Uyghur o but Kazakh В.)
UYGHUR_ARABIC_LETTERS = frozenset("\u06d0\u06c8\u0626")

# Unicode character-name prefixes to ISO 15924 codes, for the scripts names come in.
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("LATIN", "Latn"),
    ("CYRILLIC", "Cyrl"),
    ("ARABIC", "Arab"),
    ("CJK", "Hani"),
    ("GREEK", "Grek"),
    ("HEBREW", "Hebr"),
    ("MONGOLIAN", "Mong"),
    ("GEORGIAN", "Geor"),
    ("ARMENIAN", "Armn"),
    ("HANGUL", "Hang"),
    ("HIRAGANA", "Hira"),
    ("KATAKANA", "Kana"),
    ("DEVANAGARI", "Deva"),
    ("THAI", "Thai"),
    ("TIBETAN", "Tibt"),
)


@lru_cache(maxsize=4096)
def script_of(char: str) -> str:
    """ISO 15924 code of one character; "Zyyy" (common) for non-letters and unknown scripts."""
    if not unicodedata.category(char).startswith("L") and char not in "\u0674":
        return "Zyyy"
    name = unicodedata.name(char, "")
    for prefix, code in _PREFIXES:
        if name.startswith(prefix):
            return code
    return "Zyyy"


def scripts_in(text: str) -> dict[str, int]:
    """How many letters of each script the text has, most frequent first."""
    counts = Counter(script_of(c) for c in text)
    counts.pop("Zyyy", None)
    return dict(counts.most_common())


def detect_script(text: str) -> str:
    """The ISO 15924 code of the script most of the letters are in; "Zyyy" if none."""
    counts = scripts_in(text)
    return next(iter(counts), "Zyyy")


def detect_language(text: str, script: str | None = None) -> str | None:
    """A BCP 47 guess from the letters used: kk, ru, ug, zh, or None when letters do not say.

    Cyrillic: "kk" if a Kazakh-only letter occurs, else "ru". Arabic: "kk" for the Kazakh
    hamza or front-vowel letters, "ug" for Uyghur-only letters, else None (both share most
    letters; the Kazakh table is used). Han: "zh". Latin: None.
    """
    script = script or detect_script(text)
    letters = set(text)
    if script == "Cyrl":
        return "kk" if letters & KAZAKH_CYRILLIC_LETTERS else "ru"
    if script == "Arab":
        if letters & KAZAKH_ARABIC_LETTERS:
            return "kk"
        if letters & UYGHUR_ARABIC_LETTERS:
            return "ug"
        return None
    if script == "Hani":
        return "zh"
    return None
