"""Wiring for ``panah serve``: settings, migrations, reference case, demo account, server.

Nothing happens at import; the CLI calls :func:`serve` (and tests call the parts).
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Any, TextIO

__all__ = ["DEMO_USERNAME", "demo_account_ensure", "prepare", "reference_case_path", "serve"]

DEMO_USERNAME = "demo"
REFERENCE_CASE = Path("examples") / "reference-case" / "kazakhstan-2019.yaml"


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "panah.web.settings.dev")
    import django

    django.setup()


def reference_case_path() -> Path | None:
    """``PANAH_REFERENCE_CASE``, else the example in the source tree, if present."""
    explicit = os.environ.get("PANAH_REFERENCE_CASE", "").strip()
    if explicit:
        return Path(explicit)
    import panah

    for root in (Path.cwd(), Path(panah.__file__).resolve().parents[2]):
        candidate = root / REFERENCE_CASE
        if candidate.is_file():
            return candidate
    return None


def demo_account_ensure() -> tuple[Any, str]:
    """Create (or reset) the demo account; return it with a new random password.

    The password is printed by ``panah serve`` and stored only as a hash; each start makes a
    new one. The demo account is the only one allowed to sign in without TOTP.
    """
    from django.contrib.auth import get_user_model

    from panah.storage.django_orm.actions import account_mfa_exempt_set

    password = secrets.token_urlsafe(12)
    user_model = get_user_model()
    user, _ = user_model.objects.get_or_create(username=DEMO_USERNAME)
    user.set_password(password)
    user.is_active = True
    user.save()
    account_mfa_exempt_set(user=user, exempt=True, note="demo account made by panah serve")
    return user, password


def reference_case_load(path: Path, demo: Any | None, out: TextIO) -> None:
    """Import the reference case once (re-import if the file changed); demo is its lawyer."""
    from panah.core.casefile import dump_case
    from panah.core.errors import CaseFileError
    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseRecord, CaseRole
    from panah.storage.files import read_case_file

    try:
        case = read_case_file(path)
    except CaseFileError as exc:
        print(f"reference case not loaded, it has problems:\n{exc}", file=out)
        return
    existing = CaseRecord.objects.filter(case_id=case.id, memberships__user=demo).first()
    if existing is None:
        record = actions.case_import(actor=None, case=case)
        print(f"reference case loaded: {case.title}", file=out)
    else:
        record = existing
        if existing.content != dump_case(case, "json"):
            actions.case_replace(
                actor=None, record=existing, case=case, expected_version=existing.version
            )
            print(f"reference case updated from {path}", file=out)
    if demo is not None:
        actions.case_member_add(
            actor=None, record=record, user=demo, role=CaseRole.ADMINISTRATOR.value
        )


def prepare(*, demo: bool = True, out: TextIO = sys.stdout) -> str | None:
    """Migrate, load the reference case, make the demo account. Returns the demo password."""
    setup()
    from django.conf import settings
    from django.core.management import call_command

    db = settings.DATABASES["default"]
    where = db["NAME"] if "sqlite" in db["ENGINE"] else f"PostgreSQL {db['HOST']}/{db['NAME']}"
    print(f"database: {where}", file=out)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)  # PANAH_CACHE=database; else nothing
    user, password = demo_account_ensure() if demo else (None, None)
    path = reference_case_path()
    if path is None:
        print("reference case not found (examples/reference-case/); starting without it", file=out)
    else:
        reference_case_load(path, user, out)
    return password


def serve(
    *,
    host: str,
    port: int,
    demo: bool = True,
    daily_refresh: bool = True,
    out: TextIO = sys.stdout,
) -> int:
    if host not in ("127.0.0.1", "localhost", "::1"):
        extra = os.environ.get("PANAH_ALLOWED_HOSTS", "")
        os.environ["PANAH_ALLOWED_HOSTS"] = ",".join(h for h in (extra, host) if h)
    password = prepare(demo=demo, out=out)
    from django.core.servers.basehttp import WSGIServer, run
    from django.core.wsgi import get_wsgi_application

    shown = f"[{host}]" if ":" in host else host
    print(f"Panah is running at http://{shown}:{port}/  (Ctrl-C stops it)", file=out)
    if password is not None:
        print(f"demo account: username {DEMO_USERNAME}  password {password}", file=out)
        print("  (a new password is made at each start; the demo account needs no TOTP)", file=out)
    refresher = None
    if daily_refresh:
        from panah.web.daily import DailyRefresh

        print(
            "deadlines and stored assessments are recomputed now and after each midnight "
            f"({settings_time_zone()})",
            file=out,
        )
        refresher = DailyRefresh(out)
        refresher.start()
    out.flush()
    try:
        run(
            host,
            port,
            get_wsgi_application(),
            ipv6=":" in host,
            threading=True,
            on_bind=None,
            server_cls=WSGIServer,
        )
    except KeyboardInterrupt:
        return 0
    finally:
        if refresher is not None:
            refresher.stop()
    return 0


def settings_time_zone() -> str:
    from django.conf import settings

    return str(settings.TIME_ZONE)
