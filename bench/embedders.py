"""Cost of the embedders the learned event classifier can use (an experiment; docs/ingest.md).

Run, in a virtual environment that has the embedders' packages (not Panah's .venv):

    flock /tmp/panah-bench.lock VENV/bin/python bench/embedders.py [NAME ...]

For each embedder (default: every one of ``panah.ingest.classify.EMBEDDERS`` whose package is
installed): the load time, then the wall and CPU time to embed what the classifier reads of
the labelled texts (``tests/ingest/data``): for each text, the sentence and the clause of each
determined point date the text holds, one call a text, as ``add_events`` would make them.
Prints figures; not a test. OMP_NUM_THREADS and OPENBLAS_NUM_THREADS are set to 1 unless
given (threads spin on the shared 2-core machine).
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.ingest.scoring import backend_for, load_sample, texts_in  # noqa: E402

from panah.ingest.classify import (  # noqa: E402
    EMBEDDERS,
    _pipeline,
    candidates,
    embedding_texts,
    load_embedder,
)


def workload() -> list[list[str]]:
    """Per text, the distinct texts the classifier would embed."""
    data = ROOT / "tests" / "ingest" / "data"
    out = []
    for name in texts_in(data):
        s = load_sample(data, name)
        sents, dates = _pipeline(
            s.text, s.lang, str(s.expected["meta"]["date"]), backend_for(s.lang)
        )
        texts = {
            t
            for _d, _sent, ctx in candidates(s.text, sents, s.lang, dates, [], silent_only=False)
            for t in embedding_texts(ctx)
        }
        out.append(sorted(texts))
    return out


def main(names: list[str]) -> int:
    work = workload()
    n_texts = sum(len(w) for w in work)
    print(f"{len(work)} documents, {n_texts} sentences and clauses to embed")
    print(f"load average: {os.getloadavg()}")
    for name in names or list(EMBEDDERS):
        try:
            start = time.perf_counter()
            embed = load_embedder(name)
            embed(["warm up"])
            loaded = time.perf_counter() - start
        except ImportError as exc:
            print(f"{name}: not installed ({exc})")
            continue
        wall, cpu = time.perf_counter(), time.process_time()
        for texts in work:
            if texts:
                embed(texts)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"{name}: load {loaded:.2f} s; {1000 * wall / len(work):.0f} ms a document "
            f"(CPU {1000 * cpu / len(work):.0f} ms), {1000 * wall / n_texts:.1f} ms a sentence "
            f"or clause"
        )
    print(f"load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
