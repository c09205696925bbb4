"""Sensitive case content is encrypted at rest: the database file holds no plain text of it,
and keys can be rotated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import override_settings

from tests.web.conftest import CASE_FILE, SECRET_DETAIL

REFERENCE = Path(__file__).resolve().parents[2] / "examples/reference-case/kazakhstan-2019.yaml"


def _details(case: Any) -> list[str]:
    return [r.details for p in case.people for r in p.relatives if r.details]


def _db_bytes() -> bytes:
    name = Path(connection.settings_dict["NAME"])
    return b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))


def _raw_contents() -> list[str]:
    with connection.cursor() as cur:
        cur.execute("SELECT content FROM panah_cases_caserecord")
        rows = [r[0] for r in cur.fetchall()]
        cur.execute("SELECT content FROM panah_cases_historicalcaserecord")
        rows += [r[0] for r in cur.fetchall()]
    return rows


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(CASE_FILE, id="fixture"),
        pytest.param(
            REFERENCE,
            id="reference-case",
            marks=pytest.mark.skipif(
                not REFERENCE.exists(), reason="reference case not written yet"
            ),
        ),
    ],
)
@pytest.mark.django_db(transaction=True)
def test_no_plaintext_at_rest(path: Path, make_user: Any) -> None:
    from panah.storage.django_orm import actions
    from panah.storage.files import read_case_file

    case = read_case_file(path)
    secrets = _details(case)
    assert secrets, "the case file must hold a relative's details for this test to mean anything"
    record = actions.case_import(actor=make_user("importer"), case=case)
    actions.case_access_log(record=record, what="view")
    # Every stored copy (the case and its history) is a Fernet token.
    raw = _raw_contents()
    assert len(raw) == 2
    assert all(r.startswith("gAAAA") for r in raw)
    for secret in secrets:
        assert all(secret not in r for r in raw)
    # And the database itself, as bytes on disk (main file and WAL), holds none of it.
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("PRAGMA journal_mode")
            assert cur.fetchone()[0] == "wal"
        data = _db_bytes()
        assert b"gAAAA" in data  # the test reads the right file
        for secret in secrets:
            assert secret.encode() not in data, secret
    # The decrypted value round-trips.
    assert _details(record.to_domain()) == secrets


@pytest.mark.django_db
def test_fixture_marker_is_in_the_fixture(case_obj: Any) -> None:
    assert any(SECRET_DETAIL in d for d in _details(case_obj))


@pytest.mark.django_db
def test_key_rotation(make_user: Any, case_obj: Any, settings: Any) -> None:
    from cryptography.fernet import Fernet

    from panah.storage.django_orm import actions
    from panah.storage.django_orm.fields import FieldDecryptionError
    from panah.storage.django_orm.models import CaseAssessment, CaseRecord

    old = settings.PANAH_FIELD_KEYS[0]
    new = Fernet.generate_key().decode()
    record = actions.case_import(actor=make_user("importer"), case=case_obj)
    before = _raw_contents()[0]
    with override_settings(PANAH_FIELD_KEYS=[new, old]):
        assert CaseRecord.objects.get(pk=record.pk).to_domain() == case_obj
        # The case, its history row and its stored assessments (one per language).
        assert actions.field_keys_rotate() == 2 + len(actions.stored_assessment_languages())
        after = _raw_contents()[0]
        assert after != before
    with override_settings(PANAH_FIELD_KEYS=[new]):
        assert CaseRecord.objects.get(pk=record.pk).to_domain() == case_obj
        assert all(a.data and a.summary for a in CaseAssessment.objects.filter(case=record))
    wrong = [Fernet.generate_key().decode()]
    with override_settings(PANAH_FIELD_KEYS=wrong), pytest.raises(FieldDecryptionError):
        CaseRecord.objects.get(pk=record.pk)
