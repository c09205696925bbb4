"""The case-file loader: valid files load; every defect is refused with a location."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from panah.core.casefile import dump_case, parse_case
from panah.core.errors import CaseFileError, Problem
from panah.storage.files import read_case_file
from tests.conftest import minimal_case


def problems_of(text: str, fmt: str = "yaml") -> list[Problem]:
    with pytest.raises(CaseFileError) as exc:
        parse_case(text, file=f"case.{fmt}", fmt=fmt)  # type: ignore[arg-type]
    return exc.value.problems


def as_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def test_minimal_case_loads_from_yaml_and_json() -> None:
    data = minimal_case()
    from_yaml = parse_case(as_yaml(data), file="c.yaml")
    from_json = parse_case(json.dumps(data, ensure_ascii=False), file="c.json")
    assert from_yaml == from_json
    assert from_yaml.people[0].names[0].value == "Әйгерім Нұрланқызы"


def test_round_trip_through_dump() -> None:
    case = parse_case(as_yaml(minimal_case()), file="c.yaml")
    assert parse_case(dump_case(case, "yaml"), file="again.yaml") == case
    assert parse_case(dump_case(case, "json"), file="again.json", fmt="json") == case


TEXT = """\
format_version: "1.0"
id: t
title: T
people:
  - id: p1
    names:
      - {value: Ерлан, script: Cyrl}
sources:
  - {id: S1, kind: news_article, title: A report, date: 2019-12}
claims:
  - {id: c1, subject: p1, property: birth_date, value: 1990-01-01, source: S1}
"""


def test_text_fixture_is_valid() -> None:
    assert parse_case(TEXT).claims[0].value == "1990-01-01"  # dates stay text in YAML


@pytest.mark.parametrize(
    ("old", "new", "line", "path", "words"),
    [
        ("date: 2019-12}", "date: 2019-13-45}", 9, "sources[0].date", "month 13"),
        ("value: 1990-01-01", "value: 1990-02-30", 11, "claims[0].value", "day 30"),
        ("source: S1}", "source: S9}", 11, "claims[0].source", "source 'S9' does not exist"),
        ("subject: p1,", "subject: p7,", 11, "claims[0].subject", "does not exist"),
        ("property: birth_date", "property: birth_dat", 11, "claims[0].property",
         "did you mean 'birth_date'"),
        ("script: Cyrl}", "script: Latn}", 7, "people[0].names[0].script", "Cyrillic"),
        ("kind: news_article", "kind: newspaper", 9, "sources[0].kind", "news_article"),
        ("{id: S1,", "{id: c1,", 11, "claims[0].id", "used twice (first at sources[0].id)"),
        ("{value: Ерлан,", "{value: Ерлан, nickname: x,", 7, "people[0].names[0].nickname",
         "unknown field 'nickname'"),
    ],
    ids=[
        "bad-date", "impossible-claim-date", "missing-source", "missing-subject",
        "unknown-property", "script-mismatch", "bad-enum", "duplicate-id", "unknown-field",
    ],
)
def test_defect_is_located(old: str, new: str, line: int, path: str, words: str) -> None:
    assert old in TEXT
    problems = problems_of(TEXT.replace(old, new, 1))
    assert problems, "the defect must be reported"
    p = problems[0]
    assert (p.file, p.line, p.path) == ("case.yaml", line, path), str(p)
    assert p.column is not None and p.column >= 1
    assert words.lower() in str(p).lower()


def test_duplicate_key_is_refused_with_both_lines() -> None:
    problems = problems_of(TEXT.replace('id: t\n', 'id: t\nid: u\n', 1))
    assert problems[0].line == 3
    assert "duplicate key 'id' (first at line 2)" in problems[0].message


def test_unknown_top_level_field() -> None:
    problems = problems_of(TEXT + "no_such_field_xyz: 1\n")
    assert (problems[0].line, problems[0].path) == (12, "no_such_field_xyz")


def test_missing_required_field_points_at_parent() -> None:
    problems = problems_of(TEXT.replace("title: T\n", ""))
    assert problems[0].path == "title"
    assert "required field 'title' is missing" in problems[0].message


def test_all_problems_are_reported_at_once() -> None:
    text = TEXT.replace("source: S1}", "source: S9}").replace("subject: p1,", "subject: p7,")
    assert len(problems_of(text)) == 2


def test_truncated_yaml_has_a_location() -> None:
    problems = problems_of(TEXT[: len(TEXT) // 2] + "  - {id: x, kind: [")
    assert problems[0].line is not None
    assert "not valid YAML" in problems[0].message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("- a\n- b\n", "mapping"),
        ("a: &x 1\nb: *x\n", "aliases"),
        ("a: !!python/object:os.system x\n", "tag"),
        ("a: 1\n---\nb: 2\n", "not valid YAML"),
    ],
    ids=["empty", "not-a-mapping", "alias", "python-tag", "two-documents"],
)
def test_structural_refusals(text: str, message: str) -> None:
    assert message in str(problems_of(text)[0])


def test_yaml_12_scalars_no_norway_problem() -> None:
    text = TEXT.replace("kind: news_article, title: A report", "kind: news_article, title: no")
    assert parse_case(text).sources[0].title == "no"


def test_json_errors_are_located() -> None:
    data = minimal_case()
    data["sources"][0]["date"] = "2019-13-45"
    text = json.dumps(data, indent=2, ensure_ascii=False)
    problems = problems_of(text, "json")
    expected_line = next(i for i, line in enumerate(text.splitlines(), 1) if "2019-13-45" in line)
    assert (problems[0].line, problems[0].path) == (expected_line, "sources[0].date")


def test_json_duplicate_key_and_syntax_error() -> None:
    text = '{\n  "format_version": "1.0",\n  "format_version": "1.0"\n}'
    assert problems_of(text, "json")[0].line == 3
    bad = problems_of('{\n  "id": "x",\n  "title": \n}', "json")[0]
    assert bad.line == 4 and "not valid JSON" in bad.message


def test_json_with_tabs_keeps_positions() -> None:
    text = json.dumps(minimal_case(), indent="\t", ensure_ascii=False)
    assert parse_case(text, file="c.json", fmt="json").id == "test-case"


def test_read_case_file_rejects_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(TEXT.encode("utf-8").replace("Ерлан".encode(), "Erl\xe1n".encode("latin-1")))
    with pytest.raises(CaseFileError) as exc:
        read_case_file(path)
    assert exc.value.problems[0].line == 7
    assert "UTF-8" in exc.value.problems[0].message


def test_read_case_file_missing(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="cannot read"):
        read_case_file(tmp_path / "nope.yaml")


def test_problem_text_format() -> None:
    p = Problem("a.yaml", 3, 7, "claims[0].source", "source 'S9' does not exist")
    assert str(p) == "a.yaml:3:7: error: claims[0].source: source 'S9' does not exist"
