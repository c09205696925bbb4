"""Django's ``i18n`` template library with ``{% translate "constant" %}`` remembered.

``{% load panah_i18n %}`` gives every tag and filter of ``{% load i18n %}``; panah's templates
load it instead (``tests/web/test_i18n_library.py`` holds them to it). ``makemessages`` reads
the templates' ``{% translate %}`` tags as text and is not affected.

Each ``{% translate %}`` of a constant message costs about 10 µs on every render (the lookup
of the active translation, the catalogue, then escaping), and a case page has some seventy.
A constant message without filters or ``as``, in a constant or no context, translates to the
same text for a given language and autoescape setting for the life of the process (the
catalogues are read once), so the node keeps what it rendered for each language. Anything
else (a variable, a filter, ``as``, ``noop``, a context from a variable) renders as Django
renders it.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.templatetags import i18n as django_i18n
from django.utils.translation import get_language

__all__ = ["RememberedTranslateNode", "register"]

register = template.Library()
register.tags.update(django_i18n.register.tags)
register.filters.update(django_i18n.register.filters)


class RememberedTranslateNode(django_i18n.TranslateNode):
    """A ``TranslateNode`` that remembers its output per language where it is constant."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        expr = self.filter_expression
        context = self.message_context
        self.constant = (
            not self.noop
            and self.asvar is None
            and not expr.filters
            and getattr(expr.var, "literal", None) is not None
            and (context is None or (isinstance(context.var, str) and not context.filters))
        )
        self.remembered: dict[tuple[str | None, bool], Any] = {}

    def render(self, context: template.Context) -> Any:
        if not self.constant:
            return super().render(context)
        key = (get_language(), bool(context.autoescape))
        out = self.remembered.get(key)
        if out is None:
            out = self.remembered[key] = super().render(context)
        return out


def do_translate(parser: template.base.Parser, token: template.base.Token) -> template.Node:
    node = django_i18n.do_translate(parser, token)
    return RememberedTranslateNode(
        node.filter_expression, node.noop, node.asvar, node.message_context
    )


register.tag("translate", do_translate)
register.tag("trans", do_translate)
