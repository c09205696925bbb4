"""``panah ingest``: a draft case file (or a patch to a case) from the text of an article."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["register"]

_META_KEYS = ("id", "kind", "title", "date", "publisher", "author", "url")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "ingest",
        help="draft people, events and claims from an article or testimony, for review",
        description="Read a text (news article, testimony) and print a draft case file: the "
        "source, the people named (every spelling), events typed with the catalogue and "
        "claims (dates with their precision, ages, places, durations, charges, terms, "
        "statements, relatives), each with the character span it came from. With --into, "
        "print a patch to an existing case instead, with people matched by name. Works "
        "offline; every claim is a suggestion for a person to check.",
    )
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--lang", choices=("en", "ru"), help="language of the text (default: detected)")
    p.add_argument(
        "--source-meta",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="what is known of the source: " + ", ".join(_META_KEYS) + " (date in the "
        "case-file syntax: 2019-12-15, 2019-12; relative dates are resolved against it)",
    )
    p.add_argument("--into", metavar="CASE", help="a case file: print a patch to it instead")
    p.add_argument("--format", choices=("json", "yaml"), default="yaml")
    p.add_argument(
        "--review",
        action="store_true",
        help="also print what to review first (undetermined dates, guesses) under 'review'",
    )
    p.add_argument(
        "--rules-only",
        action="store_true",
        help="do not load natasha or dateparser; use the built-in rules alone",
    )
    p.add_argument(
        "--no-classifier",
        action="store_true",
        help="draft events from the rules alone: no event typed by the learned classifier "
        "for a date the rules gave none (those are marked low confidence and noted)",
    )
    p.set_defaults(func=cmd_ingest)


def _meta(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or key not in _META_KEYS:
            raise SystemExit(
                f"panah ingest: --source-meta {pair!r}: use KEY=VALUE with KEY one of "
                + ", ".join(_META_KEYS)
            )
        out[key] = value.strip()
    return out


def cmd_ingest(args: argparse.Namespace) -> int:
    from panah.core.catalogue import SourceKind
    from panah.core.dates import DateError, FuzzyDate
    from panah.ingest import (
        NoBackend,
        SourceMeta,
        detect_lang,
        draft_case,
        load_backend,
        make_patch,
    )

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    meta_values = _meta(args.source_meta)
    if "date" in meta_values:
        try:
            FuzzyDate.parse(meta_values["date"])
        except DateError as exc:
            print(f"panah ingest: --source-meta date: {exc}", file=sys.stderr)
            return 2
    if "kind" in meta_values and meta_values["kind"] not in {k.value for k in SourceKind}:
        kinds = ", ".join(k.value for k in SourceKind)
        print(f"panah ingest: --source-meta kind: one of {kinds}", file=sys.stderr)
        return 2
    lang = args.lang or detect_lang(text)
    meta = SourceMeta(**meta_values, lang=lang)
    backend = NoBackend() if args.rules_only else load_backend(lang)
    draft = draft_case(
        text,
        lang=lang,
        meta=meta,
        drafted_on=dt.datetime.now(dt.UTC).date(),
        backend=backend,
        classifier=not args.no_classifier,
    )
    output: dict[str, Any]
    if args.into:
        from panah.core.casefile import parse_case

        case = parse_case(Path(args.into).read_text("utf-8"), file=args.into)
        output = make_patch(draft, case)
    else:
        output = draft.case
    if args.review:
        output = {**output, "review": [item.to_json() for item in draft.review]}
    if not draft.complete:
        print("panah ingest: no person found; add one before loading the draft", file=sys.stderr)
    if args.format == "json":
        json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        import yaml

        sys.stdout.write(yaml.safe_dump(output, allow_unicode=True, sort_keys=False, width=100))
    return 0
