"""The case page's parts written in Python (``panah_case``) print what the template loops they
replace printed — same markup, escaping, localisation, translations and links — for the
fixture case and for tricky values (HTML characters, quotes, numbers, lists, None, missing
keys, ids that links must quote), for a member who may change the case and one who may not."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django import forms
from django.template import Context, Engine
from django.utils import translation

from panah.web.views import _case_context

# The loops the tags replaced, one template per section, kept as the reference.
_REFERENCE_FILE = Path(__file__).parent / "fixtures" / "case-page-reference.html"
_SECTIONS = dict(
    re.findall(r"\{# == (\w+) == #\}\n(.*?)(?=\n\{# == |\Z)", _REFERENCE_FILE.read_text("utf-8"),
               re.S)
)
# The tag (or filter) that replaced each section's loop, as the case page uses it.
_REPLACEMENTS = {
    "names": "{{ names|names_html }}",
    "people": "{% case_people %}",
    "timeline": "{% case_timeline_events %}",
    "conflicts": "{% case_conflicts %}",
    "sources": "{% case_sources %}",
    "alerts": "{{ pa|person_alerts }}",
    "deadlines": "{{ pa|person_deadlines }}",
}


def _engine() -> Engine:
    templates = {f"ref-{k}": v for k, v in _SECTIONS.items()}
    templates["panah/names.html"] = _SECTIONS["names"]
    templates.update({f"new-{k}": "{% load panah_case %}" + v for k, v in _REPLACEMENTS.items()})
    return Engine(
        loaders=[("django.template.loaders.locmem.Loader", templates)],
        libraries={
            "i18n": "django.templatetags.i18n",
            "panah_case": "panah.web.templatetags.panah_case",
            "panah_labels": "panah.web.templatetags.panah_labels",
        },
    )


def _norm(html: str) -> str:
    """Runs of white space as one space: a space between two elements still shows."""
    return re.sub(r"\s+", " ", html).strip()


def _both(section: str, context: dict[str, Any]) -> tuple[str, str]:
    engine = _engine()
    ref = engine.get_template(f"ref-{section}").render(Context(context))
    new = engine.get_template(f"new-{section}").render(Context(context))
    return _norm(ref), _norm(new)


def _fixture_context(case_obj: Any, as_of: Any = None) -> dict[str, Any]:
    context = _case_context(case_obj, as_of)
    context["names"] = context["people"][0]["names"]
    context["pa"] = context["assessment"]["people"][0]
    return context


NAMES = [
    {"value": "Әлия <b>Ким</b>", "script": "Cyrl", "lang": "kk", "scheme": None, "kind": None,
     "preferred": True},
    {"value": 'Aliya "Kim" & co', "script": "Latn", "lang": None, "scheme": "iso9",
     "kind": "birth", "preferred": False},
    {"value": "عالیا", "script": "Arab", "lang": "", "scheme": "", "kind": "", "preferred": None},
]
TRICKY: dict[str, Any] = {
    "names": NAMES,
    "people": [
        {
            "id": "p-1",
            "display": "Әлия <Ким>",
            "roles": ["client", "<co-defendant>"],
            "names": NAMES,
            "gender": None,
            "birth_date": "1990-05",
            "citizenship": ["KZ", "CN"],
            "origin": "Xinjiang & <Ili>",
            "languages": ["kk", "ru"],
            "relatives": [
                {"relation": "mother", "names": NAMES[:1], "age": 60, "age_as_of": "2020",
                 "location": None, "status": "detained", "faces_reprisal": True,
                 "details": "<i>in camp</i>"},
                {"relation": "brother & son", "names": [], "age": None, "age_as_of": None,
                 "location": "Ürümqi", "status": "unknown", "faces_reprisal": False,
                 "details": None},
                {"relation": "sister", "names": NAMES, "age": 12345, "age_as_of": None,
                 "location": "", "status": "free", "faces_reprisal": None, "details": ""},
            ],
        },
        # An id that links must quote (not one the case-file format allows, but the tags
        # must not depend on that): reversed in full.
        {"id": "p 2?", "display": "", "roles": [], "names": [], "birth_date": None,
         "citizenship": [], "origin": None, "languages": [], "relatives": [
             {"relation": "x", "names": [], "age": 0, "age_as_of": "", "location": None,
              "status": "", "faces_reprisal": False, "details": None}]},
    ],
    "timeline": {
        "events": [
            {"id": "e-1", "phase": "flight", "title": "Crosses <the> border",
             "date": {"date": "2019-10", "precision": "month", "qualifier": "about"},
             "sources": ["S1", "S<2>"], "conflicts": [{"x": 1}]},
            {"id": "e:2.b", "phase": "detention", "title": "Detained & held",
             "date": {"date": "2020-01-05", "precision": "day", "qualifier": "exact"},
             "sources": [], "conflicts": []},
            {"id": "e-3", "phase": "", "title": "", "date": None, "sources": ["S1"],
             "conflicts": None},
            {"id": "e 4?&", "phase": "x", "title": "odd id", "date": {"date": "2021"},
             "sources": [], "conflicts": []},
        ]
    },
    "conflicts": [
        {
            "subject": "e-1", "subject_label": "Crosses <the> border", "property": "date",
            "agreement": "conflict",
            "values": [
                {"value": "2019-10-01", "json": '"2019-10-01"', "claims": [
                    {"source": "S1", "source_title": "Azattyq & co",
                     "locator": {"quote": 'он сказал "нет"', "page": 3},
                     "confidence": "high", "status": "asserted"},
                    {"source": "S2", "source_title": None, "confidence": "low",
                     "status": "disputed"},
                ]},
                {"value": 2.5, "json": "2.5", "claims": [
                    {"source": "S3", "source_title": "", "locator": {"page": "iv"},
                     "confidence": "medium", "status": "asserted"}]},
                {"value": ["a", "<b>"], "json": '["a", "<b>"]', "claims": []},
            ],
            "working_value": {"value": 2.5, "chosen_by": "lawyer <1>", "chosen_on": "2024-02-29",
                              "reason": "the court's \"record\""},
        },
        {
            "subject": "p-1", "subject_label": "Әлия", "property": "birth_date",
            "agreement": "partial",
            "values": [{"value": None, "json": "null", "claims": []},
                       {"value": True, "json": "true", "claims": []}],
            "working_value": None,
        },
    ],
    "sources": [
        {"id": "S1", "kind": "article", "title": "News <1>", "url": 'https://x.example/?a=1&b="2"',
         "publisher": "Azattyq & co", "date": "2020-01-01", "confidentiality": "restricted"},
        {"id": "S2", "kind": "testimony", "title": "Interview", "url": None, "publisher": None,
         "date": None, "confidentiality": None},
        {"id": "S3", "kind": "document", "title": "", "confidentiality": ""},
    ],
    "pa": {
        "alerts": [
            {"severity": "critical", "message": "Removal <soon> & now", "actions": [
                {"text": "File an appeal", "provision": "kz/code/art-1"},
                {"text": "Call <them>", "provision": None}]},
            {"severity": "info", "message": "", "actions": []},
        ],
        "deadlines": [
            {"title": "Appeal <10 days>", "provision": "kz/x", "trigger_label": "Decision & notice",
             "starts_on": "2024-02-29", "due": "2024-03-11", "status": "open",
             "verification": "partial"},
            {"title": "Other", "provision": "", "trigger_label": "", "starts_on": None,
             "due": None, "status": "unknown", "verification": "unverified"},
        ],
    },
}
EMPTY: dict[str, Any] = {"names": [], "people": [], "timeline": {"events": []}, "conflicts": [],
                         "sources": [], "pa": {"alerts": [], "deadlines": []}}


def _with_member(context: dict[str, Any], can_change: bool) -> dict[str, Any]:
    return {
        **context,
        "record": SimpleNamespace(key="k_Ab-9", version=12345),
        "can_change": can_change,
        "csrf_token": 'tok<&>"',
    }


@pytest.mark.parametrize("section", sorted(_REPLACEMENTS))
@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("can_change", [True, False], ids=["may-change", "viewer"])
@pytest.mark.parametrize("data", ["tricky", "empty"])
def test_same_markup_as_the_template(section: str, lang: str, can_change: bool,
                                     data: str) -> None:
    context = _with_member(TRICKY if data == "tricky" else EMPTY, can_change)
    with translation.override(lang):
        ref, new = _both(section, context)
    assert new == ref


@pytest.mark.parametrize("section", sorted(_REPLACEMENTS))
@pytest.mark.parametrize("as_of", [None, "2021-06-01"])
def test_same_markup_for_the_fixture_case(case_obj: Any, section: str, as_of: str | None) -> None:
    import datetime as dt

    day = dt.date.fromisoformat(as_of) if as_of else None
    context = _with_member(_fixture_context(case_obj, day), True)
    with translation.override("ru"):
        ref, new = _both(section, context)
    assert new == ref
    assert len(new) > 30  # the fixture case has something in every section


def test_values_are_escaped() -> None:
    context = _with_member(TRICKY, True)
    engine = _engine()
    html = "".join(engine.get_template(f"new-{k}").render(Context(context)) for k in _REPLACEMENTS)
    assert "<b>" not in html and "<i>" not in html and "<Ким>" not in html
    assert "&lt;b&gt;Ким&lt;/b&gt;" in html
    assert 'value="tok&lt;&amp;&gt;&quot;"' in html  # the CSRF token, as {% csrf_token %}
    assert 'href="https://x.example/?a=1&amp;b=&quot;2&quot;"' in html
    # Links: filled-in stand-ins, and ids that must be quoted reversed in full.
    assert 'href="/cases/k_Ab-9/people/p-1/relatives/3/edit/"' in html
    assert 'href="/cases/k_Ab-9/people/p%202%3F/relatives/1/edit/"' in html
    assert 'href="/cases/k_Ab-9/events/e%204%3F&amp;/edit/"' in html
    assert "?subject=e%204%3F%26&amp;property=date" in html


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_document_form_same_as_its_template(case_obj: Any, lang: str) -> None:
    """The case page's documents form (inputs that are the same on every page remembered)
    prints what ``panah/document_form.html`` prints, also for a second case whose people
    differ, and again once remembered."""
    from django.template.loader import render_to_string

    from panah.web.drafts import DocumentForm

    other = case_obj.model_copy(
        update={"people": (case_obj.people[0].model_copy(update={"id": "p-other<&>"}),)}
    )
    record = SimpleNamespace(key="k_Ab-9", version=1)
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader",
                  {"t": "{% load panah_case %}{% case_document_form form %}"})],
        libraries={"panah_case": "panah.web.templatetags.panah_case"},
    )
    with translation.override(lang):
        for case in (case_obj, other, case_obj, other):
            form = DocumentForm(case)
            expected = render_to_string("panah/document_form.html",
                                        {"form": form, "record": record})
            got = engine.get_template("t").render(Context({"form": form, "record": record}))
            assert _norm(got) == _norm(expected)
            assert ("p-other&lt;&amp;&gt;" in got) == (case is other)


def test_document_form_bound_is_the_template(case_obj: Any) -> None:
    from django.template.loader import render_to_string

    from panah.web.drafts import DocumentForm

    record = SimpleNamespace(key="k", version=1)
    form = DocumentForm(case_obj, data={"template": "nope"})
    form.is_valid()
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader",
                  {"t": "{% load panah_case %}{% case_document_form form %}"})],
        libraries={"panah_case": "panah.web.templatetags.panah_case"},
    )
    got = engine.get_template("t").render(Context({"form": form, "record": record}))
    assert got == render_to_string("panah/document_form.html", {"form": form, "record": record})
    assert "errorlist" in got


_CASE_URLS = [
    ("case_detail", ()), ("case_export", ()), ("case_claims", ()), ("case_replace", ()),
    ("case_person_edit", ("p-1",)), ("case_event_edit", ("e:2.b",)),
    ("case_relative_edit", ("p-1", 3)), ("case_relative_new", ("p_1",)),
    # Arguments that reverse quotes: reversed in full, the same as the url tag.
    ("case_person_edit", ("p 2?",)), ("case_event_edit", ("é&<x>",)),
]


@pytest.mark.parametrize(("name", "more"), _CASE_URLS, ids=lambda v: str(v))
@pytest.mark.parametrize("key", ["k_Ab-9", "Zz-09_xY", "odd key&"])
def test_case_url_same_as_the_url_tag(name: str, more: tuple[Any, ...], key: str) -> None:
    args = " ".join(f"a{n}" for n in range(len(more)))
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader", {
            "ref": f"{{% url name key {args} %}}",
            "new": f"{{% load panah_case %}}{{% case_url name key {args} %}}",
        })],
        libraries={"panah_case": "panah.web.templatetags.panah_case"},
    )
    context = {"name": name, "key": key, **{f"a{n}": v for n, v in enumerate(more)}}
    for _ in range(2):  # reversed, then from the remembered pattern
        new = engine.get_template("new").render(Context(context))
        assert new == engine.get_template("ref").render(Context(context))
    assert new.startswith("/cases/")


def test_case_url_follows_the_script_prefix() -> None:
    from django.urls import set_script_prefix

    from panah.web.templatetags.panah_case import case_url

    try:
        set_script_prefix("/panah/")
        assert case_url("case_export", "k1") == "/panah/cases/k1/export/"
    finally:
        set_script_prefix("/")
    assert case_url("case_export", "k1") == "/cases/k1/export/"


class _SelectForm(forms.Form):
    plain = forms.ChoiceField(choices=[("a", "A & <b>"), ("b\"'", "Б")])
    placeholder = forms.ChoiceField(choices=[("", "---"), ("1", "one")])  # required attribute
    optional = forms.ChoiceField(choices=[(1, "one"), (2, "two")], required=False)
    styled = forms.ChoiceField(
        choices=[("x", "X")], widget=forms.Select(attrs={"class": "wide", "data-n": 3})
    )
    helped = forms.ChoiceField(choices=[("x", "X")], help_text="pick one", disabled=True)
    grouped = forms.ChoiceField(choices=[("Group", [("g1", "G1")]), ("y", "Y")])
    radio = forms.ChoiceField(choices=[("r", "R")], widget=forms.RadioSelect)


@pytest.mark.parametrize(
    "data", [None, {"plain": "b\"'", "placeholder": "", "optional": "2", "styled": "nope"}]
)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_select_written_in_python_is_djangos(case_obj: Any, data: Any, lang: str) -> None:
    """``_select_html`` prints exactly what Django's select templates print (selected options,
    the required attribute, widget attributes, help text and errors, escaping), and leaves
    option groups and other widgets to Django."""
    from panah.web.drafts import DocumentForm
    from panah.web.templatetags.panah_case import _select_html

    with translation.override(lang):
        forms_ = [
            _SelectForm(data=data),
            DocumentForm(case_obj),
            _SelectForm(initial={"plain": "a"}),
        ]
        if data is not None:
            forms_[0].is_valid()  # errors: aria-invalid
        checked = 0
        for form in forms_:
            for bf in form:
                ours = _select_html(bf)
                if bf.name in ("grouped", "radio") or bf.name == "as_of":
                    assert ours is None
                    continue
                assert ours == str(bf), bf.name
                checked += 1
        assert checked >= 9
