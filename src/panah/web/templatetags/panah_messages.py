"""``{{ reason|match_reason }}`` and ``{{ message|review_message }}``: the English texts that
two libraries outside the web write, in the page's language.

:mod:`panah.identity` explains a name match in English ("given name equal after folding:
Арман ≈ Arman") and :mod:`panah.ingest` says what to look at first in a drafted source ("a
date (2019-10) with no event recognised"); neither has a catalogue. Their texts are built
from a small closed set of templates, listed here (for the interface's catalogue), each
read back from the text as written: the names, dates and letters in it are kept as they are,
the words around them translated, and a part that is itself one of the templates (a match's
role and detail, a date's "how") translated in turn. A text no template fits is shown as
written, in English.
"""

from __future__ import annotations

import functools
import re

from django import template
from django.utils.translation import gettext, gettext_noop, pgettext_lazy

from panah.web.templatetags.panah_labels import label

__all__ = ["MATCH_REASONS", "REVIEW_MESSAGES", "match_reason", "review_message"]

register = template.Library()

_ROLES = {
    "given name": pgettext_lazy("name role", "given name"),
    "name part": pgettext_lazy("name role", "name part"),
    "patronymic": pgettext_lazy("name role", "patronymic"),
    "surname": pgettext_lazy("name role", "surname"),
    "name": pgettext_lazy("name role", "name"),
}
"""What a compared part of a name is (the start of most reasons)."""

MATCH_REASONS = (
    # compare._reasons
    gettext_noop("scripts differ: {script_a} vs {script_b}; compared after folding to Latin"),
    gettext_noop("order of the name parts differs"),
    gettext_noop("a compound name is written as one word in one name, two in the other"),
    gettext_noop(
        "{a} and {b} share a root but one is a given name and the other a father's name "
        "(two generations?)"
    ),
    gettext_noop("{role} identical: {a}"),
    gettext_noop("{role} of another sex: {a} vs {b}"),
    gettext_noop("{role} differs: {a} ≠ {b} ({ra} and {rb} are different names, not a typo)"),
    gettext_noop(
        "{role} differs: {a} ≠ {b} (a patronymic and a Russianised surname may come from "
        "different ancestors)"
    ),
    gettext_noop("{role} nearly equal: {a} ~ {b} ({detail})"),
    gettext_noop("{role} differs: {a} ≠ {b}"),
    gettext_noop("{role} {detail}: {a} ≈ {b}"),
    gettext_noop("only in the first name: {a} (dropped part)"),
    gettext_noop("only in the second name: {a} (dropped part)"),
    gettext_noop("only one name part to compare: not enough to say same"),
    # the scripts compared
    gettext_noop("{script} ({lang})"),
    gettext_noop("Latin"),
    gettext_noop("Cyrillic"),
    gettext_noop("Arabic script"),
    gettext_noop("Chinese characters"),
    gettext_noop("no letters"),
    # partmatch: how two parts compare (a reason's detail)
    gettext_noop("equal after folding"),
    gettext_noop("equal after folding; я/ya ≈ ә/a (Russian-style iotation)"),
    gettext_noop("written two ways (one name in the name list)"),
    gettext_noop("a man's and a woman's form of one name"),
    gettext_noop("two different known names, not a typo"),
    gettext_noop("compounds of two different known names"),
    gettext_noop("close spelling ({what}; a typo?)"),
    gettext_noop("vowels differ"),
    gettext_noop("{n} letter(s) differ"),
    gettext_noop("one letter differs in a short name"),
    gettext_noop("close spelling (one letter differs before folding; a typo?)"),
    gettext_noop("close spelling (one letter differs, at the suffix; a typo?)"),
    gettext_noop("same Chinese reading"),
    gettext_noop("Chinese transcription {a} ({pinyin}) fits {b}: consonants {c}"),
    gettext_noop("Chinese transcription {a} ({pinyin}) nearly fits {b}"),
    gettext_noop("Chinese {a} ({pinyin}) does not fit {b}"),
    gettext_noop("initial {a} does not fit {b}"),
    gettext_noop("initial {a} may stand for {b}"),
    gettext_noop("different"),
    # partmatch: the suffixes of two parts (a reason of its own)
    gettext_noop("{a} (male) vs {b} (female)"),
    gettext_noop("{a} (female) vs {b} (male)"),
    gettext_noop("{suffix} {a} ≈ dropped"),
    gettext_noop("{suffix} {a} ≈ {b}"),
    gettext_noop("patronymic {a} ≈ Russianised {b}"),
    gettext_noop("surname {a} vs patronymic {b} on the same root"),
    gettext_noop("patronymic {a} ≈ {b}"),
    gettext_noop("patronymic suffix"),
    gettext_noop("Russian patronymic suffix"),
    gettext_noop("Russianised suffix"),
    # fold: the spelling differences a match absorbed (in brackets after a reason)
    gettext_noop("soft sign dropped"),
    gettext_noop("hard sign dropped"),
    gettext_noop("soft sign / apostrophe dropped"),
    gettext_noop("doubled letter"),
    gettext_noop("Uyghur Arabic script → Latin"),
    gettext_noop("Kazakh Arabic script → Cyrillic"),
)
"""The name comparer's reasons (:func:`panah.identity.compare.compare`), most specific first."""

REVIEW_MESSAGES = (
    # ingest.draft
    gettext_noop("the source has no date: relative dates ('last October') stay undetermined"),
    gettext_noop("no person was found: add the person the text is about before saving"),
    gettext_noop("a case number ({value}) for no drafted proceeding"),
    gettext_noop("a date ({value}) the rules gave no event: {notes}, {type}: check"),
    gettext_noop("a date ({value}) the text quotes to refute it: no event"),
    gettext_noop("type from the learned classifier (probability {p}), not a rule"),
    gettext_noop("{module}: not installed; using rules only"),
    gettext_noop("grouped from the drafted events: check"),
    # ingest.events
    gettext_noop("a date ({value}) with no event recognised"),
    gettext_noop("a date ({value}) beside no reported event"),
    gettext_noop("an end date ({value}) for no event recognised"),
    gettext_noop("a second date ({value}) for one event"),
    gettext_noop("another length ({value}) in the same sentence"),
    gettext_noop("a charge ({value}) with no charging event"),
    gettext_noop("date left undetermined: {how}"),
    # ingest.datetext: why a date is left undetermined
    gettext_noop("no year in the text and no article date"),
    gettext_noop("not a calendar date"),
    gettext_noop("the range ends before it starts"),
    gettext_noop("no earlier date in the text to count from"),
    gettext_noop("the article's date has no month"),
    gettext_noop("no such day in that month"),
    gettext_noop("a week is not a case-file date"),
    gettext_noop("a weekday needs the article's day"),
    gettext_noop("a day with no month and no article's day"),
    gettext_noop("relative to the article's date, which is not known"),
    gettext_noop("the article's date is too coarse to count back from"),
    gettext_noop("{anchor} is not a day, too coarse to find the weekday after"),
    gettext_noop("the article is known only to the {precision}, too coarse to count {units} from"),
    gettext_noop("{anchor} is known only to the {precision}, too coarse to count {units} from"),
    gettext_noop("not understood"),
    # the notes of a drafted event or claim (several are joined with "; ")
    gettext_noop("written {written} in the text"),
    gettext_noop("written {written}"),
    gettext_noop("age as of the source's date ({date})"),
    gettext_noop("one of several dates listed for the same kind of event"),
    gettext_noop("about a relative (see the person's relatives)"),
    gettext_noop("type guessed from weak clues: check"),
    gettext_noop("the date is said once for several events in the sentence"),
    gettext_noop("dated by the answer to a question about it"),
    gettext_noop("dated by the heading of its entry"),
    gettext_noop("dated by the paper's own date, told just after"),
    gettext_noop("the outcome of the hearing told before it: that hearing's day"),
    gettext_noop("freed at the court's decision told before it: that decision's day"),
    gettext_noop("a call made in the statement itself: the day of its dateline"),
    gettext_noop("dated by the start of the detention told just before"),
    gettext_noop("its end is the 'until' date told after it"),
    gettext_noop("its end is the release told in the same sentence"),
    gettext_noop("its end is the release told after it"),
    gettext_noop("its end is the release that ended the internment told before it"),
    gettext_noop("detention placed in the host state: {why}"),
    gettext_noop("detention placed in the country of origin: {why}"),
    gettext_noop("a detention in the host state while another state seeks extradition"),
    gettext_noop("the police detention before a court's custody order of another day"),
    gettext_noop("the court's custody order, a step of its own after the arrest"),
    gettext_noop("the country left is the one that seeks the person's return"),
    # ingest.events: why a detention is placed in one state or the other (a note's {why})
    gettext_noop("held on arrival after being sent back"),
    gettext_noop("the sentence names a place or authority in the host state"),
    gettext_noop("the sentence names a place or authority in the country of origin"),
    gettext_noop("the sentence after it names the host state's authority"),
    gettext_noop("dated before the border crossing"),
    gettext_noop("dated after the border crossing"),
    gettext_noop("told after the flight"),
    gettext_noop("told before the flight"),
    gettext_noop("no clue; check"),
    # ingest.datetext: how a date was read (a date claim's notes)
    gettext_noop("as written"),
    gettext_noop("range as written"),
    gettext_noop("year {year} from the dates before it in the same paragraph"),
    gettext_noop("year {year}: the story moves on from {anchor}"),
    gettext_noop("year {year}: the story told since {anchor} goes on"),
    gettext_noop("year {year}: the story told since {anchor} goes on past the new year"),
    gettext_noop("year {year}: a few days from {anchor}"),
    gettext_noop("year {year}: the latest such date before the article's date"),
    gettext_noop("year {year} of the article's date"),
    gettext_noop("the year the report covers"),
    gettext_noop("the Gregorian months of that year's Ramadan"),
    gettext_noop("year {year} from the dates before it"),
    gettext_noop("the year in which it is the weekday the text names"),
    gettext_noop("a day of the month of {anchor}"),
    gettext_noop("the latest such day on or before the article's date ({date})"),
    gettext_noop("a season of the year of {anchor}"),
    gettext_noop("a month of the year of {anchor}"),
    gettext_noop("the winter of {anchor}"),
    gettext_noop("a year counted from the year of {anchor}"),
    gettext_noop("the first such season after {anchor}"),
    gettext_noop("the first such weekday after {anchor}"),
    gettext_noop("a season from the article's date ({date})"),
    gettext_noop("from the article's date ({date})"),
    gettext_noop("counted back from the article's date ({date}) to the day"),
    gettext_noop("counted back from the article's date ({date})"),
    gettext_noop("the last such weekday on or before {date}"),
    gettext_noop("the entry after the one of {date}: the first such day after it"),
    gettext_noop("year {year}: the offset it restates from {anchor}"),
    gettext_noop("no time told for the first weeks"),
    gettext_noop("no month told for the first weeks"),
    gettext_noop("the first weeks of the time from {value}"),
    gettext_noop("the first weeks of {value}"),
    gettext_noop("counted from the detention on {value}"),
    gettext_noop("counted from the article"),
    gettext_noop("counted from {anchor}"),
)
"""What the ingest review asks to look at first (:class:`panah.ingest.draft.ReviewItem`), and
the notes of the events and claims it drafts, each read back whole, most specific first."""

_PRECISIONS = {
    "day": pgettext_lazy("known only to the …", "day"),
    "month": pgettext_lazy("known only to the …", "month"),
    "year": pgettext_lazy("known only to the …", "year"),
}
"""How finely a date is known (``{precision}``: "… is known only to the month")."""

_UNITS = {
    "days": pgettext_lazy("too coarse to count … from", "days"),
    "weeks": pgettext_lazy("too coarse to count … from", "weeks"),
    "months": pgettext_lazy("too coarse to count … from", "months"),
    "years": pgettext_lazy("too coarse to count … from", "years"),
}
"""What is counted from a date (``{units}``: "too coarse to count weeks from")."""

_WHY = (
    "held on arrival after being sent back",
    "the sentence names a place or authority in the host state",
    "the sentence names a place or authority in the country of origin",
    "the sentence after it names the host state's authority",
    "dated before the border crossing",
    "dated after the border crossing",
    "told after the flight",
    "told before the flight",
    "no clue; check",
)
"""Why a guessed detention is placed where it is (``{why}``; one of them holds "; ")."""

# Placeholders whose text is translated in turn; the others (names, dates, letters) are kept.
_NESTED = {"detail", "how", "script", "script_a", "script_b", "suffix", "what", "why"}
_SCRIPTS = ("Latin", "Cyrillic", "Arabic script", "Chinese characters", "no letters")
_SUFFIXES = ("patronymic suffix", "Russian patronymic suffix", "Russianised suffix")
_PATTERN_OF = {
    "role": "|".join(re.escape(r) for r in _ROLES),
    "script": "|".join(re.escape(s) for s in _SCRIPTS),
    "suffix": "|".join(re.escape(s) for s in _SUFFIXES),
    "why": "|".join(re.escape(s) for s in _WHY),
    "precision": "|".join(_PRECISIONS),
    "units": "|".join(_UNITS),
    "lang": r"[a-z]{2,3}",
    "n": r"\d+",
    "year": r"-?\d+",
    "detail": ".+",
    "notes": ".+",
    "how": ".+",
    "type": "[^,:]+",
}
# A review message's other placeholders never span the "; " that joins a drafted item's notes.
_ONE_NOTE = r"(?:(?!; ).)+?"
_LABELS = re.compile(r"\A(?P<text>.+) \[(?P<labels>[^\[\]]+)\]\Z")


@functools.cache
def _patterns(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    templates = MATCH_REASONS if kind == "match" else REVIEW_MESSAGES
    default = ".+?" if kind == "match" else _ONE_NOTE
    out = []
    for msgid in templates:
        parts = re.split(r"\{(\w+)\}", msgid)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_PATTERN_OF.get(p, default)})"
            for i, p in enumerate(parts)
        )
        out.append((re.compile(rf"\A{regex}\Z", re.S), msgid))
    return tuple(out)


def _read(text: str, kind: str, depth: int = 0) -> str | None:
    """``text`` in the page's language when one template fits it whole, else None."""
    if depth > 3 or not text:
        return None
    for pattern, msgid in _patterns(kind):
        m = pattern.match(text)
        if m is None:
            continue
        found = m.groupdict()
        values = {
            k: _translate(v, kind, depth + 1) if k in _NESTED else v for k, v in found.items()
        }
        if "notes" in values:
            values["notes"] = review_message(values["notes"])
        if "role" in values:
            values["role"] = str(_ROLES[values["role"]])
        if "precision" in values:
            values["precision"] = str(_PRECISIONS[values["precision"]])
        if "units" in values:
            values["units"] = str(_UNITS[values["units"]])
        if "type" in values:
            values["type"] = label(values["type"], "EventType")
        return gettext(msgid).format(**values) if values else gettext(msgid)
    return None


def _translate(text: str, kind: str, depth: int = 0) -> str:
    if kind == "review":
        return _notes(text, depth)
    found = _read(text, kind, depth)
    return text if found is None else found


def _notes(text: str, depth: int = 0) -> str:
    """Notes joined with "; " (a note may hold "; " itself: "no clue; check"), each in the
    page's language: from the first, the longest run of them that one template fits."""
    parts = text.split("; ")
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            found = _read("; ".join(parts[i:j]), "review", depth)
            if found is not None:
                out.append(found)
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    return "; ".join(out)


@register.filter(name="match_reason")
def match_reason(value: object) -> str:
    """One reason of the name comparer in the page's language."""
    text = "" if value is None else str(value)
    m = _LABELS.match(text)
    if m is None:
        return _translate(text, "match")
    labels = ", ".join(_translate(x, "match") for x in m.group("labels").split(", "))
    return f"{_translate(m.group('text'), 'match')} [{labels}]"


@register.filter(name="review_message")
def review_message(value: object) -> str:
    """One of the ingest review's messages, or a drafted event's or claim's notes (several
    joined with "; "), in the page's language."""
    return _notes("" if value is None else str(value))
