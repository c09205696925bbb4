"""``/api/v1/``: the case team's API (django-ninja). Endpoints stay thin, like the views.

Each endpoint does what the matching web view does, with the same pieces: permission through
the web's :func:`panah.web.views._case_for` (the django-rules predicates over the case's
memberships: 404 to a non-member, 403 to a member whose role lacks the permission), reads
and changes through the same named, audited actions (:mod:`panah.storage.django_orm.actions`,
``case_edits``), the same forms and case-file checks. Every call is in the audit log under
the web's action name, with ``via: api`` and the token's id added
(:mod:`panah.web.api.auth`).

==============================  ================  ==================================
endpoint                        permission        audit action
==============================  ================  ==================================
GET  /cases                     signed in         ``case_list`` (on the token)
POST /cases                     add_case          ``case_import``
GET  /cases/{key}               export_case       ``case_export_json`` / ``_yaml``
PUT  /cases/{key}               change_case       ``case_replace``
GET  /cases/{key}/assessment    view_case         ``case_view_assessment``
POST /cases/{key}/working-value change_case       ``case_working_value_set``
POST /cases/{key}/claims        change_case       ``case_claim_save``
GET  /deadlines                 signed in         ``deadline_calendar`` (on the token)
==============================  ================  ==================================

Edits of people, relatives, organisations, sources, events, proceedings, representation
entries, notes and members: :mod:`.edits`; history, revert and audit trail: :mod:`.records`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Status
from ninja.openapi.docs import Swagger

from panah.core.case import Case
from panah.core.casefile import dump_case, parse_case_bytes
from panah.core.errors import CaseFileError, PanahError
from panah.law.i18n import language
from panah.storage.django_orm import actions, case_edits
from panah.storage.django_orm.actions_api import api_access_log
from panah.storage.django_orm.models import URGENCY_ORDER, ApiToken, CaseDeadline
from panah.storage.django_orm.permissions import cases_visible_to
from panah.storage.django_orm.search import cases_matching
from panah.web.api.auth import BearerToken, TokenRateThrottle
from panah.web.api.edits import router as edits_router
from panah.web.api.records import router as records_router
from panah.web.api.schemas import (
    AssessmentOut,
    CaseCreatedOut,
    CaseListOut,
    CaseSummaryOut,
    ClaimIn,
    DeadlineOut,
    ErrorOut,
    ProblemsOut,
    SavedOut,
    WorkingValueIn,
)
from panah.web.assessment import assessment_for
from panah.web.deadlines import DEADLINE_ROW_FIELDS
from panah.web.forms import CaseSearchForm, WorkingValueForm
from panah.web.views import CASES_PER_PAGE, _case_for, _stored_case

__all__ = ["api"]

api = NinjaAPI(
    title="Panah API",
    version="1",
    description=(
        "Case files, assessments and deadlines of the cases you are a member of. "
        "Authenticate with a personal token (Settings → API tokens): "
        "`Authorization: Bearer <token>`."
    ),
    urls_namespace="api-v1",
    auth=BearerToken(),
    throttle=[TokenRateThrottle()],
    # The interactive docs load Swagger UI from ninja's static files (no CDN; CSP 'self'),
    # for signed-in accounts only (the TOTP rule applies as on every page).
    docs=Swagger(settings={"persistAuthorization": False, "tryItOutEnabled": False}),
    docs_decorator=login_required,
)

api.add_router("", edits_router)
api.add_router("", records_router)

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
_NOT_MEMBER = {404: ErrorOut, 401: ErrorOut}
_YAML_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")
_CASE_FILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/yaml": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object"}},
        },
    }
}


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return api.create_response(
        request,
        {"detail": str(exc) or _("Your role on this case does not allow this.")},
        status=403,
    )


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    # The same answer whether the case does not exist or the caller is not a member.
    return api.create_response(request, {"detail": _("No such case.")}, status=404)


def _token(request: HttpRequest) -> ApiToken:
    token = getattr(request, "auth", None)
    assert isinstance(token, ApiToken)  # BearerToken accepts nothing else
    return token


def _case_url(key: str) -> str:
    return reverse("api-v1:case_file", kwargs={"key": key})


def _problems(exc: CaseFileError) -> dict[str, Any]:
    return {
        "detail": _("The case file has problems; nothing was changed."),
        "problems": [p.to_json() for p in exc.problems],
    }


def _body_case(request: HttpRequest, filename: str) -> Case | Status[dict[str, Any]]:
    """The case file in the request's body, read and checked as the web's upload is
    (:func:`panah.web.views._read_upload`: UTF-8, then ``parse_case``), or the answer that
    refuses it: 415 (not YAML or JSON), 413 (too large), 400 with every problem (file,
    line, column, field path). ``filename`` names the file in the problems."""
    ctype = (request.content_type or "").lower()
    if ctype == "application/json":
        fmt: Literal["json", "yaml"] = "json"
    elif ctype in _YAML_TYPES:
        fmt = "yaml"
    else:
        return Status(
            415, {"detail": _("Send the case file as application/yaml or application/json.")}
        )
    if int(request.META.get("CONTENT_LENGTH") or 0) > settings.PANAH_MAX_UPLOAD_BYTES:
        return Status(413, {"detail": _("The file is too large.")})
    name = filename.strip()[:200] or f"request.{fmt}"
    try:
        return parse_case_bytes(request.body, file=name, fmt=fmt)
    except CaseFileError as exc:
        return Status(400, _problems(exc))


@api.get("/cases", response=CaseListOut, url_name="case_list", summary="List my cases")
def case_list(
    request: HttpRequest,
    q: str = "",
    status: Literal["open", "monitoring", "closed"] | None = None,
    page: int = 1,
) -> dict[str, Any]:
    """Your cases, most urgent first (the web case list's order and search): a running
    deadline, the nearest first; then open, monitoring, closed; then more alerts and
    conflicts. ``q`` searches titles and every name variant as the web search does (case-
    and accent-insensitive, any script, relatives' names too); 50 a page."""
    form = CaseSearchForm({"q": q, "status": status or ""})
    records = cases_visible_to(request.user)
    if form.is_valid():
        records = cases_matching(records, form.cleaned_data.get("q") or "")
        if form.cleaned_data.get("status"):
            records = records.filter(status=form.cleaned_data["status"])
    records = records.order_by(*URGENCY_ORDER).only(*_LIST_COLUMNS)
    paginator = Paginator(records, CASES_PER_PAGE)
    current = paginator.get_page(page)
    api_access_log(token=_token(request), what="case_list")
    return {
        "count": paginator.count,
        "page": current.number,
        "pages": paginator.num_pages,
        "results": [
            CaseSummaryOut(
                key=r.key,
                case_id=r.case_id,
                title=r.title,
                status=r.status,
                names=r.names.splitlines(),
                next_deadline=r.next_deadline,
                open_conflicts=r.open_conflicts,
                live_alerts=r.live_alerts,
                url=_case_url(r.key),
            )
            for r in current
        ],
    }


@api.post(
    "/cases",
    response={201: CaseCreatedOut, 400: ProblemsOut, 413: ErrorOut, 415: ErrorOut},
    url_name="case_import",
    summary="Import a case file",
    openapi_extra=_CASE_FILE_BODY,
)
def case_import(request: HttpRequest, filename: str = "") -> Status[dict[str, Any]]:
    """A new case from a case file in the body (``Content-Type: application/yaml`` or
    ``application/json``), checked as ``panah validate`` and the web import check it. On any
    problem the answer is 400 with every problem (file, line, column, field path) and
    nothing is stored. You become the new case's administrator. ``filename`` names the file
    in the problems."""
    user: Any = request.user
    if not user.has_perm("panah_cases.add_case"):
        raise PermissionDenied
    case = _body_case(request, filename)
    if isinstance(case, Status):
        return case
    record = actions.case_import(actor=user, case=case)
    return Status(
        201,
        {
            "key": record.key,
            "case_id": record.case_id,
            "title": record.title,
            "version": record.version,
            "url": _case_url(record.key),
        },
    )


@api.get(
    "/cases/{key}",
    response={200: Case, 403: ErrorOut, **_NOT_MEMBER},
    url_name="case_file",
    summary="Get a case file (export)",
)
def case_file(
    request: HttpRequest, key: str, format: Literal["json", "yaml"] = "json"
) -> HttpResponse:
    """The case file, exactly as the web export writes it (JSON by default, or YAML with
    ``format=yaml``). Needs the export permission (administrator, lawyer); logged as an
    export."""
    record = _case_for(request, key, "export_case")
    actions.case_access_log(record=record, what=f"export_{format}")
    body = dump_case(record.to_domain(), format)
    ctype = "application/json" if format == "json" else "application/yaml"
    return HttpResponse(body, content_type=f"{ctype}; charset=utf-8")


@api.put(
    "/cases/{key}",
    response={
        200: SavedOut,
        400: ProblemsOut,
        403: ErrorOut,
        409: ErrorOut,
        413: ErrorOut,
        415: ErrorOut,
        **_NOT_MEMBER,
    },
    url_name="case_replace",
    summary="Replace a case with a new version of its case file",
    openapi_extra=_CASE_FILE_BODY,
)
def case_replace(
    request: HttpRequest, key: str, version: int, filename: str = ""
) -> Status[dict[str, Any]]:
    """The case's new content from a whole case file in the body (export, edit, send back),
    as the case page's "Replace" form does (``case_replace``): the file is checked as the
    import checks it, and on any problem the answer is 400 with every problem (file, line,
    column, field path) and nothing is changed. ``version`` is the case's version the file
    was exported at: 409 if the case changed since. Needs the permission to change the case
    (administrator, lawyer, caseworker)."""
    record = _case_for(request, key, "change_case")
    case = _body_case(request, filename)
    if isinstance(case, Status):
        return case
    try:
        actions.case_replace(actor=request.user, record=record, case=case, expected_version=version)
    except CaseFileError as exc:
        return Status(400, _problems(exc))
    except actions.StaleCaseError:
        return Status(
            409, {"detail": _("Someone changed the case since you opened this form. Reload it.")}
        )
    except PanahError as exc:
        return Status(400, {"detail": str(exc), "problems": []})
    return Status(200, {"key": record.key, "version": record.version})


@api.get(
    "/cases/{key}/assessment",
    response={200: AssessmentOut, 403: ErrorOut, **_NOT_MEMBER},
    url_name="case_assessment",
    summary="The legal assessment as of a date",
)
def case_assessment(
    request: HttpRequest,
    key: str,
    as_of: dt.date | None = None,
    lang: Literal["en", "ru", "kk"] | None = None,
) -> dict[str, Any]:
    """Findings (with the claims and sources behind each), deadlines and alerts for each
    person, as of ``as_of`` (default: today), in ``lang`` (default: the request's language,
    ``Accept-Language``). What the case page shows; any member may read it."""
    record = _case_for(request, key)
    actions.case_access_log(record=record, what="view_assessment")
    case = _stored_case(record)
    day = as_of or timezone.localdate()
    version = (record.key, record.version)
    stored = (record.pk, record.version)
    if lang is None:
        return assessment_for(case, day, version=version, stored=stored)
    with language(lang):
        return assessment_for(case, day, version=version, stored=stored)


@api.get(
    "/deadlines",
    response=list[DeadlineOut],
    url_name="deadlines",
    summary="Deadlines across my cases",
)
def deadlines(
    request: HttpRequest,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Dated deadlines of every case you are a member of, as on the deadline calendar
    (statuses as of today), due from ``start`` (default: today) to ``end`` (default: no
    limit), by due date; at most 1000."""
    today = timezone.localdate()
    user: Any = request.user
    actions.case_deadlines_refresh_stale(records=cases_visible_to(user), today=today)
    rows = (
        CaseDeadline.objects.filter(case__memberships__user_id=user.pk)
        .filter(due__gte=start or today)
        .select_related("case")
        .only(*DEADLINE_ROW_FIELDS)  # never the case file: decrypting it is slow
        .order_by("due", "case__title", "title", "pk")
    )
    if end is not None:
        rows = rows.filter(due__lte=end)
    out: dict[tuple[int, str, dt.date, str], dict[str, Any]] = {}
    for r in rows[:5000]:
        entry = out.get((r.case_id, r.deadline_id, r.due, r.status))
        if entry is None:
            if len(out) == 1000:
                break
            entry = out[(r.case_id, r.deadline_id, r.due, r.status)] = {
                "case": r.case.key,
                "case_title": r.case.title,
                "deadline_id": r.deadline_id,
                "title": r.title,
                "provision": r.provision,
                "verification": r.verification,
                "status": r.status,
                "due": r.due,
                "days_left": (r.due - today).days,
                "disputed": r.disputed,
                "people": [],
            }
        if r.person_name and r.person_name not in entry["people"]:
            entry["people"].append(r.person_name)
    api_access_log(token=_token(request), what="deadline_calendar")
    return list(out.values())


@api.post(
    "/cases/{key}/working-value",
    response={200: SavedOut, 400: ErrorOut, 403: ErrorOut, 409: ErrorOut, **_NOT_MEMBER},
    url_name="case_working_value",
    summary="Choose a working value where sources disagree",
)
def case_working_value(
    request: HttpRequest, key: str, body: WorkingValueIn
) -> Status[dict[str, Any]]:
    """The value the team works with for a subject's property, one that a claim gives, with
    a reason (as the conflict form on the case page). Refused with 409 if the case changed
    since ``version`` or no claim gives the value."""
    record = _case_for(request, key, "change_case")
    form = WorkingValueForm(
        {
            "subject": body.subject,
            "property": body.property,
            "value": json.dumps(body.value, ensure_ascii=False),
            "reason": body.reason,
            "version": body.version,
        }
    )
    if not form.is_valid():
        return Status(400, {"detail": _("The choice is incomplete: a reason is required.")})
    try:
        form.choose(actor=request.user, record=record)
    except (PanahError, CaseFileError) as exc:
        return Status(409, {"detail": str(exc)})
    return Status(200, {"key": record.key, "version": record.version})


@api.post(
    "/cases/{key}/claims",
    response={201: SavedOut, 400: ProblemsOut, 403: ErrorOut, 409: ErrorOut, **_NOT_MEMBER},
    url_name="case_claim_add",
    summary="Add a claim",
)
def case_claim_add(request: HttpRequest, key: str, body: ClaimIn) -> Status[dict[str, Any]]:
    """A new claim, as the claim form on the case page adds it: the whole case is read back
    through the case-file checks; any problem (400, with its field path) leaves the case as
    it was. 409 if the case changed since ``version``."""
    record = _case_for(request, key, "change_case")
    try:
        case_edits.case_claim_save(
            actor=request.user,
            record=record,
            data=body.claim,
            ident=None,
            expected_version=body.version,
        )
    except CaseFileError as exc:
        return Status(400, _problems(exc))
    except actions.StaleCaseError:
        return Status(
            409, {"detail": _("Someone changed the case since you opened this form. Reload it.")}
        )
    except PanahError as exc:
        return Status(400, {"detail": str(exc), "problems": []})
    return Status(201, {"key": record.key, "version": record.version})
