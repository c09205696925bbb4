"""``first_values`` (the hot paths' lookups without a queryset) returns what the queryset
returns: the same values (a role, a decrypted and decompressed stored assessment), None where
there is no row, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db.models import Model

from panah.storage.django_orm.lookup import first_values
from panah.storage.django_orm.models import CaseAssessment, CaseMembership, CaseRecord


def _orm(model: type[Model], column: str, **equals: Any) -> Any:
    return model._default_manager.filter(**equals).values_list(column, flat=True).first()


def test_a_role_as_the_queryset_gives_it(team: dict[str, Any]) -> None:
    record: CaseRecord = team["record"]
    for name, user in team["users"].items():
        found = first_values(CaseMembership, ("role",), case=record.pk, user=user.pk)
        expected = _orm(CaseMembership, "role", case=record.pk, user=user.pk)
        assert (found[0] if found else None) == expected
        assert (expected is None) == (name == "outsider")


def test_a_stored_assessment_as_the_queryset_gives_it(team: dict[str, Any]) -> None:
    record: CaseRecord = team["record"]
    stored = CaseAssessment.objects.filter(case=record).first()
    assert stored is not None
    where = {
        "case": record.pk,
        "language": stored.language,
        "version": stored.version,
        "as_of": stored.as_of,
    }
    for column in ("summary", "data"):
        found = first_values(CaseAssessment, (column,), **where)
        assert found is not None
        assert found[0] == _orm(CaseAssessment, column, **where)
        assert found[0].startswith("{")  # decrypted and decompressed, as the field reads it
    both = first_values(CaseAssessment, ("version", "as_of"), **where)
    assert both == (stored.version, stored.as_of)
    assert isinstance(both[1], dt.date)
    for other in (
        {"as_of": stored.as_of - dt.timedelta(days=1)},
        {"version": stored.version + 1},
        {"language": "xx"},
        {"case": record.pk + 1000},
    ):
        assert first_values(CaseAssessment, ("summary",), **{**where, **other}) is None


def test_only_columns_can_be_asked(team: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="not a column"):
        first_values(CaseRecord, ("memberships",), key=team["record"].key)
