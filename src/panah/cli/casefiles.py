"""Commands on case files: validate, timeline, conflicts, schema, catalogue."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from panah.cli._args import dump_json, iso_date

__all__ = ["register"]



def register(sub: Any) -> None:
    p = sub.add_parser(
        "validate",
        help="check case files; report every problem with file:line:column and field",
        description="Check one or more case files (YAML or JSON). Exit 0 if all are valid, "
        "1 if any is not.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "timeline",
        help="the case as a chronology, with date precision, sources and conflicts",
        description="Print the events of a case in date order.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="only what had happened by this date (claims dated later are ignored)",
    )
    p.set_defaults(func=cmd_timeline)

    p = sub.add_parser(
        "conflicts",
        help="where sources disagree: every value, its sources, the working value",
        description="List each subject and property with more than one claimed value.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="only claims dated on or before this date",
    )
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of the case-file format",
        description="Print the JSON Schema of the case-file format (generated from the model).",
    )
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser(
        "catalogue",
        help="list allowed values: event types, claim properties, source kinds…",
        description="List a vocabulary of the case-file format.",
    )
    p.add_argument(
        "which",
        choices=("events", "properties", "sources", "roles", "proceedings", "names"),
    )
    p.set_defaults(func=cmd_catalogue)



def cmd_validate(args: argparse.Namespace) -> int:
    from panah.core.errors import CaseFileError
    from panah.storage.files import read_case_file

    failed = 0
    results = []
    for f in args.files:
        try:
            case = read_case_file(f)
        except CaseFileError as exc:
            failed += 1
            problems = [p.to_json() for p in exc.problems]
            results.append({"file": f, "valid": False, "problems": problems})
            if args.format == "text":
                for problem in exc.problems:
                    print(problem, file=sys.stderr)
            continue
        counts = {
            "people": len(case.people),
            "sources": len(case.sources),
            "claims": len(case.claims),
            "events": len(case.events),
            "proceedings": len(case.proceedings),
        }
        results.append({"file": f, "valid": True, "counts": counts})
        if args.format == "text":
            summary = ", ".join(f"{v} {k}" for k, v in counts.items())
            print(f"{f}: ok ({summary})")
    if args.format == "json":
        dump_json({"valid": failed == 0, "files": results})
    elif len(args.files) > 1:
        print(f"{len(args.files) - failed} valid, {failed} invalid", file=sys.stderr)
    return 1 if failed else 0


def _values_text(conflict: dict[str, Any]) -> list[str]:
    lines = []
    for v in conflict["values"]:
        cites = []
        for c in v["claims"]:
            loc = c.get("locator", {})
            where = loc.get("quote") or loc.get("page") or loc.get("timestamp") or ""
            cites.append(c["source"] + (f' "{where}"' if where else ""))
        lines.append(f"    {json.dumps(v['value'], ensure_ascii=False)}  per {', '.join(cites)}")
    w = conflict["working_value"]
    if w is None:
        lines.append("    working value: not chosen")
    else:
        lines.append(
            f"    working value: {json.dumps(w['value'], ensure_ascii=False)} "
            f"(chosen by {w['chosen_by']} on {w['chosen_on']}: {w['reason']})"
        )
    return lines


def cmd_timeline(args: argparse.Namespace) -> int:
    from panah.core.views import timeline
    from panah.storage.files import read_case_file

    data = timeline(read_case_file(args.file), known_by=args.as_of)
    if args.format == "json":
        dump_json(data)
        return 0
    print(f"{data['title']} — timeline" + (f" as of {args.as_of}" if args.as_of else ""))
    for e in data["events"]:
        d = e["date"]
        when = d["date"] if d else "undated"
        precision = d["precision"] if d else ""
        if d and d["qualifier"] not in ("exact",):
            precision += f", {d['qualifier']}"
        mark = " ⚠" if e["conflicts"] else ""
        print(f"{when:<23} {precision:<17} {e['title']}  [{' '.join(e['sources'])}]{mark}")
        for c in e["conflicts"]:
            print(f"    ⚠ sources disagree on {c['property']} ({c['agreement']}):")
            for line in _values_text(c):
                print("  " + line)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from panah.core.views import conflicts
    from panah.storage.files import read_case_file

    data = conflicts(read_case_file(args.file), known_by=args.as_of)
    if args.format == "json":
        dump_json(data)
        return 0
    if not data["conflicts"]:
        print("No conflicting claims.")
    for c in data["conflicts"]:
        print(f"{c['subject_label']} ({c['subject']}) · {c['property']} — {c['agreement']}")
        for line in _values_text(c):
            print(line)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from panah.core.schema import case_schema_text

    sys.stdout.write(case_schema_text())
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from panah.core import catalogue
    from panah.core.properties import PROPERTIES

    if args.which == "properties":
        for name, (kind, help_text) in PROPERTIES.items():
            print(f"{name:<18} {kind.value:<9} {help_text}")
        print("x-…               text      custom property")
        return 0
    if args.which == "events":
        for t in catalogue.EventType:
            print(f"{catalogue.EVENT_PHASE[t]:<11} {t.value}")
        return 0
    enum = {
        "sources": catalogue.SourceKind,
        "roles": catalogue.Role,
        "proceedings": catalogue.ProceedingKind,
        "names": catalogue.NameKind,
    }[args.which]
    for member in enum:
        print(member.value)
    return 0
