"""`panah draft`: the list of templates, drafting a document, and the errors a user meets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panah.cli.main import main
from panah.documents.specs import TEMPLATES
from panah.documents.trace import assessment_sha256
from tests.conftest import REFERENCE_CASE
from tests.documents.conftest import flat, pdf_text
from tests.documents.test_context import assessment


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_template_with_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "draft", "--list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == len(TEMPLATES) >= 6
    for line, name in zip(lines, TEMPLATES, strict=True):
        assert line.startswith(name)
        assert "langs: en,ru" in line and "formats: pdf,docx" in line and "needs:" in line


def test_draft_without_assessment_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "chronology.pdf"
    code, out, _ = run(
        capsys,
        "draft",
        "chronology",
        str(REFERENCE_CASE),
        "--person",
        "p-kaster",
        "--as-of",
        "2019-12-15",
        "--lang",
        "ru",
        "--no-assess",
        "-o",
        str(out_file),
    )
    assert code == 0 and "without assessment" in out
    text = flat(pdf_text(out_file.read_bytes(), tmp_path))
    assert "Правовая оценка отсутствует" in text and "Мұсаханұлы" in text and "2019" in text


def test_draft_with_an_assessment_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = assessment()
    given = tmp_path / "assessment.json"
    given.write_text(json.dumps(data), encoding="utf-8")
    out_file = tmp_path / "nr.docx"
    code, out, _ = run(
        capsys,
        "draft",
        "non-refoulement",
        str(REFERENCE_CASE),
        "--person",
        "p-kaster",
        "--as-of",
        "2019-12-15",
        "--assessment",
        str(given),
        "-o",
        str(out_file),
    )
    assert code == 0 and "docx" in out and "with assessment" in out
    from panah.documents.render import docx_text

    text = docx_text(out_file.read_bytes())
    assert assessment_sha256(data) in text


def test_missing_fact_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "draft",
        "status-extension",
        str(REFERENCE_CASE),
        "--person",
        "p-kaster",
        "--as-of",
        "2019-12-15",
        "--no-assess",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 1 and "refugee_status_granted" in err
    assert not (tmp_path / "x.pdf").exists()


def test_missing_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "draft", "chronology")
    assert code == 2 and "FILE" in err and "--person" in err


def test_draft_runs_the_rules_engine(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import datetime as dt

    from panah.law.assess import assess
    from panah.storage.files import read_case_file

    out_file = tmp_path / "nr.pdf"
    code, out, _ = run(
        capsys, "draft", "non-refoulement", str(REFERENCE_CASE), "--person", "p-kaster",
        "--as-of", "2019-12-15", "-o", str(out_file),
    )
    assert code == 0 and "with assessment" in out
    expected = assess(
        read_case_file(REFERENCE_CASE), as_of=dt.date(2019, 12, 15), person="p-kaster"
    ).to_json()
    text = flat(pdf_text(out_file.read_bytes(), tmp_path))
    assert assessment_sha256(expected) in text
    assert "Refugee Convention 1951, art. 33(1) — holds" in text
    assert "No assessment is available" not in text
