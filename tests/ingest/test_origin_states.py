"""The state that asks for a person back is that person's country of origin in the text, even
where it is usually a host state (Kyrgyzstan, Kazakhstan): leaving it is the flight from home,
and a detention in the host state while it seeks extradition is the extradition arrest, unless
told as a step of a deportation. The source is dated 2024-05-10."""

from __future__ import annotations

import pytest

from panah.ingest import SourceMeta, draft_case
from panah.ingest.events import origin_states
from tests.ingest.conftest import backend_for
from tests.ingest.scoring import dated_events


def _events(lang: str, text: str) -> set[tuple[str, str]]:
    draft = draft_case(
        text, lang=lang, meta=SourceMeta(date="2024-05-10"), backend=backend_for(lang)
    )
    return dated_events(draft.case)


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("Kyrgyzstan is asking Russia to send him back.", {"KG"}),
        ("He was detained in Novosibirsk on a Kyrgyz warrant.", {"KG"}),
        ("Kazakhstan's extradition request reached Moscow in March.", {"KZ"}),
        ("The Prosecutor General's Office of Kazakhstan sent its request on 3 March.", {"KZ"}),
        ("Генеральная прокуратура Республики Казахстан направила запрос о его выдаче.", {"KZ"}),
        ("Киргизия прислала запрос о его экстрадиции.", {"KG"}),
        ("Кыргызстан направил запрос о его выдаче.", {"KG"}),
        # the host state addressed, not the requesting one
        ("Китай направил в Генеральную прокуратуру Казахстана запрос о её выдаче.", set()),
        ("He moved from Kazakhstan to Turkey in 2019.", set()),
    ],
)
def test_the_requesting_state_is_a_country_of_origin(text: str, extra: set[str]) -> None:
    assert origin_states(text) - {"CN", "UZ", "TJ", "TM"} == extra


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        ("en", "On 14 April 2021 he left Kyrgyzstan for Russia. Kyrgyzstan is asking Russia to "
               "send him back.", ("departure_home", "2021-04-14"),
         ("departure_from_host", "2021-04-14")),
        ("en", "On 14 April 2021 he left Kyrgyzstan for Russia. Russia refused him asylum.",
         ("departure_from_host", "2021-04-14"), ("departure_home", "2021-04-14")),
        ("ru", "Он выехал из Казахстана в марте 2019 года. Генеральная прокуратура Республики "
               "Казахстан направила запрос о его выдаче.", ("departure_home", "2019-03"),
         ("departure_from_host", "2019-03")),
        ("en", "Police in Bishkek detained him on 9 January 2024. China's extradition request "
               "arrived a month later.", ("extradition_detention", "2024-01-09"),
         ("detention_host", "2024-01-09")),
        ("ru", "14 февраля 2022 года его задержали в Москве. 3 марта Генеральная прокуратура "
               "Республики Казахстан направила запрос о его выдаче.",
         ("extradition_detention", "2022-02-14"), ("detention_host", "2022-02-14")),
        # a step of a deportation stays a detention in the host state
        ("en", "Police in Istanbul detained him on 21 March 2023 and took him to a removal "
               "centre. Uzbekistan requested his extradition in 2021.",
         ("detention_host", "2023-03-21"), ("extradition_detention", "2023-03-21")),
        # no extradition asked for: a detention in the host state
        ("en", "Police in Bishkek detained him on 9 January 2024.",
         ("detention_host", "2024-01-09"), ("extradition_detention", "2024-01-09")),
    ],
)  # fmt: skip
def test_origin_decides_the_kind_of_departure_and_detention(
    lang: str, text: str, expected: tuple[str, str], absent: tuple[str, str]
) -> None:
    got = _events(lang, text)
    assert expected in got
    assert absent not in got
