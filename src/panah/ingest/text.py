"""Text units the extractors share: character spans, sentences and paragraphs.

Every mention the ingest package finds carries a :class:`Span` of character offsets into the
original text, ``[start, end)``, so a reviewer can see the exact words a claim came from and
``text[start:end]`` is always the quote written into the claim's locator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "Span", "quote_span", "sentences"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def covers(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def union(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))

    def distance(self, other: Span) -> int:
        """Characters between the two spans (0 when they touch or overlap)."""
        if self.overlaps(other):
            return 0
        return other.start - self.end if self.end <= other.start else self.start - other.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    paragraph: int
    index: int

    def text(self, source: str) -> str:
        return self.span.text(source)


# A sentence ends at . ! ? (or … ) followed by space and a capital, a quote or a digit.
# Not after an initial ("B. Omarov"), a title ("Mr.") or common abbreviations (a log's
# "(b. 1984)", "at approx. 06:30", "Av. Aydoğdu").
# a sentence ends after its footnote markers too ("… on 2 March 2020.[7] The application …")
_END = re.compile(r"[.!?…]+[\"»”’)]*(?:\[\d{1,3}\])*\s+(?=[\"«“(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|No|art|Art|para|vs|"
    r"г|гг|ст|ч|п|им|тел|т\.е|т\.д|т\.п|ул|обл|р-н|с|пос|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|b|approx|appr|ca|incl|admin|intl|Av|Adv|Op|прибл|ориент))$"
)
# A blank line, or a line break before a list item ("▪️ …", "• …", "- …", "🔹 …"): each item of
# a list is read on its own (its dates do not lend their year to the next item's)
_PARAGRAPH = re.compile(
    r"\n\s*\n|\n(?=[ \t]*(?:[▪•◦‣●○■□▸►▶➤✔✅❗️🔹🔸🔺🔻⚡📌]|[-*–—][ \t]))|"
    # a line of a chronology that opens with its date: "12.03.2019 — …", "2014: …",
    # "25/11/2021: …", "5 марта 2019 г. — …"
    r"\n(?=[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d|"
    r"\d{1,2}\s+\w+\s+(?:19|20)\d\d(?:\s*(?:года|г\.))?)[ \t]*(?::|[—–-][ \t]))|"
    # a chat's message, its line opening with a date and a clock time: "[03.02.2025, 08:41]
    # Огулджан: …", "14/02/2026, 21:07 - Aigerim: …"
    r"\n(?=[ \t]*\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d\d)"
)


_MONTH_WORDS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|январ[ьяе]|феврал[ьяе]|марта?|"
    r"апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|"
    r"декабр[ьяе])"
)
_DATE_ITEM = re.compile(
    r"[\s▪•◦‣●○■□▸►▶➤*–—-]*(?:(?:конец|начало|середина|late|early|mid|end\s+of|spring|summer|"
    r"autumn|fall|весна|лето|осень)\s+)?"
    r"(?:\d{1,2}\s+)?(?:" + _MONTH_WORDS + r"\.?\s+)?(?:19|20)\d\d(?:\s*(?:года|год|г))?",
    re.IGNORECASE,
)
"""A list item that opens with a date said on its own ("— 18 октября 2025 года. Задержан в
Алматы…", "• Spring 2019. Crossed into…"): the date is the item's, not a sentence alone."""


def sentences(text: str) -> list[Sentence]:
    """Split a text into sentences, keeping offsets; paragraphs are blank-line separated."""
    out: list[Sentence] = []
    para_starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    para_bounds = [*para_starts[1:], len(text)]
    for p, (p_start, p_end) in enumerate(zip(para_starts, para_bounds, strict=True)):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            head = text[start : m.start()]
            if _NO_BREAK_BEFORE.search(head):
                continue
            if "\n" not in m.group() and _DATE_ITEM.fullmatch(head) and _item_start(text, start):
                continue
            _add(out, text, start, m.start() + len(m.group().rstrip()), p)
            start = m.end()
        _add(out, text, start, p_end, p)
    return out


def _item_start(text: str, start: int) -> bool:
    """Whether ``start`` opens a line (a list item's first words)."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(Span(start, end), paragraph, len(out)))


_MAX_QUOTE = 160


def quote_span(text: str, span: Span, *, limit: int = _MAX_QUOTE) -> Span:
    """A span of at most ``limit`` characters, cut at word edges, that starts like ``span``."""
    if len(span) <= limit:
        return span
    end = span.start + limit
    cut = text.rfind(" ", span.start, end)
    if cut > span.start + limit // 2:
        end = cut
    while end > span.start and text[end - 1] in " ,;:—-":
        end -= 1
    return Span(span.start, end)
