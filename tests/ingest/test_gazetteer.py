"""The gazetteer of places in Kazakhstan and Xinjiang."""

from __future__ import annotations

import pytest

from panah.ingest.gazetteer import find_places, load_places


def test_the_data_is_consistent() -> None:
    places = load_places()
    ids = [p.id for p in places]
    assert len(ids) == len(set(ids))
    known = set(ids)
    countries = {p.country for p in places if p.kind == "country"}
    for p in places:
        assert p.parent is None or p.parent in known, p.id
        assert p.names_en and p.names_ru, p.id
        assert p.country in countries, p.id


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("в Жаркенте", "kz-zhk", id="ru-prepositional"),
        pytest.param("из Синьцзяна", "cn-xj", id="ru-genitive"),
        pytest.param("возле села Шиликты", "kz-shil", id="ru-indeclinable"),
        pytest.param("Шілікті ауылы", "kz-shil", id="kk-form"),
        pytest.param("через «Майкапшагай»", "kz-may", id="ru-checkpoint-in-quotes"),
        pytest.param("в Нур-Султане", "kz-ast", id="ru-hyphenated"),
        pytest.param("Үрімші", "cn-urc", id="kk-urumqi"),
        pytest.param("through the Khorgos checkpoint", "kz-kor", id="en-checkpoint"),
        pytest.param("the Xinjiang region's capital", "cn-xj", id="en-possessive"),
        pytest.param("in Alma-Ata", "kz-ala", id="en-old-name"),
        pytest.param("Алматинской области", "kz-alm", id="ru-region-adjective"),
    ],
)
def test_places_are_found_in_their_forms(text: str, place: str) -> None:
    assert [m.place.id for m in find_places(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("или он уехал", id="ru-conjunction-ili"),
        pytest.param("Almatyfoo and Astanaville", id="en-partial-words"),
    ],
)
def test_words_that_only_look_like_places(text: str) -> None:
    assert find_places(text) == []
