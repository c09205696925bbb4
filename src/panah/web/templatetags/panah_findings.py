"""``{{ findings|findings_html }}``: the assessment's finding trees as HTML.

A case page holds 100-150 findings (sub-findings included) with a few hundred claims
behind them. Rendered through a recursive ``{% include %}`` of a template this took most of
the page's time (about 70 ms of 90, measured with ``bench/web_load.py``); the same markup
written here takes a few milliseconds. Every value is escaped (``conditional_escape``) and
localised (``localize``) exactly as ``{{ value }}`` in a template would be, and the texts
are the same translatable strings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext

from panah.law.labels import PROPERTY_CATALOGUE
from panah.web.assessment import finding_ids
from panah.web.middleware import engine_language
from panah.web.templatetags.panah_case import _url_pieces
from panah.web.templatetags.panah_labels import label_html

__all__ = ["finding_body_html", "finding_summary_html", "findings_html", "findings_outline"]

register = template.Library()


def _e(value: Any) -> str:
    """What ``{{ value }}`` prints: localised, then escaped."""
    if type(value) is str:  # most values: the fast path of the same escaping
        return html.escape(value)
    return str(conditional_escape(localize(value)))


def _v(d: dict[str, Any], key: str) -> str:
    """What ``{{ d.key }}`` prints; a missing key prints nothing, as in a template."""
    return _e(d[key]) if key in d else ""


def _or_blank(value: Any) -> str:
    """``{{ value|default:"" }}``."""
    return _e(value) if value else ""


def _t(text: str) -> str:
    return str(conditional_escape(text))


def _label(f: dict[str, Any], key: str, catalogue: str, texts: dict[str, str]) -> str:
    """``{{ f.key|label:catalogue }}``: a catalogue value's label in the page's language."""
    value = f.get(key)
    if value is None or value == "":
        return ""
    return label_html(str(value), catalogue, texts["lang"])


def _property(value: Any, lang: str) -> str:
    """A claim property's label in ``lang``; a custom (``x-``) property as written."""
    if value is None or value == "":
        return ""
    return label_html(str(value), PROPERTY_CATALOGUE, lang)


def _claim_html(c: dict[str, Any], lang: str) -> str:
    item = (
        f'<li><code>{_v(c, "id")}</code> <span dir="auto">{_v(c, "subject")}</span>'
        f' · {_property(c.get("property"), lang)} = <span dir="auto">{_v(c, "value")}</span>'
        f" — <code>{_v(c, 'source')}</code> "
        f"{'' if c.get('source_title') is None else _e(c['source_title'])}"
    )
    if c.get("quote"):
        item += f' «<span dir="auto">{_e(c["quote"])}</span>»'
    return item + "</li>"


def _summary(f: dict[str, Any], texts: dict[str, str]) -> str:
    """A finding's ``<summary>`` content: outcome, title, citation, verification level, and a
    flag when facts it used are disputed."""
    verification = _v(f, "verification")
    line = (
        f'<span class="outcome">{_label(f, "outcome", "Outcome", texts)}</span> '
        f"<strong>{_v(f, 'title')}</strong>"
        f' — <cite>{_v(f, "citation")}</cite> <span class="tag verification-{verification}"'
        f' title="{texts["verification"]}">{_label(f, "verification", "Verification", texts)}'
        "</span>"
    )
    if f.get("disputed"):
        line += f' <span class="alert">⚠ {texts["disputed_flag"]}</span>'
    return line


def _body(
    f: dict[str, Any], out: list[str], texts: dict[str, str], written: dict[int, str]
) -> None:
    """What opening a finding shows: its explanation, the provision and version applied, the
    missing and disputed facts, the claims behind it, then its sub-findings."""
    out.append(f'<p dir="auto">{_v(f, "explanation")}</p>\n')
    out.append(f'<p class="note"><code>{_v(f, "provision")}</code>')
    if f.get("applied_version"):
        out.append(f" · {_e(f['applied_version'])}")
    if f.get("relevant_date"):
        out.append(f" · {texts['law_as_on']} {_e(f['relevant_date'])}")
    out.append("</p>\n")
    missing = f.get("missing_facts") or []
    if missing:
        out.append(f"<p><strong>{texts['missing']}:</strong></p><ul>")
        out.extend(f"<li>{_e(m)}</li>" for m in missing)
        out.append("</ul>\n")
    disputed = f.get("disputed") or []
    if disputed:
        out.append(f"<p><strong>{texts['disputed']}:</strong></p><ul>")
        for d in disputed:
            prop = _property(d.get("property"), texts["lang"])
            out.append(f"<li>{_or_blank(d.get('subject'))} {prop}")
            out.extend(
                f' · <span dir="auto">{_v(v, "value")}</span>' for v in d.get("values") or []
            )
            out.append("</li>")
        out.append("</ul>\n")
    claims = f.get("claims") or []
    if claims:
        n = len(claims)
        summary = texts.get(f"claims:{n}")  # the same few counts on most findings
        if summary is None:
            summary = texts[f"claims:{n}"] = _t(
                ngettext("%(n)s claim behind this finding", "%(n)s claims behind this finding", n)
                % {"n": n}
            )
        out.append(f'<details class="claims"><summary>{summary}</summary>\n<ul>')
        for c in claims:
            # The same claim stands behind many findings (a generated case's ~140 findings
            # cite ~20 claims ~300 times; assessment_for shares their dictionaries): each
            # dictionary is written once. Keyed by identity, so equal output is certain.
            item = written.get(id(c))
            if item is None:
                item = written[id(c)] = _claim_html(c, texts["lang"])
            out.append(item)
        out.append("</ul>\n</details>")
    for sub in f.get("sub_findings") or []:
        _finding(sub, out, texts, written)


def _finding(
    f: dict[str, Any],
    out: list[str],
    texts: dict[str, str],
    written: dict[int, str],
) -> None:
    out.append(
        f'<details class="finding outcome-{_v(f, "outcome")}">'
        f"<summary>{_summary(f, texts)}</summary>\n"
        '<div class="finding-body">\n'
    )
    _body(f, out, texts, written)
    out.append("\n</div>\n</details>\n")


def _texts() -> dict[str, str]:
    return {
        "verification": _t(gettext("verification level of the provision text")),
        "disputed_flag": _t(gettext("disputed facts")),
        "law_as_on": _t(gettext("law as on")),
        "missing": _t(gettext("Missing facts")),
        "disputed": _t(gettext("Disputed facts")),
        "lang": engine_language(get_language()),
    }


@register.filter
def findings_html(findings: Iterable[dict[str, Any]]) -> SafeString:
    """Each finding (from ``Assessment.to_json()``, with its ``claims``) as a collapsed
    ``<details>``: outcome, title, citation, verification level; inside, the explanation, the
    provision and version applied, missing and disputed facts, the claims behind it with their
    sources, then its sub-findings the same way."""
    texts = _texts()
    out: list[str] = []
    written: dict[int, str] = {}  # id(claim dictionary) -> its <li>, alive while findings are
    for f in findings:
        _finding(f, out, texts, written)
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped


@register.filter
def finding_body_html(finding: dict[str, Any]) -> SafeString:
    """What opening one finding shows (the inside of its ``<details>`` in
    :func:`findings_html`): loaded on first opening from the finding's own view."""
    out: list[str] = []
    _body(finding, out, _texts(), {})
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


_FINDING_ID = re.compile(r"[A-Za-z0-9_.:~/-]+")  # what finding_url can fill in unquoted


def _finding_url(key: str, ident: str, query: str) -> str:
    """``{% url 'case_finding' key ident %}`` plus the page's query, escaped."""
    pieces = None
    if _FINDING_ID.fullmatch(ident) and _FINDING_ID.fullmatch(key):
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        pieces = _url_pieces("case_finding", ("str", "str"), urlconf, get_script_prefix())
    url = (
        f"{pieces[0]}{key}{pieces[1]}{ident}{pieces[2]}"
        if pieces is not None
        else reverse("case_finding", args=[key, ident])
    )
    return html.escape(url + (f"?{query}" if query else ""))


@register.simple_tag
def findings_outline(pa: dict[str, Any], key: str, query: str = "") -> SafeString:
    """A person's findings as the case page shows them: for each, what a reader scans (outcome,
    title, citation, verification level, disputed facts, and its explanation on one line) in a
    ``<details>`` whose body — the explanation tree, citations, claims and sub-findings, ~90%
    of the bytes — is loaded from the finding's own view (:func:`panah.web.views.case_finding`)
    on first opening (htmx). Without JavaScript the opened finding links to that view.
    ``query``: the page's ``as_of=...`` (the same date for the finding), already encoded."""
    texts = _texts()
    open_text = _t(gettext("Show the explanation, the citations and the claims behind it"))
    out: list[str] = []
    pieces = None  # the finding URL's pattern, looked up once for all the person's findings
    if _FINDING_ID.fullmatch(key):
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        pieces = _url_pieces("case_finding", ("str", "str"), urlconf, get_script_prefix())
    tail = f"?{query}" if query else ""
    for ident, f in finding_ids(pa):
        url = (
            html.escape(f"{pieces[0]}{key}{pieces[1]}{ident}{pieces[2]}{tail}")
            if pieces is not None and _FINDING_ID.fullmatch(ident)
            else _finding_url(key, ident, query)
        )
        out.append(
            f'<details class="finding outcome-{_v(f, "outcome")}" hx-get="{url}"'
            ' hx-trigger="toggle once" hx-target="find .finding-body" hx-swap="innerHTML">'
            f"<summary>{_summary(f, texts)}"
            f' <span class="finding-line" dir="auto">{_v(f, "explanation")}</span></summary>\n'
            f'<div class="finding-body"><p><a href="{url}">{open_text}</a></p></div>\n'
            "</details>\n"
        )
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


@register.filter
def finding_summary_html(finding: dict[str, Any]) -> SafeString:
    """A finding's ``<summary>`` content (outcome, title, citation, verification level)."""
    return mark_safe(_summary(finding, _texts()))  # noqa: S308 - every value is escaped
