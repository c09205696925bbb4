"""A case's versions (django-simple-history rows) and reverting to one of them.

Every save of a case writes a history row with the whole (encrypted) case file and its
``version``. :func:`case_versions` lists them with who made each and which action
(``case_person_save``, ``case_replace``…, read from the audit entry that recorded the
version change), :func:`version_case` reads one back, :func:`case_revert` stores an old
version's content as a *new* version — history is never rewritten or deleted — through the
same save path as every edit (:func:`~panah.storage.django_orm.actions.case_content_save`:
the loader's checks, the derived columns, deadline rows, name index, one transaction).

The reason for a revert is the team's own words and may name people or facts, so it is
not written into the audit log in clear: the audit entry holds it Fernet-encrypted with the
field keys (like the case file), with the versions involved in clear.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from pydantic import ValidationError

from panah.core.case import Case
from panah.core.casefile import parse_case
from panah.core.diff import CaseDiff, case_diff
from panah.core.errors import NotFoundError, PanahError
from panah.storage.django_orm.actions import case_content_save, recheck
from panah.storage.django_orm.fields import FieldDecryptionError, decrypt, encrypt
from panah.storage.django_orm.models import CaseRecord, audit_data, current_action

__all__ = [
    "REASON_MAX",
    "CaseVersion",
    "RevertRefusedError",
    "case_revert",
    "case_versions",
    "revert_reasons",
    "version_case",
    "version_row",
    "versions_described",
]

REASON_MAX = 500


class RevertRefusedError(PanahError):
    """A revert refused before anything was stored: ``why`` is ``no_reason``,
    ``too_long`` or ``same`` (the version's content is the current content)."""

    def __init__(self, message: str, *, why: str) -> None:
        super().__init__(message)
        self.why = why


_HISTORY_TYPES = {"+": "created", "~": "changed", "-": "deleted"}


def case_versions(record: CaseRecord) -> Any:
    """The case's history rows, newest first (a queryset, for paging)."""
    return record.history.select_related("history_user").order_by("-history_id")


def version_row(record: CaseRecord, history_id: int) -> Any:
    """One history row of this case; NotFoundError for any other id."""
    row = record.history.filter(history_id=history_id).first()
    if row is None:
        raise NotFoundError(f"no version {history_id} of this case")
    return row


def _fast_case(content: str, *, file: str) -> Case:
    """A stored version as a domain object, for showing it: pydantic straight from the JSON
    the actions stored (it passed the loader when it was saved); the loader's full path for
    anything that does not validate (which then reports its problems)."""
    try:
        return Case.model_validate_json(content)
    except ValidationError:
        return parse_case(content, file=file, fmt="json")


def version_case(record: CaseRecord, row: Any) -> Case:
    """The case file of one history row."""
    return _fast_case(row.content, file=f"case {record.key} version {row.version}")


@dataclasses.dataclass(frozen=True, slots=True)
class CaseVersion:
    """One row of the history page."""

    history_id: int
    version: int
    when: dt.datetime
    who: str
    action: str
    diff: CaseDiff | None  # None: this version (or the one before) cannot be read
    reverted_to: int | None = None
    reason: str | None = None


# A version's history row and its audit entry are written in one transaction: the audit
# entry is looked for within this margin of the history rows' times.
_MARGIN = dt.timedelta(minutes=10)


def _actions_by_version(record: CaseRecord, rows: Sequence[Any]) -> dict[int, LogEntry]:
    """The audit entries that recorded each version (the row change of the save)."""
    if not rows:
        return {}
    versions = [r.version for r in rows]
    dates = [r.history_date for r in rows]
    ct = ContentType.objects.get_for_model(CaseRecord)
    entries = (
        LogEntry.objects.filter(
            content_type=ct,
            object_pk=str(record.pk),
            action__in=(LogEntry.Action.CREATE, LogEntry.Action.UPDATE),
            timestamp__gte=min(dates) - _MARGIN,
            timestamp__lte=max(dates) + _MARGIN,
        )
        .select_related("actor")
        .order_by("pk")
    )
    wanted = {str(v) for v in versions}
    out: dict[int, LogEntry] = {}
    for e in entries.iterator():
        change = (e.changes or {}).get("version") if isinstance(e.changes, dict) else None
        if isinstance(change, list) and len(change) == 2 and str(change[1]) in wanted:
            out[int(change[1])] = e
    return out


def revert_reasons(record: CaseRecord) -> dict[int, tuple[int, str]]:
    """For each version made by a revert: (the version it went back to, the reason)."""
    out: dict[int, tuple[int, str]] = {}
    for e in LogEntry.objects.filter(
        additional_data__action="case_revert_reason", additional_data__case=record.key
    ):
        data = e.additional_data or {}
        try:
            reason = decrypt(str(data.get("reason", "")))
        except FieldDecryptionError:
            reason = ""
        try:
            out[int(data["version"])] = (int(data["reverted_to"]), reason)
        except (KeyError, TypeError, ValueError):
            continue
    return out


def versions_described(
    record: CaseRecord, rows: Sequence[Any], before: Any | None
) -> list[CaseVersion]:
    """The history page's rows: ``rows`` newest first, ``before`` the row just older than
    the last of them (None at the first version), each with its diff from the one before."""
    chain = [*rows, *([before] if before is not None else [])]
    cases: list[Case | None] = []
    for row in chain:
        try:
            cases.append(version_case(record, row))
        except (PanahError, FieldDecryptionError):
            cases.append(None)
    logged = _actions_by_version(record, rows)
    reverts = revert_reasons(record)
    out: list[CaseVersion] = []
    for i, row in enumerate(rows):
        new = cases[i]
        old = cases[i + 1] if i + 1 < len(chain) else None
        first = i + 1 >= len(chain)
        diff = None if new is None or (old is None and not first) else case_diff(old, new)
        entry = logged.get(row.version)
        user = row.history_user or (entry.actor if entry is not None else None)
        action = ""
        if entry is not None and entry.additional_data:
            action = str(entry.additional_data.get("action") or "")
        revert = reverts.get(row.version)
        out.append(
            CaseVersion(
                history_id=row.history_id,
                version=row.version,
                when=row.history_date,
                who=user.get_username() if user is not None else "",
                action=action or _HISTORY_TYPES.get(row.history_type, row.history_type),
                diff=diff,
                reverted_to=revert[0] if revert else None,
                reason=revert[1] if revert else None,
            )
        )
    return out


def case_revert(
    *, actor: Any, record: CaseRecord, history_id: int, reason: str, expected_version: int
) -> Case:
    """Store the content of an earlier version as a new version of the case.

    The old case file is read through the case-file loader and checked like any save
    (refused with CaseFileError, nothing changed, if it no longer passes); refused with
    StaleCaseError if the case changed since ``expected_version``; refused with PanahError
    without a reason or when the version's content is the current content. One transaction:
    the new version, its audit entry (``case_revert``) and the reason's (encrypted) entry.
    """
    reason = reason.strip()
    if not reason:
        raise RevertRefusedError("give a reason for going back to this version", why="no_reason")
    if len(reason) > REASON_MAX:
        raise RevertRefusedError(
            f"the reason is longer than {REASON_MAX} characters", why="too_long"
        )
    row = version_row(record, history_id)
    label = f"case {record.key} version {row.version}"
    checked = recheck(parse_case(row.content, file=label, fmt="json"), file=label)
    if checked == _fast_case(record.content, file=f"case {record.key}"):
        raise RevertRefusedError(
            f"version {row.version} is what the case holds now: nothing to revert", why="same"
        )
    with transaction.atomic():
        case_content_save(
            actor=actor,
            record=record,
            case=checked,
            expected_version=expected_version,
            action="case_revert",
        )
        token = current_action.set("case_revert_reason")
        try:
            extra: dict[str, Any] = {} if actor is None else {"actor": actor}
            LogEntry.objects.log_create(
                record,
                action=LogEntry.Action.UPDATE,
                force_log=True,
                # audit_data: the action's name, and "via: api" for a call through the API
                additional_data=audit_data(
                    case=record.key,
                    version=record.version,
                    reverted_to=row.version,
                    reason=encrypt(reason),
                ),
                **extra,
            )
        finally:
            current_action.reset(token)
    return checked
