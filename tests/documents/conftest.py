"""Fixtures for the document tests: the reference case, a fictional mixed-script case, one
warm renderer, and helpers that read the text back out of a PDF (pdftotext) or a DOCX."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from panah.core.case import Case
from panah.documents.citations import ProvisionLookup, fallback_lookup
from panah.documents.context import build_context
from panah.documents.render import Renderer, docx_text
from panah.documents.trace import case_sha256
from panah.storage.files import read_case_file
from tests.conftest import REFERENCE_CASE

FIXTURES = Path(__file__).parent / "fixtures"
FICTIONAL_CASE = FIXTURES / "fictional-case.yaml"


@pytest.fixture(scope="session")
def reference_case() -> Case:
    return read_case_file(REFERENCE_CASE)


@pytest.fixture(scope="session")
def reference_hash() -> str:
    return case_sha256(REFERENCE_CASE.read_bytes())


@pytest.fixture(scope="session")
def fictional_case() -> Case:
    return read_case_file(FICTIONAL_CASE)


@pytest.fixture(scope="session")
def lookup() -> ProvisionLookup:
    """The documents' own citations: tests of the documents do not depend on the law packs."""
    return fallback_lookup()


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture(scope="session")
def make_context(
    reference_case: Case, reference_hash: str, lookup: ProvisionLookup
) -> Callable[..., dict[str, Any]]:
    def make(
        template: str, lang: str = "en", as_of: str = "2019-12-15", **kw: Any
    ) -> dict[str, Any]:
        return build_context(
            kw.pop("case", reference_case),
            template=template,
            person_id=kw.pop("person", "p-kaster"),
            as_of=dt.date.fromisoformat(as_of),
            lang=lang,
            case_sha256=kw.pop("case_sha256", reference_hash),
            provisions=kw.pop("provisions", lookup),
            **kw,
        )

    return make


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert shutil.which("pdftotext"), "pdftotext missing: run `make sysdeps` (poppler-utils)"
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=60
    )
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text with line breaks and soft hyphens removed, for phrase searches across lines."""
    return " ".join(text.replace("\u00ad\n", "").replace("\u00ad", "").split())


__all__ = ["FICTIONAL_CASE", "docx_text", "flat", "pdf_text"]
