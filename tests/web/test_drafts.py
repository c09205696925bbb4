"""Documents drafted from the case page: PDF and DOCX downloads built like ``panah draft``,
missing facts listed when a template cannot be filled, every download audited."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from auditlog.models import LogEntry

from panah.documents import case_sha256


def _url(record: Any, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/cases/{record.key}/document/" + (f"?{query}" if query else "")


@pytest.fixture
def lawyer(team: dict[str, Any], client_for: Any) -> Any:
    return client_for(team["users"]["lawyer"])


@pytest.mark.django_db
def test_form_lists_templates_and_people(lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get(_url(team["record"])).content.decode()
    assert "Case chronology" in body and 'value="chronology"' in body
    assert 'value="objection-illegal-entry"' in body
    assert 'value="p-arman"' in body
    # the case page carries the same form
    page = lawyer.get(f"/cases/{team['record'].key}/").content.decode()
    assert 'id="documents"' in page and 'name="template"' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fmt", "magic", "ctype"),
    [
        pytest.param("pdf", b"%PDF-", "application/pdf", id="pdf"),
        pytest.param(
            "docx",
            b"PK",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            id="docx",
        ),
    ],
)
def test_download(fmt: str, magic: bytes, ctype: str, lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    response = lawyer.get(
        _url(
            record,
            template="chronology",
            person="p-arman",
            lang="en",
            format=fmt,
            as_of="2020-06-01",
        )
    )
    assert response.status_code == 200, response.content[:2000]
    assert response["Content-Type"] == ctype
    assert response.content.startswith(magic)
    assert response["Content-Disposition"] == (
        f'attachment; filename="fictional-2020-chronology-p-arman-en-2020-06-01.{fmt}"'
    )
    entry = LogEntry.objects.order_by("-pk").first()
    assert entry is not None and entry.action == LogEntry.Action.ACCESS
    assert entry.additional_data == {
        "action": f"case_document_chronology_{fmt}",
        "case": record.key,
    }
    assert entry.actor == team["users"]["lawyer"]


@pytest.mark.django_db
def test_docx_carries_the_stored_case_file_hash(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    response = lawyer.get(
        _url(
            record,
            template="chronology",
            person="p-arman",
            lang="ru",
            format="docx",
            as_of="2020-06-01",
        )
    )
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as z:
        core = z.read("docProps/core.xml").decode()
        text = z.read("word/document.xml").decode()
    digest = case_sha256(record.content.encode("utf-8"))
    assert digest.split(":")[1] in core
    assert "Хронология" in text  # the Russian template
    assert "Арман" in text  # names as written


@pytest.mark.django_db
def test_missing_facts_are_listed(lawyer: Any, team: dict[str, Any]) -> None:
    record = team["record"]
    before = LogEntry.objects.filter(additional_data__action__startswith="case_document_o").count()
    response = lawyer.get(
        _url(
            record,
            template="objection-illegal-entry",
            person="p-arman",
            lang="en",
            format="pdf",
            as_of="2020-06-01",
        )
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "The document could not be made." in body
    missing = body.split('<ul class="missing">')[1].split("</ul>")[0]
    assert "presentation to the authorities (date)" in missing
    assert "the person&#x27;s lawyer or representative" in missing
    assert "add a &#x27;representation&#x27; entry" in missing  # how to add it
    after = LogEntry.objects.filter(additional_data__action__startswith="case_document_o").count()
    assert after == before  # nothing was downloaded


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        pytest.param({"as_of": "2020-13-01"}, id="bad-date"),
        pytest.param({"person": "p-nobody"}, id="unknown-person"),
        pytest.param({"template": "no-such-template"}, id="unknown-template"),
        pytest.param({"format": "odt"}, id="unknown-format"),
    ],
)
def test_bad_choices_are_refused(params: dict[str, str], lawyer: Any, team: dict[str, Any]) -> None:
    query = {
        "template": "chronology",
        "person": "p-arman",
        "lang": "en",
        "format": "pdf",
        "as_of": "2020-06-01",
        **params,
    }
    response = lawyer.get(_url(team["record"], **query))
    assert response.status_code == 400
    assert b"errorlist" in response.content
