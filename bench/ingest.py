"""Speed of drafting from text: model load time and texts per second, per language.

Run: .venv/bin/python bench/ingest.py  (prints figures; not a test)
"""

from __future__ import annotations

import time
from pathlib import Path

import yaml

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
            start = time.perf_counter()
            for _ in range(rounds):
                for text, meta in texts:
                    draft_case(text, lang=lang, meta=SourceMeta(date=str(meta["date"])), backend=be)
            elapsed = time.perf_counter() - start
            n = rounds * len(texts)
            print(
                f"{lang} {label:10s}: {n / elapsed:6.1f} texts/s, {rounds * chars / elapsed / 1000:6.1f} "
                f"kchar/s ({len(texts)} texts, {chars} chars each round)"
                + (f"; model load {load:.2f} s" if be is backend else "")
            )


if __name__ == "__main__":
    main()
