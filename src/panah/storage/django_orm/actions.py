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
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import secrets
from collections.abc import Iterator
from typing import Any

from auditlog.models import LogEntry
from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from panah.core.case import Case, WorkingValue
from panah.core.casefile import dump_case, parse_case
from panah.core.errors import PanahError
from panah.core.views import conflicts
from panah.storage.django_orm.assessment_summary import assessment_summary_json
from panah.storage.django_orm.models import (
    AccountPolicy,
    CalendarFeed,
    CaseAssessment,
    CaseDeadline,
    CaseMembership,
    CaseRecord,
    CaseRole,
    current_action,
    fold,
)
from panah.storage.django_orm.permissions import forget_roles
from panah.storage.django_orm.search import index_case_names, names_reindex

__all__ = [
    "StaleCaseError",
    "account_mfa_exempt_set",
    "calendar_feed_access_log",
    "calendar_feed_for",
    "calendar_feed_revoke",
    "calendar_feed_token_new",
    "calendar_token_hash",
    "case_access_log",
    "case_assessments_refresh_stale",
    "case_content_save",
    "case_deadlines_refresh",
    "case_deadlines_refresh_stale",
    "case_import",
    "case_member_add",
    "case_member_remove",
    "case_replace",
    "case_working_value_set",
    "field_keys_rotate",
    "recheck",
    "stored_assessment_languages",
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


def _assess_today(case: Case, today: dt.date) -> Any | None:
    """The assessment as of ``today``, or None if the engine fails (logged).

    For the derived columns and the deadline calendar; its JSON is also the stored English
    assessment the case page shows (:func:`_assessments_json`).
    """
    try:
        from panah.law.assess import assess
        from panah.law.i18n import language

        with language("en"):  # stored columns are English whatever the request's language
            return assess(case, as_of=today)
    except Exception:  # a convenience column must not block saving the case
        log.exception("assessment for the case list failed for case %s", case.id)
        return None


def stored_assessment_languages() -> tuple[str, ...]:
    """The engine languages whose assessment is stored with each case: every language the
    interface offers (``settings.LANGUAGES``) that the engine knows, each once.

    Kazakh is stored as well: the engine falls back to Russian for some of its texts but not
    all, so a Kazakh page's assessment differs from the Russian one.
    """
    from panah.law.i18n import normalise_language

    found: list[str] = []
    for code, _name in settings.LANGUAGES:
        try:
            lang = normalise_language(code)
        except ValueError:
            continue
        if lang not in found:
            found.append(lang)
    return tuple(found)


def _assessments_json(case: Case, today: dt.date, result: Any | None) -> dict[str, str]:
    """``assess(case, as_of=today).to_json()`` as JSON text in each stored language.

    ``result`` is the English assessment already made for the derived columns (None if the
    engine failed: then nothing is stored and the case page computes, and reports, it
    itself). A language whose assessment fails is left out the same way.
    """
    if result is None:
        return {}
    from panah.law.assess import assess
    from panah.law.i18n import language

    out: dict[str, str] = {}
    for lang in stored_assessment_languages():
        try:
            with language(lang):
                tree = (result if lang == "en" else assess(case, as_of=today)).to_json()
        except Exception:  # the page computes it (and shows why it failed)
            log.exception("stored %s assessment failed for case %s", lang, case.id)
            continue
        out[lang] = json.dumps(tree, ensure_ascii=False, separators=(",", ":"))
    return out


def _assessment_rows(
    record: CaseRecord, today: dt.date, assessments: dict[str, str]
) -> list[CaseAssessment]:
    return [
        CaseAssessment(
            case=record,
            version=record.version,
            as_of=today,
            language=lang,
            data=data,
            summary=assessment_summary_json(data),
        )
        for lang, data in assessments.items()
    ]


def _deadlines(result: Any | None) -> tuple[dt.date | None, int]:
    """(earliest due date of a running deadline, number of critical or high alerts)."""
    if result is None:
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


def _deadline_rows(record: CaseRecord, result: Any | None) -> list[CaseDeadline]:
    if result is None:
        return []
    return [
        CaseDeadline(
            case=record,
            person_id=p.person[:64],
            person_name=p.name[:300],
            deadline_id=d.id[:120],
            title=d.title[:300],
            provision=d.provision[:200],
            verification=d.verification.value,
            status=d.status.value,
            kind=d.kind.value,
            due=d.due,
            disputed=d.disputed,
        )
        for p in result.people
        for d in p.deadlines
        if d.due is not None
    ]


def _summary(case: Case, result: Any | None = None) -> dict[str, Any]:
    names: list[str] = []
    for person in case.people:
        for n in person.names:
            if n.value not in names:
                names.append(n.value)
    open_conflicts = sum(1 for c in conflicts(case)["conflicts"] if c["working_value"] is None)
    next_deadline, live_alerts = _deadlines(result)
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
        "deadlines_on": timezone.localdate() if result is None else result.as_of,
        "content": dump_case(case, "json"),
    }


@dataclasses.dataclass(frozen=True, slots=True)
class _Prepared:
    """A checked case with its derived columns, computed before any row is locked."""

    case: Case
    columns: dict[str, Any]
    result: Any | None
    today: dt.date
    assessments: dict[str, str]  # language: assess(...).to_json() as JSON text


def _prepare(case: Case) -> _Prepared:
    today = timezone.localdate()
    result = _assess_today(case, today)
    return _Prepared(
        case, _summary(case, result), result, today, _assessments_json(case, today, result)
    )


def _store(record: CaseRecord, prepared: _Prepared, *, new: bool = False) -> None:
    """Write a prepared case into ``record`` (a new row, or one locked for update) with its
    derived columns, deadline rows and stored assessments."""
    for name, value in prepared.columns.items():
        setattr(record, name, value)
    if not new:
        record.version += 1
    record.save()
    if not new:
        CaseDeadline.objects.filter(case=record).delete()
    CaseDeadline.objects.bulk_create(_deadline_rows(record, prepared.result))
    if not new:
        CaseAssessment.objects.filter(case=record).delete()
    CaseAssessment.objects.bulk_create(
        _assessment_rows(record, prepared.today, prepared.assessments)
    )
    index_case_names(record)  # relatives' names: blind index (search.py)


def _locked(record: CaseRecord, expected_version: int) -> CaseRecord:
    fresh = CaseRecord.objects.select_for_update().get(pk=record.pk)
    if fresh.version != expected_version:
        raise StaleCaseError(
            f"the case was changed (version {fresh.version}, you had {expected_version})"
        )
    return fresh


def recheck(case: Case, *, file: str) -> Case:
    """Read a changed case back through the case-file loader: a version made in the web app
    must pass every check a file passes (``panah validate``). Raises CaseFileError."""
    return parse_case(dump_case(case, "json"), file=file, fmt="json")


def case_import(*, actor: Any, case: Case) -> CaseRecord:
    """Store a new case; the importing account becomes its administrator."""
    prepared = _prepare(case)
    with _action("case_import"):
        record = CaseRecord()
        _store(record, prepared, new=True)
        if actor is not None:
            CaseMembership.objects.create(case=record, user=actor, role=CaseRole.ADMINISTRATOR)
            forget_roles(actor)
    return record


def case_replace(*, actor: Any, record: CaseRecord, case: Case, expected_version: int) -> None:
    """Replace a case's content with a new version of its case file."""
    case_content_save(
        actor=actor,
        record=record,
        case=case,
        expected_version=expected_version,
        action="case_replace",
    )


def case_content_save(
    *, actor: Any, record: CaseRecord, case: Case, expected_version: int, action: str
) -> None:
    """Store a new, already checked version of a case under the name of the action that made
    it (``case_person_save``, ``case_claim_save``…): one transaction, one audit entry.

    Refused with :class:`StaleCaseError` if the case changed since ``expected_version``.
    """
    prepared = _prepare(case)
    with _action(action):
        _store(_locked(record, expected_version), prepared)
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
    checked = recheck(updated, file=f"case {record.key}")
    case_content_save(
        actor=actor,
        record=record,
        case=checked,
        expected_version=expected_version,
        action="case_working_value_set",
    )
    return checked


def case_deadlines_refresh(
    *, record: CaseRecord, today: dt.date, assessments: bool = False
) -> bool:
    """Recompute a case's derived deadline columns and rows as of ``today``, and with
    ``assessments`` its stored assessments (every language) too.

    Not a change of the case (its file and version stay as they are), so no audit entry:
    the rows are derived from the audited case file. Skipped (False) if the case changed
    meanwhile; the change has stored fresh rows itself.
    """
    case = record.to_domain()
    result = _assess_today(case, today)
    stored = _assessments_json(case, today, result) if assessments else None
    next_deadline, live_alerts = _deadlines(result)
    with transaction.atomic():
        updated = CaseRecord.objects.filter(pk=record.pk, version=record.version).update(
            next_deadline=next_deadline,
            live_alerts=live_alerts,
            deadlines_on=today,
        )
        if not updated:
            return False
        CaseDeadline.objects.filter(case_id=record.pk).delete()
        CaseDeadline.objects.bulk_create(_deadline_rows(record, result))
        if stored is not None:
            CaseAssessment.objects.filter(case_id=record.pk).delete()
            CaseAssessment.objects.bulk_create(_assessment_rows(record, today, stored))
    return True


def case_deadlines_refresh_stale(*, records: Any, today: dt.date) -> int:
    """Refresh every case in ``records`` (a queryset) whose deadlines are not as of today.

    Returns how many were refreshed. The deadline calendar and the feed call this first, so
    statuses (running, missed…) are always those of today.
    """
    stale = records.exclude(deadlines_on=today).only("pk", "key", "version", "content")
    return sum(case_deadlines_refresh(record=r, today=today) for r in stale)


def case_assessments_refresh_stale(*, records: Any, today: dt.date) -> int:
    """Refresh the deadlines and the stored assessments of every case in ``records`` (a
    queryset) whose deadlines are not as of today or that lacks a stored assessment of its
    current version as of today in a stored language (the daily ``deadlines_refresh``).

    Returns how many cases were refreshed.
    """
    stale_q = ~models.Q(deadlines_on=today)
    for lang in stored_assessment_languages():
        fresh = CaseAssessment.objects.filter(
            case=models.OuterRef("pk"), version=models.OuterRef("version"), as_of=today
        )
        stale_q |= ~models.Q(models.Exists(fresh.filter(language=lang)))
    stale = list(records.filter(stale_q).order_by("pk").values_list("pk", flat=True))
    n = 0
    for first in range(0, len(stale), 200):  # a few cases' files in memory at a time
        chunk = CaseRecord.objects.filter(pk__in=stale[first : first + 200]).order_by("pk")
        for r in chunk.only("pk", "key", "version", "content"):
            n += case_deadlines_refresh(record=r, today=today, assessments=True)
    return n


def calendar_feed_token_new(*, user: Any) -> str:
    """Make (or replace) the user's calendar feed token; returns it, the only time it is
    seen in clear. The old URL stops working at once."""
    token = secrets.token_urlsafe(32)
    with _action("calendar_feed_token_new"):
        CalendarFeed.objects.update_or_create(
            user=user, defaults={"token_hash": calendar_token_hash(token)}
        )
    return token


def calendar_feed_revoke(*, user: Any) -> None:
    """Switch the user's calendar feed off."""
    with _action("calendar_feed_revoke"):
        for feed in CalendarFeed.objects.filter(user=user):
            feed.delete()


def calendar_feed_for(token: str) -> CalendarFeed | None:
    """The feed a token opens, if any and if its account is active."""
    if not token or len(token) > 100:
        return None
    return (
        CalendarFeed.objects.select_related("user")
        .filter(token_hash=calendar_token_hash(token), user__is_active=True)
        .first()
    )


def calendar_feed_access_log(*, feed: CalendarFeed) -> None:
    """Record that the feed was read (by a calendar app: no session, so the feed's owner is
    the actor)."""
    with _action("calendar_feed_read"):
        LogEntry.objects.log_create(
            feed, action=LogEntry.Action.ACCESS, force_log=True, actor=feed.user
        )


def calendar_token_hash(token: str) -> str:
    """SHA-256 of a feed token (a random 256-bit token needs no slow hash)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def case_member_add(*, actor: Any, record: CaseRecord, user: Any, role: str) -> CaseMembership:
    """Give an account a role on a case (or change its role; the last administrator's is
    kept)."""
    if role not in CaseRole.values:
        raise PanahError(f"unknown role {role!r}")
    with _action("case_member_add"):
        membership, created = CaseMembership.objects.select_for_update().get_or_create(
            case=record, user=user, defaults={"role": role}
        )
        if not created and membership.role != role:
            if membership.role == CaseRole.ADMINISTRATOR and not (
                CaseMembership.objects.filter(case=record, role=CaseRole.ADMINISTRATOR)
                .exclude(pk=membership.pk)
                .exists()
            ):
                raise PanahError("a case keeps at least one administrator")
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
        for stored in CaseAssessment.objects.select_for_update().only("pk", "data", "summary"):
            CaseAssessment.objects.filter(pk=stored.pk).update(
                data=stored.data, summary=stored.summary
            )
            n += 1
        names_reindex()  # the name index's key derives from the first field key
    return n
