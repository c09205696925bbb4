"""Texts the interface showed in English whatever the page's language: the audit page's field
names, a numbered deadline's title in the calendar, the document templates on the case page,
the name comparer's reasons and the ingest review's hints."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pytest
from django.utils import timezone, translation

from tests.web.test_ingest import EN_TEXT, _meta


def _get(client: Any, path: str, lang: str) -> str:
    client.cookies["django_language"] = lang
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


# -- the audit page ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "added_at", "role"),
    [("en", "added at", "role"), ("ru", "добавлено", "роль"), ("kk", "қосылған уақыты", None)],
)
def test_audit_page_shows_field_verbose_names(
    lang: str, added_at: str, role: str | None, team: dict[str, Any], client_for: Any
) -> None:
    record = team["record"]
    body = _get(client_for(team["users"]["administrator"]), f"/cases/{record.key}/audit/", lang)
    # the membership entries of the fixture: the field's verbose name, its name as a tooltip
    assert f'<span title="added_at">{added_at}</span>:' in body
    if role is not None:
        assert f'<span title="role">{role}</span>:' in body
    assert '<span title="user">' in body


@pytest.mark.django_db
def test_audit_field_label_falls_back_to_the_raw_name(team: dict[str, Any]) -> None:
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from panah.web.views import audit_field_label

    entry = LogEntry.objects.filter(content_type__model="casemembership").first()
    assert entry is not None
    with translation.override("ru"):
        assert audit_field_label(entry, "added_at") == "добавлено"
        assert audit_field_label(entry, "no_such_field") == "no_such_field"
        gone = ContentType.objects.create(app_label="gone_app", model="gonemodel")
        entry.content_type = gone
        assert audit_field_label(entry, "added_at") == "added_at"


@pytest.mark.django_db
def test_audit_api_keeps_raw_field_names(team: dict[str, Any], client_for: Any) -> None:
    """The API's audit trail shares ``audit_entries``; its changes stay keyed by field name."""
    from auditlog.models import LogEntry

    from panah.web.views import audit_entries

    entries = list(audit_entries(team["record"]))
    assert entries and all(isinstance(e, LogEntry) for e in entries)
    keys = {k for e in entries for k in (e.changes_dict or {})}
    assert "added_at" in keys and "добавлено" not in keys


# -- the calendar --------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Asylum-seeker certificate, term 2"),
        ("ru", "Свидетельство лица, ищущего убежище, срок 2"),
        ("kk", "Баспана іздеуші куәлігі, 2-мерзім"),
    ],
)
def test_calendar_translates_a_numbered_certificate_term(
    lang: str, title: str, team: dict[str, Any], client_for: Any
) -> None:
    from panah.storage.django_orm.models import CaseDeadline

    CaseDeadline.objects.create(
        case=team["record"],
        person_id="p-arman",
        person_name="Arman Testov",
        deadline_id="kz-asylum-certificate-term-2",
        title="Asylum-seeker certificate, term 2",
        provision="kz/refugee-application-rules/para-20",
        verification="verified",
        status="running",
        kind="term",
        due=timezone.localdate() + dt.timedelta(days=30),
    )
    body = _get(client_for(team["users"]["lawyer"]), "/calendar/", lang)
    assert f'<span class="deadline-title">{title}</span>' in body


@pytest.mark.parametrize(
    ("lang", "stored", "shown"),
    [
        (
            "ru",
            "Asylum-seeker certificate, term 11",
            "Свидетельство лица, ищущего убежище, срок 11",
        ),
        (
            "ru",
            "Pre-trial complaint against the deemed refusal",
            "Досудебная жалоба на отказ, считающийся принятым",
        ),
        (
            "kk",
            "Pre-trial complaint against the negative decision",
            "Сотқа дейінгі шағым (теріс шешім үстінен)",
        ),
        ("ru", "Asylum-seeker certificate, term x", "Asylum-seeker certificate, term x"),
    ],
)
def test_engine_text_fills_templates(lang: str, stored: str, shown: str) -> None:
    from panah.web.templatetags.panah_labels import engine_text

    with translation.override(lang):
        assert engine_text(stored) == shown


# -- the documents form --------------------------------------------------------------------


def test_every_template_title_is_in_the_catalogue() -> None:
    from panah.documents.specs import TEMPLATES
    from panah.web.drafts import TEMPLATE_TITLES

    assert {t.title_en for t in TEMPLATES.values()} == set(TEMPLATE_TITLES)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Application to extend refugee status"),
        ("ru", "Заявление о продлении статуса беженца"),
        ("kk", "Босқын мәртебесін ұзарту туралы өтініш"),
    ],
)
def test_case_page_document_titles(
    lang: str, title: str, team: dict[str, Any], client_for: Any
) -> None:
    body = _get(client_for(team["users"]["lawyer"]), f"/cases/{team['record'].key}/", lang)
    assert f'<option value="status-extension">{title}</option>' in body


# -- name match reasons and the ingest review's hints --------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Арман Тестов", "Arman Testov"),
        ("Жанибек Шынгысулы", "Zhanibek Shyngysuly"),
        ("Нурлан Сериков", "Нурлан Серикова"),
        ("Ахмет Ахметов", "Ахмед Ахметов"),
        ("Серикхан Болатов", "Берикхан Болатов"),
        ("Гульнар Тестова", "Гүлнар Тестова"),
        ("Азиз Рахимов", "Рахимов Азиз Каримович"),
        ("Нурлан Ахметулы", "Нурлан Ахметович"),
        ("Ли Вэй", "Li Wei"),
        ("A. Testov", "Arman Testov"),
        ("Ахмет Ахмеетов", "Ахмет Ахметов"),
    ],
)
def test_match_reasons_in_russian(first: str, second: str) -> None:
    from panah.identity.compare import compare
    from panah.web.templatetags.panah_messages import match_reason

    reasons = compare(first, second).reasons
    assert reasons
    with translation.override("en"):
        assert [match_reason(r) for r in reasons] == list(reasons)  # read back exactly
    with translation.override("ru"):
        shown = [match_reason(r) for r in reasons]
    for english, russian in zip(reasons, shown, strict=True):
        assert russian != english, english
        # no English word is left, only the names, letters and codes the reason quotes
        assert not any(w in russian for w in ("differs", "identical", "folding", "name part"))
        assert not any(w in russian for w in ("given name", "surname", "dropped", "scripts"))
        assert not any(w in russian for w in ("initial", "letter", "equal"))


def test_review_messages_in_russian() -> None:
    from panah.web.templatetags.panah_messages import review_message

    with translation.override("ru"):
        assert review_message("a date (2020-03) with no event recognised") == (
            "дата (2020-03) без распознанного события"
        )
        assert review_message("date left undetermined: no such day in that month") == (
            "дата не определена: в этом месяце нет такого дня"
        )
        assert review_message(
            "a date (2020-03-01) the rules gave no event: type from the learned classifier "
            "(probability 0.73), not a rule, detention_host: check"
        ) == (
            "дата (2020-03-01), которой правила не сопоставили событие: тип определён "
            "обученным классификатором (вероятность 0.73), а не правилом, "
            "задержание в стране пребывания: проверьте"
        )
        assert review_message(
            "year 2019 of the article's date; the date is said once for several events in the "
            "sentence"
        ) == (
            "год 2019 — год даты статьи; дата названа один раз для нескольких событий в предложении"
        )
        assert review_message("something new; and more") == "something new; and more"
        assert review_message("something new") == "something new"


@pytest.mark.django_db
def test_ingest_review_page_in_russian(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = "ru"
    base = f"/cases/{record.key}/ingest/"
    response = client.post(base, {"text": EN_TEXT, **_meta("en", date="")})
    assert response.status_code == 302
    body = _get(client, base + "review/", "ru")
    assert "у источника нет даты: относительные даты" in body
    assert "the source has no date" not in body
    # Arman Testov of the text is proposed as the case's p-arman, with the reasons in Russian
    assert "имя совпадает: Arman" in body or "имя — совпадает после нормализации" in body
    assert "identical" not in body and "equal after folding" not in body


@pytest.mark.django_db
def test_ingest_review_claim_notes_in_russian(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = "ru"
    base = f"/cases/{record.key}/ingest/"
    assert client.post(base, {"text": EN_TEXT, **_meta("en")}).status_code == 302
    body = _get(client, base + "review/", "ru")
    assert "возраст на дату источника (2019-12-01)" in body
    assert "age as of the source" not in body


@pytest.mark.django_db
def test_name_matches_in_russian(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["lawyer"])
    body = _get(client, f"/cases/{record.key}/name-matches/?names-0-value=Arman+Testov", "ru")
    assert "Arman Testov" in body
    assert "фамилия" in body and "surname" not in body
