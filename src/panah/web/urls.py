from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import include, path, re_path

from panah.web import deadlines, drafts, editing, views, views_history, views_ingest
from panah.web.api import endpoints as api_endpoints
from panah.web.api import tokens as api_tokens

_EDITABLE = (
    ("person", "people"),
    ("organisation", "organisations"),
    ("source", "sources"),
    ("claim", "claims"),
    ("event", "events"),
    ("proceeding", "proceedings"),
)

urlpatterns = [
    path("", views.home, name="home"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/import/", views.case_import, name="case_import"),
    path("cases/<str:key>/", views.case_detail, name="case_detail"),
    path("cases/<str:key>/timeline/", views.case_timeline, name="case_timeline"),
    path("cases/<str:key>/assessment/", views.case_assessment, name="case_assessment"),
    path(
        "cases/<str:key>/assessment/findings/<path:finding>/",
        views.case_finding,
        name="case_finding",
    ),
    path("cases/<str:key>/export/", views.case_export, name="case_export"),
    path("cases/<str:key>/replace/", views.case_replace, name="case_replace"),
    path("cases/<str:key>/working-value/", views.case_working_value, name="case_working_value"),
    path("cases/<str:key>/members/", views.case_members, name="case_members"),
    path("cases/<str:key>/audit/", views.case_audit, name="case_audit"),
    path("cases/<str:key>/history/", views_history.case_history_page, name="case_history"),
    path(
        "cases/<str:key>/history/<int:history_id>/",
        views_history.case_history_version,
        name="case_history_version",
    ),
    path(
        "cases/<str:key>/history/<int:history_id>/revert/",
        views_history.case_history_revert,
        name="case_history_revert",
    ),
    path("cases/<str:key>/document/", drafts.case_document, name="case_document"),
    path("cases/<str:key>/claims/", editing.case_claims, name="case_claims"),
    path("cases/<str:key>/name-matches/", editing.name_matches_view, name="case_name_matches"),
    path("cases/<str:key>/ingest/", views_ingest.ingest_start, name="case_ingest_start"),
    path("cases/<str:key>/ingest/review/", views_ingest.ingest_review, name="case_ingest_review"),
    *[
        p
        for kind, section in _EDITABLE
        for p in (
            path(
                f"cases/<str:key>/{section}/new/",
                editing.entity_edit,
                {"kind": kind},
                name=f"case_{kind}_new",
            ),
            path(
                f"cases/<str:key>/{section}/<str:ident>/edit/",
                editing.entity_edit,
                {"kind": kind},
                name=f"case_{kind}_edit",
            ),
        )
    ],
    path(
        "cases/<str:key>/people/<str:person>/relatives/new/",
        editing.entity_edit,
        {"kind": "relative"},
        name="case_relative_new",
    ),
    path(
        "cases/<str:key>/people/<str:person>/relatives/<int:n>/edit/",
        editing.entity_edit,
        {"kind": "relative"},
        name="case_relative_edit",
    ),
    *[
        p
        for kind, section in (("representation", "representation"), ("note", "notes"))
        for p in (
            path(
                f"cases/<str:key>/{section}/new/",
                editing.entity_edit,
                {"kind": kind},
                name=f"case_{kind}_new",
            ),
            path(
                f"cases/<str:key>/{section}/<int:n>/edit/",
                editing.entity_edit,
                {"kind": kind},
                name=f"case_{kind}_edit",
            ),
        )
    ],
    path("calendar/", deadlines.deadline_calendar, name="deadline_calendar"),
    path("calendar/feed/", deadlines.calendar_feed_manage, name="calendar_feed_manage"),
    path("calendar/<str:token>.ics", deadlines.calendar_feed, name="calendar_feed"),
    path("settings/api-tokens/", api_tokens.api_tokens, name="api_tokens"),
    path("api/v1/", api_endpoints.api.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

if settings.PANAH_SERVE_STATIC:
    # `panah serve` and tests serve static files themselves; production uses a web server.
    urlpatterns.append(
        re_path(r"^static/(?P<path>.*)$", serve_static, {"insecure": True}),
    )
