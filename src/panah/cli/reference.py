"""Generated documentation: the CLI reference (from --help) and the case-file JSON Schema.

``python -m panah.cli.reference --write`` (or ``make docs``) rewrites ``docs/cli.md`` and
``docs/case-file.schema.json``; a test fails when the committed files drift from the code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["cli_reference", "generated_docs", "main"]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def cli_reference() -> str:
    import os

    from panah.cli.main import build_parser

    # Fixed width so the text does not depend on the terminal that generates it.
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"
    try:
        return _reference(build_parser())
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def _reference(parser: argparse.ArgumentParser) -> str:
    parser.prog = "panah"
    out = [
        "# `panah` command reference",
        "",
        "Generated from `panah --help` by `make docs`; a test fails when it drifts.",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
    ]

    def walk(name: str, p: argparse.ArgumentParser, depth: int) -> None:
        out.extend(["", f"{'#' * depth} `{name}`", "", "```text", p.format_help().rstrip(), "```"])
        for sub_name, sub in _subparsers(p).items():
            walk(f"{name} {sub_name}", sub, min(depth + 1, 4))

    for name, sub in _subparsers(parser).items():
        walk(f"panah {name}", sub, 2)
    return "\n".join(out) + "\n"


def generated_docs(root: Path) -> dict[Path, str]:
    from panah.core.schema import case_schema_text

    return {
        root / "docs" / "cli.md": cli_reference(),
        root / "docs" / "case-file.schema.json": case_schema_text(),
    }


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__)
    args.add_argument("--write", action="store_true", help="rewrite the files")
    args.add_argument("--root", type=Path, default=Path.cwd())
    ns = args.parse_args(argv)
    stale = []
    for path, text in generated_docs(ns.root).items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if ns.write:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for path in stale:
        print(("wrote " if ns.write else "stale: ") + str(path))
    return 0 if ns.write or not stale else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
