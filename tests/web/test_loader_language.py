"""The case-file loader's problems in the page's language: a refused import and a refused edit
form show Russian messages in a Russian session (the ``FILE:LINE:COL: error: path:`` prefix
unchanged), English ones in an English session, and no request leaks its language."""

from __future__ import annotations

import html
import io
from typing import Any

import pytest
import yaml

from panah.core.casefile import parse_case
from panah.core.errors import CaseFileError
from panah.core.i18n import current_language
from tests.conftest import minimal_case
from tests.web.formdata import form_fields, post_data


def _broken_file() -> bytes:
    """One case file with several kinds of problem: an unknown field, a missing one, an
    impossible date, a value outside a list, a number out of range, a missing reference."""
    data: dict[str, Any] = minimal_case()
    person = data["people"][0]
    person["nmes"] = "typo"
    person["birth_date"] = "2019-02-30"
    person["gender"] = "x"
    person["relatives"] = [{"relation": "mother", "age": 200}]
    data["status"] = "shut"
    data["sources"] = [{"id": "s1", "title": "t"}]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()


def _reference_file() -> bytes:
    data: dict[str, Any] = minimal_case()
    data["sources"] = [{"id": "s1", "kind": "news_article", "title": "t"}]
    data["claims"] = [
        {"id": "c1", "source": "s9", "subject": data["people"][0]["id"], "property": "religion",
         "value": "x"}
    ]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()


def _import(client: Any, content: bytes, lang: str, name: str = "broken.yaml") -> str:
    upload = io.BytesIO(content)
    upload.name = name
    client.cookies["django_language"] = lang
    response = client.post("/cases/import/", {"file": upload}, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 400
    return str(response.content.decode())


def _problem_lines(body: str) -> list[str]:
    items = body.split('<ul class="problems">')[1].split("</ul>")[0]
    return [html.unescape(li.split("<code>")[1].split("</code>")[0])
            for li in items.split("<li>")[1:]]


@pytest.mark.django_db
def test_russian_session_sees_the_problems_in_russian(
    team: dict[str, Any], client_for: Any
) -> None:
    client = client_for(team["users"]["lawyer"])
    lines = _problem_lines(_import(client, _broken_file(), "ru"))
    assert len(lines) >= 6
    assert all(line.startswith("broken.yaml:") and ": error: " in line for line in lines)
    text = "\n".join(lines)
    for expected in (
        "people[0].nmes: неизвестное поле 'nmes' (возможно, имелось в виду 'names'?)",
        "people[0].birth_date: '2019-02-30': в феврале 2019 г. нет 30-го числа",
        "people[0].gender: допустимые значения: 'female', 'male', 'other' или 'unknown'",
        "people[0].relatives[0].age: значение должно быть не больше 130 (указано: 200)",
        "status: допустимые значения: 'open', 'monitoring' или 'closed' (указано: 'shut')",
        "sources[0].kind: не заполнено обязательное поле 'kind'",
    ):
        assert expected in text
    for english in ("unknown field", "Input should", "required field", "does not exist", "got "):
        assert english not in text
    refs = _problem_lines(_import(client, _reference_file(), "ru", "refs.yaml"))
    assert any(line.endswith("claims[0].source: источник 's9' отсутствует в деле")
               for line in refs)
    assert current_language() == "en"  # the request's language did not outlive it


@pytest.mark.django_db
def test_english_session_is_unchanged(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["lawyer"])
    lines = _problem_lines(_import(client, _broken_file(), "en"))
    with pytest.raises(CaseFileError) as exc:
        parse_case(_broken_file().decode(), file="broken.yaml")
    assert lines == [str(p) for p in exc.value.problems]  # what `panah validate` prints
    assert "people[0].nmes: unknown field 'nmes' (did you mean 'names'?)" in "\n".join(lines)


@pytest.mark.django_db
def test_yaml_syntax_error_in_russian(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["lawyer"])
    lines = _problem_lines(_import(client, b"title: a\ntitle: b\n", "ru", "dup.yaml"))
    assert lines == ["dup.yaml:2:1: error: title: ключ 'title' повторяется (впервые — в строке 1)"]


def _field_errors(body: str, field_id: str) -> str:
    """The error list rendered in the same field block as the input ``field_id``."""
    before, _, after = body.partition(f'id="{field_id}"')
    assert after, f"no field {field_id}"
    start = before.rfind('<div class="field')
    end = after.find('<div class="field')
    return before[start:] + after[: end if end >= 0 else None]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", "'2019-13-45': месяц 13 должен быть от 01 до 12"),
        ("en", "'2019-13-45': month 13 is not between 01 and 12"),
    ],
    ids=["ru", "en"],
)
def test_edit_form_with_a_bad_date(
    lang: str, expected: str, team: dict[str, Any], client_for: Any
) -> None:
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = lang
    url = f"/cases/{team['record'].key}/claims/new/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE=lang)
    assert page.status_code == 200
    data = post_data(
        form_fields(page.content.decode(), "entity-form"),
        {"e-subject": "e-cross", "e-property": "date", "e-value": "2019-13-45",
         "e-source": "S2"},
    )
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 400
    chunk = html.unescape(_field_errors(response.content.decode(), "id_e-value"))
    assert "errorlist" in chunk and expected in chunk, chunk
    assert current_language() == "en"


@pytest.mark.django_db
def test_person_form_bad_birth_date_in_russian(team: dict[str, Any], client_for: Any) -> None:
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = "ru"
    url = f"/cases/{team['record'].key}/people/new/"
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="ru")
    data = post_data(
        form_fields(page.content.decode(), "entity-form"),
        {"names-0-value": "Жанна Қуатова", "matches_seen": "1", "e-birth_date": "1985-02-30"},
    )
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 400
    chunk = html.unescape(_field_errors(response.content.decode(), "id_e-birth_date"))
    assert "'1985-02-30': в феврале 1985 г. нет 30-го числа" in chunk, chunk


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ru", ["Cyrl — кириллица", "соподсудимый", "пересечение границы вне пункта пропуска"]),
        ("en", ["Cyrl — Cyrillic", "co-defendant", "border crossing outside a checkpoint"]),
    ],
    ids=["ru", "en"],
)
def test_form_choices_in_the_page_language(
    lang: str, words: list[str], team: dict[str, Any], client_for: Any
) -> None:
    client = client_for(team["users"]["lawyer"])
    client.cookies["django_language"] = lang
    body = "".join(
        html.unescape(client.get(f"/cases/{team['record'].key}/{suffix}",
                                 HTTP_ACCEPT_LANGUAGE=lang).content.decode())
        for suffix in ("people/new/", "events/new/")
    )
    for word in words:
        assert word in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("ru", "текст не в кодировке UTF-8 (сохраните файл в UTF-8)"),
        ("en", "not UTF-8 text (save the file as UTF-8)"),
    ],
    ids=["ru", "en"],
)
def test_an_upload_that_is_not_utf8_names_the_byte_in_the_page_language(
    lang: str, message: str, team: dict[str, Any], client_for: Any
) -> None:
    client = client_for(team["users"]["lawyer"])
    content = "title: Дело\nsummary: Ерлан\n".encode("cp1251")
    lines = _problem_lines(_import(client, content, lang, "cp1251.yaml"))
    assert lines == [f"cp1251.yaml:1:8: error: {message}"]
    assert current_language() == "en"


def test_bytes_that_are_not_utf8_name_line_and_column_in_the_readers_language() -> None:
    from panah.core.casefile import parse_case_bytes
    from panah.core.i18n import language

    with language("ru"), pytest.raises(CaseFileError) as exc:
        parse_case_bytes(b"title: ok\n\xff\n", file="x.yaml")
    assert [str(p) for p in exc.value.problems] == [
        "x.yaml:2:1: error: текст не в кодировке UTF-8 (сохраните файл в UTF-8)"
    ]
    good = yaml.safe_dump(minimal_case(), allow_unicode=True, sort_keys=False).encode()
    assert parse_case_bytes(b"\xef\xbb\xbf" + good, file="bom.yaml") == parse_case(
        good.decode(), file="bom.yaml"
    )  # a byte-order mark is read past
