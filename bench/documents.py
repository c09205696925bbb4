"""Document generation speed on the reference case: seconds per PDF and per DOCX, warm.

"Warm" means one Renderer reused (Typst fonts scanned once, one compiler per template kept),
as in a web worker or a batch job, each render a different document (the as-of date moves a
day each time, so Typst's memoisation cannot return a cached PDF); the first (cold) PDF,
which pays for the font scan, is reported apart. Context building (facts, sources, citations) is timed on its own too.
Target (issue 6): at most 0.5 s per PDF warm.

    .venv/bin/python bench/documents.py [--repeat N] [--assess]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "examples" / "reference-case" / "kazakhstan-2019.yaml"
AS_OF = {
    "chronology": "2019-12-15",
    "objection-illegal-entry": "2019-12-15",
    "non-refoulement": "2019-12-15",
    "cat-complaint": "2019-12-15",
    "urgent-appeal": "2019-12-15",
    "status-extension": "2021-09-01",
    "extension-reminder": "2021-09-01",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="renders per template (warm)")
    parser.add_argument(
        "--assess", action="store_true", help="include the rules engine's assessment"
    )
    args = parser.parse_args()

    from panah.documents.citations import default_lookup
    from panah.documents.context import build_context
    from panah.documents.render import Renderer
    from panah.documents.trace import case_sha256
    from panah.storage.files import read_case_file

    raw = REFERENCE.read_bytes()
    case = read_case_file(REFERENCE)
    lookup = default_lookup()
    digest = case_sha256(raw)

    def context(name: str, lang: str, shift: int = 0) -> dict[str, Any]:
        as_of = dt.date.fromisoformat(AS_OF[name]) + dt.timedelta(days=shift)
        assessment = None
        if args.assess:
            from panah.law.assess import assess

            assessment = assess(case, as_of=as_of, person="p-kaster").to_json()
        return build_context(
            case,
            template=name,
            person_id="p-kaster",
            as_of=as_of,
            lang=lang,
            case_sha256=digest,
            assessment=assessment,
            provisions=lookup,
        )

    renderer = Renderer()
    t0 = time.perf_counter()
    renderer.render(context("chronology", "en"), "pdf")
    cold = time.perf_counter() - t0
    print(f"reference case, person p-kaster; assessment: {'engine' if args.assess else 'none'}")
    print(f"cold first PDF (font scan + compile): {cold:.3f} s")
    print(
        f"{'template':<25}{'lang':<6}{'context s':>10}{'PDF s warm':>12}{'PDF max':>9}"
        f"{'DOCX s':>9}{'PDF KB':>10}"
    )
    pdf_all: list[float] = []
    docx_all: list[float] = []
    for name in AS_OF:
        for lang in ("en", "ru"):
            t0 = time.perf_counter()
            ctx = context(name, lang)
            ctx_s = time.perf_counter() - t0
            renderer.render(ctx, "pdf")  # first compile of this template
            pdf_times = []
            size = 0
            for i in range(args.repeat):
                # A different document each time (as-of date one day later): Typst memoises,
                # and rendering the very same input again would measure only its cache.
                other = context(name, lang, shift=i + 1)
                t0 = time.perf_counter()
                size = len(renderer.render(other, "pdf"))
                pdf_times.append(time.perf_counter() - t0)
            docx_times = []
            for _ in range(max(1, args.repeat // 2)):
                t0 = time.perf_counter()
                renderer.render(ctx, "docx")
                docx_times.append(time.perf_counter() - t0)
            pdf_all += pdf_times
            docx_all += docx_times
            print(
                f"{name:<25}{lang:<6}{ctx_s:>10.3f}{statistics.median(pdf_times):>12.3f}"
                f"{max(pdf_times):>9.3f}{statistics.median(docx_times):>9.3f}{size / 1024:>10.0f}"
            )
    print(
        f"all templates: PDF warm median {statistics.median(pdf_all):.3f} s, "
        f"max {max(pdf_all):.3f} s (target <= 0.5 s); DOCX median "
        f"{statistics.median(docx_all):.3f} s"
    )
    return 0 if max(pdf_all) <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
