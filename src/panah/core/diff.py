"""What changed between two versions of a case file: a structural diff (pure, no Django).

Entities are matched by id (people, organisations, sources, claims, events, proceedings),
working values by (subject, property), representation entries by (representative,
clients), notes by their whole content; each is reported as added, removed or changed,
with its label (a person's preferred name, a source's title, "subject · property" for a
claim…) and, for a changed entity, the names of its fields that changed (``names``,
``relatives``, ``value``…). Values themselves are not copied into the diff: a relative's
details or a testimony note stay in the case file, where only members read them.

The case's own fields (title, summary, status, jurisdictions, opened, format version) are
reported as one ``case`` entry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any, Literal

from panah.core.case import Case

__all__ = ["SECTIONS", "CaseDiff", "Change", "case_diff"]

ChangeKind = Literal["added", "removed", "changed"]

# In the order a case file lists them (and the history page shows them).
SECTIONS = (
    "case",
    "people",
    "organisations",
    "sources",
    "claims",
    "working_values",
    "events",
    "proceedings",
    "representation",
    "notes",
)

_CASE_FIELDS = ("format_version", "id", "title", "summary", "status", "jurisdictions", "opened")


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """One entity added, removed or changed."""

    section: str
    kind: ChangeKind
    ident: str
    label: str
    fields: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class CaseDiff:
    """Every change from one version of a case to the next, in case-file order."""

    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def counts(self) -> dict[ChangeKind, int]:
        """How many entities were added, removed and changed (the case's own fields count
        as one change)."""
        out: dict[ChangeKind, int] = {"added": 0, "removed": 0, "changed": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out

    def by_section(self) -> list[tuple[str, list[Change]]]:
        """The changes grouped by section, sections in case-file order, empty ones left out."""
        groups: dict[str, list[Change]] = {}
        for c in self.changes:
            groups.setdefault(c.section, []).append(c)
        return [(s, groups[s]) for s in SECTIONS if s in groups]


def _dump(item: Any) -> dict[str, Any]:
    data: dict[str, Any] = item.model_dump(mode="json", exclude_defaults=True)
    return data


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, ...]:
    keys = list(old) + [k for k in new if k not in old]
    return tuple(k for k in keys if old.get(k) != new.get(k))


def _digest(data: dict[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _section(
    section: str,
    old: Iterable[Any],
    new: Iterable[Any],
    key: Callable[[Any], str],
    label: Callable[[Any], str],
) -> list[Change]:
    before = {key(x): x for x in old}
    after = {key(x): x for x in new}
    out: list[Change] = []
    for k, item in after.items():
        if k not in before:
            out.append(Change(section, "added", k, label(item)))
            continue
        if before[k] == item:  # frozen models: equal fields, nothing to dump
            continue
        fields = _changed_fields(_dump(before[k]), _dump(item))
        if fields:
            out.append(Change(section, "changed", k, label(item), fields))
    out.extend(
        Change(section, "removed", k, label(item)) for k, item in before.items() if k not in after
    )
    return out


def case_diff(old: Case | None, new: Case) -> CaseDiff:
    """The changes that turn ``old`` into ``new`` (``old`` None: the first version, where
    everything is added)."""
    changes: list[Change] = []
    if old is None:
        changes.append(Change("case", "added", new.id, new.title))
    else:
        fields = tuple(f for f in _CASE_FIELDS if getattr(old, f) != getattr(new, f))
        if fields:
            changes.append(Change("case", "changed", new.id, new.title, fields))

    names: dict[str, str] = {}
    for case in (old, new):
        if case is None:
            continue
        index = case.index()
        for ident in index.by_id:
            names[ident] = index.label(ident)

    def who(ident: str) -> str:
        return names.get(ident, ident)

    def entries(attr: str) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        return (() if old is None else getattr(old, attr)), getattr(new, attr)

    by_id: Callable[[Any], str] = lambda x: str(x.id)  # noqa: E731 - a key, read in place
    plan: list[tuple[str, Callable[[Any], str], Callable[[Any], str]]] = [
        ("people", by_id, lambda p: p.display_name()),
        ("organisations", by_id, lambda o: o.display_name()),
        ("sources", by_id, lambda s: s.title),
        ("claims", by_id, lambda c: f"{who(c.subject)} · {c.property}"),
        (
            "working_values",
            lambda w: f"{w.subject}/{w.property}",
            lambda w: f"{who(w.subject)} · {w.property}",
        ),
        ("events", by_id, lambda e: e.title),
        ("proceedings", by_id, lambda p: p.title),
        (
            "representation",
            lambda r: f"{r.representative}:{','.join(r.clients)}",
            lambda r: f"{who(r.representative)} → {', '.join(who(c) for c in r.clients)}",
        ),
        (
            "notes",
            lambda n: f"{n.date}/{n.author}/{_digest(_dump(n))}",
            lambda n: f"{n.date} · {n.author}",
        ),
    ]
    for section, key, label in plan:
        changes.extend(_section(section, *entries(section), key, label))
    return CaseDiff(tuple(changes))
