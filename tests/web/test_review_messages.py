"""The ingest review page says everything the extractor writes in the page's language.

:mod:`panah.ingest` writes its notes in English (how a date was read, why a detention is
placed where it is, what to look at first); the review page shows them through
``review_message`` (:mod:`panah.web.templatetags.panah_messages`), which reads each back
against its templates and translates it. Here every evaluation text (``tests/ingest/data``
and the unseen batches E to L, each with its language and date) is drafted as the scorer
drafts it, with the library backends and the classifier, and every string the page passes
through the filter (events' notes, claims' notes, the review items' messages) must come out
translated in Russian and in Kazakh: different from the English and with no run of three
English words left outside the quoted names and words. The notes the ingest code can write
that no text triggers are listed here by hand, and a scan of the ingest code holds each
English fragment of a note to a template, so that a new note fails here until it has one.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.utils import translation

from panah.web.templatetags.panah_messages import REVIEW_MESSAGES, review_message
from tests.ingest.scoring import draft_sample, load_sample, texts_in

ROOT = Path(__file__).resolve().parents[2]
INGEST = ROOT / "src/panah/ingest"
TEXT_SETS = (
    (ROOT / "tests/ingest/data", "*"),
    (ROOT / "tests/ingest/unseen", "unseen[E-L]-*"),
)

# notes and messages the ingest code writes that the evaluation texts do not happen to
# trigger, written as the code writes them
NOT_IN_THE_TEXTS = (
    "natasha: not installed; using rules only",
    "the source has no date: relative dates ('last October') stay undetermined",
    "no person was found: add the person the text is about before saving",
    "a case number (123-45/2019) for no drafted proceeding",
    "a date (2019-10-06) the text quotes to refute it: no event",
    "a date (2020-03-01) the rules gave no event: type from the learned classifier "
    "(probability 0.73), not a rule; about a relative (see the person's relatives), "
    "detention_host: check",
    "grouped from the drafted events: check",
    "a second date (2019-10-06) for one event",
    "another length (P2M) in the same sentence",
    "a charge (Article 255) with no charging event",
    "an end date (2020-01) for no event recognised",
    "date left undetermined: no year in the text and no article date",
    "date left undetermined: not a calendar date",
    "date left undetermined: the range ends before it starts",
    "date left undetermined: no earlier date in the text to count from",
    "date left undetermined: the article's date has no month",
    "date left undetermined: no such day in that month",
    "date left undetermined: a week is not a case-file date",
    "date left undetermined: a weekday needs the article's day",
    "date left undetermined: a day with no month and no article's day",
    "date left undetermined: relative to the article's date, which is not known",
    "date left undetermined: the article's date is too coarse to count back from",
    "date left undetermined: 2019-10 is not a day, too coarse to find the weekday after",
    "date left undetermined: the article is known only to the year, too coarse to count days from",
    "date left undetermined: the article is known only to the month, too coarse to count "
    "weeks from",
    "date left undetermined: 2019 is known only to the year, too coarse to count months from",
    "date left undetermined: not understood",
    "written 'Алматы'",
    'written "Istanbul\'s" in the text',
    "age as of the source's date (2019-12-01)",
    "one of several dates listed for the same kind of event",
    "about a relative (see the person's relatives)",
    "type guessed from weak clues: check",
    "detention placed in the host state: held on arrival after being sent back",
    "detention placed in the host state: no clue; check; type guessed from weak clues: check",
    "detention placed in the country of origin: dated after the border crossing",
    "detention placed in the country of origin: told after the flight",
    "detention placed in the host state: told before the flight",
    "detention placed in the host state: dated before the border crossing",
    "the country left is the one that seeks the person's return",
    "its end is the release told in the same sentence; its end is the 'until' date told after it",
    "as written; the year in which it is the weekday the text names",
    "range as written; the date is said once for several events in the sentence",
    "year 2019 from the dates before it in the same paragraph",
    "year 2020: the story moves on from 2019-11-20",
    "year 2019: the latest such date before the article's date",
    "year 2019 of the article's date",
    "year 2019 from the dates before it",
    "a day of the month of 2019-10-06",
    "the latest such day on or before the article's date (2019-12-01)",
    "a season of the year of 2019-10-06",
    "the first such season after 2019-10",
    "the first such weekday after 2019-10-06",
    "counted from the article",
    "counted from the detention on 2019-11-20",
    "a season from the article's date (2019-12-01)",
    "counted back from the article's date (2019-12-01) to the day",
    "the entry after the one of 2024-01-14: the first such day after it; the year in which "
    "it is the weekday the text names",
)

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»")
_CODE = re.compile(r"\S*[\d/_]\S*")  # dates, figures, a provision's key, an event type's code
_ENGLISH_RUN = re.compile(r"[A-Za-z]+(?:[ ,:;()/-]+[A-Za-z]+){2,}")


@functools.cache
def _shown() -> dict[str, str]:
    """Every string the review page passes through ``review_message`` for the evaluation
    texts, with where it was first seen."""
    out: dict[str, str] = {}
    for directory, pattern in TEXT_SETS:
        for name in texts_in(directory, pattern):
            draft = draft_sample(load_sample(directory, name))
            case = draft.case
            for e in case.get("events", []):
                if e.get("notes"):
                    out.setdefault(e["notes"], f"{name}: {e['id']}")
            for c in case.get("claims", []):
                if c.get("notes"):
                    out.setdefault(c["notes"], f"{name}: {c['id']}")
            for item in draft.review:
                out.setdefault(item.message, f"{name}: review")
    return out


def _messages() -> dict[str, str]:
    return {**_shown(), **dict.fromkeys(NOT_IN_THE_TEXTS, "not in the texts")}


def _untranslated(english: str, shown: str) -> str | None:
    if shown == english:
        return "shown as written"
    run = _ENGLISH_RUN.search(_CODE.sub(" ", _QUOTED.sub(" ", shown)))
    return None if run is None else f"English left: {run.group()!r}"


def test_the_texts_give_the_page_many_notes() -> None:
    shown = _shown()
    assert len(shown) > 500
    assert any("; " in m for m in shown)  # notes joined
    assert any(m.startswith("date left undetermined: ") for m in shown)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_note_is_in_the_page_language(lang: str) -> None:
    bad = []
    with translation.override(lang):
        for english, where in sorted(_messages().items()):
            shown = review_message(english)
            why = _untranslated(english, shown)
            if why is not None:
                bad.append(f"{where}: {english!r} -> {shown!r} ({why})")
    assert not bad, f"{len(bad)} notes not in {lang}:\n" + "\n".join(bad)


def test_notes_read_back_exactly_in_english() -> None:
    # (the classifier's hint names its event type by the catalogue's label, not its code)
    with translation.override("en"):
        changed = [m for m in _messages() if review_message(m) != m and "gave no event" not in m]
    assert changed == []


def test_a_note_holding_a_semicolon_is_read_whole() -> None:
    with translation.override("ru"):
        shown = review_message(
            "detention placed in the country of origin: no clue; check; "
            "type guessed from weak clues: check"
        )
        assert shown == (
            "задержание отнесено к стране происхождения: подсказок нет; проверьте; "
            "тип угадан по слабым признакам: проверьте"
        )
        # a placeholder never swallows the next note
        assert (
            review_message(
                "counted from 2019-10-14; the date is said once for several events in the sentence"
            )
            == "отсчитано от 2019-10-14; дата названа один раз для нескольких событий в предложении"
        )
        assert review_message(
            "date left undetermined: 2018 is known only to the year, too coarse to count weeks from"
        ) == (
            "дата не определена: дата 2018 известна лишь с точностью до года: слишком "
            "неточно, чтобы отсчитывать от неё недели"
        )


# -- the ingest code's notes, read from its source -----------------------------------------

_HOLDERS = {"how", "why", "note"}  # variables that hold a note or a date's "how"


def _strings(e: ast.expr) -> Iterator[str]:
    """The literal text of a note's expression (an f-string's fixed parts, both branches of a
    conditional, the parts of a sum, a list's items)."""
    if isinstance(e, ast.Constant) and isinstance(e.value, str):
        yield e.value
    elif isinstance(e, ast.JoinedStr):
        for v in e.values:
            yield from _strings(v.value if isinstance(v, ast.FormattedValue) else v)
    elif isinstance(e, ast.IfExp):
        yield from _strings(e.body)
        yield from _strings(e.orelse)
    elif isinstance(e, ast.BoolOp):
        for v in e.values:
            yield from _strings(v)
    elif isinstance(e, ast.BinOp):
        yield from _strings(e.left)
        yield from _strings(e.right)
    elif isinstance(e, ast.List | ast.Tuple):
        for v in e.elts:
            yield from _strings(v)


def _call_notes(node: ast.Call) -> Iterator[ast.expr]:
    f = node.func
    if isinstance(f, ast.Attribute) and f.attr == "append":
        owner = f.value
        if (isinstance(owner, ast.Attribute) and owner.attr == "notes") or (
            isinstance(owner, ast.Name) and owner.id == "notes"
        ):
            yield from node.args  # e.notes.append("…")
        if isinstance(owner, ast.Name) and owner.id == "review":
            for a in node.args:  # review.append((span, "…"))
                yield from (a.elts[1:] if isinstance(a, ast.Tuple) else [a])
    if isinstance(f, ast.Name) and f.id == "note" and len(node.args) == 2:
        yield node.args[1]  # note(span, "…")
    for kw in node.keywords:
        if kw.arg in ("notes", "how", "missing"):
            yield kw.value


def _note_expressions(path: Path) -> Iterator[ast.expr]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call):
            yield from _call_notes(node)
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id in _HOLDERS:
                    yield node.value
                elif isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for name, value in zip(t.elts, node.value.elts, strict=False):
                        if isinstance(name, ast.Name) and name.id in _HOLDERS:
                            yield value
        elif isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=True):
                if isinstance(k, ast.Constant) and k.value == "notes":
                    yield v
        elif (
            isinstance(node, ast.Return)
            and path.name == "datetext.py"
            and isinstance(node.value, ast.Tuple)
            and len(node.value.elts) >= 2
        ):
            yield node.value.elts[1]  # (value, how, …)


def _fragment(s: str) -> str:
    """A note's fixed part as the templates hold it: no punctuation around it, nor the
    plural's "s" of a placeholder before it ("count {unit}s from": "{units} from")."""
    s = s.strip(" :;,()'\"")
    return s[2:] if s.startswith("s ") else s


def test_the_scan_finds_the_notes() -> None:
    found = {
        _fragment(s)
        for path in INGEST.glob("*.py")
        for e in _note_expressions(path)
        for s in _strings(e)
    }
    assert "told before the flight" in found
    assert "the story told since" in found
    assert "is known only to the" in found
    assert len(found) > 80


def test_every_note_of_the_ingest_code_has_a_template() -> None:
    templates = "\n".join(REVIEW_MESSAGES)
    missing = sorted(
        {
            f"{path.name}:{e.lineno}: {fragment!r}"
            for path in sorted(INGEST.glob("*.py"))
            for e in _note_expressions(path)
            for s in _strings(e)
            if (fragment := _fragment(s)) and fragment not in templates
        }
    )
    assert missing == [], "add these notes to REVIEW_MESSAGES:\n" + "\n".join(missing)
