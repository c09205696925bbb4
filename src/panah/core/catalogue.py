"""Catalogues: the closed vocabularies of the case-file format.

Each catalogue is a ``StrEnum`` so the case-file schema lists every allowed value and the law
engine can match on them. Event types carry the phase of the story they belong to.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "EVENT_PHASE",
    "ClaimStatus",
    "Confidence",
    "Confidentiality",
    "EventType",
    "NameKind",
    "OrganisationKind",
    "ProceedingKind",
    "ProceedingRelationKind",
    "ProceedingStatus",
    "RelativeStatus",
    "Role",
    "SourceKind",
]


class SourceKind(StrEnum):
    NEWS_ARTICLE = "news_article"
    TESTIMONY = "testimony"
    INTERVIEW = "interview"
    COURT_DOCUMENT = "court_document"
    OFFICIAL_STATEMENT = "official_statement"
    OFFICIAL_DOCUMENT = "official_document"
    VIDEO = "video"
    NGO_REPORT = "ngo_report"
    LEGAL_COMMENTARY = "legal_commentary"
    CASE_RECORD = "case_record"
    """A note made by the case team itself (a call, a visit, a filing they made)."""


class Confidentiality(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"  # noqa: S105 - a confidentiality level, not a password


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ClaimStatus(StrEnum):
    ASSERTED = "asserted"
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    RETRACTED = "retracted"


class NameKind(StrEnum):
    LEGAL = "legal"
    PASSPORT = "passport"
    CHINESE_ID = "chinese_id"
    ALIAS = "alias"
    PATRONYMIC_FORM = "patronymic_form"
    PRESS = "press"
    """A spelling used by the press or another source, not an official document."""
    TRANSLITERATION = "transliteration"


class Role(StrEnum):
    CLIENT = "client"
    CO_DEFENDANT = "co_defendant"
    FAMILY_MEMBER = "family_member"
    LAWYER = "lawyer"
    OFFICIAL = "official"
    JUDGE = "judge"
    PROSECUTOR = "prosecutor"
    INVESTIGATOR = "investigator"
    WITNESS = "witness"
    JOURNALIST = "journalist"
    ADVOCATE = "advocate"
    INTERPRETER = "interpreter"
    OTHER = "other"


class RelativeStatus(StrEnum):
    FREE = "free"
    DETAINED = "detained"
    DISAPPEARED = "disappeared"
    UNKNOWN = "unknown"


class OrganisationKind(StrEnum):
    NGO = "ngo"
    COURT = "court"
    SECURITY_SERVICE = "security_service"
    BORDER_SERVICE = "border_service"
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    MIGRATION_AUTHORITY = "migration_authority"
    GOVERNMENT = "government"
    UN_BODY = "un_body"
    MEDIA = "media"
    LAW_FIRM = "law_firm"
    EMBASSY = "embassy"
    OTHER = "other"


class ProceedingKind(StrEnum):
    CRIMINAL = "criminal"
    ASYLUM = "asylum"
    ADMINISTRATIVE_EXPULSION = "administrative_expulsion"
    EXTRADITION = "extradition"
    HANDOVER = "handover"
    APPEAL = "appeal"
    UN_TREATY_BODY = "un_treaty_body"
    UN_SPECIAL_PROCEDURE = "un_special_procedure"
    RESETTLEMENT = "resettlement"


class ProceedingStatus(StrEnum):
    PLANNED = "planned"
    PENDING = "pending"
    SUSPENDED = "suspended"
    DECIDED = "decided"
    UNDER_APPEAL = "under_appeal"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class ProceedingRelationKind(StrEnum):
    SUSPENDS = "suspends"
    DEPENDS_ON = "depends_on"
    CONFLICTS_WITH = "conflicts_with"
    APPEALS = "appeals"


class EventType(StrEnum):
    # persecution in the country of origin
    DETENTION_ORIGIN = "detention_origin"
    CAMP_INTERNMENT = "camp_internment"
    TORTURE = "torture"
    ILL_TREATMENT = "ill_treatment"
    SURVEILLANCE = "surveillance"
    HOUSE_ARREST = "house_arrest"
    FORCED_LABOUR = "forced_labour"
    FINE = "fine"
    SUMMONS = "summons"
    THREAT = "threat"
    PASSPORT_CONFISCATED = "passport_confiscated"
    RELATIVE_PERSECUTED = "relative_persecuted"
    # flight
    DEPARTURE_HOME = "departure_home"
    BORDER_CROSSING_AT_CHECKPOINT = "border_crossing_at_checkpoint"
    BORDER_CROSSING_OUTSIDE_CHECKPOINT = "border_crossing_outside_checkpoint"
    ARRIVAL = "arrival"
    PUBLIC_APPEAL = "public_appeal"
    # host state
    PRESENTATION_TO_AUTHORITIES = "presentation_to_authorities"
    DETENTION_HOST = "detention_host"
    RELEASE = "release"
    # criminal proceeding
    CHARGE = "charge"
    INVESTIGATION_CLOSED = "investigation_closed"
    CASE_SENT_TO_PROSECUTOR = "case_sent_to_prosecutor"
    INDICTMENT = "indictment"
    HEARING = "hearing"
    TRIAL_OPENED = "trial_opened"
    VERDICT = "verdict"
    SENTENCE = "sentence"
    APPEAL_FILED = "appeal_filed"
    APPEAL_DECIDED = "appeal_decided"
    # asylum proceeding
    ASYLUM_WISH_EXPRESSED = "asylum_wish_expressed"
    ASYLUM_APPLICATION_FILED = "asylum_application_filed"
    ASYLUM_APPLICATION_REGISTERED = "asylum_application_registered"
    ASYLUM_CERTIFICATE_ISSUED = "asylum_certificate_issued"
    ASYLUM_CERTIFICATE_EXTENDED = "asylum_certificate_extended"
    FINGERPRINTING = "fingerprinting"
    ASYLUM_INTERVIEW = "asylum_interview"
    ASYLUM_DECISION = "asylum_decision"
    REFUGEE_STATUS_GRANTED = "refugee_status_granted"
    REFUGEE_STATUS_EXTENSION_APPLIED = "refugee_status_extension_applied"
    REFUGEE_STATUS_EXTENDED = "refugee_status_extended"
    REFUGEE_STATUS_REFUSED = "refugee_status_refused"
    REFUGEE_STATUS_WITHDRAWN = "refugee_status_withdrawn"
    REFUGEE_STATUS_ENDED = "refugee_status_ended"
    # removal
    EXPULSION_ORDERED = "expulsion_ordered"
    EXPULSION_CARRIED_OUT = "expulsion_carried_out"
    HANDOVER_REQUESTED = "handover_requested"
    HANDOVER_CARRIED_OUT = "handover_carried_out"
    EXTRADITION_REQUESTED = "extradition_requested"
    EXTRADITION_DETENTION = "extradition_detention"
    EXTRADITION_DECISION = "extradition_decision"
    ENTRY_BAN = "entry_ban"
    # officials, advocacy and the end of the story
    OFFICIAL_STATEMENT = "official_statement"
    PRESS_CONFERENCE = "press_conference"
    NGO_APPEAL = "ngo_appeal"
    UN_COMMUNICATION_SENT = "un_communication_sent"
    UN_INTERIM_MEASURES = "un_interim_measures"
    UN_DECISION = "un_decision"
    RESETTLEMENT = "resettlement"
    DEPARTURE_FROM_HOST = "departure_from_host"
    OTHER = "other"


_PHASES: dict[str, tuple[EventType, ...]] = {
    "persecution": (
        EventType.DETENTION_ORIGIN,
        EventType.CAMP_INTERNMENT,
        EventType.TORTURE,
        EventType.ILL_TREATMENT,
        EventType.SURVEILLANCE,
        EventType.HOUSE_ARREST,
        EventType.FORCED_LABOUR,
        EventType.FINE,
        EventType.SUMMONS,
        EventType.THREAT,
        EventType.PASSPORT_CONFISCATED,
        EventType.RELATIVE_PERSECUTED,
    ),
    "flight": (
        EventType.DEPARTURE_HOME,
        EventType.BORDER_CROSSING_AT_CHECKPOINT,
        EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT,
        EventType.ARRIVAL,
        EventType.PUBLIC_APPEAL,
    ),
    "host_state": (
        EventType.PRESENTATION_TO_AUTHORITIES,
        EventType.DETENTION_HOST,
        EventType.RELEASE,
    ),
    "criminal": (
        EventType.CHARGE,
        EventType.INVESTIGATION_CLOSED,
        EventType.CASE_SENT_TO_PROSECUTOR,
        EventType.INDICTMENT,
        EventType.HEARING,
        EventType.TRIAL_OPENED,
        EventType.VERDICT,
        EventType.SENTENCE,
        EventType.APPEAL_FILED,
        EventType.APPEAL_DECIDED,
    ),
    "asylum": (
        EventType.ASYLUM_WISH_EXPRESSED,
        EventType.ASYLUM_APPLICATION_FILED,
        EventType.ASYLUM_APPLICATION_REGISTERED,
        EventType.ASYLUM_CERTIFICATE_ISSUED,
        EventType.ASYLUM_CERTIFICATE_EXTENDED,
        EventType.FINGERPRINTING,
        EventType.ASYLUM_INTERVIEW,
        EventType.ASYLUM_DECISION,
        EventType.REFUGEE_STATUS_GRANTED,
        EventType.REFUGEE_STATUS_EXTENSION_APPLIED,
        EventType.REFUGEE_STATUS_EXTENDED,
        EventType.REFUGEE_STATUS_REFUSED,
        EventType.REFUGEE_STATUS_WITHDRAWN,
        EventType.REFUGEE_STATUS_ENDED,
    ),
    "removal": (
        EventType.EXPULSION_ORDERED,
        EventType.EXPULSION_CARRIED_OUT,
        EventType.HANDOVER_REQUESTED,
        EventType.HANDOVER_CARRIED_OUT,
        EventType.EXTRADITION_REQUESTED,
        EventType.EXTRADITION_DETENTION,
        EventType.EXTRADITION_DECISION,
        EventType.ENTRY_BAN,
    ),
    "advocacy": (
        EventType.OFFICIAL_STATEMENT,
        EventType.PRESS_CONFERENCE,
        EventType.NGO_APPEAL,
        EventType.UN_COMMUNICATION_SENT,
        EventType.UN_INTERIM_MEASURES,
        EventType.UN_DECISION,
    ),
    "outcome": (
        EventType.RESETTLEMENT,
        EventType.DEPARTURE_FROM_HOST,
        EventType.OTHER,
    ),
}

EVENT_PHASE: dict[EventType, str] = {t: phase for phase, ts in _PHASES.items() for t in ts}
assert set(EVENT_PHASE) == set(EventType), "every event type belongs to a phase"
