"""Reading settings from the environment: data directory, database URL, key lists."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

__all__ = [
    "cache_settings",
    "data_dir",
    "database_from_url",
    "fernet_keys",
    "key_file",
    "required",
    "sqlite_database",
]


def required(name: str) -> str:
    """An environment variable that must be set (production)."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"set the environment variable {name} (see docs/web.md)")
    return value


def data_dir() -> Path:
    """``PANAH_DATA_DIR``, else the per-user data directory (never the source tree)."""
    explicit = os.environ.get("PANAH_DATA_DIR", "").strip()
    if explicit:
        return Path(explicit).expanduser().resolve()
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return (base / "panah").resolve()


def key_file(path: Path, make: str = "secret") -> str:
    """Read a key from ``path``, creating it (mode 0600) on first use. For dev/demo only."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        value = Fernet.generate_key().decode() if make == "fernet" else secrets.token_urlsafe(50)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(value + "\n")
    return path.read_text(encoding="ascii").strip()


def fernet_keys(text: str, *, name: str = "PANAH_FIELD_KEYS") -> list[str]:
    """A comma-separated list of Fernet keys, newest first; each is checked here."""
    keys = [k.strip() for k in text.split(",") if k.strip()]
    if not keys:
        raise ImproperlyConfigured(f"{name} holds no key")
    for n, key in enumerate(keys, 1):
        try:
            Fernet(key.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise ImproperlyConfigured(
                f"{name}: key {n} is not a Fernet key (32 url-safe base64 bytes; make one "
                "with `python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'`)"
            ) from None
    return keys


def sqlite_database(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            # WAL lets readers run beside a writer; IMMEDIATE avoids "database is locked"
            # when a read transaction later tries to write.
            # mmap: reads come straight from the operating system's file cache, shared by
            # every connection and process, instead of a read() call per page (the case list
            # and search read one or two pages of every case: 2-3x faster with 10,000 cases,
            # bench/web_load.py). 1 GiB is address space, not memory.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA mmap_size=1073741824;",
            "transaction_mode": "IMMEDIATE",
        },
        # One connection per server thread, kept between requests, instead of a new one
        # (with its PRAGMAs) for each request.
        "CONN_MAX_AGE": 600,
        "CONN_HEALTH_CHECKS": True,
    }


def database_from_url(url: str) -> dict[str, Any]:
    """``postgres://user:password@host:port/name`` (or ``postgresql://``, ``sqlite:///path``)."""
    parts = urlsplit(url)
    if parts.scheme in ("postgres", "postgresql"):
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured("DATABASE_URL names no database")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    if parts.scheme == "sqlite":
        return sqlite_database(Path(unquote(parts.path)))
    raise ImproperlyConfigured(f"DATABASE_URL: unsupported scheme {parts.scheme!r}")


CACHE_TABLE = "panah_cache"


def cache_settings(default_dir: Path, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """``CACHES``: one cache that every server process of the host shares (not Django's
    per-process default), so that the API's throttle counts, allauth's rate limits and its
    record of used TOTP codes (a code is accepted once) hold across gunicorn workers.

    A file cache in ``PANAH_CACHE_DIR``, else ``default_dir`` (the data directory's
    ``cache/``): nothing to set up, no write to the database per API call. Several hosts
    sharing one PostgreSQL database set ``PANAH_CACHE=database``: Django's database cache in
    the table ``panah_cache``, made by ``python -m panah.web.manage createcachetable`` (and by
    ``panah serve`` at start). See docs/adr/0006. ``environ``: the variables read (default
    the process's environment).
    """
    env = os.environ if environ is None else environ
    kind = env.get("PANAH_CACHE", "").strip().lower() or "file"
    if kind == "database":
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": CACHE_TABLE,
                "OPTIONS": {"MAX_ENTRIES": 10_000},
            }
        }
    if kind != "file":
        raise ImproperlyConfigured(f"PANAH_CACHE={kind!r}: use 'file' (default) or 'database'")
    where = env.get("PANAH_CACHE_DIR", "").strip()
    location = Path(where).expanduser().resolve() if where else default_dir
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(location),
            # Each write lists the directory and culls it past this many entries (expired
            # entries are removed only then): keys are few (a token's or a refused address's
            # count, a used TOTP code), so the listing is short and culling rare.
            "OPTIONS": {"MAX_ENTRIES": 2_000},
        }
    }
