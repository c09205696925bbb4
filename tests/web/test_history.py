"""A case's version history and revert: who may read and revert (every role × member /
non-member), the audit entries, a revert stores the old content as a new version and keeps
every version, a stale or invalid revert changes nothing, and the structural diff."""

from __future__ import annotations

import json
from typing import Any

import pytest
from auditlog.models import LogEntry

from panah.core.case import Case, Note, Organisation
from panah.core.diff import case_diff
from panah.storage.django_orm import actions
from panah.storage.django_orm.case_history import case_revert
from panah.storage.django_orm.models import CaseRecord
from tests.web.conftest import SECRET_DETAIL

PRINCIPALS = ("administrator", "lawyer", "caseworker", "viewer", "outsider", "anonymous")
CHANGERS = {"administrator", "lawyer", "caseworker"}
EXPORTERS = {"administrator", "lawyer"}
REASON = "the edit of version 2 named the wrong source quillfinch"


def _fresh(record: Any) -> CaseRecord:
    return CaseRecord.objects.get(pk=record.pk)


def _retitled(case: Case, title: str) -> Case:
    return actions.recheck(case.model_copy(update={"title": title}), file="test")


@pytest.fixture
def versions(team: dict[str, Any], case_obj: Case) -> dict[str, Any]:
    """The team's case at version 3: retitled (v2), then a source's publisher changed (v3)."""
    record = team["record"]
    admin = team["users"]["administrator"]
    actions.case_replace(
        actor=admin, record=record, case=_retitled(case_obj, "Retitled case"), expected_version=1
    )
    v2 = record.to_domain()
    sources = tuple(
        s.model_copy(update={"publisher": "Another publisher"}) if s.id == "S2" else s
        for s in v2.sources
    )
    actions.case_replace(
        actor=admin,
        record=record,
        case=actions.recheck(v2.model_copy(update={"sources": sources}), file="test"),
        expected_version=2,
    )
    rows = list(record.history.order_by("history_id"))
    assert [r.version for r in rows] == [1, 2, 3]
    return {**team, "rows": rows}


def _client(client_for: Any, team: dict[str, Any], who: str) -> Any:
    return client_for(None if who == "anonymous" else team["users"][who])


# --- permissions ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_history_page_permission(who: str, versions: dict[str, Any], client_for: Any) -> None:
    record = versions["record"]
    response = _client(client_for, versions, who).get(f"/cases/{record.key}/history/")
    if who == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    elif who == "outsider":
        assert response.status_code == 404
        assert b"Retitled" not in response.content
        assert b"Fictional" not in response.content
    else:
        assert response.status_code == 200
        body = response.content.decode()
        assert "Retitled case" in body
        assert "Another publisher" not in body  # values stay out of the diff
        assert "publisher" in body  # the changed field's name
        assert ("Go back" in body) is False  # the form is on the version page


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_version_page_permission(who: str, versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    response = _client(client_for, versions, who).get(
        f"/cases/{record.key}/history/{v1.history_id}/"
    )
    if who == "anonymous":
        assert response.status_code == 302
    elif who == "outsider":
        assert response.status_code == 404
        assert b"Fictional" not in response.content
    else:
        assert response.status_code == 200
        body = response.content.decode()
        assert ('name="reason"' in body) == (who in CHANGERS)
        assert ("?format=yaml" in body) == (who in EXPORTERS)


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_version_export_permission(who: str, versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    response = _client(client_for, versions, who).get(
        f"/cases/{record.key}/history/{v1.history_id}/?format=yaml"
    )
    expected = {"anonymous": 302, "outsider": 404}.get(who, 200 if who in EXPORTERS else 403)
    assert response.status_code == expected
    if expected == 200:
        body = response.content.decode()
        assert "title: Fictional asylum case (test fixture)" in body
        assert SECRET_DETAIL in body  # the whole case file, as the export writes it
        assert response["Content-Disposition"].endswith('-v1.yaml"')
    else:
        assert SECRET_DETAIL.encode() not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("who", PRINCIPALS)
def test_revert_permission(who: str, versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    response = _client(client_for, versions, who).post(
        f"/cases/{record.key}/history/{v1.history_id}/revert/",
        {"reason": REASON, "version": "3"},
    )
    if who == "anonymous":
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
    elif who == "outsider":
        assert response.status_code == 404
    elif who == "viewer":
        assert response.status_code == 403
    else:
        assert response.status_code == 302
        assert response["Location"] == f"/cases/{record.key}/history/"
    assert _fresh(record).version == (4 if who in CHANGERS else 3)


@pytest.mark.django_db
def test_version_of_another_case_is_404(
    versions: dict[str, Any], client_for: Any, make_user: Any, case_obj: Case
) -> None:
    lawyer = versions["users"]["lawyer"]
    other = actions.case_import(actor=lawyer, case=case_obj)
    foreign = versions["rows"][0].history_id  # a version of the team's case
    own = other.history.get().history_id
    client = client_for(lawyer)
    assert client.get(f"/cases/{other.key}/history/{own}/").status_code == 200
    assert client.get(f"/cases/{other.key}/history/{foreign}/").status_code == 404
    response = client.post(
        f"/cases/{other.key}/history/{foreign}/revert/", {"reason": REASON, "version": "1"}
    )
    assert response.status_code == 404
    assert _fresh(other).version == 1
    assert _fresh(versions["record"]).version == 3


@pytest.mark.django_db
def test_revert_needs_post(versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    client = client_for(versions["users"]["lawyer"])
    assert client.get(f"/cases/{record.key}/history/{v1.history_id}/revert/").status_code == 405


# --- audit -----------------------------------------------------------------------------------


def _access(what: str) -> list[LogEntry]:
    return list(
        LogEntry.objects.filter(
            action=LogEntry.Action.ACCESS, additional_data__action=f"case_{what}"
        )
    )


@pytest.mark.django_db
def test_reading_the_history_is_audited(versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    viewer = versions["users"]["viewer"]
    client = client_for(viewer)
    client.get(f"/cases/{record.key}/history/")
    client.get(f"/cases/{record.key}/history/{v1.history_id}/")
    [page] = _access("history")
    [version] = _access("history_version")
    for entry in (page, version):
        assert entry.actor == viewer
        assert entry.object_pk == str(record.pk)
        assert entry.additional_data["case"] == record.key
    client_for(versions["users"]["lawyer"]).get(
        f"/cases/{record.key}/history/{v1.history_id}/?format=json"
    )
    assert len(_access("history_export_json")) == 1


@pytest.mark.django_db
def test_outsider_leaves_no_access_entry(versions: dict[str, Any], client_for: Any) -> None:
    record = versions["record"]
    client_for(versions["users"]["outsider"]).get(f"/cases/{record.key}/history/")
    assert _access("history") == []


@pytest.mark.django_db
def test_revert_is_audited_with_an_encrypted_reason(
    versions: dict[str, Any], client_for: Any
) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    caseworker = versions["users"]["caseworker"]
    response = client_for(caseworker).post(
        f"/cases/{record.key}/history/{v1.history_id}/revert/",
        {"reason": REASON, "version": "3"},
    )
    assert response.status_code == 302
    save = LogEntry.objects.get(additional_data__action="case_revert")
    assert save.actor == caseworker
    assert [str(v) for v in save.changes_dict["version"]] == ["3", "4"]
    why = LogEntry.objects.get(additional_data__action="case_revert_reason")
    assert why.actor == caseworker
    assert why.additional_data["reverted_to"] == 1
    assert why.additional_data["version"] == 4
    # The reason is the team's words: never in the audit log in clear.
    for entry in LogEntry.objects.all():
        assert "quillfinch" not in str(entry.additional_data)
        assert "quillfinch" not in str(entry.changes)
        assert SECRET_DETAIL not in str(entry.changes)
    # …but members read it on the history page.
    page = client_for(versions["users"]["viewer"]).get(f"/cases/{record.key}/history/")
    assert "quillfinch" in page.content.decode()


# --- what a revert does ----------------------------------------------------------------------


@pytest.mark.django_db
def test_revert_stores_the_old_content_as_a_new_version(
    versions: dict[str, Any], client_for: Any, case_obj: Case
) -> None:
    record, rows = versions["record"], versions["rows"]
    response = client_for(versions["users"]["lawyer"]).post(
        f"/cases/{record.key}/history/{rows[0].history_id}/revert/",
        {"reason": REASON, "version": "3"},
    )
    assert response.status_code == 302
    fresh = _fresh(record)
    assert fresh.version == 4
    assert fresh.to_domain() == case_obj
    assert fresh.title == "Fictional asylum case (test fixture)"  # summary columns follow
    history = list(record.history.order_by("history_id"))
    assert [r.version for r in history] == [1, 2, 3, 4]  # nothing deleted or rewritten
    assert [r.history_id for r in history[:3]] == [r.history_id for r in rows]
    assert history[2].content == rows[2].content
    assert history[3].content == rows[0].content
    page = client_for(versions["users"]["viewer"]).get(f"/cases/{record.key}/history/")
    body = page.content.decode()
    assert "reverted" in body
    assert "back to version 1" in body


@pytest.mark.django_db
def test_revert_updates_search_and_deadline_columns(
    versions: dict[str, Any], client_for: Any
) -> None:
    record, rows = versions["record"], versions["rows"]
    client = client_for(versions["users"]["lawyer"])
    assert b"Retitled" in client.get("/cases/?q=retitled").content
    client.post(
        f"/cases/{record.key}/history/{rows[0].history_id}/revert/",
        {"reason": REASON, "version": "3"},
    )
    assert b"Retitled" not in client.get("/cases/?q=retitled").content
    fresh = _fresh(record)
    assert fresh.search and "retitled" not in fresh.search


@pytest.mark.django_db
def test_stale_revert_is_refused(versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    response = client_for(versions["users"]["lawyer"]).post(
        f"/cases/{record.key}/history/{v1.history_id}/revert/",
        {"reason": REASON, "version": "2"},  # loaded before version 3 was saved
    )
    assert response.status_code == 409
    assert "Someone changed the case since you opened this page" in response.content.decode()
    assert REASON in response.content.decode()  # the reason typed is kept in the form
    assert _fresh(record).version == 3
    assert record.history.count() == 3
    assert not LogEntry.objects.filter(additional_data__action__startswith="case_revert").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("reason", "message"), [("", "Give a reason"), ("  ", "Give a reason")])
def test_revert_needs_a_reason(
    reason: str, message: str, versions: dict[str, Any], client_for: Any
) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    response = client_for(versions["users"]["lawyer"]).post(
        f"/cases/{record.key}/history/{v1.history_id}/revert/",
        {"reason": reason, "version": "3"},
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _fresh(record).version == 3


@pytest.mark.django_db
def test_revert_to_the_current_content_is_refused(
    versions: dict[str, Any], client_for: Any
) -> None:
    record, v3 = versions["record"], versions["rows"][2]
    response = client_for(versions["users"]["lawyer"]).post(
        f"/cases/{record.key}/history/{v3.history_id}/revert/",
        {"reason": REASON, "version": "3"},
    )
    assert response.status_code == 400
    assert "nothing to revert" in response.content.decode()
    assert _fresh(record).version == 3


@pytest.mark.django_db
def test_revert_to_an_invalid_version_is_refused_and_changes_nothing(
    versions: dict[str, Any], client_for: Any
) -> None:
    """A version the loader would refuse today (here: a claim citing a source that is not
    in the case, written straight into the row, as an older, laxer check might have let
    through) cannot come back."""
    record = versions["record"]
    fresh = _fresh(record)
    good = fresh.content
    bad = fresh.to_domain().model_dump(mode="json", exclude_defaults=True)
    bad["format_version"] = "1.0"
    bad["claims"][0]["source"] = "S-missing"
    fresh.content = json.dumps(bad)
    fresh.save()  # a history row (version 3 again) with the bad content
    fresh.content = good
    fresh.version = 4
    fresh.save()
    bad_row = record.history.order_by("-history_id")[1]
    count = record.history.count()
    response = client_for(versions["users"]["lawyer"]).post(
        f"/cases/{record.key}/history/{bad_row.history_id}/revert/",
        {"reason": REASON, "version": "4"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "no longer passes the case file" in body
    assert "S-missing" in body
    after = _fresh(record)
    assert after.version == 4
    assert after.content == good
    assert record.history.count() == count
    assert not LogEntry.objects.filter(additional_data__action__startswith="case_revert").exists()


@pytest.mark.django_db
def test_revert_action_refuses_unknown_version(versions: dict[str, Any]) -> None:
    from panah.core.errors import NotFoundError

    with pytest.raises(NotFoundError):
        case_revert(
            actor=None,
            record=versions["record"],
            history_id=10**9,
            reason=REASON,
            expected_version=3,
        )


@pytest.mark.django_db
def test_history_is_paginated(team: dict[str, Any], case_obj: Case, client_for: Any) -> None:
    record = team["record"]
    admin = team["users"]["administrator"]
    for n in range(2, 26):
        actions.case_replace(
            actor=admin,
            record=record,
            case=_retitled(case_obj, f"Title number {n}"),
            expected_version=n - 1,
        )
    client = client_for(team["users"]["viewer"])
    first = client.get(f"/cases/{record.key}/history/").content.decode()
    assert "Page 1 of 2" in first
    first = first.split("<tbody>")[1]  # the rows, not the heading (the current title)
    assert "Title number 25" in first and "Title number 5<" not in first
    assert first.count('<tr id="v') == 20
    second = client.get(f"/cases/{record.key}/history/?page=2").content.decode()
    second = second.split("<tbody>")[1]
    assert "Title number 5" in second and "Title number 25" not in second
    assert second.count('<tr id="v') == 5
    assert "imported" in second  # version 1: the import, everything added
    # The last row of page 1 (version 6) is diffed against version 5, on page 2.
    assert "Title number 6" in first


# --- the diff --------------------------------------------------------------------------------


def test_diff_of_the_first_version_adds_everything(case_obj: Case) -> None:
    diff = case_diff(None, case_obj)
    counts = diff.counts()
    assert counts["removed"] == counts["changed"] == 0
    sections = dict(diff.by_section())
    assert {c.ident for c in sections["people"]} == {"p-arman"}
    assert {c.ident for c in sections["claims"]} == {"c1", "c2", "c3"}
    assert sections["people"][0].label == "Арман Тестов"


def test_diff_of_equal_cases_is_empty(case_obj: Case) -> None:
    assert not case_diff(case_obj, case_obj)


def test_diff_names_added_removed_and_changed_entities(case_obj: Case) -> None:
    org = Organisation.model_validate(
        {
            "id": "o-court",
            "kind": "court",
            "names": [{"value": "Fictional court", "script": "Latn"}],
        }
    )
    claims = tuple(c for c in case_obj.claims if c.id != "c3")
    people = tuple(
        p.model_copy(update={"relatives": (), "origin": "Elsewhere"}) for p in case_obj.people
    )
    note = Note.model_validate({"date": "2020-04-01", "author": "lawyer", "text": "Called."})
    new = case_obj.model_copy(
        update={
            "status": "monitoring",
            "organisations": (org,),
            "claims": claims,
            "people": people,
            "notes": (note,),
        }
    )
    changes = {(c.section, c.kind, c.ident): c for c in case_diff(case_obj, new).changes}
    assert changes[("case", "changed", "fictional-2020")].fields == ("status",)
    assert changes[("organisations", "added", "o-court")].label == "Fictional court"
    removed = changes[("claims", "removed", "c3")]
    assert removed.label == "Detained in the host country · date"
    person = changes[("people", "changed", "p-arman")]
    assert set(person.fields) == {"relatives", "origin"}
    assert changes[("notes", "added", next(k[2] for k in changes if k[0] == "notes"))].label == (
        "2020-04-01 · lawyer"
    )
    assert len(changes) == 5
    # No value is copied into the diff, so a relative's details never show in it.
    assert SECRET_DETAIL not in repr(case_diff(case_obj, new))


def test_diff_of_a_working_value(case_obj: Case) -> None:
    from panah.core.case import WorkingValue

    wv = WorkingValue.model_validate(
        {
            "subject": "e-cross",
            "property": "date",
            "value": "2019-10-06",
            "claims": ["c1"],
            "chosen_by": "u",
            "chosen_on": "2020-04-01",
            "reason": "r",
        }
    )
    chosen = case_obj.model_copy(update={"working_values": (wv,)})
    [added] = case_diff(case_obj, chosen).changes
    assert (added.section, added.kind, added.ident) == ("working_values", "added", "e-cross/date")
    assert added.label == "Crosses the border outside a checkpoint · date"
    other = chosen.model_copy(
        update={"working_values": (wv.model_copy(update={"value": "2019-10-08"}),)}
    )
    [changed] = case_diff(chosen, other).changes
    assert (changed.kind, changed.fields) == ("changed", ("value",))
    [removed] = case_diff(chosen, case_obj).changes
    assert removed.kind == "removed"


@pytest.mark.django_db
def test_history_in_russian(versions: dict[str, Any], client_for: Any) -> None:
    record, v1 = versions["record"], versions["rows"][0]
    client = client_for(versions["users"]["lawyer"])
    client.cookies["django_language"] = "ru"
    body = client.get(f"/cases/{record.key}/history/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "История" in body
    assert "импортировано" in body  # version 1's action
    assert "заменено файлом" in body
    assert "Источники" in body  # the section of the changed source
    page = client.get(
        f"/cases/{record.key}/history/{v1.history_id}/", HTTP_ACCEPT_LANGUAGE="ru"
    ).content.decode()
    assert "Вернуться к версии 1" in page
    assert "Причина (обязательно)" in page


# --- in a browser ----------------------------------------------------------------------------


@pytest.mark.slow
def test_history_and_revert_in_a_browser(tmp_path: Any) -> None:
    """Sign in, make a version (a working value), open the history, go back to version 1."""
    browser = pytest.importorskip("tests.web.test_browser")
    if not browser.CHROMIUM.exists():
        pytest.skip("needs Debian's chromium (make sysdeps)")
    with browser._browser(tmp_path) as page:
        browser._sign_in(page)
        page.click("text=Fictional asylum case (test fixture)")
        page.wait_for_selector("#timeline")
        case_url = page.url.split("#")[0].split("?")[0]
        conflict = page.locator("#conflicts .value", has_text="2019-10-06")
        conflict.locator("input[name=reason]").fill("the client's own account")
        conflict.locator("button[type=submit]").click()
        page.wait_for_selector("text=chosen by demo")

        page.goto(case_url + "history/")
        rows = page.locator("table.history tbody tr")
        browser.playwright.expect(rows).to_have_count(2)
        assert "working value chosen" in rows.first.text_content()
        assert "e-cross · date" not in rows.first.text_content()  # labelled, not raw ids
        assert "Crosses the border outside a checkpoint · date" in rows.first.text_content()
        browser._shot(page, "30-history")

        rows.last.locator("text=Open").click()
        page.wait_for_selector("form.revert")
        page.fill("textarea[name=reason]", "the working value was chosen too early")
        browser._shot(page, "31-history-version")
        page.click("form.revert button[type=submit]")
        page.wait_for_url(case_url + "history/")
        browser.playwright.expect(rows).to_have_count(3)
        top = rows.first.text_content()
        assert "reverted" in top and "back to version 1" in top
        assert "the working value was chosen too early" in top
        browser._shot(page, "32-history-reverted")
        assert page.console_errors == []


@pytest.mark.django_db
def test_revert_without_csrf_token_is_refused(versions: dict[str, Any]) -> None:
    from django.test import Client

    record, v1 = versions["record"], versions["rows"][0]
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        versions["users"]["lawyer"], backend="django.contrib.auth.backends.ModelBackend"
    )
    url = f"/cases/{record.key}/history/{v1.history_id}/revert/"
    assert client.post(url, {"reason": REASON, "version": "3"}).status_code == 403
    assert _fresh(record).version == 3
    page = client.get(f"/cases/{record.key}/history/{v1.history_id}/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post(url, {"reason": REASON, "version": "3", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert _fresh(record).version == 4


@pytest.mark.django_db
def test_times_are_shown_in_the_site_zone_with_its_offset(
    versions: dict[str, Any], client_for: Any, settings: Any
) -> None:
    """The history showed local (Asia/Almaty) times labelled 'UTC'."""
    import datetime as dt

    settings.TIME_ZONE = "Asia/Almaty"
    record, v1 = versions["record"], versions["rows"][0]
    CaseRecord.history.filter(history_id=v1.history_id).update(
        history_date=dt.datetime(2026, 3, 1, 9, 5, tzinfo=dt.UTC)
    )
    client = client_for(versions["users"]["lawyer"])
    expected = "2026-03-01 14:05 <small>UTC+05:00</small>"
    body = client.get(f"/cases/{record.key}/history/").content.decode()
    assert expected in body
    # the row's UTC time is shown nowhere (a bare "09:05" also matched other rows' seconds,
    # "15:09:05", and failed at such moments)
    assert "2026-03-01 09:05" not in body and "2026-03-01T09:05" not in body
    assert '<time datetime="2026-03-01T14:05:00+05:00">' in body
    page = client.get(f"/cases/{record.key}/history/{v1.history_id}/").content.decode()
    assert expected in page
    settings.TIME_ZONE = "UTC"
    body = client.get(f"/cases/{record.key}/history/").content.decode()
    assert "2026-03-01 09:05 <small>UTC</small>" in body
