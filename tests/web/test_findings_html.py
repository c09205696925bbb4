"""The finding trees on a case page (``findings_html``) print what the recursive template
they replace printed — same markup, escaping, localisation and translations — for tricky
values: HTML characters, numbers, lists, booleans, None, missing keys, plurals."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.template import Context, Engine
from django.utils import translation

from panah.web.templatetags.panah_findings import findings_html

# The recursive template the filter replaced (panah/finding.html, which included itself for
# each sub-finding), kept as the reference.
REFERENCE = (Path(__file__).parent / "fixtures" / "finding-reference.html").read_text("utf-8")


def _reference(findings: list[dict[str, Any]]) -> str:
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader", {"self": REFERENCE})],
        libraries={"i18n": "django.templatetags.i18n",
                   "panah_labels": "panah.web.templatetags.panah_labels"},
    )
    tpl = engine.get_template("self")
    return "".join(tpl.render(Context({"f": f, "open": False})) for f in findings)


def _norm(html: str) -> str:
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", html)).strip()


CLAIM = {
    "id": "c-1",
    "subject": "Crosses the border <near> Zaysan",
    "property": "date",
    "value": "2019-10-06",
    "source": "S1",
    "source_title": "Azattyq & co",
    "quote": 'он сказал "нет"',
}
LEAF = {
    "provision": "kz/law/art-1",
    "title": "Outside the country",
    "citation": "Law, art. 1",
    "outcome": "holds",
    "verification": "partial",
    "explanation": "It's <b>so</b>.",
    "missing_facts": [],
    "disputed": [],
    "applied_version": "",
    "relevant_date": None,
    "sub_findings": [],
    "claims": [CLAIM],
}
TRICKY_CLAIMS = [
    CLAIM,
    dict(CLAIM, id="c-2", value=1.5, quote=None, source_title=None),
    dict(CLAIM, id="c-3", value=["a", "<b>"], quote=""),
    dict(CLAIM, id="c-4", value=True),
    dict(CLAIM, id="c-5", value=12345),
    dict(CLAIM, id="c-6", value=None),
    {"id": "c-missing"},  # a claim id the case no longer has: only the id is known
]
ROOT = dict(
    LEAF,
    title="Definition of a refugee",
    outcome="undetermined",
    applied_version="in force 1954-04-22 to now",
    relevant_date="2020-06-01",
    missing_facts=["date of c-x", "<place>"],
    disputed=[
        {"subject": "e-cross", "property": "date", "values": [{"value": "2019-10-01"},
                                                             {"value": 2.5}]},
        {"values": [{"value": "x"}]},
    ],
    claims=TRICKY_CLAIMS,
    sub_findings=[LEAF, dict(LEAF, claims=[], sub_findings=[dict(LEAF, title="deep")])],
)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize(
    "findings",
    [
        pytest.param([], id="none"),
        pytest.param([LEAF], id="leaf"),
        pytest.param([ROOT, LEAF], id="tree-with-tricky-values"),
    ],
)
def test_same_markup_as_the_template(lang: str, findings: list[dict[str, Any]]) -> None:
    with translation.override(lang):
        assert _norm(str(findings_html(findings))) == _norm(_reference(findings))


def test_values_are_escaped() -> None:
    html = str(findings_html([ROOT]))
    assert "<b>so</b>" not in html
    assert "&lt;b&gt;so&lt;/b&gt;" in html
    assert "&lt;near&gt;" in html
    # A claim the case no longer has shows its id and nothing else (not "None").
    assert '<code>c-missing</code> <span dir="auto"></span> ·  = <span dir="auto"></span>' in html


def test_one_details_per_finding_and_translated_plural() -> None:
    with translation.override("ru"):
        html = str(findings_html([ROOT]))
    assert html.count('<details class="finding') == 4  # the root, two children, one grandchild
    assert "7 утверждений в основе вывода" in html or "7 утверждения в основе вывода" in html
