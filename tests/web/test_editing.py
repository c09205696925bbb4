"""Forms that add and edit people, relatives, sources, claims, events, proceedings and
organisations: they validate like ``panah validate`` (the whole case is re-read through the
loader), show each problem next to its field, change nothing when refused, record one audit
entry per save, and show likely matches before a new person or name is saved."""

from __future__ import annotations

from typing import Any

import pytest
from auditlog.models import LogEntry
from django.db import connection

from panah.core.catalogue import ProceedingRelationKind
from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CaseRecord
from tests.web.conftest import SECRET_DETAIL
from tests.web.formdata import form_fields, post_data


def _url(record: Any, suffix: str) -> str:
    return f"/cases/{record.key}/{suffix}"


def _form(client: Any, url: str) -> dict[str, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return form_fields(response.content.decode(), "entity-form")


def _fresh(record: Any) -> CaseRecord:
    return CaseRecord.objects.get(pk=record.pk)


def _saves() -> list[str]:
    return [
        e.additional_data.get("action")
        for e in LogEntry.objects.exclude(action=LogEntry.Action.ACCESS).order_by("pk")
        if e.additional_data
        and str(e.additional_data.get("action", "")).endswith(("_save", "_delete"))
    ]


@pytest.fixture
def lawyer(team: dict[str, Any], client_for: Any) -> Any:
    return client_for(team["users"]["lawyer"])


EDIT_PAGES = [
    pytest.param("people/new/", "e-id", "p-1", id="person-new"),
    pytest.param("people/p-arman/edit/", "names-3-value", "ئارمان تېستوۋ", id="person-edit"),
    pytest.param("people/p-arman/relatives/new/", "e-relation", "", id="relative-new"),
    pytest.param(
        "people/p-arman/relatives/1/edit/", "e-location", "Fictional village", id="relative-edit"
    ),
    pytest.param("organisations/new/", "e-id", "org-1", id="organisation-new"),
    pytest.param("sources/new/", "e-id", "S3", id="source-new"),
    pytest.param("sources/S2/edit/", "e-publisher", "Fictional News", id="source-edit"),
    pytest.param("claims/new/", "e-id", "c-1", id="claim-new"),
    pytest.param("claims/c1/edit/", "e-quote", "crossed on the sixth", id="claim-edit"),
    pytest.param("events/new/", "e-id", "e-1", id="event-new"),
    pytest.param("events/e-arrest/edit/", "participants-0-who", "p-arman", id="event-edit"),
    pytest.param("proceedings/new/", "e-id", "pr-1", id="proceeding-new"),
    pytest.param("proceedings/pr-asylum/edit/", "steps-0-event", "e-arrest", id="proceeding-edit"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("suffix", "field", "value"), EDIT_PAGES)
def test_form_shows_the_entity(
    suffix: str, field: str, value: str, lawyer: Any, team: dict[str, Any]
) -> None:
    fields = _form(lawyer, _url(team["record"], suffix))
    assert fields[field] == [value]
    assert fields["version"] == [str(team["record"].version)]


@pytest.mark.django_db
def test_unknown_entity_is_404(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    assert lawyer.get(_url(record, "people/p-nobody/edit/")).status_code == 404
    assert lawyer.get(_url(record, "people/p-arman/relatives/2/edit/")).status_code == 404
    assert lawyer.get(_url(record, "people/p-nobody/relatives/new/")).status_code == 404
    assert lawyer.get(_url(record, "claims/S1/edit/")).status_code == 404  # a source, not a claim


@pytest.mark.django_db
def test_add_a_person_with_names_in_several_scripts(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "people/new/")
    fields = _form(lawyer, url)
    # the user asks for a second name row (htmx posts the form; nothing is saved)
    first = post_data(fields, {"names-0-value": "Жанна Қуатова", "add": "names"})
    response = lawyer.post(url, first)
    assert response.status_code == 200
    assert _fresh(record).version == record.version
    body = response.content.decode()
    assert "errorlist" not in body
    fields = form_fields(body, "entity-form")
    assert fields["names-TOTAL_FORMS"] == ["2"]
    assert fields["names-0-value"] == ["Жанна Қуатова"]
    data = post_data(
        fields,
        {
            "e-id": "p-zhanna",
            "e-roles": ["client", "family_member"],
            "e-citizenship": "CN, KZ",
            "names-0-lang": "kk",
            "names-0-kind": "legal",
            "names-0-preferred": "on",
            "names-1-value": "Zhanna Kuatova",
            "names-1-scheme": "press-en",
        },
    )
    response = lawyer.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert response["Location"].endswith("#people")
    person = next(p for p in _fresh(record).to_domain().people if p.id == "p-zhanna")
    assert [(n.value, n.script, n.lang, n.kind.value) for n in person.names] == [
        ("Жанна Қуатова", "Cyrl", "kk", "legal"),
        ("Zhanna Kuatova", "Latn", None, "press"),  # the script read from the letters
    ]
    assert person.names[0].preferred and person.names[1].scheme == "press-en"
    assert [r.value for r in person.roles] == ["client", "family_member"]
    assert person.citizenship == ("CN", "KZ")
    fresh = _fresh(record)
    assert fresh.version == record.version + 1
    assert "Zhanna Kuatova" in fresh.names.splitlines()
    assert _saves()[-1] == "case_person_save"


def _labels_with_errors(body: str) -> set[str]:
    chunks = body.split('class="field invalid"')[1:]
    return {chunk.split("</label>")[0].rsplit(">", 1)[1] for chunk in chunks}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "labels", "messages", "row_message"),
    [
        pytest.param(
            {"e-birth_date": "1985-13-40", "e-citizenship": "CN, china"},
            {"Date of birth", "Citizenship"},
            ["month 13", "2: String should match pattern"],
            None,
            id="schema",
        ),
        pytest.param(
            {"e-id": "p-arman", "names-0-value": "Жанна Quatova", "names-0-script": "Cyrl"},
            {"Id"},
            ["id &#x27;p-arman&#x27; is used twice"],
            "contains Latin (Latn) letters",
            id="integrity",
        ),
    ],
)
def test_refused_person_changes_nothing_and_says_where(
    changes: dict[str, str],
    labels: set[str],
    messages: list[str],
    row_message: str | None,
    lawyer: Any,
    team: dict[str, Any],
) -> None:
    record = team["record"]
    url = _url(record, "people/new/")
    before = _fresh(record).content
    saves = _saves()
    fields = _form(lawyer, url)
    data = post_data(fields, {"names-0-value": "Жанна Қуатова", "matches_seen": "1", **changes})
    response = lawyer.post(url, data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Nothing was saved." in body
    for message in messages:
        assert message in body
    fresh = _fresh(record)
    assert fresh.version == record.version and fresh.content == before
    assert _saves() == saves
    assert labels <= _labels_with_errors(body)
    if row_message:
        row = body.split('id="id_names-0-value"')[1].split("</tr>")[0]
        assert row_message in row


@pytest.mark.django_db
def test_matches_are_shown_before_a_new_person_is_saved(
    lawyer: Any, team: dict[str, Any], case_obj: Any, make_user: Any
) -> None:
    record = team["record"]
    lawyer_user = team["users"]["lawyer"]
    # another case of the same lawyer's, and one of a stranger's
    other = actions.case_import(
        actor=lawyer_user,
        case=case_obj.model_copy(update={"id": "other-2021", "title": "Another case"}),
    )
    hidden = actions.case_import(
        actor=make_user("stranger"),
        case=case_obj.model_copy(update={"id": "hidden-2021", "title": "A case not shared"}),
    )
    url = _url(record, "people/new/")
    data = post_data(_form(lawyer, url), {"e-id": "p-new", "names-0-value": "Arman Testuly"})
    response = lawyer.post(url, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Possible matches in your cases" in body
    assert "in this case" in body and "p-arman" in body
    assert other.key in body and "Another case" in body
    assert hidden.key not in body and "A case not shared" not in body
    assert _fresh(record).version == record.version  # not saved yet
    again = form_fields(body, "entity-form")
    assert again["matches_seen"] == ["1"]
    response = lawyer.post(url, post_data(again))
    assert response.status_code == 302
    assert any(p.id == "p-new" for p in _fresh(record).to_domain().people)


@pytest.mark.django_db
def test_live_name_matches(lawyer: Any, team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    url = _url(record, "name-matches/")
    hit = lawyer.get(
        url, {"names-0-value": "Арман Тестов", "exclude_person": ""}, headers={"HX-Request": "true"}
    )
    assert hit.status_code == 200
    assert "<html" not in hit.content.decode()
    assert "p-arman" in hit.content.decode()
    # the person's own names are not matches for that person
    own = lawyer.get(url, {"names-0-value": "Арман Тестов", "exclude_person": "p-arman"})
    assert "p-arman" not in own.content.decode()
    miss = lawyer.get(url, {"names-0-value": "Nobody Else"})
    assert "No likely matches" in miss.content.decode()


@pytest.mark.django_db
def test_edit_a_claim_resolves_the_conflict(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    assert _fresh(record).open_conflicts == 1
    url = _url(record, "claims/c2/edit/")
    data = post_data(_form(lawyer, url), {"e-value": "2019-10-06", "e-quote": "on 6 October"})
    assert lawyer.post(url, data).status_code == 302
    fresh = _fresh(record)
    claim = next(c for c in fresh.to_domain().claims if c.id == "c2")
    assert claim.value == "2019-10-06" and claim.locator is not None
    assert claim.locator.quote == "on 6 October"
    assert fresh.open_conflicts == 0
    assert _saves()[-1] == "case_claim_save"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        pytest.param({"e-value": "2019-13-45"}, "Value", "month 13", id="impossible-date"),
        pytest.param(
            {"e-property": "age", "e-value": "old"}, "Value", "whole number", id="age-text"
        ),
        pytest.param({"e-as_of": "soon"}, "As of", "soon", id="as-of"),
        pytest.param({"e-timestamp": "1h20"}, "Media time", "String should match", id="timestamp"),
    ],
)
def test_refused_claim_points_at_the_field(
    changes: dict[str, str], field: str, message: str, lawyer: Any, team: dict[str, Any]
) -> None:
    record = team["record"]
    url = _url(record, "claims/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-subject": "e-cross",
            "e-property": "date",
            "e-value": "2019-10-07",
            "e-source": "S2",
            **changes,
        },
    )
    response = lawyer.post(url, data)
    assert response.status_code == 400
    body = response.content.decode()
    chunk = body.split(f">{field}</label>")[1].split('<div class="field')[0]
    assert "errorlist" in chunk and message in chunk, chunk
    assert _fresh(record).version == record.version


@pytest.mark.django_db
def test_claim_values_are_read_by_property(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "claims/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-id": "c-age",
            "e-subject": "p-arman",
            "e-property": "age",
            "e-value": "34",
            "e-source": "S2",
        },
    )
    assert lawyer.post(url, data).status_code == 302
    claim = next(c for c in _fresh(record).to_domain().claims if c.id == "c-age")
    assert claim.value == 34


@pytest.mark.django_db
def test_new_claim_link_presets_subject_and_property(lawyer: Any, team: dict[str, Any]) -> None:
    fields = _form(lawyer, _url(team["record"], "claims/new/?subject=e-arrest&property=date"))
    assert fields["e-subject"] == ["e-arrest"] and fields["e-property"] == ["date"]


@pytest.mark.django_db
def test_add_an_event_with_participants_then_a_proceeding_step(
    lawyer: Any, team: dict[str, Any]
) -> None:
    record = team["record"]
    url = _url(record, "events/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-id": "e-apply",
            "e-type": "asylum_application_filed",
            "e-title": "Applies for refugee status",
            "participants-0-who": "p-arman",
            "participants-0-role": "applicant",
        },
    )
    assert lawyer.post(url, data).status_code == 302
    event = next(e for e in _fresh(record).to_domain().events if e.id == "e-apply")
    assert event.type.value == "asylum_application_filed"
    assert [(p.who, p.role) for p in event.participants] == [("p-arman", "applicant")]

    record = _fresh(record)
    url = _url(record, "proceedings/pr-asylum/edit/")
    fields = _form(lawyer, url)
    assert fields["steps-TOTAL_FORMS"] == ["2"]  # the step and one empty row
    data = post_data(fields, {"steps-1-event": "e-apply", "e-concerns": ["p-arman"]})
    assert lawyer.post(url, data).status_code == 302
    proceeding = _fresh(record).to_domain().proceedings[0]
    assert proceeding.steps == ("e-arrest", "e-apply")


@pytest.mark.django_db
def test_proceeding_relations_and_authority(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "organisations/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-id": "org-court",
            "e-kind": "court",
            "e-country": "KZ",
            "names-0-value": "Fictional District Court",
        },
    )
    assert lawyer.post(url, data).status_code == 302
    record = _fresh(record)
    url = _url(record, "proceedings/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-id": "pr-criminal",
            "e-kind": "criminal",
            "e-title": "Criminal case for illegal crossing",
            "e-status": "pending",
            "e-concerns": ["p-arman"],
            "e-authority": "org-court",
            "relations-0-kind": next(iter(ProceedingRelationKind)).value,
            "relations-0-proceeding": "pr-asylum",
        },
    )
    response = lawyer.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    pr = next(p for p in _fresh(record).to_domain().proceedings if p.id == "pr-criminal")
    assert pr.authority == "org-court" and pr.concerns == ("p-arman",)
    assert [r.proceeding for r in pr.relations] == ["pr-asylum"]


@pytest.mark.django_db
def test_edit_a_relative_keeps_details_encrypted(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "people/p-arman/relatives/1/edit/")
    data = post_data(
        _form(lawyer, url), {"e-location": "Another fictional village", "e-faces_reprisal": "false"}
    )
    assert lawyer.post(url, data).status_code == 302
    fresh = _fresh(record)
    relative = fresh.to_domain().people[0].relatives[0]
    assert relative.location == "Another fictional village"
    assert relative.faces_reprisal is False
    assert relative.details is not None and SECRET_DETAIL in relative.details
    assert relative.names[0].value == "Гүлнар Тестова"
    with connection.cursor() as cur:
        cur.execute(f"SELECT content FROM {CaseRecord._meta.db_table} WHERE id = %s", [record.pk])
        (stored,) = cur.fetchone()
    assert SECRET_DETAIL not in str(stored) and "Another fictional village" not in str(stored)


@pytest.mark.django_db
def test_add_a_relative(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "people/p-arman/relatives/new/")
    data = post_data(
        _form(lawyer, url),
        {
            "e-relation": "brother",
            "e-age": "30",
            "e-age_as_of": "2020",
            "names-0-value": "Ерлан Тестов",
        },
    )
    response = lawyer.post(url, data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    relatives = _fresh(record).to_domain().people[0].relatives
    assert [r.relation for r in relatives] == ["mother", "brother"]
    assert relatives[1].age == 30 and relatives[1].names[0].script == "Cyrl"
    assert _saves()[-1] == "case_relative_save"


@pytest.mark.django_db
def test_source_edit_and_names_kept(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "sources/S2/edit/")
    data = post_data(_form(lawyer, url), {"e-url": "https://news.example/report", "e-id": "S9"})
    assert lawyer.post(url, data).status_code == 302
    sources = {s.id: s for s in _fresh(record).to_domain().sources}
    assert "S9" not in sources  # the id cannot be changed
    assert sources["S2"].url == "https://news.example/report"
    assert sources["S2"].publisher == "Fictional News"


@pytest.mark.django_db
def test_delete_needs_confirmation_and_is_refused_while_referenced(
    lawyer: Any, team: dict[str, Any]
) -> None:
    record = team["record"]
    url = _url(record, "sources/S2/edit/")
    fields = _form(lawyer, url)
    asked = lawyer.post(url, post_data(fields, {"delete": "1"}))
    assert asked.status_code == 200 and "Yes, delete" in asked.content.decode()
    refused = lawyer.post(url, post_data(fields, {"delete": "confirmed"}))
    assert refused.status_code == 400
    assert "other parts of the case refer to it" in refused.content.decode()
    assert _fresh(record).version == record.version
    # a claim nothing refers to can go
    url = _url(record, "claims/c3/edit/")
    assert (
        lawyer.post(url, post_data(_form(lawyer, url), {"delete": "confirmed"})).status_code == 302
    )
    assert "c3" not in {c.id for c in _fresh(record).to_domain().claims}
    assert _saves()[-1] == "case_claim_delete"


@pytest.mark.django_db
def test_stale_form_is_refused(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "events/e-arrest/edit/")
    fields = _form(lawyer, url)
    first = lawyer.post(url, post_data(fields, {"e-title": "Detained (first edit)"}))
    assert first.status_code == 302
    second = lawyer.post(url, post_data(fields, {"e-title": "Detained (second edit)"}))
    assert second.status_code == 409
    assert "Someone changed the case" in second.content.decode()
    event = next(e for e in _fresh(record).to_domain().events if e.id == "e-arrest")
    assert event.title == "Detained (first edit)"


@pytest.mark.django_db
def test_edit_forms_and_saves_are_audited(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    url = _url(record, "events/e-arrest/edit/")
    fields = _form(lawyer, url)
    read = LogEntry.objects.filter(action=LogEntry.Action.ACCESS).order_by("-pk").first()
    assert read is not None and read.additional_data["action"] == "case_edit_form_event"
    assert read.actor == team["users"]["lawyer"]
    assert lawyer.post(url, post_data(fields, {"e-title": "Detained"})).status_code == 302
    change = LogEntry.objects.exclude(action=LogEntry.Action.ACCESS).order_by("-pk").first()
    assert change is not None and change.additional_data["action"] == "case_event_save"
    assert change.actor == team["users"]["lawyer"]
    assert "content" not in (change.changes or {})


@pytest.mark.django_db
def test_case_page_links_to_the_forms_only_for_editors(
    team: dict[str, Any], client_for: Any
) -> None:
    record = team["record"]
    editor = client_for(team["users"]["caseworker"]).get(_url(record, "")).content.decode()
    viewer = client_for(team["users"]["viewer"]).get(_url(record, "")).content.decode()
    for link in (
        "people/new/",
        "people/p-arman/edit/",
        "relatives/1/edit/",
        "sources/S1/edit/",
        "events/e-cross/edit/",
        "proceedings/pr-asylum/edit/",
        "claims/new/",
    ):
        assert link in editor
        assert link not in viewer


@pytest.mark.django_db
def test_claims_list(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    page = lawyer.get(_url(record, "claims/")).content.decode()
    assert "crossed on the sixth" in page and "<html" in page
    part = lawyer.get(_url(record, "claims/"), headers={"HX-Request": "true"}).content.decode()
    assert part.lstrip().startswith('<table class="claims">')
    assert "claims/c1/edit/" in part


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("suffix", "words"),
    [
        pytest.param(
            "people/new/", ["Добавить человека", "Варианты имени", "Сохранить"], id="person"
        ),
        pytest.param(
            "claims/c1/edit/", ["Изменить утверждение", "Источник", "Удалить"], id="claim"
        ),
        pytest.param("document/", ["Документы", "Шаблоны", "Скачать"], id="documents"),
        pytest.param("", ["Утверждения", "Добавить событие", "Изменить"], id="case-page"),
    ],
)
def test_new_pages_in_russian(
    suffix: str, words: list[str], lawyer: Any, team: dict[str, Any]
) -> None:
    body = lawyer.get(
        _url(team["record"], suffix), headers={"Accept-Language": "ru"}
    ).content.decode()
    for word in words:
        assert word in body
