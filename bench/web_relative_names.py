"""What the blind index of relatives' names costs (``panah.storage.django_orm.search``).

    python bench/web_relative_names.py [--cases 10000] [--repeat 200]

Makes a throwaway data directory with the dev settings (as ``panah serve``), migrates, and
writes N generated cases (``bench/web_casegen.py``: 2-3 clients with 5-6 name variants, a
named relative each) straight into the cases table with their summary columns (no
assessment: the cost measured here is the index's, not the import's), one account a member
of all of them. Then measures, wall and CPU:

* indexing: :func:`~panah.storage.django_orm.search.index_case_names` per case (parse the
  case file's JSON, matching keys of each relative's name, HMACs, encrypted entry rows) —
  what every save of a case now adds; rows and bytes the two tables take;
* the case list's search (first page of 50, the view's query) for a client's surname, a
  client's full name and a relative's given name, with the relatives' clause and without it
  (the blind-index lookup switched off), so the difference is the index's cost per search;
* the likely matches for a name typed (:func:`panah.web.matches.name_matches`), with and
  without the relatives' part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _time(fn: Callable[[], object], repeat: int) -> str:
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return (f"wall p50 {statistics.median(wall):.2f} p95 {_pct(wall, 0.95):.2f} ms, "
            f"cpu p50 {statistics.median(cpu):.2f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="panah-relnames-")
    os.environ["PANAH_DATA_DIR"] = tmp.name
    os.environ["DJANGO_SETTINGS_MODULE"] = "panah.web.settings.dev"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction

    from panah.core.casefile import parse_case
    from panah.storage.django_orm import search
    from panah.storage.django_orm.models import (
        CaseMembership,
        CaseNameEntry,
        CaseNameKey,
        CaseRecord,
        fold,
    )
    from panah.storage.django_orm.permissions import cases_visible_to
    from panah.web import matches
    from web_casegen import NameBook, make_case

    call_command("migrate", interactive=False, verbosity=0)
    user, _ = get_user_model().objects.get_or_create(username="bench")
    book = NameBook()
    today = dt.datetime.now(tz=dt.UTC).date()
    datas = []
    t0 = time.perf_counter()
    with transaction.atomic():
        rows = []
        for i in range(args.cases):
            data = make_case(i, random.Random(args.seed * 1_000_003 + i), book, today)
            datas.append(data)
            names = list(dict.fromkeys(n["value"] for p in data["people"] for n in p["names"]))
            rows.append(CaseRecord(
                case_id=data["id"][:64], title=data["title"][:300], status=data["status"],
                names="\n".join(names),
                search=fold("\n".join([data["title"], data["id"], *names])),
                people_count=len(data["people"]), content=json.dumps(data, ensure_ascii=False),
            ))
        CaseRecord.objects.bulk_create(rows, batch_size=500)
        records = list(CaseRecord.objects.order_by("pk"))
        CaseMembership.objects.bulk_create(
            [CaseMembership(case=r, user=user, role="administrator") for r in records],
            batch_size=1000,
        )
    print(f"{args.cases} cases written in {time.perf_counter() - t0:.0f} s", flush=True)

    wall, cpu = [], []
    with transaction.atomic():
        for r in records:
            t, c = time.perf_counter(), time.process_time()
            search.index_case_names(r)
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    entries, keys = CaseNameEntry.objects.count(), CaseNameKey.objects.count()
    size = ""
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute("SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE "
                        "'panah_cases_casename%%' OR name = 'name_key_case' GROUP BY name")
            size = ", ".join(f"{n} {b / 2**20:.1f} MiB" for n, b in cur.fetchall())
    print(f"indexing a case: wall p50 {statistics.median(wall):.2f} p95 {_pct(wall, 0.95):.2f} "
          f"ms, cpu p50 {statistics.median(cpu):.2f} ms; {entries} entries, {keys} keys "
          f"({keys / args.cases:.1f} a case); {size}")

    rng = random.Random(args.seed)
    sample = [datas[rng.randrange(len(datas))] for _ in range(5)]
    client = sample[0]["people"][0]["names"][0]["value"]
    relative = next(rel["names"][0]["value"] for d in sample for p in d["people"]
                    for rel in p.get("relatives", []) if rel.get("names"))
    queries = {"client's surname": client.split()[-1], "client's full name": client,
               "relative's given name": relative}
    real_keys = search.blind_keys

    def page(q: str) -> Callable[[], object]:
        return lambda: list(search.cases_matching(cases_visible_to(user), q)
                            .order_by("-updated_at").values_list("key", "title", "names")[:50])

    for label, q in queries.items():
        found = search.cases_matching(cases_visible_to(user), q).count()
        with_index = _time(page(q), args.repeat)
        search.blind_keys = lambda keys: []
        plain = search.cases_matching(cases_visible_to(user), q).count()
        without = _time(page(q), args.repeat)
        search.blind_keys = real_keys
        print(f"case list search, {label} {q!r}: {found} cases ({plain} without relatives)\n"
              f"  with the relatives' index:    {with_index}\n"
              f"  without (plain columns only): {without}")

    record = records[0]
    case = parse_case(record.content, file="bench", fmt="json")
    typed = [f"{relative} {client.split()[-1]}"]
    reps = max(3, args.repeat // 20)
    with_panel = _time(lambda: matches.name_matches(user, typed, record=record, case=case), reps)
    search.blind_keys = lambda keys: []
    without_panel = _time(lambda: matches.name_matches(user, typed, record=record, case=case),
                          reps)
    search.blind_keys = real_keys
    print(f"likely matches for {typed[0]!r} over {args.cases} cases (at most "
          f"{matches.MAX_CASES} cases' names, {matches.MAX_RELATIVE_NAMES} relatives' names):\n"
          f"  with relatives:    {with_panel}\n  without relatives: {without_panel}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"({connection.vendor}; load average {load})")
    connection.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
