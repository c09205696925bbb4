"""People in a text: names with every spelling, roles, ages and relatives.

Names come from two finders whose results are merged: a named-entity model where one is
available offline (natasha for Russian, through :mod:`panah.ingest.backends`) and rules that
work in any script: sequences of capitalised words with a known given name
(``data/given_names.tsv``), a Kazakh, Kyrgyz or Russian surname or patronymic ending
(-uly, -kyzy, -ov, -ova…), or a cue before them ("lawyer", "адвокат", "Mr"). Mentions of the
same person are clustered: "Yerlan Bekmuratuly", "Bekmuratuly" and "Bekmuratuly's" are one
person; "Yerlan Bekmurat" joins "Yerlan Bekmuratuly" (same given name, same stem).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from panah.core.catalogue import Role
from panah.ingest.gazetteer import PlaceMention
from panah.ingest.text import Sentence, Span

__all__ = [
    "AgeMention",
    "NameMention",
    "PersonDraft",
    "RelativeDraft",
    "cluster",
    "find_ages",
    "find_names",
    "find_relatives",
    "genitive_owners",
    "given_names",
]

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮÇŞĞÜÖİÄÝŇŽŠČÁÉÍÓÚÑ"
_LOW = "a-zа-яёәғқңөұүһіўҳҷӣӯıçşğüöäýňžščáéíóúñ"
_TOKEN = re.compile(rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*|[{_UP}]\.")
_SURNAME_END = re.compile(
    r"(?:uly|ulu|uli|ulı|kyzy|kizi|qizi|qyzy|ova|ov|eva|ev|yev|yeva|bayev|bekov|enko|ovich|"
    r"(?<=\w{4})(?:in|ina|yn|yna)|"
    # Turkmen surnames: -ow, -ew, -ýew (Orazow, Annaýew, Atayewa)
    r"(?<=\w{4})(?:ow|owa)|(?<=\w{2})(?:ýew|ýewa|yew|yewa)|"
    r"zoda|zade|zada|зода|заде|"
    # Turkish and Azerbaijani surnames in -oğlu (Yıldırımoğlu, Hüseynoğlu)
    r"(?<=\w{3})(?:oğlu|oglu|ogly|оглу)|"
    r"ovna|улы|ұлы|уулу|кызы|қызы|ова|ов|ева|ев|ович|овна|евич|евна|овой|ову|ым|ого|"
    # Central Asian given names and surnames built on -bek, -gul, -zhan, -khan, -nur…
    r"(?<=\w{3})(?:bek|bekov|bay|bai|gul|gül|zhan|jan|khan|nur|бек|гуль|гүл|жан|хан|нур))$",
)


def _words(text: str) -> list[str]:
    return text.split()


_STOP = frozenset(
    _words(
        """
    The A An In On At By For From To Of And But Or He She They His Her Their My I We Our It Its
    This That These Those After Before Two Three Four Five One Six Seven Eight Nine Ten When
    While Where Who What Why How Then There Here Last Next Since Until Both Investigators Police
    If As So Yet Although Because Unless Once Whether Every Each Many
    With Without Through Thanks Via Under Among Amid About Despite During Like Unlike Upon Into
    Over Near Towards Toward Between Behind Beside Except Across Within Throughout
    Asia Europe Africa America Caucasus Central Eastern Western Northern Southern Middle
    President Vice-President Commissioner Ambassador Senator Rapporteur Minister Deputy
    Secretary Governor Mayor Special High Chairman Chairwoman Representative Spokesperson
    Court Service Committee Bureau Watch Ministry Department Office Code Republic Region
    District County Prefecture Village City Human Rights International National Security Border
    Criminal UN United Nations Migration Commission Torture Against State Government Kazakh
    Kazakhs Chinese Uyghur Uyghurs Uighur Russian Muslim Muslims Islam Kazakhstani Han January
    February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr Judge Lawyer Her His Their Its KNB
    Advocate Attorney Barrister Solicitor Professor Sergeant Captain Major Lieutenant Colonel
    General Corporal Grandma Grandpa Granny
    ALMATY ASTANA Interior Supreme Appeals Prosecutor Akimat Это Эти Этот Они Она Он Его Её Их
    Мы Я Меня Мой Моя Моего Моей Мои В Во На С По До Из За Как Когда После Перед Но А И Суд
    Полиция Комитет Служба Пограничной Пограничная Республики Республика Уголовного Кодекса
    Адвокат Адвоката Представитель Заместитель Свидетельства Свидетельство Показания Судебный
    Мужчина Мужчины Жителя Житель Января Февраля Марта Апреля Мая Июня Июля Августа Сентября
    Октября Ноября Декабря Дело Подготовил Подготовила Подготовили Составил Составила Составили
    Наблюдатель Наблюдатели Наблюдателя Observer Observers Monitor Заявление Письмо Обращение
    Интервью Рассказ Testimony Statement Interview Kiss Tell Give Hug Thank Please Ask Dear
    Дорогая Дорогой Дорогие Милая Милый
    Семья Семьи Семью Семье Семьёй История Истории Историю Судьба Судьбы Судьбу Дети Супруги
    Family Story Case
    """
    )
)
_STREET_AFTER = re.compile(
    r"[ \t]+(?:St\.|Street|Ave\.|Avenue|Road|Rd\.|Boulevard|Lane|Highway|[Cc]heckpoint|"
    r"[Cc]rossing|[Bb]order[ \t]+(?:post|point|crossing)|[Pp]ass|[Bb]azaa?r|[Mm]arket|"
    r"[Ss]tation|[Aa]irport)(?!\w)"
)
"""A street, a road, a border crossing, a market or a station named after a person ("Abai
Avenue", "the Zhibek Zholy checkpoint", "Dostyk crossing"): a place, not a person."""
_FROM_AFTER = re.compile(rf"[ \t]+(?:from|of|из|от)[ \t]+(?:the[ \t]+)?[«\"“]?[{_UP}]")
"""What follows a known given name alone that says who the person is by where they are from or
whom they are with ("Dinara from Radio Azattyq", "Марат из «Кадыр-Касиета»")."""
_STOP_FOLDED = frozenset(w.casefold() for w in _STOP)
_ORG_WORDS = re.compile(
    r"\b(?:Court|Service|Committee|Bureau|Watch|Ministry|Department|Office|Code|Republic|"
    r"Commission|Agency|University|International|Nations|Police|Prosecutor|Foundation|News|"
    r"Radio|Press|Times|Post|Reuters|Forum|Institute|Cent(?:re|er)|Union|Party|Association|"
    r"Group|Council|Embassy|Consulate|Parliament|Senate|Mazhilis|Akimat|Administration|"
    r"Monitor|Logistics|LLP|LLC|Ltd|Inc|Review|Journal|Magazine|Gazette|Herald|Tribune|Digest|"
    r"Bulletin|Network|Initiative|Coalition|Alliance|Federation|Society|Fund|Movement|"
    r"Campaign|Mission|Partnership|Platform|Consortium|Ректорат\w*|Деканат\w*|"
    r"Суд\w*|Служб\w*|Комитет\w*|Бюро|Министерств\w*|Департамент\w*|Кодекс\w*|Республик\w*|"
    r"Комисси\w*|Прокуратур\w*|Агентств\w*)\b"
)
_CUE_BEFORE = re.compile(
    r"(?:lawyer|attorney|advocate|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|judge|husband|wife|sons?|daughters?|"
    r"dear|дорог(?:ой|ая|ие)|"
    r"brothers?|sisters?|mother|father|cousins?|nephews?|nieces?|uncles?|aunts?|grand(?:son|"
    r"daughter|father|mother)s?|activist|journalist|named|called|chief|minister|"
    r"spokes(?:man|woman|person)|adviser|official|head|director|representative|coordinator|"
    r"founder|researcher|chair(?:man|woman|person)?|president|editor|poet|writer|imam|"
    r"activist|contact|av\.|adv\.|avukat|barrister|solicitor|commissioner|ambassador|"
    r"senator|rapporteur|governor|mayor|secretary|deputy|written(?:\s+as)?|spel(?:led|t)(?:\s+as)?|appears\s+as|known\s+as|"
    r"(?:spells?|spelled|spelt|writes?|wrote|lists?|listed|records?|recorded|names?)\s+"
    r"(?:him|her)(?:\s+as)?|(?:name\s+)?(?:given|listed|entered)\s+as|"
    r"identified(?:\s+only)?\s+as|I\s+am|"
    r"registered\s+as|recorded\s+as|counsel|reported\s+by|written\s+by|"
    r"call(?:s|ed|ing)?\s+(?:him|her)|(?:he|she)\s+is|"
    r"(?:gives?|gave|spells?|spelled|spelt|writes?|wrote)\s+(?:it|(?:his|her)\s+name)(?:\s+as)?|"
    r"sergeant|captain|major|lieutenant|colonel|general|corporal|"
    r"лейтенант\w*|капитан\w*|майор\w*|сержант\w*|полковник\w*|подполковник\w*|"
    r"прапорщик\w*|"
    r"координатор\w*|основател\w*|председател\w*|поэт\w*|имам\w*|записан\w*\s+как|"
    # a paper's or a notice's form: "в постановлении он значится как", "указан как"
    r"(?:значит|значат|значил|числит|числил|указан|фигурир)\w*(?:\s+как)?|"
    r"адвокат\w*|защитник\w*|судья|муж(?!чин)\w*|жена|жены|сын\w*|доч\w+|брат\w*|сестр\w*|"
    r"журналист\w*|активист\w*|представител\w*|заместител\w*|начальник\w*|директор\w*|"
    r"министр\w*|зовут)[\s,]+[\"“«]?$",
    re.IGNORECASE,
)
# a label line: "Spokesperson for the … Office: Clara Vennholt", "Составитель: Нигора Хасанова"
_LABEL_BEFORE = re.compile(
    # the label opens its line or a field of a log's line after a bar ("02 Jun 2026, 09:14 |
    # Op.: Merve Kaya | incoming")
    r"^(?:[^\n|]*\|)?[ \t]*(?:spokes(?:man|woman|person)|author|compiled\s+by|prepared\s+by|"
    r"op\.|operators?|caller|interpreter|translator|оператор\w*|переводчик\w*|"
    r"interview(?:ed)?\s+by|составител\w*|автор\w*|подготовил\w*|беседовал\w*|counsel|"
    r"(?:media\s+)?contact|from|to|cc|защитник\w*|от\s+кого|кому)[^\n:]{0,80}:[ \t]*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:^|[\n.]\s*)(?:By|Text:|Текст:|Автор:?)\s+$")
"""A byline: "… 10 September 2024. By Mariam Osei." """
_LAWYER = re.compile(
    r"\b(?:lawyer|attorney|advocate|counsel|barrister|solicitor|адвокат\w*|защитник\w*)\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"\b(?:deputy|minister|chief|head\s+of|spokes(?:man|woman|person)|official|representative|"
    r"director|chairman|prosecutor|akim|judge|investigator|заместител\w*|министр\w*|"
    r"начальник\w*|председател\w*|представител\w*|директор\w*|руководител\w*|прокурор\w*|"
    r"аким\w*|судья|следовател\w*)\b",
    re.IGNORECASE,
)
_JOURNALIST = re.compile(r"\b(?:journalist|reporter|журналист\w*|корреспондент\w*)\b", re.I)
_CUE_AFTER = re.compile(
    # "X, 34,", "X (34)", "X said", "X, who…", "X, an ethnic Kazakh": what follows a person
    r"^(?:\s*,\s*\d{1,3}\s*[,)]|\s*\(\d{1,3}\)|\s+(?:said|says|told|recalled|added|explained|"
    r"wrote|was\s+(?:detained|arrested|sentenced|convicted|released|born|deported|charged|held|"
    r"questioned|summoned|beaten|tortured|taken)|"
    r"сказал\w*|рассказал\w*|заявил\w*|сообщил\w*)\b|\s*,\s*(?:was|were|has\s+been)\s+"
    r"(?:detained|arrested|sentenced|convicted|released|deported|charged|taken)\b|"
    # "X, his lawyer,", "X, the applicant's counsel": a lawyer's apposition
    r"\s*,\s*(?:(?:his|her|their|the\s+\w+['’]s|the)\s+)?(?:lawyer|counsel|barrister|"
    r"solicitor|attorney|advocate)\b|"
    r"\s*,\s*(?:who|an?\s+(?:\d{1,3}-year-old\s+)?"
    r"(?:ethnic|Kazakh|Uyghur|Kyrgyz|citizen|resident|native|father|mother))|"
    # a parliament's group in brackets ending the line: "Liesbeth Vandermeer (Renew)"
    r"[ \t]*\((?-i:[A-Z][a-z][\w&/-]{1,14})\)[ \t]*(?:\n|$)|"
    # a role in brackets after the name: "Kadir Demir (President of the Section)", "(Chair)"
    r"\s*\((?:chair(?:man|woman|person)?|president|vice-president|judge|registrar|"
    r"rapporteur|председател\w*|судья)\b)",
    re.IGNORECASE,
)
_NARRATOR = re.compile(
    r"(?:My\s+name\s+is|I\s+am|Меня\s+зовут|Testimony\s+of|Statement\s+of|"
    r"Показания|Свидетельство|Рассказ)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Known given names (every listed form, casefolded) -> gender (f, m, u)."""
    raw = resources.files("panah.ingest").joinpath("data/given_names.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    header = True
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        latin, cyrillic, gender = line.split("\t")
        for form in (*latin.split("|"), *cyrillic.split("|")):
            if form.strip():
                out[form.strip().casefold()] = gender.strip()
    return out


@dataclass(frozen=True, slots=True)
class NameMention:
    span: Span
    written: str
    normal: str
    """The name in its base form (Russian nominative); equal to ``written`` in English."""
    source: str = "patterns"

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t.rstrip(".").casefold() for t in self.normal.split())


@dataclass(slots=True)
class PersonDraft:
    id: str
    mentions: list[NameMention] = field(default_factory=list)
    roles: set[Role] = field(default_factory=set)
    narrator: bool = False

    @property
    def full(self) -> list[NameMention]:
        return [m for m in self.mentions if len(m.normal.split()) > 1]

    def variants(self) -> list[NameMention]:
        """The distinct full spellings, first mention of each. A form with initials ("Гончаров
        И. А.", "Н. В. Кравцова") is an abbreviation, no spelling of its own, where the person
        is also named in full; alone, it is the only spelling the text gives."""
        seen: dict[str, NameMention] = {}
        for m in self.full or self.mentions[:1]:
            seen.setdefault(m.normal, m)
        for m in self.mentions:
            if m.source == "nickname":
                seen.setdefault(m.normal, m)  # "everybody called him Bakha": a form of its own
        forms = set(seen)
        written = {w.casefold() for m in self.mentions for w in m.written.split()}
        spelled = [
            m
            for m in seen.values()
            if not _initials_form(m.normal)
            and not _oblique_of(m.normal, forms, written)
            and not _man_of_woman(m.normal, forms, written)
        ]
        return spelled or list(seen.values())

    def tokens(self) -> set[str]:
        return {t for m in self.mentions for t in m.tokens}


def _oblique_of(normal: str, forms: set[str], written: Set[str] = frozenset()) -> bool:
    """Whether a Russian form is another of the forms with words in an oblique case a model
    left ("Ма Вэньцзюня" beside "Ма Вэньцзюнь", "Мемтимина Абдукерима" beside "Мемтимин
    Абдукерим"): not a spelling of its own. A Russian surname in -ов/-ин with "а" is a woman's
    ("Ахметова" is no case of "Ахметов") unless the given name beside it is a man's known
    one in the same case ("Бахтиёра Юсупова"), or the man's surname is written as such
    (``written``: the words of the person's mentions, casefolded: "Тохтиев" beside
    "Нурмухаммета Тохтиева")."""
    words = normal.split()
    if len(words) < 2 or not re.search(r"[а-яё]$", words[-1]):
        return False
    known = given_names()
    for other in forms:
        base = other.split()
        if other == normal or len(base) != len(words):
            continue
        differ = [(w, b) for w, b in zip(words, base, strict=True) if w != b]
        if not all(_case_form(w, b) for w, b in differ):
            continue
        male = any(known.get(b.casefold()) == "m" for _, b in differ) or (
            base[-1].casefold() in written
            and _man_in_oblique_case([w.casefold() for w in words], [b.casefold() for b in base])
        )
        if male or not any(_MASC_SURNAME.search(b) and w == b + "а" for w, b in differ):
            return True
    return False


def _man_of_woman(normal: str, forms: set[str], written: Set[str]) -> bool:
    """Whether a man's Russian name is a model's misreading of a woman's in an oblique case
    ("Дин Ахметов" of "Дину Ахметову", beside "Дина Ахметова"): her nominative is another
    form of the person, and the man's surname is nowhere written."""
    words = normal.split()
    return (
        len(words) == 2
        and _MASC_SURNAME.search(words[1]) is not None
        and re.search(r"[а-яё]$", words[1]) is not None
        and f"{words[0]}а {words[1]}а" in forms
        and words[1].casefold() not in written
    )


def _case_form(word: str, base: str) -> bool:
    """Whether ``word`` is ``base`` (a man's name or a word ending in a consonant, "ь" or "й")
    in the genitive, dative or instrumental."""
    if base[-1:] in ("ь", "й"):
        return word[:-1] == base[:-1] and word[-1:] in ("я", "ю", "ем", "ём")
    if base[-1:].casefold() in _VOWELS_RU:
        return False
    return word in (base + "а", base + "у", base + "ом", base + "ым", base + "ом")


def _initials_form(normal: str) -> bool:
    """Whether a name is a surname with initials only ("гончаров и. а.", "н.в. кравцова"),
    not a given name with a surname's initial ("merdan g.")."""
    words = re.findall(r"\w+\.?", normal)
    initials = [w for w in words if re.fullmatch(r"\w\.?", w)]
    if len(initials) == 1 and words[-1] in initials:
        return False  # a given name and a surname's initial ("merdan g."): a name kept short
    return bool(initials) and len(words) - len(initials) <= 1


def _strip_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _is_name_like(tokens: Sequence[str]) -> bool:
    known = given_names()
    return any(
        t.casefold() in known or (_SURNAME_END.search(t.casefold()) and len(t) > 4) for t in tokens
    )


_FEMININE_ENDINGS = (("ой", "а"), ("у", "а"), ("ы", "а"), ("е", "а"), ("и", "я"), ("ю", "я"))
_SURNAME_CASES = {
    "f": (
        ("овой", "ова"), ("ову", "ова"), ("евой", "ева"), ("еву", "ева"), ("иной", "ина"),
        ("ину", "ина"),
    ),
    "m": (
        ("овым", "ов"), ("ову", "ов"), ("ова", "ов"), ("ове", "ов"), ("евым", "ев"), ("еву", "ев"),
        ("ева", "ев"), ("еве", "ев"), ("иным", "ин"), ("ину", "ин"), ("ина", "ин"), ("ине", "ин"),
    ),
}  # fmt: skip


_MALE_STEM = re.compile(r"^\w{2,}(?:жон|жан|бек|хан|бай|мурат|улла|бахтиёр|бахтияр)$")


def _normal_ru(tokens: list[str]) -> list[str]:
    """Base forms for Russian oblique cases of names whose given name is known (rules, no
    model): "Ерлана Бекмуратулы" -> "Ерлан Бекмуратулы", "Гульмиру Абдыкеримову" ->
    "Гульмира Абдыкеримова". Kazakh patronymics in -улы/-кызы do not decline."""
    known = given_names()
    out: list[str] = []
    gender = ""
    known_m = False
    case_end = ""  # the ending taken off a man's given name ("Абдурехима" -> "а")
    for i, t in enumerate(tokens):
        low = t.casefold()
        base = t
        if i == 0:
            if low not in known:
                for end in ("ом", "ой", "ы", "у", "а", "е", "ю", "я"):
                    stem = t[: -len(end)]
                    if low.endswith(end) and (
                        known.get(stem.casefold()) == "m"
                        # Central Asian men's names the list lacks: "Рахимжона" -> "Рахимжон"
                        or (end in ("а", "у", "ом", "е") and _MALE_STEM.search(stem.casefold()))
                    ):
                        base = stem
                        known_m = True
                        case_end = end
                        break
                else:
                    for end, nominative in _FEMININE_ENDINGS:
                        cand = t[: -len(end)] + nominative
                        if low.endswith(end) and known.get(cand.casefold()) == "f":
                            base = cand
                            break
            gender = known.get(base.casefold(), "m" if known_m else "")
        elif gender in _SURNAME_CASES:
            for end, nominative in _SURNAME_CASES[gender]:
                if low.endswith(end) and len(t) > len(end) + 2:
                    base = t[: -len(end)] + nominative
                    break
            else:
                # a Central Asian man's surname without a Russian suffix declines like his
                # given name: "Абдурехима Турсуна" -> "Абдурехим Турсун"
                stem = t[: -len(case_end)] if case_end else ""
                if (
                    gender == "m"
                    and case_end in ("а", "у", "ом")
                    and low.endswith(case_end)
                    and len(stem) > 3
                    and stem[-1].casefold() not in _VOWELS_RU
                    and not _MASC_SURNAME.search(stem.casefold())
                ):
                    base = stem
        out.append(base)
    return out


_MASC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
_GIVEN_CASE = {
    "а": (("а", ""), ("я", "й")),
    "у": (("у", ""), ("ю", "й")),
    "ым": (("ом", ""), ("ем", "й")),  # "называют Абдурашидом Мамутовым"
}
_VOWELS_RU = set("аеёиоуыэюя")


_NOMINATIVE_AFTER = re.compile(
    r"^(?:,\s*\d{1,3}\s*(?:лет|год|года)\b|\s+(?:был[аи]?\s+)?[а-яё]+ла\b)"
)


_FEMININE_VERB_AFTER = re.compile(
    r"^[ \t]+(?:[а-яё]+[ \t]+)?[а-яё]{2,}(?:ала|яла|ила|ела|ыла|ула|шла)(?:сь)?(?![\w-])"
)
"""A woman's verb in the past right after a name ("Айжан Серикова дочитала", "Нуржан
Абдыкеримова тогда сказала"): the name is hers, its subject, in the nominative."""


_FEMININE_BEFORE = re.compile(
    r"(?<!\w)(?:мать|матери|маму|жену|жены|сестру|сестры|дочь|дочери|бабушку|гражданку|"
    r"студентку|её|ее)[\s,]+$",
    re.IGNORECASE,
)


_PATRONYMIC_OBLIQUE = re.compile(
    r"(?<=\w{3})(?P<stem>[оеё]в)(?P<end>н(?:ой|у|ы|е)|ич(?:ем|у|а|е))$"
)
"""A Russian patronymic in an oblique case ("Сергеевной", "Петровичу", "Рахимовича")."""


def _patronymic_nominative(m: re.Match[str]) -> str:
    return m["stem"] + ("на" if m["end"].startswith("н") else "ич")


def _given_nominative(word: str, *, female: bool) -> str:
    """A given name beside a patronymic, in the nominative: a known one ("Мариной" ->
    "Марина"), else one with a regular ending ("Ниной" -> "Нина", "Ивану" -> "Иван")."""
    known = given_names()
    if word.casefold() in known:
        return word
    ends = (("ой", "а"), ("ей", "я"), ("у", "а"), ("ы", "а"), ("е", "а"), ("ю", "я"), ("и", "я"))
    if not female:
        ends = (("ом", ""), ("ем", "й"), ("у", ""), ("а", ""), ("е", ""), ("ю", "й"), ("я", "й"))
    for end, base in ends:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) > 2 and known.get((stem + base).casefold()):
            return stem + base
    for end, base in ends:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) > 2 and stem[-1].casefold() not in _VOWELS_RU:
            return stem + base
    return word


def _case_of_context(n: NameMention, text: str) -> NameMention:
    """A model's base form the context corrects: a surname left in the dative beside a man's
    patronymic ("Хасанову Умеджону Рахимовичу" -> "Хасанов Умеджон Рахимович"); a woman's
    name in the accusative after a feminine kin word ("его мать, Мавлюду Хасанову" ->
    "Мавлюда Хасанова"); a woman's surname with initials that signs a letter at the end of
    its line ("Начальник отдела кадров  Е. А. Мельникова"), which is in the nominative."""
    words, written = n.normal.split(), n.written.split()
    if len(words) >= 2 and any(_PATRONYMIC_OBLIQUE.search(w) for w in words[1:]):
        # a given name with the patronymic, both declined ("с Мариной Сергеевной", "к Ивану
        # Петровичу"): the patronymic in the nominative too, the given name as the rules read it
        fixed = [_PATRONYMIC_OBLIQUE.sub(_patronymic_nominative, w) for w in words]
        if len(words) == 2 and fixed[0] == written[0]:
            fixed[0] = _given_nominative(written[0], female=fixed[1].endswith("на"))
        words = fixed
        n = replace(n, normal=" ".join(words))
    if (
        len(words) == 3 == len(written)
        and re.search(r"(?:ович|евич)у$", written[2])
        and words[1] == written[1]
        and re.search(r"\w{2}[^аеёиоуыэюяй\W]у$", written[1])
    ):
        # the given name left in the dative beside a dative patronymic ("Саидову Далеру
        # Рахимовичу" -> "Саидов Далер Рахимович")
        words = [words[0], written[1][:-1], words[2]]
        n = replace(n, normal=" ".join(words))
    if (
        len(words) == 3
        and re.search(r"(?:ович|евич)$", words[2])
        and re.search(r"\w{3}(?:ову|еву|ёву|ину)$", words[0])
    ):
        return replace(n, normal=" ".join([words[0][:-1], *words[1:]]))
    if (
        len(words) == 2
        and words[0] == written[0]
        and re.search(r"\w{3}(?:ов|ев|ёв|ин)ой$", words[1])
        and re.search(r"[^аеёиоуыэюя\W]$|и$", written[0])
    ):
        # a woman's surname in the genitive, dative or instrumental beside a given name that
        # does not decline ("Выступление Айпери Осмоновой"): her surname in the nominative
        return replace(n, normal=f"{words[0]} {words[1][:-2]}а")
    if (
        len(written) == 2
        and re.search(r"\w{3}(?:ову|еву|ёву|ину)$", written[1])
        and re.search(r"\w{2}[^аеёиоуыэюя\W][ую]$", written[0])
        and _FEMININE_BEFORE.search(text[max(0, n.span.start - 25) : n.span.start])
    ):
        given = written[0][:-1] + ("а" if written[0].endswith("у") else "я")
        return replace(n, normal=f"{given} {written[1][:-1]}а")
    if (
        len(written) == 2
        and re.search(r"\w{3}(?:ову|еву|ёву|ину)$", written[1])
        and re.search(r"\w{3}[^аеёиоуыэюяй\W]$", written[0])
        and _FEMININE_BEFORE.search(text[max(0, n.span.start - 25) : n.span.start])
    ):
        # a woman's given name that does not decline ("его мать, Огулджерен Аннамурадову"):
        # her surname in the nominative
        return replace(n, normal=f"{written[0]} {written[1][:-1]}а")
    if (
        len(written) >= 2
        and all(re.fullmatch(r"\w\.", w) for w in written[:-1])
        and re.search(r"\w{3}(?:ова|ева|ёва|ина)$", written[-1])
        and words[-1] == written[-1][:-1]
        and re.match(r"[ \t]*(?:\n|$)", text[n.span.end : n.span.end + 40])
    ):
        return replace(n, normal=n.written)
    return n


def _given_with_surname(n: NameMention, text: str) -> NameMention:
    """A model's base form that declined the surname but not a given name it does not know
    ("Шохруха Юлдашева" -> "Шохруха Юлдашев"): the given name takes the surname's case
    ending off too ("Шохрух Юлдашев", "Андрея Петрова" -> "Андрей Петров"). A name that
    opens its sentence, or is followed by an age or a verb in the feminine, is in the
    nominative: a woman's surname the model read as a man's is kept as written
    ("Дильноза Юлдашева, 40 лет")."""
    written, normal = n.written.split(), n.normal.split()
    if len(normal) == 3 and re.search(r"\w{3}[ое]в(?:ны|ной|ну|не)$", normal[2]):
        # a woman's name in the court's order the model left (in part) in an oblique case
        # ("Серикбаевой Жанар Муратовны", "Абдуллаевой Малики Рустамовны"): its nominative
        surname = re.sub(r"(\w{3}(?:ов|ев|ёв|ин))(?:ой|у|е)$", r"\1а", normal[0])
        given = normal[1]
        for end, nominative in (*_FEMININE_ENDINGS, ("и", "а")):
            cand = given[: -len(end)] + nominative
            if given.endswith(end) and given_names().get(cand.casefold()) == "f":
                given = cand
                break
        patronymic = re.sub(r"(\w{3}[ое]в)(?:ны|ной|ну|не)$", r"\1на", normal[2])
        normal = [surname, given, patronymic]
        n = replace(n, normal=" ".join(normal))
    if len(written) == 3 == len(normal) and any(re.search(r"[вч]на$", w) for w in normal):
        # a woman named with her patronymic ("Белова Анастасия Сергеевна"): a surname the
        # model made a man's ("Белов") is hers as written
        fixed = [
            w if w == nm + "а" and _MASC_SURNAME.search(nm.casefold()) else nm
            for w, nm in zip(written, normal, strict=True)
        ]
        return replace(n, normal=" ".join(fixed)) if fixed != normal else n
    if len(written) != 2 or len(normal) != 2:
        return n
    if written == normal:
        # the model left both words as written: a surname first in an oblique case
        # ("записана Рахимовой Малохатой") gives the case of the given name after it
        surname = re.sub(
            r"(?<=\w{3}[оеёи][вн])(?:ой|ым)$", lambda m: "а" if m[0] == "ой" else "", written[0]
        )
        if surname != written[0]:
            surname_first = _surname_first_nominative(written, [surname, written[1]])
            if surname_first is not None:
                return replace(n, normal=surname_first)
        # a man's given name the rules know in an
        # oblique case ("его отца, Бахтиёра Рахимова") gives the case of both
        rules = _normal_ru(written)
        if rules[0] != written[0]:
            return replace(n, normal=" ".join(rules))
        return n
    if written[0] != normal[0] and written[1] == normal[1]:
        surname_first = _surname_first_nominative(written, normal)
        if surname_first is not None:
            return replace(n, normal=surname_first)
    if written[0] != normal[0] and written[1] == normal[1]:
        # the reverse: the model declined the given name but not a surname without a Russian
        # suffix ("Абдурехима Турсуна" -> "Абдурехим Турсуна"): the same ending comes off
        end = written[0][len(normal[0]) :] if written[0].startswith(normal[0]) else ""
        stem = written[1][: -len(end)] if end else ""
        if (
            end in ("а", "у", "ом")
            and written[1].endswith(end)
            and len(stem) > 3
            and stem[-1].casefold() not in _VOWELS_RU
            and (
                not _MASC_SURNAME.search(stem.casefold())
                # a Russian surname is his too where the text writes it alone as a man's
                # ("уйгура Абдусалама Мамутова … Мамутов вышел"), not a woman's "Мамутова"
                or (
                    "f" not in (given_names().get(w.casefold()) for w in (normal[0], written[0]))
                    and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-])", text) is not None
                )
            )
        ):
            return replace(n, normal=f"{normal[0]} {stem}")
        base = written[1][:-1] + "а"
        if (
            end == "а"
            and written[1][-1:] in ("у", "ы", "е")
            and written[1][-2:-1].casefold() not in _VOWELS_RU
            and re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text) is not None
        ):
            # a man's surname in -а declines as a woman's word ("Ерлана Кабдоллу" beside
            # "Кабдолла"): its nominative is the form the text writes
            return replace(n, normal=f"{normal[0]} {base}")
        return n
    if written[0] != normal[0]:
        if (
            written == [normal[0] + "а", normal[1] + "а"]
            and _MASC_SURNAME.search(normal[1])
            and given_names().get(normal[0].casefold()) != "m"
            and (
                _NOMINATIVE_BEFORE.search(
                    text[text.rfind("\n", 0, n.span.start) + 1 : n.span.start]
                )
                # a woman's known given name the model took for a man's unknown one in the
                # genitive ("юрист центра Дана Ахметова" -> "Дан Ахметов"): hers, as written
                or (
                    given_names().get(written[0].casefold()) == "f"
                    and normal[0].casefold() not in given_names()
                )
            )
        ):
            # after a dash or a label's colon a name is in the nominative ("НЮ — Наргиза
            # Юсупова;"): a woman's, not a man's in the genitive
            return replace(n, normal=n.written)
        return n
    surname_w, surname_n = written[1], normal[1]
    end = surname_w[len(surname_n) :] if surname_w.startswith(surname_n) else ""
    if (
        end in ("а", "у", "ом")
        and not _MASC_SURNAME.search(surname_n)
        and written[0].endswith(end)
        and len(written[0]) - len(end) > 3
        and written[0][-len(end) - 1].casefold() not in _VOWELS_RU
    ):
        # the model declined a man's surname without a Russian suffix but not his given name
        # ("Мамтимином Абдукеримом" -> "Мамтимином Абдукерим"): the same ending comes off
        return replace(n, normal=f"{written[0][: -len(end)]} {surname_n}")
    if not _MASC_SURNAME.search(surname_n) or not surname_w.startswith(surname_n):
        return n
    if (
        surname_w[len(surname_n) :] == "а"
        and re.search(r"\w{3}[^аеёиоуыэюяй\W]$|\w{3}ь$", written[0])
        and given_names().get(written[0].casefold()) != "m"
        and not _MALE_STEM.match(written[0].casefold())
    ):
        # a given name in a consonant or "ь" the model left as written beside a surname it
        # took for a man's in the genitive ("64-летняя Бахытгуль Смагулова"): a man's given
        # name would decline with it ("Бахытжана Смагулова"), so both are a woman's, as written
        return replace(n, normal=n.written)
    before = text[max(0, n.span.start - 3) : n.span.start]
    opens = (
        n.span.start == 0
        or bool(re.search(r"(?:[.!?»\"]\s+|\n\s*)$", before))
        or bool(
            _NOMINATIVE_BEFORE.search(text[text.rfind("\n", 0, n.span.start) + 1 : n.span.start])
        )
    )
    if (
        surname_w[len(surname_n) :] == "а"
        and given_names().get(written[0].casefold()) != "m"
        and _FEMININE_VERB_BEFORE.search(text[max(0, n.span.start - 25) : n.span.start])
    ):
        return replace(n, normal=n.written)  # "Записала Айпери Осмонова": she, in the nominative
    # a man's given name left undeclined beside a surname in "-а" before a woman's verb
    # ("судья Нуржан Абдыкеримова дочитала"): a woman's name, as written
    her_verb = (
        written[0].casefold() in given_names()
        and _FEMININE_VERB_AFTER.match(text[n.span.end : n.span.end + 40]) is not None
    )
    if opens or her_verb or _NOMINATIVE_AFTER.match(text[n.span.end : n.span.end + 40]):
        if surname_w[len(surname_n) :] == "а" and (
            written[0].casefold() not in given_names() or her_verb
        ):
            return replace(n, normal=n.written)
        return n
    for end, base in _GIVEN_CASE.get(surname_w[len(surname_n) :], ()):
        given = written[0]
        if given.endswith(end) and len(given) > 3:
            stem = given[: -len(end)]
            if (base == "" and stem[-1].casefold() not in _VOWELS_RU) or (
                base == "й" and stem[-1].casefold() in _VOWELS_RU
            ):
                return replace(n, normal=f"{stem}{base} {surname_n}")
    return n


def _surname_first_nominative(written: list[str], normal: list[str]) -> str | None:
    """A name in the register's order, surname first, whose surname the model declined but
    not the given name after it ("назван Маматовым Абдурашидом" -> "Маматов Абдурашидом",
    "подписано Каримовой Дилнозой"): the given name in the same case, in the nominative
    ("Маматов Абдурашид", "Каримова Дилноза")."""
    known = given_names()
    surname, given = normal[0], written[1]
    if surname.casefold() in known or given.casefold() in known or len(given) < 5:
        return None
    female = re.search(r"\w{3}(?:ова|ева|ёва|ина)$", surname) is not None
    if female:
        if not re.search(r"(?:ой|у|ы)$", written[0]) or not re.search(r"(?:ой|ей|у|ю|ы|и)$", given):
            return None
    elif not (
        _MASC_SURNAME.search(surname)
        and written[0].startswith(surname)
        and written[0][len(surname) :] in ("а", "у", "ым")
    ):
        return None
    case_end = "" if female else written[0][len(surname) :]
    if not female:
        ends = {"ым": ("ом", "ем"), "а": ("а", "я"), "у": ("у", "ю")}[case_end]
        if not given.endswith(ends):
            return None
    base = _given_nominative(given, female=female)
    return f"{surname} {base}" if base != given else None


_NOMINATIVE_BEFORE = re.compile(r"(?:^|[—–:])[ \t]*$")
"""A name that opens its line or follows a dash or a label's colon ("НЮ — Наргиза Юсупова;",
"Юрист: Мадина Салимова") is in the nominative."""
_FEMININE_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:[Зз]аписала|[Пп]одготовила|[Бб]еседовала|[Сс]оставила|[Пп]одписала|"
    r"[Пп]еревела|[Рр]ассказала|[Сс]казала|[Сс]ообщила|[Зз]аявила)[ \t]+$"
)
"""A woman's verb of writing or saying right before a name: a byline's or a speaker's subject,
in the nominative ("Записала Айпери Осмонова")."""
_VERB_PAST_RU = re.compile(r"\w{4,}(?:ала|яла|ила|ела|овал|ировал|ял|ил)$")


_IMPERATIVE_RU = re.compile(
    r"(?:скаж|передай|позвон|напиш|поцелуй|обним|попрос|поздрав|поблагодар)(?:и|ите|те)?",
    re.IGNORECASE,
)
"""The verbs a letter addresses someone with ("Скажи Айгерим", "Передайте Ерболу")."""
_POSTSCRIPT = re.compile(r"(?:P\.)+S\.?|(?:П\.)+С\.?|PS|ПС", re.IGNORECASE)


def _without_leading_verb(n: NameMention) -> NameMention:
    """ "Беседовала Мария Орлова" (a byline): a verb in the past tense before a full name is
    not the name's first word; nor a verb in the imperative or the past before a given name
    the text addresses or tells of ("Скажи Айгерим", "сказала Дилноза"), nor a postscript's
    mark ("P.S. Серика")."""
    words = n.written.split()
    if len(words) < 2:
        return n
    first = words[0].casefold()
    glued = _POSTSCRIPT.fullmatch(words[0]) is not None or (
        first not in given_names()
        and words[1].casefold().rstrip(".,") in given_names()
        and (_VERB_PAST_RU.match(first) is not None or _IMPERATIVE_RU.fullmatch(first) is not None)
    )
    if not glued and (len(words) < 3 or not _VERB_PAST_RU.match(first)):
        return n
    if not glued and first in given_names():
        return n
    cut = n.written.index(words[1])
    normal = n.normal.split()
    rest = " ".join(normal[1:]) if len(normal) == len(words) else " ".join(_normal_ru(words[1:]))
    return NameMention(Span(n.span.start + cut, n.span.end), n.written[cut:], rest, n.source)


_LAST_INITIALS = re.compile(rf"(?:^|\s)(?:[{_UP}]\.)*[{_UP}]$")


def _with_final_dot(n: NameMention, text: str) -> NameMention:
    """ "Кузьминой А.В." at a sentence's end: the model leaves the last initial's dot to the
    sentence; it is the initial's."""
    if not _LAST_INITIALS.search(n.written) or not text.startswith(".", n.span.end):
        return n
    return NameMention(
        Span(n.span.start, n.span.end + 1), n.written + ".", n.normal + ".", n.source
    )


def _without_place_ends(n: NameMention, place_spans: Sequence[Span]) -> NameMention:
    """A model's name with a known place as its first or last word ("уроженца таджикского
    Куляба Фаридуна Назарова", "выдаче Д. Оразова Туркменистану"): the place is no part of it,
    where two words are left or a surname."""
    words = list(re.finditer(r"\S+", n.written))
    if len(words) < 2:
        return n

    def placed(w: re.Match[str]) -> bool:
        span = Span(n.span.start + w.start(), n.span.start + w.end())
        return any(p.covers(span) for p in place_spans)

    lo, hi = 0, len(words)
    while lo < hi - 1 and placed(words[lo]):
        lo += 1
    while hi - 1 > lo and placed(words[hi - 1]):
        hi -= 1
    if (lo, hi) == (0, len(words)):
        return n
    if hi - lo == 1 and not _SURNAME_END.search(words[lo].group().casefold()):
        return n  # "Эмине Кая", "Абдурашид Эмин": a name like a place's (Emin county), kept
    a, b = words[lo], words[hi - 1]
    written = n.written[a.start() : b.end()]
    normal = n.normal.split()
    if len(normal) == len(words):
        base = " ".join(normal[lo:hi])
    else:
        base = " ".join(_normal_ru(written.split()))
    return NameMention(
        Span(n.span.start + a.start(), n.span.start + b.end()), written, base, n.source
    )


def _split_lines(n: NameMention, place_spans: Sequence[Span]) -> list[NameMention]:
    """A model's name that runs over a line break ("Нигора Хасанова\n\nБахтиёр Юлдашев",
    "Юлдашева\nШымкент") is one name per line; a place at either end is not part of it."""
    if "\n" not in n.written:
        return [n]
    words = list(re.finditer(r"\S+", n.written))
    normal = n.normal.split()
    out = []
    line: list[int] = []
    for i, w in enumerate([*words, None]):
        if w is not None and (not line or "\n" not in n.written[words[line[-1]].end() : w.start()]):
            line.append(i)
            continue
        keep = [
            j
            for j in line
            if not any(
                p.covers(Span(n.span.start + words[j].start(), n.span.start + words[j].end()))
                for p in place_spans
            )
        ]
        if (keep and len(keep) == len(line)) or (keep and keep == line[: len(keep)]):
            a, b = words[keep[0]], words[keep[-1]]
            span = Span(n.span.start + a.start(), n.span.start + b.end())
            written = n.written[a.start() : b.end()]
            if len(normal) == len(words):
                base = " ".join(normal[keep[0] : keep[-1] + 1])
            else:
                base = " ".join(_normal_ru(written.split()))
            out.append(NameMention(span, written, base, n.source))
        line = [i] if w is not None else []
    return out


_HEAD_CUE = re.compile(
    r"(?:husband|wife|brother|sister|cousin|son|daughter|mother|father|uncle|aunt|nephew|niece|"
    r"grand(?:ma|pa|mother|father)|granny|auntie|бабушк[аеиу]|дедушк[аеиу]|"
    r"spokes(?:man|woman|person)|lawyer|attorney|advocate|judge|imam|haf[iı]z|sheikh|mullah|"
    r"hajj?i|av\.|муж|мужа|мужу|жена|жены|жену|брат|брата|брату|сестра|сестры|сестру|сестре|"
    r"сын|сына|сыну|дочь|дочери|мать|матери|отец|отца|отцу|адвокат|адвоката|судья|имам|"
    r"имама|хафиз|(?:lieutenant[ \t]+)?colonel|sergeant|captain|major|lieutenant|corporal|"
    r"лейтенант\w*|капитан\w*|майор\w*|сержант\w*|(?:под)?полковник\w*)[ \t]+",
    re.IGNORECASE,
)
"""A kin word, a role or an honorific that opens a sentence or a line before a name ("Husband
Jasur Rakhimov taken …", "Spokesman Nurlan …:", "Сестра Гульшат Атаева проводит …", "imam
Hafız Osman Demir"): capitalised, it was read as the name's first word; it is the name's cue."""
_KIN_CUE = re.compile(
    r"\b(?:husband|wife|brothers?|sisters?|cousins?|sons?|daughters?|mother|father|uncles?|"
    r"aunts?|nephews?|nieces?|grand(?:mother|father|son|daughter|ma|pa)s?|granny)[ \t]+$",
    re.IGNORECASE,
)
"""A kin word right before a lone capitalised word: a relative named by the given name alone
("his brother Döwlet was held"), known given name or not (Russian relatives so named are found
with their case by :func:`find_relatives`)."""


def _without_cue_word(n: NameMention, lang: str) -> NameMention:
    """A name whose first word is a kin word, a role or an honorific (:data:`_HEAD_CUE`)
    without that word."""
    words = n.written.split()
    m = _HEAD_CUE.match(n.written)
    if m is None or len(words) < 2 or m.end() >= len(n.written):
        return n
    rest_words = n.written[m.end() :].split()
    normal = n.normal.split()
    if len(normal) == len(words):
        rest = " ".join(normal[len(words) - len(rest_words) :])
    else:
        rest = " ".join(_normal_ru(rest_words)) if lang == "ru" else " ".join(rest_words)
    source = "single" if len(rest_words) == 1 and n.source != "natasha" else n.source
    return NameMention(Span(n.span.start + m.end(), n.span.end), n.written[m.end() :], rest, source)


def _without_stop_head(n: NameMention) -> NameMention | None:
    """A model's name whose first word is a stop word, a heading's or a role's noun that opens
    a sentence ("В Жаркенте", "Свидетельство Алимжана Турди", "Наблюдатель Ольга Ким"): the
    name starts after it; None where no word is left."""
    words = n.written.split()
    if not words or words[0].casefold() not in _STOP_FOLDED:
        return n
    if len(words) == 1:
        return None
    cut = n.written.index(words[1], len(words[0]))
    normal = n.normal.split()
    rest = " ".join(normal[1:]) if len(normal) == len(words) else " ".join(_normal_ru(words[1:]))
    return NameMention(Span(n.span.start + cut, n.span.end), n.written[cut:], rest, n.source)


def _without_glued_initial(n: NameMention, text: str) -> NameMention:
    """A model's name opening with what looks like an initial but is the last letter of a word
    before it ("СРОЧНО. Шерзода Юлдашева", "ООН. Тимур сказал"): the name starts after it."""
    words = n.written.split()
    if (
        len(words) < 2
        or not re.fullmatch(r"\w\.", words[0])
        or n.span.start == 0
        or not text[n.span.start - 1].isalpha()
    ):
        return n
    cut = n.written.index(words[1], 2)
    normal = n.normal.split()
    rest = " ".join(normal[1:]) if len(normal) == len(words) else " ".join(_normal_ru(words[1:]))
    return NameMention(Span(n.span.start + cut, n.span.end), n.written[cut:], rest, n.source)


def _without_stray_bracket(n: NameMention) -> NameMention:
    """A model's name that took the closing bracket of an aside ("— Ортиқов Шуҳрат Бахтиёр
    ўғли)") without its opening one: the bracket is not the name's."""
    if not n.written.endswith(")") or "(" in n.written:
        return n
    written = n.written.rstrip(") \t")
    normal = n.normal.rstrip(") \t")
    return NameMention(Span(n.span.start, n.span.start + len(written)), written, normal, n.source)


_PATRONYMIC_RU = re.compile(r"(?:ович|евич|овна|евна|вны|вной|вну|вича|вичу|вичем)$")


_KAZAKH_LETTER = re.compile(r"[ӘҒҚҢӨҰҮҺІәғқңөұүһі]")
_KAZAKH_WORD_AFTER = re.compile(rf"[ \t]([{_UP}][{_LOW}]+)(?![\w-])")
_KAZAKH_WORD_BEFORE = re.compile(rf"(?<![\w-])([{_UP}][{_LOW}]+)[ \t]$")


def _kazakh_word(word: str) -> bool:
    return _KAZAKH_LETTER.search(word) is not None and word.casefold() not in _STOP_FOLDED


def _with_kazakh_words(n: NameMention, text: str) -> NameMention:
    """A model's name cut at a word in the Kazakh alphabet it cannot read ("Нұрлан" of
    "Нұрлан Қасымбек", "Нұрмәмет" of "Нұрмәмет Әбдірешит"): the word beside it, with a
    letter only Kazakh has (ә ғ қ ң ө ұ ү һ і), is the rest of the name, written as is (a
    Kazakh name does not decline)."""
    if len(n.written.split()) >= 3:
        return n
    after = _KAZAKH_WORD_AFTER.match(text, n.span.end)
    if after is not None and _kazakh_word(after[1]):
        return NameMention(
            Span(n.span.start, after.end()),
            f"{n.written} {after[1]}",
            f"{n.written} {after[1]}",
            n.source,
        )
    before = _KAZAKH_WORD_BEFORE.search(text[max(0, n.span.start - 40) : n.span.start])
    if before is not None and _kazakh_word(before[1]):
        start = n.span.start - len(before[0])
        return NameMention(
            Span(start, n.span.end),
            f"{before[1]} {n.written}",
            f"{before[1]} {n.written}",
            n.source,
        )
    return n


def _join_court_form(model: Sequence[NameMention], text: str) -> list[NameMention]:
    """A court's form "Surname Given-name Patronymic" the model cut in two ("Ахметова" and
    "Самата Ерболовича"): one name, the surname's base form first."""
    out: list[NameMention] = []
    for n in sorted(model, key=lambda n: n.span.start):
        prev = out[-1] if out else None
        before = re.search(
            rf"(?<![\w.])([{_UP}][{_LOW}]{{2,}}(?:ов|ев|ёв|ин|ова|ева|ёва|ина|зода|заде)) $",
            text[max(0, n.span.start - 30) : n.span.start],
        )
        if (
            before is not None
            and len(n.written.split()) == 2
            and re.search(r"(?:ович|евич|овна|евна)$", n.written)
            and (prev is None or prev.span.end <= n.span.start - len(before[0]))
        ):
            # the model left out the surname before a nominative given name and patronymic
            # ("явившегося. Саидов | Далер Рахимович"): the court's full form
            start = n.span.start - len(before[0])
            n = NameMention(
                Span(start, n.span.end),
                text[start : n.span.end],
                f"{before[1]} {n.normal}",
                n.source,
            )
        if (
            prev is not None
            and len(prev.written.split()) == 1 == len(n.written.split())
            and text[prev.span.end : n.span.start] == " "
            and prev.normal.casefold() in given_names()
            and n.written.casefold() not in given_names()
            and re.search(r"\w{3}(?:ов|ев|ёв|ин)(?:а|ой|у|ым|ом|ы|е)?$", n.written)
        ):
            # a given name and a surname the model cut in two ("Дильфуза | Каримова
            # двенадцать лет работала"): one name, in its case by the rules
            words = _normal_ru([prev.written, n.written])
            if words[0] != prev.normal:
                words = [prev.normal, n.normal]
            out[-1] = NameMention(
                Span(prev.span.start, n.span.end),
                text[prev.span.start : n.span.end],
                " ".join(words),
                n.source,
            )
            continue
        if (
            prev is not None
            and len(prev.written.split()) == 1
            and len(n.written.split()) == 2
            and text[prev.span.end : n.span.start] == " "
            and _PATRONYMIC_RU.search(n.written.split()[1])
        ):
            given, patronymic = n.normal.split()
            patronymic = re.sub(r"(\w{3}[ое]вич)(?:а|у|ем|е)$", r"\1", patronymic)
            patronymic = re.sub(r"(\w{3}[ое]в)(?:ны|ной|ну|не)$", r"\1на", patronymic)
            out[-1] = NameMention(
                Span(prev.span.start, n.span.end),
                text[prev.span.start : n.span.end],
                f"{prev.normal} {given} {patronymic}",
                n.source,
            )
            continue
        out.append(n)
    return out


_PLACE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:улиц[аеуы]|ул\.|проспект[аеу]?|пр-т|переулк[аеу]|переулок|бульвар[аеу]?|"
    r"площад[иь]|уезд[аеу]?|район[аеу]?|сел[аеоу]|посёлк[аеу]|поселк[аеу]|пос\.|город[аеу]?|"
    r"г\.|аул[аеу]?|станци[июя]|county|village|town|street|avenue|district|"
    r"горах|гор[аы]|хребт[аеу]?|хребет|перевал[аеу]?|ущель[еяю]|mountains|"
    # someone's home town before the name ("уроженке Хотана Мехрибан Абдукерим")
    r"уроженц[аеуы]|уроженец|уроженк[аеиу]|жител[ьяюе]|жительниц[аеуы]|native\s+of)[ \t]+$",
    re.IGNORECASE,
)
"""A street's, a county's or a town's word before capitalised words ("на улице Щербакова
Джамшед Рахимов", "уезда Текес Илийского округа"), or a native's ("уроженца Оша Бахтияра
Каримова"): the first word is the place's name."""


_RESIDENT_OF_BEFORE = re.compile(
    r"(?<!\w)(?:жител[ьяюе]|жительниц[аеуы]|уроженц[аеуы]|уроженец|уроженк[аеиу])[ \t]+"
    r"(?:город[аеу]?|сел[аеоу]|посёлк[аеу]|поселк[аеу]|аул[аеу]?|район[аеу]?)[ \t]+$",
    re.IGNORECASE,
)


def _without_place_word(n: NameMention, text: str, lang: str) -> NameMention | None:
    if not _PLACE_WORD_BEFORE.search(text[max(0, n.span.start - 12) : n.span.start]):
        return n
    words = n.written.split()
    if (
        len(words) == 2
        and _RESIDENT_OF_BEFORE.search(text[max(0, n.span.start - 40) : n.span.start])
        and (n.source == "natasha" or _is_name_like(words))
    ):
        # "38-летнего жителя города Нурмемета Абдурешита": the town's word belongs to "a
        # resident of the town" (whose town the text leaves out); the two words are the name
        return n
    if len(words) < 3:
        return None
    cut = n.written.index(words[1], len(words[0]))
    normal = n.normal.split()
    rest = " ".join(normal[1:]) if len(normal) == len(words) else n.written[cut:]
    if lang == "ru" and len(normal) != len(words):
        rest = " ".join(_normal_ru(n.written[cut:].split()))
    return NameMention(Span(n.span.start + cut, n.span.end), n.written[cut:], rest, n.source)


_ORG_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:clinic|cent(?:re|er)|bureau|group|organi[sz]ation|NGO|initiative|movement|"
    r"network|foundation|coalition|association)[ \t]*[\"“]?[ \t]*$"
    r"|(?<![\w-])(?:бюро|центр\w*|групп\w*|организаци\w*|движени\w*|инициатив\w*|"
    r"клиник\w*|фонд\w*|объединени\w*|ассоциаци\w*|коалици\w*)[ \t]*[«\"“][ \t]*$",
    re.IGNORECASE,
)
"""A kind of organisation right before capitalised words ("the legal clinic Adilet Bridge",
"правозащитное бюро «Адилет Юг»", in Russian in quotes): the organisation's name, no
person's ("директором фонда Нургуль Эсеновой" is the director's)."""
_INSTITUTION_HEAD = re.compile(r"^(?:Аппарат\w*|Офис\w*|Управлени[еяю]\w*)[ \t]")
"""An institution's first word ("Аппарат Уполномоченного"): no person's name."""


_AGENCY_ABBREVIATION = re.compile(
    r"(?<![\w-])(?:ГУВД|УВД|ОВД|РОВД|ГУМВД|МВД|ГКНБ|ГНКБ|КНБ|СНБ|СГБ|ФСБ|ГУВМ|УВМ|ДП|ДВД|"
    r"GUVD|UVD|MVD|GKNB|KNB|SNB|FSB)(?![\w-])"
)
"""A police or security agency's abbreviation ("Ошского ГУВД", "Бишкекского УВД"): the words
before it name the agency's place, no person."""


def _organisation_named(n: NameMention, text: str) -> bool:
    return bool(
        _ORG_NOUN_BEFORE.search(text[max(0, n.span.start - 30) : n.span.start])
        or _INSTITUTION_HEAD.match(n.written)
        or _AGENCY_ABBREVIATION.search(n.written)
    )


_PAREN_SPELLING = re.compile(r"[ \t]*\([ \t]*")


def _split_spelling(n: NameMention, lang: str) -> list[NameMention]:
    """A model's name with another spelling in brackets after it ("Жасурбека Тохирова
    (Jasurbek Tokhirov)"): two names."""
    m = _PAREN_SPELLING.search(n.written)
    if m is None:
        return [n]
    head = n.written[: m.start()]
    tail = n.written[m.end() :].rstrip(" \t)")
    out = []
    if head.strip():
        normal = n.normal.split("(")[0].strip() if "(" in n.normal else head
        out.append(
            NameMention(Span(n.span.start, n.span.start + len(head)), head, normal, n.source)
        )
    if tail.strip():
        start = n.span.start + m.end()
        out.append(NameMention(Span(start, start + len(tail)), tail, tail, n.source))
    return out


def find_names(
    text: str,
    sents: Sequence[Sentence],
    places: Sequence[PlaceMention],
    *,
    lang: str,
    model: Sequence[NameMention] = (),
) -> list[NameMention]:
    """Name mentions, longest first where they overlap; model mentions win over rules."""
    place_spans = [p.span for p in places]
    if lang == "ru":
        model = _join_court_form(
            [
                _without_glued_initial(_without_stray_bracket(n), text)
                for n in (_without_stop_head(whole) for whole in model)
                if n is not None
            ],
            text,
        )
        model = [_with_kazakh_words(n, text) for n in model]
    # a model's one-word "person" that is a known place ("Конаев, 9 февраля") is the place
    found: list[NameMention] = [
        _case_of_context(_given_with_surname(_without_leading_verb(n), text), text)
        if lang == "ru"
        else n
        for whole in model
        for line in _split_lines(
            _without_place_ends(
                _without_leading_verb(whole) if lang == "ru" else whole, place_spans
            ),
            place_spans,
        )
        # a line of a model's name that spans lines opens with a heading's noun ("Дмитрий
        # Шевченко | История Сухроба Давлатова"): the name starts after it
        for n in [_without_stop_head(line) if lang == "ru" else line]
        if n is not None
        and not (len(n.normal.split()) == 1 and any(p.covers(n.span) for p in place_spans))
    ]
    for sent in sents:
        s_text = sent.text(text)
        base = sent.span.start
        run: list[re.Match[str]] = []
        for m in [*_TOKEN.finditer(s_text), None]:
            if m is not None and run and s_text[run[-1].end() : m.start()] in (" ", " "):
                run.append(m)
                continue
            if run:
                found.extend(_names_in_run(text, base, run, place_spans, lang))
            run = [m] if m is not None else []
    found.extend(_caps_names(text, place_spans))
    found = [
        _with_final_dot(_without_cue_word(part, lang), text)
        for n in found
        for part in _split_spelling(n, lang)
    ]
    found = [n for n in (_without_place_word(n, text, lang) for n in found) if n is not None]
    found = [n for n in found if not _organisation_named(n, text)]
    # a model's surname alone inside the rules' full name whose other word is a known given
    # name the model left out ("Сухроб | Назаров — новое обращение"): the full name
    found = [n for n in found if not _inside_known_given(n, found)]
    # keep non-overlapping, preferring model results, then longer ones
    chosen: list[NameMention] = []
    ranked = sorted(found, key=lambda n: (n.source != "natasha", -len(n.span), n.span.start))
    for n in ranked:
        if not any(n.span.overlaps(c.span) for c in chosen):
            chosen.append(n)
    for m in _PARTICLE_COURT_FORM.finditer(text):
        # "Мамбет кызы Гулзат": the father's name, the particle, the given name (a Kyrgyz
        # court's or a register's form) - one name, whatever the two words were read as
        span = Span(m.start(), m.end())
        if not any(p.overlaps(span) for p in place_spans) and not {
            m[1].casefold(),
            m[3].casefold(),
        } & _STOP_FOLDED:
            chosen = [c for c in chosen if not c.span.overlaps(span)]
            chosen.append(NameMention(span, m[0], m[0], "patterns"))
    return sorted((_with_particle(n, text) for n in chosen), key=lambda n: n.span.start)


def _inside_known_given(n: NameMention, found: Sequence[NameMention]) -> bool:
    """Whether a model's one-word name ends a rules' name that adds only known given names
    before it."""
    if n.source != "natasha" or len(n.written.split()) != 1:
        return False
    known = given_names()
    for o in found:
        if o.source != "patterns" or o.span == n.span or o.span.end != n.span.end:
            continue
        if not o.span.covers(n.span):
            continue
        extra = [w for w in o.written.split() if w != n.written]
        if extra and all(w.casefold() in known for w in extra):
            return True
    return False


_PARTICLE_COURT_FORM = re.compile(
    rf"(?<![\w-])([{_UP}][{_LOW}]+)[ \t]+(кызы|уулу|қызы|гызы|kyzy|uulu|qyzy|gyzy)[ \t]+"
    rf"([{_UP}][{_LOW}]+)(?![\w-])"
)


_PATRONYMIC_PARTICLE = re.compile(
    r"[ \t]+(?P<p>угли|угл[иы]|оглы|огли|ўғли|"
    r"ogli|o['’‘ʻ]g['’‘ʻ]li|ugli|o['’‘ʻ]g['’‘ʻ]ly|oglu|oğlu|"
    r"уулу|uulu|кызы|гызы|қизи|кизи|qizi|kizi|kyzy|qyzy|gyzy)(?![\w'’‘ʻ])"
)
"""The Uzbek, Azerbaijani, Turkmen and Kyrgyz patronymic particle written as a word of its own,
in lower case ("Абдулазиз Карим угли", "Rustam Ali oglu"): part of the name before it."""


def _with_particle(n: NameMention, text: str) -> NameMention:
    m = _PATRONYMIC_PARTICLE.match(text, n.span.end)
    if m is None or len(n.normal.split()) < 2:
        return n
    return NameMention(
        Span(n.span.start, m.end()), f"{n.written} {m['p']}", f"{n.normal} {m['p']}", n.source
    )


def _names_in_run(
    text: str, base: int, run: list[re.Match[str]], place_spans: list[Span], lang: str
) -> list[NameMention]:
    # split the run at stop words, places and organisation names
    whole = Span(base + run[0].start(), base + run[-1].end())
    if _ORG_WORDS.search(whole.text(text)):
        # "Members of the Commission Irina Makhova and…": a known given name and another word
        # after the body's last word are a person of it
        last = max(
            (i for i, m in enumerate(run) if _ORG_WORDS.fullmatch(_strip_possessive(m.group()))),
            default=-1,
        )
        tail = run[last + 1 :] if last >= 0 else []
        if (
            len(tail) >= 2
            and tail[0].group().casefold() in given_names()
            and not _ORG_WORDS.search(" ".join(m.group() for m in tail))
        ):
            return _names_in_run(text, base, tail, place_spans, lang)
        return []
    groups: list[list[re.Match[str]]] = [[]]
    for m in run:
        span = Span(base + m.start(), base + m.end())
        word = _strip_possessive(m.group())
        if (
            word in _STOP
            or any(span.overlaps(p) for p in place_spans)
            or (word.isupper() and len(word) > 1)
        ):
            groups.append([])
        else:
            groups[-1].append(m)
    out = []
    for g in groups:
        if not g:
            continue
        if len(g) > 3:
            g = g[:3]
        span = Span(base + g[0].start(), base + g[-1].end())
        written = span.text(text)
        written = _strip_possessive(written)
        span = Span(span.start, span.start + len(written))
        words = written.split()
        if words[-1].endswith(".") and len(words[-1]) == 2:
            continue  # a trailing initial ("… Omarov B."): not read as a name here
        if _STREET_AFTER.match(text, span.end) or words[-1] in ("St", "Street", "Avenue", "Ave"):
            continue  # "on Zhibek Zholu St.", "Abay Avenue": a street
        cue = (
            bool(_CUE_BEFORE.search(text[max(0, span.start - 40) : span.start]))
            or span.text(text) in _speakers(text)
            or (
                lang == "ru"
                and re.fullmatch(r"[A-Za-zÀ-ÿĞğŞşİıŇňŽžŠšČč' -]+", written) is not None
                and bool(_LATIN_SPELLING_CUE.search(text[max(0, span.start - 60) : span.start]))
            )
            or bool(_LABEL_BEFORE.match(text[text.rfind("\n", 0, span.start) + 1 : span.start]))
            or bool(_BYLINE.search(text[max(0, span.start - 12) : span.start]))
            or _signs_above_role(text, span)
        )
        if len(words) == 1:
            # a lone word is a name only if it is a known given name after a cue; surnames
            # alone are linked to full names later
            normal = _normal_ru(words)[0] if lang == "ru" else words[0]
            out.append(NameMention(span, written, normal, "single"))
            continue
        if (
            words[0].endswith(".")
            and len(words[0]) == 2
            and not _SURNAME_END.search(words[1].casefold())
            and not cue
        ):
            continue
        normal = " ".join(_normal_ru(words)) if lang == "ru" else written
        # not name-like on its own: kept as a candidate that only joins a known person
        cue = (
            cue
            or bool(_CUE_AFTER.match(text[span.end : span.end + 60]))
            or _beside_a_name(text, span)
        )
        # two or three words in the Kazakh alphabet in a Russian text ("— Нұрмәмет
        # Әбдірешит"): a name written in its Kazakh form
        kazakh = lang == "ru" and all(_kazakh_word(w) for w in words)
        source = (
            "patterns"
            if _is_name_like(words) or cue or _pinyin_name(words) or kazakh
            else "candidate"
        )
        out.append(NameMention(span, written, normal, source))
    return out


_PINYIN_FINAL = (
    r"iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|"
    r"uo|ui|un|ue|a|o|e|i|u"
)
_PINYIN_SYLLABLE = (
    rf"(?:[bpmdtnl](?:{_PINYIN_FINAL})"
    r"|(?:zh|ch|sh|[fgkhrzcs])(?:uang|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|o|e|u)"
    r"|(?:zh|ch|sh|[rzcs])i"
    r"|[jqx](?:iang|iong|iao|ian|ing|ia|ie|iu|in|uan|ue|un|i|u)"
    r"|w(?:ang|eng|ai|ei|an|en|a|o|u)|y(?:uan|ang|ing|ong|ao|ou|an|in|ue|un|a|e|i|o|u)"
    r"|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e))"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE})+")
_PINYIN_COUNT = re.compile(r"[aeiou]+")


def _pinyin_name(words: Sequence[str]) -> bool:
    """Whether two or three words are a Uyghur or Kazakh name as Chinese papers spell it in
    pinyin syllables ("Bahetijiang Nuerlan", "Abudureheman Maimaiti", "Nu'erbieke
    Abudukadier"): every word made of such syllables, one of three or more, five or more in
    all - English words and places rarely are ("Hong Kong", "Human Rights")."""
    if not 2 <= len(words) <= 3:
        return False
    counts = []
    for w in words:
        low = re.sub(r"['’]", "", w.casefold())
        if not _PINYIN_WORD.fullmatch(low):
            return False
        counts.append(len(_PINYIN_COUNT.findall(low)))
    return min(counts) >= 2 and max(counts) >= 3 and sum(counts) >= 5


_AND_NAME_AFTER = re.compile(rf"[ \t]+(?:and|и)[ \t]+([{_UP}][{_LOW}]+[ \t][{_UP}][{_LOW}]+)")
_AND_NAME_BEFORE = re.compile(rf"([{_UP}][{_LOW}]+[ \t][{_UP}][{_LOW}]+)[ \t]+(?:and|и)[ \t]+$")


def _beside_a_name(text: str, span: Span) -> bool:
    """Whether two capitalised words are joined by "and"/"и" to a name-like full name
    ("Prepared by Madina Ergasheva and Tom Reinholt", "Irina Makhova and Timur Asadullin"):
    two people named together."""
    after = _AND_NAME_AFTER.match(text, span.end)
    before = _AND_NAME_BEFORE.search(text[max(0, span.start - 50) : span.start])
    return any(
        m is not None
        and not any(w in _STOP for w in m[1].split())
        and not _ORG_WORDS.search(m[1])
        and _is_name_like(m[1].split())
        for m in (after, before)
    )


_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:Q\d+[ \t]+|\d{{1,2}}:\d\d(?::\d\d)?[ \t]+)?"
    rf"(?P<name>[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+){{1,2}}):[ \t]"
)


@lru_cache(maxsize=8)
def _speakers(text: str) -> frozenset[str]:
    """The speakers of a transcript or a hearing's minutes: two or three capitalised words
    opening at least two lines before a colon ("Q43 Gareth Lowe: And he …")."""
    seen: dict[str, int] = {}
    for m in _SPEAKER.finditer(text):
        seen[m["name"]] = seen.get(m["name"], 0) + 1
    return frozenset(k for k, v in seen.items() if v >= 2)


_LATIN_SPELLING_CUE = re.compile(
    r"(?:—|–|(?<!\w)(?:как|на\s+имя|записан\w*|пиш\w+|написан\w*|значит\w*|латиниц\w*|"
    r"я|он|она))"
    r"(?:[ \t]+[A-Z][\w'-]+[ \t]+[A-Z][\w'-]+[ \t]+и)?[ \t]*$",
    re.IGNORECASE,
)
"""A Latin spelling in a Russian text after a dash, "как" or a pronoun ("в турецких документах
— Ahmet Yilmaz", "в паспорте я Gulizati Mambeti"), or joined by "и" to one so cued ("записаны
как Dawuren Kayierati и Asihati Kayierati"): a spelling of a name, known given name or not."""


_ROLE_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?:Solicitor|Barrister|Advocate|Lawyer|Attorney|Notary|Commissioner|"
    r"Counsel|Judge|Адвокат|Нотариус|Судья|Защитник)\b"
)
"""The line under a signature that says who signs ("Catherine Doyle\nSolicitor, a Commissioner
for Oaths")."""


def _signs_above_role(text: str, span: Span) -> bool:
    """Whether a name fills its line and the next line gives a lawyer's or an official's role:
    a signature."""
    if text[text.rfind("\n", 0, span.start) + 1 : span.start].strip():
        return False
    return _ROLE_LINE.match(text, span.end) is not None


_CAPS_NAME = re.compile(
    rf"(?<![\w.-])(?<![{_UP}][ \t])(?P<name>[{_UP}]{{3,}}(?:[ \t]+[{_UP}]{{3,}}){{1,2}})"
    rf"(?![\w-]|\.\w)(?![ \t]+[{_UP}]{{2}})"
    # a court's form with the surname in capitals: "ERGASHEV Zhasurbek Alisherovich"
    rf"|(?<![\w.])(?P<court>[{_UP}]{{4,}}[ \t]+[{_UP}][{_LOW}]+[ \t]+[{_UP}][{_LOW}]+"
    r"(?:ovich|evich|ovna|evna|ович|евич|овна|евна))(?!\w)"
    # a given name with the surname in capitals, as Turkish and French papers write it:
    # "Gulnisa TURSUN (wife)", "Husband Memetjan ABLIZ"
    rf"|(?<![\w.])(?P<mixed>[{_UP}][{_LOW}]+(?:[ \t]+[{_UP}][{_LOW}]+)?[ \t]+[{_UP}]{{3,}})"
    rf"(?![\w-]|\.\w)(?![ \t]+[{_UP}]{{2}})"
)
_CAPS_CUE = re.compile(
    r"(?:(?<!\w)(?:на\s+имя|как|я)|—|–|written\s+as|spelt|spelled|spells?\s+(?:him|her)|"
    r"(?:given|listed|entered|recorded)\s+as|name\s+is|name\s+of|named)[\s,:]*$",
    re.IGNORECASE,
)


def _caps_names(text: str, place_spans: Sequence[Span]) -> list[NameMention]:
    """Names written in capitals: a transcript's speaker and caption ("SAULE ABENOVA,
    ANCHOR:", "LOWER THIRD: ARMAN KASSYMOV | ALMATY"), a passport's or a notice's Latin form
    ("на имя ABDIKADIR NURLAN"), a court's surname in capitals. Two or three words, neither a
    stop word nor an organisation's, name-like or after a cue ("как", "на имя", a dash); the
    base form is in title case. A longer run of capitals is a headline."""
    out = []
    for m in _CAPS_NAME.finditer(text):
        key = "name" if m["name"] else "court" if m["court"] else "mixed"
        written = m[key]
        start = m.start(key)
        span = Span(start, start + len(written))
        if any(span.overlaps(p) for p in place_spans):
            continue
        words = written.split()
        titled = [w if not w.isupper() else w[0] + w[1:].lower() for w in words]
        if key == "mixed":
            # a kin word or a role before the given name is the name's cue ("Husband …")
            head = _HEAD_CUE.match(written)
            if head is not None and len(words) == 3:
                start += head.end()
                written = written[head.end() :]
                span = Span(start, start + len(written))
                words, titled = words[1:], titled[1:]
            elif head is not None or len(words) == 3:
                continue  # "Case File ABC", "Wife TURSUN": no given name and surname
        if key in ("name", "mixed"):
            if any(w.casefold() in _STOP_FOLDED for w in titled):
                continue
            if _ORG_WORDS.search(" ".join(titled)):
                continue
            line = text[text.rfind("\n", 0, start) + 1 : start]
            before = text[max(0, start - 40, text.rfind("\n", 0, start) + 1) : start]
            if not (
                _is_name_like(titled)
                or _CAPS_CUE.search(before)
                or _CUE_BEFORE.search(before)
                or _LABEL_BEFORE.match(line)
            ):
                continue
        out.append(NameMention(span, written, " ".join(titled), "patterns"))
    return out


def _same_person(a: PersonDraft, m: NameMention) -> bool:
    toks = m.tokens
    for other in a.full:
        o = other.tokens
        if o == toks or (len(o) == 3 and len(toks) == 2 and o[1:] == toks):
            return True
        if o[-1] == toks[-1] and len(toks[-1]) > 2:
            # same surname; the given names (or an initial) must agree
            g1, g2 = o[0], toks[0]
            if (
                g1 == g2
                or (len(g2) == 1 and g1.startswith(g2))
                or (len(g1) == 1 and g2.startswith(g1))
            ):
                return True
        if _man_in_oblique_case(toks, o) or _man_in_oblique_case(o, toks):
            return True
        if o[0] == toks[0] and len(o) > 1 and len(toks) > 1:
            s1, s2 = o[-1], toks[-1]
            stem = min(len(s1), len(s2), 6)
            if stem >= 5 and s1[:stem] == s2[:stem]:
                return True
    return False


def _man_in_oblique_case(form: Sequence[str], base: Sequence[str]) -> bool:
    """Whether a Russian given name and surname are a man's other name in an oblique case
    ("нурмухаммета тохтиева" of "нурмухаммет тохтиев", "бахтиёра саидова" of "бахтиёр
    саидов"): every word the base word with a case ending, the given name no woman's."""
    return (
        len(form) == len(base) == 2
        and re.search(r"[а-яё]$", form[0]) is not None
        and given_names().get(form[0]) != "f"
        and all(_case_form(w, b) for w, b in zip(form, base, strict=True))
    )


def _same_word(a: str, b: str) -> bool:
    """Equal, or the same name in another grammatical case ("Абдыкеримову" ~ "Абдыкеримова")."""
    if a == b:
        return True
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 5 and common >= max(len(a), len(b)) - 3


def cluster(mentions: Sequence[NameMention], text: str) -> list[PersonDraft]:
    """Group mentions into people; lone words join the person whose name contains them."""
    people: list[PersonDraft] = []
    singles: list[NameMention] = []
    candidates: list[NameMention] = []
    for m in mentions:
        if all(re.fullmatch(r"\w\.?", w) for w in m.normal.split()):
            continue  # initials alone ("С. Ю.", "Ш. А."), cut off their surname: no name
        if len(m.normal.split()) == 1:
            singles.append(m)
            continue
        if m.source == "candidate":
            candidates.append(m)
            continue
        for p in people:
            if _same_person(p, m):
                p.mentions.append(m)
                break
        else:
            people.append(PersonDraft(id="", mentions=[m]))
    unjoined: list[NameMention] = []
    for m in candidates:
        owner = next((p for p in people if _same_person(p, m)), None)
        if owner is not None:
            owner.mentions.append(m)
        else:
            unjoined.append(m)
    for m in singles:
        nickname = _nickname(m, text)
        # "police called Karimov", "Karimova": a name already given, no nickname (a nickname
        # is shorter: "Жанбо" of "Жанболат") - unless the cue follows the word ("Ильхомжон,
        # как она его называет"), which says it is what someone is called
        given_already = any(
            m.tokens[0] in p.tokens()
            or any(
                _same_word(m.tokens[0], t) and len(m.tokens[0]) >= len(t)
                for f in p.full
                for t in f.tokens
            )
            for p in people
        )
        if nickname is not None and (_nickname_cue_after(m, text) or not given_already):
            owner = _nickname_owner(people, nickname)
            if owner is None:
                people.append(PersonDraft(id="", mentions=[nickname]))
            else:
                owner.mentions.append(nickname)
            continue
        word = m.tokens[0]
        owners = [
            p for p in people if len(word) > 2 and any(_same_word(word, t) for t in p.tokens())
        ]
        # a surname match is better than a given-name match
        owners.sort(key=lambda p: 0 if any(f.tokens[-1] == word for f in p.full) else 1)
        if owners:
            owners[0].mentions.append(m)
            continue
        kin = _KIN_CUE.search(text[max(0, m.span.start - 20) : m.span.start])
        if (
            _IDENTIFIED_AS.search(text[max(0, m.span.start - 40) : m.span.start])
            and m.normal.casefold() not in _STOP_FOLDED
            and len(m.normal) > 2
        ):
            people.append(PersonDraft(id="", mentions=[m]))  # "identified only as Farrukh"
            continue
        if _speaker_named_once(m, text):
            people.append(PersonDraft(id="", mentions=[m]))
            continue
        if (
            (m.source == "natasha" and _is_name_like([m.normal]))
            or (
                _CUE_BEFORE.search(text[max(0, m.span.start - 40) : m.span.start])
                and m.normal.casefold() in given_names()
            )
            or (
                kin is not None
                and m.normal.casefold() not in _STOP_FOLDED
                and len(m.normal) > 2
                and not re.match(rf"[ \t]+[{_UP}]", text[m.span.end : m.span.end + 3])
            )
            or (
                # a known given name alone that says or undergoes ("Jamshed was held for three
                # days", "Nigora said"), or who is from somewhere ("Dinara from Radio
                # Azattyq"): a person
                m.normal.casefold() in given_names()
                and (
                    _CUE_AFTER.match(text[m.span.end : m.span.end + 60]) is not None
                    or _FROM_AFTER.match(text, m.span.end) is not None
                )
            )
            or _chat_writer(text, m.span)
            or _in_list_of_given_names(m, text)
            or (
                _HONORIFIC_AFTER.match(text, m.span.end) is not None
                and m.normal.casefold() not in _STOP_FOLDED
                and len(m.normal) > 2
            )
        ):
            people.append(PersonDraft(id="", mentions=[m]))
    for m in unjoined:
        # a person named by the given name alone ("Zulpiye said") is the one a candidate's
        # two words name with the same given name ("Zulpiye Tohtiniyaz remembers"): its full form
        owner = next(
            (
                p
                for p in people
                if not p.full
                and all(n.source != "nickname" for n in p.mentions)
                and p.mentions[0].tokens[0] == m.tokens[0]
            ),
            None,
        )
        if owner is not None:
            owner.mentions.append(m)
    people = _join_initials(people)
    for p in people:
        p.mentions.sort(key=lambda n: n.span.start)
        if any(
            _NARRATOR.search(text[max(0, n.span.start - 20) : n.span.start]) for n in p.mentions
        ):
            p.narrator = True
    people.sort(key=lambda p: p.mentions[0].span.start)
    return people


_LIST_NEXT = re.compile(
    rf"[ \t]*(?:,[ \t]*(?:and[ \t]+|и[ \t]+)?|[ \t]+(?:and|и)[ \t]+)([{_UP}][{_LOW}]+)"
)
_LIST_PREVIOUS = re.compile(rf"([{_UP}][{_LOW}]+)(?:[ \t]*,[ \t]*|[ \t]+(?:and|и)[ \t]+)$")
_LETTER_VERB_BEFORE = re.compile(
    r"(?:\b(?:kiss|hug|tell|give|thank|ask|greet)|(?<!\w)(?:скаж|передай|поцелуй|обним|"
    r"поздрав|поблагодар)\w*)[ \t]+(?:[A-ZА-ЯЁ]\w+(?:[ \t]*,[ \t]*|[ \t]+(?:and|и)[ \t]+))?$",
    re.IGNORECASE,
)
"""A letter's verb before a list of given names ("Kiss Farrukh and Sitora for me"): whom the
writer greets, left out as the letters' own rules leave them."""


def _in_list_of_given_names(m: NameMention, text: str) -> bool:
    """Whether a known given name alone stands in a list with another ("Aigerim, Zhanar, the
    others", "Нурлан и Жанар остались там"): the people a teller names by the given name."""
    known = given_names()
    if m.normal.casefold() not in known or m.normal.casefold() in _STOP_FOLDED:
        return False
    after = _LIST_NEXT.match(text, m.span.end)
    before = _LIST_PREVIOUS.search(text[max(0, m.span.start - 40) : m.span.start])
    if _LETTER_VERB_BEFORE.search(text[max(0, m.span.start - 40) : m.span.start]):
        return False
    return any(
        x is not None and x[1].casefold() in known and x[1].casefold() not in _STOP_FOLDED
        for x in (after, before)
    )


_NICKNAME_CUE = re.compile(
    r"(?<!\w)(?:(?:call(?:s|ed|ing)?|зовут|звали|называ(?:ют|ли)|прозвали)"
    r"(?:[ \t]+(?:him|her|его|её|ее|меня))?|"
    r"know(?:s|n)?(?:[ \t]+(?:him|her))?(?:[ \t]+(?:to|among)[ \t]+(?:(?:his|her|their)[ \t]+)?"
    r"(?:friends|family|relatives|colleagues|neighbou?rs))?(?:[ \t]+(?:simply|just|only))?"
    r"[ \t]+as|"
    r"nicknamed|goes[ \t]+by|went[ \t]+by|"
    # "(… среди друзей — Дилик)", "to his friends, Bako": what friends or family say
    r"(?:среди|для|у)[ \t]+(?:\w+[ \t]+)?(?:друзей|близких|родных|домашних)[ \t]*[—–:-]|"
    r"(?:to|among)[ \t]+(?:his|her|their)?[ \t]*(?:friends|family)[ \t]*[,—–:-]|"
    r"(?:he|she|он|она)(?:[ \t]+is)?(?=[ \t]+(?:просто|simply|just)))"
    # a second name after the first ("зовут меня Тахир-ака или просто Тахо")
    rf"(?:[ \t]+[\"“«']?[{_UP}][{_LOW}]+(?:-[{_LOW}]+)*[\"”»']?,?[ \t]+(?:или|or))?"
    r"(?:[ \t]+(?:simply|just|only|просто|все|только))*[ \t]*[\"“«']?[ \t]*$",
    re.IGNORECASE,
)
"""What friends or a family call someone, before a lone word ("everybody called him Bakha",
"whom friends call Aiza", "Друзья зовут его просто Фарик", "Дома все зовут Гуля"): a short
form or a nickname, a spelling of the person's own, known given name or not."""
_IDENTIFIED_AS = re.compile(
    r"(?<!\w)(?:identified|named|referred\s+to)(?:[ \t]+only)?[ \t]+as[ \t]+$", re.IGNORECASE
)
"""Someone the text names by one word only ("a cousin, who asked to be identified only as
Farrukh"): a person, known given name or not."""


_SPEAKS_AFTER = re.compile(r"[ \t]+(?:said|says|told|recalled|added|explained)\b")


def _speaker_named_once(m: NameMention, text: str) -> bool:
    """Whether a lone word nobody's name contains is someone who speaks in the text, named by
    the given name alone ("married Mukhlisa … ", "Mukhlisa said outside the court"): followed
    by a verb of saying and written more than once, known given name or not."""
    word = m.written
    return (
        len(word) > 3
        and word.casefold() not in _STOP_FOLDED
        and re.fullmatch(r"[A-Z][a-z]+", word) is not None
        and _SPEAKS_AFTER.match(text, m.span.end) is not None
        and len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) >= 2
    )


_NICKNAME_AFTER = re.compile(
    r"[ \t]*(?:[—–-]|,)[ \t]*(?:(?:так|как)[ \t]+(?:\w+[ \t]+)?(?:его|её|ее|меня)[ \t]+"
    r"(?:\w+[ \t]+)?(?:зовут|звали|называ\w+)|as[ \t]+(?:his|her)[ \t]+(?:\w+[ \t]+)?"
    r"(?:friends|family|relatives|wife|husband|mother)[ \t]+call(?:s|ed)?[ \t]+(?:him|her))"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A nickname's cue after the word ("Комил — так его зовут друзья", "Ильхомжон, как она его
называет", "Bako, as his friends call him"): what someone is called, whatever the word."""


def _nickname_cue_after(m: NameMention, text: str) -> bool:
    return _NICKNAME_AFTER.match(text, m.span.end) is not None


def _nickname(m: NameMention, text: str) -> NameMention | None:
    """A lone word after a nickname's cue (:data:`_NICKNAME_CUE`) as a nickname mention, in
    the nominative ("зовут его просто Фаридом" -> "Фарид"); None where it is none."""
    word = m.written
    if (
        not (
            _NICKNAME_CUE.search(text[max(0, m.span.start - 50) : m.span.start])
            or _nickname_cue_after(m, text)
        )
        or word.casefold() in _STOP_FOLDED
        or len(word) < 3
        or re.match(rf"[ \t]+[{_UP}]", text[m.span.end : m.span.end + 3])
    ):
        return None
    normal = m.normal
    if len(normal) > len(word) + 1:
        # a model's base form of a word it took for no name ("Решит" -> "Решивший"): a name's
        # nominative is never much longer than its other cases
        normal = word
    if re.search(r"[а-яё]", word) and normal == word:
        # the instrumental after "зовут": "Фаридом" -> "Фарид", "Гулей" -> "Гуля"
        for end, base in (("ом", ""), ("ой", "а"), ("ей", "я")):
            stem = word[: -len(end)]
            if word.endswith(end) and len(stem) > 2 and stem[-1].casefold() not in _VOWELS_RU:
                normal = stem + base
                break
    return NameMention(m.span, word, normal, "nickname")


def _nickname_owner(people: Sequence[PersonDraft], m: NameMention) -> PersonDraft | None:
    """Whose nickname: the person whose given name it shortens ("Фарид" of "Фаридун"), else
    the person last named before it (within a few sentences)."""
    word = m.normal.casefold()
    for p in people:
        if any(len(t) > len(word) and t.startswith(word) for t in p.tokens()):
            return p
    for p in people:
        # the other way round: a full form of a short given name ("Ильхомжон" of "Ильхом")
        if any(len(word) > len(t) >= 4 and word.startswith(t) for t in p.tokens()):
            return p
    best: tuple[int, PersonDraft] | None = None
    for p in people:
        for n in p.mentions:
            if (
                n.span.end <= m.span.start
                and m.span.start - n.span.end <= 400
                and (best is None or n.span.end > best[0])
            ):
                best = (n.span.end, p)
    return best[1] if best else None


_HONORIFIC_AFTER = re.compile(
    r"[ \t]+(?:apa|apai|apay|aga|agai|agay|ake|aka|opa|eje|hanym|khanym|hanum|bey|"
    r"апа|апай|ага|агай|аке|ака|опа|эже|ханым)(?![\w'’-])"
)
"""A Central Asian or Turkish honorific written after a given name ("Gulnar apa called",
"Мерген ага сказал", "Ahmet bey"): the word before it is a person's name."""
_CHAT_WRITER = re.compile(
    r"(?:^|\n)[ \t]*\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*(?:\][ \t]*|[—–-][ \t]+)$"
)


def _chat_writer(text: str, span: Span) -> bool:
    """Whether a word is the writer of a chat's message, after the message's time stamp and
    before a colon ("[10.02.26, 07:52] Aigerim: …"): a person's name, known or not."""
    return bool(
        _CHAT_WRITER.search(text[max(0, span.start - 40) : span.start])
        and re.match(r"[ \t]*:", text[span.end : span.end + 3])
    )


def _join_initials(people: list[PersonDraft]) -> list[PersonDraft]:
    """A person named only with initials ("Н. В. Кравцов", "Гончаров И. А.:") is one named in
    full in the text ("Кравцова Наталья Викторовна") when the surnames share their stem (a
    model may make a woman's a man's) and the initials are the full name's other words'."""
    out: list[PersonDraft] = []
    for i, p in enumerate(people):
        forms = [m.normal for m in p.full]
        if not forms or not all(_initials_form(f) for f in forms):
            out.append(p)
            continue
        words = re.findall(r"\w+\.?", forms[0])
        names = [w.casefold() for w in words if not re.fullmatch(r"\w\.?", w)]
        letters = sorted(w[0].casefold() for w in words if re.fullmatch(r"\w\.?", w))
        owner = None
        # the person named in full, before or after ("гражданина … А. Юлдашева" in a title,
        # "Азизбека Юлдашева" in the text)
        others = [*out, *people[i + 1 :]]
        for q in others if names else ():
            for f in q.full:
                full = [w.casefold() for w in f.normal.split()]
                same = [w for w in full if w.removesuffix("а") == names[0].removesuffix("а")]
                rest = sorted(w[0] for w in full if w not in same)
                if same and rest == letters and not _initials_form(f.normal):
                    owner = q
                    break
            if owner is not None:
                break
        if owner is None:
            out.append(p)
        else:
            owner.mentions.extend(p.mentions)
            owner.roles |= p.roles
    return out


_OWNER_BEFORE_NAME = re.compile(rf"^ [{_UP}][{_LOW}]+ [{_UP}][{_LOW}]+")
_GENITIVE_ENDS = ("ова", "ева", "ёва", "ина", "ына", "ого", "ой")


_NOTE_KIN_HEAD = re.compile(
    r"(?:^|[.:]\s+|\n\s*)(?:Husband|Wife|Son|Daughter|Brother|Sister|Mother|Father)[ \t]+$"
)
"""A kin word that opens a log's or a note's sentence with nobody's before it ("Caller: wife.
Husband Memetjan ABLIZ taken from home"): the caller's relative, whom the file is about, not
the relative of someone in it."""


_SENTENCE_BREAK = re.compile(
    rf"(?:(?<![\s.({{][{_UP}])(?<!\b[Mm]rs)(?<!\b[MmDd]r)(?<!\b[Mm]s)[.!?…][»”\"]?\s+|\n)"
)
_INFINITIVE_BETWEEN = re.compile(r"(?<![\w-])(?:\w{2,}(?:ть|ться)|to\s+\w+)(?![\w-])", re.I)


def _in_sentence(before: str) -> str:
    """The words before a mention within its own sentence or line: a cue in the sentence
    before ("— рассказала она корреспонденту.\n\nАбдурешит родом из…") is no one's role."""
    cuts = list(_SENTENCE_BREAK.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


def _official_before(before: str) -> bool:
    """An official's word before a mention, with no infinitive between them: "the prosecutor
    was asked to release X", "обращение к прокурору не выдавать X" name X as whom the act is
    for, not as the official."""
    cues = list(_OFFICIAL.finditer(before))
    return bool(cues) and _INFINITIVE_BETWEEN.search(before[cues[-1].end() :]) is None


def assign_roles(people: Sequence[PersonDraft], text: str) -> None:
    """Roles from the words around each mention: lawyer, official, journalist, family."""
    for p in people:
        for m in p.mentions:
            before = _in_sentence(text[max(0, m.span.start - 70) : m.span.start])
            after = text[m.span.end : m.span.end + 60]
            near_before = before[-30:]
            apposition = re.match(r"^\s*,\s*([^,.;]{0,60})", after)
            app = apposition.group(1) if apposition else ""
            if _OWNER_BEFORE_NAME.match(after) and m.written.endswith(_GENITIVE_ENDS):
                # "Адвокат Мамадназарова Ирина Ломакина": whose lawyer, not the lawyer
                continue
            if _LAWYER.search(near_before) or _LAWYER.search(app):
                p.roles.add(Role.LAWYER)
            elif _official_before(before) or _OFFICIAL.search(app):
                p.roles.add(Role.OFFICIAL)
            elif _JOURNALIST.search(near_before) or _JOURNALIST.search(app):
                p.roles.add(Role.JOURNALIST)
            elif re.search(
                r"\b(?:husband|wife|son|daughter|brother|sister|mother|father|муж(?!чин)\w*|жена|жены|"
                r"сын\w*|доч\w+|брат\w*|сестр\w*|мать|отец|отца)[\s,]+$",
                near_before,
                re.IGNORECASE,
            ) and not _NOTE_KIN_HEAD.search(near_before):
                p.roles.add(Role.FAMILY_MEMBER)


# --------------------------------------------------------------------------------------------
# Ages
# --------------------------------------------------------------------------------------------

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20,
}  # fmt: skip
_AGE_PATTERNS = (
    re.compile(r"(?<=,\s)(?P<n>\d{1,3})(?=,|\s+and\b|\))"),
    re.compile(r"\b(?P<n>\d{1,3}|" + "|".join(_NUM_WORDS) + r")-year-old\b", re.IGNORECASE),
    re.compile(r"\baged\s+(?P<n>\d{1,3}|" + "|".join(_NUM_WORDS) + r")\b", re.IGNORECASE),
    re.compile(r"\b(?P<n>\d{1,3})-летн\w+", re.IGNORECASE),
    re.compile(
        r"(?<=[,(]\s)(?P<n>\d{1,3})\s+(?:лет|год|года)\b|(?<=\()(?P<n2>\d{1,3})\s+(?:лет|год|года)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bв\s+возрасте\s+(?P<n>\d{1,3})\s+(?:лет|год|года)\b", re.IGNORECASE),
)


@dataclass(frozen=True, slots=True)
class AgeMention:
    span: Span
    age: int


def find_ages(text: str) -> list[AgeMention]:
    out: list[AgeMention] = []
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(text):
            raw = m.groupdict().get("n") or m.groupdict().get("n2") or ""
            value = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw.lower())
            if value is None or not 0 < value <= 110:
                continue
            span = Span(m.start(), m.end())
            if not any(a.span.overlaps(span) for a in out):
                out.append(AgeMention(span, value))
    return sorted(out, key=lambda a: a.span.start)


# --------------------------------------------------------------------------------------------
# Relatives
# --------------------------------------------------------------------------------------------

_REL_EN = (
    r"(?:(?:younger|elder|older|little|baby|eldest|youngest)\s+)?(?:mother|father|parents|wife|"
    r"husband|son|daughter|brother|sister|children|grandmother|grandfather|uncle|aunt|nephew|"
    r"niece|cousin|sons|daughters|brothers|sisters)"
)
_AGE_ADJ = r"(?:(?:\d{1,2}|" + "|".join(_NUM_WORDS) + r")-year-old\s+)?"
_OWNER_EN = re.compile(
    # "He has a wife, Patigul,", "survived by his mother and a son, Dowlet,": "a" after
    # "has", "had", "and" or a comma, the last person's
    r"\b(?P<owner>his|her|their|my|our|(?P<oname>[A-Z][a-z]+)['’]s|"
    r"(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\band\s)|(?<=,\s))a(?=\s+\w+,))\s+(?P<list>"
    + _AGE_ADJ
    + _REL_EN
    + r"(?:(?:\s*,\s*|\s+and\s+|,\s+and\s+)"
    + _AGE_ADJ
    + _REL_EN
    + r")*)\b",
    re.IGNORECASE,
)
_MARRIED_EN = re.compile(
    r"\b(?P<who>[Hh]e|[Ss]he)\s+(?:[a-z]+\s+(?:[A-Za-z]+,?\s+){0,4}?and\s+)?"
    r"(?:later\s+|then\s+|had\s+|has\s+|soon\s+)?married\s+"
    r"(?:(?:a|an)\s+(?:[A-Za-z-]+\s+){0,3}?(?:national|citizen|woman|man|girl|widow|"
    r"refugee|teacher|nurse|doctor)\s*,\s*)?"
    r"(?=[A-Z][a-z]+(?:\s*[,.;]|\s+(?:in|on|and|who|whom)\b))"
)
"""A spouse named after "married" ("He married Dilnoza, also from Osh", "he worked as a driver and
married a local woman, Mehrigul", "she married a Kyrgyz
national, Aizada"): the wife (after "he") or the husband (after "she") of the last person."""
_VERB_AFTER_EN = re.compile(
    r"[ \t]+(?:was|is|had|has|who|said|says|told|lives|lived|remains|remained|died|works|worked|"
    r"[a-z]{3,}ed)\b"
)
_KIN_CHAIN_EN = re.compile(
    rf"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?P<first>{_REL_EN})['’]s\s+"
    rf"(?P<rel>{_REL_EN})(?:\s*,\s*|\s+)(?P<name>[{_UP}][{_LOW}]+)"
    r"(?=\s*,|\s+(?:was|is|had|has|who|said|says|told|lives|lived|remains|remained|died|"
    r"works|worked|[a-z]{3,}ed)\b)"
)
"""A relative's relative, named: "my wife's brother, Tilek,", "her husband's sister Aigul was
held"."""
_NAME_IS_KIN_EN = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UP}][{_LOW}]+)(?:[ \t]+(?P<verb>is|was)[ \t]+|,[ \t]*)"
    r"(?P<owner>my|our|his|her|their)[ \t]+"
    r"(?P<mod>(?:elder|eldest|older|oldest|younger|youngest|little|late)(?:[ \t]+|(?=[,.;:!?])))?"
    r"(?P<rel>son|daughter|brother|sister|husband|wife|father|mother|cousin|nephew|niece|uncle|"
    r"aunt|grandson|granddaughter|child)?(?=[ \t]*[,.;:!?])"
)
"""A relative who opens a sentence by the given name alone and is then said to be whose ("Nurlan
is my elder.", "Aidos was her youngest brother.", "Erlan, my eldest son, kept sheep")."""
_ITEM_EN = re.compile(r"(?P<age>" + _AGE_ADJ + r")(?P<rel>" + _REL_EN + r")", re.IGNORECASE)
_REL_RU_MAP = {
    "мать": "mother", "матер": "mother", "мам": "mother", "отец": "father", "отц": "father",
    "родител": "parents", "жен": "wife", "муж": "husband", "сын": "son", "доч": "daughter",
    "брат": "brother", "сестр": "sister", "дет": "children", "бабушк": "grandmother",
    "дедушк": "grandfather", "дяд": "uncle", "тёт": "aunt", "тет": "aunt",
}  # fmt: skip
_OWNER_RU = re.compile(
    r"(?<![\w])(?P<owner>его|её|ее|их|мо[йяеюи]\w*|наш\w*)\s+(?P<mod>(?:младш|старш)\w+\s+)?"
    r"(?P<rel>мать|матери|маму|мама|отец|отца|отцу|родител\w+|жена|жену|жены|жене|мужа|муж|мужу|"
    r"сына|сыну|сын|дочь|дочери|дочку|брата|брату|брат|сестру|сестры|сестре|сестра|дети|детей|"
    r"бабушк\w+|дедушк\w+)"
    r"(?![\w])",
    re.IGNORECASE,
)
# "Жена автора Дильноза", "Муж Нурахметовой Серикболат", "жену Оспанова Айгуль вызывали": the
# relation first (in any case), then whose (a genitive: "автора", a surname), then the
# relative's name, in the relation word's case
_REL_FIRST_RU = re.compile(
    r"(?<![\w])(?P<mod>(?:[Мм]ладш|[Сс]тарш)\w+\s+)?(?P<rel>[Мм]ать|[Оо]тец|[Жж]ена|[Мм]уж|[Сс]ын|"
    r"[Дд]очь|[Бб]рат|[Сс]естра|[Жж]ену|[Жж]ены|[Жж]ене|[Мм]ужа|[Мм]ужу|[Сс]ына|[Сс]ыну|"
    r"[Дд]очери|[Бб]рата|[Бб]рату|[Сс]естру|[Сс]естры|[Сс]естре|[Оо]тца|[Оо]тцу|[Мм]атери)"
    r"\s+(?P<owner>автора|рассказчика|рассказчицы|заявител[яь]|"
    r"задержанно(?:го|й)|(?P<oname>[А-ЯЁ][а-яё]+(?:ой|ого|ова|ева|ёва|ина|ына)|"
    r"[А-ЯЁ][а-яё]{3,}[^аеёиоуыэюяйь\W]а))(?=[ \t]+[А-ЯЁ])"
)


def _rel_first(text: str) -> list[re.Match[str]]:
    """:data:`_REL_FIRST_RU`'s matches; an owner in the genitive without a Russian surname's
    ending ("Жена Абдукерима Зулпия") only where the text writes its nominative alone
    ("Абдукерим"), else the two words may be the relative's own name."""
    out = []
    for m in _REL_FIRST_RU.finditer(text):
        oname = m["oname"]
        if oname and not re.search(r"(?:ой|ого|ова|ева|ёва|ина|ына)$", oname):
            after = re.match(r"\s+([А-ЯЁ][а-яё]+)", text[m.end() :])
            if not re.search(rf"(?<![\w-]){re.escape(oname[:-1])}(?![\w-])", text) or (
                # "Брат Ерлана Бекмуратова": the owner's surname in the genitive, no relative's
                after is not None
                and re.search(r"(?:[^аеёиоуыэюяйь]а|ой|ого|ову|ым)$", after[1]) is not None
            ):
                continue
        out.append(m)
    return out


_BARE_REL_RU = re.compile(
    r"(?<![\w])(?P<mod>(?:[Мм]ладш|[Сс]тарш)\w+\s+)?"
    r"(?P<rel>[Мм]ать|[Оо]тец|[Жж]ена|[Мм]уж|[Сс]ын|[Дд]очь|[Бб]рат|[Сс]естра)"
    r"(?=\s+(?P<given>[А-ЯЁ][а-яё]+)(?:\s*[,.;]|\s+(?:и|с|остал\w*|жив\w*)(?![\w])"
    r"|\s+(?P<verb>[а-яё]{3,}л[аи]?)(?![\w])))"
)
# "Сестру Гулизар приговорили", "обращайтесь к брату Реджепу": a relation word in the accusative
# or the dative (no owner said), then a lone name in the same case - a name in the genitive
# ("брату Ерлана", "сестру Ерлана") is whose relative it is, and is left
_OBLIQUE_REL_RU = re.compile(
    r"(?<![\w])(?P<mod>(?:[Мм]ладш|[Сс]тарш)\w+\s+)?(?:"
    r"(?P<rel>[Сс]естру|[Жж]ену|[Бб]абушку|[Тт][её]тю|[Мм]аму)"
    r"(?=\s+[А-ЯЁ][а-яё]+(?:[уюь]|[^аеёиоуыэюяйь\W])(?![а-яё]))"
    r"|(?P<rel2>[Бб]рату|[Сс]ыну|[Мм]ужу|[Оо]тцу|[Дд]едушке|[Дд]яде)"
    r"(?=\s+[А-ЯЁ][а-яё]{2,}[^аеёиоуыэюяй\W][ую](?![а-яё]))"
    r"|(?P<rel3>[Дд]ядю|[Дд]яди|[Дд]едушку|[Дд]едушки)"
    r"(?=\s+[А-ЯЁ][а-яё]{2,}[^аеёиоуыэюяй\W]а(?![а-яё]))"
    r")(?=\s+[А-ЯЁ][а-яё]+(?:\s*[,.;:!?]|\s+[а-яё«(—–]))"
)
"""... and "забрали дядю Сафара", "справку дяди Сафара": an uncle or a grandfather so called is
"дядя Сафар", the name in the accusative or the genitive after him."""
_SECOND_NAME_AFTER = re.compile(
    r"\s+[А-ЯЁ][а-яё]+\s*,\s*(?P<name>[А-ЯЁ][а-яё]+)\s*(?:[,.;:]|[—–]\s)"
)
"""After a relation word, a name, a comma and a second name set off ("сестру Мариям, Гульнару,
которая"): the first is whose relative, the second the relative's own name."""
# "его отец, Бахтиёр, был вызван", "Младший брат, Дилшод, уволен", "младшего брата Джамшеда,
# Фарруха", "Сестру, Гулзат, уволили", "брата её подзащитного, Бахтовара": a relation word (and
# whose: a name, or a client, an applicant…), then a lone given name set off by commas - the
# relative's name, in the relation word's case
_REL_COMMA_RU = re.compile(
    r"(?<![\w])(?P<mod>(?:младш|старш)\w+\s+)?(?P<rel>мать|матери|маму|мама|отец|отца|отцу|"
    r"жена|жену|жены|жене|мужа|муж|мужу|сына|сыну|сын|дочь|дочери|дочку|брата|брату|брат|"
    r"сестру|сестры|сестре|сестра|бабушк\w+|дедушк\w+)(?:\s+(?P<oname>[А-ЯЁ][а-яё]+)|"
    r"(?:\s+(?:его|её|ее|их|сво\w+))?\s+(?:подзащитн\w+|клиент\w*|доверител\w+|заявител\w+|"
    r"истц\w+|истиц\w+|задержанн\w+|осуждённ\w+|осужденн\w+|автора|героин\w+|героя))?"
    r"(?=\s*,\s*[А-ЯЁ][а-яё]+\s*(?:[,.;:]|[—–]\s))",
    re.IGNORECASE,
)
# "она с сыном Алдияром и дочерью выехала", "вместе с женой Асией": a relative in the
# instrumental after "с", then a lone given name in the same case
_WITH_REL_RU = re.compile(
    r"(?<![\w])(?:[Вв]месте\s+)?[Сс]о?\s+(?P<mod>(?:младш|старш)\w+\s+)?(?P<rel>сыном|дочерью|"
    r"дочкой|мужем|женой|братом|сестрой|матерью|мамой|отцом)"
    r"(?=\s+[А-ЯЁ][а-яё]+(?:ом|ем|ой|ей|ью)(?![\w-]))"
)
_NAME_AFTER = re.compile(rf"^(?:\s*,\s*|\s+)(?P<name>[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?)")


_PLURAL_REL = {"sons": "son", "daughters": "daughter", "children": "child", "brothers": "brother",
               "sisters": "sister"}  # fmt: skip
_LIST_AGE = r"(?:,\s*\d{1,2}(?!\d)|[ \t]*\(\d{1,2}\))?"
"""A child's age after the name in a list: "Arslan, 12", "Aysima (11)"."""
_NAMED_LIST = re.compile(
    rf"(?:\s+|[ \t]*[:,][ \t]*)[{_UP}][{_LOW}]+{_LIST_AGE}"
    rf"(?:(?:,\s*|\s+)(?:and\s+)?[{_UP}][{_LOW}]+{_LIST_AGE})+"
)
# "и дочери — Огулнабат и Дженнет", "Дети: Арман (12) и Алия (7)": a plural kin word, a dash or
# a colon, then the relatives' names, one relative each
_PLURAL_KIN_RU = re.compile(
    r"(?<![\w])(?P<rel>дочери|сыновья|братья|сёстры|сестры|дети|внуки)(?=[ \t]*[—–:])",
    re.IGNORECASE,
)
_PLURAL_KIN_RU_MAP = {"доч": "daughter", "сын": "son", "брат": "brother", "сёст": "sister",
                      "сест": "sister", "дет": "child", "внук": "grandchild"}  # fmt: skip
_NAMED_AFTER_DASH_RU = re.compile(
    rf"[ \t]*[—–:][ \t]*[{_UP}][{_LOW}]+(?![{_LOW}-]){_LIST_AGE}"
    rf"(?:(?:,[ \t]*(?:и[ \t]+)?|[ \t]+и[ \t]+)[{_UP}][{_LOW}]+(?![{_LOW}-]){_LIST_AGE})*"
    rf"(?![ \t]*[{_UP}])"
)
_NAME_AGE = re.compile(
    rf"(?P<name>[{_UP}][{_LOW}]+)(?:,\s*(?P<age>\d{{1,2}})(?!\d)|[ \t]*\((?P<age2>\d{{1,2}})\))?"
)
_COUNTED_KIN = re.compile(
    r"(?<![\w'’])(?:(?:\d{1,2}|" + "|".join(_NUM_WORDS) + r")[ \t]+)?"
    r"(?P<rel>children|sons|daughters)(?=[ \t]*:)",
    re.IGNORECASE,
)
"""Children counted and listed after a colon, no owner said ("3 children: Yusufjan (15),
Aysima (11)"): the last person's."""
_NAMED_AFTER_COLON = re.compile(
    rf"[ \t]*:[ \t]*[{_UP}][{_LOW}]+{_LIST_AGE}(?:(?:,[ \t]*|[ \t]+)(?:and[ \t]+)?"
    rf"[{_UP}][{_LOW}]+{_LIST_AGE})*"
)


def _named_children(
    text: str, at: int, named: re.Match[str], who: str, relation: str
) -> list[RelativeDraft]:
    """One relative per name of a list after a plural kin word, with the age given."""
    out = []
    for n in _NAME_AGE.finditer(named.group()):
        if n["name"] in _STOP:
            continue
        start = at + n.start("name")
        mention = NameMention(Span(start, start + len(n["name"])), n["name"], n["name"])
        age = n["age"] or n["age2"]
        out.append(RelativeDraft(who, relation, mention.span, int(age) if age else None, mention))
    return out


@dataclass(slots=True)
class RelativeDraft:
    owner: str
    """'narrator', 'author' (the teller, else the first person the text is about), 'last', or
    a name token of the person whose relative this is."""
    relation: str
    span: Span
    age: int | None = None
    name: NameMention | None = None
    sentence: int = -1


_OF_MARRIAGE = re.compile(r"\s+от\s+(?:первого|второго|прежнего|другого)\s+брака(?=\s*,)")


def _relative_ru(text: str, m: re.Match[str], who: str, named: bool = False) -> RelativeDraft:
    """``named``: the words after the match can only be the relative's name ("Жена автора
    Дильноза": a capitalised word after the owner in the genitive)."""
    rel_word = (m["rel"] or m.groupdict().get("rel2") or m.groupdict().get("rel3") or "").lower()
    relation = next((v for k, v in _REL_RU_MAP.items() if rel_word.startswith(k)), rel_word)
    if m["mod"]:
        relation = ("younger " if m["mod"].lower().startswith("младш") else "elder ") + relation
    rd = RelativeDraft(who, relation, Span(m.start(), m.end()))
    tail = m.end()
    marriage = _OF_MARRIAGE.match(text, tail)  # "его сына от первого брака, Билала,"
    if marriage is not None:
        tail = marriage.end()
    after = _NAME_AFTER.match(text[tail : tail + 40])
    if after and after["name"].split()[0] not in _STOP:
        start = tail + after.start("name")
        words = after["name"].split()
        normal = " ".join(_normal_ru(words))
        end = start + len(after["name"])
        apposed = len(words) == 1 and (
            not text[tail:start].strip()
            or (
                text[tail:start].strip() == ","
                and re.match(r"\s*(?:[,.;:]|[—–]\s)", text[end : end + 3]) is not None
            )
        )
        if apposed and normal == words[0]:
            normal = _agree_with_relation(words[0], rel_word)
        if (
            len(words) == 2
            and normal == after["name"]
            and text[tail:start].strip() == ","
            and re.match(r"\s*(?:[,.;:]|[—–]\s)", text[end : end + 3]) is not None
        ):
            # a full name set off by commas after the relation word shares its case ("моего
            # мужа, Бахтиёра Саидова," -> "Бахтиёр Саидов", "сестру, Гульнару Ахметову," ->
            # "Гульнара Ахметова"): both words (a woman's given name may not decline)
            agreed = [_agree_with_relation(w, rel_word) for w in words]
            if agreed[1] != words[1] and (
                agreed[0] != words[0] or not rel_word.startswith(_MALE_REL_RU)
            ):
                normal = " ".join(agreed)
        if named or apposed or _is_name_like(words) or normal.casefold() in given_names():
            rd.name = _with_particle(
                _case_of_context(
                    NameMention(Span(start, start + len(after["name"])), after["name"], normal),
                    text,
                ),
                text,
            )
            oname = m.groupdict().get("oname")
            if oname and len(words) == 1:
                rd.name = _with_family_name(rd.name, oname, text)
            elif len(rd.name.normal.split()) == 1:
                rd.name = _named_in_full(rd.name, text)
    return rd


def _named_in_full(name: NameMention, text: str) -> NameMention:
    """A relative named by the given name alone ("Её муж Серик"), whom the text names in full
    elsewhere in the nominative, the given name first ("Серик Нурланов говорит") or after the
    surname as courts write it ("значится как Нурланов Серик"): that full name."""
    given = re.escape(name.normal)
    after = re.search(rf"(?<![\w-]){given}[ \t]+([А-ЯЁ][а-яё]+)(?![\w-])", text)
    if after is not None and re.search(_FULL_SURNAME_RU, after[1]) and after[1] not in _STOP:
        return replace(name, normal=f"{name.normal} {after[1]}")
    before = re.search(rf"(?<![\w-])([А-ЯЁ][а-яё]+)[ \t]+{given}(?![\w-])", text)
    if before is not None and re.search(_FULL_SURNAME_RU, before[1]) and before[1] not in _STOP:
        return replace(name, normal=f"{before[1]} {name.normal}")
    return name


_FULL_SURNAME_RU = r"\w{3}(?:ов|ев|ёв|ин|ова|ева|ёва|ина|улы|уулу|кызы|зода|заде)$"


def _owner_token(genitive: str, text: str) -> str | None:
    """The surname of whose relative, from its genitive ("брата Турсунова, Жамшида" ->
    "турсунов", "сына Каримовой, Арслана" -> "каримова") where the text writes that form
    (a name of a person found); None where it does not."""
    for end, base in (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("овой", "ова"),
                      ("евой", "ева"), ("иной", "ина")):  # fmt: skip
        if genitive.endswith(end) and len(genitive) > len(end) + 2:
            nominative = genitive[: -len(end)] + base
            if re.search(rf"(?<![\w-]){re.escape(nominative)}(?![\w-])", text):
                return nominative.casefold()
    # a given name or a surname without a Russian suffix, in the genitive ("жена
    # Абдурешита, Рисалят" -> "абдурешит", "сын Алексея" -> "алексей")
    for end, base in (("а", ""), ("я", "й"), ("я", "ь")):
        stem = genitive[: -len(end)]
        if not genitive[:1].isupper() or not genitive.endswith(end) or len(stem) < 4:
            continue  # "отца заявителя, Равшана": a common noun's genitive names no one
        if base == "" and stem[-1].casefold() in _VOWELS_RU | {"й", "ь"}:
            continue
        nominative = stem + base
        if re.search(rf"(?<![\w-]){re.escape(nominative)}(?![\w-])", text):
            return nominative.casefold()
    if (
        genitive[-1:].casefold() not in _VOWELS_RU | {"й", "ь"}
        and (
            genitive.casefold() in given_names()
            or re.search(rf"(?<![\w-]){re.escape(genitive)}[ \t]+[А-ЯЁ][а-яё]{{2,}}", text)
        )
    ):
        # a known given name in a consonant as whose ("сестру Мариям, Гульнару"): a woman's
        # name that does not decline (a man's would: "Ерлана"), the owner as written
        return genitive.casefold()
    return None


def _with_family_name(name: NameMention, owner: str, text: str) -> NameMention:
    """A relative named by the given name after the owner's surname in the genitive ("жена
    Тохтиева Гулизар"), whom the text also names in full ("Гулизар Тохтиева говорит"): the
    full name, the surname being the family's."""
    stem = re.sub(r"(?:ой|ого|а)$", "", owner)
    if len(stem) < 4:
        return name
    full = re.search(
        rf"(?<![\w-]){re.escape(name.normal)}[ \t]+({re.escape(stem)}[а-яё]{{0,2}})(?![\w-])",
        text,
    )
    if full is None:
        return name
    return replace(name, normal=f"{name.normal} {full[1]}")


_MALE_REL_RU = ("брат", "сын", "муж", "отц", "отец", "дедушк", "дяд")


def _agree_with_relation(name: str, rel_word: str) -> str:
    """A given name right after the relation word shares its case: "брата Рамазона" ->
    "Рамазон", "сестру Гульнару" -> "Гульнара" (names the lists lack)."""
    male = rel_word.startswith(_MALE_REL_RU)
    if rel_word.endswith(("ом", "ем", "ой", "ью")) and len(name) >= 5:
        # the instrumental after "с": "с сыном Алдияром" -> "Алдияр", "с женой Асией" ->
        # "Асия", "с братом Алексеем" -> "Алексей"
        stem2 = name[:-2]
        if male and name.endswith("ом"):
            return stem2
        if male and name.endswith("ем"):
            return stem2 + ("й" if stem2[-1:].casefold() in _VOWELS_RU else "ь")
        if not male and name.endswith("ой"):
            return stem2 + "а"
        if not male and name.endswith("ей"):
            return stem2 + "я"
        return name
    end = rel_word[-1:]
    last, stem = name[-1:], name[:-1]
    if not male and end in "ыи" and len(name) >= 4:
        # the genitive after "жены", "сестры", "матери": "жены Ма, Асии" -> "Асия",
        # "сестры Гульнары" -> "Гульнара"
        if last == "и" and stem[-1:].casefold() in _VOWELS_RU:
            return stem + "я"
        if last == "ы" and stem[-1:].casefold() not in _VOWELS_RU:
            return stem + "а"
    if len(name) < 4 or (stem[-1:].casefold() in _VOWELS_RU and last not in "яю"):
        return name
    if (
        not male
        and end == last == "е"
        and name.casefold() not in given_names()
        and given_names().get((stem + "а").casefold()) == "f"
    ):
        # the dative after "жене", "сестре": "сестре Гульнаре" -> "Гульнара" where that is a
        # known woman's name and the written form none ("жене, Мунире," stays: Uyghur "Мунире")
        return stem + "а"
    if male and ((end in "ау" and last == end) or (end == "е" and last == "у")):
        return stem  # "брата Рамазона", "дяде Сафару"
    if rel_word.startswith(("дяд", "дедушк")) and end in "юиу" and last == "а":
        return stem  # "дядю Сафара", "дедушки Кадыра"
    if male and end in "ау" and last in "яю":
        return stem + "й"
    if not male and end in "уи" and last in "уы":
        return stem + "а"
    if not male and end in "уи" and last in "юи":
        return stem + "я"
    return name


def genitive_owners(text: str, lang: str) -> list[Span]:
    """The spans of surnames in the genitive that say whose relative follows ("Муж
    Нурахметовой Серикболат"): not part of the relative's name."""
    if lang != "ru":
        return []
    return [
        Span(m.start("oname"), m.end("oname")) for m in _rel_first(text) if m["oname"]
    ]


def find_relatives(text: str, lang: str) -> list[RelativeDraft]:
    out: list[RelativeDraft] = []
    if lang == "ru":
        for m in _rel_first(text):
            out.append(_relative_ru(text, m, "last" if m["oname"] else "author", named=True))
        for m in _OWNER_RU.finditer(text):
            if any(r.span.overlaps(Span(m.start(), m.end())) for r in out):
                continue
            owner = m["owner"].lower()
            out.append(
                _relative_ru(text, m, "narrator" if owner.startswith(("мо", "наш")) else "last")
            )
        for m in _BARE_REL_RU.finditer(text):
            # "остались жена Нодира и двое детей": a relation word and a known given name
            if any(r.span.overlaps(Span(m.start(), m.end())) for r in out):
                continue
            if m["given"].casefold() in given_names() or (
                # "Сын Фирдавс перестал ходить в школу": a man's relation word, a name ending
                # in a consonant (no genitive) and a verb in the past: the relative's name
                m["verb"]
                and m["rel"].lower() in ("отец", "муж", "сын", "брат")
                and m["given"][-1].casefold() not in _VOWELS_RU | {"й", "ь"}
                and m["verb"].endswith("л")
            ):
                out.append(_relative_ru(text, m, "last", named=True))
        for m in _OBLIQUE_REL_RU.finditer(text):
            rel_end = (m["rel"] or m["rel2"] or m["rel3"] or "")[-1:]
            second = _SECOND_NAME_AFTER.match(text, m.end())
            if second is not None and second["name"].endswith(rel_end):
                # "сестру Мариям, Гульнару": whose sister (a name that does not decline), then
                # the sister's name in the relation word's case - read below as such
                continue
            if not any(r.span.overlaps(Span(m.start(), m.end())) for r in out):
                out.append(_relative_ru(text, m, "last", named=True))
        for m in _PLURAL_KIN_RU.finditer(text):
            named_ru = _NAMED_AFTER_DASH_RU.match(text, m.end())
            if named_ru is None:
                continue
            rel = m["rel"].lower()
            relation = next(v for k, v in _PLURAL_KIN_RU_MAP.items() if rel.startswith(k))
            owner = text[max(0, m.start() - 8) : m.start()].lower()
            who = "narrator" if re.search(r"(?:мо[иих]|наш\w*)\s+$", owner) else "last"
            out.extend(_named_children(text, m.end(), named_ru, who, relation))
        for m in _WITH_REL_RU.finditer(text):
            if not any(r.span.overlaps(Span(m.start(), m.end())) for r in out):
                out.append(_relative_ru(text, m, "last", named=True))
        for m in _REL_COMMA_RU.finditer(text):
            if any(r.span.overlaps(Span(m.start(), m.end())) for r in out):
                continue
            owner = text[max(0, m.start() - 6) : m.start()].lower()
            who = "narrator" if re.search(r"(?:мо[йяеюи]\w*|наш\w*)\s+$", owner) else "last"
            if m["oname"]:
                who = _owner_token(m["oname"], text) or who
            rd = _relative_ru(text, m, who, named=True)
            if m["oname"] and rd.name is not None and len(rd.name.normal.split()) == 1:
                rd.name = _with_family_name(rd.name, m["oname"], text)
            out.append(rd)
        return out
    for m in _MARRIED_EN.finditer(text):
        after = _NAME_AFTER.match(text[m.end() - 1 : m.end() + 40])
        word = after["name"].split()[0] if after else ""
        if not word or word in _STOP or word.casefold() in _STOP_FOLDED:
            continue
        start = m.end()
        relation = "wife" if m["who"].lower() == "he" else "husband"
        mention = NameMention(Span(start, start + len(word)), word, word)
        out.append(RelativeDraft("last", relation, Span(m.start(), m.end()), name=mention))
    for m in _COUNTED_KIN.finditer(text):
        named = _NAMED_AFTER_COLON.match(text, m.end())
        if named is not None:
            out.extend(_named_children(text, m.end(), named, "last", _PLURAL_REL[m["rel"].lower()]))
    for m in _OWNER_EN.finditer(text):
        if any(r.span.start >= m.end() and r.span.start - m.end() < 3 for r in out):
            continue  # "their 3 children: …", listed above
        owner = m["owner"].lower()
        # "the applicant's wife": a common noun's relative is the last person's, as "his wife"
        oname = m["oname"] if m["oname"] and m["oname"][0].isupper() else None
        who = "narrator" if owner in ("my", "our") else "last" if oname is None else oname
        base = m.start("list")
        items = list(_ITEM_EN.finditer(m["list"]))
        plural = _PLURAL_REL.get(m["list"].split()[-1].lower()) if items else None
        named = _NAMED_LIST.match(text, m.end()) if plural else None
        if plural and named is not None:
            # "their sons Arslan, 12, and Bilal, 7": one relative per name, with the age
            out.extend(_named_children(text, m.end(), named, who, plural))
            continue
        for i, item in enumerate(items):
            age_text = item["age"].split("-")[0].strip().lower() if item["age"] else ""
            age = int(age_text) if age_text.isdigit() else _NUM_WORDS.get(age_text)
            span = Span(base + item.start(), base + item.end())
            rd = RelativeDraft(who, item["rel"].lower(), span, age)
            if i == len(items) - 1:
                after = _NAME_AFTER.match(text[m.end() : m.end() + 40])
                sep = text[m.end() : m.end() + 2]
                # "his elder brother Bahodir was sentenced": a lone name with no comma, before
                # a verb
                bare = (
                    after is not None
                    and sep.startswith((" ", "\t"))
                    and len(after["name"].split()) == 1
                    and _VERB_AFTER_EN.match(text, m.end() + after.end("name")) is not None
                )
                if (
                    after
                    and (sep.startswith(",") or bare)
                    and after["name"].split()[0] not in _STOP
                ):
                    start = m.end() + after.start("name")
                    # "my brother, Nurbek Tursunbai uulu,": the particle is the name's
                    rd.name = _with_particle(
                        NameMention(
                            Span(start, start + len(after["name"])), after["name"], after["name"]
                        ),
                        text,
                    )
                    if len(after["name"].split()) == 1:
                        # "My brother Erkin is 41" beside "Erkin Tursunniyaz": the full name;
                        # "my brother, Erkin," too where the text has named him in full
                        # before (a short reference, no introduction: "Testimony of …, sister
                        # of Erkin Tursunniyaz … my brother, Erkin,")
                        full = re.search(
                            rf"(?<![\w-]){re.escape(after['name'])}[ \t]+([{_UP}][{_LOW}]+)",
                            text if bare else text[: m.start()],
                        )
                        if full is not None and full[1] not in _STOP:
                            rd.name = replace(rd.name, normal=f"{after['name']} {full[1]}")
            out.append(rd)
    for m in _NAME_IS_KIN_EN.finditer(text):
        name = m["name"]
        if (
            not (m["rel"] or m["mod"])
            or (not m["verb"] and not m["rel"])
            or name in _STOP
            or name.casefold() in _STOP_FOLDED
            or (not m["rel"] and name.casefold() not in given_names())
            or any(r.name is not None and r.name.span.start == m.start("name") for r in out)
        ):
            continue
        mod = (m["mod"] or "").strip().lower()
        relation = " ".join(w for w in (mod, (m["rel"] or "child").lower()) if w)
        who = "narrator" if m["owner"].lower() in ("my", "our") else "last"
        mention = NameMention(Span(m.start("name"), m.end("name")), name, name)
        out.append(RelativeDraft(who, relation, Span(m.start(), m.end()), name=mention))
    for m in _KIN_CHAIN_EN.finditer(text):
        # "my wife's brother, Tilek, was taken": a relative's relative, named after it
        if any(r.name is not None and r.name.span.start == m.start("name") for r in out):
            continue
        name = m["name"]
        if name in _STOP or name.casefold() in _STOP_FOLDED:
            continue
        owner = m["owner"].lower()
        who = "narrator" if owner in ("my", "our") else "last"
        relation = f"{m['first'].lower()}'s {m['rel'].lower()}"
        mention = NameMention(Span(m.start("name"), m.end("name")), name, name)
        out.append(RelativeDraft(who, relation, Span(m.start(), m.end("rel")), name=mention))
    return out
