"""Forms to add and edit the parts of a case: people (with name variants), relatives, sources,
claims, events, proceedings, organisations, representation entries and notes — one
:class:`~panah.web.editor.Editor` each (see :mod:`panah.web.editor` for how an edit is turned
into case-file data and how the loader's problems are put next to the fields)."""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from panah.core.catalogue import (
    ClaimStatus,
    Confidence,
    Confidentiality,
    EventType,
    OrganisationKind,
    ProceedingKind,
    ProceedingStatus,
    RelativeStatus,
    Role,
    SourceKind,
)
from panah.core.properties import PROPERTIES, ValueKind, property_kind
from panah.web.editor import Editor, blank, entity_choices, enum_choices, put, split

__all__ = ["EDITORS", "Editor", "entity_choices", "parse_value"]


# -- people ------------------------------------------------------------------------------------


class PersonForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    roles = forms.MultipleChoiceField(
        label=_("Roles"),
        choices=enum_choices(Role),
        widget=forms.CheckboxSelectMultiple,
        initial=[Role.CLIENT.value],
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[
            ("unknown", _("unknown")),
            ("female", _("female")),
            ("male", _("male")),
            ("other", _("other")),
        ],
    )
    birth_date = forms.CharField(
        label=_("Date of birth"), required=False, help_text="1985-04-02, 1985-04, 1985, 1985~"
    )
    citizenship = forms.CharField(
        label=_("Citizenship"), required=False, help_text=_("ISO codes, e.g. CN, KZ")
    )
    languages = forms.CharField(
        label=_("Languages"), required=False, help_text=_("language tags, e.g. kk, ru, ug")
    )
    ethnicity = forms.CharField(label=_("Ethnicity"), required=False, max_length=200)
    religion = forms.CharField(label=_("Religion"), required=False, max_length=200)
    origin = forms.CharField(label=_("Place of origin"), required=False, max_length=300)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class PersonEditor(Editor):
    kind = "person"
    section = "people"
    form_class = PersonForm
    formset_names = ("names",)
    has_names = True

    def initial_of(self, entity: dict[str, Any]) -> dict[str, Any]:
        return {
            **entity,
            "roles": entity.get("roles", [Role.CLIENT.value]),
            "gender": entity.get("gender", "unknown"),
            "citizenship": ", ".join(entity.get("citizenship", [])),
            "languages": ", ".join(entity.get("languages", [])),
        }

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["roles"] = list(cd["roles"])
        put(out, "gender", None if cd["gender"] == "unknown" else cd["gender"])
        for key in ("birth_date", "ethnicity", "religion", "origin", "notes"):
            put(out, key, cd.get(key))
        put(out, "citizenship", split(cd.get("citizenship") or ""))
        put(out, "languages", split(cd.get("languages") or ""))


class RelativeForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64, required=False)
    relation = forms.CharField(
        label=pgettext_lazy("kinship", "Relation"),
        max_length=100,
        help_text=_("mother, wife, younger brother…"),
    )
    age = forms.IntegerField(label=_("Age"), required=False)
    age_as_of = forms.CharField(label=_("Age as of"), required=False, help_text="2019, 2019-10")
    location = forms.CharField(label=_("Where"), required=False, max_length=300)
    status = forms.ChoiceField(
        label=_("Status"), choices=enum_choices(RelativeStatus), initial="unknown"
    )
    faces_reprisal = forms.NullBooleanField(label=_("Faces reprisal"), required=False)
    details = forms.CharField(
        label=_("Details (encrypted at rest)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class RelativeEditor(Editor):
    kind = "relative"
    section = "relatives"
    form_class = RelativeForm
    formset_names = ("names",)
    has_names = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_new and self.original and self.original.get("id") is None:
            self.form.fields["id"].disabled = False  # a relative without id may be given one

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        if not self.form.fields["id"].disabled:
            put(out, "id", cd.get("id"))
        out["relation"] = cd["relation"]
        for key in ("age", "age_as_of", "location", "details"):
            put(out, key, cd.get(key))
        put(out, "status", None if cd["status"] == "unknown" else cd["status"])
        reprisal = cd.get("faces_reprisal")
        if reprisal is None:
            out.pop("faces_reprisal", None)
        else:
            out["faces_reprisal"] = reprisal


# -- organisations and sources -----------------------------------------------------------------


class OrganisationForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=enum_choices(OrganisationKind))
    country = forms.CharField(label=_("Country"), required=False, max_length=2, help_text="KZ, CN")
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class OrganisationEditor(Editor):
    kind = "organisation"
    section = "organisations"
    form_class = OrganisationForm
    formset_names = ("names",)

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["kind"] = cd["kind"]
        put(out, "country", cd.get("country"))
        put(out, "notes", cd.get("notes"))


class SourceForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=enum_choices(SourceKind))
    title = forms.CharField(label=_("Title"), max_length=500)
    publisher = forms.CharField(label=_("Publisher"), required=False, max_length=300)
    author = forms.CharField(label=_("Author"), required=False, max_length=300)
    date = forms.CharField(label=_("Date"), required=False, help_text="2019-11-18, 2019-11")
    lang = forms.CharField(label=_("Language"), required=False, max_length=35)
    url = forms.CharField(label=_("Address (URL)"), required=False, max_length=2000)
    reference = forms.CharField(
        label=_("Archive or court reference"), required=False, max_length=300
    )
    confidentiality = forms.ChoiceField(
        label=_("Confidentiality"), choices=enum_choices(Confidentiality), initial="public"
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class SourceEditor(Editor):
    kind = "source"
    section = "sources"
    form_class = SourceForm

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["kind"] = cd["kind"]
        out["title"] = cd["title"]
        for key in ("publisher", "author", "date", "lang", "url", "reference", "notes"):
            put(out, key, cd.get(key))
        put(
            out,
            "confidentiality",
            None if cd["confidentiality"] == "public" else cd["confidentiality"],
        )


# -- claims ------------------------------------------------------------------------------------

_SUBJECT_KINDS = ("person", "relative", "organisation", "event", "proceeding", "source")


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_value(prop: str, text: str) -> Any:
    """The claim value a user typed, read as the property's kind reads it.

    Integers and true/false become numbers and booleans; a text starting with ``[`` is a JSON
    list; anything else stays text, so that the loader's check can say what is wrong with it.
    """
    text = text.strip()
    if text.startswith("["):
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            return text
        return parsed if isinstance(parsed, list) else text
    kind = property_kind(prop)
    if kind == ValueKind.INTEGER and re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    if kind == ValueKind.BOOLEAN and text.lower() in ("true", "false", "yes", "no"):
        return text.lower() in ("true", "yes")
    return text


class ClaimForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    subject = forms.ChoiceField(label=_("About"), choices=())
    property = forms.ChoiceField(label=_("Property"), choices=())
    value = forms.CharField(
        label=_("Value"),
        max_length=2000,
        help_text=_("a date 2019-10-06, a number, true/false, or text"),
    )
    as_of = forms.CharField(label=_("As of"), required=False, help_text="2019-10")
    source = forms.ChoiceField(label=_("Source"), choices=())
    page = forms.CharField(label=_("Page"), required=False, max_length=50)
    section = forms.CharField(label=_("Section"), required=False, max_length=200)
    quote = forms.CharField(label=_("Quote"), required=False, max_length=300)
    timestamp = forms.CharField(
        label=_("Media time"), required=False, max_length=12, help_text="1:20:05"
    )
    confidence = forms.ChoiceField(
        label=_("Confidence"), choices=enum_choices(Confidence), initial="medium"
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=enum_choices(ClaimStatus), initial="asserted"
    )
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


_LOCATOR = ("page", "section", "quote", "timestamp")


class ClaimEditor(Editor):
    kind = "claim"
    section = "claims"
    form_class = ClaimForm
    paths: ClassVar[dict[str, str]] = {f"locator.{k}": k for k in _LOCATOR} | {"locator": "quote"}

    def configure(self, form: forms.Form) -> None:
        subject = form.fields["subject"]
        prop = form.fields["property"]
        source = form.fields["source"]
        assert isinstance(subject, forms.ChoiceField)
        assert isinstance(prop, forms.ChoiceField)
        assert isinstance(source, forms.ChoiceField)
        subject.choices = blank(entity_choices(self.case, _SUBJECT_KINDS))
        known = [(k, f"{k} — {desc}") for k, (_kind, desc) in PROPERTIES.items()]
        custom = sorted({c.property for c in self.case.claims if c.property not in PROPERTIES})
        current = (self.original or {}).get("property")
        if current and current not in PROPERTIES and current not in custom:
            custom.append(current)
        prop.choices = blank(known + [(c, c) for c in custom])
        source.choices = blank(entity_choices(self.case, ("source",)))
        form.fields["value"].widget.attrs.update(dir="auto")
        form.fields["quote"].widget.attrs.update(dir="auto")

    def initial_of(self, entity: dict[str, Any]) -> dict[str, Any]:
        locator = entity.get("locator") or {}
        return {
            **entity,
            "value": _value_text(entity.get("value")),
            **{k: locator.get(k, "") for k in _LOCATOR},
        }

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["subject"] = cd["subject"]
        out["property"] = cd["property"]
        out["value"] = parse_value(cd["property"], cd["value"])
        out["source"] = cd["source"]
        put(out, "as_of", cd.get("as_of"))
        locator = dict(out.get("locator") or {})
        for k in _LOCATOR:
            put(locator, k, cd.get(k))
        put(out, "locator", locator or None)
        put(out, "confidence", None if cd["confidence"] == "medium" else cd["confidence"])
        put(out, "status", None if cd["status"] == "asserted" else cd["status"])
        put(out, "notes", cd.get("notes"))


# -- events and proceedings --------------------------------------------------------------------


class EventForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    type = forms.ChoiceField(label=_("Type"), choices=enum_choices(EventType))
    title = forms.CharField(label=_("Title"), max_length=500)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class EventEditor(Editor):
    kind = "event"
    section = "events"
    form_class = EventForm
    formset_names = ("participants",)

    def configure(self, form: forms.Form) -> None:
        form.fields["title"].widget.attrs.update(dir="auto")

    def row_kwargs(self, formset: str) -> dict[str, Any]:
        return {"choices": entity_choices(self.case, ("person", "organisation"))}

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["type"] = cd["type"]
        out["title"] = cd["title"]
        put(out, "notes", cd.get("notes"))


class ProceedingForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=enum_choices(ProceedingKind))
    title = forms.CharField(label=_("Title"), max_length=500)
    status = forms.ChoiceField(
        label=_("Status"), choices=enum_choices(ProceedingStatus), initial="unknown"
    )
    concerns = forms.MultipleChoiceField(
        label=_("Concerns"), choices=(), required=False, widget=forms.CheckboxSelectMultiple
    )
    authority = forms.ChoiceField(label=_("Authority"), choices=(), required=False)
    number = forms.CharField(label=_("Number"), required=False, max_length=100)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ProceedingEditor(Editor):
    kind = "proceeding"
    section = "proceedings"
    form_class = ProceedingForm
    formset_names = ("steps", "relations")

    def configure(self, form: forms.Form) -> None:
        concerns = form.fields["concerns"]
        authority = form.fields["authority"]
        assert isinstance(concerns, forms.MultipleChoiceField)
        assert isinstance(authority, forms.ChoiceField)
        concerns.choices = entity_choices(self.case, ("person",))
        authority.choices = blank(entity_choices(self.case, ("organisation",)))
        form.fields["title"].widget.attrs.update(dir="auto")

    def row_kwargs(self, formset: str) -> dict[str, Any]:
        if formset == "steps":
            return {"choices": entity_choices(self.case, ("event",))}
        own = (self.original or {}).get("id")
        return {"choices": [c for c in entity_choices(self.case, ("proceeding",)) if c[0] != own]}

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["kind"] = cd["kind"]
        out["title"] = cd["title"]
        put(out, "status", None if cd["status"] == "unknown" else cd["status"])
        put(out, "concerns", list(cd.get("concerns") or []))
        for key in ("authority", "number", "notes"):
            put(out, key, cd.get(key))


# -- representation and notes ------------------------------------------------------------------


class RepresentationForm(forms.Form):
    representative = forms.ChoiceField(
        label=_("Representative"), choices=(), help_text=_("a lawyer (person) or organisation")
    )
    clients = forms.MultipleChoiceField(
        label=_("Clients"), choices=(), widget=forms.CheckboxSelectMultiple
    )
    role = forms.CharField(
        label=_("Role"), max_length=100, initial="lawyer", help_text=_("lawyer, advocate, NGO…")
    )
    since = forms.CharField(label=_("Since"), required=False, help_text="2020-03-02, 2020-03")
    until = forms.CharField(label=_("Until"), required=False, help_text="2021-01-15")
    claims = forms.CharField(
        label=_("Claims (the mandate…)"),
        required=False,
        help_text=_("claim ids, e.g. c-mandate, c12"),
    )


class RepresentationEditor(Editor):
    kind = "representation"
    section = "representation"
    form_class = RepresentationForm

    def configure(self, form: forms.Form) -> None:
        representative = form.fields["representative"]
        clients = form.fields["clients"]
        assert isinstance(representative, forms.ChoiceField)
        assert isinstance(clients, forms.MultipleChoiceField)
        representative.choices = blank(entity_choices(self.case, ("person", "organisation")))
        clients.choices = entity_choices(self.case, ("person",))

    def initial_of(self, entity: dict[str, Any]) -> dict[str, Any]:
        return {
            **entity,
            "role": entity.get("role", "lawyer"),
            "claims": ", ".join(entity.get("claims", [])),
        }

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["representative"] = cd["representative"]
        out["clients"] = list(cd["clients"])
        out["role"] = cd["role"]
        for key in ("since", "until"):
            put(out, key, cd.get(key))
        put(out, "claims", split(cd.get("claims") or ""))


class NoteForm(forms.Form):
    date = forms.CharField(label=_("Date"), help_text="2024-05-02")
    author = forms.CharField(label=_("Author"), max_length=200)
    text = forms.CharField(
        label=_("Text (encrypted at rest)"), widget=forms.Textarea(attrs={"rows": 6})
    )


class NoteEditor(Editor):
    kind = "note"
    section = "notes"
    form_class = NoteForm

    def configure(self, form: forms.Form) -> None:
        form.fields["text"].widget.attrs.update(dir="auto")

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["date"] = cd["date"]
        out["author"] = cd["author"]
        out["text"] = cd["text"]


EDITORS: dict[str, type[Editor]] = {
    e.kind: e
    for e in (
        PersonEditor,
        RelativeEditor,
        OrganisationEditor,
        SourceEditor,
        ClaimEditor,
        EventEditor,
        ProceedingEditor,
        RepresentationEditor,
        NoteEditor,
    )
}
