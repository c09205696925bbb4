"""Alerts: the risks that are live on the assessment date, and what a lawyer can do about them.

An :class:`Alert` has a severity (critical / high / medium / low), a message in plain words, the
findings and deadlines behind it (by provision id and deadline id) and recommended
:class:`Action` s, each citing the provision that makes it available. Alert rules live in the law
packs; this module holds the shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from panah.law.citations import Verification

__all__ = ["Action", "Alert", "Severity"]


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical up to 3 for low: sort by it."""
        return _RANK[self]


_RANK = {Severity.CRITICAL: 0, Severity.HIGH: 1, Severity.MEDIUM: 2, Severity.LOW: 3}


@dataclass(frozen=True, slots=True)
class Action:
    """A step a lawyer can take, with the provision that makes it available."""

    id: str
    text: str
    provision: str | None = None
    verification: Verification | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "provision": self.provision,
            "verification": self.verification.value if self.verification else None,
        }


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    severity: Severity
    message: str
    findings: tuple[str, ...] = ()
    """Provision ids of the findings behind the alert."""
    deadlines: tuple[str, ...] = ()
    """Ids of the deadlines behind the alert."""
    actions: tuple[Action, ...] = ()
    reasons: tuple[str, ...] = ()
    """The facts that raised (or lowered) the severity, in plain words."""
    facts_used: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity.value,
            "message": self.message,
            "reasons": list(self.reasons),
            "findings": list(self.findings),
            "deadlines": list(self.deadlines),
            "actions": [a.to_json() for a in self.actions],
            "facts_used": list(self.facts_used),
        }
