"""Places in Kazakhstan and Xinjiang, with their English, Russian and Kazakh forms.

The data ships in ``data/places.tsv``; it is read on first use, never at import. Russian and
Kazakh names are matched with their case endings ("в Жаркенте", "из Синьцзяна",
"возле села Шиликты"): the matcher derives a stem from the nominative and allows the endings
nouns and adjectives take.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from panah.ingest.text import Span

__all__ = ["Place", "PlaceMention", "find_places", "load_places"]


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    kind: str
    country: str
    names_en: tuple[str, ...]
    names_ru: tuple[str, ...]
    names_kk: tuple[str, ...]
    parent: str | None

    @property
    def name(self) -> str:
        return self.names_en[0]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    span: Span


@lru_cache(maxsize=1)
def load_places() -> tuple[Place, ...]:
    raw = resources.files("panah.ingest").joinpath("data/places.tsv").read_text("utf-8")
    out: list[Place] = []
    header_seen = False
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cols) != 7:
            raise ValueError(f"places.tsv: expected 7 columns, got {len(cols)}: {line!r}")
        ident, kind, country, en, ru, kk, parent = cols

        def split(cell: str) -> tuple[str, ...]:
            return tuple(v.strip() for v in cell.split("|") if v.strip())

        out.append(Place(ident, kind, country, split(en), split(ru), split(kk), parent or None))
    return tuple(out)


# Endings of Russian nouns and adjectives (and of Kazakh nouns in Russian text) after a stem.
_CYR_ENDINGS = (
    r"(?:а|я|у|ю|ом|ем|ой|ей|е|и|ы|ою|ею|ая|ую|ое|ого|ому|ым|ий|ый|ские|ских|ским|ами|ах)?"
)
_ADJ = re.compile(r"(ая|ий|ый|ой|ое)$")


def _cyr_word(word: str) -> str:
    """A regex for one Cyrillic word with any case ending."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        return re.escape(head + "-") + _cyr_word(last)
    if len(word) <= 3 or word.isupper():
        return re.escape(word)
    if _ADJ.search(word):
        return re.escape(word[:-2]) + _CYR_ENDINGS
    if word.endswith(("ы", "о", "і", "у", "е", "и")):
        return re.escape(word)  # indeclinable (Алматы, Шиликты, Шілікті)
    if word[-1] in "аяьй":
        stem = word[:-1]
        if len(stem) < 4:
            return re.escape(word)
        return f"(?:{re.escape(word)}|{re.escape(stem)}{_CYR_ENDINGS})"
    return re.escape(word) + _CYR_ENDINGS


def _pattern(form: str, cyrillic: bool) -> str:
    words = form.split()
    if cyrillic:
        parts = [_cyr_word(w) for w in words]
    else:
        parts = [re.escape(w) for w in words]
        parts[-1] += r"(?:'s)?"
    return r"\s+".join(parts)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, Place]]:
    forms: dict[str, Place] = {}
    for place in load_places():
        for form in place.names_en:
            forms.setdefault(form, place)
        for form in (*place.names_ru, *place.names_kk):
            if "(" in form:
                continue
            forms.setdefault(form, place)
    alternatives = []
    index: dict[str, Place] = {}
    for i, (form, place) in enumerate(sorted(forms.items(), key=lambda kv: -len(kv[0]))):
        cyr = bool(re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", form))
        group = f"g{i}"
        index[group] = place
        alternatives.append(f"(?P<{group}>{_pattern(form, cyr)})")
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", flags=re.UNICODE
    )
    return pattern, index


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, longest form first, without overlaps."""
    pattern, index = _matcher()
    out = []
    for m in pattern.finditer(text):
        group = m.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        out.append(PlaceMention(index[group], Span(m.start(), m.end())))
    return out
