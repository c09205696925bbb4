"""Production settings read every secret from the environment and refuse to start without
them; `check --deploy` finds nothing to fix; `panah --help` never imports Django."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

PY = sys.executable
PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "panah.web.settings.prod",
    "DJANGO_SECRET_KEY": "x" * 20 + Fernet.generate_key().decode(),  # long and varied
    "PANAH_FIELD_KEYS": Fernet.generate_key().decode(),
    "DJANGO_ALLOWED_HOSTS": "panah.example.org",
    "DATABASE_URL": "postgres://panah@127.0.0.1:5432/panah",
}


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PROD_ENV and k != "PANAH_DATA_DIR"}
    env.update(PROD_ENV)
    for k, v in changes.items():
        if v is None:
            env.pop(k, None)
        else:
            env[k] = v
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "missing", ["DJANGO_SECRET_KEY", "PANAH_FIELD_KEYS", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL"]
)
def test_prod_fails_fast_without_a_secret(missing: str, tmp_path: Path) -> None:
    result = _run([PY, "-m", "panah.web.manage", "check"], _env(**{missing: None}), tmp_path)
    assert result.returncode != 0
    assert f"set the environment variable {missing}" in result.stderr


def test_prod_refuses_a_malformed_field_key(tmp_path: Path) -> None:
    result = _run(
        [PY, "-m", "panah.web.manage", "check"], _env(PANAH_FIELD_KEYS="not-a-key"), tmp_path
    )
    assert result.returncode != 0
    assert "PANAH_FIELD_KEYS: key 1 is not a Fernet key" in result.stderr


def test_check_deploy_is_clean(tmp_path: Path) -> None:
    result = _run(
        [PY, "-m", "panah.web.manage", "check", "--deploy", "--fail-level", "DEBUG"],
        _env(),
        tmp_path,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_prod_security_settings() -> None:
    code = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_SSL_REDIRECT, s.ALLOWED_HOSTS, len(s.PANAH_FIELD_KEYS))"
    )
    result = subprocess.run(
        [PY, "-c", code], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == [
        "False",
        "31536000",
        "True",
        "True",
        "True",
        "['panah.example.org']",
        "1",
    ]


def test_help_does_not_import_django() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from panah.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "    try: main(['serve', '--help'])\n"
        "    except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))\n"
    )
    result = subprocess.run([PY, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param(
            "postgres://postgres@127.0.0.1:5432/test",
            ("django.db.backends.postgresql", "test", "postgres", "", "127.0.0.1", "5432"),
            id="postgres-trust",
        ),
        pytest.param(
            "postgresql://u%40x:p%2Fw@db.internal/panah",
            ("django.db.backends.postgresql", "panah", "u@x", "p/w", "db.internal", ""),
            id="postgresql-quoted",
        ),
    ],
)
def test_database_url(url: str, expected: tuple[str, ...]) -> None:
    from panah.web.settings.env import database_from_url

    db = database_from_url(url)
    assert (
        db["ENGINE"],
        db["NAME"],
        db["USER"],
        db["PASSWORD"],
        db["HOST"],
        db["PORT"],
    ) == expected


def test_database_url_rejects_unknown_scheme() -> None:
    from django.core.exceptions import ImproperlyConfigured

    from panah.web.settings.env import database_from_url

    with pytest.raises(ImproperlyConfigured, match="unsupported scheme"):
        database_from_url("mysql://x/y")


def test_default_data_dir_is_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from panah.web.settings.env import data_dir

    monkeypatch.delenv("PANAH_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == tmp_path / "panah"
    monkeypatch.setenv("PANAH_DATA_DIR", str(tmp_path / "elsewhere"))
    assert data_dir() == tmp_path / "elsewhere"
