"""Reading a case file (YAML or JSON text) into a :class:`~panah.core.case.Case`.

Pure: takes text and a display name, returns a Case or raises
:class:`~panah.core.errors.CaseFileError` whose problems name the file, line, column, field
path and what is wrong. Nothing else escapes: any text either loads or is refused with a
location (a property-based test holds this).

YAML is read with the YAML 1.2 core rules, not PyYAML's 1.1 defaults: dates stay text (the
model parses them, so ``2019-13-45`` is an error with a location, not a crash), ``no`` and
``on`` stay text, ``1:20`` is not a base-60 number. Duplicate keys, anchors/aliases and
custom tags are refused.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ValidationError

from panah.core import case as case_models
from panah.core.case import Case
from panah.core.errors import CaseFileError, Problem
from panah.core.integrity import check_integrity, format_path

__all__ = ["dump_case", "format_path", "parse_case"]

Format = Literal["yaml", "json"]
Path = tuple[str | int, ...]

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_DEPTH = 64
_YAML_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


@dataclass(frozen=True, slots=True)
class _Where:
    line: int
    column: int


def _where(node: yaml.Node) -> _Where:
    return _Where(node.start_mark.line + 1, node.start_mark.column + 1)


@dataclass
class _Positions:
    """Nodes by field path; marks are read only when an error needs them."""

    value: dict[Path, yaml.Node]
    key: dict[Path, yaml.Node]

    def find(self, path: Path, *, prefer_key: bool = False) -> _Where | None:
        if prefer_key and path in self.key:
            return _where(self.key[path])
        p = path
        while True:
            if p in self.value:
                return _where(self.value[p])
            if not p:
                return None
            p = p[:-1]


class _Walk:
    """Turn a composed YAML node tree into Python data, recording where each value sits."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.positions = _Positions({}, {})
        self._seen: set[int] = set()

    def _problem(self, node: yaml.Node, path: Path, message: str) -> None:
        w = _where(node)
        self.problems.append(Problem(self.file, w.line, w.column, format_path(path), message))

    def build(self, node: yaml.Node, path: Path = (), depth: int = 0) -> Any:
        if id(node) in self._seen:
            self._problem(node, path, "anchors and aliases (&, *) are not allowed in case files")
            return None
        self._seen.add(id(node))
        self.positions.value[path] = node
        if depth > _MAX_DEPTH:
            self._problem(node, path, f"nested deeper than {_MAX_DEPTH} levels")
            return None
        if not node.tag.startswith(_YAML_TAG):
            self._problem(node, path, f"custom tag {node.tag!r} is not allowed")
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            keys: dict[str, yaml.Node] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _YAML_TAG + "merge":
                    self._problem(key_node, path, "keys must be plain text")
                    continue
                key = str(key_node.value)
                if key in keys:
                    first = _where(keys[key]).line
                    message = f"duplicate key {key!r} (first at line {first})"
                    self._problem(key_node, (*path, key), message)
                    continue
                keys[key] = key_node
                self.positions.key[(*path, key)] = key_node
                out[key] = self.build(value_node, (*path, key), depth + 1)
            return out
        self._problem(node, path, "unsupported YAML node")  # pragma: no cover
        return None

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        value = str(node.value)
        if node.style:  # quoted or block scalar: always text (plain is None or "")
            return value
        tag = node.tag[len(_YAML_TAG) :]
        if tag == "null" and value in _NULLS:
            return None
        if tag == "bool" and value in _BOOLS:
            return _BOOLS[value]
        if tag == "int":
            if _INT.match(value):
                return int(value)
            if re.match(r"^0o[0-7]+$|^0x[0-9a-fA-F]+$", value):
                return int(value, 0)
        if tag == "float" or tag == "int":
            if _FLOAT.match(value):
                return float(value)
            if value.lower() in (".inf", "+.inf", "-.inf", ".nan"):
                self._problem(node, path, f"{value} is not an allowed number")
                return None
        if tag in ("str", "null", "bool", "int", "float", "timestamp", "value", "yaml"):
            return value
        self._problem(node, path, f"unsupported tag !!{tag}")
        return None


def _compose(text: str, file: str) -> tuple[Any, _Walk]:
    walk = _Walk(file)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    finally:
        loader.dispose()
    if node is None:
        raise CaseFileError([Problem(file, 1, 1, "", "the file is empty")])
    return walk.build(node), walk


def _yaml_error(exc: yaml.YAMLError, file: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"not valid YAML: {problem}" + (f" ({context})" if context else "")
    if mark is None:
        return Problem(file, None, None, "", message)
    return Problem(file, mark.line + 1, mark.column + 1, "", message)


def _all_field_names() -> set[str]:
    names: set[str] = set()
    for obj in vars(case_models).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            names.update(obj.model_fields)
    return names


def _validation_problems(exc: ValidationError, file: str, positions: _Positions) -> list[Problem]:
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
        where = positions.find(loc, prefer_key=kind == "extra_forbidden")
        problems.append(
            Problem(
                file,
                where.line if where else None,
                where.column if where else None,
                format_path(loc),
                message,
            )
        )
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


class _LazyJsonPositions:
    """Positions in a JSON text, from the YAML node walk (JSON is YAML), built on demand:
    a valid file never pays for it."""

    def __init__(self, text: str, file: str) -> None:
        self._text, self._file = text, file
        self._walk: _Walk | None = None

    def get(self) -> _Walk:
        if self._walk is None:
            try:
                self._walk = _compose(_json_for_positions(self._text), self._file)[1]
            except (yaml.YAMLError, RecursionError):
                self._walk = _Walk(self._file)
        return self._walk

    @property
    def positions(self) -> _Positions:
        return self.get().positions


def parse_case(text: str, *, file: str = "<case>", fmt: Format | None = None) -> Case:
    """Parse and check a case file. Raise CaseFileError listing every problem found."""
    if fmt is None:
        fmt = "json" if file.lower().endswith(".json") else "yaml"
    if fmt == "json":
        try:
            data = json.loads(text, object_pairs_hook=_refuse_duplicates)
        except _DuplicateKeyError:
            data = None  # located by the node walk below
        except json.JSONDecodeError as exc:
            raise CaseFileError(
                [Problem(file, exc.lineno, exc.colno, "", f"not valid JSON: {exc.msg}")]
            ) from None
        except RecursionError:
            raise CaseFileError([Problem(file, 1, 1, "", "nested too deeply")]) from None
        lazy = _LazyJsonPositions(text, file)
        if data is None:
            problems = lazy.get().problems or [Problem(file, None, None, "", "duplicate key")]
            raise CaseFileError(problems)
        walk: _Walk | _LazyJsonPositions = lazy
    else:
        try:
            data, walk = _compose(text, file)
        except yaml.YAMLError as exc:
            raise CaseFileError([_yaml_error(exc, file)]) from None
        except RecursionError:
            raise CaseFileError([Problem(file, 1, 1, "", "nested too deeply")]) from None
        if walk.problems:
            raise CaseFileError(walk.problems)
    if not isinstance(data, dict):
        raise CaseFileError([Problem(file, 1, 1, "", "a case file must be a mapping of fields")])
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(_validation_problems(exc, file, walk.positions)) from None
    issues = check_integrity(case)
    if issues:
        problems = []
        for path, message in issues:
            where = walk.positions.find(path)
            problems.append(
                Problem(
                    file,
                    where.line if where else None,
                    where.column if where else None,
                    format_path(path),
                    message,
                )
            )
        raise CaseFileError(problems)
    return case


def dump_case(case: Case, fmt: Format = "yaml") -> str:
    """Write a case back out (canonical field order, defaults left out)."""
    data = case.model_dump(mode="json", exclude_defaults=True)
    data = {"format_version": case.format_version, **data}
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
