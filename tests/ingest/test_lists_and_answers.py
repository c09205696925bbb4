"""Date forms and layouts the evaluation texts do not use: a Russian ordinal day ("5-го
апреля"), "mid-March 2021", dates in a list that share one year ("on 3 March and on 5 April
2021"), one act told on several listed dates (one event per date), the year written once for
two coordinated acts, and interview transcripts where the answer dates the event the question
asked about. The source is dated 2024-05-10.

These test the rules' own decisions, so they draft with ``classifier=False``; what the learned
classifier adds to them is tested in ``test_classify.py`` and measured in ``test_evaluation.py``.
"""

from __future__ import annotations

import pytest

from tests.ingest.conftest import rules_events

ARTICLE_DATE = "2024-05-10"


def _events(lang: str, text: str) -> set[tuple[str, str]]:
    return rules_events(text, lang, ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Его задержали 5-го апреля 2021 года.", {("detention_origin", "2021-04-05")}),
        ("ru", "12-го марта 2020 года его депортировали в Узбекистан.",
         {("expulsion_carried_out", "2020-03-12")}),
        ("ru", "В ночь на 5-е апреля 2021 года его задержали.",
         {("detention_origin", "2021-04-05")}),
        ("en", "In mid-March 2021 he was detained by the police.",
         {("detention_origin", "2021-03")}),
        ("en", "He was detained twice, on 3 March and on 5 April 2021.",
         {("detention_origin", "2021-03-03"), ("detention_origin", "2021-04-05")}),
        ("ru", "Его задерживали дважды: 3 марта и 5 апреля 2021 года.",
         {("detention_origin", "2021-03-03"), ("detention_origin", "2021-04-05")}),
        ("en", "He was summoned on 3 March, 5 April and 9 May 2021.",
         {("summons", "2021-03-03"), ("summons", "2021-04-05"), ("summons", "2021-05-09")}),
        ("en", "He was detained on 3 March 2021 and again on 5 April.",
         {("detention_origin", "2021-03-03"), ("detention_origin", "2021-04-05")}),
        ("en", "He was summoned on 20 December and on 5 January 2021.",
         {("summons", "2020-12-20"), ("summons", "2021-01-05")}),
        ("en", "Police detained him in Urumqi on 20 March and sent him to a camp on 5 April 2018.",
         {("detention_origin", "2018-03-20"), ("camp_internment", "2018-04-05")}),
        ("ru", "5 апреля 2021 года полицейские забрали его из дома.",
         {("detention_origin", "2021-04-05")}),
    ],
)  # fmt: skip
def test_dates_in_lists_and_other_forms(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _events(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Q: When were you detained? A: On 5 April 2021, in Kashgar.",
         ("detention_origin", "2021-04-05")),
        ("en", "Q: Were you ever held in a camp?\nA: Yes, in 2018, for eight months.",
         ("camp_internment", "2018")),
        ("ru", "— Когда вы пересекли границу? — В марте 2019 года.",
         ("border_crossing_outside_checkpoint", "2019-03")),
        ("ru", "Вопрос: Когда вас отправили в лагерь?\nОтвет: В мае 2018 года.",
         ("camp_internment", "2018-05")),
    ],
)  # fmt: skip
def test_an_answer_dates_the_event_of_the_question(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # the answer says no: its date is of something else
        ("en", "Q: Were you detained? A: No. In 2019 I moved to Almaty.",
         ("detention_origin", "2019")),
        # a date said in reported speech does not give its year to the date before it
        ("en", "On 3 March he said he had been detained in April 2019.",
         ("detention_origin", "2019-03-03")),
        # a date after "after" is the other act's, not the year of a list
        ("en", "He was detained on 3 March after he crossed the border in April 2019.",
         ("detention_host", "2019-03-03")),
        # the two dates are not a list: "and released" starts another act, which keeps its own
        ("en", "He was detained on 3 March 2021 and released on 5 April.",
         ("detention_origin", "2021-04-05")),
    ],
)  # fmt: skip
def test_what_a_list_or_an_answer_does_not_give(
    lang: str, text: str, absent: tuple[str, str]
) -> None:
    assert absent not in _events(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # interim measures asked for are not interim measures granted
        ("en", "On 3 March 2024 his lawyer asked the Committee to request interim measures.",
         "un_interim_measures"),
        ("en", "On 3 March 2024 she filed a request for interim measures.", "un_interim_measures"),
        ("ru", "3 марта 2024 года адвокат обратился в Комитет с просьбой принять временные меры.",
         "un_interim_measures"),
        # an international agency's word is not a state official's statement
        ("en", "On 2 May 2024 a representative of the UN refugee agency said the family had "
               "landed.", "official_statement"),
        ("ru", "2 мая 2024 года представитель УВКБ ООН заявил, что агентство обеспокоено.",
         "official_statement"),
        # a lawyer speaking after a hearing is not an official
        ("en", "After Tuesday's hearing his lawyer said the family would appeal.",
         "official_statement"),
        # an interview that did not take place
        ("ru", "Отказ в статусе беженца в 2020 году был вынесен без собеседования.",
         "asylum_interview"),
        ("en", "His application was refused in 2020 without an interview.", "asylum_interview"),
    ],
)  # fmt: skip
def test_asked_for_or_planned_is_not_done(lang: str, text: str, absent: str) -> None:
    assert absent not in {t for t, _ in _events(lang, text)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an offset from the detention named, not from the date told last
        ("en", "Police in Bishkek detained him on 9 January 2024. He applied for refugee status "
               "on 13 January. China's extradition request arrived three weeks after his "
               "detention.",
         {("extradition_detention", "2024-01-09"), ("asylum_application_filed", "2024-01-13"),
          ("extradition_requested", "2024-01-30")}),
        ("ru", "9 января 2024 года его задержали в Бишкеке. 13 января он подал заявление о "
               "предоставлении статуса беженца. Через три недели после его задержания Китай "
               "направил запрос о его выдаче.",
         {("extradition_detention", "2024-01-09"), ("asylum_application_filed", "2024-01-13"),
          ("extradition_requested", "2024-01-30")}),
        # a day counted from another act named by a noun ("через три дня после обыска") is
        # no second date of the act told before it
        ("ru", "Он уехал из Душанбе 24 сентября 2022 года, через три дня после обыска.",
         {("departure_home", "2022-09-24")}),
        # a time of day alone is on the day told last
        ("en", "He was detained by migration police early this morning. By 3 pm the court had "
               "ordered his expulsion.",
         {("detention_host", "2024-05-10"), ("expulsion_ordered", "2024-05-10")}),
        # each item of a list is read on its own: a year in one item is not the next one's
        ("en", "Background:\n▪️ In June 2023 he was refused refugee status.\n▪️ His brother was "
               "detained in Dushanbe on 28 August.",
         {("refugee_status_refused", "2023-06"), ("relative_persecuted", "2023-08-28")}),
    ],
)  # fmt: skip
def test_what_a_date_counts_from(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _events(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # harm "in the first weeks" answers a question after the one that dated the detention
        ("en", "Q: When were you detained?\nA: In October 2018, in Chochek.\n\nQ: What happened "
               "then?\nA: I was interrogated every day. In the first weeks they beat me.",
         {("detention_origin", "2018-10"), ("ill_treatment", "2018-10")}),
        # a filing does not take the date of the decision told beside it
        ("en", "In February 2023 they refused me asylum. My lawyer appealed, and a court upheld "
               "the refusal in May 2023.",
         {("refugee_status_refused", "2023-02"), ("appeal_decided", "2023-05")}),
        ("ru", "В феврале 2023 года ему отказали в убежище. Адвокат обжаловала отказ, и в мае "
               "2023 года суд оставил решение в силе.",
         {("refugee_status_refused", "2023-02"), ("appeal_decided", "2023-05")}),
        # a court's custody order on another day than the arrest is a step of its own: the
        # police detention in the host state, then the order, of the kind it tells (at whose
        # request: an extradition arrest); on the same day they are one step
        ("en", "He was arrested in Almaty on 3 March 2024. The next day a court remanded him in "
               "custody at the request of Uzbekistan.",
         {("detention_host", "2024-03-03"), ("extradition_detention", "2024-03-04")}),
        ("ru", "Его задержали вчера сотрудники ФСБ в Екатеринбурге. Сегодня суд заключил его под "
               "стражу на 40 суток по запросу Ташкента.",
         {("detention_host", "2024-05-09"), ("extradition_detention", "2024-05-10")}),
        ("en", "Police picked him up at the airport on Sunday on an Interpol notice. On Tuesday a "
               "judge ordered that he stay in custody pending extradition.",
         {("detention_host", "2024-05-05"), ("extradition_detention", "2024-05-07")}),
        ("ru", "3 мая 2024 года его задержали в Алматы по запросу Узбекистана. Через два дня "
               "суд санкционировал его арест в целях экстрадиции.",
         {("detention_host", "2024-05-03"), ("extradition_detention", "2024-05-05")}),
        ("en", "On 3 March 2024 police in Almaty detained him at Uzbekistan's request, and the "
               "same day a court remanded him in custody pending extradition.",
         {("extradition_detention", "2024-03-03")}),
        ("ru", "3 марта 2024 года его задержали по запросу Узбекистана, и в тот же день суд "
               "арестовал его в целях экстрадиции.",
         {("extradition_detention", "2024-03-03")}),
        ("ru", "16 апреля 2024 года адвокат направила в МВД заявление Рахимова о признании его "
               "беженцем.",
         {("asylum_application_filed", "2024-04-16")}),
        ("ru", "По его словам, в 2018 году в лагерь отправили его жену Гульнару.",
         {("relative_persecuted", "2018")}),
        ("ru", "11 февраля 2024 года в ИВС Алматы его поместили на трое суток.",
         {("detention_host", "2024-02-11")}),
        # the decision a complaint is "against" is its object, not a new decision
        ("ru", "27 июня 2022 года суд по жалобе гражданина Казахстана Жаксылыкова на решение о "
               "его выдаче оставил жалобу без удовлетворения.",
         {("appeal_decided", "2022-06-27")}),
        # landing as a resettled refugee is the resettlement, one event
        ("en", "On 19 June 2022 the family landed in Stockholm and were received there as "
               "resettled refugees.",
         {("resettlement", "2022-06-19")}),
        # an interview in Russian: a season "of the same year", answers dated by the question
        ("ru", "— Когда вас впервые задержали?\n— В марте 2017 года, в Урумчи.\n\n— Что было "
               "потом?\n— Летом того же года меня отправили в лагерь. В первые дни меня избивали."
               "\n\n— Вы обращались за убежищем?\n— Да, в феврале 2020 года. Отказ пришёл в "
               "августе. Мы подали жалобу в суд, но в ноябре суд её отклонил.",
         {("detention_origin", "2017-03"), ("camp_internment", "2017-06/2017-08"),
          ("ill_treatment", "2017-06/2017-08"), ("asylum_application_filed", "2020-02"),
          ("refugee_status_refused", "2020-08"), ("appeal_decided", "2020-11")}),
        ("en", "In March 2017 he was detained in Urumqi. In the summer of that year he was sent "
               "to a camp.",
         {("detention_origin", "2017-03"), ("camp_internment", "2017-06/2017-08")}),
        # a relative's testimony about the person held: what is done to "my brother" is the
        # person's own story, not a relative's persecution
        ("ru", "Мой младший брат Айбек сейчас сидит в СИЗО в Бишкеке. 3 марта 2024 года его "
               "задержали по запросу Узбекистана.",
         {("extradition_detention", "2024-03-03")}),
        ("en", "My son Aibek is being held in a removal centre in Almaty. Police in Almaty "
               "detained him on 3 March 2024.",
         {("detention_host", "2024-03-03")}),
        ("en", "I fled China in 2019. My brother was detained in Kashgar in 2018.",
         {("departure_home", "2019"), ("relative_persecuted", "2018")}),
        # questioning during a detention is part of it, not a summons of its own
        ("ru", "В мае 2017 года меня вызвали в участок и три дня держали там, допрашивали о "
               "родственниках.",
         {("detention_origin", "2017-05")}),
        ("en", "In May 2017 police summoned him to the station and held him there for three days.",
         {("detention_origin", "2017-05")}),
    ],
)  # fmt: skip
def test_which_step_a_date_belongs_to(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _events(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Хронология\n\n— 18 октября 2025 года. Задержан в Алматы сотрудниками полиции.\n\n"
               "— 22 декабря 2025 года. Комиссия отказывает в присвоении статуса беженца.",
         {("detention_host", "2025-10-18"), ("refugee_status_refused", "2025-12-22")}),
        ("en", "Timeline\n\n- 18 October 2025. Detained in Almaty by the police.\n\n"
               "- Spring 2019. Crossed the border into Kazakhstan outside a checkpoint.",
         {("detention_host", "2025-10-18"),
          ("border_crossing_outside_checkpoint", "2019-03/2019-05")}),
    ],
)  # fmt: skip
def test_a_list_item_that_opens_with_its_date_said_alone(
    lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _events(lang, text)


def test_a_date_said_alone_outside_a_list_is_its_own_sentence() -> None:
    from panah.ingest.text import sentences

    text = "Он уехал. Это было в 2019 году. Потом его задержали."
    assert len(sentences(text)) == 3
    text = "— 18 октября 2025 года. Задержан в Алматы."
    assert len(sentences(text)) == 1
