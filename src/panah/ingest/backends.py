"""Adapters for the offline NLP libraries: natasha (Russian) and dateparser (English).

Both ship what they need inside their packages (natasha its navec embeddings, slovnet models
and the pymorphy2 dictionaries; dateparser its language data); nothing is fetched at run
time. They are imported when a backend is built, never at import of this module. When a
library is missing the built-in rules still work: :func:`load_backend` returns a backend
that finds nothing and says why (``missing``).

natasha's morphological vocabulary is built with an explicit dictionary path: pymorphy2
0.9 looks its dictionaries up through ``pkg_resources``, which recent setuptools no longer
ships.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Protocol

from panah.ingest.datetext import Parts
from panah.ingest.people import NameMention, _normal_ru, given_names
from panah.ingest.text import Span

__all__ = ["Backend", "DateparserBackend", "NatashaBackend", "NoBackend", "load_backend"]


class Backend(Protocol):
    name: str

    def names(self, text: str) -> list[NameMention]: ...

    def dates(self, text: str) -> list[tuple[Span, Parts]]: ...


@dataclass
class NoBackend:
    """The rules alone."""

    missing: str = ""
    name: str = "rules"

    def names(self, text: str) -> list[NameMention]:
        return []

    def dates(self, text: str) -> list[tuple[Span, Parts]]:
        return []


@dataclass
class NatashaBackend:
    """natasha 1.6: persons (PER spans, normalised to the nominative) and dates."""

    name: str = "natasha"
    _parts: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        import pymorphy2_dicts_ru  # type: ignore[import-untyped]
        from natasha import (  # type: ignore[import-untyped]
            DatesExtractor,
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )
        from natasha.morph.vocab import MorphForm  # type: ignore[import-untyped]
        from pymorphy2 import MorphAnalyzer  # type: ignore[import-untyped]

        class _Vocab(MorphVocab):  # type: ignore[misc]
            def __init__(self) -> None:
                MorphAnalyzer.__init__(
                    self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm
                )

        emb = NewsEmbedding()
        vocab = _Vocab()
        self._parts = {
            "segmenter": Segmenter(),
            "morph": NewsMorphTagger(emb),
            "ner": NewsNERTagger(emb),
            "vocab": vocab,
            "dates": DatesExtractor(vocab),
        }

    def names(self, text: str) -> list[NameMention]:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self._parts["segmenter"])
        doc.tag_ner(self._parts["ner"])
        persons = [span for span in doc.spans if span.type == "PER"]
        # The morphology (for the nominative) is needed only where a person is named: the
        # tagger runs on those sentences alone (half the time of tagging every sentence).
        named = [s for s in doc.sents if any(s.start <= p.start < s.stop for p in persons)]
        if named:
            markups = self._parts["morph"].map([[t.text for t in s.tokens] for s in named])
            for sent, markup in zip(named, markups, strict=True):
                for token, tagged in zip(sent.tokens, markup.tokens, strict=True):
                    token.pos, token.feats = tagged.pos, tagged.feats
        out = []
        for span in persons:
            span.normalize(self._parts["vocab"])
            start, stop = span.start, span.stop
            # natasha leaves out an initial before a surname ("Б. Омаров")
            initial = re.search(r"(?<![\w])[А-ЯЁA-Z]\.\s?$", text[max(0, start - 3) : start])
            written = text[start:stop]
            normal = _keep_yo(written, _agree(written, span.normal or written))
            if normal == written:  # natasha left it as written: try the name rules
                normal = " ".join(_normal_ru(written.split()))
            if initial is not None:
                start -= len(initial.group())
                written = text[start:stop]
                normal = initial.group().strip() + " " + normal
            out.append(NameMention(Span(start, stop), written, normal, "natasha"))
        return out

    def dates(self, text: str) -> list[tuple[Span, Parts]]:
        out = []
        for m in self._parts["dates"](text):
            fact = m.fact
            if fact.year is None and fact.month is None:
                continue
            out.append((Span(m.start, m.stop), Parts(fact.year, fact.month, fact.day)))
        return out


def _keep_yo(written: str, normal: str) -> str:
    """natasha writes "ё" as "е" ("Бахтиёр" -> "Бахтиер"): keep the letter as written."""
    if "ё" not in written.lower():
        return normal
    out = []
    for w, n in zip(written.split(), normal.split(), strict=False):
        chars = list(n)
        for i, ch in enumerate(w[: len(n)]):
            if ch in "ёЁ" and chars[i] in "еЕ":
                chars[i] = ch
        out.append("".join(chars))
    return " ".join(out + normal.split()[len(out) :])


def _agree(written: str, normal: str) -> str:
    """Keep a feminine surname that natasha turned masculine ("Нургуль Токтарбекова" ->
    "Нургуль Токтарбеков"): the given name says the person is a woman."""
    w, n = written.split(), normal.split()
    rule = _normal_ru(w)
    if len(w) == len(n) >= 2 and rule[0] != w[0] and given_names().get(rule[0].casefold()) == "f":
        # a woman's given name known in an oblique case ("Динары Нурахметовой"): the rules
        # know she is a woman, natasha may not
        return " ".join(rule)
    if len(w) == len(n) >= 2 and given_names().get(n[0].casefold()) == "f":
        fixed = [n[0]] + [
            wt if nt + "а" == wt and wt.endswith(("ова", "ева", "ина", "ына")) else nt
            for wt, nt in zip(w[1:], n[1:], strict=True)
        ]
        return " ".join(fixed)
    return normal


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEADING_WORDS = re.compile(r"^(?:(?:from|in|on|at|by|since|until|of|the|between)\s+)+", re.I)
_EN_DATE_SHAPE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


@dataclass
class DateparserBackend:
    """dateparser 1.5 for English dates that carry a year; the period it reports (day,
    month, year) keeps the precision as written."""

    name: str = "dateparser"
    _parts: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        from dateparser.date import DateDataParser  # type: ignore[import-untyped]
        from dateparser.search import search_dates  # type: ignore[import-untyped]

        self._parts = {
            "search": search_dates,
            "parser": DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"}),
        }

    def names(self, text: str) -> list[NameMention]:
        return []

    def dates(self, text: str) -> list[tuple[Span, Parts]]:
        found = self._parts["search"](
            text, languages=["en"], settings={"REQUIRE_PARTS": ["year"], "STRICT_PARSING": False}
        )
        out: list[tuple[Span, Parts]] = []
        pos = 0
        for substring, _value in found or []:
            start = text.find(substring, pos)
            if start < 0 or not _EN_DATE_SHAPE.search(substring):
                continue
            pos = start + len(substring)
            if not _YEAR_WRITTEN.search(substring):
                continue  # dateparser would fill in the current year: not what the text says
            lead = _LEADING_WORDS.match(substring)
            if lead is not None:
                start += lead.end()
                substring = substring[lead.end() :]
            data = self._parts["parser"].get_date_data(substring)
            if data is None or data.date_obj is None:
                continue
            d = data.date_obj
            period = data.period or "day"
            parts = Parts(
                d.year,
                d.month if period in ("day", "month", "week") else None,
                d.day if period == "day" else None,
            )
            out.append((Span(start, pos), parts))
        return out


def load_backend(lang: str) -> Backend:
    """The library backend for a language, or the rules alone when it is not installed.

    natasha's models multiply small matrices: BLAS threads do not make them faster, and on a
    busy machine they spin (measured: the same texts per second with one thread, half the CPU
    time). Where numpy is not imported yet, OpenBLAS is asked for one thread unless the
    environment says otherwise."""
    try:
        if lang == "ru":
            if "numpy" not in sys.modules:
                for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
                    os.environ.setdefault(var, "1")
            return NatashaBackend()
        return DateparserBackend()
    except ImportError as exc:
        return NoBackend(missing=f"{exc.name or exc}: not installed; using rules only")
