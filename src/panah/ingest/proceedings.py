"""Proceedings from drafted events, and the facts a text states about a person or a
proceeding besides events: citizenship, ethnicity, case numbers, penalties.

Proceedings: the drafted events that are steps of one kind of proceeding (a charge, an
indictment, a trial and a verdict are a criminal case; an application, a certificate and a
refusal are an asylum procedure…) are grouped as one proceeding of that kind, with the
events as its steps in the order the text tells them. An appeal is its own proceeding that
``appeals`` the proceeding whose step it follows. Nothing is said about a proceeding's status:
the text rarely says it is closed, so it stays ``unknown`` for the reviewer.

Facts (each with the span it was read from):

* citizenship — "a Chinese citizen", "citizen of Kazakhstan", "гражданин КНР",
  "гражданка Казахстана" -> an ISO 3166-1 code;
* ethnicity — "an ethnic Kazakh", "этнический казах", "Uyghur woman";
* case numbers — "case No. 1975-24-00-1/215", "уголовное дело № 237…";
* penalties — "seven years in prison", "a suspended sentence", "лишение свободы",
  "ограничение свободы", "штраф в размере 100 МРП" (written as the English terms of the
  catalogue's penalty: imprisonment, restriction of freedom, suspended sentence,
  correctional labour, fine); the amount of a fine; expulsion applied with the sentence
  ("с последующим выдворением", "followed by expulsion").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from panah.core.catalogue import EventType, ProceedingKind
from panah.ingest.text import Span

__all__ = [
    "Fact",
    "ProceedingDraft",
    "find_case_numbers",
    "find_citizenship",
    "find_ethnicity",
    "find_penalties",
    "group_proceedings",
]

STEP_KIND: dict[EventType, ProceedingKind] = {
    EventType.CHARGE: ProceedingKind.CRIMINAL,
    EventType.INVESTIGATION_CLOSED: ProceedingKind.CRIMINAL,
    EventType.CASE_SENT_TO_PROSECUTOR: ProceedingKind.CRIMINAL,
    EventType.INDICTMENT: ProceedingKind.CRIMINAL,
    EventType.TRIAL_OPENED: ProceedingKind.CRIMINAL,
    EventType.HEARING: ProceedingKind.CRIMINAL,
    EventType.VERDICT: ProceedingKind.CRIMINAL,
    EventType.SENTENCE: ProceedingKind.CRIMINAL,
    EventType.ASYLUM_WISH_EXPRESSED: ProceedingKind.ASYLUM,
    EventType.ASYLUM_APPLICATION_FILED: ProceedingKind.ASYLUM,
    EventType.ASYLUM_APPLICATION_REGISTERED: ProceedingKind.ASYLUM,
    EventType.ASYLUM_CERTIFICATE_ISSUED: ProceedingKind.ASYLUM,
    EventType.ASYLUM_CERTIFICATE_EXTENDED: ProceedingKind.ASYLUM,
    EventType.FINGERPRINTING: ProceedingKind.ASYLUM,
    EventType.ASYLUM_INTERVIEW: ProceedingKind.ASYLUM,
    EventType.ASYLUM_DECISION: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_GRANTED: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_EXTENSION_APPLIED: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_EXTENDED: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_REFUSED: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_WITHDRAWN: ProceedingKind.ASYLUM,
    EventType.REFUGEE_STATUS_ENDED: ProceedingKind.ASYLUM,
    EventType.EXPULSION_ORDERED: ProceedingKind.ADMINISTRATIVE_EXPULSION,
    EventType.EXPULSION_CARRIED_OUT: ProceedingKind.ADMINISTRATIVE_EXPULSION,
    EventType.HANDOVER_REQUESTED: ProceedingKind.HANDOVER,
    EventType.HANDOVER_CARRIED_OUT: ProceedingKind.HANDOVER,
    EventType.EXTRADITION_REQUESTED: ProceedingKind.EXTRADITION,
    EventType.EXTRADITION_DETENTION: ProceedingKind.EXTRADITION,
    EventType.EXTRADITION_DECISION: ProceedingKind.EXTRADITION,
    EventType.APPEAL_FILED: ProceedingKind.APPEAL,
    EventType.APPEAL_DECIDED: ProceedingKind.APPEAL,
    EventType.UN_COMMUNICATION_SENT: ProceedingKind.UN_TREATY_BODY,
    EventType.UN_INTERIM_MEASURES: ProceedingKind.UN_TREATY_BODY,
    EventType.UN_DECISION: ProceedingKind.UN_TREATY_BODY,
    EventType.RESETTLEMENT: ProceedingKind.RESETTLEMENT,
}
TITLES = {
    ProceedingKind.CRIMINAL: "Criminal case",
    ProceedingKind.ASYLUM: "Application for refugee status",
    ProceedingKind.ADMINISTRATIVE_EXPULSION: "Expulsion",
    ProceedingKind.EXTRADITION: "Extradition",
    ProceedingKind.HANDOVER: "Hand-over",
    ProceedingKind.APPEAL: "Appeal",
    ProceedingKind.UN_TREATY_BODY: "Communication to a UN treaty body",
    ProceedingKind.UN_SPECIAL_PROCEDURE: "UN special procedure",
    ProceedingKind.RESETTLEMENT: "Resettlement",
}


@dataclass(slots=True)
class ProceedingDraft:
    kind: ProceedingKind
    steps: list[int] = field(default_factory=list)
    """Indices of the events that are its steps."""
    appeals: int | None = None
    """Index (in the list of proceedings) of the proceeding an appeal is against."""


def group_proceedings(
    types: Sequence[EventType], positions: Sequence[int], relative: Sequence[bool]
) -> list[ProceedingDraft]:
    """One proceeding per kind from the events (their types, text positions and whether
    they are about a relative), steps in text order; an appeal appeals the proceeding of the
    nearest step told before it."""
    order = sorted(range(len(types)), key=lambda i: positions[i])
    by_kind: dict[ProceedingKind, ProceedingDraft] = {}
    out: list[ProceedingDraft] = []
    last_non_appeal: ProceedingDraft | None = None
    for i in order:
        kind = STEP_KIND.get(types[i])
        if kind is None or relative[i]:
            continue
        pr = by_kind.get(kind)
        if pr is None:
            pr = by_kind[kind] = ProceedingDraft(kind)
            out.append(pr)
            if kind == ProceedingKind.APPEAL and last_non_appeal is not None:
                pr.appeals = out.index(last_non_appeal)
        pr.steps.append(i)
        if kind != ProceedingKind.APPEAL:
            last_non_appeal = pr
    return out


@dataclass(frozen=True, slots=True)
class Fact:
    span: Span
    property: str
    value: str | bool
    notes: str | None = None


# --------------------------------------------------------------------------------------------
# Citizenship and ethnicity
# --------------------------------------------------------------------------------------------

_COUNTRY_EN = {
    "chinese": "CN", "china": "CN", "the prc": "CN", "prc": "CN", "kazakh": "KZ",
    "kazakhstani": "KZ", "kazakhstan": "KZ", "kyrgyz": "KG", "kyrgyzstan": "KG", "uzbek": "UZ",
    "uzbekistan": "UZ", "russian": "RU", "russia": "RU", "turkish": "TR", "turkey": "TR",
    "tajik": "TJ", "tajikistan": "TJ",
}  # fmt: skip
_COUNTRY_RU = {
    "кнр": "CN", "китая": "CN", "китайской народной республики": "CN", "казахстана": "KZ",
    "рк": "KZ", "республики казахстан": "KZ", "кыргызстана": "KG", "киргизии": "KG",
    "узбекистана": "UZ", "россии": "RU", "рф": "RU", "турции": "TR", "таджикистана": "TJ",
}  # fmt: skip
_CITIZEN_EN = re.compile(
    r"\b(?P<adj>Chinese|Kazakh|Kazakhstani|Kyrgyz|Uzbek|Russian|Turkish|Tajik)\s+"
    r"(?:citizen|national|passport[- ]holder)s?\b|"
    r"\b(?:citizen|national)s?\s+of\s+(?P<of>China|the\s+PRC|Kazakhstan|Kyrgyzstan|Uzbekistan|"
    r"Russia|Turkey|Tajikistan)\b|"
    r"\b(?:holds?|has|had|with)\s+(?P<adj2>Chinese|Kazakh|Kazakhstani|Kyrgyz|Uzbek|Russian|"
    r"Turkish|Tajik)\s+citizenship\b"
)
_CITIZEN_RU = re.compile(
    r"(?<![\w])(?:гражданин\w*|гражданк\w*|подданн\w*|гражданств\w*)\s+"
    r"(?P<of>КНР|Китая|Китайской\s+Народной\s+Республики|Казахстана|РК|Республики\s+Казахстан|"
    r"Кыргызстана|Киргизии|Узбекистана|России|РФ|Турции|Таджикистана)(?![\w])",
    re.IGNORECASE,
)
_ETHNIC_EN = re.compile(
    r"\b(?:an?\s+)?(?:ethnic\s+(?P<e1>Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Dungan|Uzbek|Tatar)s?|"
    r"(?P<e2>Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Dungan)\s+(?:man|woman|men|women|family|"
    r"businessman|teacher|farmer|herder|imam|poet|writer|mother|father))\b"
)
_ETHNIC_RU = re.compile(
    r"(?<![\w])(?:этническ\w+\s+)(?P<e>казах\w*|уйгур\w*|кыргыз\w*|киргиз\w*|дунган\w*|узбек\w*|"
    r"татар\w*)|(?<![\w])(?P<e2>казах|казашка|уйгур|уйгурка|дунганин|дунганка|кыргыз|кыргызка)"
    r"(?:\s+по\s+национальности)(?![\w])",
    re.IGNORECASE,
)
_ETHNIC_NAMES = {
    "казах": "Kazakh", "уйгур": "Uyghur", "кыргыз": "Kyrgyz", "киргиз": "Kyrgyz",
    "дунган": "Dungan", "узбек": "Uzbek", "татар": "Tatar", "uighur": "Uyghur",
}  # fmt: skip


def find_citizenship(text: str, lang: str) -> list[Fact]:
    out = []
    if lang == "ru":
        for m in _CITIZEN_RU.finditer(text):
            code = _COUNTRY_RU.get(re.sub(r"\s+", " ", m["of"]).lower())
            if code:
                out.append(Fact(Span(m.start(), m.end()), "citizenship", code))
        return out
    for m in _CITIZEN_EN.finditer(text):
        word = m["adj"] or m["of"] or m["adj2"] or ""
        code = _COUNTRY_EN.get(re.sub(r"\s+", " ", word).lower())
        if code:
            out.append(Fact(Span(m.start(), m.end()), "citizenship", code))
    return out


def find_ethnicity(text: str, lang: str) -> list[Fact]:
    out = []
    pattern = _ETHNIC_RU if lang == "ru" else _ETHNIC_EN
    for m in pattern.finditer(text):
        word = next((g for g in m.groups() if g), "")
        low = word.lower()
        name = next((v for k, v in _ETHNIC_NAMES.items() if low.startswith(k)), word.capitalize())
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        out.append(Fact(Span(start, m.end()), "ethnicity", name))
    return out


# --------------------------------------------------------------------------------------------
# Case numbers
# --------------------------------------------------------------------------------------------

_CASE_NO = re.compile(
    r"(?:\b(?:criminal\s+)?case\s+(?:No\.?|no\.?|number|#)\s*|(?<![\w])(?:уголовн\w+\s+)?"
    r"дел[оау]\s+(?:№|N|номер)\s*)(?P<no>[0-9][0-9A-Za-zА-Яа-я/.-]*[0-9A-Za-zА-Яа-я])"
)


def find_case_numbers(text: str, within: Span) -> list[Fact]:
    out = []
    for m in _CASE_NO.finditer(text, within.start, within.end):
        out.append(Fact(Span(m.start("no"), m.end("no")), "x-case-number", m["no"]))
    return out


# --------------------------------------------------------------------------------------------
# Penalties
# --------------------------------------------------------------------------------------------

_PENALTY_EN = (
    (re.compile(r"\bsuspended\s+(?:prison\s+)?sentence\b|\bprobation\b", re.I),
     "suspended sentence"),
    (re.compile(r"\brestricted\s+freedom\b|\brestriction\s+of\s+(?:liberty|freedom)\b", re.I),
     "restriction of freedom"),
    (re.compile(r"\b(?:in\s+(?:prison|jail)|imprisonment|prison\s+(?:term|sentence)|behind\s+bars|"
                r"in\s+a\s+(?:penal\s+colony|prison\s+colony))\b", re.I), "imprisonment"),
    (re.compile(r"\bcorrectional\s+labou?r\b|\bcommunity\s+service\b", re.I),
     "correctional labour"),
    (re.compile(r"\bfined\b|\ba\s+fine\s+of\b", re.I), "fine"),
)  # fmt: skip
_PENALTY_RU = (
    (re.compile(r"условн\w+\s+(?:срок\w*|наказани\w*|осужд\w*|лишени\w*)|условно", re.I),
     "suspended sentence"),
    (re.compile(r"ограничени\w+\s+свободы", re.I), "restriction of freedom"),
    (re.compile(r"лишени\w+\s+свободы|заключени\w+|колони\w+", re.I), "imprisonment"),
    (re.compile(r"исправительн\w+\s+работ\w*|общественн\w+\s+работ\w*", re.I),
     "correctional labour"),
    (re.compile(r"оштрафовал\w*|штраф\w*\s+в\s+размере", re.I), "fine"),
)  # fmt: skip
_AMOUNT = re.compile(
    r"(?P<n>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)\s*(?P<cur>tenge|тенге|KZT|yuan|юаней|юань|CNY|"
    r"MCI|МРП|US\s+dollars|dollars|долларов|\$)",
    re.I,
)
_CURRENCY = {
    "tenge": "KZT", "тенге": "KZT", "kzt": "KZT", "yuan": "CNY", "юаней": "CNY", "юань": "CNY",
    "cny": "CNY", "mci": "MCI", "мрп": "MCI", "us dollars": "USD", "dollars": "USD",
    "долларов": "USD", "$": "USD",
}  # fmt: skip
_EXPULSION_WITH = re.compile(
    r"followed\s+by\s+(?:expulsion|deportation)|(?:and|with)\s+(?:subsequent\s+)?"
    r"(?:expulsion|deportation)\s+(?:from\s+Kazakhstan|after|upon)|"
    r"с\s+(?:последующим\s+)?(?:выдворением|депортацией)",
    re.I,
)


def find_penalties(text: str, within: Span, lang: str) -> list[Fact]:
    """Penalties in a sentence: the kind of penalty, the amount of a fine, and whether
    expulsion was applied with the sentence."""
    chunk = text[within.start : within.end]
    out: list[Fact] = []
    for pattern, value in _PENALTY_RU if lang == "ru" else _PENALTY_EN:
        m = pattern.search(chunk)
        if m is not None and not any(f.property == "penalty" for f in out):
            out.append(
                Fact(Span(within.start + m.start(), within.start + m.end()), "penalty", value)
            )
    amount = _AMOUNT.search(chunk)
    if amount is not None and any(f.value == "fine" for f in out):
        n = re.sub(r"\D", "", amount["n"])
        cur = _CURRENCY.get(re.sub(r"\s+", " ", amount["cur"]).lower(), amount["cur"])
        span = Span(within.start + amount.start(), within.start + amount.end())
        out.append(Fact(span, "amount", f"{n} {cur}"))
    exp = _EXPULSION_WITH.search(chunk)
    if exp is not None:
        span = Span(within.start + exp.start(), within.start + exp.end())
        out.append(Fact(span, "expulsion_applied", True))
    return out
