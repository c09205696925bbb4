"""`panah serve` end to end: a fresh data directory, SQLite in WAL mode, the reference case
loaded, the demo account's printed password signs in, security headers on every answer."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import sqlite3
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import CASE_FILE

PANAH = [sys.executable, "-m", "panah.cli.main"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class Server:
    def __init__(self, data_dir: Path, case_file: Path = CASE_FILE) -> None:
        self.data_dir = data_dir
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = data_dir / "serve.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
        env.update(PANAH_DATA_DIR=str(data_dir), PANAH_REFERENCE_CASE=str(case_file))
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [*PANAH, "serve", "--port", str(self.port)],
                env=env,
                cwd=data_dir,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(self.log.read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("server did not start:\n" + self.log.read_text())

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)

    def password(self) -> str:
        m = re.search(r"demo account: username demo  password (\S+)", self.log.read_text())
        assert m, self.log.read_text()
        return m.group(1)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = Server(tmp_path)
    try:
        yield s
    finally:
        s.stop()


def _get(opener: Any, url: str, data: dict[str, str] | None = None) -> tuple[int, Any, str]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(url, body, timeout=20) as r:
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()


def _sign_in(server: Server, password: str) -> Any:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    status, _, page = _get(opener, server.base + "/accounts/login/")
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    status, _, page = _get(
        opener,
        server.base + "/accounts/login/",
        {"csrfmiddlewaretoken": token.group(1), "login": "demo", "password": password},
    )
    return opener, status, page


@pytest.mark.slow
def test_serve_fresh_directory(server: Server) -> None:
    plain = urllib.request.build_opener(NoRedirect)
    status, headers, _ = _get(plain, server.base + "/")
    assert status == 302
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"
    status, headers, body = _get(plain, server.base + "/cases/")
    assert status == 302 and headers["Location"].startswith("/accounts/login/")
    assert "Арман" not in body
    # static files are served (CSS; no external resources)
    status, headers, _ = _get(plain, server.base + "/static/panah/app.css")
    assert status == 200
    # SQLite in WAL mode, keys made once with owner-only permissions
    db = server.data_dir / "panah.sqlite3"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for key in ("secret-key", "field-key"):
        assert stat.S_IMODE((server.data_dir / key).stat().st_mode) == 0o600
    # the printed password signs the demo account in; it sees the reference case
    _opener, status, page = _sign_in(server, server.password())
    assert status == 200
    assert "Fictional asylum case (test fixture)" in page
    assert "Арман Тестов" in page


@pytest.mark.slow
def test_serve_restart_keeps_data_and_makes_a_new_password(tmp_path: Path) -> None:
    first = Server(tmp_path)
    old = first.password()
    first.stop()
    second = Server(tmp_path)
    try:
        new = second.password()
        assert new != old
        _, status, _ = _sign_in(second, old)
        assert status == 200  # the form again: the old password is gone
        _opener, status, page = _sign_in(second, new)
        assert page.count("Fictional asylum case (test fixture)") == 1  # loaded once, not twice
    finally:
        second.stop()
    assert "reference case loaded" not in second.log.read_text()
