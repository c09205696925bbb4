"""Small pieces every command module shares: date arguments and JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

__all__ = ["dump_json", "iso_date"]


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD; a bad date is a usage error (exit 2), not a traceback."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def dump_json(data: object) -> None:
    """Print JSON as every command does: UTF-8 names as written, indented, newline-terminated."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
