"""Leave-one-batch-out cross-validation of the learned event classifier (not a test).

    .venv/bin/python -m tests.ingest.classify_cv [--thresholds 0.5,0.8]

Batches: the first texts (ref-, fict-, heldout-, blind-) as one group, then unseenA, unseenB,
unseenC, unseenD. For each batch: train on the examples of every other batch and the synthetic
sentences, then on the held-out batch's texts print, per threshold, the precision and recall
of dated events (type and date as the scoring counts them) of

- ``clf``: the classifier alone, on every determined point date of the text;
- ``rules``: the extractor as it is (``draft_case``);
- ``rules+clf``: the rules, plus the classifier's events for the dates the rules left
  without an event (what :func:`panah.ingest.classify.add_events` adds in ``draft_case``);
  ``added`` counts those additions and how many are right.

The rules were tuned on the texts of every batch but D: only the D fold compares the
combination with the rules' first contact fairly. Texts of later unseen batches are never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from panah.core.dates import FuzzyDate
from panah.ingest import draft as draft_module
from panah.ingest.classify import (
    NONE,
    TEXT_DIRS,
    Example,
    Model,
    _pipeline,
    add_events,
    candidates,
    context_of,
    extract,
    train,
)
from panah.ingest.events import EventDraft, assemble, find_triggers
from panah.ingest.gazetteer import find_places
from tests.ingest.scoring import Sample, backend_for, dated_events, load_sample, pr, texts_in

BATCHES = ("base", "unseenA", "unseenB", "unseenC", "unseenD")
KEYS = ("clf", "rules", "rules+clf", "added", "r+c+retype", "retyped")


def _final(e: EventDraft) -> str:
    """The date value draft_case writes for a rule event (its date, or date/end)."""
    assert e.date is not None and e.date.value is not None
    value = e.date.value
    if e.end is not None and e.end.value is not None and "/" not in value:
        try:
            FuzzyDate.parse(f"{value}/{e.end.value}")
            value = f"{value}/{e.end.value}"
        except ValueError:
            pass
    return value


def batch_of(doc: str) -> str:
    if doc.startswith("phrasings-"):
        return "phrasings"
    head = doc.split("-", 1)[0]
    return head if head.startswith("unseen") else "base"


def samples() -> list[Sample]:
    out = []
    for directory, pattern in TEXT_DIRS:
        out.extend(load_sample(Path(directory), n) for n in texts_in(Path(directory), pattern))
    return out


def _predict(model: Model, ctx_list: list) -> list[tuple[str, float]]:  # type: ignore[type-arg]
    return [model.probabilities(c)[0] for c in ctx_list]


def fold(
    held: str,
    examples: list[Example],
    texts: list[Sample],
    thresholds: list[float],
    silent: bool = False,
) -> dict[float, dict[str, Counter[str]]]:
    model = train([e for e in examples if batch_of(e.doc) != held])
    out: dict[float, dict[str, Counter[str]]] = {
        t: {k: Counter() for k in KEYS} for t in thresholds
    }
    for s in texts:
        if batch_of(s.name) != held:
            continue
        retypes: list[tuple[float, tuple[str, str], tuple[str, str]]] = []
        backend = backend_for(s.lang)
        expected = {(e["type"], str(e["date"])) for e in s.expected.get("events") or []}
        rules = dated_events(
            draft_module.draft_case(s.text, lang=s.lang, meta=s.meta, backend=backend).case
        )
        sents, dates = _pipeline(s.text, s.lang, str(s.expected["meta"]["date"]), backend)
        places = find_places(s.text)
        events, _ = assemble(
            s.text, sents, s.lang, find_triggers(s.text, sents, s.lang), dates, places
        )
        pairs = {(e.type.value, _final(e)) for e in events if e.dated}
        if pairs != rules:
            raise SystemExit(
                f"{s.name}: the rules' events differ from draft_case's: run on a clean tree"
            )
        for e in events:
            if not e.dated or e.date is None:
                continue
            sent = next(x for x in sents if x.span.covers(e.date.mention.span))
            lab, p = model.probabilities(context_of(s.text, sent, e.date, dates, s.lang))[0]
            if lab not in (NONE, e.type.value):
                retypes.append((p, (e.type.value, _final(e)), (lab, _final(e))))
        alone = [
            (d, model.probabilities(ctx)[0])
            for d, _sent, ctx in candidates(s.text, sents, s.lang, dates, [], silent_only=False)
        ]
        for t in thresholds:
            got = {(lab, str(d.value)) for d, (lab, p) in alone if lab != NONE and p >= t}
            added = {
                (e.type.value, str(e.date.value))
                for e in add_events(
                    s.text,
                    sents,
                    s.lang,
                    dates,
                    events,
                    model=model,
                    threshold=t,
                    silent_only=silent,
                )
                if e.date is not None
            } - rules
            both = rules | added
            new = set(rules)
            for p, old, to in retypes:
                if p >= t:
                    new.discard(old)
                    new.add(to)
            # retyped: right new pairs / pairs changed / right pairs lost
            out[t]["retyped"] += Counter(
                tp=len((new - rules) & expected),
                predicted=len(new - rules),
                expected=len((rules - new) & expected),
            )
            for key, pred in (
                ("clf", got),
                ("rules", rules),
                ("rules+clf", both),
                ("r+c+retype", new | added),
            ):
                out[t][key] += Counter(
                    tp=len(pred & expected), predicted=len(pred), expected=len(expected)
                )
            out[t]["added"] += Counter(
                tp=len(added & expected), predicted=len(added), expected=len(expected - rules)
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.ingest.classify_cv", description=__doc__)
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--only", choices=BATCHES, help="hold out this batch only")
    ap.add_argument(
        "--silent-only",
        action="store_true",
        help="add events only in sentences where no trigger of the rules matches",
    )
    ap.add_argument(
        "--phrasings", type=Path, help="the synthetic sentences to train on (default: the current)"
    )
    args = ap.parse_args(argv)
    thresholds = [float(x) for x in args.thresholds.split(",")]
    backends = {lang: backend_for(lang) for lang in ("en", "ru")}
    examples = extract(backends, args.phrasings)
    texts = samples()
    total: dict[float, dict[str, Counter[str]]] = {
        t: {k: Counter() for k in KEYS} for t in thresholds
    }
    for held in [args.only] if args.only else BATCHES:
        res = fold(held, examples, texts, thresholds, args.silent_only)
        for t in thresholds:
            cells = []
            for key in KEYS:
                c = res[t][key]
                total[t][key] += c
                p, r = pr(c)
                cells.append(
                    f"{key} P {p:.3f} R {r:.3f} ({c['tp']}/{c['predicted']}/{c['expected']})"
                )
            print(f"{held:8s} t={t:.2f}  " + " | ".join(cells))
    for t in thresholds:
        cells = []
        for key in KEYS:
            c = total[t][key]
            p, r = pr(c)
            cells.append(f"{key} P {p:.3f} R {r:.3f} ({c['tp']}/{c['predicted']}/{c['expected']})")
        print(f"{'all':8s} t={t:.2f}  " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
