"""The case list in pages: the urgency order runs across pages, the links keep the search,
and the number of database queries does not grow with the rows shown (no column the list
shows is left out of its query)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from panah.web import views


@pytest.fixture
def five(make_user: Any, case_obj: Any) -> tuple[Any, list[str]]:
    """An account with five cases, titled so that a search finds all of them, and their keys
    in urgency order (the fixture has no running deadline: newest first)."""
    from panah.storage.django_orm import actions

    user = make_user("paged")
    keys = [
        actions.case_import(
            actor=user, case=case_obj.model_copy(update={"title": f"Paged case {n}"})
        ).key
        for n in range(5)
    ]
    return user, keys[::-1]


def _keys(body: str, keys: list[str]) -> list[str]:
    return sorted((k for k in keys if f"/cases/{k}/" in body), key=body.index)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page", "shown", "prev", "next_"),
    [
        pytest.param("1", [0, 1], None, 2, id="first"),
        pytest.param("2", [2, 3], 1, 3, id="middle"),
        pytest.param("3", [4], 2, None, id="last"),
        pytest.param("99", [4], 2, None, id="past-the-end-shows-the-last"),
        pytest.param("x", [0, 1], None, 2, id="not-a-number-shows-the-first"),
    ],
)
def test_pages_follow_the_urgency_order(
    page: str,
    shown: list[int],
    prev: int | None,
    next_: int | None,
    five: tuple[Any, list[str]],
    client_for: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(views, "CASES_PER_PAGE", 2)
    user, keys = five
    body = client_for(user).get("/cases/", {"q": "paged", "page": page}).content.decode()
    assert _keys(body, keys) == [keys[i] for i in shown]
    links = dict(re.findall(r'rel="(prev|next)" href="\?([^"]*)"', body))
    assert links.get("prev") == (f"q=paged&amp;page={prev}" if prev else None)
    assert links.get("next") == (f"q=paged&amp;page={next_}" if next_ else None)
    first, last = shown[0] + 1, shown[-1] + 1
    assert f"Cases {first}–{last} of 5" in body


@pytest.mark.django_db
def test_one_page_has_no_page_links(five: tuple[Any, list[str]], client_for: Any) -> None:
    user, keys = five
    body = client_for(user).get("/cases/").content.decode()
    assert _keys(body, keys) == keys
    assert 'rel="next"' not in body
    assert "Cases 1–5" not in body


@pytest.mark.django_db
def test_queries_do_not_grow_with_rows(
    five: tuple[Any, list[str]], client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, _ = five
    client = client_for(user)
    counts = []
    for per_page in (1, 5):
        monkeypatch.setattr(views, "CASES_PER_PAGE", per_page)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/cases/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_urgency_order(make_user: Any, case_obj: Any, client_for: Any) -> None:
    """Running deadline (nearest first), then open, monitoring, closed, then more live alerts,
    then more open conflicts, then the newest case."""
    import datetime as dt

    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseRecord

    user = make_user("orderly")
    # (title, next deadline, status, live alerts, open conflicts), in the expected order
    expected = [
        ("due-soon", dt.date(2030, 1, 2), "closed", 0, 0),
        ("due-later", dt.date(2030, 5, 1), "open", 0, 0),
        ("open-alerts", None, "open", 3, 0),
        ("open-conflicts-newer", None, "open", 0, 2),
        ("open-conflicts-older", None, "open", 0, 2),
        ("open-quiet", None, "open", 0, 0),
        ("monitoring", None, "monitoring", 9, 9),
        ("closed", None, "closed", 9, 9),
    ]
    keys = {}
    for title, due, status, alerts, open_conflicts in reversed(expected):  # oldest first
        record = actions.case_import(actor=user, case=case_obj.model_copy(update={"title": title}))
        CaseRecord.objects.filter(pk=record.pk).update(
            next_deadline=due, status=status, live_alerts=alerts, open_conflicts=open_conflicts
        )
        keys[title] = record.key
    body = client_for(user).get("/cases/").content.decode()
    shown = sorted(keys, key=lambda t: body.index(f"/cases/{keys[t]}/"))
    assert shown == [e[0] for e in expected]


@pytest.mark.django_db
@pytest.mark.parametrize("many", [0, 1000], ids=["many-cases-form", "few-cases-form"])
def test_both_query_forms_list_the_same(
    many: int, five: tuple[Any, list[str]], client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from panah.storage.django_orm import permissions

    monkeypatch.setattr(permissions, "_MANY_CASES", many)
    user, keys = five
    client = client_for(user)
    assert _keys(client.get("/cases/").content.decode(), keys) == keys
    assert _keys(client.get("/cases/", {"q": "paged case"}).content.decode(), keys) == keys


@pytest.mark.django_db
def test_first_page_read_from_the_index(
    five: tuple[Any, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """For an account with many cases, SQLite reads the list's first page in order from the
    case_list_order index (its ORDER BY must match the index's expressions exactly) instead
    of sorting every case."""
    from panah.storage.django_orm import permissions
    from panah.storage.django_orm.models import URGENCY_ORDER
    from panah.storage.django_orm.permissions import cases_visible_to

    if connection.vendor != "sqlite":
        pytest.skip("query plans differ; PostgreSQL chooses by its statistics")
    monkeypatch.setattr(permissions, "_MANY_CASES", 0)  # five cases count as many here
    user, _ = five
    query = cases_visible_to(user).order_by(*URGENCY_ORDER).only(*views._LIST_COLUMNS)[:50]
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())
    assert "USING INDEX case_list_order" in plan
    assert "TEMP B-TREE" not in plan


@pytest.mark.django_db
def test_names_are_escaped(five: tuple[Any, list[str]], client_for: Any) -> None:
    from panah.storage.django_orm.models import CaseRecord

    user, keys = five
    CaseRecord.objects.filter(key=keys[0]).update(names="<b>Bold</b> & co\nO'Brien \"Q\"")
    body = client_for(user).get("/cases/").content.decode()
    assert "<b>Bold</b>" not in body
    assert (
        '<span class="name" dir="auto">&lt;b&gt;Bold&lt;/b&gt; &amp; co</span> · '
        '<span class="name" dir="auto">O&#x27;Brien &quot;Q&quot;</span>'
    ) in body
