"""The engine's language: which language findings, alerts and deadlines are written in.

Django-free on purpose (the engine never imports the web layer). The language itself lives in
:mod:`panah.core.i18n` (one :mod:`contextvars` variable for the case-file loader and the
engine, so each request, thread or task has its own and one switch covers both); this module
is the engine's catalogue on top of it: stdlib :mod:`gettext` catalogues shipped in this
package (``panah/law/locale/<lang>/LC_MESSAGES/panah-law.mo``, compiled from the ``.po``
beside it with ``msgfmt``).

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

import gettext as _gettext
from pathlib import Path

from panah.core.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Catalogue,
    activate,
    current_language,
    deactivate,
    language,
    normalise_language,
)

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

_ENGINE = Catalogue(DOMAIN, LOCALE_DIR)


def translations(lang: str) -> _gettext.NullTranslations:
    """The catalogue chain for ``lang`` (cached; the .mo files are read once)."""
    return _ENGINE.translations(lang)


def gettext(message: str) -> str:
    """``message`` (English) in the current language."""
    return _ENGINE.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for ``n`` in the current language (Russian has three)."""
    return _ENGINE.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` disambiguated by ``context`` (e.g. an enum's name)."""
    return _ENGINE.pgettext(context, message)
