"""``python -m panah.web.manage deadlines_refresh``: recompute every case's deadlines as of
today, so that the first visitor of the deadline calendar (or the first calendar app to
fetch a feed) does not wait for it. Run it daily, shortly after midnight (cron, a systemd
timer). Cases already computed for today are skipped."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from panah.storage.django_orm.actions import case_deadlines_refresh_stale
from panah.storage.django_orm.models import CaseRecord


class Command(BaseCommand):
    help = "Recompute every case's deadlines as of today (skips cases already done today)."

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        start = time.perf_counter()
        n = case_deadlines_refresh_stale(records=CaseRecord.objects.all(), today=today)
        took = time.perf_counter() - start
        self.stdout.write(
            f"deadlines as of {today.isoformat()}: {n} cases recomputed in {took:.1f} s"
        )
