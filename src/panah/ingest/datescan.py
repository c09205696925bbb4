"""Finding date expressions in English and Russian text (step 1 of :mod:`~panah.ingest.datetext`).

The patterns say what an expression *says* (:class:`~panah.ingest.datetext.Expr`) and never
decide a year the text does not give; :func:`~panah.ingest.datetext.resolve` does that.
Patterns are compiled on first use, not at import.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from panah.ingest.datetext import (
    CALENDAR,
    RECENT,
    RESTATED,
    AbsoluteParser,
    DateMention,
    Expr,
    Parts,
    Role,
    Unit,
)
from panah.ingest.text import Sentence, Span

__all__ = ["month_en", "month_ru", "scan"]

# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_EN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_RU_MONTH_STEMS = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7),
    ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)  # fmt: skip
_MONTH_RU = (
    r"(?:январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
    r"августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])"
)
_RU_MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
_MONTH_RU_ABBR = r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.(?!\w)"
"""A month cut short with a dot, as diaries and tables write it ("28 янв.", "3 окт. 2024")."""
_NUM_EN = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "a few": 0, "several": 0, "few": 0,
}  # fmt: skip
_NUM_RU = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2,
    "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5,
    "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "полтора": 0, "несколько": 0,
    # instrumental, as in "Двумя днями позже", "тремя неделями ранее"
    "одним": 1, "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6, "семью": 7,
    "восемью": 8, "девятью": 9, "десятью": 10,
    # collective, as in "Двое суток спустя", "через трое суток"
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
}  # fmt: skip
_WEEKDAYS_EN = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "весной": (3, 5), "летом": (6, 8), "осенью": (9, 11),
}  # fmt: skip
"""Seasons as their months in the northern hemisphere; winter spans two years: not read."""
_SEASON_NOM = {
    "весна": "весной", "весны": "весной", "весне": "весной", "весну": "весной",
    "лето": "летом", "лета": "летом", "лете": "летом",
    "осень": "осенью", "осени": "осенью",
}  # fmt: skip
"""A season's name in any case ("осень 2025 г.", "с осени 2019 года", "до весны 2020 года",
"в конце лета 2018 года") and the instrumental the season table is keyed by."""
_WEEKDAYS_RU = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}  # fmt: skip
_WEEKDAYS_RU_GEN = {
    "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5,
    "воскресенья": 6,
}  # fmt: skip
"""A weekday in the genitive ("к утру субботы", "вечером пятницы"), 0 = Monday."""


def month_en(word: str) -> int:
    return _MONTHS_EN[word.lower().rstrip(".")]


def month_ru(word: str) -> int:
    w = word.lower()
    if w.endswith(".") and w[:-1] in _RU_MONTH_ABBR:
        return _RU_MONTH_ABBR[w[:-1]]
    for stem, number in _RU_MONTH_STEMS:
        if w.startswith(stem) and not (stem == "ма" and w.startswith("мар")):
            return number
    raise KeyError(word)


def _unit_en(word: str) -> Unit:
    w = word.lower().rstrip("s")
    return {"day": "day", "week": "week", "month": "month", "year": "year"}[w]  # type: ignore[return-value]


def _unit_ru(word: str) -> Unit:
    w = word.lower()
    if w.startswith(("д", "сут")):
        return "day"
    if w.startswith("нед"):
        return "week"
    if w.startswith("мес"):
        return "month"
    return "year"  # год, года, лет


def _num(word: str | None, table: dict[str, int]) -> int | None:
    if word is None or not word.strip():
        return 1
    w = word.strip().lower()
    if w.isdigit():
        return int(w)
    n = table.get(w)
    return n if n else None  # "several", "a few": not a number


# --------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------

_B = r"(?<![\w-])"  # left word boundary that also refuses a hyphenated prefix
_E = r"(?![\w])"
_YEAR = r"(?P<y>(?:19[5-9]\d|20[0-4]\d))"
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])"
_ORDINAL_DAYS_EN = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_ORDINAL_DAY_EN = (
    r"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    r"twentieth|thirtieth|" + "|".join(sorted(_ORDINAL_DAYS_EN, key=len, reverse=True)) + ")"
)
_WEEKDAY_NAMES_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _ordinal_day_en(word: str) -> int | None:
    """1-31 from "seventeenth", "twenty-first", "thirtieth"."""
    w = word.lower().replace(" ", "-")
    if w in _ORDINAL_DAYS_EN:
        return _ORDINAL_DAYS_EN.index(w) + 1
    if w == "thirtieth":
        return 30
    tens, _sep, unit = w.partition("-")
    if unit in _ORDINAL_DAYS_EN[:9] and tens in ("twenty", "thirty"):
        n = (20 if tens == "twenty" else 30) + _ORDINAL_DAYS_EN.index(unit) + 1
        return n if n <= 31 else None
    return None


_DAY_RU = _DAY + r"(?:-?(?:го|е|ого))?"  # "5-го апреля", "5-е апреля"
_YR_RU = _YEAR + r"(?:\s*(?:года|году|год|г\.|гг\.|г(?![\w]))|-(?:го|м|й)(?![\w]))?"

_EN_QUAL = re.compile(
    r"(?:(?:at|by|in|from|until|till|around|about|approximately|roughly|since|before|after|on)"
    r"\s+)?(?:(?:the\s+)?(?:end|beginning|start|middle|night|morning|evening|afternoon)\s+of\s+"
    r"|early\s+|late\s+|mid-?\s*)$",
    re.IGNORECASE,
)
_RU_QUAL = re.compile(
    r"(?:в\s+)?(?:конце|конца|начале|начала|середине|середины|ночь\s+(?:на|с)|ночь|утро|утром|вечером|вечер)\s+$",
    re.IGNORECASE,
)
_RECENT = re.compile(
    r"(?:most\s+recently|the\s+last\s+time|last\s+time|latest)\s*,?\s*(?:in|on)?\s*$|"
    r"(?:последний\s+раз|в\s+последний\s+раз)\s*[—–-]?\s*(?:в|во)?\s*$",
    re.IGNORECASE,
)
# ("on or about 8 May 2015", a statement's form, gives the day as written)
_APPROX_EN = re.compile(
    r"(?<!\bor\s)(?:around|about|approximately|roughly|circa|c\.)\s+$", re.IGNORECASE
)
_APPROX_RU = re.compile(
    r"(?:около|примерно|приблизительно|ориентировочно)\s+(?:[вс]\s+)?$", re.IGNORECASE
)
_UNTIL_EN = re.compile(
    r"(?:until|till|up\s+to|through|valid\s+(?:until|to|through)|by)\s+(?:the\s+)?$", re.IGNORECASE
)
_UNTIL_RU = re.compile(
    r"(?:^|\s)(?:до|по|вплоть\s+до|действительн\w*\s+до|действуют\s+до)\s+$", re.IGNORECASE
)
# "He stayed until September of the following year, when he left", "жил там до марта,
# когда его задержали": the date an "until" reaches is the point of the clause after it
# (a clause in the future or the present, "until 18 February, when she is expected to rule",
# is no point of the story)
_WHEN_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:when|когда)(?![\w])(?![^.;!?\n]{0,40}?(?<![\w])(?:will|shall|is|are|am|"
    r"expected|due|would|'ll|будет|будут|буду|должен|должна|должны|ожида\w*|планиру\w*)(?![\w]))",
    re.IGNORECASE,
)
# "since", a sentence's opening "From" ("From August 2018 she was in a camp"), "starting
# in", "beginning from": a time begun at the date (a "to" joined to it is a range)
_SINCE_EN = re.compile(
    r"since\s+$|(?:^|[.!?\n]\s*)From\s+$|(?:starting|beginning)\s+(?:in|from|on)\s+$",
    re.IGNORECASE,
)
_SINCE_RU = re.compile(r"(?:^|\s)(?:с|начиная\s+с)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Expr | None]
    priority: int = 0


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _parts(m: re.Match[str], month: Callable[[str], int]) -> Parts:
    y, mo, d = _g(m, "y"), _g(m, "m"), _g(m, "d")
    return Parts(int(y) if y else None, month(mo) if mo else None, int(d) if d else None)


def _numeric(m: re.Match[str]) -> Expr | None:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if y < 100:  # "05.03.24": this century up to 2049, the last one after
        y += 2000 if y < 50 else 1900
    if not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return Expr("absolute", Parts(y, mo, d))


# "11.06 — суд …", "к 02.10": a day and a two-digit month without a year. Refused after an
# article or part number ("ст. 12.10", "п. 3.05", "art. 1.02"), a currency sign, another
# number ("1.12.05") or "в"/"at" (a clock time, "в 10.05"), and before an hour, a percentage,
# a unit or money ("10.05 ч", "12.05%", "12.10 руб.").
_DAY_MONTH = r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<mo>0[1-9]|1[0-2])(?![.,]?\d)"
_DAY_MONTH_BEFORE = re.compile(
    r"(?:(?:^|[^\w])(?:ст|ч|п|пп|подп|статьи|статья|статье|статью|art|arts|para|no|nr|№|"
    r"в|во|at|около|примерно|version|версии|версия|v)\.?\s*|[\d.,$€£₽])\Z",
    re.IGNORECASE,
)
_DAY_MONTH_AFTER = re.compile(
    r"^\s*(?:%|\$|€|₽|ч(?![\w])|час|мин|руб|р\.|долл|евро|тыс|млн|млрд|км|кг|м(?![\w])|"
    r"h(?![\w])|hrs?|hours?|min|am|pm|a\.m|p\.m|utc|мск|gmt|usd|eur|rub|percent|процент)",
    re.IGNORECASE,
)


def _day_month(m: re.Match[str]) -> Expr | None:
    """A ``DD.MM`` day with no year; the resolver gives it the year as for "5 ноября"."""
    before, after = m.string[max(0, m.start() - 12) : m.start()], m.string[m.end() : m.end() + 12]
    if _DAY_MONTH_BEFORE.search(before) or _DAY_MONTH_AFTER.match(after):
        return None
    mo, d = int(m["mo"]), int(m["d"])
    if d > calendar.monthrange(2024, mo)[1]:  # a leap year: 29.02 is a day
        return None
    return Expr("absolute", Parts(None, mo, d))


def _season_of_no_year(m: re.Match[str]) -> Expr:
    """A season with no year ("In the summer", "Летом"): its months, the year to be found."""
    first, last = _SEASONS[m["s"].lower()]
    return Expr("range", Parts(month=first), end=Parts(month=last))


def _that_winter(m: re.Match[str]) -> Expr:
    """ "That winter", "той зимой": the winter the date before falls in or comes before."""
    return Expr("offset", Parts(month=12), end=Parts(month=2), unit="year", which="winter")


def _edge_day_of_the_month(m: re.Match[str]) -> Expr:
    """ "the last day of October", "в последний день октября", "первого дня марта 2019": the
    month's first or last day (February's last of a year not told: the 28th)."""
    word = m["m"]
    month = month_ru(word) if re.match(r"[а-яё]", word, re.IGNORECASE) else month_en(word)
    year = int(m["y"]) if _g(m, "y") else None
    first = m["fl"].lower().startswith(("first", "перв"))
    day = 1 if first else calendar.monthrange(year or 2001, month)[1]
    return Expr("absolute", Parts(year, month, day))


def _en_rules() -> list[_Rule]:
    def absolute(m: re.Match[str]) -> Expr:
        return Expr("absolute", _parts(m, month_en))

    def offset(m: re.Match[str]) -> Expr | None:
        n = _num(m["n"], _NUM_EN)
        if n is None:
            return None
        sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
        return Expr("offset", n=sign * n, unit=_unit_en(m["u"]))

    def next_unit(m: re.Match[str]) -> Expr:
        unit = _unit_en(m["u"])
        # "the following year", "the next month": the calendar's next year or month
        return Expr("offset", n=1, unit=unit, which=CALENDAR if unit in ("year", "month") else "")

    def fortnight(m: re.Match[str]) -> Expr:
        sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
        return Expr("offset", n=2 * sign, unit="week")

    def same(m: re.Match[str]) -> Expr:
        word = (m["u"] or "day").lower()
        unit: Unit = "month" if word == "month" else "year" if word == "year" else "day"
        # "later that year", "the same month": the calendar's year or month of the date before
        return Expr("offset", n=0, unit=unit, which=CALENDAR if unit != "day" else "")

    def ago(m: re.Match[str]) -> Expr | None:
        n = _num(m["n"], _NUM_EN)
        if n is None:
            return None
        # "one year ago today": the article's day, that many years back
        today = "today" if _g(m, "today") or _g(m, "exact") else ""
        return Expr("article", n=n, unit=_unit_en(m["u"]), which="ago", qualifier=today)

    def last_month_name(m: re.Match[str]) -> Expr:
        return Expr("article", parts=Parts(month=month_en(m["m"])), which=m["w"].lower())

    def month_last_year(m: re.Match[str]) -> Expr:
        return Expr("article", parts=Parts(month=month_en(m["m"])), which=m["w"].lower() + "-year")

    def unit_rel(m: re.Match[str]) -> Expr:
        return Expr("article", unit=_unit_en(m["u"]), which=m["w"].lower())

    def day_of_month_rel(m: re.Match[str]) -> Expr | None:
        w = m["w"].lower()
        day = int(m["d"]) if _g(m, "d") else _ordinal_day_en(m["dw"])
        return None if day is None else Expr("article", Parts(day=day), unit="month", which=w)

    def day_rel(m: re.Match[str]) -> Expr:
        yesterday = re.fullmatch(r"yesterday|last\s+night", m[0], re.IGNORECASE)
        return Expr("article", n=1 if yesterday else 0, which="ago")

    def weekday(m: re.Match[str]) -> Expr:
        last = m[0].lower().startswith("last")
        return Expr(
            "article", n=_WEEKDAYS_EN[m["wd"].lower()], which="weekday-last" if last else "weekday"
        )

    def weekday_prev_week(m: re.Match[str]) -> Expr:
        wd = (_g(m, "wd") or _g(m, "wd2") or _g(m, "wd3") or "").lower()
        return Expr("article", n=_WEEKDAYS_EN[wd], which="weekday-prev-week")

    def span_years(m: re.Match[str]) -> Expr:
        return Expr("range", Parts(int(m["y"])), end=Parts(int(m["y2"])))

    def days_range(m: re.Match[str]) -> Expr:
        y = int(m["y"]) if _g(m, "y") else None
        mo = month_en(m["m"])
        return Expr("range", Parts(y, mo, int(m["d"])), end=Parts(y, mo, int(m["d2"])))

    def next_day(m: re.Match[str]) -> Expr:
        return Expr("offset", n=1, unit="day")

    def day_before_yesterday(m: re.Match[str]) -> Expr:
        return Expr("article", n=2, which="ago")

    def season(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[m["s"].lower()]
        y = int(m["y"])
        return Expr("range", Parts(y, first), end=Parts(y, last))

    def season_same(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[(m["s"] or m["s2"]).lower()]
        if _g(m, "ay"):
            # "In the summer of that same year, 2018": the year written after it
            year = int(m["ay"])
            return Expr("range", Parts(year, first), end=Parts(year, last))
        return Expr(
            "offset", Parts(month=first), end=Parts(month=last), unit="year", which="season"
        )

    def month_same_year(m: re.Match[str]) -> Expr:
        day = _ordinal_day_en(m["dw"]) if _g(m, "dw") else int(m["d"]) if _g(m, "d") else None
        # "in September of the following year": a month of the year after the date before
        n = 1 if _g(m, "nx") else 0
        if _g(m, "ay"):
            # "in May of that same year, 2017": the year written after it
            return Expr("absolute", Parts(int(m["ay"]), month_en(m["m"]), day))
        return Expr(
            "offset", Parts(month=month_en(m["m"]), day=day), n=n, unit="year", which="month"
        )

    def season_next(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[(m["s"] or m["s2"]).lower()]
        return Expr(
            "offset", Parts(month=first), end=Parts(month=last), unit="year", which="season-next"
        )

    def weekday_next(m: re.Match[str]) -> Expr:
        wd = (m["wd"] or m["wd2"]).lower()
        return Expr("offset", n=_WEEKDAYS_EN[wd], unit="day", which="weekday-next")

    def ordinal_day(m: re.Match[str]) -> Expr | None:
        day = _ordinal_day_en(m["dw"])
        y = int(m["y"]) if _g(m, "y") else None
        return None if day is None else Expr("absolute", Parts(y, month_en(m["m"]), day))

    def day_alone(m: re.Match[str]) -> Expr | None:
        day = _ordinal_day_en(m["dw"])
        return None if day is None else Expr("offset", Parts(day=day), which="day-of-month")

    def heading_day(m: re.Match[str]) -> Expr:
        return Expr("offset", Parts(day=int(m["d"])), which="day-of-month")

    def day_month_year_rel(m: re.Match[str]) -> Expr | None:
        day = int(m["d"]) if _g(m, "d") else _ordinal_day_en(m["dw"])
        if day is None:
            return None
        parts = Parts(month=month_en(m["m"]), day=day)
        return Expr("article", parts=parts, which=m["w"].lower() + "-year")

    def season_rel(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[m["s"].lower()]
        long = "of" in m[0].lower()
        which = (
            {"last": "last-year", "this": "this-year"}[m["w"].lower()]
            if long
            else ("last" if m["w"].lower() == "last" else "this-year")
        )
        return Expr("article", Parts(month=first), end=Parts(month=last), which=which)

    num = (
        r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
        r"a few|several)"
    )
    unit = r"(?P<u>days?|weeks?|months?|years?)"
    rules = [
        (r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})", _numeric, 5),
        (r"(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})", _numeric, 5),
        # a form's or a table's "09-Jul-2015", "9/Jul/2015": the day, the month cut short, the
        # year, joined by one kind of hyphen or slash
        (
            r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<sep>[-/])(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?"
            r"|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?P=sep)"
            r"(?P<y>(?:19[5-9]\d|20[0-4]\d))(?![-/]?\d)",
            absolute,
            5,
        ),
        # its month alone: "Apr-2015" (not after a day: the hyphen before refuses it)
        (
            r"(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
            r"JUL|AUG|SEPT?|OCT|NOV|DEC)[-/](?P<y>(?:19[5-9]\d|20[0-4]\d))(?![-/]?\d)",
            absolute,
            3,
        ),
        (_DAY_MONTH, _day_month, 2),
        (r"(?P<d>\d{1,2})\.(?P<mo>\d{2})\.(?P<y>\d{2})(?!\d|\.\d)", _numeric, 4),
        (
            rf"(?:the\s+)?{_DAY}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH_EN}),?\s+{_YEAR}",
            absolute,
            4,
        ),
        (rf"(?P<m>{_MONTH_EN})\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}", absolute, 4),
        (rf"(?P<m>{_MONTH_EN}),?\s+(?:of\s+)?{_YEAR}", absolute, 3),
        (rf"(?:the\s+)?{_DAY}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_MONTH_EN})", absolute, 2),
        # the day on the month's line: a number on the next line ("Mon 3 Feb\n07.40 - call")
        # is a clock time or a list's item
        # ("May 3, 5 and 7" lists days; "Feb. 9, arguing …" and "Dec. 12, 09:30" are a day)
        (
            rf"(?P<m>{_MONTH_EN})[^\S\n]+{_DAY}(?:st|nd|rd|th)?(?!\d|,[ \t]*\d(?!\d?[:.]\d\d))",
            absolute,
            2,
        ),
        # "refused him that May", "the following March": a month of the story's year
        (
            r"(?:[Tt]hat|[Tt]he\s+following|[Tt]he\s+same)\s+(?P<body>(?P<m>January|"
            r"February|March|"
            r"April|May|June|July|August|September|October|November|December))(?![\w])",
            absolute,
            1,
        ),
        (
            rf"(?:in|In|since|Since|by|By|during|During|until|till|from|From|between|Between|and|to|of|early|late|mid|before|after|around|throughout|Before|After|Early|Late)\s+(?P<body>{_YEAR})(?![\d-])",
            absolute,
            1,
        ),
        (rf"(?:[Mm]id|[Ee]arly|[Ll]ate)-(?P<body>{_YEAR})(?![\d-])", absolute, 1),
        (
            r"(?:[Mm]id|[Ee]arly|[Ll]ate)-(?P<body>(?P<m>January|February|March|April|May|June|"
            rf"July|August|September|October|November|December)(?:,?\s+{_YEAR})?)(?![\w])",
            absolute,
            1,
        ),
        (rf"(?:in\s+|In\s+)?{_YEAR}\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)(?![\d-])", span_years, 4),
        (
            rf"(?:(?:from|From|between|Between)\s+)?(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s*(?:to|until|till|"
            rf"and|-|–|—)\s*(?:the\s+)?(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+of)?\s+"
            rf"(?P<m>{_MONTH_EN})(?:,?\s+{_YEAR})?",
            days_range,
            5,
        ),
        (rf"{_YEAR}(?=\s*[-–—]\s*(?:19|20)\d\d)", absolute, 1),
        (rf"(?<=[-–—]){_YEAR}", absolute, 1),
        (
            r"(?:in|In|since|Since|by|By|during|During|until|till|from|From|of|early|late|mid|Early|Late|between|Between|and|to|(?:from|since|until|in)\s+that|That)\s+(?P<body>(?P<m>January|February|March|April|May|June|July|August|September|October|November|December))(?![\w])",
            absolute,
            1,
        ),
        (rf"{num}\s+{unit}\s+(?P<dir>later|earlier|before|after(?:wards)?)", offset, 3),
        (r"(?:a|one)\s+fortnight\s+(?P<dir>later|earlier|before|after(?:wards)?)", fortnight, 3),
        # "the next year" is told from the date before; "next year", in the article's own
        # voice, from the article's date (unit_rel)
        (
            r"(?:the\s+(?:next|following)|following|next(?=\s+day))\s+(?P<u>day|week|month|year)",
            next_unit,
            3,
        ),
        (r"(?:the\s+)?(?P<u>day)\s+after", next_unit, 2),
        # "The month after, he was charged", "the year afterwards": the calendar's next one
        (r"[Tt]he\s+(?P<u>week|month|year)\s+after(?:wards)?(?=\s*[,.;])", next_unit, 2),
        # "In the first weeks there they beat us", "during the first few months": the first
        # month of the time told before
        (
            r"(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or)\s+(?:the\s+)?(?:very\s+)?first\s+(?:few\s+|"
            r"two\s+|three\s+|couple\s+of\s+)?(?:days|weeks|months)(?!\s+(?:of|after)(?![\w]))",
            lambda m: Expr("offset", n=0, unit="month", which="first"),
            3,
        ),
        # "The year before, his brother was detained", "the previous year", "in the preceding
        # month": the calendar's year (month) before the date told before
        (
            r"[Tt]he\s+(?P<u>month|year)\s+(?:before|prior|earlier)(?=\s*[,.;])|"
            r"[Tt]he\s+(?:previous|preceding|prior)\s+(?P<u2>month|year)(?!['’]s)",
            lambda m: Expr("offset", n=-1, unit=_unit_en(m["u"] or m["u2"]), which=CALENDAR),
            2,
        ),
        (
            r"(?:the\s+)?(?:next|following)\s+(?:morning|evening|night|afternoon|dawn|daybreak)|"
            r"[Tt]he\s+(?:morning|evening|night|afternoon)\s+after(?=\s*[,.;])",
            next_day,
            3,
        ),
        (rf"(?:the\s+)?(?P<s>spring|summer|autumn|fall)\s+(?:of\s+)?{_YEAR}", season, 4),
        (
            r"(?:in\s+)?(?:the\s+)?(?P<s>spring|summer|autumn|fall)\s+of\s+(?:that|the)"
            r"(?:\s+(?:very\s+)?same)?\s+year(?:,\s*(?P<ay>(?:19|20)\d\d)(?![\d]))?|"
            r"(?:later\s+)?that\s+(?:same\s+)?(?P<s2>spring|summer|autumn|fall)",
            season_same,
            4,
        ),
        (r"(?P<w>last|this)\s+(?P<s>spring|summer|autumn|fall)", season_rel, 4),
        # told from the date before: "In October of the same year", "the spring after my father
        # was taken", "the following spring", "the Monday after the court"
        (
            rf"(?:(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)?|(?P<dw>{_ORDINAL_DAY_EN}))(?:\s+of)?\s+)?"
            rf"(?P<m>{_MONTH_EN}),?\s+(?:of\s+)?(?:that(?:\s+(?:very\s+)?same)?|the\s+(?:very\s+)?"
            r"same|the\s+(?P<nx>following|next))\s+year(?:,\s*(?P<ay>(?:19|20)\d\d)(?![\d]))?",
            month_same_year,
            5,
        ),
        (
            r"(?:[Tt]he\s+)?(?:(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all)\s+after(?![\w-])|"
            r"(?:[Nn]ext|[Ff]ollowing)\s+(?P<s2>spring|summer|autumn|fall)(?!\s+of\b))",
            season_next,
            4,
        ),
        (
            rf"[Tt]he\s+(?P<wd>{_WEEKDAY_NAMES_EN})\s+after(?![\w-])|"
            rf"[Tt]he\s+(?:following|next)\s+(?P<wd2>{_WEEKDAY_NAMES_EN})",
            weekday_next,
            4,
        ),
        # a day said in words: "on the seventeenth of July", "July the seventeenth, 2021"
        (
            rf"(?:the\s+)?(?P<dw>{_ORDINAL_DAY_EN})\s+of\s+(?P<m>{_MONTH_EN})(?:,?\s+{_YEAR})?",
            ordinal_day,
            3,
        ),
        (
            rf"(?P<m>{_MONTH_EN})\s+(?:the\s+)?(?P<dw>{_ORDINAL_DAY_EN})(?![\w-])(?:,?\s+{_YEAR})?",
            ordinal_day,
            3,
        ),
        (
            r"(?:the\s+)?(?P<s>spring|summer|autumn|fall)\s+of\s+(?P<w>last|this)\s+year",
            season_rel,
            5,
        ),
        # a diary's heading of a weekday and a day with no month: "Monday, the 20th"
        (
            r"(?<![^\n])[ \t]*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            rf"[ \t]*,?[ \t]*(?P<body>(?:the[ \t]+)?{_DAY}(?:st|nd|rd|th))"
            r"(?=[ \t]*[.:]?[ \t]*(?:\n|$))",
            heading_day,
            3,
        ),
        # a day in figures with no month, a letter's "On the 3rd the lawyer sent …": the
        # ordinal stands alone when a pronoun, an article or a clause's end follows it ("on
        # the 3rd floor" is no day)
        (
            rf"(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+the\s+(?P<body>{_DAY}(?:st|nd|rd|th))"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|at|in|by|after|before|while|as|the|he|she|"
            r"they|we|I|it|his|her|my|our|their|a|an|this|that)\s)",
            heading_day,
            2,
        ),
        # a day said with no month: "wrote to the government on the twelfth."
        (
            rf"(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+the\s+(?P<body>(?P<dw>{_ORDINAL_DAY_EN}))"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|at|in|by|after|before|while|as)\s)",
            day_alone,
            2,
        ),
        # "12 February last year", "the twelfth of February last year", "February 12 last year"
        (
            rf"(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)?|(?P<dw>{_ORDINAL_DAY_EN}))(?:\s+of)?\s+"
            rf"(?P<m>{_MONTH_EN}),?\s+(?P<w>last|this)\s+year",
            day_month_year_rel,
            6,
        ),
        (
            rf"(?P<m>{_MONTH_EN})\s+(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)?|(?P<dw>{_ORDINAL_DAY_EN}))"
            r",?\s+(?P<w>last|this)\s+year",
            day_month_year_rel,
            6,
        ),
        # "That same year, 2016, police searched the house": the year written after it
        (
            r"(?:[Tt]hat\s+(?:very\s+)?same|[Tt]hat|[Tt]he\s+(?:very\s+)?same)\s+year,\s*"
            r"(?P<y>(?:19|20)\d\d)(?![\d])",
            lambda m: Expr("absolute", Parts(int(m["y"]))),
            5,
        ),
        (
            r"(?:that\s+(?:same|very)|that|the\s+(?:very\s+)?(?:same|very))\s+"
            r"(?P<u>day|night|evening|morning|afternoon|month|year)",
            same,
            3,
        ),
        (r"later\s+(?:on\s+)?that\s+(?P<u>day|night|evening|afternoon|month|year)", same, 3),
        # "immediately on landing in Dushanbe he was detained": the day the flight before landed
        (_ON_ARRIVAL["en"].pattern, same, 3),
        # "On the very first night they beat me": the first night of what the date before began
        (
            r"(?:on\s+)?(?:the\s+very|that(?:\s+very)?)\s+first\s+(?P<u>day|night|evening|morning)"
            r"(?!\s+of(?![\w]))",
            same,
            3,
        ),
        (
            rf"(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)|(?P<dw>{_ORDINAL_DAY_EN}))\s+of\s+"
            r"(?P<w>last|this|next)\s+(?P<u>month)",
            day_of_month_rel,
            4,
        ),
        # "one year ago today", "exactly a year ago", "a year ago to the day": the article's
        # day, that many years back
        (
            rf"(?:(?P<exact>exactly|precisely)\s+)?{num}\s+{unit}\s+ago"
            r"(?P<today>\s+today|,?\s+to\s+the\s+day|\s+this\s+very\s+day)?",
            ago,
            3,
        ),
        (
            r"(?P<w>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)",
            last_month_name,
            4,
        ),
        (
            r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)-)?(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?(?P<w>last|this|next)\s+year",
            month_last_year,
            5,
        ),
        (r"(?P<w>last|this|next)\s+(?P<u>year|month|week)", unit_rel, 3),
        # the month of Ramadan of a year: its Gregorian months (datetext.hijri_month)
        (r"(?-i:Rama[dz]an)\s+(?:of\s+)?(?P<w>last|this)\s+(?P<u>year)", unit_rel, 4),
        (rf"(?-i:Rama[dz]an)\s+(?:of\s+)?{_YEAR}", absolute, 4),
        (r"(?:earlier|later)\s+(?P<w>this)\s+(?P<u>year|month|week)", unit_rel, 3),
        (r"the\s+day\s+before\s+yesterday", day_before_yesterday, 3),
        # "last night": the night before the day the text is told on, its yesterday
        (r"yesterday|today|last\s+night", day_rel, 2),
        # a time of day alone ("By 3 pm the court had ordered …"): the day told last
        (
            r"(?:by|at|around|about|before|shortly\s+after|until)\s+\d{1,2}(?:[:.]\d{2})?\s*"
            r"(?:a\.m\.|p\.m\.|am|pm)(?P<u>)",
            same,
            2,
        ),
        (
            r"(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today",
            day_rel,
            3,
        ),
        (
            r"(?:on|On|[Ll]ast|[Tt]his(?:\s+past)?|[Ll]ate|[Ee]arly)\s+(?P<body>(?P<wd>Monday|Tuesday|"
            r"Wednesday|Thursday|Friday|Saturday|Sunday))",
            weekday,
            2,
        ),
        # a weekday of the week before the article's: "last week, on Wednesday", "on Wednesday
        # last week", "Wednesday of last week", "the previous week's Wednesday"
        (
            rf"(?:[Ll]ast|[Pp]revious|[Pp]ast)\s+week\s*,?\s*(?:on\s+)?(?P<wd>{_WEEKDAY_NAMES_EN})|"
            rf"(?P<wd2>{_WEEKDAY_NAMES_EN})\s*,?\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+"
            rf"week|(?:[Tt]he\s+)?(?:[Pp]revious|[Ll]ast|[Pp]ast)\s+week['’]s\s+"
            rf"(?P<wd3>{_WEEKDAY_NAMES_EN})",
            weekday_prev_week,
            4,
        ),
        (
            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['’]s\b)",
            weekday,
            2,
        ),
        # a weekday with its time of day and no "on": "By Saturday morning he was in Tajik
        # custody", "Sunday night they came", "on the evening of Friday"
        (
            rf"(?<![Ee]very\s)(?<![Ee]ach\s)(?P<wd>{_WEEKDAY_NAMES_EN})"
            r"(?=\s+(?:morning|afternoon|evening|night)\b)",
            weekday,
            2,
        ),
        (
            rf"(?:[Tt]he\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?P<wd>"
            rf"{_WEEKDAY_NAMES_EN})",
            weekday,
            2,
        ),
    ]
    out = []
    rules += [
        # a season with no year ("In the summer the defence wrote to the UN"): of the story's
        # year, or the article's (the latest such season before it)
        (
            r"(?:[Ii]n\s+the\s+)(?P<s>spring|summer|autumn|fall)(?!\s+of\b)",
            _season_of_no_year,
            1,
        ),
        # "That winter" after November 2014: the winter that the date before falls in or
        # comes before (2014-12/2015-02)
        (
            r"[Tt]hat\s+(?:same\s+)?winter",
            _that_winter,
            4,
        ),
        # "at the end of 2017, December I believe": a year and its month after a comma
        (
            rf"{_YEAR},\s+(?P<m>January|February|March|April|May|June|July|August|September|"
            r"October|November|December)(?![\w]|\s+\d)",
            absolute,
            4,
        ),
        # "That same February": a month of the year told before
        (
            rf"[Tt]hat\s+same\s+(?P<m>{_MONTH_EN})(?![\w])",
            lambda m: Expr("offset", Parts(month=month_en(m["m"])), unit="year", which="month"),
            4,
        ),
        # "On the last day of October", "the first day of March 2019": that day of the month
        (
            rf"(?:[Tt]he\s+)?(?P<fl>first|last|final)\s+day\s+of\s+(?P<m>{_MONTH_EN})"
            rf"(?:,?\s+{_YEAR})?(?![\w])",
            _edge_day_of_the_month,
            5,
        ),
        # "on New Year's Eve (2022)": the last day of the year
        (
            rf"New\s+Year['’]s\s+Eve(?:,?\s+{_YEAR})?",
            lambda m: Expr("absolute", Parts(int(m["y"]) if _g(m, "y") else None, 12, 31)),
            4,
        ),
        # "the evening before, on an Uzbek wanted notice": the day before the date told before
        (
            r"(?:[Tt]he\s+)(?:evening|night|day)\s+before(?=\s*[,.;)])",
            lambda m: Expr("offset", n=-1, unit="day"),
            3,
        ),
        # a few days counted on from the date before, and the weekday they reach: "A couple of
        # days later, on Saturday"
        (
            r"(?:[Aa]\s+couple\s+of|[Aa]\s+few|[Ss]everal)"
            rf"\s+days\s+later,?\s+on\s+(?P<wd>{_WEEKDAY_NAMES_EN})",
            weekday_next,
            5,
        ),
        # a chronology's line that writes the year first: "2022, 30 November - charged"
        (
            rf"(?<![^\n])[ \t]*(?P<body>{_YEAR},[ \t]*{_DAY}(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_EN}))",
            absolute,
            5,
        ),
        # a year and its season told after it: "in 2016, in the spring"
        (rf"{_YEAR},\s+in\s+the\s+(?P<s>spring|summer|autumn|fall)", season, 4),
    ]
    for pattern, build, priority in rules:
        relative = (
            offset, next_unit, same, ago, unit_rel, day_rel, next_day, season, fortnight,
            day_before_yesterday, season_rel, season_same,
        )  # fmt: skip
        flags = re.IGNORECASE if build in relative else 0
        out.append(_Rule(re.compile(_B + "(?:" + pattern + ")" + _E, flags), build, priority))
    return out


# A verb of the future in a sentence: "будет подана", "будут рассматривать", "планируем",
# "собирается", "намерен", "предстоит"
_FUTURE_RU = re.compile(
    r"(?<![\w])(?:буд(?:ет|ут|у|ем|ете|ешь)|планиру\w*|собира\w*|намерен\w*|предстоит)(?![\w])",
    re.IGNORECASE,
)


# A verb of the past: "предъявили", "вызвала", "задержало", "отпустил", "отказался" (nouns in
# -л such as "отдел", "материал", "трибунал" are no verb)
_PAST_RU = re.compile(
    r"(?<![\w])(?!(?:отдел|раздел|предел|материал|генерал|трибунал|журнал|канал|сигнал|финал|"
    r"персонал|скандал|подвал|вокзал|зал|пробел|капитал|арсенал|портал)(?![\w]))"
    r"[а-яё]{2,}[аеиыуя]л(?:а|о|и|ся|ась|ось|ись)?(?![\w])",
    re.IGNORECASE,
)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span is in, cut at the sentence's end marks or a line break."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left + 1 : min(ends) if ends else len(text)]


def _ru_rules() -> list[_Rule]:
    def absolute(m: re.Match[str]) -> Expr:
        return Expr("absolute", _parts(m, month_ru))

    def span_years(m: re.Match[str]) -> Expr:
        return Expr("range", Parts(int(m["y"])), end=Parts(int(m["y2"])))

    def days_range_ru(m: re.Match[str]) -> Expr:
        y = int(m["y"]) if _g(m, "y") else None
        mo = month_ru(m["m"])
        return Expr("range", Parts(y, mo, int(m["d"])), end=Parts(y, mo, int(m["d2"])))

    def offset(m: re.Match[str]) -> Expr | None:
        n = _num(m["n"], _NUM_RU)
        if n is None:
            return None
        sign = -1 if (m["dir"] or "").lower().startswith(("раньше", "ранее", "до")) else 1
        return Expr("offset", n=sign * n, unit=_unit_ru(m["u"]))

    def next_unit(m: re.Match[str]) -> Expr:
        unit = _unit_ru(m["u"])
        if unit != "day" and _FUTURE_RU.search(_sentence_around(m.string, m.start(), m.end())):
            # "жалоба будет подана на следующей неделе", "на следующей неделе мы планируем":
            # the week (month, year) after the article's, in the speaker's own future
            return Expr("article", unit=unit, which="next")
        # "на следующий год": the calendar's next year ("через год" counts a year)
        return Expr("offset", n=1, unit=unit, which=CALENDAR if unit in ("year", "month") else "")

    def same(m: re.Match[str]) -> Expr:
        return Expr("offset", n=0, unit="day")

    def ago(m: re.Match[str]) -> Expr | None:
        n = _num(m["n"], _NUM_RU)
        today = "today" if _g(m, "exact") else ""
        if n is None:
            return None
        return Expr("article", n=n, unit=_unit_ru(m["u"]), which="ago", qualifier=today)

    def unit_rel(m: re.Match[str]) -> Expr:
        w = m["w"].lower()
        which = "last" if w.startswith("прошл") else "next" if w.startswith("следующ") else "this"
        if w.startswith("позапрошл"):
            return Expr("article", n=2, unit=_unit_ru(m["u"]), which="ago")
        if which == "next":
            said = _sentence_around(m.string, m.start(), m.end())
            # the clause of the date: "Адвокат сказал, что в следующем месяце подаст жалобу"
            here = next((c for c in re.split(r"[,;:—–]", said) if m[0] in c), said)
            if _PAST_RU.search(here) and not _FUTURE_RU.search(said):
                # "В следующем месяце ему предъявили обвинение": told in the past, the
                # calendar's month (year) after the date told before, not the article's next
                unit = _unit_ru(m["u"])
                return Expr("offset", n=1, unit=unit, which=CALENDAR)
        return Expr("article", unit=_unit_ru(m["u"]), which=which)

    def last_month_name(m: re.Match[str]) -> Expr:
        w = m["w"].lower()
        which = "last" if w.startswith("прошл") else "this"
        return Expr("article", parts=Parts(month=month_ru(m["m"])), which=which)

    def month_of_year(m: re.Match[str]) -> Expr:
        w = m["w"].lower()
        which = "last-year" if w.startswith("прошл") else "this-year"
        day = int(m["d"]) if _g(m, "d") else None
        return Expr("article", parts=Parts(month=month_ru(m["m"]), day=day), which=which)

    def day_rel(m: re.Match[str]) -> Expr:
        return Expr("article", n=1 if m[0].lower() == "вчера" else 0, which="ago")

    def eve(m: re.Match[str]) -> Expr:
        return Expr("offset", n=-1, unit="day", which="eve")

    def day_of_month_rel(m: re.Match[str]) -> Expr:
        w = m["w"].lower()
        which = "last" if w.startswith("прошл") else "next" if w.startswith("следующ") else "this"
        return Expr("article", Parts(day=int(m["d"])), unit="month", which=which)

    def weekday_prev_week(m: re.Match[str]) -> Expr:
        wd = (_g(m, "wd") or _g(m, "wd2") or "").lower()
        return Expr("article", n=_WEEKDAYS_RU[wd], which="weekday-prev-week")

    wd_ru = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"

    def weekday_next_ru(m: re.Match[str]) -> Expr | None:
        said = _sentence_around(m.string, m.start(), m.end())
        if _FUTURE_RU.search(said) or not _PAST_RU.search(said):
            return None
        return Expr("offset", n=_WEEKDAYS_RU[m["wd"].lower()], unit="day", which="weekday-next")

    def weekday(m: re.Match[str]) -> Expr:
        last = bool(re.search(r"прошл|минувш|прошедш", m[0], re.IGNORECASE))
        return Expr(
            "article", n=_WEEKDAYS_RU[m["wd"].lower()], which="weekday-last" if last else "weekday"
        )

    def day_before_yesterday(m: re.Match[str]) -> Expr:
        return Expr("article", n=2, which="ago")

    def heading_day(m: re.Match[str]) -> Expr:
        return Expr("offset", Parts(day=int(m["d"])), which="day-of-month")

    def spoken_day_alone(m: re.Match[str]) -> Expr | None:
        n = _ordinal_value(m)
        if m["thousand"] or n is None or not 1 <= n <= 31:
            return None
        return Expr("offset", Parts(day=n), which="day-of-month")

    def same_unit(m: re.Match[str]) -> Expr:
        word = m["u"].lower()
        unit: Unit = "month" if word.startswith("месяц") else "year"
        return Expr("offset", n=0, unit=unit, which=CALENDAR)

    def next_day(m: re.Match[str]) -> Expr:
        return Expr("offset", n=1, unit="day")

    def season(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[m["s"].lower()]
        y = int(m["y"])
        return Expr("range", Parts(y, first), end=Parts(y, last))

    def season_same(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[m["s"].lower()]
        if _g(m, "ay"):
            # "летом того же 2018 года": the year written in it
            year = int(m["ay"])
            return Expr("range", Parts(year, first), end=Parts(year, last))
        return Expr(
            "offset", Parts(month=first), end=Parts(month=last), unit="year", which="season"
        )

    def season_rel(m: re.Match[str]) -> Expr:
        first, last = _SEASONS[m["s"].lower()]
        w = m["w"].lower()
        if m[0].lower().endswith("года"):
            which = "last-year" if w.startswith("прошл") else "this-year"
        else:
            which = "last" if w.startswith("прошл") else "this-year"
        return Expr("article", Parts(month=first), end=Parts(month=last), which=which)

    num = (
        r"(?P<n>\d+|один|одна|одну|одного|одной|два|две|двух|три|трёх|трех|четыре|четырёх|"
        r"четырех|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|"
        r"одним|двумя|тремя|четырьмя|пятью|шестью|семью|восемью|девятью|десятью|"
        r"двое|трое|четверо|пятеро|шестеро|семеро|несколько)"
    )
    unit = (
        r"(?P<u>дней|дня|день|суток|сутки|недел[юиья]|недель|месяцев|месяца|месяц|лет|года|год|"
        r"днями|днём|днем|сутками|неделями|неделей|месяцами|месяцем|годами|годом)"
    )
    # a count not given exactly ("пару", "несколько"): the weekday says the day
    few = r"(?:пару|несколько)"
    rules = [
        (r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})", _numeric, 5),
        (r"(?P<d>\d{1,2})\.(?P<mo>\d{1,2})\.(?P<y>\d{4})(?:\s*(?:года|г\.))?", _numeric, 5),
        (
            r"(?P<d>\d{1,2})\.(?P<mo>\d{2})\.(?P<y>\d{2})(?!\d|\.\d)(?:\s*(?:года|г\.))?",
            _numeric,
            4,
        ),
        (_DAY_MONTH, _day_month, 2),
        (rf"{_DAY_RU}\s+(?P<m>{_MONTH_RU})\s+{_YR_RU}", absolute, 4),
        (rf"(?P<m>{_MONTH_RU})\s+{_YR_RU}", absolute, 3),
        (rf"{_DAY_RU}\s+(?P<m>{_MONTH_RU})", absolute, 2),
        (rf"{_DAY_RU}\s+(?P<m>{_MONTH_RU_ABBR})(?:\s+{_YR_RU})?", absolute, 2),
        (rf"{_YEAR}\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)\s*(?:годах|годы|гг\.)", span_years, 4),
        (
            rf"(?:[сС]\s+)?{_DAY_RU}\s*(?:по|до|-|–|—)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?:-?(?:го|е))?\s+"
            rf"(?P<m>{_MONTH_RU})(?:\s+{_YR_RU})?",
            days_range_ru,
            5,
        ),
        (rf"{_YEAR}\s*(?:года|году|год|г\.(?![ \t]?р\.))", absolute, 1),
        # a year of birth, "1979 г. р.": the year alone, so that the words after it say it is
        # a birth (no step of the story)
        (rf"{_YEAR}(?=[ \t]*г\.[ \t]?р\.)", absolute, 1),
        (rf"{_YEAR}-(?:го|м|й)", absolute, 1),  # "в мае 2018-го", "в 2017-м"
        (rf"(?:[вВсС]|по|до|к|после|между|и)\s+(?P<body>{_YEAR})(?![\d-])", absolute, 1),
        (
            rf"(?:[вВ]|с|С|по|до|к|конце|начале|середине)\s+(?P<body>(?P<m>{_MONTH_RU}))",
            absolute,
            1,
        ),
        (rf"(?:через|спустя)\s+(?:{num}\s+)?{unit}(?P<dir>)", offset, 3),
        (rf"(?:{num}\s+)?{unit}\s+(?:спустя|(?P<dir>позже|позднее|раньше|ранее))", offset, 3),
        # "В первые недели нас били", "в первые же дни", "в первый месяц": the first month of
        # the time told before
        (
            r"(?<![\w])[Вв]\s+(?:самые\s+)?(?:первые\s+(?:же\s+)?(?:(?:два|три|несколько)\s+)?"
            r"(?:дни|дня|недели|месяцы|месяца)|первый\s+(?:же\s+)?месяц)"
            r"(?!\s+(?:после|пребывания|работы|жизни)(?![\w]))",
            lambda m: Expr("offset", n=0, unit="month", which="first"),
            3,
        ),
        # "в предыдущем году", "за год до этого": the calendar's year (month) before the date
        # told before
        (
            r"(?:в\s+)?(?:предыдущем|предшествующем)\s+(?P<u>году|месяце)|"
            r"[Зз]а\s+(?:один\s+)?(?P<u2>год|месяц)\s+до\s+(?:этого|того)(?![\w])",
            lambda m: Expr(
                "offset", n=-1, unit=_unit_ru(m["u"] or m["u2"]), which=CALENDAR
            ),
            3,
        ),
        (r"на\s+следующ(?:ий|ей|ую)\s+(?P<u>день|недел[юе]|месяц|год|сутки)", next_unit, 3),
        (r"на\s+следующее\s+утро|наутро|на\s+другой\s+день", next_day, 3),
        # a time of the next day: "на рассвете следующего дня", "утром другого дня",
        # "следующим утром", "на другое утро", "следующей ночью"
        (
            r"(?:(?:рано\s+)?утром|вечером|дн[её]м|ночью|на\s+(?:рассвете|закате|заре)|"
            r"к\s+(?:утру|вечеру|обеду)|в\s+полдень|с\s+утра)\s+(?:следующего|другого)\s+дня|"
            r"(?<![\w])(?:следующим|другим)\s+(?:утром|вечером|днём|днем)|"
            r"следующей\s+ночью|на\s+другое\s+утро",
            next_day,
            3,
        ),
        # "в том же месяце", "в этом же году", "в том же самом месяце": the month (year) told before
        (r"в\s+(?:том|этом)\s+же\s+(?:самом\s+)?(?P<u>месяце|году)", same_unit, 3),
        (rf"(?P<s>весной|летом|осенью)\s+{_YR_RU}", season, 4),
        (
            r"(?P<s>весной|летом|осенью)\s+(?:того\s+же|этого\s+же)\s+"
            r"(?:(?P<ay>(?:19|20)\d\d)(?:-?го)?\s+)?года",
            season_same,
            4,
        ),
        # "Той осенью", "тем же летом": the season of the year told before ("этим летом" is the
        # article's)
        (r"(?:тем|той)(?:\s+же)?\s+(?P<s>весной|летом|осенью)", season_same, 4),
        # a season with no year ("Летом защита направила жалобу"): of the story's year, or the
        # article's (the latest such season before it)
        (
            r"(?P<s>весной|летом|осенью)",
            _season_of_no_year,
            1,
        ),
        (
            r"(?:той|тою)(?:\s+же)?\s+зимой",
            _that_winter,
            4,
        ),
        # a season named with its year, as a chronology's line ("Осень 2025 г.") or in another
        # case ("с осени 2019 года", "до весны 2020 года")
        (
            rf"(?P<sn>весн[аыеу]|лет[оае]|осен[ьи])\s+{_YR_RU}",
            lambda m: Expr(
                "range",
                Parts(int(m["y"]), _SEASONS[_SEASON_NOM[m["sn"].lower()]][0]),
                end=Parts(int(m["y"]), _SEASONS[_SEASON_NOM[m["sn"].lower()]][1]),
            ),
            4,
        ),
        # told from the date before: "в октябре того же года", "следующей весной", "весной
        # следующего года"
        (
            rf"(?:{_DAY_RU}\s+)?(?P<m>{_MONTH_RU})\s+(?:того\s+же|этого\s+же|(?P<nx>следующего))\s+"
            r"(?:(?P<ay>(?:19|20)\d\d)(?:-?го)?\s+)?года",
            lambda m: Expr(
                "absolute",
                Parts(int(m["ay"]), month_ru(m["m"]), int(m["d"]) if _g(m, "d") else None),
            )
            if _g(m, "ay")
            else Expr(
                "offset",
                Parts(month=month_ru(m["m"]), day=int(m["d"]) if _g(m, "d") else None),
                n=1 if _g(m, "nx") else 0,
                unit="year",
                which="month",
            ),
            5,
        ),
        (
            r"(?:следующей|будущей)\s+(?P<s>весной|летом|осенью)|"
            r"(?P<s2>весной|летом|осенью)\s+следующего\s+года",
            lambda m: Expr(
                "offset",
                Parts(month=_SEASONS[(m["s"] or m["s2"]).lower()][0]),
                end=Parts(month=_SEASONS[(m["s"] or m["s2"]).lower()][1]),
                unit="year",
                which="season-next",
            ),
            5,
        ),
        (r"(?P<s>весной|летом|осенью)\s+(?P<w>прошлого|этого|текущего)\s+года", season_rel, 5),
        (r"(?P<w>прошл|эт)(?:ой|ым|им)\s+(?P<s>весной|летом|осенью)", season_rel, 5),
        (
            r"в\s+(?:тот|этот)\s+же\s+(?:самый\s+)?(?:день|вечер)|в\s+тот\s+день|тем\s+же\s+(?:днём|днем|вечером|утром)|"
            r"в\s+ту\s+же\s+ночь|той\s+же\s+ночью|в\s+то\s+же\s+утро|"
            r"(?:(?:утром|вечером|днём|днем|ночью)\s+)?того\s+же\s+дня",
            same,
            3,
        ),
        # "сразу после прилёта в Душанбе его задержали": the day the flight before it landed
        (_ON_ARRIVAL["ru"].pattern, same, 3),
        # "в первую же ночь меня били": the first night of what the date before began
        (r"в\s+(?:первую\s+же\s+ночь|первый\s+же\s+(?:день|вечер)|первое\s+же\s+утро)", same, 3),
        # "ровно год назад", "день в день два года назад": the article's day, that many back
        (rf"(?:(?P<exact>ровно|день\s+в\s+день)\s+)?{num}\s+{unit}\s+назад", ago, 3),
        (rf"(?:(?P<exact>ровно|день\s+в\s+день)\s+)?{unit}\s+назад(?P<n>)", ago, 2),
        (r"в\s+(?P<w>прошлом|этом|позапрошлом|следующем)\s+(?P<u>году|месяце)", unit_rel, 3),
        (
            r"(?-i:Рама[дз]ан)\w*\s+(?:в\s+)?(?P<w>прошлом|этом|позапрошлом)\s+(?P<u>году)",
            unit_rel,
            4,
        ),
        (rf"(?-i:Рама[дз]ан)\w*\s+{_YEAR}(?:\s+года)?", absolute, 4),
        (
            r"(?:в\s+)?(?:конце|начале|середине|конца|начала|середины)\s+"
            r"(?P<w>прошлого|этого|текущего|позапрошлого)\s+(?P<u>года|месяца)",
            unit_rel,
            4,
        ),
        (
            r"накануне(?=\s*[,.;—]|\s+(?:вечером|утром|днём|днем|ночью|он|она|они|его|её|ее|их)\b)",
            eve,
            2,
        ),
        (rf"в\s+(?P<w>прошлом|этом)\s+(?P<m>{_MONTH_RU})", last_month_name, 4),
        (rf"(?:в\s+)?(?P<m>{_MONTH_RU})\s+(?P<w>прошлого|этого|текущего)\s+года", month_of_year, 5),
        (
            rf"{_DAY_RU}\s+(?P<m>{_MONTH_RU})\s+(?P<w>прошлого|этого|текущего)\s+года",
            month_of_year,
            6,
        ),
        (
            rf"{_DAY_RU}\s+числа\s+(?P<w>прошлого|этого|текущего|следующего)\s+месяца",
            day_of_month_rel,
            5,
        ),
        # "А седьмого его выдали", "Двадцатого числа мы…": a day said in words with no month,
        # opening its sentence, before a pronoun (a noun after it makes it no day: "Седьмого
        # ребёнка")
        (
            rf"(?:(?<=[.!?…]\s)|(?<=\A)|(?<=\n))(?:(?:а|и|уже|но)\s+)?(?P<body>"
            rf"{_ru_ordinal_pattern('ого')}(?:\s+числа)?)(?=\s+(?:его|её|ее|их|ему|ей|им|он|она|"
            r"они|мы|я|нас|меня)(?![\w-]))",
            spoken_day_alone,
            2,
        ),
        (r"позавчера", day_before_yesterday, 2),
        (r"вчера|сегодня", day_rel, 2),
        # "в последний день октября", "в первый день марта 2019 года": that day of the month
        (
            rf"(?<![\w])(?P<fl>последн|перв)(?:ий|его|ого|ему|ом|ем|ый)\s+(?:день|дня|дне)\s+"
            rf"(?P<m>{_MONTH_RU})(?:\s+{_YEAR}(?:\s*(?:года|г\.))?)?(?![\w])",
            _edge_day_of_the_month,
            5,
        ),
        # a diary's heading of a weekday and a day with no month: "Понедельник, 20-е"
        (
            r"(?<![^\n])[ \t]*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
            rf"[ \t]*,?[ \t]*(?P<body>{_DAY}-?(?:е|го))(?=[ \t]*\.?[ \t]*(?:\n|$))",
            heading_day,
            3,
        ),
        (
            r"[вВ]о?\s+(?:(?:прошл|минувш|прошедш)(?:ий|ый|ую|ое|ее)\s+)?(?P<body>(?P<wd>"
            r"понедельник|вторник|среду|четверг|"
            r"пятницу|субботу|воскресенье))",
            weekday,
            2,
        ),
        # "В следующую среду суд арестовал его", "в ближайшую пятницу": the first such day after
        # the date told before (in the future, "суд рассмотрит в следующую среду": no date)
        (
            rf"[вВ]о?\s+(?:следующ|ближайш)(?:ую|ий|ее)\s+(?P<wd>{wd_ru})(?![\w])",
            weekday_next_ru,
            4,
        ),
        # a time of a weekday, the weekday in the genitive: "к утру субботы", "вечером пятницы",
        # "в ночь с пятницы на субботу" is left alone (which day is the night's?)
        (
            r"(?:(?:рано\s+)?утром|вечером|дн[её]м|ночью|к\s+(?:утру|вечеру|обеду|полудню))\s+"
            r"(?P<wdg>понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)(?![\w])",
            lambda m: Expr("article", n=_WEEKDAYS_RU_GEN[m["wdg"].lower()], which="weekday"),
            2,
        ),
        # a weekday of the week before the article's: "на прошлой неделе, в среду", "в среду на
        # прошлой неделе", "в среду прошлой недели"
        (
            rf"(?:[нН]а\s+(?:прошлой|минувшей|прошедшей)\s+неделе\s*,?\s*[вВ]о?\s+(?P<wd>{wd_ru})|"
            rf"[вВ]о?\s+(?P<wd2>{wd_ru})\s*,?\s+(?:на\s+(?:прошлой|минувшей|прошедшей)\s+неделе|"
            r"(?:прошлой|минувшей|прошедшей)\s+недели))(?![\w])",
            weekday_prev_week,
            4,
        ),
        # a few days counted on from the date before, and the weekday they reach: "Через пару
        # дней, в субботу", "Несколько дней спустя, в понедельник"
        (
            rf"(?:(?:через|спустя)\s+{few}\s+(?:дней|дня|суток)|"
            rf"{few}\s+(?:дней|дня|суток)\s+спустя),?\s+(?:в|во)\s+"
            r"(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)",
            lambda m: Expr(
                "offset", n=_WEEKDAYS_RU[m["wd"].lower()], unit="day", which="weekday-next"
            ),
            5,
        ),
        # a chronology's line that writes the year first: "2022, 30 ноября — возбуждено дело"
        (
            rf"(?<![^\n])[ \t]*(?P<body>{_YEAR},[ \t]*{_DAY_RU}\s+(?P<m>{_MONTH_RU}))",
            absolute,
            5,
        ),
        # a year and its season told after it: "в 2016 году, весной"
        (rf"{_YR_RU},?\s+(?P<s>весной|летом|осенью)", season, 4),
    ]
    return [
        _Rule(re.compile(_B + "(?:" + p + ")" + _E, re.IGNORECASE), build, priority)
        for p, build, priority in rules
    ]


# Nauryz (Nowruz), the spring new year: 22 March, the main day of Kazakhstan's Nauryz holidays
# (21-23 March). "Two weeks after Nauryz", "через две недели после Наурыза": a yearless day.
_NAURYZ = (3, 22)
_NAURYZ_EN = r"(?:Nauryz|Nowruz|Navruz|Nawruz|Novruz|Nooruz|Norooz)"
_NAURYZ_RU = r"(?:Наурыз\w*|Навруз\w*|Новруз\w*|Нооруз\w*|Науруз\w*)"
_HOLIDAY_EN = re.compile(
    r"(?<![\w-])(?:(?!the\s)(?P<n>\d{1,2}|[a-z]+)\s+(?P<u>days?|weeks?)\s+(?P<dir>after|before)|"
    r"(?:the\s+)?(?:day|evening|night|morning)\s+(?P<dir1>after|before)|on|at|during)"
    r"\s+(?:the\s+)?" + _NAURYZ_EN + r"(?:\s+(?:holidays?|festival|celebrations?))?(?![\w])",
    re.IGNORECASE,
)
_HOLIDAY_RU = re.compile(
    r"(?<![\w-])(?:(?:через|спустя)\s+(?:(?P<n>\d{1,2}|[а-яё]+)\s+)?(?P<u>дн\w*|день|недел\w*|"
    r"суток)\s+после|за\s+(?:(?P<n2>\d{1,2}|[а-яё]+)\s+)?(?P<u2>дн\w*|день|недел\w*|суток)\s+"
    r"до|на\s+следующий\s+день\s+после|накануне|в|на)"
    r"\s+(?:(?:праздник\w*|праздновани\w*)\s+)?" + _NAURYZ_RU + r"(?![\w])",
    re.IGNORECASE,
)


def _holidays(text: str, lang: str) -> list[_Cand]:
    """ "Two weeks after Nauryz", "через две недели после Наурыза", "накануне Наурыза": a day
    counted from the holiday's day, yearless (its year is read as a yearless day's)."""
    pattern, table = (_HOLIDAY_RU, _NUM_RU) if lang == "ru" else (_HOLIDAY_EN, _NUM_EN)
    out = []
    for m in pattern.finditer(text):
        said = m.group().lower()
        days = 0
        unit = _g(m, "u") or _g(m, "u2")
        if unit:
            n = _num(_g(m, "n") if _g(m, "u") else _g(m, "n2"), table)
            if n is None:
                continue
            days = n * (7 if unit.lower().startswith(("week", "недел")) else 1)
            if (_g(m, "dir") or "").lower() == "before" or _g(m, "u2"):
                days = -days
        elif _g(m, "dir1"):
            days = -1 if m["dir1"].lower() == "before" else 1
        elif said.startswith("на следующий"):
            days = 1
        elif said.startswith("накануне"):
            days = -1
        if abs(days) > 60:
            continue
        day = dt.date(2001, *_NAURYZ) + dt.timedelta(days=days)
        out.append(_Cand(Span(*m.span()), Expr("absolute", Parts(None, day.month, day.day)), 6,
                         "patterns"))
    return out


_RULES: dict[str, list[_Rule]] = {}


def _rules(lang: str) -> list[_Rule]:
    if lang not in _RULES:
        _RULES[lang] = _ru_rules() if lang == "ru" else _en_rules()
    return _RULES[lang]


# --------------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    span: Span
    expr: Expr
    priority: int
    source: str


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest pattern candidates, then the highest priority, without overlaps; a
    library candidate counts only where no pattern saw a date."""
    chosen: list[_Cand] = []
    ranked = sorted(
        cands, key=lambda c: (c.source != "patterns", -len(c.span), -c.priority, c.span.start)
    )
    for c in ranked:
        if not any(c.span.overlaps(k.span) for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.span.start)


_RANGE_START_EN = re.compile(r"(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
# "from November 2018 until about May 2019": a hedge on the end keeps the range as written
_RANGE_MID_EN = re.compile(
    r"^\s*(?:to|until|till|and|through|-|–|—)\s*(?:(?:about|around|approximately|roughly)\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_RANGE_START_RU = re.compile(r"(?:^|\s)(?:с|со|между)\s+$", re.IGNORECASE)
_RANGE_MID_RU = re.compile(r"^\s*(?:(?:и\s+)?(?:по|до)|и|-|–|—)\s*$", re.IGNORECASE)
_GLUE = re.compile(r"^[\s,]*(?:in|в)?\s*$", re.IGNORECASE)
_DAY_GLUE = re.compile(r"^[ \t]*,?[ \t]*(?:on[ \t]+)?(?:the[ \t]+)?$", re.IGNORECASE)
_RESTATED = re.compile(
    r"^[ \t]*[,—–][ \t]*(?:(?:in|on|во?)[ \t]+(?:the[ \t]+)?)?$", re.IGNORECASE
)
_APPOSITION_DASH = re.compile(r"^[ \t]*[,—–][ \t]*$")
_APPOSITION_END = re.compile(r"[ \t]*[,—–)]")
_APPOSITION = re.compile(r"^[ \t]*,[ \t]*(?:in[ \t]+|во?[ \t]+)?$", re.IGNORECASE)
# "That autumn, I think in October", "Осенью, кажется, в октябре": the season's month, hedged
_SEASON_APPOSITION = re.compile(
    r"^[ \t]*,[ \t]*(?:(?:I[ \t]+think|I[ \t]+believe|probably|кажется|по-моему|наверное)"
    r"[ \t]*,?[ \t]*)?(?:in[ \t]+|во?[ \t]+)?$",
    re.IGNORECASE,
)


def _month_of_the_season(season: Expr, month: Expr) -> Expr | None:
    """ "autumn of 2016, in September", "that summer, in July": the yearless month (or day) of
    a season told right after it, as a date of the season's year; None when it is not one."""
    first, last = season.parts, season.end
    told = month.parts
    if (
        month.kind != "absolute"
        or (told.year is not None and (first.year is not None or season.kind != "range"))
        or told.month is None
        or last is None
        or first.month is None
        or last.month is None
        or first.day is not None
        or last.day is not None
    ):
        return None
    if first.month <= last.month:
        within = first.month <= told.month <= last.month and last.month - first.month <= 2
    else:
        within = told.month >= first.month or told.month <= last.month
        within = within and last.month + 12 - first.month <= 2
    if not within:
        return None
    if season.kind == "offset" and season.which == "season":
        # of the year told before: as "в сентябре того же года"
        return Expr("offset", Parts(month=told.month, day=told.day), unit="year", which="month")
    if season.kind == "range" and not season.qualifier:
        if first.year is None:
            # "Весной, в апреле 2019 года": the month's own year dates the yearless season
            return month
        year = first.year if told.month >= first.month else last.year
        return replace(month, parts=replace(told, year=year))
    return None


def _month_of_a_year_after(start: Expr, end: Expr) -> bool:
    """ "from April 2018 until September of the following year": the end is a month told from
    the start's year."""
    return (
        start.parts.year is not None
        and end.kind == "offset"
        and end.which == "month"
        and end.parts.month is not None
    )


def _merge_ranges(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    start_re, mid_re = (
        (_RANGE_START_RU, _RANGE_MID_RU) if lang == "ru" else (_RANGE_START_EN, _RANGE_MID_EN)
    )
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and a.expr.kind == "absolute"
            and (b.expr.kind == "absolute" or _month_of_a_year_after(a.expr, b.expr))
            and mid_re.match(text[a.span.end : b.span.start])
            and (
                start_re.search(text[max(0, a.span.start - 12) : a.span.start])
                or text[a.span.end : b.span.start].strip() in ("-", "–", "—")
            )
        ):
            start, end = a.expr.parts, b.expr.parts
            if start.year is None and end.year is not None:
                year = end.year
                if start.month is not None and end.month is not None and start.month > end.month:
                    year -= 1
                start = replace(start, year=year)
            elif start.year is not None and end.year is None:
                # "from April 2018 until September (of the following year)": the end is the
                # first such month after the start, or the month of the year it names
                year = start.year + b.expr.n
                if b.expr.kind == "absolute" and (end.month, end.day or 1) < (
                    start.month or 1,
                    start.day or 1,
                ):
                    year += 1
                end = replace(end, year=year)
            out.append(_Cand(a.span.union(b.span), Expr("range", start, end=end), 6, a.source))
            i += 2
            continue
        # "on Saturday, March 2", "в субботу, 2 марта": the date written out says the day;
        # the weekday only repeats it.
        if (
            b is not None
            and a.expr.kind == "article"
            and a.expr.which == "weekday"
            and b.expr.kind == "absolute"
            and b.expr.parts.day is not None
            and _GLUE.match(text[a.span.end : b.span.start])
        ):
            out.append(_Cand(a.span.union(b.span), b.expr, b.priority, b.source))
            i += 2
            continue
        # "This January, on the 14th": a day of the month said relative to the article
        if (
            b is not None
            and a.expr.kind == "article"
            and a.expr.which in ("last", "this", "last-year", "this-year")
            and a.expr.parts.month is not None
            and a.expr.parts.day is None
            and a.expr.end is None
            and b.expr.kind == "offset"
            and b.expr.which == "day-of-month"
            and b.expr.parts.day is not None
            and _DAY_GLUE.match(text[a.span.end : b.span.start])
        ):
            parts = replace(a.expr.parts, day=b.expr.parts.day)
            out.append(_Cand(a.span.union(b.span), replace(a.expr, parts=parts), 6, a.source))
            i += 2
            continue
        # "Two years later, in 2019", "Three days later, on 12 March", "Через два года, в 2019
        # году": an offset restated by the date after a comma is that date
        if (
            b is not None
            and a.expr.kind == "offset"
            and a.expr.n != 0
            and a.expr.which in ("", None)
            and b.expr.kind == "absolute"
            and (b.expr.parts.year is not None or b.expr.parts.month is not None)
            and _RESTATED.match(text[a.span.end : b.span.start])
        ):
            expr = b.expr
            if expr.parts.year is None and not expr.which:
                # "A week later, on 26 February": the offset from the date before tells the
                # yearless date's year (datetext.RESTATED)
                expr = replace(expr, n=a.expr.n, unit=a.expr.unit, which=RESTATED)
            out.append(_Cand(a.span.union(b.span), expr, 6, b.source))
            i += 2
            continue
        # "On 26 February, a week later, officers …", "26 февраля, через неделю, его …": a
        # yearless date and the offset that restates it, set off by commas or dashes
        if (
            b is not None
            and a.expr.kind == "absolute"
            and a.expr.parts.year is None
            and a.expr.parts.month is not None
            and not a.expr.which
            and b.expr.kind == "offset"
            and b.expr.n > 0
            and b.expr.which in ("", None)
            and _APPOSITION_DASH.match(text[a.span.end : b.span.start])
            and _APPOSITION_END.match(text, b.span.end)
        ):
            expr = replace(a.expr, n=b.expr.n, unit=b.expr.unit, which=RESTATED)
            out.append(_Cand(a.span.union(b.span), expr, 6, a.source))
            i += 2
            continue
        # "at the end of 2017, December I believe", "в 2017 году, в декабре": a year, and the
        # month of it told after a comma
        if (
            b is not None
            and a.expr.kind == "absolute"
            and a.expr.parts.year is not None
            and a.expr.parts.month is None
            and b.expr.kind == "absolute"
            and b.expr.parts.year is None
            and b.expr.parts.month is not None
            and _APPOSITION.match(text[a.span.end : b.span.start])
        ):
            parts = replace(b.expr.parts, year=a.expr.parts.year)
            out.append(_Cand(a.span.union(b.span), replace(b.expr, parts=parts), 6, a.source))
            i += 2
            continue
        # "Осенью того же года, в сентябре", "In the autumn of 2016, in September", "That
        # summer, in July": a season, and the month of it told after a comma is the date
        season = _month_of_the_season(a.expr, b.expr) if b is not None else None
        if (
            b is not None
            and season is not None
            and _SEASON_APPOSITION.match(text[a.span.end : b.span.start])
        ):
            out.append(_Cand(a.span.union(b.span), season, 6, a.source))
            i += 2
            continue
        # "в прошлом году в сентябре", "last year, in September": a yearless date beside a
        # year said relative to the article.
        if (
            b is not None
            and a.expr.kind == "article"
            and a.expr.unit == "year"
            and a.expr.which in ("last", "this", "next")
            and b.expr.kind == "absolute"
            and b.expr.parts.year is None
            and _GLUE.match(text[a.span.end : b.span.start])
        ):
            which = f"{a.expr.which}-year"
            expr = Expr("article", parts=b.expr.parts, which=which)
            out.append(_Cand(a.span.union(b.span), expr, 6, a.source))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# "in September 2019, the paper says the 11th", "в сентябре 2019 года, по документам —
# 11-го": a month told from memory, and its day read off a document after a comma or a dash
_PAPER_EN = (
    r"(?:paper|papers|document|documents|letter|stamp|certificate|receipt|record|records|form|"
    r"file|ticket|card|protocol|decision|summons)"
)
_DAY_FROM_A_PAPER = {
    "en": re.compile(
        rf"[ \t]*[,;(—–-][ \t]*(?:but[ \t]+|and[ \t]+)?(?:(?:the|my|his|her|their|our|a|an)[ \t]+)?"
        rf"(?:\w+[ \t]+)?{_PAPER_EN}[ \t]+(?:says|said|shows|showed|gives|gave|reads|read|has|"
        rf"had|puts|put|is[ \t]+dated|was[ \t]+dated)[ \t]+(?:it[ \t]+was[ \t]+)?(?:on[ \t]+)?"
        rf"(?:the[ \t]+)?(?:(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?P<dw>{_ORDINAL_DAY_EN}))"
        rf"(?=[ \t]*(?:[.,;:)!?—–]|$))",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"[ \t]*[,;(—–-][ \t]*(?:а[ \t]+|но[ \t]+)?(?:по[ \t]+(?:документ|бумаг|справк|протокол|"
        r"решени|повестк|квитанци|билет)\w*|(?:в|на)[ \t]+(?:документ|бумаг|справк|протокол|"
        r"решени|повестк|квитанци|билет|письм|штамп)\w*[ \t]+(?:стоит|указано|написано|значится|"
        r"указан[ао]?))[ \t]*[—–:-]?[ \t]*(?P<d>[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое|ого))?"
        r"(?:[ \t]+числа)?(?=[ \t]*(?:[.,;:)!?—–]|$))",
        re.IGNORECASE,
    ),
}


def _day_from_a_paper(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    """A month with no day, and the day a document gives right after it: the date is that day
    ("in September 2019, the paper says the 11th" = 2019-09-11)."""
    out = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1].span.start if i + 1 < len(cands) else len(text)
        m = _DAY_FROM_A_PAPER[lang].match(text, c.span.end, nxt)
        if (
            m is not None
            and c.expr.kind in ("absolute", "offset", "article")
            and c.expr.end is None
            and c.expr.parts.month is not None
            and c.expr.parts.day is None
        ):
            day = int(m["d"]) if _g(m, "d") else _ordinal_day_en(m["dw"])
            if day is not None:
                parts = replace(c.expr.parts, day=day)
                c = _Cand(Span(c.span.start, m.end()), replace(c.expr, parts=parts), 6, c.source)
        out.append(c)
    return out


# "В ноябре того же года его отправили в лагерь …: с ноября 2017-го по сентябрь 2018 года",
# "In May 2016 they took him to a camp — from May 2016 to March 2017": a range set off by a
# colon, a dash or a bracket spells out the stay that the month before it began
_RANGE_SPELLED_OUT = re.compile(
    r"[:—–(][ \t]*(?:(?:from|between|с|со|между)[ \t]+)?(?:(?:the|в)[ \t]+)?$", re.IGNORECASE
)


def _range_spelled_out(text: str, cands: list[_Cand]) -> list[_Cand]:
    """A month and, later in the same sentence, a range from that month set off by a colon,
    a dash or a bracket: the range is the date, the month only its start told first."""
    drop: set[int] = set()
    for i, c in enumerate(cands[:-1]):
        r = cands[i + 1]
        between = text[c.span.end : r.span.start]
        if (
            r.expr.kind == "range"
            and r.expr.parts.year is not None
            and c.expr.kind in ("absolute", "offset")
            and c.expr.end is None
            and c.expr.parts.month == r.expr.parts.month
            and c.expr.parts.day is None
            and r.expr.parts.day is None
            and c.expr.parts.year in (None, r.expr.parts.year)
            and not re.search(r"[.!?;\n]", between)
            and _RANGE_SPELLED_OUT.search(between)
        ):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop]


# "сразу после прилёта его задержали", "immediately on arrival he was detained": the day the
# flight told before landed; with a date before it in its own sentence ("Вчера сообщили, что его
# задержали сразу по прилёте") that date is when it was told, not the flight's: not read
_ON_ARRIVAL = {
    "en": re.compile(
        r"(?:immediately|right|straight)\s+(?:up)?on\s+(?:(?:his|her|their)\s+)?"
        r"(?:arrival|landing)|(?:immediately|right|straight)\s+after\s+(?:(?:his|her|their)\s+)?"
        r"(?:plane\s+)?(?:landed|landing)(?P<u>)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"сразу\s+(?:же\s+)?(?:после|по)\s+(?:его\s+|её\s+|их\s+)?"
        r"(?:прил[её]т\w*|приземлени\w*|прибыти\w*|посадк[еи]\s+самол[её]та)",
        re.IGNORECASE,
    ),
}


def _arrival_after_a_date(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    """Drop "on arrival" where a date comes before it in its own sentence (see _ON_ARRIVAL)."""
    out: list[_Cand] = []
    for c in cands:
        if (
            out
            and _ON_ARRIVAL[lang].fullmatch(text, c.span.start, c.span.end)
            and not re.search(r"[.!?\n]", text[out[-1].span.end : c.span.start])
        ):
            continue
        out.append(c)
    return out


_LIST_GLUE = {
    "en": re.compile(
        r"^\s*(?:,|,?\s*(?:and|or))\s*(?:(?:then\s+|again\s+)?(?:on|in)\s+)?(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\s*(?:,|,?\s*(?:и|или|а\s+также))\s*(?:(?:снова\s+)?во?\s+)?$", re.IGNORECASE
    ),
}


# "detained him on 3 March and released him on 5 April 2021": two acts joined by "and", the
# year told once at the end (short, no reported speech or sentence end between)
_COORD_CLAUSE = {
    "en": re.compile(
        r"^(?![^.;:?!\n]*\b(?:said|says|told|that|after|before|when|since)\b)[^.;:?!\n\d]{0,50}"
        r"\band\b[^.;:?!\n\d]{0,40}$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^(?![^.;:?!\n]*(?:заяв|сказал|рассказал|сообщ|что|после|до\s|когда))"
        r"[^.;:?!\n\d]{0,50}(?<![\w])(?:и|а)(?![\w])[^.;:?!\n\d]{0,40}$",
        re.IGNORECASE,
    ),
}


def _year_from_list(text: str, cands: list[_Cand], lang: str) -> list[_Cand]:
    """ "On 3 March and on 5 April 2021", "3 марта и 5 апреля 2021 года": a yearless date in
    a list takes the year written after the list's last date (the year before it where its
    month comes later in the year than the dated one's)."""
    glue = _LIST_GLUE["ru" if lang == "ru" else "en"]
    coord = _COORD_CLAUSE["ru" if lang == "ru" else "en"]
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        between = text[a.span.end : b.span.start]
        if (
            a.expr.kind == "absolute"
            and a.expr.parts.year is None
            and a.expr.parts.month is not None
            and b.expr.kind == "absolute"
            and b.expr.parts.year is not None
            and b.expr.parts.month is not None
            and (glue.match(between) or coord.match(between))
        ):
            year = b.expr.parts.year - (1 if a.expr.parts.month > b.expr.parts.month else 0)
            out[i] = replace(a, expr=replace(a.expr, parts=replace(a.expr.parts, year=year)))
    return out


# "через сутки после того, как переплыл реку", "через три дня после объявления мобилизации",
# "почти через два года после его отъезда": another act, named by a clause or a noun (not
# "после этого", which is the date told before)
_AFTER_CLAUSE_RU = re.compile(
    r"^\s*после\s+(?:того\s*,?\s+как\b|(?!(?:этого|того|него|неё|нее|них|чего|всего)(?![\w]))"
    r"(?:(?:его|её|ее|их|мо[её]го|моей|нашего|нашей|сво[её]го|своей)\s+)?[а-яё]{4,})",
    re.IGNORECASE,
)
_AFTER_EN = re.compile(r"after\s*$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
_BEFORE_EN = re.compile(r"(?<!the\s)(?<!day\s)before\s*$", re.IGNORECASE)
_CLAUSE_EN = re.compile(
    r"^\s+(?:he|she|they|I|we|it|his|her|their|my|our|the|police|[A-Z][a-z]+|[a-z]+ing)\b"
)


# The present of the main clause: "he is back at home", "she still does not know", "он снова
# дома", "до сих пор находится в СИЗО"
_PRESENT_MAIN_EN = re.compile(
    r"\b(?:is|are|am|remains?|lives?|stays?|still|now|does\s+not|do\s+not|has\s+not|"
    r"have\s+not|is\s+still)\b",
    re.IGNORECASE,
)
_PRESENT_MAIN_RU = re.compile(
    r"(?<![\w])(?:находится|находятся|оста[её]тся|остаются|жив[её]т|живут|сидит|сидят|ж?д[её]т|"
    r"ждут|до\s+сих\s+пор|вс[её]\s+ещ[её]|сейчас|теперь|снова\s+дома|уже\s+дома)(?![\w])",
    re.IGNORECASE,
)


def _ago_of_a_step(text: str, c: _Cand, sent: Sentence, lang: str) -> _Cand | None:
    """ "Five weeks after police detained him, he is back at home", "Спустя пять недель после
    задержания он снова дома": an offset that opens its sentence (no date before it there),
    counted to a step named after it, with a main clause in the present, dates that step so
    many units before the text's day ("five weeks ago"); None otherwise."""
    after = text[c.span.end : c.span.end + 40]
    if lang == "ru":
        m = _AFTER_CLAUSE_RU.match(after)
        if m is None:
            return None
        span = Span(c.span.start, c.span.end + m.end())
        present = _PRESENT_MAIN_RU
    else:
        if not (_AFTER_EN.search(c.span.text(text)) and _CLAUSE_EN.match(after)):
            return None
        span, present = c.span, _PRESENT_MAIN_EN
    rest = text[span.end : sent.span.end]
    comma = rest.find(",")
    if comma < 0 or not present.search(rest, comma):
        return None
    expr = Expr("article", n=c.expr.n, unit=c.expr.unit, which="ago")
    return _Cand(span, expr, c.priority, c.source)


def _step_dated_in_its_clause(text: str, cands: list[_Cand], i: int) -> bool:
    """The offset ``cands[i]`` ("a month after", "через месяц после того, как") is followed, in
    the same clause, by a date with its year: the step's own date."""
    if i + 1 >= len(cands):
        return False
    nxt = cands[i + 1]
    if nxt.expr.kind not in ("absolute", "range") or nxt.expr.parts.year is None:
        return False
    between = text[cands[i].span.end : nxt.span.start]
    if len(between) > 80 or re.search(r"[.;:!?\n]", between):
        return False
    after = re.sub(r"^\W*(?:после\s+того\s*,?\s*как|that)?\W*", "", between)
    return "," not in after


def _looking_back(
    text: str, cands: list[_Cand], sents: Sequence[Sentence], lang: str
) -> list[_Cand]:
    """ "Detained on 11 November, a day after he crossed the river", "задержан 11 ноября,
    через сутки после того, как переплыл реку": the offset counts back from the date told
    before it in the same sentence, to the event of the clause after it."""
    out: list[_Cand] = []
    for i, c in enumerate(cands):
        if (
            c.expr.kind == "offset"
            and c.expr.n != 0
            and lang != "ru"
            and _FOR_BEFORE.search(text, max(0, c.span.start - 8), c.span.start)
        ):
            # "held for 15 days after attending a meeting": a duration, no date
            continue
        sent = next((s for s in sents if s.span.covers(c.span)), None)
        earlier = i > 0 and sent is not None and sent.span.covers(cands[i - 1].span)
        if (
            c.expr.kind == "offset"
            and c.expr.n < 0
            and earlier
            and lang != "ru"
            and _BEFORE_EN.search(c.span.text(text))
            and _CLAUSE_EN.match(text[c.span.end : c.span.end + 40])
        ):
            # "applied in February 2017, two months before his father disappeared": the offset
            # counts on from the date before it to the event of the clause after it
            out.append(_Cand(c.span, replace(c.expr, n=-c.expr.n, which="back"), c.priority,
                             c.source))
            continue
        if (
            c.expr.kind == "offset"
            and c.expr.n > 0
            and not c.expr.which
            and not earlier
            and sent is not None
        ):
            ago = _ago_of_a_step(text, c, sent, lang)
            if ago is not None:
                out.append(ago)
                continue
        if c.expr.kind != "offset" or c.expr.n <= 0 or not earlier:
            out.append(c)
            continue
        if _step_dated_in_its_clause(text, cands, i):
            # "applied in June, a month after he arrived in Almaty on 2 May 2025": the step
            # after the offset has its own date, written in full; the offset dates nothing
            continue
        after = text[c.span.end : c.span.end + 40]
        if lang == "ru":
            m = _AFTER_CLAUSE_RU.match(after)
            if m is not None:
                span = Span(c.span.start, c.span.end + m.end())
                out.append(
                    _Cand(span, replace(c.expr, n=-c.expr.n, which="back"), c.priority, c.source)
                )
                continue
        elif _AFTER_EN.search(c.span.text(text)) and _CLAUSE_EN.match(after):
            back = replace(c.expr, n=-c.expr.n, which="back")
            out.append(_Cand(c.span, back, c.priority, c.source))
            continue
        out.append(c)
    return out


def _extend(text: str, cand: _Cand, lang: str) -> tuple[Span, Expr, Role]:
    """Take in a qualifier before the date ("the end of", "в конце"), note approximation
    and "until"/"since"."""
    qual_re, approx_re = (_RU_QUAL, _APPROX_RU) if lang == "ru" else (_EN_QUAL, _APPROX_EN)
    until_re, since_re = (_UNTIL_RU, _SINCE_RU) if lang == "ru" else (_UNTIL_EN, _SINCE_EN)
    span, expr = cand.span, cand.expr
    before = text[max(0, span.start - 40) : span.start]
    lead = ""  # "since" / "until" taken into the qualifier ("since the end of August")
    q = qual_re.search(before)
    if q is not None and expr.kind in ("absolute", "range", "article"):
        words = q.group().strip()
        span = Span(
            span.start - len(q.group()) + (len(q.group()) - len(q.group().lstrip())), span.end
        )
        expr = replace(expr, qualifier=words)
        first = words.split()[0].lower() if words else ""
        lead = first + " " if first in ("until", "till", "since") else ""
        before = text[max(0, span.start - 40) : span.start]
    if approx_re.search(before):
        expr = replace(expr, approximate=True)
    if not expr.qualifier and expr.parts.year is None and _RECENT.search(before):
        expr = replace(expr, qualifier=RECENT)
    role: Role = "point"
    if expr.kind != "range" and not _WHEN_AFTER.match(text, span.end):
        if until_re.search(before) or until_re.match(lead):
            role = "until"
        elif since_re.search(before) or since_re.match(lead):
            role = "since"
    return span, expr, role


_DATEISH = {
    "en": re.compile(
        r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    ),
    "ru": re.compile(
        r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\w])(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|"
        r"сентябр|октябр|ноябр|декабр)\w*",
        re.IGNORECASE,
    ),
}


def _unread_sentences(
    text: str, sents: Sequence[Sentence], cands: Sequence[_Cand], lang: str
) -> list[Sentence]:
    """The sentences with a year or a month name that no pattern candidate covers (where a
    library parser may still find a date); all of the text as one sentence when there are
    no sentences."""
    if not sents:
        sents = [Sentence(Span(0, len(text)), 0, 0)] if text else []
    taken = sorted((c.span for c in cands), key=lambda sp: sp.start)
    out = []
    for sent in sents:
        for m in _DATEISH["ru" if lang == "ru" else "en"].finditer(
            text, sent.span.start, sent.span.end
        ):
            word = Span(m.start(), m.end())
            if not any(t.covers(word) for t in taken):
                out.append(sent)
                break
    return out


_SLASH_DATE = re.compile(
    r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19[5-9]\d|20[0-4]\d))(?![\w/])"
)
_SLASH_DAY_MONTH = re.compile(
    r"(?<![\w/.-])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mo>0[1-9]|1[0-2])(?![\w/]|[.,]?\d)"
)
_SLASH_MONTH = re.compile(
    r"(?<![\w/.-])(?P<mo>0[1-9]|1[0-2])[/.](?P<y>(?:19[5-9]\d|20[0-4]\d))(?![\w/]|\.\d)"
)
_LIST_YEAR = re.compile(
    r"^[ \t]*(?:[-–—•*▪►]+\ufe0f?[ \t]*)?(?P<y>(?:19[5-9]\d|20[0-4]\d))[ \t]*(?::|[—–]|-(?=\s))",
    re.MULTILINE,
)
"""A year that opens a line of a chronology: "- 2014: a court sentences him", "2019 — осуждён"."""
_NUMBER_BEFORE = re.compile(
    r"(?:\bNo\.?|№|\bnumbers?|\bnumbered|\bref\.?|\bnr\.?|\bномер\w*|\bдел[оау]|\bcase|\bfile)"
    r"[\s:#]*(?:is\s+)?$",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    r"\bday\s*/\s*month\b|\bdd\s*/\s*mm\b|день\s*/\s*месяц|\bДД\s*[/.]\s*ММ\b|"
    r"\bdays?\s+(?:come\s+|go\s+|are\s+|is\s+)?(?:first|before\s+(?:the\s+)?months?)\b|"
    r"сначала\s+(?:идёт\s+|идет\s+)?день|день\s+перед\s+месяцем",
    re.I,
)
"""A text's statement that its numeric dates are day first ("Dates are day/month, all 2025",
"dd/mm/yy", "ДД.ММ.ГГГГ", "day first")."""
_MONTH_FIRST = re.compile(
    r"\bmonth\s*/\s*day\b|\bmm\s*/\s*dd\b|месяц\s*/\s*день|\bmonths?\s+(?:comes?\s+)?first\b",
    re.I,
)
_SLASH_SHORT = re.compile(r"(?<![\w/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d\d)(?![\w/]|[.,]?\d)")
"""A numeric date with a two-digit year ("12/1/23"): read only where the text states the order
of day and month."""
_SLASH_DAY_MONTH_SHORT = re.compile(
    r"(?<![\w/.-])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mo>0?[1-9]|1[0-2])(?![\w/]|[.,]?\d)"
)
"""A day and month with no year and no leading zero ("22/7", "3/4"): read only where the text
states that its dates are day/month (a fraction or "24/7" elsewhere is no date)."""
_WEEKDAY_SLASH = re.compile(
    r"^[ \t]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|"
    r"urday)?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|"
    r"вс)\.?,?[ \t]+(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=[ \t.:]*$)",
    re.IGNORECASE | re.MULTILINE,
)
"""A day and month with no year after a weekday's name, alone on its line: a notebook's entry
heading ("Thu 6/2", "Пт, 7/3"); read day first unless the text states or shows month first."""


def _slash_dates(text: str) -> list[_Cand]:
    """Numeric dates with slashes ("25/11/2021") and months ("06/2017", "06.2017").

    The order of day and month is the one the text states ("All dates are day/month/year"),
    else the one its own unambiguous dates show (a first number above 12 is a day, a second
    above 12 is a day), else day first, as in the countries these texts come from."""
    found = list(_SLASH_DATE.finditer(text))
    stated_day_first = _DAY_FIRST.search(text) is not None
    stated = stated_day_first or _MONTH_FIRST.search(text) is not None
    if stated_day_first:
        day_first = True
    elif stated:
        day_first = False
    else:
        firsts = any(int(m["a"]) > 12 for m in found)
        seconds = any(int(m["b"]) > 12 for m in found)
        day_first = firsts or not seconds
    out: list[_Cand] = []
    if stated:
        # "12/1/23": a two-digit year, where the text says how to read its dates
        taken = [Span(m.start(), m.end()) for m in found]
        for m in _SLASH_SHORT.finditer(text):
            if any(t.overlaps(Span(m.start(), m.end())) for t in taken):
                continue
            d, mo = (int(m["a"]), int(m["b"])) if day_first else (int(m["b"]), int(m["a"]))
            y = 2000 + int(m["y"])
            if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:
                short = Expr("absolute", Parts(y, mo, d))
                out.append(_Cand(Span(m.start(), m.end()), short, 5, "patterns"))
    # "11/06" without a year: only where the text states or shows day-first order ("22/7",
    # with no leading zero, only where it states it)
    day_month = _SLASH_DAY_MONTH_SHORT if stated_day_first else _SLASH_DAY_MONTH
    if stated_day_first or any(int(m["a"]) > 12 for m in found):
        for m in day_month.finditer(text):
            expr = _day_month(m)
            if expr is not None:
                out.append(_Cand(Span(m.start(), m.end()), expr, 2, "patterns"))
    taken = [c.span for c in out]
    for m in _WEEKDAY_SLASH.finditer(text):
        span = Span(m.start("a"), m.end("b"))
        if any(t.overlaps(span) for t in taken):
            continue
        first = day_first or (not stated and not any(int(f["b"]) > 12 for f in found))
        d, mo = (int(m["a"]), int(m["b"])) if first else (int(m["b"]), int(m["a"]))
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(2024, mo)[1]:
            out.append(_Cand(span, Expr("absolute", Parts(None, mo, d)), 2, "patterns"))
    for m in found:
        d, mo = (int(m["a"]), int(m["b"])) if day_first else (int(m["b"]), int(m["a"]))
        y = int(m["y"])
        if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:
            cand = Expr("absolute", Parts(y, mo, d))
            out.append(_Cand(Span(m.start(), m.end()), cand, 5, "patterns"))
    for m in _LIST_YEAR.finditer(text):
        expr = Expr("absolute", Parts(int(m["y"])))
        out.append(_Cand(Span(m.start("y"), m.end("y")), expr, 1, "patterns"))
    for m in _SLASH_MONTH.finditer(text):
        if _NUMBER_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue  # "case No. 12/2023", "file number 06/2017"
        expr = Expr("absolute", Parts(int(m["y"]), int(m["mo"])))
        out.append(_Cand(Span(m.start(), m.end()), expr, 3, "patterns"))
    return out


_RU_ORD_UNITS = {
    "перв": 1,
    "втор": 2,
    "треть": 3,
    "четв[её]рт": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
}
_RU_ORD_TEENS = {
    "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
    "двадцат": 20, "тридцат": 30,
}  # fmt: skip
_RU_ORD_END = r"(?:ого|ом|ый|ой|ому|ым|его|ем|ий|ему|им)"  # "третьего", "третьем"
_RU_TENS = {"двадцать": 20, "тридцать": 30, "девяносто": 90}


def _ru_ordinal_pattern(end: str = _RU_ORD_END) -> str:
    units = "|".join(_RU_ORD_UNITS)
    teens = "|".join(_RU_ORD_TEENS)
    tens = "|".join(_RU_TENS)
    return (
        rf"(?P<thousand>две\s+тысячи\s+)?"
        rf"(?:(?P<tens>{tens})\s+(?P<unit>{units}){end}|(?P<teen>{teens}){end}"
        rf"|(?P<unit_alone>{units}){end})"
    )


_RU_SPOKEN_YEAR = re.compile(
    rf"(?<![\w-])(?P<before>(?:(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|"
    rf"декабр)[а-яё]*|весной|летом|осенью|зимой|весна|лето|осень|зима)\s+)?"
    rf"(?P<ord>{_ru_ordinal_pattern()})(?![\w-])(?P<after>\s+(?:год[а-яё]*|г\.)(?![\w]))?",
    re.IGNORECASE,
)
_RU_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:числа|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"сутк|дн|недел|месяц|минут|час|класс|курс|этаж|номер|раз)",
    re.IGNORECASE,
)


_RU_ORD_DAY_END = "(?:" + _RU_ORD_END[3:-1] + "|ое|е)"

_RU_SPOKEN_DAY = re.compile(
    # the day also in the nominative neuter: "Это было первое февраля", "на третье мая"
    rf"(?<![\w-])(?P<ord>{_ru_ordinal_pattern(_RU_ORD_DAY_END)})(?=\s+(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|"
    r"август|сентябр|октябр|ноябр|декабр)[а-яё]*(?![\w-]))",
    re.IGNORECASE,
)
"""A day of the month said in words before its month ("десятого марта", "двадцать пятого
декабря", "первое февраля")."""


def _ordinal_value(m: re.Match[str]) -> int | None:
    def unit(word: str) -> int | None:
        return next(
            (n for stem, n in _RU_ORD_UNITS.items() if re.fullmatch(stem, word, re.I)), None
        )

    if m["teen"]:
        return next(n for stem, n in _RU_ORD_TEENS.items() if re.fullmatch(stem, m["teen"], re.I))
    if m["tens"]:
        u = unit(m["unit"])
        return None if u is None else _RU_TENS[m["tens"].lower()] + u
    return unit(m["unit_alone"]) if m["unit_alone"] else None


_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_UNDER_100 = (
    rf"(?:(?:{'|'.join(_EN_TENS)})(?:[-\s](?:{'|'.join(_EN_UNITS)}))?|{'|'.join(_EN_TEENS)}"
    rf"|oh[-\s](?:{'|'.join(_EN_UNITS)}))"
)
_EN_SPOKEN_YEAR = re.compile(
    rf"(?<![\w-])(?:(?P<century>nineteen|twenty)\s+(?P<n>{_EN_UNDER_100})"
    rf"|two\s+thousand(?:\s+and)?\s+(?P<n2>{_EN_UNDER_100}|{'|'.join(_EN_UNITS)}))(?![\w-])",
    re.IGNORECASE,
)
_EN_YEAR_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?:in|of|since|by|until|till|from|to|during|early|late|mid|before|after|"
    rf"around|year|spring|summer|autumn|fall|winter)|{_MONTH_EN}|{_ORDINAL_DAY_EN}|"
    r"\d(?:st|nd|rd|th)?)[,\s]+$",
    re.IGNORECASE,
)
_EN_NOT_A_YEAR_AFTER = re.compile(
    r"[\s-]*(?:hundred|thousand|million|people|persons|men|women|children|dollars|euros|"
    r"pounds|roubles|rubles|tenge|som|manat|times|years?|months?|weeks?|days?|hours?|minutes?|"
    r"per\s*cent|percent|%|km|kilomet|miles|of\b|past|to\b)",
    re.IGNORECASE,
)


def _en_number(words: str) -> int | None:
    """0-99 from "twenty-three", "nineteen", "oh five", "seven"."""
    parts = re.split(r"[-\s]+", words.lower())
    if parts[0] == "oh":
        return _EN_UNITS.index(parts[1]) + 1
    if parts[0] in _EN_TEENS:
        return _EN_TEENS.index(parts[0]) + 10
    if parts[0] in _EN_UNITS:
        return _EN_UNITS.index(parts[0]) + 1
    n = (_EN_TENS.index(parts[0]) + 2) * 10
    return n + (_EN_UNITS.index(parts[1]) + 1 if len(parts) > 1 else 0)


def _en_spoken_years(text: str) -> tuple[str, list[tuple[int, int]]]:
    """An English year said aloud ("twenty twenty-three", "nineteen ninety-eight", "two
    thousand and nineteen", "twenty oh five") after a word that asks for a year ("in",
    "since", "of", a month, a season, "the twelfth of February,") and before no word that
    makes it a count ("in twenty twenty people" is not written; "of two thousand and five
    hundred dollars", "at twenty past nine" are no years)."""
    if not _EN_SPOKEN_YEAR.search(text):
        return text, []
    out = list(text)
    said: list[tuple[int, int]] = []
    for m in _EN_SPOKEN_YEAR.finditer(text):
        if not _EN_YEAR_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if _EN_NOT_A_YEAR_AFTER.match(text, m.end()):
            continue
        if m["century"]:
            n = _en_number(m["n"])
            if n is None or (m["century"].lower() == "nineteen") != (n >= 50):
                continue
            year = (1900 if m["century"].lower() == "nineteen" else 2000) + n
        else:
            n = _en_number(m["n2"])
            if n is None or n >= 50:
                continue
            year = 2000 + n
        start, end = m.span()
        out[start:end] = str(year).ljust(end - start)
        said.append((start, end))
    return "".join(out), said


def spoken_years(text: str, lang: str) -> str:
    """``text`` with each year said in Russian words as speakers say it ("осенью семнадцатого
    года", "в конце мая девятнадцатого", "весной двадцать первого", "в девяносто восьмом году",
    "две тысячи двадцатого года"), and a day said in words before its month ("десятого марта"),
    written as digits and padded with spaces to the same length,
    so that the patterns read it and every offset stays the original's. A year in words needs
    "год" after it or a month or season before it, and nothing after it that makes it a day
    ("девятнадцатого мая", "девятнадцатого числа"); a number under ten needs "две тысячи"."""
    return _spoken_years(text, lang)[0]


def _spoken_years(text: str, lang: str) -> tuple[str, list[tuple[int, int]]]:
    """:func:`spoken_years`, with the stretches it wrote digits over."""
    if lang == "en":
        return _en_spoken_years(text)
    if lang != "ru" or not (_RU_SPOKEN_YEAR.search(text) or _RU_SPOKEN_DAY.search(text)):
        return text, []
    out = list(text)
    said: list[tuple[int, int]] = []
    for m in _RU_SPOKEN_DAY.finditer(text):
        n = _ordinal_value(m)
        if n is None or m["thousand"] or not 1 <= n <= 31:
            continue
        start, end = m.span("ord")
        out[start:end] = str(n).ljust(end - start)
        said.append((start, end))
    for m in _RU_SPOKEN_YEAR.finditer(text):
        if not (m["before"] or m["after"]):
            continue
        if not m["after"] and _RU_NOT_A_YEAR_AFTER.match(text, m.end("ord")):
            continue
        n = _ordinal_value(m)
        if n is None or (n < 10 and not m["thousand"]):
            continue
        year = 1900 + n if n >= 90 else 2000 + n
        start, end = m.span("ord")
        out[start:end] = str(year).ljust(end - start)
        said.append((start, end))
    return "".join(out), said


_WEEKDAY_GAP = re.compile(r"[ \t]*,[ \t]*(?:(?:в|во|on|a)[ \t]+)?", re.IGNORECASE)


def _without_restating_weekdays(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "Двенадцатого ноября, в среду, …", "шестнадцатого января, в пятницу": the weekday after
    a day's date, set off by a comma, names that day; it is no date of its own (read from the
    text's date, it would be another day and the anchor of "на следующий день")."""
    out: list[_Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and cand.expr.kind == "article"
            and cand.expr.which == "weekday"
            and (
                (prev.expr.kind == "absolute" and prev.expr.parts.day is not None)
                # "Спустя два дня, в субботу", "Two days later, on Saturday"
                or (prev.expr.kind == "offset" and prev.expr.unit == "day")
            )
            and _WEEKDAY_GAP.fullmatch(text, prev.span.end, cand.span.start)
        ):
            continue
        out.append(cand)
    return out


# A capitalised "Today", "Yesterday", "Tonight", "Сегодня" after a capitalised word in the
# middle of a sentence: part of a name ("Zharkent Today told …", "USA Today", "Kazakhstan
# Today reported", "агентство «Казахстан Сегодня»"), no date
_TITLE_WORD = re.compile(r"(?-i:Today|Tonight|Yesterday|Сегодня|Today's)\b")
_TITLE_BEFORE = re.compile(r"(?-i:[A-ZА-ЯЁ][\w'’-]*)[ \t«\"“]+$")


def _in_a_title(text: str, span: Span) -> bool:
    """Whether a capitalised "Today" follows a capitalised word on its line: a name's part."""
    if not _TITLE_WORD.match(text, span.start):
        return False
    return _TITLE_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


# The paper's own earlier report, dated: "о задержании которого мы писали в январе", "как мы
# сообщали 3 марта", "whose arrest we reported in January", "as we wrote on 3 March": the date
# of the report, of no step of the case
_OUR_REPORT_BEFORE = re.compile(
    r"(?<![\w])(?:мы\s+(?:уже\s+|ранее\s+)?(?:писали|сообщали|рассказывали)|"
    r"(?:редакция|издание|газета)\s+(?:уже\s+|ранее\s+)?(?:писала|сообщала|рассказывала))"
    r"(?:\s+об?\s+(?:этом|н[её]м|ней|них))?\s+(?:(?:в|во)\s+)?$|"
    r"\bwe\s+(?:first\s+|previously\s+|already\s+)?(?:reported|wrote|covered)"
    r"(?:\s+(?:on|about)\s+(?:it|this|him|her|them|the\s+case))?\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


def _our_report(text: str, span: Span) -> bool:
    """Whether a date is the day of the paper's own earlier report (:data:`_OUR_REPORT_BEFORE`)."""
    return _OUR_REPORT_BEFORE.search(text, max(0, span.start - 60), span.start) is not None


def scan(
    text: str,
    lang: str,
    sents: Sequence[Sentence],
    *,
    library: AbsoluteParser | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, in order, with the sentence it is in (a year said in
    words read as its digits: :func:`spoken_years`)."""
    text, said = _spoken_years(text, lang)
    cands: list[_Cand] = []
    for rule in _rules(lang):
        for m in rule.pattern.finditer(text):
            expr = rule.build(m)
            if expr is not None:
                start, end = m.span("body") if "body" in m.re.groupindex else m.span()
                cands.append(_Cand(Span(start, end), expr, rule.priority, "patterns"))
    cands = [c for c in cands if not _in_a_title(text, c.span) and not _our_report(text, c.span)]
    cands.extend(_slash_dates(text))
    cands.extend(_holidays(text, lang))
    if library is not None:
        # A library date counts where the patterns saw nothing (see _select), so the library
        # reads only the sentences with a year or a month name that no pattern took.
        for unread in _unread_sentences(text, sents, cands, lang):
            offset = unread.span.start
            for span, parts in library(unread.text(text)):
                shifted = Span(span.start + offset, span.end + offset)
                cands.append(_Cand(shifted, Expr("absolute", parts), 0, "library"))
    merged = _year_from_list(text, _merge_ranges(text, _select(cands), lang), lang)
    merged = _range_spelled_out(text, _day_from_a_paper(text, merged, lang))
    merged = _arrival_after_a_date(text, merged, lang)
    chosen = _without_restating_weekdays(text, _looking_back(text, merged, sents, lang))
    out = []
    s_index = 0
    for cand in chosen:
        span, expr, role = _extend(text, cand, lang)
        for a, b in said:  # a year said in words is quoted whole ("мая девятнадцатого")
            if a < span.end < b:
                span = Span(span.start, b)
            if a < span.start < b:
                span = Span(a, span.end)
        while s_index + 1 < len(sents) and sents[s_index].span.end <= span.start:
            s_index += 1
        sent = sents[s_index] if sents else None
        out.append(
            DateMention(
                span,
                expr,
                role,
                sent.index if sent else -1,
                sent.paragraph if sent else -1,
                cand.source,
            )
        )
    return out
