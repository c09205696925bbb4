"""Edits of one part of a case (a person, a relative, a source, a claim, an event, a
proceeding, an organisation, a representation entry, a note): one action function each, one
transaction each, audited.

Each action takes the entity's case-file data (a JSON dict: what a YAML file holds for it),
puts it into the case — replacing the entity with the same id, or appending a new one —
and reads the whole edited case back through the case-file loader
(:func:`panah.core.casefile.parse_case`), so an edit made in the browser passes exactly
the checks ``panah validate`` applies to a file. A refused edit raises
:class:`~panah.core.errors.CaseFileError` with every problem and its field path (for
example ``people[2].names[1].script``) and changes nothing; an edit of a case that changed
since the form was loaded raises :class:`~panah.storage.django_orm.actions.StaleCaseError`.

Ids are fixed once made (references to them would break): a changed ``id`` is refused.
Representation entries and notes have no id: they are addressed by their position (``n``,
from 0), as a person's relatives are.
"""

from __future__ import annotations

import json
from typing import Any

from django.utils.translation import gettext as _

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.core.errors import CaseFileError, NotFoundError, PanahError, Problem
from panah.core.integrity import format_path
from panah.storage.django_orm.actions import StaleCaseError, case_content_save
from panah.storage.django_orm.models import CaseRecord

__all__ = [
    "SECTIONS",
    "case_claim_save",
    "case_entity_delete",
    "case_event_save",
    "case_note_save",
    "case_organisation_save",
    "case_person_save",
    "case_proceeding_save",
    "case_relative_save",
    "case_representation_save",
    "case_source_save",
    "entity_data",
    "entity_path",
]

Path = tuple[str | int, ...]

SECTIONS = {
    "person": "people",
    "organisation": "organisations",
    "source": "sources",
    "claim": "claims",
    "event": "events",
    "proceeding": "proceedings",
}

POSITIONAL = {
    "representation": "representation",
    "note": "notes",
}
"""Kinds without an id, addressed by position: kind -> section of the case file."""


def _data(case: Case) -> dict[str, Any]:
    data = case.model_dump(mode="json", exclude_defaults=True)
    return {"format_version": case.format_version, **data}


def _position(items: list[dict[str, Any]], ident: str | None) -> int | None:
    if ident is None:
        return None
    for i, item in enumerate(items):
        if item.get("id") == ident:
            return i
    raise NotFoundError(f"no {ident!r} in this case")


def entity_path(
    case: Case, kind: str, ident: str | None, *, person: str | None = None, n: int | None = None
) -> Path:
    """Where an entity sits in the case file (where a new one would go when ``ident`` and
    ``n`` are None): ``("people", 2)``, ``("people", 0, "relatives", 1)``…"""
    data = _data(case)
    if kind == "relative":
        p = _position(data["people"], person)
        assert p is not None
        relatives = data["people"][p].get("relatives", [])
        if n is None:
            return ("people", p, "relatives", len(relatives))
        if not 0 <= n < len(relatives):
            raise NotFoundError(f"person {person!r} has no relative {n + 1}")
        return ("people", p, "relatives", n)
    if kind in POSITIONAL:
        section = POSITIONAL[kind]
        listed = data.get(section, [])
        if n is None:
            return (section, len(listed))
        if not 0 <= n < len(listed):
            raise NotFoundError(f"no {kind} entry {n + 1} in this case")
        return (section, n)
    section = SECTIONS[kind]
    items = data.get(section, [])
    pos = _position(items, ident)
    return (section, len(items) if pos is None else pos)


def entity_data(case: Case, path: Path) -> dict[str, Any]:
    """The case-file data at ``path`` (see :func:`entity_path`)."""
    node: Any = _data(case)
    for part in path:
        node = node[part]
    assert isinstance(node, dict)
    return node


def _edited(case: Case, path: Path, entity: dict[str, Any] | None) -> dict[str, Any]:
    """The case's data with ``entity`` at ``path`` (appended if ``path`` is one past the end;
    removed if ``entity`` is None)."""
    data = _data(case)
    parent: Any = data
    for part in path[:-2]:
        parent = parent[part]
    items = parent.setdefault(path[-2], [])
    pos = path[-1]
    assert isinstance(pos, int)
    if entity is None:
        del items[pos]
    elif pos == len(items):
        items.append(entity)
    else:
        old_id = items[pos].get("id")
        if old_id is not None and entity.get("id") != old_id:
            where = format_path((*path, "id"))
            message = _("the id %(id)s cannot be changed") % {"id": repr(old_id)}
            raise CaseFileError([Problem("", None, None, where, message)])
        items[pos] = entity
    return data


def _save(
    *,
    actor: Any,
    record: CaseRecord,
    path: Path,
    entity: dict[str, Any] | None,
    expected_version: int,
    action: str,
) -> Case:
    if record.version != expected_version:
        raise StaleCaseError(
            f"the case was changed (version {record.version}, you had {expected_version})"
        )
    data = _edited(record.to_domain(), path, entity)
    text = json.dumps(data, ensure_ascii=False)
    checked = parse_case(text, file=f"case {record.key}", fmt="json")
    case_content_save(
        actor=actor, record=record, case=checked, expected_version=expected_version, action=action
    )
    return checked


def _entity_save(
    kind: str,
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    path = entity_path(record.to_domain(), kind, ident)
    return _save(
        actor=actor,
        record=record,
        path=path,
        entity=data,
        expected_version=expected_version,
        action=f"case_{kind}_save",
    )


def case_person_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add a person (``ident`` None) or replace the person ``ident``."""
    return _entity_save(
        "person",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_organisation_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add or replace an organisation (a court, an authority, an NGO…)."""
    return _entity_save(
        "organisation",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_source_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add or replace a source."""
    return _entity_save(
        "source",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_claim_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add or replace a claim (subject, property, value, source, locator…)."""
    return _entity_save(
        "claim",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_event_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add or replace an event (its dates come from claims about it)."""
    return _entity_save(
        "event",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_proceeding_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    ident: str | None,
    expected_version: int,
) -> Case:
    """Add or replace a proceeding with its steps and relations."""
    return _entity_save(
        "proceeding",
        actor=actor,
        record=record,
        data=data,
        ident=ident,
        expected_version=expected_version,
    )


def case_relative_save(
    *,
    actor: Any,
    record: CaseRecord,
    person: str,
    data: dict[str, Any],
    n: int | None,
    expected_version: int,
) -> Case:
    """Add a relative to ``person`` (``n`` None) or replace their ``n``-th (from 0)."""
    path = entity_path(record.to_domain(), "relative", None, person=person, n=n)
    return _save(
        actor=actor,
        record=record,
        path=path,
        entity=data,
        expected_version=expected_version,
        action="case_relative_save",
    )


def _positional_save(
    kind: str,
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    n: int | None,
    expected_version: int,
) -> Case:
    path = entity_path(record.to_domain(), kind, None, n=n)
    return _save(
        actor=actor,
        record=record,
        path=path,
        entity=data,
        expected_version=expected_version,
        action=f"case_{kind}_save",
    )


def case_representation_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    n: int | None,
    expected_version: int,
) -> Case:
    """Add a representation entry (``n`` None) or replace the ``n``-th (from 0): who
    represents which clients, in what role, since and until when, on which claims."""
    return _positional_save(
        "representation",
        actor=actor,
        record=record,
        data=data,
        n=n,
        expected_version=expected_version,
    )


def case_note_save(
    *,
    actor: Any,
    record: CaseRecord,
    data: dict[str, Any],
    n: int | None,
    expected_version: int,
) -> Case:
    """Add a note of the team (``n`` None) or replace the ``n``-th (from 0). Its text is case
    content: stored encrypted, never in the audit entry."""
    return _positional_save(
        "note",
        actor=actor,
        record=record,
        data=data,
        n=n,
        expected_version=expected_version,
    )


def case_entity_delete(
    *,
    actor: Any,
    record: CaseRecord,
    kind: str,
    ident: str | None,
    expected_version: int,
    person: str | None = None,
    n: int | None = None,
) -> Case:
    """Remove an entity. Refused (CaseFileError) while anything still refers to it."""
    if ident is None and ((kind != "relative" and kind not in POSITIONAL) or n is None):
        raise PanahError("which entity to delete?")
    path = entity_path(record.to_domain(), kind, ident, person=person, n=n)
    return _save(
        actor=actor,
        record=record,
        path=path,
        entity=None,
        expected_version=expected_version,
        action=f"case_{kind}_delete",
    )
