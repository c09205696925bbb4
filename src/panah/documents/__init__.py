"""Filings from the case file: chronologies, objections, UN complaints and letters.

The context of a document is built purely from the case, the as-of date and (when the caller
has one) the assessment, by :func:`build_context`; templates are data under ``templates/``
(Typst for PDF, docxtpl for DOCX, per jurisdiction and language); :class:`Renderer` turns a
context into bytes and imports Typst or docxtpl only when asked to render.
"""

from __future__ import annotations

from panah.documents.context import build_context
from panah.documents.render import Renderer
from panah.documents.specs import TEMPLATES, TemplateSpec, get_template
from panah.documents.trace import assessment_sha256, case_sha256

__all__ = [
    "TEMPLATES",
    "Renderer",
    "TemplateSpec",
    "assessment_sha256",
    "build_context",
    "case_sha256",
    "get_template",
]
