"""What the API's per-token throttle costs a call with the shared file cache (the default
since ADR 0006's cache decision) against Django's per-process local-memory cache.

    python bench/api_throttle_cache.py [--tokens 20] [--calls 100] [--runs 5]

Each run: ``--tokens`` tokens each make ``--calls`` calls through
:class:`panah.web.api.auth.TokenRateThrottle` (rate set high so none is refused, so each
token's history grows to ``--calls`` entries, as under a busy script); the figure is the
median over runs of the wall time per call. No database: the throttle reads only the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tokens", type=int, default=20)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "panah.web.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache.backends.filebased import FileBasedCache
    from django.core.cache.backends.locmem import LocMemCache
    from django.http import HttpRequest

    from panah.storage.django_orm.models import ApiToken
    from panah.web.api.auth import TokenRateThrottle
    from panah.web.settings.env import cache_settings

    settings.PANAH_API_RATE = "1000000/min"
    where = Path(tempfile.mkdtemp(prefix="panah-throttle-bench-")) / "cache"
    conf = cache_settings(where, environ={})["default"]
    requests = []
    for i in range(args.tokens):
        request = HttpRequest()
        request.META["REMOTE_ADDR"] = "127.0.0.1"
        request.auth = ApiToken(token_hash=f"{i:064d}")  # type: ignore[attr-defined]
        requests.append(request)
    for name, cache in (
        ("local memory (per process)", LocMemCache("bench", {})),
        ("file (shared)", FileBasedCache(conf["LOCATION"], conf)),
    ):
        TokenRateThrottle.cache = cache
        per_call = []
        for _ in range(args.runs):
            cache.clear()
            start = time.perf_counter()
            for _ in range(args.calls):
                for request in requests:
                    TokenRateThrottle().allow_request(request)
            per_call.append((time.perf_counter() - start) / (args.calls * len(requests)))
        print(f"{name}: {statistics.median(per_call) * 1e6:.0f} µs a call")


if __name__ == "__main__":
    main()
