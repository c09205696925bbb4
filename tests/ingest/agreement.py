"""Agreement of two annotators on the same texts, scored the way the extractor is (not a test).

    .venv/bin/python -m tests.ingest.agreement FIRST_DIR SECOND_DIR [--only 'unseenV-*'] [--misses]

``FIRST_DIR`` holds ``NAME.txt`` and ``NAME.expected.yaml`` (the first annotator's answers);
``SECOND_DIR`` holds a second ``NAME.expected.yaml`` for some of those texts, written by another
annotator who read the same conventions and not the first one's answers. The second annotator's
events and names are scored against the first's with the evaluation's own rule
(:func:`tests.ingest.scoring.score`: a dated event is right when type and date text are the
same; a name when the spelling is, case aside). Precision here is the share of the second
annotator's items that the first also listed, recall the share of the first's that the second
listed; their harmonic mean (F1) does not depend on which annotator is called first.

The figures say how far one careful reader's expected file is from another's under the written
conventions, which bounds what agreement an extractor can be expected to reach with either.
The script also scores the extractor against each annotator and against the events both
listed (``--product``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from tests.ingest.scoring import Sample, dated_events, draft_sample, load_sample, pr, texts_in


def _as_case(expected: dict[str, Any]) -> tuple[set[tuple[str, str]], set[str]]:
    events = {(e["type"], str(e["date"])) for e in expected.get("events") or []}
    spellings = {n.casefold() for n in expected.get("names") or []}
    return events, spellings


def _count(got: set[Any], exp: set[Any]) -> Counter[str]:
    return Counter(tp=len(got & exp), predicted=len(got), expected=len(exp))


def _f1(c: Counter[str]) -> float:
    p, r = pr(c)
    return 2 * p * r / (p + r) if p + r else 0.0


def _fmt(label: str, ev: Counter[str], nm: Counter[str]) -> str:
    pe, re_ = pr(ev)
    pn, rn = pr(nm)
    return (
        f"{label:28s} events P {pe:.3f} R {re_:.3f} F1 {_f1(ev):.3f} "
        f"({ev['tp']} both, {ev['predicted']} second, {ev['expected']} first) | "
        f"names P {pn:.3f} R {rn:.3f} ({nm['tp']} both, {nm['predicted']}, {nm['expected']})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--only", default="*")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--product", action="store_true", help="also score the extractor against each annotator"
    )
    args = parser.parse_args(argv)

    totals: dict[str, Counter[str]] = {
        k: Counter() for k in ("ev", "nm", "p1", "p2", "pboth", "pany")
    }
    for name in texts_in(args.first, args.only):
        second_path = args.second / f"{name}.expected.yaml"
        if not second_path.exists():
            continue
        sample = load_sample(args.first, name)
        second = yaml.safe_load(second_path.read_text("utf-8"))
        ev1, nm1 = _as_case(sample.expected)
        ev2, nm2 = _as_case(second)
        ev, nm = _count(ev2, ev1), _count(nm2, nm1)
        totals["ev"].update(ev)
        totals["nm"].update(nm)
        print(_fmt(name, ev, nm))
        if args.misses:
            for t, d in sorted(ev1 - ev2):
                print(f"    first only   {t} {d}")
            for t, d in sorted(ev2 - ev1):
                print(f"    second only  {t} {d}")
        if args.product:
            got = dated_events(draft_sample(Sample(name, sample.text, sample.expected)).case)
            totals["p1"].update(_count(got, ev1))
            totals["p2"].update(_count(got, ev2))
            totals["pboth"].update(_count(got, ev1 & ev2))
            # right when either annotator listed it, out of what either listed
            totals["pany"].update(_count(got, ev1 | ev2))
    print(_fmt("[all] second vs first", totals["ev"], totals["nm"]))
    if args.product:
        for key, label in (
            ("p1", "product vs first"),
            ("p2", "product vs second"),
            ("pboth", "product vs both listed"),
            ("pany", "product vs either listed"),
        ):
            c = totals[key]
            p, r = pr(c)
            print(
                f"{label:28s} events P {p:.3f} R {r:.3f} F1 {_f1(c):.3f} "
                f"({c['tp']} right, {c['predicted']} predicted, {c['expected']} expected)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
