"""Every change and every read of a case is in the audit log, with actor, time and address,
and no sensitive value in plain text; a failed action leaves neither change nor entry."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from auditlog.models import LogEntry

from tests.web.conftest import SECRET_DETAIL


def _all_log_text() -> str:
    parts = []
    for e in LogEntry.objects.all():
        parts += [
            json.dumps(e.changes, ensure_ascii=False),
            str(e.serialized_data),
            json.dumps(e.additional_data, ensure_ascii=False),
            e.object_repr,
        ]
    return "\n".join(parts)


@pytest.mark.django_db
def test_view_is_logged_with_actor_and_address(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    viewer = team["users"]["viewer"]
    before = LogEntry.objects.filter(action=LogEntry.Action.ACCESS).count()
    response = client_for(viewer).get(f"/cases/{record.key}/", REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 200
    entries = LogEntry.objects.filter(action=LogEntry.Action.ACCESS).order_by("-pk")
    assert entries.count() == before + 1
    entry = entries.first()
    assert entry.actor == viewer
    assert entry.remote_addr == "10.1.2.3"
    assert entry.additional_data == {"action": "case_view", "case": record.key}
    assert entry.timestamp is not None and entry.timestamp.tzinfo is not None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "action"),
    [
        pytest.param("timeline/", "case_view_timeline", id="timeline"),
        pytest.param(
            "assessment/findings/p-arman/intl/refugee-convention-1951/art-33/para-1/",
            "case_view_finding",
            id="finding",
        ),
        pytest.param("assessment/", "case_view_assessment", id="assessment"),
        pytest.param("export/?format=yaml", "case_export_yaml", id="export-yaml"),
        pytest.param("export/?format=json", "case_export_json", id="export-json"),
        pytest.param("audit/", "case_audit", id="audit"),
    ],
)
def test_every_read_is_logged(
    path: str, action: str, team: dict[str, Any], client_for: Any
) -> None:
    record = team["record"]
    admin = team["users"]["administrator"]
    assert client_for(admin).get(f"/cases/{record.key}/{path}").status_code == 200
    entry = LogEntry.objects.order_by("-pk").first()
    assert entry.action == LogEntry.Action.ACCESS
    assert entry.additional_data["action"] == action
    assert entry.actor == admin


@pytest.mark.django_db
def test_changes_are_logged_by_action(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    actions = [e.additional_data.get("action") for e in LogEntry.objects.order_by("pk")]
    assert actions[0] == "case_import"
    assert actions.count("case_member_add") == 3
    client = client_for(team["users"]["lawyer"])
    response = client.post(
        f"/cases/{record.key}/working-value/",
        {
            "subject": "e-cross",
            "property": "date",
            "value": '"2019-10-08"',
            "reason": "the report cites the border service",
            "version": record.version,
        },
    )
    assert response.status_code == 302
    entry = LogEntry.objects.filter(action=LogEntry.Action.UPDATE).order_by("-pk").first()
    assert entry.additional_data == {"action": "case_working_value_set", "case": record.key}
    assert entry.actor == team["users"]["lawyer"]
    assert "version" in entry.changes_dict
    assert "content" not in entry.changes_dict


@pytest.mark.django_db
def test_no_sensitive_value_in_the_log(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["administrator"])
    client.get(f"/cases/{record.key}/")
    client.get(f"/cases/{record.key}/export/?format=json")
    upload = io.BytesIO(record.content.replace("since the spring", "since the summer").encode())
    upload.name = "v2.json"
    assert (
        client.post(f"/cases/{record.key}/replace/", {"file": upload, "version": 1}).status_code
        == 302
    )
    text = _all_log_text()
    assert SECRET_DETAIL not in text
    assert "facility number seven" not in text
    assert LogEntry.objects.filter(additional_data__action="case_replace").exists()


@pytest.mark.django_db
def test_failed_import_changes_nothing(team: dict[str, Any], client_for: Any) -> None:
    from panah.storage.django_orm.models import CaseMembership, CaseRecord

    counts = (CaseRecord.objects.count(), CaseMembership.objects.count(), LogEntry.objects.count())
    bad = io.BytesIO(b"format_version: '1.0'\nid: x\ntitle: broken\npeople: []\n")
    bad.name = "broken.yaml"
    response = client_for(team["users"]["lawyer"]).post("/cases/import/", {"file": bad})
    assert response.status_code == 400
    assert "broken.yaml:" in response.content.decode()  # problems are located
    assert (
        CaseRecord.objects.count(),
        CaseMembership.objects.count(),
        LogEntry.objects.count(),
    ) == counts


@pytest.mark.django_db
def test_failed_replace_keeps_the_old_version(team: dict[str, Any], client_for: Any) -> None:
    from panah.storage.django_orm.models import CaseRecord

    record = team["record"]
    before = (record.content, record.version, LogEntry.objects.count())
    bad = io.BytesIO(b'{"format_version": "1.0", "id": "x"}')
    bad.name = "bad.json"
    client = client_for(team["users"]["lawyer"])
    assert (
        client.post(f"/cases/{record.key}/replace/", {"file": bad, "version": 1}).status_code == 400
    )
    fresh = CaseRecord.objects.get(pk=record.pk)
    # the failed POST itself reads nothing, so no entry is added either
    assert (fresh.content, fresh.version, LogEntry.objects.count()) == before


@pytest.mark.django_db
def test_stale_version_is_refused(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    data = {
        "subject": "e-cross",
        "property": "date",
        "value": '"2019-10-08"',
        "reason": "r",
        "version": 1,
    }
    assert client.post(f"/cases/{record.key}/working-value/", data).status_code == 302
    response = client.post(f"/cases/{record.key}/working-value/", data)  # version 1 is gone
    assert response.status_code == 409


@pytest.mark.django_db
def test_audit_page_lists_reads_and_changes(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client_for(team["users"]["viewer"]).get(f"/cases/{record.key}/", REMOTE_ADDR="10.9.8.7")
    body = (
        client_for(team["users"]["administrator"])
        .get(f"/cases/{record.key}/audit/")
        .content.decode()
    )
    assert "u-viewer" in body and "10.9.8.7" in body
    assert "case_import" in body and "case_member_add" in body
    assert SECRET_DETAIL not in body


@pytest.mark.django_db
def test_log_entries_are_read_only_in_admin(make_user: Any, client: Any) -> None:
    boss = make_user("boss")
    boss.is_staff = boss.is_superuser = True
    boss.save()
    client.force_login(boss, backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/admin/auditlog/logentry/").status_code == 200
    assert client.get("/admin/auditlog/logentry/add/").status_code == 403


@pytest.mark.django_db
def test_audit_page_is_readable_and_paged(team: dict[str, Any], client_for: Any) -> None:
    """Newest first, 100 entries a page, actions as words in the page's language, times with
    their zone, a field that had no value shown as '(empty)' rather than 'None'."""
    import re

    from django.utils.translation import override

    from panah.storage.django_orm import actions
    from panah.web.views import AUDIT_PER_PAGE

    record = team["record"]
    for _ in range(AUDIT_PER_PAGE + 5):
        actions.case_access_log(record=record, what="view_finding")
    admin = client_for(team["users"]["administrator"])
    first = admin.get(f"/cases/{record.key}/audit/").content.decode()
    assert first.count("<tr><td>") == AUDIT_PER_PAGE
    assert 'href="?page=2"' in first
    assert "finding opened" in first and ">case_view_finding<" not in first
    assert 'title="case_import"' not in first  # the oldest: on page 2
    last = admin.get(f"/cases/{record.key}/audit/?page=2").content.decode()
    assert 'title="case_import">imported<' in last
    assert 'title="case_member_add">member added<' in last
    assert "None →" not in last and "→ None" not in last
    assert "(empty) →" in last
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d <small>UTC[+-]\d\d:\d\d</small>", first)
    admin.cookies["django_language"] = "ru"
    ru = admin.get(f"/cases/{record.key}/audit/?page=2", HTTP_ACCEPT_LANGUAGE="ru")
    body = ru.content.decode()
    with override("ru"):
        from panah.web.views_history import audit_action_label

        added = audit_action_label("case_member_add")
    assert added != "member added"
    assert f'title="case_member_add">{added}<' in body
    assert "(пусто) →" in body
