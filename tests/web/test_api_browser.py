"""The API as a user meets it, in headless Chromium against `panah serve`: make a token on
the API tokens page, call the API with it, open the interactive docs (Swagger UI from static
files, under the app's Content-Security-Policy: no console errors), revoke the token."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_browser import CHROMIUM, _browser, _sign_in

playwright = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make sysdeps)"),
]


def _get(url: str, token: str) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read())


def test_token_made_used_documented_revoked(tmp_path: Path) -> None:
    with _browser(tmp_path) as page:
        base = page.server.base
        _sign_in(page)
        page.click("text=API tokens")
        page.fill("input[name=name]", "browser test")
        page.click("button[value=new]")
        token = page.input_value("#new-token")
        assert re.fullmatch(r"panah_[A-Za-z0-9_-]{43}", token)

        status, data = _get(f"{base}/api/v1/cases", token)
        assert status == 200
        assert data["count"] == 1
        key = data["results"][0]["key"]
        status, assessment = _get(f"{base}/api/v1/cases/{key}/assessment?lang=ru", token)
        assert status == 200 and assessment["available"] is True

        page.goto(f"{base}/api/v1/docs")
        page.wait_for_selector(".opblock", timeout=30_000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert "/api/v1/cases/{key}/assessment" in paths
        assert page.console_errors == []

        page.goto(f"{base}/settings/api-tokens/")
        assert token not in page.content()  # shown once
        page.click("button[value=revoke]")
        page.wait_for_selector("text=revoked")
        assert _get(f"{base}/api/v1/cases", token) == (401, {"detail": "Unauthorized"})
