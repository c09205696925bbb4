"""The catalogue of claim properties and the value type each expects.

Claims are the single source of facts. A claim says that *subject* has *property* = *value*
according to a source. The property decides how the value is read (a date in the case-file
date syntax, an integer, an ISO 8601 duration, free text). Custom properties start with
``x-`` and are read as text, so a typo in a known property is caught instead of silently
creating a new one.
"""

from __future__ import annotations

import re
from enum import StrEnum

from panah.core.dates import DateError, FuzzyDate
from panah.core.i18n import gettext as _

__all__ = ["PROPERTIES", "ValueKind", "check_value", "parse_duration", "property_kind"]


class ValueKind(StrEnum):
    DATE = "date"
    INTEGER = "integer"
    DURATION = "duration"
    TEXT = "text"
    BOOLEAN = "boolean"


PROPERTIES: dict[str, tuple[ValueKind, str]] = {
    "date": (ValueKind.DATE, "when an event happened (start, for events that last)"),
    "end_date": (ValueKind.DATE, "when a lasting event (detention, internment) ended"),
    "duration": (ValueKind.DURATION, "how long an event lasted, ISO 8601 (P4Y8M, PT24H)"),
    "place": (ValueKind.TEXT, "where an event happened"),
    "name": (ValueKind.TEXT, "a spelling of a person's or organisation's name"),
    "age": (ValueKind.INTEGER, "age in years, as of the claim's as_of date"),
    "birth_date": (ValueKind.DATE, "date of birth"),
    "citizenship": (ValueKind.TEXT, "citizenship, ISO 3166-1 alpha-2 code"),
    "ethnicity": (ValueKind.TEXT, "ethnicity"),
    "religion": (ValueKind.TEXT, "religion"),
    "occupation": (ValueKind.TEXT, "occupation or trade"),
    "origin": (ValueKind.TEXT, "place of origin"),
    "amount": (ValueKind.TEXT, "an amount with its currency, e.g. '300000 CNY'"),
    "accusation": (ValueKind.TEXT, "what the person was accused of"),
    "charge": (ValueKind.TEXT, "the provision charged, as a provision id"),
    "penalty": (ValueKind.TEXT, "the penalty imposed"),
    "term": (ValueKind.DURATION, "the length of a sentence, status or certificate"),
    "custody_credit": (ValueKind.TEXT, "how pre-trial custody was counted"),
    "expulsion_applied": (ValueKind.BOOLEAN, "whether a court applied expulsion"),
    "valid_until": (ValueKind.DATE, "until when a document or status is valid"),
    "authority": (ValueKind.TEXT, "the authority that acted"),
    "outcome": (ValueKind.TEXT, "the outcome of a step"),
    "statement": (ValueKind.TEXT, "what an official or party said"),
    "treatment": (ValueKind.TEXT, "how a person was treated (ill-treatment, torture methods)"),
    "reason": (ValueKind.TEXT, "the reason given for a step"),
    "status": (ValueKind.TEXT, "a status (of a person, relative or proceeding)"),
    "location": (ValueKind.TEXT, "where a person or relative is"),
    "relation": (ValueKind.TEXT, "family relation to the person"),
    "description": (ValueKind.TEXT, "a short description"),
    "count": (ValueKind.INTEGER, "a number of times or people"),
    "manner": (ValueKind.TEXT, "how something was done (on foot, by motorbike)"),
}

_DURATION = re.compile(
    r"^P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<mo>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)


def parse_duration(text: str) -> dict[str, int]:
    """Parse an ISO 8601 duration into its parts; raise ValueError if malformed."""
    m = _DURATION.match(text)
    if m is None:
        raise ValueError(
            _("{text!r} is not an ISO 8601 duration (e.g. P4Y8M, P7D, PT24H)").format(text=text)
        )
    return {k: int(v) for k, v in m.groupdict().items() if v is not None}


def property_kind(prop: str) -> ValueKind | None:
    if prop.startswith("x-"):
        return ValueKind.TEXT
    entry = PROPERTIES.get(prop)
    return entry[0] if entry else None


def check_value(prop: str, value: object) -> str | None:
    """Return what is wrong with ``value`` for ``prop``, or None when it is fine."""
    kind = property_kind(prop)
    if kind is None:
        return None  # reported separately as an unknown property
    if value is None:
        return None  # an explicit "unknown"
    if kind == ValueKind.DATE:
        if not isinstance(value, str):
            return _("a {prop} must be a date string such as 2019-10-06, got {value!r}").format(
                prop=prop, value=value
            )
        try:
            FuzzyDate.parse(value)
        except DateError as exc:
            return str(exc)
    elif kind == ValueKind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            return _("{prop} must be a whole number, got {value!r}").format(prop=prop, value=value)
        if prop == "age" and not 0 <= value <= 130:
            return _("age {value} is not between 0 and 130").format(value=value)
    elif kind == ValueKind.DURATION:
        if not isinstance(value, str):
            return _("{prop} must be an ISO 8601 duration such as P4Y8M, got {value!r}").format(
                prop=prop, value=value
            )
        try:
            parse_duration(value)
        except ValueError as exc:
            return str(exc)
    elif kind == ValueKind.BOOLEAN:
        if not isinstance(value, bool):
            return _("{prop} must be true or false, got {value!r}").format(prop=prop, value=value)
    elif not isinstance(value, str | int | float):
        return _("{prop} must be text, got {type}").format(prop=prop, type=type(value).__name__)
    return None
