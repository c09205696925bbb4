"""Building ``data/name_keys.tsv``, the index of :mod:`panah.identity.lexicon`, from the lists.

    python -m panah.identity.lexicon_build --write

Run it after editing a name list or a fold rule; ``tests/identity/test_rules.py`` fails while
the stored index differs from what the lists and the rules give.
"""

from __future__ import annotations

from panah.identity.fold import deiotate, fold_token
from panah.identity.lexicon import _FILES, _KEYS_FILE, _VOWELS, _lines
from panah.identity.suffixes import readings

__all__ = ["build_name_groups", "main", "render_name_groups"]


def _keys(spelling: str, language: str, kind: str) -> set[str]:
    # The uncached fold: the lexicon is built once and must not fill the comparer's caches
    # with names nobody searched for.
    folded = fold_token.__wrapped__(spelling)
    skeleton = folded.skeleton
    keys = {skeleton}
    if kind == "surname":
        found = readings(folded.uncollapsed)[1:]
        strong = [r.root for r in found if not r.weak]
        if strong:
            keys = set(strong[:1])  # Тоқаев is the name Тоқай; "tokaeu" itself is no name
            if any(soft in spelling.lower() for soft in _SOFT_SURNAME):
                # Васильев is the name Василий: Latin writes the soft sign y (Vasilyev).
                keys |= {k + "i" for k in keys if k[-1:] not in _VOWELS}
        else:  # -ин: Кузьмин; Оразалы + н -> Оразалин; Абдулла - а + ин -> Абдуллин
            keys.update(r.root for r in found)
            if skeleton.endswith("in"):
                keys |= {skeleton[:-1], skeleton[:-2] + "a"}
    elif skeleton[-1:] in _VOWELS:
        keys.add(skeleton + "i")  # Иса -> Исаев, root "isai" (see suffixes.readings)
    if language == "kk":
        keys |= {v for k in keys for v in _swaps(k, "o", "u")}  # Төлеген / Тулеген
        keys |= {_harmony(k) for k in keys}  # Жүсіп / Жусуп(ов), Жүніс / Жунус(ов)
    elif language == "ug":
        keys |= {v for k in keys for v in _swaps(k, "e", "a")}  # Qeyser / Қайсар
    keys |= {prefix + k[4:] for k in keys if k[:4] in _ABD for prefix in _ABD}
    keys |= {deiotate(k) for k in keys}
    keys.discard("")
    return keys


# A soft sign before the suffix: the surname of a name in -ий (Васильев, Григорьев, Юрьев).
_SOFT_SURNAME = ("ьев", "ьёв", "ьин")

# Әбді-, Абду-, Абды- and Abdu- are one Arabic 'Abd- (Әбдірахым / Abdurehim / Абдрахман).
_ABD = ("abdi", "abdu")


def _harmony(key: str) -> str:
    """The Russian spelling of a Kazakh name with ү/ұ: the і of the later syllables is written
    у (Жүсіп -> Жусуп, Жүніс -> Жунус, Түсіпбек -> Тусупбек)."""
    first = key.find("u")
    return key if first < 0 else key[:first] + key[first:].replace("i", "u")


def _swaps(key: str, old: str, new: str) -> set[str]:
    """``key`` with ``old`` made ``new`` at each place in turn, and everywhere."""
    out = {key[:i] + new + key[i + 1 :] for i, c in enumerate(key) if c == old}
    if out:
        out.add(key.replace(old, new))
    return out


def build_name_groups() -> dict[str, frozenset[int]]:
    """Skeleton -> the names (line numbers across the lists) it can be a spelling of, folded
    from the lists (about 0.1 s; :func:`panah.identity.lexicon.name_groups` reads the
    stored result)."""
    groups: dict[str, set[int]] = {}
    group = 0
    for filename, language, kind in _FILES:
        for spellings in _lines(filename):
            for spelling in spellings:
                for key in _keys(spelling, language, kind):
                    groups.setdefault(key, set()).add(group)
            group += 1
    return {key: frozenset(ids) for key, ids in groups.items()}


_KEYS_HEADER = (
    "# Generated from the name lists by `python -m panah.identity.lexicon_build --write`; do\n"
    "# not edit. skeleton<TAB>names (line numbers across the lists) it can be a spelling of.\n"
)


def render_name_groups(groups: dict[str, frozenset[int]]) -> str:
    """The text of ``data/name_keys.tsv`` for ``groups``."""
    rows = (f"{key}\t{','.join(map(str, sorted(ids)))}\n" for key, ids in sorted(groups.items()))
    return _KEYS_HEADER + "".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Regenerate ``data/name_keys.tsv`` (``--write``), or print it."""
    import argparse
    import sys
    from pathlib import Path

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--write", action="store_true", help="write data/name_keys.tsv")
    args = parser.parse_args(argv)
    text = render_name_groups(build_name_groups())
    if args.write:
        path = Path(__file__).parent / "data" / _KEYS_FILE
        path.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {path} ({text.count(chr(10)) - 2} keys)\n")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
