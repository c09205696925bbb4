"""What the API reads and writes: input and output schemas, separate (pydantic, via ninja).

The case file itself is the domain's :class:`panah.core.case.Case` (its JSON is exactly what
``panah export`` and the web export write); the assessment is the engine's own JSON tree
(``assess(...).to_json()``, each finding with the claims behind it), described here down to
each person's findings, deadlines and alerts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Schema
from pydantic import ConfigDict, Field

__all__ = [
    "AssessmentOut",
    "AuditEntryOut",
    "AuditPageOut",
    "CaseCreatedOut",
    "CaseListOut",
    "CaseSummaryOut",
    "ChangeOut",
    "ClaimIn",
    "DeadlineOut",
    "EditErrorsOut",
    "EditIn",
    "EntitySavedOut",
    "ErrorOut",
    "FieldErrorOut",
    "HistoryPageOut",
    "MatchOut",
    "MatchesOut",
    "MemberIn",
    "MemberOut",
    "MemberRoleIn",
    "PersonAssessmentOut",
    "ProblemOut",
    "ProblemsOut",
    "RevertIn",
    "SavedOut",
    "SectionOut",
    "VersionOut",
    "WorkingValueIn",
]


class ErrorOut(Schema):
    detail: str


class ProblemOut(Schema):
    """One problem of a case file, where it is: file, line, column, field path."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str


class ProblemsOut(Schema):
    detail: str
    problems: list[ProblemOut]


class CaseSummaryOut(Schema):
    """One row of the case list (the web list's columns)."""

    key: str = Field(description="The case's id in URLs")
    case_id: str = Field(description="The case file's own id")
    title: str
    status: str
    names: list[str] = Field(description="Every name variant of the case's people")
    next_deadline: dt.date | None = Field(description="Earliest running deadline")
    open_conflicts: int = Field(description="Conflicts between sources without a working value")
    live_alerts: int = Field(description="Critical or high alerts as of the last refresh")
    url: str = Field(description="This case's file in the API")


class CaseListOut(Schema):
    count: int
    page: int
    pages: int
    results: list[CaseSummaryOut]


class CaseCreatedOut(Schema):
    key: str
    case_id: str
    title: str
    version: int
    url: str


class SavedOut(Schema):
    key: str
    version: int = Field(description="The case's version after the change")


class PersonAssessmentOut(Schema):
    person: str
    name: str
    findings: list[dict[str, Any]] = Field(
        description="Finding trees: outcome, provision, citation, verification, the claims "
        "used (with their sources), the facts missing, sub-findings"
    )
    deadlines: list[dict[str, Any]]
    alerts: list[dict[str, Any]]


class AssessmentOut(Schema):
    available: bool = Field(description="False when the engine refused the case (see reason)")
    as_of: dt.date
    case: str | None = None
    title: str | None = None
    calendar: str | None = None
    notes: list[str] = Field(default_factory=list)
    people: list[PersonAssessmentOut] = Field(default_factory=list)
    reason: str | None = None


class DeadlineOut(Schema):
    """One deadline of one case on one date (people it concerns listed together), as on the
    deadline calendar."""

    case: str = Field(description="The case's key")
    case_title: str
    deadline_id: str
    title: str
    provision: str
    verification: str
    status: str
    due: dt.date
    days_left: int
    disputed: bool
    people: list[str]


class WorkingValueIn(Schema):
    subject: str = Field(max_length=64)
    property: str = Field(max_length=100)
    value: Any = Field(description="The chosen value, one that a claim about it gives")
    reason: str = Field(min_length=1, max_length=1000)
    version: int = Field(description="The case's version this choice was made on")


class ClaimIn(Schema):
    claim: dict[str, Any] = Field(
        description="The claim as in a case file: id, subject, property, value, source, "
        "locator, confidence, status…"
    )
    version: int = Field(description="The case's version this claim was written on")


class EditIn(Schema):
    """What every edit of a case's part carries besides the form's fields (see each kind)."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(description="The case's version this edit was made on (409 if stale)")
    matches_seen: bool = Field(
        default=False,
        description="Save even if new name spellings match people already known (else 409)",
    )


class FieldErrorOut(Schema):
    field: str = Field(
        description='The field the error is about: "birth_date", '
        '"names[1].script"; "" for the entry as a whole'
    )
    message: str


class EditErrorsOut(Schema):
    detail: str
    errors: list[FieldErrorOut]


class EntitySavedOut(Schema):
    key: str
    version: int = Field(description="The case's version after the change")
    id: str | None = Field(description="The entry's id")
    n: int | None = Field(default=None, description="A relative's place (from 1)")


class MatchOut(Schema):
    query: str
    name: str
    verdict: str
    score: float
    reasons: list[str]
    case: str
    case_title: str
    person: str | None
    here: bool
    relative: str | None


class MatchesOut(Schema):
    detail: str
    matches: list[MatchOut] = Field(default_factory=list)


class MemberIn(Schema):
    username: str = Field(description="An active account's name")
    role: str = Field(description="administrator, lawyer, caseworker or viewer")


class MemberRoleIn(Schema):
    role: str = Field(description="administrator, lawyer, caseworker or viewer")


class MemberOut(Schema):
    username: str
    role: str
    added_at: dt.datetime


class ChangeOut(Schema):
    kind: str = Field(description="added, removed or changed")
    ident: str
    label: str
    fields: list[str] = Field(description="The fields changed (for a change)")


class SectionOut(Schema):
    name: str = Field(description="The case file's section, in the request's language")
    changes: list[ChangeOut]


class VersionOut(Schema):
    """One version of a case, as a row of the history page."""

    history_id: int = Field(description="The version's address in the API")
    version: int
    when: dt.datetime
    who: str
    action: str = Field(description="The named action that made it (case_person_save…)")
    action_label: str
    readable: bool = Field(description="False when this version cannot be read or compared")
    counts: dict[str, int] | None = Field(description="Entries added, removed, changed")
    sections: list[SectionOut] = Field(description="What changed from the version before")
    reverted_to: int | None = Field(description="For a revert: the version gone back to")
    reason: str | None = Field(description="For a revert: the reason given")
    unreadable: str | None = None


class RevertIn(Schema):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(description="Why the case goes back to this version (kept encrypted)")
    version: int = Field(description="The case's version this revert was asked on (409 if stale)")


class HistoryPageOut(Schema):
    count: int
    page: int
    pages: int
    results: list[VersionOut]


class AuditEntryOut(Schema):
    """One entry of a case's audit trail, the audit page's columns."""

    when: dt.datetime
    who: str = Field(description='The account, or "system"')
    address: str | None
    action: str = Field(description="create, update, delete or access")
    what: str | None = Field(description="The named action (case_export_json, case_audit…)")
    model: str = Field(description="The record: caserecord, casemembership…")
    changes: dict[str, Any] = Field(description="Field -> [old, new], as the log keeps them")
    via: str | None = Field(description='"api" for a call through the API')
    api_token: int | None = Field(description="The token's id, for a call through the API")


class AuditPageOut(Schema):
    count: int
    page: int
    pages: int
    results: list[AuditEntryOut]
