"""Commands on the law packs: ``panah law list``, ``panah law show``, ``panah law catalogue``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from panah.law.provisions import Parameter, Provision
    from panah.law.registry import Registry

from panah.cli._args import dump_json, iso_date

__all__ = ["register"]

LEVELS = ("primary", "secondary", "partial", "unverified")
CATALOGUE_PATH = Path("docs") / "rule-catalogue.md"



def register(sub: Any) -> None:
    law = sub.add_parser(
        "law",
        help="the law packs: list provisions, show one, generate the rule catalogue",
        description="Browse the provisions of the law packs: citations, verification levels, "
        "dated versions, parameters and the YAML cases that test them.",
    )
    lsub = law.add_subparsers(dest="law_command", metavar="SUBCOMMAND")
    law.set_defaults(func=lambda args: _help(law))

    p = lsub.add_parser(
        "list",
        help="every provision with its citation and verification level",
        description="List provisions (filtered by pack, instrument or verification level).",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--pack", choices=("intl", "kz"), help="only this pack")
    p.add_argument("--instrument", metavar="ID", help="only this instrument (e.g. cat-1984)")
    p.add_argument("--verification", choices=LEVELS, help="only this verification level")
    p.set_defaults(func=cmd_list)

    p = lsub.add_parser(
        "show",
        help="everything about one provision (or parameter)",
        description="Show a provision: citation, verification, versions, parameters with "
        "their dated values, and the YAML cases that test it. A parameter id shows the "
        "parameter.",
    )
    p.add_argument("id", metavar="PROVISION-ID")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of", type=iso_date, metavar="YYYY-MM-DD", help="mark the version and values in force"
    )
    p.set_defaults(func=cmd_show)

    p = lsub.add_parser(
        "catalogue",
        help="print (or write) the generated rule catalogue docs/rule-catalogue.md",
        description="Render the rule catalogue from the law packs as Markdown.",
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write it to --output")
    group.add_argument("--check", action="store_true", help="exit 1 if --output is out of date")
    p.add_argument("--output", type=Path, default=CATALOGUE_PATH, metavar="PATH")
    p.set_defaults(func=cmd_catalogue)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2



def _warn_case_problems(reg: Registry) -> None:
    for problem in reg.case_problems():
        print(f"panah: warning: {problem}", file=sys.stderr)


def _list_json(reg: Registry, p: Provision) -> dict[str, Any]:
    return {
        "id": str(p.id),
        "verification": p.verification.value,
        "title": p.title,
        "citation": p.citation,
        "citation_ru": p.citation_ru,
        "pack": p.pack,
        "instrument": p.instrument,
        "article": p.article,
        "paragraph": p.paragraph,
        "official_source": p.official_source,
        "versions": [
            {
                "from": v.valid_from.isoformat(),
                "to": v.valid_to.isoformat() if v.valid_to else None,
                "verification": (v.verification or p.verification).value,
            }
            for v in p.versions
        ],
        "parameters": [str(x) for x in p.parameters],
        "brief_ref": list(p.brief_ref),
        "tags": list(p.tags),
        "cases": [c.name for c in reg.cases_for(p.id)],
    }


def cmd_list(args: argparse.Namespace) -> int:
    from panah.law.registry import default_registry

    reg = default_registry()
    selected = [
        p
        for p in reg.all()
        if (args.pack is None or p.pack == args.pack)
        and (args.instrument is None or p.instrument == args.instrument)
        and (args.verification is None or p.verification.value == args.verification)
    ]
    _warn_case_problems(reg)
    if args.format == "json":
        dump_json([_list_json(reg, p) for p in selected])
        return 0
    width = max((len(str(p.id)) for p in selected), default=0)
    for p in selected:
        cases = len(reg.cases_for(p.id))
        print(f"{p.id!s:<{width}}  {p.verification.value:<10}  {cases:>2} cases  {p.citation}")
    print(f"{len(selected)} provisions", file=sys.stderr)
    return 0


def _parameter_json(param: Parameter, on: dt.date | None) -> dict[str, Any]:
    data = param.to_json()
    if on is not None:
        current = param.find_value_on(on)
        data["value_on"] = current.to_json() if current else None
    return data


def _show_json(reg: Registry, p: Provision, on: dt.date | None) -> dict[str, Any]:
    data = p.to_json()
    data["instrument_title"] = reg.instrument(p.instrument).title
    data["parameters"] = [_parameter_json(x, on) for x in reg.parameters_citing(p.id)]
    data["cases"] = [c.to_json() for c in reg.cases_for(p.id)]
    if on is not None:
        version = p.version_on(on)
        data["as_of"] = on.isoformat()
        data["version_on"] = version.to_json() if version else None
        data["verification_on"] = p.verification_on(on).value
    return data


def _print_parameter(param: Parameter, on: dt.date | None, indent: str = "  ") -> None:
    print(f"{indent}{param.id} - {param.title} [{param.unit.value}]")
    for v in param.values:
        end = v.valid_to.isoformat() if v.valid_to else "in force"
        mark = "*" if on is not None and v.covers(on) else " "
        note = f" - {v.note}" if v.note else ""
        print(
            f"{indent} {mark} {v.valid_from} to {end}: {v.value}  "
            f"({v.citation.text}; {v.verification.value}){note}"
        )


def _print_provision(reg: Registry, p: Provision, on: dt.date | None) -> None:
    inst = reg.instrument(p.instrument)
    print(f"{p.id}")
    print(f"  {p.title}")
    if p.title_ru:
        print(f"  {p.title_ru}")
    print(f"  citation:     {p.citation}")
    if p.citation_ru:
        print(f"  citation (ru): {p.citation_ru}")
    print(f"  instrument:   {inst.title}")
    if p.article:
        print(f"  article:      {p.article}")
    if p.paragraph:
        print(f"  paragraph:    {p.paragraph}")
    print(f"  source:       {p.official_source}")
    print(
        f"  verification: {p.verification.value.upper()} - {' '.join(p.verification_note.split())}"
    )
    if p.brief_ref:
        print(f"  law brief:    {', '.join(p.brief_ref)}")
    if p.tags:
        print(f"  tags:         {', '.join(p.tags)}")
    print()
    print(f"  {' '.join(p.summary.split())}")
    print()
    print("  versions:")
    for v in p.versions:
        end = v.valid_to.isoformat() if v.valid_to else "in force"
        mark = "*" if on is not None and v.covers(on) else " "
        level = f" [{v.verification.value}]" if v.verification else ""
        print(f"   {mark} {v.valid_from} to {end}{level}")
        if v.summary:
            print(f"      {' '.join(v.summary.split())}")
        if v.source:
            print(f"      source: {' '.join(v.source.split())}")
    if on is not None:
        if p.version_on(on) is None:
            print(f"  (not in force on {on})")
        else:
            print(f"  (* = in force on {on}; verification then: {p.verification_on(on).value})")
    params = reg.parameters_citing(p.id)
    if params:
        print("  parameters:")
        for param in params:
            _print_parameter(param, on, indent="    ")
    cases = reg.cases_for(p.id)
    print(f"  YAML cases ({len(cases)}):")
    for c in cases:
        print(f"    {c.name}  ({c.file}:{c.line})")


def cmd_show(args: argparse.Namespace) -> int:
    from panah.core.errors import NotFoundError
    from panah.law.registry import default_registry

    reg = default_registry()
    _warn_case_problems(reg)
    found = reg.find(args.id)
    if found is None:
        try:
            param = reg.parameter(args.id)
        except NotFoundError:
            reg.get(args.id)  # raises NotFoundError with close matches for provisions
            raise  # pragma: no cover - get() always raises here
        if args.format == "json":
            dump_json(_parameter_json(param, args.as_of))
        else:
            _print_parameter(param, args.as_of, indent="")
        return 0
    if args.format == "json":
        dump_json(_show_json(reg, found, args.as_of))
    else:
        _print_provision(reg, found, args.as_of)
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    from panah.law.catalogue import render_markdown

    text = render_markdown()
    path: Path = args.output
    if args.check:
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current != text:
            print(
                f"panah: {path} is out of date; run 'panah law catalogue --write'", file=sys.stderr
            )
            return 1
        print(f"{path} is up to date")
        return 0
    if args.write:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    sys.stdout.write(text)
    return 0
