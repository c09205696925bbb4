"""Reading the package's own data files (labels, citations): strict YAML, read on first use.

Nothing is read at import. Duplicate keys are refused, because a YAML loader that keeps the
last of two keys silently drops a lawyer's edit.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from panah.core.errors import PanahError

__all__ = ["read_data_yaml", "templates_dir"]


def templates_dir() -> Path:
    """The folder holding the templates, labels and citations (inside the package)."""
    return Path(str(resources.files("panah.documents"))) / "templates"


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise PanahError(
                f"{node.start_mark.name}: line {key_node.start_mark.line + 1}: duplicate key "
                f"{key!r} (first at line {seen[key]})"
            )
        seen[key] = key_node.start_mark.line + 1
    return dict(loader.construct_mapping(node, deep=deep))


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@lru_cache(maxsize=16)
def read_data_yaml(relative: str) -> Any:
    """A YAML file under ``templates/``, parsed (cached; callers must not mutate it)."""
    path = templates_dir() / relative
    text = path.read_text(encoding="utf-8")
    return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
