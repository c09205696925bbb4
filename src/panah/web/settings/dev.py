"""Local use and ``panah serve``: SQLite in ``PANAH_DATA_DIR`` unless ``DATABASE_URL`` is set;
keys from the environment, else from key files made in the data directory on first run."""

from __future__ import annotations

import os

from panah.web.settings.base import *  # noqa: F403 - a settings module extends its base
from panah.web.settings.env import (
    cache_settings,
    data_dir,
    database_from_url,
    fernet_keys,
    key_file,
    sqlite_database,
)

DATA_DIR = data_dir()
DEBUG = os.environ.get("PANAH_DEBUG", "") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or key_file(DATA_DIR / "secret-key")
PANAH_FIELD_KEYS = fernet_keys(
    os.environ.get("PANAH_FIELD_KEYS") or key_file(DATA_DIR / "field-key", make="fernet")
)

_url = os.environ.get("DATABASE_URL", "").strip()
DATABASES = {
    "default": database_from_url(_url) if _url else sqlite_database(DATA_DIR / "panah.sqlite3")
}

CACHES = cache_settings(DATA_DIR / "cache")

ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"] + [
    h.strip() for h in os.environ.get("PANAH_ALLOWED_HOSTS", "").split(",") if h.strip()
]
PANAH_SERVE_STATIC = True
