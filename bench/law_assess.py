"""Benchmark: load N generated case files, then load + assess them, as of one date.

Each generated case has the shape of real ones: 2-4 people (clients and a lawyer), 6 sources,
~20 events and ~40 claims with disputed dates, and a mix of proceedings: asylum (applied,
certificates, granted or refused, sometimes appealed), criminal (charge, trial, verdict with or
without expulsion), administrative expulsion, hand-over threats and UN complaints. The texts
are generated and written to a temporary folder first (not timed); then

* load: read, parse and validate every case file (YAML or JSON, half each), as
  ``panah assess FILE`` does;
* load + assess: the same, then ``assess(case, as_of=...)`` for every person at risk.

The two phases alternate ``--repeat`` times (default 3); the fastest run of each is kept and
the median of the per-round ratios is printed too, so that other load on the machine disturbs
the figures less; times are CPU time of this process. Prints
cases/second for both and their ratio (target: load + assess <= 2.0 x load).

    python bench/law_assess.py --n 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from panah.law.assess import assess, default_calendar, default_rulebook  # noqa: E402
from panah.law.registry import default_registry  # noqa: E402
from panah.storage.files import read_case_file  # noqa: E402

AS_OF = dt.date(2021, 3, 1)
GIVEN = [("Қастер", "Qaster"), ("Мұрагер", "Murager"), ("Әйгерім", "Aigerim"),
         ("Ерлан", "Erlan"), ("Гүлнар", "Gulnar"), ("Сәуле", "Saule"), ("Нұрлан", "Nurlan")]
FATHERS = [("Мұсахан", "Musakhan"), ("Әлім", "Alim"), ("Қожахмет", "Qozhakhmet"),
           ("Төлеу", "Toleu"), ("Ахат", "Akhat")]


def _day(d: dt.date) -> str:
    return d.isoformat()


class Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.steps: dict[str, list[str]] = {}

    def event(self, eid: str, etype: str, when: dt.date | str, who: list[str],
              proceeding: str | None = None, dispute_days: int = 0,
              **facts: object) -> None:
        self.events.append({"id": eid, "type": etype, "title": etype.replace("_", " "),
                            "participants": [{"who": w, "role": "subject"} for w in who]})
        value = when if isinstance(when, str) else _day(when)
        self.claims.append({"id": f"c-{eid}-date", "subject": eid, "property": "date",
                            "value": value, "source": f"S{self.rng.randint(1, 6)}",
                            "locator": {"quote": "a few words"}})
        if dispute_days and isinstance(when, dt.date):
            self.claims.append({"id": f"c-{eid}-date-b", "subject": eid, "property": "date",
                                "value": _day(when - dt.timedelta(days=dispute_days)),
                                "source": f"S{self.rng.randint(1, 6)}"})
        for prop, v in facts.items():
            self.claims.append({"id": f"c-{eid}-{prop}", "subject": eid,
                                "property": prop.replace("_x_", "-"), "value": v,
                                "source": f"S{self.rng.randint(1, 6)}"})
        if proceeding is not None:
            self.steps.setdefault(proceeding, []).append(eid)


def make_case(i: int, rng: random.Random) -> dict[str, Any]:
    b = Builder(rng)
    clients = [f"p{k}" for k in range(rng.randint(2, 3))]
    people = []
    for pid in clients:
        g, f = rng.choice(GIVEN), rng.choice(FATHERS)
        people.append({
            "id": pid, "roles": ["client", "co_defendant"], "citizenship": ["CN"],
            "ethnicity": "Kazakh", "religion": "Muslim",
            "names": [
                {"value": f"{g[0]} {f[0]}ұлы", "script": "Cyrl", "lang": "kk", "kind": "legal"},
                {"value": f"{g[1]} {f[1]}uly", "script": "Latn", "lang": "en", "kind": "press"},
            ],
        })
        age = rng.randint(20, 60)
        for k, src in enumerate(("S1", "S2", "S3")):
            b.claims.append({"id": f"c-age-{pid}-{k}", "subject": pid, "property": "age",
                             "value": age + (k == 2 and rng.random() < 0.5), "source": src})
        for k, src in enumerate(("S1", "S2", "S4")):
            b.claims.append({"id": f"c-name-{pid}-{k}", "subject": pid, "property": "name",
                             "value": f"{g[1]} {f[1]}{['uly', 'ov', 'ulı'][k]}",
                             "source": src, "locator": {"quote": "a few words"}})
        b.claims.append({"id": f"c-eth-{pid}", "subject": pid, "property": "ethnicity",
                         "value": "Kazakh", "source": "S2"})
    people.append({"id": "p-lawyer", "roles": ["lawyer"],
                   "names": [{"value": "Lawyer", "script": "Latn", "kind": "legal"}]})
    start = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    lead = clients[0]
    b.event("camp", rng.choice(["camp_internment", "detention_origin", "threat"]),
            f"{start.year - 3}-{rng.randint(1, 12):02d}/{start.year - 1}", [lead])
    if rng.random() < 0.5:
        b.event("torture", "torture", f"{start.year - 3}-{rng.randint(1, 12):02d}", [lead],
                treatment="beatings")
    b.event("summons", "summons", start - dt.timedelta(days=90), clients,
            description="summoned to the police station")
    b.event("surveillance", "surveillance", f"{start.year - 1}/{start.year}", [lead])
    b.event("relative", "relative_persecuted", f"{start.year - 2}", [lead],
            description="a brother sent to a camp")
    b.event("threat", "threat", start - dt.timedelta(days=40), clients,
            statement="told to prepare to return to the camp")
    b.event("departure", "departure_home", start - dt.timedelta(days=2), clients,
            manner="by motorbike")
    crossing = rng.choice(["border_crossing_outside_checkpoint", "border_crossing_at_checkpoint",
                           "arrival"])
    b.event("cross", crossing, start, clients, dispute_days=rng.choice([0, 0, 5]),
            place="near the border")
    present = start + dt.timedelta(days=rng.randint(0, 20))
    b.event("video", "public_appeal", start + dt.timedelta(days=3), clients,
            description="video appeal posted online")
    b.event("press", "press_conference", present, clients, place="Almaty")
    b.event("present", "presentation_to_authorities", present, clients)
    b.event("apply", "asylum_application_filed", present, clients, "pr-asylum")
    cert = present + dt.timedelta(days=rng.randint(0, 20))
    b.event("cert", "asylum_certificate_issued", cert, clients, "pr-asylum")
    proceedings = [{"id": "pr-asylum", "kind": "asylum", "title": "Asylum", "concerns": list(clients)}]
    if crossing == "border_crossing_outside_checkpoint" and rng.random() < 0.7:
        b.event("held", "detention_host", present, clients, "pr-criminal")
        b.event("charge", "charge", present + dt.timedelta(days=3), clients, "pr-criminal",
                charge="kz/criminal-code-2014/art-392/part-1")
        b.event("closed", "investigation_closed", present + dt.timedelta(days=50), clients,
                "pr-criminal")
        b.event("prosecutor", "case_sent_to_prosecutor", present + dt.timedelta(days=53),
                clients, "pr-criminal")
        if rng.random() < 0.6:
            verdict = present + dt.timedelta(days=rng.randint(60, 120))
            b.event("trial", "trial_opened", verdict - dt.timedelta(days=15), clients,
                    "pr-criminal", place="District court")
            b.event("verdict", "verdict", verdict, clients, "pr-criminal", term="P1Y",
                    penalty="1 year in a minimum-security institution",
                    custody_credit="3 months 3 days", expulsion_applied=rng.random() < 0.2)
            b.event("release", "release", verdict + dt.timedelta(days=150), clients,
                    "pr-criminal")
        proceedings.append({"id": "pr-criminal", "kind": "criminal", "title": "Criminal case",
                            "concerns": list(clients)})
    if rng.random() < 0.4:
        b.event("statement", "official_statement", present + dt.timedelta(days=50), clients,
                "pr-handover", statement="they will be handed over")
        proceedings.append({"id": "pr-handover", "kind": "handover", "title": "Hand-over",
                            "concerns": list(clients)})
    if rng.random() < 0.2:
        b.event("order", "expulsion_ordered", present + dt.timedelta(days=30), clients,
                "pr-expel")
        proceedings.append({"id": "pr-expel", "kind": "administrative_expulsion",
                            "title": "Expulsion", "concerns": list(clients)})
    decided = cert + dt.timedelta(days=rng.randint(60, 400))
    outcome = rng.random()
    if outcome < 0.4:
        b.event("grant", "refugee_status_granted", decided, clients, "pr-asylum", term="P1Y")
    elif outcome < 0.7:
        b.event("refused", "refugee_status_refused", decided, clients, "pr-asylum")
        if rng.random() < 0.5:
            b.event("appeal", "appeal_filed", decided + dt.timedelta(days=20), clients,
                    "pr-asylum")
    if rng.random() < 0.2:
        b.event("cat", "un_communication_sent", present + dt.timedelta(days=70), clients)
        b.event("interim", "un_interim_measures", present + dt.timedelta(days=80), clients)
    for p in proceedings:
        p["steps"] = b.steps.get(p["id"], [])
    sources = [{"id": f"S{k}", "kind": rng.choice(["news_article", "testimony",
                                                   "court_document", "case_record"]),
                "title": f"Source {k} of case {i}", "date": _day(start + dt.timedelta(days=30 * k)),
                "lang": rng.choice(["en", "ru", "kk"])} for k in range(1, 7)]
    return {"format_version": "1.0", "id": f"case-{i}", "title": f"Case {i}",
            "jurisdictions": ["intl", "kz"], "people": people, "sources": sources,
            "claims": b.claims, "events": b.events, "proceedings": proceedings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ns = ap.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        paths: list[Path] = []
        for i in range(ns.n):
            data = make_case(i, rng)
            if i % 2 == 0:
                path = Path(tmp) / f"case-{i}.yaml"
                path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                                encoding="utf-8")
            else:
                path = Path(tmp) / f"case-{i}.json"
                path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            paths.append(path)
        run(paths, ns.repeat)


def run(paths: list[Path], repeat: int) -> None:
    n = len(paths)
    # Wire once, as the CLI does on first use: registry, rules, calendar.
    registry, rulebook, calendar = default_registry(), default_rulebook(), default_calendar()
    sample = read_case_file(paths[0])
    print(f"law assess: n={n} (half YAML, half JSON), as of {AS_OF}; per case "
          f"{len(sample.people)} people, {len(sample.claims)} claims, {len(sample.events)} events, "
          f"{len(sample.proceedings)} proceedings; {len(registry)} provisions, "
          f"{len(rulebook.rules)} rules")

    def load_only() -> None:
        for p in paths:
            read_case_file(p)

    counts = [0, 0, 0, 0]

    def load_and_assess() -> None:
        counts[:] = [0, 0, 0, 0]
        for p in paths:
            result = assess(read_case_file(p), as_of=AS_OF, registry=registry,
                            rulebook=rulebook, calendar=calendar)
            for person in result.people:
                counts[0] += 1
                counts[1] += len(person.findings)
                counts[2] += len(person.deadlines)
                counts[3] += len(person.alerts)

    def timed(fn: object) -> float:
        gc.collect()  # start each phase with the same heap
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        return time.process_time() - t0

    # Alternate the two phases so that load from other processes hits both alike; keep the
    # fastest of each and the median of the per-round ratios.
    loads, boths, ratios = [], [], []
    for _ in range(repeat):
        loads.append(timed(load_only))
        boths.append(timed(load_and_assess))
        ratios.append(boths[-1] / loads[-1])
    load, both = min(loads), min(boths)
    people, findings, deadlines, alerts = counts
    print(f"  load          : {n / load:8.0f} cases/s ({load * 1000 / n:.2f} ms/case)")
    print(f"  load + assess : {n / both:8.0f} cases/s ({both * 1000 / n:.2f} ms/case); "
          f"{people} people assessed, {findings} top-level findings, {deadlines} deadlines, "
          f"{alerts} alerts")
    print(f"  assess alone  : {(both - load) * 1000 / n:.2f} ms/case, "
          f"{(both - load) * 1000 / max(people, 1):.2f} ms/person")
    ratios.sort()
    print(f"  ratio (load + assess) / load: {both / load:.2f} from the fastest runs; "
          f"median per round {ratios[len(ratios) // 2]:.2f}  (target <= 2.00)")


if __name__ == "__main__":
    main()
