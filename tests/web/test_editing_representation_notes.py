"""Forms for a case's representation entries and notes: who may open and save them, that a
save changes the case through the loader with one audit entry (a note's text never in plain
text outside the encrypted content), and that a refused edit shows the loader's message and
changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from auditlog.models import LogEntry
from django.db import connection

from panah.storage.django_orm import case_edits
from panah.storage.django_orm.models import CaseRecord
from tests.web.formdata import form_fields, post_data

NOTE_TEXT = "Client fears the consulate visit; marmalade-osprey"
"""A note's text: must never be stored or logged unencrypted."""


def _url(record: Any, suffix: str) -> str:
    return f"/cases/{record.key}/{suffix}"


def _fresh(record: Any) -> CaseRecord:
    return CaseRecord.objects.get(pk=record.pk)


def _form(client: Any, url: str) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return form_fields(response.content.decode(), "entity-form")


def _saves() -> list[str]:
    return [
        str(e.additional_data.get("action"))
        for e in LogEntry.objects.exclude(action=LogEntry.Action.ACCESS).order_by("pk")
        if e.additional_data
        and str(e.additional_data.get("action", "")).endswith(("_save", "_delete"))
    ]


@pytest.fixture
def case(team: dict[str, Any]) -> dict[str, Any]:
    """The team's case with a lawyer, a mandate claim, one representation entry and one note."""
    record = team["record"]
    admin = team["users"]["administrator"]
    case_edits.case_person_save(
        actor=admin,
        record=record,
        data={
            "id": "p-lawyer",
            "roles": ["lawyer"],
            "names": [{"value": "Dana Advocate", "script": "Latn", "kind": "legal"}],
        },
        ident=None,
        expected_version=record.version,
    )
    case_edits.case_claim_save(
        actor=admin,
        record=record,
        data={
            "id": "c-mandate",
            "subject": "p-arman",
            "property": "x-mandate",
            "value": "signed",
            "source": "S1",
        },
        ident=None,
        expected_version=record.version,
    )
    case_edits.case_representation_save(
        actor=admin,
        record=record,
        data={"representative": "p-lawyer", "clients": ["p-arman"], "since": "2020-03-02"},
        n=None,
        expected_version=record.version,
    )
    case_edits.case_note_save(
        actor=admin,
        record=record,
        data={"date": "2020-03-05", "author": "u-administrator", "text": "First meeting held"},
        n=None,
        expected_version=record.version,
    )
    return team


PAGES = ["representation/new/", "representation/1/edit/", "notes/new/", "notes/1/edit/"]


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", PAGES)
@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("administrator", 200),
        ("lawyer", 200),
        ("caseworker", 200),
        ("viewer", 403),
        ("outsider", 404),
    ],
)
def test_who_may_open_and_save(
    suffix: str, role: str, status: int, case: dict[str, Any], client_for: Any
) -> None:
    record = _fresh(case["record"])
    client = client_for(case["users"][role])
    url = _url(record, suffix)
    response = client.get(url)
    assert response.status_code == status
    if status != 200:
        body = response.content.decode()
        assert "First meeting held" not in body and "p-lawyer" not in body
        # a post is refused the same way and changes nothing
        posted = client.post(url, {"version": str(record.version), "e-text": "x", "save": "1"})
        assert posted.status_code == status
        assert _fresh(record).version == record.version
        return
    fields = form_fields(response.content.decode(), "entity-form")
    changes: dict[str, Any] = {"e-text": f"Saved by {role}"}
    if "representation" in suffix:
        changes = {"e-role": f"{role} role", "e-representative": "p-lawyer", "e-clients": "p-arman"}
    saved = client.post(url, post_data(fields, changes))
    assert saved.status_code == 302, saved.content.decode()[-2000:]
    assert _fresh(record).version == record.version + 1


@pytest.mark.django_db
def test_forms_show_the_entry(case: dict[str, Any], client_for: Any) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    rep = _form(lawyer, _url(record, "representation/1/edit/"))
    assert rep["e-representative"] == ["p-lawyer"]
    assert rep["e-clients"] == ["p-arman"]
    assert rep["e-role"] == ["lawyer"] and rep["e-since"] == ["2020-03-02"]
    note = _form(lawyer, _url(record, "notes/1/edit/"))
    assert note["e-date"] == ["2020-03-05"] and note["e-text"] == ["First meeting held"]
    new_note = _form(lawyer, _url(record, "notes/new/"))
    assert new_note["e-author"] == ["u-lawyer"] and new_note["e-date"][0][:2] == "20"
    assert new_note["e-text"] == [""]
    for suffix in ("representation/2/edit/", "notes/2/edit/", "notes/0/edit/"):
        assert lawyer.get(_url(record, suffix)).status_code == 404


@pytest.mark.django_db
def test_add_and_edit_representation(case: dict[str, Any], client_for: Any) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, "representation/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-representative": "p-lawyer",
            "e-clients": ["p-arman"],
            "e-role": "advocate",
            "e-since": "2020-04",
            "e-claims": "c-mandate",
        },
    )
    response = lawyer.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert response["Location"].endswith("#representation")
    reps = _fresh(record).to_domain().representation
    assert len(reps) == 2
    assert (reps[1].representative, reps[1].clients, reps[1].role) == (
        "p-lawyer",
        ("p-arman",),
        "advocate",
    )
    assert reps[1].since is not None and reps[1].since.text == "2020-04"
    assert reps[1].claims == ("c-mandate",)
    assert _saves()[-1] == "case_representation_save"

    url = _url(record, "representation/1/edit/")
    response = lawyer.post(url, post_data(_form(lawyer, url), {"e-until": "2021-01-15"}))
    assert response.status_code == 302, response.content.decode()[-2000:]
    reps = _fresh(record).to_domain().representation
    assert reps[0].until is not None and reps[0].until.text == "2021-01-15"
    assert reps[0].since is not None and reps[0].since.text == "2020-03-02"
    assert reps[1].role == "advocate"  # the other entry is untouched
    assert _fresh(record).version == record.version + 2


@pytest.mark.django_db
def test_add_and_edit_a_note_keeps_its_text_out_of_the_audit(
    case: dict[str, Any], client_for: Any
) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, "notes/new/")
    data = post_data(_form(lawyer, url), {"e-date": "2020-03-09", "e-text": NOTE_TEXT})
    response = lawyer.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert response["Location"].endswith("#notes")
    notes = _fresh(record).to_domain().notes
    assert [(n.date.text, n.author, n.text) for n in notes] == [
        ("2020-03-05", "u-administrator", "First meeting held"),
        ("2020-03-09", "u-lawyer", NOTE_TEXT),
    ]
    url = _url(record, "notes/2/edit/")
    edited = NOTE_TEXT + " (again)"
    response = lawyer.post(url, post_data(_form(lawyer, url), {"e-text": edited}))
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert _fresh(record).to_domain().notes[1].text == edited
    assert _saves()[-2:] == ["case_note_save", "case_note_save"]
    change = LogEntry.objects.exclude(action=LogEntry.Action.ACCESS).order_by("-pk").first()
    assert change is not None and change.actor == case["users"]["lawyer"]
    assert change.additional_data["action"] == "case_note_save"
    # nothing of the note's text anywhere in the database outside encrypted content
    secret = NOTE_TEXT.split("; ")[1]
    with connection.cursor() as cur:
        for table in connection.introspection.table_names(cur):
            cur.execute(f'SELECT * FROM "{table}"')
            for row in cur.fetchall():
                assert secret not in str(row), table


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("suffix", "changes", "field", "message"),
    [
        pytest.param(
            "representation/1/edit/",
            {"e-since": "2020-13-40"},
            "Since",
            "month 13",
            id="representation-bad-date",
        ),
        pytest.param(
            "representation/new/",
            {"e-representative": "p-lawyer", "e-clients": ["p-arman"], "e-claims": "c-nope"},
            "Claims (the mandate…)",
            "claim &#x27;c-nope&#x27; does not exist",
            id="representation-unknown-claim",
        ),
        pytest.param("notes/1/edit/", {"e-date": "2020-02-30"}, "Date", "day", id="note-bad-date"),
    ],
)
def test_refused_edit_shows_the_loaders_message_and_changes_nothing(
    suffix: str,
    changes: dict[str, Any],
    field: str,
    message: str,
    case: dict[str, Any],
    client_for: Any,
) -> None:
    record = _fresh(case["record"])
    before = record.content
    saves = _saves()
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, suffix)
    response = lawyer.post(url, post_data(_form(lawyer, url), changes))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Nothing was saved." in body
    invalid = body.split('class="field invalid"')[1:]
    chunk = next(c for c in invalid if f">{field}</label>" in c.split("</div>")[0])
    assert message in chunk.split("</div>")[0]
    fresh = _fresh(record)
    assert fresh.version == record.version and fresh.content == before
    assert _saves() == saves


@pytest.mark.django_db
def test_unknown_person_is_refused_and_changes_nothing(
    case: dict[str, Any], client_for: Any
) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, "representation/new/")
    data = post_data(_form(lawyer, url), {"e-representative": "p-nobody", "e-clients": ["p-ghost"]})
    response = lawyer.post(url, data)
    assert response.status_code == 400
    assert "Nothing was saved." in response.content.decode()
    assert _fresh(record).version == record.version
    assert len(_fresh(record).to_domain().representation) == 1


@pytest.mark.django_db
def test_delete_a_note_and_a_representation_entry(case: dict[str, Any], client_for: Any) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    for suffix, action in (
        ("notes/1/edit/", "case_note_delete"),
        ("representation/1/edit/", "case_representation_delete"),
    ):
        url = _url(record, suffix)
        fields = _form(lawyer, url)
        asked = lawyer.post(url, post_data(fields, {"delete": "1"}))
        assert asked.status_code == 200 and "Yes, delete" in asked.content.decode()
        done = lawyer.post(url, post_data(fields, {"delete": "confirmed"}))
        assert done.status_code == 302, done.content.decode()[-2000:]
        assert _saves()[-1] == action
        record = _fresh(record)
    case_obj = record.to_domain()
    assert case_obj.notes == () and case_obj.representation == ()


@pytest.mark.django_db
def test_stale_note_form_is_refused(case: dict[str, Any], client_for: Any) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, "notes/1/edit/")
    fields = _form(lawyer, url)
    assert lawyer.post(url, post_data(fields, {"e-text": "first"})).status_code == 302
    second = lawyer.post(url, post_data(fields, {"e-text": "second"}))
    assert second.status_code == 409
    assert _fresh(record).to_domain().notes[0].text == "first"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("suffix", "words"),
    [
        pytest.param(
            "representation/new/",
            ["Добавить запись о представительстве", "Представитель", "Клиенты", "Сохранить"],
            id="representation",
        ),
        pytest.param("notes/1/edit/", ["Изменить заметку", "Автор", "Удалить"], id="note"),
    ],
)
def test_pages_in_russian(
    suffix: str, words: list[str], case: dict[str, Any], client_for: Any
) -> None:
    lawyer = client_for(case["users"]["lawyer"])
    body = lawyer.get(
        _url(case["record"], suffix), headers={"Accept-Language": "ru"}
    ).content.decode()
    for word in words:
        assert word in body


@pytest.mark.django_db
def test_loader_message_in_the_sessions_language(case: dict[str, Any], client_for: Any) -> None:
    record = _fresh(case["record"])
    lawyer = client_for(case["users"]["lawyer"])
    url = _url(record, "representation/1/edit/")
    russian = {"Accept-Language": "ru"}
    fields = form_fields(lawyer.get(url, headers=russian).content.decode(), "entity-form")
    response = lawyer.post(url, post_data(fields, {"e-since": "2020-13-01"}), headers=russian)
    assert response.status_code == 400
    body = response.content.decode()
    since = body.split('for="id_e-since"')[1].split("</div>")[0]
    assert "месяц 13" in since
    assert _fresh(record).version == record.version
