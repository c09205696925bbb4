"""Names across scripts: normalise, transliterate, fold, compare, key.

Pure: no Django, no storage, no I/O at import (the given-name list is read on first use).

Public surface::

    compare(a, b) -> Comparison          score in [0, 1], verdict same/possible/different, reasons
    name_keys(name) -> NameKeys          normalised forms, per-part skeletons, blocking keys
    blocking_keys(name) -> tuple[str]    the keys a search index files a name under
    transliterate(name, scheme)          kk-latn-2021, bgn-pcgn, press-en, icao-9303, ru-latn,
                                         kk-cyrl, kk-arab, ug-latn, pinyin (SCHEMES)
    detect_script(text) -> "Cyrl"|...    ISO 15924
"""

from panah.identity.compare import Comparison, compare
from panah.identity.keys import NameKeys, blocking_keys, name_keys
from panah.identity.normalise import normalise
from panah.identity.scripts import detect_language, detect_script
from panah.identity.transliterate import SCHEMES, Transliteration, UnsupportedScheme, transliterate

__all__ = [
    "SCHEMES",
    "Comparison",
    "NameKeys",
    "Transliteration",
    "UnsupportedScheme",
    "blocking_keys",
    "compare",
    "detect_language",
    "detect_script",
    "name_keys",
    "normalise",
    "transliterate",
]
