"""``panah draft``: filings from the case file, as PDF or DOCX, in English or Russian."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from panah.cli._args import iso_date

__all__ = ["register"]



def register(sub: Any) -> None:
    p = sub.add_parser(
        "draft",
        help="draft a filing (chronology, objection, UN complaint…) as PDF or DOCX",
        description="Draft a document from a case file: facts from claims with their sources, "
        "disputed facts with every value, provisions with their verification level, and the "
        "case file's hash in the footer. 'panah draft --list' shows the templates.",
    )
    p.add_argument("template", nargs="?", metavar="TEMPLATE", help="a name from --list")
    p.add_argument("file", nargs="?", metavar="FILE", help="the case file (YAML or JSON)")
    p.add_argument("--list", action="store_true", help="list the templates and what each needs")
    p.add_argument("--person", metavar="ID", help="the person the document is about")
    p.add_argument(
        "--as-of",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="facts and law as of this date (default: today)",
    )
    p.add_argument("--lang", choices=("en", "ru"), default="en", help="language (default en)")
    p.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="output format (default: from the -o suffix, else pdf)",
    )
    p.add_argument("-o", "--output", metavar="OUT", help="where to write the document")
    p.add_argument(
        "--assessment",
        metavar="JSON",
        help="use this assessment (the JSON of 'panah assess') instead of running the engine",
    )
    p.add_argument(
        "--no-assess",
        action="store_true",
        help="do not run the rules engine; the document says that no assessment is available",
    )
    p.add_argument(
        "--to",
        metavar="ORG-ID",
        help="address the document to this organisation (default: from the proceedings)",
    )
    p.set_defaults(func=cmd_draft)


def cmd_draft(args: argparse.Namespace) -> int:
    from panah.documents.specs import NEEDS, TEMPLATES

    if args.list:
        for spec in TEMPLATES.values():
            needs = ", ".join(NEEDS[n].what for n in spec.needs)
            print(
                f"{spec.name:<24} langs: {','.join(spec.languages):<6} "
                f"formats: {','.join(spec.formats):<9} needs: {needs} — {spec.summary}"
            )
        return 0
    missing = [
        name
        for name, value in (
            ("TEMPLATE", args.template),
            ("FILE", args.file),
            ("--person", args.person),
            ("-o/--output", args.output),
        )
        if not value
    ]
    if missing:
        print(
            f"panah draft: missing {', '.join(missing)} (see 'panah draft --help')", file=sys.stderr
        )
        return 2
    return _draft(args)


def _read_case(path: Path) -> tuple[Any, bytes]:
    from panah.core.casefile import parse_case
    from panah.storage.files import read_case_file

    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return read_case_file(path), b""  # raises CaseFileError with the location
    if path.suffix.lower() == ".json":
        return parse_case(text, file=str(path), fmt="json"), raw
    return parse_case(text, file=str(path), fmt="yaml"), raw


def _provisions() -> Any:
    """The law registry then the documents' own citations; the latter alone if packs fail."""
    from panah.core.errors import PanahError
    from panah.documents.citations import chain, fallback_lookup, registry_lookup

    try:
        from panah.law.registry import default_registry

        registry = default_registry()
    except (ImportError, PanahError) as exc:
        first = str(exc).splitlines()[0]
        print(
            f"panah draft: warning: the law registry could not be loaded ({first}); "
            "citations come from the documents' own list",
            file=sys.stderr,
        )
        return fallback_lookup()
    return chain((registry_lookup(registry), fallback_lookup()))


def _assessment(args: argparse.Namespace, case: Any, as_of: dt.date) -> dict[str, Any] | None:
    if args.assessment:
        from panah.core.errors import PanahError

        try:
            data = json.loads(Path(args.assessment).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise PanahError(f"--assessment {args.assessment}: {exc}") from None
        if not isinstance(data, dict):
            raise PanahError(f"--assessment {args.assessment}: expected a JSON object")
        return data
    if args.no_assess:
        return None
    try:
        from panah.law.assess import assess
    except ImportError as exc:
        print(
            f"panah draft: no assessment (the rules engine is not available: {exc})",
            file=sys.stderr,
        )
        return None
    from panah.law.i18n import language

    try:
        with language(args.lang):  # the engine's text in the document's language
            result = assess(case, as_of=as_of, person=args.person)
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("panah.jurisdictions"):
            raise
        # The engine is there but the law packs' rulebook is not (yet): say so, go on.
        print(f"panah draft: no assessment (the rules engine cannot run: {exc})", file=sys.stderr)
        return None
    data = result.to_json()
    assert isinstance(data, dict)
    return data


def _draft(args: argparse.Namespace) -> int:
    from panah.documents.context import build_context
    from panah.documents.render import Renderer
    from panah.documents.trace import case_sha256

    out = Path(args.output)
    fmt = args.format or ("docx" if out.suffix.lower() == ".docx" else "pdf")
    as_of = args.as_of or dt.datetime.now(dt.UTC).date()
    case, raw = _read_case(Path(args.file))
    assessment = _assessment(args, case, as_of)
    context = build_context(
        case,
        template=args.template,
        person_id=args.person,
        as_of=as_of,
        lang=args.lang,
        case_sha256=case_sha256(raw),
        assessment=assessment,
        provisions=_provisions(),
        addressee_id=args.to,
        generated_on=dt.datetime.now(dt.UTC).date(),
    )
    data = Renderer().render(context, fmt)
    out.write_bytes(data)
    what = "with assessment" if assessment is not None else "without assessment"
    print(f"{out} ({fmt}, {len(data)} bytes, {what}, as of {as_of.isoformat()})")
    return 0
