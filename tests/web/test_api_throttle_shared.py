"""Throttle counts live in a cache that every server process shares (not Django's
per-process default): two processes, and two cache objects on one location, see one count."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

# The child process: the same settings module, told where the parent's cache is; it counts
# calls of one token through the API's own throttle and prints what it was allowed.
CHILD = """
import django, os, sys
django.setup()
from django.conf import settings
settings.PANAH_API_RATE = os.environ["PANAH_API_RATE"]
# The parent's cache (the test settings give each run its own directory).
settings.CACHES["default"]["LOCATION"] = os.environ["PARENT_CACHE"]
from django.http import HttpRequest
from panah.storage.django_orm.models import ApiToken
from panah.web.api.auth import TokenRateThrottle
request = HttpRequest()
request.META["REMOTE_ADDR"] = "127.0.0.1"
request.auth = ApiToken(token_hash=sys.argv[1])
print(",".join(str(TokenRateThrottle().allow_request(request)) for _ in range(int(sys.argv[2]))))
"""


def _request(token_hash: str) -> Any:
    from django.http import HttpRequest

    from panah.storage.django_orm.models import ApiToken

    request = HttpRequest()
    request.META["REMOTE_ADDR"] = "127.0.0.1"
    request.auth = ApiToken(token_hash=token_hash)  # type: ignore[attr-defined]
    return request


def _child(token_hash: str, calls: int, rate: str) -> list[bool]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "panah.web.settings.test",
        "PARENT_CACHE": settings.CACHES["default"]["LOCATION"],
        "PANAH_API_RATE": rate,
    }
    env.pop("DATABASE_URL", None)  # the child needs no database: the count is in the cache
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", CHILD, token_hash, str(calls)],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [v == "True" for v in out.stdout.strip().split(",")]


def test_the_default_cache_is_shared_by_processes() -> None:
    backend = settings.CACHES["default"]["BACKEND"]
    assert backend != "django.core.cache.backends.locmem.LocMemCache"
    if backend.endswith("FileBasedCache"):
        assert Path(settings.CACHES["default"]["LOCATION"]).is_relative_to(settings.PANAH_TEST_DIR)


def test_two_processes_count_one_tokens_calls_together(db: Any) -> None:
    from panah.web.api.auth import TokenRateThrottle

    cache.clear()
    token_hash = "a" * 64
    with override_settings(PANAH_API_RATE="5/min"):
        here = [TokenRateThrottle().allow_request(_request(token_hash)) for _ in range(3)]
        there = _child(token_hash, 3, "5/min")
        after = TokenRateThrottle().allow_request(_request(token_hash))
        other = TokenRateThrottle().allow_request(_request("b" * 64))
    assert here == [True, True, True]
    assert there == [True, True, False]  # the child saw this process's three calls
    assert after is False  # and this process sees the child's
    assert other is True  # another token has its own count


def test_two_file_caches_on_one_location_share_counts(tmp_path: Path) -> None:
    from django.core.cache.backends.filebased import FileBasedCache

    from panah.web.settings.env import cache_settings

    conf = cache_settings(tmp_path / "cache", environ={})["default"]
    one = FileBasedCache(conf["LOCATION"], conf)
    two = FileBasedCache(conf["LOCATION"], conf)
    one.set("throttle_x", [1.0, 2.0], 60)
    assert two.get("throttle_x") == [1.0, 2.0]
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700  # only the server's account


@pytest.mark.django_db(transaction=True)
def test_the_database_cache_is_shared_too(monkeypatch: Any) -> None:
    from django.core.cache.backends.db import DatabaseCache
    from django.core.management import call_command
    from django.db import connection

    from panah.web.settings.env import CACHE_TABLE, cache_settings

    monkeypatch.setenv("PANAH_CACHE", "database")
    caches = cache_settings(Path("/nonexistent"))
    assert caches["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    with override_settings(CACHES=caches):
        call_command("createcachetable", verbosity=0)
        try:
            one = DatabaseCache(CACHE_TABLE, caches["default"])
            two = DatabaseCache(CACHE_TABLE, caches["default"])
            one.set("throttle_y", [3.0], 60)
            assert two.get("throttle_y") == [3.0]
        finally:
            with connection.cursor() as cur:
                cur.execute(f"DROP TABLE {CACHE_TABLE}")


def test_a_wrong_cache_kind_stops_the_start(monkeypatch: Any) -> None:
    from django.core.exceptions import ImproperlyConfigured

    from panah.web.settings.env import cache_settings

    monkeypatch.setenv("PANAH_CACHE", "redis")
    with pytest.raises(ImproperlyConfigured, match="PANAH_CACHE"):
        cache_settings(Path("/tmp/x"))
    monkeypatch.setenv("PANAH_CACHE", "")
    monkeypatch.setenv("PANAH_CACHE_DIR", "/srv/panah-cache")
    assert cache_settings(Path("/tmp/x"))["default"]["LOCATION"] == "/srv/panah-cache"
