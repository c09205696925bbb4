"""The deadline calendar across a user's cases and its iCalendar feed at a secret URL."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from auditlog.models import LogEntry
from django.utils import timezone

from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CalendarFeed, CaseDeadline, CaseRecord
from panah.web.deadlines import ics_calendar
from tests.web.conftest import SECRET_DETAIL


def recent(case: Any, title: str, case_id: str) -> Any:
    """The fixture case moved to now: crossed yesterday, detained today, so the deadlines that
    run from those events are still running whatever the weekday (crossing three days ago
    made the 24-hour filing deadline, moved to the next working day, missed on Tuesdays)."""
    today = timezone.localdate()
    moved = {
        "c1": today - dt.timedelta(days=1),
        "c2": today,
        "c3": today,
    }
    claims = tuple(
        c.model_copy(update={"value": moved[c.id].isoformat()}) if c.id in moved else c
        for c in case.claims
    )
    return case.model_copy(update={"claims": claims, "title": title, "id": case_id})


@pytest.fixture
def busy(make_user: Any, case_obj: Any, client_for: Any) -> dict[str, Any]:
    """A lawyer with a running case and an old one; a colleague with a case of their own."""
    lawyer = make_user("busy-lawyer")
    colleague = make_user("colleague")
    running = actions.case_import(
        actor=lawyer, case=recent(case_obj, "Running case, Almaty", "running-1")
    )
    old = actions.case_import(actor=lawyer, case=case_obj)
    foreign = actions.case_import(
        actor=colleague, case=recent(case_obj, "Someone else's case", "foreign-1")
    )
    return {
        "lawyer": lawyer,
        "colleague": colleague,
        "running": running,
        "old": old,
        "foreign": foreign,
        "client": client_for(lawyer),
    }


@pytest.mark.django_db
def test_deadline_rows_are_stored_with_the_case(busy: dict[str, Any]) -> None:
    rows = CaseDeadline.objects.filter(case=busy["running"])
    today = timezone.localdate()
    by_id = {r.deadline_id: r for r in rows}
    assert by_id["kz-cn-hand-over-window"].status == "running"
    assert by_id["kz-cn-hand-over-window"].due > today
    assert by_id["kz-cn-hand-over-window"].provision.startswith("kz/kz-cn-border-agreement")
    assert by_id["kz-cn-hand-over-window"].verification
    assert CaseRecord.objects.get(pk=busy["running"].pk).deadlines_on == today


@pytest.mark.django_db
def test_calendar_lists_upcoming_first_from_member_cases_only(busy: dict[str, Any]) -> None:
    response = busy["client"].get("/calendar/")
    assert response.status_code == 200
    body = response.content.decode()
    upcoming = body.split('id="upcoming"')[1].split("</section>")[0]
    past = body.split('id="past"')[1].split("</section>")[0]
    assert "Hand-over window under the agreement" in upcoming
    assert "Running case, Almaty" in upcoming
    assert "Fictional asylum case" not in upcoming and "Fictional asylum case" in past
    assert "Someone else" not in body and busy["foreign"].key not in body
    # with status, provision and verification level
    row = upcoming.split("Hand-over window under the agreement")[1].split("</tr>")[0]
    assert "running" in row and "kz/kz-cn-border-agreement-2006/art-32" in row
    assert re.search(r"verification-(primary|secondary|partial)", row)
    dates = re.findall(r'<td class="when">(\d{4}-\d{2}-\d{2})', upcoming)
    assert dates == sorted(dates) and len(dates) >= 2


@pytest.mark.django_db
def test_stale_deadlines_are_recomputed_for_today(busy: dict[str, Any]) -> None:
    record = busy["running"]
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    CaseRecord.objects.filter(pk=record.pk).update(deadlines_on=yesterday)
    CaseDeadline.objects.filter(case=record).update(status="not_started")
    busy["client"].get("/calendar/")
    fresh = CaseRecord.objects.get(pk=record.pk)
    assert fresh.deadlines_on == timezone.localdate()
    assert fresh.version == record.version  # a refresh is not a change of the case
    statuses = set(CaseDeadline.objects.filter(case=record).values_list("status", flat=True))
    assert "not_started" not in statuses and "running" in statuses


def _make_feed(client: Any) -> str:
    response = client.post("/calendar/feed/", {"action": "new"})
    assert response.status_code == 200
    m = re.search(r'value="(http://testserver/calendar/([^"/]+)\.ics)"', response.content.decode())
    assert m, "the feed URL is shown once"
    return "/calendar/" + m.group(2) + ".ics"


@pytest.mark.django_db
def test_feed_is_an_icalendar_of_member_cases(busy: dict[str, Any], client_for: Any) -> None:
    url = _make_feed(busy["client"])
    # the calendar app has no session
    response = client_for(None).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    unfolded = text.replace("\r\n ", "")
    events = unfolded.split("BEGIN:VEVENT")[1:]
    assert events
    assert "Hand-over window under the agreement — Running case\\, Almaty" in unfolded
    for e in events:
        assert re.search(r"\r\nDTSTART;VALUE=DATE:\d{8}\r\n", e)
        assert re.search(r"\r\nDTEND;VALUE=DATE:\d{8}\r\n", e)
        assert re.search(r"\r\nUID:[A-Za-z0-9._-]+@panah\r\n", e)
        assert re.search(r"\r\nDTSTAMP:\d{8}T\d{6}Z\r\n", e)
    # two people share a deadline: one event, and no names or facts in the feed
    assert len(events) == len({re.search(r"UID:(\S+)", e).group(1) for e in events})  # type: ignore[union-attr]
    for secret in ("Арман", "Arman", "Тестов", SECRET_DETAIL, "Someone else", "running"):
        assert secret not in unfolded
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    entry = LogEntry.objects.order_by("-pk").first()
    assert entry is not None and entry.additional_data == {"action": "calendar_feed_read"}
    assert entry.actor == busy["lawyer"]


@pytest.mark.django_db
def test_wrong_or_replaced_token_is_404(busy: dict[str, Any], client_for: Any) -> None:
    url = _make_feed(busy["client"])
    anonymous = client_for(None)
    assert anonymous.get(url[:-8] + "xxxxxxxx.ics").status_code == 404
    assert anonymous.get("/calendar/.ics").status_code == 404
    new_url = _make_feed(client_for(busy["lawyer"]))
    assert anonymous.get(url).status_code == 404
    assert anonymous.get(new_url).status_code == 200
    # the token is stored only as its hash
    token = new_url.rsplit("/", 1)[1][: -len(".ics")]
    stored = CalendarFeed.objects.get(user=busy["lawyer"]).token_hash
    assert token not in stored and stored == actions.calendar_token_hash(token)
    client_for(busy["lawyer"]).post("/calendar/feed/", {"action": "off"})
    assert anonymous.get(new_url).status_code == 404


@pytest.mark.django_db
def test_removed_membership_removes_the_events(busy: dict[str, Any], client_for: Any) -> None:
    colleague = busy["colleague"]
    actions.case_member_add(
        actor=colleague, record=busy["foreign"], user=busy["lawyer"], role="viewer"
    )
    url = _make_feed(busy["client"])
    anonymous = client_for(None)
    assert "Someone else's case" in anonymous.get(url).content.decode().replace("\r\n ", "")
    actions.case_member_remove(actor=colleague, record=busy["foreign"], user=busy["lawyer"])
    assert "Someone else" not in anonymous.get(url).content.decode().replace("\r\n ", "")


@pytest.mark.django_db
def test_inactive_account_has_no_feed(busy: dict[str, Any], client_for: Any) -> None:
    url = _make_feed(busy["client"])
    lawyer = busy["lawyer"]
    lawyer.is_active = False
    lawyer.save()
    assert client_for(None).get(url).status_code == 404


@pytest.mark.django_db
def test_feed_management_needs_sign_in(client_for: Any) -> None:
    anonymous = client_for(None)
    assert anonymous.post("/calendar/feed/", {"action": "new"}).status_code == 302
    assert anonymous.get("/calendar/").status_code == 302


def test_ics_escapes_and_folds() -> None:
    text = ics_calendar(
        [
            {
                "uid": "case/1 deadline",
                "due": dt.date(2024, 2, 29),
                "summary": "Подать жалобу; срок, 10 дней\\ " + "ж" * 80,
            }
        ],
        stamp=dt.datetime(2024, 2, 1, 12, 0, tzinfo=dt.UTC),
        name="Panah",
    )
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Подать жалобу\\; срок\\, 10 дней\\\\ " in unfolded
    assert "UID:case-1-deadline@panah" in unfolded
    assert "DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301" in unfolded
    assert "DTSTAMP:20240201T120000Z" in unfolded
    # folding never splits a UTF-8 character
    text.encode("utf-8").decode("utf-8")
    for line in lines:
        line.encode("utf-8")


@pytest.mark.django_db
def test_calendar_in_russian(busy: dict[str, Any]) -> None:
    body = busy["client"].get("/calendar/", headers={"Accept-Language": "ru"}).content.decode()
    for word in ("Сроки по вашим делам", "Предстоящие", "Календарная подписка", "через"):
        assert word in body


@pytest.mark.django_db
def test_daily_refresh_command(busy: dict[str, Any]) -> None:
    import io

    from django.core.management import call_command

    CaseRecord.objects.update(deadlines_on=timezone.localdate() - dt.timedelta(days=1))
    out = io.StringIO()
    call_command("deadlines_refresh", stdout=out)
    assert "3 cases recomputed" in out.getvalue()
    assert set(CaseRecord.objects.values_list("deadlines_on", flat=True)) == {timezone.localdate()}
    out = io.StringIO()
    call_command("deadlines_refresh", stdout=out)
    assert "0 cases recomputed" in out.getvalue()
