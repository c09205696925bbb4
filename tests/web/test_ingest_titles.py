"""Drafted titles in the language of the page that drafts them: the review page in Russian
titles its events and proceedings with the catalogue's Russian labels; the CLI (and the
default) keeps the catalogue's English."""

from __future__ import annotations

import re
from typing import Any

import pytest

from panah.core.catalogue import EventType
from panah.ingest import SourceMeta, draft_case
from panah.law.labels import label
from tests.web.test_ingest import RU_TEXT, _meta

TEXT = (
    "Арман Тестов был задержан 20 ноября 2019 года в Алматы. 3 декабря 2019 года суд "
    "санкционировал его арест в целях экстрадиции."
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


@pytest.mark.parametrize("titles", ["en", "ru", "kk"])
def test_draft_titles_in_the_language_asked(titles: str) -> None:
    draft = draft_case(TEXT, lang="ru", meta=SourceMeta(date="2019-12-10"), titles=titles)
    events = draft.case["events"]
    assert events
    for e in events:
        start, _, quoted = e["title"].partition(": “")
        expected = (
            EventType(e["type"]).value.replace("_", " ").capitalize()
            if titles == "en"
            else _capitalised(label(EventType(e["type"]), lang=titles))
        )
        assert start == expected
        assert quoted.endswith("”") and quoted[:-1] in TEXT  # the clause as written
    for pr in draft.case.get("proceedings", []):
        if titles != "en":
            assert re.search(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]", pr["title"]), pr["title"]


@pytest.mark.django_db
def test_the_russian_review_page_drafts_russian_titles(
    team: dict[str, Any], client_for: Any
) -> None:
    client = client_for(team["users"]["caseworker"])
    client.cookies["django_language"] = "ru"
    base = f"/cases/{team['record'].key}/ingest/"
    response = client.post(base, {"text": RU_TEXT, **_meta("ru")}, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    body = client.get(base + "review/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    russian = _capitalised(label(EventType.DETENTION_HOST, lang="ru"))
    assert russian != "Detention host"
    origin = _capitalised(label(EventType.DETENTION_ORIGIN, lang="ru"))
    assert f"{russian}: “" in body or f"{origin}: “" in body
    assert "Detention host: “" not in body
    # the title alone, not the event's label once more before it
    assert f"{label(EventType.DETENTION_HOST, lang='ru')}: {russian}: “" not in body
