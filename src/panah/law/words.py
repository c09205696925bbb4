"""Plain-words helpers for explanations: dates, lists, counts, in the engine's language.

English output is what it always was ('14 Oct 2019', '3 days', 'a, b and c'); in Russian the
same helpers give '14 октября 2019 г.', '3 дня', 'a, b и c' (see :mod:`panah.law.i18n`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from panah.core.dates import DateError, FuzzyDate, Precision, Qualifier
from panah.law.i18n import current_language, gettext, ngettext, pgettext

if TYPE_CHECKING:
    from panah.law.periods import Period

__all__ = [
    "COUNTRY_CODES",
    "MONTHS",
    "MONTH_CONTEXTS",
    "country",
    "day",
    "days",
    "fuzzy_date",
    "listing",
    "months_and_days",
    "number",
    "period",
    "plural",
    "tidy",
]

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
GENITIVE = "month, genitive (of a day)"
NOMINATIVE = "month, nominative (month and year)"
MONTH_CONTEXTS = (GENITIVE, NOMINATIVE)


def _month_genitive(d: dt.date) -> str:
    return pgettext(GENITIVE, MONTHS[d.month - 1])


def _month_nominative(d: dt.date) -> str:
    return pgettext(NOMINATIVE, MONTHS[d.month - 1])


def day(d: dt.date) -> str:
    """'14 Oct 2019'; in Russian '14 октября 2019 г.'."""
    if current_language() == "en":
        return f"{d.day} {d.strftime('%b %Y')}"
    return gettext("{day} {month} {year}").format(
        day=d.day, month=_month_genitive(d), year=d.year
    )


def _month(d: dt.date) -> str:
    if current_language() == "en":
        return d.strftime("%b %Y")
    return gettext("{month} {year}").format(month=_month_nominative(d), year=d.year)


def _year(year: int) -> str:
    if current_language() == "en":
        return str(year)
    return gettext("{year} (year)").format(year=year)


def _point(d: dt.date | None, precision: Precision) -> str:
    if d is None:
        return "…"
    if precision == Precision.YEAR:
        return _year(d.year)
    if precision == Precision.MONTH:
        return _month(d)
    return day(d)


def _point_text(text: str, *, genitive: bool = False) -> str:
    """One end of an EDTF range or open date ('2013-03', '2017'), in words.

    ``genitive``: a month after 'с' / 'не ранее' takes the genitive ('с марта 2013 г.').
    """
    clean = text.rstrip("~?%")
    try:
        fd = FuzzyDate.parse(clean)
    except DateError:
        return clean
    if genitive and fd.precision == Precision.MONTH and fd.earliest is not None:
        return gettext("{month} {year}").format(month=_month_genitive(fd.earliest),
                                                year=fd.earliest.year)
    return _point(fd.earliest, fd.precision)


def fuzzy_date(fd: FuzzyDate) -> str:
    """A case-file date in words, keeping its precision and qualifier.

    English is :meth:`FuzzyDate.describe` ('6 Oct 2019', '2013-03 to 2017-11', 'Oct 2019
    (approximate)'); Russian spells the months ('с марта 2013 г. по ноябрь 2017 г.' style).
    """
    if current_language() == "en":
        return fd.describe()
    if fd.moment is not None:
        body = f"{day(fd.moment.date())}, {fd.moment.strftime('%H:%M %z')}"
    elif fd.qualifier == Qualifier.BEFORE:
        body = gettext("before or in {date}").format(
            date=_point_text(fd.text[3:], genitive=True))
    elif fd.qualifier == Qualifier.AFTER:
        body = gettext("in or after {date}").format(
            date=_point_text(fd.text[:-3], genitive=True))
    elif fd.precision == Precision.RANGE:
        start_text, _, end_text = fd.text.partition("/")
        body = gettext("{start} to {end}").format(
            start=_point_text(start_text, genitive=True), end=_point_text(end_text)
        )
    else:
        body = _point(fd.earliest, fd.precision)
    if fd.qualifier in (
        Qualifier.APPROXIMATE,
        Qualifier.UNCERTAIN,
        Qualifier.APPROXIMATE_UNCERTAIN,
    ):
        body += " (" + pgettext("date qualifier", fd.qualifier.value) + ")"
    return body


def days(n: int) -> str:
    """'1 day', '3 days'; in Russian '1 день', '3 дня', '5 дней'."""
    if current_language() == "en":
        return plural(n, "day")
    return ngettext("{n} day", "{n} days", n).format(n=n)


def period(p: Period) -> str:
    """A period in words: '3 months', '1 calendar day'; in Russian '3 месяца'."""
    if current_language() == "en":
        return p.describe()
    n, unit = p.amount, p.unit.value
    if unit == "calendar_days":
        text = ngettext("{n} calendar day", "{n} calendar days", n)
    elif unit == "working_days":
        text = ngettext("{n} working day", "{n} working days", n)
    elif unit == "weeks":
        text = ngettext("{n} week", "{n} weeks", n)
    elif unit == "months":
        text = ngettext("{n} month", "{n} months", n)
    elif unit == "years":
        text = ngettext("{n} year", "{n} years", n)
    elif unit == "hours":
        text = ngettext("{n} hour", "{n} hours", n)
    else:
        return p.describe()
    return text.format(n=n)


def months_and_days(months: int, days_: int) -> str:
    """'3 months 3 days' (English always plural, as the sentence computations print it);
    in Russian '3 месяца 3 дня'."""
    if current_language() == "en":
        return f"{months} months {days_} days"
    return (ngettext("{n} month", "{n} months", months).format(n=months) + " "
            + ngettext("{n} day", "{n} days", days_).format(n=days_))


def number(n: int) -> str:
    """'2,525,000'; in Russian '2 525 000' (a no-break space between groups)."""
    text = f"{n:,}"
    return text if current_language() == "en" else text.replace(",", "\u00a0")


COUNTRY_CODES = ("CN", "KZ", "RU", "UZ", "KG", "TJ")
"""Countries with a name in the catalogue (an indeclinable form: 'гражданин КНР', 'в РК')."""


def country(code: str) -> str:
    """An ISO 3166 code as the text names it: the code in English, 'КНР' / 'РК' in Russian."""
    if current_language() == "en":
        return code
    return pgettext("country", code)


def tidy(text: str) -> str:
    """One full stop after a Russian date that ends a sentence ('2019 г..' -> '2019 г.')."""
    return text.replace("г..", "г.") if "г.." in text else text


def plural(n: int, word: str) -> str:
    """English only: '1 word', '2 words' (use :func:`days` or ngettext for text shown)."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def listing(items: Iterable[str], conj: str = "and") -> str:
    """'a', 'a and b', 'a, b and c' (the conjunction in the engine's language)."""
    xs = [i for i in items if i]
    if not xs:
        return ""
    if len(xs) == 1:
        return xs[0]
    if conj == "and":
        word = gettext("and")
    elif conj == "or":
        word = gettext("or")
    else:
        word = conj
    return f"{', '.join(xs[:-1])} {word} {xs[-1]}"
