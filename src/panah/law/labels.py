"""Human labels for catalogue values (event types, roles, proceedings, levels…) in en/ru/kk.

The case file and the database keep the catalogue *values* (``border_crossing_outside_checkpoint``);
people read *labels* ("border crossing outside a checkpoint", "пересечение границы вне пункта
пропуска"). English labels are the values in words (with a few written out); other languages
come from the engine's catalogue (:mod:`panah.law.i18n`), with the catalogue's name as the
message context, so "other" as a role and "other" as an event type can differ.

>>> from panah.core.catalogue import Role
>>> label(Role.CO_DEFENDANT)
'co-defendant'
>>> label("co_defendant", "Role", lang="ru")
'соподсудимый'
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from panah.core import catalogue as core
from panah.core.dates import Precision, Qualifier
from panah.core.facts import Agreement
from panah.core.properties import PROPERTIES
from panah.law.alerts import Severity
from panah.law.citations import Verification
from panah.law.deadlines import DeadlineStatus
from panah.law.findings import FindingKind
from panah.law.i18n import language, pgettext
from panah.law.logic import Outcome

__all__ = ["CATALOGUES", "PROPERTY_CATALOGUE", "english_label", "label", "labels"]

CATALOGUES: dict[str, type[StrEnum]] = {
    cls.__name__: cls
    for cls in (
        core.EventType,
        core.Role,
        core.RelativeStatus,
        core.ProceedingKind,
        core.ProceedingStatus,
        core.ProceedingRelationKind,
        core.SourceKind,
        core.Confidentiality,
        core.Confidence,
        core.ClaimStatus,
        core.NameKind,
        core.OrganisationKind,
        Verification,
        Outcome,
        Severity,
        DeadlineStatus,
        FindingKind,
        Precision,
        Qualifier,
        Agreement,
    )
}
"""Every catalogue with labels, by the name used as its message context."""

PROPERTY_CATALOGUE = "ClaimProperty"
"""The claim properties (:data:`panah.core.properties.PROPERTIES`) as a catalogue: a claim's
property is a plain string, not an enum, and custom ``x-`` properties have no label (they are
shown as written)."""

_VALUES: dict[str, frozenset[str]] = {
    **{name: frozenset(m.value for m in cls) for name, cls in CATALOGUES.items()},
    PROPERTY_CATALOGUE: frozenset(PROPERTIES),
}

# English labels that are more than the value with spaces.
_ENGLISH: dict[tuple[str, str], str] = {
    ("EventType", "detention_origin"): "detention in the country of origin",
    ("EventType", "border_crossing_at_checkpoint"): "border crossing at a checkpoint",
    ("EventType", "border_crossing_outside_checkpoint"): "border crossing outside a checkpoint",
    ("EventType", "departure_home"): "departure from the home country",
    ("EventType", "detention_host"): "detention in the host country",
    ("EventType", "presentation_to_authorities"): "presentation to the authorities",
    ("EventType", "case_sent_to_prosecutor"): "case sent to the prosecutor",
    ("EventType", "un_communication_sent"): "UN communication sent",
    ("EventType", "un_interim_measures"): "UN interim measures",
    ("EventType", "un_decision"): "UN decision",
    ("EventType", "ngo_appeal"): "NGO appeal",
    ("EventType", "departure_from_host"): "departure from the host country",
    ("Role", "co_defendant"): "co-defendant",
    ("ProceedingKind", "un_treaty_body"): "UN treaty body",
    ("ProceedingKind", "un_special_procedure"): "UN special procedure",
    ("ProceedingKind", "handover"): "hand-over",
    ("SourceKind", "ngo_report"): "NGO report",
    ("OrganisationKind", "ngo"): "NGO",
    ("OrganisationKind", "un_body"): "UN body",
    ("NameKind", "chinese_id"): "Chinese ID",
    ("Outcome", "does_not_hold"): "does not hold",
    ("DeadlineStatus", "not_started"): "not started",
    ("FindingKind", "question_of_fact"): "question of fact",
    ("Qualifier", "approximate-uncertain"): "approximate, uncertain",
    ("Agreement", "single"): "one value",
    ("ClaimProperty", "birth_date"): "date of birth",
    ("ClaimProperty", "custody_credit"): "credit for custody",
}


def english_label(catalogue: str, value: str) -> str:
    """The English label: written out where :data:`_ENGLISH` has one, else the value in words."""
    return _ENGLISH.get((catalogue, value), value.replace("_", " "))


def label(value: StrEnum | str, catalogue: str | None = None, *, lang: str | None = None) -> str:
    """The label of a catalogue value in ``lang`` (default: the engine's current language).

    ``value`` is an enum member, or its value with the ``catalogue`` name ('EventType'). A value
    the catalogue does not list is returned as it is (data from an older file stays readable).
    """
    name = catalogue or (type(value).__name__ if isinstance(value, StrEnum) else None)
    if name is None:
        raise ValueError(f"label({value!r}): name the catalogue of a plain value")
    values = _VALUES.get(name)
    if values is None:
        raise ValueError(f"no catalogue {name!r}; have {', '.join(sorted(_VALUES))}")
    text = str(value.value if isinstance(value, StrEnum) else value)
    if text not in values:
        return text
    english = english_label(name, text)
    if lang is None:
        return pgettext(name, english)
    with language(lang):
        return pgettext(name, english)


def labels() -> Iterator[tuple[str, str, str]]:
    """(catalogue, value, English label) for every catalogue value: the messages to translate."""
    for name, cls in CATALOGUES.items():
        for member in cls:
            yield name, member.value, english_label(name, member.value)
    for prop in PROPERTIES:
        yield PROPERTY_CATALOGUE, prop, english_label(PROPERTY_CATALOGUE, prop)
