"""WSGI entry point: ``DJANGO_SETTINGS_MODULE`` must be set (prod: panah.web.settings.prod)."""

from __future__ import annotations

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
