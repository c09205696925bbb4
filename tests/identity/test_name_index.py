"""The SQLite name index and the `panah names` / `panah find` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from panah.cli.main import main
from panah.storage.name_index import NameIndex, NameRecord, key_hash
from tests.conftest import REFERENCE_CASE, minimal_case

PEOPLE = [
    NameRecord("c1", "p1", "Қастер Мұсаханұлы", "Қастер Мұсаханұлы", "1989"),
    NameRecord("c1", "p2", "Мұрагер Әлімұлы", "Мұрагер Әлімұлы"),
    NameRecord("c2", "p1", "Қасым Мұсаханұлы", "Қасым Мұсаханұлы"),
    NameRecord("c2", "p2", "Kaster Mukhtaruly", "Kaster Mukhtaruly"),
    NameRecord("c3", "p9", "哈斯特尔·穆萨汗", "哈斯特尔·穆萨汗"),
    NameRecord("c4", "p1", "Нұрлан Бекболатұлы", "Нұрлан Бекболатұлы"),
]


@pytest.fixture
def index(tmp_path: Path) -> NameIndex:
    idx = NameIndex.open(tmp_path / "names.db")
    idx.add_many(PEOPLE)
    return idx


def test_key_hash_is_stable() -> None:
    assert key_hash("rr:kaster|musahan") == key_hash("rr:kaster|musahan")
    assert key_hash("rr:kaster|musahan") != key_hash("rr:kasim|musahan")


@pytest.mark.parametrize(
    "query",
    ["Kaster Musakhan", "Quster Musakhanuly", "Мусаханов Кастер", "قاستەر مۇساحانۇلى"],
    ids=["press-short", "press-typo", "russianised-reversed", "kazakh-arabic"],
)
def test_any_spelling_finds_the_person_first(index: NameIndex, query: str) -> None:
    hits = index.search(query)
    assert (hits[0].case_id, hits[0].person_id) == ("c1", "p1")
    assert hits[0].verdict == "same"
    assert hits[0].reasons


def test_namesakes_and_relatives_are_not_same(index: NameIndex) -> None:
    hits = {(h.case_id, h.person_id): h for h in index.search("Kaster Musakhanuly")}
    assert ("c2", "p1") not in hits  # Қасым: a brother, "different"
    assert ("c2", "p2") not in hits  # another father
    assert hits[("c3", "p9")].verdict == "same"  # the Chinese alias


def test_partial_name_falls_back_to_trigrams(index: NameIndex) -> None:
    assert index.candidates("Bekbolat", limit=5)


def test_reindexing_a_case_replaces_it(tmp_path: Path) -> None:
    from panah.core.casefile import parse_case

    case = parse_case(json.dumps(minimal_case()), file="x.json", fmt="json")
    with NameIndex.open(tmp_path / "n.db") as idx:
        first = idx.index_case(case)
        second = idx.index_case(case)
        assert first == second == idx.count()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().out


def test_names_compare_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["names", "compare", "Қастер Мұсаханұлы", "Kaster Musakhan", "--json"], capsys)
    data: dict[str, Any] = json.loads(out)
    assert code == 0
    assert set(data) == {"score", "verdict", "reasons"}
    assert data["verdict"] == "same"


def test_names_keys_and_transliterate(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["names", "keys", "Мұрагер Әлімұлы", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["transliterations"]["kk-latn-2021"] == "Mūrager Älımūly"
    code, out = _run(["names", "transliterate", "Мұрагер Әлімұлы", "--to", "icao-9303"], capsys)
    assert (code, out) == (0, "MURAGER ALIMULY\n")
    code, _ = _run(["names", "transliterate", "哈斯特尔", "--to", "icao-9303"], capsys)
    assert code == 1


@pytest.mark.skipif(not REFERENCE_CASE.exists(), reason="reference case not written yet")
def test_index_the_reference_case_and_find(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "names.db")
    code, out = _run(["names", "index", str(REFERENCE_CASE), "--db", db], capsys)
    assert code == 0
    code, out = _run(["find", "Қастер Мұсаханұлы", "--db", db, "--json"], capsys)
    hits = json.loads(out)
    assert code == 0
    assert hits[0]["person"] == "p-kaster"
    assert hits[0]["verdict"] == "same"
    code, out = _run(["find", "Мұрагер Әлімұлы", "--db", db], capsys)
    assert "p-murager" in out.splitlines()[0]


def test_find_without_an_index_says_how_to_build_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["find", "Kaster", "--db", str(tmp_path / "none.db")])
    assert code == 1
    assert "panah names index" in capsys.readouterr().err


def test_many_namesakes_each_get_a_hit_and_the_pool_prefers_the_same_parts(
    tmp_path: Path,
) -> None:
    # 200 people named alike (more than the pool of 120): the candidates are cut to the
    # limit, each namesake compared once still counts as its own person, and an entry with
    # the same parts ranks before one with an extra part.
    records = [NameRecord("c", f"n{i}", "Erkin Abdusalam") for i in range(200)]
    records += [NameRecord("c", f"x{i}", "Erkin Abdusalam Tursunov") for i in range(200)]
    records.append(NameRecord("d", "p1", "Еркин Абдұсаламов"))
    with NameIndex.open(tmp_path / "names.db") as idx:
        idx.add_many(records)
        ids = idx.candidates("Erkin Abdusalam", limit=30)
        assert len(ids) == 30
        names = dict(idx.conn.execute("SELECT id, name FROM name_entry").fetchall())
        assert all(names[e] == "Erkin Abdusalam" for e in ids[:20])
        hits = idx.search("Erkin Abdusalam", limit=10)
        assert len({(h.case_id, h.person_id) for h in hits}) == 10
        assert all(h.name == "Erkin Abdusalam" and h.verdict == "same" for h in hits)


def test_pragmas_for_reading(tmp_path: Path) -> None:
    with NameIndex.open(tmp_path / "names.db") as idx:
        assert idx.conn.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024
        assert idx.conn.execute("PRAGMA mmap_size").fetchone()[0] > 0
