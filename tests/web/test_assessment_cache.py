"""The case page's assessment is remembered per case version, date and language
(``assessment_for(..., version=...)``): computed once for the same ones, again for any other,
never remembered when it failed, and only the last ``REMEMBERED`` kept."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import translation

import panah.law.assess
from panah.law import i18n
from panah.web import assessment
from panah.web.assessment import REMEMBERED, assessment_for

DAY = dt.date(2024, 2, 29)


def test_same_version_date_and_language_computed_once(case_obj: Any,
                                                      calls: list[dt.date]) -> None:
    first = assessment_for(case_obj, DAY, version=("k", 1))
    again = assessment_for(case_obj, DAY, version=("k", 1))
    assert first["available"] and again is first
    assert calls == [DAY]
    assert first == assessment_for(case_obj, DAY)  # the same as without remembering
    assert calls == [DAY, DAY]  # no version given: computed


@pytest.mark.parametrize(
    "change",
    ["version", "case", "date", "language"],
)
def test_another_version_date_or_language_is_computed(case_obj: Any, calls: list[dt.date],
                                                      change: str) -> None:
    first = assessment_for(case_obj, DAY, version=("k", 1))
    if change == "version":
        other = assessment_for(case_obj, DAY, version=("k", 2))
    elif change == "case":
        other = assessment_for(case_obj, DAY, version=("k2", 1))
    elif change == "date":
        other = assessment_for(case_obj, DAY + dt.timedelta(days=1), version=("k", 1))
    else:
        with translation.override("ru"), i18n.language("ru"):
            other = assessment_for(case_obj, DAY, version=("k", 1))
        assert other != first  # the findings are written in Russian
    assert other is not first
    assert len(calls) == 2


def test_a_failure_is_not_remembered(case_obj: Any, calls: list[dt.date],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    real = panah.law.assess.assess

    def broken(case: Any, *, as_of: dt.date, **kw: Any) -> Any:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(panah.law.assess, "assess", broken)
    failed = assessment_for(case_obj, DAY, version=("k", 1))
    assert failed["available"] is False
    monkeypatch.setattr(panah.law.assess, "assess", real)
    assert assessment_for(case_obj, DAY, version=("k", 1))["available"] is True


def test_only_the_last_ones_are_kept(case_obj: Any, calls: list[dt.date]) -> None:
    for n in range(REMEMBERED + 1):
        assessment_for(case_obj, DAY, version=("k", n))
    assert len(assessment._remembered) == REMEMBERED
    assessment_for(case_obj, DAY, version=("k", REMEMBERED))  # the newest: remembered
    assert len(calls) == REMEMBERED + 1
    assessment_for(case_obj, DAY, version=("k", 0))  # the oldest: dropped, computed again
    assert len(calls) == REMEMBERED + 2


@pytest.mark.django_db
def test_case_page_assesses_each_version_once(team: dict[str, Any], client_for: Any,
                                              calls: list[dt.date]) -> None:
    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseAssessment

    record = team["record"]
    # Without the assessment stored with the case (test_stored_assessment.py), the page computes it.
    CaseAssessment.objects.all().delete()
    client = client_for(team["users"]["lawyer"])
    url = f"/cases/{record.key}/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and b'class="person-assessment"' in response.content
    assert len(calls) == 1
    changed = record.to_domain().model_copy(update={"title": "Renamed case"})
    actions.case_content_save(actor=team["users"]["lawyer"], record=record, case=changed,
                              expected_version=record.version, action="case_replace")
    before = len(calls)  # saving assessed it too, for the summary columns
    CaseAssessment.objects.all().delete()
    response = client.get(url)
    assert b"Renamed case" in response.content
    assert len(calls) == before + 1  # the new version is assessed
    client.get(url)
    assert len(calls) == before + 1
    client.get(url + "?as_of=2020-01-01")
    assert len(calls) == before + 2  # another date
