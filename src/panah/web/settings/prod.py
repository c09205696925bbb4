"""Production: every secret and the host list come from the environment; a missing one stops
the process at start-up with the variable's name. HTTPS only (HSTS, secure cookies)."""

from __future__ import annotations

import os

from panah.web.settings.base import *  # noqa: F403 - a settings module extends its base
from panah.web.settings.env import (
    cache_settings,
    data_dir,
    database_from_url,
    fernet_keys,
    required,
)

DEBUG = False
SECRET_KEY = required("DJANGO_SECRET_KEY")
SECRET_KEY_FALLBACKS = [
    k.strip() for k in os.environ.get("DJANGO_SECRET_KEY_FALLBACKS", "").split(",") if k.strip()
]
PANAH_FIELD_KEYS = fernet_keys(required("PANAH_FIELD_KEYS"))
ALLOWED_HOSTS = [h.strip() for h in required("DJANGO_ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if "*" not in h]
DATABASES = {"default": database_from_url(required("DATABASE_URL"))}
CACHES = cache_settings(data_dir() / "cache")  # PANAH_CACHE_DIR or PANAH_CACHE=database
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT") or None

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
# Behind a reverse proxy that sets X-Forwarded-Proto (documented in docs/web.md).
if os.environ.get("DJANGO_BEHIND_PROXY") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
