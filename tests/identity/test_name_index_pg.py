"""The PostgreSQL name index (pg_trgm fallback) on a small dataset, in a throwaway schema.

Needs the PostgreSQL server ``make test`` requires (postgres://postgres@127.0.0.1:5432/postgres);
an unreachable server is a failure, not a skip.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from panah.storage.name_index import NameIndex, NameRecord
from panah.storage.name_index_pg import PgNameIndex

URL = "postgres://postgres@127.0.0.1:5432/postgres"

PEOPLE = [
    NameRecord("c1", "p1", "Қастер Мұсаханұлы", "Қастер Мұсаханұлы", "1989"),
    NameRecord("c1", "p2", "Мұрагер Әлімұлы", "Мұрагер Әлімұлы"),
    NameRecord("c2", "p1", "Қасым Мұсаханұлы", "Қасым Мұсаханұлы"),
    NameRecord("c2", "p2", "Kaster Mukhtaruly", "Kaster Mukhtaruly"),
    NameRecord("c3", "p9", "哈斯特尔·穆萨汗", "哈斯特尔·穆萨汗"),
    NameRecord("c4", "p1", "Нұрлан Бекболатұлы", "Нұрлан Бекболатұлы"),
]


@pytest.fixture
def index() -> Iterator[PgNameIndex]:
    schema = f"panah_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(URL, connect_timeout=5) as conn:
        try:
            idx = PgNameIndex(conn, schema)
            idx.add_many(PEOPLE)
            conn.commit()
            yield idx
        finally:
            conn.rollback()
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.commit()


@pytest.mark.parametrize(
    "query",
    ["Kaster Musakhan", "Quster Musakhanuly", "Мусаханов Кастер", "قاستەر مۇساحانۇلى"],
    ids=["press-short", "press-typo", "russianised-reversed", "kazakh-arabic"],
)
def test_any_spelling_finds_the_person_first(index: PgNameIndex, query: str) -> None:
    hits = index.search(query)
    assert (hits[0].case_id, hits[0].person_id) == ("c1", "p1")
    assert hits[0].verdict == "same"
    assert hits[0].reasons


def test_namesakes_and_relatives_are_not_same(index: PgNameIndex) -> None:
    hits = {(h.case_id, h.person_id): h for h in index.search("Kaster Musakhanuly")}
    assert ("c2", "p1") not in hits  # Қасым: a brother
    assert ("c2", "p2") not in hits  # another father
    assert hits[("c3", "p9")].verdict == "same"  # the Chinese alias


def test_partial_name_with_a_typo_falls_back_to_trigrams(index: PgNameIndex) -> None:
    """One word, so no pair key; 'Bekbolt' is no key of anyone: only pg_trgm finds it."""
    entry = index.candidates("Bekbolt", limit=5)
    names = {
        r[0]
        for r in index.conn.execute(
            f"SELECT name FROM {index.schema}.name_entry WHERE id = ANY(%s)",
            (entry,),
        )
    }
    assert names == {"Нұрлан Бекболатұлы"}


def test_same_hits_as_the_sqlite_index(index: PgNameIndex) -> None:
    lite = NameIndex.open(":memory:")
    lite.add_many(PEOPLE)
    for query in ("Kaster Musakhanuly", "Murager Alimov", "Нурлан Бекболатов", "Kasym"):
        pg = [(h.case_id, h.person_id, h.verdict, h.score) for h in index.search(query)]
        sq = [(h.case_id, h.person_id, h.verdict, h.score) for h in lite.search(query)]
        assert pg == sq, query


def test_removing_a_case_drops_its_names_and_keys(index: PgNameIndex) -> None:
    assert index.count() == len(PEOPLE)
    assert index.remove_case("c1") == 2
    assert index.count() == len(PEOPLE) - 2
    assert not [h for h in index.search("Qaster Musakhanuly") if h.case_id == "c1"]
    orphan = index.conn.execute(
        f"SELECT count(*) FROM {index.schema}.name_key k "
        f"LEFT JOIN {index.schema}.name_entry e ON e.id = k.entry WHERE e.id IS NULL"
    ).fetchone()
    assert orphan == (0,)


def test_schema_name_is_checked() -> None:
    with psycopg.connect(URL, connect_timeout=5) as conn, pytest.raises(ValueError, match="schema"):
        PgNameIndex(conn, "x; DROP TABLE y")
