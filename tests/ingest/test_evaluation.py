"""Quality on the evaluation texts: precision and recall of dated events and of names.

Each text in data/ has an expected file written by hand from the text (dated events with
their type and case-file date; the names of the people it mentions). A predicted dated
event counts as right when the expected list has the same type and the same date text
(so the precision of the date counts: 2019-10 is not 2019-10-06). Names count when the
spelling matches, case aside. Figures are printed per language (run with -s to see them).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.ingest.conftest import TEXTS, draft_of, load_sample


def dated_events(case: dict[str, Any]) -> set[tuple[str, str]]:
    dates = {c["subject"]: c["value"] for c in case["claims"] if c["property"] == "date"}
    return {(e["type"], dates[e["id"]]) for e in case["events"] if e["id"] in dates}


def names(case: dict[str, Any]) -> set[str]:
    out = set()
    for p in case["people"]:
        out.update(n["value"].casefold() for n in p["names"])
        for r in p.get("relatives", []):
            out.update(n["value"].casefold() for n in r.get("names", []))
    return out


def scores(name: str) -> dict[str, Counter[str]]:
    sample = load_sample(name)
    case = draft_of(name).case
    exp_events = {(e["type"], str(e["date"])) for e in sample.expected["events"]}
    exp_names = {n.casefold() for n in sample.expected["names"]}
    got_events, got_names = dated_events(case), names(case)
    return {
        "events": Counter(
            tp=len(got_events & exp_events), predicted=len(got_events), expected=len(exp_events)
        ),
        "names": Counter(
            tp=len(got_names & exp_names), predicted=len(got_names), expected=len(exp_names)
        ),
    }


def _pr(c: Counter[str]) -> tuple[float, float]:
    precision = c["tp"] / c["predicted"] if c["predicted"] else 1.0
    recall = c["tp"] / c["expected"] if c["expected"] else 1.0
    return precision, recall


@pytest.mark.parametrize("name", TEXTS)
def test_no_text_falls_far_below_the_targets(name: str) -> None:
    """A floor per text, so that a regression on one text shows even when the totals hold."""
    s = scores(name)
    for what in ("events", "names"):
        precision, recall = _pr(s[what])
        assert recall >= 0.6, f"{name}: {what} recall {recall:.2f}"
        assert precision >= 0.75, f"{name}: {what} precision {precision:.2f}"


@pytest.mark.parametrize("lang", ["en", "ru", "all"])
def test_targets_per_language(lang: str) -> None:
    totals = {"events": Counter[str](), "names": Counter[str]()}
    for name in TEXTS:
        if lang != "all" and load_sample(name).lang != lang:
            continue
        for what, c in scores(name).items():
            totals[what] += c
    for what, c in totals.items():
        precision, recall = _pr(c)
        print(
            f"\n[ingest {lang}] {what}: precision {precision:.3f} recall {recall:.3f} "
            f"(right {c['tp']}, predicted {c['predicted']}, expected {c['expected']})"
        )
        assert recall >= 0.8, f"{lang} {what} recall {recall:.3f}"
        assert precision >= 0.9, f"{lang} {what} precision {precision:.3f}"
