"""A name, parsed into parts that can be compared across scripts.

``parse_name("Қастер Мұсаханұлы")`` gives two :class:`Part` objects, each with its fold
skeleton (``kaster``, ``musahanuli``), its readings (``musahanuli`` whole, or root
``musahan`` + the patronymic suffix ``-ұлы``) and, for Chinese-script parts, the pinyin.
A patronymic written as a separate word ("Мұсахан ұлы") is joined to the word before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from panah.identity.chinese import has_han, latin_classes, pinyin_classes, pinyin_syllables
from panah.identity.fold import fold_latin, fold_token
from panah.identity.normalise import normalise, split_tokens
from panah.identity.scripts import detect_language, detect_script
from panah.identity.suffixes import (
    PATRONYMIC_WORDS,
    Reading,
    _collapse,
    readings,
    surface_suffix,
)

__all__ = ["ParsedName", "Part", "parse_name"]

_MAX_PARTS = 6


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a name (a given name, a patronymic, a surname, a compound)."""

    text: str
    script: str
    skeleton: str
    labels: frozenset[str]
    readings: tuple[Reading, ...]
    surface: str | None
    syllables: tuple[str, ...] = ()
    plain: str = ""  # the pivot Latin in ASCII letters, digraphs kept (for typos across them)

    def __hash__(self) -> int:
        # Cheap: parts are cache keys in the comparer; equality still compares every field.
        return hash((self.text, self.skeleton))

    @property
    def han(self) -> bool:
        return bool(self.syllables)

    @property
    def root(self) -> str:
        """The root of the first non-weak reading with a suffix, else the whole skeleton."""
        for r in self.readings[1:]:
            if not r.weak:
                return r.root
        return self.skeleton

    def classes(self) -> str:
        """Consonant classes (see panah.identity.chinese) of the root."""
        if self.han:
            return pinyin_classes(self.syllables)
        return latin_classes(self.root)


@dataclass(frozen=True, slots=True)
class ParsedName:
    text: str
    script: str
    language: str | None
    parts: tuple[Part, ...]

    @property
    def han(self) -> bool:
        return any(p.han for p in self.parts)


def _part(text: str) -> Part:
    if has_han(text):
        syl = pinyin_syllables(text)
        skeleton, labels = fold_latin("".join(syl))
        return Part(
            text=text,
            script="Hani",
            skeleton=skeleton,
            labels=frozenset({"Chinese characters read as pinyin"}) | labels,
            readings=(Reading(skeleton, None),),
            surface=None,
            syllables=syl,
        )
    f = fold_token(text)
    return Part(
        text=text,
        script=f.script,
        skeleton=f.skeleton,
        labels=f.labels,
        readings=readings(f.uncollapsed),
        surface=surface_suffix(text),
        plain=_plain(f.pivot),
    )


def _plain(pivot: str) -> str:
    from anyascii import anyascii

    return "".join(c for c in anyascii(pivot).lower() if "a" <= c <= "z")


@lru_cache(maxsize=32768)
def parse_name(text: str) -> ParsedName:
    """Split, fold and read every part of a name. Cached: names repeat in searches."""
    norm = normalise(text)
    parts: list[Part] = []
    for token in split_tokens(norm):
        part = _part(token)
        if not part.skeleton:
            continue
        if parts and not part.han and part.skeleton in PATRONYMIC_WORDS:
            prev = parts.pop()
            joined = f"{prev.text} {token}"
            skeleton = _collapse(prev.skeleton + part.skeleton)
            suffix = PATRONYMIC_WORDS[part.skeleton]
            parts.append(
                Part(
                    text=joined,
                    script=prev.script,
                    skeleton=skeleton,
                    labels=prev.labels | part.labels,
                    readings=(Reading(skeleton, None), Reading(prev.skeleton, suffix)),
                    surface=f"{token} (separate word)",
                    plain=prev.plain + part.plain,
                )
            )
            continue
        parts.append(part)
    script = detect_script(norm)
    return ParsedName(
        text=norm,
        script=script,
        language=detect_language(norm, script),
        parts=tuple(parts[:_MAX_PARTS]),
    )

