from __future__ import annotations

import datetime as dt

import pytest

from panah.core.dates import DateError, FuzzyDate, Precision, Qualifier

D = dt.date


@pytest.mark.parametrize(
    ("text", "precision", "qualifier", "earliest", "latest"),
    [
        ("2019-10-06", Precision.DAY, Qualifier.EXACT, D(2019, 10, 6), D(2019, 10, 6)),
        ("2019-10", Precision.MONTH, Qualifier.EXACT, D(2019, 10, 1), D(2019, 10, 31)),
        ("2020-02", Precision.MONTH, Qualifier.EXACT, D(2020, 2, 1), D(2020, 2, 29)),
        ("2019", Precision.YEAR, Qualifier.EXACT, D(2019, 1, 1), D(2019, 12, 31)),
        ("2019-10~", Precision.MONTH, Qualifier.APPROXIMATE, D(2019, 10, 1), D(2019, 10, 31)),
        ("2019?", Precision.YEAR, Qualifier.UNCERTAIN, D(2019, 1, 1), D(2019, 12, 31)),
        ("2019-10-06%", Precision.DAY, Qualifier.APPROXIMATE_UNCERTAIN, D(2019, 10, 6),
         D(2019, 10, 6)),
        ("2013-03/2017-11", Precision.RANGE, Qualifier.EXACT, D(2013, 3, 1), D(2017, 11, 30)),
        ("../2019-10", Precision.MONTH, Qualifier.BEFORE, None, D(2019, 10, 31)),
        ("2019-10/..", Precision.MONTH, Qualifier.AFTER, D(2019, 10, 1), None),
        ("2019-10-14T10:30+06:00", Precision.TIME, Qualifier.EXACT, D(2019, 10, 14),
         D(2019, 10, 14)),
        ("2024-02-29", Precision.DAY, Qualifier.EXACT, D(2024, 2, 29), D(2024, 2, 29)),
    ],
    ids=lambda v: str(v),
)
def test_parse(
    text: str, precision: Precision, qualifier: Qualifier, earliest: D | None, latest: D | None
) -> None:
    d = FuzzyDate.parse(text)
    assert (d.precision, d.qualifier, d.earliest, d.latest) == (
        precision,
        qualifier,
        earliest,
        latest,
    )
    assert d.iso() == text


@pytest.mark.parametrize(
    "text",
    [
        "2019-13-45",
        "2019-13",
        "2019-02-29",  # not a leap year
        "2019-04-31",
        "19-10-06",
        "6 Oct 2019",
        "2019-10-06T10:30",  # a time needs a zone: no naive datetimes
        "2017-11/2013-03",  # ends before it starts
        "../..",
        "",
        "0000",
    ],
)
def test_rejects(text: str) -> None:
    with pytest.raises(DateError):
        FuzzyDate.parse(text)


def test_moment_keeps_zone() -> None:
    d = FuzzyDate.parse("2019-10-14T10:30+06:00")
    assert d.moment is not None
    assert d.moment.utcoffset() == dt.timedelta(hours=6)


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("2019-10", "2019-10-06", True),
        ("2019-10-01", "2019-10-06", False),
        ("2019-08", "2019-09", False),
        ("2013/2017", "2013-03/2017-11", True),
        ("../2019-10", "2019-09", True),
        ("2019-10/..", "2019-09", False),
    ],
)
def test_overlaps(a: str, b: str, overlap: bool) -> None:
    assert FuzzyDate.parse(a).overlaps(FuzzyDate.parse(b)) is overlap
    assert FuzzyDate.parse(b).overlaps(FuzzyDate.parse(a)) is overlap


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("2019-10-06", "6 Oct 2019"),
        ("2019-10", "Oct 2019"),
        ("2019", "2019"),
        ("2019-10~", "Oct 2019 (approximate)"),
        ("2013-03/2017-11", "2013-03 to 2017-11"),
        ("../2019-10", "before or in 2019-10"),
    ],
)
def test_describe(text: str, described: str) -> None:
    assert FuzzyDate.parse(text).describe() == described


def test_as_of_helpers() -> None:
    d = FuzzyDate.parse("2019-10")
    assert d.may_be_on_or_before(D(2019, 10, 1))
    assert not d.may_be_on_or_before(D(2019, 9, 30))
    assert d.surely_before(D(2019, 11, 1))
    assert not d.surely_before(D(2019, 10, 31))
    assert d.to_json() == {
        "date": "2019-10",
        "precision": "month",
        "qualifier": "exact",
        "start": "2019-10-01",
        "end": "2019-10-31",
    }
