"""The reader's language, for every layer: which language messages are written in.

The lowest layer on purpose, and Django-free: the case-file loader's messages (this package)
and the law engine's (:mod:`panah.law.i18n`, which builds on this module) follow one
:mod:`contextvars` variable, so each request, thread or task has its own language and one
switch covers both. Messages come from stdlib :mod:`gettext` catalogues shipped beside the
code, one *domain* per layer (``panah/core/locale/<lang>/LC_MESSAGES/panah-core.mo``,
``panah/law/locale/<lang>/LC_MESSAGES/panah-law.mo``), compiled from the ``.po`` with
``msgfmt``.

English is the source language: the msgids are the English texts, so English output needs
no catalogue and stays byte for byte what it was. A language without a message falls back
to English; Kazakh falls back to Russian first, then English.

>>> with language("ru"):
...     current_language()
'ru'
>>> current_language()
'en'
"""

from __future__ import annotations

import contextvars
import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

__all__ = [
    "DEFAULT_LANGUAGE",
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "Catalogue",
    "activate",
    "current_language",
    "deactivate",
    "gettext",
    "language",
    "ngettext",
    "normalise_language",
    "pgettext",
    "translations",
]

DOMAIN = "panah-core"
LOCALE_DIR = Path(__file__).with_name("locale")
DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")
"""The languages, in the order a user would be offered them."""

_FALLBACKS: dict[str, tuple[str, ...]] = {"en": (), "ru": ("ru",), "kk": ("kk", "ru")}

_current: contextvars.ContextVar[str] = contextvars.ContextVar(
    "panah_language", default=DEFAULT_LANGUAGE
)


def normalise_language(lang: str | None) -> str:
    """'ru-RU', 'ru_RU', 'RU' -> 'ru'; empty -> English; unknown -> ValueError.

    >>> normalise_language("ru-RU")
    'ru'
    """
    if not lang:
        return DEFAULT_LANGUAGE
    code = lang.replace("_", "-").split("-", 1)[0].strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return code


def current_language() -> str:
    """The language messages are written in now ('en', 'ru' or 'kk')."""
    return _current.get()


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Write messages in ``lang`` inside the block (``None`` = English)."""
    code = normalise_language(lang)
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def activate(lang: str | None) -> contextvars.Token[str]:
    """Set the language for the rest of the current context; undo with :func:`deactivate`."""
    return _current.set(normalise_language(lang))


def deactivate(token: contextvars.Token[str]) -> None:
    _current.reset(token)


@cache
def _chain(domain: str, locale_dir: Path, lang: str) -> _gettext.NullTranslations:
    chain: _gettext.NullTranslations = _gettext.NullTranslations()
    for code in reversed(_FALLBACKS.get(lang, ())):
        try:
            t = _gettext.translation(domain, localedir=locale_dir, languages=[code])
        except FileNotFoundError:
            continue
        t.add_fallback(chain)
        chain = t
    return chain


class Catalogue:
    """One domain's messages (``panah-core``, ``panah-law``) in the current language."""

    __slots__ = ("_chains", "domain", "locale_dir")

    def __init__(self, domain: str, locale_dir: Path) -> None:
        self.domain = domain
        self.locale_dir = locale_dir
        self._chains: dict[str, _gettext.NullTranslations] = {}

    def translations(self, lang: str) -> _gettext.NullTranslations:
        """The catalogue chain for ``lang`` (cached; the .mo files are read once)."""
        chain = self._chains.get(lang)
        if chain is None:
            chain = self._chains[lang] = _chain(self.domain, self.locale_dir, lang)
        return chain

    def gettext(self, message: str) -> str:
        """``message`` (English) in the current language."""
        lang = _current.get()
        if lang == DEFAULT_LANGUAGE:
            return message
        chain = self._chains.get(lang) or self.translations(lang)
        return chain.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """The plural form for ``n`` in the current language (Russian has three)."""
        lang = _current.get()
        if lang == DEFAULT_LANGUAGE:
            return singular if n == 1 else plural
        chain = self._chains.get(lang) or self.translations(lang)
        return chain.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` disambiguated by ``context`` (e.g. an enum's name)."""
        lang = _current.get()
        if lang == DEFAULT_LANGUAGE:
            return message
        chain = self._chains.get(lang) or self.translations(lang)
        return chain.pgettext(context, message)


CORE = Catalogue(DOMAIN, LOCALE_DIR)
"""The case-file loader's and validator's messages."""


translations = CORE.translations
"""The core catalogue chain for a language."""
gettext = CORE.gettext
"""A core message (English) in the current language."""
ngettext = CORE.ngettext
"""A core message's plural form for ``n`` in the current language."""
pgettext = CORE.pgettext
"""A core message disambiguated by a context, in the current language."""
