"""``panah dedupe``: duplicate persons across cases, decided by reversible, logged decisions.

    panah dedupe find --db PATH [--same-only] [--engine auto|search|batch]
                      [--skip-conflicting-dates] [--json]
    panah dedupe merge CASE/PERSON CASE/PERSON --by WHO --reason WHY --db PATH
    panah dedupe separate CASE/PERSON CASE/PERSON --by WHO --reason WHY --db PATH
    panah dedupe undo DECISION --by WHO --reason WHY --db PATH
    panah dedupe show --db PATH [--json]
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from panah.cli._args import dump_json

__all__ = ["register"]


def register(sub: Any) -> None:
    from panah.cli.find import DEFAULT_DB

    p = sub.add_parser(
        "dedupe",
        help="find duplicate persons across cases; merge or separate them reversibly",
        description="Duplicate persons across the cases in a name index (`panah names index`). "
        "Nothing is deleted or rewritten: each merge, separate or undo is a decision appended "
        "to a log with who made it, when and why; clusters are computed from the log.",
    )
    dsub = p.add_subparsers(dest="dedupe_command", metavar="SUBCOMMAND")
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])
    db_default = os.environ.get("PANAH_NAME_INDEX", DEFAULT_DB)

    def db_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--db", metavar="PATH", default=db_default,
            help=f"the name index (default: $PANAH_NAME_INDEX or ./{DEFAULT_DB})",
        )  # fmt: skip

    q = dsub.add_parser(
        "find",
        help="list candidate duplicate persons for review",
        description="List pairs of persons (CASE/PERSON) whose names match, best first, "
        "with the reasons. Pairs already merged or separated are not listed again.",
    )
    db_arg(q)
    q.add_argument("--same-only", action="store_true", help="leave out `possible` pairs")
    q.add_argument(
        "--engine", choices=("auto", "search", "batch"), default="auto",
        help="search: one index lookup per name (widest net); batch: every name in one "
        "blocked pass (for large indexes); auto: batch from 20,000 name entries",
    )  # fmt: skip
    q.add_argument(
        "--skip-conflicting-dates", action="store_true",
        help="leave out persons whose dates of birth are both known and differ (other than "
        "day and month exchanged)",
    )  # fmt: skip
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_find)

    for action, text in (
        ("merge", "decide that two records are one person"),
        ("separate", "decide that two records are two people (not suggested again)"),
    ):
        q = dsub.add_parser(action, help=text, description=text[0].upper() + text[1:] + ".")
        q.add_argument("a", metavar="CASE/PERSON")
        q.add_argument("b", metavar="CASE/PERSON")
        q.add_argument("--by", required=True, metavar="WHO", help="who decides")
        q.add_argument("--reason", required=True, metavar="WHY", help="why (documents seen…)")
        db_arg(q)
        q.set_defaults(func=cmd_decide, action=action)

    q = dsub.add_parser(
        "undo",
        help="withdraw an earlier decision (itself logged)",
        description="Withdraw an earlier merge, separate or undo. The withdrawn decision stays "
        "in the log.",
    )
    q.add_argument("decision", type=int, metavar="DECISION")
    q.add_argument("--by", required=True, metavar="WHO")
    q.add_argument("--reason", required=True, metavar="WHY")
    db_arg(q)
    q.set_defaults(func=cmd_decide, action="undo")

    q = dsub.add_parser(
        "show",
        help="the decision log, the merged clusters and any conflicts",
        description="Print every decision, the clusters the standing merges make, and "
        "separations that contradict them.",
    )
    db_arg(q)
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show)


def _open(path: str) -> Any:
    from pathlib import Path

    from panah.core.errors import NotFoundError
    from panah.storage.name_index import NameIndex

    if not Path(path).exists():
        raise NotFoundError(f"no name index at {path}; build one with `panah names index`")
    return NameIndex.open(path)




def cmd_find(args: argparse.Namespace) -> int:
    from panah.storage.dedupe import find_candidates

    with _open(args.db) as index:
        found = find_candidates(
            index, include_possible=not args.same_only, engine=args.engine,
            skip_conflicting_dates=args.skip_conflicting_dates,
        )  # fmt: skip
    if args.json:
        dump_json([c.to_json() for c in found])
        return 0
    if not found:
        print("No candidate duplicates.")
    for c in found:
        born = "" if c.born == "unknown" else f"  [dates of birth {c.born}]"
        print(f"{c.verdict} {c.score:.2f}  {c.a} ({c.name_a})  ~  {c.b} ({c.name_b}){born}")
        for reason in c.reasons:
            print(f"   - {reason}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    import datetime as dt

    from panah.core.errors import NotFoundError
    from panah.identity.dedupe import person_ref
    from panah.storage.dedupe import DecisionLog

    now = dt.datetime.now(dt.UTC)
    with _open(args.db) as index:
        log = DecisionLog(index.conn)
        if args.action == "undo":
            d = log.record("undo", actor=args.by, at=now, reason=args.reason, target=args.decision)
        else:
            known = {
                person_ref(c, p)
                for c, p in index.conn.execute("SELECT DISTINCT case_id, person_id FROM name_entry")
            }
            for ref in (args.a, args.b):
                if ref not in known:
                    raise NotFoundError(f"{ref} is not a person in {args.db} (use CASE/PERSON)")
            d = log.record(
                args.action, actor=args.by, at=now, reason=args.reason, a=args.a, b=args.b
            )
    what = f"undo of {d.target}" if d.action == "undo" else f"{d.action} {d.a} {d.b}"
    print(f"decision {d.id}: {what} by {d.actor} at {d.at.isoformat()}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from panah.storage.dedupe import DecisionLog

    with _open(args.db) as index:
        state = DecisionLog(index.conn).state()
    if args.json:
        dump_json(state.to_json())
        return 0
    if not state.decisions:
        print("No identity decisions yet.")
    for d in state.decisions:
        mark = "" if d.action == "undo" or d.id in state.standing else "  (withdrawn)"
        what = f"undo {d.target}" if d.action == "undo" else f"{d.action} {d.a} {d.b}"
        print(f"{d.id:>4}  {d.at.isoformat()}  {d.actor}: {what} — {d.reason}{mark}")
    for group in state.clusters:
        print("one person: " + ", ".join(group))
    for c in state.conflicts:
        print(f"conflict: decision {c.id} separates {c.a} and {c.b}, who merges put together")
    return 0
