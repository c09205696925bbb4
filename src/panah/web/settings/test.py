"""pytest: random keys per run, a file-backed SQLite test database (so a test can read the
file's bytes), or PostgreSQL when ``DATABASE_URL`` is set."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from cryptography.fernet import Fernet

from panah.web.settings.base import *  # noqa: F403 - a settings module extends its base
from panah.web.settings.env import cache_settings, database_from_url, sqlite_database

SECRET_KEY = secrets.token_urlsafe(50)
PANAH_FIELD_KEYS = [Fernet.generate_key().decode()]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast; tests only

_TMP = Path(tempfile.mkdtemp(prefix="panah-web-test-"))
_url = os.environ.get("DATABASE_URL", "").strip()
if _url:
    DATABASES = {"default": database_from_url(_url)}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    DATABASES = {"default": sqlite_database(_TMP / "panah.sqlite3")}
    DATABASES["default"]["TEST"] = {"NAME": str(_TMP / "test-panah.sqlite3")}
# The deployments' file cache, in this run's directory whatever the environment says (the
# database cache has its own test).
CACHES = cache_settings(_TMP / "cache", environ={})
PANAH_TEST_DIR = _TMP
PANAH_SERVE_STATIC = True
