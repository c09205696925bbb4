"""People: names in Latin and Cyrillic, spellings clustered, roles, ages, relatives."""

from __future__ import annotations

import pytest

from panah.ingest import SourceMeta, draft_case
from tests.ingest.conftest import backend_for


def people(text: str, lang: str = "en", date: str = "2020-01-10") -> dict[str, dict[str, object]]:
    case = draft_case(text, lang=lang, meta=SourceMeta(date=date), backend=backend_for(lang)).case
    claims = {c["id"]: c for c in case["claims"]}
    out = {}
    for p in case["people"]:
        out[p["names"][0]["value"]] = {
            "names": [n["value"] for n in p["names"]],
            "scripts": [n["script"] for n in p["names"]],
            "langs": [n["lang"] for n in p["names"]],
            "roles": p["roles"],
            "ages": [claims[c]["value"] for c in p["claims"] if claims[c]["property"] == "age"],
            "relatives": [(r["relation"], r.get("age")) for r in p.get("relatives", [])],
        }
    return out


def test_spellings_of_one_person_are_one_person() -> None:
    found = people(
        "Yerlan Bekmuratuly, 30, fled in October 2019. Bekmuratuly's lawyer said Yerlan "
        "Bekmurat had been held in a camp. Bekmuratuly was detained on 14 October 2019."
    )
    assert list(found) == ["Yerlan Bekmuratuly"]
    assert found["Yerlan Bekmuratuly"]["names"] == ["Yerlan Bekmuratuly", "Yerlan Bekmurat"]
    assert found["Yerlan Bekmuratuly"]["ages"] == [30]


@pytest.mark.parametrize(
    ("text", "lang", "name", "script", "name_lang"),
    [
        pytest.param(
            "Адвокат Дана Ермекова сообщила об этом.",
            "ru",
            "Дана Ермекова",
            "Cyrl",
            "ru",
            id="ru-cyrillic",
        ),
        pytest.param(
            "Ерлан Бекмұратұлы 2019 жылы Қазақстанға өтті.",
            "ru",
            "Ерлан Бекмұратұлы",
            "Cyrl",
            "kk",
            id="kazakh-letters",
        ),
        pytest.param(
            "Lawyer Dana Ermekova said so.",
            "en",
            "Dana Ermekova",
            "Latn",
            "en",
            id="en-latin",
        ),
    ],
)
def test_script_and_language_of_a_name(
    text: str, lang: str, name: str, script: str, name_lang: str
) -> None:
    found = people(text, lang)
    assert found[name]["scripts"] == [script]
    assert found[name]["langs"] == [name_lang]


def test_russian_names_are_given_in_the_nominative() -> None:
    found = people("Жителя Синьцзяна Ерлана Бекмуратулы задержали в Жаркенте.", "ru")
    assert "Ерлан Бекмуратулы" in found


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        pytest.param(
            "Their lawyer, Dana Ermekova, says the men fear torture.",
            "en",
            "Dana Ermekova",
            "lawyer",
            id="en-lawyer",
        ),
        pytest.param(
            "Daniyar Seitkali, deputy chief of the KNB, said they had no chance.",
            "en",
            "Daniyar Seitkali",
            "official",
            id="en-official",
        ),
        pytest.param(
            "Адвокат Серик Омаров сообщил о решении.",
            "ru",
            "Серик Омаров",
            "lawyer",
            id="ru-lawyer",
        ),
        pytest.param(
            "Представитель полиции Асель Нурпеисова заявила, что решение исполнят.",
            "ru",
            "Асель Нурпеисова",
            "official",
            id="ru-official",
        ),
    ],
)
def test_roles_from_the_words_around_a_name(text: str, lang: str, name: str, role: str) -> None:
    assert people(text, lang)[name]["roles"] == [role]


def test_relatives_with_ages_and_names() -> None:
    found = people(
        "Yerlan Bekmuratuly fled in 2019. His mother, wife and seven-year-old daughter "
        "remain in Xinjiang. My wife, Saule, was detained.",
    )
    assert found["Yerlan Bekmuratuly"]["relatives"] == [
        ("mother", None),
        ("wife", None),
        ("daughter", 7),
    ]


def test_organisations_and_places_are_not_people() -> None:
    found = people(
        "The Zaysan District Court heard Human Rights Watch and the Border Service in "
        "Almaty and Nur-Sultan; Nurbol Alimkhanuly listened."
    )
    assert list(found) == ["Nurbol Alimkhanuly"]


def test_a_hearings_initials_forms_are_no_spellings_where_the_name_is_given_in_full() -> None:
    text = (
        "Протокол судебного заседания.\n\n"
        "председательствующего — судья Кравцова Наталья Викторовна,\n"
        "при секретаре — Белова Анастасия Сергеевна,\n"
        "с участием помощника прокурора — Гончаров Илья Андреевич.\n\n"
        "Помощник прокурора Гончаров И. А.: ходатайство поддерживаю.\n"
        "Секретарь А. С. Белова огласила документы. Судья Н. В. Кравцова удалилась.\n"
    )
    names = {n for p in people(text, "ru", "2024-11-21").values() for n in p["names"]}
    # a woman's surname stays hers beside her patronymic; the initials forms and initials
    # alone are no spellings of their own
    assert names == {
        "Кравцова Наталья Викторовна",
        "Белова Анастасия Сергеевна",
        "Гончаров Илья Андреевич",
    }


def test_an_initials_form_alone_is_the_names_only_spelling() -> None:
    # near-misses: no full form in the text; a given name with a surname's initial
    from panah.ingest.people import _initials_form

    text = "Прокурор Кузьмина А.В. ответила заявителю."
    names = {n for p in people(text, "ru", "2024-11-21").values() for n in p["names"]}
    assert "Кузьмина А.В." in names
    assert _initials_form("гончаров и. а.") and _initials_form("н.в. кравцова")
    assert not _initials_form("merdan g.") and not _initials_form("гончаров илья андреевич")


def test_a_chats_writers_are_names() -> None:
    text = (
        "Family chat.\n\n"
        "[10.02.26, 07:52] Aigerim: Call me. They took papa last night\n"
        "[10.02.26, 08:40] Nurlan: What?? Where is he now\n"
        "[10.02.26, 08:41] Aigerim: Tekes: the police again\n"
    )
    names = {n for p in people(text, "en", "2026-02-26").values() for n in p["names"]}
    # the writers, not a word before a colon inside a message ("Tekes:")
    assert names == {"Aigerim", "Nurlan"}


def test_a_relative_of_a_person_named_in_the_genitive_is_that_persons() -> None:
    # "брата Турсунова, Жамшида": the brother of the man named Турсунов, not of the last
    # person named before
    case = draft_case(
        "Бахтиёр Турсунов задержан в 2020 году. Малика Каримова дала показания. В 2019 году "
        "младшего брата Турсунова, Жамшида, задержали в Андижане.",
        lang="ru",
        meta=SourceMeta(date="2025-05-10"),
        backend=backend_for("ru"),
    ).case
    owners = {
        p["names"][0]["value"]: [n["value"] for r in p.get("relatives", []) for n in r["names"]]
        for p in case["people"]
    }
    assert owners["Бахтиёр Турсунов"] == ["Жамшид"]


@pytest.mark.parametrize(
    ("text", "lang", "name", "not_role"),
    [
        # an official's or a reporter's word in the sentence before is no one's role here
        ("Так сказал следователь.\n\nАсхат Нурланов родом из Жаркента.", "ru", "Асхат Нурланов",
         "official"),
        ("— рассказала она корреспонденту. Асхат Нурланов родом из Жаркента.", "ru",
         "Асхат Нурланов", "journalist"),
        ("The spokesman declined to comment. Bolat Ismailov was held for a week.", "en",
         "Bolat Ismailov", "official"),
        # an official asked to act on someone: the someone is no official
        ("Правозащитники обратились к прокурору с просьбой не выдавать Ерлана Касымова.", "ru",
         "Ерлан Касымов", "official"),
        ("Activists urged the prosecutor to release Bolat Ismailov.", "en", "Bolat Ismailov",
         "official"),
    ],
)  # fmt: skip
def test_a_role_word_outside_the_names_sentence_or_before_an_infinitive_is_not_its_role(
    text: str, lang: str, name: str, not_role: str
) -> None:
    assert not_role not in people(text, lang)[name]["roles"]


@pytest.mark.parametrize(
    "text",
    [
        "His counsel, Elif Karaca, brought an action.",
        "The applicant was represented by barrister Elif Karaca.",
        "Elif Karaca, his solicitor, filed the appeal.",
    ],
)
def test_counsel_barrister_and_solicitor_are_lawyers(text: str) -> None:
    assert people(text)["Elif Karaca"]["roles"] == ["lawyer"]


@pytest.mark.parametrize(
    ("text", "lang", "relation"),
    [
        ("I am Asan Bekov. My wife's brother, Tilek, was taken in 2018.", "en", "wife's brother"),
        ("I am Asan Bekov. My husband's sister Aigerim was questioned in 2019.", "en",
         "husband's sister"),
        ("Asan Bekov fled in 2019. His mother's brother, Kanat, remains in a camp.", "en",
         "mother's brother"),
    ],
)  # fmt: skip
def test_a_relatives_relative_is_named(text: str, lang: str, relation: str) -> None:
    assert (relation, None) in people(text, lang)["Asan Bekov"]["relatives"]
