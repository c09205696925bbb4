"""``panah serve``: the web app on this machine (SQLite in PANAH_DATA_DIR, or DATABASE_URL)."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve",
        help="run the web app for case teams (SQLite by default; DATABASE_URL for PostgreSQL)",
        description="Apply migrations, load the reference case, create the demo account (its "
        "password is printed) and serve the web app. Data live in PANAH_DATA_DIR (default: "
        "the per-user data directory, ~/.local/share/panah). See docs/web.md.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--no-demo", action="store_true", help="do not create or reset the demo account")
    p.add_argument(
        "--no-daily-refresh",
        action="store_true",
        help="do not recompute deadlines and stored assessments at start and after each "
        "midnight in this process (run `python -m panah.web.manage deadlines_refresh` "
        "from cron instead)",
    )
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from panah.web.bootstrap import serve

    return serve(
        host=args.host,
        port=args.port,
        demo=not args.no_demo,
        daily_refresh=not args.no_daily_refresh,
    )
