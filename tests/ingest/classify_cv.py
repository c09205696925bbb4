"""Leave-one-batch-out cross-validation of the learned event classifier (not a test).

    .venv/bin/python -m tests.ingest.classify_cv [--thresholds 0.5,0.8]
        [--variants stems,stems+e5,e5] [--corpus CHECKOUT] [--only unseenE,unseenF]

Batches: the first texts (ref-, fict-, heldout-, blind-) as one group, then unseenA, unseenB,
unseenC, unseenD (in ``tests/ingest/data``), unseenE to unseenZ, unseenAA to unseenAH
(in ``tests/ingest/unseen``; no other batch of that directory is read). ``--corpus`` reads the
texts from another checkout than the one the script runs in (the rules, the scanner and the
synthetic sentences stay this checkout's: run it from a clean export of a batch's first-contact
commit with the current texts).

Variants (``--variants``): ``stems`` is the bag of stemmed words; ``stems+NAME`` adds the dense
part over the embeddings of the date's sentence and clause by the embedder ``NAME``
(:data:`panah.ingest.classify.EMBEDDERS`); ``NAME`` alone keeps of the sparse part only the
date's own features (precision, role, kind, position); ``avg+NAME`` averages the probabilities
of ``stems`` and ``stems+NAME``. ``--cache FILE`` keeps the embeddings
between runs (a pickle of text -> vector per embedder).

For each batch: train on the examples of every other batch and the synthetic
sentences, then on the held-out batch's texts print, per threshold, the precision and recall
of dated events (type and date as the scoring counts them) of

- ``clf``: the classifier alone, on every determined point date of the text;
- ``rules``: the extractor as it is (``draft_case``);
- ``rules+clf``: the rules, plus the classifier's events for the dates the rules left
  without an event (what :func:`panah.ingest.classify.add_events` adds in ``draft_case``);
  ``added`` counts those additions and how many are right.

``--fixes`` measures, over the folds O to U (``--only`` to choose), variants that change
the rules' own events where the classifier disagrees (:func:`fix_grid`: re-typing, dropping,
both, adding the other type beside) against the additions alone at 0.5 / 0.6 / 0.7, and the
product as wired (``wired``); ``--show-fix "retype 0.05/0.5"`` prints each event a variant
changes. ``--kin`` adds a kin-word feature (a relative named in the date's clause or sentence)
to the model of every variant. For first contact, run it from a clean export of each batch's
first-contact commit with this file copied in and ``--corpus`` this checkout (O 4882990,
P and Q 75924dc, R 6ebb1b8, S 1e02d0c, T and U ce80056)::

    PYTHONPATH=EXPORT/src:EXPORT python -m tests.ingest.classify_cv --fixes --corpus CHECKOUT

The rules have been tuned on every batch after its first run: a fold compares the combination
with the rules fairly only when run from a clean export of that batch's first-contact commit
(``docs/ingest.md`` gives the commits and the command). Texts of later unseen batches are never
read.
"""

from __future__ import annotations

import argparse
import copy
import inspect
import pickle
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from panah.core.dates import FuzzyDate
from panah.ingest import classify as classify_module
from panah.ingest import draft as draft_module
from panah.ingest.classify import (
    _UNDONE,
    NONE,
    TEXT_DIRS,
    THRESHOLD,
    Context,
    Embedder,
    Example,
    Model,
    _pipeline,
    add_events,
    candidates,
    clause_bounds,
    context_of,
    dense_vectors,
    extract,
    load_embedder,
    train,
)
from panah.ingest.events import EventDraft, assemble, find_triggers
from panah.ingest.gazetteer import find_places
from tests.ingest.scoring import Sample, backend_for, dated_events, load_sample, pr, texts_in

RULES: dict[str, Any] = (
    {"classifier": False}
    if "classifier" in inspect.signature(draft_module.draft_case).parameters
    else {}
)
"""How to ask ``draft_case`` for the rules alone (an older checkout's has no classifier)."""
BATCHES = (
    "base",
    "unseenA",
    "unseenB",
    "unseenC",
    "unseenD",
    "unseenE",
    "unseenF",
    "unseenG",
    "unseenH",
    "unseenI",
    "unseenJ",
    "unseenK",
    "unseenL",
    "unseenM",
    "unseenN",
    "unseenO",
    "unseenP",
    "unseenQ",
    "unseenR",
    "unseenS",
    "unseenT",
    "unseenU",
    "unseenV",
    "unseenW",
    "unseenX",
    "unseenY",
    "unseenZ",
    "unseenAA",
    "unseenAB",
    "unseenAC",
    "unseenAD",
    "unseenAE",
    "unseenAF",
    "unseenAG",
    "unseenAH",
)
_IN_DATA = {"base", "unseenA", "unseenB", "unseenC", "unseenD"}
"""The batches whose texts are in ``tests/ingest/data`` (the first texts and A to D)."""
ROOT = Path(__file__).resolve().parents[2]


def corpus(root: Path, *, train: bool = True) -> tuple[tuple[Path, str], ...]:
    """The labelled texts of a checkout: every text of ``tests/ingest/data`` and batches E to
    Z and AA to AH of ``tests/ingest/unseen`` (named one by one: a later batch there stays
    blind), and with ``train`` the training-only texts of ``tests/ingest/train`` (in every
    fold's training set, never held out)."""
    unseen = root / "tests" / "ingest" / "unseen"
    out: tuple[tuple[Path, str], ...] = (
        (root / "tests" / "ingest" / "data", "*"),
        *((unseen, f"{batch}-*") for batch in BATCHES if batch not in _IN_DATA),
    )
    if train and (root / "tests" / "ingest" / "train").is_dir():
        out += ((root / "tests" / "ingest" / "train", "*"),)
    return out


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
    if head.startswith("train"):
        return "train"  # never held out
    return head if head.startswith("unseen") else "base"


def samples(text_dirs: Sequence[tuple[Path, str]] = TEXT_DIRS) -> list[Sample]:
    out: list[Sample] = []
    for directory, pattern in text_dirs:
        out.extend(load_sample(Path(directory), n) for n in texts_in(Path(directory), pattern))
    return out


class Cached:
    """An embedder that embeds each text once (and keeps the vectors in ``store``)."""

    def __init__(self, embed: Embedder, store: dict[str, tuple[float, ...]]) -> None:
        self.embed = embed
        self.store = store
        self.seconds = 0.0
        self.count = 0

    def __call__(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        todo = sorted({t for t in texts if t not in self.store})
        if todo:
            start = time.perf_counter()
            self.store.update(zip(todo, (tuple(v) for v in self.embed(todo)), strict=True))
            self.seconds += time.perf_counter() - start
            self.count += len(todo)
        return [self.store[t] for t in texts]


class Averaged:
    """Two models read as one: the mean of their probabilities (``avg+NAME``: the bag of stems
    and ``stems+NAME``). Only what :func:`add_events` and :func:`fold` read of a model."""

    def __init__(self, plain: Model, dense: Model) -> None:
        self.plain = plain
        self.dense_model = dense
        self.dense = dense.dense
        self.embedder = dense.embedder

    def probabilities(
        self, ctx: Context, vector: Sequence[float] | None = None
    ) -> list[tuple[str, float]]:
        mean: dict[str, float] = {}
        for lab, p in self.plain.probabilities(ctx):
            mean[lab] = mean.get(lab, 0.0) + p / 2
        for lab, p in self.dense_model.probabilities(ctx, vector):
            mean[lab] = mean.get(lab, 0.0) + p / 2
        return sorted(mean.items(), key=lambda x: (-x[1], x[0]))


def variant_model(variant: str, examples: list[Example], embed: Embedder | None) -> Model:
    name = variant.split("+")[-1]
    if variant == "stems":
        return train(examples)
    assert embed is not None
    vectors = dense_vectors([e.context for e in examples], embed)
    if variant.startswith("avg+"):
        both = Averaged(train(examples), train(examples, vectors=vectors, embedder=name))
        return cast(Model, both)
    return train(examples, vectors=vectors, embedder=name, sparse=variant.startswith("stems+"))


def fold(
    held: str,
    examples: list[Example],
    texts: list[Sample],
    thresholds: list[float],
    silent: bool = False,
    variant: str = "stems",
    embed: Embedder | None = None,
    show: bool = False,
) -> dict[float, dict[str, Counter[str]]]:
    model = variant_model(variant, [e for e in examples if batch_of(e.doc) != held], embed)

    def vecs(contexts: Sequence[object]) -> Sequence[tuple[float, ...] | None]:
        if not model.dense:
            return [None] * len(contexts)
        assert embed is not None
        return dense_vectors(contexts, embed)  # type: ignore[arg-type]

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
            draft_module.draft_case(s.text, lang=s.lang, meta=s.meta, backend=backend, **RULES).case
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
        dated = [e for e in events if e.dated and e.date is not None]
        ctxs = []
        for e in dated:
            assert e.date is not None
            sent = next(x for x in sents if x.span.covers(e.date.mention.span))
            ctxs.append(context_of(s.text, sent, e.date, dates, s.lang))
        for e, ctx, vec in zip(dated, ctxs, vecs(ctxs), strict=True):
            lab, p = model.probabilities(ctx, vec)[0]
            if lab not in (NONE, e.type.value):
                retypes.append((p, (e.type.value, _final(e)), (lab, _final(e))))
        cands = candidates(s.text, sents, s.lang, dates, [], silent_only=False)
        cvecs = vecs([c for _d, _s, c in cands])
        alone = [
            (d, model.probabilities(ctx, vec)[0])
            for (d, _sent, ctx), vec in zip(cands, cvecs, strict=True)
        ]
        for t in thresholds:
            got = {(lab, str(d.value)) for d, (lab, p) in alone if lab != NONE and p >= t}
            drafts = [
                e
                for e in add_events(
                    s.text,
                    sents,
                    s.lang,
                    dates,
                    events,
                    model=model,
                    threshold=t,
                    silent_only=silent,
                    embed=embed,
                    **NO_RETYPE,
                )
                if e.date is not None
            ]
            added = {(e.type.value, str(e.date.value if e.date else "")) for e in drafts} - rules
            if show and t == min(thresholds):
                for e in drafts:
                    pair = (e.type.value, str(e.date.value) if e.date else "")
                    if pair in added:
                        mark = "RIGHT" if pair in expected else "WRONG"
                        clause = " ".join(s.text[e.trigger.span.start : e.trigger.span.end].split())
                        print(f"  {mark} {variant} {s.name} {pair[0]} {pair[1]}: {clause[:160]}")
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


# --------------------------------------------------------------------------------------------
# Fixing the rules' events (--fixes): re-typing and dropping where the classifier disagrees
# --------------------------------------------------------------------------------------------

Fix = tuple[Any, ...]
"""A variant of the product: ``("add", t)`` the rules plus additions at ``p >= t`` (the
current product at 0.6); ``("retype", x, y)``: a rule event told as a point in time whose
type the classifier gives ``p < x`` while another event type has ``p >= y`` gets that type;
``("drop", x, n)``: such an event with ``p(type) < x`` and ``p(none) >= n`` is left out;
``("both", x, y, x2, n)`` does the re-typing first, then the dropping; ``("also", x, y)``
keeps the rule event and adds the other type's event on its date; ``("retypep", x, y)``
re-types as ``retype`` but never an event dated by a range (``2018-11/2019-05``). Every variant but
``add`` keeps the additions at :data:`panah.ingest.classify.THRESHOLD`."""


WIRED: Fix = ("wired",)
"""The product as :func:`panah.ingest.classify.add_events` makes it now (with its
re-typing where the checkout has one)."""
NO_RETYPE: dict[str, Any] = (
    {"retype": False} if "retype" in inspect.signature(add_events).parameters else {}
)
"""How to ask ``add_events`` for the additions alone (an older checkout's does not re-type)."""


def fix_grid() -> list[Fix]:
    out: list[Fix] = [("add", 0.5), ("add", 0.6), ("add", 0.7)]
    out += [("retype", x, y) for x in (0.05, 0.1, 0.2, 0.3) for y in (0.5, 0.6, 0.7, 0.8)]
    out += [("drop", x, n) for x in (0.02, 0.05, 0.1, 0.2) for n in (0.5, 0.7, 0.8, 0.9)]
    out += [("both", 0.1, y, x2, n) for y in (0.6, 0.7) for x2 in (0.05, 0.1) for n in (0.8, 0.9)]
    out += [("also", x, y) for x in (0.1, 0.3, 1.0) for y in (0.6, 0.7, 0.8, 0.9)]
    out += [("retypep", x, y) for x, y in ((0.05, 0.5), (0.1, 0.6))]
    return out


def fix_name(fix: Fix) -> str:
    return str(fix[0]) + " " + "/".join(f"{v:g}" for v in fix[1:])


@dataclass(frozen=True)
class RuleEvent:
    """A dated rule event as a fix reads it: its pair, and the classifier's probabilities
    over its date (``None`` where the date is not told as a point in time: the model was
    trained on those only), and whether its clause tells of something not done."""

    pair: tuple[str, str]
    probs: dict[str, float] | None
    undone: bool
    clause: str


def fixed(e: RuleEvent, fix: Fix) -> tuple[tuple[str, str], ...]:
    """The pairs a fix makes of a rule event (none: left out; two: ``also``)."""
    kind, *args = fix
    if kind == "add" or e.probs is None:
        return (e.pair,)
    etype, value = e.pair
    mine = e.probs.get(etype, 0.0)
    pairs: tuple[tuple[str, str], ...] = (e.pair,)
    if kind == "retypep" and "/" in value:
        return (e.pair,)
    if kind in ("retype", "retypep", "both", "also"):
        x, y = args[0], args[1]
        lab, p = max(
            ((lab, p) for lab, p in e.probs.items() if lab not in (NONE, etype)),
            key=lambda lp: (lp[1], lp[0]),
        )
        if mine < x and p >= y:
            pairs = (e.pair, (lab, value)) if kind == "also" else ((lab, value),)
            mine = p
    if kind in ("drop", "both"):
        x, n = args[-2], args[-1]
        if mine < x and e.probs.get(NONE, 0.0) >= n:
            pairs = ()
    return pairs


def _tally(
    pred: set[tuple[str, str]],
    new: set[tuple[str, str]],
    rules: set[tuple[str, str]],
    expected: set[tuple[str, str]],
) -> Counter[str]:
    """One text's counts for a variant: its drafted events ``pred`` against ``expected``, and
    what its changed rule events ``new`` gained, lost and changed against the rules'."""
    return Counter(
        tp=len(pred & expected),
        predicted=len(pred),
        expected=len(expected),
        gained=len((new - rules) & expected),
        lost=len((rules - new) & expected),
        changed=len(rules - new),
    )


def fold_fixes(
    held: str,
    examples: list[Example],
    texts: list[Sample],
    grid: Sequence[Fix],
    show: Fix | None = None,
) -> dict[Fix, Counter[str]]:
    """For the held-out batch, per fix: right / predicted / expected of the product, and of
    the rule events the fix changed, ``gained`` (right pairs the rules did not have) and
    ``lost`` (right pairs of the rules it took away)."""
    model = train([e for e in examples if batch_of(e.doc) != held])
    out: dict[Fix, Counter[str]] = {f: Counter() for f in grid}
    for s in texts:
        if batch_of(s.name) != held:
            continue
        backend = backend_for(s.lang)
        expected = {(e["type"], str(e["date"])) for e in s.expected.get("events") or []}
        sents, dates = _pipeline(s.text, s.lang, str(s.expected["meta"]["date"]), backend)
        places = find_places(s.text)
        events, _ = assemble(
            s.text, sents, s.lang, find_triggers(s.text, sents, s.lang), dates, places
        )
        undone = _UNDONE["ru" if s.lang == "ru" else "en"]
        infos = []
        for e in events:
            if not e.dated or e.date is None:
                continue
            sent = next(x for x in sents if x.span.covers(e.date.mention.span))
            ctx = context_of(s.text, sent, e.date, dates, s.lang)
            c_start, c_end = clause_bounds(ctx.sentence, ctx.date)
            probs = dict(model.probabilities(ctx)) if e.date.mention.role == "point" else None
            infos.append(
                RuleEvent(
                    (e.type.value, _final(e)),
                    probs,
                    bool(undone.search(ctx.sentence, c_start, c_end)),
                    " ".join(ctx.sentence[c_start:c_end].split()),
                )
            )
        rules = {i.pair for i in infos}
        added_at: dict[float, set[tuple[str, str]]] = {}
        for t in sorted({f[1] for f in grid if f[0] == "add"} | {THRESHOLD}):
            drafts = add_events(
                s.text, sents, s.lang, dates, events, model=model, threshold=t, **NO_RETYPE
            )
            added_at[t] = {
                (e.type.value, str(e.date.value)) for e in drafts if e.date is not None
            } - rules
        if NO_RETYPE:
            # the product as wired (add_events re-types in place: on a copy)
            # the dates stay the same objects: a context tells its date from the others by
            # identity (context_of)
            mine = copy.deepcopy(events, {id(d): d for d in dates})
            drafts = add_events(s.text, sents, s.lang, dates, mine, model=model)
            pred = {(e.type.value, _final(e)) for e in mine if e.dated} | {
                (e.type.value, str(e.date.value)) for e in drafts if e.date is not None
            }
            new = {(e.type.value, _final(e)) for e in mine if e.dated}
            out[WIRED] += _tally(pred, new, rules, expected)
        for fix in grid:
            if fix == WIRED:
                continue
            new = {p for i in infos for p in fixed(i, fix)}
            added = added_at[fix[1] if fix[0] == "add" else THRESHOLD]
            pred = new | added
            out[fix] += _tally(pred, new, rules, expected)
            if fix == show:
                for i in infos:
                    tos = [p for p in fixed(i, fix) if p != i.pair]
                    if not tos and fixed(i, fix):
                        continue
                    to = tos[0] if tos else None
                    was = "right" if i.pair in expected else "wrong"
                    now = "dropped" if to is None else ("RIGHT" if to in expected else "WRONG")
                    top = sorted((i.probs or {}).items(), key=lambda x: -x[1])[:3]
                    shown = ", ".join(f"{lab} {p:.2f}" for lab, p in top)
                    print(
                        f"  {was}->{now} {s.name} {i.pair[0]} {i.pair[1]} -> "
                        f"{to[0] if to else '-'} [{shown}]: {i.clause[:140]}"
                    )
    return out


def _fix_cells(c: Counter[str]) -> str:
    p, r = pr(c)
    return (
        f"P {p:.3f} R {r:.3f} ({c['tp']}/{c['predicted']}/{c['expected']}) "
        f"+{c['gained']} -{c['lost']} of {c['changed']}"
    )


def main_fixes(args: argparse.Namespace, examples: list[Example], texts: list[Sample]) -> int:
    grid = fix_grid() + ([WIRED] if NO_RETYPE else [])
    show = None
    if args.show_fix:
        show = next((f for f in grid if fix_name(f) == args.show_fix), None)
        if show is None:
            raise SystemExit(f"--show-fix: no such fix {args.show_fix!r}")
    held_out = args.only.split(",") if args.only else list(FIX_BATCHES)
    total: dict[Fix, Counter[str]] = {f: Counter() for f in grid}
    wins: Counter[Fix] = Counter()
    base = ("add", THRESHOLD)
    for held in held_out:
        res = fold_fixes(held, examples, texts, grid, show)
        for f in grid:
            total[f] += res[f]
            better = res[f]["tp"] - res[base]["tp"]
            p_f, _ = pr(res[f])
            p_b, _ = pr(res[base])
            wins[f] += better > 0 and p_f >= p_b
            print(f"{held:8s} {fix_name(f):24s} {_fix_cells(res[f])}", flush=True)
    for f in grid:
        print(f"{'all':8s} {fix_name(f):24s} {_fix_cells(total[f])} wins {wins[f]}")
    return 0


_KIN = {
    "en": re.compile(
        r"\b(?:brothers?|sisters?|wife|wives|husbands?|sons?|daughters?|fathers?|mothers?|"
        r"parents?|relatives?|cousins?|nephews?|nieces?|uncles?|aunts?|[a-z]+-in-law)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:брат\w*|сестр\w*|жен(?:а|ы|е|у|ой)|муж(?:а|у|ем|е)?|сын\w*|доч\w*|"
        r"отц\w*|отец|мат(?:ь|ери|ерью)|родител\w*|родственн\w*|племянн\w*|дяд\w*|"
        r"тет(?:я|и|е|ю|ей)|тёт\w*)(?![\w])",
        re.IGNORECASE,
    ),
}
"""Words for a relative (``--kin``): a feature says whether one stands in the date's clause
and in its sentence."""


def kin_features(ctx: Context) -> list[str]:
    """The features of :func:`panah.ingest.classify.features` and the kin-word ones."""
    out = _plain_features(ctx)
    kin = _KIN["ru" if ctx.lang == "ru" else "en"]
    c_start, c_end = clause_bounds(ctx.sentence, ctx.date)
    extra = [f"kins|{ctx.lang}|{bool(kin.search(ctx.sentence))}"]
    extra.append(f"kinc|{ctx.lang}|{bool(kin.search(ctx.sentence, c_start, c_end))}")
    return sorted([*out, *extra])


_plain_features = classify_module.features


FIX_BATCHES = ("unseenO", "unseenP", "unseenQ", "unseenR", "unseenS", "unseenT", "unseenU")
"""The folds ``--fixes`` holds out by default: the latest batches."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.ingest.classify_cv", description=__doc__)
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("--only", help="hold out these batches only (comma-separated)")
    ap.add_argument(
        "--silent-only",
        action="store_true",
        help="add events only in sentences where no trigger of the rules matches",
    )
    ap.add_argument(
        "--phrasings", type=Path, help="the synthetic sentences to train on (default: the current)"
    )
    ap.add_argument("--variants", default="stems", help="comma-separated (see above)")
    ap.add_argument("--corpus", type=Path, default=ROOT, help="the checkout to read texts from")
    ap.add_argument("--cache", type=Path, help="a pickle of the embeddings, read and updated")
    ap.add_argument(
        "--without-train",
        action="store_true",
        help="leave out the training-only texts of tests/ingest/train",
    )
    ap.add_argument("--keys", default=",".join(KEYS), help="the columns to print")
    ap.add_argument(
        "--show-added",
        action="store_true",
        help="print each event added at the lowest threshold, right or wrong, with its clause",
    )
    ap.add_argument(
        "--fixes",
        action="store_true",
        help="measure re-typing and dropping the rules' events (fix_grid) on O to U",
    )
    ap.add_argument("--show-fix", help="with --fixes: print each event this fix changes")
    ap.add_argument("--kin", action="store_true", help="add the kin-word feature (features)")
    args = ap.parse_args(argv)
    if args.kin:
        # read by train() and Model.probabilities() through the module's globals
        classify_module.features = kin_features
    thresholds = [float(x) for x in args.thresholds.split(",")]
    held_out = args.only.split(",") if args.only else list(BATCHES)
    if not set(held_out) <= set(BATCHES):
        ap.error(f"--only: batches are {', '.join(BATCHES)}")
    keys = args.keys.split(",")
    text_dirs = corpus(args.corpus.resolve(), train=not args.without_train)
    backends = {lang: backend_for(lang) for lang in ("en", "ru")}
    examples = extract(backends, args.phrasings, text_dirs)
    texts = samples(text_dirs)
    print(f"{len(examples)} examples, {len(texts)} texts")
    if args.fixes:
        return main_fixes(args, examples, texts)
    store: dict[str, dict[str, tuple[float, ...]]] = {}
    if args.cache is not None and args.cache.exists():
        store = pickle.loads(args.cache.read_bytes())
    for variant in args.variants.split(","):
        name = variant.split("+")[-1]
        embed = None
        if variant != "stems":
            start = time.perf_counter()
            cached = Cached(load_embedder(name), store.setdefault(name, {}))
            print(f"{variant}: embedder loaded in {time.perf_counter() - start:.2f} s")
            embed = cached
        total: dict[float, dict[str, Counter[str]]] = {
            t: {k: Counter() for k in KEYS} for t in thresholds
        }
        for held in held_out:
            res = fold(
                held, examples, texts, thresholds, args.silent_only, variant, embed, args.show_added
            )
            for t in thresholds:
                for key in KEYS:
                    total[t][key] += res[t][key]
                print(f"{variant:12s} {held:8s} t={t:.2f}  " + _cells(res[t], keys))
        for t in thresholds:
            print(f"{variant:12s} {'all':8s} t={t:.2f}  " + _cells(total[t], keys))
        if isinstance(embed, Cached) and embed.count:
            print(
                f"{variant}: {embed.count} texts embedded in {embed.seconds:.1f} s "
                f"({1000 * embed.seconds / embed.count:.1f} ms a text)"
            )
    if args.cache is not None and store:
        args.cache.write_bytes(pickle.dumps(store))
    return 0


def _cells(res: dict[str, Counter[str]], keys: list[str]) -> str:
    cells = []
    for key in keys:
        c = res[key]
        p, r = pr(c)
        cells.append(f"{key} P {p:.3f} R {r:.3f} ({c['tp']}/{c['predicted']}/{c['expected']})")
    return " | ".join(cells)


if __name__ == "__main__":
    raise SystemExit(main())
