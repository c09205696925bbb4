"""Duplicate persons: reversible decisions (pure), the decision log (SQLite), the CLI."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from panah.cli.main import main
from panah.identity.dedupe import Decision, clusters, conflicts, effective
from panah.storage.dedupe import DecisionLog, find_candidates
from panah.storage.name_index import NameIndex, NameRecord

T0 = dt.datetime(2020, 1, 21, 9, 0, tzinfo=dt.UTC)


def d(i: int, action: str, a: str = "", b: str = "", target: int | None = None) -> Decision:
    return Decision(
        i, action, "lawyer-1", T0 + dt.timedelta(minutes=i), "seen passport", a, b, target  # type: ignore[arg-type]
    )


def test_merges_make_clusters() -> None:
    log = [d(1, "merge", "c1/p1", "c2/p4"), d(2, "merge", "c2/p4", "c3/p9")]
    assert clusters(log) == [["c1/p1", "c2/p4", "c3/p9"]]


def test_undo_withdraws_and_undo_of_undo_restores() -> None:
    log = [d(1, "merge", "c1/p1", "c2/p4"), d(2, "undo", target=1)]
    assert clusters(log) == []
    assert effective(log) == {}
    log.append(d(3, "undo", target=2))
    assert clusters(log) == [["c1/p1", "c2/p4"]]


def test_latest_decision_on_a_pair_stands() -> None:
    log = [d(1, "merge", "c1/p1", "c2/p4"), d(2, "separate", "c2/p4", "c1/p1")]
    assert clusters(log) == []
    assert [x.id for x in effective(log).values()] == [2]


def test_separation_inside_a_cluster_is_a_conflict() -> None:
    log = [
        d(1, "merge", "c1/p1", "c2/p4"),
        d(2, "merge", "c2/p4", "c3/p9"),
        d(3, "separate", "c1/p1", "c3/p9"),
    ]
    assert [c.id for c in conflicts(log)] == [3]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"at": dt.datetime(2020, 1, 21, 9, 0)}, "time zone"),  # noqa: DTZ001 - the point
        ({"actor": " "}, "who"),
        ({"reason": ""}, "why"),
        ({"b": "c1/p1"}, "two different"),
    ],
    ids=["naive-time", "no-actor", "no-reason", "same-record"],
)
def test_a_decision_says_who_when_why(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "id": 1, "action": "merge", "actor": "lawyer-1", "at": T0, "reason": "passport",
        "a": "c1/p1", "b": "c2/p4",
    }  # fmt: skip
    with pytest.raises(ValueError, match=message):
        Decision(**{**base, **kwargs})  # type: ignore[arg-type]


@pytest.fixture
def index(tmp_path: Path) -> NameIndex:
    idx = NameIndex.open(tmp_path / "names.db")
    idx.add_many(
        [
            NameRecord("kz-2019", "p-kaster", "Qaster Musakhanuly"),
            NameRecord("kz-2019", "p-kaster", "Қастер Мұсаханұлы"),
            NameRecord("monitoring", "p7", "Kaster Musakhan"),
            NameRecord("monitoring", "p8", "Қасым Мұсаханұлы"),
            NameRecord("asylum-2020", "p2", "Мұрагер Әлімұлы"),
            NameRecord("press", "p1", "Murager Alymuly"),
        ]
    )
    idx.conn.commit()
    return idx


def test_candidates_pair_persons_not_names(index: NameIndex) -> None:
    found = {(c.a, c.b): c for c in find_candidates(index)}
    assert found[("kz-2019/p-kaster", "monitoring/p7")].verdict == "same"
    assert found[("asylum-2020/p2", "press/p1")].verdict == "same"
    assert ("kz-2019/p-kaster", "monitoring/p8") not in found  # a brother: different
    assert all(c.a != c.b for c in found.values())


def test_decided_pairs_are_not_suggested_again(index: NameIndex) -> None:
    log = DecisionLog(index.conn)
    log.record("separate", actor="lawyer-1", at=T0, reason="other birth date",
               a="kz-2019/p-kaster", b="monitoring/p7")  # fmt: skip
    pairs = {(c.a, c.b) for c in find_candidates(index)}
    assert ("kz-2019/p-kaster", "monitoring/p7") not in pairs


def test_the_log_is_append_only(index: NameIndex) -> None:
    log = DecisionLog(index.conn)
    first = log.record("merge", actor="lawyer-1", at=T0, reason="passport",
                       a="asylum-2020/p2", b="press/p1")  # fmt: skip
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        index.conn.execute("DELETE FROM identity_decision")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        index.conn.execute("UPDATE identity_decision SET reason = 'x'")
    log.record("undo", actor="lawyer-2", at=T0, reason="wrong file", target=first.id)
    state = log.state()
    assert [x.id for x in state.decisions] == [1, 2]
    assert state.clusters == []


def test_cli_find_merge_undo_show(index: NameIndex, capsys: pytest.CaptureFixture[str]) -> None:
    db = index.conn.execute("PRAGMA database_list").fetchone()[2]
    index.conn.close()
    assert main(["dedupe", "find", "--db", db, "--same-only", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert {p["verdict"] for p in pairs} == {"same"}
    assert main(["dedupe", "merge", "kz-2019/p-kaster", "monitoring/p7", "--by", "lawyer-1",
                 "--reason", "same passport number", "--db", db]) == 0  # fmt: skip
    assert "decision 1: merge" in capsys.readouterr().out
    assert main(["dedupe", "undo", "1", "--by", "lawyer-2", "--reason", "checked", "--db", db]) == 0
    capsys.readouterr()
    assert main(["dedupe", "show", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "(withdrawn)" in out
    assert "one person" not in out
    assert main(["dedupe", "merge", "kz-2019/p-kaster", "nowhere/p1", "--by", "x",
                 "--reason", "y", "--db", db]) == 1  # fmt: skip
    assert "not a person" in capsys.readouterr().err


def test_batch_engine_finds_what_the_search_engine_finds(index: NameIndex) -> None:
    by_search = {(c.a, c.b, c.verdict, c.score) for c in find_candidates(index, engine="search")}
    by_batch = {(c.a, c.b, c.verdict, c.score) for c in find_candidates(index, engine="batch")}
    assert by_batch == by_search
    assert ("asylum-2020/p2", "press/p1", "same") in {x[:3] for x in by_batch}


def test_auto_engine_switches_to_batch_on_a_large_index(
    index: NameIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import panah.storage.dedupe as store

    calls: list[str] = []
    real = store._batch_pairs

    def spy(*args: object, **kwargs: object) -> object:
        calls.append("batch")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_batch_pairs", spy)
    find_candidates(index)
    assert calls == []
    monkeypatch.setattr(store, "BATCH_FROM", 6)
    find_candidates(index)
    assert calls == ["batch"]


@pytest.mark.parametrize("engine", ["search", "batch"])
def test_conflicting_dates_of_birth_are_skipped_on_request(tmp_path: Path, engine: str) -> None:
    idx = NameIndex.open(tmp_path / "names.db")
    idx.add_many(
        [
            NameRecord("c1", "p1", "Qaster Musakhanuly", born="1970-03-04"),
            NameRecord("c2", "p2", "Қастер Мұсаханұлы", born="1971-03-04"),
            NameRecord("c3", "p3", "Kaster Musakhanov", born="1970-04-03"),
        ]
    )
    idx.conn.commit()
    every = {(c.a, c.b): c.born for c in find_candidates(idx, engine=engine)}
    assert every == {("c1/p1", "c2/p2"): "differ", ("c1/p1", "c3/p3"): "swapped",
                     ("c2/p2", "c3/p3"): "differ"}  # fmt: skip
    kept = find_candidates(idx, engine=engine, skip_conflicting_dates=True)
    assert [(c.a, c.b, c.born) for c in kept] == [("c1/p1", "c3/p3", "swapped")]


def test_unknown_engine_is_refused(index: NameIndex) -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        find_candidates(index, engine="fast")


def test_cli_find_with_the_batch_engine(
    index: NameIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    db = index.conn.execute("PRAGMA database_list").fetchone()[2]
    index.conn.close()
    assert main(["dedupe", "find", "--db", db, "--engine", "batch", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert {(p["a"], p["b"]) for p in pairs if p["verdict"] == "same"} >= {
        ("asylum-2020/p2", "press/p1"), ("kz-2019/p-kaster", "monitoring/p7")}  # fmt: skip
    assert all(p["born"] == "unknown" for p in pairs)
