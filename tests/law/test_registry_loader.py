"""The instrument.yaml loader refuses bad input with file, line and field."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from panah.law.registry import LawPackError, Registry

GOOD = """\
instrument:
  id: test-act-2000
  pack: tst
  kind: law
  title: Test Act
  short_title: Test Act
  official_source: https://example.org/test-act
provisions:
  - id: tst/test-act-2000/art-1
    title: Article one
    article: "1"
    citation: Test Act, art. 1
    verification: primary
    verification_note: Read in the act.
    summary: A rule in plain words.
    versions:
      - from: 2000-01-01
        to: 2010-06-30
        summary: First wording.
      - from: 2010-07-01
        to: null
        summary: Second wording.
parameters:
  - id: tst/test-act-2000/period
    title: A period
    unit: calendar_days
    values:
      - from: 2000-01-01
        value: 5
        provision: tst/test-act-2000/art-1
        verification: primary
      - from: 2010-07-01
        value: 10
        provision: tst/test-act-2000/art-1
        verification: secondary
"""


def _write(tmp_path: Path, text: str, name: str = "instrument.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _problems(tmp_path: Path, text: str) -> list[tuple[int | None, str, str]]:
    path = _write(tmp_path, text)
    with pytest.raises(LawPackError) as info:
        Registry.from_files([path])
    for p in info.value.problems:
        assert p.file == str(path)
    return [(p.line, p.path, p.message) for p in info.value.problems]


def test_good_file_loads(tmp_path: Path) -> None:
    reg = Registry.from_files([_write(tmp_path, GOOD)])
    assert [str(p.id) for p in reg.all()] == ["tst/test-act-2000/art-1"]
    assert reg.parameter("tst/test-act-2000/period").values[0].valid_to == dt.date(2010, 6, 30)


@pytest.mark.parametrize(
    ("day", "start"),
    [
        pytest.param(dt.date(2010, 6, 30), dt.date(2000, 1, 1), id="day-before"),
        pytest.param(dt.date(2010, 7, 1), dt.date(2010, 7, 1), id="day-of"),
        pytest.param(dt.date(2010, 7, 2), dt.date(2010, 7, 1), id="day-after"),
    ],
)
def test_version_and_value_boundaries(tmp_path: Path, day: dt.date, start: dt.date) -> None:
    reg = Registry.from_files([_write(tmp_path, GOOD)])
    version = reg.get("tst/test-act-2000/art-1").version_on(day)
    assert version is not None and version.valid_from == start
    value = reg.parameter("tst/test-act-2000/period").value_on(day)
    assert value.valid_from == start
    assert value.value == (5 if start.year == 2000 else 10)


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "message"),
    [
        pytest.param(
            "    title: Article one\n",
            "    title: Article one\n    title: Again\n",
            11,
            "provisions[0].title",
            "duplicate key 'title' (first at line 10)",
            id="duplicate-key",
        ),
        pytest.param(
            '    article: "1"\n',
            '    artcle: "1"\n',
            11,
            "provisions[0].artcle",
            "unknown key 'artcle' (did you mean 'article'?)",
            id="unknown-key",
        ),
        pytest.param(
            "      - from: 2010-07-01\n        to: null\n",
            "      - from: 2010-13-01\n        to: null\n",
            20,
            "provisions[0].versions[1].from",
            "not a real date",
            id="bad-date",
        ),
        pytest.param(
            "      - from: 2010-07-01\n        to: null\n",
            "      - from: 1 July 2010\n        to: null\n",
            20,
            "provisions[0].versions[1].from",
            "expected a date YYYY-MM-DD",
            id="date-not-iso",
        ),
        pytest.param(
            "    summary: A rule in plain words.\n",
            "    summary: TODO write this\n",
            15,
            "provisions[0].summary",
            "placeholder text 'TODO'",
            id="placeholder-todo",
        ),
        pytest.param(
            "    summary: A rule in plain words.\n",
            "    summary: The rule says...\n",
            15,
            "provisions[0].summary",
            "placeholder text '...'",
            id="placeholder-ellipsis",
        ),
        pytest.param(
            "    verification: primary\n    verification_note",
            "    verification: checked\n    verification_note",
            None,
            "provisions[0].verification",
            "verification must be one of",
            id="bad-verification",
        ),
        pytest.param(
            "      - from: 2010-07-01\n        to: null\n        summary: Second",
            "      - from: 2010-06-01\n        to: null\n        summary: Second",
            20,
            "provisions[0].versions[1].from",
            "overlaps the previous one",
            id="overlapping-versions",
        ),
        pytest.param(
            "  - id: tst/test-act-2000/art-1\n",
            "  - id: tst/other-act/art-1\n",
            9,
            "provisions[0].id",
            "must start with tst/test-act-2000/",
            id="id-outside-instrument",
        ),
        pytest.param(
            "        provision: tst/test-act-2000/art-1\n        verification: secondary",
            "        provision: tst/test-act-2000/art-2\n        verification: secondary",
            None,
            "tst/test-act-2000/period.values[1].provision",
            "cites unknown provision tst/test-act-2000/art-2",
            id="value-cites-unknown-provision",
        ),
        pytest.param(
            "    unit: calendar_days\n",
            "    unit: fortnights\n",
            26,
            "parameters[0].unit",
            "unit must be one of",
            id="bad-unit",
        ),
        pytest.param(
            "    versions:\n      - from: 2000-01-01\n        to: 2010-06-30\n"
            "        summary: First wording.\n      - from: 2010-07-01\n        to: null\n"
            "        summary: Second wording.\n",
            "    versions: []\n",
            16,
            "provisions[0].versions",
            "at least one",
            id="no-versions",
        ),
        pytest.param(
            "    citation: Test Act, art. 1\n",
            "",
            None,
            "provisions[0]",
            "required key 'citation' is missing",
            id="missing-citation",
        ),
    ],
)
def test_loader_rejects_with_location(
    tmp_path: Path, old: str, new: str, line: int | None, field: str, message: str
) -> None:
    assert old in GOOD
    problems = _problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(
        path == field and message in msg and (line is None or at == line)
        for at, path, msg in problems
    ), problems


def test_anchors_are_refused(tmp_path: Path) -> None:
    text = GOOD.replace("    title: Article one\n", "    title: &t Article one\n    title_ru: *t\n")
    problems = _problems(tmp_path, text)
    assert any("anchors and aliases" in m for _, _, m in problems)


def test_yaml_dates_stay_text_and_yes_is_not_a_boolean(tmp_path: Path) -> None:
    text = GOOD.replace('    article: "1"\n', "    article: yes\n")
    reg = Registry.from_files([_write(tmp_path, text)])
    assert reg.get("tst/test-act-2000/art-1").article == "yes"


def test_same_instrument_in_two_files_names_both(tmp_path: Path) -> None:
    """Ids start with pack/instrument, so a duplicate id across files means a duplicate
    instrument: the second file is refused at its instrument id, naming the first file."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _write(tmp_path / "a", GOOD)
    second = _write(tmp_path / "b", GOOD)
    with pytest.raises(LawPackError) as info:
        Registry.from_files([first, second])
    [problem] = info.value.problems
    assert problem.file == str(second)
    assert problem.line == 2
    assert problem.path == "instrument.id"
    assert "duplicate instrument id 'test-act-2000'" in problem.message
    assert str(first) in problem.message


def test_parameter_id_may_not_reuse_a_provision_id(tmp_path: Path) -> None:
    text = GOOD.replace("  - id: tst/test-act-2000/period\n", "  - id: tst/test-act-2000/art-1\n")
    problems = _problems(tmp_path, text)
    assert any(
        at == 24
        and "duplicate id tst/test-act-2000/art-1: already used by a provision" in msg
        and msg.endswith("instrument.yaml:9")
        for at, _, msg in problems
    ), problems


def test_value_ends_the_day_before_the_next_starts(tmp_path: Path) -> None:
    reg = Registry.from_files([_write(tmp_path, GOOD)])
    values = reg.parameter("tst/test-act-2000/period").values
    assert values[0].valid_to == dt.date(2010, 6, 30)
    assert values[1].valid_to is None


def test_boolean_parameter_needs_true_or_false(tmp_path: Path) -> None:
    text = GOOD.replace("    unit: calendar_days\n", "    unit: boolean\n")
    problems = _problems(tmp_path, text)
    assert any("needs true or false" in m for _, _, m in problems)


def test_case_index_reads_provisions_lists(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "art_1.yaml").write_text(
        "cases:\n"
        "  - name: five days is on time\n"
        "    provisions: [tst/test-act-2000/art-1]\n"
        "  - name: names an unknown id\n"
        "    provisions: [tst/test-act-2000/art-9]\n",
        encoding="utf-8",
    )
    reg = Registry.from_files([path])
    assert [c.name for c in reg.cases_for("tst/test-act-2000/art-1")] == ["five days is on time"]
    assert any("unknown provision" in p.message for p in reg.case_problems())
