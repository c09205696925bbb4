"""Renderers: a document context in, PDF (Typst) or DOCX (docxtpl) bytes out.

These are the adapters of the documents package: they read template files and call the Typst
compiler or docxtpl. Both libraries are imported on first use, never at import time. A
:class:`Renderer` keeps the font set and one Typst compiler per template, so the second and
later PDFs of a session are fast (see ``bench/documents.py``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

from panah.core.errors import NotFoundError, PanahError
from panah.documents._data import templates_dir
from panah.documents.specs import TemplateSpec, get_template

__all__ = ["FORMATS", "Renderer", "docx_text", "template_file"]

FORMATS = ("pdf", "docx")
_SUFFIX = {"pdf": ".typ", "docx": ".docx"}


def template_file(spec: TemplateSpec, lang: str, fmt: str) -> Path:
    """``templates/<jurisdiction>/<lang>/<name>.typ|.docx``."""
    if fmt not in FORMATS:
        raise NotFoundError(f"no format {fmt!r}; have {', '.join(FORMATS)}")
    path = templates_dir() / spec.jurisdiction / lang / f"{spec.name}{_SUFFIX[fmt]}"
    if not path.is_file():
        raise NotFoundError(f"template {spec.name!r} has no {lang} {fmt} version (expected {path})")
    return path


def _timestamp(context: dict[str, Any]) -> dt.datetime:
    """The PDF creation date: the day it was generated, else the as-of date (reproducible)."""
    day = context["trace"].get("generated_on") or context["trace"]["as_of"]
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12), tzinfo=dt.UTC)


class Renderer:
    """Renders contexts; reuse one instance to keep fonts and compilers warm."""

    def __init__(self) -> None:
        self._fonts: Any = None
        self._compilers: dict[Path, Any] = {}

    def render(self, context: dict[str, Any], fmt: str) -> bytes:
        spec = get_template(context["template"]["name"])
        path = template_file(spec, context["template"]["lang"], fmt)
        if fmt == "pdf":
            return self._pdf(path, context)
        return self._docx(path, context)

    # -- PDF with Typst -------------------------------------------------------------------
    def _compiler(self, path: Path) -> Any:
        import typst

        compiler = self._compilers.get(path)
        if compiler is None:
            if self._fonts is None:
                self._fonts = typst.Fonts(include_system_fonts=True, include_embedded_fonts=True)
            compiler = typst.Compiler(str(path), root=str(templates_dir()), font_paths=self._fonts)
            self._compilers[path] = compiler
        return compiler

    def _pdf(self, path: Path, context: dict[str, Any]) -> bytes:
        import typst

        data = json.dumps(context, ensure_ascii=False)
        try:
            out = self._compiler(path).compile(
                format="pdf", sys_inputs={"data": data}, timestamp=_timestamp(context)
            )
        except typst.TypstError as exc:
            hints = "".join(f"\n  hint: {h}" for h in exc.hints)
            raise PanahError(f"template {path.name}: {exc.message}{hints}") from None
        if not isinstance(out, bytes):  # pragma: no cover - single-file PDF output
            raise PanahError(f"template {path.name}: Typst returned no PDF")
        return out

    # -- DOCX with docxtpl ----------------------------------------------------------------
    def _docx(self, path: Path, context: dict[str, Any]) -> bytes:
        # Two passes: the first, without the closing lists, shows which sources and provisions
        # the document actually cites; the second lists exactly those.
        probe = {
            **context,
            "sources": [],
            "provisions": {**context["provisions"], "listed": []},
        }
        text = docx_text(self._docx_once(path, probe))
        used_sources = {i for m in _CITATION.finditer(text) for i in m.group(0)[1:-1].split(", ")}
        lowered = text.lower()
        listed = [
            p
            for p in context["provisions"]["listed"]
            if p["citation"].lower() in lowered or p["id"] in _assessment_provisions(context)
        ]
        final = {
            **context,
            "sources": [s for s in context["sources"] if s["id"] in used_sources],
            "provisions": {**context["provisions"], "listed": listed},
        }
        return self._docx_once(path, final)

    def _docx_once(self, path: Path, context: dict[str, Any]) -> bytes:
        from docxtpl import DocxTemplate
        from jinja2 import StrictUndefined, TemplateError
        from jinja2.sandbox import SandboxedEnvironment

        from panah.documents.docx_helpers import helpers

        env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
        env.globals.update(helpers(context))
        template = DocxTemplate(str(path))
        try:
            template.render(context, jinja_env=env, autoescape=True)
        except TemplateError as exc:
            raise PanahError(f"template {path.name}: {exc}") from None
        props = template.docx.core_properties
        props.title = f"{context['template']['title']} — {context['person']['name']}"
        props.author = context["lawyer"]["name"] if context.get("lawyer") else "Panah"
        props.keywords = " ".join(
            (
                f"case-{context['trace']['case_sha256']}",
                f"assessment-{context['trace']['assessment_sha256'] or 'none'}",
                f"as-of:{context['trace']['as_of']}",
                f"template:{context['trace']['template']}",
            )
        )
        trace = context["trace"]
        props.comments = (  # Word limits a property to 255 characters: the hashes, no labels
            f"case {trace['case_sha256']}; assessment {trace['assessment_sha256'] or 'none'}; "
            f"as of {trace['as_of']}"
        )
        props.subject = context["case"]["id"]
        day = dt.date.fromisoformat(context["trace"]["generated_on"] or context["trace"]["as_of"])
        stamp = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
        props.created = stamp
        props.modified = stamp
        props.last_modified_by = context["trace"]["generator"]
        props.revision = 1
        buffer = io.BytesIO()
        template.save(buffer)
        return buffer.getvalue()


_CITATION = re.compile(r"\[[A-Za-z0-9][A-Za-z0-9_.:-]*(?:, [A-Za-z0-9][A-Za-z0-9_.:-]*)*\]")


def _assessment_provisions(context: dict[str, Any]) -> set[str]:
    a = context["assessment"]
    out = {d["provision"] for d in a.get("deadlines", [])}
    stack = list(a.get("findings", []))
    while stack:
        f = stack.pop()
        out.add(f["provision"])
        stack.extend(f.get("sub", []))
    return out


def docx_text(data: bytes) -> str:
    """All the text of a DOCX (body, tables, headers and footers), one paragraph a line."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(io.BytesIO(data))
    parts = [document.element.body]
    for section in document.sections:
        parts.extend([section.footer._element, section.header._element])
    lines = []
    for part in parts:
        for p in part.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(lines)
