"""What a case shows, in legal terms, read by event type and claim property.

Rules across packs ask the same questions of a case: was the person persecuted, and how; when
and how did they enter; is an asylum procedure open; is a criminal case pending; are they in
custody; what signals of removal are there. The answers are built here from the catalogue's
event types (:class:`~panah.core.catalogue.EventType`) and claim properties, on the facts known
on the assessment date, so every rule reads them the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from panah.core.case import Organisation
from panah.core.catalogue import EventType, OrganisationKind
from panah.law.context import Context, EventFact

__all__ = [
    "ASYLUM_START",
    "ENTRY",
    "PERSECUTION_OTHER",
    "PERSECUTION_SERIOUS",
    "Custody",
    "asylum_start",
    "charges",
    "custody",
    "entry",
    "final_refusal",
    "host_country",
    "is_pending",
    "persecution",
    "protected_characteristics",
    "state_actors",
    "status_grant",
]

E = EventType

PERSECUTION_SERIOUS = (
    E.CAMP_INTERNMENT,
    E.DETENTION_ORIGIN,
    E.TORTURE,
    E.FORCED_LABOUR,
)
PERSECUTION_OTHER = (
    E.ILL_TREATMENT,
    E.THREAT,
    E.SURVEILLANCE,
    E.HOUSE_ARREST,
    E.FINE,
    E.SUMMONS,
    E.PASSPORT_CONFISCATED,
    E.RELATIVE_PERSECUTED,
)
ENTRY = (
    E.BORDER_CROSSING_OUTSIDE_CHECKPOINT,
    E.BORDER_CROSSING_AT_CHECKPOINT,
    E.ARRIVAL,
)
ASYLUM_START = (
    E.ASYLUM_WISH_EXPRESSED,
    E.ASYLUM_APPLICATION_FILED,
    E.ASYLUM_APPLICATION_REGISTERED,
    E.ASYLUM_CERTIFICATE_ISSUED,
)
_PACK_COUNTRY = {"kz": "KZ"}
_STATE_KINDS = {
    OrganisationKind.SECURITY_SERVICE,
    OrganisationKind.BORDER_SERVICE,
    OrganisationKind.POLICE,
    OrganisationKind.PROSECUTOR,
    OrganisationKind.GOVERNMENT,
    OrganisationKind.COURT,
    OrganisationKind.MIGRATION_AUTHORITY,
}


def host_country(ctx: Context) -> str | None:
    """The state whose law packs the case names (``kz`` -> ``KZ``), if any."""
    for pack in ctx.case.jurisdictions:
        code = _PACK_COUNTRY.get(pack)
        if code is not None:
            return code
    return None


def entry(ctx: Context) -> EventFact | None:
    """The person's crossing into the host state (outside or at a checkpoint), or arrival."""
    crossing = ctx.first(E.BORDER_CROSSING_OUTSIDE_CHECKPOINT, E.BORDER_CROSSING_AT_CHECKPOINT)
    return crossing or ctx.first(E.ARRIVAL)


def persecution(ctx: Context) -> tuple[list[EventFact], list[EventFact]]:
    """(serious harm, other harm) in the country of origin, known by the assessment date."""
    return ctx.events(*PERSECUTION_SERIOUS), ctx.events(*PERSECUTION_OTHER)


def protected_characteristics(ctx: Context) -> list[tuple[str, str, tuple[str, ...]]]:
    """Convention grounds the case records: (ground, value, claim ids)."""
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for prop, ground in (("ethnicity", "race or nationality (ethnicity)"),
                         ("religion", "religion")):
        fact = ctx.person_fact(prop)
        values = [str(v) for v in fact.values() if v]
        if values:
            out.append((ground, " / ".join(values), fact.claims))
            continue
        recorded = getattr(ctx.person, prop)
        if recorded:
            out.append((ground, str(recorded), ()))
    return out


def state_actors(ctx: Context, event: EventFact) -> list[Organisation]:
    """Organisations of the state (police, security, courts…) taking part in an event."""
    orgs = {o.id: o for o in ctx.case.organisations}
    return [
        orgs[p.who]
        for p in event.event.participants
        if p.who in orgs and orgs[p.who].kind in _STATE_KINDS
    ]


def asylum_start(ctx: Context) -> EventFact | None:
    """The first sign that the person sought asylum (wish, application, registration)."""
    return ctx.first(*ASYLUM_START)


def status_grant(ctx: Context) -> EventFact | None:
    """The latest grant or extension of refugee status not since withdrawn or ended."""
    grant = ctx.last(E.REFUGEE_STATUS_GRANTED, E.REFUGEE_STATUS_EXTENDED)
    if grant is None:
        return None
    ended = ctx.last(E.REFUGEE_STATUS_WITHDRAWN, E.REFUGEE_STATUS_ENDED)
    if ended is not None and ended.earliest >= grant.earliest:
        return None
    return grant


def final_refusal(ctx: Context) -> EventFact | None:
    """A refusal of refugee status not followed by a grant."""
    refusal = ctx.last(E.REFUGEE_STATUS_REFUSED)
    if refusal is None:
        return None
    grant = ctx.last(E.REFUGEE_STATUS_GRANTED)
    if grant is not None and grant.earliest >= refusal.earliest:
        return None
    return refusal


def charges(ctx: Context) -> list[tuple[EventFact, str | None]]:
    """Charge events with the provision charged (claim property ``charge``), if known."""
    out: list[tuple[EventFact, str | None]] = []
    for ev in ctx.events(E.CHARGE, E.INDICTMENT):
        fact = ctx.event_detail(ev, "charge")
        value = fact.value if fact.value is not None else next(iter(fact.values()), None)
        out.append((ev, str(value) if value is not None else None))
    return out


def is_pending(ctx: Context) -> tuple[bool, EventFact | None, EventFact | None]:
    """(criminal case pending, its latest charge, its verdict) on the assessment date."""
    found = charges(ctx)
    charge = found[-1][0] if found else None
    verdict = ctx.last(E.VERDICT, E.SENTENCE)
    if charge is None:
        return False, None, verdict
    if verdict is not None and verdict.earliest >= charge.earliest:
        return False, charge, verdict
    return True, charge, verdict


@dataclass(frozen=True, slots=True)
class Custody:
    detention: EventFact
    release: EventFact | None

    @property
    def ongoing(self) -> bool:
        return self.release is None

    def days(self, until: dt.date) -> int:
        end = self.release.earliest if self.release is not None else until
        return (end - self.detention.earliest).days


def custody(ctx: Context) -> Custody | None:
    """The person's latest detention in the host state and its release, if any."""
    detention = ctx.last(E.DETENTION_HOST, E.EXTRADITION_DETENTION)
    if detention is None:
        return None
    release = next(
        (r for r in ctx.events(E.RELEASE) if r.earliest >= detention.earliest), None
    )
    return Custody(detention, release)
