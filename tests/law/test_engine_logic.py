"""Kleene three-valued logic for legal conditions."""

from __future__ import annotations

import itertools

import pytest

from panah.law.logic import Outcome, all_of, any_of, from_bool, not_

H, N, U = Outcome.HOLDS, Outcome.DOES_NOT_HOLD, Outcome.UNDETERMINED

AND_TABLE = {
    (H, H): H, (H, N): N, (H, U): U,
    (N, H): N, (N, N): N, (N, U): N,
    (U, H): U, (U, N): N, (U, U): U,
}
OR_TABLE = {
    (H, H): H, (H, N): H, (H, U): H,
    (N, H): H, (N, N): N, (N, U): U,
    (U, H): H, (U, N): U, (U, U): U,
}


@pytest.mark.parametrize(("a", "b"), list(itertools.product((H, N, U), repeat=2)),
                         ids=lambda o: o.value)
def test_kleene_tables(a: Outcome, b: Outcome) -> None:
    assert all_of([a, b]) == AND_TABLE[(a, b)] == (a & b)
    assert any_of([a, b]) == OR_TABLE[(a, b)] == (a | b)
    # De Morgan holds in Kleene logic
    assert not_(a & b) == (~a | ~b)


def test_empty_and_negation() -> None:
    assert all_of([]) == H
    assert any_of([]) == N
    assert [not_(x) for x in (H, N, U)] == [N, H, U]


@pytest.mark.parametrize(("value", "expected"), [(True, H), (False, N), (None, U)],
                         ids=["true", "false", "unknown"])
def test_from_bool(value: bool | None, expected: Outcome) -> None:
    assert from_bool(value) == expected


def test_words() -> None:
    assert N.words == "does not hold"
