"""Dates a text quotes to refute them (fact-checks): no event is drafted on them."""

from __future__ import annotations

import pytest

from panah.ingest.datescan import scan
from panah.ingest.refuted import refuted
from panah.ingest.text import sentences
from tests.ingest.conftest import rules_events


def refuted_quotes(text: str, lang: str) -> list[str]:
    return [m.span.text(text) for m in scan(text, lang, sentences(text)) if refuted(text, m.span)]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ('CLAIM: "He was detained on 3 August."\nVERDICT: Wrong. The police report gives '
         "4 August.", "en", ["3 August"]),
        ('Claim 2: "He was deported on 5 September." - False.\nHe was deported on 8 September.',
         "en", ["5 September"]),
        ("Утверждение 4: «Решение о депортации было принято 30 ноября».\nНеверно. Приказ "
         "подписан 3 ноября 2025 года.", "ru", ["30 ноября"]),
        ("He was detained not in 2017, as several outlets wrote, but in 2019.", "en", ["2017"]),
        ("The group appealed on 13 August - not in September, as some reports have it.", "en",
         ["September"]),
        ("Его задержали не в 2017 году, как писали, а в 2019 году.", "ru", ["2017 году"]),
        ("Его задержали не 3 мая, а 5 мая.", "ru", ["3 мая"]),
        ("Several outlets reported that he was detained on 3 May; in fact he was detained on "
         "5 May.", "en", ["3 May"]),
        ("Некоторые СМИ писали, что его задержали 3 мая. На самом деле его задержали 5 мая.",
         "ru", ["3 мая"]),
        ("Издания ошибочно указали дату 3 мая; его задержали 5 мая.", "ru", ["3 мая"]),
        ("Вопреки сообщениям о задержании 3 мая, его задержали 5 мая.", "ru", ["3 мая"]),
        ("Contrary to reports that he was detained on 3 May, police took him on 5 May.", "en",
         ["3 May"]),
        ("Дата «30 ноября», по всей видимости, появилась из-за ошибки.", "ru", ["30 ноября"]),
        # a newspaper's correction: what the article stated, under the heading
        ("He is in custody.\n\nCORRECTION\nAn article on 2 October stated that he was "
         "detained on 14 January 2025. He was detained on 4 January 2025.", "en",
         ["2 October", "14 January 2025"]),
        ("Он под стражей.\n\nПоправка\nВ статье от 2 октября говорилось, что его задержали "
         "14 января 2025 года. Его задержали 4 января 2025 года.", "ru",
         ["2 октября", "14 января 2025 года"]),
    ],
)  # fmt: skip
def test_a_date_quoted_to_be_refuted(text: str, lang: str, wrong: list[str]) -> None:
    assert refuted_quotes(text, lang) == wrong


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a claim rated true keeps its dates
        ('CLAIM: "He was detained on 4 August."\nVERDICT: True. The police report agrees.', "en"),
        ("Утверждение 1: «Его задержали 8 октября».\nВерно.", "ru"),
        # a wrongful act is an act
        ("He was wrongly detained on 3 May and released on 5 May.", "en"),
        ("Его незаконно задержали 3 мая.", "ru"),
        # "not" with no date said not to be the one
        ("He was not released until 3 May.", "en"),
        ("He was detained not later than 3 May.", "en"),
        ("Его освободили не раньше 3 мая.", "ru"),
        # a report with no correction, a correction's own date
        ("Several outlets reported that he was detained on 3 May.", "en"),
        ("In fact, on 3 May he fled.", "en"),
        # a line that is no claim: a heading with a false word after it
        ("Detained on 3 August\nWrong place, wrong time: the story of a blogger.", "en"),
        # a quoted phrase with more than a date
        ("He said: «Меня задержали 3 мая».", "ru"),
        # what an article stated, with no correction heading; a correction's own facts
        ("An article on 2 October stated that he was detained on 14 January 2025.", "en"),
        ("CORRECTION\nHe was detained on 4 January 2025, not in mid-month.", "en"),
    ],
)
def test_a_date_that_is_not_refuted(text: str, lang: str) -> None:
    assert refuted_quotes(text, lang) == []


def test_a_refuted_date_is_no_event() -> None:
    text = (
        'CLAIM: "He was detained on 3 August."\n'
        "VERDICT: Wrong by a day. The police report gives 4 August: he was detained at a tea "
        "house during an ID check."
    )
    got = rules_events(text, "en", "2025-09-19")
    assert {date for _type, date in got} == {"2025-08-04"}
