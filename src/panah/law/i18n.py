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


# The engine's lookups: the catalogue's bound methods (no wrapper call on a hot path).
translations = _ENGINE.translations
"""The catalogue chain for a language (cached; the .mo files are read once)."""
gettext = _ENGINE.gettext
"""``message`` (English) in the current language."""
ngettext = _ENGINE.ngettext
"""The plural form for ``n`` in the current language (Russian has three)."""
pgettext = _ENGINE.pgettext
"""``message`` disambiguated by ``context`` (e.g. an enum's name)."""
