"""The daily refresh inside ``panah serve`` (``panah.web.daily``): when it runs, that it
recomputes stale cases like ``deadlines_refresh``, that a failed run does not stop it, and
that ``panah serve`` starts it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import time
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CaseAssessment, CaseRecord
from panah.web.daily import AFTER_MIDNIGHT, DailyRefresh, next_run, refresh_now

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def _at(day: int, hour: int, minute: int, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=ALMATY)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (_at(23, 0, 4, 59), _at(23, 0, 5)),  # just before today's run: today's
        (_at(23, 0, 5), _at(24, 0, 5)),  # the run's own minute: tomorrow's
        (_at(23, 0, 5, 1), _at(24, 0, 5)),
        (_at(23, 12, 0), _at(24, 0, 5)),
        (_at(30, 23, 59, 59), dt.datetime(2026, 12, 1, 0, 5, tzinfo=ALMATY)),  # month's end
    ],
)
def test_next_run_is_after_the_coming_midnight(now: dt.datetime, expected: dt.datetime) -> None:
    assert dt.timedelta(minutes=5) == AFTER_MIDNIGHT
    assert next_run(now) == expected
    assert next_run(now) > now


def _settings_time_zone(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PANAH_TIME_ZONE"}
    if value is not None:
        env["PANAH_TIME_ZONE"] = value
    code = "import panah.web.settings.base as s; print(s.TIME_ZONE)"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_today_is_the_case_teams_day() -> None:
    """Deadlines are counted in Kazakhstan's day unless PANAH_TIME_ZONE says otherwise; a
    zone that does not exist stops the start with a clear message."""
    assert _settings_time_zone(None).stdout.strip() == "Asia/Almaty"
    assert _settings_time_zone("Europe/Berlin").stdout.strip() == "Europe/Berlin"
    bad = _settings_time_zone("Asia/Nowhere")
    assert bad.returncode != 0
    assert "PANAH_TIME_ZONE='Asia/Nowhere' is not an IANA time zone" in bad.stderr


@pytest.mark.django_db(transaction=True)
def test_refresh_now_recomputes_stale_cases(make_user: Any, case_obj: Any) -> None:
    record = actions.case_import(actor=make_user("lawyer-daily"), case=case_obj)
    today = timezone.localdate()
    CaseRecord.objects.filter(pk=record.pk).update(deadlines_on=today - dt.timedelta(days=1))
    CaseAssessment.objects.update(as_of=today - dt.timedelta(days=1))
    day, n, took = refresh_now()
    assert (day, n) == (today, 1) and took >= 0
    assert CaseRecord.objects.get(pk=record.pk).deadlines_on == today
    assert set(CaseAssessment.objects.values_list("as_of", flat=True)) == {today}
    assert refresh_now()[1] == 0  # done for today: skipped


def test_thread_runs_again_after_midnight_and_survives_a_failure() -> None:
    calls: list[float] = []
    done = threading.Event()

    def refresh() -> tuple[dt.date, int, float]:
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise RuntimeError("database away")
        if len(calls) >= 3:
            done.set()
        return dt.date(2026, 11, 24), 2, 0.1

    # a clock one second before each run: the thread waits about a second between runs
    out: list[str] = []

    class Out:
        def write(self, s: str) -> int:
            out.append(s)
            return len(s)

        def flush(self) -> None:
            pass

    t = DailyRefresh(Out(), refresh=refresh, now=lambda: _at(24, 0, 4, 59))  # type: ignore[arg-type]
    t.start()
    try:
        assert done.wait(10), calls
    finally:
        t.stop()
        t.join(5)
    assert not t.is_alive()
    assert len(calls) >= 3 and calls[1] - calls[0] >= 0.9
    text = "".join(out)
    assert "daily refresh failed" in text
    assert "daily refresh: deadlines and assessments as of 2026-11-24: 2 cases recomputed" in text


@pytest.mark.slow
def test_serve_runs_the_refresh(tmp_path: Path) -> None:
    from tests.web.test_serve import Server

    server = Server(tmp_path)
    try:
        deadline = time.monotonic() + 60
        while "daily refresh:" not in server.log.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)
        log = server.log.read_text()
        assert "recomputed now and after each midnight" in log
        assert "daily refresh: deadlines and assessments as of" in log, log
    finally:
        server.stop()
