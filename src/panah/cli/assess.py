"""``panah assess``: what the law says about each person of a case, as of a date."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from panah.cli._args import iso_date

__all__ = ["register"]




def register(sub: Any) -> None:
    p = sub.add_parser(
        "assess",
        help="findings, deadlines and alerts for each person, as of a date, with citations",
        description="Apply the law packs to a case file as of a date: only facts known by "
        "that date, and the law in force on the relevant dates. Every finding shows its "
        "provision, outcome (holds / does_not_hold / undetermined), verification level, "
        "explanation, the claims used and the facts missing.",
    )
    p.add_argument("file", metavar="FILE", help="a case file (YAML or JSON)")
    p.add_argument("--as-of", type=iso_date, required=True, metavar="YYYY-MM-DD",
                   help="the assessment date")
    p.add_argument("--person", metavar="ID", help="assess only this person")
    p.add_argument("--format", choices=("text", "json", "md"), default="text")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                   help="the language of findings, alerts and deadlines (kk: partly "
                   "translated, the rest in Russian)")
    p.set_defaults(func=cmd_assess)


def cmd_assess(args: argparse.Namespace) -> int:
    from panah.law.assess import assess
    from panah.law.i18n import language
    from panah.law.render import render_markdown, render_text
    from panah.storage.files import read_case_file

    case = read_case_file(args.file)
    with language(args.lang):
        result = assess(case, as_of=args.as_of, person=args.person)
        if args.format == "json":
            json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif args.format == "md":
            sys.stdout.write(render_markdown(result))
        else:
            sys.stdout.write(render_text(result))
    return 0
