"""``{{ value|label:"EventType" }}``: a catalogue value as a label in the page's language.

The labels live in the law layer (:mod:`panah.law.labels`, Django-free); this filter only
picks the language Django activated for the request. An enum member needs no argument
(``{{ status|label }}``); an empty value shows as nothing; a catalogue name the engine does
not have is an error, so a typo in a template fails its test instead of showing raw values.
"""

from __future__ import annotations

from enum import StrEnum

from django import template
from django.utils import translation

from panah.law.labels import label as catalogue_label
from panah.web.middleware import engine_language

__all__ = ["label"]

register = template.Library()


@register.filter(name="label")
def label(value: object, catalogue: str | None = None) -> str:
    if value is None or value == "":
        return ""
    lang = engine_language(translation.get_language())
    if isinstance(value, StrEnum):
        return catalogue_label(value, catalogue, lang=lang)
    return catalogue_label(str(value), catalogue, lang=lang)
