# ruff: noqa: E501 - the outlines are prose (Jinja text); wrapping every sentence hurts editing
"""Build the DOCX templates (docxtpl) from the outlines below, with python-docx.

The generated ``<jurisdiction>/<lang>/<name>.docx`` files are committed: they are the
templates, and a lawyer may open and edit them in Word (keep the ``{{ … }}`` and ``{%p … %}``
tags). Re-run this script only to regenerate them from scratch:

    .venv/bin/python src/panah/documents/templates/build_docx_templates.py

Jinja inside the templates calls the helpers of :mod:`panah.documents.docx_helpers` (``prov``,
``fact``, ``event_line``…), the same vocabulary as the Typst library, and reads the document
context (``person``, ``slots``, ``derived``…) described in :mod:`panah.documents.context`.

Outline blocks: ``("title", title, subtitle)``, ``("header", lines)``, ``("h1", text)``,
``("h2", text)``, ``("p", text)``, ``("ol", [items])`` (numbered, items may start with
``{%if …%}``-guarded text via ``("?", condition, text)``), ``("ul", [items])``,
``("events", list_expression, with_type)``, ``("if", condition, [blocks])``,
``("signature", role, name_expression)``, ``("annex", title)``, ``("small", text)``.
``**bold**`` marks bold runs. Every string is Jinja text.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
GREY = RGBColor(0x5A, 0x5A, 0x5A)
Block = tuple[Any, ...]

# ---------------------------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------------------------


def closing(lang: str, annex: bool = True) -> list[Block]:
    ru = lang == "ru"
    out: list[Block] = []
    if annex:
        title = (
            "Приложение: правовая оценка по состоянию на {{ as_of.text }}"
            if ru
            else "Annex: assessment by the rules engine, as of {{ as_of.text }}"
        )
        out.append(("annex", title))
    out += [("sources",), ("provisions",), ("trace",)]
    return out


def person_facts(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            ("p", "{{ identity() }}. Гражданство: {{ fact(person.facts.citizenship) }}."),
            ("p?", "person.facts.ethnicity", "Национальность: {{ fact(person.facts.ethnicity) }}."),
            ("p?", "person.facts.religion", "Вероисповедание: {{ fact(person.facts.religion) }}."),
            ("p?", "person.facts.origin", "Место происхождения: {{ fact(person.facts.origin) }}."),
            ("p?", "person.facts.age", "Возраст: {{ fact(person.facts.age) }}."),
        ]
    return [
        ("p", "{{ identity() }}. Citizenship: {{ fact(person.facts.citizenship) }}."),
        ("p?", "person.facts.ethnicity", "Ethnicity: {{ fact(person.facts.ethnicity) }}."),
        ("p?", "person.facts.religion", "Religion: {{ fact(person.facts.religion) }}."),
        ("p?", "person.facts.origin", "Origin: {{ fact(person.facts.origin) }}."),
        ("p?", "person.facts.age", "Age: {{ fact(person.facts.age) }}."),
    ]


def relatives(lang: str, where: str) -> Block:
    text = f"{where}: {{{{ person.relatives | map(attribute='display') | join('; ') }}}}."
    return ("p?", "person.relatives", text)


SOURCES_NOTE = {
    "en": "Each statement gives its sources in square brackets (listed at the end). Where the "
    "sources disagree, every version is given.",
    "ru": "У каждого утверждения в квадратных скобках указаны его источники (перечень — в конце). "
    "Если источники расходятся, приводятся все версии.",
}

# ---------------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------------


def chronology(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            (
                "title",
                "Хронология дела: {{ person.name }}",
                "{{ case.title }} — по состоянию на {{ as_of.text }}",
            ),
            (
                "small",
                "Подготовлено для правовой команды. У каждой записи в квадратных скобках "
                "указаны источники (перечень — в конце). Если источники расходятся, приводится каждое "
                "значение со своими источниками, а запись помечена «ОСПАРИВАЕТСЯ». Включено только то, "
                "что произошло до {{ as_of.text }} включительно.",
            ),
            ("h1", "Лицо"),
            *person_facts("ru"),
            relatives("ru", "Семья"),
            (
                "p?",
                "co_clients",
                "Те же события и производства касаются также: "
                "{{ co_clients | map(attribute='name') | join(', ') }}.",
            ),
            ("p?", "lawyer", "Представитель: {% if lawyer %}{{ lawyer.name }}{% endif %}."),
            ("h1", "Хронология"),
            ("timeline",),
            ("h1", "Расхождения между источниками"),
            ("conflicts",),
            ("h1", "Правовая оценка по состоянию на {{ as_of.text }}"),
            ("assessment",),
            *closing("ru", annex=False),
        ]
    return [
        (
            "title",
            "Case chronology: {{ person.name }}",
            "{{ case.title }} — as known on {{ as_of.text }}",
        ),
        (
            "small",
            "Prepared for the legal team. Every entry gives its sources in square brackets "
            "(listed at the end). Where sources disagree, each value is shown with its sources and "
            "the entry is marked DISPUTED. Only what had happened by {{ as_of.text }} is included.",
        ),
        ("h1", "The person"),
        *person_facts("en"),
        relatives("en", "Family"),
        (
            "p?",
            "co_clients",
            "Same events and proceedings as: "
            "{{ co_clients | map(attribute='name') | join(', ') }}.",
        ),
        ("p?", "lawyer", "Represented by {% if lawyer %}{{ lawyer.name }}{% endif %}."),
        ("h1", "Timeline"),
        ("timeline",),
        ("h1", "Where the sources disagree"),
        ("conflicts",),
        ("h1", "Assessment as of {{ as_of.text }}"),
        ("assessment",),
        *closing("en", annex=False),
    ]


def objection(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            (
                "header",
                [
                    "Кому: **{{ addressee.name }}**",
                    "От кого: {{ lawyer.name }}, защитник ({{ person.name }})",
                    "{% if addressee.proceeding %}По делу: {{ addressee.proceeding.kind_label }}"
                    "{% if addressee.proceeding.number %} № {{ addressee.proceeding.number }}{% endif %}"
                    "{% endif %}",
                ],
            ),
            (
                "title",
                "Возражение",
                "против уголовного преследования за незаконное пересечение Государственной границы",
            ),
            (
                "p",
                "Я осуществляю защиту по делу в отношении: {{ identity() }}. Гражданство: "
                "{{ person.country.name }}. В отношении подзащитного ведётся уголовное преследование "
                "по {{ prov('kz/criminal-code-2014/art-392/part-1') }} за пересечение Государственной "
                "границы Республики Казахстан вне пункта пропуска. Такое преследование недопустимо в "
                "силу {{ prov('intl/refugee-convention-1951/art-31/para-1') }}, которая в соответствии "
                "с {{ prov('kz/criminal-code-2014/art-1/part-3') }} имеет приоритет перед Уголовным "
                "кодексом; выдворение же, предусмотренное санкцией ч. 1 ст. 392, нарушило бы "
                "{{ prov('intl/cat-1984/art-3') }}.",
            ),
            ("h1", "Обстоятельства дела"),
            ("p", SOURCES_NOTE["ru"]),
            ("h2", "Преследование в стране гражданства ({{ person.country.name }})"),
            ("events", "persecution", True),
            relatives("ru", "Там остаются члены семьи"),
            ("h2", "Бегство, въезд, явка к властям и ходатайство об убежище"),
            ("events", "entry", True),
            (
                "p",
                "Между въездом в Казахстан и явкой к властям прошло "
                "{{ derived.gap_crossing_presentation.display }}.",
            ),
            (
                "p?",
                "derived.gap_crossing_presentation.disputed",
                "Источники расходятся в дате "
                "въезда; приведены оба срока, и изложенные ниже доводы справедливы для каждого из них.",
            ),
            ("h1", "Правовое обоснование"),
            ("h2", "Статья 31 Конвенции о статусе беженцев исключает уголовное преследование"),
            (
                "ol",
                [
                    "Республика Казахстан присоединилась к Конвенции 1951 года и Протоколу 1967 года в "
                    "1999 году. {{ Prov('intl/refugee-convention-1951/art-31/para-1') }} запрещает "
                    "налагать взыскания за незаконный въезд или незаконное пребывание на беженцев, "
                    "которые, прибыв непосредственно с территории, где их жизни или свободе угрожала "
                    "опасность, въезжают или находятся на территории государства без разрешения, при "
                    "условии что они без промедления явятся к властям и представят удовлетворительные "
                    "объяснения своего незаконного въезда или пребывания.",
                    "Эта защита не зависит от признания статуса. Признание статуса беженца носит "
                    "декларативный характер, поэтому статья 31 защищает и лиц, ищущих убежища, чьи "
                    "ходатайства не рассмотрены. Обвинительный приговор и наказание по ч. 1 ст. 392 УК "
                    "являются «взысканием» в смысле статьи 31.",
                    "**Прибытие непосредственно.** {{ g('Подзащитный пересёк', 'Подзащитная пересекла') }}"
                    " границу из страны преследования прямо в Казахстан: "
                    "{{ event_line(slots.crossing, True) }}",
                    "**Без промедления.** Конвенция не устанавливает срок в днях; явка «без промедления» "
                    "— вопрос факта и степени, который решается с учётом обстоятельств ({{ provs(["
                    "'intl/unhcr-guidance/summary-conclusions-art-31-2001', "
                    "'intl/unhcr-guidance/gip-14-2024']) }}). В данном случае прошло "
                    "{{ derived.gap_crossing_presentation.display }}.{% if "
                    "derived.between_crossing_presentation %} Что происходило в это время, изложено "
                    "выше: {{ and_list(derived.between_crossing_presentation | map(attribute='text')) }}."
                    "{% endif %} Такой срок при таких обстоятельствах означает явку без промедления.",
                    "**Уважительные причины.** Изложенное преследование и страх вернуться к нему "
                    "являются уважительной причиной пересечения границы вне пункта пропуска.",
                ],
            ),
            ("h2", "Международный договор имеет приоритет перед Уголовным кодексом"),
            (
                "ol",
                [
                    "Согласно {{ prov('kz/criminal-code-2014/art-1/part-3') }} ратифицированные "
                    "Республикой Казахстан международные договоры имеют приоритет перед Кодексом и "
                    "применяются непосредственно. {{ Prov('kz/law-on-refugees-2009/art-20/indent-2') }} "
                    "устанавливает то же для беженцев и лиц, ищущих убежища. Статья 31 Конвенции — "
                    "именно такой случай.",
                    "Следовательно, суд обязан применить п. 1 ст. 31 Конвенции и не вправе назначать "
                    "наказание за пересечение границы.",
                ],
            ),
            ("h2", "Недопустимость выдворения: Конвенция против пыток"),
            (
                "p",
                "Санкция ч. 1 ст. 392 УК предусматривает выдворение иностранца. Выдворение "
                "подзащитного в страну гражданства нарушило бы {{ prov('intl/cat-1984/art-3') }} и "
                "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}. Изложенная история "
                "задержаний и жестокого обращения даёт серьёзные основания полагать, что ему будет "
                "угрожать опасность пыток. Запрет статьи 3 не знает исключений.",
            ),
            ("h2", "Содержание под стражей"),
            (
                "p",
                "Задержание лица, ищущего убежища, за незаконный въезд допустимо лишь в "
                "исключительных случаях — если оно законно, необходимо и соразмерно и основано на "
                "индивидуальной оценке ({{ provs(['intl/iccpr-1966/art-9', "
                "'intl/unhcr-detention-guidelines/guideline-2', "
                "'intl/unhcr-detention-guidelines/guideline-4']) }}).",
            ),
            ("h1", "Просительная часть"),
            ("p", "На основании изложенного прошу:"),
            (
                "ol",
                [
                    "прекратить уголовное преследование подзащитного ({{ person.name }}) по ч. 1 "
                    "ст. 392 УК РК как недопустимое в силу п. 1 ст. 31 Конвенции о статусе беженцев, "
                    "применяемого на основании ч. 3 ст. 1 УК РК;",
                    "в качестве альтернативы — не назначать наказание и ни в коем случае не применять "
                    "выдворение;",
                    ("?", "slots.detention", "освободить подзащитного из-под стражи;"),
                    "уведомить орган, рассматривающий ходатайство о присвоении статуса беженца, о "
                    "настоящем возражении.",
                ],
            ),
            ("signature", "Защитник", None),
            *closing("ru"),
        ]
    return [
        (
            "header",
            [
                "To: **{{ addressee.name }}**",
                "From: {{ lawyer.name }}, counsel for {{ person.name }}",
                "{% if addressee.proceeding %}{{ addressee.proceeding.title }}"
                "{% if addressee.proceeding.number %}, No. {{ addressee.proceeding.number }}{% endif %}"
                "{% endif %}",
            ],
        ),
        (
            "title",
            "Objection",
            "to the criminal prosecution of {{ person.name }} for illegal crossing of the State border",
        ),
        (
            "p",
            "I act for {{ identity() }}, a citizen of {{ person.country.name }}. {{ person.name }} "
            "is prosecuted under {{ prov('kz/criminal-code-2014/art-392/part-1') }} for crossing the "
            "State border of Kazakhstan outside a checkpoint. That prosecution is barred by "
            "{{ prov('intl/refugee-convention-1951/art-31/para-1') }}, which Kazakhstan must apply in "
            "preference to the Criminal Code ({{ prov('kz/criminal-code-2014/art-1/part-3') }}), and "
            "any expulsion that the sanction of article 392(1) provides for would breach "
            "{{ prov('intl/cat-1984/art-3') }}.",
        ),
        ("h1", "The facts"),
        ("p", SOURCES_NOTE["en"]),
        ("h2", "Persecution in {{ person.country.name }}"),
        ("events", "persecution", False),
        relatives("en", "Family members remaining there"),
        ("h2", "Flight, entry, presentation to the authorities and asylum"),
        ("events", "entry", False),
        (
            "p",
            "The time between the entry into Kazakhstan and the presentation to the authorities "
            "was {{ derived.gap_crossing_presentation.display }}.",
        ),
        (
            "p?",
            "derived.gap_crossing_presentation.disputed",
            "The sources disagree on the date of "
            "entry; both periods are set out, and the argument below holds for each of them.",
        ),
        ("h1", "The law"),
        ("h2", "Article 31(1) of the Refugee Convention bars the prosecution"),
        (
            "ol",
            [
                "Kazakhstan acceded to the 1951 Convention and its 1967 Protocol in 1999. "
                "{{ prov('intl/refugee-convention-1951/art-31/para-1') }} forbids penalties, on account "
                "of their illegal entry or presence, on refugees who, coming directly from a territory "
                "where their life or freedom was threatened, enter or are present without "
                "authorisation, provided they present themselves without delay to the authorities and "
                "show good cause for their illegal entry or presence.",
                "The protection does not wait for recognition. Refugee status is declaratory, and "
                "article 31 therefore protects asylum seekers whose applications are pending. A "
                'criminal conviction and a sentence under article 392(1) are "penalties" in the '
                "sense of article 31.",
                "**Coming directly.** {{ person.name }} crossed from {{ person.country.name }}, the "
                "country of persecution, into Kazakhstan: {{ event_line(slots.crossing) }}",
                "**Without delay.** The Convention sets no number of days; whether a person presented "
                "without delay is a question of fact and degree, to be judged in the light of the "
                "circumstances ({{ provs(['intl/unhcr-guidance/summary-conclusions-art-31-2001', "
                "'intl/unhcr-guidance/gip-14-2024']) }}). Here the period was "
                "{{ derived.gap_crossing_presentation.display }}.{% if "
                "derived.between_crossing_presentation %} What happened in that time is set out "
                "above: {{ and_list(derived.between_crossing_presentation | map(attribute='text')) }}."
                "{% endif %} A period of this length, spent in this way, is presentation without "
                "delay.",
                "**Good cause.** The persecution set out above, and the fear of being returned to it, "
                "is good cause for crossing outside a checkpoint.",
            ],
        ),
        ("h2", "The treaty prevails over the Criminal Code"),
        (
            "ol",
            [
                "Under {{ prov('kz/criminal-code-2014/art-1/part-3') }} international treaties "
                "ratified by Kazakhstan take priority over the Code and apply directly. "
                "{{ prov('kz/law-on-refugees-2009/art-20/indent-2') }} says the same for refugees and asylum "
                "seekers. Article 31 is such a provision.",
                "The court must therefore apply article 31(1) and may not impose a penalty for the "
                "crossing.",
            ],
        ),
        ("h2", "No expulsion: the Convention against Torture"),
        (
            "p",
            "The sanction of article 392(1) includes expulsion of a foreign national. Expulsion "
            "of {{ person.name }} to {{ person.country.name }} would breach "
            "{{ prov('intl/cat-1984/art-3') }} and "
            "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}. The history of detention and "
            "ill-treatment set out above gives substantial grounds for believing that there is a "
            "danger of torture. The prohibition in article 3 admits no exception.",
        ),
        ("h2", "Detention"),
        (
            "p",
            "Detention of an asylum seeker for irregular entry must be exceptional, lawful, "
            "necessary and proportionate, and decided on an individual assessment "
            "({{ provs(['intl/iccpr-1966/art-9', 'intl/unhcr-detention-guidelines/guideline-2', "
            "'intl/unhcr-detention-guidelines/guideline-4']) }}).",
        ),
        ("h1", "Requests"),
        ("p", "For these reasons I ask the court:"),
        (
            "ol",
            [
                "to terminate the criminal proceedings against {{ person.name }} under article 392(1), "
                "as barred by article 31(1) of the Refugee Convention applied through article 1(3) of "
                "the Criminal Code;",
                "in the alternative, to impose no penalty and in any event not to order expulsion;",
                ("?", "slots.detention", "to release {{ person.name }} from custody;"),
                "to inform the authority examining the asylum application of this objection.",
            ],
        ),
        ("signature", "Counsel for {{ person.name }}", None),
        *closing("en"),
    ]


def non_refoulement(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            (
                "header",
                [
                    "Кому: **{{ addressee.name }}**",
                    "От кого: {{ lawyer.name }}, представитель ({{ person.name }})",
                    "Относительно: предполагаемая высылка или передача; государство гражданства: "
                    "{{ person.country.name }}",
                ],
            ),
            (
                "title",
                "Заявление",
                "о недопустимости высылки, передачи или возвращения в "
                "государство гражданства (принцип невыдворения)",
            ),
            (
                "p",
                "Я представляю интересы: {{ identity() }}. Заявитель не может быть выслан, "
                "передан или иным образом возвращён в государство гражданства "
                "({{ person.country.name }}). Такое возвращение нарушило бы "
                "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}, "
                "{{ prov('intl/cat-1984/art-3') }}, {{ prov('intl/iccpr-1966/art-7') }} и "
                "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }}. Исключения здесь неприменимы.",
            ),
            ("h1", "Обстоятельства дела"),
            ("p", SOURCES_NOTE["ru"]),
            ("h2", "Заявитель"),
            *person_facts("ru"),
            ("h2", "Преследование в государстве гражданства"),
            ("events", "persecution", True),
            relatives("ru", "В государстве гражданства остаются члены семьи"),
            ("h2", "Бегство и ходатайство об убежище"),
            ("events", "entry", True),
            ("h2", "Угроза возвращения"),
            ("events", "threats", True),
            ("h1", "Правовое обоснование"),
            ("h2", "Пункт 1 статьи 33 Конвенции о статусе беженцев и Закон «О беженцах»"),
            (
                "ol",
                [
                    "{{ Prov('intl/refugee-convention-1951/art-33/para-1') }} запрещает высылать или "
                    "возвращать беженцев «каким бы то ни было образом» на границу страны, где их жизни "
                    "или свободе угрожает опасность вследствие их расы, религии, гражданства, "
                    "принадлежности к определённой социальной группе или политических убеждений.",
                    "Запрет защищает и лиц, ищущих убежища, поскольку признание статуса беженца носит "
                    "декларативный характер.{% if slots.asylum_application %} "
                    "{{ g('Заявитель обратился', 'Заявительница обратилась') }} за убежищем: "
                    "{{ event_line(slots.asylum_application, True) }}{% endif %}",
                    "Казахстанский закон устанавливает тот же запрет без исключений: "
                    "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }}; "
                    "{{ prov('kz/law-on-refugees-2009/art-8/para-1') }} даёт лицу, ищущему убежища, "
                    "право находиться в Республике Казахстан до окончания процедуры, включая сроки "
                    "обжалования.",
                ],
            ),
            ("h2", "Исключения пункта 2 статьи 33 неприменимы"),
            (
                "p",
                "{{ Prov('intl/refugee-convention-1951/art-33/para-2') }} допускает возвращение "
                "лишь беженца, который рассматривается как угроза безопасности страны либо, будучи "
                "осуждён вступившим в силу приговором за особо тяжкое преступление, представляет "
                "общественную угрозу. В материалах дела нет ничего подобного; незаконное пересечение "
                "границы с целью получить защиту не является особо тяжким преступлением.",
            ),
            ("h2", "Абсолютные запреты: Конвенция против пыток и Международный пакт"),
            (
                "p",
                "{{ Prov('intl/cat-1984/art-3') }} запрещает высылать, возвращать или выдавать "
                "лицо другому государству, если существуют серьёзные основания полагать, что ему "
                "будет угрожать там опасность подвергнуться пыткам; передача на границе является "
                "«депортацией» в смысле статьи 3 "
                "({{ prov('intl/cat-general-comment-4-2017/deportation-scope') }}). То же следует из "
                "{{ prov('intl/iccpr-1966/art-6') }} и {{ prov('intl/iccpr-1966/art-7') }} "
                "({{ prov('intl/hrc-general-comment-31-2004/para-12') }}). Основания здесь носят "
                "личный характер: {{ and_list(type_labels(persecution)) }}."
                "{% if avail('intl/un-positions/hrc-concluding-observations-kaz-2011') %} Комитет по "
                "правам человека выражал обеспокоенность тем, что лица, ищущие убежища, из Китая не "
                "пользуются в Казахстане защитой от принудительного возвращения "
                "({{ prov('intl/un-positions/hrc-concluding-observations-kaz-2011') }}).{% endif %}"
                "{% if avail('intl/un-positions/ohchr-xinjiang-assessment-2022') %} УВКПЧ ООН "
                "рекомендовало государствам воздерживаться от возвращения в Китай уйгуров и "
                "представителей других преимущественно мусульманских меньшинств, которым грозит "
                "опасность ({{ prov('intl/un-positions/ohchr-xinjiang-assessment-2022') }})."
                "{% endif %}",
            ),
            ("h2", "Пограничное соглашение не допускает передачи"),
            (
                "p",
                "{{ Prov('kz/kz-cn-border-agreement-2006/art-32') }} предусматривает "
                "передачу нарушителей границы в течение семи дней с момента задержания."
                "{% if slots.detention %} {{ g('Заявитель был задержан', 'Заявительница была "
                "задержана') }}: {{ event_line(slots.detention, True) }}"
                "{% if derived.days_since_detention %} Ко дню подачи заявления прошло "
                "{{ derived.days_since_detention.text }} — намного больше семи.{% endif %}{% endif %}"
                " Соглашение не затрагивает обязательств Сторон по другим договорам "
                "({{ prov('kz/kz-cn-border-agreement-2006/art-50') }}, "
                "{{ prov('kz/kz-cn-border-agreement-2006/art-33/para-1') }}). По позиции УВКБ ООН "
                "запрет принудительного возвращения имеет приоритет перед соглашениями о выдаче и "
                "передаче ({{ prov('intl/un-positions/unhcr-non-refoulement-over-extradition') }}). "
                "Если выдворение рассматривается как уголовное наказание, договоры имеют приоритет "
                "перед Уголовным кодексом ({{ prov('kz/criminal-code-2014/art-1/part-3') }}).",
            ),
            ("h1", "Просительная часть"),
            ("p", "На основании изложенного прошу:"),
            (
                "ol",
                [
                    "не высылать, не передавать, не выдавать и иным образом не возвращать заявителя "
                    "({{ person.name }}) в государство гражданства;",
                    "письменно подтвердить это представителю заявителя;",
                    "обеспечить заявителю возможность находиться в Республике Казахстан до окончания "
                    "процедуры по ходатайству о статусе беженца, включая обжалование.",
                ],
            ),
            ("signature", "Представитель заявителя", None),
            *closing("ru"),
        ]
    return [
        (
            "header",
            [
                "To: **{{ addressee.name }}**",
                "From: {{ lawyer.name }}, counsel for {{ person.name }}",
                "Re: the proposed expulsion or hand-over of {{ person.name }} to "
                "{{ person.country.name }}",
            ],
        ),
        (
            "title",
            "Submission on non-refoulement",
            "against the expulsion, hand-over or return of {{ person.name }} to "
            "{{ person.country.name }}",
        ),
        (
            "p",
            "I act for {{ identity() }}. {{ person.name }} must not be expelled, handed over or "
            "otherwise returned to {{ person.country.name }}. Such a removal would breach "
            "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}, "
            "{{ prov('intl/cat-1984/art-3') }}, {{ prov('intl/iccpr-1966/art-7') }} and "
            "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }}. No exception applies.",
        ),
        ("h1", "The facts"),
        ("p", SOURCES_NOTE["en"]),
        ("h2", "The person"),
        *person_facts("en"),
        ("h2", "Persecution in {{ person.country.name }}"),
        ("events", "persecution", False),
        relatives("en", "Family members remaining in {{ person.country.name }}"),
        ("h2", "Flight and asylum"),
        ("events", "entry", False),
        ("h2", "The threat of removal"),
        ("events", "threats", False),
        ("h1", "The law"),
        ("h2", "Article 33(1) of the Refugee Convention and the Law On Refugees"),
        (
            "ol",
            [
                "{{ prov('intl/refugee-convention-1951/art-33/para-1') }} forbids expelling or "
                'returning a refugee "in any manner whatsoever" to the frontiers of territories '
                "where his or her life or freedom would be threatened on account of race, religion, "
                "nationality, membership of a particular social group or political opinion.",
                "The prohibition protects asylum seekers whose claims have not been finally decided, "
                "because the recognition of refugee status is declaratory.{% if "
                "slots.asylum_application %} {{ person.name }} sought asylum: "
                "{{ event_line(slots.asylum_application) }}{% endif %}",
                "Kazakh law says the same and lists no exception: "
                "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }}; "
                "{{ prov('kz/law-on-refugees-2009/art-8/para-1') }} entitles an asylum seeker to "
                "remain in Kazakhstan until the procedure has ended, appeal periods included.",
            ],
        ),
        ("h2", "No exception under article 33(2)"),
        (
            "p",
            "{{ prov('intl/refugee-convention-1951/art-33/para-2') }} allows the return only of "
            "a refugee whom there are reasonable grounds for regarding as a danger to the security "
            "of the country, or who, having been convicted by a final judgment of a particularly "
            "serious crime, is a danger to the community. Nothing in the case file suggests either; "
            "crossing the border irregularly to seek protection is not a particularly serious "
            "crime.",
        ),
        ("h2", "The absolute prohibitions: Convention against Torture and ICCPR"),
        (
            "p",
            "{{ prov('intl/cat-1984/art-3') }} forbids expelling, returning or extraditing a "
            "person to a State where there are substantial grounds for believing that he or she "
            "would be in danger of being subjected to torture; a hand-over at the border is a "
            '"deportation" within the meaning of article 3 '
            "({{ prov('intl/cat-general-comment-4-2017/deportation-scope') }}). The same follows "
            "from {{ prov('intl/iccpr-1966/art-6') }} and {{ prov('intl/iccpr-1966/art-7') }} "
            "({{ prov('intl/hrc-general-comment-31-2004/para-12') }}). The grounds here are "
            "personal: {{ and_list(type_labels(persecution)) }}."
            "{% if avail('intl/un-positions/hrc-concluding-observations-kaz-2011') %} The Human "
            "Rights Committee has expressed concern that asylum seekers from China lacked "
            "protection against refoulement in Kazakhstan "
            "({{ prov('intl/un-positions/hrc-concluding-observations-kaz-2011') }}).{% endif %}"
            "{% if avail('intl/un-positions/ohchr-xinjiang-assessment-2022') %} OHCHR has "
            "recommended that States refrain from returning members of Uyghur and other "
            "predominantly Muslim minorities at risk of refoulement to China "
            "({{ prov('intl/un-positions/ohchr-xinjiang-assessment-2022') }}).{% endif %}",
        ),
        ("h2", "The border agreement does not authorise a hand-over"),
        (
            "p",
            "{{ prov('kz/kz-cn-border-agreement-2006/art-32') }} provides for handing "
            "border violators over within seven days of their detention.{% if slots.detention %} "
            "{{ person.name }} was detained: {{ event_line(slots.detention) }}{% if "
            "derived.days_since_detention %} By the date of this submission "
            "{{ derived.days_since_detention.text }} had passed since the detention, far more than "
            "seven.{% endif %}{% endif %} The agreement leaves the Parties' obligations under other "
            "treaties untouched ({{ prov('kz/kz-cn-border-agreement-2006/art-50') }}; "
            "{{ prov('kz/kz-cn-border-agreement-2006/art-33/para-1') }}). UNHCR's position is that "
            "non-refoulement prevails over extradition and hand-over agreements "
            "({{ prov('intl/un-positions/unhcr-non-refoulement-over-extradition') }}). Where "
            "expulsion is sought as a criminal penalty, the treaties prevail over the Code "
            "({{ prov('kz/criminal-code-2014/art-1/part-3') }}).",
        ),
        ("h1", "Requests"),
        ("p", "I therefore ask:"),
        (
            "ol",
            [
                "that {{ person.name }} not be expelled, handed over, extradited or otherwise "
                "returned to {{ person.country.name }};",
                "that this be confirmed in writing to counsel;",
                "that {{ person.name }} be allowed to remain in Kazakhstan until the asylum "
                "procedure, appeals included, has ended.",
            ],
        ),
        ("signature", "Counsel for {{ person.name }}", None),
        *closing("en"),
    ]


def cat_complaint(lang: str) -> list[Block]:
    domestic = "proceedings | rejectattr('kind', 'in', ['un_treaty_body', 'un_special_procedure'])"
    if lang == "ru":
        return [
            (
                "header",
                [
                    "Кому: **Комитет против пыток**",
                    "Секция по петициям и срочным мерам, УВКПЧ ООН, Отделение ООН в Женеве, "
                    "1211 Geneva 10, Switzerland",
                    "От кого: {{ lawyer.name }}, представитель заявителя",
                ],
            ),
            (
                "title",
                "Жалоба по статье 22 Конвенции против пыток",
                "с просьбой о временных мерах в соответствии с правилом 114 правил процедуры "
                "Комитета — {{ person.name }} против государства-участника: {{ state.name }}",
            ),
            ("h1", "I. Просьба о временных мерах"),
            (
                "p",
                "Заявитель просит Комитет через его Докладчика по новым жалобам и временным "
                "мерам обратиться к государству-участнику с просьбой не высылать, не передавать и "
                "иным образом не возвращать заявителя в государство гражданства "
                "({{ person.country.name }}), пока жалоба находится на рассмотрении "
                "({{ prov('intl/cat-rules-of-procedure/rule-114') }}). Угроза возвращения реальна и "
                "неминуема:",
            ),
            ("events", "threats", True),
            ("h1", "II. Заявитель"),
            *person_facts("ru"),
            (
                "p",
                "Интересы заявителя представляет {{ lawyer.name }}; доверенность прилагается "
                "(приложение 1).",
            ),
            ("h1", "III. Государство-участник"),
            (
                "p",
                "Государство-участник: {{ state.name }}. Компетенция Комитета признана в "
                "соответствии с {{ prov('intl/cat-1984/art-22') }}{% if state.code == 'KZ' %} "
                "(заявление сделано в 2008 году){% endif %}.",
            ),
            ("h1", "IV. Обстоятельства дела"),
            ("p", SOURCES_NOTE["ru"]),
            ("h2", "Преследование в государстве гражданства"),
            ("events", "persecution", True),
            relatives("ru", "В государстве гражданства остаются члены семьи"),
            ("h2", "Бегство, въезд и ходатайство об убежище"),
            ("events", "entry", True),
            ("h1", "V. Приемлемость"),
            (
                "ol",
                [
                    "**Компетенция.** Государство-участник сделало заявление по п. 1 ст. 22; "
                    "обжалуемые события произошли после этого.",
                    "**Отсутствие другой международной процедуры** "
                    "({{ prov('intl/cat-1984/art-22/para-5') }}, подп. а). В материалах дела нет "
                    "сведений о рассмотрении того же вопроса в рамках другой процедуры международного "
                    "разбирательства или урегулирования.",
                    "**Внутренние средства правовой защиты** "
                    "({{ prov('intl/cat-1984/art-22/para-5') }}, подп. b). Внутригосударственные "
                    f"производства: {{{{ {domestic} | map(attribute='kind_label') | join('; ') }}}}. "
                    "Ни одно из них не может остановить передачу по пограничному соглашению или "
                    "выдворение; средство, не способное предотвратить непоправимый вред, не является "
                    "эффективным.",
                ],
            ),
            ("h1", "VI. Существо жалобы: статья 3"),
            (
                "p",
                "{{ Prov('intl/cat-1984/art-3') }} запрещает возвращать лицо в государство, "
                "если существуют серьёзные основания полагать, что ему будет угрожать там опасность "
                "подвергнуться пыткам; запрет абсолютен и охватывает передачу на границе "
                "({{ prov('intl/cat-general-comment-4-2017/deportation-scope') }}). Личная опасность: "
                "{{ and_list(type_labels(persecution)) }}. Комитет уже рассматривал дела об удалении "
                "лиц из Казахстана ({{ prov('intl/un-positions/cat-kazakhstan-precedents') }})"
                "{% if avail('intl/un-positions/hrc-concluding-observations-kaz-2011') %}; см. также "
                "{{ prov('intl/un-positions/hrc-concluding-observations-kaz-2011') }}{% endif %}"
                "{% if avail('intl/un-positions/ohchr-xinjiang-assessment-2022') %}; "
                "{{ prov('intl/un-positions/ohchr-xinjiang-assessment-2022') }}{% endif %}. То же "
                "удаление нарушило бы {{ prov('intl/refugee-convention-1951/art-33/para-1') }}; "
                "обязательство о передаче "
                "({{ prov('kz/kz-cn-border-agreement-2006/art-32') }}) не может иметь "
                "приоритет перед статьёй 3.",
            ),
            ("h1", "VII. Просьбы"),
            (
                "ol",
                [
                    "обратиться к государству-участнику в соответствии с правилом 114 с просьбой не "
                    "возвращать заявителя, пока жалоба находится на рассмотрении;",
                    "признать, что возвращение заявителя нарушило бы статью 3 Конвенции;",
                    "предложить государству-участнику воздержаться от возвращения заявителя.",
                ],
            ),
            ("signature", "Представитель заявителя", None),
            (
                "p",
                "**Приложения:** 1. Доверенность. 2. Копии источников. 3. Документы "
                "внутригосударственных производств.",
            ),
            *closing("ru"),
        ]
    return [
        (
            "header",
            [
                "To: **Committee against Torture**",
                "c/o Petitions and Urgent Actions Section, OHCHR, United Nations Office at Geneva, "
                "1211 Geneva 10, Switzerland",
                "From: {{ lawyer.name }}, counsel for the complainant",
            ],
        ),
        (
            "title",
            "Complaint under article 22 of the Convention against Torture",
            "with a request for interim measures under rule 114 of the Committee's rules of "
            "procedure — {{ person.name }} v. {{ state.name }}",
        ),
        ("h1", "I. Request for interim measures"),
        (
            "p",
            "The complainant asks the Committee, acting through its Rapporteur on new "
            "complaints and interim measures, to request {{ state.name }} not to expel, hand over or "
            "otherwise return {{ person.name }} to {{ person.country.name }} while this complaint is "
            "under consideration ({{ prov('intl/cat-rules-of-procedure/rule-114') }}). The risk of "
            "removal is real and imminent:",
        ),
        ("events", "threats", False),
        ("h1", "II. The complainant"),
        *person_facts("en"),
        (
            "p",
            "The complainant is represented by {{ lawyer.name }}; a signed authority to act is "
            "enclosed (annex 1).",
        ),
        ("h1", "III. The State party"),
        (
            "p",
            "State party: {{ state.name }}. It has recognised the Committee's competence under "
            "{{ prov('intl/cat-1984/art-22') }}{% if state.code == 'KZ' %} (declaration made in "
            "2008){% endif %}.",
        ),
        ("h1", "IV. The facts"),
        ("p", SOURCES_NOTE["en"]),
        ("h2", "Persecution in {{ person.country.name }}"),
        ("events", "persecution", False),
        relatives("en", "Family members remaining in {{ person.country.name }}"),
        ("h2", "Flight, entry and asylum"),
        ("events", "entry", False),
        ("h1", "V. Admissibility"),
        (
            "ol",
            [
                "**Competence.** The State party has made the declaration under article 22(1); the "
                "events complained of occurred after it.",
                "**No other international procedure** ({{ prov('intl/cat-1984/art-22/para-5') }}, "
                "(a)). The case file records no examination of the same matter under another "
                "procedure of international investigation or settlement.",
                "**Domestic remedies** ({{ prov('intl/cat-1984/art-22/para-5') }}, (b)). The domestic "
                f"proceedings are: {{{{ {domestic} | map(attribute='title') | join('; ') }}}}. None of "
                "them can stop a hand-over under a border agreement or an expulsion; a remedy that "
                "cannot prevent irreparable harm is not an effective remedy that must be exhausted.",
            ],
        ),
        ("h1", "VI. The merits: article 3"),
        (
            "p",
            "{{ prov('intl/cat-1984/art-3') }} forbids returning a person to a State where "
            "there are substantial grounds for believing that he or she would be in danger of being "
            "subjected to torture; the prohibition is absolute and covers hand-over at the border "
            "({{ prov('intl/cat-general-comment-4-2017/deportation-scope') }}). Personal risk: "
            "{{ and_list(type_labels(persecution)) }}. The Committee has examined removals from "
            "Kazakhstan under article 3 before "
            "({{ prov('intl/un-positions/cat-kazakhstan-precedents') }})"
            "{% if avail('intl/un-positions/hrc-concluding-observations-kaz-2011') %}; see also "
            "{{ prov('intl/un-positions/hrc-concluding-observations-kaz-2011') }}{% endif %}"
            "{% if avail('intl/un-positions/ohchr-xinjiang-assessment-2022') %}; "
            "{{ prov('intl/un-positions/ohchr-xinjiang-assessment-2022') }}{% endif %}. The same "
            "removal would breach {{ prov('intl/refugee-convention-1951/art-33/para-1') }}; a "
            "bilateral hand-over obligation "
            "({{ prov('kz/kz-cn-border-agreement-2006/art-32') }}) cannot override "
            "article 3.",
        ),
        ("h1", "VII. Requests"),
        (
            "ol",
            [
                "to request {{ state.name }}, under rule 114, not to remove the complainant while the "
                "complaint is under consideration;",
                "to find that the removal of the complainant to {{ person.country.name }} would "
                "violate article 3 of the Convention;",
                "to request {{ state.name }} to refrain from removing the complainant.",
            ],
        ),
        ("signature", "Counsel for the complainant", None),
        (
            "p",
            "**Annexes:** 1. Authority to act. 2. Copies of the sources. 3. Documents of the "
            "domestic proceedings.",
        ),
        *closing("en"),
    ]


def urgent_appeal(lang: str) -> list[Block]:
    domestic = "proceedings | rejectattr('kind', 'in', ['un_treaty_body', 'un_special_procedure'])"
    if lang == "ru":
        return [
            (
                "header",
                [
                    "Кому: **Специальный докладчик по вопросу о пытках и других жестоких, "
                    "бесчеловечных или унижающих достоинство видах обращения и наказания**",
                    "Сектор специальных процедур УВКПЧ ООН, Женева; urgent-action@ohchr.org",
                    "От кого: {{ lawyer.name }}, представитель ({{ person.name }})",
                ],
            ),
            (
                "title",
                "Срочное обращение",
                "о неминуемой опасности возвращения к пыткам: {{ person.name }}",
            ),
            ("h1", "1. Краткое изложение"),
            (
                "p",
                "{{ person.name }} (гражданство: {{ person.country.name }}) находится на "
                "территории государства пребывания ({{ state.name }}) и подвергается неминуемой "
                "опасности возвращения в государство гражданства, где {{ g('уже подвергался', "
                "'уже подвергалась') }} следующему: {{ and_list(type_labels(persecution)) }}. Прошу "
                "Специального докладчика направить Правительству призыв к незамедлительным действиям "
                "({{ prov('intl/un-special-procedures/urgent-appeal') }}).",
            ),
            ("h1", "2. Лицо, находящееся в опасности"),
            *person_facts("ru"),
            relatives("ru", "Члены семьи в государстве гражданства (имена не указываются)"),
            ("h1", "3. Неминуемая опасность"),
            ("events", "threats", True),
            ("h1", "4. Обстоятельства"),
            ("p", SOURCES_NOTE["ru"]),
            ("events", "persecution", True),
            ("events", "entry", True),
            ("h1", "5. Меры, принятые в государстве пребывания"),
            (
                "p",
                f"{{{{ {domestic} | map(attribute='kind_label') | join('; ') }}}}. Сообщения "
                "могут направляться независимо от исчерпания внутренних средств защиты "
                "({{ prov('intl/un-special-procedures/communications') }}).",
            ),
            ("h1", "6. Право"),
            (
                "p",
                "Возвращение заявителя нарушило бы {{ prov('intl/cat-1984/art-3') }}, "
                "{{ prov('intl/iccpr-1966/art-7') }} и "
                "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}. Запрет возвращения к "
                "пыткам не знает исключений.",
            ),
            ("h1", "7. Просьба"),
            ("p", "Прошу Специального докладчика призвать Правительство:"),
            (
                "ol",
                [
                    "не передавать, не выдворять и иным образом не возвращать заявителя в государство "
                    "гражданства;",
                    "обеспечить физическую и психическую неприкосновенность заявителя;",
                    "обеспечить реальный доступ к процедуре предоставления убежища и к защитнику;",
                    "сообщить Специальному докладчику о принятых мерах.",
                ],
            ),
            ("h1", "8. Согласие и конфиденциальность"),
            (
                "p",
                "Обращение направляется представителем, действующим в интересах заявителя. "
                "Сведения о членах семьи должны оставаться конфиденциальными.",
            ),
            ("signature", "Представитель заявителя", None),
            *closing("ru"),
        ]
    return [
        (
            "header",
            [
                "To: **Special Rapporteur on torture and other cruel, inhuman or degrading treatment "
                "or punishment**",
                "Special Procedures Branch, OHCHR, Geneva; urgent-action@ohchr.org",
                "From: {{ lawyer.name }}, counsel for {{ person.name }}",
            ],
        ),
        (
            "title",
            "Urgent appeal",
            "imminent risk of return to torture: {{ person.name }}, from {{ state.name }} to "
            "{{ person.country.name }}",
        ),
        ("h1", "1. Summary"),
        (
            "p",
            "{{ person.name }}, a citizen of {{ person.country.name }}, is in {{ state.name }} "
            "and at imminent risk of being handed over, expelled or otherwise returned to "
            "{{ person.country.name }}, where {{ person.name }} has already suffered "
            "{{ and_list(type_labels(persecution)) }}. I ask the Special Rapporteur to send an "
            "urgent appeal to the Government of {{ state.name }} "
            "({{ prov('intl/un-special-procedures/urgent-appeal') }}).",
        ),
        ("h1", "2. The person at risk"),
        *person_facts("en"),
        relatives("en", "Family members in {{ person.country.name }} (names withheld)"),
        ("h1", "3. The imminent risk"),
        ("events", "threats", False),
        ("h1", "4. The facts"),
        ("p", SOURCES_NOTE["en"]),
        ("events", "persecution", False),
        ("events", "entry", False),
        ("h1", "5. Steps taken in {{ state.name }}"),
        (
            "p",
            f"{{{{ {domestic} | map(attribute='title') | join('; ') }}}}. Communications may be "
            "sent whether or not domestic remedies have been exhausted "
            "({{ prov('intl/un-special-procedures/communications') }}).",
        ),
        ("h1", "6. The law"),
        (
            "p",
            "Returning {{ person.name }} to {{ person.country.name }} would breach "
            "{{ prov('intl/cat-1984/art-3') }}, {{ prov('intl/iccpr-1966/art-7') }} and "
            "{{ prov('intl/refugee-convention-1951/art-33/para-1') }}. The prohibition of return to "
            "torture admits no exception.",
        ),
        ("h1", "7. Request"),
        ("p", "I ask the Special Rapporteur to urge the Government of {{ state.name }}:"),
        (
            "ol",
            [
                "not to hand over, expel or otherwise return {{ person.name }} to "
                "{{ person.country.name }};",
                "to guarantee the physical and psychological integrity of {{ person.name }};",
                "to give {{ person.name }} effective access to the asylum procedure and to counsel;",
                "to inform the Special Rapporteur of the measures taken.",
            ],
        ),
        ("h1", "8. Consent and confidentiality"),
        (
            "p",
            "This appeal is made by counsel acting for {{ person.name }}. The identities of "
            "the family members mentioned must be kept confidential.",
        ),
        ("signature", "Counsel for {{ person.name }}", None),
        *closing("en"),
    ]


def status_extension(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            (
                "header",
                [
                    "Кому: **{{ addressee.name }}**",
                    "От кого: {{ person.name }}, {{ g('беженец', 'беженка') }}{% if lawyer %}; "
                    "представитель — {{ lawyer.name }}{% endif %}",
                ],
            ),
            ("title", "Заявление", "о продлении статуса беженца"),
            (
                "ol",
                [
                    "Я, {{ identity() }}, гражданство: {{ fact(person.facts.citizenship) }}, "
                    "{{ g('признан', 'признана') }} беженцем в Республике Казахстан: "
                    "{{ event_line(slots.status_granted, True) }}",
                    "Согласно {{ prov('kz/law-on-refugees-2009/art-11/para-5') }} статус беженца "
                    "присваивается сроком на один год и продлевается ежегодно, пока сохраняются "
                    "обстоятельства, послужившие основанием для его присвоения, на основании "
                    "заявления беженца, поданного за месяц до окончания срока. Текущий срок моего "
                    "статуса истекает {{ derived.status.ends_text }} {{ derived.status.ends_cite }}."
                    "{% if derived.status.days_to_apply < 0 %} Заявление подаётся позднее чем за "
                    "месяц до окончания срока ({{ derived.status.apply_by_text }}); прошу принять его "
                    "и рассмотреть до истечения срока.{% endif %}",
                    "Обстоятельства, послужившие основанием для присвоения статуса, сохраняются; "
                    "преследование, от которого я {{ g('бежал', 'бежала') }}, изложено ниже. В "
                    "материалах дела нет сведений об их изменении.",
                    "Если статус не будет продлён, он прекратится по истечении срока "
                    "({{ prov('kz/law-on-refugees-2009/art-14/para-2') }}), а возвращение в "
                    "государство гражданства подвергнет меня опасности, что запрещают "
                    "{{ prov('intl/refugee-convention-1951/art-33/para-1') }} и "
                    "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }}.",
                ],
            ),
            ("events", "persecution", True),
            relatives("ru", "В государстве гражданства остаются члены моей семьи"),
            ("p", "На основании изложенного прошу:"),
            (
                "ol",
                [
                    "продлить мой статус беженца на один год;",
                    "выдать мне удостоверение беженца на новый срок.",
                ],
            ),
            (
                "p",
                "**Приложения:** копия удостоверения беженца; копия документа, удостоверяющего "
                "личность; копии источников, перечисленных ниже.",
            ),
            ("signature", "Заявитель", "person.name"),
            *closing("ru"),
        ]
    return [
        (
            "header",
            [
                "To: **{{ addressee.name }}**",
                "From: {{ person.name }}, refugee{% if lawyer %}, represented by {{ lawyer.name }}"
                "{% endif %}",
            ],
        ),
        ("title", "Application", "for the extension of refugee status"),
        (
            "ol",
            [
                "I, {{ identity() }}, citizenship {{ fact(person.facts.citizenship) }}, was "
                "recognised as a refugee in the Republic of Kazakhstan: "
                "{{ event_line(slots.status_granted) }}",
                "Under {{ prov('kz/law-on-refugees-2009/art-11/para-5') }} refugee status is granted "
                "for one year and is extended, year by year, while the circumstances in which it was "
                "granted persist, on the refugee's application filed one month before the term ends. "
                "My present term ends on {{ derived.status.ends_text }} "
                "{{ derived.status.ends_cite }}.{% if derived.status.days_to_apply < 0 %} This "
                "application is filed after {{ derived.status.apply_by_text }}, one month before the "
                "end of the term; I ask that it be accepted and decided before the term ends."
                "{% endif %}",
                "The circumstances in which my status was granted persist; the persecution I fled is "
                "set out below. The case file records no change in these circumstances.",
                "If my status were not extended it would end with the term "
                "({{ prov('kz/law-on-refugees-2009/art-14/para-2') }}), and a return would expose me "
                "to the dangers described, which "
                "{{ prov('intl/refugee-convention-1951/art-33/para-1') }} and "
                "{{ prov('kz/law-on-refugees-2009/art-18/para-2') }} forbid.",
            ],
        ),
        ("events", "persecution", False),
        relatives("en", "My family remaining in {{ person.country.name }}"),
        ("p", "I therefore ask:"),
        (
            "ol",
            [
                "that my refugee status be extended for one further year;",
                "that a refugee certificate be issued to me for the new term.",
            ],
        ),
        (
            "p",
            "**Enclosed:** copy of my refugee certificate; copy of my identity document; copies "
            "of the sources listed below.",
        ),
        ("signature", "Applicant", "person.name"),
        *closing("en"),
    ]


def extension_reminder(lang: str) -> list[Block]:
    if lang == "ru":
        return [
            ("header", ["Кому: **{{ person.name }}**", "От кого: {{ lawyer.name }}, ваш юрист"]),
            (
                "title",
                "Ваш статус беженца",
                "подайте заявление о продлении не позднее {{ derived.status.apply_by_text }}",
            ),
            ("p", "{{ g('Уважаемый', 'Уважаемая') }} {{ person.name }}!"),
            (
                "p",
                "Статус беженца в Казахстане был присвоен вам "
                "{{ value(slots.status_granted.date) }} {{ slots.status_granted.date.cite }}"
                "{% if derived.status.term %} на срок: {{ derived.status.term }}{% endif %}. Срок "
                "истекает **{{ derived.status.ends_text }}**.",
            ),
            (
                "p",
                "Чтобы сохранить статус, нужно подать заявление о его продлении **не позднее "
                "{{ derived.status.apply_by_text }}** — за месяц до окончания срока "
                "({{ prov('kz/law-on-refugees-2009/art-11/para-5') }}). "
                "{% if derived.status.days_to_apply >= 0 %}С даты этого письма остаётся "
                "{{ derived.status.days_to_apply_text }}.{% else %}Этот срок уже прошёл. Пожалуйста, "
                "свяжитесь со мной сегодня же.{% endif %}",
            ),
            (
                "small",
                "{% if derived.status.apply_by_basis == 'engine' %}Дата рассчитана "
                "механизмом правил Panah.{% else %}Дата — за месяц до окончания срока; механизм "
                "правил Panah для этого письма не запускался.{% endif %}",
            ),
            ("p", "Что нужно сделать:"),
            (
                "ul",
                [
                    "Свяжитесь со мной, чтобы мы вместе подготовили заявление.",
                    "Возьмите с собой удостоверение беженца и документы, удостоверяющие личность.",
                    "Сообщите мне о любых изменениях в вашем положении или положении вашей семьи.",
                ],
            ),
            (
                "p",
                "Если не подать заявление вовремя, статус прекратится по истечении срока "
                "({{ prov('kz/law-on-refugees-2009/art-14/para-2') }}), и вам придётся покинуть "
                "Казахстан в течение одного месяца со дня принятия решения "
                "({{ prov('kz/law-on-refugees-2009/art-18/para-1') }}). Пожалуйста, не допустите "
                "этого.",
            ),
            ("p", "С уважением,"),
            ("signature", "Ваш юрист", None),
            *closing("ru", annex=False),
        ]
    return [
        ("header", ["To: **{{ person.name }}**", "From: {{ lawyer.name }}, your lawyer"]),
        (
            "title",
            "Your refugee status",
            "apply to extend it by {{ derived.status.apply_by_text }}",
        ),
        ("p", "Dear {{ person.name }},"),
        (
            "p",
            "Your refugee status in Kazakhstan was granted on "
            "{{ value(slots.status_granted.date) }} {{ slots.status_granted.date.cite }}"
            "{% if derived.status.term %} for {{ derived.status.term }}{% endif %}. It ends on "
            "**{{ derived.status.ends_text }}**.",
        ),
        (
            "p",
            "To keep it, you must apply to extend it **no later than "
            "{{ derived.status.apply_by_text }}**, one month before it ends "
            "({{ prov('kz/law-on-refugees-2009/art-11/para-5') }}). "
            "{% if derived.status.days_to_apply >= 0 %}That is "
            "{{ derived.status.days_to_apply_text }} from the date of this letter.{% else %}That "
            "date has passed. Please contact me today so that we apply at once.{% endif %}",
        ),
        (
            "small",
            "{% if derived.status.apply_by_basis == 'engine' %}The date comes from Panah's "
            "rules engine.{% else %}The date is one month before the end of the term; Panah's rules "
            "engine was not run for this letter.{% endif %}",
        ),
        ("p", "What to do:"),
        (
            "ul",
            [
                "Contact me so that we can prepare the application together.",
                "Bring your refugee certificate and your identity documents.",
                "Tell me about any change in your situation or your family's.",
            ],
        ),
        (
            "p",
            "If you do not apply in time, your status ends when the term expires "
            "({{ prov('kz/law-on-refugees-2009/art-14/para-2') }}) and you would have to leave "
            "Kazakhstan within one month of the decision "
            "({{ prov('kz/law-on-refugees-2009/art-18/para-1') }}). Please do not let this happen.",
        ),
        ("p", "Yours sincerely,"),
        ("signature", "Your lawyer", None),
        *closing("en", annex=False),
    ]


DOCUMENTS = {
    ("intl", "chronology"): chronology,
    ("kz", "objection-illegal-entry"): objection,
    ("kz", "non-refoulement"): non_refoulement,
    ("intl", "cat-complaint"): cat_complaint,
    ("intl", "urgent-appeal"): urgent_appeal,
    ("kz", "status-extension"): status_extension,
    ("kz", "extension-reminder"): extension_reminder,
}

# ---------------------------------------------------------------------------------------------
# Writing a .docx
# ---------------------------------------------------------------------------------------------

LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "disputed": "DISPUTED",
        "sources": "Sources",
        "legal": "Legal provisions cited and how far each was verified",
        "trace": "Traceability",
        "cols": ("Provision", "Verification", "Note"),
        "date": "Date",
    },
    "ru": {
        "disputed": "ОСПАРИВАЕТСЯ",
        "sources": "Источники",
        "legal": "Нормы, на которые сделаны ссылки, и степень их проверки",
        "trace": "Происхождение документа",
        "cols": ("Норма", "Проверка", "Примечание"),
        "date": "Дата",
    },
}


class Writer:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.doc = Document()
        self.labels = LABELS[lang]
        self._setup()

    def _setup(self) -> None:
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.5)
        section.left_margin, section.right_margin = Cm(2.6), Cm(2.1)
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attr), "Times New Roman")
        fonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
        normal.paragraph_format.space_after = Pt(6)
        for name, size in (("Heading 1", 12), ("Heading 2", 12), ("Title", 14)):
            style = styles[name]
            style.font.name = "Times New Roman"
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(12 if name != "Heading 2" else 8)
            style.paragraph_format.space_after = Pt(4)
        self._footer(section)

    def _footer(self, section: Any) -> None:
        p = section.footer.paragraphs[0]
        run = p.add_run("{{ trace.line }} · ")
        run.font.size = Pt(7)
        run.font.color.rgb = GREY
        page = p.add_run()
        page.font.size = Pt(7)
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind is not None:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                page._r.append(fld)
            else:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                page._r.append(instr)

    # -- text --------------------------------------------------------------------------------
    def runs(self, p: Any, text: str, size: float | None = None, grey: bool = False) -> None:
        for i, part in enumerate(text.split("**")):
            if not part:
                continue
            run = p.add_run(part)
            run.bold = i % 2 == 1
            if size:
                run.font.size = Pt(size)
            if grey:
                run.font.color.rgb = GREY

    def para(self, text: str, style: str | None = None, **kw: Any) -> Any:
        p = self.doc.add_paragraph(style=style)
        self.runs(p, text, **kw)
        return p

    def tag(self, text: str) -> None:
        self.doc.add_paragraph(text)

    def numbered(self, items: list[Any]) -> None:
        self.tag("{%p set ns = namespace(n=0) %}")
        for item in items:
            if isinstance(item, tuple):
                _, condition, text = item
                self.tag(f"{{%p if {condition} %}}")
                self._item(text)
                self.tag("{%p endif %}")
            else:
                self._item(item)

    def _item(self, text: str) -> None:
        p = self.para("{% set ns.n = ns.n + 1 %}{{ ns.n }}.\t" + text)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    # -- blocks ------------------------------------------------------------------------------
    def block(self, b: Block) -> None:
        kind = b[0]
        if kind == "title":
            p = self.para(b[1].upper() if "{{" not in b[1] else b[1], style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            sub = self.para(b[2])
            sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "header":
            for line in b[1]:
                p = self.para(line, size=11)
                p.paragraph_format.left_indent = Cm(7.5)
                p.paragraph_format.space_after = Pt(2)
            self.doc.add_paragraph()
        elif kind in ("h1", "h2"):
            self.para(b[1], style="Heading 1" if kind == "h1" else "Heading 2")
        elif kind == "p":
            self.para(b[1]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "p?":
            self.tag(f"{{%p if {b[1]} %}}")
            self.para(b[2]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            self.tag("{%p endif %}")
        elif kind == "small":
            self.para(b[1], size=9, grey=True)
        elif kind == "ol":
            self.numbered(b[1])
        elif kind == "ul":
            for item in b[1]:
                p = self.para("–\t" + item)
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.8)
        elif kind == "events":
            with_type = "True" if b[2] else "False"
            self.tag(f"{{%p for e in {b[1]} %}}")
            p = self.para("{{ loop.index }}.\t{{ event_line(e, " + with_type + ") }}")
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            self.tag("{%p endfor %}")
        elif kind == "signature":
            _, role, name = b
            self.doc.add_paragraph()
            table = self.doc.add_table(rows=1, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            left, right = table.rows[0].cells
            left.paragraphs[0].add_run("{{ as_of.text }}")
            who = "{{ " + name + " }}" if name else "{{ lawyer.name }}"
            right.paragraphs[0].add_run("______________________________")
            right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = right.add_paragraph()
            p.add_run(who)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p = right.add_paragraph()
            self.runs(p, role, size=10, grey=True)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "annex":
            p = self.doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            self.para(b[1], style="Heading 1")
            self.assessment()
        elif kind == "assessment":
            self.assessment()
        elif kind == "timeline":
            self.timeline()
        elif kind == "conflicts":
            self.tag("{%p for c in conflicts %}")
            self.para(
                "**{{ c.subject_label }}** · {{ c.property_label }}"
                "{% if c.agreement_label %} ({{ c.agreement_label }}){% endif %}: "
                "{% for g in c.fact.all %}{{ g.text }} {{ g.cite }}{% if not loop.last %}; "
                "{% endif %}{% endfor %}{% if c.fact.working %} — {{ c.fact.working.text }}"
                "{% endif %}",
                size=11,
            )
            self.tag("{%p endfor %}")
        elif kind == "sources":
            self.para(self.labels["sources"], style="Heading 1")
            self.tag("{%p for s in sources %}")
            p = self.para(
                "[{{ s.id }}] {{ s.text }}{% if s.url %}, {{ s.url }}{% endif %}.", size=10
            )
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            self.tag("{%p endfor %}")
        elif kind == "provisions":
            self.provisions()
        elif kind == "trace":
            self.para(self.labels["trace"], style="Heading 1")
            for key, expr in (
                ("trace_case", "trace.case_sha256"),
                ("trace_assessment", "trace.assessment_sha256 or labels.words.trace_none"),
                ("trace_as_of", "trace.as_of"),
                ("trace_template", "trace.template"),
                ("generated", "trace.generator"),
            ):
                self.para(f"{{{{ labels.words.{key} }}}}: {{{{ {expr} }}}}", size=8, grey=True)
        else:  # pragma: no cover - a typo in an outline
            raise ValueError(f"unknown block {kind!r}")

    def assessment(self) -> None:
        self.tag("{%p if not assessment.available %}")
        self.para("{{ assessment.notice }}", size=10, grey=True)
        self.tag("{%p else %}")
        self.tag("{%p if labels.words.engine_language_note %}")
        self.para("{{ labels.words.engine_language_note }}", size=9, grey=True)
        self.tag("{%p endif %}")
        self.tag("{%p for f in assessment.findings %}")
        p = self.para(
            "**{{ f.citation }}**{{ f.mark }} — {{ f.outcome_label }}. "
            "{{ f.explanation }} {{ f.cite }}",
            size=10.5,
        )
        p.paragraph_format.left_indent = Cm(0.5)
        self.tag("{%p for s in f.sub %}")
        p = self.para(
            "– {{ s.citation }}{{ s.mark }} — {{ s.outcome_label }}. {{ s.explanation }} "
            "{{ s.cite }}",
            size=9.5,
        )
        p.paragraph_format.left_indent = Cm(1.2)
        self.tag("{%p endfor %}")
        self.tag("{%p endfor %}")
        self.tag("{%p for x in assessment.deadlines %}")
        self.para(
            "{{ x.title }} — {{ x.citation }}{{ x.mark }}: {{ x.starts_on }} → {{ x.due }} "
            "({{ x.status }})",
            size=10,
        )
        self.tag("{%p endfor %}")
        self.tag("{%p for al in assessment.alerts %}")
        self.para(
            "**{{ al.severity | upper }}**: {{ al.message }}{% if al.actions %} — "
            "{{ al.actions | join('; ') }}{% endif %}",
            size=10,
        )
        self.tag("{%p endfor %}")
        self.tag("{%p endif %}")

    def timeline(self) -> None:
        table = self.doc.add_table(rows=3, cols=3)
        table.style = "Table Grid"
        head = table.rows[0].cells
        head[0].paragraphs[0].add_run(self.labels["date"]).bold = True
        head[1].paragraphs[0].add_run("{{ labels.words.event_column }}").bold = True
        head[2].paragraphs[0].add_run("{{ labels.words.sources_column }}").bold = True
        loop = table.rows[1].cells
        loop[0].paragraphs[0].add_run("{%tr for e in events %}")
        row = table.rows[2].cells
        self.runs(row[0].paragraphs[0], "{{ e.date_short }}", size=10)
        self.runs(
            row[1].paragraphs[0],
            "{{ e.type_label | upper }}{% if e.disputed %} — "
            + self.labels["disputed"]
            + "{% endif %}: {{ e.title }}{% for det in e.details %}; {{ det.label }}: "
            "{{ fact(det.fact) }}{% endfor %}{% if e.date and not e.date.decided %}; "
            "{{ labels.words.properties_date }}: {{ fact(e.date) }}{% endif %}",
            size=10,
        )
        self.runs(row[2].paragraphs[0], "{{ e.sources | join(', ') }}", size=10)
        end = table.add_row().cells
        end[0].paragraphs[0].add_run("{%tr endfor %}")
        for r, width in ((0, 3.2), (1, 11.0), (2, 2.2)):
            for cells in table.columns[r].cells:
                cells.width = Cm(width)

    def provisions(self) -> None:
        self.para(self.labels["legal"], style="Heading 1")
        table = self.doc.add_table(rows=3, cols=3)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, self.labels["cols"], strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        table.rows[1].cells[0].paragraphs[0].add_run("{%tr for p in provisions.listed %}")
        row = table.rows[2].cells
        self.runs(row[0].paragraphs[0], "{{ p.citation }}", size=9)
        self.runs(row[1].paragraphs[0], "{{ p.verification_label }}", size=9)
        self.runs(row[2].paragraphs[0], "{{ p.note or '' }}", size=9)
        table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
        self.tag("{%p for level in ['primary', 'secondary', 'partial', 'unverified'] %}")
        self.para(
            "{{ labels.verification[level] }}: {{ labels.verification_help[level] }}.",
            size=8,
            grey=True,
        )
        self.tag("{%p endfor %}")

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        props = self.doc.core_properties
        props.author = "Panah"
        props.title = "{{ template.title }}"
        props.created = props.modified = FIXED_TIME
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        # Same outline, same bytes: fixed zip timestamps, so a rebuild changes nothing in git.
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED
        ) as out:
            for info in src.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(fixed, src.read(info.filename))


def build(out_root: Path = HERE) -> list[Path]:
    written = []
    for (jurisdiction, name), outline in DOCUMENTS.items():
        for lang in ("en", "ru"):
            writer = Writer(lang)
            for block in outline(lang):
                writer.block(block)
            path = out_root / jurisdiction / lang / f"{name}.docx"
            writer.save(path)
            written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    for written_path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written_path)  # noqa: T201 - a command-line script reports what it wrote
