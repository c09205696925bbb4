"""The case search's trigram index (SQLite): it exists after the migrations, it finds exactly
what reading the column finds, and it follows every import, replacement and deletion."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from panah.storage.django_orm import search
from panah.storage.django_orm.models import CaseRecord

QUERIES = [
    "арман",
    "АРМАН тестов",
    "Arman",
    "arm",
    "ar",  # two letters: read from the column
    "тестұлы",
    "ئارمان",
    "تېستوۋ",
    "fictional-2020",
    "qaster",
    "Қастер Мұсаханұлы",
    "kaster musa",
    "zebraquill",  # a relative's detail: never searchable
    "гүлнар",  # a relative's name: found through the blind index, either way
    "%",
    "a%n",
    "_rman",
    "арм_н",
    "\\",
    "nobody",
]


@pytest.fixture
def cases(make_user: Any, case_obj: Any) -> Any:
    from panah.storage.django_orm import actions

    user = make_user("searcher")
    actions.case_import(actor=user, case=case_obj)
    actions.case_import(
        actor=user, case=case_obj.model_copy(update={"title": "Қастер Мұсаханұлы (Kaster)"})
    )
    actions.case_import(
        actor=user, case=case_obj.model_copy(update={"id": "other-1", "title": "Bakhty crossing"})
    )
    return CaseRecord.objects.all()


def _found(records: Any, q: str, *, indexed: bool, monkeypatch: pytest.MonkeyPatch) -> set[int]:
    monkeypatch.setitem(search._ready, records.db, indexed)
    return set(search.cases_matching(records, q).values_list("pk", flat=True))


@pytest.mark.django_db
def test_the_index_exists_on_sqlite() -> None:
    search._ready.clear()
    assert search.index_ready() is (connection.vendor == "sqlite")


@pytest.mark.django_db
@pytest.mark.parametrize("q", QUERIES)
def test_index_finds_what_the_column_finds(
    q: str, cases: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the trigram index is SQLite's")
    plain = _found(cases, q, indexed=False, monkeypatch=monkeypatch)
    assert _found(cases, q, indexed=True, monkeypatch=monkeypatch) == plain


@pytest.mark.django_db
def test_known_answers(cases: Any) -> None:
    search._ready.clear()
    titles = {q: set(search.cases_matching(cases, q).values_list("title", flat=True)) for q in
              ("kaster мұса", "arman", "other-1", "zebraquill")}
    assert titles["kaster мұса"] == {"Қастер Мұсаханұлы (Kaster)"}
    assert len(titles["arman"]) == 3
    assert titles["other-1"] == {"Bakhty crossing"}
    assert titles["zebraquill"] == set()


@pytest.mark.django_db
def test_index_follows_replace_and_delete(
    cases: Any, case_obj: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from panah.storage.django_orm import actions

    record = cases.get(title="Bakhty crossing")
    actions.case_replace(
        actor=None,
        record=record,
        case=case_obj.model_copy(update={"id": "other-1", "title": "Renamed Zharkent case"}),
        expected_version=record.version,
    )
    search._ready.clear()
    assert set(search.cases_matching(CaseRecord.objects.all(), "zharkent")) == {record}
    assert not search.cases_matching(CaseRecord.objects.all(), "bakhty").exists()
    record.delete()
    assert not search.cases_matching(CaseRecord.objects.all(), "zharkent").exists()
    if connection.vendor == "sqlite":  # nothing left behind in the index either
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM panah_case_search WHERE search LIKE %s", ["%zharkent%"]
            )
            assert cursor.fetchone()[0] == 0


@pytest.mark.django_db
def test_long_words_use_the_index(cases: Any) -> None:
    search._ready.clear()
    sql = str(search.cases_matching(cases, "arman ar").query)
    assert ("panah_case_search" in sql) is (connection.vendor == "sqlite")
    assert "LIKE" in sql  # "ar" is read from the column


@pytest.mark.django_db
def test_postgresql_has_the_trigram_index() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's index")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'case_search_trgm'"
        )
        (definition,) = cursor.fetchone()
    assert "gin_trgm_ops" in definition and "(search" in definition
