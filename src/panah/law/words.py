"""Plain-words helpers for explanations: dates, lists, counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

__all__ = ["day", "days", "listing", "plural"]


def day(d: dt.date) -> str:
    """'14 Oct 2019'."""
    return f"{d.day} {d.strftime('%b %Y')}"


def days(n: int) -> str:
    return plural(n, "day")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def listing(items: Iterable[str], conj: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    xs = [i for i in items if i]
    if not xs:
        return ""
    if len(xs) == 1:
        return xs[0]
    return f"{', '.join(xs[:-1])} {conj} {xs[-1]}"
