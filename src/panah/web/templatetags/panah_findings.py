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
from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext

from panah.web.middleware import engine_language
from panah.web.templatetags.panah_labels import label_html

__all__ = ["findings_html"]

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


def _claim_html(c: dict[str, Any]) -> str:
    item = (
        f'<li><code>{_v(c, "id")}</code> <span dir="auto">{_v(c, "subject")}</span>'
        f' · {_v(c, "property")} = <span dir="auto">{_v(c, "value")}</span>'
        f' — <code>{_v(c, "source")}</code> '
        f"{'' if c.get('source_title') is None else _e(c['source_title'])}"
    )
    if c.get("quote"):
        item += f' «<span dir="auto">{_e(c["quote"])}</span>»'
    return item + "</li>"


def _finding(
    f: dict[str, Any], out: list[str], texts: dict[str, str], written: dict[int, str]
) -> None:
    outcome = _v(f, "outcome")
    verification = _v(f, "verification")
    out.append(
        f'<details class="finding outcome-{outcome}">'
        f'<summary><span class="outcome">{_label(f, "outcome", "Outcome", texts)}</span> '
        f'<strong>{_v(f, "title")}</strong>'
        f' — <cite>{_v(f, "citation")}</cite> <span class="tag verification-{verification}"'
        f' title="{texts["verification"]}">{_label(f, "verification", "Verification", texts)}'
        "</span>"
    )
    disputed = f.get("disputed") or []
    if disputed:
        out.append(f' <span class="alert">⚠ {texts["disputed_flag"]}</span>')
    out.append('</summary>\n<div class="finding-body">\n')
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
    if disputed:
        out.append(f"<p><strong>{texts['disputed']}:</strong></p><ul>")
        for d in disputed:
            out.append(f"<li>{_or_blank(d.get('subject'))} {_or_blank(d.get('property'))}")
            out.extend(f' · <span dir="auto">{_v(v, "value")}</span>'
                       for v in d.get("values") or [])
            out.append("</li>")
        out.append("</ul>\n")
    claims = f.get("claims") or []
    if claims:
        n = len(claims)
        summary = texts.get(f"claims:{n}")  # the same few counts on most findings
        if summary is None:
            summary = texts[f"claims:{n}"] = _t(ngettext(
                "%(n)s claim behind this finding", "%(n)s claims behind this finding", n
            ) % {"n": n})
        out.append(f'<details class="claims"><summary>{summary}</summary>\n<ul>')
        for c in claims:
            # The same claim stands behind many findings (a generated case's ~140 findings
            # cite ~20 claims ~300 times; assessment_for shares their dictionaries): each
            # dictionary is written once. Keyed by identity, so equal output is certain.
            item = written.get(id(c))
            if item is None:
                item = written[id(c)] = _claim_html(c)
            out.append(item)
        out.append("</ul>\n</details>")
    for sub in f.get("sub_findings") or []:
        _finding(sub, out, texts, written)
    out.append("\n</div>\n</details>\n")


@register.filter
def findings_html(findings: Iterable[dict[str, Any]]) -> SafeString:
    """Each finding (from ``Assessment.to_json()``, with its ``claims``) as a collapsed
    ``<details>``: outcome, title, citation, verification level; inside, the explanation, the
    provision and version applied, missing and disputed facts, the claims behind it with their
    sources, then its sub-findings the same way."""
    texts = {
        "verification": _t(gettext("verification level of the provision text")),
        "disputed_flag": _t(gettext("disputed facts")),
        "law_as_on": _t(gettext("law as on")),
        "missing": _t(gettext("Missing facts")),
        "disputed": _t(gettext("Disputed facts")),
        "lang": engine_language(get_language()),
    }
    out: list[str] = []
    written: dict[int, str] = {}  # id(claim dictionary) -> its <li>, alive while findings are
    for f in findings:
        _finding(f, out, texts, written)
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped
