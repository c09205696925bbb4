"""Each event type in varied phrasings, English and Russian, with the date it must get.

The sentences are in ``phrasings.txt`` (language | event type | date | sentence; ``\\n`` in a
sentence is a line break): short
sentences written for the rules, not taken from the evaluation texts: active and
passive voice, other verbs, Russian cases and aspects, other date forms (a weekday beside the
date, "last month", "02.03.2024", ranges). The source is dated 2024-05-10 (a Friday). "Early
2018" / "в начале 2018 года" stays the year 2018: the case-file date syntax has no "early".


These test the rules' own decisions, so they draft with ``classifier=False``; what the learned
classifier adds to them is tested in ``test_classify.py`` and measured in ``test_evaluation.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.conftest import rules_events

ARTICLE_DATE = "2024-05-10"

_TABLE = Path(__file__).with_name("phrasings.txt").read_text("utf-8").splitlines()
CASES = [
    tuple(line.replace("\\n", "\n").split(" | ", 3))
    for line in _TABLE
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize(("lang", "etype", "date", "text"), CASES)
def test_the_event_is_drafted_with_its_date(lang: str, etype: str, date: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert (etype, date) in events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police threatened that he would be deported to China."),
        ("en", "He fears he could be detained if he returns."),
        ("en", "Officials refused to release him on 3 March 2024."),
        ("ru", "Ему грозит выдворение в Китай."),
        ("ru", "Суд не назначил выдворение 3 марта 2024 года."),
        ("ru", "Он опасается, что может быть задержан 3 марта 2024 года."),
        ("en", "A court on 13 March 2024 refused to release him from extradition custody."),
        ("en", "On 5 May 2024 he was left at risk of being sent back to China."),
        ("ru", "5 мая 2024 года её пригласили на собеседование на 15 мая."),
        ("ru", "Бюро 14 марта 2024 года направило письмо с просьбой отказать в экстрадиции."),
        # a Russian perfective present is a future: "he will appeal", "they will deport him"
        ("ru", "3 марта 2024 года адвокат сказал, что обжалует решение о выдворении."),
        ("ru", "Если суд 3 марта 2024 года откажет, его депортируют."),
        ("en", "On 3 March 2024 the lawyer said the police could detain him at any moment."),
        ("en", "Rights groups fear he could be picked up by police on 3 March 2024."),
        ("en", "He fears he will be removed to Tashkent on 3 March 2024."),
        ("ru", "3 марта 2024 года адвокат заявил, что суд может выдворить его."),
        ("ru", "3 марта 2024 года прокурор просил суд назначить ему выдворение."),
        ("en", "On 3 March 2024 his lawyer warned him that he could be deported."),
        ("ru", "3 марта 2024 года адвокат сказал, что ему грозит выдворение."),
        (
            "en",
            "Since 2016 Kazakhstan has deported dozens of Uyghurs to China; in 2023 it "
            "extradited at least twelve Uzbek nationals.",
        ),
        (
            "ru",
            "С 2020 года Россия выдала Таджикистану более ста человек. Многих из них в 2023 "
            "году осудили на длительные сроки.",
        ),
        # words that contain a trigger's stem: "пытался" (tried), "испытал", "задержался"
        ("ru", "3 марта 2024 года он пытался уехать в Турцию и испытал сильный страх."),
        ("ru", "3 марта 2024 года его рейс задержался на пять часов."),
        ("ru", "3 марта 2024 года он чудом избежал ареста."),
        # friends and colleagues are neither the person nor a relative
        ("en", "On 3 March 2024 police arrested three of his friends in Kashgar."),
        ("ru", "3 марта 2024 года в Кашгаре задержали его коллег."),
        # a lawyer who speaks after the verb is no official ("…, сообщил его адвокат")
        (
            "ru",
            "Генеральная прокуратура Узбекистана направила запрос в конце мая 2024 года, "
            "сообщил его адвокат Павел Егоров.",
        ),
        # a relative's own flight is neither the person's nor a persecution
        ("en", "His brother fled to Turkey in 2019."),
        ("ru", "Его брат уехал в Турцию в 2019 году."),
        # what was asked for is not what happened
        ("ru", "3 марта 2024 года его ходатайство об освобождении было отклонено."),
        ("en", "On 3 March 2024 the court rejected a request for his release."),
        ("ru", "3 марта 2024 года он подал прошение об убежище и попросил защитника."),
        # a hearing still to come
        ("en", "A hearing is scheduled for 20 May 2024 and will take place in Almaty."),
        ("ru", "Заседание назначено на 20 мая 2024 года."),
        # others' fate told in the same report: a count of people is not the person
        ("en", "At least five Uzbek nationals have been detained in Kyrgyzstan since January."),
        ("ru", "С января 2024 года в Кыргызстане задержаны не менее пяти граждан Узбекистана."),
        # "why he fled", "почему бежал": a question inside the clause, not a dated act
        ("ru", "8 мая 2023 года он вышел к пограничникам и рассказал, почему бежал из Китая."),
        ("en", "On 8 May 2023 he went to the police and explained why he fled China."),
        # a request that never came is no request
        ("ru", "Запрос о его выдаче до 3 марта 2024 года так и не поступил."),
        ("ru", "Запрос об экстрадиции от Узбекистана 3 марта 2024 года не поступил."),
        ("en", "A request for his extradition was never received before 3 March 2024."),
        # the indictment cited as a source is no indictment that day
        ("en", "According to the indictment, he crossed the border on 3 March 2024."),
        # money or a case sent home or back is no expulsion
        ("ru", "3 марта 2024 года он отправил деньги на родину."),
        ("ru", "3 марта 2024 года дело отправили обратно в Кулябский суд."),
        ("en", "On 3 March 2024 the case was sent back to Bishkek City Court."),
        ("en", "On 3 March 2024 he sent money back to Dushanbe."),
        ("en", "On 3 March 2024 the prosecutor said the extradition request never arrived."),
        # round on AC/AD: a stem inside another word ("попытку"), a condemnation ("осуждает"),
        # a transfer to a remand prison, a warning by others than the persecutors
        ("ru", "3 марта 2024 года за попытку помолиться его лишили свиданий."),
        ("ru", "3 марта 2024 года её заставили подписать бумагу, что она осуждает ошибки мужа."),
        ("ru", "3 марта 2024 года его этапировали в СИЗО."),
        ("en", "On 3 March 2024 Amnesty warned that if he is returned he faces torture."),
        (
            "ru",
            "3 марта 2024 года правозащитники предупредили, что если его выдадут, "
            "ему грозят пытки.",
        ),
        ("ru", "3 марта 2024 года центр решительно осуждает выдворение."),
        ("en", "On 3 March 2024 the doctor told him to come back next week."),
        # a status of another kind: no asylum context for a bare "пришёл отказ"
        ("ru", "Статус подозреваемого ему не дали. 3 марта 2024 года пришёл отказ."),
        # round on AE/AF: the date a hearing is put off to is no hearing; a renewed application
        # for something else than protection is no asylum application
        ("en", "The judge adjourned the case until 3 March 2024."),
        ("en", "He sought asylum. He filed a new application for a passport on 3 March 2024."),
        ("ru", "Он просил убежища. Второе заявление об освобождении он подал 3 марта 2024 года."),
        # a penalty asked for is no verdict
        ("ru", "3 марта 2024 года прокурор попросил назначить ему ограничение свободы."),
        ("en", "On 3 March 2024 the prosecutor asked the court to give him restricted freedom."),
        # a thing or a child taken away is no detention
        ("en", "On 3 March 2024 his passport was taken away."),
        ("en", "On 3 March 2024 the children were taken away from their parents."),
    ],
)
def test_what_did_not_happen_is_not_an_event(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    kinds = {t for t, _ in events}
    assert not kinds & {
        "handover_carried_out",
        "asylum_interview",
        "extradition_detention",
        "extradition_decision",
        "relative_persecuted",
        "expulsion_carried_out",
        "expulsion_ordered",
        "detention_host",
        "detention_origin",
        "release",
        "departure_home",
        "threat",
        "verdict",
        "hearing",
        "extradition_requested",
        "refugee_status_granted",
        "refugee_status_refused",
        "torture",
        "official_statement",
        "indictment",
        "summons",
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a critic of the government, a UN agency, a lawyer: no state official
        ("en", "A government critic, Aibek Serikov, said on 5 March 2024 that he feared arrest."),
        ("en", "The UN refugee agency said on 5 March 2024 that it was following the case."),
        ("en", "Asked about the migration authority's decision on 5 March 2024, his lawyer said it "
               "was unlawful."),
        # a pronoun after a body that acted on the person is the person, no official
        ("ru", "Полиция задержала его 3 марта 2024 года. 4 марта 2024 года он заявил, что "
               "невиновен."),
        ("en", "The police detained him on 3 March 2024. On 4 March 2024 he said that he was "
               "innocent."),
        ("en", "The ministry refused his request. His lawyer appealed. On 4 March 2024 she said "
               "that the refusal was unlawful."),
    ],
)  # fmt: skip
def test_no_official_no_official_statement(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert "official_statement" not in {t for t, _ in events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a host-state city left is no flight from home; nor a place of no known country
        ("en", "On 2 June 2023 he left Almaty for Istanbul."),
        ("ru", "2 июня 2023 года он уехал из Алматы в Стамбул."),
        ("en", "On 2 June 2023 he left Zeytinburnu for good."),
    ],
)
def test_leaving_a_place_of_no_origin_is_no_flight_from_home(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert "departure_home" not in {t for t, _ in events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A hearing on the extradition request is scheduled for 20 May 2024."),
        ("en", "The court will rule on his appeal against the removal order on 20 May 2024."),
        ("en", "The appeal against the deportation decision was adjourned until 20 May 2024."),
        ("ru", "Рассмотрение жалобы на решение о выдворении назначено на 20 мая 2024 года."),
        ("ru", "Заседание по запросу о выдаче отложено до 20 мая 2024 года."),
        # a verdict a judge expects or plans to deliver
        ("en", "The judge said she expected to deliver the verdict on 20 May 2024."),
        ("en", "The court plans to hand down its verdict on 20 May 2024."),
        ("en", "The judge intends to announce the sentence on 20 May 2024."),
        # a verdict to be read out: "будет оглашён", "огласят"
        ("ru", "Судья объявил, что приговор будет оглашён 20 мая 2024 года."),
        ("ru", "Приговор огласят 20 мая 2024 года."),
        ("ru", "Решение суда будет вынесено 20 мая 2024 года."),
    ],
)
def test_a_date_still_to_come_is_no_event(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert not events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative's or a lawyer's appeal is no NGO's
        ("ru", "Сегодня его жена обращается к властям с просьбой не выдавать его Китаю."),
        ("en", "Today his lawyer urged the court not to extradite him."),
        ("en", "Today his wife, Aigul, called on the authorities to release him."),
        ("en", "Today his lawyer, Marat Sadykov, urged the judge to acquit him."),
        # "we" is an organisation only in a text that opens as an organisation's statement
        ("en", "My testimony\n\nOn 3 March 2024 we wrote again to the prosecutor, my wife and I."),
        ("ru", "Мой рассказ\n\n3 марта 2024 года мы повторно обратились к уполномоченному."),
    ],
)
def test_an_appeal_of_no_group_is_no_ngo_appeal(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert "ngo_appeal" not in {t for t, _ in events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At a press conference on 3 March 2024 two groups urged Kazakhstan to free him."),
        (
            "ru",
            "3 марта 2024 года на пресс-конференции правозащитники призвали власти освободить его.",
        ),
    ],
)
def test_a_call_made_at_a_press_conference_is_the_press_conference(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert events == {("press_conference", "2024-03-03")}


def test_a_bulletin_item_of_another_story_keeps_its_detention() -> None:
    """In a bulletin of several items, an extradition asked for in one item does not make a
    detention in another item an extradition arrest."""
    text = (
        "ITEM 1 - BISHKEK\n\nTajikistan's request for his extradition is dated 2 March 2024, "
        "his lawyer said.\n\nITEM 2 - ISTANBUL\n\nA blogger was detained by police in "
        "Istanbul on 4 March 2024."
    )
    events = rules_events(text, "en", ARTICLE_DATE)
    assert ("detention_host", "2024-03-04") in events
    one = text.replace("\n\nITEM 2 - ISTANBUL", "")
    assert ("extradition_detention", "2024-03-04") in rules_events(one, "en", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a street is no border river; a letter to a relative is no UN communication
        ("On 2 March 2024 he crossed the street into the market.", "border_crossing"),
        ("On 2 March 2024 UN staff in Almaty wrote to his wife.", "un_communication_sent"),
        # a committee's opinion reported, not adopted
        ("On 2 March 2024 the Committee's earlier opinion was quoted in court.", "un_decision"),
    ],
)
def test_k_forms_near_misses(text: str, kind: str) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert not any(t.startswith(kind) for t, _ in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a request for information is no extradition request; a request for extradition
        # refused is not one received
        ("Your request of 2 April 2024 for information was examined.", "extradition_requested"),
        ("On 2 April 2024 a request for his extradition was refused.", "extradition_requested"),
        # "the appeal of" a number of people, not of a date
        ("On 2 April 2024 the appeal of 10 prisoners was published.", "appeal_filed"),
        # a house left unchanged is no court's decision
        ("On 2 April 2024 they left the house unchanged.", "appeal_decided"),
        # a visa extended is no custody extended
        ("On 2 April 2024 the consulate extended his visa by four months.", "extradition_det"),
        # granting a request for a meeting is no extradition decision
        ("On 2 April 2024 the office decided to grant the request for a meeting.", "extradition"),
    ],
)
def test_l_officialese_near_misses(text: str, kind: str) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert not any(t.startswith(kind) for t, _ in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "it took them fifteen minutes"; "they took me on a tour" (no day after it)
        ("On 2 April 2024 it took them fifteen minutes to decide.", "detention"),
        ("On 2 April 2024 they took me on a tour of the city.", "detention"),
        # a relative taken to school, a call to a friend
        ("On 2 April 2024 they took my brother to the school.", "relative_persecuted"),
        ("On 2 April 2024 they called me to the office.", "summons"),
        # an appeal sent to the press is no filing
        ("On 2 April 2024 the group sent the appeal to the media.", "appeal_filed"),
    ],
)
def test_l_letter_near_misses(text: str, kind: str) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert not any(t.startswith(kind) for t, _ in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a relative's call to the police, not from it; a term of a contract ended
        ("Маме 2 апреля 2024 года звонили из школы.", "relative_persecuted"),
        ("2 апреля 2024 года кончился мой отпуск.", "release"),
        # a court gave a delay, not a prison term; a complaint received by a newspaper
        ("2 апреля 2024 года суд дал мне неделю на подготовку.", "verdict"),
        ("Жалоба поступила в редакцию 2 апреля 2024 года.", "appeal_filed"),
        # a factory where he worked and was paid
        ("В 2019 году он работал на фабрике и получал зарплату.", "forced_labour"),
    ],
)
def test_l_russian_near_misses(text: str, kind: str) -> None:
    events = rules_events(text, "ru", ARTICLE_DATE)
    assert not any(t.startswith(kind) for t, _ in events)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # an appeal refused a hearing is no decision on it; a newspaper publishing an appeal
        ("en", "On 2 April 2024 the appeal refused to budge the court.", "ngo_appeal"),
        # led away in handcuffs from a demonstration elsewhere: still a detention, but "увели
        # детей" without handcuffs is none
        ("ru", "2 апреля 2024 года детей увели домой.", "detention"),
        # deciding to give a document is no extradition decision
        ("ru", "2 апреля 2024 года суд решил выдать ему копию решения.", "extradition_decision"),
    ],
)
def test_l_diary_near_misses(lang: str, text: str, kind: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert not any(t.startswith(kind) for t, _ in events)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a messenger's short forms, near-misses: a suit against no removal, an interview with
        # no asylum in it, a visit by no official, a court's refusal of something else
        ("ru", "7 мая 2024 года он подал иск в суд о взыскании долга.", "appeal_filed"),
        ("ru", "7 мая 2024 года было интервью на радио, спрашивали про работу.",
         "asylum_interview"),
        ("ru", "Маме в воскресенье приходили гости.", "relative_persecuted"),
        ("ru", "7 мая 2024 года суд отказал в иске о взыскании долга.", "appeal_decided"),
    ],
)  # fmt: skip
def test_a_messengers_short_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a note verbale's officialese, near-misses: a territory entered with no checkpoint,
        # a measure of restraint with no extradition, a request for something else
        ("en", "On 14.07.2019 Davlatov entered the territory of the Kyrgyz Republic.",
         "border_crossing_at_checkpoint"),
        ("en", "By a ruling of 04.01.2024 the measure of restraint in the form of house arrest "
         "was applied to Davlatov.", "extradition_detention"),
        ("en", "On 25.01.2024 the Office sent to the court a request for the examination of "
         "the file of Davlatov.", "extradition_requested"),
        ("en", "On 09.01.2024 Davlatov applied to the court for a review of the fine.",
         "asylum_application_filed"),
    ],
)  # fmt: skip
def test_a_note_verbales_officialese_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # the Russian officialese, near-misses: a refusal of something else, a seizure
        # imposed (no fine), a certificate's term not extended, a complaint on other grounds
        ("ru", "3 мая 2024 года в выдаче визы Сейтказы отказано.", "refugee_status_refused"),
        ("ru", "3 мая 2024 года на имущество Сейтказы наложен арест.", "fine"),
        ("ru", "3 мая 2024 года истёк срок действия удостоверения Сейтказы.",
         "asylum_certificate_extended"),
        ("ru", "3 мая 2024 года Сейтказы подал жалобу о подаче ходатайства о пересмотре дела.",
         "asylum_application_filed"),
    ],
)  # fmt: skip
def test_the_russian_officialese_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a messenger's short forms in English, near-misses: a phone taken, a pronoun taken
        # (whose detention is not said), a sentence that does not open with "Refused", a
        # court that cancelled a hearing, let out of a car
        ("en", "On 6 May 2024 they took papa's phone.", "detention_host"),
        ("en", "On 6 May 2024 police took her phone.", "detention_host"),
        ("en", "On 6 May 2024 he was told the bank refused in part.", "refugee_status_refused"),
        ("en", "On 6 May 2024 the court cancelled the hearing.", "appeal_decided"),
        ("en", "On 6 May 2024 they let him out of the car at the border.", "release"),
    ],
)  # fmt: skip
def test_english_short_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a migration service's decision, near-misses: a certificate of something else, an
        # interview for a job (no interpreter, no asylum)
        ("ru", "3 мая 2024 года ему выдано свидетельство о рождении сына.",
         "asylum_certificate_issued"),
        ("ru", "3 мая 2024 года ему выдано свидетельство о регистрации автомобиля.",
         "asylum_certificate_issued"),
        ("ru", "Собеседование при приёме на работу, проведённое 14.03.2024, прошло успешно.",
         "asylum_interview"),
    ],
)  # fmt: skip
def test_a_migration_services_decision_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


def test_a_date_right_after_and_opens_the_next_clause() -> None:
    # the day after "и" is the crossing's, not the departure's told just before it
    text = (
        "10.09.2019 заявитель выехал из Китая и 12.09.2019 въехал на территорию Кыргызской "
        "Республики через пункт пропуска «Торугарт»."
    )
    events = rules_events(text, "ru", ARTICLE_DATE)
    assert ("departure_home", "2019-09-10") in events
    assert ("departure_home", "2019-09-12") not in events
    assert ("border_crossing_at_checkpoint", "2019-09-12") in events
    # near-miss: two days joined by "и" after one trigger are both its own
    both = rules_events("Его задержали 3 мая 2024 года и 5 мая 2024 года.", "ru", ARTICLE_DATE)
    assert {d for t, d in both if t.startswith("detention")} == {"2024-05-03", "2024-05-05"}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # work under guard or without pay, near-misses: a guard's own work, work for free
        # as a volunteer, paid work
        ("en", "In 2019 he worked as a guard at a factory.", "forced_labour"),
        ("ru", "В 2019 году он бесплатно работал волонтёром в фонде.", "forced_labour"),
        ("ru", "С мая 2019 года он работал на фабрике и получал зарплату.", "forced_labour"),
    ],
)  # fmt: skip
def test_work_under_guard_or_without_pay_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


def test_an_event_after_after_set_off_by_a_comma_is_not_dated_by_the_next_date() -> None:
    text = "После освобождения, с ноября 2018 по май 2019 года, он без оплаты работал на фабрике."
    assert ("release", "2018-11/2019-05") not in rules_events(text, "ru", ARTICLE_DATE)
    # near-miss: a date right after the event, no comma, is its own
    text = "After his release on 3 May 2019 he moved to Almaty."
    assert ("release", "2019-05-03") in rules_events(text, "en", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a caseworker's chronology, near-misses: a deportation decision suspended (no order
        # made), a lawsuit against someone else, let go from a job
        ("en", "The court on 3 May 2024 suspended the deportation decision.", "expulsion_ordered"),
        ("en", "On 3 May 2024 counsel filed a lawsuit against the newspaper.", "appeal_filed"),
        ("en", "On 14 June 2019 he was let go from his job at the factory.", "release"),
        # an order to leave a room is no removal
        ("en", "On 3 May 2024 the judge ordered him to leave the courtroom.", "expulsion_ordered"),
    ],
)  # fmt: skip
def test_a_caseworkers_chronology_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a UN Working Group's opinion, near-misses: a hearing set for a later day, struck
        # with fear, struck by a car, a letter transmitted to a court
        ("en", "The Supreme Court has scheduled a hearing for 24 September.", "hearing"),
        ("en", "On 7 November 2025 he was struck with fear.", "ill_treatment"),
        ("en", "On 3 May 2024 he was struck by a car.", "ill_treatment"),
        ("en", "On 20 March 2026 the UN Working Group transmitted the letter to the court.",
         "un_communication_sent"),
    ],
)  # fmt: skip
def test_a_working_groups_opinion_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert kind not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a caseworker's memo in Russian, near-misses: goods brought to a shopping centre, an
        # application for a passport, a suit against a removal decision (no order of its own)
        ("ru", "11.04.2025 груз доставили в торговый центр.", "detention"),
        ("ru", "16/04/2025 подано заявление о выдаче паспорта.", "asylum_application_filed"),
        ("ru", "Иск против решения о депортации адвокат подал в административный суд 18/04/2025.",
         "expulsion_ordered"),
    ],
)  # fmt: skip
def test_a_russian_caseworkers_memo_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a notebook's short forms, near-misses: a thing taken from a flat, a call to the police
        # made by someone, years got of no sentence, a custody of no extradition, a letter
        # that reached a town, a crossing at night, a spokesman not quoted
        ("en", "On 6 May 2024 the laptop was taken from their flat.", "detention"),
        ("en", "On 6 May 2024 she called to the SNB duty officer for help.", "summons"),
        ("en", "In 2019 he got 8 years of experience at the bank.", "verdict"),
        ("en", "On 3 May 2024 the judge sanctioned two months' custody for theft.",
         "extradition_detention"),
        ("en", "On 6 May 2024 the request for extradition reached Bishkek.", "arrival"),
        ("en", "On 6 May 2024 the letter from the court arrived in Almaty.", "arrival"),
        ("en", "He crossed at night on 19 March 2017, through the mountains.",
         "border_crossing_at_checkpoint"),
        ("en", "On 7 May 2024 Spokesman Aliya Nurova declined to comment.", "official_statement"),
        ("en", "On 7 May 2024 he was hit by a car on the way home.", "ill_treatment"),
    ],
)  # fmt: skip
def test_a_notebooks_short_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


NOTEBOOK_EN = (
    "Notes on the Omarov case\n\n"
    "Wed 1 May\n"
    "08.15 - call from his sister. Serik Omarov taken from his flat in Almaty last night by "
    "three men.\n"
    "(Check the address with the landlord.)\n\n"
    "Fri 3/5\n"
    'Court ordered his custody "pending extradition". Brother Serik Omarov looked pale.\n'
    'Called the ministry. Spokeswoman Aliya Nurova: "Everything is lawful."\n\n'
    "Tue 7 May\n"
    "His lawyer saw him. What he told her: in the police station on the first night he was "
    "kicked and made to stand till morning.\n"
    "TODO: ask about the verdict of 2016.\n"
)


def test_a_notebooks_entries_date_their_events() -> None:
    # "Wed 1 May" with the next line's clock time, "Fri 3/5" (day/month after a weekday): the
    # entries' days date "last night" and the undated events; blows "on the first night" take
    # the arrest's day; a spokesman quoted after a colon; notes to self are no events; a
    # brother's name in a text titled by his case is the person's
    events = rules_events(NOTEBOOK_EN, "en", "2024-05-10")
    assert ("detention_host", "2024-04-30") in events or (
        "detention_origin",
        "2024-04-30",
    ) in events
    assert ("extradition_detention", "2024-05-03") in events
    assert ("official_statement", "2024-05-03") in events
    assert ("ill_treatment", "2024-04-30") in events
    assert not any(t == "verdict" for t, _ in events)


def test_a_weekday_after_the_date_still_heads_an_entry() -> None:
    text = (
        "Блокнот, май 2024\n\n"
        "2.05, чт. Встреча с Ержаном в кафе. Говорит, что боится.\n\n"
        "6.05, пн. Адвокат: в субботу Ержана задержали у дома, миграционная полиция.\n"
    )
    assert ("detention_host", "2024-05-04") in rules_events(text, "ru", "2024-05-10")


def test_a_yearless_day_of_the_last_month_is_the_news() -> None:
    # a statement's paragraph after a biography of older years: a day in the month before the
    # statement's date is the news, not the biography's year going on
    text = (
        "He came to Kazan in 2021. He graduated in June 2023 and was admitted to the master's "
        "programme in September of the same year.\n\n"
        "On the evening of 2 May police officers detained him in Kazan on a search notice."
    )
    assert ("detention_host", "2024-05-02") in rules_events(text, "en", "2024-05-10")


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a notebook's Russian short forms, near-misses: a place left of no origin state, a
        # list's item of another application, a foundation that released a film, the
        # children taken home, a refusal of no asylum
        ("ru", "Из Москвы уехал 4 мая 2024 года, на поезде.", "departure_home"),
        ("ru", "— Заявление на регистрацию — 11.06.2019, копия есть.", "asylum_application_filed"),
        ("ru", "3 мая 2024 года фонд выпустил фильм о беженцах.", "ngo_appeal"),
        ("ru", "3 мая 2024 года детей забрали домой.", "relative_persecuted"),
        ("ru", "— Кредит в банке просили в 2019-м.\n— Отказ пришёл в феврале 2020-го.",
         "refugee_status_refused"),
    ],
)  # fmt: skip
def test_a_russian_notebooks_short_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


def test_a_refusal_in_a_list_takes_the_item_before() -> None:
    text = (
        "Говорит тихо.\n"
        "— Заявление на статус беженца подала в 2019 году.\n"
        "— Отказ пришёл в феврале 2020-го."
    )
    assert ("refugee_status_refused", "2020-02") in rules_events(text, "ru", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a community bulletin's forms, near-misses: asked for help, gone to court as a
        # witness, a passport kept at home, held by the hand
        ("en", "On 2 May 2024 she asked the imam for help with the rent.",
         "asylum_application_filed"),
        ("en", "On 6 May 2024 he went to the regional court as a witness.", "appeal_filed"),
        ("en", "On 6 May 2024 he kept his passport in a drawer at home.", "passport_confiscated"),
        ("en", "On 6 May 2024 the child was held by the hand by her mother.", "detention"),
    ],
)  # fmt: skip
def test_a_bulletins_forms_need_their_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


def test_ramadan_is_its_gregorian_months() -> None:
    from panah.ingest.datetext import hijri_month

    assert hijri_month(2025, 9) == "2025-03"  # 1 March - 29 March 2025
    assert hijri_month(2024, 9) == "2024-03/2024-04"  # 11 March - 9 April 2024
    assert hijri_month(2030, 9) is None  # two Ramadans begin in 2030
    events = rules_events("В Рамадан 2023 года полиция забрала у него паспорт.", "ru", ARTICLE_DATE)
    assert ("passport_confiscated", "2023-03/2023-04") in events


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # officialese told in the other order, near-misses: a case closed, a call to a
        # press service, goods brought to a department, an appeal spoken of, not made
        ("ru", "Уголовное дело против Назарова прекращено в мае 2024 года.", "charge"),
        ("ru", "В 2020 году он сам звонил в Службу государственной безопасности.", "summons"),
        ("ru", "2 марта 2024 года документы доставили в районный отдел внутренних дел.",
         "detention"),
        ("ru", "3 мая 2024 года с докладом на конференции выступил профессор Ахмедов.",
         "ngo_appeal"),
    ],
)  # fmt: skip
def test_inverted_officialese_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


def test_a_communitys_brother_named_in_full_is_no_relative() -> None:
    # a mosque's leaflet: "брат Довлет Гурбанов" is a member of the community, "его брат
    # Довлет" and "брат Мергена" are relatives
    text = "С болью сообщаем, что брат Ильяс Аширов был задержан 20 мая 2024 года в Стамбуле."
    events = rules_events(text, "ru", ARTICLE_DATE)
    assert ("detention_host", "2024-05-20") in events
    text = "Его старший брат Ильяс Аширов был задержан 20 мая 2024 года в Ашхабаде."
    assert ("relative_persecuted", "2024-05-20") in rules_events(text, "ru", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # an employer's reference, near-misses: a ministry that refused a visa, sent to work
        # at a branch office, better weather, a complaint sent to a court
        ("en", "On 7 June 2023 the ministry refused his visa.", "refugee_status_refused"),
        ("en", "In May 2024 she was sent to work at the branch office in Astana.", "forced_labour"),
        ("en", "On 3 April 2024 they told him that it would be better to take the train.",
         "threat"),
        ("en", "On 26 November 2024 she submitted a complaint to the city court.",
         "un_communication_sent"),
    ],
)  # fmt: skip
def test_an_employers_reference_needs_its_words(lang: str, text: str, kind: str) -> None:
    assert not any(t.startswith(kind) for t, _ in rules_events(text, lang, ARTICLE_DATE))


def test_a_papers_own_date_dates_only_its_own_step() -> None:
    # "The letter is dated …" after a request: no kind of the request's; the request keeps
    # its day
    text = (
        "The Kyrgyz request for his extradition reached Astana on 3 May 2024. "
        "The letter of the embassy is dated 29 April 2024."
    )
    assert ("extradition_requested", "2024-05-03") in rules_events(text, "en", ARTICLE_DATE)


_THREAD_RU = (
    "Хроника. Пост обновляю, свежее сверху.\n\n"
    "апд 09.05, 18:00\nТолько что закончилась пресс-конференция правозащитников.\n"
    "Вчера суд отменил решение о депортации. Юристы написали докладчику ООН по пыткам.\n\n"
    "UPD 06.05, 10:15\nАдвокат обжаловала решение сегодня, 6 мая.\n\n"
    "Исходный пост, 03.05, 09:45\n"
    "Вчера вечером, 2 мая, полиция задержала нашу подругу в Стамбуле.\n"
)
_THREAD_EN = (
    "Thread, newest on top.\n\n"
    "UPDATE 8 May, 17:20\nThe press conference has just ended.\n\n"
    "Original post, 4 May, 09:00\nYesterday police detained Mehriban in Istanbul.\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        (
            _THREAD_RU,
            "ru",
            {
                ("press_conference", "2024-05-09"),
                ("appeal_decided", "2024-05-08"),
                ("appeal_filed", "2024-05-06"),
                ("detention_host", "2024-05-02"),
            },
            {
                ("appeal_filed", "2024-05-10"),
                ("detention_host", "2024-05-09"),
                ("torture", "2024-05-09"),  # a noun below the update's first sentence
            },
        ),
        (
            _THREAD_EN,
            "en",
            {("press_conference", "2024-05-08"), ("detention_host", "2024-05-03")},
            {("detention_host", "2024-05-09")},
        ),
    ],
)
def test_a_posts_updates_newest_first_date_what_they_tell(
    text: str, lang: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    """A volunteer's post updated above itself: "UPD 11.10, 16:05", "Исходный пост, 05.10":
    each update's stamp is the day of its "today", "yesterday" and of what it tells with no
    date of its own (a press conference that has just ended)."""
    events = rules_events(text, lang, ARTICLE_DATE)
    assert expected <= events
    assert not absent & events


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        # "no"/"никакого" before the event: it did not happen
        ("ru", "10 мая 2024 года ведомство заявило, что никакого решения о выдаче не принималось.",
         "extradition_decision"),
        ("en", "On 3 March 2024 the ministry said no decision on extradition had been taken.",
         "extradition_decision"),
        ("en", "Police said on 3 March 2024 there had been no extradition request.",
         "extradition_requested"),
    ],
)  # fmt: skip
def test_an_event_denied_with_no_is_none(lang: str, text: str, etype: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert etype not in {t for t, _ in events}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Petition update - May 8, 2024\nGood news\nThis morning we held a press conference "
            "outside the court.\n\nPetition update - May 2, 2024\nCase filed\nToday our lawyer "
            "lodged an appeal against the deportation order.\n",
            {("press_conference", "2024-05-08"), ("appeal_filed", "2024-05-02")},
            {("appeal_filed", "2024-05-10"), ("press_conference", "2024-05-10")},
        ),
        # near-miss: a noun after a preposition is what the update is about
        (
            "Case update - May 6, 2024\nThis morning our lawyer filed a case against the "
            "deportation order.\n",
            set(),
            {("expulsion_ordered", "2024-05-06")},
        ),
    ],
)
def test_a_petitions_updates_date_what_they_tell(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert expected <= events
    assert not absent & events


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "her" right after the verb is the woman the sentence before named ("his sister")
        (
            "He fled to Turkey in 2016. In 2017 his sister Gulnisa disappeared into a camp. "
            "In 2019 a court in Ghulja sentenced her to 15 years.",
            {("relative_persecuted", "2019")},
            {("verdict", "2019")},
        ),
        # near-miss: "his brother" and "her": she is not the brother
        (
            "She fled to Turkey in 2016. In 2017 her brother Memet was taken to a camp. "
            "In 2019 a court in Ghulja sentenced her to 15 years.",
            {("verdict", "2019")},
            set(),
        ),
        # a writer's husband introduced by name is the person of the text: his flight is his
        (
            "Please sign.\n\nMy husband, Aziz Karimov, is a Uyghur from Ghulja. He fled China in "
            "April 2016 and arrived in Istanbul on 2 May 2016.\n\nOn 30 June 2023 police came to "
            "our flat and took him away.",
            {("detention_host", "2023-06-30"), ("departure_home", "2016-04")},
            {("detention_origin", "2023-06-30")},
        ),
    ],
)
def test_who_a_pronoun_after_the_verb_is(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert expected <= events
    assert not absent & events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "We lodged a complaint with the UN Committee against Torture, and on 22 May 2024 "
               "the Committee requested the state not to extradite him."),
        ("ru", "Защита обратилась в Комитет ООН против пыток, и десятого марта этого года "
               "Комитет запросил у России временные меры: не выдавать его до рассмотрения."),
    ],
)  # fmt: skip
def test_a_complaint_does_not_take_the_date_of_the_interim_measures(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert "un_communication_sent" not in {t for t, _ in events}
    assert "un_interim_measures" in {t for t, _ in events}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a hope or a plan to have it upheld is no decision (the round on S)
        ("On 5 March 2024 the lawyer said the decision will be upheld on appeal.",
         "appeal_decided"),
        ("On 5 March 2024 he asked whether the order could be upheld on appeal.", "appeal_decided"),
        # approval of a treaty, not of his extradition
        ("On 5 March 2024 an extradition treaty approved by parliament came into force.",
         "extradition_decision"),
    ],
)  # fmt: skip
def test_s_timeline_forms_near_misses(text: str, kind: str) -> None:
    events = rules_events(text, "en", ARTICLE_DATE)
    assert kind not in {t for t, _ in events}


@pytest.mark.parametrize(
    "text",
    [
        # a threat of shocks, or shocks to no one, is no torture (the round on S)
        "5 марта 2024 года следователь угрожал применить к нему электрошок.",
        "5 марта 2024 года в доме отключили ток.",
    ],
)
def test_s_shocks_near_misses(text: str) -> None:
    events = rules_events(text, "ru", ARTICLE_DATE)
    assert "torture" not in {t for t, _ in events}


@pytest.mark.parametrize(
    "text",
    [
        # taken from a workshop, not a person; a meeting held by the committee (the round on S)
        "5 марта 2024 года сотрудники забрали инструменты из мастерской.",
        "On 5 March 2024 a briefing was held by the State Committee for National Security.",
    ],
)
def test_s_detention_near_misses(text: str) -> None:
    lang = "en" if text.isascii() else "ru"
    events = rules_events(text, lang, ARTICLE_DATE)
    assert not {t for t, _ in events} & {"detention_host", "detention_origin"}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # studying, a factory's office, what a court gave that is no sentence, a bank's refusal,
        # a relative seen off at the station (the round on T and U's leftovers)
        ("en", "In 2018 he went to study in Urumqi.", "camp_internment"),
        ("en", "In 2018 he went to Urumqi for study.", "camp_internment"),
        ("ru", "В 2018 году он поехал на учёбу в Урумчи.", "camp_internment"),
        ("en", "In 2019 he was sent to the factory's office to collect his pay.", "forced_labour"),
        ("en", "In March 2024 a court gave him back his passport.", "verdict"),
        ("en", "In March 2024 the court gave him a chance to speak.", "verdict"),
        ("ru", "5 мая 2024 года суд дал ему последнее слово.", "verdict"),
        ("en", "In March 2024 the bank turned him down for a loan.", "refugee_status_refused"),
        ("en", "In 2023 his friends took my brother to the station to catch a train.",
         "relative_persecuted"),
        # a hearing that should be held is still to come
        ("en", "On 5 May 2024 the commission refused him refugee status. The hearing should be "
         "in July.", "hearing"),
        # what a group returned, or a person extradited, faces; a request to halt extradition;
        # a lawyer's statement; an argument upheld
        ("en", "Uyghurs returned to China face torture, the group said on 3 March 2024.",
         "handover_carried_out"),
        ("en", "Uyghurs returned to China face torture, the group said on 3 March 2024.",
         "torture"),
        ("en", "On 15 January 2024 the author submitted that no diplomat has ever monitored a "
         "person extradited to Uzbekistan.", "handover_carried_out"),
        ("en", "On 3 March 2024 his lawyer asked for his extradition to be halted.",
         "extradition_requested"),
        ("en", "In a written statement on Wednesday, the lawyer said the police were wrong.",
         "official_statement"),
        ("en", "On 3 March 2024 the court upheld that argument.", "appeal_decided"),
        # no interview held; arrived "soon" after the day told
        ("ru", "Заявление о международной защите было отклонено 3 июня 2023 года без проведения "
         "собеседования по существу.", "asylum_interview"),
        ("ru", "В мае 2016 года автор выехал из Китая по туристической визе и вскоре прибыл в "
         "Стамбул.", "arrival"),
        ("en", "In May 2016 he left China on a tourist visa and soon arrived in Istanbul.",
         "arrival"),
        # stopped and let go; a walk out of a centre of no one held; a court a lawyer named
        ("en", "On 12 February 2024 police stopped him for a document check and let him go.",
         "detention_host"),
        ("en", "On 3 March 2024 the visitors walked out of the community centre.", "release"),
        ("en", "On 1 October 2023 the lawyer said the Constitutional Court was slow.",
         "appeal_filed"),
        # what several people got; the brother's questioning is his, not the person's
        ("ru", "В 2018-2019 годах несколько этнических казахов из Синьцзяна, бежавших в Казахстан, "
         "получили здесь убежище.", "refugee_status_granted"),
        ("ru", "Брата Ерлана, Серика, осенью 2023 года несколько недель удерживали в отделении "
         "полиции в Кульдже и допрашивали о связях с родственниками.", "summons"),
        # a statement of a lawyer, not an official
        ("ru", "5 марта 2024 года адвокат распространил заявление в соцсетях.",
         "official_statement"),
        # a request that stands, not withdrawn, is not made on the day told
        ("ru", "10 сентября 2023 года он освобождён из-под стражи, прокуратура Узбекистана запрос "
         "о выдаче не отозвала.", "extradition_requested"),
    ],
)  # fmt: skip
def test_t_and_u_leftovers_near_misses(lang: str, text: str, kind: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert kind not in {t for t, _ in events}


def test_a_camp_starts_on_the_day_they_came_for_the_person_only() -> None:
    # the sentence before tells that they came for her: its date is the camp's start
    text = 'In March 2018 they came for me at the school. They said I had to go for "study."'
    assert ("camp_internment", "2018-03") in rules_events(text, "en", ARTICLE_DATE)
    # near-miss: a move told before is no start of the camp
    text = "In March 2023 he moved to Almaty. He was sent to a camp."
    assert not rules_events(text, "en", ARTICLE_DATE)


def test_a_detention_stays_when_a_complaint_was_not_withdrawn() -> None:
    # "not withdrawn" says a request stands; after another event it says nothing of that event
    text = "5 марта 2024 года его задержали, и он не отозвал жалобу."
    assert ("detention_origin", "2024-03-05") in rules_events(text, "ru", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no text about the writer's father: "папа" is a relative (the round on T and U)
        ("ru", "В сентябре 2015 года папу вызвали в ГКНБ в Гарме."),
        ("en", "In September 2015 the police summoned my father."),
    ],
)
def test_a_father_is_a_relative_unless_the_text_is_his_case(lang: str, text: str) -> None:
    assert ("relative_persecuted", "2015-09") in rules_events(text, lang, ARTICLE_DATE)


def test_a_local_office_called_for_no_person_is_no_summons() -> None:
    assert not rules_events("5 марта 2024 года в хукумате вызвали такси.", "ru", ARTICLE_DATE)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # years that are an age, a span or a deadline, not a prison term
        ("en", "On 3 March 2024 he was given two years to leave the country.", "verdict"),
        ("en", "In 2021 he got fifteen years older, he joked.", "verdict"),
        ("en", "Fifteen years ago, in 2009, he got twenty years of work out of it.", "verdict"),
        # a summons told in the pluperfect, repeated, belongs to no dated sentence
        (
            "en",
            "He fled China in April 2016, after the police had called him in again and again.",
            "summons",
        ),
        # a relative who tells, the person who is held ("His sister, Aigul, says he was
        # detained")
        (
            "en",
            "My sister Aigul lives in Almaty.\nOn 8 September 2025 Aigul said he was detained.",
            "relative_persecuted",
        ),
        (
            "en",
            "Her husband, Rustam, told us she had been detained in Dubai on 8 September 2025.",
            "relative_persecuted",
        ),
        # a name given in full is a person of the text, not a relative named in passing
        (
            "en",
            "Our brother Annamyrat needs your help.\nOn 7 October 2025 Annamyrat Gurbanov was "
            "detained.",
            "relative_persecuted",
        ),
        # "мать Шарипова": a surname in the genitive is the owner, not the relative
        (
            "ru",
            "Мать Шарипова живёт в Худжанде.\n2 февраля 2026 года Шарипова задержали в Москве.",
            "relative_persecuted",
        ),
        # a Working Group's request for extradition is no UN communication
        (
            "ru",
            "В декабре 2023 года Рабочая группа направила запрос о выдаче.",
            "un_communication_sent",
        ),
    ],
)
def test_v_w_near_misses(lang: str, text: str, kind: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert kind not in {t for t, _ in events}


def test_the_children_alone_still_flee_as_relatives() -> None:
    # "me and the children" keeps the flight the narrator's; the children's own is no event
    events = rules_events("On 3 March 2024 his children fled to Turkey.", "en", ARTICLE_DATE)
    assert not {t for t, _ in events} & {"departure_home", "relative_persecuted"}


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # a lawyer or a relative who told the media is no official
        ("en", "His lawyer, Saltanat Ermekova, told local media on 11 February 2024 that it "
               "was unlawful.", "official_statement"),
        ("en", "His wife told Steppe Chronicle on Thursday that she feared for him.",
         "official_statement"),
        # a call to stop a removal made by a relative is no NGO's
        ("ru", "Сегодня его жена призывает власти немедленно остановить выдворение.", "ngo_appeal"),
        # interim measures only asked for by the lawyer
        ("en", "On 4 May 2024 his lawyer asked the Committee for interim measures.",
         "un_interim_measures"),
    ],
)  # fmt: skip
def test_v_w_calls_and_statements_need_their_speaker(lang: str, text: str, kind: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    assert kind not in {t for t, _ in events}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "They crossed out the names on 3 March 2024."),
        ("en", "On 3 March 2024 he crossed the street."),
        ("ru", "3 марта 2024 года через Алматы прошли митинги."),
    ],
)
def test_crossed_alone_needs_its_time_and_a_post_its_name(lang: str, text: str) -> None:
    events = rules_events(text, lang, ARTICLE_DATE)
    kinds = {t for t, _ in events}
    assert not kinds & {"border_crossing_outside_checkpoint", "border_crossing_at_checkpoint"}


def test_a_participle_of_who_they_are_takes_no_verdicts_date() -> None:
    # "двум выходцам из Китая, перешедшим границу": who the people are, not a crossing that day
    events = rules_events(
        "3 марта 2024 года суд вынес приговор двум выходцам из Китая, перешедшим границу в "
        "обход пункта пропуска.",
        "ru",
        ARTICLE_DATE,
    )
    assert ("verdict", "2024-03-03") in events
    assert not {t for t, _ in events} & {"border_crossing_outside_checkpoint"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 3 March 2024 his lawyer launched an appeal against the verdict."),
        ("ru", "3 марта 2024 года МИД выступил с заявлением по делу Ерлана."),
    ],
)
def test_a_court_appeal_or_a_ministrys_statement_is_no_groups_call(lang: str, text: str) -> None:
    assert "ngo_appeal" not in {t for t, _ in rules_events(text, lang, ARTICLE_DATE)}
