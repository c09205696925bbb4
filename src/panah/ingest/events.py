"""Events from sentences: triggers typed with the catalogue, with their dates and details.

Per sentence: triggers are matched (the longest and most specific win where they overlap);
those under a modal or a negation ("would be handed over", "не назначил выдворение",
"refused to release") are dropped. Each date in the sentence goes to the nearest trigger.
A trigger without a date of its own shares the date of a dated one only when they are
coordinated ("spoke at a press conference, went to … and were handed over") — not across
"after", "that", "which" and the like, and not when it has a time word of its own. Weak
(noun) triggers never share a date. Nothing else gives an event a date.

Then, across the text: a generic detention is placed in the country of origin or the host
state (places, authorities, or the dates of the crossing); a release from a camp or a
detention in the country of origin closes that event (its end date) instead of standing
alone; repeated mentions of an event are merged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from panah.core.catalogue import EVENT_PHASE, Confidence, EventType
from panah.core.dates import FuzzyDate, Precision
from panah.ingest.datetext import (
    Parts,
    Resolved,
    add_offset,
    chat_stamp,
    entry_stamp,
    format_parts,
    heading,
    update_stamp,
)
from panah.ingest.gazetteer import PlaceMention
from panah.ingest.text import Sentence, Span
from panah.ingest.triggers import CROSSING, DEPARTURE, DETENTION, triggers

__all__ = ["Detail", "EventDraft", "TriggerHit", "assemble", "find_triggers"]


@dataclass(frozen=True, slots=True)
class TriggerHit:
    kind: str
    span: Span
    sentence: int
    paragraph: int
    weak: bool
    priority: int


@dataclass(frozen=True, slots=True)
class Detail:
    """A claim about an event other than its date: property, value, where it was read."""

    property: str
    value: str | int | bool
    span: Span
    confidence: Confidence = Confidence.MEDIUM
    notes: str | None = None


@dataclass(slots=True)
class EventDraft:
    type: EventType
    trigger: TriggerHit
    date: Resolved | None = None
    date_shared: bool = False
    end: Resolved | None = None
    details: list[Detail] = field(default_factory=list)
    mentions: list[TriggerHit] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    relative: bool = False
    type_guessed: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def dated(self) -> bool:
        return self.date is not None and self.date.value is not None


_MODAL_EN = re.compile(
    r"\b(?:would|will|could|might|may|can|cannot|should|must|not|never|refused\s+to|face|faces|facing|"
    r"declined\s+to|fear(?:s|ed)?|risk|threat\s+of|"
    # "the judge said she expected to deliver the verdict on 24 April"
    r"(?:expect(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?)\s+to\s+(?:deliver|announce|hand\s+down|"
    r"issue|give|read\s+out|pass|hold)(?:\s+(?:the|a|an|his|her|its|their))?|"
    r"(?<!sent\s)(?<!assigned\s)(?<!subjected\s)"
    r"(?<!transferred\s)(?<!moved\s)(?<!managed\s)(?<!able\s)(?<!began\s)(?<!started\s)to|(?:risk|danger|threat|fear)\s+of|"
    r"without(?:\s+an?|\s+any)?|(?<![\w'’-])no)\s+"
    r"(?:(?:be|being|have|been|not|get)\s+)?$",
    re.IGNORECASE,
)
_MODAL_RU = re.compile(
    r"(?:\bне|(?<![\w])без(?:\s+проведения)?|могут|может|будет|будут|грозит|угрожает|чтобы|хотят|хотел\w*|собира\w+|"
    r"намерен\w*|опаса\w+|просьб\w+|просил\w*|попрос\w+|призва\w+|призыв\w*|требу\w+|"
    r"потребова\w+|никак(?:ого|ой|ие|их|ое))\s+(?:быть\s+)?$|(?<![\w])(?:чтобы|если|пусть)\s+(?:\S+\s+){1,3}$|"
    r"пригласил\w*\s+(?:\S+\s+)?на\s+$",
    re.IGNORECASE,
)
_OBJECT_OF = re.compile(
    r"(?:\bappeal(?:ed|s|ing)?\s+(?:against\s+)?|\bappeals?\s+against\s+|\bchalleng\w*\s+|"
    r"\bcontest\w*\s+|\bannul\w*\s+|\bquash\w*\s+|\boverturn\w*\s+|\bset\s+aside\s+|"
    r"\brefus(?:e|ed|es|ing)\s+|\breject(?:s|ed|ing)?\s+|\brevok\w*\s+|"
    r"(?<![\w])(?:обжал\w*|оспари\w*|оспорил\w*|отменил\w*|отменить|отменя\w*|жалоб\w*\s+на)\s+)"
    r"(?:(?:the|his|her|their|its|this|that|an?|это|этот|эту|это\w*)\s+)?$",
    re.IGNORECASE,
)
"""A trigger right after "appealed against", "обжаловал", "to annul" is the object of that act
("appealed against the expulsion order", "обжалует решение о выдворении"), not an event."""
_COMPLAINT_AGAINST = re.compile(
    r"(?:жалоб\w*|обжалова\w*|complaint|appeal|challenge)[^.;]{0,80}?(?:(?<![\w])на|\bagainst)\s+"
    r"(?:the\s+|this\s+|that\s+|his\s+|her\s+|это\w*\s+)?$",
    re.IGNORECASE,
)
"""The thing a complaint is "against" ("по жалобе … на решение о его выдаче") is its object."""
_ASKED_FOR = re.compile(
    r"(?<![\w])(?:ходатайств|просьб|требовани|заявлени|прошени|призыв)\w*\s+(?:\S+\s+)?об?\s+$|"
    r"\b(?:request|application|petition|motion|bid|call|plea|appeal)s?\s+for\s+"
    r"(?:(?:his|her|their|the|an?)\s+)?(?:immediate\s+)?$",
    re.IGNORECASE,
)
"""A noun after "a request for", "ходатайство об": what was asked for, not what happened."""
_PLANNED_AFTER = re.compile(
    r"\s*(?:\S+\s+){0,4}?(?:(?:is|was|has\s+been|had\s+been)\s+(?:scheduled|set|due|planned|"
    r"expected|postponed)\b|will\b|should\s+(?:be|take)\b|назначен\w*\s+на\b|состоится|пройд[её]т|"
    r"должн\w*\s+(?:состояться|пройти)|"
    r"будет\s+(?:\S+\s+)?(?:оглаш|вынес|объявл|рассмотр|провед|назнач)\w*|огласят|вынесут|"
    r"планиру\w*|ожида\w*|перенес[её]н\w*)",
    re.IGNORECASE,
)
"""What follows a noun trigger that says it has not happened yet ("a hearing is scheduled for
…", "заседание назначено на …")."""
_SET_BEFORE = re.compile(
    r"\b(?:set|scheduled|fixed|listed|has\s+set|назначил\w*|назначен\w*)\s+(?:the\s+|a\s+|an\s+|his\s+|"
    r"her\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_FOR_AFTER = re.compile(r"\s+(?:(?:\w+\s+){0,3}?for|на)\s", re.IGNORECASE)
"""A noun after a verb that sets its day ("The court has set the hearing for 21 May",
"суд назначил заседание на 21 мая"): not yet an event."""
_NEVER_CAME = re.compile(
    r"[^,.;:!?]{0,80}?(?:(?<![\w])(?:так\s+и\s+|до\s+сих\s+пор\s+|вообще\s+)?не\s+"
    r"(?:поступ(?:ил|ила|ило|али)|приш[её]л|пришла|пришло|был[аио]?\s+(?:направлен|получен)\w*)"
    r"(?![\w])|\b(?:was|were|has|have|had)\s+never\s+(?:been\s+)?(?:sent|received|made|filed|"
    r"submitted)\b|\bnever\s+(?:arrived|came)\b)",
    re.IGNORECASE,
)
"""What follows a noun trigger that says it never happened ("the request for his extradition
never arrived", "запрос о выдаче так и не поступил")."""
_NOT_WITHDRAWN = re.compile(
    r"[^,.;:!?]{0,40}?(?:(?<![\w])не\s+отозвал\w*|\b(?:has|have|had|did)\s+not\s+"
    r"(?:withdrawn|withdraw|revoked|revoke)\b)",
    re.IGNORECASE,
)
"""What follows a request that stands ("запрос о выдаче не отозвала", "has not withdrawn its
request"): told on another day, or on none."""
_REQUESTS = {
    EventType.EXTRADITION_REQUESTED.value,
    EventType.HANDOVER_REQUESTED.value,
    EventType.APPEAL_FILED.value,
    EventType.UN_COMMUNICATION_SENT.value,
}
_GERUND_EN = re.compile(r"\b(?:for|of|about|with)\s+(?:illegally\s+|illegal\s+)?$", re.IGNORECASE)
_BLOCK_EN = re.compile(
    r"\b(?:after|before|because|when|while|which|who|whom|where|but|although|though|since|"
    r"until|that|if|whether|following|then|later|earlier|ago|why|how)\b|[;—–(]",
    re.IGNORECASE,
)
_BLOCK_RU = re.compile(
    r"(?<![\w])(?:после|перед|потому|когда|котор\w+|но|однако|хотя|если|что|чтобы|где|пока|"
    r"затем|потом|спустя|через|откуда|куда|почему|зачем|а)(?![\w])|[;—–(]",
    re.IGNORECASE,
)
_TIME_WORDS_EN = re.compile(
    r"\b(?:after|before|when|while|since|until|following|then|later|earlier|ago|soon|shortly|"
    r"subsequently)\b",
    re.I,
)
_TIME_WORDS_RU = re.compile(
    r"(?<![\w])(?:после|перед|когда|пока|затем|потом|спустя|через|вскоре|позже|позднее|"
    r"впоследствии)(?![\w])",
    re.I,
)
_ON_THE_SPOT = re.compile(
    r"\s*(?:on\s+the\s+spot|then\s+and\s+there|(?:on\s+)?the\s+same\s+day|(?:в\s+)?тот\s+же\s+день|"
    r"тут\s+же|сразу\s+же|на\s+месте)\b",
    re.IGNORECASE,
)
"""Right after an undated step: it was taken on the day of the step told before it."""
_JOINED_AFTER = re.compile(r"[^.;,]{0,60}?(?:\band|(?<![\w])и)\s+$", re.IGNORECASE)
_SOON_BEFORE = re.compile(
    r"(?:\b(?:soon|shortly|later|subsequently)|(?<![\w])(?:вскоре|позже|позднее|впоследствии|"
    r"затем|потом))\s+(?:(?:after|afterwards|he|she|they|he\s+was|она|он|они)\s+)?$",
    re.IGNORECASE,
)
_RELATION_BEFORE = re.compile(
    r"\b(?:mother|father|parents|wife|husband|son|daughter|brother|sister|children|sons|"
    r"daughters|brothers|sisters|cousins?|nephews?|nieces?|uncles?|aunts?|"
    r"grand(?:mother|father|ma|pa|parents)|бабушк\w*|дедушк\w*|дяд[яиюе]|т[её]т[яиюе]|"
    r"мать|матери|мам[аыу]|отца|отец|пап[аыу]|родител\w+|жен[аыу]|муж(?!чин)\w*|сын\w*|доч\w+|брат\w*|сестр\w+|дет\w+)\b"
    # "г." (года) and "г. р." are abbreviations, not the end of the clause
    # a relative who passes the news on ("a cousin passed on word that a court had sentenced
    # him", "сестра узнала, что его осудили") tells of the person, not of herself
    r"(?:(?!\b(?:says?|said|told|сообщил\w*|рассказал\w*|говорит|passed\s+on|learn(?:ed|t)|"
    r"heard|узнал\w*|передал\w*)\b)(?:[^.;]|(?<=[\s\d]г)\.|"
    r"(?<=\sгг)\.|(?<=\sр)\.))*$",
    re.IGNORECASE,
)
_PAPER_ARRIVED = re.compile(
    r"\b(?:request|letter|decision|note|notice|document|papers|complaint|appeal|parcel|"
    r"message|order|application|reply|answer|file|запрос|письмо|решение|жалоба|ответ|"
    r"документ\w*)(?:\s+(?:for|of|from|to|about|on)\s+(?:the\s+|his\s+|her\s+)?[\w'’-]+)?"
    r"(?:\s+itself)?\s+(?:had\s+|has\s+|finally\s+|only\s+)?$",
    re.IGNORECASE,
)
"""What comes before "reached", "arrived" when a paper, not a person, arrives ("the Uzbek
request for extradition reached Bishkek yesterday")."""
_CHECKPOINT = re.compile(
    r"(?-i:[Cc]rossed\s+(?:the\s+border\s+)?at\s+[A-ZА-ЯЁ])|"
    r"checkpoint|border\s+post|crossing\s+point|port\s+of\s+entry|\bvisa\b|passport\s+control|"
    r"пункт\w*\s+пропуска|КПП|\bвиз\w*|погранпереход\w*",
    re.IGNORECASE,
)
_IRREGULAR = re.compile(
    r"illegal|irregular|fence|mountains|on\s+foot|outside|bypass|unguarded|swam|river|without\s+"
    r"(?:papers|documents|a\s+visa)|незаконн\w*|нелегальн\w*|ограждени\w*|забор\w*|гор[ыа]\w*|"
    r"пешком|в\s+обход|вне\s+пункт\w*|переплыл\w*|рек[уи]|"
    # beside a named post, not through it: "в стороне от пункта пропуска «Нур Жолы»",
    # "минуя КПП", "away from the Khorgos checkpoint"
    r"в\s+стороне\s+от\s+(?:пункт|КПП|погранперех)|минуя\s+(?:пункт|КПП|погранперех)|"
    r"away\s+from\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:checkpoint|border\s+post|crossing\s+point)|"
    r"avoid(?:ing|ed)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:checkpoint|border\s+post)",
    re.IGNORECASE,
)
_ORIGIN_COUNTRIES = frozenset({"CN", "UZ", "TJ", "TM"})
"""Countries people flee from in these cases; places elsewhere are in a host state."""
_SHARED_SERVICES = re.compile(r"\b(?:G?KNB|Г?КНБ)\b")
"""State committees of national security of both sides (Kazakh, Kyrgyz and Tajik)."""
_IN_BEFORE = re.compile(r"(?:\bin|(?<![\w])в)\s+$", re.IGNORECASE)
_ORIGIN_WORDS = re.compile(r"\b(?:Chinese\s+police|Xinjiang|китайск\w+\s+полици\w*|Синьцзян\w*)\b")
_HOST_WORDS = re.compile(
    r"\b(?:KNB|GKNB|FSB|ФСБ|УВД|ГУВД|ОМВД|Border\s+Service|(?:Kazakh|Kyrgyz|Turkish|Russian)\s+police|"
    r"migration\s+(?:police|service)|removal\s+cent(?:re|er)|КНБ|ГКНБ|"
    r"on\s+an?\s+\w+\s+(?:arrest\s+)?warrant|межгосударственн\w+\s+розыск\w*|"
    r"Пограничн\w+\s+служб\w*|миграционн\w+\s+полици\w*|deportation\s+cent(?:re|er)|"
    r"foreign(?:ers|\s+nationals)|содержания\s+иностран\w+|для\s+иностран\w+|ЦВСИГ|СУВСИГ|"
    r"спецпри[её]мник\w*|центр\w*\s+(?:выдворения|депортации|содержания\s+мигрант\w*)|"
    # held for breaking the rules of a foreigner's stay: "for violating the rules of stay",
    # "за нарушение режима пребывания"
    r"rules\s+of\s+(?:stay|residence)|нарушени\w+\s+(?:режима|правил)\s+пребывания)\b"
)
_SPEAKER_BACK = re.compile(
    r"(?:^|[,;]\s*|\b(?:day|week|then|later)\W+|\d\s+)(?:(?P<en>he|she)|it|the\s+(?:office|"
    r"ministry|agency|department|service|spokes(?:man|woman|person)|official|minister))\s+"
    r"(?:\w+\s+){0,2}?$|"
    r"(?<![\w])(?:(?P<ru>он|она)|ведомство|министерство|прокуратура)\s+(?:\S+\s+){0,2}?$",
    re.IGNORECASE,
)
"""A speaker told by a pronoun or a bare noun ("the office stated", "he told journalists",
"ведомство заявило") whose official the sentence before names; a pronoun only for an official
person ("the spokesman … he"), not for a body that may have acted on him ("Полиция задержала
его. Он заявил …")."""
_OFFICIAL_PERSON = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|official|representative|ambassador|consul|"
    r"press\s+secretary)\b|(?<![\w])(?:спикер|пресс-секретар|министр|представител|посол|консул|"
    r"руководител|глава)\w*",
    re.IGNORECASE,
)
_OFFICIAL_CUE = re.compile(
    r"\b(?:deputy|minister|ministry|chief|head\s+of|spokes(?:man|woman|person)|official|"
    r"representative|director|chairman|prosecutor|akim|KNB|National\s+Security|police\s+department|"
    r"embassy|consulate|press\s+secretary|посольств\w*|консульств\w*|спикер\w*|пресс-секретар\w*|"
    r"заместител\w*|министр\w*|министерств\w*|начальник\w*|председател\w*|представител\w*|пресс-служб\w*|"
    r"директор\w*|глава|руководител\w*|прокурор\w*|прокуратур\w*|департамент\w*|аким\w*|КНБ|"
    r"МВД|МИД|Минюст\w*|полици\w*|police\s+(?:spokes\w+|chief|said)|police(?=\s+$)|ombuds(?:man|woman|person)|"
    r"омбудсмен\w*|уполномоченн\w+\s+по\s+правам|security\s+service|служб\w+\s+безопасности|"
    # a state body named by its head noun: "the migration authority", "the Presidency of
    # Migration Management", "the provincial directorate", "миграционная служба"
    r"authorit(?:y|ies)|presidency|directorate|administration|"
    r"migration\s+(?:service|office|agency|department)|ведомств\w*|"
    r"администраци\w*|миграционн\w+\s+служб\w*|управлени\w*)\b",
    re.IGNORECASE,
)
_SAID = {EventType.OFFICIAL_STATEMENT, EventType.PRESS_CONFERENCE, EventType.NGO_APPEAL}
_AFTER_BEFORE = re.compile(r"(?:\bafter|после)\s+(?:the\s+)?$", re.IGNORECASE)
_SITTING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:court\s+)?(?:hearing|session|verdict|ruling|trial|meeting)\b|"
    r"\s+(?:судебного\s+)?(?:заседания|слушания|приговора|решения)(?![\w])",
    re.IGNORECASE,
)
_INTERNATIONAL = re.compile(
    r"\b(?:UN|UNHCR|OHCHR|United\s+Nations|refugee\s+agency|Red\s+Cross|OSCE|ООН|УВКБ|"
    r"УВКПЧ|ОБСЕ|Красн\w+\s+Крест\w*)\b"
)
_NGO_CUE = re.compile(
    r"Human\s+Rights|Amnesty|Bureau|Foundation|Freedom|Atajurt|rights\s+(?:group|groups|"
    r"organi[sz]ations?|defenders?|activists?)|\bNGOs?\b|Network|Cent(?:re|er)\b|Coalition|"
    r"Initiative|Society|Association|\bFund\b|\bGroup\b|organi[sz]ations|activists|Memorial|"
    r"legal\s+clinic|юридическ\w+\s+клиник\w*|"
    r"Article\s+19|Амнести|Хьюман|Мемориал|Статья\s+19|"
    r"правозащит\w*|бюро|фонд\w*|центр\w*|коалици\w*|ассоциаци\w*|организаци\w*|"
    # "общественное объединение «…»", "the association": a registered rights group's form
    r"общественн\w+\s+объединени\w*|(?<![\w])объединени[ея](?![\w])|"
    r"активист\w*|движени\w*|"
    # a named group: "Caspian Rights Watch", "Central Asia Rights Monitor", "the undersigned
    # organisations", "группа «Ашар»", "инициатива «…»"
    r"(?-i:Rights|Watch|Monitor)\b|\bundersigned\b|"
    r"(?<![\w])(?:групп|инициатив|объединени|сообществ)\w*\s+[«\"“]|нижеподписавш\w*",
    re.IGNORECASE,
)
# an organisation's own statement tells its appeals in the first person plural ("On 3 September
# we issued an urgent appeal", "we wrote again", "Мы призываем власти", "наш центр опубликовал
# обращение"): "we" is the organisation where the text opens as one's statement
_WE = re.compile(
    r"\b(?:we|our\s+(?:organi[sz]ation|centre|center|group|coalition))\b|"
    r"(?<![\w])(?:мы|наш\w*\s+(?:центр|организаци|объединени|коалици|фонд|бюро)\w*)(?![\w])",
    re.IGNORECASE,
)
_OWN_ORGANISATION = re.compile(
    r"\b(?:his|her|their|its)\s+(?:organi[sz]ation|group)\b|"
    r"(?<![\w])(?:его|её|ее|их)\s+(?:организаци|объединени)\w*",
    re.IGNORECASE,
)


def _ngo_voice(s_text: str, text: str) -> bool:
    """Whether a sentence's appeal is an organisation's: a named group in it, "his
    organisation", or "we" in a text that opens as an organisation's statement."""
    if _NGO_CUE.search(s_text) or _OWN_ORGANISATION.search(s_text):
        return True
    return bool(_WE.search(s_text)) and bool(_NGO_CUE.search(text[:400]))


_TO_MIGRATION = re.compile(r"\bto\s+the\s+(?:[\w-]+\s+)?migration\b", re.IGNORECASE)
_ASYLUM_CONTEXT = re.compile(
    r"asylum|refugee|protection|migration|application|request|claim|беженц\w*|убежищ\w*|"
    r"защит\w*|миграц\w*|заявлени\w*|ходатайств\w*|"
    # a testimony's "Статус мне так и не дали. В 2021-м пришёл отказ": the status, named bare
    r"(?<![\w])статус(?:а|у|ом|е)?\s+(?:(?:мне|ему|ей|им|нам|так|и|ещё|еще|тоже|всё|все|я|он|она|мы|они)\s+){0,4}"
    r"(?:не\s+)?(?:дали|дал|дала|получил\w*|присвоили)",
    re.IGNORECASE,
)
_AND_NEW_CLAUSE = re.compile(
    r"\b(?:and|but)\s+(?:then\s+)?(?:in|on|at|by|from|since|during|after|before)\s+(?:the\s+)?$|"
    r"(?<![\w])(?:и|а|но)\s+(?:затем\s+|потом\s+)?(?:в|во|с|со|после|до|к)\s+$|"
    # "выехал из СУАР и 12.09.2019 въехал …": a date right after "и" opens the next clause
    r"^\s*(?:и|а|но|and|but)\s+$",
    re.IGNORECASE,
)
"""A date that opens the clause after "and" ("… his passport and in April 2018 he was sent
…"): it belongs to what follows it, not to the event before "and"."""
_COORD = re.compile(r"^\s*(?:and|but|then|и|а|но)\s", re.IGNORECASE)
"""A date followed by "and <verb>" closes the clause before: "on 3 September 2019 and
received a certificate ten days later"."""
_BORDER_WORDS = re.compile(r"border|checkpoint|границ\w*|пункт\w*\s+пропуска|КПП", re.I)
_UN = re.compile(r"\bUN\b|United\s+Nations|Committee|ООН|Комитет", re.IGNORECASE)
_TORTURE_MEANS = re.compile(
    r"electric\w*|shocks?\b|tiger\s+chair|hung\s+(?:me|him|her|them)|waterboard\w*|"
    r"электрическ\w*|током|электрошок\w*|стул\w*\s+тигра|подвешива\w*",
    re.IGNORECASE,
)
_PROPER_AFTER = re.compile(r"\s*(?:in|at|to|до|в)?\s*(?-i:[A-ZА-ЯЁ][\w-]+)")
_NOT_A_PLACE_WORD = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|He|She|They|"
    r"I|We|His|Her|Their|Mr|Mrs|Ms)$"
)
_NOT_A_SCENE = re.compile(r"(?:Republic\s+of|Республики|Code\s+of)\s+$", re.IGNORECASE)
_FROM = re.compile(r"(?:\bfrom|(?<![\w])из)\s+$", re.IGNORECASE)
_EXTRADITION = re.compile(
    r"extradit|экстрадиц|выдач\w+\s+(?:Китаю|КНР)|(?:at|on)\s+(?-i:[A-Z]\w+)['’]s\s+request|"
    r"at\s+the\s+request\s+of\s+(?:the\s+)?(?-i:[A-Z])|по\s+запросу\s+(?:властей\s+)?(?-i:[А-ЯЁ])|"
    # held as a wanted person of another state, or until a decision on handing over
    r"(?:interstate|international)\s+wanted\s+list|Interpol|red\s+notice|"
    r"(?:межгосударственн|международн)\w+\s+розыск\w*|"
    r"(?:вопроса|решения|запрос\w*)\s+(?:\S+\s+){0,5}?о\s+(?:его\s+|её\s+|ее\s+)?выдаче|"
    r"в\s+целях\s+(?:его\s+|её\s+|ее\s+)?выдачи",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(
    r"(?:,|^)\s*(?:\w+\s+)?(?:котор\w+|who|whom|whose|which)\b[^,]*$", re.IGNORECASE
)
_RELATIVE_TOPIC = re.compile(
    # a thread's post number ("8/ Grandma stayed in Kulob"), a speaker's initials
    r"^\W*(?:\d{1,3}/\d{0,3}\s+)?(?:[A-ZА-Я]{1,2}:\s*)?"
    # a date that opens the sentence: "In 2017 his sister …", "В 2017 году его сестру …"
    r"(?:(?:in|on|by|в|во)\s+(?:[\w.]+\s+){0,2}?\d{4}(?:\s*(?:года|году|г\.)|-\w+)?\s*,?\s+)?"
    r"(?:(?:My|His|Her|Their|Our|Мой|Моя|Мои|Его|Её|Ее|Их|Наш\w*)\s+)?"
    r"(?:[\w'’]+\s+){0,2}?"
    r"(?:mother|father|parents|wife|husband|son|daughter|brother|sister|grandmother|grandfather|"
    r"grandma|grandpa|uncle|aunt|мать|отец|родител\w+|жена|муж|сын|дочь|брат|сестра|бабушка|"
    r"дедушка|дядя|тётя|тетя)(?:['’]s)?\b",
    re.IGNORECASE,
)
# "Про мужа я долго ничего не знала. В 2020 году его осудили …", "As for her brother, …": a
# sentence about a relative in an oblique case, then a pronoun for him
_ABOUT_RELATIVE = re.compile(
    r"^\W*(?:про|о|об|about|as\s+for)\s+(?:(?:мо\w+|его|её|ее|их|my|his|her|their|our)\s+)?"
    r"(?:(?:младш|старш)\w+\s+|(?:elder|younger|older)\s+)?(?:мужа|муже|жену|жене|брата|брате|"
    r"сестру|сестре|сына|сыне|дочь|дочери|отца|отце|мать|матери|husband|wife|brother|sister|son|"
    r"daughter|father|mother)(?![\w])",
    re.IGNORECASE,
)
_FEMALE_KIN_OF_HIS = re.compile(
    r"\b(?:his|его)\s+(?:\w+\s+)?(?:mother|wife|daughter|sister|мать|жена|дочь|сестра)\b",
    re.IGNORECASE,
)
_FEMALE_KIN = re.compile(r"(?<![\w])(?:мать|жена|дочь|сестра)(?![\w])", re.IGNORECASE)
_FEMININE_VERB = re.compile(r"[а-яё]+(?:на|ла|лась)", re.IGNORECASE)
_NAMED_SUBJECT = re.compile(
    r"(?<![.!?]\s)(?<!^)(?-i:[А-ЯЁ][а-яё]+)|(?<![\w])(?:она|он|его|её|ее)(?![\w])"
)
# a text about a man: a masculine past verb or participle of its person near its start
_MASCULINE_SUBJECT = re.compile(
    r"(?<![\w])(?:родился|задержан|выехал|прибыл|подал|осуждён|осужден|уволен)(?![\w])"
)
_DASH_PRONOUN = re.compile(
    r"[^.;:!?]{0,40}?\s[—–-]\s+(?:(?:а|и|but|and)\s+)?(?:её|ее|его|ей|ему|их|им|her|him|them)(?![\w])",
    re.IGNORECASE,
)
_HER_OBJECT = re.compile(r"\s+(?:her|её|ее|ей)(?![\w])", re.IGNORECASE)
# "she" as the subject right before the trigger: "In 2017 she was taken to …", "she had been held"
_SHE_SUBJECT = re.compile(
    r"(?:^|[\s,;])she\s+(?:(?:was|had|has|been|then|later|also|soon)\s+){0,3}$", re.IGNORECASE
)
_HE_WORDS = re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE)
_SHE_WORDS = re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)


def _about_a_man(text: str) -> bool:
    """An English text whose pronouns are mostly his: a "she" in it is someone else."""
    head = text[:3000]
    return len(_HE_WORDS.findall(head)) > 2 * len(_SHE_WORDS.findall(head))
_SOURCE_BEFORE = re.compile(
    r"(?:по\s+словам|со\s+слов|according\s+to|"
    # a parenthetical speaker before the relative: "В марте 2014 года, рассказывает жена, его
    # задержали", "in 2014, recalls his sister, he was held"
    r"(?<![\w])(?:рассказыва\w+|рассказал\w*|говорит|говорят|сказал\w*|вспомина\w+|пишет|"
    r"утвержда\w+|уточня\w+|says|said|recalls|recalled|writes|wrote))\s+"
    r"(?:(?:his|her|their|its|его|её|ее|их)\s+)?$",
    re.IGNORECASE,
)
_RELATION_OBJECT = re.compile(
    r"\s+(?:(?:\w+\s+){0,2})?(?:my|his|her|their|our|мо[юегй]\w*|его|её|ее|их)\s+"
    r"(?:(?:elder|younger|older|младш\w+|старш\w+)\s+)?(?:mother|father|parents|wife|husband|"
    r"son|daughter|brother|sister|children|sons|daughters|brothers|sisters|grandmother|grandfather|"
    r"grandparents|uncle|aunt|cousin|nephew|niece|мать|матер\w*|мам[уы]|отца|папу|бабушк\w*|"
    r"дедушк\w*|дяд[юи]|т[её]т[юи]|"
    r"отец|родител\w+|жен[уаы]|мужа|сына|сыновей|дочь|дочер\w*|брат\w*|сестр\w*|дет\w*)\b|"
    # a relative named by whose relative it is: "задерживали младшего брата Джамшеда"
    r"\s+(?:(?:\w+\s+){0,2})?(?:(?:младш|старш)\w+\s+)?(?:мать|отца|жену|мужа|сына|дочь|брата|"
    r"сестру|родителей)\s+(?-i:[А-ЯЁ][а-яё]+)",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"(?<![\w])(?:He|She|him|Он|Она|его|её|ее|ему|ей)(?![\w])")
_THIRD_OBJECT = re.compile(r"(?<![\w])(?:him|her|его|её|ее|ему|ей)(?![\w])", re.IGNORECASE)
_FIRST_PERSON_WORDS = re.compile(r"\bI\b|(?<![\w])(?:я|меня|мне|мной)(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _first_person(text: str) -> bool:
    """Whether the text is told in the first person ("I", "я"): a testimony, an interview."""
    return len(_FIRST_PERSON_WORDS.findall(text)) >= 3


_HE_SHE = re.compile(r"^\W*(?:[A-ZА-Я]{1,2}:\s*)?(?:He|She|Он|Она)\b")
_QUOTE = re.compile(r"[\"“«]([^\"”»]{2,200})[\"”»]")
_THAT = re.compile(r"\b(?:that|что)\s+", re.IGNORECASE)

_TERM_TYPES = {
    EventType.VERDICT,
    EventType.SENTENCE,
    EventType.REFUGEE_STATUS_GRANTED,
    EventType.REFUGEE_STATUS_EXTENDED,
    EventType.ASYLUM_CERTIFICATE_ISSUED,
    EventType.ASYLUM_CERTIFICATE_EXTENDED,
}
_VALID_UNTIL_TYPES = _TERM_TYPES - {EventType.VERDICT, EventType.SENTENCE}
_STAY = re.compile(
    r"\b(?:stayed|remained|was\s+kept|were\s+kept|was\s+held|were\s+held|spent)\b|"
    r"(?<![\w])(?:оставал\w*|находил\w*|содержал\w*|пробыл\w*|провёл|провел\w*)(?![\w])",
    re.IGNORECASE,
)
_LASTING = {
    EventType.CAMP_INTERNMENT,
    EventType.DETENTION_ORIGIN,
    EventType.DETENTION_HOST,
    EventType.HOUSE_ARREST,
    EventType.EXTRADITION_DETENTION,
    EventType.SURVEILLANCE,
}
_HARM = {EventType.TORTURE, EventType.ILL_TREATMENT}
_HELD = {
    EventType.DETENTION_ORIGIN,
    EventType.DETENTION_HOST,
    EventType.SUMMONS,
    EventType.CAMP_INTERNMENT,
    EventType.EXTRADITION_DETENTION,
}
_FOLDS_RELEASE = {EventType.CAMP_INTERNMENT, EventType.DETENTION_ORIGIN, EventType.HOUSE_ARREST}
_FLIGHT = {
    EventType.DEPARTURE_HOME,
    EventType.BORDER_CROSSING_AT_CHECKPOINT,
    EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT,
}
_COUNTRY_OK = _FLIGHT | {
    EventType.ARRIVAL,
    EventType.CAMP_INTERNMENT,
    EventType.DETENTION_ORIGIN,
    EventType.RESETTLEMENT,
    EventType.DEPARTURE_FROM_HOST,
    EventType.HANDOVER_CARRIED_OUT,
    EventType.EXPULSION_CARRIED_OUT,
    EventType.EXTRADITION_REQUESTED,
}
_PLACE_RANK = {
    "checkpoint": 0, "village": 0, "town": 1, "city": 1, "district": 2, "county": 2,
    "prefecture": 3, "region": 3, "country": 4,
}  # fmt: skip


_STEPS_APART = {
    frozenset(pair)
    for pair in (
        (EventType.APPEAL_FILED, EventType.APPEAL_DECIDED),
        (EventType.ASYLUM_APPLICATION_FILED, EventType.REFUGEE_STATUS_REFUSED),
        (EventType.ASYLUM_APPLICATION_FILED, EventType.REFUGEE_STATUS_GRANTED),
        (EventType.EXTRADITION_REQUESTED, EventType.EXTRADITION_DECISION),
        (EventType.CHARGE, EventType.VERDICT),
        (EventType.UN_COMMUNICATION_SENT, EventType.UN_DECISION),
        (EventType.UN_COMMUNICATION_SENT, EventType.UN_INTERIM_MEASURES),
    )
}
"""Steps of one proceeding that are not told on one day: neither lends the other its date."""


def find_triggers(text: str, sents: Sequence[Sentence], lang: str) -> list[TriggerHit]:
    modal = _MODAL_RU if lang == "ru" else _MODAL_EN
    out: list[TriggerHit] = []
    for sent in sents:
        s_text = sent.text(text)
        hits: list[TriggerHit] = []
        line = text.rfind("\n", 0, sent.span.start) + 1
        if _NOTE_TO_SELF.match(s_text) or _NOTE_TO_SELF_LINE.match(text, line):
            continue
        for trig in triggers(lang):
            if trig.gate is not None and not trig.gate.search(s_text):
                continue
            for m in trig.pattern.finditer(s_text):
                if m.end() == m.start():
                    continue
                span = Span(sent.span.start + m.start(), sent.span.start + m.end())
                before = s_text[max(0, m.start() - 30) : m.start()]
                if modal.search(before) or _OBJECT_OF.search(before):
                    continue
                if _COMPLAINT_AGAINST.search(s_text[max(0, m.start() - 120) : m.start()]):
                    continue
                if trig.weak and (
                    _PLANNED_AFTER.match(s_text, m.end())
                    or (_SET_BEFORE.search(before) and _FOR_AFTER.match(s_text, m.end()))
                ):
                    continue  # "a hearing is scheduled for 20 May": not yet an event
                if _NEVER_CAME.match(s_text, m.end()):
                    continue  # "запрос о выдаче так и не поступил": no request
                if trig.kind in _REQUESTS and _NOT_WITHDRAWN.match(s_text, m.end()):
                    continue  # "запрос о выдаче не отозвала": the request made before
                if trig.weak and _ASKED_FOR.search(before):
                    continue  # "ходатайство об освобождении", "a request for release"
                weak = trig.weak or (lang != "ru" and bool(_GERUND_EN.search(before)))
                hits.append(
                    TriggerHit(trig.kind, span, sent.index, sent.paragraph, weak, trig.priority)
                )
        chosen: list[TriggerHit] = []
        for h in sorted(hits, key=lambda h: (-h.priority, -len(h.span), h.span.start)):
            if not any(h.span.overlaps(c.span) for c in chosen):
                chosen.append(h)
        out.extend(sorted(chosen, key=lambda h: h.span.start))
    return out


def _blocked(text: str, a: Span, b: Span, lang: str, masks: Sequence[Span] = ()) -> bool:
    """True when a clause boundary ("after", "that", ";") lies between two spans; date
    expressions (``masks``: "that day", "в тот же день") are not boundaries."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    if lo >= hi:
        return False
    chars = list(text[lo:hi])
    for m in masks:
        for i in range(max(m.start, lo), min(m.end, hi)):
            chars[i - lo] = " "
    return bool((_BLOCK_RU if lang == "ru" else _BLOCK_EN).search("".join(chars)))


def _own_clause(text: str, hit: TriggerHit, sent: Sentence, others: Sequence[TriggerHit]) -> str:
    nxt = min((o.span.start for o in others if o.span.start > hit.span.end), default=sent.span.end)
    return text[hit.span.end : nxt]


_RELATIONS = {
    "husband": r"husband|муж(?!чин)",
    "wife": r"wife|жен[аыуе]",
    "son": r"sons?\b|сын",
    "daughter": r"daughter|доч",
    "brother": r"brother|брат",
    "sister": r"sister|сестр",
    "father": r"father|dad\b|отец|отц|пап",
    "mother": r"mother|mum\b|mom\b|мать|матер|мам",
    # so that "дядю Сафара, папиного брата" is the uncle, not the father the text is about
    "uncle": r"uncle|дяд",
    "aunt": r"aunt|т[её]т[яиюе]",
    "grandmother": r"grandmother|grandma|бабушк",
    "grandfather": r"grandfather|grandpa|дедушк",
}
_RELATION_WORD = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _RELATIONS.items()), re.IGNORECASE)
_FOR_MY_RELATIVE = re.compile(
    r"(?:помо\w+|защит\w+|спас\w+|заступ\w+|освобод\w+|верн\w+|help|protect|save|free|release)"
    r"\s+(?:\w+\s+)?(?:мо\w+|нашему|нашего|my|our)\s+(?:(?:младш|старш)\w+\s+|(?:elder|younger)\s+)?"
    r"(?P<who>\w+)",
    re.IGNORECASE,
)


def _relation_word(said: str) -> str | None:
    m = _RELATION_WORD.search(said)
    return m.lastgroup if m is not None else None


# A relative's testimony about the person held: "Мой старший брат Ильнур сейчас сидит в
# изоляторе в Астане", "My son Aibek is being held in a removal centre", "my husband faces
# extradition"
_MY_RELATIVE_HELD = re.compile(
    r"(?<![\w])(?:мой|моя|моего|моей|наш|наша|my|our)\s+(?:(?:младш|старш)\w+\s+|(?:elder|"
    r"younger|older)\s+)?(?P<who>\w+)(?:,?\s+(?-i:[A-ZА-ЯЁ][\w-]+)){0,2},?\s+(?:\w+\s+){0,2}?"
    r"(?:сидит\s+в\s+(?:изолятор|СИЗО|ИВС|тюрьм)\w*|находится\s+(?:в\s+(?:изолятор|СИЗО|ИВС)\w*|"
    r"под\s+стражей)|содерж\w+\s+(?:в|под)\s+|(?:is|has\s+been)\s+(?:being\s+)?(?:held|detained)|"
    r"faces\s+(?:extradition|deportation)|is\s+in\s+(?:custody|detention|a\s+(?:removal|detention)))",
    re.IGNORECASE,
)


# the teller's relative in a testimony's introduction: "His daughter Dinara has been held in
# China since 2018", "Her son was sentenced in 2019", "Его дочь Жанар уже восьмой год находится в
# заключении", "Её муж с 2017 года содержится в лагере"
_TELLERS_RELATIVE_HELD = re.compile(
    r"(?<![\w])(?:his|her|его|её|ее)\s+(?:(?:младш|старш)\w+\s+|(?:elder|younger|older|youngest|"
    r"eldest)\s+)?(?P<who>daughter|son|husband|wife|brother|sister|father|mother|дочь|сын|муж|жена|"
    r"брат|сестра|отец|мать)(?:,?\s+(?-i:[A-ZА-ЯЁ][\w'’-]+)){0,2},?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:has|had)\s+been\s+(?:held|detained|imprisoned|jailed|in\s+(?:prison|custody|detention|"
    r"a\s+camp))|is\s+(?:held|detained|imprisoned|in\s+(?:prison|custody|detention|a\s+camp))|"
    r"was\s+(?:detained|arrested|sentenced|jailed|taken)|находится\s+(?:в\s+(?:заключении|тюрьм\w*|"
    r"лагер\w*|СИЗО|изолятор\w*)|под\s+стражей)|сидит\s+в|содерж\w+\s+(?:в|под)\s|"
    r"(?:был[аи]?\s+)?(?:задержан\w*|арестован\w*|осужден\w*|осуждён\w*))",
    re.IGNORECASE,
)


_COMMUNITY_ADDRESS = re.compile(
    r"(?:брат|сестра|brother|sister)\s+(?!\w+(?:ова|ева|ёва|ина|ына|ого|его)\b)"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]+\s+[A-ZА-ЯЁ][\w'’-]+)",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:его|её|ее|их|мой|моя|мои|моего|моей|наш|наша|his|her|their|my|our|\w+['’]s)\s+"
    r"(?:\w+\s+)?|\b(?:младш|старш|родн|двоюродн|сводн)\w*\s+|\b(?:younger|older|elder|"
    r"little|big|half-?|step)\s*)$",
    re.IGNORECASE,
)
"""A bare "брат"/"сестра"/"brother"/"sister" before a full name, no one's relative named
("брат Довлет Гурбанов", "Sister Amina Yusupova"): how a religious community names its members;
"его брат Довлет", "брат Мергена", "Brother Akmal" stay relatives."""
_CASE_TITLE = re.compile(
    r"\b(?:the\s+)?(?-i:(?P<en>[A-Z][\w'’-]+))\s+case\b|[Дд]ел[оау]\s+«?(?-i:(?P<ru>[А-ЯЁ]\w+))",
    re.IGNORECASE,
)


def _case_name(text: str) -> str | None:
    """The name in a title that says whose case the text is ("… days of the Rakhimov case",
    "«Дело Гульнар»"), from the text's first line."""
    first = text.lstrip().split("\n", 1)[0]
    m = _CASE_TITLE.search(first)
    if m is None:
        return None
    return m["en"] or m["ru"]


@lru_cache(maxsize=16)
def _subject_relation(text: str) -> str | None:
    """The relative a letter, an appeal or a testimony is about ("прошу помочь моему мужу",
    "help my son", "Мой брат сейчас сидит в изоляторе"): the writer's husband, son or brother
    is then the person of the text, and what is done to him is not a relative's persecution."""
    m = (
        _FOR_MY_RELATIVE.search(text[:1500])
        or _MY_RELATIVE_HELD.search(text[:1500])
        or _MY_RELATIVE_INTRODUCED.search(text[:4000])
        or _MY_RELATIVES_CASE.search(text[:1500])
        # a recorded testimony's introduction in the third person, then "I": "His daughter
        # Dinara has been held in China since 2018. … My name is …"
        or (_TELLERS_RELATIVE_HELD.search(text[:1000]) if _first_person(text) else None)
    )
    if m is None:
        caller = _CALLER_SPOUSE.search(text[:4000])
        if caller is not None:
            return _SPOUSE_OF.get(_relation_word(caller["role"]) or "")
    if m is None:
        return None
    return _relation_word(
        next(w for w in (m.groupdict().get(k) for k in ("who", "who2", "who3", "who4")) if w)
    )


# A relative introduced by name ("My husband Bolat had a small shop", "his brother Daulet",
# "брат Жанболата, Ербол", "мужа, Таланта,"): the name said alone later ("They took Bolat on
# the 3rd of February 2018", "In 2021 Bolat was given fifteen years") is that relative's
_NAMED_RELATIVE = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:(?:elder|younger|older|little|eldest|youngest)\s+)?"
    r"(?P<en>husband|wife|brother|sister|son|daughter|father|mother|uncle|cousin|nephew)"
    r",?\s+(?-i:(?P<name>[A-Z][a-z]{2,}))\b(?!\s+(?-i:[A-Z]))|"
    r"(?<![\w])(?:(?P<poss>мо[йяеи]\w*|его|её|ее|их|наш\w*)\s+)?(?:(?:младш|старш)\w+\s+)?"
    r"(?P<ru>муж[аеу]?|жен[аыеу]|брат[аеу]?|сестр[аыеу]|сын[аеу]?|доч(?:ь|ери)|от(?:ец|ца|цу)|"
    r"мат(?:ь|ери))(?:\s+(?-i:[А-ЯЁ]\w+))?(?P<comma>,)?\s+"
    r"(?-i:(?P<runame>[А-ЯЁ][а-яё]{3,}))(?![\w])(?!\s+(?-i:[А-ЯЁ]))",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)
def _named_relatives(text: str) -> tuple[tuple[str, str], ...]:
    """The given names of relatives the text introduces with their relation, and that
    relation: (name stem, relation word). A relative the text is about (a wife's testimony
    about "my husband") is left out by ``_subject_relation``."""
    subject = _subject_relation(text)
    out: dict[str, str] = {}
    for m in _NAMED_RELATIVE.finditer(text):
        name = m["name"] or m["runame"]
        said = m["en"] or m["ru"]
        if m["runame"] and (
            not (m["poss"] or m["comma"])
            # "мать Шарипова", "брат Нурахметовой": a surname in the genitive is the owner
            or re.search(r"(?:ов|ев|ёв|ин|ын)(?:а|ой|у|ым)?$|(?:ого|его)$", name)
        ):
            continue
        if _relation_word(said) == subject:
            continue
        # a Russian name in any case: "Болат", "Болата", "Болату"
        stem = name if m["name"] else name[:-1] if name[-1] in "аяуюеиыоь" else name
        if re.search(rf"(?<![\w])(?-i:{re.escape(stem)})\w{{0,3}}\s+(?-i:[A-ZА-ЯЁ][\w'’-]+)", text):
            # "Our brother Annamyrat … Annamyrat Gurbanov, who has prayed with us": a name the
            # text gives in full is a person of the text, not a relative named in passing
            continue
        out.setdefault(stem, said)
    return tuple(out.items())


_TELLS_OF_ANOTHER = re.compile(
    r"(?<![\w])(?:says?|said|told|tells|asks?|asked|recalls?|recalled|wrote|writes|he|she|they|I|"
    r"we|сказал\w*|рассказал\w*|рассказывает|говорит|сообщил\w*|пишет|написал\w*|вспоминает|"
    r"он|она|они|я|мы)(?![\w])",
    re.IGNORECASE,
)


def _named_relative_near(text: str, sent: Sentence, hit: TriggerHit) -> str | None:
    """The relation of a relative named alone in the trigger's clause: before it ("In 2021
    Bolat was given fifteen years") or as its object ("They took Bolat")."""
    known = _named_relatives(text)
    if not known:
        return None
    before = text[max(sent.span.start, hit.span.start - 60) : hit.span.start]
    before = re.split(r"[;:—–]|,\s+(?:and|but|и|а|но)\s", before)[-1]
    after = text[hit.span.end : min(sent.span.end, hit.span.end + 20)]
    inside = hit.span.text(text)
    # "Ербола … так и не отпустили: в декабре 2020 года его приговорили": the sentence opens
    # with the relative's name, then a pronoun for him before the trigger
    opening = text[sent.span.start : min(hit.span.start, sent.span.start + 30)]
    pronoun = _PRONOUN.search(text, max(sent.span.start, hit.span.start - 40), hit.span.start)
    for stem, said in known:
        word = re.compile(rf"(?<![\w])(?-i:{re.escape(stem)})\w{{0,3}}(?![\w])")
        m_before = word.search(before)
        if (
            m_before is not None
            and not re.match(r"\s+(?-i:[A-ZА-ЯЁ])", before[m_before.end() :])
            # "His sister, Ogulgerek, says he was detained": she tells, he is held
            and not _TELLS_OF_ANOTHER.search(before[m_before.end() :])
        ):
            return said
        named_after = (
            rf"\s+(?:\S+\s+)?(?-i:{re.escape(stem)})\w{{0,3}}(?![\w])(?!\s+(?-i:[A-ZА-ЯЁ]))"
        )
        if re.match(named_after, after):
            return said
        if pronoun is not None and re.match(
            rf"\W*(?-i:{re.escape(stem)})\w{{0,3}}(?![\w])(?!\s+(?-i:[A-ZА-ЯЁ]))", opening
        ):
            return said
        if re.search(rf"\s(?-i:{re.escape(stem)})\w{{0,3}}$", inside):
            return said  # "took Bolat": the name ends the trigger
    return None


# A log's or an intake form's caller who is the spouse of the person the case is about:
# "Caller: Gulnisa TURSUN (wife).", "Звонит Мадина, жена Тохира Мирзоева", "Applicant: …,
# husband": her husband (his wife) is the person of the text, not a relative
_CALLER_SPOUSE = re.compile(
    r"(?:^|\n|[.:]\s)[ \t]*(?:Caller|Called|Calling|Applicant|Contact|Visitor|Звонит|Звонила|"
    r"Звонил|Позвонила|Позвонил|Обратилась|Обратился|Заявитель|Заявительница)\b[ \t]*:?[ \t]*"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]*)(?:[ \t]+(?-i:[A-ZА-ЯЁ][\w'’-]*)){0,2}[ \t]*[(,][ \t]*"
    r"(?P<role>wife|husband|жена|муж)\b",
    re.IGNORECASE,
)
_SPOUSE_OF = {"wife": "husband", "husband": "wife"}


# A paragraph that opens by introducing the writer's relative by name: "My husband, Mehmutjan
# Qadir, is a Uyghur from Ghulja.", "Мой брат, Фарход Салимов, — учитель из Ферганы."
_MY_RELATIVE_INTRODUCED = re.compile(
    r"(?:^|\n)[ \t]*(?:My|Our|Мой|Моя|Наш|Наша)\s+(?:(?:младш|старш)\w+\s+|(?:elder|younger|"
    r"older)\s+)?(?P<who>\w+),\s+(?-i:[A-ZА-ЯЁ][\w'’-]+)(?:\s+(?-i:[A-ZА-ЯЁ][\w'’-]+)){0,2},\s+"
    r"(?:is|was|has|[—–-])\s",
    re.IGNORECASE,
)


# The writer's relative whose case the text is: "весь прошлый год мы жили делом папы", "my
# father's case", "the case of my husband"
_MY_RELATIVES_CASE = re.compile(
    r"(?<![\w])(?:дел(?:ом|о|а|е|у)|процесс\w*)\s+(?:(?:моего|моей|нашего|нашей)\s+)?"
    r"(?P<who>папы|отца|мамы|матери|мужа|жены|брата|сестры|сына|дочери)(?![\w])|"
    r"\b(?:my|our)\s+(?P<who2>father|dad|mother|mum|mom|husband|wife|brother|sister|son|daughter)"
    r"['’]s\s+case\b|\bthe\s+case\s+of\s+(?:my|our)\s+(?P<who3>father|dad|mother|husband|wife|"
    r"brother|sister|son|daughter)\b|"
    # a relayed account's headline: "a son's account of his father's deportation", "Дочь
    # выдворенного … рассказывает, как … семья потеряла отца"
    r"\b(?:son|daughter|wife|husband|brother|sister|mother|father)['’]s\s+(?:account|story|"
    r"testimony)\s+of\s+(?:his|her|their)\s+(?P<who4>father|mother|husband|wife|brother|sister|"
    r"son|daughter)['’]s\b",
    re.IGNORECASE,
)


_SPOKESMAN_LABEL = re.compile(
    r"(?:the\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer))\b[^:]*:", re.I
)
_NOTE_TO_SELF_LINE = re.compile(r"[ \t]*(?:TODO|To-?do|NB|N\.B\.)\b", re.IGNORECASE)
_NOTE_TO_SELF = re.compile(
    r"\(?[ \t]*(?-i:Ask|Check|Verify|Find\s+out|Спросить|Узнать|Проверить|Поискать|Уточнить|"
    r"Выяснить)\b"
)
"""A notebook's note to its writer: a line headed "TODO"/"NB", a sentence that opens with an
imperative ("(Ask family for the verdict copy.)", "Проверить, подавала ли она …"): the events
it names are not told as having happened."""
_HEADER_STATEMENT = re.compile(
    r"(?:press\s+)?briefing|spokesperson\s*:|пресс-секретарь\s*:|официальный\s+представитель\s*:|"
    r"брифинг",
    re.IGNORECASE,
)


_SAID_OF_MANY = {
    DETENTION,
    EventType.CAMP_INTERNMENT.value,
    EventType.EXTRADITION_DETENTION.value,
    EventType.HANDOVER_CARRIED_OUT.value,
    EventType.EXPULSION_CARRIED_OUT.value,
    EventType.VERDICT.value,
    EventType.TORTURE.value,
    EventType.ILL_TREATMENT.value,
    EventType.REFUGEE_STATUS_GRANTED.value,
    EventType.RESETTLEMENT.value,
}
"""Kinds that a report also tells of groups of people ("deported dozens of Uyghurs", "несколько
этнических казахов … получили здесь убежище")."""
_OTHER_PEOPLE = (
    r"(?:his|her|their|my|our|его|её|ее|их|мо\w+|наш\w*)\s+(?:(?:close|old|former|близк\w+|"
    r"бывш\w+)\s+)?(?:friends?|colleagues?|neighbou?rs?|classmates?|students?|co-?workers?|"
    r"fellow\s+\w+|друз\w+|друг[аи]?|коллег\w*|сосед\w*|однокласс\w*|студент\w*|сослуживц\w*|"
    # "Проблемы начались, когда нашего имама арестовали": the mosque's imam, not the person
    r"imams?|mullahs?|pastors?|priests?|teachers?|имам\w*|мулл\w*|пастор\w*|священник\w*|"
    r"учител\w*)\b"
)
_OTHERS = re.compile(_OTHER_PEOPLE + r"(?![^.;]*\b(?:and\s+(?:him|her)|и\s+(?:его|её|ее)))", re.I)
_OTHERS_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?(?:of\s+)?" + _OTHER_PEOPLE, re.IGNORECASE)
_WITH_OTHERS = re.compile(
    # "We left Tekes on 8 October 2019, me and the children, and crossed at Khorgos"
    r"\b(?:he|she|I|we|me|us)\s+and\s+(?:his|her|my|our|the)\s|"
    r"(?<![\w])(?:он|она|я|мы)\s+(?:с|и|вместе\s+с)\s+"
    r"(?:его|её|ее|мо\w+|наш\w*|свои\w*)\s|"
    # a named couple as one subject: "Alim Mamut, 38, and his wife Rahile, 34, landed …",
    # "Алим Мамут и его жена Рахиле прилетели …"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]+)(?:,\s*\d{1,3},)?\s+(?:and|и)\s+(?:his|her|его|её|ее)\s+"
    r"(?:wife|husband|жена|муж)\b",
    re.IGNORECASE,
)
_FLIGHT_KINDS = {
    EventType.DEPARTURE_HOME.value,
    DEPARTURE,
    EventType.ARRIVAL.value,
    CROSSING,
    EventType.BORDER_CROSSING_AT_CHECKPOINT.value,
    EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT.value,
}
_SPEECH = re.compile(
    r"(?:рассказал|сказал|сообщил|говорит|пишет|вспоминает|said|says|told|recalls|recalled|"
    r"explained|wrote)\w*",
    re.IGNORECASE,
)
_TOGETHER = re.compile(
    r"\b(?:together|along)\s+with\b|\bwith\s+(?:his|her|their|my|our)\s+\w+\s*,?\s*"
    r"(?:he|she|they|I|we)\b|(?<![\w])вместе\s+с|(?<![\w])с\s+(?:женой|мужем|семьёй|семьей|"
    r"детьми|сыном|дочерью|братом|сестрой|матерью|отцом|родителями)",
    re.IGNORECASE,
)
_RELATIVE_NAMED = re.compile(
    r"\b(?:my|his|her|their|our)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|"
    r"cousin|uncle|nephew|parents|relatives)\b|(?<![\w])(?:маме|матери|отцу|папе|брату|сестре|"
    r"жене|мужу|сыну|дочери|родителям|родственникам)(?![\w])",
    re.IGNORECASE,
)
_RELATION_IN_TRIGGER = re.compile(
    r"['’]s\s+(?:wife|husband|mother|father|son|daughter|brother|sister|parents|relatives)\b|"
    r"\b(?:parents|relatives|family)['’]s?\s+(?:home|house|flat|apartment)\b|"
    r"(?<![\w])(?:мужа|жену|сына|дочь|брата|сестру|отца|мать|родителей)(?![\w])",
    re.IGNORECASE,
)
_MANY = (
    r"\b(?:at\s+least|more\s+than|over|some|dozens\s+of|hundreds\s+of|thousands\s+of|several|"
    r"many|(?<![\d.])\d{1,3}(?![\d.])|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:nationals|"
    r"people|men|women|Uyghurs|Kazakhs|Uzbeks|Tajiks|Kyrgyz|migrants|refugees|asylum\s+seekers|"
    r"activists|citizens|believers|Muslims)\b(?![^.;]*\b(?:including|among\s+them)\b)|"
    r"(?<![\w])(?:не\s+менее|более|около|свыше|несколько|десятки|сотни|тысячи|многие|"
    r"(?<![\d.])\d{1,3}(?![\d.]))\s+"
    r"(?:\S+\s+){0,2}?(?:граждан|человек|мигрант|беженц|уйгур|казах|узбек|таджик|активист|"
    r"верующ|мусульман)\w*|(?<![\w])(?:многих|многие|некоторых|некоторые|всех)\s+(?:из\s+)?(?:них|"
    r"вернувш\w+|выданн\w+|высланн\w+)|\b(?:many|most|some|all)\s+(?:of\s+them|returned\s+men|"
    r"returnees|those\s+returned)\b"
)
_MANY_PEOPLE = re.compile(_MANY, re.IGNORECASE)
_OWN_OBJECT = re.compile(r"^\w+\s+(?:me|us)\b|(?<![\w])(?:меня|нас)(?![\w])", re.IGNORECASE)
# "reports on ethnic Kazakhs from Xinjiang who crossed into Kazakhstan after 2017",
# "казахов из Синьцзяна, которые бежали": what a group did, told in a clause about the group
_GROUP_WHO = re.compile(
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\btheir\s)(?<!\bour\s)"
    r"\b(?:Uyghurs|Kazakhs|Uzbeks|Tajiks|Kyrgyz|Turkmens|people|migrants|refugees|"
    r"asylum\s+seekers|those|others)\s+(?:(?:from|in|of)\s+[\w-]+\s+)?who\s+"
    r"(?:had\s+|have\s+)?$|"
    # the group as the subject: "in which people were pressed to leave the country or detained"
    r"(?<!\bother\s)\b(?:people|persons|Uyghurs|Kazakhs|Uzbeks|Tajiks|Turkmens|migrants|refugees|"
    r"asylum\s+seekers)\s+(?:were|had\s+been|have\s+been)\s+(?:[^.;]{0,60}?\bor\s+)?$|"
    # a participle right after the group: "Uyghurs returned to China face …", "monitored a
    # person extradited to Uzbekistan"
    # (not "Kyrgyz", also an adjective: "Kyrgyz police held him")
    r"\b(?:Uyghurs|Kazakhs|Uzbeks|Tajiks|Turkmens|people|persons|a\s+person|anyone|"
    r"migrants|refugees|asylum\s+seekers)\s+$|"
    r"(?<![\w])(?:уйгур|казах|узбек|таджик|кыргыз|туркмен|люд|мигрант|беженц)\w*\s+"
    r"(?:из\s+\S+\s+)?,?\s*(?:которые|кто)\s+$",
    re.IGNORECASE,
)
_MANY_PEOPLE_AFTER = re.compile(r"\s*(?:[^\s.;,]+\s+){0,3}?(?:" + _MANY + ")", re.IGNORECASE)


_AFTER_BEFORE = re.compile(
    r"(?<![\w])(?:после|after)\s+(?:(?:his|her|their|its|the|его|её|ее|их)\s+)?$", re.IGNORECASE
)
_INTERPRETER = re.compile(r"interpreter|переводчик\w*", re.IGNORECASE)
_FLIGHT_REASONS = re.compile(
    r"reasons\s+for\s+(?:fleeing|leaving)|причин\w*\s+(?:бегства|отъезда)|"
    # "спрашивали, почему он боится ехать домой", "asked why he fears going home"
    r"(?:why|почему)\s+(?:\w+\s+)?(?:is\s+afraid|fears?|боит\w*)\s+(?:to\s+)?"
    r"(?:go(?:ing)?|return(?:ing)?|ехать|возвращаться|вернуться)\s+(?:back\s+)?(?:home|домой)",
    re.IGNORECASE,
)


_NOT_OFFICIAL_AFTER = re.compile(
    r"\W*(?:\S+\s+){0,2}?(?:адвокат|защитник|lawyer|attorney|жена|муж|брат|сестр|мать|отец|сын|доч|"
    r"wife|husband|brother|sister|mother|father|son|daughter|правозащит|activist|активист)",
    re.IGNORECASE,
)


_HELD_THERE = re.compile(
    r"(?:held|kept)\s+there|(?:держали|содержали|продержали)\s+(?:\S+\s+)?там", re.IGNORECASE
)
_CAMP_WORD = re.compile(
    r"\bcamps?\b|(?<![\w])лагер\w*|re-?education|(?:vocational|training)\s+(?:training\s+)?"
    r"cent(?:re|er)|перевоспитани\w*|профессиональн\w+\s+обучени\w*",
    re.IGNORECASE,
)


def _refine(
    hit: TriggerHit,
    text: str,
    sent: Sentence,
    places: Sequence[PlaceMention],
    paragraph: str = "",
    previous: str = "",
) -> tuple[EventType | None, bool, bool]:
    """The event type for a trigger in its sentence: (type or None to drop, guessed, relative).
    ``paragraph``: the text of the trigger's paragraph (context for short forms such as "they
    refused me")."""
    s_text = sent.text(text)
    before = text[sent.span.start : hit.span.start]
    in_sentence = [p for p in places if sent.span.covers(p.span)]
    rel = _RELATION_BEFORE.search(before[-80:])
    if rel is not None and _SOURCE_BEFORE.search(before[-80:][: rel.start()]):
        rel = None  # "по словам дочери", "according to his daughter": she tells, not suffers
    if rel is not None and _TOLD_ME_THAT.search(before[-80:][rel.start() :]):
        # "брат жены позвонил и сказал, что на меня завели дело", "my brother called to say
        # that they had charged me": the relative tells what was done to the narrator
        rel = None
    if (
        rel is not None
        and _COMMUNITY_ADDRESS.match(before[-80:][rel.start() :] + hit.span.text(text))
        and not _POSSESSIVE_BEFORE.search(before[-80:][: rel.start()])
    ):
        rel = None  # "брат Довлет Гурбанов, задержанный 20 мая": a community's "brother"
    relative = (
        rel is not None
        # "the police summoned my wife"
        or bool(_RELATION_OBJECT.match(text, hit.span.end, sent.span.end))
        # "My husband's full name is Serik Ermekuly. He was sentenced …", "Муж остаётся в
        # Алтае. В 2021 году его приговорили …"
        or bool(_RELATIVE_TOPIC.match(previous) and _PRONOUN.search(before))
        or bool(_ABOUT_RELATIVE.match(previous) and _PRONOUN.search(before))
        # "questioned Tursunov's wife": the relative is named inside the trigger
        or bool(_RELATION_IN_TRIGGER.search(hit.span.text(text)))
        # "My husband Bolat …" earlier, then "In 2021 Bolat was given fifteen years"
        or _named_relative_near(text, sent, hit) is not None
        # a first-person testimony: "My mother is still there. Last month the police
        # questioned her": the narrator is "I", so "her" is the relative just named
        or bool(
            _RELATIVE_TOPIC.match(previous)
            and _first_person(text)
            and _THIRD_OBJECT.search(text, hit.span.start, min(sent.span.end, hit.span.end + 12))
        )
        # "— Жена Гульнар осталась в Хотане. В 2017 г. задержана …": a feminine verb with no
        # subject after a sentence about a female relative, in a text about a man
        or bool(
            (topic := _RELATIVE_TOPIC.match(previous))
            and _FEMALE_KIN.search(topic[0])
            and _FEMININE_VERB.fullmatch(hit.span.text(text).split()[0])
            and not _NAMED_SUBJECT.search(before)
            and _MASCULINE_SUBJECT.search(text[:1500])
        )
        # "Мать его, Гульжан, — её осенью несколько раз вызывали в полицию": a sentence that
        # opens with a relative set off by a dash, then a pronoun for her or him
        or bool((lead := _RELATIVE_TOPIC.match(before)) and _DASH_PRONOUN.match(before, lead.end()))
        # "In 2017 his sister Gulnisa disappeared into a camp. In 2019 a court sentenced her
        # to 15 years": "her" right after the verb is the woman the sentence before named,
        # in a text about a man ("his sister")
        or bool(
            (topic := _RELATIVE_TOPIC.match(previous))
            and _FEMALE_KIN_OF_HIS.search(topic[0])
            and _HER_OBJECT.match(text, hit.span.end, sent.span.end)
        )
        # "Back home, his wife, Gulnar, paid for his flight. In 2017 she was taken to a camp":
        # "she" is the woman the sentence before named, in a text about a man
        or bool(
            _FEMALE_KIN_OF_HIS.search(previous)
            and _SHE_SUBJECT.search(before)
            and _about_a_man(text)
        )
    )
    if relative:
        obj = _RELATION_OBJECT.match(text, hit.span.end, sent.span.end)
        said = rel.group() if rel is not None else obj.group() if obj is not None else ""
        if not said:
            said = _named_relative_near(text, sent, hit) or ""
        if not said and (_RELATIVE_TOPIC.match(previous) or _ABOUT_RELATIVE.match(previous)):
            said = previous
        subject = _subject_relation(text)
        case_of = _case_name(text)
        if (
            case_of
            and rel is not None
            and re.search(
                rf"\b{re.escape(case_of)}\w{{0,3}}\b",
                before[-80:][rel.end() :] + hit.span.text(text),
            )
        ):
            # "From the notebook: the Rakhimov case" … "Husband Jasur Rakhimov taken …": the
            # relative so named is the person whose case the text is
            relative = False
        elif said and subject is not None and _relation_word(said) == subject:
            # a wife's letter "to help my husband": her husband is the person the text is
            # about, not a relative of that person
            relative = False
    kind = hit.kind
    if (
        kind in _FLIGHT_KINDS
        and relative
        and rel is not None
        # "Как рассказала его жена Зульфия, Мамаджан бежал": the relative tells, he fled
        and not _SPEECH.search(before[-80:])
        and not _WITH_OTHERS.search(before[-60:])
        and not _TOGETHER.search(before[-60:])
    ):
        # "his brother fled to Turkey": a relative's flight is neither the person's nor a
        # persecution ("he and his wife fled", "вместе с женой он бежал" stay his)
        return None, False, False
    if (
        kind in _SAID_OF_MANY
        # "Four men came at night and took me to the police station": the many are the
        # agents where the trigger's own object is the person
        and not _OWN_OBJECT.search(hit.span.text(text))
        and (
            _MANY_PEOPLE.search(before[-90:])
            or _MANY_PEOPLE_AFTER.match(text, hit.span.end, sent.span.end)
            # "police arrested three of his friends", "задержали его коллег" (not "he and
            # his friends were detained")
            or (
                (
                    _OTHERS.search(before[-60:])
                    or _OTHERS_AFTER.match(text, hit.span.end, sent.span.end)
                )
                and not _WITH_OTHERS.search(before[-60:])
            )
        )
    ):
        # "at least five Uzbek nationals have been detained …": others, not the person
        return None, False, False
    if _GROUP_WHO.search(before[-90:]):
        return None, False, False
    persecution = (
        DETENTION,
        EventType.CAMP_INTERNMENT,
        EventType.TORTURE,
        EventType.ILL_TREATMENT,
        EventType.VERDICT,
        EventType.SENTENCE,
        EventType.CHARGE,
        EventType.FINE,
        EventType.SUMMONS,
        EventType.HOUSE_ARREST,
        EventType.PASSPORT_CONFISCATED,
        EventType.THREAT,
    )
    if kind in persecution and relative:
        return EventType.RELATIVE_PERSECUTED, False, True
    if (
        kind == DETENTION
        and _HELD_THERE.fullmatch(hit.span.text(text))
        and (_CAMP_WORD.search(before) or (_CAMP_WORD.search(previous) and not before.strip(" ,")))
    ):
        # "He was taken to a camp in May 2017 and held there until October 2018", "О лагере
        # он говорит спокойно: его держали там с ноября 2018 года по октябрь 2019-го": "there"
        # is the camp
        return EventType.CAMP_INTERNMENT, False, relative
    if kind == DETENTION:
        if _EXTRADITION.search(s_text):
            return EventType.EXTRADITION_DETENTION, False, False
        return EventType.DETENTION_ORIGIN, True, False  # placed later
    if kind == DEPARTURE:
        # "left Nukus by car", "уехал из Беларуси", "вылетел из Грозного": the place left,
        # right after the verb, is in a country of origin of this text
        after = Span(hit.span.end, min(sent.span.end, hit.span.end + 40))
        left = [p for p in in_sentence if after.covers(p.span) or hit.span.covers(p.span)]
        if left and left[0].place.country in origin_states(text):
            return EventType.DEPARTURE_HOME, False, False
        return None, False, False
    if kind == CROSSING:
        checkpoint = any(p.place.kind == "checkpoint" for p in in_sentence) or _CHECKPOINT.search(
            s_text
        )
        irregular = [m.group().lower() for m in _IRREGULAR.finditer(s_text)]
        named_post = any(p.place.kind == "checkpoint" for p in in_sentence)
        if (
            re.match(r"через\s", hit.span.text(text), re.IGNORECASE)
            and not named_post
            and not _CHECKPOINT.search(hit.span.text(text))
        ):
            # "через Торугарт прошли 30 декабря" is a post; "через Алматы прошли митинги" no
            # crossing
            return None, False, False
        if checkpoint and (
            not irregular
            # "I came across the border at Khorgos, on foot": one walks through a named post
            or (named_post and all(w in ("on foot", "пешком") for w in irregular))
        ):
            return EventType.BORDER_CROSSING_AT_CHECKPOINT, False, False
        if _IRREGULAR.search(s_text):
            return EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT, False, False
        return EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT, True, False
    if kind == EventType.ARRIVAL:
        if _PAPER_ARRIVED.search(text[sent.span.start : hit.span.start]):
            return None, False, False  # "the request for extradition reached Bishkek": a paper
        after = Span(hit.span.start, min(sent.span.end, hit.span.end + 40))
        if not any(p.place.kind != "country" and after.covers(p.span) for p in in_sentence):
            # a place the gazetteer does not know: a capitalised word right after the verb
            word = _PROPER_AFTER.match(text, hit.span.end, sent.span.end)
            name = word.group().split()[-1] if word is not None else ""
            host_country = not _BORDER_WORDS.search(s_text) and any(
                p.place.kind == "country"
                and p.place.country not in _ORIGIN_COUNTRIES
                and after.covers(p.span)
                for p in in_sentence
            )
            if not host_country and (
                word is None
                or _NOT_A_PLACE_WORD.match(name)
                or any(
                    p.place.kind == "country" and p.span.start == word.end() - len(name)
                    for p in in_sentence
                )
            ):
                return None, False, False
    if (
        kind
        in (
            EventType.ASYLUM_INTERVIEW,
            EventType.REFUGEE_STATUS_REFUSED,
            EventType.ASYLUM_APPLICATION_FILED,
        )
        and (
            kind != EventType.ASYLUM_APPLICATION_FILED
            or _TO_MIGRATION.search(hit.span.text(text)) is not None
        )
        and not (
            # a testimony's next paragraph: "In Almaty people told me to ask for protection. I
            # went to the migration department …", "… The refusal letter is dated …"
            (
                # the noun of an interview opens the sentence ("Собеседование было в марте"),
                # not "Not yet a client; intake interview on Thursday"
                hit.span.start - sent.span.start
                <= (5 if kind == EventType.ASYLUM_INTERVIEW else 30)
                and _ASYLUM_CONTEXT.search(text[max(0, sent.span.start - 300) : sent.span.start])
            )
            or _ASYLUM_CONTEXT.search(hit.span.text(text))
            or _ASYLUM_CONTEXT.search(paragraph or s_text)
            # a list's items, each a paragraph of its own ("— Заявление на статус беженца — …",
            # "— Отказ пришёл в феврале"): the item just before
            or (
                kind == EventType.REFUGEE_STATUS_REFUSED
                and re.match(r"\W*[—–-]", s_text) is not None
                and _ASYLUM_CONTEXT.search(text[max(0, sent.span.start - 200) : sent.span.start])
            )
            # "interviewed about his reasons for fleeing"
            or (kind == EventType.ASYLUM_INTERVIEW and _FLIGHT_REASONS.search(s_text))
            # "в ходе собеседований, проведённых … с участием переводчика": an interview through
            # an interpreter in a text about asylum
            or (
                kind == EventType.ASYLUM_INTERVIEW
                and _INTERPRETER.search(s_text)
                and _ASYLUM_CONTEXT.search(text)
            )
        )
    ):
        return None, False, False
    if kind in (EventType.UN_DECISION, EventType.UN_COMMUNICATION_SENT) and not _UN.search(text):
        return None, False, False
    if kind == EventType.ILL_TREATMENT and _TORTURE_MEANS.search(s_text):
        return EventType.TORTURE, False, relative
    if kind == EventType.OFFICIAL_STATEMENT and _HEADER_STATEMENT.match(hit.span.text(text)):
        # a briefing note, or the spokesperson's label at its head: the document itself is
        # the statement (a UN office's too)
        return EventType.OFFICIAL_STATEMENT, False, False
    if kind == EventType.OFFICIAL_STATEMENT and _SPOKESMAN_LABEL.match(hit.span.text(text)):
        # "Spokesman Nurlan …: "The check is …"": the spokesman quoted after a colon, a state's
        # unless the sentence before speaks of an international body
        before = text[max(0, hit.span.start - 120) : hit.span.start]
        if _INTERNATIONAL.search(before):
            return None, False, False
        return EventType.OFFICIAL_STATEMENT, False, False
    if kind == EventType.OFFICIAL_STATEMENT:
        around = text[max(sent.span.start, hit.span.start - 160) : hit.span.start]
        if _OFFICIAL_CUE.match(hit.span.text(text)):
            # "пресс-служба ДП Алматы ответила": the speaker opens the trigger
            around = text[max(sent.span.start, hit.span.start - 160) : hit.span.end]
        back = _SPEAKER_BACK.search(around)
        if (
            not _OFFICIAL_CUE.search(around)
            and back is not None
            and (_OFFICIAL_PERSON if back["en"] or back["ru"] else _OFFICIAL_CUE).search(previous)
            and not re.search(r"lawyer|адвокат|activist|активист", previous, re.I)
        ):
            # "The Prosecutor General's Office approved the extradition. The next day, the
            # office stated publicly …", "Представитель МИД … Он заявил": the official of the
            # sentence before speaks
            around = previous + " " + around
        if not _OFFICIAL_CUE.search(around) or re.search(r"lawyer|адвокат", around[-60:], re.I):
            return None, False, False
        if _NOT_OFFICIAL_AFTER.match(text, hit.span.end, sent.span.end):
            # "…, сообщил его адвокат", "said his lawyer": the speaker comes after the verb
            return None, False, False
        cue = list(_OFFICIAL_CUE.finditer(around))[-1]
        if _INTERNATIONAL.search(around[cue.start() : cue.end() + 60]):
            # "a representative of the UN refugee agency said": not a state's official
            return None, False, False
    if kind == EventType.NGO_APPEAL and not _ngo_voice(s_text, text):
        return None, False, False
    if kind == EventType.RELEASE and relative:
        return None, False, False
    if kind == EventType.RELATIVE_PERSECUTED and not relative:
        if _RELATIVE_NAMED.search(hit.span.text(text)):
            # "they took my brother Jamshed to the police": the relative is the trigger's
            return EventType.RELATIVE_PERSECUTED, False, True
        return None, False, False  # "disappeared": persecution only said of a relative
    return EventType(kind), False, relative


def _duration(text: str, sent: Sentence, lang: str) -> list[tuple[Span, str]]:
    from panah.ingest.durations import find_durations

    return find_durations(text, sent.span, lang)


def _dated_in_sentence_before(
    events: Sequence[EventDraft], types: Collection[EventType], sent: Sentence
) -> list[EventDraft]:
    """The person's own dated events of ``types`` told in the sentence just before ``sent``."""
    return [
        e
        for e in events
        if e.type in types
        and e.date is not None
        and not e.relative
        and e.trigger.sentence == sent.index - 1
    ]


def assemble(
    text: str,
    sents: Sequence[Sentence],
    lang: str,
    hits: Sequence[TriggerHit],
    dates: Sequence[Resolved],
    places: Sequence[PlaceMention],
    stamps: Sequence[Resolved] = (),
    dateline: Resolved | None = None,
) -> tuple[list[EventDraft], list[tuple[Span, str]]]:
    """Events with their dates and details; also notes for the reviewer (span, message).
    ``stamps``: the time stamps of a chat's messages (no events' dates themselves), which
    date the undated events their messages tell. ``dateline``: the day under a statement's
    heading, which dates the calls it makes in the present tense ("Мы призываем …")."""
    review: list[tuple[Span, str]] = []
    events: list[EventDraft] = []
    orphans: list[Resolved] = []
    asked: list[EventDraft] = []  # the undated events of a question just before
    # the one date of a sentence that tells no event but that they came for the person ("In
    # March 2018 they came for me at the school"): the start of a camp the next sentence tells
    # without a date
    scene: tuple[Sentence, Resolved] | None = None
    alone = False
    for sent in sents:
        s_hits = [h for h in hits if h.sentence == sent.index]
        s_dates = [d for d in dates if sent.span.covers(d.mention.span)]
        drafts: list[EventDraft] = []
        question, asked = asked, []
        paragraph = " ".join(s.text(text) for s in sents if s.paragraph == sent.paragraph)
        asked_before = [s.text(text) for s in sents if s.paragraph == sent.paragraph - 1]
        if asked_before and asked_before[-1].rstrip().endswith("?"):
            # an answer's short form ("Отказ пришёл в августе") takes the question's context
            paragraph = " ".join(asked_before) + " " + paragraph
        previous = ""
        if sent.index > 0 and sents[sent.index - 1].paragraph == sent.paragraph:
            previous = sents[sent.index - 1].text(text)
        for h in s_hits:
            etype, guessed, relative = _refine(h, text, sent, places, paragraph, previous)
            if etype is None:
                continue
            drafts.append(
                EventDraft(etype, h, mentions=[h], relative=relative, type_guessed=guessed)
            )
        kinds = {e.type for e in drafts}
        if EventType.TORTURE in kinds and EventType.ILL_TREATMENT in kinds:
            # "tortured: beaten with batons and kept awake" — one event, the torture
            torture = next(e for e in drafts if e.type == EventType.TORTURE)
            for e in drafts:
                if e.type == EventType.ILL_TREATMENT:
                    torture.mentions.append(e.trigger)
            drafts = [e for e in drafts if e.type != EventType.ILL_TREATMENT]
        for r in [e for e in drafts if e.relative and e.trigger.kind == DETENTION]:
            # "Брата Ерлана, Серика, … удерживали в отделении полиции и допрашивали": the
            # questioning joined to a relative's detention is part of it, the relative's too
            joined = [
                e
                for e in drafts
                if e.type == EventType.SUMMONS
                and not e.relative
                and r.trigger.span.end <= e.trigger.span.start
                and _JOINED_AFTER.match(text, r.trigger.span.end, e.trigger.span.start)
            ]
            r.mentions.extend(e.trigger for e in joined)
            drafts = [e for e in drafts if e not in joined]
        held = [e for e in drafts if e.type in _DETENTIONS and not e.relative]
        if held and any(e.type == EventType.SUMMONS and not e.relative for e in drafts):
            # "summoned to the station and held there for three days, questioned …": the
            # questioning is part of the detention, one event
            for e in drafts:
                if e.type == EventType.SUMMONS and not e.relative:
                    held[0].mentions.append(e.trigger)
            drafts = [e for e in drafts if e.type != EventType.SUMMONS or e.relative]
        if EventType.RESETTLEMENT in kinds:
            # "landed in Stockholm and were received as resettled refugees": one event
            drafts = [e for e in drafts if e.type != EventType.ARRIVAL]
        if EventType.PRESS_CONFERENCE in kinds:
            # "at a press conference on Thursday, three groups urged …": the call is the
            # press conference itself, one event
            drafts = [e for e in drafts if e.type != EventType.NGO_APPEAL]
        if EventType.CASE_SENT_TO_PROSECUTOR in kinds:
            # "The investigation was completed and the case sent to the prosecutor on 20
            # February", "следствие завершено, дело передано в прокуратуру": one step (not
            # "closed on 6 December and the case was sent … three days later", a date between)
            sent_on = [e for e in drafts if e.type == EventType.CASE_SENT_TO_PROSECUTOR]
            drafts = [
                e
                for e in drafts
                if e.type != EventType.INVESTIGATION_CLOSED
                or any(
                    e.trigger.span.end <= d.mention.span.start
                    and d.mention.span.end <= sent_on[0].trigger.span.start
                    for d in s_dates
                )
                or sent_on[0].trigger.span.start < e.trigger.span.start
            ]
        if EventType.ASYLUM_APPLICATION_FILED in kinds:
            # going to the authorities to apply for asylum is the application itself
            drafts = [e for e in drafts if e.type != EventType.PRESENTATION_TO_AUTHORITIES]
        visits = [
            e for e in drafts if e.type in _DETENTIONS and _VISIT.search(e.trigger.span.text(text))
        ]
        if visits:
            # "In October they came for me at night. I was in the camp until July 2019", "за мной
            # пришли прямо на урок. Сказали, что это «на учёбу»": the visit opens the camp the
            # text goes on to, the scene of that step, no arrest of its own (one held first in
            # a station or a cell stays one: "за ней пришли домой. Сначала её держали в изоляторе")
            ahead = sent.text(text)
            if sent.index + 1 < len(sents):
                ahead += " " + sents[sent.index + 1].text(text)
            if _CAMP_WORD.search(ahead) and not _STATION_WORD.search(ahead):
                drafts = [e for e in drafts if e not in visits]
        if not drafts:
            points = [d for d in s_dates if d.value is not None and d.mention.role == "point"]
            if (
                len(question) == 1
                and points
                and _ANSWER.match(text[sent.span.start : points[0].mention.span.start])
            ):
                # "Q: When were you detained? A: On 5 April 2021.": the answer dates the
                # event the question asked about
                question[0].date = points[0]
                question[0].notes.append("dated by the answer to a question about it")
                s_dates = [d for d in s_dates if d is not points[0]]
            for d in s_dates:
                if (
                    d.value is not None
                    and d.mention.role == "until"
                    and _STAY.search(sent.text(text))
                ):
                    orphans.append(d)
                elif d.value is not None and d.mention.role == "point":
                    review.append((d.mention.span, f"a date ({d.value}) with no event recognised"))
            points = [d for d in s_dates if d.value is not None and d.mention.role == "point"]
            came = _CAME_FOR.search(sent.text(text))
            scene = (sent, points[0]) if len(points) == 1 and came else None
            alone = False
            if (
                len(points) == 1
                and _DATE_ALONE.match(text[sent.span.start : points[0].mention.span.start])
                and not text[points[0].mention.span.end : sent.span.end].strip(" .!…\n")
            ):
                # "Q: When were you taken? A: On the night of 22 November 2017. Four policemen
                # came and drove me to the detention centre": a date alone, the answer, sets the
                # scene the next sentence tells, whatever its steps ("Всё началось в феврале
                # 2017 года. Меня вызвали в сельский комитет и велели сдать паспорт")
                scene, alone = (sent, points[0]), True
            if points and _IT_WAS.match(text[sent.span.start : points[0].mention.span.start]):
                # "Then they came for me at home. It was the 5th of March 2018, I remember
                # because …": the sentence restates the day of the scene the next one tells
                scene = (sent, points[0])
            continue
        # dates -> nearest event; an event offered several dates keeps the nearest
        offers: dict[int, list[tuple[int, Resolved]]] = {}
        for d in s_dates:
            if d.value is None:
                review.append((d.mention.span, f"date left undetermined: {d.how}"))
                continue

            def dist(e: EventDraft, d: Resolved = d) -> tuple[int, int]:
                blocked = _blocked(text, e.trigger.span, d.mention.span, lang)
                # a date told before the trigger, across a comma, belongs to the clause
                # before ("on 21 December 2019, took a bus and arrived …")
                between = text[d.mention.span.end : e.trigger.span.start]
                behind = (
                    d.mention.span.end <= e.trigger.span.start
                    and ("," in between or bool(_COORD.match(between)))
                ) or (
                    # "…, через две недели мне выдали …": a date opening the next clause;
                    # "confiscated his passport and in April 2018 he was sent …"
                    e.trigger.span.end <= d.mention.span.start
                    and (
                        "," in text[e.trigger.span.end : d.mention.span.start]
                        or bool(
                            _AND_NEW_CLAUSE.search(text[e.trigger.span.end : d.mention.span.start])
                        )
                    )
                )
                # "После освобождения, с ноября 2018 по май 2019 года, он …": an event named
                # after "after" is the main clause's starting point, not dated by the date
                # set off by a comma after it
                start_point = (
                    behind
                    and e.trigger.span.end <= d.mention.span.start
                    and bool(_AFTER_BEFORE.search(text, 0, e.trigger.span.start))
                )
                a, b = e.trigger.span.end, d.mention.span.start
                if d.mention.span.end <= e.trigger.span.start:
                    a, b = d.mention.span.end, e.trigger.span.start
                return (
                    e.trigger.span.distance(d.mention.span)
                    + (400 if blocked else 0)
                    + (40 if behind else 0)
                    + (20 if start_point else 0)
                    # a form's lines ("Дата сообщения: …\nДата принятия Соображений: …"): a
                    # date on another line than the trigger is of another label
                    + (40 if "\n" in text[min(a, b) : max(a, b)] else 0),
                    0,
                )

            back = d.mention.expr.kind == "offset" and d.mention.expr.which == "back"
            candidates = [
                e
                for e in drafts
                if (not e.trigger.weak or e.trigger.span.distance(d.mention.span) <= 25)
                # "rejected the action against the removal order on 10 July": a noun after a
                # preposition is what the act is about; the act in the sentence takes the date
                and not (
                    e.trigger.weak
                    and any(not x.trigger.weak for x in drafts)
                    and _NOUN_OF.search(
                        text, max(0, e.trigger.span.start - 30), e.trigger.span.start
                    )
                )
                # "…, a day after he crossed the river": only the clause after it
                and (not back or e.trigger.span.start >= d.mention.span.end)
                # '"They took Jamshid because …," said his wife, who waited outside on
                # Thursday': a date of the attribution is none of the quoted words' events
                and not _quoted_apart(text, sent, e.trigger.span, d.mention.span)
                # "since the end of August" dates a state that lasts, not a single act
                and (
                    d.mention.role != "since"
                    or e.type in _LASTING | {EventType.FORCED_LABOUR}
                    # "his sister has been held in a camp since 2018"
                    or (
                        e.type == EventType.RELATIVE_PERSECUTED
                        and e.trigger.kind
                        in {
                            EventType.CAMP_INTERNMENT.value,
                            DETENTION,
                            EventType.FORCED_LABOUR.value,
                            # "his brother has been missing since 2018"
                            EventType.RELATIVE_PERSECUTED.value,
                        }
                    )
                )
            ]
            if not candidates:
                review.append((d.mention.span, f"a date ({d.value}) beside no reported event"))
                continue
            target = min(candidates, key=dist)
            if d.mention.role == "until":
                if target.type in _VALID_UNTIL_TYPES:
                    target.details.append(
                        Detail("valid_until", d.value, d.mention.span, d.confidence, d.how)
                    )
                else:
                    target.end = target.end or d
                continue
            offers.setdefault(id(target), []).append((dist(target)[0], d))
        listed: list[EventDraft] = []
        for e in drafts:
            got = sorted(offers.get(id(e), []), key=lambda x: x[0])
            if got:
                e.date = got[0][1]
                in_list = _dates_in_a_list(text, [d for _dist, d in got], lang)
                for _dist, extra in got[1:]:
                    if extra in in_list and e.date in in_list:
                        # "summoned on 3 March, 5 April and 9 May": one event per date
                        listed.append(
                            EventDraft(
                                e.type,
                                e.trigger,
                                date=extra,
                                mentions=[e.trigger],
                                relative=e.relative,
                                type_guessed=e.type_guessed,
                                notes=["one of several dates listed for the same kind of event"],
                            )
                        )
                        continue
                    review.append(
                        (extra.mention.span, f"a second date ({extra.value}) for one event")
                    )
        drafts.extend(listed)
        # sharing a date between coordinated events
        masks = [d.mention.span for d in s_dates]
        for e in drafts:
            if e.date is not None or e.trigger.weak:
                continue
            own = _own_clause(text, e.trigger, sent, [x.trigger for x in drafts])
            if any(sent.span.covers(m) and e.trigger.span.end <= m.start for m in masks):
                own = own  # a later date in the sentence went to another event
            if e.type in _SAID:
                # "told reporters after Tuesday's hearing": said the day of the hearing
                for d in s_dates:
                    if (
                        d.value is not None
                        and _AFTER_BEFORE.search(
                            text[max(0, d.mention.span.start - 12) : d.mention.span.start]
                        )
                        and _SITTING_AFTER.match(text, d.mention.span.end)
                    ):
                        e.date, e.date_shared = d, True
                        break
                if e.date is not None:
                    continue
            if _ON_THE_SPOT.match(own):
                # "application lodged …; applicant's certificate issued on the spot": the day of
                # the step told before it in the sentence, across a semicolon
                before = [
                    x
                    for x in drafts
                    if x.date is not None
                    and not x.trigger.weak
                    and x.trigger.span.end <= e.trigger.span.start
                ]
                if before:
                    e.date, e.date_shared = before[-1].date, True
                    continue
            if (_TIME_WORDS_RU if lang == "ru" else _TIME_WORDS_EN).search(own):
                continue
            if _SOON_BEFORE.search(
                text, max(sent.span.start, e.trigger.span.start - 30), e.trigger.span.start
            ):
                continue  # "выехал в мае 2016 года и вскоре прибыл": soon after, another day
            donors = [
                x
                for x in drafts
                if x.date is not None
                and not x.trigger.weak
                and not x.date_shared
                # "my lawyer appealed, and a court upheld the refusal in May": a filing is
                # not on the day of its decision
                and frozenset((x.type, e.type)) not in _STEPS_APART
                and (
                    not _blocked(text, x.trigger.span, e.trigger.span, lang, masks)
                    # beaten "where" or "during" a dated detention: its date (the convention
                    # of the evaluation texts: ill-treatment takes the detention's start)
                    or (
                        e.type in _HARM
                        and x.type in _HELD
                        and x.trigger.span.end <= e.trigger.span.start
                    )
                )
                and not _RELATIVE_CLAUSE.search(text[sent.span.start : x.trigger.span.start])
            ]
            if donors:
                donor = min(donors, key=lambda x: x.trigger.span.distance(e.trigger.span))
                e.date = donor.date
                e.date_shared = True
        if scene is not None and _scene_before(scene[0], sent):
            # "In March 2018 they came for me at the school. They said I had to go for
            # 'study.'": the camp began on the day the sentence before tells
            for e in drafts:
                if (
                    (e.type in _DETENTIONS | {EventType.CAMP_INTERNMENT} or alone)
                    and e.date is None
                    and not e.relative
                    and not e.trigger.weak
                ):
                    e.date = scene[1]
                    review[:] = [r for r in review if r[0] != scene[1].mention.span]
        scene, alone = None, False
        if _AFTER_THAT.match(sent.text(text)):
            # "They let me go on 14 January 2019. After that I was not allowed to leave the
            # house": the house arrest begins on the release, which is the camp's end, no
            # release of the host state
            freed = _dated_in_sentence_before(events, {EventType.RELEASE}, sent)
            for e in drafts:
                if e.type == EventType.HOUSE_ARREST and e.date is None and not e.relative and freed:
                    e.date, e.date_shared = freed[-1].date, True
                    e.mentions.append(freed[-1].trigger)
                    held_last = [
                        x
                        for x in events
                        if x.type in _DETENTIONS | _FOLDS_RELEASE
                        and not x.relative
                        and x.trigger.span.start < freed[-1].trigger.span.start
                    ]
                    if held_last and (
                        held_last[-1].type == EventType.CAMP_INTERNMENT
                        # a detention is placed after assembly: only one typed by its words
                        or (
                            held_last[-1].type == EventType.DETENTION_ORIGIN
                            and not held_last[-1].type_guessed
                        )
                    ):
                        # the camp's or the home country's detention ended: no host release
                        events.remove(freed[-1])
        if _SHORT_HOLD.search(sent.text(text)):
            # "5 мая полиция задержала меня. Продержали до вечера и отпустили": freed the day
            # of the detention the sentence before tells
            held = _dated_in_sentence_before(events, _DETENTIONS, sent)
            for e in drafts:
                if e.type == EventType.RELEASE and e.date is None and not e.relative and held:
                    e.date, e.date_shared = held[-1].date, True
        if _FIRST_DAYS.match(sent.text(text)):
            # "Four men took me to the police station. In the first days there they hung me by
            # my wrists": the ill-treatment of a detention's first days takes its date
            held = [
                e
                for e in events
                if e.type in _DETENTIONS | {EventType.CAMP_INTERNMENT}
                and e.date is not None
                and not e.relative
                and e.trigger.paragraph == sent.paragraph
            ]
            for e in drafts:
                if (
                    e.type in {EventType.TORTURE, EventType.ILL_TREATMENT}
                    and e.date is None
                    and not e.relative
                    and held
                ):
                    e.date, e.date_shared = held[-1].date, True
        _details(text, sent, lang, drafts, places, review)
        events.extend(drafts)
        if sent.text(text).rstrip().endswith("?") and not any(e.dated for e in drafts):
            asked = [e for e in drafts if not e.trigger.weak]
    for d in orphans:
        lasting = [
            e
            for e in events
            if e.type in _LASTING
            and e.end is None
            and e.trigger.span.end <= d.mention.span.start
            and e.trigger.paragraph == d.mention.paragraph
            and d.mention.sentence - e.trigger.sentence <= 2
        ]
        if lasting:
            lasting[-1].end = d
            lasting[-1].notes.append("its end is the 'until' date told after it")
        else:
            review.append((d.mention.span, f"an end date ({d.value}) for no event recognised"))
    _dated_paper(text, events, sents, dates)
    _entry_days(text, events, [*dates, *stamps], sents)
    _at_the_hearings_end(text, events, sents)
    if dateline is not None:
        _statements_call(text, events, dateline)
    _freed_in_court(text, events, sents)
    _until_release(text, events, sents, lang)
    _during(text, events, sents)
    # the flight from home first ("вылетел из Урумчи" where China seeks the person): its date
    # places a detention told before it in the text but dated after it
    _origin_departures(text, events)
    _place_detentions(text, events, places, sents)
    _after_the_detention(text, events, dates)
    _extradition_detentions(text, events, sents)
    events = _camp_told_across(events)
    events = _fold_releases(events)
    events = _fold_custody_orders(text, events, sents)
    events = _transfers(events)
    removals_on_extradition(text, events)
    events = _merge(events)
    return events, review


_VISIT = re.compile(r"\bcame\b|пришл|приехал|явил", re.IGNORECASE)
_CAMP_WORD = re.compile(
    r"\bcamps?\b|re-?education|\bstud(?:y|ies)\b|лагер|уч[её]б|перевоспит|обучени", re.IGNORECASE
)
_STATION_WORD = re.compile(
    r"\bstation\b|\bcells?\b|detention\s+cent|участ[оке]|изолятор|ИВС|СИЗО|отдел\w*\s+полиц",
    re.IGNORECASE,
)


_CAME_FOR = re.compile(
    r"\b(?:came|come|arrived)\s+(?:\w+\s+){0,2}?(?:for|to\s+(?:take|get|fetch))\s+"
    r"(?:me|him|her|them|us)\b|"
    r"(?<![\w])(?:пришли|приехали|явились)\s+(?:\S+\s+){0,2}?за\s+(?:мной|ним|ней|нами|ними)(?![\w])|"
    r"(?<![\w])за\s+(?:мной|ним|ней|нами|ними)\s+(?:\S+\s+){0,2}?(?:пришли|приехали|явились)(?![\w])",
    re.IGNORECASE,
)


_QUOTED = re.compile(r"[\"“«][^\"“”«»]{2,400}[\"”»]")


def _quoted_term(text: str, q: re.Match[str]) -> bool:
    """Whether a quotation names a thing ("the «tiger chair»", "«стул тигра»"): at most three
    words, begun in a small letter, not after a colon that opens someone's words."""
    inner = q.group(0)[1:-1].strip()
    return (
        len(inner.split()) <= 3
        and inner[:1].islower()
        and not text[max(0, q.start() - 3) : q.start()].rstrip().endswith(":")
    )


def _quoted_apart(text: str, sent: Sentence, trigger: Span, date: Span) -> bool:
    """Whether a trigger stands in a quotation of the sentence and the date outside it, in
    the words that say who spoke."""
    for q in _QUOTED.finditer(text, sent.span.start, sent.span.end):
        if _quoted_term(text, q):
            # a thing named in quotation marks ("посадили на «стул тигра»"), no one's words
            continue
        inside = q.start() <= trigger.start and trigger.end <= q.end()
        if inside and not (q.start() <= date.start and date.end <= q.end()):
            return True
    return False


_TOLD_ME_THAT = re.compile(
    r"\b(?:told|said|wrote|called\s+to\s+say|warned)\b[^.;]{0,40}?\bthat\s+(?:\w+\s+){0,3}?"
    r"(?:me|I)\b[^.;]{0,20}$|"
    r"(?<![\w])(?:сказал|сообщил|написал|предупредил)[аи]?,?\s+что\s+(?:\S+\s+){0,3}?"
    r"(?:на\s+меня|меня|мне|я)(?![\w])[^.;]{0,10}$",
    re.IGNORECASE,
)
_SHORT_HOLD = re.compile(
    r"\b(?:until|till)\s+(?:the\s+)?(?:evening|night|morning)\b|\bfor\s+(?:a\s+few|several|\w+)\s+"
    r"hours\b|(?<![\w])до\s+(?:самого\s+)?(?:вечера|ночи|утра)(?![\w])|"
    r"(?<![\w])(?:несколько|пару|\w+)\s+час(?:ов|а)(?![\w])",
    re.IGNORECASE,
)
_IT_WAS = re.compile(
    r"^\W*(?:It|That|This)\s+(?:was|happened)\s+(?:on\s+)?(?:the\s+)?$|"
    r"^\W*(?:Это\s+(?:было|случилось|произошло)|Было\s+это|Случилось\s+это)\s+$",
    re.IGNORECASE,
)
_AFTER_THAT = re.compile(
    r"^\W*(?:After\s+that|Afterwards|From\s+then\s+on|После\s+этого|С\s+тех\s+пор|"
    r"После\s+освобождения)\b",
    re.IGNORECASE,
)
_FIRST_DAYS = re.compile(
    r"^\W*(?:In|During|For|Over)\s+(?:the\s+)?first\s+(?:few\s+)?(?:days|nights|hours|weeks)"
    r"\b(?!\s+(?:of|in|after)\s+(?:the\s+)?(?:camp|school|prison)\b)|"
    r"^\W*(?:В|За)\s+перв(?:ые|ых|ую|ый)\s+(?:же\s+)?(?:\S+\s+)?"
    r"(?:дни|ночи|часы|недели|сутки|дн[её]й|ночь|день|час)(?![\w])",
    re.IGNORECASE,
)


def _scene_before(scene: Sentence, sent: Sentence) -> bool:
    """Whether a sentence with a date and no event sets the scene of the next: right before
    it, in its paragraph."""
    return scene.index == sent.index - 1 and scene.paragraph == sent.paragraph


_PAPER_DATED = re.compile(
    r"^\W*(?:The|This|That|Its|His|Her)\s+(?P<noun>request|decision|order|ruling|letter|note|"
    r"application|complaint|appeal)\s+(?:itself\s+)?(?:is|was|had\s+been)\s+dated\s+$|"
    r"^\W*(?P<ru>Запрос|Решение|Постановление|Письмо|Ходатайство|Жалоба)\s+(?:\S+\s+)?датирован\w*\s+$",
    re.IGNORECASE,
)
# the paper of a charge, after a colon or opening the sentence: "Сейчас у меня есть копия:
# постановление о привлечении в качестве обвиняемого датировано 3 августа 2022 года", "The
# indictment is dated 3 August 2022"
_CHARGE_PAPER_DATED = re.compile(
    r"(?:^|[:;]\s*)\W*(?:постановлени\w+\s+о\s+привлечении\s+(?:\S+\s+)?в\s+качестве\s+"
    r"обвиняемого|обвинительн\w+\s+(?:заключени|акт)\w*|(?:the|his|her)\s+(?:charge\s+sheet|"
    r"indictment|bill\s+of\s+indictment))\s+(?:(?:is|was|был[оа]?)\s+)?(?:датирован\w*|dated)\s+$",
    re.IGNORECASE,
)
_PAPER_KINDS = {
    "request": {EventType.EXTRADITION_REQUESTED},
    "запрос": {EventType.EXTRADITION_REQUESTED},
    "decision": {EventType.EXPULSION_ORDERED, EventType.EXTRADITION_DECISION},
    "order": {EventType.EXPULSION_ORDERED, EventType.EXTRADITION_DECISION},
    "ruling": {EventType.EXPULSION_ORDERED, EventType.EXTRADITION_DECISION},
    "решение": {EventType.EXPULSION_ORDERED, EventType.EXTRADITION_DECISION},
    "постановление": {EventType.EXPULSION_ORDERED, EventType.EXTRADITION_DECISION},
    "application": {EventType.ASYLUM_APPLICATION_FILED},
    "ходатайство": {EventType.ASYLUM_APPLICATION_FILED},
    "complaint": {EventType.APPEAL_FILED, EventType.UN_COMMUNICATION_SENT},
    "appeal": {EventType.APPEAL_FILED},
    "жалоба": {EventType.APPEAL_FILED, EventType.UN_COMMUNICATION_SENT},
}


def _dated_paper(
    text: str, events: list[EventDraft], sents: Sequence[Sentence], dates: Sequence[Resolved]
) -> None:
    """ "The Uzbek request for extradition reached Bishkek yesterday. The request itself is
    dated 5 February.": a paper's own date, told in the next sentence, is the date of the
    step the paper is (the request made), not of its arrival."""
    for d in dates:
        if d.value is None or d.mention.sentence <= 0:
            continue
        sent = sents[d.mention.sentence]
        m = _PAPER_DATED.match(text[sent.span.start : d.mention.span.start])
        if m is not None:
            kinds = _PAPER_KINDS.get((m["noun"] or m["ru"] or "").casefold(), set())
        elif _CHARGE_PAPER_DATED.search(text[sent.span.start : d.mention.span.start]):
            kinds = {EventType.CHARGE}
        else:
            continue
        told = [
            e
            for e in events
            if e.type in kinds and d.mention.sentence - 2 <= e.trigger.sentence < d.mention.sentence
        ]
        if told:
            told[-1].date, told[-1].date_shared = d, False
            told[-1].notes.append("dated by the paper's own date, told just after")


# A decision told as the outcome of the hearing just told: "По итогам заседания судья огласила
# резолютивную часть: в удовлетворении жалобы отказать", "At the end of the hearing the judge
# dismissed the appeal"
_AT_THE_HEARINGS_END = re.compile(
    r"^\W*(?:По\s+(?:итогам|окончании|результатам)\s+(?:заседания|слушани\w*|рассмотрения)|"
    r"В\s+конце\s+(?:заседания|слушани\w*)|(?:At|By)\s+the\s+end\s+of\s+the\s+hearing|"
    r"(?:Following|After)\s+the\s+hearing)\b",
    re.IGNORECASE,
)


_IN_COURT = re.compile(
    r"\b(?:in|from)\s+the\s+(?:courtroom|court\s*room|dock)\b|"
    r"\bafter\s+the\s+(?:ruling|verdict|decision|judg(?:e)?ment)\s+was\s+(?:read|announced)\b|"
    r"(?<![\w])(?:в|из)\s+зал[аеу]?\s+(?:судебного\s+)?(?:суда|заседания)(?![\w])|"
    r"(?<![\w])после\s+оглашения\s+(?:решения|приговора|постановления)(?![\w])",
    re.IGNORECASE,
)
_COURT_DECISIONS = {
    EventType.EXTRADITION_DECISION,
    EventType.APPEAL_DECIDED,
    EventType.VERDICT,
    EventType.SENTENCE,
    EventType.HEARING,
}


def _freed_in_court(text: str, events: list[EventDraft], sents: Sequence[Sentence]) -> None:
    """An undated release "прямо в зале суда", "in the courtroom", "после оглашения решения"
    takes the day of the last dated court decision told before it, at most a paragraph
    before."""
    for e in events:
        if e.type != EventType.RELEASE or e.date is not None or e.relative or not sents:
            continue
        if not _IN_COURT.search(sents[e.trigger.sentence].text(text)):
            continue
        ruled = [
            x
            for x in events
            if x.type in _COURT_DECISIONS
            and x.date is not None
            and not x.relative
            and 0 <= e.trigger.paragraph - x.trigger.paragraph <= 1
            and x.trigger.span.start < e.trigger.span.start
        ]
        if ruled:
            e.date, e.date_shared = ruled[-1].date, True
            e.notes.append("freed at the court's decision told before it: that decision's day")


# an organisation's statement calling now, in the present tense: "Мы призываем российские
# власти …", "We call on the authorities …", "The Centre urges …"
_CALLS_NOW = re.compile(
    r"^(?:призываем|призывает|требуем|требует|call\s+on|calls\s+on|urge|urges)\b", re.IGNORECASE
)


def _statements_call(text: str, events: list[EventDraft], day: Resolved) -> None:
    """An undated appeal told in the present tense in a statement with a dateline ("Москва,
    3 декабря 2025 года" … "Мы призываем …") is made the day of the dateline."""
    for e in events:
        if (
            e.type == EventType.NGO_APPEAL
            and e.date is None
            and _CALLS_NOW.match(e.trigger.span.text(text))
        ):
            e.date, e.date_shared = day, True
            e.notes.append("a call made in the statement itself: the day of its dateline")


def _at_the_hearings_end(text: str, events: list[EventDraft], sents: Sequence[Sentence]) -> None:
    """An undated decision in a sentence that opens "По итогам заседания", "At the end of the
    hearing" takes the day of the last dated hearing told before it in its paragraph."""
    for e in events:
        if e.date is not None or e.type == EventType.HEARING or e.trigger.weak or not sents:
            continue
        if not _AT_THE_HEARINGS_END.match(sents[e.trigger.sentence].text(text)):
            continue
        hearing = [
            x
            for x in events
            if x.type == EventType.HEARING
            and x.date is not None
            and x.trigger.paragraph == e.trigger.paragraph
            and x.trigger.span.start < e.trigger.span.start
        ]
        first = min(
            (x for x in events if x.trigger.sentence == e.trigger.sentence and not x.trigger.weak),
            key=lambda x: x.trigger.span.start,
        )
        if hearing and first is e:  # the outcome, not what it leaves in force
            e.date, e.date_shared = hearing[-1].date, True
            e.notes.append("the outcome of the hearing told before it: that hearing's day")


def _entry_days(
    text: str,
    events: list[EventDraft],
    dates: Sequence[Resolved],
    sents: Sequence[Sentence] = (),
) -> None:
    """A diary's entry ("Tue 16 Jan. Court in the afternoon. Two months' arrest."): an event
    told in it with no date of its own took place on the entry's day, its heading's date
    (:func:`panah.ingest.datetext.heading`); so does one told in a chat's message, on the
    day of the message's stamp (:func:`panah.ingest.datetext.chat_stamp`), or in an update
    below its stamp ("UPD 11.10, 16:05 / Только что закончилась пресс-конференция":
    :func:`panah.ingest.datetext.update_stamp`)."""
    heads = [
        d
        for d in dates
        if d.fuzzy is not None
        and d.fuzzy.precision == Precision.DAY
        and (
            heading(text, d.mention.span)
            or chat_stamp(text, d.mention.span)
            or update_stamp(text, d.mention.span)
        )
    ]
    if not heads:
        return
    for e in events:
        if e.date is not None:
            continue
        if e.type in _HARM and sents and _FIRST_DAYS.match(sents[e.trigger.sentence].text(text)):
            continue  # "on the first night he was hit": the detention's start (_during)
        head = [
            d
            for d in heads
            if d.mention.paragraph == e.trigger.paragraph
            and d.mention.span.end <= e.trigger.span.start
        ]
        if (
            head
            and e.trigger.weak
            and not _first_of_entry(text, head[-1], e)
            and (
                not update_stamp(text, head[-1].mention.span)
                or head[-1].mention.sentence != e.trigger.sentence
                or _NOUN_OF.search(text, max(0, e.trigger.span.start - 30), e.trigger.span.start)
            )
        ):
            continue  # a noun takes only an update's stamp, in the sentence right below it
        if head:
            e.date, e.date_shared = head[-1], True
            e.notes.append("dated by the heading of its entry")


def _first_of_entry(text: str, head: Resolved, e: EventDraft) -> bool:
    """Whether an event is told by a noun in the first sentence of a log's entry, below its
    stamp (:func:`panah.ingest.datetext.entry_stamp`: "17 Jul 2026, 17:45 | Op.: … | note /
    Complaint to UN Committee against Torture sent today"), not after a preposition: what the
    entry records, on the stamp's day."""
    if not entry_stamp(text, head.mention.span):
        return False
    if e.trigger.sentence not in (head.mention.sentence, head.mention.sentence + 1):
        return False
    return not _NOUN_OF.search(text, max(0, e.trigger.span.start - 30), e.trigger.span.start)


# A noun after a preposition ("a case against the deportation order", "жалоба на решение о
# выдворении"): what the sentence is about, not the event it tells
_NOUN_OF = re.compile(
    r"(?:\b(?:against|of|on|about|for|to|from|with)|(?<![\w])(?:против|об?|по|на|от|к|с))\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|that|его|её|ее|их|это\w*)\s+)?"
    # "charged him with illegally crossing the border in June 2019": the charge's date
    r"(?:(?:illegally|unlawfully|незаконн\w*|нелегальн\w*)\s+)?$",
    re.IGNORECASE,
)


_DATE_ALONE = re.compile(
    r"^\W*(?:(?:A|Answer|Ответ|О)\s*[:.]\s*)?(?:[—–-]\s*)?"
    # "It all started in February 2017.", "Всё началось в феврале 2017 года."
    r"(?:(?:It\s+all|All\s+this|It|This)\s+(?:started|began)\s+|(?:Всё|Все)\s+(?:это\s+)?началось\s+|"
    r"Началось\s+(?:всё|все|это)\s+)?"
    r"(?:(?:on|in|at|late\s+on|early\s+on|в|во)\s+)?"
    r"(?:(?:the\s+)?(?:night|morning|evening|afternoon|day)\s+of\s+)?"
    r"(?:(?:в\s+ночь\s+на|ночью|утром|вечером|дн[её]м)\s+)?$",
    re.IGNORECASE,
)
"""What may stand before a date that is a sentence alone ("A: On the night of 22 November
2017.", "Ночью 2 марта 2018 года.", "Всё началось в феврале 2017 года.")."""
# An answer that is only a date and a circumstance: "A: On 5 April 2021, at home.",
# "In March 2019.", "Yes, in 2018.", "— 5 апреля 2021 года."
_ANSWER = re.compile(
    r"^\W*(?:(?:A|Answer|Ответ|О)\s*[:.]\s*)?(?:(?:Yes|Да)\W+)?(?:[—–-]\s*)?"
    r"(?:(?:on|in|at|around|about|в|во|около|примерно)\s+)?$",
    re.IGNORECASE,
)
_DATE_LIST_GLUE = {
    "en": re.compile(
        r"^\s*(?:,|,?\s*(?:and|or))\s*(?:(?:then\s+|again\s+)?(?:on|in)\s+)?(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"^\s*(?:,|,?\s*(?:и|или|а\s+также))\s*(?:(?:снова\s+)?во?\s+)?$", re.IGNORECASE
    ),
}


def _dates_in_a_list(text: str, dates: Sequence[Resolved], lang: str) -> list[Resolved]:
    """The dates that stand in one list with nothing but commas and "and" between them
    ("on 3 March and on 5 April 2021", "3 марта и 5 апреля")."""
    glue = _DATE_LIST_GLUE["ru" if lang == "ru" else "en"]
    ordered = sorted(dates, key=lambda d: d.mention.span.start)
    out: list[Resolved] = []
    for a, b in itertools.pairwise(ordered):
        # "24 сентября, через три дня после объявления мобилизации": a day counted back to
        # another clause is no second date of the list
        back = any(
            x.mention.expr.kind == "offset" and x.mention.expr.which == "back" for x in (a, b)
        )
        if (
            not back
            and a.mention.role == b.mention.role == "point"
            and glue.match(text[a.mention.span.end : b.mention.span.start])
        ):
            out.extend(x for x in (a, b) if x not in out)
    return out


def _details(
    text: str,
    sent: Sentence,
    lang: str,
    drafts: list[EventDraft],
    places: Sequence[PlaceMention],
    review: list[tuple[Span, str]],
) -> None:
    # durations and terms
    for span, iso in _duration(text, sent, lang):
        strong = [e for e in drafts if not e.trigger.weak] or drafts
        before = [
            e
            for e in strong
            if e.trigger.span.end <= span.start and not _blocked(text, e.trigger.span, span, lang)
        ]
        target = min(before or strong, key=lambda e: e.trigger.span.distance(span))
        prop = "term" if target.type in _TERM_TYPES else "duration"
        if any(d.property == prop for d in target.details):
            review.append((span, f"another length ({iso}) in the same sentence"))
            continue
        target.details.append(Detail(prop, iso, span))
    # places: the most specific place near each event
    in_sentence = [
        p
        for p in places
        if sent.span.covers(p.span)
        and not _NOT_A_SCENE.search(text[max(sent.span.start, p.span.start - 14) : p.span.start])
    ]
    for e in drafts:
        origin_ok = e.type in _FLIGHT
        near = [
            p
            for p in in_sentence
            if (
                origin_ok
                or not _FROM.search(text[max(sent.span.start, p.span.start - 6) : p.span.start])
            )
            and (p.place.kind != "country" or e.type in _COUNTRY_OK)
        ]
        near = [
            p
            for p in near
            if p.span.distance(e.trigger.span) <= 90
            and not _blocked(text, p.span, e.trigger.span, lang)
        ]
        if near:
            best = min(
                near,
                key=lambda p: (
                    p.span.distance(e.trigger.span) + 30 * _PLACE_RANK.get(p.place.kind, 5)
                ),
            )
            written = best.span.text(text)
            note = None if written == best.place.name else f"written {written!r}"
            e.details.append(Detail("place", best.place.name, best.span, Confidence.MEDIUM, note))
    # statements of officials
    for e in drafts:
        if e.type != EventType.OFFICIAL_STATEMENT:
            continue
        after = text[e.trigger.span.end : sent.span.end]
        that = _THAT.search(after)
        if that is not None:
            start = e.trigger.span.end + that.end()
            end = sent.span.end
            while end > start and text[end - 1] in ".!? ":
                end -= 1
            e.details.append(
                Detail("statement", text[start:end], Span(start, end), Confidence.MEDIUM)
            )
        else:
            q = _QUOTE.search(text, sent.span.start, sent.span.end)
            if q is not None:
                span = Span(q.start(1), q.end(1))
                e.details.append(Detail("statement", q.group(1), span, Confidence.MEDIUM))
    # charges
    from panah.ingest.charges import find_charges

    for span, provision in find_charges(text, sent.span, lang):
        charged = [
            e
            for e in drafts
            if e.type in (EventType.CHARGE, EventType.INDICTMENT, EventType.VERDICT)
        ]
        target = min(charged or drafts, key=lambda e: e.trigger.span.distance(span))
        if target.type not in (EventType.CHARGE, EventType.INDICTMENT, EventType.VERDICT):
            review.append((span, f"a charge ({provision}) with no charging event"))
            continue
        target.details.append(Detail("charge", provision, span, Confidence.HIGH))


_UNTIL_RELEASE = re.compile(
    r"\buntil\s+(?:my|his|her|their|our|the)\s+release\b|(?<![\w])до\s+(?:моего|его|её|ее|их|"
    r"нашего)\s+освобождения(?![\w])",
    re.IGNORECASE,
)


# "По словам Рахимова, в первые сутки …", "He stated that during that night …": the words
# that attribute what follows stand before the time that places it
_SAID_FIRST = (
    r"(?:(?:По\s+словам|По\s+его\s+словам|По\s+её\s+словам|According\s+to)\b[^,.;]{0,60},\s*|"
    # "He told the Central Asia Protection Network that during those twelve days …"
    r"(?:He|She|They|Он|Она|Они|[A-ZА-Я]\w+)\s+(?:stated|said|reported|told(?:\s+[\w'’-]+){1,6}?|"
    r"(?:рассказал\w*|сообщил\w*|заявил\w*|пояснил\w*)(?:\s+(?:наблюдател|адвокат|защитник|"
    r"журналист|суд|нам|мне|ему|ей)\w*)?)\s*(?:that\s+|,\s*что\s+))?"
)
_DURING = re.compile(
    r"^\W*(?:[A-ZА-Я]{1,2}:\s*)?"
    + _SAID_FIRST
    + r"(?:(?:В|Во|За|In)\s+(?=(?:эти|те|these|those)\s))?"
    r"(?:During\s+(?:those|these|that|this|the|his|her|their|my)\b|"
    r"There\b|While\s+(?:in\s+custody|detained|held|there)\b|В\s+течение\s+(?:этих|тех|этого|"
    r"того)\b|В\s+ходе\s+(?:этого|того|допрос)|Во\s+время\s+(?:этого|того|допрос)|Там\b|"
    r"(?:Все\s+|Всю\s+|Все\s+)?(?:эти|те)\s+(?:\w+\s+)?(?:суток|сутки|дней|дня|недел\w*|месяц\w*)\b|"
    r"(?:All\s+)?(?:those|these)\s+(?:\w+\s+)?(?:days|weeks|months)\b|"
    r"In\s+(?:custody|detention)\b|Under\s+interrogation\b)",
    re.IGNORECASE,
)


_FIRST_DAYS = re.compile(
    r"^\W*(?:[A-ZА-Я]{1,2}:\s*)?" + _SAID_FIRST + r"(?:What\s+(?:he|she|they)\s+told\s+\w+\s*:\s*)?"
    r"(?:(?:(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:building|station|cell|office)\s+)?"
    r"on\s+(?:the|his|her|their|my)\s+first\s+(?:night|day)\b|"
    r"(?:In|During|Over|For)\s+(?:the|my|his|her|their)\s+first\s+"
    r"(?:few\s+|two\s+|three\s+)?(?:days|day|week|weeks|month|months|hours|nights?)\b|"
    r"(?:In|During|Over)\s+(?:his|her|their|my)\s+first\s+night\s+in\s+(?:custody|detention)\b|"
    # the night of the arrest told just before: "Той ночью меня держали …", "That night they …"
    r"(?:That|The\s+same)\s+night\b|Той\s+(?:же\s+)?ночью|В\s+ту\s+(?:же\s+)?ночь|"
    r"(?:В|Во|За)\s+(?:первые|первую|первый)\s+(?:\w+\s+)?(?:дни|дня|сутки|суток|недел\w*|месяц\w*|"
    r"часы|ноч\w*)(?![\w]))",
    re.IGNORECASE,
)


# harm placed inside the camp or the detention its sentence tells first: "and that in the camp
# he was beaten", "where they beat him", "в лагере его били", "там его избивали"
_INSIDE_HELD = re.compile(
    r"\b(?:in\s+(?:the|that)\s+(?:camp|centre|center|cell|prison|jail|facility|station)|there|"
    r"where|during\s+(?:those|that|the)\b)|(?<![\w])(?:в\s+(?:лагере|центре|камере|тюрьме|"
    r"изоляторе|отделе)|там|где|во\s+время)(?![\w])",
    re.IGNORECASE,
)


_FROM_TO = re.compile(r"\b(?:from|between)\b|(?<![\w])(?:с|со|между)\s", re.IGNORECASE)


def _during(text: str, events: list[EventDraft], sents: Sequence[Sentence]) -> None:
    """ "…held him for 19 days. During those 19 days he was beaten…", "…задержали… Там на
    допросах меня били": harm told right after a dated detention takes its date; "In the first
    week the guards tortured me" after a dated camp or detention (up to two sentences back, in
    the paragraph) takes its start."""
    for e in events:
        if e.type not in _HARM or e.dated or e.relative:
            continue
        # "he was held in a camp from October 2017 until December 2018, and that in the camp he
        # was beaten": harm told after a dated camp or detention in its own sentence takes its
        # start
        same = [
            x
            for x in events
            if x.type in _HELD - {EventType.SUMMONS}
            and x.trigger.sentence == e.trigger.sentence
            and x.trigger.span.end <= e.trigger.span.start
            and x.dated
            and not x.relative
            # the harm placed inside it: "in the camp", "there", "где его били"
            and _INSIDE_HELD.search(
                text, x.trigger.span.end, min(len(text), e.trigger.span.end + 30)
            )
            is not None
        ]
        held_date = same[-1].date if same else None
        if held_date is not None and held_date.value is not None:
            told = held_date.mention.span
            if (
                held_date.mention.expr.kind == "range"
                and "/" in held_date.value
                # a span from a month to a month, not a season ("летом 2017 года")
                and _FROM_TO.search(text, max(0, told.start - 12), told.end) is not None
            ):
                # "from October 2017 until December 2018": the harm takes the first month
                opening = held_date.value.partition("/")[0]
                held_date = replace(held_date, value=opening, fuzzy=FuzzyDate.parse(opening))
            e.date, e.date_shared = held_date, True
            e.notes.append("dated by the start of the detention told just before")
    for e in events:
        if e.type not in _HARM or e.dated or e.trigger.sentence == 0:
            continue
        sent = sents[e.trigger.sentence]
        first = bool(_FIRST_DAYS.match(sent.text(text))) or (
            # "In the first weeks they questioned me at night. They made me sit in the metal
            # chair": the sentence right after the first days' tells of them too
            sent.index > 0
            and sents[sent.index - 1].paragraph == sent.paragraph
            and bool(_FIRST_DAYS.match(sents[sent.index - 1].text(text)))
        )
        if not first and not _DURING.match(sent.text(text)):
            continue
        back = range(max(0, sent.index - (6 if first else 1)), sent.index)
        kinds = _HELD - {EventType.SUMMONS}
        if not first:
            # a detention, not a camp: years in a camp are not dated by their start
            kinds = kinds - {EventType.CAMP_INTERNMENT}
        held = [
            x
            for x in events
            if x.type in kinds
            and x.trigger.sentence in back
            # "In the first weeks they beat me" may answer a question after the one that
            # dated the detention
            and (first or sents[x.trigger.sentence].paragraph == sent.paragraph)
            and x.dated
            and not x.relative
        ]
        if first and re.search(
            r"\bfirst\s+night\b|\bпервую\s+ночь\b|^\W*(?:That|The\s+same)\s+night\b|^\W*Той\s+"
            r"(?:же\s+)?ночью|^\W*В\s+ту\s+(?:же\s+)?ночь",
            sent.text(text),
            re.I,
        ):
            # "on the first night he was hit": the night of the arrest, not of the custody
            # ordered after it (a notebook's later entry tells it days after)
            arrests = [
                x
                for x in events
                if x.type in (EventType.DETENTION_HOST, EventType.DETENTION_ORIGIN)
                and x.trigger.sentence < sent.index
                and x.dated
                and not x.relative
            ]
            held = arrests or held
        if not held and first:
            # a notebook's later entry ("What he told her: on the first days he was hit"):
            # the arrest told earlier in the text
            held = [
                x
                for x in events
                if x.type in (EventType.DETENTION_HOST, EventType.DETENTION_ORIGIN)
                and x.trigger.sentence < sent.index
                and x.dated
                and not x.relative
            ]
        if held:
            e.date, e.date_shared = held[-1].date, True
            e.notes.append("dated by the start of the detention told just before")


def _until_release(
    text: str, events: list[EventDraft], sents: Sequence[Sentence], lang: str
) -> None:
    """For "from January 2019 until my release they made me sew gloves": the end is the end of
    the internment or detention told before it (when the text dates that end)."""
    for e in events:
        if e.end is not None or not e.dated:
            continue
        if e.type not in _LASTING | {EventType.FORCED_LABOUR}:
            continue
        sent = sents[e.trigger.sentence]
        if not _UNTIL_RELEASE.search(sent.text(text)):
            continue
        held = [
            x
            for x in events
            if x is not e
            and x.type in _FOLDS_RELEASE
            and x.end is not None
            and x.end.value is not None
            and x.trigger.span.start < e.trigger.span.start
        ]
        if held:
            e.end = held[-1].end
            e.notes.append("its end is the release that ended the internment told before it")


_COUNTRY_WORDS = {
    "CN": r"China|Chinese|Beijing|Urumqi|Китай|Китая|КНР|Пекин\w*|Урумчи",
    "UZ": r"Uzbekistan|Uzbek|Tashkent|Узбекистан\w*|Ташкент\w*",
    "TJ": r"Tajikistan|Tajik|Dushanbe|Таджикистан\w*|Душанбе",
    "TM": r"Turkmenistan|Turkmen|Ashgabat|Туркменистан\w*|Ашхабад\w*",
    "KG": r"Kyrgyzstan|Kyrgyz|Bishkek|Кыргызстан\w*|Киргизи\w*|Кыргызской\s+Республики|Бишкек\w*",
    "KZ": r"Kazakhstan|Kazakh|Astana|Almaty|Казахстан\w*|Астан\w*|Алматы",
    "RU": r"Russia|Moscow|Росси\w*|Москв\w*",
    "BY": r"Belarus|Belarusian|Minsk|Беларус\w*|Белорусси\w*|Минск\w*",
}
_REQUESTER = r"(?P<c>" + "|".join(f"(?P<{k}>{v})" for k, v in _COUNTRY_WORDS.items()) + ")"
# the state that asks for a person back is the country the person fled
_REQUESTING_STATE = re.compile(
    r"\b" + _REQUESTER + r"(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:extradition\s+request|"
    r"request(?:ed|s)?\s+(?:for\s+)?(?:his|her|their|the)\s+extradition|"
    r"(?:has\s+|had\s+)?asked\s+for\s+(?:his|her|their|the)\s+extradition|"
    r"seek(?:s|ing)?\s+(?:his|her|their)\s+(?:extradition|return)|"
    r"(?:is|was)\s+(?:asking|seeking)\s+(?:\w+\s+){0,3}?(?:to\s+(?:send|return|extradite)|"
    r"(?:his|her|their)\s+(?:extradition|return)))"
    r"|(?:Prosecutor\s+General['’]s\s+Office|authorities)\s+of\s+"
    + _REQUESTER.replace("?P<", "?P<o_")
    + r"\s+(?:\w+\s+){0,3}?(?:sent|filed|submitted|requested)\b"
    r"|\bon\s+an?\s+" + _REQUESTER.replace("?P<", "?P<w_") + r"\s+(?:arrest\s+)?warrant"
    r"|(?:at|on)\s+(?:the\s+)?request\s+of\s+(?:the\s+)?(?:authorities\s+of\s+)?"
    + _REQUESTER.replace("?P<", "?P<a_")
    + r"|(?:at|on)\s+"
    + _REQUESTER.replace("?P<", "?P<b_")
    + r"['’]s\s+request"
    + r"|(?<![\w])по\s+(?:официальному\s+)?запросу\s+(?:властей\s+|Генпрокуратуры\s+)?"
    + _REQUESTER.replace("?P<", "?P<p_")
    + r"|(?:Генпрокуратур\w*|МВД|власти)\s+(?:Республики\s+)?"
    + _REQUESTER.replace("?P<", "?P<q_")
    + r"\s+(?:\w+\s+){0,3}?(?:направил\w*|прислал\w*|запросил\w*)"
    r"|Генеральн\w+\s+прокуратур\w+\s+(?:Республики\s+)?"
    + _REQUESTER.replace("?P<", "?P<g_")
    + r"\s+(?:\w+\s+){0,3}?(?:направил\w*|прислал\w*)\s+(?:\w+\s+){0,3}?запрос"
    r"|(?<![\w])(?<!в\s)(?P<n_c>(?P<n_CN>Китай|КНР)|(?P<n_UZ>Узбекистан)|(?P<n_TJ>Таджикистан)|"
    r"(?P<n_TM>Туркменистан)|(?P<n_KG>Кыргызстан|Киргизия)|(?P<n_KZ>Казахстан))(?![\w])\s+"
    r"(?:\w+\s+){0,3}?(?:направил\w*|прислал\w*)\s+(?:\w+\s+){0,3}?запрос\w*\s+(?:о|об)\s+"
    r"(?:его\s+|её\s+|ее\s+|их\s+)?(?:выдаче|экстрадиции)"
)


def origin_states(text: str) -> frozenset[str]:
    """The countries a person is sought back by in this text (the state that requests an
    extradition, whose warrant a person is held on), with China, Uzbekistan, Tajikistan and
    Turkmenistan: countries of origin, not host states, for this text."""
    found = set(_ORIGIN_COUNTRIES)
    for m in _REQUESTING_STATE.finditer(text):
        for name, value in m.groupdict().items():
            code = name.split("_")[-1]
            if value and code in _COUNTRY_WORDS:
                found.add(code)
    return frozenset(found)


_RETURNED = {EventType.EXPULSION_CARRIED_OUT, EventType.HANDOVER_CARRIED_OUT}
_ON_RETURN = re.compile(
    r"\b(?:on|upon|after)\s+(?:his\s+|her\s+|their\s+)?(?:arrival|landing|return)\b|"
    r"\bas\s+soon\s+as\s+(?:he|she|they)\s+(?:landed|arrived)|\bat\s+the\s+airport\s+in\b|"
    r"(?<![\w])(?:по|сразу\s+по|после|сразу\s+после)\s+(?:его\s+|её\s+|ее\s+|их\s+)?"
    r"(?:прил[её]т\w*|прибыти\w*|приземлени\w*|возвращени\w*)|(?<![\w])в\s+аэропорту\s+(?:прибытия|(?-i:[А-ЯЁ]))|"
    r"трап\w*",
    re.IGNORECASE,
)
"""A detention "on arrival", "по прилёте" after a deportation or extradition told before it is
in the country the person was sent back to."""


# A place of birth, in a log's aside or a register's line ("Husband X (b. 1984, Kashgar) taken
# from home in …", "born in Kashgar", "уроженец Куляба", "1984 г. р., Куляб"): where he comes
# from, not where the detention took place
_BIRTHPLACE_BEFORE = re.compile(
    r"(?:\bb\.|\bborn\b|(?<![\w])(?:уроженец|уроженка|уроженцы|родил\w*)|г\.\s*р\.)"
    r"[^()\n.;]{0,16}$|\(b\.\s*\d{4},\s*$",
    re.IGNORECASE,
)


def _place_detentions(
    text: str, events: list[EventDraft], places: Sequence[PlaceMention], sents: Sequence[Sentence]
) -> None:
    """Detention in the country of origin or in the host state."""
    origin = origin_states(text)
    flight = [
        e
        for e in events
        if e.type
        in (
            EventType.BORDER_CROSSING_AT_CHECKPOINT,
            EventType.BORDER_CROSSING_OUTSIDE_CHECKPOINT,
            EventType.ARRIVAL,
            EventType.DEPARTURE_HOME,
        )
        and not e.relative
    ]
    crossing_dates = [
        e.date.fuzzy for e in flight if e.date is not None and e.date.fuzzy is not None
    ]
    first_crossing = min((f.earliest for f in crossing_dates if f.earliest), default=None)
    # the flight is surely over by the latest day of the first one: "late 2010" ends in 2010-12
    first_done = min(
        (f.latest for f in crossing_dates if f.earliest == first_crossing and f.latest),
        default=None,
    )
    first_flight_pos = min((e.trigger.span.start for e in flight), default=None)
    for e in events:
        if not (e.type == EventType.DETENTION_ORIGIN and e.type_guessed):
            continue
        sent = sents[e.trigger.sentence]
        s_text = sent.text(text)
        in_sentence = [
            p
            for p in places
            if sent.span.covers(p.span)
            and not _BIRTHPLACE_BEFORE.search(text, max(0, p.span.start - 24), p.span.start)
        ]
        countries = {p.place.country for p in in_sentence if p.place.kind != "country"}
        host = None
        why = ""
        returned = [
            x
            for x in events
            if x.type in _RETURNED and not x.relative and x.trigger.span.end <= e.trigger.span.start
        ]
        # "задержан сотрудниками ГКНБ в Душанбе": a state committee of both sides, in a city
        # of the country of origin
        in_origin = (
            bool(countries)
            and countries <= origin
            and any(
                _IN_BEFORE.search(text, max(0, p.span.start - 4), p.span.start)
                for p in in_sentence
                if p.place.kind != "country"
            )
        )
        host_words = _HOST_WORDS.search(s_text) and not (
            in_origin and not _HOST_WORDS.search(_SHARED_SERVICES.sub("", s_text))
        )
        if returned and _ON_RETURN.search(s_text):
            host, why = False, "held on arrival after being sent back"
        elif (countries and not countries & origin) or (
            host_words and not _ORIGIN_WORDS.search(s_text)
        ):
            host, why = True, "the sentence names a place or authority in the host state"
        elif (countries and countries <= origin) or _ORIGIN_WORDS.search(s_text):
            host, why = False, "the sentence names a place or authority in the country of origin"
        elif e.date is not None and e.date.fuzzy is not None and first_crossing is not None:
            latest = e.date.fuzzy.latest
            earliest = e.date.fuzzy.earliest
            if latest is not None and latest < first_crossing:
                host, why = False, "dated before the border crossing"
            elif earliest is not None and first_done is not None and earliest > first_done:
                host, why = True, "dated after the border crossing"
        if host is None and e.trigger.sentence + 1 < len(sents):
            # "Здесь его и задержали — 13 ноября. Полицейские показали ориентировку:
            # Таджикистан объявил каменщика в межгосударственный розыск": the sentence after
            # it, in its paragraph, names the host state's authority or search
            nxt = sents[e.trigger.sentence + 1]
            n_text = nxt.text(text)
            if (
                nxt.paragraph == sent.paragraph
                and _HOST_WORDS.search(n_text)
                and not _ORIGIN_WORDS.search(n_text)
            ):
                host, why = True, "the sentence after it names the host state's authority"
        if host is None and first_flight_pos is not None:
            host = e.trigger.span.start > first_flight_pos
            why = "told after the flight" if host else "told before the flight"
        if host:
            e.type = EventType.DETENTION_HOST
        e.type_guessed = host is None
        where = "host state" if host else "country of origin"
        e.notes.append(f"detention placed in the {where}: {why or 'no clue; check'}")


_AFTER_HIS_DETENTION = re.compile(
    r"\s*(?:his|her|their|the)\s+(?:detention|arrest)\b|\s*(?:после\s+)?(?:его\s+|её\s+|ее\s+|их\s+)?"
    r"(?:задержания|ареста)(?![\w])",
    re.IGNORECASE,
)
_DETENTIONS = {
    EventType.DETENTION_HOST,
    EventType.DETENTION_ORIGIN,
    EventType.EXTRADITION_DETENTION,
}


def _after_the_detention(
    text: str, events: list[EventDraft], dates: Sequence[Resolved] = ()
) -> None:
    """ "Three weeks after his detention", "через две недели после его задержания": the offset
    counts from the detention told before it, not from the date told last (nor left undetermined
    when that date was a month: "Two days after the arrest the … court ordered …"); "after the
    detention" is the police detention where the court's custody order came later."""
    for e in events:
        d = e.date
        if d is None and not e.trigger.weak:
            d = next(
                (
                    x
                    for x in dates
                    if x.value is None
                    and x.mention.sentence == e.trigger.sentence
                    and x.mention.expr.kind == "offset"
                    and x.mention.span.end <= e.trigger.span.start
                ),
                None,
            )
        if d is None or d.mention.expr.kind != "offset" or d.mention.expr.n <= 0:
            continue
        after = _AFTER_HIS_DETENTION.match(text, d.mention.span.end)
        if not after:
            continue
        held = [
            x
            for x in events
            if x.type in _DETENTIONS
            and not x.relative
            and x.dated
            and x.trigger.span.end <= d.mention.span.start
            and x.date is not None
            and x.date.value is not None
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.date.value)
        ]
        if not held:
            continue
        police = [x for x in held if x.type != EventType.EXTRADITION_DETENTION]
        if police and re.search(r"detention|задержани", after.group(), re.IGNORECASE):
            held = police
        anchor = held[-1].date
        assert anchor is not None
        assert anchor.value is not None
        y, mo, day = (int(v) for v in anchor.value.split("-"))
        moved = add_offset(Parts(y, mo, day), d.mention.expr.n, d.mention.expr.unit)
        if moved is None:
            continue
        parts, approximate = moved
        e.date = replace(
            d,
            value=format_parts(parts, approximate),
            how=f"counted from the detention on {anchor.value}",
            fuzzy=None,
        )


def _origin_departures(text: str, events: list[EventDraft]) -> None:
    """ "Left Kyrgyzstan for Russia" where Kyrgyzstan asks for the person back: the flight
    from home, not a departure from a host state."""
    origin = origin_states(text)
    for e in events:
        if e.type != EventType.DEPARTURE_FROM_HOST:
            continue
        said = e.trigger.span.text(text)
        codes = {k for k, v in _COUNTRY_WORDS.items() if re.search(v, said)}
        if codes and codes <= origin:
            e.type = EventType.DEPARTURE_HOME
            e.notes.append("the country left is the one that seeks the person's return")


_REMOVAL_WORDS = re.compile(
    r"deport\w*|removal|expel\w*|expulsion|migration|overstay\w*|visa\s+(?:violation|expired)|"
    r"(?:his|her|their)\s+visa|immigration\s+rules|residence\s+rules|депорт\w*|выдвор\w*|"
    r"миграцион\w*|режим\w*\s+пребывания|просроченн\w+\s+виз\w*",
    re.IGNORECASE,
)


def _lead(text: str, sents: Sequence[Sentence]) -> str:
    """The headline and the first paragraphs: what the whole report is about."""
    paragraphs = sorted({s.paragraph for s in sents})[:3]
    return " ".join(s.text(text) for s in sents if s.paragraph in paragraphs)


_HEADING = re.compile(r"[^\S\n]*(?:ITEM\b[^\n]{0,60}|[^a-zа-яё\n]{3,60})[^\S\n]*")


def _sections(text: str, sents: Sequence[Sentence]) -> list[int]:
    """Each sentence's section: a paragraph that is one short line of capitals ("ITEM 2 -
    BISHKEK", "ALMATY") opens a new one, as the items of a news bulletin or a round-up, each
    of another story."""
    out, n, last = [], 0, -1
    for s in sents:
        if s.paragraph != last:
            last = s.paragraph
            lines = [ln for ln in s.text(text).splitlines() if ln.strip()]
            if (
                len(lines) == 1
                and _HEADING.fullmatch(lines[0])
                and sum(c.isalpha() for c in lines[0]) >= 3
                and all(c.isupper() for c in lines[0] if c.isalpha())
            ):
                n += 1
        out.append(n)
    return out


def _extradition_detentions(text: str, events: list[EventDraft], sents: Sequence[Sentence]) -> None:
    """A detention in the host state, in a text (or, in a bulletin of several stories, the
    item: :func:`_sections`) where a state asks for the person's extradition, is the
    extradition arrest, unless it is told as a step of a deportation
    ("took him to a removal centre")."""
    section = _sections(text, sents)
    sought_in = {
        section[e.trigger.sentence]
        for e in events
        if e.type in (EventType.EXTRADITION_REQUESTED, EventType.EXTRADITION_DECISION)
    }
    # the lead says what the whole report is about, unless it is a bulletin of several items
    in_lead = max(section, default=0) <= 1 and bool(_EXTRADITION.search(_lead(text, sents)))
    # the arrest pending extradition told on a later day ("Tue 16 Jan. Two months' arrest
    # pending extradition"): the detention before it is the first one, by the police
    ordered = [d for x in events if x.type == EventType.EXTRADITION_DETENTION for d in [_day_of(x)]]
    # "В марте 2020 года его задержали пограничники … В сентябре 2024 года Китай направил запрос
    # о его экстрадиции": a detention over a year before the first request is no extradition
    # arrest (an arrest on a wanted notice comes weeks before the formal request)
    requested = [
        b[0]
        for x in events
        if x.type == EventType.EXTRADITION_REQUESTED
        for b in [_bounds_of(x)]
        if b is not None
    ]
    first_request = min(requested, default=None)
    for e in events:
        if e.type != EventType.DETENTION_HOST or e.relative:
            continue
        day = _day_of(e)
        if day is not None and any(d is not None and d > day for d in ordered):
            continue
        bounds = _bounds_of(e)
        if (
            first_request is not None
            and bounds is not None
            and (first_request - bounds[1]).days > 365
        ):
            continue
        i = e.trigger.sentence
        sought = in_lead or section[i] in sought_in
        around = " ".join(s.text(text) for s in sents[i : i + 2])
        if _REMOVAL_WORDS.search(around):
            continue
        # "… detained yesterday. Today a court remanded him at Tashkent's request."
        if not sought and not _EXTRADITION.search(around):
            continue
        e.type = EventType.EXTRADITION_DETENTION
        e.notes.append("a detention in the host state while another state seeks extradition")


def _camp_told_across(events: list[EventDraft]) -> list[EventDraft]:
    """A camp told across sentences: "Забрали меня … 14 марта 2018 года. Держали в лагере …
    Выпустили 2 ноября 2018 года": the undated camp right after the person's dated detention in
    the home country is that detention, and a dated release after it in the paragraph its end
    (one camp 2018-03-14/2018-11-02, not a detention and a release)."""
    order = sorted(events, key=lambda e: e.trigger.span.start)
    gone: set[int] = set()
    for i, camp in enumerate(order):
        if (
            camp.type != EventType.CAMP_INTERNMENT
            or camp.dated
            or camp.end is not None
            or camp.relative
            or camp.trigger.weak
            or i == 0
        ):
            continue
        taken = order[i - 1]
        if not (
            taken.type == EventType.DETENTION_ORIGIN
            and taken.dated
            and taken.end is None
            and not taken.relative
            and "/" not in (taken.date.value or "" if taken.date else "")
            and taken.trigger.paragraph == camp.trigger.paragraph
            and 0 <= camp.trigger.sentence - taken.trigger.sentence <= 1
        ):
            continue
        camp.date = taken.date
        camp.mentions.append(taken.trigger)
        camp.notes.append("dated by the start of the detention told just before")
        gone.add(id(taken))
        freed = next(
            (
                x
                for x in order[i + 1 :]
                if x.trigger.paragraph == camp.trigger.paragraph
                and x.trigger.sentence - camp.trigger.sentence <= 5
                and x.type == EventType.RELEASE
                and x.dated
                and not x.relative
            ),
            None,
        )
        between = [
            x
            for x in order[i + 1 :]
            if freed is not None
            and x.trigger.span.start < freed.trigger.span.start
            and x.dated
            # blows in the camp ("В первые дни меня били") are inside it, no other step
            and x.type not in (EventType.ILL_TREATMENT, EventType.TORTURE)
        ]
        if freed is not None and not between:
            camp.end = freed.date
            camp.notes.append("its end is the release told after it")
            camp.mentions.append(freed.trigger)
            gone.add(id(freed))
    return [e for e in events if id(e) not in gone]


def _camp_then_release(camp: EventDraft, freed: EventDraft, told: list[EventDraft]) -> bool:
    """Whether a release that opens the paragraph after a camp's ends the camp: "5 марта 2018
    года … увезли прямо в лагерь. … В первые недели там меня били. ¶ Отпустили меня 20 января
    2019 года." (no other dated step told between, but the camp's own harm)."""
    if (
        camp.type != EventType.CAMP_INTERNMENT
        or freed.trigger.paragraph != camp.trigger.paragraph + 1
        or freed.trigger.sentence - camp.trigger.sentence > 8
    ):
        return False
    later = told[told.index(camp) + 1 :] if camp in told else []
    return not any(x.dated and x.type not in _HARM and not x.relative for x in later)


def _fold_releases(events: list[EventDraft]) -> list[EventDraft]:
    out: list[EventDraft] = []
    for e in events:
        borrowed = e.date_shared or any(
            y is not e
            and y.trigger.sentence == e.trigger.sentence
            and y.date is not None
            and y.date is e.date
            and not y.date_shared
            and y.trigger.span.start > e.trigger.span.start
            for y in events
        )
        if e.type == EventType.RELEASE and borrowed:
            # "held in a camp from April 2018 to January 2019 … Released with orders to report
            # weekly, he left Xinjiang in August 2019": the camp's end told again, not a release
            # on the day of the next step
            ended = next(
                (
                    x
                    for x in reversed(out)
                    if x.type in _FOLDS_RELEASE
                    # an end told, or a range ("from April 2018 to January 2019")
                    and (x.end is not None or (x.date is not None and "/" in (x.date.value or "")))
                    and not x.relative
                    and 0 <= e.trigger.sentence - x.trigger.sentence <= 3
                ),
                None,
            )
            if ended is not None:
                ended.mentions.append(e.trigger)
                continue
        if e.type == EventType.RELEASE and e.dated and not e.date_shared:
            for x in out:
                if (
                    x.type in _FOLDS_RELEASE
                    and not x.dated
                    and x.end is None
                    and x.trigger.sentence == e.trigger.sentence
                ):
                    x.end = e.date
                    x.notes.append("its end is the release told in the same sentence")
            target = next(
                (
                    x
                    for x in reversed(out)
                    if x.type in _FOLDS_RELEASE
                    and x.end is None
                    and x.dated
                    and (
                        (
                            e.trigger.sentence - x.trigger.sentence <= 3
                            and x.trigger.paragraph == e.trigger.paragraph
                        )
                        or _camp_then_release(x, e, out)
                    )
                ),
                None,
            )
            if target is not None and target.date is not None and e.date is not None:
                start, end = target.date.fuzzy, e.date.fuzzy
                if (
                    start is not None
                    and end is not None
                    and start.earliest
                    and end.earliest
                    and start.earliest < end.earliest
                ):
                    target.end = e.date
                    if target.date.value is not None and "/" in target.date.value:
                        # "in the autumn of 2018 … released in June 2019": the start is the
                        # season's first month
                        first = target.date.value.partition("/")[0]
                        target.date = replace(
                            target.date, value=first, fuzzy=FuzzyDate.parse(first)
                        )
                    target.details.extend(e.details)
                    target.mentions.append(e.trigger)
                    target.notes.append("its end is the release told after it")
                    continue
        out.append(e)
    return out


_COURT = re.compile(r"\b(?:court|judge)\b|(?<![\w])(?:суд\w*|судь[яи])(?![\w])", re.IGNORECASE)
_CUSTODY_ORDER = re.compile(
    r"custody|remand|held|detention\s+pending|(?<![\w])страж|арест|меру\s+пресечения|санкционир",
    re.IGNORECASE,
)


def _fold_custody_orders(
    text: str, events: list[EventDraft], sents: Sequence[Sentence]
) -> list[EventDraft]:
    """A court's custody order and the police detention it confirms are one step when they
    fall on the same day, two when they do not: the time between the arrest and the court's
    sanction (up to 72 hours, or longer) is legally material. On another day ("detained on
    Sunday … on Tuesday a court ordered that he remain in custody pending extradition", "через
    два дня суд арестовал его в целях экстрадиции", "a week later" from a month) the police
    detention is a detention in the host state, whatever it was made on, and the court's order
    is the detention of its own kind (an extradition arrest where the order or the text says
    so), on its own date."""
    for e in events:
        if (
            e.type not in (EventType.DETENTION_HOST, EventType.EXTRADITION_DETENTION)
            or e.relative
            or not _court_order(text, e, sents)
        ):
            continue
        day = _day_of(e)
        # "A week later" from a month: another day the text does not determine
        offset = not e.dated and bool(_LATER.search(sents[e.trigger.sentence].text(text)))
        if day is None and not offset:
            continue
        between: list[EventDraft] = []
        for x in reversed(events):
            if x is e or x.trigger.span.start >= e.trigger.span.start:
                continue
            if (
                x.type not in (EventType.DETENTION_HOST, EventType.EXTRADITION_DETENTION)
                or x.relative
                or e.trigger.sentence - x.trigger.sentence > 6
                or _court_order(text, x, sents, before=x.trigger.sentence == e.trigger.sentence)
            ):
                continue
            d = _day_of(x)
            if day is not None and not x.dated:
                # the arrest told again without its date ("… задержали сотрудники полиции у
                # подъезда") between the dated arrest and the order: the same police detention
                between.append(x)
                continue
            if offset if day is None else d is not None and 0 < (day - d).days <= 31:
                for y in [x, *between]:
                    if y.type != EventType.DETENTION_HOST:
                        y.type = EventType.DETENTION_HOST
                        y.notes.append(
                            "the police detention before a court's custody order of another day"
                        )
                e.notes.append("the court's custody order, a step of its own after the arrest")
            break
    return events


_EXTRADITION_STEPS = frozenset(
    {
        EventType.EXTRADITION_REQUESTED,
        EventType.EXTRADITION_DECISION,
        EventType.EXTRADITION_DETENTION,
        EventType.UN_INTERIM_MEASURES,
    }
)


_EXPULSION_WORD = re.compile(
    r"выдвор|депорт|высыл|выслан|\bdeport|\bexpel|\bexpulsion", re.IGNORECASE
)


def removals_on_extradition(text: str, events: Sequence[EventDraft]) -> None:
    """A removal told by its means ("he was put on a flight to Tashkent", "его на самолёте
    отправили в Ташкент") in a story of an extradition (a request, an arrest or a decision on
    it, interim measures against it) where no expulsion or deportation is spoken of: the
    hand-over of that extradition, not an expulsion. Run again on the draft's events once the
    classifier has re-typed some: a sentence alone does not tell the story's process."""
    own = [e for e in events if not e.relative]
    if any(e.type == EventType.EXPULSION_ORDERED for e in own) or _EXPULSION_WORD.search(text):
        return
    if not any(e.type in _EXTRADITION_STEPS for e in own):
        return
    for e in own:
        if e.type == EventType.EXPULSION_CARRIED_OUT:
            e.type = EventType.HANDOVER_CARRIED_OUT


def _transfers(events: list[EventDraft]) -> list[EventDraft]:
    """A detention in the host state told with another step's date a few days after the arrest
    ("The next day the directorate ordered his deportation, and he was taken to the removal
    centre"): a transfer in the same custody, no detention of its own."""
    out: list[EventDraft] = []
    for e in events:
        day = _day_of(e)
        if e.type == EventType.DETENTION_HOST and e.date_shared and not e.relative and day:
            arrest = next(
                (
                    x
                    for x in reversed(out)
                    if x.type == EventType.DETENTION_HOST
                    and not x.relative
                    and not x.date_shared
                    and 0 < e.trigger.sentence - x.trigger.sentence <= 3
                    and (d := _day_of(x)) is not None
                    and 0 < (day - d).days <= 3
                ),
                None,
            )
            released = arrest is not None and any(
                y.type == EventType.RELEASE
                and arrest.trigger.span.start < y.trigger.span.start < e.trigger.span.start
                for y in out
            )
            if arrest is not None and not released:
                arrest.mentions.append(e.trigger)
                continue
        out.append(e)
    return out


_LATER = re.compile(
    r"\b(?:later|next\s+day|following\s+day|day\s+after)\b|(?<![\w])(?:через|спустя)\s|"
    r"(?:на\s+)?(?:следующий|другой)\s+день",
    re.IGNORECASE,
)


def _court_order(
    text: str, e: EventDraft, sents: Sequence[Sentence], *, before: bool = False
) -> bool:
    """Whether a detention is a court's custody order: a court in its sentence (``before``:
    up to the trigger, when the court's order is told later in the same sentence: "He was
    detained on 3 December on a search notice, and the court ordered his detention pending
    extradition two days later")."""
    sent = sents[e.trigger.sentence]
    said = text[sent.span.start : e.trigger.span.end] if before else sent.text(text)
    return bool(_COURT.search(said) and _CUSTODY_ORDER.search(e.trigger.span.text(text)))


def _bounds_of(e: EventDraft) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event's date value ("2020", "2020-03", "2020-03/2020-05",
    "2020-03-17") can mean; None where it has none or another form."""
    if e.date is None or e.date.value is None:
        return None
    parts = e.date.value.split("/")
    try:
        first = parts[0].split("-")
        last = parts[-1].split("-")
        start = dt.date(
            int(first[0]),
            int(first[1]) if len(first) > 1 else 1,
            int(first[2]) if len(first) > 2 else 1,
        )
        y = int(last[0])
        if len(last) > 2:
            end = dt.date(y, int(last[1]), int(last[2]))
        elif len(last) > 1:
            m = int(last[1])
            end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            end = dt.date(y, 12, 31)
    except (ValueError, IndexError):
        return None
    return start, end


def _day_of(e: EventDraft) -> dt.date | None:
    if e.date is None or e.date.value is None:
        return None
    try:
        return dt.date.fromisoformat(e.date.value)
    except ValueError:
        return None


def _merge(events: list[EventDraft]) -> list[EventDraft]:
    """One event per type and date; undated mentions join an event of their type."""
    out: list[EventDraft] = []
    for e in events:
        same_type = [x for x in out if x.type == e.type]
        twin: EventDraft | None = None
        e_leads = False  # the new mention's details and trigger take precedence
        if e.dated:
            twin = next(
                (
                    x
                    for x in same_type
                    if x.dated and x.date and e.date and x.date.value == e.date.value
                ),
                None,
            )
            if twin is None:
                # "detained on 29 August" and "held since the end of August": one event told
                # twice, once with a coarser date that contains the finer one
                twin = next((x for x in same_type if x.dated and _nested(x, e)), None)
                if twin is not None and _finer(e, twin):
                    e_leads = True
                    twin.date, twin.date_shared = e.date, e.date_shared
            if twin is None:
                undated = [x for x in same_type if not x.dated]
                if undated:
                    twin, e_leads = undated[-1], True
                    twin.date, twin.date_shared = e.date, e.date_shared
                    twin.type_guessed = e.type_guessed
        elif same_type:
            twin = same_type[-1]
        if twin is None:
            out.append(e)
            continue
        twin.mentions.extend(e.mentions)
        if e_leads:
            twin.trigger = e.trigger
            first, second = e.details, twin.details
        else:
            first, second = twin.details, e.details
        props = {d.property for d in first}
        twin.details = [*first, *(d for d in second if d.property not in props)]
        if twin.end is None:
            twin.end = e.end
        twin.relative = twin.relative or e.relative
    # a noun mention without a date reports nothing on its own
    out = [e for e in out if e.dated or not e.trigger.weak or e.details]
    return sorted(out, key=lambda e: e.trigger.span.start)


def _span_of(e: EventDraft) -> tuple[dt.date, dt.date] | None:
    f = e.date.fuzzy if e.date is not None else None
    if f is None or f.earliest is None or f.latest is None or any(c in f.text for c in "/~?%"):
        return None  # ranges and approximate dates are not nested into another mention
    return f.earliest, f.latest


def _nested(a: EventDraft, b: EventDraft) -> bool:
    """One date (a month, a year) contains the other (a day, a month), neither a range."""
    sa, sb = _span_of(a), _span_of(b)
    if sa is None or sb is None or sa == sb:
        return False
    return (sa[0] <= sb[0] and sb[1] <= sa[1]) or (sb[0] <= sa[0] and sa[1] <= sb[1])


def _finer(a: EventDraft, b: EventDraft) -> bool:
    sa, sb = _span_of(a), _span_of(b)
    return sa is not None and sb is not None and (sa[1] - sa[0]) < (sb[1] - sb[0])


def phase_of(event_type: EventType) -> str:
    return EVENT_PHASE[event_type]
