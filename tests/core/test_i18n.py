"""The case-file loader's and validator's messages in the reader's language.

* every message the loader can show (``_()`` calls in ``panah.core`` and the words looked up
  by value: months, scripts, entity kinds, PyYAML's and json's syntax errors) has Russian, its
  placeholders survive, and the compiled ``.mo`` matches the ``.po``;
* English is unchanged; a Russian run of a file with many kinds of error has no English
  sentence left (only the file's own values, field paths and the allowed identifiers);
* one language for the loader and the law engine (the same context variable).
"""

from __future__ import annotations

import gettext
import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from panah.core import i18n
from panah.core.casefile import _pydantic_message, parse_case
from panah.core.errors import CaseFileError, Problem
from panah.core.i18n import current_language, language
from panah.law import i18n as law_i18n
from panah.law.messages import Message, core_messages
from tests.conftest import minimal_case
from tests.core.test_loader_properties import FIELDS, check, json_values

LOCALE = i18n.LOCALE_DIR


def _po_entries(po: Path) -> dict[tuple[str | None, str], list[str]]:
    """(msgctxt, msgid) -> msgstr forms, for a .po file written with --no-wrap."""
    out: dict[tuple[str | None, str], list[str]] = {}

    def unquote(s: str) -> str:
        body = s.strip()[1:-1]
        return re.sub(
            r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body
        )

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


# Contexts of words looked up by value (PyYAML's and json's own messages): not templates.
_WORDS = ("YAML", "JSON")


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


@pytest.fixture(scope="module")
def messages() -> list[Message]:
    return core_messages()


def test_messages_are_found(messages: list[Message]) -> None:
    ids = {m.key for m in messages}
    assert (None, "unknown field {field!r} (did you mean {hint!r}?)") in ids  # casefile
    assert (None, "{what} {ident!r} does not exist") in ids  # integrity
    assert (None, "{text!r}: month {month} is not between 01 and 12") in ids  # dates
    assert (None, "duplicate key {key!r} (first at line {line})") in ids  # strictyaml
    assert ("reference", "participant") in ids and ("entity", "relative") in ids
    assert ("in month", "February") in ids and ("YAML", "found undefined alias") in ids


def test_every_core_message_has_russian(messages: list[Message]) -> None:
    russian = _po_entries(LOCALE / "ru/LC_MESSAGES/panah-core.po")
    missing = [m.key for m in messages if not all(russian.get(m.key, [""]))]
    assert missing == []
    plural = [m.key for m in messages if m.plural is not None]
    assert plural and all(len(russian[k]) == 3 for k in plural)  # one, few, many


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_placeholders_survive(lang: str) -> None:
    entries = _po_entries(LOCALE / f"{lang}/LC_MESSAGES/panah-core.po")
    wrong = [
        (key, form)
        for key, forms in entries.items()
        for form in forms
        if form and key[0] not in _WORDS and _fields(form) != _fields(key[1])
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_compiled_catalogue_matches_source(lang: str) -> None:
    entries = _po_entries(LOCALE / f"{lang}/LC_MESSAGES/panah-core.po")
    with (LOCALE / f"{lang}/LC_MESSAGES/panah-core.mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    for (ctx, msgid), forms in entries.items():
        if len(forms) == 1 and forms[0]:
            got = compiled.pgettext(ctx, msgid) if ctx else compiled.gettext(msgid)
            assert got == forms[0], f"recompile {lang}: {msgid!r}"


def test_catalogue_has_no_stale_messages(messages: list[Message]) -> None:
    """A message removed from the code is removed from the catalogue (run --update)."""
    russian = _po_entries(LOCALE / "ru/LC_MESSAGES/panah-core.po")
    assert set(russian) - {m.key for m in messages} == set()


# -- a case file with many kinds of error ----------------------------------------------------
def _broken_case() -> str:
    data: dict[str, Any] = minimal_case()
    person = data["people"][0]
    person["birth_date"] = "2019-02-30"
    person["nmes"] = "typo"
    person["gender"] = "x"
    person["relatives"] = [{"relation": "mother", "age": 200, "faces_reprisal": "maybe"}]
    data["title"] = ""
    data["status"] = "shut"
    data["sources"] = [{"id": "s1", "title": "t", "date": "2019-13"}]
    data["events"] = 5
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _integrity_case() -> str:
    data: dict[str, Any] = minimal_case()
    pid = data["people"][0]["id"]
    data["sources"] = [
        {"id": "s1", "kind": "news_article", "title": "t"},
        {"id": pid, "kind": "news_article", "title": "twice"},
    ]
    data["claims"] = [
        {"id": "c1", "source": "s2", "subject": pid, "property": "birth_dat", "value": "1985"},
        {"id": "c2", "source": "s1", "subject": "s1", "property": "age", "value": "old"},
    ]
    data["events"] = [
        {"id": "e1", "type": "arrival", "title": "x", "participants": [{"who": "s1", "role": "x"}]}
    ]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


_SYNTAX = [
    ("a: b: c\n", "case.yaml"),
    ("a: &x 1\nb: *x\n", "case.yaml"),
    ("a: 1\na: 2\n", "case.yaml"),
    ("a: [1, 2\n", "case.yaml"),
    ("a: !custom x\n", "case.yaml"),
    ('{"a": 1,}', "case.json"),
    ("", "case.yaml"),
    ("- 1\n", "case.yaml"),
]


def _problems(text: str, file: str = "case.yaml") -> list[Problem]:
    with pytest.raises(CaseFileError) as exc:
        parse_case(text, file=file)
    return exc.value.problems


def _all_problems() -> list[Problem]:
    out = _problems(_broken_case()) + _problems(_integrity_case())
    for text, file in _SYNTAX:
        out += _problems(text, file)
    return out


def _english_left(message: str) -> list[str]:
    """Latin-script words in a message once the file's own words are out: quoted values,
    identifiers with _ or digits, YAML/JSON terms and true/false/null, which the reader
    types as they are."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*\\d[^)]*\)", " ", message)
    words = re.findall(r"[A-Za-z][A-Za-z_.\[\]0-9]*", text)
    kept = {"YAML", "JSON", "true", "false", "null", "as_of", "ISO"}
    return [w for w in words if w not in kept and not re.search(r"[_.\[0-9]", w)]


def test_russian_messages_have_no_english_left() -> None:
    with language("ru"):
        problems = _all_problems()
    assert len(problems) > 20
    left = {p.message: _english_left(p.message) for p in problems if _english_left(p.message)}
    assert left == {}


def test_russian_messages_read_as_expected() -> None:
    with language("ru"):
        messages = {p.path: p.message for p in _problems(_broken_case())}
        integrity = [p.message for p in _problems(_integrity_case())]
    person = "people[0]"
    assert messages[f"{person}.nmes"] == (
        "неизвестное поле 'nmes' (возможно, имелось в виду 'names'?)"
    )
    assert messages[f"{person}.birth_date"] == (
        "'2019-02-30': в феврале 2019 г. нет 30-го числа (указано: '2019-02-30')"
    )
    assert messages["status"] == (
        "допустимые значения: 'open', 'monitoring' или 'closed' (указано: 'shut')"
    )
    assert messages["title"] == "текст должен содержать не менее 1 символа (указано: '')"
    assert messages[f"{person}.relatives[0].age"] == (
        "значение должно быть не больше 130 (указано: 200)"
    )
    assert messages["sources[0].kind"] == "не заполнено обязательное поле 'kind'"
    assert "источник 's2' отсутствует в деле" in integrity
    assert any(m.startswith("неизвестное свойство 'birth_dat'") for m in integrity)
    assert "'s1' — это источник, а здесь нужно: лицо или организация" in integrity


def test_english_is_unchanged() -> None:
    messages = {p.path: p.message for p in _problems(_broken_case())}
    person = "people[0]"
    assert messages[f"{person}.nmes"] == "unknown field 'nmes' (did you mean 'names'?)"
    assert messages[f"{person}.birth_date"] == (
        "'2019-02-30': day 30 does not exist in February 2019 (got '2019-02-30')"
    )
    assert messages["status"] == "Input should be 'open', 'monitoring' or 'closed' (got 'shut')"
    assert messages["title"] == "String should have at least 1 character (got '')"
    assert messages["sources[0].kind"] == "required field 'kind' is missing"
    integrity = [p.message for p in _problems(_integrity_case())]
    assert "'s1' is a source, not a person or organisation" in integrity
    syntax = [str(p) for p in _problems("a: 1\na: 2\n")]
    assert syntax == ["case.yaml:2:1: error: a: duplicate key 'a' (first at line 1)"]


def test_no_hint_names_the_unknown_field_itself() -> None:
    data = minimal_case()
    data["events"] = [{"id": "e1", "type": "arrival", "title": "x", "date": "2019-10"}]
    (problem,) = _problems(yaml.safe_dump(data))
    assert problem.path == "events[0].date"
    assert problem.message.startswith("unknown field 'date'")
    assert "did you mean 'date'" not in problem.message


def test_prefix_stays_and_only_the_message_is_translated() -> None:
    with language("ru"):
        ru = _problems("a: 1\na: 2\n")
    assert [str(p) for p in ru] == [
        "case.yaml:2:1: error: a: ключ 'a' повторяется (впервые — в строке 1)"
    ]


def test_kazakh_falls_back_to_russian() -> None:
    with language("kk"):
        (problem,) = _problems("a: 1\na: 2\n")
    assert problem.message == "ключ 'a' повторяется (впервые — в строке 1)"


def test_one_language_for_the_loader_and_the_engine() -> None:
    with law_i18n.language("ru"):
        assert current_language() == "ru"
        (problem,) = _problems("")
        assert problem.message == "файл пуст"
    token = i18n.activate("ru")
    try:
        assert law_i18n.current_language() == "ru"
    finally:
        i18n.deactivate(token)
    assert law_i18n.current_language() == "en"
    assert law_i18n.gettext is not i18n.gettext  # each layer keeps its own catalogue


def test_json_positions_and_messages_in_russian() -> None:
    data = minimal_case()
    data["status"] = "shut"
    with language("ru"):
        (problem,) = _problems(json.dumps(data), "case.json")
    assert problem.message.startswith("допустимые значения:")
    assert problem.line is not None


# -- never a crash in Russian either ---------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), json_values, max_size=6))
def test_arbitrary_structures_in_russian(data: dict[str, Any]) -> None:
    with language("ru"):
        check(json.dumps(data), "json")
        check(yaml.safe_dump(data, allow_unicode=True), "yaml")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_in_russian(text: str) -> None:
    with language("ru"):
        check(text, "yaml")
        check(text, "json")


@pytest.mark.parametrize(
    ("err", "expected"),
    [
        ({"type": "greater_than_equal", "msg": "Input should be greater than or equal to 0",
          "ctx": {"ge": 0}}, "значение должно быть не меньше 0"),
        ({"type": "too_short", "msg": "List should have at least 2 items after validation, not 1",
          "ctx": {"field_type": "List", "min_length": 2, "actual_length": 1}},
         "список должен содержать не менее 2 элементов"),
        ({"type": "string_too_long", "msg": "String should have at most 21 characters",
          "ctx": {"max_length": 21}}, "текст должен содержать не более 21 символа"),
        ({"type": "date_from_datetime_parsing", "msg": "Input should be a valid date",
          "ctx": {"error": "input is too short"}}, "здесь нужна дата, например 2019-10-06"),
        ({"type": "greater_than", "msg": "Input should be greater than 0", "ctx": {}},
         "недопустимое значение: Input should be greater than 0"),  # ctx not as expected
        ({"type": "some_new_type", "msg": "Something new"},
         "недопустимое значение: Something new"),
        ({"type": "value_error", "msg": "Value error, уже переведено"}, "уже переведено"),
    ],
    ids=["ge", "too-short-plural", "too-long-21", "date", "bad-ctx", "unknown-type", "ours"],
)
def test_pydantic_errors_in_russian(err: dict[str, Any], expected: str) -> None:
    with language("ru"):
        assert _pydantic_message(err) == expected
    assert _pydantic_message(err) == (
        err["msg"].removeprefix("Value error, ")
    )  # English: pydantic's words


# -- the command line ------------------------------------------------------------------------
def test_cli_is_english_unless_panah_lang_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from panah.cli.main import main

    bad = tmp_path / "dup.yaml"
    bad.write_text("title: a\ntitle: b\n", encoding="utf-8")
    monkeypatch.delenv("PANAH_LANG", raising=False)
    assert main(["validate", str(bad)]) == 1
    assert capsys.readouterr().err == (
        f"{bad}:2:1: error: title: duplicate key 'title' (first at line 1)\n"
    )
    monkeypatch.setenv("PANAH_LANG", "ru")
    assert main(["validate", str(bad)]) == 1
    assert capsys.readouterr().err == (
        f"{bad}:2:1: error: title: ключ 'title' повторяется (впервые — в строке 1)\n"
    )
    assert current_language() == "en"
    monkeypatch.setenv("PANAH_LANG", "fr")
    assert main(["validate", str(bad)]) == 2
    assert "PANAH_LANG: unsupported language 'fr'" in capsys.readouterr().err
