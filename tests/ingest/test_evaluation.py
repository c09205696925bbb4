"""Quality on the evaluation texts: precision and recall of dated events and of names.

Each text in data/ has an expected file written by hand from the text (dated events with
their type and case-file date; the names of the people it mentions). Scoring is
:mod:`tests.ingest.scoring` (the same code scores a directory of unseen texts): a predicted
dated event counts as right when the expected list has the same type and the same date text
(so the precision of the date counts: 2019-10 is not 2019-10-06). Names count when the
spelling matches, case aside. Figures are printed per language (run with -s to see them).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.ingest.conftest import TEXTS, draft_of, load_sample
from tests.ingest.scoring import pr, score


def scores(name: str) -> dict[str, Counter[str]]:
    return score(load_sample(name), draft_of(name)).counts


@pytest.mark.parametrize("name", TEXTS)
def test_no_text_falls_far_below_the_targets(name: str) -> None:
    """A floor per text, so that a regression on one text shows even when the totals hold:
    the issue's targets (recall 0.8, precision 0.9), which every text here now meets (they
    were 0.6 and 0.75 before unseen batch A joined)."""
    s = scores(name)
    for what in ("events", "names"):
        precision, recall = pr(s[what])
        assert recall >= 0.8, f"{name}: {what} recall {recall:.2f}"
        assert precision >= 0.9, f"{name}: {what} precision {precision:.2f}"


@pytest.mark.parametrize("lang", ["en", "ru", "all"])
def test_targets_per_language(lang: str) -> None:
    totals = {"events": Counter[str](), "names": Counter[str]()}
    for name in TEXTS:
        if lang != "all" and load_sample(name).lang != lang:
            continue
        for what, c in scores(name).items():
            totals[what] += c
    for what, c in totals.items():
        precision, recall = pr(c)
        print(
            f"\n[ingest {lang}] {what}: precision {precision:.3f} recall {recall:.3f} "
            f"(right {c['tp']}, predicted {c['predicted']}, expected {c['expected']})"
        )
        assert recall >= 0.8, f"{lang} {what} recall {recall:.3f}"
        assert precision >= 0.9, f"{lang} {what} precision {precision:.3f}"
