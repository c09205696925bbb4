"""``{% load i18n %}`` gives panah's library (constant ``{% translate %}`` remembered per
language): the same text as Django's tag in every language, context and escaping, and the
non-constant forms rendered as Django renders them."""

from __future__ import annotations

import pytest
from django.template import Context, Engine, engines
from django.utils import translation

from panah.web.templatetags.panah_i18n import RememberedTranslateNode

pytestmark = pytest.mark.django_db


def _render(source: str, lang: str, **context: object) -> str:
    template = engines["django"].from_string(source)
    with translation.override(lang):
        return template.render(context)


def test_load_i18n_gives_the_remembering_node() -> None:
    template = engines["django"].from_string('{% load i18n %}{% translate "Cases" %}')
    nodes = template.template.nodelist.get_nodes_by_type(RememberedTranslateNode)
    assert len(nodes) == 1 and nodes[0].constant


def test_one_node_follows_the_language_of_each_render() -> None:
    template = engines["django"].from_string('{% load i18n %}{% translate "Cases" %}')
    seen = {}
    for lang in ("en", "ru", "en", "kk", "ru"):
        with translation.override(lang):
            out = template.render({})
        seen.setdefault(lang, out)
        assert out == seen[lang]
        with translation.override(lang):
            assert out == translation.gettext("Cases")
    assert seen["en"] == "Cases" and seen["ru"] != "Cases"


def test_message_context_and_escaping_as_django_does() -> None:
    source = '{% load i18n %}{% translate "ID" context "identifier" %}|{% translate "<b>&" %}'
    for lang in ("en", "ru", "en"):
        assert _render(source, lang) == _django_render(source, lang)
    with translation.override("ru"):
        expected = translation.pgettext("identifier", "ID")
    assert _render(source, "ru").startswith(expected)
    off = "{% load i18n %}{% autoescape off %}" + source.split("%}", 1)[1] + "{% endautoescape %}"
    assert _render(off, "ru") == _django_render(off, "ru")


def _django_render(source: str, lang: str, **context: object) -> str:
    """The same template through Django's own i18n library."""
    engine = Engine(libraries={"i18n": "django.templatetags.i18n"})
    with translation.override(lang):
        return engine.from_string(source).render(Context(context))


@pytest.mark.parametrize(
    "source",
    [
        "{% load i18n %}{% translate word %}",
        '{% load i18n %}{% translate "Cases"|upper %}',
        '{% load i18n %}{% translate "Cases" as t %}[{{ t }}]',
        '{% load i18n %}{% translate "Cases" noop %}',
        '{% load i18n %}{% translate "Cases" context ctx %}',
    ],
)
def test_non_constant_forms_render_as_django(source: str) -> None:
    template = engines["django"].from_string(source)
    node = template.template.nodelist.get_nodes_by_type(RememberedTranslateNode)[0]
    assert not node.constant
    for lang in ("en", "ru"):
        for word in ("Cases", "Deadlines"):
            context = {"word": word, "ctx": "identifier"}
            with translation.override(lang):
                ours = template.render(context)
            assert ours == _django_render(source, lang, **context)
