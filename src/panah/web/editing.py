"""Add, edit and delete the parts of a case through forms (see :mod:`panah.web.entity_forms`).

Representation entries and notes have no id: their URLs count them from 1 in file order,
as a person's relatives are counted.

One view serves every kind of entity: it checks the role (``change_case``; a non-member
gets 404), builds the editor, and on a save calls the kind's action
(:mod:`panah.storage.django_orm.case_edits`), which re-validates the whole case like
``panah validate`` and changes nothing when a problem is found; the problems are shown next
to their fields. A new person or new name spellings are first compared with the people of
this case and of the user's other cases (:mod:`panah.web.matches`); the likely matches are
shown and the save waits for a second click.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from panah.core.case import Case
from panah.core.errors import CaseFileError, NotFoundError
from panah.core.integrity import format_path
from panah.storage.django_orm import actions, case_edits
from panah.storage.django_orm.models import CaseRecord
from panah.web.entity_forms import EDITORS, Editor
from panah.web.matches import name_matches
from panah.web.views import _can, _case_for

__all__ = ["case_claims", "entity_edit", "name_matches_view"]

_ANCHOR = {
    "person": "people",
    "relative": "people",
    "organisation": "people",
    "source": "sources",
    "claim": "claims",
    "event": "timeline-section",
    "proceeding": "proceedings",
    "representation": "representation",
    "note": "notes",
}
_POSITIONAL = frozenset(case_edits.POSITIONAL) | {"relative"}
"""Kinds addressed by their position (``n`` in the URL, from 1), not by an id."""
_PREFIX = {
    "person": "p-",
    "organisation": "org-",
    "source": "S",
    "claim": "c-",
    "event": "e-",
    "proceeding": "pr-",
}


def _titles(kind: str, new: bool) -> str:
    names = {
        "person": (_("Add a person"), _("Edit a person")),
        "relative": (_("Add a relative"), _("Edit a relative")),
        "organisation": (_("Add an organisation"), _("Edit an organisation")),
        "source": (_("Add a source"), _("Edit a source")),
        "claim": (_("Add a claim"), _("Edit a claim")),
        "event": (_("Add an event"), _("Edit an event")),
        "proceeding": (_("Add a proceeding"), _("Edit a proceeding")),
        "representation": (_("Add a representation entry"), _("Edit a representation entry")),
        "note": (_("Add a note"), _("Edit a note")),
    }
    return names[kind][0 if new else 1]


def _new_id(case: Case, kind: str) -> str:
    prefix = _PREFIX.get(kind)
    if prefix is None:
        return ""
    taken = {ident for ident, _k, _e in case.entities()}
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


Saver = Callable[..., Case]
_SAVERS: dict[str, Saver] = {
    "person": case_edits.case_person_save,
    "organisation": case_edits.case_organisation_save,
    "source": case_edits.case_source_save,
    "claim": case_edits.case_claim_save,
    "event": case_edits.case_event_save,
    "proceeding": case_edits.case_proceeding_save,
}
_POSITIONAL_SAVERS: dict[str, Saver] = {
    "representation": case_edits.case_representation_save,
    "note": case_edits.case_note_save,
}


def _with_row(data: QueryDict, formset: str, row_form: type[Any]) -> QueryDict:
    """The posted data with one more row in ``formset``, filled with the row's defaults."""
    out = data.copy()
    field = f"{formset}-TOTAL_FORMS"
    try:
        total = int(out.get(field, "0"))
    except ValueError:
        total = 0
    if total >= 200:
        return out
    out[field] = str(total + 1)
    for name, f in row_form.base_fields.items():
        if f.initial not in (None, "", False):
            out[f"{formset}-{total}-{name}"] = str(f.initial)
    return out


def _place_problems(editor: Editor, problems: list[Any], prefix: str) -> None:
    for p in problems:
        path = str(p.path)
        if path == prefix:
            editor.add_problem("", p.message)
        elif path.startswith(prefix + "."):
            editor.add_problem(path[len(prefix) + 1 :], p.message)
        else:
            editor.general.append(
                _("Elsewhere in the case: %(path)s: %(message)s")
                % {"path": path or _("the case"), "message": p.message}
            )


def _initial(request: HttpRequest, kind: str) -> dict[str, Any]:
    """Fields a link may preset for a new claim (``?subject=e-cross&property=date``); a new
    note is dated today and signed with the user's name."""
    if kind == "note":
        return {"date": timezone.localdate().isoformat(), "author": request.user.get_username()}
    if kind != "claim":
        return {}
    return {k: request.GET[k] for k in ("subject", "property", "source") if request.GET.get(k)}


@login_required
@require_http_methods(["GET", "POST"])
def entity_edit(
    request: HttpRequest,
    key: str,
    kind: str,
    ident: str | None = None,
    person: str | None = None,
    n: int | None = None,
) -> HttpResponse:
    record = _case_for(request, key, "change_case")
    case = record.to_domain()
    if kind in _POSITIONAL and n is not None:
        n -= 1  # URLs count relatives, representation entries and notes from 1
    try:
        path = case_edits.entity_path(case, kind, ident, person=person, n=n)
    except NotFoundError:
        raise Http404(_("No such entry in this case.")) from None
    is_new = ident is None and (kind not in _POSITIONAL or n is None)
    entity = None if is_new else case_edits.entity_data(case, path)
    post: QueryDict | None = request.POST if request.method == "POST" else None
    quiet = False
    if post is not None and post.get("add") in EDITORS[kind].formset_names:
        name = str(post["add"])
        post = _with_row(post, name, EDITORS[kind].row_form(name))
        quiet = True  # a row was added: nothing is saved, so nothing is wrong yet
    editor = EDITORS[kind](
        case,
        entity=entity,
        data=post,
        new_id=_new_id(case, kind),
        initial=_initial(request, kind),
    )
    version = _version(request, record)
    matches: list[Any] = []
    confirm_delete = False
    status = 200
    if post is not None and not quiet:
        if post.get("delete") and not is_new:
            if post.get("delete") == "confirmed":
                return _delete(request, record, kind, ident, person, n, version, editor)
            confirm_delete = True
        elif editor.is_valid():
            data = editor.entity()
            if editor.has_names and not post.get("matches_seen"):
                before = {str(v.get("value")) for v in (entity or {}).get("names", [])}
                fresh = [v for v in editor.name_values() if v not in before]
                owner = ident if kind == "person" else None
                matches = name_matches(
                    request.user, fresh, record=record, case=case, exclude_person=owner
                )
            if not matches:
                try:
                    _store(request, record, kind, ident, person, n, data, version)
                except CaseFileError as exc:
                    _place_problems(editor, exc.problems, format_path(path))
                    status = 400
                except actions.StaleCaseError:
                    editor.general.append(
                        _("Someone changed the case since you opened this form. Reload it.")
                    )
                    status = 409
                else:
                    return HttpResponseRedirect(
                        reverse("case_detail", args=[record.key]) + "#" + _ANCHOR[kind]
                    )
        else:
            status = 400
    shown = matches
    if quiet and editor.has_names:
        # a row was added: keep showing what the names typed so far match
        known = {str(v.get("value")) for v in (entity or {}).get("names", [])}
        typed = [v for v in editor.name_values() if v not in known]
        owner = ident if kind == "person" else None
        shown = name_matches(request.user, typed, record=record, case=case, exclude_person=owner)
    actions.case_access_log(record=record, what=f"edit_form_{kind}")
    return render(
        request,
        "panah/entity_form.html",
        {
            "record": record,
            "case": case,
            "shown_matches": shown,
            # once the user has seen the matches and chosen to save, do not ask again
            "matches_seen": bool(matches) or bool(post is not None and post.get("matches_seen")),
            "kind": kind,
            "title": _titles(kind, is_new),
            "editor": editor,
            "form": editor.form,
            "formsets": _formsets(editor),
            "is_new": is_new,
            "version": version,
            "quiet": quiet,
            "matches": matches,
            "confirm_delete": confirm_delete,
            "schemes": _schemes(),
            "matches_url": reverse("case_name_matches", args=[record.key]),
            "exclude_person": ident if kind == "person" else "",
        },
        status=status,
    )


def _version(request: HttpRequest, record: CaseRecord) -> int:
    text = request.POST.get("version", "") if request.method == "POST" else ""
    return int(text) if re.fullmatch(r"\d{1,9}", text) else record.version


def _store(
    request: HttpRequest,
    record: CaseRecord,
    kind: str,
    ident: str | None,
    person: str | None,
    n: int | None,
    data: dict[str, Any],
    version: int,
) -> None:
    if kind == "relative":
        assert person is not None
        case_edits.case_relative_save(
            actor=request.user,
            record=record,
            person=person,
            data=data,
            n=n,
            expected_version=version,
        )
    elif kind in _POSITIONAL_SAVERS:
        _POSITIONAL_SAVERS[kind](
            actor=request.user, record=record, data=data, n=n, expected_version=version
        )
    else:
        _SAVERS[kind](
            actor=request.user, record=record, data=data, ident=ident, expected_version=version
        )


def _delete(
    request: HttpRequest,
    record: CaseRecord,
    kind: str,
    ident: str | None,
    person: str | None,
    n: int | None,
    version: int,
    editor: Editor,
) -> HttpResponse:
    try:
        case_edits.case_entity_delete(
            actor=request.user,
            record=record,
            kind=kind,
            ident=ident,
            person=person,
            n=n,
            expected_version=version,
        )
    except CaseFileError as exc:
        editor.general.append(_("Not deleted: other parts of the case refer to it."))
        editor.general.extend(f"{p.path}: {p.message}" for p in exc.problems)
        status = 400
    except actions.StaleCaseError:
        editor.general.append(_("Someone changed the case since you opened this form. Reload it."))
        status = 409
    else:
        return HttpResponseRedirect(reverse("case_detail", args=[record.key]) + "#" + _ANCHOR[kind])
    actions.case_access_log(record=record, what=f"edit_form_{kind}")
    return render(
        request,
        "panah/entity_form.html",
        {
            "record": record,
            "kind": kind,
            "title": _titles(kind, False),
            "editor": editor,
            "form": editor.form,
            "formsets": _formsets(editor),
            "is_new": False,
            "version": version,
            "schemes": _schemes(),
            "matches_url": reverse("case_name_matches", args=[record.key]),
        },
        status=status,
    )


def _formsets(editor: Editor) -> list[tuple[str, str, Any]]:
    labels = {
        "names": _("Name variants (each as written, in its own script)"),
        "participants": _("Participants"),
        "steps": _("Steps, in order"),
        "relations": _("Related proceedings"),
    }
    return [(name, labels[name], fs) for name, fs in editor.formsets.items()]


def _schemes() -> list[tuple[str, str]]:
    from panah.identity import SCHEMES

    return sorted(SCHEMES.items())


@login_required
@require_GET
def name_matches_view(request: HttpRequest, key: str) -> HttpResponse:
    """The likely matches for the names typed in a person or relative form (htmx)."""
    record = _case_for(request, key, "change_case")
    case = record.to_domain()
    names = [
        v.strip()
        for k, values in request.GET.lists()
        if re.fullmatch(r"names-\d+-value", k)
        for v in values
        if v.strip()
    ][:20]
    exclude = request.GET.get("exclude_person") or None
    if exclude is not None:
        person = next((p for p in case.people if p.id == exclude), None)
        known = {n.value for n in person.names} if person else set()
        names = [n for n in names if n not in known]
    matches = name_matches(request.user, names, record=record, case=case, exclude_person=exclude)
    actions.case_access_log(record=record, what="name_matches")
    return render(
        request,
        "panah/name_matches.html",
        {"matches": matches, "record": record, "asked": bool(names)},
    )


@login_required
@require_GET
def case_claims(request: HttpRequest, key: str) -> HttpResponse:
    """Every claim of the case, with its source and locator (a page, or the table alone for
    htmx when the case page's claims list is opened)."""
    record = _case_for(request, key)
    case = record.to_domain()
    index = case.index()
    claims = [
        {
            "id": c.id,
            "subject": c.subject,
            "subject_label": index.label(c.subject),
            "property": c.property,
            "value": c.value,
            "as_of": c.as_of.text if c.as_of else None,
            "source": c.source,
            "quote": c.locator.quote if c.locator else None,
            "page": c.locator.page if c.locator else None,
            "confidence": c.confidence.value,
            "status": c.status.value,
        }
        for c in case.claims
    ]
    actions.case_access_log(record=record, what="view_claims")
    template = "panah/case_claims.html"
    if getattr(request, "htmx", False):
        template += "#claims-table"
    return render(
        request,
        template,
        {
            "record": record,
            "claims": claims,
            "can_change": _can(request, "change_case", record),
        },
    )
