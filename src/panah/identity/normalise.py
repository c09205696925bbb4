"""Normalisation of a name as typed: Unicode form, punctuation, hyphens, tokens.

Nothing here changes letters between scripts; that is :mod:`panah.identity.transliterate`'s
job. These functions only make two typings of the *same* string compare equal: NFC, one kind
of hyphen and apostrophe, no zero-width or Arabic tatweel characters, single spaces.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["casefold", "normalise", "split_tokens"]

# Every dash that people type between the parts of a compound name, mapped to ASCII "-".
_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
# Apostrophes and primes: the 2017 Kazakh Latin alphabet used them as letter marks (s' = ş),
# BGN/PCGN uses primes for the soft and hard signs; we keep one ASCII apostrophe.
_APOSTROPHES = dict.fromkeys(
    map(ord, "\u2018\u2019\u201b\u02bc\u02b9\u02ba\u02bb\u02bd\u00b4\u0060\u2032\u2035\uff07"), "'"
)
# Removed outright: zero-width characters, soft hyphen, BOM, Arabic tatweel (kashida).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff\u0640"), None)
# Separators between the parts of a name: the Chinese interpunct used between the parts of a
# transcribed foreign name (·, ・, •), commas, slashes, brackets, full stops of initials.
_SEPARATORS = re.compile(r"[\s·・•‧∙⋅,，、/()（）\[\]{}\"“”«»;:.。]+")


# BGN/PCGN writes a middle dot inside a word to keep letter pairs apart from digraphs
# (Aman·geldi, Ras·ha); there it is not a separator between names.
_BGN_DOT = re.compile(r"(?i)(?<=[gzkstn])·(?=[hgcs])|(?<=[tsy])·(?=[shaueiy])")


def normalise(text: str) -> str:
    """NFC, one hyphen and apostrophe, no invisible characters, single spaces; case kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_DASHES).translate(_APOSTROPHES).translate(_INVISIBLE)
    text = _BGN_DOT.sub("", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" -'")


def casefold(text: str) -> str:
    """Case-fold for comparison, keeping the Kazakh/Turkic dotted and dotless i apart.

    ``str.casefold`` turns "İ" into "i̇" (i + combining dot), which NFC cannot recompose;
    we fold "İ" to "i" and keep "ı" as it is (it is a different letter in Kazakh Latin 2021).
    """
    return unicodedata.normalize("NFC", text.replace("İ", "i").casefold().replace("i̇", "i"))


def split_tokens(text: str) -> list[str]:
    """The parts of a name, in order; hyphenated parts stay joined ("Kassym-Jomart").

    Separators: whitespace, the interpunct of Chinese transcriptions, commas, brackets,
    slashes and full stops (initials). Empty parts and lone hyphens or apostrophes are dropped.
    """
    out = []
    for part in _SEPARATORS.split(normalise(text)):
        part = part.strip("-'")
        if part:
            out.append(part)
    return out
