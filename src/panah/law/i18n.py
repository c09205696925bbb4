"""The engine's language: which language findings, alerts and deadlines are written in.

Django-free on purpose (the engine never imports the web layer): the current language is a
:mod:`contextvars` variable, so each request, thread or task has its own, and the messages
come from stdlib :mod:`gettext` catalogues shipped in this package
(``panah/law/locale/<lang>/LC_MESSAGES/panah-law.mo``, compiled from the ``.po`` beside it
with ``msgfmt``).

English is the source language: the msgids are the English texts, so English output needs
no catalogue. A language without a message falls back to English; Kazakh falls back to
Russian first, then English.

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

DOMAIN = "panah-law"
LOCALE_DIR = Path(__file__).with_name("locale")
DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")
"""The engine's languages, in the order a user would be offered them."""

_FALLBACKS: dict[str, tuple[str, ...]] = {"en": (), "ru": ("ru",), "kk": ("kk", "ru")}

_current: contextvars.ContextVar[str] = contextvars.ContextVar(
    "panah_law_language", default=DEFAULT_LANGUAGE
)


def normalise_language(lang: str | None) -> str:
    """'ru-RU', 'ru_RU', 'RU' -> 'ru'; unknown or empty -> ValueError.

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
    """The language the engine writes in now ('en', 'ru' or 'kk')."""
    return _current.get()


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Write the engine's messages in ``lang`` inside the block (``None`` = English)."""
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
def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue chain for ``lang`` (cached; the .mo files are read once)."""
    chain: _gettext.NullTranslations = _gettext.NullTranslations()
    for code in reversed(_FALLBACKS.get(lang, ())):
        try:
            t = _gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[code])
        except FileNotFoundError:
            continue
        t.add_fallback(chain)
        chain = t
    return chain


def gettext(message: str) -> str:
    """``message`` (English) in the current language."""
    lang = _current.get()
    if lang == DEFAULT_LANGUAGE:
        return message
    return translations(lang).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for ``n`` in the current language (Russian has three)."""
    lang = _current.get()
    if lang == DEFAULT_LANGUAGE:
        return singular if n == 1 else plural
    return translations(lang).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` disambiguated by ``context`` (e.g. an enum's name)."""
    lang = _current.get()
    if lang == DEFAULT_LANGUAGE:
        return message
    return translations(lang).pgettext(context, message)
