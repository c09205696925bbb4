"""The Django web application (settings, URLs, views, templates).

Only this package and :mod:`panah.storage.django_orm` import Django. Nothing here runs at
import of :mod:`panah`; ``panah serve`` and ``python -m panah.web.manage`` set the settings
module and call :func:`panah.web.bootstrap.setup`.
"""
