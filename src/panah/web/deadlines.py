"""The deadline calendar across the user's cases, and its iCalendar feed.

Deadlines come from the assessment (:func:`panah.law.assess.assess`) as of today: each
case's dated deadlines are stored in :class:`CaseDeadline` rows when the case is saved and
recomputed for a new day the first time the calendar or the feed is asked for after it
(:func:`~panah.storage.django_orm.actions.case_deadlines_refresh_stale`), so the statuses
are today's.

The feed lives at a per-user secret URL (``/calendar/<token>.ics``): the token is random,
stored only as its SHA-256, shown once when made, and can be replaced (the old URL stops
working) or switched off. A calendar app has no session, so the token is the only key: the
feed therefore carries nothing but each deadline's label, its date and the case's title
(no names, no facts, no statuses), and it shows only the cases the token's owner is a member
of now. Every fetch is in the audit log.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CalendarFeed, CaseDeadline
from panah.storage.django_orm.permissions import cases_visible_to

__all__ = [
    "DEADLINE_ROW_FIELDS",
    "calendar_feed",
    "calendar_feed_manage",
    "deadline_calendar",
    "ics_calendar",
]

PAST_DAYS = 365
"""The feed goes back this many days (the page lists the 200 latest past deadlines)."""


DEADLINE_ROW_FIELDS = (  # what the calendar, the feed and the API read of a deadline row
    "case_id",
    "person_name",
    "deadline_id",
    "title",
    "provision",
    "verification",
    "status",
    "due",
    "disputed",
    "case__key",
    "case__title",
)


def _rows(user: Any, today: dt.date) -> Any:
    records = cases_visible_to(user)
    actions.case_deadlines_refresh_stale(records=records, today=today)
    return (
        CaseDeadline.objects.filter(case__memberships__user_id=user.pk)
        .select_related("case")
        # never the case file: it is not shown, and decrypting it is slow
        .only(*DEADLINE_ROW_FIELDS)
    )


def _grouped(rows: Iterable[CaseDeadline], today: dt.date) -> list[dict[str, Any]]:
    """One entry per case, deadline and due date; the people it concerns listed together."""
    out: dict[tuple[int, str, dt.date, str], dict[str, Any]] = {}
    for r in rows:
        key = (r.case_id, r.deadline_id, r.due, r.status)
        entry = out.get(key)
        if entry is None:
            entry = out[key] = {
                "row": r,
                "people": [],
                "days_left": (r.due - today).days,
                "days_ago": (today - r.due).days,
            }
        if r.person_name and r.person_name not in entry["people"]:
            entry["people"].append(r.person_name)
    return list(out.values())


@login_required
@require_GET
def deadline_calendar(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = _rows(request.user, today)
    upcoming = _grouped(
        rows.filter(due__gte=today).order_by("due", "case__title", "title")[:1000], today
    )
    past = _grouped(
        rows.filter(due__lt=today).order_by("-due", "case__title", "title")[:200], today
    )
    return _page(request, upcoming=upcoming, past=past, today=today)


def _page(request: HttpRequest, *, feed_url: str = "", **context: Any) -> HttpResponse:
    feed = CalendarFeed.objects.filter(user_id=request.user.pk).first()
    return render(
        request,
        "panah/deadline_calendar.html",
        {**context, "feed": feed, "feed_url": feed_url},
    )


@login_required
@require_http_methods(["POST"])
def calendar_feed_manage(request: HttpRequest) -> HttpResponse:
    """Make a new feed URL (shown this once) or switch the feed off."""
    if request.POST.get("action") == "off":
        actions.calendar_feed_revoke(user=request.user)
        return redirect("deadline_calendar")
    token = actions.calendar_feed_token_new(user=request.user)
    url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
    today = timezone.localdate()
    rows = _rows(request.user, today)
    upcoming = _grouped(rows.filter(due__gte=today).order_by("due")[:1000], today)
    return _page(request, upcoming=upcoming, past=[], today=today, feed_url=url)


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The iCalendar feed of a token's owner. No session: the token is the key."""
    feed = actions.calendar_feed_for(token)
    if feed is None:
        raise Http404(_("No such calendar."))
    today = timezone.localdate()
    rows = (
        _rows(feed.user, today)
        .filter(due__gte=today - dt.timedelta(days=PAST_DAYS))
        .order_by("due", "case__title", "deadline_id")
    )
    events: dict[tuple[str, str, dt.date], tuple[str, str]] = {}
    for r in rows:
        events.setdefault((r.case.key, r.deadline_id, r.due), (r.title, r.case.title))
    actions.calendar_feed_access_log(feed=feed)
    body = ics_calendar(
        [
            {
                "uid": f"{case_key}-{deadline_id}-{due:%Y%m%d}",
                "due": due,
                "summary": f"{title} — {case_title}",
                "url": request.build_absolute_uri(reverse("case_detail", args=[case_key])),
            }
            for (case_key, deadline_id, due), (title, case_title) in events.items()
        ],
        stamp=timezone.now(),
        name=_("Panah deadlines"),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "no-store"
    response["Content-Disposition"] = 'inline; filename="panah-deadlines.ics"'
    return response


# -- iCalendar (RFC 5545) ----------------------------------------------------------------------


def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return re.sub(r"\r\n|\r|\n", "\\\\n", text)


def _fold(line: str) -> str:
    """Lines longer than 75 octets go on as continuation lines (CRLF + space), never
    splitting a UTF-8 character."""
    out: list[str] = []
    current = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation line starts with a space
        if size + n > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += n
    out.append(current)
    return "\r\n ".join(out)


def _uid(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "-", text) + "@panah"


def ics_calendar(events: list[dict[str, Any]], *, stamp: dt.datetime, name: str) -> str:
    """A VCALENDAR of all-day VEVENTs (``uid``, ``due``, ``summary``, optional ``url``)."""
    utc = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Panah//Deadline calendar//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for e in events:
        due: dt.date = e["due"]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(e['uid'])}",
            f"DTSTAMP:{utc}",
            f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(e['summary'])}",
            "TRANSP:TRANSPARENT",
        ]
        if e.get("url"):
            lines.append(f"URL:{e['url']}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
