"""The HTTP API (``/api/v1/``, django-ninja): personal tokens (:mod:`.auth`, :mod:`.tokens`),
endpoints (:mod:`.endpoints`), schemas (:mod:`.schemas`). See docs/web.md, "API"."""
