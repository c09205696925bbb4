"""Property tests: arbitrary YAML/JSON text never crashes the loader.

Whatever the input, ``parse_case`` either returns a Case or raises CaseFileError whose
problems all name the file and, where the text could be read at all, a line.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from panah.core.casefile import parse_case
from panah.core.errors import CaseFileError
from tests.conftest import minimal_case

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=25,
)

FIELDS = ["format_version", "id", "title", "people", "sources", "claims", "events", "names",
          "value", "script", "date", "subject", "property", "source", "kind", "type"]


def check(text: str, fmt: str) -> None:
    try:
        parse_case(text, file=f"x.{fmt}", fmt=fmt)  # type: ignore[arg-type]
    except CaseFileError as exc:  # either outcome is fine; a refusal must be located
        assert exc.problems  # noqa: PT017
        for p in exc.problems:
            assert p.file == f"x.{fmt}"
            assert p.message
            assert p.line is None or p.line >= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_as_yaml(text: str) -> None:
    check(text, "yaml")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_as_json(text: str) -> None:
    check(text, "json")


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), json_values, max_size=6))
def test_arbitrary_structures(data: dict[str, Any]) -> None:
    check(json.dumps(data), "json")
    check(yaml.safe_dump(data, allow_unicode=True), "yaml")


def _mutations() -> st.SearchStrategy[tuple[list[str | int], Any]]:
    paths: list[list[str | int]] = [
        ["id"], ["title"], ["people", 0, "id"], ["people", 0, "names", 0, "script"],
        ["sources", 0, "date"], ["sources", 1, "kind"], ["claims", 0, "value"],
        ["claims", 1, "source"], ["claims", 3, "value"], ["events", 0, "type"],
        ["claims", 2, "subject"], ["people", 1, "roles"],
    ]
    return st.tuples(st.sampled_from(paths), json_values)


@settings(max_examples=300, deadline=None)
@given(_mutations())
def test_one_field_changed_in_a_valid_case(mutation: tuple[list[str | int], Any]) -> None:
    path, value = mutation
    data: Any = minimal_case()
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    for fmt, text in (("json", json.dumps(data)), ("yaml", yaml.safe_dump(data))):
        try:
            parse_case(text, file=f"x.{fmt}", fmt=fmt)  # type: ignore[arg-type]
        except CaseFileError as exc:
            # A structurally readable file always gets a line number.
            assert all(p.line is not None for p in exc.problems), exc.problems  # noqa: PT017


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2000))
def test_any_truncation_of_a_valid_file(cut: int) -> None:
    text = yaml.safe_dump(minimal_case(), allow_unicode=True, sort_keys=False)
    check(text[: cut % (len(text) + 1)], "yaml")
    jtext = json.dumps(minimal_case(), ensure_ascii=False, indent=1)
    check(jtext[: cut % (len(jtext) + 1)], "json")
