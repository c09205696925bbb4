"""How a document cites a provision: the citation text and how far it was verified.

A document never cites a bare string. It asks a :data:`ProvisionLookup` for a provision id and
gets a :class:`ProvisionInfo` (citation in English and Russian, verification level, note, the
date from which the material existed). The caller chooses the lookup: the law registry when
:mod:`panah.law` provides one, chained before this package's own ``templates/citations.yaml``
(materials the registry does not carry, such as UNHCR guidance).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from panah.core.errors import PanahError
from panah.documents._data import read_data_yaml

if TYPE_CHECKING:
    from panah.law.registry import Registry

__all__ = [
    "VERIFICATION_LEVELS",
    "ProvisionInfo",
    "ProvisionLookup",
    "chain",
    "default_lookup",
    "fallback_lookup",
    "lookup_from_mapping",
    "registry_lookup",
]

Verification = Literal["primary", "secondary", "partial", "unverified"]
VERIFICATION_LEVELS: tuple[Verification, ...] = ("primary", "secondary", "partial", "unverified")


@dataclass(frozen=True, slots=True)
class ProvisionInfo:
    id: str
    citation: str
    citation_ru: str | None
    verification: Verification
    note: str | None = None
    available_from: dt.date | None = None
    origin: str = "documents"
    """Where the entry came from: ``registry`` (panah.law) or ``documents`` (citations.yaml)."""

    def cite(self, lang: str) -> str:
        if lang == "ru" and self.citation_ru:
            return self.citation_ru
        return self.citation

    def available_on(self, day: dt.date) -> bool:
        return self.available_from is None or self.available_from <= day


ProvisionLookup = Callable[[str], ProvisionInfo | None]
"""Give a provision id, get its citation and verification, or None when unknown."""


def _level(value: object, where: str) -> Verification:
    text = str(value).lower()
    for level in VERIFICATION_LEVELS:
        if text == level:
            return level
    raise PanahError(
        f"{where}: verification {value!r} is not one of {', '.join(VERIFICATION_LEVELS)}"
    )


def _info(ident: str, entry: Mapping[str, Any], origin: str) -> ProvisionInfo:
    if "citation" not in entry or "verification" not in entry:
        raise PanahError(f"citation {ident!r}: needs 'citation' and 'verification'")
    start = entry.get("from")
    available = dt.date.fromisoformat(str(start)) if start is not None else None
    return ProvisionInfo(
        id=ident,
        citation=str(entry["citation"]),
        citation_ru=str(entry["citation_ru"]) if entry.get("citation_ru") else None,
        verification=_level(entry["verification"], ident),
        note=str(entry["note"]) if entry.get("note") else None,
        available_from=available,
        origin=origin,
    )


def lookup_from_mapping(
    entries: Mapping[str, Mapping[str, Any]], *, origin: str = "documents"
) -> ProvisionLookup:
    """A lookup over ``{id: {citation, citation_ru, verification, note, from}}``."""
    table = {ident: _info(ident, entry, origin) for ident, entry in entries.items()}
    return table.get


def fallback_lookup() -> ProvisionLookup:
    """The documents' own citations (``templates/citations.yaml``), read on first call."""
    data = read_data_yaml("citations.yaml")
    return lookup_from_mapping(data["citations"], origin="documents")


def registry_lookup(registry: Registry) -> ProvisionLookup:
    """A lookup over the law registry: its citation, verification, note and first date."""

    def find(ident: str) -> ProvisionInfo | None:
        try:
            provision = registry.find(ident)
        except ValueError:  # not a well-formed provision id
            return None
        if provision is None:
            return None
        return ProvisionInfo(
            id=ident,
            citation=provision.citation,
            citation_ru=provision.citation_ru,
            verification=_level(provision.verification.value, ident),
            note=provision.verification_note or None,
            available_from=provision.first_in_force,
            origin="registry",
        )

    return find


def chain(lookups: Iterable[ProvisionLookup]) -> ProvisionLookup:
    """The first lookup that knows an id wins, except for the Russian citation.

    Russian documents cite in running text, so a citation written for them (the documents'
    own list, locator first: "п. 1 ст. 33 Конвенции …") is preferred to a registry form.
    """
    chosen = tuple(lookups)

    def find(ident: str) -> ProvisionInfo | None:
        found = [info for lookup in chosen if (info := lookup(ident)) is not None]
        if not found:
            return None
        first = found[0]
        ru = next((f.citation_ru for f in found if f.origin == "documents" and f.citation_ru), None)
        if ru is None:
            ru = next((f.citation_ru for f in found if f.citation_ru), None)
        if ru != first.citation_ru:
            first = dataclasses.replace(first, citation_ru=ru)
        return first

    return find


def default_lookup() -> ProvisionLookup:
    """The law registry first, then ``templates/citations.yaml`` (read on first call)."""
    from panah.law.registry import default_registry

    return chain((registry_lookup(default_registry()), fallback_lookup()))
