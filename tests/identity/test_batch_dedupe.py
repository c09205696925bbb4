"""Batch duplicate detection (panah.identity.batch): blocking, scoring, dates of birth."""

from __future__ import annotations

import itertools

import pytest

from panah.identity import compare
from panah.identity.batch import birth_dates_agree, candidate_name_pairs, find_duplicates

NAMES = [
    "Қастер Мұсаханұлы",  # 0
    "Qaster Musakhanuly",  # 1
    "Кастер Мусаханов",  # 2
    "Kaster Musakhan",  # 3
    "Қасым Мұсаханұлы",  # 4: another given name, same father
    "Мұрагер Әлімұлы",  # 5
    "Murager Alimuly",  # 6
    "Мурат Алимов",  # 7: hard negative of 5/6
    "Сайрагүл Сауытбай",  # 8
    "Sairagul Sauytbai",  # 9
]
SAME = {(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (5, 6), (8, 9)}


def test_finds_cross_script_duplicates_and_not_hard_negatives() -> None:
    found = {(m.i, m.j) for m in find_duplicates(NAMES) if m.verdict == "same"}
    assert found == SAME


def test_agrees_with_the_comparer_on_every_pair_it_returns() -> None:
    for m in find_duplicates(NAMES):
        result = compare(NAMES[m.i], NAMES[m.j])
        assert (m.verdict, m.score) == (result.verdict, result.score)


def test_every_same_pair_of_the_comparer_is_found() -> None:
    """Blocking loses nothing here: each pair the comparer calls same shares a pair key."""
    expected = {
        (i, j)
        for i, j in itertools.combinations(range(len(NAMES)), 2)
        if compare(NAMES[i], NAMES[j]).verdict == "same"
    }
    assert {(m.i, m.j) for m in find_duplicates(NAMES) if m.verdict == "same"} == expected


def test_identical_names_pair_every_record() -> None:
    names = ["Murager Alimuly", "Kaster Musakhan", "Murager Alimuly", "Murager Alimuly"]
    found = {(m.i, m.j) for m in find_duplicates(names)}
    assert found == {(0, 2), (0, 3), (2, 3)}


def test_conflicting_dates_of_birth_drop_a_pair_and_equal_ones_rank_first() -> None:
    names = ["Qaster Musakhanuly", "Кастер Мусаханов", "Қастер Мұсаханұлы"]
    born = ["1970-03-04", "1971-03-04", "1970-03-04"]
    matches = find_duplicates(names, born=born)
    assert {(m.i, m.j) for m in matches} == {(0, 2)}
    assert matches[0].born == "equal"
    born = ["1970-03-04", "", "1970-04-03"]
    ranked = find_duplicates(names, born=born)
    assert (ranked[0].i, ranked[0].j, ranked[0].born) == (0, 2, "swapped")
    assert {m.born for m in ranked} == {"swapped", "unknown"}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param("1970-03-04", "1970-03-04", "equal", id="equal"),
        pytest.param("1970-03-04", "1970-04-03", "swapped", id="day-month-swapped"),
        pytest.param("1970-03-04", "", "unknown", id="one-missing"),
        pytest.param("", "", "unknown", id="both-missing"),
        pytest.param("1970-03-04", "1970-03-05", None, id="other-day"),
        pytest.param("1970-03-04", "1971-04-03", None, id="swapped-other-year"),
    ],
)
def test_birth_dates_agree(a: str, b: str, expected: str | None) -> None:
    assert birth_dates_agree(a, b) == expected
    assert birth_dates_agree(b, a) == expected


def test_candidate_pairs_skip_oversized_blocks_and_single_root_keys() -> None:
    keys = [("rr:a|b", "r:a"), ("rr:a|b", "r:a"), ("rr:a|b",), ("r:a", "cc:x|y"), ("cc:x|y",)]
    assert candidate_name_pairs(keys, max_block=3) == {(0, 1), (0, 2), (1, 2), (3, 4)}
    assert candidate_name_pairs(keys, max_block=2) == {(3, 4)}


def test_pairs_whose_dates_all_conflict_are_not_compared() -> None:
    names = ["Qaster Musakhanuly", "Кастер Мусаханов", "Murager Alimuly", "Мұрагер Әлімұлы"]
    counts: dict[str, int] = {}
    found = find_duplicates(
        names, born=["1970-03-04", "1970-03-04", "1980-01-01", "1981-01-01"], counts=counts
    )
    assert {(m.i, m.j) for m in found} == {(0, 1)}
    assert counts == {"candidate_pairs": 2, "compared": 1}
