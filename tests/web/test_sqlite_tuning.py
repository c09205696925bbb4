"""SQLite as the web app opens it: WAL, memory-mapped reads, connections kept between
requests (the settings bench/web_load.py measured)."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite settings (the suite runs on PostgreSQL)"
)


@pytest.mark.parametrize(
    ("pragma", "value"),
    [
        pytest.param("journal_mode", "wal", id="wal"),
        pytest.param("synchronous", 1, id="synchronous-normal"),
        pytest.param("mmap_size", 1 << 30, id="mmap-1-gib"),
    ],
)
def test_every_connection_is_tuned(pragma: str, value: object) -> None:
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        assert raw.execute(f"PRAGMA {pragma}").fetchone()[0] == value
    finally:
        raw.close()


def test_connections_are_kept_between_requests() -> None:
    assert connection.settings_dict["CONN_MAX_AGE"] > 0
