"""The case file: people, sources, claims, events, proceedings (pure domain, no Django).

These models *are* the case-file format: ``panah schema`` prints their JSON Schema, and a
YAML or JSON case file is validated against them (:mod:`panah.core.casefile`). They are
frozen: a change to a case is a new value, made by a service that records it.

Every entity has an ``id`` unique across the whole case, so a claim's ``subject`` can name a
person, an event, a proceeding, an organisation or a relative without saying which.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)

from panah.core.catalogue import (
    ClaimStatus,
    Confidence,
    Confidentiality,
    EventType,
    NameKind,
    OrganisationKind,
    ProceedingKind,
    ProceedingRelationKind,
    ProceedingStatus,
    RelativeStatus,
    Role,
    SourceKind,
)
from panah.core.dates import DateError, FuzzyDate
from panah.core.i18n import gettext as _

__all__ = [
    "FORMAT_VERSION",
    "ID_PATTERN",
    "Case",
    "Claim",
    "Event",
    "Locator",
    "NameVariant",
    "Note",
    "Organisation",
    "Participant",
    "Person",
    "Proceeding",
    "ProceedingRelation",
    "Relative",
    "Representation",
    "Source",
    "WorkingValue",
]

FORMAT_VERSION = "1.0"

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
Id = Annotated[
    str,
    Field(pattern=ID_PATTERN, description="An id unique within the case: letters, digits, _.:-"),
]


def _parse_date(value: Any) -> FuzzyDate:
    if isinstance(value, FuzzyDate):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return FuzzyDate.from_date(value)
    if not isinstance(value, str):
        raise ValueError(
            _("expected a date string such as 2019-10-06, got {value!r}").format(value=value)
        )
    try:
        return FuzzyDate.parse(value)
    except DateError as exc:
        raise ValueError(str(exc)) from exc


DateValue = Annotated[
    FuzzyDate,
    PlainValidator(_parse_date),
    PlainSerializer(lambda d: d.text, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "EDTF subset: YYYY, YYYY-MM, YYYY-MM-DD (optionally ~ ? %), "
            "ranges A/B, ../B (before), A/.. (after), or YYYY-MM-DDThh:mm+hh:mm",
            "pattern": r"^[0-9./~?%:TZ+-]+$",
            "examples": ["2019-10-06", "2019-10", "2013-03/2017-11", "2019-10~", "../2019-10"],
        }
    ),
]

Scalar = str | int | float | bool | None


def _check_scalar(value: Any) -> Scalar | list[Scalar]:
    def ok(v: Any) -> bool:
        return v is None or isinstance(v, str | int | float | bool)

    if ok(value):
        return value  # type: ignore[no-any-return]
    if isinstance(value, list | tuple) and all(ok(v) for v in value):
        return list(value)
    raise ValueError(
        _("a claim value must be text, a number, true/false, null or a list of those")
    )


ClaimValue = Annotated[
    Any,
    PlainValidator(_check_scalar),
    WithJsonSchema(
        {
            "description": "Text, a number, true/false, null, or a list of those. Dates use the "
            "date syntax; durations ISO 8601 (P4Y8M).",
            "anyOf": [
                {"type": ["string", "number", "integer", "boolean", "null"]},
                {"type": "array", "items": {"type": ["string", "number", "integer", "boolean"]}},
            ],
        }
    ),
]

ScriptCode = Annotated[
    str, Field(pattern=r"^[A-Z][a-z]{3}$", description="ISO 15924 script code: Cyrl, Latn, Arab…")
]
LanguageTag = Annotated[
    str,
    Field(
        pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        description="BCP 47 language tag: kk, ru, en, kk-Arab, zh-Hans, ug",
    ),
]
CountryCode = Annotated[
    str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code: KZ, CN")
]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, use_enum_values=False, validate_default=False
    )


class NameVariant(_Model):
    """One way a name is written, in one script, from one origin."""

    value: str = Field(min_length=1, description="The name exactly as written")
    script: ScriptCode
    lang: LanguageTag | None = None
    scheme: str | None = Field(
        default=None,
        description="Transliteration scheme if this is a transliteration: kk-latn-2021, "
        "bgn-pcgn, icao-9303, press-en, ru-latn, pinyin…",
    )
    kind: NameKind = NameKind.PRESS
    preferred: bool = False
    claims: tuple[Id, ...] = Field(default=(), description="Claims this spelling comes from")


class Relative(_Model):
    """A relative, usually left behind in the country of origin."""

    id: Id | None = None
    relation: str = Field(min_length=1, description="mother, wife, daughter, younger brother…")
    names: tuple[NameVariant, ...] = ()
    age: int | None = Field(default=None, ge=0, le=130)
    age_as_of: DateValue | None = None
    location: str | None = None
    status: RelativeStatus = RelativeStatus.UNKNOWN
    faces_reprisal: bool | None = None
    details: str | None = Field(default=None, description="Sensitive: encrypted at rest")
    claims: tuple[Id, ...] = ()


class Person(_Model):
    id: Id
    roles: tuple[Role, ...] = (Role.CLIENT,)
    names: tuple[NameVariant, ...] = Field(min_length=1)
    gender: Literal["female", "male", "other", "unknown"] = "unknown"
    birth_date: DateValue | None = None
    citizenship: tuple[CountryCode, ...] = ()
    ethnicity: str | None = None
    religion: str | None = None
    languages: tuple[LanguageTag, ...] = ()
    origin: str | None = Field(default=None, description="Place of origin")
    relatives: tuple[Relative, ...] = ()
    claims: tuple[Id, ...] = Field(default=(), description="Claims about this person")
    notes: str | None = None

    def display_name(self, script: str | None = None) -> str:
        pool = [n for n in self.names if script is None or n.script == script] or list(self.names)
        preferred = [n for n in pool if n.preferred]
        return (preferred or pool)[0].value


class Organisation(_Model):
    id: Id
    kind: OrganisationKind
    names: tuple[NameVariant, ...] = Field(min_length=1)
    country: CountryCode | None = None
    notes: str | None = None

    def display_name(self) -> str:
        preferred = [n for n in self.names if n.preferred]
        return (preferred or list(self.names))[0].value


class Source(_Model):
    id: Id
    kind: SourceKind
    title: str = Field(min_length=1)
    publisher: str | None = None
    author: str | None = None
    date: DateValue | None = Field(default=None, description="Publication or creation date")
    lang: LanguageTag | None = None
    url: str | None = None
    reference: str | None = Field(default=None, description="Archive or court reference")
    confidentiality: Confidentiality = Confidentiality.PUBLIC
    content_hash: str | None = Field(
        default=None,
        pattern=r"^sha256:[0-9a-f]{64}$",
        description="sha256 of the attached file, when one is attached",
    )
    notes: str | None = None


class Locator(_Model):
    """Where in a source a claim is found."""

    page: str | None = None
    section: str | None = None
    quote: str | None = Field(default=None, max_length=300, description="A few words, verbatim")
    span: tuple[int, int] | None = Field(
        default=None, description="Character offsets [start, end) into the source text"
    )
    timestamp: str | None = Field(
        default=None, pattern=r"^\d{1,2}:\d{2}(:\d{2})?$", description="Media time h:mm:ss"
    )


class Claim(_Model):
    """A statement of fact, as one source makes it."""

    id: Id
    subject: Id = Field(description="The id of a person, event, proceeding, organisation…")
    property: str = Field(min_length=1, description="See `panah properties`")
    value: ClaimValue
    as_of: DateValue | None = Field(
        default=None, description="When the value held (e.g. the date an age was given)"
    )
    source: Id
    locator: Locator | None = None
    confidence: Confidence = Confidence.MEDIUM
    status: ClaimStatus = ClaimStatus.ASSERTED
    notes: str | None = None


class WorkingValue(_Model):
    """The value the case team works with when claims disagree, and why."""

    subject: Id
    property: str
    value: ClaimValue
    claims: tuple[Id, ...] = Field(default=(), description="The claims that support it")
    chosen_by: str = Field(min_length=1)
    chosen_on: DateValue
    reason: str = Field(min_length=1)


class Participant(_Model):
    who: Id = Field(description="A person or organisation id")
    role: str = Field(min_length=1, description="subject, perpetrator, authority, lawyer…")


class Event(_Model):
    """Something that happened. Its date and details come from claims about it."""

    id: Id
    type: EventType
    title: str = Field(min_length=1)
    participants: tuple[Participant, ...] = ()
    claims: tuple[Id, ...] = Field(
        default=(), description="Claims the event rests on (besides claims with it as subject)"
    )
    notes: str | None = None


class ProceedingRelation(_Model):
    kind: ProceedingRelationKind
    proceeding: Id


class Proceeding(_Model):
    id: Id
    kind: ProceedingKind
    title: str = Field(min_length=1)
    concerns: tuple[Id, ...] = Field(default=(), description="The people it concerns")
    authority: Id | None = Field(default=None, description="An organisation id")
    number: str | None = None
    status: ProceedingStatus = ProceedingStatus.UNKNOWN
    steps: tuple[Id, ...] = Field(default=(), description="Event ids, in order")
    relations: tuple[ProceedingRelation, ...] = ()
    claims: tuple[Id, ...] = ()
    notes: str | None = None


class Representation(_Model):
    representative: Id = Field(description="A person (lawyer) or organisation id")
    clients: tuple[Id, ...] = Field(min_length=1)
    role: str = Field(default="lawyer", min_length=1)
    since: DateValue | None = None
    until: DateValue | None = None
    claims: tuple[Id, ...] = ()


class Note(_Model):
    date: DateValue
    author: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Case(_Model):
    """A protection case: one person or a group (co-defendants, a family)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "$id": f"https://panah.example/schema/case-file/{FORMAT_VERSION}",
            "title": f"Panah case file, format {FORMAT_VERSION}",
        },
    )

    format_version: Literal["1.0"] = Field(description="The case-file format version")
    id: Id
    title: str = Field(min_length=1)
    summary: str | None = None
    status: Literal["open", "monitoring", "closed"] = "open"
    jurisdictions: tuple[str, ...] = Field(
        default=(), description="Law packs that apply, e.g. ['intl', 'kz']"
    )
    opened: DateValue | None = None
    people: tuple[Person, ...] = Field(min_length=1)
    organisations: tuple[Organisation, ...] = ()
    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    working_values: tuple[WorkingValue, ...] = ()
    events: tuple[Event, ...] = ()
    proceedings: tuple[Proceeding, ...] = ()
    representation: tuple[Representation, ...] = ()
    notes: tuple[Note, ...] = ()

    # -- lookups ------------------------------------------------------------------------------
    def entities(self) -> Iterator[tuple[str, str, object]]:
        """Every id-carrying entity as (id, kind, entity)."""
        for p in self.people:
            yield p.id, "person", p
            for r in p.relatives:
                if r.id is not None:
                    yield r.id, "relative", r
        for o in self.organisations:
            yield o.id, "organisation", o
        for s in self.sources:
            yield s.id, "source", s
        for c in self.claims:
            yield c.id, "claim", c
        for e in self.events:
            yield e.id, "event", e
        for pr in self.proceedings:
            yield pr.id, "proceeding", pr

    def index(self) -> CaseIndex:
        return CaseIndex(self)


class CaseIndex:
    """Lookups over a case, built once (claims by subject, entities by id)."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.by_id: dict[str, tuple[str, object]] = {}
        for ident, kind, entity in case.entities():
            self.by_id.setdefault(ident, (kind, entity))
        self.sources = {s.id: s for s in case.sources}
        self.claims = {c.id: c for c in case.claims}
        self.claims_by_subject: dict[str, list[Claim]] = {}
        for c in case.claims:
            self.claims_by_subject.setdefault(c.subject, []).append(c)
        self.working: dict[tuple[str, str], WorkingValue] = {
            (w.subject, w.property): w for w in case.working_values
        }

    def claims_about(self, subject: str, prop: str | None = None) -> list[Claim]:
        return [
            c
            for c in self.claims_by_subject.get(subject, [])
            if prop is None or c.property == prop
        ]

    def label(self, ident: str) -> str:
        entity = self.by_id.get(ident, ("?", None))[1]
        if isinstance(entity, Person | Organisation):
            return entity.display_name()
        if isinstance(entity, Event | Proceeding):
            return entity.title
        if isinstance(entity, Relative):
            return entity.relation
        if isinstance(entity, Source):
            return entity.title
        return ident


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")
