"""Speed of drafting from text: model load time and texts per second, per language.

Run: flock /tmp/panah-bench.lock .venv/bin/python bench/ingest.py  (prints figures; not a test)

Wall-clock texts/s depends on the machine's load; CPU ms per text (time.process_time, all
threads) less so. Measured 2026-11-23 on the shared 2-core machine, the 18 evaluation texts
of tests/ingest/data (9 en, 9 ru), the code before and after commit "ingest throughput" run
back to back (load average 1.4-2.5):

| backend | before | after |
|---------|--------|-------|
| en, dateparser | 14.8 texts/s, CPU 67 ms/text | 49.1 texts/s, CPU 20 ms/text |
| ru, natasha | 20.6 texts/s, CPU 93 ms/text | 34.7 texts/s, CPU 29 ms/text |

What changed: the library date parsers (dateparser's search_dates, natasha's yargy grammar)
read only the sentences with a year or a month name that no pattern took (they never added
a date on the evaluation texts, and the drafts are identical); natasha's morphology tagger
runs only on sentences that name a person; OpenBLAS is asked for one thread (natasha's small
matrices gain nothing from threads, which spin on a loaded machine and doubled the CPU time).
The rules alone: about 50 (en) and 60 (ru) texts/s. Model load: natasha 0.7 s, dateparser
0.1 s (once per process). After the later rule changes (the batch B fixes, up to commit
4ef22ae), at load average 3.9-4.3: en with dateparser 42 texts/s, CPU 23 ms/text; ru with
natasha 29 texts/s, CPU 34 ms/text (wall figures swing with the load; CPU time is steadier).
After the batch C round (commit cd821a0; the set is now 13 texts per language, batch B
included, 1,550 en / 1,360 ru characters a text), at load average 1.4-1.5: en with dateparser
20 texts/s, CPU 49 ms/text (rules alone 48); ru with natasha 24 texts/s, CPU 42 ms/text (rules
alone 26). The gazetteer's one big alternation is now the largest single cost (about 14 ms of
CPU a text, 10 ms before the 21 places this round added); factoring it (a first-letter index
or a trie) is the next speed step, not done.
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

from machine import machine_line
from panah.ingest import NoBackend, SourceMeta, draft_case, load_backend

DATA = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "data"


def main() -> None:
    samples = []
    for path in sorted(DATA.glob("*.txt")):
        expected = yaml.safe_load(path.with_suffix("").with_suffix(".expected.yaml").read_text("utf-8"))
        samples.append((path.read_text("utf-8"), expected["meta"]))
    for lang in ("en", "ru"):
        texts = [(t, m) for t, m in samples if m["lang"] == lang]
        chars = sum(len(t) for t, _ in texts)
        start = time.perf_counter()
        backend = load_backend(lang)
        load = time.perf_counter() - start
        for label, be in ((backend.name, backend), ("rules only", NoBackend())):
            rounds = 5
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(rounds):
                for text, meta in texts:
                    draft_case(text, lang=lang, meta=SourceMeta(date=str(meta["date"])), backend=be)
            elapsed = time.perf_counter() - start
            cpu = time.process_time() - cpu
            n = rounds * len(texts)
            print(
                f"{lang} {label:10s}: {n / elapsed:6.1f} texts/s, {rounds * chars / elapsed / 1000:6.1f} "
                f"kchar/s, CPU {1000 * cpu / n:5.1f} ms/text ({len(texts)} texts, {chars} chars "
                "each round)" + (f"; model load {load:.2f} s" if be is backend else "")
            )
    print(f"machine: {machine_line()}")


if __name__ == "__main__":
    main()
