"""``panah find NAME``: people across all indexed cases whose names match, in any script."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

__all__ = ["DEFAULT_DB", "register"]

DEFAULT_DB = "panah-names.db"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "find",
        help="find people by any spelling of their name, across indexed cases",
        description="Search the name index (built with `panah names index`) for people whose "
        "names match NAME in any script or spelling; ranked, with the reasons. Shows `same` "
        "and `possible` matches only. Names alone cannot separate namesakes: compare dates "
        "of birth and documents before treating two records as one person.",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--db",
        metavar="PATH",
        default=os.environ.get("PANAH_NAME_INDEX", DEFAULT_DB),
        help=f"the name index (default: $PANAH_NAME_INDEX or ./{DEFAULT_DB})",
    )
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N people")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_find)


def cmd_find(args: argparse.Namespace) -> int:
    from pathlib import Path

    from panah.core.errors import NotFoundError
    from panah.storage.name_index import NameIndex

    if not Path(args.db).exists():
        raise NotFoundError(
            f"no name index at {args.db}; build one with: panah names index CASEFILE... --db "
            f"{args.db}"
        )
    with NameIndex.open(args.db) as index:
        hits = index.search(args.name, limit=args.limit)
    if args.json:
        json.dump([h.to_json() for h in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not hits:
        print(f"No one in {args.db} matches {args.name!r}.")
        return 0
    for i, h in enumerate(hits, 1):
        born = f", born {h.born}" if h.born else ""
        print(f"{i}. {h.verdict} {h.score:.2f}  {h.name}  [{h.case_id} / {h.person_id}{born}]")
        if h.label and h.label != h.name:
            print(f"   person: {h.label}")
        for reason in h.reasons:
            print(f"   - {reason}")
    return 0
