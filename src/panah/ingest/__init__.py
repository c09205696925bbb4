"""Draft claims from the text of an article or a testimony, for human review.

``draft_case(text, lang=..., meta=SourceMeta(...), backend=load_backend(lang))`` returns a
:class:`Draft`: a case file (as a dict) with the source, the people named (every spelling),
the organisations named (courts, security services, NGOs, UN bodies…), events typed with the
catalogue, proceedings grouped from those events (criminal case, asylum, expulsion, appeal…)
and claims — dates with their precision, ages, citizenship, ethnicity, places, durations,
charges, penalties, terms, case numbers, statements, relatives — each with the span of text
it came from and a confidence.
:func:`make_patch` turns a draft into additions to an existing case.

Pure: no Django, storage or CLI. Libraries with models (natasha, dateparser) load only in
:func:`load_backend`; nothing is fetched at run time.
"""

from panah.ingest.backends import Backend, NoBackend, load_backend
from panah.ingest.draft import Draft, ReviewItem, SourceMeta, detect_lang, draft_case
from panah.ingest.patch import Match, apply_patch, identity_compare, make_patch

__all__ = [
    "Backend",
    "Draft",
    "Match",
    "NoBackend",
    "ReviewItem",
    "SourceMeta",
    "apply_patch",
    "detect_lang",
    "draft_case",
    "identity_compare",
    "load_backend",
    "make_patch",
]
