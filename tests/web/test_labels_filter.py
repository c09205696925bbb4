"""``|label``: catalogue values as labels in the page's language (en, ru, kk)."""

from __future__ import annotations

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.utils import translation

from panah.core.catalogue import EventType, Role
from panah.law.labels import CATALOGUES, labels


def _render(text: str, lang: str, **values: object) -> str:
    with translation.override(lang):
        return Template("{% load panah_labels %}" + text).render(Context(values))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "border crossing outside a checkpoint"),
        ("ru", "пересечение границы вне пункта пропуска"),
        ("kk", "шекараны өткізу пунктінен тыс кесіп өту"),
    ],
    ids=["en", "ru", "kk"],
)
def test_event_type(lang: str, expected: str) -> None:
    out = _render('{{ v|label:"EventType" }}', lang, v="border_crossing_outside_checkpoint")
    assert out == expected


def test_enum_member_needs_no_catalogue() -> None:
    assert _render("{{ v|label }}", "ru", v=Role.CO_DEFENDANT) == "соподсудимый"
    assert _render("{{ v|label }}", "en", v=EventType.TORTURE) == "torture"


def test_same_word_differs_by_catalogue() -> None:
    # "prosecutor" is a person as a role and an institution as an organisation kind
    assert _render('{{ v|label:"Role" }}', "ru", v="prosecutor") == "прокурор"
    assert _render('{{ v|label:"OrganisationKind" }}', "ru", v="prosecutor") == "прокуратура"


def test_empty_and_unlisted_values() -> None:
    assert _render('{{ v|label:"EventType" }}', "ru", v=None) == ""
    assert _render('{{ v|label:"EventType" }}', "ru", v="not_a_type") == "not_a_type"


def test_unknown_catalogue_is_an_error() -> None:
    with pytest.raises((ValueError, TemplateSyntaxError), match="no catalogue 'EventTypo'"):
        _render('{{ v|label:"EventTypo" }}', "ru", v="torture")


def test_values_are_escaped() -> None:
    assert _render('{{ v|label:"EventType" }}', "en", v="<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;"


def test_every_label_is_translated_to_russian() -> None:
    from panah.law.i18n import language, pgettext

    with language("ru"):
        untranslated = [(c, en) for c, _v, en in labels() if pgettext(c, en) == en]
    assert untranslated == []
    assert len(CATALOGUES) >= 17


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Decision on refugee status"), ("ru", "Решение о присвоении статуса беженца")],
    ids=["en", "ru"],
)
def test_engine_text(lang: str, expected: str) -> None:
    out = _render("{{ v|engine_text }}", lang, v="Decision on refugee status")
    assert out == expected
    assert _render("{{ v|engine_text }}", lang, v="not a message") == "not a message"


@pytest.mark.django_db
def test_stored_deadlines_are_english_whatever_the_session(
    team: dict[str, object], client_for: object
) -> None:
    """Saving a case from a Russian session still stores English deadline titles; the
    calendar shows them in the page's language."""
    from typing import Any

    from panah.storage.django_orm.models import CaseDeadline

    t: Any = team
    login: Any = client_for
    client = login(t["users"]["administrator"])
    client.cookies["django_language"] = "ru"
    record = t["record"]
    export = client.get(f"/cases/{record.key}/export/?format=yaml", HTTP_ACCEPT_LANGUAGE="ru")
    assert export.status_code == 200
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("case.yaml", export.content, content_type="application/yaml")
    response = client.post(f"/cases/{record.key}/replace/",
                           {"version": record.version, "file": upload},
                           HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code in (200, 302)
    titles = set(CaseDeadline.objects.filter(case=record).values_list("title", flat=True))
    assert titles
    assert not any(any("а" <= ch <= "я" for ch in t.lower()) for t in titles)
