"""WSGI entry point: ``DJANGO_SETTINGS_MODULE`` must be set (prod: panah.web.settings.prod).

Before serving, the process loads what every request needs (the URL patterns and views, the law
packs) and then moves everything alive into the collector's permanent generation
(:func:`gc.freeze`): those objects live as long as the process, and a collection of the oldest
generation no longer walks them on some unlucky request. The figures are in docs/web.md
("Measured").
"""

from __future__ import annotations

import gc

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

from panah.law.registry import default_registry

application = get_wsgi_application()
get_resolver().url_patterns  # noqa: B018 - imports every view module now, not on a request
default_registry()
gc.freeze()
