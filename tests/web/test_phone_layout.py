"""On a phone (390 px wide, in Russian: the longest words of the three languages) no page of
the web app scrolls sideways: wide tables scroll inside their own box, and the rows of an edit
form (name variants, participants) stack with each input under its column's name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_browser import CHROMIUM, REFERENCE_CASE, _browser, _sign_in

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make sysdeps)"),
]

PHONE = {"width": 390, "height": 800}
# The reference case: long names in three scripts, a case title of 70 characters, conflicts,
# proceedings with steps, an event with participants.
PAGES = [
    "/cases/",
    "/cases/{key}/",
    "/cases/{key}/assessment/",
    "/cases/{key}/claims/",
    "/cases/{key}/history/",
    "/cases/{key}/audit/",
    "/cases/{key}/people/p-kaster/edit/",
    "/cases/{key}/events/ev-camp/edit/",
    "/cases/{key}/proceedings/pr-criminal/edit/",
    "/calendar/",
    "/settings/api-tokens/",
]


@pytest.fixture
def phone(tmp_path: Path) -> Iterator[Any]:
    if not REFERENCE_CASE.exists():
        pytest.skip("the reference case file is not there")
    with _browser(tmp_path, REFERENCE_CASE) as pg:
        _sign_in(pg)
        pg.click(".lang button[value=ru]")  # the language switcher
        pg.wait_for_selector("html[lang=ru]")
        pg.set_viewport_size(PHONE)
        yield pg


def _case_key(page: Any) -> str:
    href = page.locator("#case-rows tbody a").first.get_attribute("href")
    m = re.fullmatch(r"/cases/([^/]+)/", href or "")
    assert m, href
    return m.group(1)


def test_no_page_scrolls_sideways_on_a_phone(phone: Any) -> None:
    key = _case_key(phone)
    wide = {}
    for path in PAGES:
        response = phone.goto(phone.server.base + path.format(key=key))
        assert response.status == 200, path
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = width
    assert wide == {}


def test_form_rows_stack_with_their_labels_on_a_phone(phone: Any) -> None:
    key = _case_key(phone)
    phone.goto(phone.server.base + f"/cases/{key}/people/p-kaster/edit/")
    cell = phone.locator("#rows-names tbody tr").first.locator("td").nth(1)
    # the column's name, in Russian, above the input (the table's head is hidden)
    assert cell.get_attribute("data-label") == "Письменность"
    assert phone.locator("#rows-names thead").is_hidden()
    label = phone.evaluate("el => getComputedStyle(el, '::before').content", cell.element_handle())
    assert "Письменность" in label
    box = cell.locator("select").bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]


def test_ingest_review_fits_desktop_and_phone(phone: Any) -> None:
    """The review page puts the text beside the drafted people and claims; neither column may
    push the page wider (the Russian one was 1,315 px wide at 1,280)."""
    key = _case_key(phone)
    phone.goto(phone.server.base + f"/cases/{key}/ingest/")
    phone.fill(
        "textarea[name=text]",
        "14 октября 2019 года Кастер Мусаханулы и Мурагер Алимулы провели пресс-конференцию "
        "в Алматы. Адвокат Айман Умарова заявила, что 21 января 2020 года суд приговорил их "
        "к году лишения свободы.",
    )
    phone.fill("input[name=title]", "Интервью")
    phone.click("form.entity button[type=submit]")
    phone.wait_for_selector(".ingest-claim-rows")
    for width in (1280, PHONE["width"]):
        phone.set_viewport_size({"width": width, "height": 900})
        assert phone.evaluate("document.documentElement.scrollWidth") <= width
    # every input of a drafted claim has a name a screen reader can read
    unlabelled = phone.locator(".ingest-claim-rows input:not([aria-label])")
    assert unlabelled.count() == 0


def test_every_input_of_a_form_row_has_a_name(phone: Any) -> None:
    """The rows of an edit form show their column names only in the table head: each input
    is wrapped in a label holding its column's name, for screen readers and phones."""
    key = _case_key(phone)
    for path in ("people/p-kaster", "events/ev-camp", "proceedings/pr-criminal"):
        phone.goto(phone.server.base + f"/cases/{key}/{path}/edit/")
        fields = phone.locator("fieldset.rows tbody :is(input:not([type=hidden]), select)")
        assert fields.count() > 0
        for i in range(fields.count()):
            name = fields.nth(i).evaluate("el => el.labels.length ? el.labels[0].innerText : ''")
            assert name.strip(), (path, fields.nth(i).get_attribute("name"))


def test_case_page_section_links_take_one_line_on_a_phone(phone: Any) -> None:
    """The section links stick to the top of the screen as the case page scrolls: on a phone
    they keep to one line (they took three, 115 px of an 800 px screen, in Russian)."""
    key = _case_key(phone)
    phone.goto(phone.server.base + f"/cases/{key}/")
    toc = phone.locator(".toc").first
    links = toc.locator("a")
    assert links.count() >= 6
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert len(tops) == 1
    box = toc.bounding_box()
    assert box is not None and box["height"] < 50


def test_calendar_rows_are_blocks_on_a_phone(phone: Any) -> None:
    """One block per deadline: the date, status and verification on a line, then the
    deadline's title across the screen (five columns left the title 80 px wide)."""
    phone.goto(phone.server.base + "/calendar/")
    phone.click("#past details > summary")
    row = phone.locator("#past table.calendar tbody tr").first
    assert phone.locator("#past table.calendar thead").is_hidden()
    when, title = row.locator("td").nth(0).bounding_box(), row.locator("td").nth(1).bounding_box()
    assert when is not None and title is not None
    assert title["y"] >= when["y"] + when["height"] - 1  # the title below the date
    assert title["width"] > PHONE["width"] * 0.8
    verification = row.locator("td.verification")
    assert verification.get_attribute("data-label") == "Проверка текста"


def test_identifiers_in_tables_are_not_broken_letter_by_letter(phone: Any) -> None:
    """A wide table scrolls sideways rather than squeezing a column to one letter: the claims
    table's ids (c-kaster-name-s1) stayed readable only when code may not break anywhere."""
    key = _case_key(phone)
    phone.goto(phone.server.base + f"/cases/{key}/claims/")
    first = phone.locator("table tbody tr").first.locator("td").first
    box = first.bounding_box()
    assert box is not None and box["width"] > 60
    assert phone.evaluate("document.documentElement.scrollHeight") < 30000


def test_case_list_rows_are_blocks_on_a_phone(phone: Any) -> None:
    """One block per case: the next deadline and the open conflicts were columns off the
    screen; now each is on the screen after its column's name."""
    row = phone.locator("#case-rows tbody tr").first
    assert phone.locator("#case-rows thead").is_hidden()
    cells = row.locator("td")
    assert cells.count() == 5
    for i, name in [(3, "Ближайший срок"), (4, "Нерешённые противоречия")]:
        cell = cells.nth(i)
        box = cell.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        before = phone.evaluate(
            "el => getComputedStyle(el, '::before').content", cell.element_handle()
        )
        assert cell.get_attribute("data-label") == name
        assert name in before
    title = cells.nth(0).bounding_box()
    deadline = cells.nth(3).bounding_box()
    assert title is not None and deadline is not None
    assert deadline["y"] >= title["y"] + title["height"] - 1  # below the title, not beside
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
