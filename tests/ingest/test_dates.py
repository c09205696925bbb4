"""Date expressions: precision kept, relative dates resolved, nothing invented."""

from __future__ import annotations

import re

import pytest

from panah.core.dates import FuzzyDate
from panah.ingest import SourceMeta, draft_case
from panah.ingest.datescan import scan
from panah.ingest.datetext import Parts, add_offset, resolve, timestamp
from panah.ingest.text import sentences


def resolved(text: str, lang: str, article: str | None) -> list[tuple[str, str | None]]:
    mentions = scan(text, lang, sentences(text))
    art = FuzzyDate.parse(article) if article else None
    return [(r.mention.span.text(text), r.value) for r in resolve(mentions, art)]


ABSOLUTE = [
    pytest.param(
        "They left on 1 October 2019.", "en", ("1 October 2019", "2019-10-01"), id="en-day"
    ),
    pytest.param(
        "It happened on October 6, 2019.",
        "en",
        ("October 6, 2019", "2019-10-06"),
        id="en-month-first",
    ),
    pytest.param(
        "In April 2018 she fled.", "en", ("April 2018", "2018-04"), id="en-month-keeps-precision"
    ),
    pytest.param("He was sent to a camp in 2016.", "en", ("2016", "2016"), id="en-year"),
    pytest.param(
        "Filed on 14.10.2019 in Almaty.", "en", ("14.10.2019", "2019-10-14"), id="en-numeric"
    ),
    pytest.param(
        "в апреле 2018 года она бежала",
        "ru",
        ("апреле 2018 года", "2018-04"),
        id="ru-month-keeps-precision",
    ),
    pytest.param(
        "1 августа 2018 года суд", "ru", ("1 августа 2018 года", "2018-08-01"), id="ru-day"
    ),
    pytest.param("в 2016 году его брата", "ru", ("2016 году", "2016"), id="ru-year"),
    pytest.param(
        "с марта 2013 года по ноябрь 2017 года",
        "ru",
        ("марта 2013 года по ноябрь 2017 года", "2013-03/2017-11"),
        id="ru-range",
    ),
    pytest.param(
        "from March 2013 to November 2017",
        "en",
        ("March 2013 to November 2017", "2013-03/2017-11"),
        id="en-range",
    ),
    pytest.param(
        "between 2013 and 2017", "en", ("2013 and 2017", "2013/2017"), id="en-range-years"
    ),
    pytest.param("в 2013-2017 годах", "ru", ("2013-2017 годах", "2013/2017"), id="ru-range-years"),
    pytest.param(
        "at the end of August 2019",
        "en",
        ("at the end of August 2019", "2019-08"),
        id="en-qualifier-keeps-month",
    ),
    pytest.param("around March 2018", "en", ("March 2018", "2018-03~"), id="en-approximate"),
    pytest.param(
        "примерно в марте 2018 года", "ru", ("марте 2018 года", "2018-03~"), id="ru-approximate"
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ABSOLUTE)
def test_absolute_dates_keep_their_precision(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert resolved(text, lang, None) == [expected]


RELATIVE = [
    pytest.param(
        "Last October they fled.", "en", "2019-12-15", "2019-10", id="last-month-name-same-year"
    ),
    pytest.param(
        "Last October they fled.", "en", "2020-01-09", "2019-10", id="last-month-name-previous-year"
    ),
    pytest.param(
        "Last October they fled.", "en", "2020-10-31", "2019-10", id="last-month-name-in-that-month"
    ),
    pytest.param(
        "In September he was detained.", "en", "2019-12-15", "2019-09", id="bare-month-this-year"
    ),
    pytest.param(
        "In December he was detained.",
        "en",
        "2020-01-09",
        "2019-12",
        id="bare-month-after-article-month",
    ),
    pytest.param(
        "On 6 December the case closed.", "en", "2020-01-09", "2019-12-06", id="day-month-last-year"
    ),
    pytest.param(
        "On 6 January the trial opened.", "en", "2020-01-09", "2020-01-06", id="day-month-this-year"
    ),
    pytest.param("Last year she applied.", "en", "2021-05-12", "2020", id="last-year"),
    pytest.param("This year she applied.", "en", "2021-05-12", "2021", id="this-year"),
    pytest.param("in September last year", "en", "2021-02-10", "2020-09", id="month-last-year"),
    pytest.param("Two days ago she was detained.", "en", "2021-05-12", "2021-05-10", id="days-ago"),
    pytest.param("Yesterday she was detained.", "en", "2021-05-12", "2021-05-11", id="yesterday"),
    pytest.param(
        "В прошлом году в сентябре его задержали.",
        "ru",
        "2021-02-10",
        "2020-09",
        id="ru-last-year-september",
    ),
    pytest.param(
        "В октябре прошлого года его задержали.",
        "ru",
        "2021-02-10",
        "2020-10",
        id="ru-october-last-year",
    ),
    pytest.param(
        "В прошлом октябре его задержали.", "ru", "2019-12-15", "2019-10", id="ru-last-october"
    ),
    pytest.param(
        "В декабре заместитель заявил.", "ru", "2020-06-23", "2019-12", id="ru-bare-month-last-year"
    ),
    pytest.param("в прошлом году", "ru", "2021-05-12", "2020", id="ru-last-year"),
]


@pytest.mark.parametrize(("text", "lang", "article", "expected"), RELATIVE)
def test_dates_relative_to_the_article(text: str, lang: str, article: str, expected: str) -> None:
    values = [v for _span, v in resolved(text, lang, article)]
    assert values == [expected]


CHAINED = [
    pytest.param(
        "They crossed on 6 October 2019. Two days later they reached Almaty.",
        "en",
        "2019-10-08",
        id="two-days-later",
    ),
    pytest.param(
        "They were released on 22 June 2020. A year later they left.",
        "en",
        "2021-06~",
        id="a-year-later-keeps-month-approximate",
    ),
    pytest.param(
        "They applied in March 2018. Two months later they were refused.",
        "en",
        "2018-05",
        id="two-months-later-from-month",
    ),
    pytest.param(
        "She was detained on 3 May 2018. The next day she was released.",
        "en",
        "2018-05-04",
        id="next-day",
    ),
    pytest.param(
        "She was detained on 3 May 2018 and charged the same day.",
        "en",
        "2018-05-03",
        id="the-same-day",
    ),
    pytest.param(
        "Closed on 6 December 2019; the case went to the prosecutor three days later.",
        "en",
        "2019-12-09",
        id="three-days-later",
    ),
    pytest.param(
        "He arrived on 28 February 2020. A week later he applied.",
        "en",
        "2020-03-06",
        id="week-later-leap-year",
    ),
    pytest.param(
        "Они пересекли границу 6 октября 2019 года. Через два дня они были в Алматы.",
        "ru",
        "2019-10-08",
        id="ru-cherez-dva-dnya",
    ),
    pytest.param(
        "Её задержали 17 апреля 2021 года. На следующий день её отпустили.",
        "ru",
        "2021-04-18",
        id="ru-next-day",
    ),
    pytest.param(
        "Её задержали 17 апреля 2021 года. Спустя неделю суд решил.",
        "ru",
        "2021-04-24",
        id="ru-spustya-nedelyu",
    ),
    pytest.param(
        "Её задержали 17 апреля 2021 года. В тот же день она подала заявление.",
        "ru",
        "2021-04-17",
        id="ru-v-tot-zhe-den",
    ),
    # a time of the next day, told with the day in the genitive or as "next morning"
    pytest.param(
        "Я вышел из дома 3 мая 2020 года. На рассвете следующего дня я был у реки.",
        "ru",
        "2020-05-04",
        id="ru-na-rassvete-sleduyushchego-dnya",
    ),
    pytest.param(
        "Его задержали 3 мая 2020 года, а вечером другого дня перевели в изолятор.",
        "ru",
        "2020-05-04",
        id="ru-vecherom-drugogo-dnya",
    ),
    pytest.param(
        "Мы перешли реку 3 мая 2020 года. Следующим утром нас нашли пограничники.",
        "ru",
        "2020-05-04",
        id="ru-sleduyushchim-utrom",
    ),
    pytest.param(
        "Она уехала 3 мая 2020 года. На другое утро её задержали на вокзале.",
        "ru",
        "2020-05-04",
        id="ru-na-drugoe-utro",
    ),
    pytest.param(
        "They left home on 3 May 2020 and crossed the river at dawn the next day.",
        "en",
        "2020-05-04",
        id="en-at-dawn-the-next-day",
    ),
    pytest.param(
        "We reached the border on 3 May 2020. The following dawn we crossed it.",
        "en",
        "2020-05-04",
        id="en-the-following-dawn",
    ),
    pytest.param(
        "He was detained on 3 May 2020. The morning after, he was moved to a cell.",
        "en",
        "2020-05-04",
        id="en-the-morning-after",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CHAINED)
def test_dates_relative_to_the_previous_date(text: str, lang: str, expected: str) -> None:
    values = [v for _span, v in resolved(text, lang, "2022-01-01")]
    assert values[-1] == expected


YEAR_FROM_STORY = [
    pytest.param(
        "The two men left home on 1 October 2019. On the night of 6 October they crossed.",
        "2020-06-23",
        "2019-10-06",
        id="same-paragraph-year",
    ),
    pytest.param(
        "The service refused her on 2 December 2020, and she appealed on 11 January.",
        "2021-03-15",
        "2021-01-11",
        id="story-moves-into-next-year",
    ),
]


@pytest.mark.parametrize(("text", "article", "expected"), YEAR_FROM_STORY)
def test_a_missing_year_comes_from_the_story(text: str, article: str, expected: str) -> None:
    assert resolved(text, "en", article)[-1][1] == expected


NOTHING_INVENTED = [
    pytest.param(
        "Two days later they reached Almaty.", "en", "2019-12-15", id="offset-with-nothing-before"
    ),
    pytest.param(
        "In October 2019 they fled. Two days later they reached Almaty.",
        "en",
        "2019-12-15",
        id="days-from-a-month",
    ),
    pytest.param("Last October they fled.", "en", None, id="relative-without-article-date"),
    pytest.param("On 14 October they applied.", "en", None, id="yearless-without-article-date"),
    pytest.param(
        "В сентябре 2020 года его задержали. Через неделю суд вынес решение.",
        "ru",
        "2021-02-10",
        id="ru-week-from-a-month",
    ),
    pytest.param(
        "Через два дня они добрались до Алматы.",
        "ru",
        "2019-12-15",
        id="ru-offset-with-nothing-before",
    ),
    pytest.param("On a Monday they fled.", "en", "2019-12", id="weekday-without-article-day"),
    pytest.param("Several days later they reached Almaty.", "en", "2019-12-15", id="vague-count"),
]


@pytest.mark.parametrize(("text", "lang", "article"), NOTHING_INVENTED)
def test_nothing_is_invented(text: str, lang: str, article: str | None) -> None:
    """The last date expression of each text cannot be resolved: it stays undetermined."""
    found = resolved(text, lang, article)
    assert (
        not found or found[-1][1] is None or found[-1][0] in ("October 2019", "сентябре 2020 года")
    )
    if len(found) > 1:
        assert found[-1][1] is None


def test_dateparser_never_fills_a_missing_year() -> None:
    """dateparser would give "On 14 October" the current year; the backend refuses it."""
    from panah.ingest.backends import DateparserBackend

    backend = DateparserBackend()
    found = backend.dates("On 14 October they applied; on 1 October 2019 they left.")
    assert [p for _s, p in found] == [Parts(2019, 10, 1)]


@pytest.mark.parametrize(
    ("anchor", "n", "unit", "expected"),
    [
        pytest.param(Parts(2020, 2, 28), 1, "day", (Parts(2020, 2, 29), False), id="leap-day"),
        pytest.param(Parts(2019, 12, 31), 1, "day", (Parts(2020, 1, 1), False), id="new-year"),
        pytest.param(Parts(2019, 11), 2, "month", (Parts(2020, 1), False), id="months-across-year"),
        pytest.param(
            Parts(2019, 10, 14),
            2,
            "month",
            (Parts(2019, 12), True),
            id="months-from-a-day-are-approximate",
        ),
        pytest.param(Parts(2019, 10), 3, "day", None, id="days-from-a-month-undetermined"),
        pytest.param(Parts(2019), 1, "month", None, id="months-from-a-year-undetermined"),
        pytest.param(Parts(2019), 1, "year", (Parts(2020), False), id="years-from-a-year"),
    ],
)
def test_offsets_keep_the_anchor_precision(
    anchor: Parts, n: int, unit: str, expected: tuple[Parts, bool] | None
) -> None:
    assert add_offset(anchor, n, unit) == expected  # type: ignore[arg-type]


def test_until_is_not_a_start_date() -> None:
    text = "Свидетельства действуют до конца июля 2020 года."
    mentions = scan(text, "ru", sentences(text))
    assert [m.role for m in mentions] == ["until"]


DAY_MONTH = [
    pytest.param("📌 11.06 — решение о выдаче", "ru", "2025-10-08", "2025-06-11", id="ru-list"),
    pytest.param("02.10: апелляция отклонена.", "ru", "2025-10-08", "2025-10-02", id="ru-colon"),
    pytest.param(
        "20.11 его задержали в Алматы.", "ru", "2024-05-10", "2023-11-20", id="ru-last-year"
    ),
    pytest.param(
        "Жалобу подали к 08.05, суд ответил 10.05.",
        "ru",
        "2024-05-10",
        "2024-05-10",
        id="ru-clause",
    ),
    pytest.param(
        "В марте 2021 года его вызывали на допрос. 15.03 суд назначил выдворение.",
        "ru",
        "2024-05-10",
        "2021-03-15",
        id="ru-year-from-the-story",
    ),
    pytest.param("On 29.02 he was detained.", "en", "2024-05-10", "2024-02-29", id="en-leap-day"),
]


@pytest.mark.parametrize(("text", "lang", "article", "expected"), DAY_MONTH)
def test_a_day_and_month_without_a_year(text: str, lang: str, article: str, expected: str) -> None:
    assert resolved(text, lang, article)[-1][1] == expected


NOT_A_DAY_MONTH = [
    pytest.param("Его обвинили по ст. 12.10 КоАП.", "ru", id="ru-article"),
    pytest.param("по ч. 1.02 статьи", "ru", id="ru-part"),
    pytest.param("Заседание начнётся в 11.05 по местному времени.", "ru", id="ru-clock"),
    pytest.param("Собеседование заняло 10.05 ч.", "ru", id="ru-hours"),
    pytest.param("Инфляция составила 12.05%.", "ru", id="ru-percent"),
    pytest.param("Штраф — 12.10 руб. за день.", "ru", id="ru-money"),
    pytest.param("Вышла версия 3.12.1 приложения.", "ru", id="ru-version"),
    pytest.param("Курс упал на 3.14, а потом на 1.5.", "ru", id="ru-decimals"),
    pytest.param("Срок 11.30 и 31.02 не даты.", "ru", id="ru-month-out-of-range"),
    pytest.param("He was charged under art. 12.03 of the code.", "en", id="en-article"),
    pytest.param("The hearing began at 10.05 am.", "en", id="en-clock"),
    pytest.param("The fine was $12.10 a day.", "en", id="en-money"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_A_DAY_MONTH)
def test_numbers_that_are_not_a_day_and_month(text: str, lang: str) -> None:
    found = [m.span.text(text) for m in scan(text, lang, sentences(text))]
    assert not [f for f in found if re.fullmatch(r"\d{1,2}\.\d{2}", f)], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He was arrested on 25/11/2023. On 14/02 the court ordered his extradition.",
            "2024-02-14",
            id="order-shown-by-a-date",
        ),
        pytest.param(
            "All dates are day/month/year. On 03/04 he was detained.", "2024-04-03", id="stated"
        ),
    ],
)
def test_a_slashed_day_and_month_where_the_text_is_day_first(text: str, expected: str) -> None:
    assert resolved(text, "en", "2024-05-10")[-1][1] == expected


def test_a_slashed_day_and_month_is_not_read_when_the_order_is_unknown() -> None:
    text = "On 03/04 he was detained."
    assert [m.span.text(text) for m in scan(text, "en", sentences(text))] == []


_STATED = "Dates are day/month.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no leading zeros, no year: the text's convention reads them
        pytest.param(_STATED + "- Detained 22/7 in Balashikha.", "2023-07-22", id="day-month"),
        pytest.param(_STATED + "- Court ordered arrest 3/4, 2 months.", "2024-04-03", id="short"),
        pytest.param(_STATED + "- Charged in absentia 12/1/23.", "2023-01-12", id="yy"),
        pytest.param("ДД.ММ.ГГ\n- Задержан 5/3/24.", "2024-03-05", id="ru-stated-yy"),
        pytest.param("Dates: mm/dd/yy.\n- Detained 3/4/24.", "2024-03-04", id="month-first"),
    ],
)
def test_short_slashed_dates_under_a_stated_convention(text: str, expected: str) -> None:
    assert resolved(text, "en", "2024-05-10")[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was held 24/7 in a cell, and 3/4 of the detainees were Uyghur.",  # no convention
        "Held 22/7 in Balashikha; arrested 12/1/23.",
        "Dates: mm/dd/yy.\n- Detained 22/7.",  # a day and month only where day first is stated
    ],
)
def test_short_slashed_numbers_without_a_stated_day_first_are_no_dates(text: str) -> None:
    found = [m.span.text(text) for m in scan(text, "en", sentences(text))]
    assert not [f for f in found if "/" in f], found


def resolved_in(text: str, lang: str, article: str) -> list[tuple[str, str | None]]:
    """Each mention's text and value, resolved with the text (time stamps read)."""
    mentions = scan(text, lang, sentences(text))
    art = FuzzyDate.parse(article)
    return [(r.mention.span.text(text), r.value) for r in resolve(mentions, art, text)]


_FEED = (
    "Лента новостей\n\n"
    "20.03.2026, 11:00 (обновлено)\n19.03.2026, 20:10\nСуд отклонил иск\n\n"
    "Суд сегодня отклонил иск поэта.\n\n"
    "ОБНОВЛЕНО. Представитель миграционной службы сегодня утром заявил, что решения нет.\n\n"
    "12.03.2026, 10:15\nВ Стамбуле задержан поэт\n\n"
    "Вчера вечером полиция задержала поэта.\n"
)


def test_a_feed_items_relative_dates_count_from_its_own_time_stamp() -> None:
    got = resolved_in(_FEED, "ru", "2026-03-20")
    assert got == [
        ("20.03.2026", "2026-03-20"),
        ("19.03.2026", "2026-03-19"),
        ("сегодня", "2026-03-19"),  # the item stamped 19 March, not the feed's 20 March
        ("сегодня", "2026-03-20"),  # the update's: its own stamp's day
        ("12.03.2026", "2026-03-12"),
        ("Вчера", "2026-03-11"),  # not the day before the feed's date
    ]


def test_a_feeds_time_stamps_are_the_dates_of_no_event() -> None:
    draft = draft_case(_FEED, lang="ru", meta=SourceMeta(date="2026-03-20"), classifier=False)
    claims = [c for c in draft.case["claims"] if c["property"] == "date"]
    assert {c["value"] for c in claims} >= {"2026-03-11"}
    assert not {c["value"] for c in claims} & {"2026-03-12"}  # the stamp, not the detention


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        # the weekday named in the update picks the year: 12 March 2026 is a Thursday
        ("UPDATE, Thursday, March 12: she was released on Thursday.", "2026-03-12"),
        # the Wednesday before the stamp's Thursday
        ("UPDATE, Thursday, March 12: her lawyers wrote to the Committee on Wednesday.",
         "2026-03-11"),
    ],
)  # fmt: skip
def test_an_update_dates_its_own_relative_days(update: str, expected: str) -> None:
    text = "Istanbul, 9 March 2026. Police detained her on Monday.\n\n" + update
    got = resolved_in(text, "en", "2026-03-09")
    assert got[1] == ("Monday", "2026-03-09")  # before the update: the story's date
    # the update's own date is of 2026, not 2025 (it postdates the story), and its weekday
    # counts from it
    assert got[2][1] == "2026-03-12"
    assert got[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "12.03.2019 — задержан в Алматы.",  # a chronology's date with its event: no stamp
        "He was detained on\n12 March 2019, at 10:15, in Almaty.",  # inside a sentence
    ],
)
def test_a_date_with_its_event_on_the_line_is_no_time_stamp(text: str) -> None:
    mentions = scan(text, "en" if "He" in text else "ru", sentences(text))
    assert not [m for m in mentions if timestamp(text, m.span)]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Это было осенью семнадцатого года.", "осенью семнадцатого года", "2017-09/2017-11"),
        ("Уехали мы в конце мая девятнадцатого.", "в конце мая девятнадцатого", "2019-05"),
        ("Весной двадцать первого суд отказал.", "Весной двадцать первого", "2021-03/2021-05"),
        ("В девяносто восьмом году он уехал.", "девяносто восьмом году", "1998"),
        ("Его осудили в две тысячи девятом году.", "две тысячи девятом году", "2009"),
        ("Держали с апреля восемнадцатого и до января девятнадцатого.",
         "апреля восемнадцатого и до января девятнадцатого", "2018-04/2019-01"),
    ],
)  # fmt: skip
def test_a_year_said_in_words(text: str, quote: str, value: str) -> None:
    got = resolved(text, "ru", "2025-06-12")
    assert len(got) == 1
    assert got[0][1] == value
    assert quote in got[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "Девятнадцатого мая его задержали.",  # a day and its month
        "Семнадцатого числа его вызвали.",  # a day of the month
        "На девятом году учёбы он уехал.",  # a number under ten needs "две тысячи"
        "Он живёт на двадцать первом этаже.",
    ],
)
def test_an_ordinal_that_is_no_year(text: str) -> None:
    assert not [v for _q, v in resolved(text, "ru", "2025-06-12") if v and len(v) == 4]


def test_a_year_said_in_words_keeps_every_offset() -> None:
    text = "Мы уехали в конце мая девятнадцатого. Через Хоргос."
    (m,) = scan(text, "ru", sentences(text))
    assert m.span.text(text) == "в конце мая девятнадцатого"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "They took him in November 2017. In October of the same year I was taken.",
         "2017-10"),
        ("en", "He fled on 2 May 2019. On the 20th of June that year he was caught.", "2019-06-20"),
        ("ru", "В ноябре 2017 года забрали отца. В октябре того же года увезли меня.", "2017-10"),
    ],
)  # fmt: skip
def test_a_month_of_the_year_told_before(lang: str, text: str, expected: str) -> None:
    assert resolved(text, lang, "2026-04-14")[-1][1] == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        # the first spring after the date told before: a month before spring, its first month,
        # a month after it
        ("February 2018", "2018-03/2018-05"),
        ("March 2018", "2019-03/2019-05"),
        ("April 2018", "2019-03/2019-05"),
        ("2018", "2019-03/2019-05"),
    ],
)
def test_the_season_after(anchor: str, expected: str) -> None:
    for lang, text in (
        ("en", f"They took my father in {anchor}. The spring after, police came for me."),
        ("en", f"They took my father in {anchor}. The following spring police came."),
    ):
        assert resolved(text, lang, "2026-04-14")[-1][1] == expected, text
    ru = {"February 2018": "феврале 2018 года", "March 2018": "марте 2018 года",
          "April 2018": "апреле 2018 года", "2018": "2018 году"}[anchor]  # fmt: skip
    text = f"Отца забрали в {ru}. Следующей весной пришли за мной."
    assert resolved(text, "ru", "2026-04-14")[-1][1] == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        ("Sunday 7 December 2025", "2025-12-08"),  # the day before a Monday: the next day
        ("Monday 8 December 2025", "2025-12-15"),  # a Monday: a week later
        ("Tuesday 9 December 2025", "2025-12-15"),  # the day after a Monday
    ],
)
def test_the_weekday_after(anchor: str, expected: str) -> None:
    for text in (
        f"The court sat on {anchor}. The Monday after the court we applied.",
        f"The court sat on {anchor}. The following Monday we applied.",
    ):
        assert resolved(text, "en", "2026-04-14")[-1][1] == expected, text


def test_the_weekday_after_a_month_is_undetermined() -> None:
    text = "The court sat in December 2025. The Monday after the court we applied."
    assert resolved(text, "en", "2026-04-14")[-1][1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I crossed on the seventeenth of July 2021.", "2021-07-17"),
        ("In 2021 I crossed on the twenty-first of July.", "2021-07-21"),
        ("On July the thirtieth, 2021, I crossed.", "2021-07-30"),
        ("In 2021 I crossed on the thirty-first of June.", None),  # no such day
    ],
)
def test_a_day_said_in_words(text: str, expected: str | None) -> None:
    assert resolved(text, "en", "2026-04-14")[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Он приехал второго сентября восемнадцатого года.", "2018-09-02"),
        ("Обвинение предъявили десятого марта двадцать второго года.", "2022-03-10"),
        ("Тридцать первого мая двадцать третьего года его задержали.", "2023-05-31"),
        ("Двадцать пятого декабря его задержали.", "2024-12-25"),  # the latest before the source
    ],
)
def test_a_russian_day_said_in_words(text: str, expected: str) -> None:
    assert resolved(text, "ru", "2025-12-05")[-1][1] == expected


@pytest.mark.parametrize(
    "text", ["Его вызывали девятнадцатого числа.", "Второго свидетеля допросили позже."]
)
def test_a_russian_ordinal_without_a_month_is_no_day(text: str) -> None:
    assert resolved(text, "ru", "2025-12-05") == []


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("On the twelfth of February, twenty twenty-three, police detained him.",
         "the twelfth of February, twenty twenty-three", "2023-02-12"),
        ("He came to Russia in twenty nineteen.", "twenty nineteen", "2019"),
        ("In two thousand and nineteen he fled.", "two thousand and nineteen", "2019"),
        ("Since two thousand nine he has lived here.", "two thousand nine", "2009"),
        ("In the spring of twenty twenty-one he left.", "the spring of twenty twenty-one",
         "2021-03/2021-05"),
        ("They met in March, nineteen ninety-eight.", "March, nineteen ninety-eight", "1998-03"),
        ("He left in twenty oh five.", "twenty oh five", "2005"),
    ],
)  # fmt: skip
def test_an_english_year_said_aloud(text: str, quote: str, value: str) -> None:
    got = resolved(text, "en", "2025-10-08")
    assert len(got) == 1
    assert got[0] == (quote, value)


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-three people were detained.",
        "He was fined two thousand dollars.",
        "He paid a fine of two thousand and nineteen dollars.",
        "The van came at twenty past nine.",
        "In twenty minutes it was over.",
        "Of the twenty twenty-year-olds, none stayed.",
        "About two thousand and five hundred people marched.",
        "He counted nineteen twenty times.",  # no year: nineteen + twenty
    ],
)
def test_an_english_number_that_is_no_year(text: str) -> None:
    assert resolved(text, "en", "2025-10-08") == []


def test_an_english_year_said_aloud_keeps_every_offset() -> None:
    text = "He came in twenty nineteen. Police came."
    (m,) = scan(text, "en", sentences(text))
    assert m.span.text(text) == "twenty nineteen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the twelfth of February last year he was released.", "2024-02-12"),
        ("On February 12 last year he was released.", "2024-02-12"),
        ("On March the third this year he was released.", "2025-03-03"),
        ("On 12 February last year he was released.", "2024-02-12"),
    ],
)
def test_a_day_of_last_year(text: str, expected: str) -> None:
    assert resolved(text, "en", "2025-10-08") == [(text[3:-17], expected)]


CHRONOLOGY = (
    "On 12 February 2023 police detained him. Two days later a court ordered his arrest. "
    "On 1 March he applied for asylum."
)


@pytest.mark.parametrize(
    ("text", "lang", "article", "expected"),
    [
        # a chronology of days of 2023, then a new paragraph: the story goes on in 2023
        (CHRONOLOGY + "\n\nMeanwhile, on 2 April, his sister was questioned.", "en",
         "2025-10-08", "2023-04-02"),
        # a paragraph set in September 2023, told in the first person
        ("In September 2023 I was detained in Almaty.\n\nOn 25 October I applied for asylum.",
         "en", "2026-01-10", "2023-10-25"),
        ("В сентябре 2023 года меня задержали.\n\n25 октября я подал заявление.", "ru",
         "2026-01-10", "2023-10-25"),
        # the year opens its sentence
        ("In 2019, on 3 May, police searched the house. On 9 May they came back.\n\n"
         "On 14 June he left.", "en", "2025-10-08", "2019-06-14"),
    ],
)  # fmt: skip
def test_the_story_year_goes_on_into_the_next_paragraph(
    text: str, lang: str, article: str, expected: str
) -> None:
    assert resolved_in(text, lang, article)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "article", "expected"),
    [
        # news of this year: an older background known to the month, told in the third person
        ("He arrived in Moscow in March 2016.\n\nOn 9 June he was detained.", "2025-07-01",
         "2025-06-09"),
        # one month of background, told in the third person: not a narrative of that year
        ("Police searched his mother's house in January 2024.\n\nHe was detained on 4 August.",
         "2025-09-19", "2025-08-04"),
        # the day is before the story's point in the calendar
        (CHRONOLOGY + "\n\nOn 9 January he was released.", "2025-10-08", "2025-01-09"),
        # words of the present
        (CHRONOLOGY + "\n\nLast week, on 2 October, his sister was questioned.", "2025-10-08",
         "2025-10-02"),
        # the story's year would put the day after the article
        ("On 12 February 2025 police detained him. On 1 March he applied.\n\n"
         "On 20 November he was released.", "2025-10-08", "2024-11-20"),
    ],
)  # fmt: skip
def test_the_story_year_does_not_go_on(text: str, article: str, expected: str) -> None:
    assert resolved_in(text, "en", article)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an article's sub-heading between the background and the day: the news's year
        ("In 2016 he moved to Almaty. In May 2017 he found work. In March 2018 a case was "
         "opened against him at home.\n\nThe case now\n\nOn 11 April he was detained.", "en",
         "2025-04-11"),
        ("В 2015 году он переехал в Алматы. В мае 2016 года его уволили. В марте 2017 года "
         "дома против него завели дело.\n\nЗадержание\n\n11 апреля его задержали.", "ru",
         "2025-04-11"),
        # near-miss: a short paragraph that is a sentence is no sub-heading; the story goes on
        ("In 2016 he moved to Almaty. In May 2017 he found work. In March 2018 a case was "
         "opened against him at home.\n\nHe hid.\n\nOn 11 April he was detained.", "en",
         "2018-04-11"),
        # a sub-heading naming the next person of a feature, after a colon or a dash
        ("In February 2024 Serik was detained. On 5 March 2024 a court ordered his expulsion. "
         "A week later he was handed over.\n\nAisulu: in custody\n\nOn 17 August police "
         "detained her in Almaty.", "en", "2025-08-17"),
        ("В феврале 2024 года Серика задержали. 5 марта 2024 года суд назначил выдворение. "
         "Через неделю его передали.\n\nАйгерим — под стражей\n\n17 августа её задержали "
         "в Алматы.", "ru", "2025-08-17"),
        # near-miss: a line with a colon that is a sentence's speech is no sub-heading
        ("In February 2024 Serik was detained. On 5 March 2024 a court ordered his expulsion. "
         "A week later he was handed over.\n\nHe said: we hid.\n\nOn 17 August police "
         "detained him again.", "en", "2024-08-17"),
    ],
)  # fmt: skip
def test_a_subheading_ends_the_story(text: str, lang: str, expected: str) -> None:
    assert resolved_in(text, lang, "2025-10-08")[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The request is dated the second of this month.", "2026-02-02"),
        ("It came on the twenty-first of last month.", "2026-01-21"),
        # a day with no month: the article's month, or the month before
        ("UN experts wrote to the government on the twelfth.", "2026-02-12"),
        ("He was fined on the twenty-fifth, his lawyer said.", "2026-01-25"),
        # ... or the month of the day told just before it
        ("He complained on 22 December 2023. Five days later, on the twenty-seventh, the "
         "Committee asked.", "2023-12-27"),
    ],
)  # fmt: skip
def test_a_day_said_in_words_with_no_month(text: str, expected: str) -> None:
    assert resolved_in(text, "en", "2026-02-20")[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    ["He lives on the twelfth floor.", "It was his second time.", "On the third day he ate."],
)
def test_an_ordinal_that_is_no_day(text: str) -> None:
    assert resolved_in(text, "en", "2026-02-20") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the pluperfect: a look back; the next day is of the news's time
        ("A court fined him this morning. He said he had been held in a camp from March 2018 "
         "to December 2019. His application was registered on 9 January.", "2026-01-09"),
        # the story told in the simple past goes on (and on into the next year)
        ("He was held in a camp from March 2018 to December 2019. His application was "
         "registered on 9 January.", "2020-01-09"),
        # the look back goes on in the pluperfect
        ("He said he had been held in a camp from March 2018 to December 2019. He had been "
         "released on 9 January.", "2020-01-09"),
    ],
)  # fmt: skip
def test_a_look_back_in_the_pluperfect(text: str, expected: str) -> None:
    assert resolved_in(text, "en", "2026-02-20")[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One year ago today, officers walked him out.", "2024-03-14"),
        ("A month ago today he was detained.", "2025-02-14"),
        ("Two years ago he left.", "2023~"),  # no "today": the year, roughly
        ("In mid-November last year his brother was summoned.", "2024-11"),
        ("In November last year his brother was summoned.", "2024-11"),
    ],
)
def test_counted_back_to_the_day_and_a_month_of_last_year(text: str, expected: str) -> None:
    assert resolved_in(text, "en", "2025-03-14")[-1][1] == expected


# --- dated entries (a diary's, a chronicle's of posts): each heading dates its entry ---------

_DIARY_EN = (
    "From the diary of a wife.\n\n"
    "Sun 14 Jan. They came at 6 this morning and took him to the police.\n\n"
    "19.01. The lawyer filed the appeal yesterday.\n\n"
    "Jan 29. Nothing new today.\n\n"
    "3 February. Eight years ago today we crossed the border.\n\n"
    "Fri 1 March. The commission refused him on Thursday.\n"
)


def test_a_diarys_entries_date_their_own_relative_days() -> None:
    got = resolved_in(_DIARY_EN, "en", "2024-03-04")
    assert got == [
        ("14 Jan.", "2024-01-14"),
        ("this morning", "2024-01-14"),  # the entry's day, not the newsletter's
        ("19.01", "2024-01-19"),
        ("yesterday", "2024-01-18"),
        ("Jan 29", "2024-01-29"),
        ("today", "2024-01-29"),
        ("3 February", "2024-02-03"),
        ("Eight years ago today", "2016-02-03"),
        ("1 March", "2024-03-01"),
        ("Thursday", "2024-02-29"),
    ]


_DIARY_RU = (
    "Дневник сестры.\n\n"
    "14 января 2025, вторник\nСегодня в шесть утра пришли из ГКНБ.\n\n"
    "16.01\nСуд. Два месяца ареста.\n\n"
    "Понедельник, 20-е\nАдвокат подал заявление.\n\n"
    "28 янв.\nПередачу приняли.\n\n"
    "Суббота\nВчера к маме приходил участковый.\n\n"
    "3 января\nНовый год встретили без него.\n"
)


def test_a_russian_diarys_headings_take_the_year_running_forward() -> None:
    # the year written once, in the first heading; "Суббота" the first Saturday after 28
    # January; "3 января" after it is of the next year (the month goes back)
    got = resolved_in(_DIARY_RU, "ru", "2026-02-01")
    assert got == [
        ("14 января 2025", "2025-01-14"),
        ("Сегодня", "2025-01-14"),
        ("16.01", "2025-01-16"),
        ("20-е", "2025-01-20"),
        ("28 янв.", "2025-01-28"),
        ("Вчера", "2025-01-31"),  # Saturday 1 February less a day
        ("3 января", "2026-01-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph opening with a date and a sentence: no series, no heading; "yesterday"
        # is the article's
        pytest.param(
            "Report.\n\n3 February. The court refused him. His lawyer spoke yesterday.\n",
            [("3 February", "2024-02-03"), ("yesterday", "2024-03-03")],
            id="en-one-paragraph",
        ),
        # a date inside the paragraph's first line is no heading
        pytest.param(
            "Report.\n\nOn 3 February the court refused him.\n\n"
            "On 5 February he appealed. He spoke yesterday.\n",
            [("3 February", "2024-02-03"), ("5 February", "2024-02-05"),
             ("yesterday", "2024-03-03")],
            id="en-on-a-date",
        ),
        # a date on a line that continues a paragraph does not head it
        pytest.param(
            "Report.\nThe court sat twice:\n3 February. He spoke yesterday.\n",
            [("3 February", "2024-02-03"), ("yesterday", "2024-03-03")],
            id="en-not-a-paragraphs-start",
        ),
    ],
)  # fmt: skip
def test_a_date_opening_an_ordinary_paragraph_heads_no_entry(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert resolved_in(text, "en", "2024-03-04") == expected


def test_a_feed_told_backwards_keeps_its_year() -> None:
    # stamps going back in time: the earlier day is of the same year, not of the next
    text = "Лента\n\n20.03, 11:00\nСуд отказал.\n\n19.03, 09:00\nЗадержан сегодня.\n"
    assert resolved_in(text, "ru", "2026-03-20")[-1] == ("сегодня", "2026-03-19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("28 янв.\nПередачу приняли.", (1, 28), id="jan"),
        pytest.param("Встреча 3 окт. 2024 г. прошла.", (10, 3), id="oct-year"),
        pytest.param("на 5 сент. назначено", (9, 5), id="sept"),
    ],
)
def test_a_russian_month_cut_short(text: str, expected: tuple[int, int]) -> None:
    (m,) = scan(text, "ru", sentences(text))
    assert (m.expr.parts.month, m.expr.parts.day) == expected


@pytest.mark.parametrize("text", ["на 5 мар нет", "в 5 окт-ях"])
def test_a_russian_month_cut_short_needs_its_dot(text: str) -> None:
    assert scan(text, "ru", sentences(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the 3rd the lawyer sent a complaint.", [("3rd", "2026-11-03")]),
        ("By the 21st, he was gone.", [("21st", "2026-10-21")]),
        ("He lives on the 3rd floor.", []),
        ("It was the 3rd time.", []),
    ],
)
def test_a_day_in_figures_with_no_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolved(text, "en", "2026-11-09") == expected


# --- a chat's messages, each with its time stamp: the stamp is the message's "today" ----------

_CHAT_RU = (
    "Переписка семьи.\n\n"
    "[03.02.2025, 08:41] Сестра: Его забрали сегодня утром\n"
    "[05.02.2025, 09:02] Брат: Вчера подписали решение. Сегодня был суд\n"
    "[18.02.2025, 21:03] Сестра: Маме в воскресенье звонили\n"
    "\n"
    "От редакции: вчера мы получили ответ.\n"
)


def test_a_chats_messages_date_their_own_relative_days() -> None:
    got = resolved_in(_CHAT_RU, "ru", "2025-03-12")
    assert [v for q, v in got if not q[0].isdigit()] == [
        "2025-02-03",  # "сегодня утром" of the message of 3 February
        "2025-02-04",  # "Вчера" of the message of 5 February
        "2025-02-05",
        "2025-02-16",  # the Sunday before Tuesday 18 February
        "2025-03-11",  # the editor's note after a blank line: the text's own date again
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("[03.02.2025, 08:41] Огулджан: Сегодня написал заявление", "ru"),
        ("[14/02/2026, 21:07] Aigerim: They took papa today", "en"),
        ("[10.02.26, 07:52] Saule Mukhametova: Appeal filed today", "en"),
        ("14.02.2026, 21:07 - Aigerim: They took papa today", "en"),
        ("[10.02.26 07:52:13] Nurlan: Appeal filed today", "en"),
    ],
)
def test_a_chat_messages_stamp_is_the_date_of_no_event(line: str, lang: str) -> None:
    text = "Chat.\n\n" + line + "\n"
    mentions = scan(text, lang, sentences(text))
    assert [m for m in mentions if timestamp(text, m.span)] == mentions[:1]
    assert mentions[0].span.start == text.index(line) + (line[0] == "[")


@pytest.mark.parametrize(
    "text",
    [
        # a chronology's date with a clock time and its event before the colon: no message
        "Хроника.\n\n12.03.2019, 10:00 — задержан в аэропорту: без объяснений.\n",
        # no clock time: a date and a name, no chat's stamp
        "Chat.\n\n[03.02.2025] Aigerim: They took papa today\n",
        # inside a sentence
        "He was detained on 03.02.2025, 08:41 Almaty time: Aigerim saw it.\n",
    ],
)
def test_a_date_and_a_time_not_opening_a_message_is_no_chats_stamp(text: str) -> None:
    from panah.ingest.datetext import chat_stamp

    lang = "ru" if "Хроника" in text else "en"
    assert not [m for m in scan(text, lang, sentences(text)) if chat_stamp(text, m.span)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Annual report for 2024\n\nQ1. On 12 January the client was detained. On 3 March "
            "he applied for asylum.\n",
            "en",
            ["2024-01-12", "2024-03-03"],
        ),
        (
            "Monitoring Centre: 2024 annual report\n\nIn February the court heard the case.\n",
            "en",
            ["2024-02"],
        ),
        (
            "Отчёт о работе за 2024 год\n\nI квартал. 15 января суд арестовал подзащитного.\n",
            "ru",
            ["2024", "2024-01-15"],
        ),
        # near-misses: no year covered in the title; a report on a span of years
        (
            "Quarterly bulletin\n\nOn 12 January the client was detained.\n",
            "en",
            ["2025-01-12"],
        ),
        (
            "Report for 2023-2024\n\nOn 12 January the client was detained.\n",
            "en",
            ["2023/2024", "2025-01-12"],
        ),
    ],
)
def test_a_reports_title_gives_its_yearless_days_the_year_it_covers(
    text: str, lang: str, expected: list[str]
) -> None:
    got = resolved_in(text, lang, "2025-02-20")
    assert [v for _q, v in got] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Двенадцатого ноября, в среду, пришли из ГКНБ. На следующий день суд дал санкцию.",
            "ru",
            ["2025-11-12", "2025-11-13"],
        ),
        ("Выпустили шестнадцатого января, в пятницу.", "ru", ["2026-01-16"]),
        ("He was detained on 12 November, on a Wednesday. The next day he was charged.", "en",
         ["2025-11-12", "2025-11-13"]),
        # near-miss: a weekday in a sentence of its own is a date of its own
        ("Суд был 12 ноября. В среду его выпустили.", "ru", ["2025-11-12", "2026-05-13"]),
    ],
)  # fmt: skip
def test_a_weekday_after_a_days_date_names_that_day(
    text: str, lang: str, expected: list[str]
) -> None:
    got = resolved_in(text, lang, "2026-05-18")
    assert [v for _q, v in got] == expected


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Arrived in Almaty on 3-Mar-2019 by bus.", "3-Mar-2019", "2019-03-03"),
        ("Interview held 21/SEP/2023; outcome pending.", "21/SEP/2023", "2023-09-21"),
        ("Date of decision: 30-Sept-2022", "30-Sept-2022", "2022-09-30"),
        ("Apr-2015      Held by police, Osh", "Apr-2015", "2015-04"),
        ("Left the country (NOV/2019).", "NOV/2019", "2019-11"),
    ],
)
def test_a_forms_day_month_abbreviation_and_year(text: str, quote: str, value: str) -> None:
    assert (quote, value) in resolved(text, "en", "2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Ticket 12-Mar-20195 was issued.",  # no year: the number runs on
        "File 12-Mar/2019 was lost.",  # the separators differ
        "Batch 41-Jan-2019 was shipped.",  # no day of a month
        "Case 3-Mar-2019-7 is open.",  # a reference that runs on
        "Form Mar-20191 was lost.",  # no year: the number runs on
        "Code X-Mar-2019 was lost.",  # a reference's part
    ],
)
def test_a_forms_day_month_year_that_is_no_date(text: str) -> None:
    assert not [v for _, v in resolved(text, "en", None) if v and v.startswith("2019")]


def _story(text: str, lang: str, article: str) -> list[tuple[str, str | None]]:
    mentions = scan(text, lang, sentences(text))
    return [
        (r.mention.span.text(text), r.value)
        for r in resolve(mentions, FuzzyDate.parse(article), text=text)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "В октябре 2019 года он подал ходатайство. В ноябре ему отказали.\n\n"
            "В январе суд принял решение о его выдаче.",
            "ru",
            "январе",
            "2020-01",
        ),
        (
            "In October 2019 he applied for asylum. In December he was refused.\n\n"
            "In February the court ordered his extradition.",
            "en",
            "February",
            "2020-02",
        ),
    ],
)
def test_a_month_after_the_new_year_goes_on_with_the_story(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in _story(text, lang, "2024-05-10")


@pytest.mark.parametrize(
    ("text", "article", "quote"),
    [
        # more than three months on: no turn of the year is told
        (
            "В октябре 2019 года он подал ходатайство. В ноябре ему отказали.\n\n"
            "В апреле суд принял решение о его выдаче.",
            "2024-05-10",
            "апреле",
        ),
        # "ещё в январе": before the story's point
        (
            "В октябре 2019 года он подал ходатайство. В ноябре ему отказали.\n\n"
            "Ещё в январе суд принял решение о его выдаче.",
            "2024-05-10",
            "январе",
        ),
        # the next year's January would be after the article
        (
            "В октябре 2019 года он подал ходатайство. В ноябре ему отказали.\n\n"
            "В январе суд принял решение о его выдаче.",
            "2019-12-20",
            "январе",
        ),
    ],
)
def test_a_month_that_does_not_turn_the_story_year(text: str, article: str, quote: str) -> None:
    assert (quote, "2020-01") not in _story(text, "ru", article)
    assert (quote, "2020-04") not in _story(text, "ru", article)


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("3 марта 2019 года его задержали. Это было третье марта.", "третье марта", "2019-03-03"),
        ("1 марта 2019 года суд отказал. А девятого его выдали.", "девятого", "2019-03-09"),
        (
            "1 марта 2019 года суд отказал. Двадцатого числа нас вызвали.",
            "Двадцатого числа",
            "2019-03-20",
        ),
    ],
)
def test_a_day_said_in_words_in_the_nominative_or_alone(text: str, quote: str, value: str) -> None:
    assert (quote, value) in _story(text, "ru", "2024-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "1 марта 2019 года суд отказал. Седьмого ребёнка она родила дома.",
        "1 марта 2019 года суд отказал. Его седьмого брата отпустили.",
        "1 марта 2019 года суд отказал. Седьмого числа месяца он не помнит.",
    ],
)
def test_an_ordinal_alone_that_is_no_day(text: str) -> None:
    assert [v for _, v in _story(text, "ru", "2024-05-10")] == ["2019-03-01"]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # days counted from Nauryz (22 March), a yearless day read as any other
        ("His father was taken two weeks after Nauryz.", "en", "two weeks after Nauryz",
         "2025-04-05"),
        ("The police came the day after Nowruz.", "en", "the day after Nowruz", "2025-03-23"),
        ("Three days before Nauryz, he was summoned again.", "en", "Three days before Nauryz",
         "2025-03-19"),
        ("Его забрали через две недели после Наурыза.", "ru", "через две недели после Наурыза",
         "2025-04-05"),
        ("Накануне Наурыза её вызвали в полицию.", "ru", "Накануне Наурыза", "2025-03-21"),
        ("За три дня до праздника Наурыз его задержали.", "ru", "За три дня до праздника Наурыз",
         "2025-03-19"),
        # a yearless day after the article's date is of the year before
        ("Его забрали через неделю после Наурыза.", "ru", "через неделю после Наурыза",
         "2024-03-29"),
    ],
)  # fmt: skip
def test_days_counted_from_nauryz(text: str, lang: str, quote: str, value: str) -> None:
    article = "2025-03-25" if "неделю после" in text else "2025-10-14"
    assert (quote, value) in resolved_in(text, lang, article)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # near-misses: the holiday named with no day counted from it, or "after" another word
        ("They celebrated Nauryz with the neighbours.", "en"),
        ("Two weeks after the holiday, he was detained.", "en"),
        ("Семья отмечала Наурыз у соседей.", "ru"),
    ],
)  # fmt: skip
def test_nauryz_named_alone_is_no_date(text: str, lang: str) -> None:
    assert all(
        "auryz" not in q and "аурыз" not in q for q, _v in resolved_in(text, lang, "2025-10-14")
    )


@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        # "exactly a year ago", "ровно год назад": the article's day, that many years back
        ("Exactly a year ago a court in Zharkent sentenced them.", "en", "Exactly a year ago",
         "2025-05-14"),
        ("Two years ago to the day, police detained him.", "en", "Two years ago to the day",
         "2024-05-14"),
        ("Ровно год назад суд в Жаркенте вынес приговор.", "ru", "Ровно год назад",
         "2025-05-14"),
        ("Ровно два года назад его задержали.", "ru", "Ровно два года назад", "2024-05-14"),
        ("День в день год назад его задержали.", "ru", "День в день год назад", "2025-05-14"),
        # near-misses: "a year ago" alone keeps the year, roughly
        ("A year ago a court sentenced them.", "en", "A year ago", "2025~"),
        ("Год назад суд вынес приговор.", "ru", "Год назад", "2025~"),
    ],
)  # fmt: skip
def test_exactly_a_year_ago_is_the_article_day(
    text: str, lang: str, quote: str, value: str
) -> None:
    assert (quote, value) in resolved_in(text, lang, "2026-05-14")


@pytest.mark.parametrize(
    ("text", "lang", "article", "expected"),
    [
        # a yearless day a few days from a day told earlier, after a background that went back
        # in time: the day's story, not the background's year
        ("They crossed the border on October 9 last year and were detained the same day.\n\n"
         "In 2019 her husband was jailed. In the summer of 2022, she said, police took her "
         "passport.\n\nThey left their village on October 7 and crossed two days "
         "later.", "en", "2025-06-10", "2024-10-07"),
        ("Они перешли границу 9 октября прошлого года и в тот же день были задержаны.\n\n"
         "В 2019 году её мужа осудили. Летом 2022 года, по её словам, у неё отобрали "
         "паспорт.\n\nИз села они ушли 7 октября, а через два дня перешли "
         "границу.", "ru", "2025-06-10", "2024-10-07"),
        # near-miss: the story has moved on past that day into the next year; the same day a
        # year later is the story's
        ("В ночь на 27 октября прошлого года его задержали. 5 декабря суд продлил арест.\n\n"
         "В феврале его перевели. 16 мая суд вынес приговор.\n\n28 октября его освободили.",
         "ru", "2024-11-20", "2024-10-28"),
        # near-miss: no day told near it; the story's year goes on
        ("They crossed the border on August 9 last year.\n\n"
         "In 2019 her husband was jailed. In the summer of 2022, she said, police took her "
         "passport.\n\nThey left their village on October 7 and walked for two "
         "days.", "en", "2025-06-10", "2022-10-07"),
    ],
)  # fmt: skip
def test_a_day_near_a_day_told_earlier(text: str, lang: str, article: str, expected: str) -> None:
    values = [v for _, v in resolved_in(text, lang, article)]
    assert expected in values


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "that same day", "that very day", "the very evening": the day told before
        ("He was put on a flight on 18 February. He was detained on landing that same day.", "en",
         "2026-02-18"),
        ("She applied on 3 December and was arrested that very day.", "en", "2025-12-03"),
        ("Police searched the flat on 9 January; he was taken in the very evening.", "en",
         "2026-01-09"),
        ("Его депортировали 18 февраля и в тот же день задержали в Душанбе.", "ru", "2026-02-18"),
        # near-miss: "that day" as before; "the very next day" is the day after
        ("He was put on a flight on 18 February. That day he was detained.", "en", "2026-02-18"),
        ("He was put on a flight on 18 February. The very next day he was detained.", "en",
         "2026-02-19"),
    ],
)  # fmt: skip
def test_that_same_day(text: str, lang: str, expected: str) -> None:
    assert resolved_in(text, lang, "2026-02-20")[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # a season, then its month after a comma: the month
        ("В марте 2016 года он уехал. Осенью того же года, в сентябре, против него возбудили "
         "дело.", "ru", ["2016-03", "2016-09"]),
        ("Осенью 2016 года, в сентябре, его задержали.", "ru", ["2016-09"]),
        ("Летом, в июле, его задержали.", "ru", ["2024-07"]),
        ("Летом 2019 года, в июле, мы уехали.", "ru", ["2019-07"]),
        ("In the autumn of 2016, in September, he was detained.", "en", ["2016-09"]),
        ("He left in March 2016. That summer, in July, he was charged.", "en",
         ["2016-03", "2016-07"]),
        ("In the summer of 2019, on 12 July, we crossed.", "en", ["2019-06/2019-08", "2019-07-12"]),
        # a yearless season, then its month with a year; a hedged month
        ("Весной, в апреле 2019 года, мы уехали.", "ru", ["2019-04"]),
        ("In the spring, in April 2019, we left.", "en", ["2019-04"]),
        ("В марте 2016 года он уехал. Осенью, кажется, в октябре, его задержали.", "ru",
         ["2016-03", "2016-10"]),
        ("He left in March 2016. That autumn, I think in October, we left.", "en",
         ["2016-03", "2016-10"]),
        ("Летом, в январе 2019 года, мы уехали.", "ru", ["2024-06/2024-08", "2019-01"]),
        # near-misses: a month outside the season, a month with its own year, no comma
        ("Осенью 2016 года, в мае 2017 года, его задержали.", "ru", ["2016-09/2016-11", "2017-05"]),
        ("In the autumn of 2016, in May, he was detained.", "en", ["2016-09/2016-11", "2017-05"]),
        ("Летом 2019 года в Алматы его задержали.", "ru", ["2019-06/2019-08"]),
    ],
)  # fmt: skip
def test_a_season_and_its_month_after_a_comma(text: str, lang: str, values: list[str]) -> None:
    assert [v for _, v in resolved(text, lang, "2025-06-12")] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # a month from memory, and its day read off a document right after it
        ("I applied in September 2019, the paper says the 11th.", "en", ["2019-09-11"]),
        ("He was called in in March 2020 (the summons says the twenty-first).", "en",
         ["2020-03-21"]),
        ("They refused in May 2021; the letter is dated the 4th.", "en", ["2021-05-04"]),
        ("Я подал заявление в сентябре 2019 года, по документам — 11-го.", "ru", ["2019-09-11"]),
        ("Меня вызвали в марте 2020 года, в повестке указано 4-е.", "ru", ["2020-03-04"]),
        ("В марте прошлого года, в повестке стоит 4-е, меня вызвали.", "ru", ["2024-03-04"]),
        # near-misses: no document, a number that is no day, a day already told
        ("I applied in September 2019, the 11th time I tried.", "en", ["2019-09"]),
        ("I applied in September 2019, the paper says 300 people did.", "en", ["2019-09"]),
        ("I applied on 2 September 2019, the paper says the 11th.", "en", ["2019-09-02"]),
        ("Я подал заявление в сентябре 2019 года, по документам 11 человек.", "ru",
         ["2019-09"]),
    ],
)  # fmt: skip
def test_the_day_a_document_gives(text: str, lang: str, values: list[str]) -> None:
    assert [v for _, v in resolved(text, lang, "2025-06-12")] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # a month, then the stay from that month spelled out after a colon, a dash, a bracket
        ("В мае 2016 года он уехал. В октябре того же года его забрали в лагерь, где он "
         "пробыл почти год: с октября 2016-го по август 2017 года.", "ru",
         ["2016-05", "2016-10/2017-08"]),
        ("In October 2016 they took him to a camp — from October 2016 to August 2017.", "en",
         ["2016-10/2017-08"]),
        ("In October they took him to a camp (from October 2016 to August 2017).", "en",
         ["2016-10/2017-08"]),
        # near-misses: another month, a new sentence, no colon or dash
        ("In September 2016 they took him to a camp: from October 2016 to August 2017.", "en",
         ["2016-09", "2016-10/2017-08"]),
        ("In October 2016 they took him to a camp. From October 2016 to August 2017 he "
         "stayed there.", "en", ["2016-10", "2016-10/2017-08"]),
        ("In October 2016 he was arrested and held from October 2016 to August 2017.", "en",
         ["2016-10", "2016-10/2017-08"]),
    ],
)  # fmt: skip
def test_a_range_that_spells_out_the_month_before(text: str, lang: str, values: list[str]) -> None:
    assert [v for _, v in resolved(text, lang, "2025-06-12")] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # the first night (day) of what the date before began: that date
        ("Его задержали 4 мая 2020 года и держали неделю. В первую же ночь его избили.", "ru",
         ["2020-05-04", "2020-05-04"]),
        ("Нас привезли туда 4 мая 2020 года. В первый же день у нас забрали телефоны.", "ru",
         ["2020-05-04", "2020-05-04"]),
        ("They took him on 4 May 2020. On the very first night they beat him.", "en",
         ["2020-05-04", "2020-05-04"]),
        ("They took him on 4 May 2020. That first night nobody slept.", "en",
         ["2020-05-04", "2020-05-04"]),
        # near-misses: the first day of a named period; no "же"
        ("On the very first day of Ramadan they came.", "en", []),
        ("В первый день весны его вызвали.", "ru", []),
    ],
)  # fmt: skip
def test_the_first_night_of_the_date_before(text: str, lang: str, values: list[str]) -> None:
    assert [v for _, v in resolved(text, lang, "2025-06-12")] == values


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        # a detention on arrival: the day of the flight told before
        ("5 мая 2024 года его посадили на рейс в Ташкент. По словам брата, сразу после "
         "прилёта его задержали.", "ru", ["2024-05-05", "2024-05-05"]),
        ("He was put on a plane on 5 May 2024. Immediately on arrival in Tashkent he was "
         "detained.", "en", ["2024-05-05", "2024-05-05"]),
        # near-miss: a date before it in its own sentence is when it was told
        ("В понедельник его выслали. Вчера сообщили, что его задержали сразу по прилёте.", "ru",
         ["2024-12-30", "2024-12-31"]),
        ("He was deported on 5 May 2024 and detained right after his plane landed.", "en",
         ["2024-05-05"]),
    ],
)  # fmt: skip
def test_a_detention_on_arrival(text: str, lang: str, values: list[str]) -> None:
    assert [v for _, v in resolved(text, lang, "2025-01-01")] == values


# A weekday of the week before the article's ("last week, on Wednesday", "в среду прошлой
# недели"): that weekday of the previous calendar week, not the last such day
@pytest.mark.parametrize(
    ("text", "lang", "quote", "value"),
    [
        (
            "The witness was heard last week, on Tuesday.",
            "en",
            "last week, on Tuesday",
            "2026-01-13",
        ),
        (
            "On Monday last week the judge adjourned the case.",
            "en",
            "Monday last week",
            "2026-01-12",
        ),
        ("She testified on Friday of last week.", "en", "Friday of last week", "2026-01-16"),
        (
            "We met him on the previous week's Wednesday.",
            "en",
            "previous week's Wednesday",
            "2026-01-14",
        ),
        (
            "Свидетеля допросили на прошлой неделе, в среду.",
            "ru",
            "на прошлой неделе, в среду",
            "2026-01-14",
        ),
        (
            "В пятницу на прошлой неделе суд продлил арест.",
            "ru",
            "В пятницу на прошлой неделе",
            "2026-01-16",
        ),
        (
            "Жалобу подали во вторник прошлой недели.",
            "ru",
            "во вторник прошлой недели",
            "2026-01-13",
        ),
        (
            "На минувшей неделе в понедельник его вызвали.",
            "ru",
            "На минувшей неделе в понедельник",
            "2026-01-12",
        ),
    ],
)
def test_a_weekday_of_last_week(text: str, lang: str, quote: str, value: str) -> None:
    # the article of Thursday 22 January 2026
    found = resolved(text, lang, "2026-01-22")
    assert any(quote in q and v == value for q, v in found), found


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He was questioned last Wednesday.", "en", "2026-01-21"),
        ("Его допросили в прошлую среду.", "ru", "2026-01-21"),
        ("The court sat on Wednesday.", "en", "2026-01-21"),
    ],
)
def test_last_wednesday_alone_is_the_last_such_day(text: str, lang: str, value: str) -> None:
    assert [v for _, v in resolved(text, lang, "2026-01-22")] == [value]


# "на следующей неделе" with a verb of the future in its sentence: the speaker's next week
# (no case-file date), not the week after the date told before
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 декабря суд оставил отказ в силе. Жалоба будет подана на следующей неделе.", None),
        ("2 декабря суд отказал. На следующей неделе мы планируем обжаловать решение.", None),
        ("2 декабря суд отказал. Адвокат собирается на следующей неделе подать жалобу.", None),
        ("2 декабря суд отказал. На следующей неделе его освободили.", "2025-12-09"),
    ],
)
def test_next_week_in_the_future_is_the_speakers(text: str, value: str | None) -> None:
    found = dict(resolved(text, "ru", "2025-12-05"))
    assert found["2 декабря"] == "2025-12-02"
    assert [v for q, v in found.items() if "неделе" in q.lower()] == [value]


# The first or last day of a month said in words: that day
@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("On the last day of October the police handed me the order.", "en", "2025-10-31"),
        ("The court ruled on the first day of March 2019.", "en", "2019-03-01"),
        ("He was released on the last day of February 2024.", "en", "2024-02-29"),
        ("В последний день октября мне вручили решение о выдворении.", "ru", "2025-10-31"),
        ("Его освободили в первый день марта 2019 года.", "ru", "2019-03-01"),
        ("До последнего дня февраля 2023 г. он сидел в СИЗО.", "ru", "2023-02-28"),
    ],
)
def test_the_first_or_last_day_of_a_month(text: str, lang: str, value: str) -> None:
    assert [v for _, v in resolved(text, lang, "2025-11-14")] == [value]


# A weekday after "late", "early", "this past": the last such day
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He was put on a plane late Tuesday.", "2026-01-20"),
        ("Police detained him early Sunday near the market.", "2026-01-18"),
        ("The court turned down the appeal this past Monday.", "2026-01-19"),
    ],
)
def test_a_weekday_after_late_or_early(text: str, value: str) -> None:
    assert [v for _, v in resolved(text, "en", "2026-01-22")] == [value]


# A weekday with its time of day and no "on": the last such day; "every" such day is no date
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By Saturday morning he was in the hands of the police in Dushanbe.", "2026-01-17"),
        ("Tuesday evening the guards moved her to another cell.", "2026-01-20"),
        ("They took him from the centre around midnight, Sunday night, his lawyer said.",
         "2026-01-18"),
        ("On the morning of Monday the judge extended his arrest.", "2026-01-19"),
        ("I learned only on the evening of Wednesday that he had been flown out.", "2026-01-21"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_time_of_day(text: str, value: str) -> None:
    assert [v for _, v in resolved(text, "en", "2026-01-22")] == [value]


def test_every_weekday_morning_is_no_date() -> None:
    assert resolved("Every Monday morning he must report to the police.", "en", "2026-01-22") == []


# A time of a weekday in Russian, the weekday in the genitive: the last such day
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("К утру субботы его уже передали таджикской полиции.", "2026-01-17"),
        ("Вечером вторника конвой перевёз её в другой изолятор.", "2026-01-20"),
        ("Адвокат узнала о высылке только к вечеру среды.", "2026-01-21"),
    ],
)
def test_a_time_of_a_weekday_in_russian(text: str, value: str) -> None:
    assert [v for _, v in resolved(text, "ru", "2026-01-22")] == [value]
