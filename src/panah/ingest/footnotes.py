"""Footnotes of an academic or legal text: numbered notes after a "Notes" heading.

A note is the text's apparatus, not its story: the dates in it are of the documents and
publications it cites ("Ferghana Monitor, 'Andijan man charged', 22 June 2015"), of the
authors' interviews ("Interview with a relative, Moscow, 4 March 2024") or of a record that
gives the exact day of what the text told vaguely ("[17] The detention took place on 11
November 2020"). So a note's dates date no event of their own; a note's exact day refines the
event its marker follows in the text ("detained … in November 2020,[17]") where the two agree
(the day falls within the event's coarser date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from panah.core.dates import Precision
from panah.ingest.datetext import Resolved
from panah.ingest.events import EventDraft
from panah.ingest.text import Sentence, Span

__all__ = ["Footnote", "footnotes", "in_notes", "refine"]

_HEADING = re.compile(
    # a wiki's "== Примечания ==", an encyclopedia's "References" (each a publication)
    r"(?:^|\n)[ \t]*(?:=+[ \t]*|#+[ \t]+)?(?:Notes|Footnotes|Endnotes|References|Sources|"
    r"Примечания|Сноски|Источники|Ссылки|Литература)[ \t]*:?[ \t]*=*[ \t]*\n",
    re.IGNORECASE,
)
_NOTE = re.compile(r"^[ \t]*(?:\[(?P<a>\d{1,3})\]|(?P<b>\d{1,3})[.)])[ \t]+\S", re.MULTILINE)
_MARKER = r"(?<=[\w.,;:!?\"»”’)])\[{n}\]"


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    span: Span
    """The note's line in the notes section."""
    text: str
    marker: int | None
    """Where its marker ("[17]") stands in the body, or None when the body has none."""


def footnotes(text: str) -> list[Footnote]:
    """The numbered notes after the text's last "Notes" heading (at least two of them, each
    on a line of its own), with their markers in the body before the heading."""
    heads = list(_HEADING.finditer(text))
    if not heads:
        return []
    start = heads[-1].end()
    out: list[Footnote] = []
    for m in _NOTE.finditer(text, start):
        number = int(m["a"] or m["b"])
        end = text.find("\n", m.start())
        span = Span(m.start(), len(text) if end < 0 else end)
        marker = None
        for mk in re.finditer(_MARKER.format(n=number), text[: heads[-1].start()]):
            marker = mk.start()
        out.append(Footnote(number, span, span.text(text), marker))
    return out if len(out) >= 2 else []


def in_notes(notes: Sequence[Footnote], span: Span) -> Footnote | None:
    """The note a span lies in, if any."""
    return next((n for n in notes if n.span.covers(span)), None)


_CITES = re.compile(
    r"['‘“\"«][^'’”\"»\n]{3,}['’”\"»][ \t]*,|\binterview|\baccessed\b|\bretrieved\b|"
    r"\bsee\b|\binformation\s+from\b|интервью|\bсм\.|дата\s+обращения|со\s+слов",
    re.IGNORECASE,
)
"""A note that cites a publication, an interview or a web page: its date is the source's."""


def refine(
    notes: Sequence[Footnote],
    noted: Sequence[Resolved],
    events: Sequence[EventDraft],
    sents: Sequence[Sentence],
) -> None:
    """Give an event the exact day of the note its marker follows: the last event before the
    marker in the marker's sentence whose date is coarser than a day and holds the note's day,
    or that has no date (an event told "two days later" of a month). A note that cites a
    publication or an interview (:data:`_CITES`) refines nothing. ``noted``: the dates found
    in the notes."""
    for note in notes:
        if note.marker is None or _CITES.search(note.text):
            continue
        sent = next((s for s in sents if s.span.start <= note.marker < s.span.end), None)
        if sent is None:
            continue
        days = [
            d
            for d in noted
            if note.span.covers(d.mention.span)
            and d.fuzzy is not None
            and d.fuzzy.precision == Precision.DAY
        ]
        if len(days) != 1:
            continue  # no exact day, or several: which one is the event's is not said
        day = days[0]
        assert day.fuzzy is not None
        before = [
            e
            for e in events
            if e.trigger.span.end <= note.marker
            and e.trigger.sentence == sent.index
            and not e.trigger.weak
        ]
        if not before:
            continue
        e = max(before, key=lambda e: e.trigger.span.start)
        if e.date is None or e.date.fuzzy is None:
            e.date, e.date_shared = day, False
            continue
        coarse = e.date.fuzzy
        first, last = coarse.earliest, coarse.latest
        if (
            coarse.precision != Precision.DAY
            and first is not None
            and last is not None
            and day.fuzzy.earliest is not None
            and first <= day.fuzzy.earliest <= last
        ):
            e.date, e.date_shared = day, False
