"""Patronymic and Russianised-surname suffixes of Kazakh (and Russian, Uzbek, Uyghur) names.

A Kazakh "surname" is usually the father's (or grandfather's) given name, written one of
three ways: with the Kazakh patronymic suffix (Мұсаханұлы "son of Musakhan", Әлімқызы
"daughter of Alim"), with the Soviet-era Russianised suffix (Мусаханов, Ахатова), or bare
(Musakhan, Akhat). Russian documents add a Russian patronymic (Мусаханович, Алимовна).
All of these share a *root*; this module finds it.

Rules run on the fold skeleton (``panah.identity.fold``), where -ұлы/-uly/-ulı/-ūly are
all ``uli``, -қызы/-kyzy/-qizi are ``kizi`` and -ов/-ov are ``ou`` (В folds to u).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "PATRONYMIC_WORDS",
    "Reading",
    "Suffix",
    "SuffixKind",
    "readings",
    "surface_suffix",
]


class SuffixKind(StrEnum):
    KAZAKH_PATRONYMIC = "patronymic"  # -ұлы, -қызы, -oglu, -ulu
    RUSSIAN_PATRONYMIC = "russian patronymic"  # -ович, -овна
    RUSSIANISED_SURNAME = "russianised surname"  # -ов, -ова, -ев, -ева, -ин, -ина


@dataclass(frozen=True, slots=True)
class Suffix:
    kind: SuffixKind
    sex: str  # "m" or "f"
    skeleton: str  # as it appears at the end of the folded token, e.g. "uli", "oua"


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a folded token: a root plus the suffix removed (None: taken whole)."""

    root: str
    suffix: Suffix | None
    weak: bool = False  # a reading we only try when nothing better fits (-ин/-ина)


_K = SuffixKind.KAZAKH_PATRONYMIC
_R = SuffixKind.RUSSIAN_PATRONYMIC
_S = SuffixKind.RUSSIANISED_SURNAME

# (skeleton suffix, kind, sex), longest first within each family; order matters.
_SUFFIXES: tuple[tuple[str, SuffixKind, str, bool], ...] = (
    ("uulu", _K, "m", False), ("uli", _K, "m", False), ("ulu", _K, "m", False),
    ("ogli", _K, "m", False), ("oglu", _K, "m", False), ("ugli", _K, "m", False),
    ("kizi", _K, "f", False), ("gizi", _K, "f", False),
    ("ouich", _R, "m", False), ("euich", _R, "m", False),
    ("ouna", _R, "f", False), ("euna", _R, "f", False), ("ichna", _R, "f", False),
    ("oua", _S, "f", False), ("eua", _S, "f", False),
    ("ou", _S, "m", False), ("eu", _S, "m", False), ("off", _S, "m", False),
    ("of", _S, "m", False), ("eff", _S, "m", False),
    ("ina", _S, "f", True), ("in", _S, "m", True),
)  # fmt: skip

# A patronymic written as a separate word after the father's name: "Мұсахан ұлы".
PATRONYMIC_WORDS: dict[str, Suffix] = {
    "uli": Suffix(_K, "m", "uli"),
    "ulu": Suffix(_K, "m", "ulu"),
    "ogli": Suffix(_K, "m", "ogli"),
    "oglu": Suffix(_K, "m", "oglu"),
    "ugli": Suffix(_K, "m", "ugli"),
    "uulu": Suffix(_K, "m", "uulu"),
    "kizi": Suffix(_K, "f", "kizi"),
    "gizi": Suffix(_K, "f", "gizi"),
}

_MIN_ROOT = 3
_VOWEL_END = re.compile(r"[aeiou]$")


def _collapse(text: str) -> str:
    return re.sub(r"([a-z])\1+", r"\1", text)


def readings(skeleton: str) -> tuple[Reading, ...]:
    """Every reading of a folded token: whole, and root + each suffix that fits.

    ``skeleton`` is the fold *before* doubled letters are made single (``serikkizi`` for
    Серікқызы), so that a root ending in the suffix's first letter keeps it; every root
    returned is collapsed.

    >>> [(r.root, r.suffix and r.suffix.skeleton) for r in readings("nazarbaeu")]
    [('nazarbaeu', None), ('nazarbai', 'eu')]
    """
    out = [Reading(_collapse(skeleton), None)]
    for suf, kind, sex, weak in _SUFFIXES:
        if not skeleton.endswith(suf):
            continue
        root = skeleton[: -len(suf)]
        if len(root) < _MIN_ROOT:
            continue
        if suf in ("eu", "eua", "euich", "euna") and _VOWEL_END.search(root):
            root += "i"  # Назарбай + ев = Назарбаев: the й before -ев is not written
        out.append(Reading(_collapse(root), Suffix(kind, sex, suf), weak))
        if not weak and kind is not _S:
            break  # -uly is never also -ly; -ovich never also -ich
    return tuple(out)


# Surface forms, to quote the suffix as the source wrote it in reasons.
_SURFACE = re.compile(
    r"(ұлы|улы|ули|уулу|қызы|кызы|кизи|ович|евич|овна|евна|ична|ова|ева|ов|ев|ина|ин"
    r"|ۇلى|قىزى"
    r"|uulu|uly|ulı|ūly|uli|ulu|oğlu|oglu|ogly|o'g'li|ugli|qızı|kyzy|qyzy|kizi|qizi|kyzi|gizi"
    r"|yevich|ovich|evich|yevna|ovna|evna|ichna|yeva|ova|eva|yev|ov|ev|off|ina|in)$"
)


def surface_suffix(token: str) -> str | None:
    """The suffix as written at the end of the token ("-ұлы", "-uly", "-ova"), if any."""
    m = _SURFACE.search(token.lower())
    return f"-{m.group(1)}" if m else None
