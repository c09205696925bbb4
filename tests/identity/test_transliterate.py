"""Transliteration: one case per Kazakh letter and scheme, and whole names per scheme."""

from __future__ import annotations

import pytest

from panah.identity import SCHEMES, UnsupportedScheme, transliterate
from panah.identity.arabic import arabic_to_cyrillic, cyrillic_to_arabic, uyghur_to_latin
from panah.identity.kazakh import cyrillic_to_latin, latin_to_cyrillic

# (Cyrillic letter in a syllable, kk-latn-2021, bgn-pcgn, press-en, icao-9303)
LETTERS = [
    ("ба", "ba", "ba", "ba", "BA"),
    ("бә", "bä", "bä", "ba", "BA"),
    ("ғы", "ğy", "ghy", "gy", "GY"),
    ("қы", "qy", "qy", "ky", "KY"),
    ("аң", "añ", "ang", "an", "AN"),
    ("бө", "bö", "bö", "bo", "BO"),
    ("бұ", "bū", "bu", "bu", "BU"),
    ("бү", "bü", "bü", "bu", "BU"),
    ("бу", "bu", "bū", "bu", "BU"),
    ("һа", "ha", "ha", "ha", "HA"),
    ("бі", "bı", "bi", "bi", "BI"),
    ("би", "bi", "bī", "bi", "BI"),
    ("ай", "ai", "ay", "ay", "AI"),
    ("бы", "by", "by", "by", "BY"),
    ("ха", "ha", "kha", "kha", "KHA"),
    ("жа", "ja", "zha", "zha", "ZHA"),
    ("ша", "şa", "sha", "sha", "SHA"),
    ("ча", "cha", "cha", "cha", "CHA"),
    ("ца", "tsa", "tsa", "tsa", "TSA"),
    ("ща", "şşa", "shcha", "shcha", "SHCHA"),
    ("бю", "biu", "byu", "byu", "BIU"),
    ("бя", "bia", "bya", "bya", "BIA"),
    ("бё", "bio", "byo", "byo", "BE"),
    ("бэ", "be", "bė", "be", "BE"),
    ("бь", "b", "bʹ", "b", "B"),
]


@pytest.mark.parametrize(
    ("cyr", "latn2021", "bgn", "press", "icao"),
    LETTERS,
    ids=["a", "ae-schwa", "gh", "q", "ng", "oe", "u-stroke", "ue", "u", "h-shha", "i-kazakh",
         "i", "short-i", "yeru", "kh", "zh", "sh", "ch", "ts", "shch", "yu", "ya", "yo", "e",
         "soft-sign"],
)
def test_kazakh_letter_in_each_scheme(
    cyr: str, latn2021: str, bgn: str, press: str, icao: str
) -> None:
    # A Kazakh-only letter elsewhere in the text selects the Kazakh BGN/PCGN table.
    assert cyrillic_to_latin(cyr, "kk-latn-2021") == latn2021
    assert cyrillic_to_latin(cyr + " қ", "bgn-pcgn").removesuffix(" q") == bgn
    assert cyrillic_to_latin(cyr, "press-en") == press
    assert cyrillic_to_latin(cyr, "icao-9303") == icao


NAMES = [
    ("Қастер Мұсаханұлы", "kk-latn-2021", "Qaster Mūsahanūly"),
    ("Қастер Мұсаханұлы", "bgn-pcgn", "Qaster Musakhanuly"),
    ("Қастер Мұсаханұлы", "press-en", "Kaster Musakhanuly"),
    ("Қастер Мұсаханұлы", "icao-9303", "KASTER MUSAKHANULY"),
    ("Мұрагер Әлімұлы", "kk-latn-2021", "Mūrager Älımūly"),
    ("Мұрагер Әлімұлы", "icao-9303", "MURAGER ALIMULY"),
    ("Ләззат Ахатова", "press-en", "Lazzat Akhatova"),
    ("Ерлан Назарбаев", "press-en", "Yerlan Nazarbayev"),
    ("Ерлан Назарбаев", "icao-9303", "ERLAN NAZARBAEV"),
    ("Жәңгір Шыңғысұлы", "kk-latn-2021", "Jäñgır Şyñğysūly"),
    ("Жәңгір Шыңғысұлы", "bgn-pcgn", "Zhänggir Shyngghysuly"),
    ("Жаңгелді", "bgn-pcgn", "Zhanggeldi"),
    ("Жангелді", "bgn-pcgn", "Zhan·geldi"),
    ("Ёлкин Артём Юрьевич", "ru-latn", "Yolkin Artyom Yuryevich"),
    ("Ёлкин Артём Юрьевич", "bgn-pcgn", "Yëlkin Artëm Yurʹyevich"),
    ("Ёлкин Артём Юрьевич", "icao-9303", "ELKIN ARTEM IUREVICH"),
    ("Наталья Щукина", "icao-9303", "NATALIA SHCHUKINA"),
    ("Иван Ильич", "kk-latn-2021", "İvan İlich"),
    ("ҚАСТЕР", "kk-latn-2021", "QASTER"),
    ("ШЫНАР", "bgn-pcgn", "SHYNAR"),
    ("Шынар", "bgn-pcgn", "Shynar"),
    ("Мұрагер Әлімұлы", "kk-arab", "مۇراگەر ٴالىمۇلى"),
    ("قاستەر مۇساحانۇلى", "kk-cyrl", "Қастер Мұсаханұлы"),
    ("قاستەر مۇساحانۇلى", "press-en", "Kaster Musakhanuly"),
    ("ئابدۇرېھىم", "ug-latn", "Abduréhim"),
    ("哈斯特尔·穆萨汗", "pinyin", "Hasiteer Musahan"),
    ("Qaster Musakhanuly", "kk-cyrl", "Қастер Мұсаханұлы"),
    ("Sayragul Sauytbay", "kk-cyrl", "Сайрагұл Сауытбай"),
]


def _ascii_id(text: str) -> str:
    from anyascii import anyascii

    return anyascii(text).replace(" ", "_")


@pytest.mark.parametrize(
    ("name", "scheme", "expected"), NAMES, ids=[f"{_ascii_id(n)}->{s}" for n, s, _ in NAMES]
)
def test_names_in_each_scheme(name: str, scheme: str, expected: str) -> None:
    assert transliterate(name, scheme).text == expected


def test_every_scheme_is_listed_by_the_cli() -> None:
    from panah.cli.names import SCHEME_HELP

    assert SCHEME_HELP == SCHEMES


@pytest.mark.parametrize(
    ("name", "scheme"),
    [("哈斯特尔", "kk-latn-2021"), ("Kaster", "pinyin"), ("Kaster", "ug-latn"), ("Kaster", "xx")],
    ids=["han-to-latin", "latin-to-pinyin", "latin-to-ug-latn", "unknown-scheme"],
)
def test_unreachable_schemes_are_refused(name: str, scheme: str) -> None:
    with pytest.raises(UnsupportedScheme):
        transliterate(name, scheme)


def test_latin_input_is_marked_inexact() -> None:
    result = transliterate("Qaster Musakhanuly", "icao-9303")
    assert result.text == "KASTER MUSAKHANULY"
    assert not result.exact
    assert result.via == ("kk-cyrl",)


@pytest.mark.parametrize(
    "name",
    ["Қастер Мұсаханұлы", "Нұрлан Бекболатұлы", "Ерболат Сәкенұлы", "Жанат Қайратұлы"],
    ids=["kaster", "nurlan", "erbolat", "zhanat"],  # Қастер, Нұрлан, Ерболат, Жанат
)
def test_kazakh_arabic_round_trip_with_the_name_list(name: str) -> None:
    from panah.identity.lexicon import arabic_spellings

    assert arabic_to_cyrillic(cyrillic_to_arabic(name), arabic_spellings()) == name


def test_kazakh_arabic_without_the_list_keeps_fixed_endings() -> None:
    # Бекболат mixes front and back vowels; without the list only the ending is certain.
    assert arabic_to_cyrillic("بەكبولاتۇلى").endswith("ұлы")


def test_front_vowel_word_gets_the_hamza_and_reads_back_front() -> None:
    arab = cyrillic_to_arabic("Әлім")
    assert arab.startswith("\u0674")
    assert arabic_to_cyrillic(arab) == "Әлім"


def test_uyghur_latin_letters() -> None:
    assert uyghur_to_latin("خەدىچە") == "Xediche"
    assert uyghur_to_latin("ۋەلى") == "Weli"


def test_latin_to_cyrillic_reads_2021_letters() -> None:
    assert latin_to_cyrillic("Şynar Ğalymqyzy") == "Шынар Ғалымқызы"
