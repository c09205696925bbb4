"""Three-valued (Kleene) logic for legal conditions.

A condition of a rule either **holds**, **does not hold**, or is **undetermined** (a fact is
missing or disputed). Kleene's strong logic combines them: ``and`` is false as soon as one part
is false, true only when all are true, else undetermined; ``or`` is the dual. An undetermined
finding is an answer too: it comes with the facts that would decide it.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

__all__ = ["Outcome", "all_of", "any_of", "from_bool", "not_"]


class Outcome(StrEnum):
    HOLDS = "holds"
    DOES_NOT_HOLD = "does_not_hold"
    UNDETERMINED = "undetermined"

    @property
    def words(self) -> str:
        return {
            Outcome.HOLDS: "holds",
            Outcome.DOES_NOT_HOLD: "does not hold",
            Outcome.UNDETERMINED: "undetermined",
        }[self]

    def __and__(self, other: object) -> Outcome:
        if not isinstance(other, Outcome):
            return NotImplemented
        return all_of((self, other))

    def __or__(self, other: object) -> Outcome:
        if not isinstance(other, Outcome):
            return NotImplemented
        return any_of((self, other))

    def __invert__(self) -> Outcome:
        return not_(self)


def not_(value: Outcome) -> Outcome:
    if value == Outcome.HOLDS:
        return Outcome.DOES_NOT_HOLD
    if value == Outcome.DOES_NOT_HOLD:
        return Outcome.HOLDS
    return Outcome.UNDETERMINED


def all_of(values: Iterable[Outcome]) -> Outcome:
    """Kleene conjunction; the empty conjunction holds."""
    result = Outcome.HOLDS
    for v in values:
        if v == Outcome.DOES_NOT_HOLD:
            return Outcome.DOES_NOT_HOLD
        if v == Outcome.UNDETERMINED:
            result = Outcome.UNDETERMINED
    return result


def any_of(values: Iterable[Outcome]) -> Outcome:
    """Kleene disjunction; the empty disjunction does not hold."""
    result = Outcome.DOES_NOT_HOLD
    for v in values:
        if v == Outcome.HOLDS:
            return Outcome.HOLDS
        if v == Outcome.UNDETERMINED:
            result = Outcome.UNDETERMINED
    return result


def from_bool(value: bool | None) -> Outcome:
    if value is None:
        return Outcome.UNDETERMINED
    return Outcome.HOLDS if value else Outcome.DOES_NOT_HOLD
