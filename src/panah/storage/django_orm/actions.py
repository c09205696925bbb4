"""Every change to stored cases: one function each, one transaction each, audited.

Each action runs inside ``transaction.atomic()`` and marks the audit entries that
django-auditlog writes for its row changes with the action's name (``additional_data``), so
the log reads as a chain of custody: who, when, from which address, did what to which case.
Reads that matter (opening a case, exporting it) are logged with :func:`case_access_log`.
If an action raises, nothing it did is kept — neither the change nor its audit entries.

Actions check *integrity* (the case file must still load); *permission* is checked by the
caller (the web views, through :mod:`.permissions`), which knows who asks and how to answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

from auditlog.models import LogEntry
from django.db import transaction
from django.utils import timezone

from panah.core.case import Case, WorkingValue
from panah.core.casefile import dump_case, parse_case
from panah.core.errors import PanahError
from panah.core.views import conflicts
from panah.storage.django_orm.models import (
    AccountPolicy,
    CaseMembership,
    CaseRecord,
    CaseRole,
    current_action,
    fold,
)
from panah.storage.django_orm.permissions import forget_roles

__all__ = [
    "StaleCaseError",
    "account_mfa_exempt_set",
    "case_access_log",
    "case_import",
    "case_member_add",
    "case_member_remove",
    "case_replace",
    "case_working_value_set",
    "field_keys_rotate",
]


log = logging.getLogger(__name__)


class StaleCaseError(PanahError):
    """The case changed since the user loaded it; reload and try again."""


@contextlib.contextmanager
def _action(name: str) -> Iterator[None]:
    token = current_action.set(name)
    try:
        with transaction.atomic():
            yield
    finally:
        current_action.reset(token)


def _deadlines(case: Case, today: dt.date) -> tuple[dt.date | None, int]:
    """(earliest due date of a running deadline, number of critical or high alerts) today.

    For sorting the case list only; the case page computes the assessment afresh.
    """
    try:
        from panah.law.assess import assess

        result = assess(case, as_of=today)
    except Exception:  # a convenience column must not block saving the case
        log.exception("assessment for the case list failed for case %s", case.id)
        return None, 0
    due = [
        d.due
        for p in result.people
        for d in p.deadlines
        if d.due is not None and d.status.value == "running"
    ]
    alerts = sum(
        1 for p in result.people for a in p.alerts if a.severity.value in ("critical", "high")
    )
    return (min(due) if due else None), alerts


def _summary(case: Case) -> dict[str, Any]:
    names: list[str] = []
    for person in case.people:
        for n in person.names:
            if n.value not in names:
                names.append(n.value)
    open_conflicts = sum(1 for c in conflicts(case)["conflicts"] if c["working_value"] is None)
    next_deadline, live_alerts = _deadlines(case, timezone.localdate())
    return {
        "case_id": case.id,
        "title": case.title[:300],
        "status": case.status,
        "names": "\n".join(names),
        "search": fold("\n".join([case.title, case.id, *names])),
        "people_count": len(case.people),
        "claims_count": len(case.claims),
        "open_conflicts": open_conflicts,
        "next_deadline": next_deadline,
        "live_alerts": live_alerts,
        "content": dump_case(case, "json"),
    }


def case_import(*, actor: Any, case: Case) -> CaseRecord:
    """Store a new case; the importing account becomes its administrator."""
    with _action("case_import"):
        record = CaseRecord.objects.create(**_summary(case))
        if actor is not None:
            CaseMembership.objects.create(case=record, user=actor, role=CaseRole.ADMINISTRATOR)
            forget_roles(actor)
    return record


def case_replace(*, actor: Any, record: CaseRecord, case: Case, expected_version: int) -> None:
    """Replace a case's content with a new version of its case file."""
    with _action("case_replace"):
        fresh = CaseRecord.objects.select_for_update().get(pk=record.pk)
        if fresh.version != expected_version:
            raise StaleCaseError(
                f"the case was changed (version {fresh.version}, you had {expected_version})"
            )
        for name, value in _summary(case).items():
            setattr(fresh, name, value)
        fresh.version += 1
        fresh.save()
    record.refresh_from_db()


def case_working_value_set(
    *,
    actor: Any,
    record: CaseRecord,
    subject: str,
    prop: str,
    value: Any,
    reason: str,
    chosen_on: dt.date,
    expected_version: int,
) -> Case:
    """Choose the value the team works with where sources disagree, with a reason."""
    case = record.to_domain()
    index = case.index()
    supporting = tuple(c.id for c in index.claims_about(subject, prop) if c.value == value)
    if not supporting:
        raise PanahError(f"no claim gives {prop} = {value!r} for {subject}")
    who = actor.get_username() if actor is not None else "system"
    chosen = WorkingValue(
        subject=subject,
        property=prop,
        value=value,
        claims=supporting,
        chosen_by=who,
        chosen_on=chosen_on,
        reason=reason,
    )
    kept = tuple(w for w in case.working_values if (w.subject, w.property) != (subject, prop))
    updated = case.model_copy(update={"working_values": (*kept, chosen)})
    # Re-read through the loader: the new version must pass every check a file passes.
    checked = parse_case(dump_case(updated, "json"), file=f"case {record.key}", fmt="json")
    with _action("case_working_value_set"):
        fresh = CaseRecord.objects.select_for_update().get(pk=record.pk)
        if fresh.version != expected_version:
            raise StaleCaseError(
                f"the case was changed (version {fresh.version}, you had {expected_version})"
            )
        for name, v in _summary(checked).items():
            setattr(fresh, name, v)
        fresh.version += 1
        fresh.save()
    record.refresh_from_db()
    return checked


def case_member_add(*, actor: Any, record: CaseRecord, user: Any, role: str) -> CaseMembership:
    """Give an account a role on a case (or change its role)."""
    if role not in CaseRole.values:
        raise PanahError(f"unknown role {role!r}")
    with _action("case_member_add"):
        membership, created = CaseMembership.objects.select_for_update().get_or_create(
            case=record, user=user, defaults={"role": role}
        )
        if not created and membership.role != role:
            membership.role = role
            membership.save()
    forget_roles(user)
    return membership


def case_member_remove(*, actor: Any, record: CaseRecord, user: Any) -> None:
    """Take an account off a case. The last administrator cannot be removed."""
    with _action("case_member_remove"):
        membership = CaseMembership.objects.select_for_update().filter(case=record, user=user)
        m = membership.first()
        if m is None:
            return
        if m.role == CaseRole.ADMINISTRATOR and not (
            CaseMembership.objects.filter(case=record, role=CaseRole.ADMINISTRATOR)
            .exclude(pk=m.pk)
            .exists()
        ):
            raise PanahError("a case keeps at least one administrator")
        m.delete()
    forget_roles(user)


def case_access_log(*, record: CaseRecord, what: str) -> None:
    """Record that the current user read the case (``what``: view, export, audit…).

    Actor and address come from django-auditlog's request context.
    """
    with _action(f"case_{what}"):
        LogEntry.objects.log_create(record, action=LogEntry.Action.ACCESS, force_log=True)


def account_mfa_exempt_set(*, user: Any, exempt: bool, note: str = "") -> AccountPolicy:
    with _action("account_mfa_exempt_set"):
        policy, _ = AccountPolicy.objects.update_or_create(
            user=user, defaults={"mfa_exempt": exempt, "note": note}
        )
    return policy


def field_keys_rotate() -> int:
    """Re-encrypt every case with the first key of PANAH_FIELD_KEYS; returns rows written.

    Run after putting a new key first; then the old key can be dropped from the list.
    """
    n = 0
    history = CaseRecord.history.model  # simple-history's table holds encrypted copies too
    with _action("field_keys_rotate"):
        for model in (CaseRecord, history):
            rows = model.objects.select_for_update().only("pk", "content")
            for row in rows:
                # Writing the decrypted value back encrypts it with the newest key.
                model.objects.filter(pk=row.pk).update(content=row.content)
                n += 1
    return n
