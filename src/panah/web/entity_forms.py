"""Forms to add and edit the parts of a case: people (with name variants), relatives, sources,
claims, events, proceedings and organisations.

An :class:`Editor` is one Django form plus named formsets (name variants, participants,
steps, relations). It turns what the user typed into the entity's case-file data (a JSON
dict, exactly what a YAML file would hold) and never validates case content itself: the
edited case is read back through the case-file loader, as ``panah validate`` reads a file,
and each problem the loader finds (``people[2].names[1].script: …``) is put back next to
the field it names with :meth:`Editor.add_problem`.

Fields the forms do not show (a name variant's ``claims``, a locator's ``span``, a source's
``content_hash``…) are kept as they were.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from django import forms
from django.forms import BaseFormSet, formset_factory
from django.utils.translation import gettext_lazy as _

from panah.core.case import Case
from panah.core.catalogue import (
    ClaimStatus,
    Confidence,
    Confidentiality,
    EventType,
    NameKind,
    OrganisationKind,
    ProceedingKind,
    ProceedingRelationKind,
    ProceedingStatus,
    RelativeStatus,
    Role,
    SourceKind,
)
from panah.core.properties import PROPERTIES, ValueKind, property_kind

__all__ = ["EDITORS", "Editor", "entity_choices"]

Choices = list[tuple[str, Any]]  # labels may be lazy translations

_SCRIPTS: Choices = [
    ("", _("detect from the letters")),
    ("Cyrl", "Cyrl — Cyrillic"),
    ("Latn", "Latn — Latin"),
    ("Arab", "Arab — Arabic script"),
    ("Hans", "Hans — Chinese (simplified)"),
    ("Hant", "Hant — Chinese (traditional)"),
    ("Hani", "Hani — Chinese characters"),
    ("Mong", "Mong — Mongolian"),
    ("Grek", "Grek — Greek"),
]


def _enum(enum: Iterable[Any]) -> Choices:
    return [(e.value, e.value.replace("_", " ")) for e in enum]


def _blank(choices: Choices, label: str = "—") -> Choices:
    return [("", label), *choices]


def _split(text: str) -> list[str]:
    """``"CN, KZ"`` or ``"CN KZ"`` -> ``["CN", "KZ"]``."""
    return [p for p in re.split(r"[\s,;]+", text.strip()) if p]


def _opt(value: Any) -> Any:
    """Empty form values are left out of the case file (the format's default applies)."""
    if value is None or value == "" or value == [] or value == ():
        return None
    return value


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    value = _opt(value)
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value


def entity_choices(case: Case, kinds: Iterable[str]) -> Choices:
    """``(id, "id — label")`` for the case's entities of the given kinds, in file order."""
    wanted = set(kinds)
    index = case.index()
    out: Choices = []
    for ident, kind, _entity in case.entities():
        if kind in wanted:
            label = index.label(ident)
            out.append((ident, f"{ident} — {label}" if label != ident else ident))
    return out


class _RowForm(forms.Form):
    """A row of a formset. Hidden ``keep`` carries the row's fields the form does not show."""

    keep = forms.CharField(required=False, widget=forms.HiddenInput)

    def kept(self) -> dict[str, Any]:
        text = self.cleaned_data.get("keep") or ""
        try:
            data = json.loads(text) if text else {}
        except json.JSONDecodeError:
            return {}
        return data if isinstance(data, dict) else {}


class NameVariantForm(_RowForm):
    value = forms.CharField(label=_("Name as written"), max_length=300)
    script = forms.ChoiceField(label=_("Script"), choices=_SCRIPTS, required=False)
    lang = forms.CharField(label=_("Language"), max_length=35, required=False)
    scheme = forms.CharField(label=_("Transliteration scheme"), max_length=40, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=_enum(NameKind), initial=NameKind.PRESS.value)
    preferred = forms.BooleanField(label=_("Preferred"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["value"].widget.attrs.update(dir="auto", autocomplete="off")
        self.fields["lang"].widget.attrs.update(list="lang-tags", size="6")
        self.fields["scheme"].widget.attrs.update(list="translit-schemes", size="10")

    def data_out(self) -> dict[str, Any]:
        from panah.identity import detect_script

        cd = self.cleaned_data
        out = self.kept()
        out["value"] = cd["value"]
        script = cd.get("script") or ""
        if not script:
            detected = detect_script(cd["value"])
            script = detected if re.fullmatch(r"[A-Z][a-z]{3}", detected or "") else "Zyyy"
        out["script"] = script
        _put(out, "lang", cd.get("lang"))
        _put(out, "scheme", cd.get("scheme"))
        out["kind"] = cd["kind"]
        _put(out, "preferred", True if cd.get("preferred") else None)
        return out

    @staticmethod
    def initial_of(data: dict[str, Any]) -> dict[str, Any]:
        keep = {k: v for k, v in data.items() if k == "claims"}
        return {
            "value": data.get("value", ""),
            "script": data.get("script", ""),
            "lang": data.get("lang", ""),
            "scheme": data.get("scheme", ""),
            "kind": data.get("kind", NameKind.PRESS.value),
            "preferred": bool(data.get("preferred")),
            "keep": json.dumps(keep, ensure_ascii=False) if keep else "",
        }


class ParticipantForm(_RowForm):
    who = forms.ChoiceField(label=_("Who"), choices=())
    role = forms.CharField(label=_("Role in the event"), max_length=100, initial="subject")

    def __init__(self, *args: Any, choices: Choices = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        field = self.fields["who"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = _blank(list(choices))
        self.fields["role"].widget.attrs.update(list="participant-roles")

    def data_out(self) -> dict[str, Any]:
        return {**self.kept(), "who": self.cleaned_data["who"], "role": self.cleaned_data["role"]}

    @staticmethod
    def initial_of(data: dict[str, Any]) -> dict[str, Any]:
        return {"who": data.get("who", ""), "role": data.get("role", "")}


class StepForm(_RowForm):
    event = forms.ChoiceField(label=_("Event"), choices=())

    def __init__(self, *args: Any, choices: Choices = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        field = self.fields["event"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = _blank(list(choices))

    def data_out(self) -> str:
        return str(self.cleaned_data["event"])

    @staticmethod
    def initial_of(data: str) -> dict[str, Any]:
        return {"event": data}


class RelationForm(_RowForm):
    kind = forms.ChoiceField(
        label=_("Relation"),
        choices=_enum(ProceedingRelationKind),
        initial=next(iter(ProceedingRelationKind)).value,
    )
    proceeding = forms.ChoiceField(label=_("Proceeding"), choices=())

    def __init__(self, *args: Any, choices: Choices = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        field = self.fields["proceeding"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = _blank(list(choices))

    def data_out(self) -> dict[str, Any]:
        cd = self.cleaned_data
        return {**self.kept(), "kind": cd["kind"], "proceeding": cd["proceeding"]}

    @staticmethod
    def initial_of(data: dict[str, Any]) -> dict[str, Any]:
        return {"kind": data.get("kind", ""), "proceeding": data.get("proceeding", "")}


_ROW_FORMS: dict[str, type[_RowForm]] = {
    "names": NameVariantForm,
    "participants": ParticipantForm,
    "steps": StepForm,
    "relations": RelationForm,
}


def _formset_class(form: type[_RowForm]) -> type[BaseFormSet[Any]]:
    return formset_factory(form, extra=1, can_delete=True, max_num=200, absolute_max=300)


class Editor:
    """One entity's form and its formsets; see the module docstring."""

    kind: ClassVar[str]
    """person, relative, source, claim, event, proceeding, organisation."""
    section: ClassVar[str]
    """Where the entity lives in the case file: people, sources, claims…"""
    form_class: ClassVar[type[forms.Form]]
    formset_names: ClassVar[tuple[str, ...]] = ()
    paths: ClassVar[dict[str, str]] = {}
    """Case-file field path (below the entity) -> form field, where they differ."""
    has_names: ClassVar[bool] = False

    def __init__(
        self,
        case: Case,
        *,
        entity: dict[str, Any] | None,
        data: Any = None,
        new_id: str = "",
        initial: dict[str, Any] | None = None,
    ) -> None:
        self.case = case
        self.original = entity
        self.is_new = entity is None
        self.general: list[str] = []
        start = self.initial_of(entity) if entity is not None else {"id": new_id, **(initial or {})}
        self.form = self.form_class(data, initial=start, prefix="e")
        self.configure(self.form)
        if not self.is_new and "id" in self.form.fields:
            self.form.fields["id"].disabled = True
        self.formsets: dict[str, BaseFormSet[Any]] = {}
        for name in self.formset_names:
            rows = self.rows_of(entity or {}, name)
            cls = _formset_class(_ROW_FORMS[name])
            fs = cls(
                data,
                initial=[_ROW_FORMS[name].initial_of(r) for r in rows],  # type: ignore[attr-defined]
                prefix=name,
                form_kwargs=self.row_kwargs(name),
            )
            self.formsets[name] = fs

    @classmethod
    def row_form(cls, formset: str) -> type[forms.Form]:
        return _ROW_FORMS[formset]

    # -- per kind ------------------------------------------------------------------------------
    def configure(self, form: forms.Form) -> None:
        """Set choices that depend on the case."""

    def row_kwargs(self, formset: str) -> dict[str, Any]:
        return {}

    def rows_of(self, entity: dict[str, Any], formset: str) -> list[Any]:
        rows = entity.get(formset, [])
        return list(rows) if isinstance(rows, list) else []

    def initial_of(self, entity: dict[str, Any]) -> dict[str, Any]:
        return dict(entity)

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        """Write the main form's cleaned data into the entity's data."""
        raise NotImplementedError

    # -- common --------------------------------------------------------------------------------
    def is_valid(self) -> bool:
        ok = self.form.is_valid()
        for fs in self.formsets.values():
            ok = fs.is_valid() and ok
        return ok

    def has_errors(self) -> bool:
        if self.general or (self.form.is_bound and self.form.errors):
            return True
        return any(fs.is_bound and fs.total_error_count() for fs in self.formsets.values())

    def _kept_rows(self, name: str) -> list[tuple[int, forms.Form]]:
        fs = self.formsets[name]
        out: list[tuple[int, forms.Form]] = []
        for i, f in enumerate(fs.forms):
            cd = getattr(f, "cleaned_data", None)
            if not cd or cd.get("DELETE"):
                continue
            if i >= fs.initial_form_count() and not f.has_changed():
                continue
            out.append((i, f))
        return out

    def entity(self) -> dict[str, Any]:
        """The entity's case-file data from the (valid) forms."""
        out = dict(self.original or {})
        cd = self.form.cleaned_data
        if self.is_new:
            out["id"] = cd["id"]
        self.fill(out, cd)
        self._row_index: dict[str, list[int]] = {}
        for name in self.formsets:
            kept = self._kept_rows(name)
            self._row_index[name] = [i for i, _f in kept]
            _put(out, name, [f.data_out() for _i, f in kept])  # type: ignore[attr-defined]
        return out

    def name_values(self) -> list[str]:
        """The name spellings typed in the names formset (valid or not), for the match list."""
        if "names" not in self.formsets:
            return []
        fs = self.formsets["names"]
        values = []
        for i in range(fs.total_form_count() if fs.is_bound else len(fs.forms)):
            f = fs.forms[i]
            v = (f["value"].value() or "").strip() if f.is_bound else ""
            if v:
                values.append(v)
        return values

    def add_problem(self, rest: str, message: str) -> None:
        """Put a loader problem (path below the entity, ``""`` for the entity) on its field."""
        m = re.fullmatch(r"(\w+)(?:\[(\d+)\])?(?:\.(.+))?", rest) if rest else None
        if m is not None:
            head, idx, tail = m.group(1), m.group(2), m.group(3)
            if head in self.formsets and idx is not None:
                rows = getattr(self, "_row_index", {}).get(head, [])
                k = int(idx)
                if k < len(rows):
                    form = self.formsets[head].forms[rows[k]]
                    field = (tail or "").split(".")[0]
                    form.add_error(field if field in form.fields else None, message)
                    return
            if head in self.formsets and idx is None and tail is None:
                self.general.append(f"{head}: {message}")
                return
            dotted = head + (f".{tail}" if tail else "")
            field = self.paths.get(dotted, self.paths.get(head, head))
            if field in self.form.fields:
                # an item of a list typed in one field (citizenship "CN, KZ") is that field
                self.form.add_error(field, f"{int(idx) + 1}: {message}" if idx else message)
                return
        self.general.append(f"{rest}: {message}" if rest else message)


# -- people ------------------------------------------------------------------------------------


class PersonForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    roles = forms.MultipleChoiceField(
        label=_("Roles"),
        choices=_enum(Role),
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
        _put(out, "gender", None if cd["gender"] == "unknown" else cd["gender"])
        for key in ("birth_date", "ethnicity", "religion", "origin", "notes"):
            _put(out, key, cd.get(key))
        _put(out, "citizenship", _split(cd.get("citizenship") or ""))
        _put(out, "languages", _split(cd.get("languages") or ""))


class RelativeForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64, required=False)
    relation = forms.CharField(
        label=_("Relation"), max_length=100, help_text=_("mother, wife, younger brother…")
    )
    age = forms.IntegerField(label=_("Age"), required=False)
    age_as_of = forms.CharField(label=_("Age as of"), required=False, help_text="2019, 2019-10")
    location = forms.CharField(label=_("Where"), required=False, max_length=300)
    status = forms.ChoiceField(label=_("Status"), choices=_enum(RelativeStatus), initial="unknown")
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
            _put(out, "id", cd.get("id"))
        out["relation"] = cd["relation"]
        for key in ("age", "age_as_of", "location", "details"):
            _put(out, key, cd.get(key))
        _put(out, "status", None if cd["status"] == "unknown" else cd["status"])
        reprisal = cd.get("faces_reprisal")
        if reprisal is None:
            out.pop("faces_reprisal", None)
        else:
            out["faces_reprisal"] = reprisal


# -- organisations and sources -----------------------------------------------------------------


class OrganisationForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=_enum(OrganisationKind))
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
        _put(out, "country", cd.get("country"))
        _put(out, "notes", cd.get("notes"))


class SourceForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=_enum(SourceKind))
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
        label=_("Confidentiality"), choices=_enum(Confidentiality), initial="public"
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
            _put(out, key, cd.get(key))
        _put(
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
        label=_("Confidence"), choices=_enum(Confidence), initial="medium"
    )
    status = forms.ChoiceField(label=_("Status"), choices=_enum(ClaimStatus), initial="asserted")
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
        subject.choices = _blank(entity_choices(self.case, _SUBJECT_KINDS))
        known = [(k, f"{k} — {desc}") for k, (_kind, desc) in PROPERTIES.items()]
        custom = sorted({c.property for c in self.case.claims if c.property not in PROPERTIES})
        current = (self.original or {}).get("property")
        if current and current not in PROPERTIES and current not in custom:
            custom.append(current)
        prop.choices = _blank(known + [(c, c) for c in custom])
        source.choices = _blank(entity_choices(self.case, ("source",)))
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
        _put(out, "as_of", cd.get("as_of"))
        locator = dict(out.get("locator") or {})
        for k in _LOCATOR:
            _put(locator, k, cd.get(k))
        _put(out, "locator", locator or None)
        _put(out, "confidence", None if cd["confidence"] == "medium" else cd["confidence"])
        _put(out, "status", None if cd["status"] == "asserted" else cd["status"])
        _put(out, "notes", cd.get("notes"))


# -- events and proceedings --------------------------------------------------------------------


class EventForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    type = forms.ChoiceField(label=_("Type"), choices=_enum(EventType))
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
        _put(out, "notes", cd.get("notes"))


class ProceedingForm(forms.Form):
    id = forms.CharField(label=_("Id"), max_length=64)
    kind = forms.ChoiceField(label=_("Kind"), choices=_enum(ProceedingKind))
    title = forms.CharField(label=_("Title"), max_length=500)
    status = forms.ChoiceField(
        label=_("Status"), choices=_enum(ProceedingStatus), initial="unknown"
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
        authority.choices = _blank(entity_choices(self.case, ("organisation",)))
        form.fields["title"].widget.attrs.update(dir="auto")

    def row_kwargs(self, formset: str) -> dict[str, Any]:
        if formset == "steps":
            return {"choices": entity_choices(self.case, ("event",))}
        own = (self.original or {}).get("id")
        return {"choices": [c for c in entity_choices(self.case, ("proceeding",)) if c[0] != own]}

    def fill(self, out: dict[str, Any], cd: dict[str, Any]) -> None:
        out["kind"] = cd["kind"]
        out["title"] = cd["title"]
        _put(out, "status", None if cd["status"] == "unknown" else cd["status"])
        _put(out, "concerns", list(cd.get("concerns") or []))
        for key in ("authority", "number", "notes"):
            _put(out, key, cd.get(key))


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
    )
}
