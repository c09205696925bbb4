"""Benchmark: validate and load N generated case files.

Each generated case is realistic in size and shape: 2-4 people with names in Kazakh Cyrillic,
Latin, Russian, Arabic script and Chinese; 6 sources; ~20 events; ~40 claims (with conflicts);
2-3 proceedings. Prints cases/second for parse+validate of YAML and JSON files on disk.

    python bench/casefiles.py --n 10000
"""

from __future__ import annotations

import argparse
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

from panah.core.catalogue import EventType  # noqa: E402
from panah.storage.files import read_case_file  # noqa: E402

GIVEN = [("Қастер", "Qaster"), ("Мұрагер", "Murager"), ("Әйгерім", "Aigerim"),
         ("Ерлан", "Erlan"), ("Гүлнар", "Gulnar"), ("Сәуле", "Saule"), ("Нұрлан", "Nurlan"),
         ("Бақыт", "Baqyt"), ("Жанар", "Zhanar"), ("Серік", "Serik")]
FATHERS = [("Мұсахан", "Musakhan"), ("Әлім", "Alim"), ("Қожахмет", "Qozhakhmet"),
           ("Төлеу", "Toleu"), ("Ахат", "Akhat"), ("Сейіт", "Seyit")]
TYPES = [t.value for t in EventType]


def make_case(i: int, rng: random.Random) -> dict[str, Any]:
    people = []
    claims: list[dict[str, Any]] = []
    sources = [
        {"id": f"S{k}", "kind": rng.choice(["news_article", "testimony", "court_document"]),
         "title": f"Source {k} of case {i}", "date": f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}",
         "lang": rng.choice(["en", "ru", "kk"])}
        for k in range(1, 7)
    ]
    for p in range(rng.randint(2, 4)):
        g, f = rng.choice(GIVEN), rng.choice(FATHERS)
        pid = f"p{p}"
        people.append({
            "id": pid, "roles": ["client"], "citizenship": ["CN"],
            "names": [
                {"value": f"{g[0]} {f[0]}ұлы", "script": "Cyrl", "lang": "kk", "kind": "legal"},
                {"value": f"{g[1]} {f[1]}uly", "script": "Latn", "lang": "en", "kind": "press"},
                {"value": f"{g[1]} {f[1]}ov", "script": "Latn", "lang": "ru", "kind": "alias"},
                {"value": "哈斯特尔", "script": "Hans", "lang": "zh", "kind": "chinese_id"},
            ],
            "relatives": [{"relation": "mother", "location": "Xinjiang", "status": "unknown"}],
        })
        claims.append({"id": f"c-age-{pid}-a", "subject": pid, "property": "age",
                       "value": rng.randint(20, 60), "source": "S1"})
        claims.append({"id": f"c-age-{pid}-b", "subject": pid, "property": "age",
                       "value": rng.randint(20, 60), "source": "S2"})
    events = []
    for e in range(20):
        eid = f"e{e}"
        events.append({"id": eid, "type": rng.choice(TYPES), "title": f"Event {e}",
                       "participants": [{"who": "p0", "role": "subject"}]})
        if len(claims) < 40:
            y, m, d = rng.randint(2013, 2024), rng.randint(1, 12), rng.randint(1, 28)
            claims.append({"id": f"c-{eid}-date", "subject": eid, "property": "date",
                           "value": f"{y}-{m:02d}-{d:02d}", "source": f"S{rng.randint(1, 6)}",
                           "locator": {"quote": "a few words"}})
    while len(claims) < 40:
        k = len(claims)
        claims.append({"id": f"c-x{k}", "subject": f"e{k % 20}", "property": "place",
                       "value": rng.choice(["Almaty", "Zharkent", "Шилікті"]), "source": "S3"})
    proceedings = [
        {"id": "pr-asylum", "kind": "asylum", "title": "Asylum", "concerns": ["p0"],
         "steps": ["e1", "e2"]},
        {"id": "pr-criminal", "kind": "criminal", "title": "Criminal case", "concerns": ["p0"],
         "steps": ["e3", "e4"], "relations": [{"kind": "suspends", "proceeding": "pr-asylum"}]},
    ]
    return {"format_version": "1.0", "id": f"case-{i}", "title": f"Case {i}", "people": people,
            "sources": sources, "claims": claims, "events": events, "proceedings": proceedings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=10_000)
    ns = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        paths: dict[str, list[Path]] = {"yaml": [], "json": []}
        for i in range(ns.n):
            data = make_case(i, rng)
            fmt = "yaml" if i % 2 == 0 else "json"
            path = Path(tmp) / f"case-{i}.{fmt}"
            text = (yaml.safe_dump(data, allow_unicode=True, sort_keys=False) if fmt == "yaml"
                    else json.dumps(data, ensure_ascii=False))
            path.write_text(text, encoding="utf-8")
            paths[fmt].append(path)
        sample = read_case_file(paths["yaml"][0])
        print(f"case files: n={ns.n} (half YAML, half JSON); per case "
              f"{len(sample.people)} people, {len(sample.claims)} claims, "
              f"{len(sample.events)} events")
        total_t = 0.0
        for fmt, files in paths.items():
            t0 = time.perf_counter()
            for p in files:
                read_case_file(p)
            dt = time.perf_counter() - t0
            total_t += dt
            print(f"  validate+load {fmt:<4}: {len(files) / dt:8.0f} cases/s "
                  f"({dt * 1000 / len(files):.2f} ms/case)")
        print(f"  validate+load all : {ns.n / total_t:8.0f} cases/s")


if __name__ == "__main__":
    main()
