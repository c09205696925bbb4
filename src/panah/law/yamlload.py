"""A strict YAML reader for law-pack data (``instrument.yaml`` and the ``cases/*.yaml`` index).

Same rules as the case-file reader in :mod:`panah.core.casefile` (YAML 1.2 core schema through
``yaml.CSafeLoader`` composition, not PyYAML's 1.1 constructors):

* dates stay text (``2019-13-45`` is reported by the pack loader with its line, not a crash);
* ``no``/``on``/``yes`` stay text; only ``true``/``false`` are booleans;
* duplicate keys, anchors/aliases, merge keys and custom tags are refused.

Every value's line is recorded by path so that later checks (unknown keys, bad dates,
placeholders, duplicate ids across files) can name file, line and field.

Pure: text in, data and positions out; raises :class:`LawPackError` listing every problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from panah.core.errors import PanahError, Problem

__all__ = ["LawPackError", "Located", "Path", "format_path", "read_yaml"]

Path = tuple[str | int, ...]

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_DEPTH = 32
_YAML_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}


class LawPackError(PanahError):
    """A law pack (or a file of YAML legal cases) that cannot be loaded; carries Problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def format_path(path: Path) -> str:
    """``("provisions", 3, "versions", 0, "from")`` -> ``provisions[3].versions[0].from``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass
class Located:
    """Data read from one YAML file, with the line and column of every value and key."""

    file: str
    data: Any
    lines: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_lines: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value at ``path`` (or of its key), else of its nearest parent."""
        if key and path in self.key_lines:
            return self.key_lines[path]
        p = path
        while True:
            if p in self.lines:
                return self.lines[p]
            if not p:
                return (None, None)
            p = p[:-1]

    def problem(self, path: Path, message: str, *, key: bool = False) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, format_path(path), message)


class _Walk:
    def __init__(self, located: Located) -> None:
        self.located = located
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def _at(self, node: yaml.Node) -> tuple[int, int]:
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def _problem(self, node: yaml.Node, path: Path, message: str) -> None:
        line, column = self._at(node)
        self.problems.append(Problem(self.located.file, line, column, format_path(path), message))

    def build(self, node: yaml.Node, path: Path = (), depth: int = 0) -> Any:
        if id(node) in self._seen:
            self._problem(node, path, "anchors and aliases (&, *) are not allowed in law packs")
            return None
        self._seen.add(id(node))
        self.located.lines[path] = self._at(node)
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
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _YAML_TAG + "merge":
                    self._problem(key_node, path, "keys must be plain text")
                    continue
                key = str(key_node.value)
                if key in out or (*path, key) in self.located.key_lines:
                    first = self.located.key_lines.get((*path, key))
                    at = f" (first at line {first[0]})" if first else ""
                    self._problem(key_node, (*path, key), f"duplicate key {key!r}{at}")
                    continue
                self.located.key_lines[(*path, key)] = self._at(key_node)
                out[key] = self.build(value_node, (*path, key), depth + 1)
            return out
        self._problem(node, path, "unsupported YAML node")  # pragma: no cover
        return None

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        value = str(node.value)
        if node.style:  # quoted or block scalar: always text
            return value
        tag = node.tag[len(_YAML_TAG) :]
        if tag == "null" and value in _NULLS:
            return None
        if tag == "bool" and value in _BOOLS:
            return _BOOLS[value]
        if tag in ("int", "float"):
            if _INT.match(value):
                return int(value)
            if _FLOAT.match(value):
                return float(value)
            if value.lower() in (".inf", "+.inf", "-.inf", ".nan"):
                self._problem(node, path, f"{value} is not an allowed number")
                return None
        # timestamps, YAML-1.1 booleans (yes/no/on/off) and anything else plain: text
        return value


def read_yaml(text: str, *, file: str) -> Located:
    """Compose ``text`` strictly; raise :class:`LawPackError` on any YAML-level problem."""
    located = Located(file, None)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise LawPackError(
            [Problem(file, line, column, "", f"not valid YAML: {problem}")]
        ) from None
    finally:
        loader.dispose()
    if node is None:
        raise LawPackError([Problem(file, 1, 1, "", "the file is empty")])
    walk = _Walk(located)
    try:
        located.data = walk.build(node)
    except RecursionError:  # pragma: no cover - guarded by _MAX_DEPTH
        raise LawPackError([Problem(file, 1, 1, "", "nested too deeply")]) from None
    if walk.problems:
        raise LawPackError(walk.problems)
    return located
