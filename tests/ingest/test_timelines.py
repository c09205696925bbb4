"""Chronologies: numeric dates with slashes whose order of day and month the text states or
shows, months written "06/2017", a year opening a line, items told in the present tense
("the police detain him"). Texts written for the rules, so drafted without the learned
classifier (``test_classify.py`` tests what it adds); the source is dated 2024-05-10."""

from __future__ import annotations

import pytest

from tests.ingest.conftest import rules_events

ARTICLE_DATE = "2024-05-10"


def _events(lang: str, text: str) -> set[tuple[str, str]]:
    return rules_events(text, lang, ARTICLE_DATE)


STATED_DAY_FIRST = """Chronology (dates are given as dd/mm/yyyy)
- 2015: a court in Andijan sentences his brother-in-law to six years.
- 09/2016: he leaves Uzbekistan for Kazakhstan.
- 04/03/2023: officers of the KNB arrest him in Shymkent at the request of Uzbekistan.
- 07/03/2023: he files for asylum from the detention centre.
- 11/04/2023: Uzbekistan submits its extradition request.
- 02/06/2023: the migration department turns down his asylum claim.
"""

SHOWN_DAY_FIRST = """Timeline
* 03/02/2022 — he flees China.
* 15/02/2022 — he crosses the border illegally near Zharkent.
"""

STATED_MONTH_FIRST = """All dates below are month/day/year.
- 03/04/2023: the police detain him in Almaty at the request of China.
- 03/09/2023: he applies for refugee status.
"""

RU_CHRONOLOGY = """Хронология (даты в формате ДД/ММ/ГГГГ)
— 2016 — его брата осуждают в Кульдже.
— 05/2018 — он уезжает из Китая в Казахстан.
— 04/03/2023 — полиция Алматы задерживает его по запросу Китая.
— 07/03/2023 — он подаёт заявление о предоставлении статуса беженца.
"""


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", STATED_DAY_FIRST,
         {("departure_home", "2016-09"), ("extradition_detention", "2023-03-04"),
          ("asylum_application_filed", "2023-03-07"), ("extradition_requested", "2023-04-11"),
          ("refugee_status_refused", "2023-06-02")}),
        # no convention stated: a first number above 12 shows that days come first
        ("en", SHOWN_DAY_FIRST,
         {("departure_home", "2022-02-03"),
          ("border_crossing_outside_checkpoint", "2022-02-15")}),
        ("en", STATED_MONTH_FIRST,
         {("extradition_detention", "2023-03-04"), ("asylum_application_filed", "2023-03-09")}),
        ("ru", RU_CHRONOLOGY,
         {("relative_persecuted", "2016"), ("departure_home", "2018-05"),
          ("extradition_detention", "2023-03-04"),
          ("asylum_application_filed", "2023-03-07")}),
    ],
    ids=["stated-day-first", "shown-day-first", "stated-month-first", "ru"],
)  # fmt: skip
def test_a_chronology_is_read_item_by_item(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _events(lang, text)


def test_the_relative_in_a_chronology_is_not_the_person() -> None:
    assert ("verdict", "2015") not in _events("en", STATED_DAY_FIRST)


@pytest.mark.parametrize(
    "text",
    [
        "The file number is 12/2023 and the hearing room is 3.",
        "He was born on 31/02/1990.",
    ],
)
def test_numbers_that_are_no_date_stay_undated(text: str) -> None:
    assert not rules_events(text, "en", ARTICLE_DATE)


def test_lines_that_open_with_their_date_are_items_of_their_own() -> None:
    ru = _events(
        "ru",
        "Хронология:\n12.03.2019 — задержан в Бишкеке.\n02.04.2019 — подал заявление о "
        "признании беженцем.\n",
    )
    assert ("asylum_application_filed", "2019-04-02") in ru
    assert any(t.endswith("detention_host") and d == "2019-03-12" for t, d in ru)
    en = _events(
        "en",
        "Key dates\n25 November 2021: police detain him in Almaty.\n3 December 2021: he "
        "applies for asylum.\n",
    )
    assert {("detention_host", "2021-11-25"), ("asylum_application_filed", "2021-12-03")} <= en


def test_a_case_update_in_elliptic_bullets() -> None:
    """Bullets without a subject: "— picked up by police", "— removal decision issued"."""
    text = (
        "Key facts\n"
        "• March 2016 — left Turkmenistan for Türkiye.\n"
        "• 11 July 2023 — picked up by Istanbul police during an ID check and taken to the "
        "Arnavutköy removal centre.\n"
        "• 13 July 2023 — removal decision issued by the provincial migration directorate.\n"
        "• 18 July 2023 — our clinic lodged an appeal with the administrative court.\n"
        "• 26 October 2023 — the administrative court annulled the removal decision.\n"
        "• 2 November 2023 — released from the removal centre.\n"
    )
    assert _events("en", text) == {
        ("departure_home", "2016-03"),
        ("detention_host", "2023-07-11"),
        ("expulsion_ordered", "2023-07-13"),
        ("appeal_filed", "2023-07-18"),
        ("appeal_decided", "2023-10-26"),
        ("release", "2023-11-02"),
    }


def test_an_event_in_a_diarys_entry_takes_the_entrys_day() -> None:
    text = (
        "Diary.\n\n"
        "Tue 16 Jan. Court in the afternoon. The lawyer filed an appeal.\n\n"
        "25 Jan. City court. The appeal was rejected.\n"
    )
    got = rules_events(text, "en", "2024-03-04")
    assert ("appeal_filed", "2024-01-16") in got
    assert ("appeal_decided", "2024-01-25") in got


def test_an_ordinary_paragraph_opening_with_a_date_lends_it_to_no_other_sentence() -> None:
    # one paragraph so: no series of entries, the later sentence keeps no date
    text = "Report.\n\n3 February. The court sat. The lawyer filed an appeal.\n"
    assert not any(t == "appeal_filed" for t, _d in rules_events(text, "en", "2024-03-04"))


def test_a_detention_before_a_later_arrest_pending_extradition_is_the_first_one() -> None:
    # the police detention, then the court's arrest pending extradition two days later
    text = (
        "Uzbekistan seeks his extradition. On 14 January 2024 police detained him in Bishkek. "
        "On 16 January 2024 a court placed him in custody pending extradition."
    )
    got = rules_events(text, "en", "2024-03-04")
    assert {("detention_host", "2024-01-14"), ("extradition_detention", "2024-01-16")} <= got


def test_a_detention_alone_where_extradition_is_sought_is_the_extradition_arrest() -> None:
    text = "Uzbekistan seeks his extradition. On 14 January 2024 police detained him in Bishkek."
    assert ("extradition_detention", "2024-01-14") in rules_events(text, "en", "2024-03-04")


def test_an_event_told_in_a_chats_message_takes_the_messages_day() -> None:
    text = (
        "Family chat.\n\n"
        "[10.02.26, 07:52] Aigerim: Police detained Nurlan Toleukhan in Almaty last night\n"
        "[16.02.26, 09:11] Saule: The lawyer filed an appeal at the city court\n"
        "[16.02.26, 09:12] Saule: I attached the testimony\n"
    )
    got = rules_events(text, "en", "2026-02-26")
    # "last night" of the message of 10 February; the appeal told with no date of its own
    assert got == {("detention_host", "2026-02-09"), ("appeal_filed", "2026-02-16")}


_ARTICLE = (
    "A case study.\n\n"
    "In June 2015 the security service charged him in absentia.[1] He was detained by police "
    "in Moscow in November 2020 on a search notice.[2] In December 2020 he applied for refugee "
    "status.[3]\n\n"
    "Notes\n\n"
    "[1] Monitor, 'Man charged in absentia', 22 June 2015.\n"
    "[2] The detention took place on 11 November 2020 (detention record).\n"
    "[3] Interview with the lawyer, Moscow, 4 December 2020.\n"
)


def test_a_footnotes_exact_day_refines_the_event_its_marker_follows() -> None:
    got = rules_events(_ARTICLE, "en", "2025-09-15")
    assert ("detention_host", "2020-11-11") in got  # the note's day within the text's month
    # near-misses: a note citing a publication or an interview refines nothing, and the
    # notes' dates are no events of their own
    assert ("charge", "2015-06") in got
    assert ("asylum_application_filed", "2020-12") in got
    assert not {d for _t, d in got} & {"2015-06-22", "2020-12-04"}


def test_numbered_lines_without_a_notes_heading_are_no_footnotes() -> None:
    from panah.ingest.footnotes import footnotes

    text = "Chronology.\n\n[1] Charged on 11 November 2020.\n[2] Detained on 3 May 2021.\n"
    assert footnotes(text) == []
    got = {d for _t, d in rules_events(text, "en", "2025-09-15")}
    assert {"2020-11-11", "2021-05-03"} <= got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Жалоба гражданина Рахимова, 1987 года рождения, который содержится под стражей.", "ru"),
        ("Гражданин Рахимов, 12.07.1987 г.р., задержан сотрудниками полиции.", "ru"),
        ("Rakhimov, born 12.07.1987, was detained by the police.", "en"),
    ],
)
def test_a_date_of_birth_dates_no_event(text: str, lang: str) -> None:
    assert not {d for _t, d in rules_events(text, lang, "2025-04-02")} & {"1987", "1987-07-12"}


def test_a_year_beside_the_word_for_birth_not_of_a_birth_still_dates() -> None:
    # near-miss: "в 2019 году" with a birth told elsewhere in the sentence is the event's year
    text = "В 2019 году, после рождения сына, Рахимова задержали сотрудники полиции в Андижане."
    assert {d for _t, d in rules_events(text, "ru", "2025-04-02")} == {"2019"}


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("ru", "14.01.2025 он был задержан в Сахарово. По словам Рахимова, в первые сутки, "
         "которые он провёл в отделе полиции, его несколько раз ударили по голове.", "2025-01-14"),
        ("en", "He was detained on 12 January 2026. He stated that during that night at the "
         "station two officers struck him in the face.", "2026-01-12"),
    ],
)  # fmt: skip
def test_blows_told_after_who_said_so_fall_in_the_detention_before(
    lang: str, text: str, date: str
) -> None:
    assert ("ill_treatment", date) in rules_events(text, lang, ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # near-misses: blows told with no time that places them in the detention, an idea
        # that struck him, a ball that was kicked
        ("ru", "14.01.2025 он был задержан в Сахарово. По словам Рахимова, его несколько раз "
         "ударили по голове."),
        ("en", "He was detained on 12 January 2026. He stated that two officers struck him."),
        ("en", "He was detained on 12 January 2026. That night the idea struck him as odd."),
        ("ru", "14.01.2025 он был задержан. В первые сутки он ударил по мячу."),
    ],
)  # fmt: skip
def test_blows_need_their_verb_and_the_time_that_places_them(lang: str, text: str) -> None:
    assert not any(t == "ill_treatment" and d for t, d in rules_events(text, lang, ARTICLE_DATE))


_ENCYCLOPEDIA = (
    "Life in exile\n\n"
    "He applied for refugee status on 2 March 2020.[7] The application was rejected on "
    "14 August 2020.[7] The case was cited in reports on ethnic Kazakhs from Xinjiang who "
    "crossed into Kazakhstan after 2017.[8]\n\n"
    "== References ==\n\n"
    "7. 'Asylum seeker told to leave', Almaty Courier, 19 June 2021.\n"
    "8. 'Kazakh refugee arrives in Sweden', Nordic Daily, 30 March 2022.\n"
)


def test_an_encyclopedias_references_and_markers_after_the_full_stop() -> None:
    got = rules_events(_ENCYCLOPEDIA, "en", "2026-09-02")
    # a sentence ends after its markers: the application and its refusal stay two events
    assert {
        ("asylum_application_filed", "2020-03-02"),
        ("refugee_status_refused", "2020-08-14"),
    } <= got
    # the references' publication dates date no event; what a group did is not the person's
    assert not {d for _t, d in got} & {"2021-06-19", "2022-03-30", "2017"}


def test_what_a_group_did_is_not_the_persons_but_a_relatives_is() -> None:
    got = rules_events(
        "В докладах говорится о казахах из Синьцзяна, которые бежали в Казахстан в 2017 году.",
        "ru",
        ARTICLE_DATE,
    )
    assert not got
    # near-misses: his brothers who crossed, the person himself in a "who" clause
    text = "His brothers who crossed into Kazakhstan in 2017 were detained."
    assert ("relative_persecuted", "2017") in rules_events(text, "en", ARTICLE_DATE)
    text = "Amanbay, who crossed into Kazakhstan in 2017, was detained."
    assert any(t.startswith("border_crossing") for t, _d in rules_events(text, "en", ARTICLE_DATE))


def test_a_police_arrest_and_a_court_order_days_later_are_two_steps() -> None:
    # the arrest told again without its date between them is the same police detention
    text = (
        "В среду, 6 марта 2024 года, его задержали в Алматы по запросу КНР.\n\n"
        "Уроженца Кульджи задержали сотрудники полиции у подъезда его дома. Через два дня "
        "следственный суд санкционировал его арест сроком на 40 суток в рамках экстрадиционной "
        "проверки."
    )
    assert _events("ru", text) == {
        ("detention_host", "2024-03-06"),
        ("extradition_detention", "2024-03-08"),
    }
    # near-miss: on the same day they are one step, the custody pending extradition
    text = (
        "He was detained by police in Almaty on 4 March 2024. The same day a court placed him "
        "under arrest pending extradition."
    )
    assert _events("en", text) == {("extradition_detention", "2024-03-04")}


def test_a_detention_told_before_the_flight_but_dated_after_it_is_in_the_host_state() -> None:
    # a news story: the arrest first, the background (the flight from home) after it
    text = (
        "Полиция задержала Абдукерима 18 сентября 2023 года у него дома в районе Зейтинбурну.\n\n"
        "Абдукерим родом из Кашгара. Китай требует его выдачи. В июне 2019 года Абдукерим "
        "вылетел из Урумчи и через Алматы добрался до Стамбула."
    )
    got = _events("ru", text)
    assert ("detention_origin", "2023-09-18") not in got
    assert {("departure_home", "2019-06")} <= got


def test_a_release_told_again_after_a_camps_range_is_its_end() -> None:
    text = (
        "Tursun says he was held in a political education camp from April 2018 to January 2019. "
        "Released with orders to report weekly to the local police, he left Xinjiang in August "
        "2019."
    )
    got = _events("en", text)
    assert ("camp_internment", "2018-04/2019-01") in got
    assert ("release", "2019-08") not in got


def test_a_transfer_to_a_removal_centre_is_the_same_custody() -> None:
    text = (
        "Police in Kayseri detained him on 17 March 2024 at his flat. The next day the provincial "
        "directorate of migration management ordered his deportation, and he was taken to the "
        "removal centre in Kocasinan."
    )
    got = _events("en", text)
    assert ("detention_host", "2024-03-17") in got
    assert ("expulsion_ordered", "2024-03-18") in got
    assert ("detention_host", "2024-03-18") not in got


def test_what_people_were_subjected_to_in_a_groups_cases_is_no_ones_step() -> None:
    text = (
        "Rights groups have documented several cases since 2023 in which people were pressed to "
        "leave the country or detained on Chinese warrants."
    )
    assert not _events("en", text)
    # near-miss: he and other people
    text = "On 5 March 2024 he and other people were detained in Almaty."
    assert ("detention_host", "2024-03-05") in _events("en", text) or (
        "detention_origin",
        "2024-03-05",
    ) in _events("en", text)


def test_days_after_the_arrest_count_from_the_arrest() -> None:
    # the date told last is a month: the offset counts from the arrest told before it
    text = (
        "Y.K. was picked up by migration police in Almaty on 11 March 2024. The prosecutor's "
        "office confirmed that China asked for his extradition in February. Two days after the "
        "arrest the Medeu district court ordered 40 days' custody pending extradition."
    )
    got = _events("en", text)
    assert ("extradition_detention", "2024-03-13") in got
    assert ("detention_host", "2024-03-11") in got
    # "после задержания" is the police detention, not the court's custody order after it
    text = (
        "12 февраля 2024 года меня остановили у метро в Москве и отвезли в отдел. Через два дня "
        "районный суд арестовал меня до решения вопроса о выдаче. Через неделю после задержания "
        "я подал заявление о предоставлении статуса беженца."
    )
    assert ("asylum_application_filed", "2024-02-19") in _events("ru", text)


def test_a_date_of_the_attribution_dates_no_quoted_event() -> None:
    """'"They took Daniyar instead of me," said his wife, who stood outside the court on
    Monday': the Monday is when she waited, not when the brother was taken."""
    text = (
        "His brother Daniyar was sentenced in 2022.\n\n"
        '"They took Daniyar because they could not get to him," said his wife, Aigul, who '
        "stood outside the court on Monday."
    )
    assert not any(t == "relative_persecuted" and d == "2024-05-06" for t, d in _events("en", text))
