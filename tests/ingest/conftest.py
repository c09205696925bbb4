"""Evaluation texts and drafts made from them (the library backends are loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panah.ingest import Draft
from panah.ingest.backends import Backend
from tests.ingest import scoring
from tests.ingest.scoring import Sample

DATA = Path(__file__).parent / "data"
TEXTS = scoring.texts_in(DATA)


def load_sample(name: str) -> Sample:
    return scoring.load_sample(DATA, name)


def backend_for(lang: str) -> Backend:
    return scoring.backend_for(lang)


_DRAFTS: dict[str, Draft] = {}


def rules_events(text: str, lang: str, article: str = "2024-05-10") -> set[tuple[str, str]]:
    """The dated events (type, date) the rules alone draft from ``text``, a source of
    ``article``'s date: the rules' own tests draft without the learned classifier
    (``test_classify.py`` tests what it adds)."""
    from panah.ingest import SourceMeta, draft_case

    draft = draft_case(
        text,
        lang=lang,
        meta=SourceMeta(date=article),
        backend=backend_for(lang),
        classifier=False,
    )
    return scoring.dated_events(draft.case)


def draft_of(name: str) -> Draft:
    if name not in _DRAFTS:
        _DRAFTS[name] = scoring.draft_sample(load_sample(name))
    return _DRAFTS[name]


@pytest.fixture(params=TEXTS)
def sample_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)
