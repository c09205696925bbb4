"""Relatives' names are searchable by the members of their case, through a blind index: in the
case list and in the likely matches shown while a name is typed; never by anyone else, and
never stored as plain text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import override_settings

from panah.storage.django_orm import actions, search
from panah.storage.django_orm.models import CaseNameEntry, CaseNameKey, CaseRecord

RELATIVE = "Гүлнар Тестова"  # the mother of the fixture's client (a relative, not a person)


def _matches(client: Any, record: Any, *names: str) -> str:
    params = {f"names-{i}-value": n for i, n in enumerate(names)}
    response = client.get(f"/cases/{record.key}/name-matches/", params)
    assert response.status_code == 200
    return str(response.content.decode())


@pytest.fixture
def two_teams(team: dict[str, Any], make_user: Any, case_obj: Any) -> dict[str, Any]:
    """The team's case (with the relative), another case of the lawyer's without relatives,
    and an outsider's own case without relatives."""
    users = team["users"]
    plain = case_obj.model_copy(
        update={
            "id": "plain-2021",
            "title": "A case without relatives",
            "people": tuple(
                p.model_copy(update={"relatives": ()}) for p in case_obj.people
            ),
        }
    )
    mine = actions.case_import(actor=users["lawyer"], case=plain)
    theirs = actions.case_import(
        actor=users["outsider"], case=plain.model_copy(update={"title": "The outsider's case"})
    )
    return {**team, "mine": mine, "theirs": theirs}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Гүлнар", "гүлнар тестова", "Gulnar", "GULNAR Testova"])
def test_members_find_a_case_by_a_relatives_name(
    query: str, two_teams: dict[str, Any], client_for: Any
) -> None:
    body = client_for(two_teams["users"]["viewer"]).get("/cases/", {"q": query}).content.decode()
    assert two_teams["record"].key in body
    # every word must match: a relative's given name with a word found nowhere else fails
    miss = client_for(two_teams["users"]["viewer"]).get("/cases/", {"q": query + " Zzyzx"})
    assert two_teams["record"].key not in miss.content.decode()


@pytest.mark.django_db
def test_the_relative_finds_only_its_own_case(two_teams: dict[str, Any]) -> None:
    records = CaseRecord.objects.all()
    found = set(search.cases_matching(records, "Gulnar").values_list("pk", flat=True))
    assert found == {two_teams["record"].pk}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Гүлнар", "Gulnar Testova"])
def test_a_non_member_never_finds_the_case(
    query: str, two_teams: dict[str, Any], client_for: Any
) -> None:
    body = client_for(two_teams["users"]["outsider"]).get("/cases/", {"q": query}).content
    assert two_teams["record"].key not in body.decode()
    assert "No cases found." in body.decode()


@pytest.mark.django_db
def test_matches_panel_shows_a_relative_in_another_case(
    two_teams: dict[str, Any], client_for: Any
) -> None:
    lawyer = client_for(two_teams["users"]["lawyer"])
    body = _matches(lawyer, two_teams["mine"], "Gulnar Testova")
    record = two_teams["record"]
    assert record.key in body
    assert "(mother of" in body  # whose relative it is
    assert "Гүлнар Тестова" in body
    # a name nobody has
    assert "No likely matches" in _matches(lawyer, two_teams["mine"], "Zzyzx Qwerty")


@pytest.mark.django_db
def test_matches_panel_never_shows_a_relative_from_a_case_of_which_one_is_not_a_member(
    two_teams: dict[str, Any], client_for: Any
) -> None:
    outsider = client_for(two_teams["users"]["outsider"])
    body = _matches(outsider, two_teams["theirs"], "Gulnar Testova", RELATIVE)
    assert two_teams["record"].key not in body
    assert "Гүлнар" not in body
    assert "No likely matches" in body
    # a membership removed takes the relative out of the matches at once
    lawyer_user = two_teams["users"]["lawyer"]
    lawyer = client_for(lawyer_user)
    assert two_teams["record"].key in _matches(lawyer, two_teams["mine"], RELATIVE)
    actions.case_member_remove(
        actor=two_teams["users"]["administrator"], record=two_teams["record"], user=lawyer_user
    )
    lawyer = client_for(lawyer_user)
    assert two_teams["record"].key not in _matches(lawyer, two_teams["mine"], RELATIVE)


@pytest.mark.django_db
def test_the_index_follows_replace_and_delete(two_teams: dict[str, Any], case_obj: Any) -> None:
    record = two_teams["record"]
    assert CaseNameEntry.objects.filter(case=record).count() == 1
    without = case_obj.model_copy(
        update={"people": tuple(p.model_copy(update={"relatives": ()}) for p in case_obj.people)}
    )
    actions.case_replace(actor=None, record=record, case=without, expected_version=record.version)
    assert not CaseNameEntry.objects.filter(case=record).exists()
    assert not search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
    fresh = CaseRecord.objects.get(pk=record.pk)
    actions.case_replace(actor=None, record=fresh, case=case_obj, expected_version=fresh.version)
    assert search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
    CaseRecord.objects.filter(pk=record.pk).delete()
    assert not CaseNameEntry.objects.exists() and not CaseNameKey.objects.exists()


@pytest.mark.django_db
def test_reindex_and_key_rotation(two_teams: dict[str, Any], settings: Any) -> None:
    from cryptography.fernet import Fernet

    record = two_teams["record"]
    CaseNameEntry.objects.all().delete()
    assert not search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
    assert search.names_reindex() == CaseRecord.objects.count()
    assert search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
    before = set(CaseNameKey.objects.values_list("key", flat=True))
    assert search.names_reindex(stale_only=True) == 0
    new = Fernet.generate_key().decode()
    with override_settings(PANAH_FIELD_KEYS=[new, *settings.PANAH_FIELD_KEYS]):
        # with another first key, the stored keys no longer match until they are rebuilt
        assert not search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
        actions.field_keys_rotate()
        after = set(CaseNameKey.objects.values_list("key", flat=True))
        assert after and not after & before
        assert set(search.cases_matching(CaseRecord.objects.all(), "Gulnar")) == {record}
    with override_settings(PANAH_FIELD_KEYS=[new]):  # the old key dropped: still readable
        assert {e.name for e in CaseNameEntry.objects.all()} == {RELATIVE}


@pytest.mark.django_db(transaction=True)
def test_no_relative_name_at_rest(make_user: Any, case_obj: Any) -> None:
    record = actions.case_import(actor=make_user("importer"), case=case_obj)
    assert CaseNameKey.objects.filter(case=record).count() >= 5
    with connection.cursor() as cur:
        cur.execute("SELECT name, label FROM panah_cases_casenameentry")
        rows = cur.fetchall()
    assert rows and all(v.startswith("gAAAA") for row in rows for v in row)
    for names, searched in CaseRecord.objects.values_list("names", "search"):
        assert "гүлнар" not in names.casefold() and "гүлнар" not in searched
    if connection.vendor == "sqlite":
        name = Path(connection.settings_dict["NAME"])
        data = b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))
        assert b"gAAAA" in data  # the right file
        for word in ("Гүлнар", "гүлнар", "gulnar"):
            assert word.encode() not in data, word


@pytest.mark.django_db
def test_reindex_command(two_teams: dict[str, Any]) -> None:
    import io

    from django.core.management import call_command

    CaseNameEntry.objects.all().delete()
    out = io.StringIO()
    call_command("names_reindex", stdout=out)
    assert f"{CaseRecord.objects.count()} cases indexed" in out.getvalue()
    assert search.cases_matching(CaseRecord.objects.all(), "Gulnar").exists()
    out = io.StringIO()
    call_command("names_reindex", "--stale", stdout=out)
    assert "0 cases indexed" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_migration_indexes_the_cases_that_exist(case_obj: Any) -> None:
    from django.db.migrations.executor import MigrationExecutor

    from panah.core.casefile import dump_case

    before = [("panah_cases", "0005_case_search_trigram_postgresql")]
    after = [("panah_cases", "0006_relative_name_index")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("panah_cases", "CaseRecord")
        old.objects.create(
            case_id=case_obj.id, title=case_obj.title, content=dump_case(case_obj, "json")
        )
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(after)
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
    assert {e.name for e in CaseNameEntry.objects.all()} == {RELATIVE}
    assert search.cases_matching(CaseRecord.objects.all(), "Gulnar").count() == 1
