"""Batch duplicate detection (panah.identity.batch): blocking, scoring, dates of birth."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from panah.identity import compare
from panah.identity.batch import (
    birth_dates_agree,
    candidate_name_pairs,
    fast_verdict,
    find_duplicates,
    prepare_names,
)
from panah.identity.compare import quick_compare
from panah.identity.parse import Part, parse_name

DATA = Path(__file__).parent / "data"

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
    assert counts["candidate_pairs"] == 1  # with dates, blocks pair only agreeing dates
    assert counts["compared"] == 1
    assert counts["fast"] + counts["comparer"] == 1


def _labelled_pairs() -> list[tuple[str, str]]:
    pairs = []
    for f in ("name_pairs.tsv", "holdout.tsv", "holdout2.tsv"):
        for line in (DATA / f).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("#", "name1\t")):
                a, b = line.split("\t")[:2]
                pairs.append((a, b))
    return pairs


LABELLED = _labelled_pairs()
LABELLED_NAMES = sorted({n for pair in LABELLED for n in pair})


def _scored_as(p: Part) -> tuple[object, ...]:
    return (p.han, p.skeleton, p.readings, p.plain, p.syllables)


def test_parts_from_memoised_tokens_are_the_parts_of_the_whole_name() -> None:
    names = [*LABELLED_NAMES, "Мұсахан ұлы Қастер", "A B C D E F G H", "— …"]
    prep = prepare_names(names)
    for pos, name in enumerate(names):
        got = [_scored_as(prep.parts[i]) for i in prep.name_parts[pos]]
        assert got == [_scored_as(p) for p in parse_name(name).parts], name


def test_fast_verdict_agrees_with_the_comparer_on_every_labelled_pair() -> None:
    """The labelled pairs (cross-script, Russianised, patronymic, typos, Chinese, hard
    negatives), each in both orders: wherever the scorer decides, it says what compare says."""
    names = LABELLED_NAMES
    pos = {n: i for i, n in enumerate(names)}
    prep = prepare_names(names)
    decided = 0
    for a, b in LABELLED:
        for x, y in ((a, b), (b, a)):
            got = fast_verdict(prep, pos[x], pos[y])
            if got is None:
                continue
            decided += 1
            assert got == quick_compare(x, y), (x, y)
            assert got == (compare(x, y).verdict, compare(x, y).score), (x, y)
    assert decided >= 0.95 * 2 * len(LABELLED)  # the comparer itself runs on few pairs


def test_fast_verdict_agrees_with_the_comparer_on_every_candidate_pair() -> None:
    """All pairs the batch blocking makes among the labelled set's names, not only the
    labelled ones: other people's names meet here as namesakes do in a large index."""
    from panah.identity.batch import _candidates

    prep = prepare_names(LABELLED_NAMES)
    pairs = sorted(_candidates(prep, None, 64))
    assert len(pairs) > 500
    for a, b in pairs:
        got = fast_verdict(prep, a, b)
        if got is not None:
            assert got == quick_compare(LABELLED_NAMES[a], LABELLED_NAMES[b]), (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Nur Sultan Abenov", "Nursultan Abenov", id="join-of-two-parts"),
        pytest.param("Kassym Jomart Tokayev", "Kassym-Jomart Tokayev", id="join-hyphen"),
        pytest.param("Nur Sultan Abenov", "Nursultanov Abenov", id="join-then-suffix"),
    ],
)
def test_a_join_that_may_count_goes_to_the_comparer(a: str, b: str) -> None:
    assert fast_verdict(prepare_names([a, b]), 0, 1) is None
    verdict, score = quick_compare(a, b)
    found = [(m.verdict, m.score) for m in find_duplicates([a, b])]
    assert found == ([] if verdict == "different" else [(verdict, score)])


def test_chinese_parts_that_may_join_go_to_the_comparer() -> None:
    prep = prepare_names(["努尔 苏丹 阿里", "努尔苏丹 阿里"])
    assert fast_verdict(prep, 0, 1) is None


def test_born_must_match_the_names() -> None:
    with pytest.raises(ValueError, match="2 dates of birth for 3 names"):
        find_duplicates(["a b", "c d", "e f"], born=["", ""])


def test_forked_workers_give_the_same_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    import panah.identity.batch as batch

    names = LABELLED_NAMES
    alone = find_duplicates(names)
    monkeypatch.setattr(batch, "_PARALLEL_FROM", 0)
    monkeypatch.setattr(batch, "_PARALLEL_TOKENS_FROM", 0)
    assert find_duplicates(names, workers=3) == alone
    assert len(alone) > 300


def test_forked_workers_prepare_the_same_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens parsed in workers give the same parts, numbered alike, with the same blocking
    data, as in one process (names with a separate patronymic word, Chinese names and
    names of more than six parts included: those are parsed whole, here)."""
    import panah.identity.batch as batch
    from panah.identity.parse import parse_name

    names = [*LABELLED_NAMES, "Мұсахан ұлы Қастер", "努尔 苏丹 阿里", "A B C D E F G",
             "Қастер Мұсаханұлы", "Qaster Musakhanuly"]  # fmt: skip
    alone = prepare_names(names)
    monkeypatch.setattr(batch, "_PARALLEL_TOKENS_FROM", 0)
    parse_name.cache_clear()
    forked = prepare_names(names, workers=3)
    assert forked.parts == alone.parts
    assert forked.name_parts == alone.name_parts
    assert forked.fold == alone.fold
    assert forked.signature == alone.signature
    assert len(forked._key_parts) > len(forked.parts) * 9 // 10  # from the workers
    assert [forked.key_parts(i) for i in range(len(forked.parts))] == [
        alone.key_parts(i) for i in range(len(alone.parts))
    ]
    assert batch._blocks(forked) == batch._blocks(alone)


def test_fork_map_keeps_the_order_and_reports_a_failed_worker() -> None:
    import panah.identity.batch as batch

    items = list(range(101))
    assert batch._fork_map(lambda run: [x * x for x in run], items, 4) == [x * x for x in items]

    def boom(run: list[int]) -> list[int]:
        if run[0] == 0:
            raise ValueError("boom")
        return run

    with pytest.raises(RuntimeError, match="a worker process failed"):
        batch._fork_map(boom, items, 3)


def test_a_large_block_still_pairs_names_with_a_common_date() -> None:
    """Seventy spellings share one key; past ``max_block`` only a shared date (or a
    day/month-exchanged one) pairs two of them, and an unknown date pairs none."""
    names = ["Aidos" + " " * (k + 1) + "Serikuly" for k in range(70)]  # 70 distinct strings

    def one_key(_: str) -> list[str]:
        return ["rr:aidos|serik"]

    born = [f"19{50 + k:02d}-01-02" for k in range(68)] + ["1950-02-01", ""]
    found = {(m.i, m.j, m.born) for m in find_duplicates(names, born=born, keys_of=one_key)}
    assert found == {(0, 68, "swapped")}
    small = {(m.i, m.j, m.born) for m in find_duplicates(names, born=born, keys_of=one_key,
                                                          max_block=100)}  # fmt: skip
    assert {(k, 69, "unknown") for k in range(69)} | {(0, 68, "swapped")} == small


@pytest.mark.parametrize(
    ("born", "key"),
    [
        pytest.param("1970-03-04", "1970-03-04", id="date"),
        pytest.param("1970-04-03", "1970-03-04", id="swapped-same-key"),
        pytest.param("", None, id="unknown"),
        pytest.param("1970", "1970", id="year-only-kept-as-written"),
    ],
)
def test_date_key(born: str, key: str | None) -> None:
    from panah.identity.batch import _date_key

    assert _date_key(born) == key


@pytest.mark.parametrize(
    "name",
    [*LABELLED_NAMES, "Aidos  Serikuly", " Aidos", "Қастер-Мұсаханұлы", "Ай\u0301дос",
     "قاس\u0640ىم", "Nur\u200bSultan", "Aman·geldi", "O'Brien", "A. B.", "Ли·Мин", ""],
)  # fmt: skip
def test_plain_names_split_as_split_tokens_splits(name: str) -> None:
    from panah.identity.batch import _tokens
    from panah.identity.normalise import normalise, split_tokens

    assert _tokens(name, split_tokens) == split_tokens(normalise(name))
