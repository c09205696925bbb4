"""What the pages show: names as written in every script, search by any variant, status
filter, urgency order, conflicts with the working value, timeline as of a date, export that
reloads, and the interface in English, Russian and Kazakh."""

from __future__ import annotations

import io
from typing import Any

import pytest

from panah.core.casefile import parse_case

CROSS, ARREST = "Crosses the border", "Detained in the host"


@pytest.fixture
def lawyer(team: dict[str, Any], client_for: Any) -> Any:
    return client_for(team["users"]["lawyer"])


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        pytest.param("Арман Тестов", id="cyrillic-ru"),
        pytest.param("тестұлы", id="cyrillic-kk-lowercase"),
        pytest.param("ARMAN testov", id="latin-mixed-case"),
        pytest.param("ئارمان", id="arabic-script"),
        pytest.param("Гүлнар", id="relative"),
        pytest.param("fictional-2020", id="case-id"),
    ],
)
def test_search_by_any_name_variant(query: str, lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get("/cases/", {"q": query}).content.decode()
    assert team["record"].key in body


@pytest.mark.django_db
def test_search_without_match(lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get("/cases/", {"q": "Nobody Atall"}).content.decode()
    assert team["record"].key not in body
    assert "No cases found." in body


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "found"), [("open", True), ("closed", False), ("", True)])
def test_filter_by_status(status: str, found: bool, lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get("/cases/", {"status": status}).content.decode()
    assert (team["record"].key in body) is found


@pytest.mark.django_db
def test_htmx_search_returns_only_the_rows(lawyer: Any, team: dict[str, Any]) -> None:
    response = lawyer.get("/cases/", {"q": "Arman"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<table id="case-rows"')
    assert "<html" not in body
    assert team["record"].key in body


@pytest.mark.django_db
def test_list_sorted_by_urgency(make_user: Any, case_obj: Any, client_for: Any) -> None:
    import datetime as dt

    from panah.storage.django_orm import actions
    from panah.storage.django_orm.models import CaseRecord

    user = make_user("busy")
    calm = actions.case_import(actor=user, case=case_obj.model_copy(update={"title": "Calm"}))
    closed = actions.case_import(
        actor=user, case=case_obj.model_copy(update={"title": "Closed", "status": "closed"})
    )
    urgent = actions.case_import(actor=user, case=case_obj.model_copy(update={"title": "Urgent"}))
    CaseRecord.objects.filter(pk=urgent.pk).update(next_deadline=dt.date(2030, 1, 2))
    body = client_for(user).get("/cases/").content.decode()
    order = [body.index(r.key) for r in (urgent, calm, closed)]
    assert order == sorted(order)


@pytest.mark.django_db
def test_case_page_shows_every_name_in_its_script(lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get(f"/cases/{team['record'].key}/").content.decode()
    for name, script in [
        ("Арман Тестов", "Cyrl"),
        ("Arman Testov", "Latn"),
        ("Арман Тестұлы", "Cyrl"),
        ("ئارمان تېستوۋ", "Arab"),
        ("Гүлнар Тестова", "Cyrl"),
    ]:
        assert name in body
        assert script in body
    assert 'lang="ug" dir="auto">ئارمان تېستوۋ<' in body
    # the relative left behind, with the (decrypted) details, to a member
    assert "zebraquill" in body and "detained" in body


@pytest.mark.django_db
def test_conflict_side_by_side_then_working_value(lawyer: Any, team: dict[str, Any]) -> None:
    key = team["record"].key
    body = lawyer.get(f"/cases/{key}/").content.decode()
    assert "2019-10-06" in body and "2019-10-08" in body
    assert "No working value chosen." in body
    response = lawyer.post(
        f"/cases/{key}/working-value/",
        {
            "subject": "e-cross",
            "property": "date",
            "value": '"2019-10-06"',
            "reason": "the client was there",
            "version": 1,
        },
    )
    assert response.status_code == 302
    body = lawyer.get(f"/cases/{key}/").content.decode()
    assert "No working value chosen." not in body
    assert "chosen by u-lawyer" in body and "the client was there" in body


@pytest.mark.django_db
def test_working_value_needs_a_reason_and_a_claimed_value(
    lawyer: Any, team: dict[str, Any]
) -> None:
    key = team["record"].key
    base = {"subject": "e-cross", "property": "date", "version": 1}
    assert (
        lawyer.post(
            f"/cases/{key}/working-value/", {**base, "value": '"2019-10-06"', "reason": ""}
        ).status_code
        == 400
    )
    assert (
        lawyer.post(
            f"/cases/{key}/working-value/", {**base, "value": '"1999-01-01"', "reason": "made up"}
        ).status_code
        == 409
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("as_of", "shown", "hidden"),
    [
        pytest.param("", ["Crosses the border", "Detained in the host"], [], id="everything"),
        pytest.param(
            "2019-10-31", ["Crosses the border"], ["Detained in the host"], id="before-arrest"
        ),
        pytest.param(
            "2019-01-01", [], ["Crosses the border", "Detained in the host"], id="before-all"
        ),
    ],
)
def test_timeline_as_of(
    as_of: str, shown: list[str], hidden: list[str], lawyer: Any, team: dict[str, Any]
) -> None:
    body = lawyer.get(f"/cases/{team['record'].key}/timeline/", {"as_of": as_of}).content.decode()
    for title in shown:
        assert title in body
    for title in hidden:
        assert title not in body


@pytest.mark.django_db
def test_assessment_section(lawyer: Any, team: dict[str, Any]) -> None:
    body = lawyer.get(f"/cases/{team['record'].key}/", {"as_of": "2020-06-01"}).content.decode()
    assert 'id="assessment"' in body
    # Either the engine's findings (with citations) or an honest "not available".
    assert ("Refugee Convention" in body) or ("Assessment not available" in body)


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_reloads_to_the_same_case(
    fmt: str, team: dict[str, Any], client_for: Any, case_obj: Any
) -> None:
    response = client_for(team["users"]["administrator"]).get(
        f"/cases/{team['record'].key}/export/", {"format": fmt}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="fictional-2020.{fmt}"'
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    assert parse_case(text.decode(), fmt=fmt) == case_obj


@pytest.mark.django_db
def test_import_then_open(make_user: Any, client_for: Any) -> None:
    from tests.web.conftest import CASE_FILE

    client = client_for(make_user("importer"))
    upload = io.BytesIO(CASE_FILE.read_bytes())
    upload.name = "case.yaml"
    response = client.post("/cases/import/", {"file": upload})
    assert response.status_code == 302
    assert "Арман Тестов" in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name", [pytest.param("case.txt", id="wrong-suffix"), pytest.param("case.yaml", id="latin-1")]
)
def test_import_refuses_bad_files(name: str, make_user: Any, client_for: Any) -> None:
    client = client_for(make_user("importer"))
    upload = io.BytesIO("title: Ämter\n".encode("latin-1"))
    upload.name = name
    assert client.post("/cases/import/", {"file": upload}).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        pytest.param("en", ["Cases", "Import a case"], id="en"),
        pytest.param("ru", ["Дела", "Импорт дела"], id="ru"),
        pytest.param("kk", ["Істер"], id="kk"),
    ],
)
def test_interface_languages(lang: str, words: list[str], lawyer: Any) -> None:
    body = lawyer.get("/cases/", headers={"Accept-Language": lang}).content.decode()
    assert f'<html lang="{lang}">' in body
    for word in words:
        assert word in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "title", "back"),
    [
        pytest.param("en", "Page not found", "Back to the list of cases", id="en"),
        pytest.param("ru", "Страница не найдена", "К списку дел", id="ru"),
        pytest.param("kk", "Бет табылмады", "Істер тізіміне оралу", id="kk"),
    ],
)
def test_not_found_page_in_the_users_language(
    lang: str, title: str, back: str, lawyer: Any
) -> None:
    response = lawyer.get("/cases/no-such-key/", headers={"Accept-Language": lang})
    assert response.status_code == 404
    body = response.content.decode()
    assert f'<html lang="{lang}">' in body
    assert title in body and back in body
    assert 'href="/cases/"' in body
    # the view's own reason, translated, and the site's header (signed in: the menu)
    from django.utils import translation

    with translation.override(lang):
        assert translation.gettext("No such case.") in body
    assert 'class="top"' in body


@pytest.mark.django_db
def test_permission_denied_page_says_why_in_russian(team: dict[str, Any], client_for: Any) -> None:
    viewer = client_for(team["users"]["viewer"])
    key = team["record"].key
    response = viewer.get(f"/cases/{key}/people/new/", headers={"Accept-Language": "ru"})
    assert response.status_code == 403
    body = response.content.decode()
    assert "Доступ запрещён" in body
    assert "Ваша роль в этом деле этого не позволяет." in body
    assert "попросите администратора дела" in body


@pytest.mark.django_db
def test_server_error_page_stands_alone() -> None:
    """500.html is rendered without a request context: it must not need one."""
    from django.template import loader
    from django.utils import translation

    with translation.override("ru"):
        body = loader.get_template("500.html").render()
    assert "Ошибка сервера" in body
    assert "то, что вы сохраняли, не сохранено" in body
    assert '<html lang="ru">' in body


@pytest.mark.django_db
def test_api_tokens_page_in_kazakh(lawyer: Any) -> None:
    body = lawyer.get("/settings/api-tokens/", headers={"Accept-Language": "kk"}).content.decode()
    for kk in ("API токендері", "Сіздің токендеріңіз", "Токен жасау", "Әзірге токендер жоқ."):
        assert kk in body
    for en in ("New token", "Make a token", "No tokens yet.", "Your tokens"):
        assert en not in body


@pytest.mark.django_db
def test_two_factor_page_in_kazakh(lawyer: Any) -> None:
    """allauth has no Kazakh: locale_vendor/kk gives its two-factor page one."""
    response = lawyer.get("/accounts/2fa/", headers={"Accept-Language": "kk"})
    assert response.status_code == 200
    body = response.content.decode()
    for kk in (
        "Екі факторлы аутентификация",
        "Аутентификатор қолданбасы",
        "Қалпына келтіру кодтары",
    ):
        assert kk in body
    for en in ("Two-Factor Authentication", "Authenticator App", "Recovery Codes"):
        assert en not in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        pytest.param("ru", "Попросите администратора Panah задать новый", id="ru"),
        pytest.param("kk", "Panah әкімшісінен жаңасын орнатуды сұраңыз", id="kk"),
    ],
)
def test_sign_in_page_says_whom_to_ask_for_a_new_password(
    lang: str, words: str, client: Any
) -> None:
    """Accounts have no e-mail, so allauth's reset-by-e-mail link is hidden (app.css) and the
    page names who can set a new password."""
    body = client.get("/accounts/login/", headers={"Accept-Language": lang}).content.decode()
    assert words in body
    assert 'id="id_password_helptext"' in body  # the element app.css hides


@pytest.mark.django_db
@pytest.mark.parametrize(("lang", "text"), [("en", "Case file (YAML or JSON)"), ("ru", None)])
def test_replace_file_input_has_a_label(
    lang: str, text: str | None, lawyer: Any, team: dict[str, Any]
) -> None:
    """The case page's 'replace the case file' input is named by a label (screen readers,
    and a click on the words opens the file picker)."""
    import re

    lawyer.cookies["django_language"] = lang
    body = lawyer.get(f"/cases/{team['record'].key}/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    field = re.search(r'<input type="file" name="file" id="([^"]+)"', body)
    assert field is not None
    label = re.search(rf'<label for="{field.group(1)}">([^<]+)</label>', body)
    assert label is not None
    if text is not None:
        assert label.group(1) == text
    else:
        assert label.group(1) != "Case file (YAML or JSON)"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "kinship", "link"), [("en", "Relation", "Relation"), ("ru", "Родство", "Связь")]
)
def test_relation_means_kinship_or_a_link_between_proceedings(
    lang: str, kinship: str, link: str, lawyer: Any, team: dict[str, Any]
) -> None:
    """'Relation' on a relative's form is family (Родство); on a proceeding's form it is how
    two proceedings are linked (Связь), not kinship."""
    key = team["record"].key
    lawyer.cookies["django_language"] = lang
    relative = lawyer.get(
        f"/cases/{key}/people/p-arman/relatives/new/", HTTP_ACCEPT_LANGUAGE=lang
    ).content.decode()
    proceeding = lawyer.get(
        f"/cases/{key}/proceedings/new/", HTTP_ACCEPT_LANGUAGE=lang
    ).content.decode()
    assert f">{kinship}<" in relative or f">{kinship}:<" in relative
    assert f">{link}<" in proceeding or f">{link}:<" in proceeding
    if lang == "ru":
        assert "Родство" not in proceeding


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_import_page_speaks_the_users_terms(
    lang: str, team: dict[str, Any], client_for: Any
) -> None:
    """The import page named a command-line tool (`panah validate`) to lawyers."""
    client = client_for(team["users"]["administrator"])
    client.cookies["django_language"] = lang
    body = client.get("/cases/import/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert "panah validate" not in body
    assert "YAML" in body and "JSON" in body
