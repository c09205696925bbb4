"""Case pages. Views stay thin: permission check, one action or read, render.

Every case view starts with :func:`_case_for`, which answers 404 to anyone who is not a
member of the case (so a stranger cannot tell whether it exists) and 403 to a member whose
role lacks the permission. Every read of case content is access-logged.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any, Literal

from auditlog.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.cache import patch_vary_headers
from django.utils.formats import get_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from pydantic import ValidationError

from panah.core.case import Case, NameVariant
from panah.core.casefile import dump_case, parse_case_bytes
from panah.core.errors import CaseFileError, PanahError, Problem
from panah.core.views import conflicts, timeline
from panah.storage.django_orm import actions
from panah.storage.django_orm.models import (
    URGENCY_ORDER,
    CaseMembership,
    CaseRecord,
    CaseRole,
    CaseStatus,
)
from panah.storage.django_orm.permissions import cases_visible_to, role_of
from panah.storage.django_orm.search import cases_matching
from panah.web.assessment import assessment_for, finding_in
from panah.web.forms import CaseFileForm, CaseSearchForm, MemberForm, WorkingValueForm
from panah.web.templatetags.panah_case import case_url

__all__ = [
    "audit_field_label",
    "case_assessment",
    "case_audit",
    "case_detail",
    "case_export",
    "case_finding",
    "case_import",
    "case_list",
    "case_members",
    "case_replace",
    "case_timeline",
    "case_working_value",
    "home",
]


def _can(request: HttpRequest, perm: str, record: CaseRecord | None = None) -> bool:
    user: Any = request.user
    return bool(user.has_perm(f"panah_cases.{perm}", record))


def _case_for(request: HttpRequest, key: str, perm: str = "view_case") -> CaseRecord:
    record = CaseRecord.objects.filter(key=key).first()
    if record is None or not _can(request, "view_case", record):
        raise Http404(_("No such case."))
    if perm != "view_case" and not _can(request, perm, record):
        raise PermissionDenied(_("Your role on this case does not allow this."))
    return record


def _stored_case(record: CaseRecord) -> Case:
    """The stored case as a domain object, for showing it.

    Built by pydantic straight from the stored JSON (every type, pattern and required field
    checked, as :func:`parse_case` checks them), without ``parse_case``'s text-level checks
    (duplicate keys) and cross-reference checks (:func:`panah.core.integrity.check_integrity`):
    what is stored is ``dump_case`` of a case that passed them (the actions store only cases
    read through ``parse_case`` or ``actions.recheck``) in an authenticated encryption no one
    can alter without the key. Those checks were a third of a case page's reading time and a
    tenth of its CPU (``bench/web_case_cpu.py``). Content that does not validate goes the
    long way, :meth:`CaseRecord.to_domain`, which reports its problems like any case file's.
    """
    try:
        return Case.model_validate_json(record.content)
    except ValidationError:
        return record.to_domain()


def _as_of(request: HttpRequest) -> dt.date | None:
    text = request.GET.get("as_of", "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _read_upload(upload: Any) -> Case:
    """Decode and check an uploaded case file, like ``panah validate`` does."""
    name = str(upload.name)
    return parse_case_bytes(upload.read(), file=name)


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return redirect("case_list")


CASES_PER_PAGE = 50
_LIST_COLUMNS = (
    "key",
    "case_id",
    "title",
    "status",
    "names",
    "next_deadline",
    "open_conflicts",
    "live_alerts",
)


@login_required
@require_GET
def case_list(request: HttpRequest) -> HttpResponse:
    form = CaseSearchForm(request.GET or None)
    records = cases_visible_to(request.user)
    if form.is_valid():
        records = cases_matching(records, form.cleaned_data.get("q") or "")
        if form.cleaned_data.get("status"):
            records = records.filter(status=form.cleaned_data["status"])
    records = (
        records.order_by(*URGENCY_ORDER)  # served by an index (models.URGENCY_ORDER)
        # Only the columns the list shows and sorts by. On SQLite they sit before the
        # encrypted case file in each row; reading a column after it (updated_at, version)
        # walks the file's overflow pages for every case (measured: 150 ms instead of 26
        # for 10,000 cases, bench/web_load.py).
        .only(*_LIST_COLUMNS)
    )
    page = Paginator(records, CASES_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    template = "panah/case_list.html"
    if getattr(request, "htmx", False):
        template += "#case-rows"
    context = {"form": form, "rows": _case_rows(page), "page": page, "query": query.urlencode()}
    return render(request, template, context)


def _case_rows(page: Any) -> SafeString:
    """The list's rows as HTML, written here rather than by a template loop (the loop was
    half of the list's CPU time, bench/web_load.py): each value escaped as ``{{ value }}``
    would escape it, dates formatted as it would format them. Once a page, not once a row:
    the four column names of the phone layout, the status labels (``get_status_display``
    builds its table at each call) and the date format; the case URL is reversed once a
    process (``panah_case.case_url``, as the case page's links are)."""
    labels = [html.escape(str(x)) for x in (_("Names"), _("Status"), _("Next deadline"))]
    labels.append(html.escape(_("Open conflicts")))
    l_names, l_status, l_deadline, l_conflicts = labels
    statuses = {k: html.escape(str(v)) for k, v in CaseStatus.choices}
    date_fmt = get_format("DATE_FORMAT")
    out = []
    for r in page:
        url = case_url("case_detail", r.key)  # escaped
        names = " · ".join(
            f'<span class="name" dir="auto">{html.escape(n)}</span>' for n in r.names.splitlines()
        )
        deadline = (
            html.escape(dateformat.format(r.next_deadline, date_fmt)) if r.next_deadline else "—"
        )
        status = statuses.get(r.status) or html.escape(str(r.get_status_display()))
        conflicts = f'<span class="alert">{r.open_conflicts}</span>' if r.open_conflicts else "0"
        out.append(
            f'    <tr>\n      <td><a href="{url}">{html.escape(r.title)}</a><br>'
            f"<small>{html.escape(r.case_id)}</small></td>\n"
            f'      <td data-label="{l_names}">{names}</td>\n'
            f'      <td data-label="{l_status}"><span class="status {html.escape(r.status)}">'
            f"{status}</span></td>\n"
            f'      <td data-label="{l_deadline}">{deadline}</td>\n'
            f'      <td data-label="{l_conflicts}">{conflicts}</td>\n    </tr>\n'
        )
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


@login_required
@require_http_methods(["GET", "POST"])
def case_import(request: HttpRequest) -> HttpResponse:
    if not _can(request, "add_case"):
        raise PermissionDenied
    form = CaseFileForm(request.POST or None, request.FILES or None)
    problems: list[Problem] = []
    if request.method == "POST" and form.is_valid():
        try:
            case = _read_upload(form.cleaned_data["file"])
        except CaseFileError as exc:
            problems = exc.problems
        else:
            record = actions.case_import(actor=request.user, case=case)
            return HttpResponseRedirect(reverse("case_detail", args=[record.key]))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "panah/case_import.html", {"form": form, "problems": problems}, status=status
    )


def _names(names: tuple[NameVariant, ...]) -> list[dict[str, Any]]:
    return [n.model_dump(mode="json") for n in names]


def _case_context(
    case: Case,
    as_of: dt.date | None,
    *,
    version: tuple[str, int] | None = None,
    stored: tuple[int, int] | None = None,
) -> dict[str, Any]:
    index = case.index()
    people = []
    for p in case.people:
        people.append(
            {
                "id": p.id,
                "display": p.display_name(),
                "roles": [r.value for r in p.roles],
                "names": _names(p.names),
                "gender": p.gender,
                "birth_date": p.birth_date.text if p.birth_date else None,
                "citizenship": list(p.citizenship),
                "origin": p.origin,
                "languages": list(p.languages),
                "relatives": [
                    {
                        "relation": r.relation,
                        "names": _names(r.names),
                        "age": r.age,
                        "age_as_of": r.age_as_of.text if r.age_as_of else None,
                        "location": r.location,
                        "status": r.status.value,
                        "faces_reprisal": r.faces_reprisal,
                        "details": r.details,
                    }
                    for r in p.relatives
                ],
            }
        )
    proceedings = [
        {
            "id": pr.id,
            "title": pr.title,
            "kind": pr.kind.value,
            "status": pr.status.value,
            "number": pr.number,
            "concerns": [index.label(c) for c in pr.concerns],
            "authority": index.label(pr.authority) if pr.authority else None,
            "steps": [{"id": s, "title": index.label(s)} for s in pr.steps],
        }
        for pr in case.proceedings
    ]
    found = conflicts(case, known_by=as_of)["conflicts"]
    for c in found:
        for v in c["values"]:
            v["json"] = json.dumps(v["value"], ensure_ascii=False)
    return {
        "case": case,
        "people": people,
        "sources": [s.model_dump(mode="json") for s in case.sources],
        "organisations": [
            {"id": o.id, "kind": o.kind.value, "names": _names(o.names)} for o in case.organisations
        ],
        "conflicts": found,
        "timeline": timeline(case, known_by=as_of),
        "proceedings": proceedings,
        "representation": [
            {
                "representative": index.label(r.representative),
                "representative_id": r.representative,
                "clients": [index.label(c) for c in r.clients],
                "role": r.role,
                "since": r.since.text if r.since else None,
                "until": r.until.text if r.until else None,
            }
            for r in case.representation
        ],
        "as_of": as_of,
        # What the page shows of each finding; opening one loads the rest (case_finding).
        "assessment": assessment_for(
            case, as_of or timezone.localdate(), version=version, stored=stored, summary=True
        ),
    }


@login_required
@require_GET
def case_detail(request: HttpRequest, key: str) -> HttpResponse:
    record = _case_for(request, key)
    as_of = _as_of(request)
    actions.case_access_log(record=record, what="view")
    case = _stored_case(record)
    context = _case_context(
        case,
        as_of,
        version=(record.key, record.version),
        stored=(record.pk, record.version),  # the assessment stored with the case (today's)
    )
    can_export = _can(request, "export_case", record)
    context.update(
        record=record,
        as_of_query=_as_of_query(as_of),
        role=CaseRole(role_of(request.user, record) or CaseRole.VIEWER).label,
        can_change=_can(request, "change_case", record),
        can_export=can_export,
        can_manage=_can(request, "manage_members", record),
        can_audit=_can(request, "view_case_audit", record),
    )
    if can_export:
        from panah.web.drafts import DocumentForm  # drafts imports this module

        context["document_form"] = DocumentForm(case)
    return render(request, "panah/case_detail.html", context)


def _case_assessment(record: CaseRecord, case: Case, as_of: dt.date | None) -> dict[str, Any]:
    """The assessment the case page shows for ``as_of`` (today's: the stored one)."""
    return assessment_for(
        case,
        as_of or timezone.localdate(),
        version=(record.key, record.version),
        stored=(record.pk, record.version),
    )


def _as_of_query(as_of: dt.date | None) -> str:
    return f"as_of={as_of.isoformat()}" if as_of else ""


@login_required
@require_GET
def case_finding(request: HttpRequest, key: str, finding: str) -> HttpResponse:
    """One finding of the case's assessment opened: its explanation, citations, verification
    level, the claims behind it and its sub-findings, as of the case page's date
    (``?as_of=``) and in its language. Through htmx (the case page's finding opened for the
    first time) only the finding's body; otherwise a page of its own, the link the case page
    gives without JavaScript. The same permission as the case page, and logged as a read."""
    record = _case_for(request, key)
    as_of = _as_of(request)
    actions.case_access_log(record=record, what="view_finding")
    case = _stored_case(record)
    assessment = _case_assessment(record, case, as_of)
    found = finding_in(assessment, finding)
    if found is None:
        raise Http404(_("No such finding in the assessment of this case."))
    person, f = found
    template = "panah/case_finding.html"
    htmx = bool(getattr(request, "htmx", False))
    if htmx:
        template += "#finding-body"
    response = render(
        request,
        template,
        {
            "record": record,
            "case": case,
            "person": person,
            "finding": f,
            "assessment": assessment,
            "as_of_query": _as_of_query(as_of),
        },
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


@login_required
@require_GET
def case_assessment(request: HttpRequest, key: str) -> HttpResponse:
    """The case's whole assessment with every finding's tree (what the case page loads one
    finding at a time): to read or print all of it, or search it in the browser."""
    record = _case_for(request, key)
    as_of = _as_of(request)
    actions.case_access_log(record=record, what="view_assessment")
    case = _stored_case(record)
    return render(
        request,
        "panah/case_assessment.html",
        {
            "record": record,
            "case": case,
            "assessment": _case_assessment(record, case, as_of),
            "as_of_query": _as_of_query(as_of),
        },
    )


@login_required
@require_GET
def case_timeline(request: HttpRequest, key: str) -> HttpResponse:
    """The timeline alone (htmx), as known on ``?as_of=YYYY-MM-DD``."""
    record = _case_for(request, key)
    as_of = _as_of(request)
    actions.case_access_log(record=record, what="view_timeline")
    data = timeline(_stored_case(record), known_by=as_of)
    return render(
        request,
        "panah/case_detail.html#timeline",
        {
            "record": record,
            "timeline": data,
            "as_of": as_of,
            "can_change": _can(request, "change_case", record),
        },
    )


@login_required
@require_GET
def case_export(request: HttpRequest, key: str) -> HttpResponse:
    record = _case_for(request, key, "export_case")
    fmt: Literal["json", "yaml"] = "json" if request.GET.get("format") == "json" else "yaml"
    actions.case_access_log(record=record, what=f"export_{fmt}")
    body = dump_case(record.to_domain(), fmt)
    ctype = "application/json" if fmt == "json" else "application/yaml"
    response = HttpResponse(body, content_type=f"{ctype}; charset=utf-8")
    filename = f"{record.case_id}.{fmt}".replace('"', "")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def case_replace(request: HttpRequest, key: str) -> HttpResponse:
    """Replace the case with a new version of its case file (export, edit, import)."""
    record = _case_for(request, key, "change_case")
    form = CaseFileForm(request.POST, request.FILES)
    problems: list[Problem] = []
    error = ""
    if form.is_valid():
        try:
            case = _read_upload(form.cleaned_data["file"])
            actions.case_replace(
                actor=request.user,
                record=record,
                case=case,
                expected_version=form.cleaned_data.get("version") or record.version,
            )
        except CaseFileError as exc:
            problems = exc.problems
        except PanahError as exc:
            error = str(exc)
        else:
            return HttpResponseRedirect(reverse("case_detail", args=[record.key]))
    return render(
        request,
        "panah/case_import.html",
        {"form": form, "problems": problems, "error": error, "record": record},
        status=400,
    )


@login_required
@require_POST
def case_working_value(request: HttpRequest, key: str) -> HttpResponse:
    """Choose the working value of a conflict, with a reason."""
    record = _case_for(request, key, "change_case")
    form = WorkingValueForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("The choice is incomplete: a reason is required."), status=400)
    try:
        form.choose(actor=request.user, record=record)
    except (PanahError, CaseFileError) as exc:
        return HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
    return HttpResponseRedirect(reverse("case_detail", args=[record.key]) + "#conflicts")


@login_required
@require_http_methods(["GET", "POST"])
def case_members(request: HttpRequest, key: str) -> HttpResponse:
    record = _case_for(request, key, "manage_members")
    # a new member reads only, unless given more (least privilege)
    form = MemberForm(request.POST or None, initial={"role": CaseRole.VIEWER})
    error = ""
    if request.method == "POST":
        user_model = get_user_model()
        if request.POST.get("remove"):
            membership = (
                CaseMembership.objects.filter(case=record, user__pk=request.POST.get("remove"))
                .select_related("user")
                .first()
            )
            target = membership.user if membership is not None else None
            if target is not None:
                yourself = target.pk == request.user.pk
                confirmed = request.POST.get("confirm") == "yes" and (
                    not yourself or request.POST.get("yourself") == "yes"
                )
                if not confirmed:  # a second step, which works without JavaScript
                    return render(
                        request,
                        "panah/case_member_remove.html",
                        {
                            "record": record,
                            "membership": membership,
                            "yourself": yourself,
                            "error": _("Tick the box to remove yourself.")
                            if yourself and request.POST.get("confirm") == "yes"
                            else "",
                        },
                        status=400 if request.POST.get("confirm") == "yes" else 200,
                    )
                try:
                    actions.case_member_remove(actor=request.user, record=record, user=target)
                except PanahError as exc:
                    error = str(exc)
        elif form.is_valid():
            target = user_model.objects.filter(
                username=form.cleaned_data["username"], is_active=True
            ).first()
            if target is None:
                error = _("No active account with that name.")
            else:
                try:
                    actions.case_member_add(
                        actor=request.user,
                        record=record,
                        user=target,
                        role=form.cleaned_data["role"],
                    )
                except PanahError as exc:
                    error = str(exc)
        if not error and (request.POST.get("remove") or form.is_valid()):
            return HttpResponseRedirect(reverse("case_members", args=[record.key]))
    members = CaseMembership.objects.filter(case=record).select_related("user").order_by("role")
    return render(
        request,
        "panah/case_members.html",
        {"record": record, "members": members, "form": form, "error": error},
        status=400 if error else 200,
    )


@login_required
@require_GET
def case_audit(request: HttpRequest, key: str) -> HttpResponse:
    """The case's audit trail: every change and every read, newest first."""
    record = _case_for(request, key, "view_case_audit")
    actions.case_access_log(record=record, what="audit")
    page = Paginator(audit_entries(record), AUDIT_PER_PAGE).get_page(request.GET.get("page"))
    rows = [_audit_row(e) for e in page.object_list]
    return render(request, "panah/case_audit.html", {"record": record, "rows": rows, "page": page})


AUDIT_PER_PAGE = 100


def audit_entries(record: CaseRecord) -> Any:
    """The case's audit trail, newest first: every entry about the case's row and every one
    whose data names the case (reads, actions on its parts). The audit page and the API."""
    ct = ContentType.objects.get_for_model(CaseRecord)
    return (
        LogEntry.objects.filter(
            Q(content_type=ct, object_pk=str(record.pk)) | Q(additional_data__case=record.key)
        )
        .select_related("actor", "content_type")
        .order_by("-timestamp", "-pk")
    )


_ENTRY_KINDS = {
    LogEntry.Action.CREATE: gettext_lazy("created"),
    LogEntry.Action.UPDATE: gettext_lazy("changed"),
    LogEntry.Action.DELETE: gettext_lazy("deleted"),
    LogEntry.Action.ACCESS: pgettext_lazy("audit entry", "read"),
}


def _audit_value(value: Any) -> str:
    """A field's value in an audit entry as stored (encrypted fields stay as the log keeps
    them: the audit page never decrypts); no value reads '(empty)' instead of 'None'."""
    if value is None or value in ("None", ""):
        return _("(empty)")
    return str(value)


def audit_field_label(e: LogEntry, field: str) -> str:
    """The name of a field an audit entry changed, in the page's language: the model field's
    verbose name ("added at" → "добавлено"), or the field's name as the log keeps it where the
    model or the field no longer exists."""
    model = e.content_type.model_class() if e.content_type_id else None
    if model is None:
        return field
    try:
        verbose = getattr(model._meta.get_field(field), "verbose_name", None)
    except FieldDoesNotExist:
        return field
    return str(verbose) if verbose else field


def _audit_row(e: LogEntry) -> dict[str, Any]:
    """One audit entry as the page shows it: readable action, field changes without 'None',
    each field by its verbose name (``label``) beside the name the log keeps (``field``)."""
    from panah.web.views_history import audit_action_label  # that module imports this one

    data = e.additional_data if isinstance(e.additional_data, dict) else {}
    code = data.get("action") or ""
    changes = []
    for field, change in (e.changes_dict or {}).items():
        pair = list(change) if isinstance(change, list | tuple) else [None, change]
        old, new = [*pair, None, None][:2]
        changes.append(
            {
                "field": field,
                "label": audit_field_label(e, field),
                "old": _audit_value(old),
                "new": _audit_value(new),
            }
        )
    kind = _ENTRY_KINDS.get(e.action)
    return {
        "timestamp": e.timestamp,
        "actor": e.actor.get_username() if e.actor else "",
        "address": e.remote_addr or "",
        "kind": str(kind) if kind is not None else e.get_action_display(),
        "action": audit_action_label(code),
        "code": code,
        "changes": changes,
    }
