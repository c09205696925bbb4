"""Arabic-script Kazakh (as written in Xinjiang) and Uyghur: letter tables, by hand.

Kazakh in China is written in an Arabic-based alphabet (töte jazu) in which every vowel is
written. The front vowels ә ө ү і share their letters with а о ұ ы; a word with front vowels
is marked once by the high hamza ``ٴ`` at its start, unless it contains ە, ك or گ, which
only occur in front words. Uyghur (UEY) writes every vowel with its own letter and starts a
vowel-initial word with the hamza carrier ``ئ``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["arabic_to_cyrillic", "cyrillic_to_arabic", "uyghur_to_latin"]

HAMZA = "\u0674"  # ٴ ARABIC LETTER HIGH HAMZA

# Kazakh Cyrillic to Kazakh Arabic. Front vowels use the back-vowel letter; the word gets ٴ.
_C2A: dict[str, str] = {
    "а": "ا", "ә": "ا", "б": "ب", "в": "ۆ", "г": "گ", "ғ": "ع", "д": "د", "е": "ە",
    "ё": "يو", "ж": "ج", "з": "ز", "и": "ي", "й": "ي", "к": "ك", "қ": "ق", "л": "ل",
    "м": "م", "н": "ن", "ң": "ڭ", "о": "و", "ө": "و", "п": "پ", "р": "ر", "с": "س",
    "т": "ت", "у": "ۋ", "ұ": "ۇ", "ү": "ۇ", "ф": "ف", "х": "ح", "һ": "ھ", "ц": "تس",
    "ч": "چ", "ш": "ش", "щ": "شش", "ъ": "", "ы": "ى", "і": "ى", "ь": "", "э": "ە",
    "ю": "يۋ", "я": "يا",
}  # fmt: skip

# Kazakh Arabic to Cyrillic: (back reading, front reading).
_A2C: dict[str, tuple[str, str]] = {
    "ا": ("а", "ә"), "و": ("о", "ө"), "ۇ": ("ұ", "ү"), "ى": ("ы", "і"),
    "ٵ": ("ә", "ә"), "ٶ": ("ө", "ө"), "ٷ": ("ү", "ү"), "ٸ": ("і", "і"),
    "ە": ("е", "е"), "ه": ("е", "е"), "ې": ("е", "е"),
    "ب": ("б", "б"), "پ": ("п", "п"), "ت": ("т", "т"), "ج": ("ж", "ж"), "چ": ("ч", "ч"),
    "ح": ("х", "х"), "خ": ("х", "х"), "د": ("д", "д"), "ر": ("р", "р"), "ز": ("з", "з"),
    "ژ": ("ж", "ж"), "س": ("с", "с"), "ش": ("ш", "ш"), "ع": ("ғ", "ғ"), "غ": ("ғ", "ғ"),
    "ف": ("ф", "ф"), "ق": ("қ", "қ"), "ك": ("к", "к"), "ک": ("к", "к"), "گ": ("г", "г"),
    "ڭ": ("ң", "ң"), "ل": ("л", "л"), "م": ("м", "м"), "ن": ("н", "н"), "ھ": ("һ", "һ"),
    "ۆ": ("в", "в"), "ۋ": ("у", "у"), "ۈ": ("ү", "ү"), "ي": ("й", "й"), "ی": ("й", "й"),
    "ئ": ("", ""), "ء": ("", ""), HAMZA: ("", ""),
}  # fmt: skip

_FRONT_CYRILLIC = set("әөүі")
_FRONT_ARABIC = set("ەكگ")  # letters found only in front-vowel words
_VOWELS_CYR = set("аәеёиоөуұүыіэюя")


def cyrillic_to_arabic(text: str) -> str:
    """Kazakh Cyrillic to the Kazakh Arabic script used in Xinjiang.

    >>> cyrillic_to_arabic("Мұрагер Әлімұлы")
    'مۇراگەر ٴالىمۇلى'
    """
    out: list[str] = []
    for word in re.split(r"(\W+)", text):
        low = word.lower()
        conv = "".join(_C2A.get(c, c) for c in low)
        front = bool(set(low) & _FRONT_CYRILLIC)
        if front and not set(conv) & _FRONT_ARABIC and conv:
            conv = HAMZA + conv
        out.append(conv)
    return "".join(out)


# Word endings with a fixed Cyrillic spelling, whatever the harmony of the stem.
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ۇلى", "ұлы"), ("قىزى", "қызы"), ("ۇلىنىڭ", "ұлының"),
    ("ەۆا", "ева"), ("وۆا", "ова"), ("ەۆ", "ев"), ("وۆ", "ов"),
)  # fmt: skip


def arabic_to_cyrillic(text: str, lexicon: Mapping[str, str] | None = None) -> str:
    """Kazakh Arabic script to Kazakh Cyrillic (also reads Uyghur letters, best effort).

    Front and back vowels share letters (ا is а or ә). A word found in ``lexicon`` (Arabic
    spelling without the hamza -> Cyrillic), alone or before a patronymic or Russianised
    ending, is spelled as the lexicon says. Otherwise a word is read with front vowels when
    it carries the high hamza or a precomposed front vowel, or contains ە ك گ and none of
    the back-only letters ق ع غ; compound and borrowed names that mix front and back vowels
    then come out with one harmony. Matching is unaffected: the fold
    (``panah.identity.fold``) merges ә/а, ө/о, ү/ұ, і/ы anyway.

    >>> arabic_to_cyrillic("قاستەر مۇساحانۇلى")
    'Қастер Мұсаханұлы'
    """
    out: list[str] = []
    for word in re.split(r"(\W+)", text):
        letters = set(word)
        if not letters & set(_A2C):
            out.append(word)
            continue
        known = _from_lexicon(word, lexicon) if lexicon else None
        if known is not None:
            out.append(known)
            continue
        ending = ""
        for arab, cyr in _ENDINGS:
            if word.endswith(arab) and len(word) > len(arab) + 1:
                word, ending = word[: -len(arab)], cyr
                break
        front = HAMZA in letters or bool(letters & set("ٵٶٷٸ")) or (
            bool(letters & _FRONT_ARABIC) and not letters & set("قعغ")
        )
        chars: list[str] = []
        for i, ch in enumerate(word):
            if ch not in _A2C:
                chars.append(ch)
                continue
            back, fr = _A2C[ch]
            piece = fr if front else back
            if ch in "يی":
                # ي between consonants (or after a consonant at the end) is the vowel и.
                prev = chars[-1] if chars else ""
                nxt = word[i + 1] if i + 1 < len(word) else ""
                nxt_vowel = nxt in "اوۇىەٵٶٷٸېۈۆ"
                if prev and prev not in _VOWELS_CYR and not nxt_vowel:
                    piece = "и"
            chars.append(piece)
        conv = "".join(chars) + ending
        out.append(conv[:1].upper() + conv[1:])
    return "".join(out)


def _from_lexicon(word: str, lexicon: Mapping[str, str]) -> str | None:
    bare = word.replace(HAMZA, "")
    if bare in lexicon:
        return lexicon[bare]
    for arab, cyr in _ENDINGS:
        if bare.endswith(arab) and bare[: -len(arab)] in lexicon:
            return lexicon[bare[: -len(arab)]] + cyr
    return None


# Uyghur Arabic script (UEY) to Uyghur Latin script (ULY, 2006).
_UEY2ULY: dict[str, str] = {
    "ا": "a", "ە": "e", "ه": "e", "ب": "b", "پ": "p", "ت": "t", "ج": "j", "چ": "ch",
    "خ": "x", "د": "d", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ک": "k", "گ": "g", "ڭ": "ng", "ل": "l", "م": "m",
    "ن": "n", "ھ": "h", "و": "o", "ۇ": "u", "ۆ": "ö", "ۈ": "ü", "ۋ": "w", "ې": "é",
    "ى": "i", "ي": "y", "ی": "y", "ئ": "", "ء": "", "ع": "", "ح": "h",
}  # fmt: skip


def uyghur_to_latin(text: str) -> str:
    """Uyghur Arabic script to the Uyghur Latin script (ULY): خ x, ق q, ۋ w, ې é, ئ silent.

    >>> uyghur_to_latin("ئابدۇرېھىم")
    'Abduréhim'
    """
    out: list[str] = []
    for word in re.split(r"(\W+)", text):
        conv = "".join(_UEY2ULY.get(c, c) for c in word)
        out.append(conv[:1].upper() + conv[1:])
    return "".join(out)
