"""The engine's language: English unchanged, Russian complete, Kazakh started.

* every message the engine can show (``_()`` calls in the law layer and the packs, the packs'
  provision and parameter titles, months, levels) has a Russian translation, and the compiled
  ``.mo`` matches the ``.po``;
* placeholders survive translation (``{date}`` in English is ``{date}`` in Russian);
* ``panah assess --lang ru`` on the reference case has no English sentence left: once the
  citations, ids and the case file's own words (event titles, claim values, names) are taken
  out, no Latin-script word remains but a short list of terms used in Russian too;
* the language is per context: another thread (or request) keeps its own.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
import string
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from panah.cli.main import main
from panah.law import i18n
from panah.law.i18n import current_language, language
from panah.law.messages import Message, source_messages
from panah.law.registry import default_registry
from panah.law.words import day, days, fuzzy_date, listing, period

REF = Path(__file__).resolve().parents[2] / "examples/reference-case/kazakhstan-2019.yaml"
LOCALE = i18n.LOCALE_DIR

# Terms a Russian legal text keeps in Latin script: the Convention's own word, a term of art in
# parentheses, and the name of the calendar package.
_KEPT_IN_LATIN = {"refoulement", "nexus", "holidays"}


def _po_entries(po: Path) -> dict[tuple[str | None, str], list[str]]:
    """(msgctxt, msgid) -> msgstr forms, for a .po file written with --no-wrap."""
    out: dict[tuple[str | None, str], list[str]] = {}

    def unquote(s: str) -> str:
        body = s.strip()[1:-1]
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                      body)

    for block in po.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if not ln.startswith("#")]
        ctx = msgid = None
        forms: list[str] = []
        for ln in lines:
            if ln.startswith("msgctxt "):
                ctx = unquote(ln[8:])
            elif ln.startswith("msgid "):
                msgid = unquote(ln[6:])
            elif ln.startswith("msgstr"):
                forms.append(unquote(ln.split(" ", 1)[1]))
        if msgid:
            out[(ctx, msgid)] = forms
    return out


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return source_messages()


@pytest.fixture(scope="module")
def russian() -> dict[tuple[str | None, str], list[str]]:
    return _po_entries(LOCALE / "ru/LC_MESSAGES/panah-law.po")


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_messages_are_found(messages: list[Message]) -> None:
    ids = {m.msgid for m in messages}
    assert "The person crossed the border outside a checkpoint ({date})." in ids
    assert "Definition of a refugee" in ids  # a provision title from the packs
    assert len(messages) > 400


def test_every_message_has_russian(
    messages: list[Message], russian: dict[tuple[str | None, str], list[str]]
) -> None:
    missing = [m.key for m in messages if not all(russian.get(m.key, [""]))]
    assert missing == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_placeholders_survive(lang: str) -> None:
    entries = _po_entries(LOCALE / f"{lang}/LC_MESSAGES/panah-law.po")
    wrong = [
        (key, form)
        for key, forms in entries.items()
        for form in forms
        if form and _fields(form) != _fields(key[1])
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_compiled_catalogue_matches_source(lang: str) -> None:
    entries = _po_entries(LOCALE / f"{lang}/LC_MESSAGES/panah-law.po")
    with (LOCALE / f"{lang}/LC_MESSAGES/panah-law.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for (ctx, msgid), forms in entries.items():
        if len(forms) == 1 and forms[0]:
            got = compiled.pgettext(ctx, msgid) if ctx else compiled.gettext(msgid)
            assert got == forms[0], f"recompile {lang}: {msgid!r}"


def test_kazakh_is_started() -> None:
    entries = _po_entries(LOCALE / "kk/LC_MESSAGES/panah-law.po")
    assert sum(1 for v in entries.values() if all(v)) >= 40


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["6 Oct 2019", "1 day", "3 days", "a, b and c"]),
        ("ru", ["6 октября 2019 г.", "1 день", "3 дня", "a, b и c"]),
    ],
    ids=["en", "ru"],
)
def test_words(lang: str, expected: list[str]) -> None:
    with language(lang):
        got = [day(dt.date(2019, 10, 6)), days(1), days(3), listing(["a", "b", "c"])]
    assert got == expected


@pytest.mark.parametrize(
    ("n", "word"),
    [(1, "день"), (2, "дня"), (5, "дней"), (11, "дней"), (21, "день"), (22, "дня")],
    ids=lambda v: str(v),
)
def test_russian_plural_forms(n: int, word: str) -> None:
    with language("ru"):
        assert days(n) == f"{n} {word}"


def test_russian_month_cases() -> None:
    from panah.core.dates import FuzzyDate
    from panah.law.periods import Period
    from panah.law.provisions import Unit

    with language("ru"):
        assert fuzzy_date(FuzzyDate.parse("2013-03/2017-11")) == "с марта 2013 г. по ноябрь 2017 г."
        assert fuzzy_date(FuzzyDate.parse("2019-08")) == "август 2019 г."
        assert period(Period(3, Unit.MONTHS)) == "3 месяца"
    assert fuzzy_date(FuzzyDate.parse("2013-03/2017-11")) == "2013-03 to 2017-11"


def test_kazakh_falls_back_to_russian_then_english() -> None:
    with language("kk"):
        assert i18n.gettext("Definition of a refugee") != "Definition of a refugee"
        assert i18n.gettext("no such message") == "no such message"


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"), language("fr"):
        pass


def test_language_is_per_thread() -> None:
    seen: list[str] = []

    def other() -> None:
        seen.append(current_language())

    with language("ru"):
        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert current_language() == "ru"
    assert seen == ["en"]
    assert current_language() == "en"


# -- the reference case in Russian -----------------------------------------------------------
def _case_strings(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for v in node.values():
            yield from _case_strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _case_strings(v)
    elif isinstance(node, str):
        yield node


def _latin_words(text: str) -> list[str]:
    """Latin-script words left once citations, ids and the case file's own words are out."""
    registry = default_registry()
    case = yaml.safe_load(REF.read_text(encoding="utf-8"))
    known = {p.citation for p in registry.all()}
    known |= {v.citation.text for p in registry.parameters() for v in p.values}
    known |= set(_case_strings(case))
    for s in sorted((k for k in known if len(k) > 2), key=len, reverse=True):
        text = text.replace(s, " ")
    text = re.sub(r"\S*[/_]\S*", " ", text)  # provision ids, paths
    text = re.sub(r"\bc-[\w-]+|\bp-[\w-]+", " ", text)  # claim and person ids
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)
    return [w for w in words if w.lower() not in _KEPT_IN_LATIN]


@pytest.mark.parametrize("as_of", ["2019-10-20", "2020-06-01", "2021-03-01"])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_reference_case_in_russian_has_no_english(
    capsys: pytest.CaptureFixture[str], as_of: str, fmt: str
) -> None:
    assert main(["assess", str(REF), "--as-of", as_of, "--format", fmt, "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "Лицо" in out or "лицо" in out
    assert _latin_words(out) == []
    assert "г.." not in out  # a date at the end of a sentence keeps one full stop


def _texts(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for k in ("explanation", "title", "message", "text", "note"):
            if isinstance(node.get(k), str):
                yield node[k]
        for v in node.values():
            yield from _texts(v)
    elif isinstance(node, list):
        for v in node:
            yield from _texts(v)


def test_reference_case_json_russian(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["assess", str(REF), "--as-of", "2020-06-01", "--format", "json",
                 "--lang", "ru"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = list(_texts(data["people"]))
    assert any(t.startswith("Лицо пересекло границу вне пункта пропуска") for t in texts)
    assert any("Риск принудительного возвращения" in t for t in texts)
    # the ids, outcomes and levels stay the same values as in English
    people = data["people"]
    assert {f["outcome"] for p in people for f in p["findings"]} <= {
        "holds", "does_not_hold", "undetermined"}


def test_english_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(REF), "--as-of", "2020-06-01"]) == 0
    out = capsys.readouterr().out
    assert "The person crossed the border outside a checkpoint (6 Oct 2019" in out
    assert "Лицо" not in out


def test_languages_do_not_leak_through_the_engine_caches() -> None:
    """English, then Russian, then English again: the caches (fixed findings, version texts)
    hand each language its own text."""
    from panah.law.assess import assess
    from panah.law.render import render_text
    from panah.storage.files import read_case_file

    case = read_case_file(REF)
    as_of = dt.date(2020, 6, 1)
    first = render_text(assess(case, as_of=as_of))
    with language("ru"):
        russian = render_text(assess(case, as_of=as_of))
    again = render_text(assess(case, as_of=as_of))
    assert again == first
    assert "действует с 1954-04-22 по настоящее время" in russian
    assert "in force 1954-04-22 to now" in first


# -- every legal case of the packs, in Russian -----------------------------------------------
_TEXT_KEYS = {"title", "explanation", "missing_facts", "message", "text", "note", "reasons",
              "label", "consequence", "applied_version", "citation", "calendar", "counting",
              "working_reason"}


def _structure(node: Any) -> Any:
    """The assessment JSON without its texts: what must not change with the language."""
    if isinstance(node, dict):
        return {k: _structure(v) for k, v in node.items() if k not in _TEXT_KEYS}
    if isinstance(node, list):
        return [_structure(v) for v in node]
    return node


def _legal_cases() -> list[Any]:
    from panah.law.legalcases import parse_cases

    root = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted((root / "src/panah/jurisdictions").rglob("cases/*.yaml")):
        rel = str(path.relative_to(root))
        found += [c for c in parse_cases(path.read_text(encoding="utf-8"), file=rel)
                  if "law" not in c.data]
    return found


def test_every_legal_case_in_russian_same_findings_translated_texts() -> None:
    from panah.core.casefile import dump_case, parse_case
    from panah.law.assess import assess
    from panah.law.legalcases import _case

    root = Path(__file__).resolve().parents[2]

    def load(relative: str) -> Any:
        return parse_case((root / relative).read_text(encoding="utf-8"), file=relative)

    cases = _legal_cases()
    assert len(cases) > 50
    untranslated: list[str] = []
    for lc in cases:
        case = _case(lc, load)
        as_of = dt.date.fromisoformat(str(lc.data["as_of"]))
        english = assess(case, as_of=as_of, person=lc.data.get("person")).to_json()
        with language("ru"):
            russian = assess(case, as_of=as_of, person=lc.data.get("person")).to_json()
        assert _structure(russian) == _structure(english), lc.name
        data_words = sorted(
            (s for s in _case_strings(yaml.safe_load(dump_case(case))) if len(s) > 2),
            key=len, reverse=True)
        for text in _texts(russian["people"]):
            for s in data_words:
                text = text.replace(s, " ")
            if _latin_sentence(text):
                untranslated.append(f"{lc.name}: {text}")
    assert untranslated == []


def _latin_sentence(text: str) -> bool:
    """Three English words in a row outside quotes and parentheses: a sentence left in English."""
    bare = re.sub(r"\([^()]*\)|\"[^\"]*\"|«[^»]*»", " ", text)
    return re.search(r"\b(?:the|of|and|is|was|not|to|for)\s+[a-z]+\s+[a-z]+\b", bare) is not None
