"""Dates read in their context: the calendar's year or month told from the date before, the
end of a range told from its start, and the point of an "until …, when" clause."""

from __future__ import annotations

import pytest

from panah.core.dates import FuzzyDate
from panah.ingest.datescan import scan
from panah.ingest.datetext import resolve
from panah.ingest.draft import _birth
from panah.ingest.text import sentences


def _story(text: str, lang: str, article: str) -> list[tuple[str, str | None]]:
    mentions = scan(text, lang, sentences(text))
    return [
        (r.mention.span.text(text), r.value)
        for r in resolve(mentions, FuzzyDate.parse(article), text=text)
    ]


def _roles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.span.text(text), m.role) for m in scan(text, lang, sentences(text))]


# --------------------------------------------------------------------------------------------
# "The following year", "later that year": the calendar's year, at the year's precision
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "In June 2016 prosecutors charged him. The following year the court sentenced him.",
            "en",
            "The following year",
            "2017",
        ),
        (
            "She was detained on 3 May 2018. The next year she was sentenced.",
            "en",
            "The next year",
            "2019",
        ),
        (
            "The service refused him in March 2020, and a court upheld the refusal later that "
            "year.",
            "en",
            "later that year",
            "2020",
        ),
        ("He was charged on 9 October 2021. The same year he fled.", "en", "The same year", "2021"),
        (
            "В июне 2016 года ему заочно предъявили обвинение. На следующий год его осудили.",
            "ru",
            "На следующий год",
            "2017",
        ),
        (
            "В марте 2020 года ему отказали, и в том же году суд оставил отказ в силе.",
            "ru",
            "в том же году",
            "2020",
        ),
        # the calendar's next month, at the month's precision (not an approximate month)
        (
            "He was detained on 3 May 2018. The following month he was charged.",
            "en",
            "The following month",
            "2018-06",
        ),
        (
            "3 мая 2018 года его задержали. В том же месяце ему предъявили обвинение.",
            "ru",
            "В том же месяце",
            "2018-05",
        ),
    ],
)
def test_the_calendar_year_or_month_told_from_the_date_before(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-03-01")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # a count of twelve months from a day keeps the month, approximately
        ("They were released on 22 June 2020. A year later they left.", "en", "A year later",
         "2021-06~"),
        ("He was detained on 3 May 2018. Two months later he was charged.", "en",
         "Two months later", "2018-07~"),
        ("22 июня 2020 года его освободили. Через год он уехал.", "ru", "Через год", "2021-06~"),
        # "next year" in the article's own voice is the year after the article's
        ("He was charged in 2019. The court will rule next year.", "en", "next year", "2027"),
    ],
)  # fmt: skip
def test_a_counted_year_is_not_the_calendar_year(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-03-01")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "He stayed in Namangan until May 2015. In September of the following year he "
            "left for Russia.",
            "en",
            "September of the following year",
            "2016-09",
        ),
        (
            "В мае 2018 года его задержали, а в сентябре следующего года отпустили.",
            "ru",
            "сентябре следующего года",
            "2019-09",
        ),
        (
            "He was detained in May 2018 and released in September of that year.",
            "en",
            "September of that year",
            "2018-09",
        ),
    ],
)
def test_a_month_of_the_following_year(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2026-03-01")


# --------------------------------------------------------------------------------------------
# A range whose end gives no year: the first such month after the start
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            'He was held in a "re-education" facility from April 2018 until September of the '
            "following year, and then released.",
            "en",
            "April 2018 until September of the following year",
            "2018-04/2019-09",
        ),
        (
            "She was held in a camp from April 2018 until September.",
            "en",
            "April 2018 until September",
            "2018-04/2018-09",
        ),
        (
            "He was held from November 2017 to February, then sent to a factory.",
            "en",
            "November 2017 to February",
            "2017-11/2018-02",
        ),
        (
            "С ноября 2017 года по февраль его держали в лагере.",
            "ru",
            "ноября 2017 года по февраль",
            "2017-11/2018-02",
        ),
        (
            "С апреля 2018 года по сентябрь следующего года он провёл в лагере.",
            "ru",
            "апреля 2018 года по сентябрь следующего года",
            "2018-04/2019-09",
        ),
        # near-misses, as before: the year written on both ends, or on the end only
        (
            "from March 2013 to November 2017",
            "en",
            "March 2013 to November 2017",
            "2013-03/2017-11",
        ),
        ("с ноября по февраль 2018 года", "ru", "ноября по февраль 2018 года", "2017-11/2018-02"),
    ],
)
def test_the_end_of_a_range_takes_its_year_from_the_start(
    text: str, lang: str, quote: str, value: str
) -> None:
    # the article is years later: the end is not read as the latest such month before it
    assert (quote, value) in _story(text, lang, "2025-10-01")


# --------------------------------------------------------------------------------------------
# "until …, when": the point of the clause after it
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "role"),
    [
        (
            "He remained in Namangan until September 2016, when he left Uzbekistan.",
            "en",
            "September 2016",
            "point",
        ),
        ("Он жил в Оше до марта 2020 года, когда его задержали.", "ru", "марта 2020 года", "point"),
        # near-misses: a plain "until", and a clause in the future
        ("His residence permit is valid until 3 May 2026.", "en", "3 May 2026", "until"),
        (
            "The judge adjourned the hearing until 18 February, when she is expected to rule.",
            "en",
            "18 February",
            "until",
        ),
        (
            "Суд отложил заседание до 18 февраля, когда будет оглашено решение.",
            "ru",
            "18 февраля",
            "until",
        ),
        ("Его держали в ИВС до 5 марта 2020 года.", "ru", "5 марта 2020 года", "until"),
    ],
)
def test_until_a_date_when_something_happened(text: str, lang: str, quote: str, role: str) -> None:
    assert (quote, role) in _roles(text, lang)


# --------------------------------------------------------------------------------------------
# A recap paragraph: its years do not go on into the news after it
# --------------------------------------------------------------------------------------------

_RECAP_RU = (
    "Мы уже писали о деле Бахрома Каримова. Напомним коротко. В августе 2021 года он уехал из "
    "Андижана. В марте 2023 года следователь заочно предъявил ему обвинение.\n\n"
)
_RECAP_EN = (
    "As we reported in the spring, Rustam Aliev left Khujand in August 2021. In March 2023 "
    "investigators charged him in absentia.\n\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (_RECAP_RU + "Задержали его 2 сентября прямо в мастерской.", "ru", "2 сентября",
         "2026-09-02"),
        (_RECAP_RU + "В сентябре его задержали в Оше.", "ru", "сентябре", "2026-09"),
        (_RECAP_EN + "Police detained him on 2 September at his workshop.", "en", "2 September",
         "2026-09-02"),
        (
            "To recap: he left in August 2021, and in March 2023 he was charged.\n\n"
            "He was detained on 2 September.",
            "en", "2 September", "2026-09-02",
        ),
        # a day within the recap's own paragraph still keeps its year
        (
            "Напомним: в марте 2023 года ему предъявили обвинение, а 2 сентября объявили в "
            "розыск.", "ru", "2 сентября", "2023-09-02",
        ),
    ],
)  # fmt: skip
def test_a_recap_does_not_carry_its_year_into_the_news(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-11-20")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # near-misses: the same background without the recap's words goes on in its year
        (
            "Мы знаем о его деле давно. В августе 2021 года он уехал из Андижана. В марте 2023 "
            "года следователь заочно предъявил ему обвинение. Через неделю его объявили в "
            "розыск.\n\nЗадержали его 2 сентября прямо в мастерской.",
            "ru", "2 сентября", "2023-09-02",
        ),
        (
            "In 2016 he moved to Almaty. In May 2017 he found work. In March 2018 a case was "
            "opened against him at home.\n\nHe hid.\n\nOn 11 April he was detained.",
            "en", "11 April", "2018-04-11",
        ),
    ],
)  # fmt: skip
def test_without_a_recap_the_story_goes_on(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2026-11-20")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("2 сентября 2026 года его задержали. Двое суток спустя суд его арестовал.",
         "Двое суток спустя", "2026-09-04"),
        ("2 сентября 2026 года его задержали, через трое суток отпустили.", "через трое суток",
         "2026-09-05"),
        # near-miss: people counted, not days
        ("2 сентября 2026 года задержали троих. Двое из них вышли.", "2 сентября 2026 года",
         "2026-09-02"),
    ],
)  # fmt: skip
def test_days_counted_with_a_collective_numeral(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "ru", "2026-11-20")


# --------------------------------------------------------------------------------------------
# A weekday reached by a few days counted on; a chronology's year written first; a year and
# its season; a month within the range told just before
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        ("Второго октября, в четверг, его забрали. Через пару дней, в субботу, суд арестовал "
         "его.", "ru", "2025-10-15", "Через пару дней, в субботу", "2025-10-04"),
        ("2 октября 2025 года его задержали. Несколько дней спустя, в понедельник, его "
         "арестовали.", "ru", "2025-10-15", "Несколько дней спустя, в понедельник", "2025-10-06"),
        ("On Thursday, 2 October, he was detained. A couple of days later, on Saturday, a court "
         "remanded him.", "en", "2025-10-15", "A couple of days later, on Saturday", "2025-10-04"),
        # near-misses: a weekday alone in the news is the latest such day before the article
        ("В субботу суд арестовал его.", "ru", "2025-10-15", "субботу", "2025-10-11"),
        ("On Saturday a court remanded him.", "en", "2025-10-15", "Saturday", "2025-10-11"),
        # a chronology's line with the year first
        ("2021 г. — уехал.\n\n2022, 30 ноября — СК возбудил уголовное дело.", "ru", "2026-02-27",
         "2022, 30 ноября", "2022-11-30"),
        ("2021 - left.\n\n2022, 30 November - charged in absentia.", "en", "2026-02-27",
         "2022, 30 November", "2022-11-30"),
        # a year, and its season after it
        ("Я уехал из Таджикистана в 2016 году, весной, и в апреле приехал в Новосибирск.", "ru",
         "2024-11-20", "2016 году, весной", "2016-03/2016-05"),
        ("I left Tajikistan in 2016, in the spring, and reached Novosibirsk in April.", "en",
         "2024-11-20", "2016, in the spring", "2016-03/2016-05"),
        # a month within the season or range told just before is of its year
        ("Весной 2016 года он уехал, и в апреле приехал в Новосибирск.", "ru", "2024-11-20",
         "апреле", "2016-04"),
        ("In the spring of 2016 he left, and in April he reached Novosibirsk.", "en",
         "2024-11-20", "April", "2016-04"),
        ("He was held from March to June 2018; in April he was beaten.", "en", "2024-11-20",
         "April", "2018-04"),
        # near-miss: a month before the range's start, in the story that moves on, is of the
        # next year
        ("He was held from March to June 2018; in February he was released.", "en",
         "2024-11-20", "February", "2019-02"),
    ],
)  # fmt: skip
def test_dates_told_beside_another(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


def test_an_exact_count_of_days_wins_over_the_weekday() -> None:
    # 3 March 2024 is a Sunday: the count says 5 March, the weekday 4 March; the count is kept
    text = "3 марта 2024 года его задержали. Спустя два дня, в понедельник, суд его арестовал."
    assert ("Спустя два дня", "2024-03-05") in _story(text, "ru", "2024-05-01")


# --------------------------------------------------------------------------------------------
# Seasons and months told from the date before; holidays; days beside a month
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        ("In the spring of 2017 police took his passport. That autumn his brother was sent to "
         "a camp.", "en", "2025-06-18", "That autumn", "2017-09/2017-11"),
        ("In June 2022 the Committee asked Russia not to send him back. That summer his mother "
         "was summoned.", "en", "2026-03-16", "That summer", "2022-06/2022-08"),
        ("В 2022 году его выдали. Той осенью его жену вызывали в ГКНБ.", "ru", "2025-06-18",
         "Той осенью", "2022-09/2022-11"),
        ("В марте 2025 года он подал ходатайство. Тем летом пришёл отказ.", "ru", "2026-02-01",
         "Тем летом", "2025-06/2025-08"),
        ("On 30 January 2023 a judge ordered his expulsion.\n\nThat same February we wrote to "
         "the UN.", "en", "2026-06-18", "That same February", "2023-02"),
        # a season with its year as a chronology's line
        ("Осень 2025 г. — брата вызывали в полицию.", "ru", "2026-02-27", "Осень 2025 г.",
         "2025-09/2025-11"),
        # a holiday: the last day of the year
        ("On New Year's Eve a man who said he was from the police called me.", "en",
         "2026-03-01", "New Year's Eve", "2025-12-31"),
        ("The pressure began on New Year's Eve 2022, when police arrested his brother.", "en",
         "2026-03-01", "New Year's Eve 2022", "2022-12-31"),
        # the evening before the date told before
        ("I first saw him on 14 October 2021. He had been taken off the train the evening "
         "before, on a wanted notice.", "en", "2026-03-01", "the evening before", "2021-10-13"),
        # a statement's "on or about" gives the day as written; "about" alone is approximate
        ("On or about 8 May 2015 officers detained him.", "en", "2026-03-01", "8 May 2015",
         "2015-05-08"),
        ("About 8 May 2015 officers detained him.", "en", "2026-03-01", "8 May 2015",
         "2015-05-08~"),
        # a day of a month said relative to the article
        ("This January, on the 14th, the court gave me a suspended sentence.", "en",
         "2026-06-18", "This January, on the 14th", "2026-01-14"),
        # a year, and its month after a comma
        ("Его забрали в 2017 году, в декабре.", "ru", "2025-06-18", "2017 году, в декабре",
         "2017-12"),
        ("He left in 2016, in April he reached Moscow.", "en", "2025-06-18", "2016, in April",
         "2016-04"),
    ],
)  # fmt: skip
def test_dates_told_from_the_date_before_or_the_calendar(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        # "this summer" is the article's; so is "этим летом"
        ("In March 2019 he was detained. This summer his mother was summoned.", "en",
         "2025-09-18", "This summer", "2025-06/2025-08"),
        # "the day before his arrest" counts back from the clause, not from the date before
        ("On 3 May 2021 he applied. The day before his arrest he called his mother.", "en",
         "2025-09-18", "3 May 2021", "2021-05-03"),
        # a year and a month of another year beside it stay two dates
        ("He left in 2016, in April 2017 he reached Moscow.", "en", "2025-06-18",
         "April 2017", "2017-04"),
    ],
)  # fmt: skip
def test_near_misses_of_dates_told_from_the_date_before(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


@pytest.mark.parametrize(
    "text",
    [
        "Суд избрал в отношении Шарипова Фаридуна Рахмоновича, 1979 г. р., меру пресечения.",
        "Шарипов Фаридун, 1979 г.р., задержан в Москве.",
    ],
)
def test_a_year_of_birth_ends_before_its_abbreviation(text: str) -> None:
    # "1979 г. р.": the year alone, so that "г. р." after it marks a birth, not a step
    mentions = scan(text, "ru", sentences(text))
    assert [m.span.text(text) for m in mentions] == ["1979"]
    assert _birth(text, mentions[0].span)


def test_a_year_with_its_abbreviation_is_still_read() -> None:
    text = "В 2019 г. его задержали."
    assert [m.span.text(text) for m in scan(text, "ru", sentences(text))] == ["2019 г."]


@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        # "that winter": the winter the date before falls in or comes before
        ("In November 2014 he was detained. That winter his father was held for three days.",
         "en", "2025-06-18", "That winter", "2014-12/2015-02"),
        ("В январе 2015 года его задержали. Той зимой отца держали три дня.", "ru",
         "2025-06-18", "Той зимой", "2014-12/2015-02"),
        # a year and its month after a comma, the month bare
        ("They took my husband at the end of 2017, December I believe.", "en", "2025-06-18",
         "at the end of 2017, December", "2017-12"),
        # a season with no year: the story's, or the latest such season before the article
        ("Летом защита направила жалобу в Комитет ООН.", "ru", "2025-09-18", "Летом",
         "2025-06/2025-08"),
        ("In the summer the defence wrote to the UN.", "en", "2025-09-18", "In the summer",
         "2025-06/2025-08"),
        ("В марте 2019 года его задержали. Летом его осудили.", "ru", "2025-09-18", "Летом",
         "2019-06/2019-08"),
        ("Осенью защита подала жалобу.", "ru", "2025-09-18", "Осенью", "2024-09/2024-11"),
        # near-misses: a season with its year, or of the article's year said so, as before
        ("Летом 2019 года его осудили.", "ru", "2025-09-18", "Летом 2019 года",
         "2019-06/2019-08"),
        ("In the summer of 2019 he was sentenced.", "en", "2025-09-18", "the summer of 2019",
         "2019-06/2019-08"),
        ("Этим летом его мать вызывали.", "ru", "2025-09-18", "Этим летом", "2025-06/2025-08"),
    ],
)  # fmt: skip
def test_winters_and_seasons_with_no_year(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        ("Police picked him up on 11 February 2026. China asked for him in January. Two days "
         "after the arrest the court ordered custody.", "en", "Two days after", "2026-02-13"),
        ("12 февраля 2026 года его задержали. В январе Китай запросил выдачу. Через два дня "
         "после задержания суд арестовал его.", "ru", "Через два дня", "2026-02-14"),
        # near-misses: no step named, or the day told in another paragraph: undetermined
        ("He was detained on 3 March 2019. In April he was charged. Two days later he was "
         "released.", "en", "Two days later", None),
        ("12 февраля 2026 года его задержали. В январе Китай запросил выдачу.\n\nЧерез два дня "
         "после задержания суд арестовал его.", "ru", "Через два дня", None),
    ],
)  # fmt: skip
def test_days_after_a_step_named_count_from_the_last_day_told(
    text: str, lang: str, quote: str, value: str | None
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-17")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # the year in a treaty's name is no point of the story: the month goes on from the day
        ("On 12 February 2025 they applied for asylum. On 17 February their lawyer recalled "
         "the 1951 Refugee Convention.\n\nIn late February a rights network urged the "
         "authorities to free them.", "en", "In late February", "2025-02"),
        ("On 12 February 2025 they applied for asylum. On 17 February their lawyer cited the "
         "Convention relating to the Status of Refugees of 1951.\n\nIn late February a rights "
         "network urged the authorities to free them.", "en", "In late February", "2025-02"),
        ("12 февраля 2025 года они подали заявления. 17 февраля адвокат напомнил о Конвенции "
         "о статусе беженцев 1951 года.\n\nВ конце февраля правозащитники призвали "
         "освободить их.", "ru", "В конце февраля", "2025-02"),
        ("12 февраля 2025 года они подали заявления. 17 февраля адвокат сослался на "
         "Протокол 1967 года.\n\nВ конце февраля правозащитники призвали освободить их.",
         "ru", "В конце февраля", "2025-02"),
        # near-misses: a year of the story, not a treaty's, is a point; a month before the
        # story's point in a paragraph of its own is read from the article's date
        ("On 12 February 2025 they applied for asylum. His brother was detained in "
         "2019.\n\nIn late February a rights network urged the authorities to free "
         "them.", "en", "In late February", "2026-02"),
        ("12 марта 2025 года они подали заявления. 17 марта адвокат напомнил о Конвенции "
         "1951 года.\n\nВ конце февраля правозащитники призвали освободить их.", "ru",
         "В конце февраля", "2026-02"),
    ],
)  # fmt: skip
def test_a_treaty_year_is_no_point_of_the_story(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-05-14")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # the first person of the present (an interviewed lawyer) does not carry an older
        # year told in the third person into a later paragraph
        ("Their sister was sentenced to ten years in January 2020.\n\nWe filed appeals "
         "against both orders on 5 November. The court held a hearing last Friday.", "en",
         "5 November", "2025-11-05"),
        ("Их сестру приговорили к десяти годам в январе 2020 года.\n\nМы подали апелляции "
         "на оба решения 5 ноября. Суд провёл заседание в прошлую пятницу.", "ru",
         "5 ноября", "2025-11-05"),
        # near-misses: a story told in the first person keeps its year
        ("I was detained in January 2020 and held for a week.\n\nOn 5 November we crossed "
         "the border.", "en", "5 November", "2020-11-05"),
        ("В январе 2020 года меня задержали на неделю.\n\n5 ноября мы перешли границу.",
         "ru", "5 ноября", "2020-11-05"),
    ],
)  # fmt: skip
def test_the_first_person_of_the_present_keeps_the_article_year(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # "that year" after a year of birth in the same sentence is the year of the birth
        ("My daughter was born in 2016, and that year the police took our passports.", "en",
         "that year", "2016"),
        ("Our son was born in 2012; later that year my husband was summoned.", "en",
         "later that year", "2012"),
        ("Моя дочь родилась в 2016 году, и в том же году полиция забрала паспорта.", "ru",
         "в том же году", "2016"),
        # near-misses: in another sentence, the year of birth is still no point of the story
        ("He was detained on 3 March 2019. His daughter was born in 2016. That year the "
         "police took the passports.", "en", "That year", "2019"),
    ],
)  # fmt: skip
def test_that_year_after_a_year_of_birth(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2026-04-16")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # across a sub-heading, the story goes on when the next date written with its year is
        # of the story's year and after the yearless day
        ("On 10 February 2025 the border service spoke. On 17 February the lawyer spoke."
         "\n\nThe trial\n\nThe trial opened on 28 April. The verdict came on 14 May 2025.",
         "en", "28 April", "2025-04-28"),
        ("10 февраля 2025 года пограничники сделали заявление. 17 февраля адвокат провёл "
         "пресс-конференцию.\n\nСуд\n\nПроцесс начался 28 апреля. Обвиняемые признали вину."
         "\n\nПриговор вынесли 14 мая 2025 года.", "ru", "28 апреля", "2025-04-28"),
        # near-misses: the next year written is another, or comes before the day: the
        # sub-heading ends the story (the article's year)
        ("On 10 February 2025 the border service spoke. On 17 February the lawyer spoke."
         "\n\nThe trial\n\nThe trial opened on 28 April. The verdict came on 14 May 2026.",
         "en", "28 April", "2026-04-28"),
        ("10 февраля 2025 года пограничники сделали заявление. 17 февраля адвокат провёл "
         "пресс-конференцию.\n\nСуд\n\nПроцесс начался 28 апреля. В марте 2025 года его "
         "брата вызывали.", "ru", "28 апреля", "2026-04-28"),
    ],
)  # fmt: skip
def test_a_year_told_next_carries_the_story_across_a_subheading(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-05-20")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # a document's expiry told before the story's point: the next day counts from the point
        ("12 ноября прошлого года его остановили полицейские: срок его разрешения на "
         "пребывание истёк ещё летом. На следующий день суд постановил выдворить его.", "ru",
         "На следующий день", "2025-11-13"),
        ("Police stopped him on 12 November 2025; his residence permit had expired back in "
         "June. The next day a court ordered his expulsion.", "en", "The next day",
         "2025-11-13"),
        ("Police stopped him on 12 November 2025; his visa had expired in the summer. The "
         "day after, a court ordered his expulsion.", "en", "The day after", "2025-11-13"),
        # near-misses: an expiry after the point, or told first, is a point of the story
        ("His visa expired on 3 March 2025. The next day police detained him.", "en",
         "The next day", "2025-03-04"),
        ("Его задержали 1 марта 2025 года. Виза истекла 3 марта. На следующий день суд "
         "постановил выдворить его.", "ru", "На следующий день", "2025-03-04"),
    ],
)  # fmt: skip
def test_an_expiry_told_before_the_point_is_no_point(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-19")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # a month told as a look back in the sentence of the day: days count from the day
        ("Ма был задержан 2 февраля по запросу, который поступил в конце января. Через два "
         "дня суд заключил его под стражу.", "ru", "Через два дня", "2026-02-04"),
        ("He was detained on 2 February on a request that had arrived in late January. Two "
         "days later a court remanded him in custody.", "en", "Two days later", "2026-02-04"),
        ("Его задержали 2 февраля; дело против него завели ещё в 2024 году. Через три дня его "
         "арестовали.", "ru", "Через три дня", "2026-02-05"),
        # near-misses: the month told in a sentence of its own, or after the day: undetermined
        ("He was detained on 2 February. The request had arrived in late January. Two days "
         "later a court remanded him.", "en", "Two days later", None),
        ("He was detained on 2 February and charged in March. Two days later he was "
         "released.", "en", "Two days later", None),
    ],
)  # fmt: skip
def test_days_count_from_the_day_past_a_look_back_in_its_sentence(
    text: str, lang: str, quote: str, value: str | None
) -> None:
    assert (quote, value) in _story(text, lang, "2026-06-05")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # another account's date, told as disputed, is no point of the story
        ("They crossed on 9 December 2024. The indictment later put the crossing a day "
         "earlier, on 8 December. Three days later they were charged.", "en",
         "Three days later", "2024-12-12"),
        ("They crossed on 9 December 2024. The prosecutor dated the crossing two days later, "
         "on 11 December. The next day they were charged.", "en", "The next day",
         "2024-12-10"),
        ("3 февраля 2025 года они перешли границу. Некоторые издания называли датой перехода "
         "5 февраля. Через три дня им предъявили обвинение.", "ru", "Через три дня",
         "2025-02-06"),
        # near-misses: a date of the story told after the first is a point
        ("They crossed on 9 December 2024. The guards found them on 10 December. Three days "
         "later they were charged.", "en", "Three days later", "2024-12-13"),
        ("3 февраля 2025 года они перешли границу. Суд назначил дату заседания на 5 февраля. "
         "Через три дня их освободили.", "ru", "Через три дня", "2025-02-08"),
    ],
)  # fmt: skip
def test_a_disputed_date_is_no_point_of_the_story(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2025-12-10")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        # "N before <clause>" after a date: counted on from that date, to the clause's event
        ("Qurban applied for protection in February 2017, two months before his father "
         "disappeared.", "two months before", "2017-04"),
        ("She was summoned on 3 March 2019, three days before police searched the house.",
         "three days before", "2019-03-06"),
        # near-misses: "the day before" and an offset with no date before it in the sentence
        ("He was detained on 3 March 2019. Two days before, police searched the house.",
         "Two days before", "2019-03-01"),
    ],
)  # fmt: skip
def test_an_offset_before_a_clause_counts_on_to_it(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "en", "2025-11-16")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # an offset restated by a date after a comma is that date
        ("In April 2017 his father was taken. Two years later, in 2019, his brother was "
         "sentenced.", "en", "Two years later, in 2019", "2019"),
        ("He was detained on 2 March 2019. Three days later, on 5 March, he was charged.", "en",
         "Three days later, on 5 March", "2019-03-05"),
        ("В апреле 2017 года забрали его отца. Через два года, в 2019 году, брата осудили.",
         "ru", "Через два года, в 2019 году", "2019"),
        # near-miss: no comma, the offset stands alone
        ("In April 2017 his father was taken. Two years later his brother was sentenced in "
         "Kashgar.", "en", "Two years later", "2019-04~"),
    ],
)  # fmt: skip
def test_an_offset_restated_by_a_date(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-16")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "for N days after …" is a duration, no date
        ("In November 2019 he was held for 15 days after attending a meeting.",
         "15 days after"),
        ("He was jailed for ten days after the protest in May 2019.", "ten days after"),
    ],
)  # fmt: skip
def test_a_duration_after_for_is_no_date(text: str, quote: str) -> None:
    assert all(quote not in q for q, _v in _story(text, "en", "2025-11-16"))


def test_an_offset_not_after_for_stays_a_date() -> None:
    # near-miss: the offset alone is a date
    text = "He was detained on 3 May 2019. Ten days after, he was released."
    assert ("Ten days after", "2019-05-13") in _story(text, "en", "2025-11-16")


# --------------------------------------------------------------------------------------------
# An update's stamp with no year, days after the article's date: the article's year
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        (
            "The court ordered his removal on Monday.\n\nUPDATE, March 4: Officials said on "
            "March 4 that he had been flown out on March 3.",
            "en",
            "2025-03-02",
            "March 3",
            "2025-03-03",
        ),
        (
            "The hearing was held today.\n\nUpdated (Dec. 12, 09:30): his lawyer said he was "
            "released late on Dec. 11.",
            "en",
            "2024-12-10",
            "Dec. 11",
            "2024-12-11",
        ),
        (
            "Суд рассмотрел жалобу сегодня.\n\nОБНОВЛЕНИЕ (7 апреля, 18:00)\n\nКак сообщил "
            "адвокат, утром 6 апреля его этапировали в колонию.",
            "ru",
            "2023-04-05",
            "утром 6 апреля",
            "2023-04-06",
        ),
    ],
)
def test_an_update_after_the_article_keeps_its_year(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


def test_a_day_before_the_article_outside_an_update_is_still_of_its_year() -> None:
    # no update's stamp: a day after the article's date is the latest such day before it
    assert _story("The court heard his case on April 12.", "en", "2025-03-30") == [
        ("April 12", "2024-04-12")
    ]


# --------------------------------------------------------------------------------------------
# A month and a day followed by a comma and a clause: still a day
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Her lawyer appealed on Feb. 9, arguing that he faced torture.", "Feb. 9", "2026-02-09"),
        ("On January 28, the court turned the appeal down.", "January 28", "2026-01-28"),
        ("He was flown out on Feb 2, hours after the ruling.", "Feb 2", "2026-02-02"),
    ],
)
def test_a_month_and_day_before_a_comma_and_a_clause(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "en", "2026-02-19")


def test_a_month_and_days_listed_with_commas_are_no_single_day() -> None:
    assert _story("He was questioned on May 3, 5 and 7.", "en", "2026-02-19") == []


# --------------------------------------------------------------------------------------------
# "Since then I live …": the story reaches the present; a month in that paragraph is the
# article's year, not the year the paragraph before went on in
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "In June 2024 the court also said no.\n\nSince then I live without a visa. In "
            "September the police fined me.",
            "en",
            "September",
            "2025-09",
        ),
        (
            "The appeal was rejected in May 2024.\n\nSince then she has been staying with "
            "relatives. In August officers came to the house.",
            "en",
            "August",
            "2025-08",
        ),
        (
            "В июне 2024 года суд отказал.\n\nС тех пор я живу у сестры без документов. В "
            "сентябре меня оштрафовали.",
            "ru",
            "сентябре",
            "2025-09",
        ),
    ],
)
def test_since_then_in_the_present_leaves_the_story(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-14")


def test_without_the_present_the_story_goes_on_in_its_year() -> None:
    text = "In June 2024 the court also said no.\n\nSince then I lived without a visa. In "
    text += "September the police fined me."
    assert ("September", "2024-09") in _story(text, "en", "2025-11-14")


# "В этом же месяце", "в этот же день", "the very same day": the month (day) told before
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "10 сентября прошло собеседование. В этом же месяце задержали его брата.",
            "ru",
            "В этом же месяце",
            "2025-09",
        ),
        (
            "Весной 2019 года он уехал. В этом же году его объявили в розыск.",
            "ru",
            "В этом же году",
            "2019",
        ),
        (
            "10 сентября его задержали. В этот же день суд арестовал его.",
            "ru",
            "В этот же день",
            "2025-09-10",
        ),
        (
            "He was detained on 10 September. On the very same day the court remanded him.",
            "en",
            "the very same day",
            "2025-09-10",
        ),
    ],
)
def test_the_same_month_or_day_said_with_this(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2025-12-05")


# "В следующем месяце" told in the past is the month after the date told before; in the future
# (or in a clause of what someone will do) it is the article's next month
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "В марте 2019 года его задержали. В следующем месяце ему предъявили обвинение.",
            "ru",
            "В следующем месяце",
            "2019-04",
        ),
        (
            "В 2016 году он уехал. В следующем году его объявили в розыск.",
            "ru",
            "В следующем году",
            "2017",
        ),
        (
            "В марте 2019 года её вызвали, а в следующем месяце забрали паспорт.",
            "ru",
            "в следующем месяце",
            "2019-04",
        ),
        (
            "В марте 2019 года его задержали. Адвокат сказал, что в следующем месяце подаст "
            "жалобу.",
            "ru",
            "в следующем месяце",
            "2025-12",
        ),
        (
            "В марте 2019 года его задержали. В следующем месяце суд будет рассматривать жалобу.",
            "ru",
            "В следующем месяце",
            "2025-12",
        ),
        (
            "He was detained in March 2019. The month after, he was charged.",
            "en",
            "The month after",
            "2019-04",
        ),
        (
            "He fled in 2016. The year afterwards, he was sentenced in absentia.",
            "en",
            "The year afterwards",
            "2017",
        ),
    ],
)
def test_the_next_month_told_in_the_past_or_the_future(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-14")


# "В следующую среду", "в ближайшую пятницу" told in the past: the first such day after the
# date told before; in the future no date
@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "5 мая 2024 года его задержали. В следующую среду суд арестовал его.",
            "В следующую среду",
            "2024-05-08",
        ),
        (
            "5 мая 2024 года его задержали. В ближайшую пятницу ему предъявили обвинение.",
            "В ближайшую пятницу",
            "2024-05-10",
        ),
        (
            "5 мая 2024 года его задержали, а в следующий понедельник отпустили.",
            "в следующий понедельник",
            "2024-05-06",
        ),
    ],
)
def test_the_next_weekday_told_in_the_past(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "ru", "2026-01-22")


def test_the_next_weekday_in_the_future_is_no_date() -> None:
    text = "5 мая 2024 года его задержали. Жалобу рассмотрят в следующую среду."
    assert _story(text, "ru", "2026-01-22") == [("5 мая 2024 года", "2024-05-05")]


# "A week later, on 26 February", "Через неделю, 26 февраля": the offset restated by a yearless
# date tells its year, the one nearest the date before plus the offset
@pytest.mark.parametrize(
    ("text", "lang", "article", "quote", "value"),
    [
        (
            "On 3 April 2024 the embassy asked for his transfer.\n\n"
            "Two weeks later, on 17 April, officers arrested him at his flat.",
            "en",
            "2025-06-10",
            "Two weeks later, on 17 April",
            "2024-04-17",
        ),
        (
            "We crossed the border on 25 December 2024.\n\n"
            "A week later, on 1 January, I was detained in the market.",
            "en",
            "2026-03-01",
            "A week later, on 1 January",
            "2025-01-01",
        ),
        (
            "5 марта 2024 года суд дал санкцию на арест.\n\n"
            "Через неделю, 12 марта, его этапировали в Ташкент.",
            "ru",
            "2025-05-01",
            "Через неделю, 12 марта",
            "2024-03-12",
        ),
        (
            "Запрос поступил 2 октября 2024 года.\n\n"
            "Спустя десять дней, 12 октября, прокурор подписал решение о выдаче.",
            "ru",
            "2025-09-20",
            "Спустя десять дней, 12 октября",
            "2024-10-12",
        ),
        (
            "The embassy asked for him on 3 April 2024.\n\n"
            "On 17 April, two weeks later, officers arrested him.",
            "en",
            "2025-06-10",
            "17 April, two weeks later",
            "2024-04-17",
        ),
        (
            "The embassy asked for him on 3 April 2024.\n\n"
            "Two weeks later — on 17 April — officers arrested him.",
            "en",
            "2025-06-10",
            "Two weeks later — on 17 April",
            "2024-04-17",
        ),
        (
            "5 марта 2024 года суд дал санкцию на арест.\n\n"
            "12 марта, через неделю, его этапировали в Ташкент.",
            "ru",
            "2025-05-01",
            "12 марта, через неделю",
            "2024-03-12",
        ),
    ],
)
def test_a_restated_offset_tells_the_year(
    text: str, lang: str, article: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, article)


# "Before that, on 28 June", "Ещё до этого, 28 июня": a yearless day a little before the
# story's point, in a paragraph of its own, is of the story's year
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "He was detained in March 2023. On 30 June 2023 the court upheld the decision.\n\n"
            "Before that, on 28 June, his lawyer complained to the UN Committee.",
            "en",
            "28 June",
            "2023-06-28",
        ),
        (
            "In May 2023 the prosecutor approved his extradition; on 30 June the court "
            "upheld it.\n\nShortly before this, on 21 June, his mother wrote to the ombudsman.",
            "en",
            "21 June",
            "2023-06-21",
        ),
        (
            "В мае 2023 года прокуратура решила выдать его. 30 июня суд оставил решение в "
            "силе.\n\nЕщё до этого, 28 июня, адвокат обратилась в Комитет ООН.",
            "ru",
            "28 июня",
            "2023-06-28",
        ),
        (
            "В мае 2023 года прокуратура решила выдать его. 30 июня суд оставил решение в "
            "силе.\n\n25 июня жена написала омбудсмену. 7 июля 2023 года его выдали.",
            "ru",
            "25 июня",
            "2023-06-25",
        ),
    ],
)
def test_a_day_before_the_story_point_keeps_its_year(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-04-16")


def test_a_day_long_before_the_story_point_is_the_articles() -> None:
    text = (
        "В мае 2023 года прокуратура решила выдать его. 30 июня суд оставил решение в силе."
        "\n\nЕщё до этого, 28 февраля, адвокат обратилась в Комитет ООН."
    )
    assert ("28 февраля", "2026-02-28") in _story(text, "ru", "2026-04-16")


# A dateline with a section's label and a bar ("IN BRIEF | January 20, 2026"): the day its
# "on Sunday", "today" are read against, not the date of the whole text
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "IN BRIEF | January 20, 2026\n\nPolice on Sunday detained a man wanted by China.\n\n"
            "FOLLOW-UP | February 24, 2026\n\nOn Monday the prosecutor refused to extradite him.",
            "en",
            "Sunday",
            "2026-01-18",
        ),
        (
            "News | 20 January 2026\n\nOn Sunday police detained him.\n\n"
            "Update | 24 February 2026\n\nOn Monday he was released.",
            "en",
            "Monday",
            "2026-02-23",
        ),
        (
            "КОРОТКО | 20 января 2026 года\n\nВ воскресенье полиция задержала мужчину.",
            "ru",
            "воскресенье",
            "2026-01-18",
        ),
    ],
)
def test_a_labelled_dateline_dates_what_follows(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-24")


# "Zharkent Today told …", "Kazakhstan Today reported": a capitalised "Today" after a
# capitalised word is a name's part, no date; "Today police said" still is one
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("His relatives told Almaty Today that he was a trader.", False),
        ("The agency Kazakhstan Today reported the arrest.", False),
        ("Семья рассказала агентству «Казахстан Сегодня» о задержании.", False),
        ("Today police said he had been released.", True),
        ("He was released. Today he lives with his sister.", True),
    ],
)
def test_today_in_a_name_is_no_date(text: str, found: bool) -> None:
    lang = "ru" if "Семья" in text else "en"
    quotes = [q for q, _ in _story(text, lang, "2026-02-24")]
    assert any(q.lower() in ("today", "сегодня") for q in quotes) is found


# A place or a label before a comma or a full stop on a dateline of its own ("Жаркент, 21
# января 2026 года", "ПРОДОЛЖЕНИЕ. 27 февраля 2026 года", "Almaty, 3 March 2026"): the day
# its "вчера", "yesterday" are read against
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "Жаркент, 21 января 2026 года\n\nВчера вечером полиция задержала мужчину.\n\n"
            "ПРОДОЛЖЕНИЕ. 27 февраля 2026 года\n\nЕго отпустили в среду.",
            "ru",
            "Вчера",
            "2026-01-20",
        ),
        (
            "Алматы, 21 января 2026 года\n\nСуд арестовал его позавчера.",
            "ru",
            "позавчера",
            "2026-01-19",
        ),
        (
            "Almaty, 21 January 2026\n\nPolice detained him yesterday at the bus station.",
            "en",
            "yesterday",
            "2026-01-20",
        ),
    ],
)
def test_a_placed_dateline_dates_what_follows(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-27")


def test_a_dateline_with_a_sentence_after_it_is_no_stamp() -> None:
    text = "Алматы, 21 января 2026 года. Автор: Иван Петров\n\nВчера его задержали."
    assert ("Вчера", "2026-02-26") in _story(text, "ru", "2026-02-27")


# "почти через два года после его отъезда", "через месяц после моего ареста": the offset
# counts back from the date before it to the act named after a possessive
@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "В марте 2021 года, почти через два года после его отъезда, против него возбудили "
            "дело.",
            "почти через два года после его отъезда",
            "2019-03~",
        ),
        (
            "В мае 2020 года, через месяц после моего ареста, жену вызвали на допрос.",
            "через месяц после моего ареста",
            "2020-04",
        ),
    ],
)
def test_an_offset_after_a_possessive_counts_back(text: str, quote: str, value: str) -> None:
    found = dict(_story(text, "ru", "2026-01-10"))
    key = next(k for k in found if k in quote and "после" in k)
    assert found[key] == value


# A season in another case than the instrumental, with its year: "с осени 2019 года", "до
# весны 2020 года", "в конце лета 2018 года"
@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("С осени 2019 года меня отправили на фабрику.", "осени 2019 года", "2019-09/2019-11"),
        ("Его держали там до весны 2020 года.", "весны 2020 года", "2020-03/2020-05"),
        ("В конце лета 2018 года её вызвали в полицию.", "лета 2018 года", "2018-06/2018-08"),
    ],
)
def test_a_season_in_any_case_with_its_year(text: str, quote: str, value: str) -> None:
    found = _story(text, "ru", "2026-01-10")
    assert any(quote in q and v == value for q, v in found), found


# "А в ноябре семнадцатого за мной пришли ночью. [new paragraph] В декабре меня перевели в
# лагерь": a story told in the first person ("мной", "нами", "моей") keeps its year
@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (
            "В ноябре 2017 года за мной пришли ночью.\n\nВ декабре меня перевели в лагерь.",
            "декабре",
            "2017-12",
        ),
        (
            "В октябре 2018 года с нами перестали говорить соседи.\n\nВ ноябре нас выселили.",
            "ноябре",
            "2018-11",
        ),
    ],
)
def test_a_first_person_story_keeps_its_year(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "ru", "2025-11-14")


# "Five weeks after police detained him, he is back at home": an offset opening its sentence,
# counted to a step named after it, with a main clause in the present, is that long ago
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "Five weeks after police detained him, he is back at home with his family.",
            "en",
            "Five weeks after",
            "2026-01-20",
        ),
        (
            "Two weeks after his arrest, she still does not know where he is held.",
            "en",
            "Two weeks after",
            "2026-02-10",
        ),
        (
            "Спустя пять недель после задержания, он снова дома.",
            "ru",
            "Спустя пять недель после задержания",
            "2026-01-20",
        ),
        (
            "Через две недели после ареста, его семья до сих пор ничего о нём не знает.",
            "ru",
            "Через две недели после ареста",
            "2026-02-10",
        ),
    ],
)
def test_an_offset_to_a_step_told_in_the_present_is_ago(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-24")


def test_an_offset_to_a_step_told_in_the_past_still_counts_on() -> None:
    text = "On 3 May 2025 he was arrested. Two weeks after his arrest, he was charged."
    assert ("Two weeks after", "2025-05-17") in _story(text, "en", "2026-02-24")


# The paper's own earlier report, dated ("о задержании которого мы писали в январе", "as we
# reported on 3 March", "we wrote about him in January"): no date of a step
@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "Нурлан, о задержании которого мы писали в январе, вышел на свободу.",
            "ru",
            [],
        ),
        ("Как мы сообщали 3 марта, его задержали в аэропорту.", "ru", []),
        ("As we reported on 3 March, he was detained at the airport.", "en", []),
        (
            "We wrote about him in January. On 5 February 2026 he was released.",
            "en",
            ["5 February 2026"],
        ),
        ("Мы писали, что 3 марта 2026 года его задержали.", "ru", ["3 марта 2026 года"]),
    ],
)
def test_the_date_of_our_own_report_is_no_step(text: str, lang: str, kept: list[str]) -> None:
    assert [q for q, _ in _story(text, lang, "2026-03-10")] == kept


# --------------------------------------------------------------------------------------------
# "That same year, 2018": the year written after "the same year" wins over the date before
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "Police took her brother in April 2017. The following year a neighbour told us he "
            "was sentenced. In the summer of that same year, 2017, they took my passport.",
            "en",
            "In the summer of that same year, 2017",
            "2017-06/2017-08",
        ),
        (
            "He fled in 2015. The next year his wife was fined. In the autumn of the same year, "
            "2015, his father was questioned.",
            "en",
            "In the autumn of the same year, 2015",
            "2015-09/2015-11",
        ),
        (
            "I was detained in 2016; a year after that my son left. In May of that same year, "
            "2016, they searched our house.",
            "en",
            "May of that same year, 2016",
            "2016-05",
        ),
        (
            "She was arrested in 2019. The following year she was sentenced. That same year, "
            "2019, her husband lost his job.",
            "en",
            "That same year, 2019",
            "2019",
        ),
        (
            "В 2016 году он уехал. На следующий год её оштрафовали. В мае того же 2016 года к "
            "нам пришла полиция.",
            "ru",
            "мае того же 2016 года",
            "2016-05",
        ),
        (
            "Брата забрали в 2018 году, а на следующий год осудили. Летом того же 2018-го года "
            "у меня отобрали паспорт.",
            "ru",
            "Летом того же 2018-го года",
            "2018-06/2018-08",
        ),
    ],
)
def test_the_same_year_with_its_year_written(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "He applied for asylum in June, a month after he arrived in Almaty on 2 May 2024.",
            "en",
            "2 May 2024",
            "2024-05-02",
        ),
        (
            "She was detained in March 2023, two weeks after she had reached Bishkek on "
            "1 March 2023.",
            "en",
            "1 March 2023",
            "2023-03-01",
        ),
        (
            "Он подал заявление в июне 2024 года, через месяц после того, как приехал в Алматы "
            "2 мая 2024 года.",
            "ru",
            "2 мая 2024 года",
            "2024-05-02",
        ),
        (
            "Её задержали в марте 2023 года, спустя две недели после того как она прилетела в "
            "Бишкек 1 марта 2023 года.",
            "ru",
            "1 марта 2023 года",
            "2023-03-01",
        ),
    ],
)
def test_a_step_after_an_offset_dated_in_full_keeps_its_date(
    text: str, lang: str, quote: str, value: str
) -> None:
    story = _story(text, lang, "2025-11-20")
    assert (quote, value) in story
    # the offset ("a month after") dates nothing of its own
    assert len(story) == 2


def test_an_offset_to_a_step_with_no_date_still_counts_back() -> None:
    story = _story("Detained on 11 November 2024, a day after he crossed the river.", "en",
                   "2025-11-20")
    assert ("a day after", "2024-11-10") in story


# --------------------------------------------------------------------------------------------
# "The year before", "the previous year", "за год до этого": the calendar's year before
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        ("A court sentenced her in 2019. The year before, her son was detained.", "en",
         "The year before", "2018"),
        ("Prosecutors charged him in May 2019. The previous year his father had been taken.",
         "en", "The previous year", "2018"),
        ("He fled in 2017; in the preceding year police had searched the house twice.", "en",
         "the preceding year", "2016"),
        ("She was detained in June 2020. The month before, her passport was taken.", "en",
         "The month before", "2020-05"),
        ("Её осудили в 2019 году. За год до этого задержали её сына.", "ru", "За год до этого",
         "2018"),
        ("Его обвинили в 2019 году, а в предыдущем году забрали отца.", "ru",
         "в предыдущем году", "2018"),
        ("Её задержали в июне 2020 года. За месяц до того у неё забрали паспорт.", "ru",
         "За месяц до того", "2020-05"),
    ],
)  # fmt: skip
def test_the_year_before_the_date_told(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-20")


@pytest.mark.parametrize(
    "text",
    [
        # a step follows: the year before that step, not before the date told
        "He was charged in 2021. The year before he fled, his brother was detained.",
        "He was charged in 2021. The previous year's elections were rigged.",
    ],
)
def test_the_year_before_a_step_is_no_date(text: str) -> None:
    assert [q for q, _ in _story(text, "en", "2025-11-20")] == ["2021"]


# --------------------------------------------------------------------------------------------
# "held since November", told in February: the November before the article
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        ("He went on hunger strike last Thursday in the prison where he has been held since "
         "November.", "en", "November", "2025-11"),
        ("Police came to her flat on Monday; she had lived there since October, she said.", "en",
         "October", "2025-10"),
        ("В прошлый четверг он объявил голодовку в СИЗО, где содержится с ноября.", "ru",
         "ноября", "2025-11"),
        ("Во вторник к нему пришёл адвокат: он находится под стражей с декабря.", "ru",
         "декабря", "2025-12"),
    ],
)  # fmt: skip
def test_since_a_month_is_before_the_article(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2026-02-18")


# --------------------------------------------------------------------------------------------
# "In the first weeks there", "в первые дни": the first month of the time told before
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        ("She was held in a camp from November 2017 to June 2019. In the first weeks there "
         "they beat her.", "en", "In the first weeks", "2017-11"),
        ("From March 2018 until May 2019 I was in the centre. During the first few months we "
         "were not allowed to sleep.", "en", "During the first few months", "2018-03"),
        # a start, then an "until" in the next sentence
        ("In April 2018 they took me. I was held in a camp until December 2019. For the first "
         "days I was kept in a cell alone.", "en", "For the first days", "2018-04"),
        ("С ноября 2017 года по июнь 2019 года она была в лагере. В первые недели её били.",
         "ru", "В первые недели", "2017-11"),
        ("Я находился в центре с марта 2018 по май 2019 года. В первые же дни меня допрашивали "
         "ночами.", "ru", "В первые же дни", "2018-03"),
        ("С октября 2018 года по июль 2019 года он провёл в лагере. В первый месяц его держали в "
         "карцере.", "ru", "В первый месяц", "2018-10"),
        # a time begun at the date ("From …", "since …", "с …"), its end told later or never
        ("From May 2018 he was kept in a camp. In the first weeks they beat him.", "en",
         "In the first weeks", "2018-05"),
        ("Starting in May 2018 I was held in a centre near the city. During the first few "
         "months we slept on the floor.", "en", "During the first few months", "2018-05"),
        ("She has been in the camp since May 2018. For the first days she was alone in a cell.",
         "en", "For the first days", "2018-05"),
        ("С мая 2018 года меня держали в лагере. В первые недели нас били.", "ru",
         "В первые недели", "2018-05"),
    ],
)  # fmt: skip
def test_the_first_weeks_of_a_time_told(text: str, lang: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, lang, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        # a point told before may be the time's end; a day is left to the step's own date
        ("She was released in July 2019. In the first weeks she could not sleep.", "en",
         "In the first weeks"),
        ("Его задержали 5 марта 2018 года. В первые дни его били.", "ru", "В первые дни"),
        # "from" inside a sentence is not a time begun ("a letter from May 2018")
        ("He showed us a letter from May 2018. In the first weeks he read it every day.", "en",
         "In the first weeks"),
    ],
)  # fmt: skip
def test_the_first_weeks_after_a_point_are_not_dated(text: str, lang: str, quote: str) -> None:
    assert (quote, None) in _story(text, lang, "2025-11-20")
