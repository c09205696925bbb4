"""Edits of a case's parts through the API: people (with their name variants and relatives),
organisations, sources, events, proceedings (with their steps and relations), representation
entries and notes (addressed by their place, from 1, as the web's URLs count them); changes
and deletions of claims; case membership.

Each endpoint is the web's entity form seen from a program (:mod:`panah.web.editing`): the
same permission (``change_case``; 404 to a non-member, 403 to a viewer), the same form
(:data:`panah.web.entity_forms.EDITORS`: the JSON body is turned into exactly what the form
posts, so every field is checked by the form's own fields), the same named, audited action
(``case_person_save``, ``case_source_delete``…, marked ``via: api``), and the same
case-file check of the whole edited case. A refused edit answers 400 with each error next to
the field it names (``birth_date``, ``names[1].script``; ``""`` for the entry as a whole)
and changes nothing. The case's ``version`` the edit was made on is required: a stale one
gets 409, as the form's hidden version does. New name spellings that match people of this
case or of the caller's other cases get 409 with the matches, as the form asks for a second
click; send ``matches_seen: true`` to save anyway.

An update (PATCH) starts from what the form would show filled in and changes only the fields
given; a list given (``names``, ``steps``, ``participants``, ``relations``) replaces the
whole list. ``null`` empties a field. A name variant keeps what the form does not show (its
``claims``) when its spelling stays the same.
"""

# No `from __future__ import annotations`: ninja reads the endpoints' annotations, and those
# of the endpoints made in a loop name schemas that exist only inside the loop.

import json
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.http import HttpRequest, QueryDict
from django.utils.translation import gettext as _
from ninja import Router, Status
from pydantic import Field, create_model

from panah.core.errors import CaseFileError, NotFoundError, PanahError
from panah.core.integrity import format_path
from panah.storage.django_orm import actions, case_edits
from panah.storage.django_orm.models import CaseMembership, CaseRecord
from panah.web.api.schemas import (
    EditErrorsOut,
    EditIn,
    EntitySavedOut,
    ErrorOut,
    MatchesOut,
    MemberIn,
    MemberOut,
    MemberRoleIn,
)
from panah.web.editing import _initial, _new_id, _place_problems, _store
from panah.web.entity_forms import EDITORS, Editor
from panah.web.forms import MemberForm
from panah.web.matches import name_matches
from panah.web.views import _case_for

__all__ = ["EDIT_KINDS", "router"]

router = Router(tags=["edits"])

EDIT_KINDS: dict[str, str] = {
    "person": "people",
    "organisation": "organisations",
    "source": "sources",
    "event": "events",
    "proceeding": "proceedings",
}
"""Kinds edited through the API, addressed by id: kind -> URL section."""

_STALE = "Someone changed the case since you opened this form. Reload it."
_REFUSED = "The edit has problems; nothing was changed."


# -- the JSON body as the form's posted data --------------------------------------------------


def _posted(field: forms.Field, value: Any) -> list[str]:
    """What a browser posts for ``value`` in ``field`` (no item: the field left empty)."""
    if value is None:
        return []
    if isinstance(field, forms.MultipleChoiceField):
        return [str(v) for v in (value if isinstance(value, list) else [value])]
    if isinstance(field, forms.NullBooleanField):
        return ["true" if value else "false"]
    if isinstance(field, forms.BooleanField):
        return ["on"] if value else []
    if isinstance(value, list):  # a list typed in one field: "CN, KZ"
        return [", ".join(str(v) for v in value)]
    if isinstance(value, dict):
        return [json.dumps(value, ensure_ascii=False)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value)]


def _shown(form: forms.Form) -> dict[str, Any]:
    """The values an unbound form shows (what a browser would post back unchanged: a list
    with nothing chosen posts its first choice)."""
    out = {}
    for name, field in form.fields.items():
        if name == "DELETE":
            continue
        value = form[name].value()
        if value in (None, "") and _is_list_box(field):
            value = _first_choice(field)
        out[name] = value
    return out


def _is_list_box(field: forms.Field) -> bool:
    return isinstance(field, forms.ChoiceField) and not isinstance(field, forms.MultipleChoiceField)


def _first_choice(field: forms.Field) -> Any:
    choices = list(getattr(field, "choices", ()))
    return choices[0][0] if choices else None


class _BadField(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _form_data(editor: Editor, given: dict[str, Any]) -> QueryDict:
    """The data the entity form would post: what it shows, with the fields ``given``."""
    data = QueryDict(mutable=True)
    form = editor.form
    values = _shown(form)
    for name, value in given.items():
        if name in editor.formsets:
            continue
        if name not in form.fields:
            raise _BadField(name, _("Unknown field."))
        if form.fields[name].disabled and value != values.get(name):
            raise _BadField(name, _("The id cannot be changed."))
        values[name] = value
    for name, value in values.items():
        if name == "value" and isinstance(value, list):  # a claim's list value, typed as JSON
            value = json.dumps(value, ensure_ascii=False)
        data.setlist(form.add_prefix(name), _posted(form.fields[name], value))
    for fs_name, fs in editor.formsets.items():
        old_rows = [_shown(f) for f in fs.initial_forms]
        if fs_name in given:
            rows = given[fs_name]
            if rows is None:
                rows = []
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise _BadField(fs_name, _("A list of objects is expected."))
            new_rows = [_row(fs_name, i, r, old_rows, fs.form) for i, r in enumerate(rows)]
        else:
            new_rows = old_rows
        data[f"{fs_name}-TOTAL_FORMS"] = str(len(new_rows))
        # Every row is an initial row: each is checked in full and none is skipped as blank.
        data[f"{fs_name}-INITIAL_FORMS"] = str(len(new_rows))
        for i, row in enumerate(new_rows):
            probe = fs.form(prefix=f"{fs_name}-{i}", **editor.row_kwargs(fs_name))
            for name, value in row.items():
                data.setlist(probe.add_prefix(name), _posted(probe.fields[name], value))
    return data


def _row(
    fs_name: str, i: int, row: dict[str, Any], old_rows: list[dict[str, Any]], form: Any
) -> dict[str, Any]:
    fields = [n for n in form.base_fields if n not in ("keep", "DELETE")]
    for name in row:
        if name not in fields:
            raise _BadField(f"{fs_name}[{i}].{name}", _("Unknown field."))
    # A new row starts from the row form's defaults, as the form's "add a row" fills it (a
    # list box its first choice, as a browser posts it); a name variant whose spelling is
    # already there starts from that row, keeping what the form does not show (its claims).
    same = None
    if fs_name == "names":
        same = next((r for r in old_rows if r.get("value") == row.get("value")), None)
    out: dict[str, Any] = dict(same) if same else {"keep": ""}
    if same is None:
        for n in fields:
            field = form.base_fields[n]
            initial = field.initial
            if initial in (None, "") and _is_list_box(field):
                initial = _first_choice(field)
            out[n] = initial
    out.update(row)
    return out


def _errors(editor: Editor) -> list[dict[str, str]]:
    """Each error of the form and its rows, named by field (``names[1].script``)."""
    out: list[dict[str, str]] = []
    for name, errs in editor.form.errors.items():
        out += [{"field": "" if name == "__all__" else name, "message": str(e)} for e in errs]
    for fs_name, fs in editor.formsets.items():
        if not fs.is_bound:
            continue
        out += [{"field": fs_name, "message": str(e)} for e in fs.non_form_errors()]
        for i, f in enumerate(fs.forms):
            for name, errs in f.errors.items():
                where = f"{fs_name}[{i}]" + ("" if name == "__all__" else f".{name}")
                out += [{"field": where, "message": str(e)} for e in errs]
    out += [{"field": "", "message": str(g)} for g in editor.general]
    return out


def _refused(editor: Editor) -> Status[dict[str, Any]]:
    return Status(400, {"detail": _(_REFUSED), "errors": _errors(editor)})


def _one_error(field: str, message: str) -> Status[dict[str, Any]]:
    return Status(400, {"detail": _(_REFUSED), "errors": [{"field": field, "message": message}]})


# -- save and delete, as editing.entity_edit does ---------------------------------------------


def _given(body: EditIn) -> dict[str, Any]:
    return {k: getattr(body, k) for k in body.model_fields_set if k not in EditIn.model_fields}


def _save(
    request: HttpRequest,
    key: str,
    kind: str,
    body: EditIn,
    *,
    ident: str | None = None,
    person: str | None = None,
    n: int | None = None,
) -> Status[dict[str, Any]]:
    record = _case_for(request, key, "change_case")
    case = record.to_domain()
    try:
        if person is not None and not any(p.id == person for p in case.people):
            raise NotFoundError(person)
        path = case_edits.entity_path(case, kind, ident, person=person, n=n)
    except NotFoundError:
        return Status(404, {"detail": _("No such entry in this case.")})
    is_new = ident is None and n is None
    entity = None if is_new else case_edits.entity_data(case, path)
    # What the form starts from (a new note: dated today, signed with the caller's name).
    initial = _initial(request, kind) if is_new else {}
    blank = EDITORS[kind](case, entity=entity, new_id=_new_id(case, kind), initial=initial)
    try:
        data = _form_data(blank, _given(body))
    except _BadField as exc:
        return _one_error(exc.field, exc.message)
    editor = EDITORS[kind](
        case, entity=entity, data=data, new_id=_new_id(case, kind), initial=initial
    )
    if not editor.is_valid():
        return _refused(editor)
    entity_out = editor.entity()
    if editor.has_names and not body.matches_seen:
        before = {str(v.get("value")) for v in (entity or {}).get("names", [])}
        fresh = [v for v in editor.name_values() if v not in before]
        owner = ident if kind == "person" else None
        matches = name_matches(request.user, fresh, record=record, case=case, exclude_person=owner)
        if matches:
            return Status(
                409,
                {
                    "detail": _(
                        "These names may be people already known. Nothing was saved: send "
                        "the edit again with matches_seen set to true to save it anyway."
                    ),
                    "matches": [_match(m) for m in matches],
                },
            )
    try:
        _store(request, record, kind, ident, person, n, entity_out, body.version)
    except CaseFileError as exc:
        _place_problems(editor, exc.problems, format_path(path))
        return _refused(editor)
    except actions.StaleCaseError:
        return Status(409, {"detail": _(_STALE)})
    return Status(201 if is_new else 200, _saved(record, kind, entity_out, path))


def _saved(
    record: CaseRecord, kind: str, entity: dict[str, Any], path: tuple[Any, ...]
) -> dict[str, Any]:
    out: dict[str, Any] = {"key": record.key, "version": record.version, "id": entity.get("id")}
    if kind == "relative" or kind in case_edits.POSITIONAL:
        out["n"] = int(path[-1]) + 1
    return out


def _match(m: Any) -> dict[str, Any]:
    return {
        "query": m.query,
        "name": m.name,
        "verdict": m.verdict,
        "score": m.score,
        "reasons": list(m.reasons),
        "case": m.case_key,
        "case_title": m.case_title,
        "person": m.person,
        "here": m.here,
        "relative": m.relative,
    }


def _delete(
    request: HttpRequest,
    key: str,
    kind: str,
    version: int,
    *,
    ident: str | None = None,
    person: str | None = None,
    n: int | None = None,
) -> Status[dict[str, Any]]:
    record = _case_for(request, key, "change_case")
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
    except NotFoundError:
        return Status(404, {"detail": _("No such entry in this case.")})
    except CaseFileError as exc:
        return Status(
            400,
            {
                "detail": _("Not deleted: other parts of the case refer to it."),
                "errors": [{"field": p.path, "message": p.message} for p in exc.problems],
            },
        )
    except actions.StaleCaseError:
        return Status(409, {"detail": _(_STALE)})
    return Status(200, {"key": record.key, "version": record.version, "id": ident})


# -- the endpoints: one set per kind ----------------------------------------------------------

_SAVE_RESPONSES: dict[int, Any] = {
    200: EntitySavedOut,
    201: EntitySavedOut,
    400: EditErrorsOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: MatchesOut,
}
_DELETE_RESPONSES: dict[int, Any] = {
    200: EntitySavedOut,
    400: EditErrorsOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


def _input_schema(kind: str) -> type[EditIn]:
    """The body of a ``kind`` edit: the form's fields and row lists, documented from them."""
    editor_class = EDITORS[kind]
    fields: dict[str, Any] = {}
    for name, f in editor_class.form_class.base_fields.items():
        desc = str(f.label or name) + (f" ({f.help_text})" if f.help_text else "")
        fields[name] = (Any, Field(None, description=desc))
    for fs_name in editor_class.formset_names:
        row = editor_class.row_form(fs_name)
        cols = ", ".join(n for n in row.base_fields if n != "keep")
        fields[fs_name] = (
            list[dict[str, Any]] | None,
            Field(None, description=f"The whole list, in order; each row: {cols}"),
        )
    model: type[EditIn] = create_model(
        f"{kind.capitalize()}EditIn",
        __base__=EditIn,
        **fields,
    )
    return model


def _register(kind: str, section: str, *, create_too: bool = True) -> None:
    body_type = _input_schema(kind)
    label = kind.capitalize()

    def create(request: HttpRequest, key: str, body: Any) -> Status[dict[str, Any]]:
        return _save(request, key, kind, body)

    def update(request: HttpRequest, key: str, ident: str, body: Any) -> Status[dict[str, Any]]:
        return _save(request, key, kind, body, ident=ident)

    def delete(request: HttpRequest, key: str, ident: str, version: int) -> Status[dict[str, Any]]:
        return _delete(request, key, kind, version, ident=ident)

    create.__annotations__["body"] = body_type
    update.__annotations__["body"] = body_type
    for fn, verb in ((create, "create"), (update, "update"), (delete, "delete")):
        fn.__name__ = fn.__qualname__ = f"case_{kind}_{verb}"
    if create_too:
        router.post(
            f"/cases/{{key}}/{section}",
            response=_SAVE_RESPONSES,
            url_name=f"case_{kind}_create",
            summary=f"Add a {kind}",
            description=f"Adds a {kind} as the web form does (see Edits in docs/web.md).",
        )(create)
    router.patch(
        f"/cases/{{key}}/{section}/{{ident}}",
        response=_SAVE_RESPONSES,
        url_name=f"case_{kind}_update",
        summary=f"Change a {kind}",
        description=f"{label}: only the fields given change; a list given replaces the list.",
    )(update)
    router.delete(
        f"/cases/{{key}}/{section}/{{ident}}",
        response=_DELETE_RESPONSES,
        url_name=f"case_{kind}_delete",
        summary=f"Delete a {kind}",
        description="Refused (400) while other parts of the case refer to it.",
    )(delete)


for _kind, _section in EDIT_KINDS.items():
    _register(_kind, _section)
# A claim is changed and deleted through the claim form; it is added from its case-file data
# (POST /cases/{key}/claims, in endpoints.py, older than these).
_register("claim", "claims", create_too=False)


def case_relative_create(
    request: HttpRequest, key: str, person: str, body: Any
) -> Status[dict[str, Any]]:
    """A relative of ``person``, as the relative form adds it; ``n`` in the answer is its
    place among the person's relatives (from 1), its address in the API."""
    return _save(request, key, "relative", body, person=person)


def case_relative_update(
    request: HttpRequest, key: str, person: str, n: int, body: Any
) -> Status[dict[str, Any]]:
    """The person's ``n``-th relative (from 1, in file order, as the web's URLs count)."""
    if n < 1:
        return Status(404, {"detail": _("No such entry in this case.")})
    return _save(request, key, "relative", body, person=person, n=n - 1)


def case_relative_delete(
    request: HttpRequest, key: str, person: str, n: int, version: int
) -> Status[dict[str, Any]]:
    """Refused (400) while other parts of the case refer to the relative."""
    if n < 1:
        return Status(404, {"detail": _("No such entry in this case.")})
    return _delete(request, key, "relative", version, person=person, n=n - 1)


_RELATIVES = "/cases/{key}/people/{person}/relatives"
case_relative_create.__annotations__["body"] = case_relative_update.__annotations__["body"] = (
    _input_schema("relative")
)
router.post(
    _RELATIVES,
    response=_SAVE_RESPONSES,
    url_name="case_relative_create",
    summary="Add a relative of a person",
)(case_relative_create)
router.patch(
    _RELATIVES + "/{n}",
    response=_SAVE_RESPONSES,
    url_name="case_relative_update",
    summary="Change a relative of a person",
)(case_relative_update)
router.delete(
    _RELATIVES + "/{n}",
    response=_DELETE_RESPONSES,
    url_name="case_relative_delete",
    summary="Delete a relative of a person",
)(case_relative_delete)


# -- representation entries and notes: no id, addressed by place (from 1) ---------------------


def _register_positional(kind: str, section: str, label: str) -> None:
    """``kind``'s entries, addressed as the web's URLs address them: ``n``, their place in
    the case file (from 1); the answer's ``n`` is a new entry's place."""
    body_type = _input_schema(kind)

    def create(request: HttpRequest, key: str, body: Any) -> Status[dict[str, Any]]:
        return _save(request, key, kind, body)

    def update(request: HttpRequest, key: str, n: int, body: Any) -> Status[dict[str, Any]]:
        if n < 1:
            return Status(404, {"detail": _("No such entry in this case.")})
        return _save(request, key, kind, body, n=n - 1)

    def delete(request: HttpRequest, key: str, n: int, version: int) -> Status[dict[str, Any]]:
        if n < 1:
            return Status(404, {"detail": _("No such entry in this case.")})
        return _delete(request, key, kind, version, n=n - 1)

    create.__annotations__["body"] = update.__annotations__["body"] = body_type
    for fn, verb in ((create, "create"), (update, "update"), (delete, "delete")):
        fn.__name__ = fn.__qualname__ = f"case_{kind}_{verb}"
    router.post(
        f"/cases/{{key}}/{section}",
        response=_SAVE_RESPONSES,
        url_name=f"case_{kind}_create",
        summary=f"Add {label}",
        description=f"Adds {label} as the case page's form does (see Edits in docs/web.md).",
    )(create)
    router.patch(
        f"/cases/{{key}}/{section}/{{n}}",
        response=_SAVE_RESPONSES,
        url_name=f"case_{kind}_update",
        summary=f"Change {label}",
        description="The n-th entry (from 1, in file order): only the fields given change.",
    )(update)
    router.delete(
        f"/cases/{{key}}/{section}/{{n}}",
        response=_DELETE_RESPONSES,
        url_name=f"case_{kind}_delete",
        summary=f"Delete {label}",
        description="The n-th entry (from 1, in file order).",
    )(delete)


_register_positional("representation", "representation", "a representation entry")
_register_positional("note", "notes", "a note")


# -- case membership: the members page (manage_members: administrators) -----------------------


def _member(m: CaseMembership) -> dict[str, Any]:
    return {"username": m.user.get_username(), "role": m.role, "added_at": m.added_at}


def _membership(record: CaseRecord, username: str) -> CaseMembership | None:
    return (
        CaseMembership.objects.filter(case=record, user__username=username)
        .select_related("user")
        .first()
    )


def _member_set(
    request: HttpRequest, record: CaseRecord, username: str, role: str, *, new_only: bool
) -> Status[dict[str, Any]]:
    """The members form's add (or change of role): MemberForm, then case_member_add."""
    form = MemberForm({"username": username, "role": role})
    if not form.is_valid():
        errors = [
            {"field": name, "message": str(e)} for name, errs in form.errors.items() for e in errs
        ]
        return Status(400, {"detail": _(_REFUSED), "errors": errors})
    target = (
        get_user_model()
        .objects.filter(username=form.cleaned_data["username"], is_active=True)
        .first()
    )
    if target is None:
        return _one_error("username", _("No active account with that name."))
    existed = CaseMembership.objects.filter(case=record, user=target).exists()
    if new_only and not existed:
        return Status(404, {"detail": _("No such member of this case.")})
    try:
        membership = actions.case_member_add(
            actor=request.user, record=record, user=target, role=form.cleaned_data["role"]
        )
    except PanahError as exc:
        return Status(409, {"detail": str(exc)})
    membership.user = target
    return Status(200 if existed else 201, _member(membership))


_MEMBER_RESPONSES: dict[int, Any] = {
    200: MemberOut,
    201: MemberOut,
    400: EditErrorsOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
}


@router.get(
    "/cases/{key}/members",
    response={200: list[MemberOut], 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    url_name="case_members",
    summary="The case's members and their roles",
)
def case_members(request: HttpRequest, key: str) -> list[dict[str, Any]]:
    """As the members page lists them (administrators only)."""
    record = _case_for(request, key, "manage_members")
    rows = (
        CaseMembership.objects.filter(case=record)
        .select_related("user")
        .order_by("role", "user__username")
    )
    return [_member(m) for m in rows]


@router.post(
    "/cases/{key}/members",
    response=_MEMBER_RESPONSES,
    url_name="case_member_add",
    summary="Add a member (or change a member's role)",
)
def case_member_add(request: HttpRequest, key: str, body: MemberIn) -> Status[dict[str, Any]]:
    """Gives an active account a role on the case, as the members page's form does: 201 for
    a new member, 200 when an existing member's role changed. 409 when the change would
    leave the case without an administrator."""
    record = _case_for(request, key, "manage_members")
    return _member_set(request, record, body.username, body.role, new_only=False)


@router.patch(
    "/cases/{key}/members/{username}",
    response=_MEMBER_RESPONSES,
    url_name="case_member_change",
    summary="Change a member's role",
)
def case_member_change(
    request: HttpRequest, key: str, username: str, body: MemberRoleIn
) -> Status[dict[str, Any]]:
    """404 if the account is not a member; 409 if it is the last administrator."""
    record = _case_for(request, key, "manage_members")
    return _member_set(request, record, username, body.role, new_only=True)


@router.delete(
    "/cases/{key}/members/{username}",
    response={200: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    url_name="case_member_remove",
    summary="Remove a member",
)
def case_member_remove(request: HttpRequest, key: str, username: str) -> Status[dict[str, Any]]:
    """Takes the account off the case (its access ends at once). 409 for the last
    administrator."""
    record = _case_for(request, key, "manage_members")
    membership = _membership(record, username)
    if membership is None:
        return Status(404, {"detail": _("No such member of this case.")})
    try:
        actions.case_member_remove(actor=request.user, record=record, user=membership.user)
    except PanahError as exc:
        return Status(409, {"detail": str(exc)})
    return Status(200, {"detail": _("Removed.")})
