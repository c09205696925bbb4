"""Precision and recall of a draft against a hand-written expected file, for any directory.

The evaluation test (``test_evaluation.py``) scores ``tests/ingest/data``; the same code
scores a directory of unseen texts before they are used for anything::

    .venv/bin/python -m tests.ingest.scoring tests/ingest/unseen

prints dated events and names, precision and recall, per text, per language and overall
(``--only 'unseenA-*'`` scores some of the texts).
A predicted dated event counts as right when the expected list has the same type and the
same date text (so the precision of the date counts: 2019-10 is not 2019-10-06). Names
count when the spelling matches, case aside. ``--misses`` lists what was missed and what
was predicted wrongly.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from panah.ingest import Draft, SourceMeta, draft_case, load_backend
from panah.ingest.backends import Backend

__all__ = [
    "Sample",
    "Scored",
    "dated_events",
    "draft_sample",
    "load_sample",
    "names",
    "pr",
    "score",
    "texts_in",
]


@dataclass(frozen=True)
class Sample:
    name: str
    text: str
    expected: dict[str, Any]

    @property
    def lang(self) -> str:
        return str(self.expected["meta"]["lang"])

    @property
    def meta(self) -> SourceMeta:
        m = self.expected["meta"]
        return SourceMeta(
            title=m["title"],
            date=str(m["date"]),
            publisher=m.get("publisher"),
            kind=m.get("kind", "news_article"),
            lang=m["lang"],
        )


def texts_in(directory: Path, pattern: str = "*") -> list[str]:
    """The names of the texts in a directory that have an expected file (``pattern``: a glob
    over the names, e.g. ``unseenA-*``)."""
    return sorted(
        p.stem
        for p in directory.glob(f"{pattern}.txt")
        if (directory / f"{p.stem}.expected.yaml").exists()
    )


def load_sample(directory: Path, name: str) -> Sample:
    text = (directory / f"{name}.txt").read_text("utf-8")
    path = directory / f"{name}.expected.yaml"
    try:
        expected = yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(expected, dict) or "meta" not in expected:
        raise ValueError(f"{directory / name}.expected.yaml: expected a mapping with 'meta'")
    return Sample(name, text, expected)


_BACKENDS: dict[str, Backend] = {}


def backend_for(lang: str) -> Backend:
    """The library backend of a language, loaded once per process."""
    if lang not in _BACKENDS:
        _BACKENDS[lang] = load_backend(lang)
    return _BACKENDS[lang]


def draft_sample(sample: Sample, *, classifier: bool = True) -> Draft:
    return draft_case(
        sample.text,
        lang=sample.lang,
        meta=sample.meta,
        backend=backend_for(sample.lang),
        classifier=classifier,
    )


def dated_events(case: dict[str, Any]) -> set[tuple[str, str]]:
    dates = {c["subject"]: c["value"] for c in case["claims"] if c["property"] == "date"}
    return {(e["type"], dates[e["id"]]) for e in case["events"] if e["id"] in dates}


def names(case: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for p in case["people"]:
        out.update(n["value"].casefold() for n in p["names"])
        for r in p.get("relatives", []):
            out.update(n["value"].casefold() for n in r.get("names", []))
    return out


@dataclass(frozen=True)
class Scored:
    name: str
    lang: str
    counts: dict[str, Counter[str]]
    missed: dict[str, list[str]]
    wrong: dict[str, list[str]]


def score(sample: Sample, draft: Draft) -> Scored:
    case = draft.case
    exp_events = {(e["type"], str(e["date"])) for e in sample.expected.get("events") or []}
    exp_names = {n.casefold() for n in sample.expected.get("names") or []}
    got_events, got_names = dated_events(case), names(case)
    return Scored(
        sample.name,
        sample.lang,
        {
            "events": Counter(
                tp=len(got_events & exp_events), predicted=len(got_events), expected=len(exp_events)
            ),
            "names": Counter(
                tp=len(got_names & exp_names), predicted=len(got_names), expected=len(exp_names)
            ),
        },
        {
            "events": [f"{t} {d}" for t, d in sorted(exp_events - got_events)],
            "names": sorted(exp_names - got_names),
        },
        {
            "events": [f"{t} {d}" for t, d in sorted(got_events - exp_events)],
            "names": sorted(got_names - exp_names),
        },
    )


def pr(c: Counter[str]) -> tuple[float, float]:
    """(precision, recall); 1.0 where nothing was predicted or expected."""
    precision = c["tp"] / c["predicted"] if c["predicted"] else 1.0
    recall = c["tp"] / c["expected"] if c["expected"] else 1.0
    return precision, recall


def _line(label: str, counts: dict[str, Counter[str]]) -> str:
    cells = []
    for what in ("events", "names"):
        c = counts[what]
        p, r = pr(c)
        cells.append(
            f"{what} P {p:.3f} R {r:.3f} ({c['tp']} right, {c['predicted']} predicted, "
            f"{c['expected']} expected)"
        )
    return f"{label:32s} " + " | ".join(cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.ingest.scoring", description=__doc__)
    ap.add_argument("directory", type=Path)
    ap.add_argument("--misses", action="store_true", help="list missed and wrong items")
    ap.add_argument("--only", default="*", help="a glob over the text names, e.g. 'unseenA-*'")
    ap.add_argument(
        "--no-classifier",
        action="store_true",
        help="the rules alone: no event typed by the learned classifier",
    )
    args = ap.parse_args(argv)
    directory: Path = args.directory
    if not directory.is_dir():
        print(f"error: {directory} is not a directory", file=sys.stderr)
        return 2
    names_ = texts_in(directory, args.only)
    if not names_:
        print(f"error: no NAME.txt with NAME.expected.yaml in {directory}", file=sys.stderr)
        return 2
    totals: dict[str, dict[str, Counter[str]]] = {}
    failed = 0
    for name in names_:
        try:
            sample = load_sample(directory, name)
        except ValueError as exc:
            print(f"error: {exc}; {name} left out of the figures", file=sys.stderr)
            failed += 1
            continue
        s = score(sample, draft_sample(sample, classifier=not args.no_classifier))
        print(_line(name, s.counts))
        if args.misses:
            for what in ("events", "names"):
                for item in s.missed[what]:
                    print(f"    missed {what[:-1]}: {item}")
                for item in s.wrong[what]:
                    print(f"    wrong  {what[:-1]}: {item}")
        for key in (s.lang, "all"):
            t = totals.setdefault(key, {"events": Counter(), "names": Counter()})
            for what in ("events", "names"):
                t[what] += s.counts[what]
    for key in sorted(totals, key=lambda k: (k == "all", k)):
        print(_line(f"[{key}]", totals[key]))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
