"""Pages are sent gzip-compressed to browsers that accept it (users on slow connections), with
Django's BREACH padding, and unchanged to clients that do not."""

from __future__ import annotations

import gzip
import re
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

# A masked CSRF token (in forms and htmx's headers): different in every response.
_TOKEN = re.compile(rb"[A-Za-z0-9]{64}")


def _page(client: Any, path: str, **headers: str) -> Any:
    return client.get(path, HTTP_ACCEPT_LANGUAGE="en", **headers)


def test_case_page_is_compressed_for_a_browser(team: dict[str, Any], client_for: Any) -> None:
    record = team["record"]
    client = client_for(team["users"]["viewer"])
    plain = _page(client, f"/cases/{record.key}/")
    packed = _page(client, f"/cases/{record.key}/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert plain.status_code == packed.status_code == 200
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    body = gzip.decompress(packed.content)
    # The same page (the masked CSRF tokens differ from request to request).
    assert _TOKEN.sub(b"", body) == _TOKEN.sub(b"", plain.content)
    assert record.key.encode() in body
    # Much smaller: what a slow connection has to carry.
    assert len(packed.content) * 3 < len(plain.content)


def test_padding_differs_between_responses(team: dict[str, Any], client_for: Any) -> None:
    """Django's BREACH mitigation: random bytes in the gzip header make the compressed length
    of the same page vary, so a secret cannot be guessed from lengths."""
    client = client_for(team["users"]["viewer"])
    lengths = {
        len(_page(client, "/cases/", HTTP_ACCEPT_ENCODING="gzip").content) for _ in range(8)
    }
    assert len(lengths) > 1


def test_short_responses_and_redirects_are_left_alone(client_for: Any) -> None:
    client = client_for(None)
    response = client.get("/cases/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 302
    assert "Content-Encoding" not in response

