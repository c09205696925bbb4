"""The ``panah`` command.

Import does no work: each command group lives in its own module, registered here by name,
and heavy imports happen inside the command functions. ``panah --help`` imports neither
Django nor the law packs (a test checks ``sys.modules``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

__all__ = ["COMMAND_MODULES", "build_parser", "main"]

# Each module defines ``register(subparsers)``; order is the order in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "panah.cli.casefiles",
    "panah.cli.serve",
    "panah.cli.draft",
    "panah.cli.law",
    "panah.cli.assess",
    "panah.cli.names",
    "panah.cli.find",
    "panah.cli.dedupe",
    "panah.cli.ingest",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="panah",
        description="Panah: case files, law as code and filings for people at risk of "
        "refoulement.",
        epilog="Run 'panah COMMAND --help' for a command's options. Docs: docs/cli.md",
    )
    from panah import __version__

    parser.add_argument("--version", action="version", version=f"panah {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    from panah.core.errors import PanahError
    from panah.core.i18n import language, normalise_language

    try:
        # PANAH_LANG=ru: the case-file loader's messages in Russian (docs/case-files.md).
        lang = normalise_language(os.environ.get("PANAH_LANG"))
    except ValueError as exc:
        print(f"panah: PANAH_LANG: {exc}", file=sys.stderr)
        return 2
    try:
        with language(lang):
            return int(func(args))
    except PanahError as exc:
        print(f"panah: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `panah timeline x | head`
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
