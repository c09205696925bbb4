"""Dates, counts and durations in English and Russian."""

from __future__ import annotations

import datetime as dt

import pytest

from panah.documents._data import read_data_yaml
from panah.documents.i18n import labels


@pytest.mark.parametrize(
    ("lang", "date", "expected"),
    [
        pytest.param("en", "2019-10-06", "6 October 2019", id="en-day"),
        pytest.param("ru", "2019-10-06", "6 октября 2019 года", id="ru-day"),
        pytest.param("en", "2019-12", "December 2019", id="en-month"),
        pytest.param("ru", "2019-12", "декабрь 2019 года", id="ru-month"),
        pytest.param("en", "2016", "2016", id="en-year"),
        pytest.param("ru", "2016", "2016 год", id="ru-year"),
        pytest.param("en", "2013-03/2017-11", "March 2013 – November 2017", id="en-range"),
        pytest.param("ru", "2013-03/2017-11", "март 2013 года – ноябрь 2017 года", id="ru-range"),
        pytest.param("en", "2013/2017", "2013–2017", id="en-year-range"),
        pytest.param("ru", "2013/2017", "2013–2017 годы", id="ru-year-range"),
        pytest.param("en", "2019-10-08~", "about 8 October 2019", id="en-approximate"),
        pytest.param(
            "ru", "2019-10-08~", "8 октября 2019 года (приблизительно)", id="ru-approximate"
        ),
        pytest.param("en", "../2019-10", "before or in October 2019", id="en-before"),
        pytest.param("ru", "../2019-10", "не позднее октября 2019 года", id="ru-before"),
        pytest.param("ru", "2017-11/..", "не ранее ноября 2017 года", id="ru-after"),
        pytest.param(
            "en", "2019-10-14T10:30+06:00", "14 October 2019, 10:30 (UTC+06:00)", id="en-time"
        ),
    ],
)
def test_dates(lang: str, date: str, expected: str) -> None:
    assert labels(lang).date(date) == expected


def test_plain_date() -> None:
    assert labels("ru").date(dt.date(2020, 2, 29)) == "29 февраля 2020 года"


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 день"),
        (2, "2 дня"),
        (5, "5 дней"),
        (11, "11 дней"),
        (13, "13 дней"),
        (21, "21 день"),
        (22, "22 дня"),
        (112, "112 дней"),
    ],
    ids=lambda v: str(v),
)
def test_russian_plurals(n: int, expected: str) -> None:
    assert labels("ru").count(n, "day") == expected


@pytest.mark.parametrize(
    ("lang", "iso", "expected"),
    [
        ("en", "P4Y8M", "4 years 8 months"),
        ("ru", "P4Y8M", "4 года 8 месяцев"),
        ("en", "P1Y", "1 year"),
        ("ru", "PT24H", "24 часа"),
        ("en", "bad", "bad"),
    ],
    ids=["en-years-months", "ru-years-months", "en-one-year", "ru-hours", "malformed"],
)
def test_durations(lang: str, iso: str, expected: str) -> None:
    assert labels(lang).duration(iso) == expected


def _keys(x: object, prefix: str = "") -> set[str]:
    if isinstance(x, dict):
        out: set[str] = set()
        for k, v in x.items():
            out |= _keys(v, f"{prefix}/{k}")
        return out
    return {prefix}


def test_label_files_have_the_same_keys() -> None:
    en = _keys(read_data_yaml("labels/en.yaml"))
    ru = {k for k in _keys(read_data_yaml("labels/ru.yaml")) if not k.startswith("/values")}
    assert en - {"/values"} == ru


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="no labels"):
        labels("fr")
