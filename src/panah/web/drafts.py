"""Filings drafted from the case (``panah draft`` in the browser): choose the template, the
person, the language, the format and the as-of date, and download the PDF or DOCX.

The document is built exactly as the CLI builds it (:func:`panah.documents.build_context`
with the assessment as of the chosen date, the law registry's citations and the stored case
file's hash in the footer) and rendered by one shared :class:`panah.documents.Renderer`.
When the case lacks facts the template needs, the page lists them with how to add each one
(:class:`~panah.core.errors.MissingFactsError`). Every download is in the audit log as a
read of the case; only members who may export the case may draft from it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, gettext_noop
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from panah.core.case import Case
from panah.core.errors import MissingFactsError, NotFoundError, PanahError
from panah.storage.django_orm import actions
from panah.storage.django_orm.models import CaseRecord
from panah.web.views import _case_for

__all__ = ["DocumentForm", "case_document", "render_document"]

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

_renderer: Any = None
_render_lock = threading.Lock()


TEMPLATE_TITLES = (
    gettext_noop("Case chronology"),
    gettext_noop("Objection to criminal prosecution for illegal crossing of the border"),
    gettext_noop("Submission on non-refoulement against expulsion or hand-over"),
    gettext_noop(
        "Complaint to the UN Committee against Torture with a request for interim measures"
    ),
    gettext_noop("Urgent appeal to the UN Special Rapporteur on torture"),
    gettext_noop("Application to extend refugee status"),
    gettext_noop("Reminder to the client: apply to extend your refugee status"),
)
"""The templates' English titles, for the interface's catalogue: the documents themselves
are written in English or Russian only (each template has both titles), the form that
chooses them is in the page's language, Kazakh included."""


def template_choices(lang: str) -> list[tuple[str, str]]:
    """Each template with its title: the Russian title in Russian, otherwise the English title
    in the page's language (the interface's catalogue)."""
    from panah.documents.specs import TEMPLATES

    if lang == "ru":
        return [(name, spec.title("ru")) for name, spec in TEMPLATES.items()]
    return [(name, _(spec.title_en)) for name, spec in TEMPLATES.items()]


class DocumentForm(forms.Form):
    template = forms.ChoiceField(label=gettext_lazy("Document"), choices=())
    person = forms.ChoiceField(label=gettext_lazy("About"), choices=())
    lang = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=[("en", "English"), ("ru", "Русский")]
    )
    format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=[("pdf", "PDF"), ("docx", "DOCX")]
    )
    as_of = forms.DateField(
        label=gettext_lazy("As of"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, case: Case, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lang = "ru" if (get_language() or "en").startswith("ru") else "en"
        template = self.fields["template"]
        person = self.fields["person"]
        assert isinstance(template, forms.ChoiceField)
        assert isinstance(person, forms.ChoiceField)
        template.choices = template_choices(lang)
        person.choices = [(p.id, f"{p.display_name()} ({p.id})") for p in case.people]
        self.fields["lang"].initial = lang
        self.fields["as_of"].initial = timezone.localdate()


def _provisions() -> Any:
    """The law registry's citations, then the documents' own list (as ``panah draft``)."""
    from panah.documents.citations import chain, fallback_lookup, registry_lookup

    try:
        from panah.law.registry import default_registry

        registry = default_registry()
    except (ImportError, PanahError):
        log.exception("the law registry could not be loaded; using the documents' citations")
        return fallback_lookup()
    return chain((registry_lookup(registry), fallback_lookup()))


def _assessment(case: Case, person: str, as_of: dt.date, lang: str) -> dict[str, Any] | None:
    try:
        from panah.law.assess import assess
        from panah.law.i18n import language

        with language(lang):  # the engine's text in the document's language
            data = assess(case, as_of=as_of, person=person).to_json()
    except Exception:  # the document then says that no assessment is available
        log.exception("assessment for a document failed (case %s)", case.id)
        return None
    assert isinstance(data, dict)
    return data


def render_document(
    case: Case,
    *,
    content: str,
    template: str,
    person: str,
    lang: str,
    fmt: str,
    as_of: dt.date,
) -> bytes:
    """The document's bytes. Raises MissingFactsError, NotFoundError or PanahError."""
    global _renderer
    from panah.documents import Renderer, build_context, case_sha256

    context = build_context(
        case,
        template=template,
        person_id=person,
        as_of=as_of,
        lang=lang,
        case_sha256=case_sha256(content.encode("utf-8")),
        assessment=_assessment(case, person, as_of, lang),
        provisions=_provisions(),
        generated_on=timezone.localdate(),
    )
    with _render_lock:  # one Typst compiler per template, kept warm, used by one thread at a time
        if _renderer is None:
            _renderer = Renderer()
        data = _renderer.render(context, fmt)
    assert isinstance(data, bytes)
    return data


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _filename(case: Case, cd: dict[str, Any]) -> str:
    stem = f"{case.id}-{cd['template']}-{cd['person']}-{cd['lang']}-{cd['as_of']:%Y-%m-%d}"
    return re.sub(r"[^A-Za-z0-9._-]", "-", stem) + "." + str(cd["format"])


@login_required
@require_GET
def case_document(request: HttpRequest, key: str) -> HttpResponse:
    record: CaseRecord = _case_for(request, key, "export_case")
    case = record.to_domain()
    asked = "template" in request.GET
    form = DocumentForm(case, request.GET if asked else None)
    missing: list[str] = []
    error = ""
    if asked and form.is_valid():
        cd = form.cleaned_data
        try:
            data = render_document(
                case,
                content=record.content,
                template=cd["template"],
                person=cd["person"],
                lang=cd["lang"],
                fmt=cd["format"],
                as_of=cd["as_of"],
            )
        except MissingFactsError as exc:
            missing = exc.missing
            error = _sentence(str(exc).splitlines()[0])
        except (NotFoundError, PanahError) as exc:
            error = _sentence(str(exc))
        else:
            actions.case_access_log(record=record, what=f"document_{cd['template']}_{cd['format']}")
            response = HttpResponse(data, content_type=CONTENT_TYPES[cd["format"]])
            response["Content-Disposition"] = f'attachment; filename="{_filename(case, cd)}"'
            return response
    actions.case_access_log(record=record, what="document_form")
    from panah.documents.specs import NEEDS, TEMPLATES

    lang = "ru" if (get_language() or "en").startswith("ru") else "en"
    templates = [
        {
            "name": spec.name,
            "title": spec.title(lang),
            "summary": spec.summary,
            "needs": [NEEDS[n].what for n in spec.needs],
        }
        for spec in TEMPLATES.values()
    ]
    return render(
        request,
        "panah/case_document.html",
        {
            "record": record,
            "case": case,
            "form": form,
            "missing": missing,
            "error": error,
            "templates": templates,
            "could_not": _("The document could not be made."),
        },
        status=400 if asked else 200,
    )
