"""The law engine speaks the page's language: a Russian session sees Russian findings and
alerts on the case page, an English one English, and no request leaks its language."""

from __future__ import annotations

from typing import Any

import pytest

from panah.law.i18n import current_language
from panah.web.middleware import engine_language

AS_OF = "2020-06-01"


def _case_page(client: Any, record: Any, lang: str) -> str:
    client.cookies["django_language"] = lang
    response = client.get(f"/cases/{record.key}/?as_of={AS_OF}", HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    return str(response.content.decode())


def _whole_assessment(client: Any, record: Any, lang: str) -> str:
    """The page with every finding's tree (the case page loads them one at a time)."""
    client.cookies["django_language"] = lang
    response = client.get(
        f"/cases/{record.key}/assessment/?as_of={AS_OF}", HTTP_ACCEPT_LANGUAGE=lang
    )
    assert response.status_code == 200
    return str(response.content.decode())


@pytest.mark.django_db
def test_russian_session_sees_russian_findings(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["lawyer"])
    body = _case_page(client, team["record"], "ru")
    assert "Риск принудительного возвращения" in body
    body += _whole_assessment(client, team["record"], "ru")
    assert "Лицо пересекло границу вне пункта пропуска" in body
    assert "The person crossed the border outside a checkpoint" not in body
    assert "Refoulement risk" not in body
    assert current_language() == "en"  # the request's language did not outlive it


@pytest.mark.django_db
def test_english_session_sees_english_findings(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["lawyer"])
    body = _case_page(client, team["record"], "en")
    body += _whole_assessment(client, team["record"], "en")
    assert "The person crossed the border outside a checkpoint" in body
    assert "Лицо пересекло границу" not in body


@pytest.mark.parametrize(
    ("django", "engine"),
    [("ru", "ru"), ("ru-ru", "ru"), ("kk", "kk"), ("en-us", "en"), ("de", "en"), (None, "en")],
    ids=["ru", "ru-ru", "kk", "en-us", "unknown", "none"],
)
def test_engine_language_from_django(django: str | None, engine: str) -> None:
    assert engine_language(django) == engine


def _explanations(node: Any) -> list[str]:
    out: list[str] = []
    if isinstance(node, dict):
        if isinstance(node.get("explanation"), str):
            out.append(node["explanation"])
        for v in node.values():
            out += _explanations(v)
    elif isinstance(node, list):
        for v in node:
            out += _explanations(v)
    return out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", "Лицо пересекло границу вне пункта пропуска"),
        ("en", "The person crossed the border outside a checkpoint"),
    ],
    ids=["ru", "en"],
)
def test_document_assessment_in_the_document_language(
    case_obj: Any, lang: str, expected: str
) -> None:
    import datetime as dt

    from panah.web.drafts import _assessment

    person = case_obj.people[0].id
    data = _assessment(case_obj, person, dt.date(2020, 6, 1), lang)
    assert data is not None
    assert any(t.startswith(expected) for t in _explanations(data))
    assert current_language() == "en"
