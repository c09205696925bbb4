"""``panah names``: compare names across scripts, show their keys, transliterate them.

    panah names compare NAME1 NAME2 [--json]
    panah names keys NAME [--json]
    panah names transliterate NAME --to SCHEME [--json]
    panah names index CASEFILE... --db PATH
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from panah.cli._args import dump_json

__all__ = ["register"]

# Kept here (not imported) so that `panah --help` imports nothing from panah.identity;
# a test checks that this list equals panah.identity.SCHEMES.
SCHEME_HELP: dict[str, str] = {
    "kk-latn-2021": "official Kazakh Latin alphabet (2021)",
    "bgn-pcgn": "BGN/PCGN 1979 (Kazakh) / 1947 (Russian)",
    "press-en": "common English press forms (ASCII)",
    "icao-9303": "ICAO Doc 9303 passports (A–Z, upper case)",
    "ru-latn": "Russian Cyrillic to Latin (BGN/PCGN 1947, ASCII)",
    "kk-cyrl": "Kazakh Cyrillic (from Kazakh Arabic script or Kazakh Latin)",
    "kk-arab": "Kazakh Arabic script as used in Xinjiang (from Cyrillic or Latin)",
    "ug-latn": "Uyghur Latin script, ULY (from Uyghur Arabic script)",
    "pinyin": "Hanyu Pinyin without tones (from Chinese characters)",
}


def register(sub: Any) -> None:
    names = sub.add_parser(
        "names",
        help="compare names across scripts, show matching keys, transliterate",
        description="Names across Cyrillic, Latin, Arabic script and Chinese characters.",
    )
    nsub = names.add_subparsers(dest="names_command", metavar="SUBCOMMAND")
    names.set_defaults(func=lambda args: (names.print_help(), 2)[1])

    p = nsub.add_parser(
        "compare",
        help="are two names the same person's? score, verdict and reasons",
        description="Compare two names in any scripts. Prints a score in [0, 1], a verdict "
        "(same, possible, different) and the reasons. Names alone cannot separate namesakes: "
        "check dates of birth and documents before merging records.",
    )
    p.add_argument("first", metavar="NAME1")
    p.add_argument("second", metavar="NAME2")
    p.add_argument("--json", action="store_true", help='print {"score", "verdict", "reasons"}')
    p.set_defaults(func=cmd_compare)

    p = nsub.add_parser(
        "keys",
        help="the normalised forms and matching keys of a name",
        description="Print a name's script, parts, fold skeletons, roots, suffixes, "
        "transliterations in every reachable scheme, and the blocking keys a search index uses.",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_keys)

    schemes = "\n".join(f"  {k:<13} {v}" for k, v in SCHEME_HELP.items())
    p = nsub.add_parser(
        "transliterate",
        help="write a name in another script or romanisation scheme",
        description="Write a name in another script or scheme.\n\nschemes:\n" + schemes,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--to", required=True, choices=tuple(SCHEME_HELP), metavar="SCHEME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_transliterate)

    p = nsub.add_parser(
        "index",
        help="build or update a name search index from case files",
        description="Read every person (and relative) name variant from the case files and "
        "file them in a SQLite name index for `panah find`. Re-indexing a case replaces "
        "its earlier entries.",
    )
    p.add_argument("files", nargs="+", metavar="CASEFILE")
    p.add_argument("--db", required=True, metavar="PATH", help="SQLite file (created if absent)")
    p.set_defaults(func=cmd_index)




def cmd_compare(args: argparse.Namespace) -> int:
    from panah.identity import compare

    result = compare(args.first, args.second)
    if args.json:
        dump_json(result.to_json())
        return 0
    print(f"{result.verdict}  (score {result.score:.3f})")
    for reason in result.reasons:
        print(f"  - {reason}")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from panah.identity import name_keys

    keys = name_keys(args.name)
    if args.json:
        dump_json(keys.to_json())
        return 0
    lang = f", language {keys.language}" if keys.language else ""
    print(f"{keys.normalised}  (script {keys.script}{lang})")
    print("parts:")
    for p in keys.parts:
        suffix = f", {p.suffix}" if p.suffix else ""
        extra = f", pinyin {'-'.join(p.pinyin)}" if p.pinyin else ""
        print(
            f"  {p.text}: skeleton {p.skeleton}, root {p.root}{suffix}, consonants "
            f"{p.consonants}, classes {p.classes}, metaphone {p.metaphone}{extra}"
        )
    print("transliterations:")
    for scheme, text in keys.transliterations.items():
        print(f"  {scheme:<13} {text}")
    print("blocking keys:")
    for key in keys.blocking:
        print(f"  {key}")
    return 0


def cmd_transliterate(args: argparse.Namespace) -> int:
    from panah.identity import UnsupportedScheme, transliterate

    try:
        result = transliterate(args.name, args.to)
    except UnsupportedScheme as exc:
        print(f"panah: {exc}", file=sys.stderr)
        return 1
    if args.json:
        dump_json(result.to_json())
        return 0
    print(result.text)
    if not result.exact:
        print(
            f"note: read through {' → '.join(result.via)}; letters were guessed (Latin input "
            "does not say which Kazakh letter it stands for)",
            file=sys.stderr,
        )
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    from panah.storage.files import read_case_file
    from panah.storage.name_index import NameIndex

    with NameIndex.open(args.db) as index:
        total = 0
        for f in args.files:
            case = read_case_file(f)
            n = index.index_case(case, source=f)
            total += n
            print(f"{f}: {n} names indexed")
        print(f"{index.count()} names in {args.db}")
    return 0
