"""In a real browser (Debian's Chromium, headless, driven by Playwright) against a running
`panah serve`: sign in, open the case, see the timeline, resolve a conflict, export.

Screenshots of the main pages go to ``PANAH_SCREENSHOTS`` (a directory) when it is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_serve import Server

CHROMIUM = Path("/usr/bin/chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make sysdeps)"),
]


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    server = Server(tmp_path)
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context(accept_downloads=True, locale="en-GB")
        pg = context.new_page()
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.server = server
        pg.console_errors = errors
        try:
            yield pg
        finally:
            context.close()
            browser.close()
            server.stop()


def _shot(page: Any, name: str) -> None:
    where = os.environ.get("PANAH_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(where) / f"{name}.png"), full_page=True)


def test_sign_in_open_case_resolve_conflict_export(page: Any, tmp_path: Path) -> None:
    server = page.server
    page.goto(server.base + "/")
    assert "/accounts/login/" in page.url
    _shot(page, "01-login")
    page.fill("input[name=login]", "demo")
    page.fill("input[name=password]", server.password())
    page.press("input[name=password]", "Enter")
    page.wait_for_selector("#case-rows")
    assert page.url.endswith("/cases/")
    _shot(page, "02-case-list")

    # live search (htmx) by a name in Arabic script
    page.fill("input[name=q]", "no such name")
    playwright.expect(page.locator("#case-rows tbody tr a")).to_have_count(0)
    page.fill("input[name=q]", "ئارمان")
    playwright.expect(page.locator("#case-rows tbody tr a")).to_have_count(1)
    page.click("text=Fictional asylum case (test fixture)")
    page.wait_for_selector("#timeline")
    assert page.locator("#timeline li").count() == 2
    assert page.locator(".name", has_text="ئارمان تېستوۋ").count() >= 1
    _shot(page, "03-case-page")

    # the timeline as known on a date, through htmx
    page.fill("#timeline-section input[name=as_of]", "2019-10-31")
    page.click("#timeline-section button[type=submit]")
    playwright.expect(page.locator("#timeline li")).to_have_count(1)

    # resolve the conflict on the crossing date
    conflict = page.locator("#conflicts .value", has_text="2019-10-06")
    conflict.locator("input[name=reason]").fill("the client's own account")
    conflict.locator("button[type=submit]").click()
    page.wait_for_selector("text=chosen by demo")
    assert page.locator("#conflicts .value.chosen").count() == 1
    _shot(page, "04-conflict-resolved")

    # export: the downloaded file carries the working value
    with page.expect_download() as info:
        page.click("text=Export YAML")
    path = tmp_path / "export.yaml"
    info.value.save_as(path)
    text = path.read_text(encoding="utf-8")
    assert "working_values:" in text and "the client's own account" in text

    page.goto(page.url.split("#")[0].split("?")[0] + "audit/")
    assert page.locator("text=case_working_value_set").count() >= 1
    _shot(page, "05-audit")
    assert page.console_errors == []  # no CSP violations or script errors
