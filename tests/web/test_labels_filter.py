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
