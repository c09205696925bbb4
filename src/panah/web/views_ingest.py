"""Add a source to a case from a text: paste or upload it, review the drafted claims, save.

1. ``ingest_start``: a member who may change the case pastes a text or uploads a ``.txt``
   file (UTF-8, at most :data:`MAX_BYTES`) with what is known of the source. The draft is
   made with :mod:`panah.ingest` and turned into a patch against the case (every drafted
   person new; the merges the identity package's name comparison proposes are kept aside).
   Text and patch are kept server-side in the session, encrypted with the field
   keys; nothing of them travels in a form field.
2. ``ingest_review``: the text with every drafted claim's span highlighted beside the
   drafted claims; the reviewer accepts, edits (value, property, subject) or rejects each,
   and adds each drafted person as new, merges it into a person of the case (the proposed
   match is preselected, with its reasons), or leaves it out.
3. The accepted claims go in with one action
   (:func:`panah.storage.django_orm.actions_ingest.case_source_ingest`); a refused save
   changes nothing and shows the located problems.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import pairwise
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from panah.core.catalogue import SourceKind
from panah.core.dates import DateError, FuzzyDate
from panah.core.errors import CaseFileError
from panah.law.i18n import current_language
from panah.storage.django_orm import actions
from panah.storage.django_orm.actions_ingest import (
    NEW,
    SKIP,
    ClaimDecision,
    case_source_ingest,
    reviewed_patch,
)
from panah.storage.django_orm.fields import FieldDecryptionError, decrypt, encrypt
from panah.storage.django_orm.models import CaseRecord
from panah.web.views import _case_for

__all__ = ["MAX_BYTES", "ingest_review", "ingest_start", "marked_text"]

MAX_BYTES = 200_000
_backends: dict[str, Any] = {}


def _backend(lang: str) -> Any:
    from panah.ingest import load_backend

    if lang not in _backends:
        _backends[lang] = load_backend(lang)
    return _backends[lang]


class IngestForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Text"),
        widget=forms.Textarea(attrs={"rows": 14, "dir": "auto"}),
        required=False,
        max_length=MAX_BYTES,
    )
    file = forms.FileField(
        label=gettext_lazy("or a .txt file (UTF-8)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,text/plain"}),
    )
    title = forms.CharField(label=gettext_lazy("Title of the source"), max_length=300)
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        choices=[(k.value, k.value) for k in SourceKind],
        initial=SourceKind.NEWS_ARTICLE.value,
    )
    date = forms.CharField(
        label=gettext_lazy("Date (2019-12-15, 2019-12…)"),
        required=False,
        max_length=40,
        help_text=gettext_lazy("Relative dates in the text are read against it."),
    )
    publisher = forms.CharField(label=gettext_lazy("Publisher"), required=False, max_length=300)
    lang = forms.ChoiceField(
        label=gettext_lazy("Language of the text"),
        choices=[("en", gettext_lazy("English")), ("ru", gettext_lazy("Russian"))],
    )

    def clean_date(self) -> str:
        value = str(self.cleaned_data.get("date") or "").strip()
        if value:
            try:
                FuzzyDate.parse(value)
            except (DateError, ValueError):
                raise forms.ValidationError(_("Not a date in the case-file syntax.")) from None
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("file")
        text = str(data.get("text") or "")
        if upload is not None:
            if text.strip():
                raise forms.ValidationError(_("Paste a text or upload a file, not both."))
            if not str(upload.name).lower().endswith(".txt"):
                self.add_error("file", _("Upload a .txt file."))
                return data
            if upload.size > MAX_BYTES:
                self.add_error("file", _("The file is larger than %(n)d bytes.") % {"n": MAX_BYTES})
                return data
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("file", _("The file is not UTF-8 text (save it as UTF-8)."))
                return data
        text = text.replace("\r\n", "\n")
        if not text.strip():
            raise forms.ValidationError(_("Paste a text or upload a file."))
        data["text"] = text
        return data


def _session_key(record: CaseRecord) -> str:
    return f"panah_ingest:{record.pk}"


def _draft_load(request: HttpRequest, record: CaseRecord) -> dict[str, Any] | None:
    token = request.session.get(_session_key(record))
    if not isinstance(token, str):
        return None
    try:
        value = json.loads(decrypt(token))
    except (FieldDecryptionError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def marked_text(text: str, claims: list[dict[str, Any]]) -> SafeString:
    """The text, escaped, with every claim's span in a ``<mark>``; a mark where a claim
    starts has the id ``t-<offset>`` (see :func:`_anchor`)."""
    spans = []
    for c in claims:
        span = (c.get("locator") or {}).get("span")
        if span and 0 <= span[0] < span[1] <= len(text):
            spans.append((int(span[0]), int(span[1]), str(c["id"])))
    starts = {s for s, _e, _c in spans}
    bounds = sorted({0, len(text)} | starts | {e for _s, e, _c in spans})
    parts: list[SafeString] = []
    for a, b in pairwise(bounds):
        covering = [c for s, e, c in spans if s <= a and b <= e]
        if not covering:
            parts.append(format_html("{}", text[a:b]))
        elif a in starts:
            parts.append(
                format_html(
                    '<mark id="t-{}" data-claims="{}">{}</mark>', a, " ".join(covering), text[a:b]
                )
            )
        else:
            parts.append(
                format_html('<mark data-claims="{}">{}</mark>', " ".join(covering), text[a:b])
            )
    return format_html_join("", "{}", ((p,) for p in parts))


def _anchor(claim: dict[str, Any]) -> str:
    span = (claim.get("locator") or {}).get("span")
    return f"t-{span[0]}" if span else ""


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _value_parse(original: Any, text: str) -> Any:
    text = text.strip()
    if isinstance(original, str):
        return text
    return json.loads(text)


@login_required
@require_http_methods(["GET", "POST"])
def ingest_start(request: HttpRequest, key: str) -> HttpResponse:
    record = _case_for(request, key, "change_case")
    form = IngestForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            from panah.ingest import SourceMeta, draft_case, make_patch

            data = form.cleaned_data
            text = str(data["text"])
            meta = SourceMeta(
                kind=data["kind"],
                title=data["title"],
                date=data["date"] or None,
                publisher=data["publisher"] or None,
                lang=data["lang"],
            )
            draft = draft_case(
                text,
                lang=data["lang"],
                meta=meta,
                drafted_on=dt.datetime.now(dt.UTC).date(),
                backend=_backend(data["lang"]),
                # titles in the page's language (the engine's: en, ru, kk)
                titles=current_language(),
            )
            case = record.to_domain()
            patch, suggested = _patch_and_matches(draft, case, make_patch)
            stored = {
                "text": text,
                "patch": patch,
                "suggested": suggested,
                "version": record.version,
                "review": [item.to_json() for item in draft.review],
            }
            request.session[_session_key(record)] = encrypt(json.dumps(stored, ensure_ascii=False))
            return HttpResponseRedirect(reverse("case_ingest_review", args=[record.key]))
        status = 400
    return render(
        request, "panah/ingest/start.html", {"record": record, "form": form}, status=status
    )


def _never_same(a: str, b: str) -> Any:
    from panah.ingest import Match

    return Match(0.0, "different")


def _patch_and_matches(draft: Any, case: Any, make_patch: Any) -> tuple[Any, dict[str, Any]]:
    """A patch with every drafted person new, and for each the person of the case that the
    name comparison (identity package) takes for the same one: the review page proposes the
    merge and the reviewer keeps or undoes it."""
    patch = make_patch(draft, case, compare=_never_same)
    matched = {m["draft"]: m for m in make_patch(draft, case)["people_matched"]}
    suggested = {}
    # make_patch keeps the draft's order of people; ids may be renamed where the case has them
    for original, new in zip(draft.case.get("people", []), patch["people_new"], strict=True):
        m = matched.get(original["id"])
        if m is not None:
            suggested[new["id"]] = m
    return patch, suggested


def _rows(
    request: HttpRequest, patch: dict[str, Any], suggested: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    post = request.POST if request.method == "POST" else None
    claims = []
    for i, c in enumerate(patch["claims"]):
        row = {
            "i": i,
            "claim": c,
            "anchor": _anchor(c),
            # a guess (low confidence: weak clues, the learned classifier) waits for a tick
            "accept": c.get("confidence") != "low"
            if post is None
            else post.get(f"c-{i}-accept") == "1",
            "value": _value_text(c["value"]) if post is None else post.get(f"c-{i}-value", ""),
            "property": c["property"] if post is None else post.get(f"c-{i}-property", ""),
            "subject": c["subject"] if post is None else post.get(f"c-{i}-subject", ""),
            "error": "",
        }
        claims.append(row)
    people = []
    for i, p in enumerate(patch["people_new"]):
        names = ", ".join(str(n["value"]) for n in p.get("names", []))
        match = suggested.get(p["id"])
        first = str(match["existing"]) if match else NEW
        choice = first if post is None else post.get(f"p-{i}-map", NEW)
        people.append({"i": i, "person": p, "names": names, "choice": choice, "match": match})
    return claims, people


_CLAIM_PATH = re.compile(r"^claims\[(\d+)\]")


def _locate(
    exc: CaseFileError, rows: list[dict[str, Any]], reviewed: dict[str, Any], *, first: int
) -> None:
    """Put each problem about a new claim (``claims[N]…`` past the case's own ``first``
    claims) on the review row of that claim."""
    by_id = {row["claim"]["id"]: row for row in rows}
    for problem in exc.problems:
        m = _CLAIM_PATH.match(str(problem.path))
        if m is None or int(m.group(1)) < first:
            continue
        new = reviewed["claims"]
        n = int(m.group(1)) - first
        if n < len(new) and new[n]["id"] in by_id:
            row = by_id[new[n]["id"]]
            row["error"] = " ".join(x for x in (row["error"], problem.message) if x)


@login_required
@require_http_methods(["GET", "POST"])
def ingest_review(request: HttpRequest, key: str) -> HttpResponse:
    record = _case_for(request, key, "change_case")
    stored = _draft_load(request, record)
    start = reverse("case_ingest_start", args=[record.key])
    if stored is None:
        return HttpResponseRedirect(start)
    if request.method == "POST" and request.POST.get("discard"):
        request.session.pop(_session_key(record), None)
        return HttpResponseRedirect(reverse("case_detail", args=[record.key]))
    case = record.to_domain()
    patch: dict[str, Any] = stored["patch"]
    text: str = stored["text"]
    existing = [(p.id, f"{p.display_name()} ({p.id})") for p in case.people]
    subjects = sorted(
        {p.id for p in case.people}
        | {p["id"] for p in patch["people_new"]}
        | {r["id"] for p in patch["people_new"] for r in p.get("relatives", [])}
        | {e["id"] for e in patch["events"]}
        | {c["subject"] for c in patch["claims"]}
        | {ident for ident, _k, _e in case.entities()}
    )
    claims, people = _rows(request, patch, stored.get("suggested") or {})
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        decisions: dict[str, ClaimDecision] = {}
        for row in claims:
            c = row["claim"]
            try:
                value = _value_parse(c["value"], row["value"])
            except ValueError:
                row["error"] = _("Not a valid value (write it as JSON).")
                continue
            decisions[c["id"]] = ClaimDecision(
                accept=row["accept"],
                value=value,
                property=str(row["property"]).strip(),
                subject=str(row["subject"]).strip(),
            )
        mapping = {}
        allowed = {NEW, SKIP} | {pid for pid, _n in existing}
        for row in people:
            mapping[row["person"]["id"]] = row["choice"] if row["choice"] in allowed else NEW
        if any(row["error"] for row in claims):
            problems.append(_("Some values are not valid; see the claims marked."))
            status = 400
        elif not any(d.accept for d in decisions.values()):
            problems.append(_("No claim is accepted: accept at least one, or discard the draft."))
            status = 400
        else:
            reviewed = reviewed_patch(patch, case, claims=decisions, people=mapping)
            try:
                case_source_ingest(
                    actor=request.user,
                    record=record,
                    patch=reviewed,
                    text=text,
                    expected_version=int(stored["version"]),
                )
            except CaseFileError as exc:
                _locate(exc, claims, reviewed, first=len(case.claims))
                problems.extend(f"{p.path or _('the case')}: {p.message}" for p in exc.problems)
                status = 400
            except actions.StaleCaseError:
                problems.append(
                    _("Someone changed the case since the draft was made. Draft it again.")
                )
                status = 409
            else:
                request.session.pop(_session_key(record), None)
                return HttpResponseRedirect(reverse("case_detail", args=[record.key]) + "#sources")
    context = {
        "record": record,
        "marked": marked_text(text, patch["claims"]),
        "claims": claims,
        "people": people,
        "existing": existing,
        "subjects": subjects,
        "events": patch["events"],
        "source": patch["source"],
        "review": stored.get("review", []),
        "problems": problems,
    }
    return render(request, "panah/ingest/review.html", context, status=status)
