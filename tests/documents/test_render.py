"""Every template, in both languages and both formats, rendered for the reference case; the
text read back (pdftotext, python-docx) must hold the names, dates, citations and hashes."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from panah.core.case import Case
from panah.documents.render import Renderer, docx_text
from panah.documents.specs import TEMPLATES
from tests.documents.conftest import flat, pdf_text

Make = Callable[..., dict[str, Any]]

# The date each template makes sense on for Kaster Musakhanuly (p-kaster).
AS_OF = {
    "chronology": "2019-12-15",
    "objection-illegal-entry": "2019-12-15",
    "non-refoulement": "2019-12-15",
    "cat-complaint": "2019-12-15",
    "urgent-appeal": "2019-12-15",
    "status-extension": "2021-09-01",
    "extension-reminder": "2021-09-01",
}
# A citation each document must carry, by language.
CITES = {
    "chronology": ("Criminal Code", "Уголовного кодекса"),
    "objection-illegal-entry": (
        "Refugee Convention 1951, art. 31(1)",
        "п. 1 ст. 31 Конвенции о статусе беженцев",
    ),
    "non-refoulement": (
        "Refugee Convention 1951, art. 33(2)",
        "п. 2 ст. 33 Конвенции о статусе беженцев",
    ),
    "cat-complaint": ("rule 114", "правило 114"),
    "urgent-appeal": ("Convention against Torture 1984, art. 3", "ст. 3 Конвенции против пыток"),
    "status-extension": ("art. 11(5)", "п. 5 ст. 11 Закона Республики Казахстан «О беженцах»"),
    "extension-reminder": ("art. 14(2)", "п. 2 ст. 14 Закона Республики Казахстан «О беженцах»"),
}
NAME = {"en": "Kaster Musakhanuly", "ru": "Қастер Мұсаханұлы"}
CASES = [
    pytest.param(t, lang, fmt, id=f"{t}-{lang}-{fmt}")
    for t in TEMPLATES
    for lang in ("en", "ru")
    for fmt in ("pdf", "docx")
]


def render_text(
    renderer: Renderer, context: dict[str, Any], fmt: str, tmp_path: Path
) -> tuple[bytes, str]:
    data = renderer.render(context, fmt)
    text = pdf_text(data, tmp_path) if fmt == "pdf" else docx_text(data)
    return data, flat(text)


@pytest.mark.parametrize(("template", "lang", "fmt"), CASES)
def test_reference_case_documents(
    make_context: Make, renderer: Renderer, tmp_path: Path, template: str, lang: str, fmt: str
) -> None:
    ctx = make_context(template, lang=lang, as_of=AS_OF[template])
    data, text = render_text(renderer, ctx, fmt, tmp_path)
    assert data[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
    assert NAME[lang] in text
    assert AS_OF[template][:4] in text and ctx["as_of"]["text"] in text
    assert CITES[template][0 if lang == "en" else 1] in text
    assert "[S" in text  # facts carry their sources
    assert ctx["trace"]["case_sha256"] in text  # the filed paper names its case file
    if lang == "ru":
        assert {"Қ", "ұ"} <= set(text)  # Kazakh letters survive
        assert "Правовая оценка отсутствует" in text or template == "extension-reminder"
    for source in ctx["sources"]:
        if f"[{source['id']}]" in text or f"{source['id']}," in text:
            continue
        # A source only listed at the end would be listed without being cited.
        assert f"[{source['id']}]" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_sources_list_names_only_cited_sources(
    make_context: Make, renderer: Renderer, tmp_path: Path, fmt: str
) -> None:
    ctx = make_context("extension-reminder", as_of="2021-09-01")
    _, text = render_text(renderer, ctx, fmt, tmp_path)
    assert "[S5] News report on the two men being granted refugee status" in text
    assert "Legal commentary on the Zaysan" not in text  # S1 is not cited in this letter


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_disputed_facts_show_both_values_and_sources(
    make_context: Make, renderer: Renderer, tmp_path: Path, fmt: str
) -> None:
    _, text = render_text(renderer, make_context("objection-illegal-entry"), fmt, tmp_path)
    assert "6 October 2019 [S1, S2] or 1 October 2019 [S4] (the sources disagree)" in text
    assert "8 days (from 6 October 2019 to 14 October 2019) [S1, S2]" in text
    assert "13 days (from 1 October 2019 to 14 October 2019) [S1, S4]" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_verification_level_printed_when_not_primary(
    make_context: Make, renderer: Renderer, tmp_path: Path, fmt: str
) -> None:
    _, text = render_text(renderer, make_context("non-refoulement"), fmt, tmp_path)
    assert "Convention against Torture 1984, art. 3 (verification: partial)" in text
    assert "Refugee Convention 1951, art. 33(1) (verification" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_assessment_summary_and_its_hash(
    make_context: Make, renderer: Renderer, tmp_path: Path, fmt: str
) -> None:
    from tests.documents.test_context import assessment

    ctx = make_context("chronology", assessment=assessment())
    _, text = render_text(renderer, ctx, fmt, tmp_path)
    assert ctx["trace"]["assessment_sha256"] in text
    assert "Protected against return while the claim is pending." in text
    assert "21 October 2019" in text and "Lodge a UN CAT complaint" in text
    assert "No assessment is available" not in text


def test_chinese_and_arabic_names_survive(
    fictional_case: Case, make_context: Make, renderer: Renderer, tmp_path: Path
) -> None:
    ctx = make_context("chronology", case=fictional_case, person="p-erzhan")
    _, text = render_text(renderer, ctx, "pdf", tmp_path)
    assert "叶尔江" in text and "托克塔尔" in text  # a line may break inside the name
    assert "Ержан Тоқтарұлы" in text
    # pdftotext returns right-to-left text in logical order
    assert "توقتارۇلى" in text or "ئەرجان" in text


def test_pdf_metadata_records_the_hashes(
    make_context: Make, renderer: Renderer, tmp_path: Path
) -> None:
    ctx = make_context("non-refoulement")
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(renderer.render(ctx, "pdf"))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert f"case-{ctx['trace']['case_sha256']}" in info
    assert "assessment-none" in info and "as-of:2019-12-15" in info


def test_docx_properties_record_the_hashes(make_context: Make, renderer: Renderer) -> None:
    import io

    from docx import Document

    ctx = make_context("cat-complaint", lang="ru")
    props = Document(io.BytesIO(renderer.render(ctx, "docx"))).core_properties
    assert f"case-{ctx['trace']['case_sha256']}" in props.keywords
    assert ctx["trace"]["case_sha256"] in props.comments and "as of 2019-12-15" in props.comments


def test_pdf_is_reproducible(make_context: Make, renderer: Renderer) -> None:
    ctx = make_context("urgent-appeal")
    assert renderer.render(ctx, "pdf") == Renderer().render(ctx, "pdf")
