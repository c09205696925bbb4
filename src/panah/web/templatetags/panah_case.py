"""The case page's repeated parts written in Python: people with their names and relatives,
the timeline's events, the conflicts side by side, the sources, each person's alerts and
deadlines.

Through template loops these were most of the page's CPU time: about 1,700 template nodes
and 100 URL reversals a page, 10 of its 13 ms of rendering (``bench/web_case_cpu.py``), which
under 10 clients on 2 cores decides the page's latency (``bench/web_load.py``). The markup is
the one the loops wrote (``tests/web/fixtures/case-page-reference.html`` keeps them, and a
test compares both on tricky values): every value is localised and escaped as ``{{ value }}``
would be, ``{% translate %}`` texts are escaped too, ``{% blocktranslate %}`` texts are not
(their values are), the texts are the same translatable strings, and each link is what
``{% url %}`` gives (reversed once per page with a stand-in id, then filled in).

Each tag takes the page's context: ``record``, ``can_change`` and ``csrf_token`` as the
template had them.
"""

from __future__ import annotations

import functools
import html
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any
from urllib.parse import quote

from django import forms, template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, pgettext

from panah.law.labels import PROPERTY_CATALOGUE
from panah.web.middleware import engine_language
from panah.web.templatetags.panah_labels import label_html

__all__ = [
    "case_conflicts",
    "case_document_form",
    "case_people",
    "case_sources",
    "case_timeline_events",
    "case_url",
    "names_html",
    "person_alerts",
    "person_deadlines",
]

register = template.Library()

def _e(value: Any) -> str:
    """What ``{{ value }}`` prints: localised, then escaped."""
    if type(value) is str:  # most values: the fast path of the same escaping
        return html.escape(value)
    return str(conditional_escape(localize(value)))


def _get(d: Any, key: str) -> Any:
    """``d.key`` as a template resolves it on a dictionary: missing prints as ''."""
    if isinstance(d, Mapping):
        return d.get(key, "")
    return ""


def _v(d: Any, key: str) -> str:
    """``{{ d.key }}``."""
    return _e(_get(d, key))


def _or_none(d: Any, key: str, default: str = "") -> str:
    """``{{ d.key|default_if_none:default }}``."""
    value = _get(d, key)
    return default if value is None else _e(value)


def _join(values: Iterable[Any], sep: str) -> str:
    """``{{ values|join:sep }}`` (each item escaped, not localised, as the filter does)."""
    return html.escape(sep).join(str(conditional_escape(v)) for v in values)


def _t(text: str) -> str:
    """``{% translate %}``: the translation, escaped."""
    return str(conditional_escape(text))


def _lang() -> str:
    """The engine's language for the page's language (labels of catalogue values)."""
    return engine_language(get_language())


def _lab(value: Any, catalogue: str, lang: str) -> str:
    """``{{ value|label:catalogue }}``: a catalogue value's label in ``lang``, escaped."""
    if value is None or value == "":
        return ""
    return label_html(str(value), catalogue, lang)


_PLAIN_ID = re.compile(r"[A-Za-z0-9_.:-]+")  # case keys and ids: nothing reverse quotes
_INT_STAND_IN = 9876543210123


@functools.lru_cache(maxsize=256)
def _url_pieces(
    name: str, kinds: tuple[str, ...], urlconf: str | None, prefix: str
) -> tuple[str, ...] | None:
    """The URL ``name`` reversed once (for this URLconf and script prefix) with a stand-in
    for each argument, split at them; None if they do not come out as they went in."""
    stand_ins = [_INT_STAND_IN if kind == "int" else f"~{n}~" for n, kind in enumerate(kinds)]
    rest = reverse(name, urlconf=urlconf, args=stand_ins)
    pieces = []
    for stand_in in stand_ins:
        before, found, rest = rest.partition(str(stand_in))
        if not found:  # pragma: no cover - a pattern that moves its arguments around
            return None
        pieces.append(before)
    pieces.append(rest)
    return tuple(pieces)


def _url(name: str, *args: Any) -> str:
    """``{% url name *args %}``: what ``reverse`` gives, escaped as the url tag escapes it.
    Reversing costs about 40 µs; a case page has ~30 links to its own pages and one per
    person, event and source: the reversed pattern is remembered and the arguments (case keys
    and ids, which reverse leaves as they are) filled in. Anything else is reversed."""
    kinds = tuple("int" if type(a) is int else "str" for a in args)
    pieces = None
    if all(
        k == "int" or (isinstance(a, str) and _PLAIN_ID.fullmatch(a))
        for k, a in zip(kinds, args, strict=True)
    ):
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        pieces = _url_pieces(name, kinds, urlconf, get_script_prefix())
    if pieces is None:
        return html.escape(reverse(name, args=args))
    out = [pieces[0]]
    for arg, piece in zip(args, pieces[1:], strict=True):
        out.append(str(arg))
        out.append(piece)
    return html.escape("".join(out))


@register.simple_tag
def case_url(name: str, *args: Any) -> SafeString:
    """``{% case_url 'case_export' record.key %}``: the same as ``{% url %}``, faster."""
    return mark_safe(_url(name, *args))  # noqa: S308 - escaped


def _url_maker(name: str, key: str, *, number: bool = False) -> Callable[..., str]:
    """``{% url name key ident %}`` (``... ident n %}`` with ``number``) for many idents: the
    pattern is looked up once for all of them (an ident ``reverse`` would quote goes through
    :func:`_url`)."""
    kinds = ("str", "str", "int") if number else ("str", "str")
    pieces = None
    if _PLAIN_ID.fullmatch(key):
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        pieces = _url_pieces(name, kinds, urlconf, get_script_prefix())
    if pieces is None:
        if number:
            return lambda ident, n: _url(name, key, ident, int(n))
        return lambda ident: _url(name, key, ident)
    start = f"{pieces[0]}{key}{pieces[1]}"
    if number:
        between, end = pieces[2], pieces[3]

        def make_numbered(ident: Any, n: Any) -> str:
            if isinstance(ident, str) and _PLAIN_ID.fullmatch(ident):
                return html.escape(f"{start}{ident}{between}{int(n)}{end}")
            return _url(name, key, ident, int(n))

        return make_numbered
    end = pieces[2]

    def make(ident: Any) -> str:
        if isinstance(ident, str) and _PLAIN_ID.fullmatch(ident):
            return html.escape(f"{start}{ident}{end}")
        return _url(name, key, ident)

    return make


def _edit_text() -> str:
    return _t(gettext("Edit"))


def _csrf_input(context: Any) -> str:
    """``{% csrf_token %}``."""
    token = context.get("csrf_token")
    if not token or token == "NOTPROVIDED":  # noqa: S105 - Django's "no token" marker
        return ""
    return f'<input type="hidden" name="csrfmiddlewaretoken" value="{_e(str(token))}">'


# --- names -----------------------------------------------------------------------------------
def _names(names: Iterable[Mapping[str, Any]], texts: Mapping[str, str], out: list[str]) -> None:
    out.append('<ul class="names">')
    for n in names:
        lang = n.get("lang")
        out.append(
            f'\n  <li><span class="name" lang="{_e(lang) if lang else "und"}" dir="auto">'
            f'{_v(n, "value")}</span>\n    <span class="tag" title="{texts["script"]}">'
            f'{_v(n, "script")}</span>'
        )
        if lang:
            out.append(f'<span class="tag" title="{texts["language"]}">{_e(lang)}</span>')
        if n.get("scheme"):
            out.append(f'<span class="tag" title="{texts["scheme"]}">{_e(n["scheme"])}</span>')
        if n.get("kind"):
            kind = _lab(n["kind"], "NameKind", texts["lang"])
            out.append(f'<span class="tag kind">{kind}</span>')
        if n.get("preferred"):
            out.append(f'<span class="tag pref">{texts["preferred"]}</span>')
        out.append("</li>\n")
    out.append("</ul>")


def _name_texts() -> dict[str, str]:
    return {
        "script": _t(gettext("script")),
        "language": _t(gettext("language")),
        "scheme": _t(gettext("transliteration scheme")),
        "preferred": _t(gettext("preferred")),
        "lang": _lang(),
    }


@register.filter
def names_html(names: Iterable[Mapping[str, Any]]) -> SafeString:
    """``{% include "panah/names.html" with names=names %}``: each variant with its script,
    language, transliteration scheme, kind and preference."""
    out: list[str] = []
    _names(names, _name_texts(), out)
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- people ----------------------------------------------------------------------------------
@register.simple_tag(takes_context=True)
def case_people(context: Any) -> SafeString:
    """Each person: names, facts, relatives (with edit links for those who may change)."""
    can_change = bool(context.get("can_change"))
    key = context["record"].key
    names = _name_texts()
    lang = names["lang"]
    edit = _edit_text()
    if can_change:
        person_edit = _url_maker("case_person_edit", key)
        relative_edit = _url_maker("case_relative_edit", key, number=True)
        relative_new = _url_maker("case_relative_new", key)
    facts = {
        "born": _t(gettext("Born")),
        "citizenship": _t(gettext("Citizenship")),
        "origin": _t(gettext("Origin")),
        "languages": _t(gettext("Languages")),
        "relatives": _t(gettext("Relatives")),
        "relation": _t(pgettext("kinship", "Relation")),
        "names": _t(gettext("Names")),
        "age": _t(gettext("Age")),
        "where": _t(gettext("Where")),
        "status": _t(gettext("Status")),
        "details": _t(gettext("Details")),
        "add_relative": _t(gettext("Add a relative")),
    }
    out: list[str] = []
    for p in context.get("people") or ():
        out.append(
            f'\n  <article class="person">\n    <h3 dir="auto">{_v(p, "display")} <small>'
            f'{", ".join(_lab(role, "Role", lang) for role in p.get("roles") or ())}</small>'
        )
        if can_change:
            out.append(f' <a class="edit" href="{person_edit(p["id"])}">{edit}</a>')
        out.append("</h3>\n    ")
        _names(p.get("names") or (), names, out)
        out.append('\n    <dl class="facts">\n      ')
        if p.get("birth_date"):
            out.append(f"<dt>{facts['born']}</dt><dd>{_e(p['birth_date'])}</dd>")
        out.append("\n      ")
        if p.get("citizenship"):
            out.append(f"<dt>{facts['citizenship']}</dt>"
                       f"<dd>{_join(p['citizenship'], ', ')}</dd>")
        out.append("\n      ")
        if p.get("origin"):
            out.append(f'<dt>{facts["origin"]}</dt><dd dir="auto">{_e(p["origin"])}</dd>')
        out.append("\n      ")
        if p.get("languages"):
            out.append(f"<dt>{facts['languages']}</dt>"
                       f"<dd>{_join(p['languages'], ', ')}</dd>")
        out.append("\n    </dl>\n    ")
        relatives = p.get("relatives") or ()
        if relatives:
            out.append(
                f"\n    <h4>{facts['relatives']}</h4>\n"
                f'    <table class="relatives"><thead><tr><th>{facts["relation"]}</th>'
                f"<th>{facts['names']}</th><th>{facts['age']}</th>"
                f"<th>{facts['where']}</th><th>{facts['status']}</th>"
                f"<th>{facts['details']}</th>{'<th></th>' if can_change else ''}"
                "</tr></thead><tbody>\n    "
            )
            reprisal = _t(gettext("faces reprisal"))
            for n, r in enumerate(relatives, start=1):
                out.append(f"\n      <tr><td>{_v(r, 'relation')}</td><td>")
                _names(r.get("names") or (), names, out)
                out.append(f"</td>\n        <td>{_or_none(r, 'age')}")
                if r.get("age_as_of"):
                    out.append(f" <small>({_e(r['age_as_of'])})</small>")
                out.append(
                    f'</td>\n        <td dir="auto">{_or_none(r, "location")}</td>\n'
                    f"        <td>{_lab(_get(r, 'status'), 'RelativeStatus', lang)}"
                )
                if r.get("faces_reprisal"):
                    out.append(f' · <span class="alert">{reprisal}</span>')
                out.append(f'</td>\n        <td dir="auto">{_or_none(r, "details")}</td>')
                if can_change:
                    out.append(
                        f'<td><a class="edit" href="{relative_edit(p["id"], n)}">{edit}</a></td>'
                    )
                out.append("</tr>\n    ")
            out.append("</tbody></table>\n    ")
        out.append("\n    ")
        if can_change:
            out.append(f'<p><a class="add" href="{relative_new(p["id"])}">+ '
                       f"{facts['add_relative']}</a></p>")
        out.append("\n  </article>\n")
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- timeline --------------------------------------------------------------------------------
@register.simple_tag(takes_context=True)
def case_timeline_events(context: Any) -> SafeString:
    """The timeline's ``<li>`` rows: date with its precision, title, sources, a flag where
    sources disagree, edit links."""
    can_change = bool(context.get("can_change"))
    events = _get(context.get("timeline") or {}, "events") or ()
    if not events:
        no_events = _t(gettext("No events."))
        return mark_safe(f"<li>{no_events}</li>\n")  # noqa: S308 - a text
    key = context["record"].key
    if can_change:
        event_edit = _url_maker("case_event_edit", key)
        claim_new = _url("case_claim_new", key)
        edit = _edit_text()
        add_date = _t(gettext("Add a date"))
    disagree = _t(gettext("sources disagree"))
    lang = _lang()
    undated = _t(gettext("undated"))
    out: list[str] = []
    for e in events:
        date = e.get("date")
        out.append(
            f'\n  <li class="phase-{_v(e, "phase")}{" disputed" if e.get("conflicts") else ""}">'
            f'\n    <span class="when">{_v(date, "date") if date else undated}</span>\n    '
        )
        if date:
            precision = _lab(_get(date, "precision"), "Precision", lang)
            out.append(f'<span class="precision">{precision}')
            qualifier = _get(date, "qualifier")
            if qualifier != "exact":
                out.append(f", {_lab(qualifier, 'Qualifier', lang)}")
            out.append("</span>")
        out.append(
            f'\n    <span class="what" dir="auto">{_v(e, "title")}</span>\n'
            f'    <span class="sources">[{_join(e.get("sources") or (), " ")}]</span>\n    '
        )
        if e.get("conflicts"):
            out.append(f'<span class="alert" title="{disagree}">⚠ {disagree}</span>')
        out.append("\n    ")
        if can_change:
            ident = str(e["id"])
            out.append(
                f'<span class="edit-links"><a class="edit" href="{event_edit(ident)}">{edit}</a>'
                f' <a class="edit" href="{claim_new}?subject={html.escape(quote(ident))}'
                f'&amp;property=date">{add_date}</a></span>'
            )
        out.append("\n  </li>\n")
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- conflicts -------------------------------------------------------------------------------
@register.simple_tag(takes_context=True)
def case_conflicts(context: Any) -> SafeString:
    """Each conflict: the values side by side with the claims behind each (and a form to work
    with one, for those who may change), then the working value chosen, if any."""
    conflicts = context.get("conflicts") or ()
    if not conflicts:
        no_conflicts = _t(gettext("The sources do not disagree."))
        return mark_safe(f"<p>{no_conflicts}</p>\n")  # noqa: S308 - a text
    can_change = bool(context.get("can_change"))
    record = context["record"]
    lang = _lang()
    if can_change:
        action = _url("case_working_value", record.key)
        csrf = _csrf_input(context)
        version = _e(record.version)
        form_texts = (_t(gettext("Reason")), _t(gettext("Work with this value")))
    working_text = _t(gettext("Working value"))
    no_working = _t(gettext("No working value chosen."))
    out: list[str] = []
    for c in conflicts:
        subject, prop = _v(c, "subject"), _v(c, "property")
        prop_label = _lab(_get(c, "property"), PROPERTY_CATALOGUE, lang)
        agreement = _lab(_get(c, "agreement"), "Agreement", lang)
        working = c.get("working_value")
        out.append(
            f'\n  <article class="conflict">\n    <h3 dir="auto">{_v(c, "subject_label")} '
            f"<small><code>{subject}</code> · {prop_label} · {agreement}</small></h3>\n"
            '    <div class="side-by-side">\n    '
        )
        for v in c.get("values") or ():
            chosen = bool(working) and _get(working, "value") == _get(v, "value")
            out.append(
                f'\n      <div class="value{" chosen" if chosen else ""}">\n'
                f'        <p class="v" dir="auto">{_v(v, "value")}</p>\n        <ul>'
            )
            for cl in v.get("claims") or ():
                locator = _get(cl, "locator")
                out.append(
                    f"<li><code>{_v(cl, 'source')}</code> {_or_none(cl, 'source_title')}"
                )
                quote_text = _get(locator, "quote")
                if quote_text:
                    out.append(f' — «<span dir="auto">{_e(quote_text)}</span>»')
                page = _get(locator, "page")
                if page:
                    out.append(f" p. {_e(page)}")
                out.append(
                    f" <small>({_lab(_get(cl, 'confidence'), 'Confidence', lang)}, "
                    f"{_lab(_get(cl, 'status'), 'ClaimStatus', lang)})</small></li>"
                )
            out.append("</ul>\n        ")
            if can_change:
                out.append(
                    f'\n        <form method="post" action="{action}" class="choose">{csrf}\n'
                    f'          <input type="hidden" name="subject" value="{subject}">\n'
                    f'          <input type="hidden" name="property" value="{prop}">\n'
                    f'          <input type="hidden" name="value" value="{_v(v, "json")}">\n'
                    f'          <input type="hidden" name="version" value="{version}">\n'
                    f"          <label>{form_texts[0]} "
                    '<input type="text" name="reason" required maxlength="1000"></label>\n'
                    f'          <button type="submit">{form_texts[1]}</button>\n'
                    "        </form>\n        "
                )
            out.append("\n      </div>\n    ")
        out.append('\n    </div>\n    <p class="working">')
        if working:
            chosen_by = gettext("chosen by %(who)s on %(when)s") % {
                "who": _v(working, "chosen_by"),
                "when": _v(working, "chosen_on"),
            }
            out.append(
                f"{working_text}: <strong dir=\"auto\">"
                f"{_v(working, 'value')}</strong> — {chosen_by}: "
                f'<span dir="auto">{_v(working, "reason")}</span>'
            )
        else:
            out.append(f'<span class="alert">{no_working}</span>')
        out.append("</p>\n  </article>\n")
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- sources ---------------------------------------------------------------------------------
@register.simple_tag(takes_context=True)
def case_sources(context: Any) -> SafeString:
    """The sources table's rows."""
    can_change = bool(context.get("can_change"))
    if can_change:
        source_edit = _url_maker("case_source_edit", context["record"].key)
        edit = _edit_text()
    lang = _lang()
    out: list[str] = []
    for s in context.get("sources") or ():
        out.append(f"<tr><td><code>{_v(s, 'id')}</code>")
        if can_change:
            out.append(f' <a class="edit" href="{source_edit(s["id"])}">{edit}</a>')
        out.append('</td><td>' + _lab(_get(s, "kind"), "SourceKind", lang)
                   + '</td><td dir="auto">')
        if s.get("url"):
            out.append(f'<a href="{_e(s["url"])}" rel="noreferrer noopener" target="_blank">'
                       f"{_v(s, 'title')}</a>")
        else:
            out.append(_v(s, "title"))
        if s.get("publisher"):
            out.append(f" <small>{_e(s['publisher'])}</small>")
        out.append(
            f"</td><td>{_or_none(s, 'date')}</td>"
            f"<td>{_lab(s.get('confidentiality') or 'public', 'Confidentiality', lang)}</td></tr>\n"
        )
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- a person's assessment: alerts and deadlines ---------------------------------------------
@register.filter
def person_alerts(pa: Mapping[str, Any]) -> SafeString:
    """A person's alerts, each with its severity, message and actions."""
    alerts = pa.get("alerts") or ()
    if not alerts:
        return mark_safe("")
    lang = _lang()
    out = ['<ul class="alerts">']
    for a in alerts:
        severity = _v(a, "severity")
        out.append(
            f'<li class="severity-{severity}"><strong>{_lab(a.get("severity"), "Severity", lang)}'
            f'</strong>: {_v(a, "message")}'
        )
        actions = a.get("actions") or ()
        if actions:
            out.append("<ul>")
            for act in actions:
                out.append(f"<li>{_v(act, 'text')}")
                if act.get("provision"):
                    out.append(f" <code>{_e(act['provision'])}</code>")
                out.append("</li>")
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


@register.filter
def person_deadlines(pa: Mapping[str, Any]) -> SafeString:
    """A person's deadlines: provision, what they run from, due date, status, verification."""
    deadlines = pa.get("deadlines") or ()
    if not deadlines:
        return mark_safe("")
    lang = _lang()
    heads = "".join(
        f"<th>{_t(text)}</th>"
        for text in (
            gettext("Deadline"),
            gettext("Runs from"),
            gettext("Due"),
            gettext("Status"),
            gettext("Verification"),
        )
    )
    out = [f'<table class="deadlines"><thead><tr>{heads}</tr></thead><tbody>\n      ']
    for d in deadlines:
        out.append(
            f"<tr><td>{_v(d, 'title')} <small><code>{_v(d, 'provision')}</code></small></td>"
            f'<td dir="auto">{_v(d, "trigger_label")}'
        )
        if d.get("starts_on"):
            out.append(f" ({_e(d['starts_on'])})")
        out.append(
            f"</td><td>{_or_none(d, 'due', '—')}</td>"
            f"<td>{_lab(_get(d, 'status'), 'DeadlineStatus', lang)}</td>"
            f"<td>{_lab(_get(d, 'verification'), 'Verification', lang)}</td></tr>"
        )
    out.append("\n    </tbody></table>")
    return mark_safe("".join(out))  # noqa: S308 - every value is escaped


# --- the documents form ----------------------------------------------------------------------
_WIDGETS: OrderedDict[Hashable, str] = OrderedDict()
_WIDGETS_MAX = 64
_widgets_lock = threading.Lock()


def _widget_html(bf: forms.BoundField) -> str:
    """``{{ field }}`` of an unbound form, remembered for the same field, language, choices,
    value and attributes: the documents form's template, language, format and date inputs are
    the same on every case page of a day (Django's widget templates took 1.5 ms a page); the
    person list differs from case to case and is rendered each time."""
    field = bf.field
    key = (
        type(bf.form).__module__,
        type(bf.form).__qualname__,
        bf.html_name,
        bf.auto_id,
        get_language(),
        type(field).__qualname__,
        type(field.widget).__qualname__,
        repr(getattr(field, "choices", None)),
        repr(bf.value()),
        repr(field.widget.attrs),
        field.required,
        field.disabled,
        field.localize,
    )
    with _widgets_lock:
        found = _WIDGETS.get(key)
        if found is not None:
            _WIDGETS.move_to_end(key)
            return found
    rendered = _select_html(bf)
    if rendered is None:
        rendered = str(bf)
    with _widgets_lock:
        _WIDGETS[key] = rendered
        while len(_WIDGETS) > _WIDGETS_MAX:
            _WIDGETS.popitem(last=False)
    return rendered


def _attrs_html(attrs: Mapping[str, Any]) -> str:
    """Django's ``django/forms/widgets/attrs.html``."""
    return "".join(
        f" {_e(str(name))}" if value is True else f' {_e(str(name))}="{_e(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )


def _select_html(bf: forms.BoundField) -> str | None:
    """``str(bf)`` for a plain ``Select`` without option groups, written here instead of
    through Django's three widget templates (select, option, attrs): the documents form's list
    of the case's people differs on every case page and cost about 0.4 ms a page that way.
    Anything else (another widget, option groups, a hidden initial) returns None, for
    Django to render. ``tests/web/test_case_page_html.py`` holds it to Django's output."""
    widget = bf.field.widget
    if type(widget) is not forms.Select or bf.field.show_hidden_initial:
        return None
    if bf.field.localize:
        widget.is_localized = True
    attrs = bf.build_widget_attrs({}, widget)
    if bf.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bf.auto_id)
    context = widget.get_context(bf.html_name, bf.value(), attrs)["widget"]
    out = [f'<select name="{_e(str(context["name"]))}"{_attrs_html(context["attrs"])}>']
    for group_name, options, _index in context["optgroups"]:
        if group_name:
            return None
        for option in options:
            if option.get("template_name") != widget.option_template_name:
                return None
            out.append(
                f'\n  <option value="{_e(str(option["value"]))}"'
                f"{_attrs_html(option['attrs'])}>{_e(str(option['label']))}</option>\n"
            )
    out.append("\n</select>")
    return "".join(out)


@register.simple_tag(takes_context=True)
def case_document_form(context: Any, form: forms.Form) -> SafeString:
    """``{% include "panah/document_form.html" %}`` for the case page's unbound form: each
    field's label and input, then the download button."""
    if form.is_bound:  # values and errors of a submitted form: the template, as it was
        return mark_safe(  # noqa: S308 - the template escapes
            render_to_string(
                "panah/document_form.html", {"form": form, "record": context["record"]}
            )
        )
    action = _url("case_document", context["record"].key)
    out = [f'<form method="get" action="{action}" class="document-form">\n  ']
    for bf in form:
        out.append(f"<label>{_e(bf.label)} {_widget_html(bf)}</label> ")
    download = _t(gettext("Download"))
    out.append(f'\n  <button type="submit">{download}</button>\n</form>\n')
    return mark_safe("".join(out))  # noqa: S308 - labels escaped, inputs rendered by Django
