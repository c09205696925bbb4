"""A strict YAML reader for the files people write: case files, law packs, legal test cases.

YAML 1.2 core rules through ``yaml.CSafeLoader`` composition, not PyYAML's 1.1 constructors:
dates stay text (``2019-13-45`` is reported by the model with its line, not a crash), ``no``
and ``on`` stay text, ``1:20`` is not a base-60 number. Duplicate keys, anchors/aliases, merge
keys and custom tags are refused. Every value's node is kept by field path, and its line and
column are read only when a problem needs them, so a valid file pays little for locations.

Pure: text in, :class:`Located` data out, or :class:`YamlError` listing every problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from panah.core.errors import PanahError, Problem
from panah.core.i18n import gettext as _
from panah.core.i18n import pgettext

__all__ = ["Located", "Path", "YamlError", "format_path", "read_yaml"]

Path = tuple[str | int, ...]

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_YAML_TAG = "tag:yaml.org,2002:"
_INT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_BASED_INT = re.compile(r"^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_TEXT_TAGS = {"str", "null", "bool", "int", "float", "timestamp", "value", "yaml"}


class YamlError(PanahError):
    """A YAML text that cannot be read under the strict rules; carries Problems."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def format_path(path: Path) -> str:
    """``("claims", 3, "source")`` -> ``claims[3].source``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
    return out


def _at(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


@dataclass
class Located:
    """Data read from one YAML text, with the node of every value and key by field path."""

    file: str
    data: Any = None
    values: dict[Path, yaml.Node] = field(default_factory=dict)
    keys: dict[Path, yaml.Node] = field(default_factory=dict)

    def where(self, path: Path, *, key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of the value at ``path`` (or its key), else of its nearest parent."""
        if key and path in self.keys:
            return _at(self.keys[path])
        p = path
        while True:
            if p in self.values:
                return _at(self.values[p])
            if not p:
                return None, None
            p = p[:-1]

    def problem(self, path: Path, message: str, *, key: bool = False) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, format_path(path), message)


class _Walk:
    def __init__(self, located: Located, what: str, max_depth: int) -> None:
        self.located = located
        self.what = what
        self.max_depth = max_depth
        self.problems: list[Problem] = []
        self._seen: set[int] = set()

    def _problem(self, node: yaml.Node, path: Path, message: str) -> None:
        line, column = _at(node)
        self.problems.append(Problem(self.located.file, line, column, format_path(path), message))

    def build(self, node: yaml.Node, path: Path = (), depth: int = 0) -> Any:
        if id(node) in self._seen:
            self._problem(
                node,
                path,
                _("anchors and aliases (&, *) are not allowed in {what}").format(
                    what=pgettext("in files", self.what)
                ),
            )
            return None
        self._seen.add(id(node))
        self.located.values[path] = node
        if depth > self.max_depth:
            self._problem(
                node, path, _("nested deeper than {depth} levels").format(depth=self.max_depth)
            )
            return None
        if not node.tag.startswith(_YAML_TAG):
            self._problem(node, path, _("custom tag {tag!r} is not allowed").format(tag=node.tag))
            return None
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        self._problem(node, path, _("unsupported YAML node"))  # pragma: no cover
        return None

    def _mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        keys: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _YAML_TAG + "merge":
                self._problem(key_node, path, _("keys must be plain text"))
                continue
            key = str(key_node.value)
            if key in keys:
                first = _at(keys[key])[0]
                self._problem(
                    key_node,
                    (*path, key),
                    _("duplicate key {key!r} (first at line {line})").format(key=key, line=first),
                )
                continue
            keys[key] = key_node
            self.located.keys[(*path, key)] = key_node
            out[key] = self.build(value_node, (*path, key), depth + 1)
        return out

    def _scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        value = str(node.value)
        if node.style:  # quoted or block scalar: always text (plain is None or "")
            return value
        tag = node.tag[len(_YAML_TAG) :]
        if tag == "null" and value in _NULLS:
            return None
        if tag == "bool" and value in _BOOLS:
            return _BOOLS[value]
        if tag in ("int", "float"):
            if _INT.match(value):
                return int(value)
            if _BASED_INT.match(value):
                return int(value, 0)
            if _FLOAT.match(value):
                return float(value)
            if value.lower() in (".inf", "+.inf", "-.inf", ".nan"):
                self._problem(
                    node, path, _("{value} is not an allowed number").format(value=value)
                )
                return None
        if tag in _TEXT_TAGS:
            return value  # timestamps, YAML 1.1 booleans (yes/no/on/off), sexagesimals: text
        self._problem(node, path, _("unsupported tag !!{tag}").format(tag=tag))
        return None


def read_yaml(
    text: str,
    *,
    file: str,
    what: str = "these files",
    max_depth: int = 64,
    positions_only: bool = False,
) -> Located:
    """Compose ``text`` strictly; raise :class:`YamlError` listing every problem.

    With ``positions_only`` the problems found while walking the nodes are not raised: the
    caller wants where things are (for errors found elsewhere), not a verdict."""
    located = Located(file)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        # PyYAML's own words: the common ones are in the catalogue (context "YAML").
        problem = pgettext("YAML", str(problem))
        message = (
            _("not valid YAML: {problem} ({context})").format(
                problem=problem, context=pgettext("YAML", str(context))
            )
            if context
            else _("not valid YAML: {problem}").format(problem=problem)
        )
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        raise YamlError([Problem(file, line, column, "", message)]) from None
    except RecursionError:
        raise YamlError([Problem(file, 1, 1, "", _("nested too deeply"))]) from None
    finally:
        loader.dispose()
    if node is None:
        raise YamlError([Problem(file, 1, 1, "", _("the file is empty"))])
    walk = _Walk(located, what, max_depth)
    try:
        located.data = walk.build(node)
    except RecursionError:  # pragma: no cover - guarded by max_depth
        raise YamlError([Problem(file, 1, 1, "", _("nested too deeply"))]) from None
    if walk.problems and not positions_only:
        raise YamlError(walk.problems)
    return located
