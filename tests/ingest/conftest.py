"""Evaluation texts and drafts made from them (the library backends are loaded once)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from panah.ingest import Draft, SourceMeta, draft_case, load_backend
from panah.ingest.backends import Backend

DATA = Path(__file__).parent / "data"
TEXTS = sorted(p.stem for p in DATA.glob("*.txt"))


@dataclass(frozen=True)
class Sample:
    name: str
    text: str
    expected: dict[str, Any]

    @property
    def lang(self) -> str:
        return str(self.expected["meta"]["lang"])

    @property
    def meta(self) -> SourceMeta:
        m = self.expected["meta"]
        return SourceMeta(
            title=m["title"],
            date=str(m["date"]),
            publisher=m.get("publisher"),
            kind=m.get("kind", "news_article"),
            lang=m["lang"],
        )


def load_sample(name: str) -> Sample:
    text = (DATA / f"{name}.txt").read_text("utf-8")
    expected = yaml.safe_load((DATA / f"{name}.expected.yaml").read_text("utf-8"))
    return Sample(name, text, expected)


_BACKENDS: dict[str, Backend] = {}
_DRAFTS: dict[str, Draft] = {}


def backend_for(lang: str) -> Backend:
    if lang not in _BACKENDS:
        _BACKENDS[lang] = load_backend(lang)
    return _BACKENDS[lang]


def draft_of(name: str) -> Draft:
    if name not in _DRAFTS:
        s = load_sample(name)
        _DRAFTS[name] = draft_case(s.text, lang=s.lang, meta=s.meta, backend=backend_for(s.lang))
    return _DRAFTS[name]


@pytest.fixture(params=TEXTS)
def sample_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)
