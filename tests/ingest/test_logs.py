"""A log's, a register's or a journal's entries, each headed by a stamp: a date opening its
line, a clock time and who wrote the entry ("02 Jun 2026, 09:14 | Op.: … | incoming",
"14.01.2026, 22:40, НЮ. Звонит …"). The stamp is the entry's "today" and the day of what the
entry tells with no date of its own (:func:`panah.ingest.datetext.entry_stamp`). Written for
the rules, in other wordings than the texts of batch R."""

from __future__ import annotations

import pytest

from panah.ingest.datescan import scan
from panah.ingest.datetext import entry_stamp
from panah.ingest.text import sentences
from tests.ingest.conftest import rules_events


def _stamped(text: str, lang: str) -> list[str]:
    return [
        m.span.text(text) for m in scan(text, lang, sentences(text)) if entry_stamp(text, m.span)
    ]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("3 May 2024, 10:20 | Duty officer: Anna Berg | walk-in", "en"),
        ("03.05.2024, 10:20 | Anna Berg | phone", "en"),
        ("3 May 2024, 11:00 - Recorded by: T. Lee", "en"),
        ("06.05.2024, 09:30, ТК. Позвонила Зарина.", "ru"),
        ("06.05.2024 09:30 | Оператор: Т. Касымова | входящий", "ru"),
        ("06.05.2024, 09:30; Записала: Т. Касымова", "ru"),
    ],
)
def test_an_entrys_stamp(line: str, lang: str) -> None:
    text = "Log.\n\n" + line + "\nText of the entry.\n"
    assert _stamped(text, lang)[:1] == [line.split(",")[0].split(" 09")[0].split(" 10")[0]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a chronology's line: the clause after the time is the event, not a writer
        ("Chronology.\n\n12.03.2019, 10:00, Ivanov was detained at the airport.\n", "en"),
        ("Хроника.\n\n12.03.2019, 10:00 — задержан в аэропорту.\n", "ru"),
        ("Хроника.\n\n12.03.2019, 10:00, МВД сообщило о задержании.\n", "ru"),
        # inside a sentence, not opening its line
        ("He was detained on 03.02.2025, 08:41 | Aigerim saw it.\n", "en"),
        # no clock time
        ("Log.\n\n3 May 2024 | Duty officer: Anna Berg\nText.\n", "en"),
    ],
)
def test_no_entrys_stamp(text: str, lang: str) -> None:
    assert _stamped(text, lang) == []


REGISTER_EN = (
    "LEGAL CLINIC - VISITS REGISTER\n"
    "Printed 10 May 2024.\n\n"
    "03 May 2024, 10:20 | Duty officer: Anna Berg | walk-in\n"
    "Visitor: Dilnoza KARIMOVA (wife). Her husband Rustam (b. 1990, Namangan) picked up by "
    "police yesterday at the market in Almaty.\n\n"
    "06 May 2024, 15:05 | Duty officer: Tom Lee | phone\n"
    "Appeal against the expulsion order lodged today.\n\n"
    "08 May 2024, 09:40 | Duty officer: Anna Berg | phone\n"
    "Husband released from the detention centre this morning.\n"
)
JOURNAL_RU = (
    "Журнал дежурного юриста\n"
    "Распечатано 10.05.2024.\n\n"
    "06.05.2024, 09:30, ТК. Позвонила Зарина, жена Рустама Алиева. Муж задержан вчера вечером "
    "в Алматы, сейчас в ИВС.\n\n"
    "08.05.2024, 18:00, ТК. Адвокат сегодня подал жалобу на решение о выдворении.\n"
)


def test_a_registers_entries_date_what_they_tell() -> None:
    events = rules_events(REGISTER_EN, "en", "2024-05-10")
    assert ("detention_host", "2024-05-02") in events
    assert ("release", "2024-05-08") in events
    assert ("appeal_filed", "2024-05-06") in events
    assert not any(d == "2024-05-10" for _t, d in events)  # the print date dates nothing
    assert not any(t == "relative_persecuted" for t, _d in events)  # the visitor's husband


def test_a_journals_entries_date_what_they_tell() -> None:
    events = rules_events(JOURNAL_RU, "ru", "2024-05-10")
    assert ("detention_host", "2024-05-05") in events
    assert ("appeal_filed", "2024-05-08") in events
    assert not any(t == "relative_persecuted" for t, _d in events)  # the caller's husband


def test_a_caller_who_is_no_spouse_keeps_the_relative() -> None:
    # the caller is the person; her brother's detention is a relative's
    text = (
        "Intake log\n\n"
        "03 May 2024, 10:20 | Op.: Anna Berg | incoming\n"
        "Caller: Dilnoza KARIMOVA. Her brother detained by police in Namangan yesterday.\n"
    )
    events = rules_events(text, "en", "2024-05-10")
    assert ("relative_persecuted", "2024-05-02") in events


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # log forms' near-misses: an action against no decision, things taken from a flat, a
        # request of no "not to", a refusal still feared, a motion of no appeal, a statement
        # with no call on the authorities
        ("en", "On 6 May 2024 an action against the police officers was filed.", "appeal_filed"),
        ("en", "On 6 May 2024 his papers were taken from the flat.", "detention"),
        ("en", "On 6 May 2024 the HRC asked the state for more information.",
         "un_interim_measures"),
        ("en", "On 6 May 2024 he was served a summons to the migration office.",
         "expulsion_ordered"),
        ("ru", "6 мая 2024 года она сказала, что боится получить отказ в убежище.",
         "refugee_status_refused"),
        ("ru", "6 мая 2024 года суд отклонил ходатайство об отводе судьи.", "appeal_decided"),
        ("ru", "6 мая 2024 года центр опубликовал заявление с отчётом о работе за год.",
         "ngo_appeal"),
        # a hearing whose day is set is still to come
        ("en", "On 3 May 2024 the city court set the hearing for 21 May.", "hearing"),
        ("ru", "3 мая 2024 года суд назначил заседание на 21 мая.", "hearing"),
        # a request granted of no state
        ("en", "On 3 May 2024 the judge granted the defence's request.", "extradition_decision"),
        # grounds for a refusal that do not exist are no refusal
        ("ru", "6 мая 2024 года прокуратура заявила, что оснований для отказа в выдаче нет.",
         "extradition_decision"),
    ],
)  # fmt: skip
def test_a_logs_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, "2024-05-10"))


def test_a_place_of_birth_does_not_place_the_detention() -> None:
    text = (
        "Note.\n\nHe left Namangan in 2016 and came to Almaty in 2017.\n\n"
        "On 3 May 2024 Rustam (b. 1990, Namangan) was detained by police.\n"
    )
    assert ("detention_host", "2024-05-03") in rules_events(text, "en", "2024-05-10")


def test_a_month_told_before_the_storys_point_keeps_its_year() -> None:
    from panah.ingest.datetext import FuzzyDate, resolve

    def months(text: str) -> list[str | None]:
        ms = scan(text, "ru", sentences(text))
        return [r.value for r in resolve(ms, FuzzyDate.parse("2025-10-15"), text)]

    told = "В июле 2022 года пришёл отказ. Его жену {} феврале вызывали в милицию."
    assert months(told.format("ещё в"))[-1] == "2022-02"
    assert months(told.format("в"))[-1] == "2023-02"  # the story moves on
