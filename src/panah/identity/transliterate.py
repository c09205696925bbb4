"""Write a name in another script or romanisation scheme.

``transliterate(name, "kk-latn-2021")`` works from any script Panah reads: Cyrillic directly;
Kazakh Arabic script through Cyrillic; Latin through a best-effort Cyrillic reading (so that
"Qaster Musakhanuly" can be shown in the passport form). Chinese characters only go to
``pinyin``; a Chinese transcription cannot be turned back into Kazakh letters.
"""

from __future__ import annotations

from dataclasses import dataclass

from panah.identity.arabic import arabic_to_cyrillic, cyrillic_to_arabic, uyghur_to_latin
from panah.identity.chinese import has_han, to_pinyin
from panah.identity.kazakh import LATIN_SCHEMES, cyrillic_to_latin, latin_to_cyrillic
from panah.identity.normalise import normalise
from panah.identity.scripts import detect_language, detect_script

__all__ = ["SCHEMES", "Transliteration", "UnsupportedScheme", "transliterate"]

SCHEMES: dict[str, str] = {
    **LATIN_SCHEMES,
    "kk-cyrl": "Kazakh Cyrillic (from Kazakh Arabic script or Kazakh Latin)",
    "kk-arab": "Kazakh Arabic script as used in Xinjiang (from Cyrillic or Latin)",
    "ug-latn": "Uyghur Latin script, ULY (from Uyghur Arabic script)",
    "pinyin": "Hanyu Pinyin without tones (from Chinese characters)",
}


class UnsupportedScheme(ValueError):
    """The scheme is unknown, or cannot be reached from the name's script."""


@dataclass(frozen=True, slots=True)
class Transliteration:
    text: str
    scheme: str
    source_script: str
    via: tuple[str, ...]  # intermediate steps, e.g. ("kk-cyrl",) for Latin -> icao-9303
    exact: bool  # False when the way there guessed letters (Latin read as Cyrillic)

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "scheme": self.scheme,
            "source_script": self.source_script,
            "via": list(self.via),
            "exact": self.exact,
        }


def _to_cyrillic(text: str, script: str) -> tuple[str, tuple[str, ...], bool]:
    if script == "Cyrl":
        return text, (), True
    if script == "Arab":
        from panah.identity.lexicon import arabic_spellings

        return arabic_to_cyrillic(text, arabic_spellings()), ("kk-cyrl",), True
    if script == "Latn":
        return latin_to_cyrillic(text), ("kk-cyrl",), False
    raise UnsupportedScheme(f"cannot read {script} text as Cyrillic")


def transliterate(name: str, scheme: str) -> Transliteration:
    """Write ``name`` in ``scheme`` (one of :data:`SCHEMES`)."""
    if scheme not in SCHEMES:
        raise UnsupportedScheme(f"unknown scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    text = normalise(name)
    script = detect_script(text)
    if scheme == "pinyin":
        if not has_han(text):
            raise UnsupportedScheme("pinyin is made from Chinese characters only")
        return Transliteration(to_pinyin(text), scheme, script, (), True)
    if has_han(text):
        raise UnsupportedScheme(
            f"a Chinese-script name can only go to pinyin, not {scheme} (a transcription "
            "cannot be turned back into Kazakh letters)"
        )
    if scheme == "ug-latn":
        if script != "Arab":
            raise UnsupportedScheme("ug-latn is made from Uyghur Arabic script only")
        return Transliteration(uyghur_to_latin(text), scheme, script, (), True)
    if scheme in LATIN_SCHEMES and script == "Arab" and detect_language(text, script) == "ug":
        # Uyghur: through the Uyghur Latin script, then read as Cyrillic (approximate).
        cyr = latin_to_cyrillic(uyghur_to_latin(text))
        return Transliteration(
            cyrillic_to_latin(cyr, scheme), scheme, script, ("ug-latn", "kk-cyrl"), False
        )
    cyr, via, exact = _to_cyrillic(text, script)
    if scheme == "kk-cyrl":
        return Transliteration(cyr, scheme, script, (), exact)
    if scheme == "kk-arab":
        return Transliteration(cyrillic_to_arabic(cyr), scheme, script, via, exact)
    out = cyrillic_to_latin(cyr, scheme)
    if scheme == "icao-9303":
        from anyascii import anyascii

        out = anyascii(out).upper()  # the machine-readable zone has A-Z only
    return Transliteration(out, scheme, script, via, exact)
