"""A case's history and audit trail through the API, as the web's pages show them.

- ``GET /cases/{key}/history``: every version, newest first, each with what changed from the
  one before (:mod:`panah.web.views_history`'s rows: the same sections, labels and counts);
  any member, logged as ``case_history`` like the page.
- ``GET /cases/{key}/history/{history_id}``: one version and what changed in it
  (``case_history_version``); with ``format=json|yaml`` its case file, for those who may
  export (``case_history_export_json``/``_yaml``).
- ``POST /cases/{key}/history/{history_id}/revert``: the case goes back to that version, as
  the version page's revert does (``case_revert``, with the reason's encrypted entry
  ``case_revert_reason``): the permission to change the case, a reason, and the case's
  ``version`` the revert was asked on (409 if stale); a version that no longer passes the
  case file's checks, no reason, or a version equal to the current content: 400, nothing
  changed.
- ``GET /cases/{key}/audit``: the case's audit trail, newest first, exactly the columns of the
  audit page (the case's content is never in the log: only the fields the log keeps, as the
  page shows them); administrators only (``view_case_audit``), logged as ``case_audit``.

Each read is logged before the answer is made, so the trail read includes its own reading.
"""

from __future__ import annotations

from typing import Any, Literal

from auditlog.models import LogEntry
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Status

from panah.core.casefile import dump_case
from panah.core.diff import case_diff
from panah.core.errors import CaseFileError, NotFoundError, PanahError
from panah.storage.django_orm import actions, case_history
from panah.storage.django_orm.fields import FieldDecryptionError
from panah.storage.django_orm.models import CaseRecord
from panah.web.api.schemas import (
    AuditPageOut,
    EditErrorsOut,
    ErrorOut,
    HistoryPageOut,
    RevertIn,
    SavedOut,
    VersionOut,
)
from panah.web.views import _case_for, audit_entries
from panah.web.views_history import _row, history_page

__all__ = ["AUDIT_PER_PAGE", "router"]

router = Router(tags=["history"])

AUDIT_PER_PAGE = 100
_READ = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


def _version(row: dict[str, Any]) -> dict[str, Any]:
    """A history row of the page, for a program (no template-only keys)."""
    return {
        "history_id": row["history_id"],
        "version": row["version"],
        "when": row["when"],
        "who": row["who"],
        "action": row["action"],
        "action_label": row["action_label"],
        "readable": row["readable"],
        "counts": row["counts"],
        "sections": [
            {
                "name": s["name"],
                "changes": [
                    {
                        "kind": c["kind"],
                        "ident": c["ident"],
                        "label": c["label"],
                        "fields": list(c["fields"]),
                    }
                    for c in s["changes"]
                ],
            }
            for s in row["sections"]
        ],
        "reverted_to": row["reverted_to"],
        "reason": row["reason"],
    }


@router.get(
    "/cases/{key}/history",
    response={200: HistoryPageOut, **_READ},
    url_name="case_history",
    summary="The case's versions",
)
def case_history_list(request: HttpRequest, key: str, page: int = 1) -> dict[str, Any]:
    """Every version of the case, newest first, 20 a page, each with who made it, when, by
    which action (and, for a revert, to which version and why) and what changed from the
    version before: the history page's rows. Any member may read it."""
    record = _case_for(request, key)
    actions.case_access_log(record=record, what="history")
    current, versions = history_page(record, page)
    return {
        "count": current.paginator.count,
        "page": current.number,
        "pages": current.paginator.num_pages,
        "results": [_version(_row(v)) for v in versions],
    }


@router.get(
    "/cases/{key}/history/{history_id}",
    response={200: VersionOut, 409: ErrorOut, **_READ},
    url_name="case_history_version",
    summary="One version of the case",
)
def case_history_version(
    request: HttpRequest,
    key: str,
    history_id: int,
    format: Literal["json", "yaml"] | None = None,
) -> Any:
    """One version: who, when, which action, and what changed in it. With ``format`` its
    case file instead, as the export writes it (for those who may export the case)."""
    record = _case_for(request, key, "export_case" if format is not None else "view_case")
    try:
        row = case_history.version_row(record, history_id)
    except NotFoundError:
        return Status(404, {"detail": _("No such version of this case.")})
    if format is not None:
        actions.case_access_log(record=record, what=f"history_export_{format}")
        try:
            body = dump_case(case_history.version_case(record, row), format)
        except PanahError as exc:
            return Status(409, {"detail": str(exc)})
        ctype = "application/json" if format == "json" else "application/yaml"
        return HttpResponse(body, content_type=f"{ctype}; charset=utf-8")
    actions.case_access_log(record=record, what="history_version")
    older = record.history.filter(history_id__lt=row.history_id).order_by("-history_id").first()
    described = case_history.versions_described(record, [row], older)
    out = _version(_row(described[0]))
    if not out["readable"]:  # as the page: say why it cannot be read
        try:
            case = case_history.version_case(record, row)
            case_diff(case_history.version_case(record, older) if older is not None else None, case)
        except (PanahError, FieldDecryptionError) as exc:
            out["unreadable"] = str(exc)
    return out


def _refusal(exc: case_history.RevertRefusedError) -> dict[str, str]:
    """The version page's message for a refused revert, next to the field it is about."""
    if exc.why == "no_reason":
        return {"field": "reason", "message": _("Give a reason for going back to this version.")}
    if exc.why == "too_long":
        return {
            "field": "reason",
            "message": _("The reason is longer than %(n)s characters.")
            % {"n": case_history.REASON_MAX},
        }
    if exc.why == "same":
        return {
            "field": "",
            "message": _("This version is what the case holds now: nothing to revert."),
        }
    return {"field": "", "message": str(exc)}


@router.post(
    "/cases/{key}/history/{history_id}/revert",
    response={200: SavedOut, 400: EditErrorsOut, 409: ErrorOut, **_READ},
    url_name="case_history_revert",
    summary="Go back to an earlier version",
)
def case_history_revert(
    request: HttpRequest, key: str, history_id: int, body: RevertIn
) -> Status[dict[str, Any]]:
    """The version's content becomes a new version of the case, as the version page's
    "Revert" does (``case_revert``; the reason kept encrypted in its own audit entry,
    ``case_revert_reason``). Needs the permission to change the case and a reason (at most
    500 characters). 409 if the case changed since ``version``; 400, nothing changed, if the
    version no longer passes the case file's checks (each problem named by its field path)
    or is what the case holds now."""
    record = _case_for(request, key, "change_case")
    try:
        row = case_history.version_row(record, history_id)
    except NotFoundError:
        return Status(404, {"detail": _("No such version of this case.")})
    try:
        case_history.case_revert(
            actor=request.user,
            record=record,
            history_id=row.history_id,
            reason=body.reason,
            expected_version=body.version,
        )
    except actions.StaleCaseError:
        return Status(
            409,
            {
                "detail": _(
                    "Someone changed the case since you opened this page (it is now at "
                    "version %(now)s, you had version %(had)s). Nothing was changed: check "
                    "the history and try again."
                )
                % {"now": CaseRecord.objects.get(pk=record.pk).version, "had": body.version}
            },
        )
    except CaseFileError as exc:
        return Status(
            400,
            {
                "detail": _(
                    "This version no longer passes the case file's checks, so the case cannot "
                    "go back to it. Nothing was changed."
                ),
                "errors": [{"field": p.path, "message": p.message} for p in exc.problems],
            },
        )
    except case_history.RevertRefusedError as exc:
        error = _refusal(exc)
        return Status(400, {"detail": error["message"], "errors": [error]})
    record.refresh_from_db()
    return Status(200, {"key": record.key, "version": record.version})


def _audit_entry(e: LogEntry) -> dict[str, Any]:
    data = e.additional_data if isinstance(e.additional_data, dict) else {}
    return {
        "when": e.timestamp,
        "who": e.actor.get_username() if e.actor is not None else "system",
        "address": e.remote_addr,
        "action": e.get_action_display(),
        "what": data.get("action"),
        "model": e.content_type.model,
        "changes": e.changes_dict,
        "via": data.get("via"),
        "api_token": data.get("api_token"),
    }


@router.get(
    "/cases/{key}/audit",
    response={200: AuditPageOut, **_READ},
    url_name="case_audit",
    summary="The case's audit trail (administrators)",
)
def case_audit(request: HttpRequest, key: str, page: int = 1) -> dict[str, Any]:
    """Every change and every read of the case, newest first, 100 a page: when, who, from
    which address, the kind of entry, the named action, the record, its changed fields (old
    → new, as the audit page shows them: the case file itself is never in the log) and, for a
    call through the API, the token's id. Administrators of the case only; reading it is
    logged."""
    record = _case_for(request, key, "view_case_audit")
    actions.case_access_log(record=record, what="audit")
    paginator = Paginator(audit_entries(record), AUDIT_PER_PAGE)
    current = paginator.get_page(page)
    return {
        "count": paginator.count,
        "page": current.number,
        "pages": paginator.num_pages,
        "results": [_audit_entry(e) for e in current],
    }
