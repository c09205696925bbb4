"""The case page reads a stored case with pydantic's JSON validation (``views._stored_case``):
the same case as the full case-file loader gives; content that does not validate goes through
the loader, which names its problems."""

from __future__ import annotations

import json
from typing import Any

import pytest

from panah.core.errors import CaseFileError
from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CaseRecord
from panah.web.views import _stored_case


@pytest.mark.django_db
def test_same_case_as_the_loader(make_user: Any, case_obj: Any) -> None:
    record = actions.case_import(actor=make_user("reader"), case=case_obj)
    fresh = CaseRecord.objects.get(pk=record.pk)
    assert _stored_case(fresh) == fresh.to_domain() == case_obj


@pytest.mark.django_db
def test_content_that_does_not_validate_is_reported_by_the_loader(
    make_user: Any, case_obj: Any
) -> None:
    record = actions.case_import(actor=make_user("reader"), case=case_obj)
    data = json.loads(record.content)
    data["people"][0]["names"][0]["script"] = "cyrillic"  # not an ISO 15924 code
    CaseRecord.objects.filter(pk=record.pk).update(content=json.dumps(data))
    with pytest.raises(CaseFileError) as exc:
        _stored_case(CaseRecord.objects.get(pk=record.pk))
    assert [p.path for p in exc.value.problems] == ["people[0].names[0].script"]
