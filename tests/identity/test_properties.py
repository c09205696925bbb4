"""Properties of the comparer: a name is the same as itself, and order of arguments is moot."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from panah.identity import compare, transliterate
from panah.identity.lexicon import given_names

_LETTERS = (
    "абвгдежзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    "abcdefghijklmnopqrstuvwxyzäöüşçğñıū"
    "ابتجحدرزسشعفقكگلمنوۇۋىيەٴ"
    "哈斯特尔穆萨汗"
)
_word = st.text(alphabet=_LETTERS, min_size=1, max_size=10)
_name = st.lists(_word, min_size=1, max_size=4).map(" ".join)
_sep = st.sampled_from([" ", "-", " · ", ", "])


@settings(max_examples=300, deadline=None)
@given(_name)
def test_a_name_is_the_same_as_itself(name: str) -> None:
    result = compare(name, name)
    assert result.verdict == "same"
    assert result.score >= 0.85


@settings(max_examples=300, deadline=None)
@given(_name, _name)
def test_compare_is_symmetric(first: str, second: str) -> None:
    ab, ba = compare(first, second), compare(second, first)
    assert (ab.verdict, ab.score) == (ba.verdict, ba.score)
    assert 0.0 <= ab.score <= 1.0


def _kazakh(name: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in name)


_kk = st.sampled_from(sorted(n for n in given_names() if _kazakh(n)))
_suffix = st.sampled_from(["ұлы", "қызы", ""])
_scheme = st.sampled_from(["kk-latn-2021", "bgn-pcgn", "press-en", "icao-9303", "kk-arab"])


@settings(max_examples=300, deadline=None)
@given(_kk, _kk, _suffix, _scheme)
def test_a_name_is_the_same_as_its_transliteration(
    given_name: str, father: str, suffix: str, scheme: str
) -> None:
    name = f"{given_name} {father}{suffix}"
    assert compare(name, transliterate(name, scheme).text).verdict == "same"
