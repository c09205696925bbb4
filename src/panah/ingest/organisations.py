"""Organisations a text names: courts, security services, police, prosecutors, migration and
border services, ministries, NGOs, UN bodies, embassies.

Two finders, both rules:

* known organisations (``data/organisations.tsv``): a kind, a country, a canonical English
  name and the patterns that name it in English and Russian ("KNB", "National Security
  Committee", "КНБ", "Комитет национальной безопасности"…);
* courts by their shape: capitalised words ending in "Court" ("the Medeu District Court of
  Almaty"), and in Russian an adjective phrase before "суд" in any case ("Медеуского
  районного суда" -> "Медеуский районный суд"), with the city after it where the text
  gives one. A Russian court's name is put in the nominative by rule; the form written in
  the text is kept in the claim's notes.

Every mention keeps its span; mentions of the same organisation are one organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from panah.core.catalogue import OrganisationKind
from panah.ingest.text import Span

__all__ = ["OrgDraft", "OrgMention", "find_organisations", "nominative_court"]


@dataclass(frozen=True, slots=True)
class OrgMention:
    span: Span
    written: str
    name: str
    """The name as the draft writes it (canonical for known organisations, the nominative
    for Russian courts, else as written)."""
    kind: OrganisationKind
    country: str | None
    key: str
    """Mentions with the same key are the same organisation."""


@dataclass(slots=True)
class OrgDraft:
    key: str
    kind: OrganisationKind
    country: str | None
    mentions: list[OrgMention] = field(default_factory=list)
    id: str = ""

    @property
    def names(self) -> list[OrgMention]:
        """The distinct names, first mention of each."""
        seen: dict[str, OrgMention] = {}
        for m in self.mentions:
            seen.setdefault(m.name, m)
        return list(seen.values())


@dataclass(frozen=True, slots=True)
class _Known:
    key: str
    kind: OrganisationKind
    country: str | None
    name_en: str
    name_ru: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _known() -> tuple[_Known, ...]:
    raw = resources.files("panah.ingest").joinpath("data/organisations.tsv").read_text("utf-8")
    out = []
    header = True
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ValueError(f"organisations.tsv:{n}: expected 7 tab-separated columns")
        key, kind, country, name_en, name_ru, pat_en, pat_ru = (c.strip() for c in cols)
        try:
            okind = OrganisationKind(kind)
        except ValueError:
            raise ValueError(f"organisations.tsv:{n}: unknown organisation kind {kind!r}") from None
        patterns = "|".join(p for p in (pat_en, pat_ru) if p)
        # Abbreviations (all capitals) keep their case; words do not.
        out.append(
            _Known(
                key,
                okind,
                country or None,
                name_en,
                name_ru or name_en,
                re.compile(rf"(?<![\w-])(?:{patterns})(?![\w])"),
            )
        )
    return tuple(out)


_COURT_EN = re.compile(
    # the words before "Court" on its own line: a byline or a heading above is no part of it
    # ("By Kerem Aydın\n\nTurkey's Constitutional Court")
    r"(?P<name>(?:(?:[A-Z][\w'’-]+|of|for|and|on)[ \t]+){0,6}?(?:[A-Z][\w'’-]+[ \t]+)"
    r"(?:Court|Tribunal)(?:\s+of\s+(?:Appeals?|Justice|Cassation))?"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w-]+)(?:\s+(?:Region|City|Oblast))?)?)"
)
_EN_LEAD = re.compile(r"^(?:(?:The|A|An|In|On|At|By|From|Of|For|And)\s+)+")

_ADJ_RU = r"[А-ЯЁа-яё-]+(?:ого|ому|ым|ом|ый|ий|ой|ая|его|ему|им|ем)"
_COURT_RU = re.compile(
    rf"(?<![\w-])(?P<adjs>(?:{_ADJ_RU}\s+){{1,4}})(?P<noun>суд(?:а|е|ом|у)?)(?![\w])"
    r"(?P<city>\s+(?:г\.\s*|города\s+)?(?:Алматы|Астаны|Нур-Султана|Шымкента|Караганды|"
    r"Талдыкоргана|Усть-Каменогорска|Семея|Жаркента|Алматинской\s+области|"
    r"Восточно-Казахстанской\s+области))?",
)
_COURT_DISTRICT_RU = re.compile(
    r"(?<![\w-])[Сс]уд(?:а|е|ом|у)?\s+(?P<rest>[А-ЯЁ][\w-]+\s+района(?:\s+(?:г\.\s*|города\s+)?"
    r"[А-ЯЁ][\w-]+)?)"
)
_NOMINATIVE_STRESSED = {"областн": "ой", "городск": "ой", "окружн": "ой", "войсков": "ой"}
_ADJ_ENDINGS = ("ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ый", "ий", "ой")
_CITY_GENITIVE = re.compile(r"(?:г\.\s*|города\s+)")


def nominative_court(adjectives: list[str], noun: str = "суд", city: str = "") -> str:
    """ "Медеуского районного" + "суда" -> "Медеуский районный суд" (a court's name in the
    nominative; the city after it stays in the genitive, as it is written)."""
    out = []
    for word in adjectives:
        low = word.lower()
        stem = next((low[: -len(e)] for e in _ADJ_ENDINGS if low.endswith(e)), low)
        ending = next((v for k, v in _NOMINATIVE_STRESSED.items() if stem.endswith(k)), None)
        if ending is None:
            ending = "ий" if stem.endswith(("к", "г", "х", "ж", "ш", "ч", "щ", "н" + "ь")) else "ый"
        base = word[: len(stem)] + ending
        out.append(base)
    name = " ".join(out) + " суд"
    name = name[0].upper() + name[1:]
    if city:
        name += " " + city.strip()
    return name


def find_organisations(text: str, lang: str) -> list[OrgDraft]:
    """The organisations named in ``text``, each with its mentions, in order of first
    mention."""
    mentions: list[OrgMention] = []
    for k in _known():
        for m in k.pattern.finditer(text):
            name = k.name_ru if lang == "ru" else k.name_en
            mentions.append(
                OrgMention(Span(m.start(), m.end()), m.group(), name, k.kind, k.country, k.key)
            )
    if lang == "ru":
        for m in _COURT_DISTRICT_RU.finditer(text):
            name = "Суд " + m["rest"]
            key = "court:" + re.sub(r"\W+", " ", name.lower()).strip()
            span = Span(m.start(), m.end())
            mentions.append(OrgMention(span, m.group(), name, OrganisationKind.COURT, "KZ", key))
        for m in _COURT_RU.finditer(text):
            adjs = m["adjs"].split()
            city = m["city"] or ""
            name = nominative_court(adjs, m["noun"], city)
            span = Span(m.start("adjs"), m.end())
            key = "court:" + re.sub(r"\W+", " ", name.lower()).strip()
            mentions.append(
                OrgMention(span, text[span.start : span.end], name, OrganisationKind.COURT,
                           "KZ", key)
            )  # fmt: skip
    else:
        for m in _COURT_EN.finditer(text):
            written = m["name"]
            lead = _EN_LEAD.match(written)
            start = m.start("name") + (lead.end() if lead else 0)
            written = text[start : m.end("name")]
            if len(written.split()) < 2:
                continue
            key = "court:" + re.sub(r"\W+", " ", written.lower()).strip()
            mentions.append(
                OrgMention(Span(start, m.end("name")), written, written, OrganisationKind.COURT,
                           None, key)
            )  # fmt: skip
    # longest first where mentions overlap
    chosen: list[OrgMention] = []
    for om in sorted(mentions, key=lambda x: (-len(x.span), x.span.start)):
        if not any(om.span.overlaps(c.span) for c in chosen):
            chosen.append(om)
    chosen.sort(key=lambda x: x.span.start)
    orgs: dict[str, OrgDraft] = {}
    for om in chosen:
        org = orgs.setdefault(om.key, OrgDraft(om.key, om.kind, om.country))
        org.mentions.append(om)
    return list(orgs.values())
