"""Words that signal an event, per language, typed with the case-file event catalogue.

The lexicon is data: ``data/triggers.yaml`` (read and compiled on first use). A trigger is a
regular expression over one sentence. ``weak`` triggers are nouns or gerunds ("for crossing
the border", "пересечение границы", "after his release"): they name an event without
reporting it, so they only take a date written right beside them and never share the date of
another event in the sentence.

Some types are decided after matching, from the sentence around the trigger
(:mod:`panah.ingest.events`): a generic ``detention`` becomes a detention in the country of
origin or in the host state; a ``crossing`` is at or outside a checkpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from panah.core.catalogue import EventType

__all__ = ["CROSSING", "DEPARTURE", "DETENTION", "Trigger", "triggers"]

DETENTION = "detention"
"""Pseudo-type: a detention whose place (origin or host state) is decided from context."""
CROSSING = "crossing"
"""Pseudo-type: a border crossing, at or outside a checkpoint, decided from context."""
DEPARTURE = "departure"
"""Pseudo-type: leaving a named place ("left Nukus", "уехал из Казани"), the flight from home
where the place is in a country of origin of the text, else no event."""


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    """An EventType value, or one of the pseudo-types DETENTION / CROSSING."""
    pattern: re.Pattern[str]
    priority: int = 1
    weak: bool = False
    gate: re.Pattern[str] | None = None
    """A cheaper pattern a sentence must match before ``pattern`` is tried (the noun of a
    verb-object construction)."""


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    raw = resources.files("panah.ingest").joinpath("data/triggers.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise ValueError("triggers.yaml: expected a mapping of languages")
    return data


@lru_cache(maxsize=4)
def triggers(lang: str) -> tuple[Trigger, ...]:
    """The triggers of a language (en or ru), compiled on first use."""
    table = _lexicon()["ru" if lang == "ru" else "en"]
    allowed = {t.value for t in EventType} | {DETENTION, CROSSING, DEPARTURE}
    out = []
    for row in table:
        kind = str(row["type"])
        if kind not in allowed:
            raise ValueError(f"triggers.yaml: unknown event type {kind!r}")
        # Arrival looks ahead for a capitalised place name: that test must keep its case.
        flags = 0 if kind == EventType.ARRIVAL.value else re.IGNORECASE
        priority = row.get("priority", 1)
        out.append(
            Trigger(
                kind,
                re.compile(str(row["pattern"]), flags),
                priority if isinstance(priority, int) else 1,
                bool(row.get("weak", False)),
            )
        )
    return tuple(out) + _constructions("ru" if lang == "ru" else "en")


# Between a light verb and its noun: a few words ("sent Bishkek a formal request", "подала от
# имени Назарова новое ходатайство"), never across a clause ("and", "but", "и", "но", ";"), nor
# across a comma that opens a dated clause ("передали прокурору, 3 ноября обвинительный акт …").
_GAP = {
    "en": r"(?:(?!(?:and|but|then|after|before|which|who|against|of|about|over|on|for|from)\b)"
    r"[\w'’-]+,?\s+){0,5}?",
    "ru": r"(?:(?!(?:и|но|а|после|который|которая|которое|на|против|о|об|по)(?![\w]))"
    r"[\w«»\"-]+(?:,(?!\s*\d))?\s+){0,4}?",
}


def _constructions(lang: str) -> tuple[Trigger, ...]:
    """Triggers built from the verb-object table of ``triggers.yaml`` (``constructions``):
    every noun of an event with every light verb of its language, active and passive."""
    table = _lexicon().get("constructions", {}).get(lang)
    if not table:
        return ()
    verbs, passive = str(table["verbs"]), str(table["passive"])
    gap = _GAP[lang]
    allowed = {t.value for t in EventType}
    out = []
    for kind, noun in dict(table["nouns"]).items():
        if kind not in allowed:
            raise ValueError(f"triggers.yaml constructions: unknown event type {kind!r}")
        forms = [rf"(?<![\w])(?:{verbs})\s+{gap}(?:{noun})"]
        if lang == "ru":
            # free word order: "Обвинительный акт прокурор утвердил 24 февраля", "решение о
            # выдворении было вынесено"
            forms.append(rf"(?:{noun})\s+{gap}(?:был[аои]?\s+)?(?:{passive})(?![\w])")
            forms.append(rf"(?:{noun})\s+{gap}(?:{verbs})(?![\w])")
        else:
            forms.append(rf"(?:{noun})\s+{gap}(?:{passive})\b")
        pattern = re.compile("|".join(forms), re.IGNORECASE)
        out.append(Trigger(str(kind), pattern, 2, False, re.compile(noun, re.IGNORECASE)))
    return tuple(out)
