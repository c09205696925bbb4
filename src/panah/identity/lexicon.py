"""The lexicon of attested names (``data/*.txt``), read once on first use.

Two uses:

* telling a typo from another name. Серік and Берік, Ақжол and Ақбол, Тоқаев and Токарев are
  different names, so a one-letter difference between them is not a slip of the pen; a typo
  is a spelling that is *not* itself another known name. :func:`known_different` answers
  this on the fold skeletons (``panah.identity.fold``) the comparer already uses, so that
  transliterations of one name (Нұрғали, Nurgali, Nurğali) are one name.
* reading Kazakh Arabic script back into Cyrillic, where the letters do not say whether a
  vowel is front or back (ا is а or ә): a given name in the list is spelled as the list
  spells it (:func:`arabic_spellings`).

Files (each with its script and source in a header comment): ``given_names.txt`` (the common
names, also used by the benchmarks' generators), ``given_names_kk.txt``,
``given_names_ug.txt``, ``given_names_ru.txt``, ``surnames_kk.txt``, ``surnames_ru.txt``. One
name per line; spellings of the same name that the fold does not merge share a line,
separated by ``/`` (Бақыт / Бахыт). Each line is a *group*; two skeletons are known different
names when both are in the lexicon and share no group.

The index from skeleton to groups is stored in ``data/name_keys.tsv``, generated from the
lists by :mod:`panah.identity.lexicon_build` (``python -m panah.identity.lexicon_build
--write``), so that a process reads it in a few milliseconds instead of folding every spelling;
a test fails when it is out of date.

Keys of a group: the skeleton of each spelling; for a surname its root instead (Тоқаев ->
``tokai``, Токарев -> ``tokar``; an -ин surname keeps its whole form too); the root a
Russianised surname takes from a name ending in a vowel (Иса -> Исаев -> ``isai``); the
Russian-style form with the iotation dropped (``deiotate``); for Kazakh names the Russian
spelling of ө as у (Төлеген / Тулеген); for Uyghur names the Russian or Kazakh a for Uyghur e
(Qeyser / Қайсар, Gulmire / Гүлмира); Әбді- / Абду- for Arabic 'Abd-. These variants only
widen a group, so they can make two spellings "not known different", never the reverse.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "arabic_spellings",
    "given_names",
    "is_known",
    "known_different",
    "known_same",
    "name_groups",
]

# (file, language, kind)
_FILES: tuple[tuple[str, str, str], ...] = (
    ("given_names.txt", "", "given"),
    ("given_names_kk.txt", "kk", "given"),
    ("given_names_ug.txt", "ug", "given"),
    ("given_names_ru.txt", "ru", "given"),
    ("surnames_kk.txt", "kk", "surname"),
    ("surnames_ru.txt", "ru", "surname"),
)
_VOWELS = frozenset("aeiou")


@cache
def _lines(filename: str) -> tuple[tuple[str, ...], ...]:
    """Each name line of one data file, as the spellings it lists."""
    text = resources.files("panah.identity").joinpath(f"data/{filename}").read_text("utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        spellings = tuple(s.strip() for s in line.split("/") if s.strip())
        if spellings:
            out.append(spellings)
    return tuple(out)


@lru_cache(maxsize=1)
def given_names() -> tuple[str, ...]:
    """Every given name in the lists (the first spelling of each line), without repeats."""
    seen: dict[str, None] = {}
    for filename, _, kind in _FILES:
        if kind == "given":
            for spellings in _lines(filename):
                seen.setdefault(spellings[0], None)
    return tuple(seen)


_KEYS_FILE = "name_keys.tsv"


@lru_cache(maxsize=1)
def name_groups() -> dict[str, str]:
    """Skeleton -> the names it can be a spelling of (line numbers across the lists, comma
    separated), read once from ``data/name_keys.tsv``. That file is generated from the lists
    by :mod:`panah.identity.lexicon_build` (folding every spelling takes 0.1 s; reading the
    result, a few ms), and a test fails when it is out of date."""
    text = resources.files("panah.identity").joinpath(f"data/{_KEYS_FILE}").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, ids = line.partition("\t")
            out[key] = ids
    return out


@lru_cache(maxsize=8192)
def _groups_of(skeleton: str) -> frozenset[int]:
    from panah.identity.fold import deiotate

    groups = name_groups()
    ids = groups.get(skeleton) or groups.get(deiotate(skeleton))
    return frozenset(int(i) for i in ids.split(",")) if ids else frozenset()


def known_different(first: str, second: str) -> bool:
    """Are two fold skeletons (or roots) both attested names, and never spellings of one?"""
    if first == second:
        return False
    a, b = _groups_of(first), _groups_of(second)
    return bool(a) and bool(b) and a.isdisjoint(b)


def is_known(skeleton: str) -> bool:
    """Is a fold skeleton (or root) an attested name in the lists?"""
    return bool(_groups_of(skeleton))


def known_same(first: str, second: str) -> bool:
    """Are two different fold skeletons spellings of one name in the lists (Бақыт / Бахыт,
    Рүстем / Рустам, Memet / Mehmet)?"""
    if first == second:
        return False
    return not _groups_of(first).isdisjoint(_groups_of(second))


@lru_cache(maxsize=1)
def arabic_spellings() -> dict[str, str]:
    """Kazakh Arabic-script spelling (without the front-vowel hamza) -> Cyrillic spelling."""
    from panah.identity.arabic import HAMZA, cyrillic_to_arabic

    out: dict[str, str] = {}
    for name in given_names():
        if any("\u0400" <= c <= "\u04ff" for c in name):
            out.setdefault(cyrillic_to_arabic(name).replace(HAMZA, ""), name)
    return out

