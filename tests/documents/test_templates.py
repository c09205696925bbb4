"""The template files: one per template, language and format; the DOCX files are what the
build script makes; every citation a template prints is one its catalogue entry declares."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from panah.documents._data import templates_dir
from panah.documents.render import template_file
from panah.documents.specs import TEMPLATES, TemplateSpec

SPECS = [
    pytest.param(s, lang, id=f"{s.name}-{lang}") for s in TEMPLATES.values() for lang in s.languages
]
_PROV = re.compile(r"""[Pp]rovs?\(\s*(?:d,\s*)?\(?\[?((?:\s*["'][a-z0-9/-]+["'],?\s*)+)""")
_ID = re.compile(r"""["']([a-z0-9-]+(?:/[a-z0-9-]+){2,})["']""")
_AVAIL = re.compile(r"""avail\((?:d,\s*)?["']([a-z0-9/-]+)["']\)""")


def cited_ids(text: str) -> set[str]:
    ids = {i for m in _PROV.finditer(text) for i in _ID.findall(m.group(0))}
    return ids | set(_AVAIL.findall(text))


def docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8"))


@pytest.mark.parametrize(("spec", "lang"), SPECS)
def test_both_formats_exist(spec: TemplateSpec, lang: str) -> None:
    for fmt in spec.formats:
        assert template_file(spec, lang, fmt).is_file()


@pytest.mark.parametrize(("spec", "lang"), SPECS)
def test_templates_cite_only_declared_provisions(spec: TemplateSpec, lang: str) -> None:
    typ = cited_ids(template_file(spec, lang, "pdf").read_text(encoding="utf-8"))
    docx = cited_ids(docx_xml(template_file(spec, lang, "docx")))
    assert typ <= set(spec.cites), typ - set(spec.cites)
    assert docx <= set(spec.cites), docx - set(spec.cites)
    assert typ == docx, "the PDF and DOCX versions cite different provisions"


def test_build_script_still_makes_working_templates(tmp_path: Path) -> None:
    """The committed .docx files are the templates (a lawyer may edit them in Word); the
    script that first made them must still make templates with the same citations."""
    import importlib.util

    script = templates_dir() / "build_docx_templates.py"
    spec = importlib.util.spec_from_file_location("build_docx_templates", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path)
    assert len(built) == sum(len(s.languages) for s in TEMPLATES.values())
    for path in built:
        committed = templates_dir() / path.relative_to(tmp_path)
        assert cited_ids(docx_xml(path)) == cited_ids(docx_xml(committed)), committed
