"""The machinery of the entity forms: an :class:`Editor` is one Django form plus named
formsets (name variants, participants, steps, relations). It turns what the user typed into
the entity's case-file data (a JSON dict, exactly what a YAML file would hold) and never
validates case content itself: the edited case is read back through the case-file loader,
as ``panah validate`` reads a file, and each problem the loader finds
(``people[2].names[1].script: …``) is put back next to the field it names with
:meth:`Editor.add_problem`.

Fields the forms do not show (a name variant's ``claims``, a locator's ``span``, a source's
``content_hash``…) are kept as they were. The forms of each kind are in
:mod:`panah.web.entity_forms`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from django import forms
from django.forms import BaseFormSet, formset_factory
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from panah.core.case import Case
from panah.core.catalogue import NameKind, ProceedingRelationKind
from panah.law.labels import label as catalogue_label

__all__ = [
    "Choices",
    "Editor",
    "NameVariantForm",
    "ParticipantForm",
    "RelationForm",
    "StepForm",
    "blank",
    "entity_choices",
    "enum_choices",
    "put",
    "split",
]

Choices = list[tuple[str, Any]]  # labels may be lazy translations

_SCRIPTS: Choices = [
    ("", _("detect from the letters")),
    ("Cyrl", _("Cyrl — Cyrillic")),
    ("Latn", _("Latn — Latin")),
    ("Arab", _("Arab — Arabic script")),
    ("Hans", _("Hans — Chinese (simplified)")),
    ("Hant", _("Hant — Chinese (traditional)")),
    ("Hani", _("Hani — Chinese characters")),
    ("Mong", _("Mong — Mongolian")),
    ("Grek", _("Grek — Greek")),
]

# A catalogue value's label in the language of the request that renders the form.
_catalogue_label = lazy(catalogue_label, str)


def enum_choices(enum: Iterable[Any]) -> Choices:
    """``(value, label)`` for each catalogue value; the label in the page's language."""
    return [(e.value, _catalogue_label(e)) for e in enum]


def blank(choices: Choices, label: str = "—") -> Choices:
    return [("", label), *choices]


def split(text: str) -> list[str]:
    """``"CN, KZ"`` or ``"CN KZ"`` -> ``["CN", "KZ"]``."""
    return [p for p in re.split(r"[\s,;]+", text.strip()) if p]


def _opt(value: Any) -> Any:
    """Empty form values are left out of the case file (the format's default applies)."""
    if value is None or value == "" or value == [] or value == ():
        return None
    return value


def put(data: dict[str, Any], key: str, value: Any) -> None:
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
    kind = forms.ChoiceField(
        label=_("Kind"), choices=enum_choices(NameKind), initial=NameKind.PRESS.value
    )
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
        put(out, "lang", cd.get("lang"))
        put(out, "scheme", cd.get("scheme"))
        out["kind"] = cd["kind"]
        put(out, "preferred", True if cd.get("preferred") else None)
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
        field.choices = blank(list(choices))
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
        field.choices = blank(list(choices))

    def data_out(self) -> str:
        return str(self.cleaned_data["event"])

    @staticmethod
    def initial_of(data: str) -> dict[str, Any]:
        return {"event": data}


class RelationForm(_RowForm):
    kind = forms.ChoiceField(
        label=pgettext_lazy("between proceedings", "Relation"),
        choices=enum_choices(ProceedingRelationKind),
        initial=next(iter(ProceedingRelationKind)).value,
    )
    proceeding = forms.ChoiceField(label=_("Proceeding"), choices=())

    def __init__(self, *args: Any, choices: Choices = (), **kwargs: Any) -> None:  # type: ignore[assignment]
        super().__init__(*args, **kwargs)
        field = self.fields["proceeding"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = blank(list(choices))

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
    """person, relative, source, claim, event, proceeding, organisation, representation,
    note."""
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
        if self.is_new and "id" in cd:  # representation entries and notes have no id
            out["id"] = cd["id"]
        self.fill(out, cd)
        self._row_index: dict[str, list[int]] = {}
        for name in self.formsets:
            kept = self._kept_rows(name)
            self._row_index[name] = [i for i, _f in kept]
            put(out, name, [f.data_out() for _i, f in kept])  # type: ignore[attr-defined]
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
