"""``{% load panah_i18n %}`` (Django's i18n library with constant ``{% translate %}``
remembered per language) gives the same text as Django's tag in every language, context and
escaping, and renders the non-constant forms as Django renders them; panah's templates load
it instead of ``i18n``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.template import Context, Engine, engines
from django.utils import translation

from panah.web.templatetags.panah_i18n import RememberedTranslateNode

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "panah" / "web" / "templates"
pytestmark = pytest.mark.django_db


def _render(source: str, lang: str, **context: object) -> str:
    template = engines["django"].from_string(source)
    with translation.override(lang):
        return template.render(context)


def test_load_i18n_gives_the_remembering_node() -> None:
    template = engines["django"].from_string('{% load panah_i18n %}{% translate "Cases" %}')
    nodes = template.template.nodelist.get_nodes_by_type(RememberedTranslateNode)
    assert len(nodes) == 1 and nodes[0].constant


def test_one_node_follows_the_language_of_each_render() -> None:
    template = engines["django"].from_string('{% load panah_i18n %}{% translate "Cases" %}')
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
    source = '{% load panah_i18n %}{% translate "ID" context "identifier" %}|{% translate "<b>&" %}'
    for lang in ("en", "ru", "en"):
        assert _render(source, lang) == _django_render(source, lang)
    with translation.override("ru"):
        expected = translation.pgettext("identifier", "ID")
    assert _render(source, "ru").startswith(expected)
    off = (
        "{% load panah_i18n %}{% autoescape off %}"
        + source.split("%}", 1)[1]
        + "{% endautoescape %}"
    )
    assert _render(off, "ru") == _django_render(off, "ru")


def _django_render(source: str, lang: str, **context: object) -> str:
    """The same template through Django's own i18n library."""
    engine = Engine(libraries={"panah_i18n": "django.templatetags.i18n"})
    with translation.override(lang):
        return engine.from_string(source).render(Context(context))


@pytest.mark.parametrize(
    "source",
    [
        "{% load panah_i18n %}{% translate word %}",
        '{% load panah_i18n %}{% translate "Cases"|upper %}',
        '{% load panah_i18n %}{% translate "Cases" as t %}[{{ t }}]',
        '{% load panah_i18n %}{% translate "Cases" noop %}',
        '{% load panah_i18n %}{% translate "Cases" context ctx %}',
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


def test_panah_templates_load_the_remembering_library() -> None:
    files = sorted(TEMPLATES.rglob("*.html"))
    assert len(files) > 20
    plain = [
        f.relative_to(TEMPLATES).as_posix()
        for f in files
        if re.search(r"\{% load [^%]*(?<![\w.])i18n\b", f.read_text("utf-8"))
    ]
    assert plain == [], "load panah_i18n instead of i18n"
    assert any("{% load panah_i18n" in f.read_text("utf-8") for f in files)
