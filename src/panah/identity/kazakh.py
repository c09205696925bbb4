"""Kazakh (and Russian) Cyrillic letter tables for the romanisation schemes Panah supports.

These tables are the only letter-level rules written by hand, because no maintained library
has them (see docs: anyascii and ICU's ``Any-Latin`` mishandle Ұ Ү; cyrtranslit and
transliterate have no Kazakh). Each scheme is one row per Cyrillic letter, lower case;
capitals are derived (a capital letter gives a capitalised rendering, or an all-capital one
inside an all-capital word).

Schemes
-------
``kk-latn-2021``
    The official Kazakh Latin alphabet of 2021 (Ä Ğ I/ı İ/i Ñ Ö Q Ş Ū Ü Y); Ц Ч Щ Ё Ю Я
    are written ts ch şş io iu ia.
``bgn-pcgn``
    BGN/PCGN 1979 for Kazakh (И ī, У ū, Ұ u, Ү ü, Э ė, primes for Ъ Ь, and a middle dot in
    г·h z·h k·h n·g s·h ts·h sh·ch to keep them apart from the digraphs). For text without
    Kazakh letters it uses BGN/PCGN 1947 for Russian (ye after vowels, ë, y for Й and Ы).
``press-en``
    The forms English-language news reports use for Kazakh names: ASCII only, Қ→K, Ғ→G,
    Ң→N, Ә→A, Ө→O, Ұ/Ү→U, І→I, Х→Kh, Ж→Zh, Й→Y, Е→Ye at the start of a word and after a
    vowel (Yerlan, Nazarbayev).
``icao-9303``
    ICAO Doc 9303 part 3 (machine-readable travel documents), upper case A–Z. The ICAO table
    has no Kazakh letters; for them we use what Kazakhstan's passports print: Ә→A, Ғ→G,
    Қ→K, Ң→N, Ө→O, Ұ→U, Ү→U, Һ→H, І→I.
``ru-latn``
    Russian Cyrillic to Latin, BGN/PCGN 1947 without diacritics or primes (Ё→yo, Й→y,
    Ы→y, Е→ye initially and after vowels and soft/hard signs). Kazakh letters as ``press-en``.
"""

from __future__ import annotations

import re

__all__ = [
    "CYRILLIC_TO_PIVOT",
    "LATIN_SCHEMES",
    "cyrillic_to_latin",
    "latin_to_cyrillic",
]

_ORDER = "а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я"


def _table(row: str) -> dict[str, str]:
    letters = _ORDER.split()
    values = [("" if v == "-" else v) for v in row.split()]
    assert len(letters) == len(values), (len(letters), len(values))
    return dict(zip(letters, values, strict=True))


# One value per letter of _ORDER; "-" means the letter is not written.
_KK_LATN_2021 = _table(
    "a ä b v g ğ d e io j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ch ş şş - y ı - e iu ia"
)
_BGN_KK = _table(
    "a ä b v g gh d e yo zh z ī y k q l m n ng o ö p r s t ū u ü f kh h ts ch sh shch ʺ y i ʹ ė "
    "yu ya"
)
_BGN_RU = _table(
    "a a b v g g d e ë zh z i y k k l m n n o o p r s t u u u f kh h ts ch sh shch ʺ y i ʹ e yu ya"
)
_PRESS_EN = _table(
    "a a b v g g d e yo zh z i y k k l m n n o o p r s t u u u f kh h ts ch sh shch - y i - e yu ya"
)
_ICAO = _table(
    "a a b v g g d e e zh z i i k k l m n n o o p r s t u u u f kh h ts ch sh shch ie y i - e iu ia"
)
_RU_LATN = _table(
    "a a b v g g d e yo zh z i y k k l m n n o o p r s t u u u f kh h ts ch sh shch - y i - e yu ya"
)

# The pivot every Cyrillic name passes through before folding (panah.identity.fold): it keeps
# each Kazakh letter distinct (q gh ng ä ö ū ü ı) so that the fold can name what it merged.
CYRILLIC_TO_PIVOT = _table(
    "a ä b v g ğ d e ë zh z i y k q l m n ñ o ö p r s t u ū ü f kh h ts ch sh shch - y ı ' e yu ya"
)

_VOWELS = set("аәеёиоөуұүыіэюя")
# Where BGN/PCGN puts a middle dot to keep a letter pair apart from a digraph.
_BGN_DOT_KK = {("г", "һ"), ("з", "һ"), ("к", "һ"), ("н", "г"), ("с", "һ"), ("ц", "һ"), ("ш", "ч")}
_BGN_DOT_RU = {("т", "с"), ("ш", "ч"), ("ы", "а"), ("ы", "у"), ("ы", "э"), ("ы", "ы")}

LATIN_SCHEMES: dict[str, str] = {
    "kk-latn-2021": "official Kazakh Latin alphabet (2021)",
    "bgn-pcgn": "BGN/PCGN 1979 (Kazakh) / 1947 (Russian)",
    "press-en": "common English press forms (ASCII)",
    "icao-9303": "ICAO Doc 9303 passports (A–Z, upper case)",
    "ru-latn": "Russian Cyrillic to Latin (BGN/PCGN 1947, ASCII)",
}


def _ye_context(prev: str | None) -> bool:
    """Е and Ё are written with a y at the start of a word and after a vowel or sign."""
    return prev is None or prev in _VOWELS or prev in "ъь"


def _letter(scheme: str, table: dict[str, str], low: str, prev: str | None, nxt: str | None) -> str:
    out = table[low]
    if scheme in ("press-en", "ru-latn", "bgn-pcgn-ru") and low == "е" and _ye_context(prev):
        out = "ye"
    if scheme == "bgn-pcgn-ru" and low == "ё":
        out = "yë" if _ye_context(prev) else "ë"
    if scheme == "bgn-pcgn-kk" and (low, nxt) in _BGN_DOT_KK:
        out += "·"
    if scheme == "bgn-pcgn-ru" and (low, nxt) in _BGN_DOT_RU:
        out += "·"
    return out


def _capital(out: str, scheme: str, whole_word_upper: bool) -> str:
    if not out:
        return out
    if scheme == "kk-latn-2021":  # Turkic dotted/dotless capitals
        first = {"i": "İ", "ı": "I"}.get(out[0], out[0].upper())
    else:
        first = out[0].upper()
    if whole_word_upper:
        rest = out[1:].upper() if scheme != "kk-latn-2021" else out[1:].replace("i", "İ").upper()
        return first + rest
    return first + out[1:]


def cyrillic_to_latin(text: str, scheme: str) -> str:
    """Romanise Cyrillic text with one of :data:`LATIN_SCHEMES`; other characters pass through.

    >>> cyrillic_to_latin("Қастер Мұсаханұлы", "kk-latn-2021")
    'Qaster Mūsahanūly'
    >>> cyrillic_to_latin("Мұрагер Әлімұлы", "icao-9303")
    'MURAGER ALIMULY'
    """
    if scheme not in LATIN_SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}")
    has_kazakh = any(c in "әғқңөұүһі" for c in text.lower())
    variant = scheme
    if scheme == "bgn-pcgn":
        variant = "bgn-pcgn-kk" if has_kazakh else "bgn-pcgn-ru"
    table = {
        "kk-latn-2021": _KK_LATN_2021,
        "bgn-pcgn-kk": _BGN_KK,
        "bgn-pcgn-ru": _BGN_RU,
        "press-en": _PRESS_EN,
        "icao-9303": _ICAO,
        "ru-latn": _RU_LATN,
    }[variant]
    out: list[str] = []
    for word in re.split(r"(\W+)", text):
        letters = [c for c in word if c.lower() in table]
        upper_word = len(letters) > 1 and all(c.isupper() for c in letters)
        lows = word.lower()
        for i, ch in enumerate(word):
            low = lows[i]
            if low not in table:
                out.append(ch)
                continue
            prev = lows[i - 1] if i > 0 else None
            nxt = lows[i + 1] if i + 1 < len(lows) else None
            piece = _letter(variant, table, low, prev, nxt)
            if ch.isupper():
                piece = _capital(piece, scheme, upper_word)
            out.append(piece)
    result = "".join(out)
    if scheme == "icao-9303":
        result = result.upper()
    return result


# Latin to Kazakh Cyrillic, best effort: the 2021 alphabet is read exactly; ASCII press forms
# are read with their usual digraphs (sh, ch, zh, kh, gh, ng, ts, yu, ya, yo). Longest first.
_LATIN_TO_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("şş", "щ"), ("sh", "ш"), ("ş", "ш"), ("ch", "ч"), ("ç", "ч"), ("zh", "ж"),
    ("kh", "х"), ("gh", "ғ"), ("ğ", "ғ"), ("ng", "ң"), ("ñ", "ң"), ("ts", "ц"),
    ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("io", "ё"),
    ("ä", "ә"), ("ö", "ө"), ("ū", "ұ"), ("ü", "ү"), ("ı", "і"), ("ī", "и"), ("ė", "э"),
    ("é", "е"), ("ë", "ё"),
    ("a", "а"), ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "х"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("w", "у"), ("x", "кс"), ("y", "ы"), ("z", "з"),
)
_L2C_RE = re.compile("|".join(re.escape(k) for k, _ in _LATIN_TO_CYRILLIC))
_L2C = dict(_LATIN_TO_CYRILLIC)


def latin_to_cyrillic(text: str) -> str:
    """Kazakh Latin (2021 alphabet or ASCII press forms) to Kazakh Cyrillic, best effort.

    ASCII input is ambiguous (k may be К or Қ, u may be У, Ұ or Ү); the result is one
    plausible spelling, good for display next to the original, not a reconstruction.
    """
    out: list[str] = []
    for word in re.split(r"(\W+)", text):
        low = word.replace("İ", "i").lower()
        conv = _L2C_RE.sub(lambda m: _L2C[m.group(0)], low)
        # y or i after a, e or o and before a consonant or the end is Й (Sayragul, Sauytbay);
        # after u it is the vowel Ы (Sauytbay).
        conv = re.sub(r"(?<=[аәеоөэ])[ыи](?=$|[бвгғджзйкқлмнңпрстфхһцчшщ])", "й", conv)
        # u is the vowel Ұ unless it touches another vowel (then it is the glide У).
        conv = re.sub(r"(?<![аәеиоөұүыіэюя])у(?![аәеиоөұүыіэюя])", "ұ", conv)
        if word[:1].isupper() and conv:
            conv = conv[0].upper() + conv[1:]
        out.append(conv)
    return "".join(out)
