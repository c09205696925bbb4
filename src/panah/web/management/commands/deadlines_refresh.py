"""``python -m panah.web.manage deadlines_refresh``: recompute every case's deadlines and its
stored assessments (every interface language) as of today, so that the first visitor of the
deadline calendar (or the first calendar app to fetch a feed) does not wait for it, and case
pages show the stored assessment instead of running the engine. Run it daily, shortly after
midnight (cron, a systemd timer). Cases already done for today (and their current version)
are skipped."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from panah.web.daily import refresh_today


class Command(BaseCommand):
    help = (
        "Recompute every case's deadlines and stored assessments as of today "
        "(skips cases already done today)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today, n, took = refresh_today()
        self.stdout.write(
            f"deadlines and assessments as of {today.isoformat()}: {n} cases recomputed "
            f"in {took:.1f} s"
        )
