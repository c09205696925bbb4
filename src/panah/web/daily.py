"""The daily refresh inside ``panah serve``: every case's deadlines and stored assessments
recomputed as of the new day, once at start and again shortly after each local midnight.

A production deployment runs ``python -m panah.web.manage deadlines_refresh`` from cron or a
systemd timer instead (docs/web.md); ``panah serve`` is the one-command setup, so it runs the
same work itself in a background thread. Each run is the same call as the command
(:func:`~panah.storage.django_orm.actions.case_assessments_refresh_stale`), so a case already
done today is skipped, and a case saved while the run goes on keeps the fresher rows its save
stored.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["AFTER_MIDNIGHT", "DailyRefresh", "next_run", "refresh_now", "refresh_today"]

log = logging.getLogger(__name__)

AFTER_MIDNIGHT = dt.timedelta(minutes=5)
"""How long after local midnight the day's run starts (clear of clock-change edges)."""


def next_run(now: dt.datetime) -> dt.datetime:
    """The next run after ``now`` (an aware local time): the coming midnight plus
    :data:`AFTER_MIDNIGHT`, or today's if ``now`` is before it."""
    today_run = dt.datetime.combine(now.date(), dt.time(), tzinfo=now.tzinfo) + AFTER_MIDNIGHT
    if now < today_run:
        return today_run
    tomorrow = now.date() + dt.timedelta(days=1)
    return dt.datetime.combine(tomorrow, dt.time(), tzinfo=now.tzinfo) + AFTER_MIDNIGHT


def refresh_today() -> tuple[dt.date, int, float]:
    """Recompute every stale case as of today (the server's time zone); returns the day, how
    many cases were recomputed and the seconds it took (the ``deadlines_refresh`` command)."""
    from django.utils import timezone

    from panah.storage.django_orm.actions import case_assessments_refresh_stale
    from panah.storage.django_orm.models import CaseRecord

    today = timezone.localdate()
    start = time.perf_counter()
    n = case_assessments_refresh_stale(records=CaseRecord.objects.all(), today=today)
    return today, n, time.perf_counter() - start


def refresh_now() -> tuple[dt.date, int, float]:
    """:func:`refresh_today` from the server's background thread, which owns its database
    connection: closed afterwards."""
    from django.db import close_old_connections, connection

    try:
        close_old_connections()
        return refresh_today()
    finally:
        connection.close()


class DailyRefresh(threading.Thread):
    """A daemon thread: one refresh now, then one after every local midnight, until
    :meth:`stop`. A failed run is reported and retried at the next time, never fatal to the
    server."""

    def __init__(
        self,
        out: TextIO | None = None,
        *,
        refresh: Callable[[], tuple[dt.date, int, float]] = refresh_now,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(name="panah-daily-refresh", daemon=True)
        self._out = out
        self._refresh = refresh
        self._now = now
        self._halt = threading.Event()
        self.runs = 0

    def _local_now(self) -> dt.datetime:
        if self._now is not None:
            return self._now()
        from django.utils import timezone

        return timezone.localtime()

    def _say(self, line: str) -> None:
        if self._out is not None:
            print(line, file=self._out, flush=True)

    def run(self) -> None:
        while not self._halt.is_set():
            try:
                day, n, took = self._refresh()
                self._say(
                    f"daily refresh: deadlines and assessments as of {day.isoformat()}: "
                    f"{n} cases recomputed in {took:.1f} s"
                )
            except Exception:  # the server goes on; the next run retries
                log.exception("daily refresh failed")
                self._say("daily refresh failed (see the log); retried at the next run")
            self.runs += 1
            now = self._local_now()
            self._halt.wait(max(1.0, (next_run(now) - now).total_seconds()))

    def stop(self) -> None:
        self._halt.set()
