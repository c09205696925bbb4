"""``python -m panah.web.manage deadlines_refresh``: recompute every case's deadlines and its
stored assessments (every interface language) as of today, so that the first visitor of the
deadline calendar (or the first calendar app to fetch a feed) does not wait for it, and case
pages show the stored assessment instead of running the engine. Run it daily, shortly after
midnight (cron, a systemd timer). Cases already done for today (and their current version)
are skipped."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from panah.storage.django_orm.actions import case_assessments_refresh_stale
from panah.storage.django_orm.models import CaseRecord


class Command(BaseCommand):
    help = (
        "Recompute every case's deadlines and stored assessments as of today "
        "(skips cases already done today)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        start = time.perf_counter()
        n = case_assessments_refresh_stale(records=CaseRecord.objects.all(), today=today)
        took = time.perf_counter() - start
        self.stdout.write(
            f"deadlines and assessments as of {today.isoformat()}: {n} cases recomputed "
            f"in {took:.1f} s"
        )
