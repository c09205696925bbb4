"""The normalised forms and matching keys of a name, for debugging and for blocking.

``name_keys(name)`` is what ``panah names keys`` prints. ``blocking_keys(name)`` is the
set of short strings a search index stores per name: two spellings of one person share at
least one of them in every case the evaluation set covers (cross-script, Russianised,
patronymic, typos), so a search only scores candidates that share a key.

Blocking keys (``|`` joins two parts, sorted so that order does not matter):

``r:ROOT``          one part's root (the father's name without -ұлы/-ов, or the given name)
``rr:ROOT|ROOT``    two parts' roots
``cc:CONS|CONS``    two parts' roots without vowels (vowel typos: Quster/Kaster)
``rp:ROOT|PRE``     one root and the first three letters of another (typos later in a word)
``h:CLS|CLS``       two parts' consonant classes, shared with Chinese transcriptions
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from panah.identity.fold import consonants
from panah.identity.normalise import normalise
from panah.identity.parse import Part, parse_name
from panah.identity.scripts import scripts_in
from panah.identity.transliterate import SCHEMES, UnsupportedScheme, transliterate

__all__ = ["NameKeys", "PartKeys", "blocking_keys", "name_keys"]


@dataclass(frozen=True, slots=True)
class PartKeys:
    text: str
    script: str
    skeleton: str
    root: str
    suffix: str | None
    consonants: str
    classes: str
    metaphone: str
    pinyin: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "text": self.text,
            "script": self.script,
            "skeleton": self.skeleton,
            "root": self.root,
            "suffix": self.suffix,
            "consonants": self.consonants,
            "classes": self.classes,
            "metaphone": self.metaphone,
        }
        if self.pinyin:
            out["pinyin"] = list(self.pinyin)
        return out


@dataclass(frozen=True, slots=True)
class NameKeys:
    text: str
    normalised: str
    script: str
    scripts: dict[str, int]
    language: str | None
    parts: tuple[PartKeys, ...]
    transliterations: dict[str, str]
    blocking: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "normalised": self.normalised,
            "script": self.script,
            "scripts": self.scripts,
            "language": self.language,
            "parts": [p.to_json() for p in self.parts],
            "transliterations": self.transliterations,
            "blocking_keys": list(self.blocking),
        }


def _suffix_label(part: Part) -> str | None:
    for r in part.readings[1:]:
        if r.suffix is not None and not r.weak:
            return f"{r.suffix.kind.value} {part.surface or '-' + r.suffix.skeleton}"
    return None


def _part_keys(part: Part) -> PartKeys:
    import jellyfish

    root = part.root
    return PartKeys(
        text=part.text,
        script=part.script,
        skeleton=part.skeleton,
        root=root,
        suffix=_suffix_label(part),
        consonants=consonants(root),
        classes=part.classes(),
        metaphone=jellyfish.metaphone(root) if root else "",
        pinyin=part.syllables,
    )


def blocking_keys(name: str) -> tuple[str, ...]:
    """Short keys under which a search index files this name (see the module docstring)."""
    parts = parse_name(name).parts
    roots = [p.root for p in parts]
    keys: set[str] = set()
    for p, r in zip(parts, roots, strict=True):
        if len(r) >= 2 and not p.han:
            keys.add(f"r:{r}")
    for (i, a), (j, b) in itertools.combinations(enumerate(roots), 2):
        pa, pb = parts[i], parts[j]
        ca, cb = pa.classes(), pb.classes()
        if ca and cb:
            keys.add("h:" + "|".join(sorted((ca, cb))))
        if pa.han or pb.han:
            continue
        keys.add("rr:" + "|".join(sorted((a, b))))
        keys.add("cc:" + "|".join(sorted((consonants(a), consonants(b)))))
        if len(b) >= 3:
            keys.add(f"rp:{a}|{b[:3]}")
        if len(a) >= 3:
            keys.add(f"rp:{b}|{a[:3]}")
    return tuple(sorted(keys))


def name_keys(name: str) -> NameKeys:
    """Everything Panah derives from a name, per part and per scheme."""
    parsed = parse_name(name)
    translits: dict[str, str] = {}
    for scheme in SCHEMES:
        try:
            translits[scheme] = transliterate(name, scheme).text
        except UnsupportedScheme:
            continue
    return NameKeys(
        text=name,
        normalised=normalise(name),
        script=parsed.script,
        scripts=scripts_in(name),
        language=parsed.language,
        parts=tuple(_part_keys(p) for p in parsed.parts),
        transliterations=translits,
        blocking=blocking_keys(name),
    )
