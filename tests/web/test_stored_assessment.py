"""The assessment stored with a case (``CaseAssessment``): written with every save in each
interface language, in the save's transaction; refreshed by the daily ``deadlines_refresh``;
encrypted at rest; shown by the case page when its version, date and language are the
request's, and the page is the same as with the assessment computed."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

import panah.law.assess
from panah.law import i18n
from panah.storage.django_orm import actions
from panah.storage.django_orm.assessment_summary import assessment_summary
from panah.storage.django_orm.models import CaseAssessment, CaseRecord
from panah.web.assessment import forget_assessments
from tests.web.conftest import SECRET_DETAIL


def _page(client: Any, record: CaseRecord, lang: str = "en", query: str = "") -> str:
    client.cookies["django_language"] = lang
    response = client.get(f"/cases/{record.key}/{query}", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    body = str(response.content.decode())
    assert 'class="person-assessment"' in body
    return body


def _norm(html: str) -> str:
    """The page without what differs between any two requests (CSRF token, CSP nonce)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    html = re.sub(r'"X-CSRFToken": "[^"]*"', "", html)
    return re.sub(r'nonce="[^"]*"', "", html)


def test_every_interface_language_is_stored() -> None:
    assert actions.stored_assessment_languages() == ("en", "ru", "kk")


@pytest.mark.django_db
def test_saving_stores_the_assessment_in_each_language(team: dict[str, Any]) -> None:
    record = team["record"]
    case = record.to_domain()
    today = timezone.localdate()
    rows = {a.language: a for a in CaseAssessment.objects.filter(case=record)}
    assert set(rows) == {"en", "ru", "kk"}
    for lang, row in rows.items():
        assert (row.version, row.as_of) == (record.version, today)
        with i18n.language(lang):
            assert json.loads(row.data) == panah.law.assess.assess(case, as_of=today).to_json()
        assert json.loads(row.summary) == assessment_summary(json.loads(row.data))
    assert json.loads(rows["ru"].data) != json.loads(rows["en"].data)
    # A new version replaces them.
    changed = case.model_copy(update={"title": "Renamed case"})
    actions.case_content_save(
        actor=team["users"]["lawyer"],
        record=record,
        case=changed,
        expected_version=record.version,
        action="case_replace",
    )
    assert (
        sorted(CaseAssessment.objects.filter(case=record).values_list("version", flat=True))
        == [record.version] * 3
    )
    assert (
        json.loads(CaseAssessment.objects.get(case=record, language="en").data)["title"]
        == "Renamed case"
    )


@pytest.mark.django_db
def test_page_shows_the_stored_assessment(
    team: dict[str, Any], client_for: Any, calls: list[dt.date]
) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    stored = CaseAssessment.objects.get(case=record, language="en")
    tree = json.loads(stored.data)
    tree["people"][0]["findings"][0]["title"] = "Marker from the stored assessment"
    stored.data = json.dumps(tree)
    summary = json.loads(stored.summary)
    summary["people"][0]["findings"][0]["title"] = "Marker from the stored summary"
    stored.summary = json.dumps(summary)
    stored.save()
    page = _page(client, record)
    # The page reads the summary; a finding opened, the whole assessment.
    assert "Marker from the stored summary" in page
    assert "Marker from the stored assessment" not in page
    # The same date asked for explicitly: the same assessment.
    assert "Marker from the stored summary" in _page(
        client, record, query=f"?as_of={timezone.localdate()}"
    )
    first = tree["people"][0]
    url = f"/cases/{record.key}/assessment/findings/{first['person']}/"
    finding = client.get(url + first["findings"][0]["provision"] + "/").content.decode()
    assert "Marker from the stored assessment" in finding
    assert calls == []  # the engine did not run


@pytest.mark.django_db
def test_page_reads_the_whole_assessment_without_a_summary(
    team: dict[str, Any], client_for: Any, calls: list[dt.date]
) -> None:
    """A row stored before the summaries (and not filled by the migration) still serves."""
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    with_summary = _page(client, record)
    forget_assessments()
    stored = CaseAssessment.objects.get(case=record, language="en")
    stored.summary = ""
    stored.save()
    assert _norm(_page(client, record)) == _norm(with_summary)
    tree = json.loads(stored.data)
    tree["people"][0]["findings"][0]["title"] = "Marker from the stored assessment"
    stored.data = json.dumps(tree)
    stored.save()
    forget_assessments()
    assert "Marker from the stored assessment" in _page(client, record)
    assert calls == []


def test_summary_keeps_what_the_page_shows() -> None:
    finding = {
        "provision": "intl/x/art-1",
        "kind": "rule",
        "outcome": "holds",
        "verification": "primary",
        "title": "T",
        "citation": "C",
        "explanation": "E",
        "facts_used": ["c1"],
        "missing_facts": ["m"],
        "sub_findings": [{"title": "S"}],
        "disputed": [{"subject": "e", "property": "date", "values": []}],
        "details": {"x": 1},
    }
    tree = {
        "as_of": "2026-01-02",
        "case": "K",
        "title": "t",
        "calendar": "cal",
        "notes": [],
        "people": [
            {
                "person": "p",
                "name": "N",
                "alerts": [{"id": "a"}],
                "deadlines": [{"id": "d"}],
                "findings": [finding],
            }
        ],
    }
    assert assessment_summary(tree) == {
        **{k: v for k, v in tree.items() if k != "people"},
        "people": [
            {
                "person": "p",
                "name": "N",
                "alerts": [{"id": "a"}],
                "deadlines": [{"id": "d"}],
                "findings": [
                    {
                        "provision": "intl/x/art-1",
                        "kind": "rule",
                        "outcome": "holds",
                        "verification": "primary",
                        "title": "T",
                        "citation": "C",
                        "explanation": "E",
                        "disputed": 1,
                    }
                ],
            }
        ],
    }


@pytest.mark.django_db
@pytest.mark.parametrize("change", ["date", "version", "stored date", "language"])
def test_page_computes_what_is_not_stored(
    team: dict[str, Any], client_for: Any, calls: list[dt.date], change: str
) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    rows = CaseAssessment.objects.filter(case=record)
    lang, query = "en", ""
    if change == "date":
        query = "?as_of=2020-06-01"
    elif change == "version":  # stored for an older version of the case
        rows.update(version=record.version - 1)
    elif change == "stored date":  # stored yesterday, the daily refresh has not run yet
        rows.update(as_of=timezone.localdate() - dt.timedelta(days=1))
    else:
        rows.filter(language="ru").delete()
        lang = "ru"
    _page(client, record, lang, query)
    assert len(calls) == 1
    if change == "language":
        _page(client, record, "en")  # English is still stored
        assert len(calls) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_page_same_with_stored_or_computed(
    team: dict[str, Any], client_for: Any, calls: list[dt.date], lang: str
) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    stored = _page(client, record, lang)
    assert calls == []
    forget_assessments()
    CaseAssessment.objects.filter(case=record).delete()
    computed = _page(client, record, lang)
    assert len(calls) == 1
    assert _norm(stored) == _norm(computed)


@pytest.mark.django_db
def test_a_failed_save_keeps_neither(team: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    record = team["record"]
    before = list(CaseAssessment.objects.filter(case=record).values_list("pk", "version", "data"))

    def broken(record: Any) -> None:  # the last step of storing a case
        raise RuntimeError("disk full")

    monkeypatch.setattr(actions, "index_case_names", broken)
    changed = record.to_domain().model_copy(update={"title": "Never stored"})
    with pytest.raises(RuntimeError):
        actions.case_content_save(
            actor=team["users"]["lawyer"],
            record=record,
            case=changed,
            expected_version=record.version,
            action="case_replace",
        )
    assert CaseRecord.objects.get(pk=record.pk).version == record.version
    after = list(CaseAssessment.objects.filter(case=record).values_list("pk", "version", "data"))
    assert after == before
    with pytest.raises(RuntimeError):
        actions.case_import(actor=team["users"]["lawyer"], case=changed)
    assert not CaseRecord.objects.filter(title="Never stored").exists()
    assert CaseAssessment.objects.count() == 3


@pytest.mark.django_db
def test_daily_refresh_stores_todays(team: dict[str, Any], calls: list[dt.date]) -> None:
    record = team["record"]
    today = timezone.localdate()
    # Deadlines already done today (the calendar was opened), the assessments of yesterday.
    CaseAssessment.objects.update(as_of=today - dt.timedelta(days=1))
    CaseAssessment.objects.filter(language="kk").delete()
    out = io.StringIO()
    call_command("deadlines_refresh", stdout=out)
    assert "1 cases recomputed" in out.getvalue()
    rows = CaseAssessment.objects.filter(case=record)
    assert sorted(rows.values_list("language", flat=True)) == ["en", "kk", "ru"]
    assert set(rows.values_list("as_of", "version")) == {(today, record.version)}
    out = io.StringIO()
    call_command("deadlines_refresh", stdout=out)
    assert "0 cases recomputed" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_encrypted_at_rest(make_user: Any, case_obj: Any) -> None:
    from panah.storage.django_orm.fields import fernet

    record = actions.case_import(actor=make_user("importer"), case=case_obj)
    with connection.cursor() as cur:
        cur.execute("SELECT data, summary FROM panah_cases_caseassessment")
        raw = [r for row in cur.fetchall() for r in row]
    assert len(raw) == 6 and all(r.startswith("gAAAA") for r in raw)  # Fernet tokens
    texts = [json.loads(a.data) for a in CaseAssessment.objects.filter(case=record)]
    assert all(t["case"] == case_obj.id for t in texts)
    # Only the key opens them (a plain zlib stream inside).
    assert all(fernet().decrypt(r.encode())[:1] == b"\x78" for r in raw)
    if connection.vendor == "sqlite":
        name = Path(connection.settings_dict["NAME"])
        data = b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))
        explanations = {
            f["explanation"]
            for t in texts
            for p in t["people"]
            for f in p["findings"]
            if len(f.get("explanation") or "") > 40
        }
        assert explanations
        for text in explanations:
            assert text.encode() not in data, text
        assert SECRET_DETAIL.encode() not in data


@pytest.mark.django_db
def test_case_page_queries(team: dict[str, Any], client_for: Any) -> None:
    """One membership query per page (the permission checks and the role shown share it), and
    the stored assessment read in one query."""
    from django.test.utils import CaptureQueriesContext

    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    forget_assessments()
    with CaptureQueriesContext(connection) as ctx:
        _page(client, record)
    sql = [q["sql"] for q in ctx.captured_queries]
    assert sum('FROM "panah_cases_casemembership"' in q for q in sql) == 1
    assert sum('FROM "panah_cases_caseassessment"' in q for q in sql) == 1
    assert sum('INSERT INTO "auditlog_logentry"' in q for q in sql) == 1  # still audited
    forget_assessments()
