"""``{{ value|label:"EventType" }}``: a catalogue value as a label in the page's language;
``{{ text|engine_text }}``: an English text of the engine stored in the database (a deadline's
title) in the page's language, when the engine's catalogue has it.

The labels live in the law layer (:mod:`panah.law.labels`, Django-free); this filter only
picks the language Django activated for the request. An enum member needs no argument
(``{{ status|label }}``); an empty value shows as nothing; a catalogue name the engine does
not have is an error, so a typo in a template fails its test instead of showing raw values.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from enum import StrEnum

from django import template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from panah.law.i18n import gettext, language
from panah.law.labels import label as catalogue_label
from panah.web.middleware import engine_language

__all__ = ["engine_text", "label", "label_html", "when"]

register = template.Library()


@register.filter(name="label")
def label(value: object, catalogue: str | None = None) -> str:
    if value is None or value == "":
        return ""
    lang = engine_language(translation.get_language())
    if isinstance(value, StrEnum):
        return catalogue_label(value, catalogue, lang=lang)
    return catalogue_label(str(value), catalogue, lang=lang)


@functools.lru_cache(maxsize=4096)
def label_html(value: str, catalogue: str, lang: str) -> str:
    """The label of catalogue value ``value`` in ``lang``, HTML-escaped, for the tags that write
    a page's markup in Python (``panah_case``, ``panah_findings``). Remembered: the catalogues are
    fixed for the process's life, and a page shows the same few values many times."""
    return html.escape(catalogue_label(value, catalogue, lang=lang))


ENGINE_TEMPLATES = ("Asylum-seeker certificate, term {k}", "Pre-trial complaint against {act}")
"""The engine's texts stored already filled in (deadlines' titles): each one is looked up by
its template in the engine's catalogue, what filled it put back in (a number ``k`` as it is,
a text, itself one of the engine's messages, translated)."""


_FILLED = {"k": r"\d+"}


@functools.cache
def _engine_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template_ in ENGINE_TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template_)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_FILLED.get(p, '.+')})"
            for i, p in enumerate(parts)
        )
        out.append((re.compile(rf"\A{regex}\Z"), template_))
    return tuple(out)


@register.filter(name="engine_text")
def engine_text(value: object) -> str:
    text = "" if value is None else str(value)
    lang = engine_language(translation.get_language())
    if not text or lang == "en":
        return text
    with language(lang):
        translated = gettext(text)
        if translated != text:
            return translated
        for pattern, template_ in _engine_patterns():
            m = pattern.match(text)
            if m is not None:
                values = {k: v if k == "k" else gettext(v) for k, v in m.groupdict().items()}
                return gettext(template_).format(**values)
        return text


@register.filter(name="when")
def when(value: object) -> SafeString:
    """``{{ moment|when }}``: a stored moment in the site's time zone, with that zone's offset
    from UTC written out ("2026-03-01 14:05 UTC+05:00"), in a ``<time>`` element that carries
    the exact moment. A naive value (no zone) is shown as it is, without an offset."""
    if not isinstance(value, dt.datetime):
        return mark_safe("")
    if timezone.is_naive(value):
        return mark_safe(html.escape(f"{value:%Y-%m-%d %H:%M}"))  # noqa: S308 - escaped
    local = timezone.localtime(value)
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}" if minutes else "UTC"
    return mark_safe(  # noqa: S308 - escaped
        f'<time datetime="{html.escape(local.isoformat())}">'
        f"{html.escape(f'{local:%Y-%m-%d %H:%M}')} <small>{zone}</small></time>"
    )
