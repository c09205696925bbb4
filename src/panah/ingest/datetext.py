"""Date expressions in English and Russian text, resolved with their precision.

Two steps, both pure:

1. :func:`panah.ingest.datescan.scan` finds expressions and says what each one *says*,
   without deciding a year it does not give: a full date (``6 October 2019``), a partial
   one (``6 October``, ``in September``), a range (``from March 2013 to November 2017``),
   an offset from the previous date (``two days later``, ``через неделю``) or from the
   article's own date (``last October``, ``в прошлом году``).
2. :func:`resolve` walks the expressions in text order and turns each into a case-file date
   (``2019-10-06``, ``2019-10``, ``2019``, ``2020-10~``) or leaves it undetermined.

Nothing is invented: a yearless date gets the year of the story around it (the paragraph's
last dated year) or, failing that, the article's year (the previous year when the day would
otherwise fall after the article); an offset in days from a date known only to the month
stays undetermined; an offset from nothing stays undetermined. Every resolution says how it
was reached (``how``) and inferred ones carry a lower confidence.

Library parsers (dateparser, natasha) plug in through :class:`AbsoluteParser`, see
:mod:`panah.ingest.backends`; without them the built-in patterns still work.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from panah.core.catalogue import Confidence
from panah.core.dates import FuzzyDate, Precision
from panah.ingest.text import Span

__all__ = [
    "AbsoluteParser",
    "DateMention",
    "Expr",
    "Parts",
    "Resolved",
    "add_offset",
    "chat_stamp",
    "entry_stamp",
    "format_parts",
    "resolve",
    "resolve_expr",
    "timestamp",
]

Unit = Literal["day", "week", "month", "year"]
Role = Literal["point", "until", "since"]


@dataclass(frozen=True, slots=True)
class Parts:
    """A calendar date as written: any of year, month, day may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR


@dataclass(frozen=True, slots=True)
class Expr:
    """What a date expression says, before resolution.

    kind:
      ``absolute`` (parts, possibly without a year), ``range`` (parts and end),
      ``offset`` (n units after (+) or before (-) the previous date in the text; ``which``
      "back" where it counts back to the clause after it: "a day after he crossed"),
      ``article`` (relative to the article's date: ``ago`` n units, ``last``/``this`` month
      or year, ``weekday``).
    """

    kind: Literal["absolute", "range", "offset", "article"]
    parts: Parts = Parts()
    end: Parts | None = None
    n: int = 0
    unit: Unit = "day"
    which: str = ""
    approximate: bool = False
    qualifier: str = ""


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    expr: Expr
    role: Role = "point"
    sentence: int = -1
    paragraph: int = -1
    source: str = "patterns"


@dataclass(frozen=True, slots=True)
class Resolved:
    mention: DateMention
    value: str | None
    """The case-file date, or None when the text does not determine one."""
    how: str
    confidence: Confidence = Confidence.HIGH
    fuzzy: FuzzyDate | None = field(default=None, compare=False)


AbsoluteParser = Callable[[str], list[tuple[Span, Parts]]]
"""A library date finder: text -> (span, parts) for each date it sees (see backends)."""

# --------------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------------


def format_parts(parts: Parts, approximate: bool = False) -> str:
    if parts.year is None:
        raise ValueError("a date without a year cannot be written")
    text = f"{parts.year:04d}"
    if parts.month is not None:
        text += f"-{parts.month:02d}"
        if parts.day is not None:
            text += f"-{parts.day:02d}"
    return text + ("~" if approximate else "")


def _parts_of(date: FuzzyDate, *, end: bool = False) -> Parts | None:
    day = date.latest if end else date.earliest
    if day is None:
        return None
    precision = date.precision
    if precision == Precision.RANGE:
        # a range: the point at its end (or start) with the precision written there
        text = date.text.partition("/")[2 if end else 0].rstrip("~?%")
        try:
            return _parts_of(FuzzyDate.parse(text))
        except ValueError:
            return None
    if precision in (Precision.DAY, Precision.TIME):
        return Parts(day.year, day.month, day.day)
    if precision == Precision.MONTH:
        return Parts(day.year, day.month)
    return Parts(day.year)


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}
_UNIT_NEEDS = {
    "day": Precision.DAY,
    "week": Precision.DAY,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
}


def add_offset(anchor: Parts, n: int, unit: Unit) -> tuple[Parts, bool] | None:
    """``anchor`` moved by ``n`` units, keeping the anchor's precision; None when the anchor
    is too coarse for the unit (days from a month). The flag says the result is approximate
    (a year or month offset from a finer date)."""
    if anchor.year is None:
        return None
    if _RANK[anchor.precision] < _RANK[_UNIT_NEEDS[unit]]:
        return None
    if unit in ("day", "week"):
        assert anchor.month is not None
        assert anchor.day is not None
        day = dt.date(anchor.year, anchor.month, anchor.day) + dt.timedelta(
            days=n * (7 if unit == "week" else 1)
        )
        return Parts(day.year, day.month, day.day), False
    if unit == "month":
        assert anchor.month is not None
        index = anchor.year * 12 + (anchor.month - 1) + n
        # "two months later" from a day: the month is known, the day is not.
        return Parts(index // 12, index % 12 + 1), anchor.day is not None and n != 0
    year = anchor.year + n
    if anchor.month is None:
        return Parts(year), False
    return Parts(year, anchor.month), n != 0


@dataclass(slots=True)
class _State:
    article: FuzzyDate | None
    anchor: Parts | None = None
    anchor_start: Parts | None = None
    anchor_role: str = "point"
    """Whether the date told before was a point, an "until" or a "since"."""
    until_from: Parts | None = None
    """The start of the date told before an "until" date ("In April 2018 police took me. I was
    held in a camp until December 2019"): where the time that "until" ends began."""
    day_anchor: Parts | None = None
    """The last day told (a date known to the day), and the paragraph it was told in."""
    day_anchor_text: str = ""
    day_anchor_paragraph: int = -2
    day_anchor_sentence: int = -2
    """Where the date told before starts (its first month for a range or a season)."""
    anchor_text: str = ""
    story_year: int | None = None
    story_paragraph: int = -1
    story_told: int = 0
    """How many dates of ``story_year`` its paragraph has told so far."""
    anchor_sentence: int = -1
    text: str = ""
    anchor_span: Span | None = None
    later: list[tuple[int, Parts]] = field(default_factory=list)
    """Where each date of the text written with its year and month starts, and its parts."""
    days: list[Parts] = field(default_factory=list)
    """The days told so far (dates known to the day, with their year), in text order."""
    report_year: int | None = None
    """The year a report says it covers in its title ("Annual report for 2025", "Годовой
    отчёт за 2025 год"): the year of its yearless days when the report is dated after it."""


# A report's title that names the year it covers, in the text's first lines.
_REPORT_YEAR = re.compile(
    r"\b(?:annual\s+report|report|review)\s+(?:for|on|of)\s+(?:the\s+year\s+)?"
    r"(?P<y>20[0-4]\d)\b(?!\s*[-–/]\s*\d)|"
    r"\b(?P<y2>20[0-4]\d)\s+annual\s+report\b|"
    r"(?<![\w])(?:годовой\s+)?отч[её]т[а-я]*(?:\s+[^\s\d]+){0,3}?\s+за\s+(?P<y3>20[0-4]\d)\s*"
    r"(?:год|г\.)",
    re.IGNORECASE,
)


def report_year(text: str) -> int | None:
    """The year a report covers, when its title (the first 300 characters) says so."""
    m = _REPORT_YEAR.search(text[:300])
    if m is None:
        return None
    return int(m["y"] or m["y2"] or m["y3"])


def _article_parts(article: FuzzyDate | None) -> Parts | None:
    return None if article is None else _parts_of(article, end=True)


CALENDAR = "calendar"
"""Which of an offset in years or months that names the calendar's unit ("the following year",
"later that year", "the next month", "на следующий год", "в том же году"): the year (or month)
itself, at that precision, not a count of twelve months from a day ("a year later")."""

RESTATED = "restated"
"""Which of a yearless date restating an offset from the date before ("A week later, on 26
February", "Через неделю, 26 февраля"): ``n`` and ``unit`` keep the offset, and its year is the
one that puts the date nearest the date before plus the offset."""

RECENT = "recent"
"""Qualifier of a yearless date said as the latest ("most recently in June", "последний раз —
в сентябре"): its year is the article's, not the story's."""


# Words that take a story back to the present before a yearless date: "Last week, on 3
# March", "This year, on 3 March", "Недавно, 3 марта", "На прошлой неделе, 3 марта".
_PRESENT = re.compile(
    r"\b(?:last|this|past)\s+(?:week|month|year|winter|spring|summer|autumn|fall)\b|"
    r"\b(?:earlier|later)\s+this\s+(?:week|month|year)\b|\b(?:recently|now|currently|"
    r"today|yesterday)\b|\bin\s+recent\s+(?:days|weeks|months)\b|"
    r"(?<![\w])(?:на\s+(?:прошлой|этой)\s+неделе|в\s+(?:прошлом|этом|текущем)\s+(?:месяце|году)|"
    r"в\s+(?:этот|прошлый)\s+раз|недавно|сейчас|теперь|вчера|сегодня|позавчера)(?![\w])",
    re.IGNORECASE,
)
# A year that opens its sentence sets the narrative's year: "In 2019 I fled.", "В 2019 году …",
# "2019:".
_FRAME_BEFORE = re.compile(
    r"(?:^|[.!?\n»\"”]\s*|^\W*)(?:(?:in|by|during|since|early|late|в|во|к|с|летом|осенью|"
    r"зимой|весной)\s+)?$",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|we|my|our|me|us)\b|(?<![\w])(?:я|мы|меня|нас|мне|нам|мной|мною|нами|мой|моя|мою|"
    r"моего|моей|моих|мои|наш|наша|нашу|нашего|нашей|наших|наши)(?![\w])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _sentence_before(text: str, start: int) -> str:
    """The text of the sentence up to ``start``."""
    head = text[max(0, start - 400) : start]
    ends = list(_SENTENCE_END.finditer(head))
    return head[ends[-1].end() :] if ends else head


def _sentence_after(text: str, end: int) -> str:
    tail = text[end : end + 400]
    m = _SENTENCE_END.search(tail)
    return tail[: m.start() + 1] if m else tail


# "Since then I live on a visa", "С тех пор я живу у сестры", "Since then he has been living
# in Almaty": the story reaches the present, told in the present tense
_SINCE_THEN_PRESENT = re.compile(
    r"\bsince\s+then\b[^.!?\n]{0,40}?\b(?:live|lives|living|stay|stays|staying|work|works|"
    r"am|is|are|have\s+been|has\s+been|remain|remains)\b|"
    r"(?<![\w])с\s+тех\s+пор[^.!?\n]{0,40}?(?<![\w])(?:живу|жив[её]т|жив[её]м|живут|"
    r"нахожусь|находится|находятся|оста[её]тся|остаюсь|работаю|работает|скрываюсь|скрывается)"
    r"(?![\w])",
    re.IGNORECASE,
)


def _back_to_the_present(mention: DateMention, st: _State) -> bool:
    """ "Last week, on 3 March": the text jumps from the story back to the present; so does a
    sentence of the present before the date in its paragraph ("Since then I live on a visa.
    In September the police fined me")."""
    if not st.text:
        return False
    if _PRESENT.search(_sentence_before(st.text, mention.span.start)):
        return True
    start = st.text.rfind("\n\n", 0, mention.span.start)
    start = 0 if start < 0 else start + 2
    if st.anchor_span is not None and st.anchor_span.end > start:
        start = st.anchor_span.end
    return bool(_SINCE_THEN_PRESENT.search(st.text, start, mention.span.start))


_PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:not\s+|never\s+|already\s+)?(?:been\s+)?\w+")


def _flashback(mention: DateMention, st: _State) -> bool:
    """ "He told the court he had been held in a camp from March 2018 to December 2019. His
    application was registered on the ninth of January.": a date told in the pluperfect is a
    look back from the news; the yearless day told after it, not in the pluperfect, is back
    in the news's time."""
    if not st.text or st.anchor_span is None:
        return False
    before = _sentence_before(st.text, st.anchor_span.start)
    if not _PLUPERFECT.search(before):
        return False
    said = _sentence_before(st.text, mention.span.start) + _sentence_after(
        st.text, mention.span.end
    )
    return not _PLUPERFECT.search(said)


def _narrative_year(mention: DateMention, st: _State) -> bool:
    """The text has just set the narrative's year: the year opens its sentence ("In 2019 I
    fled. On 3 March I crossed …") or the story is told in the first person there (in the
    sentence of that year: a lawyer's "We filed appeals on 5 November" after "Their sister was
    sentenced in January 2020" is the present of an interview, not the story's year)."""
    if not st.text or st.anchor_span is None:
        return False
    before = _sentence_before(st.text, st.anchor_span.start)
    if _FRAME_BEFORE.search(before):
        return True
    anchor_sentence = (
        before + st.anchor_span.text(st.text) + _sentence_after(st.text, st.anchor_span.end)
    )
    return bool(_FIRST_PERSON.search(anchor_sentence))


def _news_of_the_year(
    parts: Parts, mention: DateMention, st: _State, art: Parts | None, *, across: bool = False
) -> bool:
    """ "He moved to Russia in 2016 … He was detained on 9 March": a day told after a date
    known only to its year, in another sentence, is the latest such day before the article
    when that day is within the article's last twelve months and the year told is older,
    unless the text has just set that year as its narrative's ("In 2017 I fled. On 3 March I
    crossed …"). Words of the present before the day ("Last week, on 3 March") always take
    the story back to the article's last twelve months."""
    if art is None or art.year is None or art.month is None or parts.day is None:
        return False
    if st.anchor is None or st.anchor_sentence == mention.sentence:
        return False
    month, day = parts.month or 1, parts.day
    year = art.year if (month, day) <= (art.month, art.day or 31) else art.year - 1
    if (art.year - year) * 12 + art.month - month >= 12:
        return False
    if _back_to_the_present(mention, st) or _flashback(mention, st):
        return True
    if st.anchor.month is not None and not across:
        return False
    if st.story_year is None or st.story_year >= art.year - 1:
        return False
    return not _narrative_year(mention, st)


def _story_point(parts: Parts, mention: DateMention, st: _State) -> Parts | None:
    """The story's point (the last date of an earlier paragraph, in the story's year) that a
    yearless month or day in a paragraph of its own may go on from; None when there is none."""
    anchor = st.anchor
    if anchor is None or parts.month is None or mention.paragraph < 0:
        return None
    if st.story_paragraph < 0 or st.story_paragraph == mention.paragraph:
        return None
    if st.story_year != anchor.year:
        return None
    return anchor


def _story_goes_on(parts: Parts, mention: DateMention, st: _State, art: Parts | None) -> bool:
    """ "… on 12 February 2023 police detained him. [new paragraph] On 2 April his sister was
    questioned": a yearless day or month in a paragraph with no date of its own yet, after a
    paragraph whose last date was a month or day of a year (the story's point), keeps that
    year when it follows that point in the calendar and is not after the article, and when the
    narrative set that year: the paragraph before told two dates or more of it, or the year
    opened its sentence, or the story is told in the first person. Words of the present before
    it ("Last week, on 3 March") keep the article's year; so does a day within the article's
    last twelve months after an older story told in the third person
    (:func:`_news_of_the_year`), unless the paragraph before was a chronology of days of that
    year ("On 12 February 2023 … Two days later … On 1 March …")."""
    anchor = _story_point(parts, mention, st)
    if anchor is None or anchor.year is None or anchor.month is None or parts.month is None:
        return False
    if _story_looks_back(parts, mention, st, anchor):
        return True
    if parts.day is None:
        # "… 17 February. [new paragraph] In late February …": a month goes on from a day of it
        if parts.month < anchor.month or (parts.month == anchor.month and anchor.day is None):
            return False
    elif (parts.month, parts.day) <= (anchor.month, anchor.day or 1):
        return False
    if art is not None and art.year is not None:
        end = (art.year, art.month or 12, art.day or 31)
        if (anchor.year, parts.month, parts.day or 1) > end:
            return False
    if _back_to_the_present(mention, st) or _recap_before(mention, st):
        return False
    if _subheading_between(mention, st) and not _year_told_next(parts, mention, st, anchor.year):
        return False
    if _news_of_the_year(parts, mention, st, art, across=True):
        # an older story told in the third person, and the day would be within the article's
        # last twelve months: only a chronology of days goes on
        return anchor.day is not None and st.story_told >= 2
    if (
        art is not None
        and art.year is not None
        and _within_the_month_before(parts, art)
        and anchor.year < art.year
    ):
        # "… admitted in September of the same year. [new paragraph] On the evening of 19
        # November police detained him", in a statement of 28 November of the next year: a
        # day of the article's last month is the news, unless the narrative set the year
        return (anchor.day is not None and st.story_told >= 2) or _narrative_year(mention, st)
    return st.story_told >= 2 or _narrative_year(mention, st)


# Words that set a date before the story's point: "Before that, on 28 June", "Even earlier,
# on 28 June", "Ещё до этого, 28 июня", "Незадолго до этого", "Перед этим", "Prior to that"
_BEFORE_THAT = re.compile(
    r"\b(?:(?:shortly|just|even|a\s+(?:few|couple\s+of)\s+(?:days|weeks))\s+)?(?:before\s+"
    r"(?:that|this|then)|earlier(?:\s+still)?|prior\s+to\s+(?:that|this))\b|"
    r"(?<![\w])(?:(?:ещё|еще|незадолго|за\s+\S+\s+)\s*)?(?:до\s+(?:этого|того|тех\s+пор)|"
    r"перед\s+(?:этим|тем)|раньше|ранее)(?![\w])",
    re.IGNORECASE,
)


def _story_looks_back(parts: Parts, mention: DateMention, st: _State, anchor: Parts) -> bool:
    """ "… 30 June the regional court upheld the decision. [new paragraph] Before that, on 28
    June, his lawyer wrote to the Committee. On 3 July … On 7 July 2023 he was flown out": a
    yearless day or month in a paragraph with no date of its own yet, at most three months
    before the story's point in its year, is of that year when words before it in its sentence
    set it before that point ("Before that", "Ещё до этого") or the next date the paragraph
    writes with its year is of that year and after it."""
    if anchor.year is None or anchor.month is None or parts.month is None:
        return False
    try:
        point = dt.date(anchor.year, anchor.month, anchor.day or 28)
        here = dt.date(anchor.year, parts.month, parts.day or 1)
    except ValueError:
        return False
    if not 0 < (point - here).days <= 92:
        return False
    if not st.text or _back_to_the_present(mention, st) or _recap_before(mention, st):
        return False
    if _BEFORE_THAT.search(_sentence_before(st.text, mention.span.start)):
        return True
    end = st.text.find("\n\n", mention.span.end)
    end = len(st.text) if end < 0 else end
    for start, told in st.later:
        if start <= mention.span.end:
            continue
        if start > end or told.year != anchor.year or told.month is None:
            return False
        return (told.month, told.day or 31) >= (parts.month, parts.day or 1)
    return False


# A sub-heading of an article: a short line of its own between blank lines, with a capital
# and no sentence's punctuation ("Background", "The hearing", "Предыстория", "Процесс"), or a
# person's name and a few words after a colon or a dash ("Бахыт: под стражей", "Serik — the
# return")
_SUBHEADING = re.compile(
    r"\n[ \t]*\n[ \t]*[A-ZА-ЯЁ][^\W\d]*"
    r"(?:(?:[ \t]*:|[ \t]+[—–])?[ \t]+[^\W\d][\w-]*){0,4}[ \t]*\n[ \t]*\n"
)


def _year_told_next(parts: Parts, mention: DateMention, st: _State, year: int) -> bool:
    """ "… 17 февраля … [sub-heading] Суд [new paragraph] Процесс начался 28 апреля. … Приговор
    вынесли 14 мая 2025 года": the next date the text writes with its year, within the next
    two paragraphs, is of ``year`` and comes after the yearless date in the calendar: the
    story has gone on in that year across the sub-heading."""
    if not st.text:
        return False
    limit = mention.span.end
    for _ in range(3):
        nxt = st.text.find("\n\n", limit + 1)
        if nxt < 0:
            limit = len(st.text)
            break
        limit = nxt
    for start, told in st.later:
        if start <= mention.span.end:
            continue
        if start > limit or told.year != year or told.month is None or parts.month is None:
            return False
        return (told.month, told.day or 31) >= (parts.month, parts.day or 1)
    return False


def _subheading_between(mention: DateMention, st: _State) -> bool:
    """ "… В феврале 2018 года против него возбудили дело. [sub-heading] Процесс [new
    paragraph] 20 июня он подал ходатайство": an article's sub-heading between the story's
    point and a yearless date ends the story told under the heading before it; the date is
    read as any other (the article's year, or the latest such date before it)."""
    if not st.text or st.anchor_span is None or mention.span.start <= st.anchor_span.end:
        return False
    return bool(_SUBHEADING.search(st.text, st.anchor_span.end, mention.span.start))


# Words that announce a recap of what the paper told before: "Напомним", "Мы уже писали",
# "As we reported", "To recap"
_RECAP = re.compile(
    r"(?<![\w])(?:напомним|напоминаем|мы\s+уже\s+писали|мы\s+писали|как\s+(?:мы\s+)?"
    r"(?:уже\s+)?сообщал[аи]?|ранее\s+сообщалось)(?![\w])|"
    r"\b(?:as\s+we\s+(?:have\s+)?(?:previously\s+|earlier\s+)?reported|as\s+previously\s+reported|"
    r"we\s+(?:have\s+)?(?:already\s+|previously\s+)?(?:reported|wrote)\s+(?:on|about)|to\s+recap|"
    r"a\s+(?:brief\s+|short\s+)?recap|recall\s+that)\b",
    re.IGNORECASE,
)


def _recap_before(mention: DateMention, st: _State) -> bool:
    """ "Мы уже писали о деле … Напомним коротко. В августе 2021 года он уехал … В марте 2023
    года ему предъявили обвинение. [new paragraph] Задержали его 2 сентября": the story's
    point is in a paragraph that recaps the background the paper told before; its year does
    not go on into a later paragraph, which is read as any other (the article's year, or the
    latest such date before it)."""
    if not st.text or st.anchor_span is None or mention.span.start <= st.anchor_span.end:
        return False
    start = st.text.rfind("\n\n", 0, st.anchor_span.start)
    start = 0 if start < 0 else start + 2
    return bool(_RECAP.search(st.text, start, st.anchor_span.start))


def _story_turns_the_year(
    parts: Parts, mention: DateMention, st: _State, art: Parts | None
) -> bool:
    """ "В октябре он подал ходатайство … В декабре ему отказали. [new paragraph] В январе
    прокуратура приняла решение о выдаче": a yearless month (or day) in a paragraph with no
    date of its own yet, after a paragraph whose last date was a late month of a year, and that
    comes at most three months after it across the new year, is of the next year when the
    paragraph before told two dates or more of its year (a chronology), with no words of the
    present or "back in" before it, and the next year's month is not after the article."""
    anchor = _story_point(parts, mention, st)
    if anchor is None or anchor.year is None or anchor.month is None or parts.month is None:
        return False
    if not (parts.month < anchor.month and parts.month + 12 - anchor.month <= 3):
        return False
    if art is None or art.year is None:
        return False
    if (anchor.year + 1, parts.month, parts.day or 1) > (art.year, art.month or 12, art.day or 31):
        return False
    if _back_to_the_present(mention, st) or _recap_before(mention, st):
        return False
    if st.text and _BACK_IN.search(st.text, max(0, mention.span.start - 16), mention.span.start):
        return False
    if parts.day is not None and _news_of_the_year(parts, mention, st, art, across=True):
        return anchor.day is not None and st.story_told >= 2
    return st.story_told >= 2


def _within_the_month_before(parts: Parts, art: Parts | None) -> bool:
    """Whether a yearless day falls in the 31 days up to the article's date, read in the
    article's year."""
    if art is None or art.year is None or art.month is None or art.day is None:
        return False
    if parts.month is None or parts.day is None:
        return False
    try:
        day = dt.date(art.year, parts.month, parts.day)
    except ValueError:
        return False
    return 0 <= (dt.date(art.year, art.month, art.day) - day).days <= 31


# "его жену ещё в феврале вызывали", "back in February", "as early as March": a month told
# as before the story's point, in its year, not the next year's
_BACK_IN = re.compile(
    r"(?:(?<![\w])ещё|(?<![\w])еще|\bback|\bas\s+early\s+as|\balready)\s+(?:в\s+|во\s+|in\s+)?$",
    re.IGNORECASE,
)


# "Two days after the arrest", "Через неделю после задержания": days counted from a step named
_AFTER_A_STEP = re.compile(
    r"(?<=after)[ \t]+(?:the|his|her|their|its)[ \t]+[^\W\d]|[ \t]+после[ \t]+[^\W\d]",
    re.IGNORECASE,
)


def _look_back_in_the_sentence(st: _State) -> bool:
    """The date told last, known only to its month or year, was told in the sentence of the
    last day told and ends before that day: a look back from the day, not the story's point."""
    anchor, day = st.anchor, st.day_anchor
    if anchor is None or day is None or anchor.year is None or day.year is None:
        return False
    if st.anchor_sentence != st.day_anchor_sentence or anchor.day is not None:
        return False
    return (anchor.year, anchor.month or 12) < (day.year, day.month or 1)


def _within_the_range_before(parts: Parts, st: _State) -> bool:
    """ "In the spring of 2016 he left, and in April he reached Novosibirsk": a month within the
    range (or season) told just before is of its year, not the next."""
    start, end = st.anchor_start, st.anchor
    if start is None or end is None or start.month is None or end.month is None:
        return False
    if start.year != end.year or parts.month is None:
        return False
    return start.month <= parts.month <= end.month


def _near_a_day_told(parts: Parts, st: _State, year: int) -> Parts | None:
    """ "… crossed the border on October 6 last year … [the background, up to the summer of
    2023] … They left their village on October 4 and crossed two days later": a yearless day a
    few days (at most a week) from a day the text told earlier in a later year than the
    story's (the background went back in time), and from none of the story's year, is a step
    of that day's story; the latest such day, or None."""
    if parts.month is None or parts.day is None:
        return None
    found = None
    for told in st.days:
        if told.year is None or told.month is None or told.day is None:
            continue
        try:
            here = dt.date(told.year, parts.month, parts.day)
        except ValueError:
            continue
        if abs((here - dt.date(told.year, told.month, told.day)).days) > 7:
            continue
        if told.year == year:
            return None
        if told.year > year:
            found = told
    return found


def _restated_year(parts: Parts, mention: DateMention, st: _State) -> int | None:
    """ "On 19 February 2025 … [new paragraph] A week later, on 26 February, …": the year of a
    yearless date that restates an offset from the date told before (:data:`RESTATED`) is the
    one that puts it nearest that date plus the offset; None when it lands more than a month
    away in every year (the offset counts from something else)."""
    expr, anchor = mention.expr, st.anchor
    if expr.which != RESTATED or anchor is None or anchor.year is None or parts.month is None:
        return None
    moved = add_offset(anchor, expr.n, expr.unit)
    if moved is None or moved[0].year is None:
        return None
    target = moved[0]
    try:
        aim = dt.date(target.year or 1, target.month or 7, target.day or 15)
    except ValueError:
        return None
    best: tuple[int, int] | None = None
    for year in (aim.year - 1, aim.year, aim.year + 1):
        try:
            here = dt.date(year, parts.month, parts.day or 15)
        except ValueError:
            continue
        gap = abs((here - aim).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    if best is None or best[0] > 31 + (0 if target.day and parts.day else 31):
        return None
    return best[1]


def _infer_year(parts: Parts, mention: DateMention, st: _State) -> tuple[int | None, str]:
    month, day = parts.month or 1, parts.day or 1
    art = _article_parts(st.article)
    restated = _restated_year(parts, mention, st)
    if restated is not None:
        return restated, f"year {restated}: the offset it restates from {st.anchor_text}"
    recent = mention.expr.qualifier == RECENT  # "most recently in June": the latest June
    if (
        not recent
        and st.story_year is not None
        and st.story_paragraph == mention.paragraph
        and not _news_of_the_year(parts, mention, st, art)
    ):
        year = st.story_year
        how = f"year {year} from the dates before it in the same paragraph"
        if (
            st.anchor is not None
            and st.anchor.year == year
            and st.anchor.month is not None
            and (month, day) < (st.anchor.month, st.anchor.day or 1)
            and parts.month is not None
            and parts.month < st.anchor.month
            and not _within_the_range_before(parts, st)
            and art is not None
            and art.year is not None
            and (year + 1, month, day) <= (art.year, art.month or 12, art.day or 31)
            and not (
                st.text
                and _BACK_IN.search(st.text, max(0, mention.span.start - 16), mention.span.start)
            )
        ):
            year += 1
            how = f"year {year}: the story moves on from {st.anchor_text}"
        if (
            mention.role == "since"
            and art is not None
            and art.year == year
            and parts.month is not None
            and (month, day) > (art.month or 12, art.day or 31 if parts.day else 1)
        ):
            # "where he has been held since November", in February: a time that has begun
            # before the article, so the November before it
            year -= 1
            how = f"year {year}: the latest such date before the article's date"
        return year, how
    if not recent and st.story_year is not None and _story_goes_on(parts, mention, st, art):
        year = st.story_year
        near = _near_a_day_told(parts, st, year)
        if near is not None:
            return near.year, f"year {near.year}: a few days from {format_parts(near)}"
        return year, f"year {year}: the story told since {st.anchor_text} goes on"
    if not recent and st.story_year is not None and _story_turns_the_year(parts, mention, st, art):
        year = st.story_year + 1
        return year, f"year {year}: the story told since {st.anchor_text} goes on past the new year"
    if (
        art is not None
        and art.year is not None
        and st.report_year is not None
        and st.report_year < art.year
        and parts.month is not None
    ):
        year = st.report_year
        return year, f"year {year}: the year the report covers"
    if art is not None and art.year is not None:
        year = art.year
        if (month, day if parts.day else 1) > (art.month or 12, art.day or 31 if parts.day else 1):
            year -= 1
            return year, f"year {year}: the latest such date before the article's date"
        return year, f"year {year} of the article's date"
    if st.story_year is not None:
        return st.story_year, f"year {st.story_year} from the dates before it"
    return None, "no year in the text and no article date"


def _with_year(parts: Parts, year: int) -> Parts:
    return Parts(year, parts.month, parts.day)


def _valid(parts: Parts) -> bool:
    if parts.year is None:
        return False
    if parts.month is not None and not 1 <= parts.month <= 12:
        return False
    if parts.day is not None and parts.month is not None:
        return 1 <= parts.day <= calendar.monthrange(parts.year, parts.month)[1]
    return True


def _day_of_the_month(
    day: int, mention: DateMention, st: _State
) -> tuple[str | None, str, Confidence, Parts | None, Parts | None]:
    """ "UN experts wrote to the government on the twelfth": a day with no month is of the
    month of the day told before it in the paragraph when it is that day or after it, else of
    the article's month (the month before when the day is after the article's)."""
    anchor = st.anchor
    if (
        anchor is not None
        and anchor.year is not None
        and anchor.month is not None
        and anchor.day is not None
        and st.story_paragraph == mention.paragraph
        and day >= anchor.day
    ):
        parts = Parts(anchor.year, anchor.month, day)
        how = f"a day of the month of {st.anchor_text}"
    else:
        art = _article_parts(st.article)
        if art is None or art.year is None or art.month is None or art.day is None:
            return None, "a day with no month and no article's day", Confidence.LOW, None, None
        index = art.year * 12 + art.month - 1 - (1 if day > art.day else 0)
        parts = Parts(index // 12, index % 12 + 1, day)
        how = f"the latest such day on or before the article's date ({st.article})"
    if not _valid(parts):
        return None, "no such day in that month", Confidence.LOW, None, None
    return format_parts(parts), how, Confidence.MEDIUM, parts, parts


def resolve_expr(
    mention: DateMention, st: _State
) -> tuple[str | None, str, Confidence, Parts | None, Parts | None]:
    """(value, how, confidence, point for later anchors, start point) for one mention."""
    expr = mention.expr
    approx = expr.approximate
    if expr.kind == "absolute":
        parts = expr.parts
        conf = Confidence.HIGH
        how = "as written"
        if parts.year is None:
            year, how = _infer_year(parts, mention, st)
            if year is None:
                return None, how, Confidence.LOW, None, None
            parts = _with_year(parts, year)
            conf = Confidence.MEDIUM
        if not _valid(parts):
            return None, "not a calendar date", Confidence.LOW, None, None
        return format_parts(parts, approx), how, conf, parts, parts
    if expr.kind == "range":
        start, end = expr.parts, expr.end or expr.parts
        conf = Confidence.HIGH
        how = "range as written"
        if end.year is None:
            year, how = _infer_year(end, mention, st)
            if year is None:
                return None, how, Confidence.LOW, None, None
            end = _with_year(end, year)
            conf = Confidence.MEDIUM
        if start.year is None:
            start = _with_year(start, end.year or 0)
        if not (_valid(start) and _valid(end)):
            return None, "not a calendar date", Confidence.LOW, None, None
        a, b = format_parts(start, approx), format_parts(end, approx)
        try:
            FuzzyDate.parse(f"{a}/{b}")
        except ValueError:
            return None, "the range ends before it starts", Confidence.LOW, None, None
        return f"{a}/{b}", how, conf, end, start
    if expr.kind == "offset" and expr.which == "day-of-month" and expr.parts.day:
        return _day_of_the_month(expr.parts.day, mention, st)
    if expr.kind == "offset":
        anchor = st.anchor
        if anchor is None and expr.which == "eve":
            # "задержали накануне" with no date told before: the day before the article
            anchor = _article_parts(st.article)
        if anchor is None:
            return None, "no earlier date in the text to count from", Confidence.LOW, None, None
        if expr.which == "first":
            # "In the first weeks there they beat us", "в первые дни": the first month of the
            # time told before, not a point of the story of its own, of a time told as one: a
            # range ("from October 2018 to July 2019") or a start and its "until"; a point
            # told before may be the time's end ("released in July 2019"), a day is left to the
            # step's own dating and a season keeps its months
            ranged = st.anchor_start is not None and st.anchor_start != anchor
            begun = st.until_from if st.anchor_role == "until" else st.anchor_start
            if st.anchor_role == "since":
                # "From August 2018 she was in a camp. In the first weeks …": the time begun
                # at the date told before
                begun = st.anchor_start or anchor
            if not (ranged or st.anchor_role in ("until", "since")) or begun is None:
                return None, "no time told for the first weeks", Confidence.LOW, None, None
            if begun.year is None or begun.day is not None:
                return None, "no month told for the first weeks", Confidence.LOW, None, None
            if (
                ranged
                and st.anchor_role != "until"
                and begun.month is not None
                and anchor.month is not None
                and anchor.year == begun.year
                and anchor.month - begun.month <= 2
            ):
                # a season ("Летом того же года меня отправили в лагерь. В первые дни …")
                value = f"{format_parts(begun)}/{format_parts(anchor)}"
                return value, f"the first weeks of {value}", Confidence.MEDIUM, None, None
            parts = Parts(begun.year, begun.month)
            how = f"the first weeks of the time from {format_parts(parts)}"
            return format_parts(parts), how, Confidence.MEDIUM, None, None
        if expr.which == "winter" and anchor.year is not None:
            # "that winter": the one the date before falls in (January, February) or comes before
            early = anchor.month is not None and anchor.month <= 2
            year = anchor.year - 1 if early else anchor.year
            start, end = Parts(year, 12), Parts(year + 1, 2)
            how = f"the winter of {st.anchor_text}"
            return f"{format_parts(start)}/{format_parts(end)}", how, Confidence.MEDIUM, end, start
        if expr.which == "season" and expr.parts.month and expr.end and expr.end.month:
            # "летом того же года", "that summer": the season of the year told before
            start, end = Parts(anchor.year, expr.parts.month), Parts(anchor.year, expr.end.month)
            how = f"a season of the year of {st.anchor_text}"
            return f"{format_parts(start)}/{format_parts(end)}", how, Confidence.MEDIUM, end, start
        if expr.which == "month" and expr.parts.month:
            # "in October of the same year", "в октябре того же года": the year told before
            year = None if anchor.year is None else anchor.year + expr.n
            parts = Parts(year, expr.parts.month, expr.parts.day)
            if not _valid(parts):
                return None, "not a calendar date", Confidence.LOW, None, None
            how = f"a month of the year of {st.anchor_text}"
            return format_parts(parts, approx), how, Confidence.MEDIUM, parts, parts
        if (
            expr.which == "season-next"
            and expr.parts.month
            and expr.end
            and expr.end.month
            and anchor.year is not None
        ):
            # "the spring after", "the following spring", "следующей весной": the first such
            # season after the date told before
            first = expr.parts.month
            year = (
                anchor.year
                if anchor.month is not None and anchor.month < first
                else anchor.year + 1
            )
            start, end = Parts(year, first), Parts(year, expr.end.month)
            how = f"the first such season after {st.anchor_text}"
            return f"{format_parts(start)}/{format_parts(end)}", how, Confidence.MEDIUM, end, start
        if expr.which == "weekday-next":
            # "the Monday after the court", "the following Monday": the first such day after
            if anchor.day is None or anchor.month is None or anchor.year is None:
                return (
                    None,
                    f"{st.anchor_text} is not a day, too coarse to find the weekday after",
                    Confidence.LOW,
                    None,
                    None,
                )
            day = dt.date(anchor.year, anchor.month, anchor.day)
            day += dt.timedelta(days=(expr.n - day.weekday() - 1) % 7 + 1)
            parts = Parts(day.year, day.month, day.day)
            how = f"the first such weekday after {st.anchor_text}"
            return format_parts(parts, approx), how, Confidence.MEDIUM, parts, parts
        if expr.which == CALENDAR and expr.unit == "year" and anchor.year is not None:
            parts = Parts(anchor.year + expr.n)
            how = f"a year counted from the year of {st.anchor_text}"
            return format_parts(parts, approx), how, Confidence.MEDIUM, parts, parts
        if expr.which == CALENDAR and expr.unit == "month" and anchor.month is not None:
            moved = add_offset(Parts(anchor.year, anchor.month), expr.n, "month")
        else:
            moved = add_offset(anchor, expr.n, expr.unit)
        anchor_text = st.anchor_text
        if (
            moved is None
            and expr.unit in ("day", "week")
            and st.day_anchor is not None
            and st.day_anchor_paragraph == mention.paragraph
            and mention.paragraph >= 0
            and bool(st.text)
            and (
                _AFTER_A_STEP.match(st.text, mention.span.end) is not None
                or _look_back_in_the_sentence(st)
            )
        ):
            # "picked up last Wednesday … China asked for him in January … Two days after the
            # arrest the court ordered custody": days counted from a step the text names are
            # counted from the last day told in the paragraph when the date just before is too
            # coarse to count them from ("Two days later" alone stays undetermined)
            # … or when that date was a look back told in the sentence of that day ("задержан
            # 2 февраля по запросу, который поступил в конце января. Через два дня …")
            moved = add_offset(st.day_anchor, expr.n, expr.unit)
            anchor_text = st.day_anchor_text
        if moved is None:
            return (
                None,
                f"{st.anchor_text or 'the article'} is known only to the {anchor.precision.value}, "
                f"too coarse to count {expr.unit}s from",
                Confidence.LOW,
                None,
                None,
            )
        parts, rough = moved
        how = f"counted from {anchor_text or 'the article'}"
        return format_parts(parts, approx or rough), how, Confidence.MEDIUM, parts, parts
    # relative to the article's date
    art = _article_parts(st.article)
    if art is None or art.year is None:
        return (
            None,
            "relative to the article's date, which is not known",
            Confidence.LOW,
            None,
            None,
        )
    if (
        expr.which in ("last", "last-year", "this-year")
        and expr.parts.month
        and expr.end is not None
        and expr.end.month
    ):
        # a season said relative to the article: "last autumn", "осенью прошлого года"
        if expr.which == "last":
            before = art.month is not None and expr.end.month < art.month
            year = art.year if before else art.year - 1
        else:
            year = art.year - 1 if expr.which == "last-year" else art.year
        start, end = Parts(year, expr.parts.month), Parts(year, expr.end.month)
        return (
            f"{format_parts(start)}/{format_parts(end)}",
            f"a season from the article's date ({st.article})",
            Confidence.MEDIUM,
            end,
            start,
        )
    if expr.which in ("last", "this", "next", "last-year", "this-year") and expr.parts.month:
        month = expr.parts.month
        if expr.which == "last":
            year = art.year if art.month is not None and month < art.month else art.year - 1
        elif expr.which == "next":
            year = art.year if art.month is not None and month > art.month else art.year + 1
        elif expr.which == "last-year":
            year = art.year - 1
        else:
            year = art.year
        parts = Parts(year, month, expr.parts.day)
        return (
            format_parts(parts, approx),
            f"from the article's date ({st.article})",
            Confidence.MEDIUM,
            parts,
            parts,
        )
    if expr.which in ("last", "this", "next"):
        step = {"last": -1, "this": 0, "next": 1}[expr.which]
        if expr.unit == "year":
            parts = Parts(art.year + step)
        elif expr.unit == "month":
            if art.month is None:
                return None, "the article's date has no month", Confidence.LOW, None, None
            index = art.year * 12 + art.month - 1 + step
            parts = Parts(index // 12, index % 12 + 1)
            if expr.parts.day:
                # "the 17th of last month", "17-го числа прошлого месяца"
                if expr.parts.day > calendar.monthrange(index // 12, index % 12 + 1)[1]:
                    return None, "no such day in that month", Confidence.LOW, None, None
                parts = Parts(index // 12, index % 12 + 1, expr.parts.day)
        else:
            return None, "a week is not a case-file date", Confidence.LOW, None, None
        return (
            format_parts(parts, approx),
            f"from the article's date ({st.article})",
            Confidence.MEDIUM,
            parts,
            parts,
        )
    if (
        expr.which == "ago"
        and expr.qualifier == "today"
        and expr.unit in ("year", "month")
        and art.month is not None
        and art.day is not None
    ):
        # "one year ago today", "a month ago today": the article's day, that many back
        index = art.year * 12 + art.month - 1 - expr.n * (12 if expr.unit == "year" else 1)
        parts = Parts(index // 12, index % 12 + 1, art.day)
        if not _valid(parts):
            return None, "no such day in that month", Confidence.LOW, None, None
        how = f"counted back from the article's date ({st.article}) to the day"
        return format_parts(parts), how, Confidence.MEDIUM, parts, parts
    if expr.which == "ago":
        moved = add_offset(art, -expr.n, expr.unit)
        if moved is None:
            return (
                None,
                "the article's date is too coarse to count back from",
                Confidence.LOW,
                None,
                None,
            )
        parts, rough = moved
        # "four years ago" is known to the year, "two months ago" to the month, roughly
        if expr.unit == "year":
            parts, rough = Parts(parts.year), True
        elif expr.unit == "month":
            parts, rough = Parts(parts.year, parts.month), True
        # "a week ago", like "a week later", is a day: the article's day less seven
        return (
            format_parts(parts, approx or rough),
            f"counted back from the article's date ({st.article})",
            Confidence.MEDIUM,
            parts,
            parts,
        )
    if expr.which == "weekday-prev-week":
        # "last week, on Wednesday", "на прошлой неделе, в среду": that weekday of the calendar
        # week (Monday to Sunday) before the article's
        if art.day is None or art.month is None:
            return None, "a weekday needs the article's day", Confidence.LOW, None, None
        day = dt.date(art.year, art.month, art.day)
        found = day - dt.timedelta(days=day.weekday() + 7 - expr.n)
        parts = Parts(found.year, found.month, found.day)
        how = f"counted back from the article's date ({st.article})"
        return format_parts(parts), how, Confidence.LOW, parts, parts
    if expr.which in ("weekday", "weekday-last"):
        if art.day is None or art.month is None:
            return None, "a weekday needs the article's day", Confidence.LOW, None, None
        day = dt.date(art.year, art.month, art.day)
        back = (day.weekday() - expr.n) % 7
        if back == 0 and expr.which == "weekday-last":
            back = 7  # "last Friday" in an article of a Friday: a week before
        found = day - dt.timedelta(days=back)
        parts = Parts(found.year, found.month, found.day)
        return (
            format_parts(parts),
            f"the last such weekday on or before {st.article}",
            Confidence.LOW,
            parts,
            parts,
        )
    return None, "not understood", Confidence.LOW, None, None  # pragma: no cover


_WEEKDAY_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|"
    r"четверг|пятница|суббота|воскресенье|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"пн|вт|ср|чт|пт|сб|вс)\.?(?!\w))"
)
_UPDATE_WORD = r"(?:updated?|upd|обновлено|обновление|апд)"
# The first post of a thread updated above it: "Исходный пост, 05.10, 09:45", "Original post:"
_FIRST_POST = r"(?:(?:original|first|initial)[ \t]+post|(?:исходный|первый|изначальный)[ \t]+пост)"
# A section's label or a place before a bar, a comma or a full stop on a dateline: "IN BRIEF |
# January 20, 2026", "FOLLOW-UP | 24 February 2026", "Жаркент, 21 января 2026 года",
# "ПРОДОЛЖЕНИЕ. 27 февраля 2026 года" (the line holds nothing else)
_LABEL_BAR = (
    r"[^\W\d][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}[ \t]*[|¦•][ \t]*|"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w'’-]*){0,2})[ \t]*[,.][ \t]*"
)
_STAMP_BEFORE = re.compile(
    rf"^[ \t]*(?:(?:(?:petition|post|story|news|thread|case)[ \t]+)?(?P<update>{_UPDATE_WORD})\b"
    rf"[ \t]*[,:.—–-]?[ \t]*\(?[ \t]*|{_FIRST_POST}[ \t]*[,:.—–-]?[ \t]*|{_LABEL_BAR})?"
    rf"(?:(?P<weekday>{_WEEKDAY_WORD})[ \t]*,?[ \t]*)?$",
    re.IGNORECASE,
)
_STAMP_AFTER = re.compile(
    r"^[ \t]*,?[ \t]*(?:(?:at|в)[ \t]+)?"
    r"(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:am|pm|utc|gmt|мск|msk))?)?[ \t]*\)?"
    rf"[ \t]*(?P<updated>\(?[ \t]*{_UPDATE_WORD}[ \t]*\)?)?[ \t]*(?P<rest>[:.—–-].*)?$",
    re.IGNORECASE,
)
_UPDATE_PARAGRAPH = re.compile(rf"[ \t]*{_UPDATE_WORD}\b", re.IGNORECASE)
"""Matched at a paragraph's start (``Pattern.match(text, pos)``)."""
_WEEKDAYS = {
    **dict.fromkeys(("monday", "понедельник"), 0),
    **dict.fromkeys(("tuesday", "вторник"), 1),
    **dict.fromkeys(("wednesday", "среда"), 2),
    **dict.fromkeys(("thursday", "четверг"), 3),
    **dict.fromkeys(("friday", "пятница"), 4),
    **dict.fromkeys(("saturday", "суббота"), 5),
    **dict.fromkeys(("sunday", "воскресенье"), 6),
}


_WEEKDAY_SHORT = {
    **{w[:3]: n for w, n in _WEEKDAYS.items() if w.isascii()},
    **dict(zip(("пн", "вт", "ср", "чт", "пт", "сб", "вс"), range(7), strict=True)),
}


def _weekday_number(word: str) -> int | None:
    """0 = Monday for a weekday's name, full or cut short ("Sun", "Tues.", "пн")."""
    w = word.lower().rstrip(".")
    return _WEEKDAYS.get(w, _WEEKDAY_SHORT.get(w[:3] if w.isascii() else w))


def _stamp_weekday(text: str, span: Span) -> int | None:
    """The weekday named before a stamp's date ("UPDATE, Thursday, March 12"), 0 = Monday;
    also after it on the heading's line ("14 января 2025, вторник")."""
    start = text.rfind("\n", 0, span.start) + 1
    m = _STAMP_BEFORE.match(text[start : span.start])
    if m is not None and m["weekday"]:
        return _weekday_number(m["weekday"])
    after = re.match(
        rf"[ \t]*,[ \t]*(?P<weekday>{_WEEKDAY_WORD})(?:[ \t]*$|(?<=\.)|[ \t]*\.)",
        _line_after(text, span),
        re.IGNORECASE,
    )
    return _weekday_number(after["weekday"]) if after is not None else None


def _line_after(text: str, span: Span) -> str:
    end = text.find("\n", span.end)
    return text[span.end : len(text) if end < 0 else end]


# A diary's entry: its heading is a date that opens a paragraph, perhaps after a weekday, and
# stands either alone on its line (with at most a short name of the day after a comma: "21
# марта, Нооруз", "14 января 2025, вторник") or as a sentence of its own before the entry's
# text on the same line ("Sun 14 Jan. They came at 6 this morning.", "19.01. Baurzhan filed",
# "3.03, пн. Первая встреча": the weekday may follow the date).
_HEADING_ALONE = re.compile(r"[ \t]*(?:,[ \t]*[^\W\d][\w-]*(?:[ \t]+[\w-]+){0,2})?[ \t.]*$")
_HEADING_SENTENCE = re.compile(r"[ \t]*\.?[ \t]+[A-ZА-ЯЁ\"«]")
_HEADING_OPEN = re.compile(
    rf"(?:^|\n[ \t]*\n)[ \t]*(?:{_WEEKDAY_WORD}[ \t]*,?[ \t]*)?"
    r"(?:\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?|[A-Za-zА-Яа-яЁё]{3,9}\.?[ \t]+\d{1,2}|"
    r"\d{1,2}(?:st|nd|rd|th|-?е|-?го)?[ \t]+[A-Za-zА-Яа-яЁё]{3,9}\.?)(?:[ \t]+\d{4})?"
    rf"(?:[ \t]*,[ \t]*(?i:{_WEEKDAY_WORD}))?\.?[ \t]+[A-ZА-ЯЁ\"«]",
)


_WEEKDAY_HEADING = re.compile(rf"[ \t]*(?P<weekday>{_WEEKDAY_WORD})[ \t.:]*\n", re.IGNORECASE)


def _after_heading(
    expr: Expr, last: dt.date | None, article: FuzzyDate | None, weekday: int | None
) -> dt.date | None:
    """The day of an entry's heading that names no year ("3 February", "16.01") or no month
    ("Понедельник, 20-е") after an entry of the day ``last``: the first such day on or after
    it (into the next year when the month goes back), unless that passes the text's own date
    (a feed told backwards keeps the year). None: the heading is read as any date."""
    if last is None or expr.parts.year is not None or expr.parts.day is None:
        return None
    limit = article.latest if article is not None else None
    found: dt.date | None = None
    if expr.kind == "offset" and expr.which == "day-of-month":
        for shift in range(3):
            index = last.year * 12 + last.month - 1 + shift
            try:
                day = dt.date(index // 12, index % 12 + 1, expr.parts.day)
            except ValueError:
                continue
            if day >= last and (weekday is None or day.weekday() == weekday):
                found = day
                break
    elif expr.kind == "absolute" and expr.parts.month is not None:
        for year in (last.year, last.year + 1):
            try:
                day = dt.date(year, expr.parts.month, expr.parts.day)
            except ValueError:
                continue
            if day >= last:
                found = day
                break
    if found is None or (limit is not None and found > limit):
        return None
    return found


def heading(text: str, span: Span) -> bool:
    """Whether a date mention heads a dated entry (a diary's, a chronicle's of posts): the
    day against which "today", "yesterday", "this morning" inside the entry are read. A date
    that opens an ordinary paragraph ("On 3 February he was …", "12.03.2019 — задержан") is no
    heading; a date followed by a sentence on its line is one only when the text has at least
    two paragraphs that open so (a series of entries)."""
    start = text.rfind("\n", 0, span.start) + 1
    if _STAMP_BEFORE.match(text[start : span.start]) is None:
        return False
    if text[:start].strip() and not re.search(r"\n[ \t]*\n$", text[:start]):
        return False  # the line must open a paragraph ("16.01\nПервомайский суд" does)
    after = _line_after(text, span)
    if _HEADING_ALONE.match(after):
        return True
    opened = text[span.end - 1] == "." or after.startswith(".")
    weekday = re.match(rf"[ \t]*,[ \t]*{_WEEKDAY_WORD}", after, re.IGNORECASE)
    if weekday is not None:  # "3.03, пн. Первая встреча …": the weekday after the date
        after = after[weekday.end() :]
        opened = opened or weekday[0].endswith(".") or after.startswith(".")
    if not opened or not _HEADING_SENTENCE.match(after if after.startswith(".") else "." + after):
        return False
    return len(_HEADING_OPEN.findall(text)) >= 2


def _stamp_year(parts: FuzzyDate, weekday: int) -> FuzzyDate:
    """A yearless stamp's day in the year, of the one before and the one after, whose weekday
    is the one the stamp names (an update may postdate the story: "Thursday, March 12" of a
    story of 9 March is of the story's year, not the year before)."""
    first = parts.earliest
    if first is None:
        return parts
    for shift in (0, 1, -1):
        try:
            day = first.replace(year=first.year + shift)
        except ValueError:
            continue
        if day.weekday() == weekday:
            return FuzzyDate.parse(day.isoformat())
    return parts


def timestamp(text: str, span: Span) -> bool:
    """A stamp (:func:`_stamp`) with a clock time or an update mark: the time an item was
    published or updated, the date of no event."""
    if chat_stamp(text, span):
        return True
    if not _stamp(text, span):
        return False
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start : len(text) if end < 0 else end]
    return bool(
        re.search(rf"\d[:.]\d\d(?!\d)|\b{_UPDATE_WORD}\b", line[span.end - start :], re.I)
    ) or bool(re.match(rf"[ \t]*(?:[\w-]+[ \t]+)?{_UPDATE_WORD}\b|[ \t]*{_FIRST_POST}", line, re.I))


# The clock time after a stamp's date: "…, 08:41", "… 9:05 pm", "…, 21:07:33".
_CLOCK_AFTER = r"(?:,[ \t]*|[ \t]+)\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?[ \t]*"


# A chat's message with its time stamp, as messengers export them: "[03.02.2025, 08:41]
# Огулджан: …", "[14/02/2026, 21:07] Aigerim: …", "14.02.26, 21:07 - Aigerim: …": a date
# opening its line, a clock time, then who wrote it (one to four words, the first capitalised,
# or a phone number) and a colon. Without the clock time, or with a clause rather than a
# writer before the colon ("12.03.2019, 10:00 — задержан в аэропорту: …"), it is no message.
_CHAT_AFTER = re.compile(
    _CLOCK_AFTER
    + r"(?:\][ \t]*|[—–-][ \t]+)"
    r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'’-]*(?:[ 	]+[\w.'’-]+){0,3}|\+[\d 	()-]{6,20}):[ 	]"
)


# An entry's stamp in a log, a register, a journal or minutes: a date opening its line, a
# clock time, then who wrote the entry after a comma, a bar or a dash: an operator's label
# ("02 Jun 2026, 09:14 | Op.: Merve Yıldırım | incoming", "Оператор: …", "Recorded by …"),
# initials alone ("14.01.2026, 22:40, НЮ. Звонит …", "…, ED | note") or a name and a bar
# ("05.03.2026 10:12 | Serkan Demirel | call"). A clause after the time ("12.03.2019, 10:00,
# Ivanov was detained."; "…, МВД сообщило") is no writer.
_ENTRY_AFTER = re.compile(
    _CLOCK_AFTER
    + r"(?:[,|;\]—–-]|/)[ \t]*"
    r"(?:(?i:op|oper|operator|operators?|duty officer|on duty|recorded by|logged by|entered by|"
    r"taken by|clerk|secretary|оп|опер|оператор|дежурн\w*|принял[аи]?|записал[аи]?|"
    r"секретарь|вн[её]с(?:ла)?)\.?[ \t]*:?[ \t]*[A-ZА-ЯЁ]"
    r"|[A-ZА-ЯЁ]{2,3}(?!\w)[ \t]*(?:[.:|,;]|$)"
    r"|[A-ZА-ЯЁ][\w.'’-]*(?:[ \t]+[A-ZА-ЯЁ][\w.'’-]*){0,2}[ \t]*\|)",
    re.MULTILINE,
)


def chat_stamp(text: str, span: Span) -> bool:
    """Whether a date mention is the time stamp of a chat's message (:data:`_CHAT_AFTER`):
    the day the message was written, against which its "today", "yesterday", "on Sunday"
    are read and on which an event it tells with no date of its own took place; the stamp
    itself dates no event."""
    start = text.rfind("\n", 0, span.start) + 1
    if not re.fullmatch(r"[ \t]*\[?[ \t]*", text[start : span.start]):
        return False
    if text[span.start : span.start + 1] == "[" or not text[span.start : span.end][:1].isdigit():
        return False
    return _CHAT_AFTER.match(text, span.end) is not None or entry_stamp(text, span)


def entry_stamp(text: str, span: Span) -> bool:
    """Whether a date mention is the stamp of a log's, a register's or minutes' entry
    (:data:`_ENTRY_AFTER`): a date opening its line, a clock time and who wrote the entry.
    Like a chat message's stamp, it is the entry's "today" and the day of what the entry tells
    with no date of its own."""
    start = text.rfind("\n", 0, span.start) + 1
    if not re.fullmatch(r"[ \t]*", text[start : span.start]):
        return False
    if not text[span.start : span.end][:1].isdigit():
        return False
    return _ENTRY_AFTER.match(text, span.end) is not None


def _stamp(text: str, span: Span) -> str:
    """Whether a date mention is a time stamp that dates what follows it, as in a news feed
    ("20.03.2026, 11:00 (обновлено)" on a line of its own, then the item) or an update
    appended to a story ("UPDATE, Thursday, March 12: she was released on Thursday"): "stamp",
    "update" (a stamp marked as an update), or "" (not a stamp). Only the date, a weekday, a
    clock time and an update mark stand on a stamp's line; text may follow a colon or a dash
    only after an "UPDATE" word ("12.03.2019 — задержан" is a chronology's date, no stamp)."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    before = _STAMP_BEFORE.match(text[start : span.start])
    after = _STAMP_AFTER.match(text[span.end : end])
    if before is None or after is None:
        return ""
    if after["rest"] and not before["update"] and len(after["rest"].strip(" \t:.—–-")) > 0:
        return ""
    return "update" if before["update"] or after["updated"] else "stamp"


def update_stamp(text: str, span: Span) -> bool:
    """Whether a date mention is an update's stamp alone on its line ("UPD 11.10, 16:05",
    "UPDATE, 12 March:", "Исходный пост, 05.10, 09:45"), the update's text below it: the
    day on which what it tells with no date of its own took place, like an entry's heading."""
    kind = _stamp(text, span)
    if not kind:
        return False
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    after = _STAMP_AFTER.match(text[span.end : len(text) if end < 0 else end])
    if after is None or (after["rest"] or "").strip(" \t:.—–-"):
        return False
    before = _STAMP_BEFORE.match(text[start : span.start])
    return kind == "update" or bool(before and re.search(_FIRST_POST, before[0], re.I))


_RAMADAN = re.compile(r"Rama[dz]an|Рама[дз]ан")


def _hijri_day(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a day of the tabular Islamic calendar (civil epoch; a day off
    the sighted month at most)."""
    jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439
    return dt.date.fromordinal(jd - 1721425)


def hijri_month(year: int, month: int) -> str | None:
    """The Gregorian month or months ("2025-03", "2024-03/2024-04") of the Hijri ``month``
    (9: Ramadan) that begins in the Gregorian ``year``; None when none or two begin in it."""
    starts = []
    for h in range(int((year - 622) * 1.0307) - 1, int((year - 622) * 1.0307) + 3):
        first = _hijri_day(h, month, 1)
        if first.year == year:
            starts.append((first, _hijri_day(h, month, 29)))
    if len(starts) != 1:
        return None
    first, last = starts[0]
    a, b = f"{first.year}-{first.month:02d}", f"{last.year}-{last.month:02d}"
    return a if a == b else f"{a}/{b}"


_ASIDE_BEFORE = re.compile(
    r",\s*which\s+(?:\w+\s+){0,3}?(?:expired|expires|ran\s+out|lapsed|was\s+issued|"
    r"was\s+valid)\s+(?:in\s+|on\s+)?$|"
    r",\s*(?:срок\s+(?:действия\s+)?(?:которого|которой)|который|которая|которое)\s+"
    r"(?:\w+\s+){0,2}?(?:истёк|истек|истекла|истекло|"
    r"закончил\w*)\s+(?:в\s+)?$",
    re.IGNORECASE,
)
"""An aside about a document's validity before a date ("His residence card, which expired this
summer, …", "паспорт, срок которого истёк в мае, …")."""


# A document's validity that ran out before the story's point, told in a clause of its own:
# "его разрешение на пребывание истекло ещё летом", "his visa had expired back in June"
_EXPIRED_BEFORE = re.compile(
    r"\b(?:expired|had\s+expired|ran\s+out|had\s+run\s+out|lapsed|had\s+lapsed)\s+"
    r"(?:(?:already|back|long\s+before|earlier)\s+)?(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?$|"
    r"(?<![\w])(?:истёк|истек|истекла|истекло|истекли|закончил\w*)\s+(?:(?:ещё|еще|уже)\s+)?"
    r"(?:в\s+|во\s+)?$",
    re.IGNORECASE,
)


def _expired_before(text: str, mention: DateMention, point: Parts, st: _State) -> bool:
    """ "12 ноября его остановили …: срок его разрешения на пребывание истёк ещё летом. На
    следующий день суд …": a document's expiry told before the story's point (in the
    calendar) is no point of the story; the days after count from the point."""
    if not _EXPIRED_BEFORE.search(text[max(0, mention.span.start - 40) : mention.span.start]):
        return False
    anchor = st.anchor
    if anchor is None or anchor.year is None or point.year is None:
        return False
    return (point.year, point.month or 12, point.day or 31) < (
        anchor.year,
        anchor.month or 1,
        anchor.day or 1,
    )


# Another account's date for a step, told as disputed: "The indictment later put the crossing
# a day earlier, on 8 December", "Некоторые издания называли датой перехода 5 февраля"
_DISPUTED_BEFORE = re.compile(
    r"\b(?:put|puts|placed|places|gave|gives|dated|dates)\s+(?:the|his|her|their)\s+"
    r"(?:[^\W\d]+\s+){1,2}?(?:(?:a|one|two|three|\d+)\s+days?\s+(?:earlier|later)|"
    r"(?:earlier|later))\b|"
    r"(?<![\w])(?:называл\w*|указывал\w*|называют|указывают)\s+(?:датой|дату)\b",
    re.IGNORECASE,
)


_BIRTH_AFTER = re.compile(r"\s*(?:г\.\s*р\.|года\s+рождения|г\.р\.|р\.)", re.IGNORECASE)
_BIRTH_BEFORE = re.compile(
    r"\b(?:born|b\.)\s+(?:in\s+|on\s+)?$|(?<![\w])родил\w*\s+(?:в\s+)?$", re.I
)
# The year in a treaty's name ("the 1951 Refugee Convention", "the Convention relating to the
# Status of Refugees of 1951", "Конвенции о статусе беженцев 1951 года", "Протокола 1967
# года"): no point of the story
_TREATY_AFTER = re.compile(
    r"\s+(?:UN\s+|United\s+Nations\s+|Refugee\s+|Geneva\s+|New\s+York\s+)?"
    r"(?:Convention|Protocol|Covenant)\b",
    re.IGNORECASE,
)
_TREATY_BEFORE = re.compile(
    r"\b(?:Convention|Protocol|Covenant)\b[^.;:!?\d]{0,60}?(?:\bof\s+)?$|"
    r"(?<![\w])(?:конвенци|протокол|пакт)[а-яё]*(?:\s+ООН)?(?:\s+(?:о|об|против|по|"
    r"относительно)(?:\s+[а-яё-]+){1,4})?\s+$",
    re.IGNORECASE,
)


def _treaty_year(text: str, mention: DateMention) -> bool:
    """A bare year that names a treaty ("the 1951 Convention", "Конвенции 1951 года")."""
    if mention.expr.kind != "absolute" or mention.expr.parts.month is not None:
        return False
    return bool(
        _TREATY_AFTER.match(text, mention.span.end)
        or _TREATY_BEFORE.search(text[max(0, mention.span.start - 90) : mention.span.start])
    )


def _update_after_the_article(
    text: str, mention: DateMention, value: str, how: str, point: Parts, st: _State
) -> tuple[str, str, Parts]:
    """ "UPDATE, Feb. 20: …", "ОБНОВЛЕНИЕ (19 февраля, 10:20)": an update's stamp with no year
    is a day on or after the article's date (at most two months after), in the article's year,
    not the latest such day before it."""
    art = _article_parts(st.article)
    if mention.expr.parts.year is not None or point.month is None or point.day is None:
        return value, how, point
    if art is None or art.year is None or art.month is None or art.day is None:
        return value, how, point
    if point.year == art.year or _stamp(text, mention.span) != "update":
        return value, how, point
    try:
        day = dt.date(art.year, point.month, point.day)
    except ValueError:
        return value, how, point
    if not 0 <= (day - dt.date(art.year, art.month, art.day)).days <= 62:
        return value, how, point
    point = Parts(art.year, point.month, point.day)
    return format_parts(point), f"year {art.year} of the article's date", point


def resolve(
    mentions: Sequence[DateMention], article: FuzzyDate | None, text: str = ""
) -> list[Resolved]:
    """Resolve mentions in text order; each resolved point becomes the anchor of the next.
    ``text`` (the text the mentions are in) lets the words around a yearless day say whether
    it continues the story's year or jumps back to the present, and lets a time stamp (a news
    feed's item, an appended update: :func:`_stamp`) stand for the article's date for the
    relative dates after it ("сегодня", "on Tuesday", "вчера вечером"); a paragraph that opens
    with "UPDATE"/"ОБНОВЛЕНО" and no stamp of its own takes the latest stamp marked as an update."""
    st = _State(article, text=text, report_year=report_year(text) if text else None)
    st.later = [
        (m.span.start, m.expr.parts)
        for m in mentions
        if m.expr.kind == "absolute"
        and m.expr.parts.year is not None
        and m.expr.parts.month is not None
    ]
    out = []
    updated: FuzzyDate | None = None
    paragraph = -1
    last_head: dt.date | None = None  # the day of the last stamp or entry's heading
    chat = -1  # where the last chat message's stamp ends (-1: not in a chat)
    birth: tuple[Parts, int] | None = None  # a year of birth told just before, and its sentence
    for mention in mentions:
        follows = None
        if text and mention.paragraph != paragraph:
            paragraph = mention.paragraph
            p_start = text.rfind("\n\n", 0, mention.span.start)
            p_start = 0 if p_start < 0 else p_start + 2
            if updated is not None and _UPDATE_PARAGRAPH.match(text, p_start):
                st.article = updated
            bare = _WEEKDAY_HEADING.match(text, p_start)
            if bare is not None and last_head is not None:
                # an entry headed by a weekday alone ("Суббота"): the first such day after
                # the entry before it
                wd = _weekday_number(bare["weekday"])
                if wd is not None:
                    last_head += dt.timedelta(days=(wd - last_head.weekday() - 1) % 7 + 1)
                    st.article = FuzzyDate.parse(last_head.isoformat())
        # a paragraph after the chat, set off by a blank line (an editor's note): the text's
        # own date again, unless it is another message
        if (
            chat >= 0
            and re.search(r"\n[ \t]*\n", text[chat : mention.span.start])
            and not chat_stamp(text, mention.span)
        ):
            st.article, chat = article, -1
        expr = mention.expr
        if (
            birth is not None
            and birth[1] == mention.sentence
            and expr.kind == "offset"
            and expr.n == 0
            and expr.unit == "year"
        ):
            # "My daughter was born in 2016, and that year the police took the passports": the
            # year of the birth told just before, in the same sentence
            st.anchor, st.anchor_start, st.anchor_text = birth[0], birth[0], format_parts(birth[0])
        birth = None
        value, how, conf, point, _start = resolve_expr(mention, st)
        if value is not None and point is not None and text:
            value, how, point = _update_after_the_article(text, mention, value, how, point, st)
        if value is not None and text and _RAMADAN.match(text, mention.span.start):
            months = hijri_month(int(value[:4]), 9) if re.fullmatch(r"\d{4}", value) else None
            if months is not None:
                value, how = months, f"{how}; the Gregorian months of that year's Ramadan"
        fuzzy = FuzzyDate.parse(value) if value is not None else None
        out.append(Resolved(mention, value, how, conf, fuzzy))
        kind = _stamp(text, mention.span) if text else ""
        if text and chat_stamp(text, mention.span):
            kind, chat = "stamp", mention.span.end
        if text and heading(text, mention.span):
            kind = kind or "stamp"
            weekday = _stamp_weekday(text, mention.span)
            follows = _after_heading(mention.expr, last_head, article, weekday)
            if follows is not None:
                point = Parts(follows.year, follows.month, follows.day)
                value = format_parts(point)
                fuzzy = FuzzyDate.parse(value)
                how = f"the entry after the one of {last_head}: the first such day after it"
                conf = Confidence.MEDIUM
                out[-1] = Resolved(mention, value, how, conf, fuzzy)
        if kind and fuzzy is not None and fuzzy.precision == Precision.DAY:
            weekday = _stamp_weekday(text, mention.span)
            if mention.expr.parts.year is None and weekday is not None and follows is None:
                fixed = _stamp_year(fuzzy, weekday)
                if fixed != fuzzy:
                    fuzzy = fixed
                    value = fixed.text
                    how = f"{how}; the year in which it is the weekday the text names"
                    out[-1] = Resolved(mention, value, how, conf, fuzzy)
            st.article = fuzzy
            last_head = fuzzy.earliest
            if kind == "update":
                updated = fuzzy
        back = mention.expr.kind == "offset" and mention.expr.which == "back"
        # "His residence card, which expired this summer, …": a date told in an aside about a
        # thing is no point of the story; "Two days after his arrest" counts from the arrest
        aside = bool(text) and bool(
            _ASIDE_BEFORE.search(text[max(0, mention.span.start - 60) : mention.span.start])
        )
        # "on 24 September, three days after it announced …": the day counted back dates the
        # clause after it; the story goes on from the date before it
        # a date of birth ("RAHIMZODA JAMSHED, 1991 г. р.", "1984 года рождения", "born in
        # 1991") is no point of the story: "Спустя два дня" after it counts from the story
        born = bool(text) and bool(
            _BIRTH_AFTER.match(text, mention.span.end)
            or _BIRTH_BEFORE.search(text[max(0, mention.span.start - 20) : mention.span.start])
        )
        treaty = bool(text) and _treaty_year(text, mention)
        if point is not None and point.year is not None and text:
            aside = (
                aside
                or _expired_before(text, mention, point, st)
                or bool(
                    _DISPUTED_BEFORE.search(
                        _sentence_before(text, mention.span.start) + mention.span.text(text)
                    )
                )
            )
        if born and point is not None and point.year is not None:
            birth = (point, mention.sentence)
        if (
            point is not None
            and point.year is not None
            and not back
            and not aside
            and not born
            and not treaty
        ):
            st.until_from = (st.anchor_start or st.anchor) if mention.role == "until" else None
            st.anchor = point
            st.anchor_start = _start
            st.anchor_role = mention.role
            if point.day is not None:
                st.day_anchor, st.day_anchor_text = point, format_parts(point)
                st.days.append(point)
                st.day_anchor_paragraph = mention.paragraph
                st.day_anchor_sentence = mention.sentence
            st.anchor_text = format_parts(point)
            st.anchor_sentence = mention.sentence
            st.anchor_span = mention.span
            if mention.paragraph >= 0:
                same = st.story_paragraph == mention.paragraph and st.story_year == point.year
                st.story_told = st.story_told + 1 if same else 1
                st.story_year = point.year
                st.story_paragraph = mention.paragraph
    return out
