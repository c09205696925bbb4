"""``python -m panah.web.manage names_reindex [--stale]``: rebuild the blind index of
relatives' names (:mod:`panah.storage.django_orm.search`) from every case file, with the
index key of the current ``PANAH_FIELD_KEYS``. ``actions.field_keys_rotate`` does it after a
rotation; run it by hand after restoring a database backup made under other keys.
``--stale``: only the cases whose entries were made with another key."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from panah.storage.django_orm.search import names_reindex


class Command(BaseCommand):
    help = "Rebuild the blind index of relatives' names from every case file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stale", action="store_true", help="only cases indexed with another key"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        start = time.perf_counter()
        n = names_reindex(stale_only=bool(options["stale"]))
        took = time.perf_counter() - start
        self.stdout.write(f"relatives' names: {n} cases indexed in {took:.1f} s")
