"""A case's version history, one old version, and going back to it (revert).

Members of the case (any role) read the history and old versions; each read is
access-logged like the case page (``case_history``, ``case_history_version``). Exporting an
old version needs the export permission, like exporting the case. Reverting needs the
permission to change the case, a reason, and the version the page was loaded at: it stores
the old content as a new version (:func:`panah.storage.django_orm.case_history.case_revert`).
"""

from __future__ import annotations

from typing import Any, Literal

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from panah.core.casefile import dump_case
from panah.core.diff import case_diff
from panah.core.errors import CaseFileError, NotFoundError, PanahError, Problem
from panah.storage.django_orm import actions, case_history
from panah.storage.django_orm.fields import FieldDecryptionError
from panah.storage.django_orm.models import CaseRecord
from panah.web.views import _can, _case_for

__all__ = [
    "AUDIT_ACTION_LABELS",
    "audit_action_label",
    "case_history_page",
    "case_history_revert",
    "case_history_version",
]

VERSIONS_PER_PAGE = 20

SECTION_LABELS = {
    "case": gettext_lazy("Case"),
    "people": gettext_lazy("People"),
    "organisations": gettext_lazy("Organisations"),
    "sources": gettext_lazy("Sources"),
    "claims": gettext_lazy("Claims"),
    "working_values": gettext_lazy("Working values"),
    "events": gettext_lazy("Events"),
    "proceedings": gettext_lazy("Proceedings"),
    "representation": gettext_lazy("Representation"),
    "notes": gettext_lazy("Notes"),
}

KIND_LABELS = {
    "added": gettext_lazy("added"),
    "removed": gettext_lazy("removed"),
    "changed": gettext_lazy("changed"),
}

ACTION_LABELS = {
    "case_import": gettext_lazy("imported"),
    "case_replace": gettext_lazy("replaced with a file"),
    "case_revert": gettext_lazy("reverted"),
    "case_working_value_set": gettext_lazy("working value chosen"),
    "case_source_ingest": gettext_lazy("source added from text"),
    "case_person_save": gettext_lazy("person saved"),
    "case_relative_save": gettext_lazy("relative saved"),
    "case_organisation_save": gettext_lazy("organisation saved"),
    "case_source_save": gettext_lazy("source saved"),
    "case_claim_save": gettext_lazy("claim saved"),
    "case_event_save": gettext_lazy("event saved"),
    "case_proceeding_save": gettext_lazy("proceeding saved"),
    "case_person_delete": gettext_lazy("person deleted"),
    "case_organisation_delete": gettext_lazy("organisation deleted"),
    "case_source_delete": gettext_lazy("source deleted"),
    "case_claim_delete": gettext_lazy("claim deleted"),
    "case_event_delete": gettext_lazy("event deleted"),
    "case_proceeding_delete": gettext_lazy("proceeding deleted"),
    "created": gettext_lazy("created"),
    "changed": gettext_lazy("changed"),
    "deleted": gettext_lazy("deleted"),
}


AUDIT_ACTION_LABELS = {
    **ACTION_LABELS,
    "case_relative_delete": gettext_lazy("relative deleted"),
    "case_note_save": gettext_lazy("note saved"),
    "case_representation_save": gettext_lazy("representation saved"),
    "case_content_save": gettext_lazy("case saved"),
    "case_revert_reason": gettext_lazy("reason for going back recorded"),
    "case_member_add": gettext_lazy("member added"),
    "case_member_remove": gettext_lazy("member removed"),
    "case_view": gettext_lazy("case page opened"),
    "case_view_assessment": gettext_lazy("assessment opened"),
    "case_view_claims": gettext_lazy("claims opened"),
    "case_view_finding": gettext_lazy("finding opened"),
    "case_view_timeline": gettext_lazy("timeline opened"),
    "case_audit": gettext_lazy("audit log opened"),
    "case_history": gettext_lazy("history opened"),
    "case_history_version": gettext_lazy("old version opened"),
    "case_document_form": gettext_lazy("document prepared"),
    "case_name_matches": gettext_lazy("name matches checked"),
    "case_export_yaml": gettext_lazy("exported (YAML)"),
    "case_export_json": gettext_lazy("exported (JSON)"),
    "case_ingest_start": gettext_lazy("text drafted into claims"),
    "case_ingest_review": gettext_lazy("drafted claims reviewed"),
}
"""What the audit page calls each action that wrote an entry (``additional_data.action``)."""


def _action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return str(label) if label is not None else action


def audit_action_label(action: str | None) -> str:
    """An audit entry's action in the page's language; an unknown one in words."""
    if not action:
        return ""
    label = AUDIT_ACTION_LABELS.get(action)
    return str(label) if label is not None else action.removeprefix("case_").replace("_", " ")


def _sections(diff: Any) -> list[dict[str, Any]]:
    """A diff as the templates show it: sections with translated names and change kinds."""
    if diff is None:
        return []
    return [
        {
            "name": str(SECTION_LABELS.get(section, section)),
            "changes": [
                {
                    "kind": c.kind,
                    "kind_label": str(KIND_LABELS[c.kind]),
                    "ident": c.ident,
                    "label": c.label,
                    "fields": c.fields,
                }
                for c in changes
            ],
        }
        for section, changes in diff.by_section()
    ]


def _row(v: case_history.CaseVersion) -> dict[str, Any]:
    return {
        "history_id": v.history_id,
        "version": v.version,
        "when": v.when,
        "who": v.who,
        "action": v.action,
        "action_label": _action_label(v.action),
        "readable": v.diff is not None,
        "counts": v.diff.counts() if v.diff is not None else None,
        "sections": _sections(v.diff),
        "reverted_to": v.reverted_to,
        "reason": v.reason,
    }


@login_required
@require_GET
def case_history_page(request: HttpRequest, key: str) -> HttpResponse:
    """Every version of the case, newest first, each with what changed from the one before."""
    record = _case_for(request, key)
    actions.case_access_log(record=record, what="history")
    page, versions = history_page(record, request.GET.get("page"))
    return render(
        request,
        "panah/case_history.html",
        {
            "record": record,
            "page": page,
            "versions": [_row(v) for v in versions],
            "can_change": _can(request, "change_case", record),
        },
    )


def history_page(record: CaseRecord, number: Any) -> tuple[Any, list[Any]]:
    """Page ``number`` of the case's versions, newest first (Django's page object), and those
    versions described: what changed from the version before each. The history page and the
    API."""
    page = Paginator(case_history.case_versions(record), VERSIONS_PER_PAGE).get_page(number)
    rows = list(page.object_list)
    before = None
    if rows:
        before = (
            record.history.filter(history_id__lt=rows[-1].history_id)
            .order_by("-history_id")
            .first()
        )
    return page, case_history.versions_described(record, rows, before)


def _version_for(record: CaseRecord, history_id: int) -> Any:
    try:
        return case_history.version_row(record, history_id)
    except NotFoundError:
        raise Http404(_("No such version of this case.")) from None


def _version_page(
    request: HttpRequest,
    record: CaseRecord,
    row: Any,
    *,
    error: str = "",
    problems: list[Problem] | None = None,
    reason: str = "",
    status: int = 200,
) -> HttpResponse:
    older = record.history.filter(history_id__lt=row.history_id).order_by("-history_id").first()
    unreadable = ""
    since_before: Any = None
    to_now: Any = None
    try:
        case = case_history.version_case(record, row)
        previous = case_history.version_case(record, older) if older is not None else None
        since_before = case_diff(previous, case)
        # What a revert to this version would change in the case as it is now.
        to_now = case_diff(case_history.version_case(record, _latest(record)), case)
    except (PanahError, FieldDecryptionError) as exc:
        unreadable = str(exc)
    return render(
        request,
        "panah/case_history_version.html",
        {
            "record": record,
            "row": row,
            "is_current": row.version == record.version
            and row.history_id == _latest(record).history_id,
            "since_before": _sections(since_before),
            "revert_changes": _sections(to_now),
            "unreadable": unreadable,
            "can_change": _can(request, "change_case", record),
            "can_export": _can(request, "export_case", record),
            "error": error,
            "problems": problems or [],
            "reason": reason,
            "reason_max": case_history.REASON_MAX,
        },
        status=status,
    )


def _latest(record: CaseRecord) -> Any:
    return record.history.order_by("-history_id").first()


@login_required
@require_GET
def case_history_version(request: HttpRequest, key: str, history_id: int) -> HttpResponse:
    """One old version: what changed in it, what going back to it would change, and (for
    those who may export the case) its case file, as the export writes it."""
    fmt_arg = request.GET.get("format")
    if fmt_arg is not None:
        record = _case_for(request, key, "export_case")
        row = _version_for(record, history_id)
        fmt: Literal["json", "yaml"] = "json" if fmt_arg == "json" else "yaml"
        actions.case_access_log(record=record, what=f"history_export_{fmt}")
        try:
            body = dump_case(case_history.version_case(record, row), fmt)
        except PanahError as exc:
            return HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
        ctype = "application/json" if fmt == "json" else "application/yaml"
        response = HttpResponse(body, content_type=f"{ctype}; charset=utf-8")
        filename = f"{record.case_id}-v{row.version}.{fmt}".replace('"', "")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    record = _case_for(request, key)
    row = _version_for(record, history_id)
    actions.case_access_log(record=record, what="history_version")
    return _version_page(request, record, row)


@login_required
@require_POST
def case_history_revert(request: HttpRequest, key: str, history_id: int) -> HttpResponse:
    """Go back to an old version: its content becomes a new version of the case."""
    record = _case_for(request, key, "change_case")
    row = _version_for(record, history_id)
    reason = request.POST.get("reason", "")
    try:
        expected = int(request.POST.get("version", ""))
    except ValueError:
        return _version_page(
            request, record, row, error=_("The form is incomplete: reload the page."), status=400
        )
    try:
        case_history.case_revert(
            actor=request.user,
            record=record,
            history_id=row.history_id,
            reason=reason,
            expected_version=expected,
        )
    except actions.StaleCaseError:
        return _version_page(
            request,
            record,
            row,
            reason=reason,
            error=_(
                "Someone changed the case since you opened this page (it is now at version "
                "%(now)s, you had version %(had)s). Nothing was changed: check the history "
                "and try again."
            )
            % {"now": CaseRecord.objects.get(pk=record.pk).version, "had": expected},
            status=409,
        )
    except CaseFileError as exc:
        return _version_page(
            request,
            record,
            row,
            reason=reason,
            problems=exc.problems,
            error=_(
                "This version no longer passes the case file's checks, so the case cannot go "
                "back to it. Nothing was changed."
            ),
            status=400,
        )
    except case_history.RevertRefusedError as exc:
        messages = {
            "no_reason": _("Give a reason for going back to this version."),
            "too_long": _("The reason is longer than %(n)s characters.")
            % {"n": case_history.REASON_MAX},
            "same": _("This version is what the case holds now: nothing to revert."),
        }
        return _version_page(
            request, record, row, reason=reason, error=messages.get(exc.why, str(exc)), status=400
        )
    return HttpResponseRedirect(reverse("case_history", args=[record.key]))
