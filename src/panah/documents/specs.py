"""The catalogue of document templates: what each is, which facts it needs, what it cites.

The prose of each document lives in its template files (``templates/<jurisdiction>/<lang>/``
``<name>.typ`` and ``.docx``); this catalogue holds only what code must know to build the
context and to say, before rendering, what a case lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from panah.core.catalogue import EventType
from panah.core.errors import NotFoundError

__all__ = ["NEEDS", "SLOTS", "TEMPLATES", "Need", "Slot", "TemplateSpec", "get_template"]

Addressee = Literal["criminal", "removal", "asylum", "client", "un"]


@dataclass(frozen=True, slots=True)
class Slot:
    """A named kind of event a document refers to (the crossing, the detention…)."""

    types: tuple[EventType, ...]
    pick: Literal["first", "last"] = "first"


SLOTS: dict[str, Slot] = {
    "departure": Slot((EventType.DEPARTURE_HOME,)),
    "crossing": Slot(
        (EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT, EventType.BORDER_CROSSING_AT_CHECKPOINT)
    ),
    "arrival": Slot((EventType.ARRIVAL,)),
    "public_appeal": Slot((EventType.PUBLIC_APPEAL, EventType.PRESS_CONFERENCE)),
    "presentation": Slot(
        (
            EventType.PRESENTATION_TO_AUTHORITIES,
            EventType.ASYLUM_WISH_EXPRESSED,
            EventType.ASYLUM_APPLICATION_FILED,
        )
    ),
    "detention": Slot((EventType.DETENTION_HOST,)),
    "asylum_application": Slot(
        (
            EventType.ASYLUM_APPLICATION_FILED,
            EventType.ASYLUM_APPLICATION_REGISTERED,
            EventType.ASYLUM_WISH_EXPRESSED,
        )
    ),
    "asylum_certificate": Slot(
        (EventType.ASYLUM_CERTIFICATE_ISSUED, EventType.ASYLUM_CERTIFICATE_EXTENDED), "last"
    ),
    "charge": Slot((EventType.CHARGE, EventType.INDICTMENT)),
    "trial": Slot((EventType.TRIAL_OPENED,)),
    "verdict": Slot((EventType.VERDICT, EventType.SENTENCE), "last"),
    "release": Slot((EventType.RELEASE,), "last"),
    "status_granted": Slot(
        (EventType.REFUGEE_STATUS_GRANTED, EventType.REFUGEE_STATUS_EXTENDED), "last"
    ),
    "removal_threat": Slot(
        (
            EventType.OFFICIAL_STATEMENT,
            EventType.HANDOVER_REQUESTED,
            EventType.EXPULSION_ORDERED,
            EventType.EXTRADITION_REQUESTED,
            EventType.EXTRADITION_DECISION,
            EventType.EXTRADITION_DETENTION,
        ),
        "last",
    ),
}


@dataclass(frozen=True, slots=True)
class Need:
    """Something a template cannot do without, and how to add it to the case file."""

    key: str
    what: str
    how: str


NEEDS: dict[str, Need] = {
    "events": Need(
        "events",
        "at least one dated event concerning the person",
        "add an event with the person as participant and a 'date' claim",
    ),
    "persecution": Need(
        "persecution",
        "persecution in the country of origin",
        "add an event of a persecution type (detention_origin, camp_internment, torture, "
        "threat…) with the person as participant and a 'date' claim",
    ),
    "crossing": Need(
        "crossing",
        "the border crossing (date)",
        "add an event of type border_crossing_outside_checkpoint (or "
        "border_crossing_at_checkpoint) with the person as participant and a 'date' claim",
    ),
    "presentation": Need(
        "presentation",
        "presentation to the authorities (date)",
        "add an event of type presentation_to_authorities (or asylum_application_filed) with "
        "the person as participant and a 'date' claim",
    ),
    "criminal_proceeding": Need(
        "criminal_proceeding",
        "the criminal proceeding and its court or authority",
        "add a proceeding of kind 'criminal' that concerns the person, with an 'authority' "
        "organisation",
    ),
    "removal_threat": Need(
        "removal_threat",
        "a threat of removal (official statement, hand-over, expulsion or extradition step)",
        "add an event of type official_statement, handover_requested, expulsion_ordered or "
        "extradition_requested with a 'date' claim",
    ),
    "removal_authority": Need(
        "removal_authority",
        "the authority to address (a hand-over, expulsion, extradition or criminal proceeding "
        "with an authority)",
        "add a proceeding concerning the person with an 'authority' organisation, or pass "
        "--to ORGANISATION-ID",
    ),
    "asylum_authority": Need(
        "asylum_authority",
        "the authority that decides on refugee status",
        "add a proceeding of kind 'asylum' concerning the person with an 'authority' "
        "organisation, or pass --to ORGANISATION-ID",
    ),
    "status_granted": Need(
        "status_granted",
        "the grant (or last extension) of refugee status (date)",
        "add an event of type refugee_status_granted with the person as participant and a "
        "'date' claim",
    ),
    "status_term": Need(
        "status_term",
        "the term of the refugee status",
        "add a 'term' claim (e.g. P1Y) or a 'valid_until' claim to the status grant event",
    ),
    "lawyer": Need(
        "lawyer",
        "the person's lawyer or representative (for the signature)",
        "add a 'representation' entry naming the representative and the person as client",
    ),
    "citizenship": Need(
        "citizenship",
        "the person's citizenship (the State of origin)",
        "add a 'citizenship' claim about the person (or the person's citizenship field)",
    ),
}


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    name: str
    jurisdiction: str
    """Folder under templates/: ``intl`` (any State) or a State's pack (``kz``)."""
    title_en: str
    title_ru: str
    summary: str
    needs: tuple[str, ...]
    cites: tuple[str, ...] = ()
    addressee: Addressee | None = None
    findings: tuple[str, ...] = ("",)
    """Provision-id prefixes of the assessment findings the document shows ("" = all)."""
    languages: tuple[str, ...] = ("en", "ru")
    formats: tuple[str, ...] = ("pdf", "docx")
    optional: tuple[str, ...] = field(default=())
    """Facts used when present (named in --list, never required)."""
    internal: bool = False
    """For the legal team only: facts also say who chose a working value and why."""

    def title(self, lang: str) -> str:
        return self.title_ru if lang == "ru" else self.title_en


_RC = "intl/refugee-convention-1951"
_CAT = "intl/cat-1984"
_ICCPR = "intl/iccpr-1966"
_KZCN = "kz/kz-cn-border-agreement-2006"
_LR = "kz/law-on-refugees-2009"

TEMPLATES: dict[str, TemplateSpec] = {
    t.name: t
    for t in (
        TemplateSpec(
            name="chronology",
            jurisdiction="intl",
            title_en="Case chronology",
            title_ru="Хронология дела",
            summary="the timeline with sources, disputed facts, and the assessment summary "
            "(findings, deadlines, alerts) as of a date",
            needs=("events",),
            optional=("assessment",),
            internal=True,
        ),
        TemplateSpec(
            name="objection-illegal-entry",
            jurisdiction="kz",
            title_en="Objection to criminal prosecution for illegal crossing of the border",
            title_ru="Возражение против уголовного преследования за незаконное пересечение "
            "государственной границы",
            summary="objection to prosecution under CC art. 392: Refugee Convention art. 31, "
            "CAT art. 3, CC art. 1(3); flight, crossing and presentation with the gap in days",
            needs=("crossing", "presentation", "criminal_proceeding", "lawyer"),
            optional=("persecution", "detention", "charge", "asylum_application", "assessment"),
            cites=(
                f"{_RC}/art-31/para-1",
                f"{_RC}/art-33/para-1",
                f"{_CAT}/art-3",
                "kz/criminal-code-2014/art-1/part-3",
                "kz/criminal-code-2014/art-392/part-1",
                f"{_LR}/art-20/indent-2",
                f"{_ICCPR}/art-9",
                "intl/unhcr-guidance/summary-conclusions-art-31-2001",
                "intl/unhcr-guidance/gip-14-2024",
                "intl/unhcr-detention-guidelines/guideline-2",
                "intl/unhcr-detention-guidelines/guideline-4",
            ),
            addressee="criminal",
            findings=(f"{_RC}/art-31", "kz/criminal-code-2014", f"{_LR}/art-20"),
        ),
        TemplateSpec(
            name="non-refoulement",
            jurisdiction="kz",
            title_en="Submission on non-refoulement against expulsion or hand-over",
            title_ru="Заявление о недопустимости высылки или передачи (принцип невыдворения)",
            summary="against expulsion or hand-over: Refugee Convention art. 33(1), no 33(2) "
            "exception, CAT art. 3, ICCPR arts. 6-7, the KZ-CN agreement's 7-day limit, "
            "UNHCR's position",
            needs=("persecution", "removal_threat", "removal_authority", "lawyer", "citizenship"),
            optional=("detention", "asylum_application", "assessment"),
            cites=(
                f"{_RC}/art-33/para-1",
                f"{_RC}/art-33/para-2",
                f"{_CAT}/art-3",
                "intl/cat-general-comment-4-2017/deportation-scope",
                f"{_ICCPR}/art-6",
                f"{_ICCPR}/art-7",
                "intl/hrc-general-comment-31-2004/para-12",
                f"{_LR}/art-18/para-2",
                f"{_LR}/art-8/para-1",
                "kz/criminal-code-2014/art-1/part-3",
                f"{_KZCN}/art-32",
                f"{_KZCN}/art-33/para-1",
                f"{_KZCN}/art-50",
                "intl/un-positions/unhcr-non-refoulement-over-extradition",
                "intl/un-positions/hrc-concluding-observations-kaz-2011",
                "intl/un-positions/ohchr-xinjiang-assessment-2022",
            ),
            addressee="removal",
            findings=(f"{_RC}/art-33", f"{_CAT}/art-3", _ICCPR, _KZCN, f"{_LR}/art-18"),
        ),
        TemplateSpec(
            name="cat-complaint",
            jurisdiction="intl",
            title_en="Complaint to the UN Committee against Torture with a request for "
            "interim measures",
            title_ru="Жалоба в Комитет ООН против пыток с просьбой о временных мерах",
            summary="individual complaint under CAT art. 22 with a request for interim "
            "measures (rule 114); admissibility (domestic remedies, no other procedure)",
            needs=("persecution", "removal_threat", "lawyer", "citizenship"),
            optional=("crossing", "detention", "asylum_application", "assessment"),
            cites=(
                f"{_CAT}/art-3",
                f"{_CAT}/art-22",
                f"{_CAT}/art-22/para-5",
                "intl/cat-rules-of-procedure/rule-114",
                "intl/cat-general-comment-4-2017/deportation-scope",
                "intl/un-positions/cat-kazakhstan-precedents",
                "intl/un-positions/hrc-concluding-observations-kaz-2011",
                "intl/un-positions/ohchr-xinjiang-assessment-2022",
                f"{_RC}/art-33/para-1",
                f"{_KZCN}/art-32",
            ),
            addressee="un",
            findings=(f"{_CAT}/", "intl/cat-rules-of-procedure", f"{_RC}/art-33", _KZCN),
        ),
        TemplateSpec(
            name="urgent-appeal",
            jurisdiction="intl",
            title_en="Urgent appeal to the UN Special Rapporteur on torture",
            title_ru="Срочное обращение к Специальному докладчику ООН по вопросу о пытках",
            summary="urgent appeal to the Special Rapporteur on torture: identity, imminent "
            "risk of removal, facts, steps taken at home",
            needs=("persecution", "removal_threat", "lawyer", "citizenship"),
            optional=("detention", "asylum_application", "assessment"),
            cites=(
                "intl/un-special-procedures/urgent-appeal",
                "intl/un-special-procedures/communications",
                f"{_CAT}/art-3",
                f"{_ICCPR}/art-7",
                f"{_RC}/art-33/para-1",
            ),
            addressee="un",
            findings=(f"{_CAT}/art-3", f"{_RC}/art-33", _ICCPR),
        ),
        TemplateSpec(
            name="status-extension",
            jurisdiction="kz",
            title_en="Application to extend refugee status",
            title_ru="Заявление о продлении статуса беженца",
            summary="application to extend refugee status for another year (Law On Refugees "
            "art. 11(5)); the circumstances that persist",
            needs=("status_granted", "status_term", "asylum_authority", "citizenship"),
            optional=("persecution", "assessment"),
            cites=(
                f"{_LR}/art-11/para-5",
                f"{_LR}/art-14/para-2",
                f"{_LR}/art-18/para-2",
                f"{_RC}/art-33/para-1",
            ),
            addressee="asylum",
            findings=(f"{_LR}/art-11", f"{_LR}/art-14"),
        ),
        TemplateSpec(
            name="extension-reminder",
            jurisdiction="kz",
            title_en="Reminder to the client: apply to extend your refugee status",
            title_ru="Напоминание клиенту: подайте заявление о продлении статуса беженца",
            summary="letter to the client: when the status ends, the date to apply by, what "
            "to bring, what happens if it is missed",
            needs=("status_granted", "status_term", "lawyer"),
            optional=("assessment",),
            cites=(
                f"{_LR}/art-11/para-5",
                f"{_LR}/art-14/para-2",
                f"{_LR}/art-18/para-1",
            ),
            addressee="client",
            findings=(f"{_LR}/art-11",),
        ),
    )
}


def get_template(name: str) -> TemplateSpec:
    try:
        return TEMPLATES[name]
    except KeyError:
        raise NotFoundError(
            f"no document template {name!r}; have: {', '.join(TEMPLATES)}"
        ) from None
