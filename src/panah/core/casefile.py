"""Reading a case file (YAML or JSON text) into a :class:`~panah.core.case.Case`.

Pure: takes text and a display name, returns a Case or raises
:class:`~panah.core.errors.CaseFileError` whose problems name the file, line, column, field
path and what is wrong. Nothing else escapes: any text either loads or is refused with a
location (a property-based test holds this).

YAML is read by :mod:`panah.core.strictyaml` (YAML 1.2 core rules: dates stay text, so the
model reports ``2019-13-45`` with its location instead of crashing; duplicate keys, aliases
and custom tags refused). JSON is read by :mod:`json`; its positions come from the same walk,
only when a problem needs them.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ValidationError

from panah.core import case as case_models
from panah.core.case import Case
from panah.core.errors import CaseFileError, Problem
from panah.core.integrity import check_integrity
from panah.core.strictyaml import Located, Path, YamlError, format_path, read_yaml

__all__ = ["dump_case", "format_path", "parse_case"]

Format = Literal["yaml", "json"]


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(case_models).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            names.update(obj.model_fields)
    return names


def _validation_problems(exc: ValidationError, file: str, located: Located) -> list[Problem]:
    problems = []
    errors = exc.errors(include_url=False)
    deeper = {tuple(e["loc"][:n]) for e in errors for n in range(len(e["loc"]))}
    for err in errors:
        if err["type"] == "too_short" and tuple(err["loc"]) in deeper:
            continue  # a list whose items failed is reported through its items
        loc: Path = tuple(err["loc"])
        kind = err["type"]
        message = str(err["msg"])
        if kind == "extra_forbidden":
            field = str(loc[-1]) if loc else "?"
            hint = difflib.get_close_matches(field, sorted(_all_field_names()), n=1)
            message = f"unknown field {field!r}" + (f" (did you mean {hint[0]!r}?)" if hint else "")
        elif kind == "missing":
            message = f"required field {loc[-1]!r} is missing" if loc else "required field missing"
        elif message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if kind not in ("extra_forbidden", "missing") and "input" in err:
            shown = repr(err["input"])
            if len(shown) <= 60 and not isinstance(err["input"], dict | list):
                message += f" (got {shown})"
        problems.append(located.problem(loc, message, key=kind == "extra_forbidden"))
    return problems


# Characters YAML reads differently from JSON (tabs, line breaks JSON does not count,
# non-printables), and surrogate escapes YAML refuses: each replaced by one character, so
# lines and columns stay those of the original text.
_YAML_UNSAFE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _json_for_positions(text: str) -> str:
    return _SURROGATE_ESCAPE.sub(r"\\u0058", _YAML_UNSAFE.sub(" ", text))


class _DuplicateKeyError(ValueError):
    pass


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKeyError
    return out


def _json_positions(text: str, file: str) -> Located:
    """Positions in a JSON text from the strict YAML walk (JSON is YAML), made only when a
    problem needs them: a valid file never pays for it."""
    try:
        return read_yaml(_json_for_positions(text), file=file, positions_only=True)
    except YamlError:
        return Located(file)


def parse_case(text: str, *, file: str = "<case>", fmt: Format | None = None) -> Case:
    """Parse and check a case file. Raise CaseFileError listing every problem found."""
    if fmt is None:
        fmt = "json" if file.lower().endswith(".json") else "yaml"
    located: Located | None = None
    if fmt == "json":
        try:
            data = json.loads(text, object_pairs_hook=_refuse_duplicates)
        except _DuplicateKeyError:
            try:
                read_yaml(_json_for_positions(text), file=file, what="case files")
            except YamlError as exc:
                raise CaseFileError(exc.problems) from None
            raise CaseFileError([Problem(file, None, None, "", "duplicate key")]) from None
        except json.JSONDecodeError as exc:
            raise CaseFileError(
                [Problem(file, exc.lineno, exc.colno, "", f"not valid JSON: {exc.msg}")]
            ) from None
        except RecursionError:
            raise CaseFileError([Problem(file, 1, 1, "", "nested too deeply")]) from None
    else:
        try:
            located = read_yaml(text, file=file, what="case files")
        except YamlError as exc:
            raise CaseFileError(exc.problems) from None
        data = located.data
    if not isinstance(data, dict):
        raise CaseFileError([Problem(file, 1, 1, "", "a case file must be a mapping of fields")])

    def positions() -> Located:
        return located if located is not None else _json_positions(text, file)

    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(_validation_problems(exc, file, positions())) from None
    issues = check_integrity(case)
    if issues:
        where = positions()
        raise CaseFileError([where.problem(path, message) for path, message in issues])
    return case


def dump_case(case: Case, fmt: Format = "yaml") -> str:
    """Write a case back out (canonical field order, defaults left out)."""
    data = case.model_dump(mode="json", exclude_defaults=True)
    data = {"format_version": case.format_version, **data}
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
