"""Chinese-character transcriptions of Kazakh and Uyghur names.

A Kazakh name written in Chinese (哈斯特尔·穆萨汗 for Қастер Мұсаханұлы) is a phonetic
transcription: each syllable stands for a consonant and a vowel, and Chinese adds vowels
that the Kazakh name does not have (斯 si for a bare s, 尔 er for a final r). We read the
characters with pypinyin and compare *consonant classes*, the part that survives
transcription: Kazakh k/q/g/ğ/h/kh are all heard as Chinese g/k/h; s/ş/j/ch as s/sh/x/j/zh;
r and l as l (尔 er for a final r); b/p; d/t; m; n/ñ.

These names are aliases (``NameVariant(script="Hani")``); a Chinese form alone supports at
most a ``possible`` verdict unless every part of the name agrees.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["has_han", "latin_classes", "pinyin_classes", "pinyin_syllables", "to_pinyin"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# pinyin initials, longest first, and the consonant class each is heard as.
_INITIALS: tuple[tuple[str, str], ...] = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"),
    ("b", "B"), ("p", "B"), ("m", "M"), ("f", "B"), ("d", "T"), ("t", "T"), ("n", "N"),
    ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"), ("h", "K"), ("j", "S"), ("q", "S"),
    ("x", "S"), ("z", "S"), ("c", "S"), ("s", "S"), ("y", ""), ("w", ""),
)  # fmt: skip

# Consonants of a folded Latin name (panah.identity.fold skeleton) and their classes.
_LATIN_CLASSES: tuple[tuple[str, str], ...] = (
    ("sh", "S"), ("ch", "S"), ("ts", "S"),
    ("b", "B"), ("p", "B"), ("f", "B"), ("m", "M"), ("d", "T"), ("t", "T"), ("n", "N"),
    ("l", "L"), ("r", "L"), ("g", "K"), ("k", "K"), ("h", "K"), ("x", "K"), ("j", "S"),
    ("s", "S"), ("z", "S"), ("c", "S"),
)  # fmt: skip
_LATIN_RE = re.compile("|".join(k for k, _ in _LATIN_CLASSES) + "|[aeiouy]")
_LATIN_MAP = dict(_LATIN_CLASSES)


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


@lru_cache(maxsize=8192)
def pinyin_syllables(text: str) -> tuple[str, ...]:
    """Tone-less pinyin syllables of the Han characters in ``text`` (pypinyin, lazily)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s.strip())


def to_pinyin(text: str, *, separator: str = "") -> str:
    """Each part of a Chinese-script name as capitalised tone-less pinyin: 'Hasiteer Musahan'.

    Parts are separated as in the input (the interpunct of transcribed names becomes a space).
    """
    from panah.identity.normalise import split_tokens

    parts = []
    for token in split_tokens(text):
        syl = pinyin_syllables(token) if has_han(token) else (token,)
        word = separator.join(syl)
        parts.append(word[:1].upper() + word[1:])
    return " ".join(parts)


def pinyin_classes(syllables: tuple[str, ...]) -> str:
    """Consonant classes of a run of pinyin syllables: ('ha','si','te','er') -> 'KSTL'.

    A syllable's initial gives its class; a final -n/-ng adds N; the syllable "er" (尔, 儿)
    stands for r; syllables without an initial add nothing.
    """
    out: list[str] = []
    for syl in syllables:
        if syl in ("er", "r"):
            out.append("L")
            continue
        cls = ""
        rest = syl
        for ini, c in _INITIALS:
            if syl.startswith(ini):
                cls, rest = c, syl[len(ini) :]
                break
        if cls:
            out.append(cls)
        if rest.endswith(("n", "ng")):
            out.append("N")
    return "".join(out)


def latin_classes(skeleton: str) -> str:
    """Consonant classes of a folded Latin token: 'kaster' -> 'KSTL', 'musahan' -> 'MSKN'."""
    return "".join(_LATIN_MAP.get(m, "") for m in _LATIN_RE.findall(skeleton))
