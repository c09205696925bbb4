"""From a text to a draft case file: the source, people, events and claims it reports.

:func:`draft_case` is pure: it takes the text, its language, what is known of the source and
(optionally) a library backend, and returns a :class:`Draft` whose ``case`` is a dict in the
case-file format. The draft loads with :func:`panah.core.casefile.parse_case` as it is when
the text names at least one person; it is still a draft: every claim needs a person to
accept, edit or reject it. ``review`` lists what the reviewer should look at first: dates
left undetermined, dates no event took, guesses.

Every claim carries a locator whose ``span`` is ``[start, end)`` into the text and whose
``quote`` is exactly ``text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from panah.core.case import FORMAT_VERSION, slug
from panah.core.catalogue import (
    Confidence,
    EventType,
    OrganisationKind,
    ProceedingKind,
    Role,
    SourceKind,
)
from panah.core.dates import FuzzyDate
from panah.ingest.backends import Backend, NoBackend
from panah.ingest.datescan import scan
from panah.ingest.datetext import Resolved, chat_stamp, resolve, timestamp, update_stamp
from panah.ingest.events import EventDraft, assemble, find_triggers, removals_on_extradition
from panah.ingest.footnotes import footnotes, in_notes, refine
from panah.ingest.gazetteer import PlaceMention, find_places
from panah.ingest.organisations import OrgDraft, find_organisations
from panah.ingest.people import (
    PersonDraft,
    RelativeDraft,
    assign_roles,
    cluster,
    find_ages,
    find_names,
    find_relatives,
    genitive_owners,
)
from panah.ingest.proceedings import (
    TITLES,
    find_case_numbers,
    find_citizenship,
    find_ethnicity,
    find_penalties,
    group_proceedings,
)
from panah.ingest.refuted import refuted
from panah.ingest.text import Sentence, Span, quote_span, sentences

__all__ = ["Draft", "ReviewItem", "SourceMeta", "detect_lang", "draft_case"]


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What is known about the source besides its text (from ``--source-meta``)."""

    id: str = "S1"
    kind: str = SourceKind.NEWS_ARTICLE.value
    title: str | None = None
    date: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewItem:
    span: tuple[int, int] | None
    quote: str | None
    message: str

    def to_json(self) -> dict[str, Any]:
        return {
            "span": list(self.span) if self.span else None,
            "quote": self.quote,
            "message": self.message,
        }


@dataclass(slots=True)
class Draft:
    case: dict[str, Any]
    review: list[ReviewItem] = field(default_factory=list)
    backend: str = "rules"
    lang: str = "en"

    @property
    def complete(self) -> bool:
        """True when the draft has what the case-file format requires (a person)."""
        return bool(self.case.get("people"))


_CYR = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LAT = re.compile(r"[A-Za-z]")
_KK_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def detect_lang(text: str) -> str:
    """ru when most letters are Cyrillic, else en."""
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    return "ru" if cyr > lat else "en"


def _words(text: str) -> list[str]:
    return text.split()


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        _words(
            "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya "
            "a g q n o u u h i"
        ),
        strict=True,
    )
)


def _ascii(text: str) -> str:
    out = []
    for ch in text.lower():
        rep = _TRANSLIT.get(ch)
        out.append(ch if rep is None else ("" if rep == "-" else rep))
    return slug("".join(out))


class _Ids:
    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken: set[str] = set(taken or ())

    def new(self, base: str) -> str:
        base = base[:56].strip("-") or "x"
        ident, n = base, 2
        while ident in self.taken:
            ident, n = f"{base}-{n}", n + 1
        self.taken.add(ident)
        return ident


def _locator(text: str, span: Span) -> dict[str, Any]:
    q = quote_span(text, span)
    return {"span": [q.start, q.end], "quote": text[q.start : q.end]}


def _script_lang(value: str, text_lang: str) -> tuple[str, str]:
    if _CYR.search(value):
        return "Cyrl", "kk" if _KK_LETTERS.search(value) else "ru"
    return "Latn", "en" if text_lang == "en" else f"{text_lang}-Latn"


_LABELS = {t: t.value.replace("_", " ").capitalize() for t in EventType}
_SIDE = {Role.LAWYER, Role.OFFICIAL, Role.JOURNALIST, Role.FAMILY_MEMBER}
_CLIENT_EVENTS_EXCLUDED = {EventType.OFFICIAL_STATEMENT, EventType.NGO_APPEAL}
_PERSON_ACTS = {
    EventType.APPEAL_FILED,
    EventType.ASYLUM_APPLICATION_FILED,
    EventType.ASYLUM_WISH_EXPRESSED,
    EventType.REFUGEE_STATUS_EXTENSION_APPLIED,
    EventType.DEPARTURE_HOME,
    EventType.BORDER_CROSSING_AT_CHECKPOINT,
    EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT,
    EventType.ARRIVAL,
    EventType.PRESENTATION_TO_AUTHORITIES,
    EventType.DEPARTURE_FROM_HOST,
    EventType.RELATIVE_PERSECUTED,
}
_AUTHOR_EVENTS = {
    EventType.OFFICIAL_STATEMENT,
    EventType.NGO_APPEAL,
    EventType.PRESS_CONFERENCE,
    EventType.PUBLIC_APPEAL,
    EventType.UN_COMMUNICATION_SENT,
}
_FIRST_PERSON = {
    "en": re.compile(r"\b(?:I|me|my|we|us|our)\b"),
    "ru": re.compile(r"(?<![\w])(?:я|меня|мне|мной|мы|нас|нам|мой|моя|моего|мою)(?![\w])", re.I),
}
_PLURAL = {
    "en": re.compile(
        r"\b(?:they|them|their|both|the\s+two|the\s+men|the\s+women|the\s+couple)\b", re.I
    ),
    "ru": re.compile(r"(?<![\w])(?:они|их|им|ими|оба|обоих|обе|мужчины|мужчин)(?![\w])", re.I),
}
_BORN = {
    "en": re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.I),
    "ru": re.compile(r"родил(?:ся|ась|ись)\s+(?:в\s+)?$", re.I),
}


def draft_case(
    text: str,
    *,
    lang: str | None = None,
    meta: SourceMeta | None = None,
    drafted_on: dt.date | None = None,
    backend: Backend | None = None,
    classifier: bool = True,
    titles: str = "en",
) -> Draft:
    """Draft a case file from ``text`` (see the module docstring). With ``classifier`` (the
    default), the learned event classifier (:mod:`panah.ingest.classify`) adds an event, with
    low confidence and a note saying so, for a date the rules left without one. ``titles``: the
    language of the titles the draft gives its events and proceedings ("en": the catalogue's
    English, as the CLI writes them; "ru", "kk": the catalogue's labels in that language, as the
    web app's review page in that language drafts them); the quoted clause stays as written."""
    meta = meta or SourceMeta()
    lang = lang or meta.lang or detect_lang(text)
    backend = backend or NoBackend()
    article = FuzzyDate.parse(meta.date) if meta.date else None
    review: list[ReviewItem] = []

    def note(span: Span | None, message: str) -> None:
        if span is None:
            review.append(ReviewItem(None, None, message))
        else:
            q = quote_span(text, span)
            review.append(ReviewItem((q.start, q.end), text[q.start : q.end], message))

    if isinstance(backend, NoBackend) and backend.missing:
        note(None, backend.missing)
    if article is None:
        note(None, "the source has no date: relative dates ('last October') stay undetermined")

    sents = sentences(text)
    places = find_places(text)
    mentions = scan(text, lang, sents, library=backend.dates)
    resolved = resolve(mentions, article, text)
    dates = [
        d
        for d in resolved
        if not _dateline(text, d.mention.span) and not timestamp(text, d.mention.span)
    ]
    dates = _without_restated_days(text, dates)
    # a chat's messages, a post's updates: the stamp of each dates the undated events the
    # message or update tells
    stamps = [
        d
        for d in resolved
        if chat_stamp(text, d.mention.span) or update_stamp(text, d.mention.span)
    ]
    date_spans = [d.mention.span for d in dates]
    names = [
        n
        for n in find_names(text, sents, places, lang=lang, model=backend.names(text))
        if not any(n.span.overlaps(s) for s in date_spans)
    ]
    orgs = find_organisations(text, lang)
    org_spans = [m.span for o in orgs for m in o.mentions]
    names = [n for n in names if not any(n.span.overlaps(s) for s in org_spans)]
    # "Муж Нурахметовой Серикболат": a genitive surname before a relative's name says whose
    # relative it is; the two words are not one name (the relative is found with its owner)
    owners = genitive_owners(text, lang)
    names = [n for n in names if not any(n.span.overlaps(s) and n.span != s for s in owners)]
    people = cluster(names, text)
    assign_roles(people, text)
    hits = find_triggers(text, sents, lang)
    # a date of birth ("1987 года рождения", "1984 г.р.", "born 11.06.1988") is a person's,
    # no event's
    done = [
        d for d in dates if not _future(text, d.mention.span) and not _birth(text, d.mention.span)
    ]
    # a fact-check's quoted wrong date ("CLAIM: 'He was detained on 3 August.' VERDICT: Wrong",
    # "not in 2017, as several outlets wrote"): the date of no event
    for d in [d for d in done if refuted(text, d.mention.span)]:
        note(d.mention.span, f"a date ({d.value}) the text quotes to refute it: no event")
        done.remove(d)
    # an academic text's footnotes: their dates are of the documents they cite, no event's;
    # a note's exact day refines the event its marker follows
    notes = footnotes(text)
    noted = [d for d in done if in_notes(notes, d.mention.span)]
    done = [d for d in done if d not in noted]
    # the day under a statement's heading ("Москва, 3 декабря 2025 года") dates the calls it
    # makes in the present tense
    dateline = next(
        (
            d
            for d in resolved
            if _dateline(text, d.mention.span) and d.value is not None and len(d.value) == 10
        ),
        None,
    )
    events, event_review = assemble(text, sents, lang, hits, done, places, stamps, dateline)
    refine(notes, noted, events, sents)
    added: list[EventDraft] = []
    if classifier:
        # imported here so that ``python -m panah.ingest.classify`` runs a module not yet imported
        from panah.ingest.classify import add_events, shipped_model

        added = add_events(text, sents, lang, done, events, model=shipped_model())
        removals_on_extradition(text, [*events, *added])
    guessed = {e.date.mention.span: e for e in added if e.date is not None}
    for span, message in event_review:
        if span not in guessed:
            note(span, message)
    for span, e in guessed.items():
        note(
            span,
            f"a date ({e.date.value if e.date else ''}) the rules gave no event: "
            f"{'; '.join(e.notes)}, {e.type.value}: check",
        )
    events = sorted([*events, *added], key=lambda e: e.trigger.span.start)

    ids = _Ids({meta.id})
    for p in people:
        words = p.variants()[0].normal.split()
        first = words[-1] if len(words[0].rstrip(".")) == 1 else words[0]
        p.id = ids.new("p-" + (_ascii(first) or "person"))
    if meta.kind == SourceKind.TESTIMONY.value and not any(p.narrator for p in people):
        # a testimony is told by its first named person unless the text says otherwise
        teller = next((p for p in people if not (p.roles & _SIDE)), None)
        if teller is not None and _FIRST_PERSON[lang].search(text):
            teller.narrator = True
    _participants(text, lang, sents, people, events)
    for p in people:
        if not p.roles:
            p.roles.add(Role.OTHER)

    builder = _Builder(text, lang, meta, article, ids, titles=titles)
    person_dicts = [builder.person(p) for p in people]
    by_id = {p.id: d for p, d in zip(people, person_dicts, strict=True)}
    builder.ages(people, by_id, find_relatives(text, lang))
    builder.births(people, by_id, dates, sents)
    builder.relatives(people, by_id, find_relatives(text, lang), sents, places)
    builder.person_facts(people, by_id)
    org_dicts = [builder.organisation(o) for o in orgs]
    event_dicts = [builder.event(e) for e in events]
    builder.authorities(events, event_dicts, orgs, sents)
    builder.penalties(events, event_dicts, sents)
    proceeding_dicts = builder.proceedings(events, event_dicts, people, orgs, sents, note)

    if not people:
        note(None, "no person was found: add the person the text is about before saving")
    title = meta.title or _first_line(text)
    case: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "id": "draft-" + (_ascii(title)[:40].strip("-") or "text"),
        "title": f"Draft from: {title}",
        "status": "open",
        "people": person_dicts,
        "sources": [builder.source(title)],
        "claims": builder.claims,
        "events": event_dicts,
    }
    if org_dicts:
        case["organisations"] = org_dicts
    if proceeding_dicts:
        case["proceedings"] = proceeding_dicts
    if drafted_on is not None:
        case["notes"] = [
            {
                "date": drafted_on.isoformat(),
                "author": "panah ingest",
                "text": f"Drafted from source {meta.id} by panah ingest ({backend.name}). "
                "Every person, event and claim is a suggestion: check each against the text.",
            }
        ]
    return Draft(case, review, backend.name, lang)


_DATELINE_BEFORE = re.compile(r"^[A-ZА-ЯЁ][\w .'’-]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|—|–|-|\.|$)")


_FUTURE_BEFORE = re.compile(
    r"(?:\b(?:scheduled|set|due|planned|listed|fixed|adjourned|postponed|deferred)\s+(?:for|on|to|until|till)|"
    r"\b(?:will|shall)\s+(?:\w+\s+){0,3}?(?:on|in|by)|\bdeadline\s+(?:of|is)|"
    r"(?<![\w])(?:назначен\w*|запланирован\w*|перенесен\w*|перенес[её]н\w*|отложен\w*)\s+(?:на|до)|"
    r"(?<![\w])(?:состоится|пройд[её]т|срок\s+(?:\S+\s+)?до))\s+(?:(?:the|next|this|a|an|около|ближайш\w+)\s+)?$",
    re.IGNORECASE,
)


def _future(text: str, span: Span) -> bool:
    """A date told as what is still to come ("a hearing is scheduled for 2 July", "заседание
    назначено на 25 мая", "will be heard on …"): no event has happened on it."""
    return bool(_FUTURE_BEFORE.search(text[max(0, span.start - 60) : span.start]))


_BIRTH_AFTER = re.compile(
    r"[ \t]*(?:(?:(?:года|году|г\.)[ \t]+)?рождения|г\.[ \t]?р\.|гр\.|года[ \t]+р\.)",
    re.IGNORECASE,
)


def _birth(text: str, span: Span) -> bool:
    """A date of birth: "born (on) …", "родился …" before it, or "года рождения", "г.р."
    after it."""
    before = text[max(0, span.start - 25) : span.start]
    if _BORN["en"].search(before) or _BORN["ru"].search(before):
        return True
    return bool(_BIRTH_AFTER.match(text, span.end))


# "today, 16.02.2026", "сегодня, 7 октября", "вчера вечером, 4 октября": a day said by a
# relative word, then restated by its date right after a comma
_RESTATED = re.compile(
    r"(?:[ \t]+(?:in\s+the\s+)?(?:утром|днём|днем|вечером|ночью|morning|afternoon|evening|night))?"
    r"[ \t]*,[ \t]*(?:(?:on|the)[ \t]+)?$",
    re.IGNORECASE,
)


def _without_restated_days(text: str, dates: list[Resolved]) -> list[Resolved]:
    """The relative day of "today, 16.02.2026" is the day its date restates: only the date
    dates the event (counted from the page's date, the relative word may be another day)."""
    out = []
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if (
            nxt is not None
            and d.mention.expr.kind == "article"
            and nxt.mention.expr.kind == "absolute"
            and nxt.mention.expr.parts.day is not None
            and nxt.mention.span.start - d.mention.span.end <= 24
            and _RESTATED.match(text[d.mention.span.end : nxt.mention.span.start])
        ):
            continue
        out.append(d)
    return out


def _dateline(text: str, span: Span) -> bool:
    """The date of a news dateline ("ALMATY, March 14 (Fictional News) —", "Конаев,
    9 февраля 2024 года."): when the article was written, not when anything happened."""
    if span.start > 300:
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _DATELINE_BEFORE.match(text[line_start : span.start])
        and _DATELINE_AFTER.match(text[span.end : line_end])
    )


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "untitled text")
    return line if len(line) <= 100 else line[:97].rsplit(" ", 1)[0] + "…"


def _participants(
    text: str,
    lang: str,
    sents: Sequence[Sentence],
    people: Sequence[PersonDraft],
    events: Sequence[EventDraft],
) -> None:
    narrator = next((p for p in people if p.narrator), None)
    side = {Role.LAWYER, Role.OFFICIAL, Role.JOURNALIST, Role.FAMILY_MEMBER}
    last: list[str] = []
    # the people named together most recently: "they", "both men", "оба" refer to them
    groups: list[tuple[int, list[str]]] = []
    for sent in sents:
        named = [
            p.id
            for p in people
            if not (p.roles & side) and any(sent.span.covers(m.span) for m in p.mentions)
        ]
        if len(named) > 1:
            groups.append((sent.span.start, named))
    for e in sorted(events, key=lambda x: x.trigger.span.start):
        sent = sents[e.trigger.sentence]
        here = [p for p in people if any(sent.span.covers(m.span) for m in p.mentions)]
        if e.type == EventType.OFFICIAL_STATEMENT:
            e.participants = [p.id for p in here if Role.OFFICIAL in p.roles] or [
                p.id for p in here
            ]
            continue
        subjects = [p.id for p in here if not (p.roles & side)]
        if not subjects and narrator is not None and _FIRST_PERSON[lang].search(sent.text(text)):
            subjects = [narrator.id]
        if not subjects and e.type not in _CLIENT_EVENTS_EXCLUDED:
            group = [g for start, g in groups if start <= e.trigger.span.start]
            if group and _PLURAL[lang].search(sent.text(text)):
                subjects = list(group[-1])
            else:
                subjects = list(last)
        if e.relative:
            e.notes.append("about a relative (see the person's relatives)")
        e.participants = subjects
        if subjects:
            last = subjects
    clients = {
        pid
        for e in events
        if e.type not in _CLIENT_EVENTS_EXCLUDED and not e.relative
        for pid in e.participants
    }
    for p in people:
        if p.id in clients and not (p.roles & side):
            p.roles.add(Role.CLIENT)


_ANSWER_LINES = re.compile(r"^\s*(?:—|–|A:|Q:|Ответ:|Вопрос:)", re.MULTILINE)


@dataclass
class _Builder:
    text: str
    lang: str
    meta: SourceMeta
    article: FuzzyDate | None
    ids: _Ids
    titles: str = "en"
    claims: list[dict[str, Any]] = field(default_factory=list)

    def label(self, value: EventType | ProceedingKind) -> str:
        """The start of a drafted title: the catalogue's label in ``titles``' language."""
        if self.titles == "en":
            return _LABELS[value] if isinstance(value, EventType) else TITLES[value]
        from panah.law.labels import label  # the law packs' catalogue, loaded only for this

        text = label(value, lang=self.titles)
        return text[:1].upper() + text[1:]  # a title's first word, as the English ones

    def claim(
        self,
        subject: str,
        prop: str,
        value: Any,
        span: Span | None,
        *,
        confidence: Confidence = Confidence.MEDIUM,
        notes: str | None = None,
        as_of: str | None = None,
    ) -> str:
        ident = self.ids.new(
            f"c-{subject.removeprefix('p-').removeprefix('ev-')}-{prop.replace('_', '-')}"
        )
        c: dict[str, Any] = {
            "id": ident,
            "subject": subject,
            "property": prop,
            "value": value,
            "source": self.meta.id,
            "confidence": confidence.value,
        }
        if as_of is not None:
            c["as_of"] = as_of
        if span is not None:
            c["locator"] = _locator(self.text, span)
        if notes:
            c["notes"] = notes[:500]
        self.claims.append(c)
        return ident

    def source(self, title: str) -> dict[str, Any]:
        s: dict[str, Any] = {"id": self.meta.id, "kind": self.meta.kind, "title": title}
        for key in ("publisher", "author", "date", "url"):
            value = getattr(self.meta, key)
            if value:
                s[key] = value
        s["lang"] = self.lang
        return s

    def person(self, p: PersonDraft) -> dict[str, Any]:
        names = []
        claims = []
        for i, m in enumerate(p.variants()):
            script, lang = _script_lang(m.normal, self.lang)
            cid = self.claim(
                p.id,
                "name",
                m.normal,
                m.span,
                confidence=Confidence.HIGH,
                notes=None if m.normal == m.written else f"written {m.written!r} in the text",
            )
            claims.append(cid)
            nv: dict[str, Any] = {
                "value": m.normal,
                "script": script,
                "lang": lang,
                "kind": "press",
                "claims": [cid],
            }
            if i == 0:
                nv["preferred"] = True
            names.append(nv)
        order = [
            Role.CLIENT,
            Role.LAWYER,
            Role.OFFICIAL,
            Role.JOURNALIST,
            Role.FAMILY_MEMBER,
            Role.OTHER,
        ]
        roles = [r.value for r in order if r in p.roles] or [Role.OTHER.value]
        return {"id": p.id, "roles": roles, "names": names, "claims": []}

    def _nearest_person(
        self, span: Span, people: Sequence[PersonDraft], *, within: int = 80
    ) -> PersonDraft | None:
        best: tuple[int, PersonDraft] | None = None
        for p in people:
            for m in p.mentions:
                d = m.span.distance(span)
                if d <= within and (best is None or d < best[0]):
                    best = (d, p)
        return best[1] if best else None

    def ages(
        self,
        people: Sequence[PersonDraft],
        by_id: dict[str, dict[str, Any]],
        relatives: Sequence[RelativeDraft],
    ) -> None:
        if self.article is None:
            return
        for a in find_ages(self.text):
            if any(r.span.overlaps(a.span) or r.span.distance(a.span) <= 2 for r in relatives):
                continue
            p = self._nearest_person(a.span, people, within=40)
            if p is None:
                continue
            cid = self.claim(
                p.id,
                "age",
                a.age,
                a.span,
                as_of=self.article.text,
                notes=f"age as of the source's date ({self.article.text})",
            )
            by_id[p.id]["claims"].append(cid)

    def births(
        self,
        people: Sequence[PersonDraft],
        by_id: dict[str, dict[str, Any]],
        dates: Sequence[Resolved],
        sents: Sequence[Sentence],
    ) -> None:
        for d in dates:
            before = self.text[max(0, d.mention.span.start - 25) : d.mention.span.start]
            if d.value is None or not _BORN[self.lang].search(before):
                continue
            p = self._nearest_person(d.mention.span, people, within=120) or next(
                (x for x in people if x.narrator), None
            )
            if p is None:
                continue
            cid = self.claim(p.id, "birth_date", d.value, d.mention.span, confidence=d.confidence)
            by_id[p.id]["claims"].append(cid)

    def relatives(
        self,
        people: Sequence[PersonDraft],
        by_id: dict[str, dict[str, Any]],
        found: Sequence[RelativeDraft],
        sents: Sequence[Sentence],
        places: Sequence[PlaceMention],
    ) -> None:
        narrator = next((p for p in people if p.narrator), None)
        for r in found:
            owner: PersonDraft | None
            if r.owner == "narrator":
                # in an interview ("— …" answers), "my brother" is the interviewee's
                owner = narrator or (
                    next((p for p in people if Role.CLIENT in p.roles), None)
                    if len(_ANSWER_LINES.findall(self.text)) >= 2
                    else None
                )
            elif r.owner == "author":
                # "жена автора": the teller, or the first person the text is about
                owner = (
                    narrator
                    or next((p for p in people if Role.CLIENT in p.roles), None)
                    or next((p for p in people if not (p.roles & _SIDE)), None)
                )
            elif r.owner == "last":
                before = [
                    (m.span.start, p)
                    for p in people
                    for m in p.mentions
                    if m.span.end <= r.span.start and Role.CLIENT in p.roles
                ]
                if not before and not any(Role.CLIENT in p.roles for p in people):
                    # no one the events are of (a fact-check whose claims were all refuted):
                    # the person named last before, not a lawyer, official or reporter
                    before = [
                        (m.span.start, p)
                        for p in people
                        for m in p.mentions
                        if m.span.end <= r.span.start and not (p.roles & _SIDE)
                    ]
                owner = max(before, key=lambda x: x[0])[1] if before else None
            else:
                token = r.owner.casefold()
                owner = next((p for p in people if token in p.tokens()), None)
            if owner is None:
                continue
            rid = self.ids.new(f"r-{owner.id.removeprefix('p-')}-{slug(r.relation)}")
            rel: dict[str, Any] = {"id": rid, "relation": r.relation, "claims": []}
            rel["claims"].append(
                self.claim(rid, "relation", r.relation, r.span, confidence=Confidence.HIGH)
            )
            if r.name is not None:
                script, lang = _script_lang(r.name.normal, self.lang)
                cid = self.claim(
                    rid, "name", r.name.normal, r.name.span, confidence=Confidence.HIGH
                )
                rel["names"] = [
                    {
                        "value": r.name.normal,
                        "script": script,
                        "lang": lang,
                        "kind": "press",
                        "claims": [cid],
                    }
                ]
                rel["claims"].append(cid)
            if r.age is not None and self.article is not None:
                rel["age"] = r.age
                rel["age_as_of"] = self.article.text
                rel["claims"].append(self.claim(rid, "age", r.age, r.span, as_of=self.article.text))
            sent = next((s for s in sents if s.span.covers(r.span)), None)
            if sent is not None:
                here = [
                    pl
                    for pl in places
                    if sent.span.covers(pl.span) and pl.span.start > r.span.start
                ]
                if here:
                    pl = here[0]
                    rel["location"] = pl.place.name
                    rel["claims"].append(self.claim(rid, "location", pl.place.name, pl.span))
            by_id[owner.id].setdefault("relatives", []).append(rel)

    def person_facts(self, people: Sequence[PersonDraft], by_id: dict[str, dict[str, Any]]) -> None:
        """Citizenship and ethnicity, given to the person named nearest."""
        facts = [*find_citizenship(self.text, self.lang), *find_ethnicity(self.text, self.lang)]
        for f in sorted(facts, key=lambda f: f.span.start):
            p = self._nearest_person(f.span, people, within=60)
            if p is None:
                continue
            cid = self.claim(p.id, f.property, f.value, f.span)
            by_id[p.id]["claims"].append(cid)

    def organisation(self, o: OrgDraft) -> dict[str, Any]:
        base = o.key if not o.key.startswith("court:") else _ascii(o.names[0].name)[:40]
        o.id = self.ids.new("o-" + (base.strip("-") or "organisation"))
        names = []
        for i, m in enumerate(o.names):
            script, lang = _script_lang(m.name, self.lang)
            conf = Confidence.HIGH if not o.key.startswith("court:") else Confidence.MEDIUM
            cid = self.claim(
                o.id,
                "name",
                m.name,
                m.span,
                confidence=conf,
                notes=None if m.name == m.written else f"written {m.written!r} in the text",
            )
            nv: dict[str, Any] = {
                "value": m.name,
                "script": script,
                "lang": lang,
                "kind": "press",
                "claims": [cid],
            }
            if i == 0:
                nv["preferred"] = True
            names.append(nv)
        out: dict[str, Any] = {"id": o.id, "kind": o.kind.value, "names": names}
        if o.country:
            out["country"] = o.country
        return out

    def authorities(
        self,
        events: Sequence[EventDraft],
        event_dicts: list[dict[str, Any]],
        orgs: Sequence[OrgDraft],
        sents: Sequence[Sentence],
    ) -> None:
        """The organisation named in an event's sentence, nearest its trigger, takes part in
        it: as the authority that acted, or as the author of an appeal or a statement."""
        for e, d in zip(events, event_dicts, strict=True):
            sent = sents[e.trigger.sentence]
            here = [
                (m.span.distance(e.trigger.span), o, m)
                for o in orgs
                for m in o.mentions
                if sent.span.covers(m.span)
            ]
            if not here:
                continue
            _dist, org, _m = min(here, key=lambda x: x[0])
            if e.type in _AUTHOR_EVENTS:
                role = "author"
            elif e.type in _PERSON_ACTS or org.kind in (
                OrganisationKind.NGO,
                OrganisationKind.MEDIA,
            ):
                continue  # the person acted (applied, appealed, crossed), not the body
            else:
                role = "authority"
            d["participants"].append({"who": org.id, "role": role})

    def penalties(
        self,
        events: Sequence[EventDraft],
        event_dicts: list[dict[str, Any]],
        sents: Sequence[Sentence],
    ) -> None:
        """The penalty of a verdict or a fine, told in its sentence."""
        for e, d in zip(events, event_dicts, strict=True):
            if e.type not in (EventType.VERDICT, EventType.SENTENCE, EventType.FINE):
                continue
            for f in find_penalties(self.text, sents[e.trigger.sentence].span, self.lang):
                if e.type == EventType.FINE and f.property != "amount":
                    continue  # a fine's penalty is the fine: only its amount tells more
                self.claim(d["id"], f.property, f.value, f.span)

    def proceedings(
        self,
        events: Sequence[EventDraft],
        event_dicts: list[dict[str, Any]],
        people: Sequence[PersonDraft],
        orgs: Sequence[OrgDraft],
        sents: Sequence[Sentence],
        note: Any,
    ) -> list[dict[str, Any]]:
        """Proceedings grouped from the drafted events (see :mod:`panah.ingest.proceedings`)."""
        groups = group_proceedings(
            [e.type for e in events],
            [e.trigger.span.start for e in events],
            [e.relative for e in events],
        )
        person_ids = {p.id for p in people}
        org_by_id = {o.id: o for o in orgs}
        out: list[dict[str, Any]] = []
        for g in groups:
            ident = self.ids.new("pr-" + g.kind.value.replace("_", "-"))
            steps = [event_dicts[i] for i in g.steps]
            concerns: list[str] = []
            authority = None
            for d in steps:
                for part in d["participants"]:
                    who = part["who"]
                    if who in person_ids and who not in concerns:
                        concerns.append(who)
                    elif authority is None and part["role"] == "authority" and who in org_by_id:
                        authority = who
            pr: dict[str, Any] = {
                "id": ident,
                "kind": g.kind.value,
                "title": self.label(g.kind),
                "steps": [d["id"] for d in steps],
                "notes": "grouped from the drafted events: check",
            }
            if concerns:
                pr["concerns"] = concerns
            if authority is not None:
                pr["authority"] = authority
            if g.appeals is not None:
                pr["_appeals"] = g.appeals
            out.append(pr)
        for pr in out:
            index = pr.pop("_appeals", None)
            if index is not None:
                pr["relations"] = [{"kind": "appeals", "proceeding": out[index]["id"]}]
        # case numbers: in the sentence of a criminal step, else anywhere for the reviewer
        criminal = next((pr for pr in out if pr["kind"] == "criminal"), None)
        for sent in sents:
            for f in find_case_numbers(self.text, sent.span):
                if criminal is not None and "number" not in criminal:
                    criminal["number"] = f.value
                    cid = self.claim(criminal["id"], f.property, f.value, f.span)
                    criminal.setdefault("claims", []).append(cid)
                else:
                    note(f.span, f"a case number ({f.value}) for no drafted proceeding")
        return out

    def event(self, e: EventDraft) -> dict[str, Any]:
        eid = self.ids.new("ev-" + e.type.value.replace("_", "-"))
        sent_span = e.trigger.span
        clause = self.text[sent_span.start : sent_span.end].strip()
        title = f"{self.label(e.type)}: “{clause}”"
        notes = list(e.notes)
        if e.type_guessed:
            notes.append("type guessed from weak clues: check")
        if e.date is not None and e.date.value is not None:
            d = e.date
            value: str = e.date.value
            conf = d.confidence
            how = d.how if d.how not in ("as written", "range as written") else None
            if e.date_shared:
                conf = Confidence.MEDIUM if conf == Confidence.HIGH else Confidence.LOW
                how = (
                    how + "; " if how else ""
                ) + "the date is said once for several events in the sentence"
            if e.trigger.weak or e.type_guessed:
                conf = Confidence.LOW
            end = e.end
            if end is not None and end.value is not None and "/" not in value:
                try:
                    FuzzyDate.parse(f"{value}/{end.value}")
                    value = f"{value}/{end.value}"
                except ValueError:
                    pass
            span = d.mention.span
            union = span.union(e.trigger.span)
            if len(union) <= 160:
                span = union
            self.claim(eid, "date", value, span, confidence=conf, notes=how)
            if "/" in value:
                end_text = value.partition("/")[2]
                end_span = end.mention.span if end is not None else d.mention.span
                self.claim(eid, "end_date", end_text, end_span, confidence=conf)
        elif e.end is not None and e.end.value is not None:
            self.claim(
                eid, "end_date", e.end.value, e.end.mention.span, confidence=e.end.confidence
            )
        for detail in e.details:
            self.claim(
                eid,
                detail.property,
                detail.value,
                detail.span,
                confidence=detail.confidence,
                notes=detail.notes,
            )
        out: dict[str, Any] = {
            "id": eid,
            "type": e.type.value,
            "title": title[:200],
            "participants": [{"who": pid, "role": "subject"} for pid in e.participants],
        }
        if notes:
            out["notes"] = "; ".join(notes)
        return out
