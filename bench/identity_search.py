"""Name search over generated records: build time, p50/p95/p99 query latency, recall.

    python bench/identity_search.py [--records 1000000] [--queries 1000] [--db PATH] [--reuse]
                                    [--build-only]

Building a million names takes minutes: build once into a file (``--db PATH --build-only``),
then measure with ``--db PATH --reuse``.

Generates realistic name records (seeded): Kazakh people written in Kazakh Cyrillic, Russian
Cyrillic with -ов/-ова, the 2021 Latin alphabet, BGN/PCGN, English press forms, passport
(ICAO) forms and Kazakh Arabic script, with the patronymic kept, dropped or Russianised, the
Russian "surname first" order and 10% typos; Uyghur people in Uyghur Latin and Russian
Cyrillic; Russian people with patronymics. 1–4 records per person. Chinese transcriptions
are not generated (no credible generator for them); the evaluation set's Chinese pairs are
inserted and searched like the rest.

Measured:
* build time and database size;
* search latency (``NameIndex.search``, candidates + scoring, one thread) on queries that
  are one record of a person who has another record;
* generated recall: the person's other record is among the hits with verdict ``same``;
* evaluation-set recall: both names of every labelled pair are inserted into the same
  index; for each ``same`` pair that the comparer alone gets right, searching one name must
  return the other as ``same`` (recall preserved), and hard negatives must not come back as
  ``same``; and the same with the search as timed (top 10 from the default candidates).

Measured (1,000,000 generated names + the 579 of the evaluation set, 367 MiB, built in 334 s;
2 shared cores; the comparer as committed on 2026-11-23; before = 199b094, after = this
version, run one after the other on the same index file):

==============================  ====================  ====================
all 947 held-back queries       before                after
==============================  ====================  ====================
cold wall p50 / p95 / p99 ms    7.1 / 19.4 / 44.5     5.2 / 8.3 / 10.6
cold CPU p50 / p95 ms           6.1 / 9.3             5.2 / 8.1
warm wall p50 / p95 / p99 ms    6.2 / 11.2 / 20.4     5.6 / 8.7 / 10.5
warm CPU p50 / p95 ms           6.0 / 9.4             5.6 / 8.7
generated recall@10             0.944                 0.946
evaluation, 200 candidates      367/368               367/368
evaluation, as timed (top 10)   (not measured)        325/368
load average during the run     4.5 -> 4.1            4.1 -> 2.7
==============================  ====================  ====================

The default sample of 300 queries (load ~2 for both): cold wall p50 / p95 / p99 7.2 / 15.5 /
22.9 -> 5.2 / 8.2 / 14.9 ms, CPU p95 12.8 -> 8.1 ms; recall@10 0.963 -> 0.970; top-10
evaluation recall 326 -> 325 of 368 (one pair now ranked 11th or lower). Under load 4.5-5
(another benchmark building): cold p95 9.9 ms wall, 8.7 ms CPU; warm p95 14.5 ms wall.

What changed: namesakes among the candidates are compared once; the pool's skeletons are read
from the FTS5 content table by rowid; the keys' entries in one statement; mmap and a 64 MiB
page cache; the pool re-ranked by token_set_ratio + token_sort_ratio (weights chosen on the
647 generated queries that this benchmark's sample of 300 does not use). The warm p99 and
max (up to 100-350 ms) are Python's garbage collector walking the comparer's growing caches:
the same warm run with the collector off gave p99 11.6 ms and max 12.7 ms instead of 22.9
and 115 ms. Under heavier load the wall time grows with the wait for a core (earlier: 26 ms p95
wall for 12 ms CPU).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from panah.identity import compare, transliterate  # noqa: E402
from panah.identity.compare import clear_caches  # noqa: E402
from panah.storage.name_index import Hit, NameIndex, NameRecord  # noqa: E402

_ELEMENTS = ["бек", "бай", "хан", "жан", "ғали", "тай", "бол", "болат", "мұрат", "ғазы"]
# Common Russian surname stems and more Uyghur names, for the generator only (the name list
# used for matching has given names only); without them Russian and Uyghur records would
# have unrealistically many namesakes.
_RU_SURNAME_STEMS_TEXT = """
Иван Смирн Кузнец Поп Васил Петр Сокол Михайл Новик Федор Мороз Волк Алексе Лебед Семен
Егор Павл Козл Степан Никола Орл Андре Макар Никит Захар Зайц Соловь Борис Яковл Григор
Роман Воробь Серге Кузьм Фрол Александр Дмитри Корол Гус Кисел Ильин Максим Поляк Сорок
Виноград Ковал Бел Медвед Антон Тарас Жук Баран Филипп Комар Давыд Беля Герасим Богдан Осип
Сидор Матве Тит Марк Мирон Крыл Кулик Карп Власов Мельник Денис Гаврил Тихон Казак Афанась
Данил Савель Тимофе Фомин Черн Абрам Мартын Ефим Федот Щербак Назар Калинин Иса Чернышев Бык
Масл Родион Коновал Лазар Воронин Клим Филат Пономар Голуб Кудрявц Прохор Наум Потап Журавл
Трофим Леон Собол Ермак Колесник Гончар Емельян Никифор Грач Кот Гришин Ефрем Архип Гром
Кирилл Малыш Пан Моисе Румянц Аким Кондрать Бирюк Горбун Анисим Ерем Тихомир Галкин Лукьян
Михе Скворц Юдин Белоус Нестер Симон Прокофь Харитон Князев Цветк Левин Митрофан Ворон Аксен
"""
_RU_SURNAME_STEMS = _RU_SURNAME_STEMS_TEXT.split()
_UG_MORE_TEXT = """
Abdurahman Abliz Adiljan Ahmetjan Alimjan Anargul Arzugul Aygul Barat Bahargul Dilber Dilmurat
Ehet Eysa Gheni Ghopur Hasan Hebibulla Hoshur Huseyin Ibrahim Jalalidin Kamil Kerim Mamut
Memtimin Merhaba Mijit Mukhtar Nurbiye Nurgul Obul Omer Osman Pazilet Qadir Qasim Rabiye
Rozi Sabir Sadiq Salih Seydulla Tahir Tursun Turghun Ubul Uchqun Yasin Yusup Zeynep Zohre
"""
_UG_MORE = _UG_MORE_TEXT.split()
_VOWELS = "аәеёиоөуұүыіэюя"
_TYPO_ALPHABET = "abdeghiklmnoprstuyz"


_SECTIONS = {
    "# Kazakh, male": "kk_m",
    "# Kazakh, female": "kk_f",
    "# Uyghur (Uyghur Latin script)": "ug",
    "# Russian": "ru",
}


def _sections() -> dict[str, list[str]]:
    """The name list by section (Kazakh male/female, Uyghur, Russian)."""
    text = (ROOT / "src/panah/identity/data/given_names.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {v: [] for v in _SECTIONS.values()}
    current = ""
    for line in text.splitlines():
        if line.startswith("#"):
            current = _SECTIONS.get(line.strip(), current)
        elif line.strip() and current:
            out[current].append(line.strip())
    return out


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        s = _sections()
        self.kk_m, self.kk_f = s["kk_m"], s["kk_f"]
        self.ug = s["ug"] + _UG_MORE
        self.ru = s["ru"]
        self.ru_m = [n for n in self.ru if n[-1] not in "аяь"]
        self.ru_f = [n for n in self.ru if n[-1] in "ая"]
        # Fathers' names: a man's name, or one with a name element (Мұсахан, Серікбай).
        self.roots = self.kk_m + [
            m + e
            for m in self.kk_m
            for e in _ELEMENTS
            if m[-1] not in _VOWELS or e[0] not in _VOWELS
        ]

    # -- people -----------------------------------------------------------------------------
    def person(self) -> tuple[str, list[str]]:
        r = self.rng.random()
        if r < 0.8:
            return "kk", self._kazakh()
        if r < 0.9:
            return "ug", self._uyghur()
        return "ru", self._russian()

    def _records(self) -> int:
        return self.rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]

    def _kazakh(self) -> list[str]:
        rng = self.rng
        male = rng.random() < 0.5
        given = rng.choice(self.kk_m if male else self.kk_f)
        father = rng.choice(self.roots)
        grand = rng.choice(self.roots) if rng.random() < 0.3 else None
        out = []
        for _ in range(self._records()):
            out.append(self._kazakh_form(given, father, grand, male))
        return out

    def _kazakh_form(self, given: str, father: str, grand: str | None, male: bool) -> str:
        rng = self.rng
        style = rng.random()
        patr = father + ("ұлы" if male else "қызы")
        russ = _russianise(father, male)
        parts: list[str]
        if style < 0.45:
            parts = [given, patr]
        elif style < 0.6:
            parts = [given, father]
        elif style < 0.8:
            parts = [russ, given] if rng.random() < 0.5 else [given, russ]
        else:
            parts = [given, patr]
        if grand and rng.random() < 0.5:
            parts.append(_russianise(grand, male))
        name = " ".join(parts)
        scheme = rng.choices(
            ["kk-cyrl", "kk-latn-2021", "bgn-pcgn", "press-en", "icao-9303", "kk-arab"],
            weights=[30, 10, 10, 30, 12, 8],
        )[0]
        if scheme != "kk-cyrl":
            name = transliterate(name, scheme).text
        if rng.random() < 0.1:
            name = self._typo(name)
        return name

    def _uyghur(self) -> list[str]:
        given, father = self.rng.choice(self.ug), self.rng.choice(self.ug)
        out = []
        for _ in range(self._records()):
            r = self.rng.random()
            if r < 0.5:
                name = f"{given} {father}"
            elif r < 0.8:
                cyr = transliterate(f"{given} {father}", "kk-cyrl").text
                name = f"{cyr}ов" if cyr[-1] not in _VOWELS else cyr
            else:
                name = f"{given} {father}ov"
            if self.rng.random() < 0.1:
                name = self._typo(name)
            out.append(name)
        return out

    def _russian(self) -> list[str]:
        rng = self.rng
        male = rng.random() < 0.5
        given = rng.choice(self.ru_m if male else self.ru_f)
        father = rng.choice(self.ru_m)
        stem = rng.choice(_RU_SURNAME_STEMS)
        surname = stem + ("ов" if male else "ова") if stem[-1] not in _VOWELS + "йь" else (
            _russianise(stem, male)
        )
        fstem = father.rstrip("йь")
        patronymic = fstem + ("ович" if male else "овна") if fstem[-1] not in _VOWELS else fstem
        out = []
        for _ in range(self._records()):
            r = rng.random()
            name = f"{given} {patronymic} {surname}" if r < 0.4 else f"{given} {surname}"
            if rng.random() < 0.5:
                name = transliterate(name, rng.choice(["icao-9303", "ru-latn", "press-en"])).text
            if rng.random() < 0.1:
                name = self._typo(name)
            out.append(name)
        return out

    def _typo(self, name: str) -> str:
        """One slip: a letter dropped, doubled, swapped with its neighbour or replaced."""
        rng = self.rng
        words = name.split()
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) < 5:
            return name
        j = rng.randrange(1, len(w) - 1)
        op = rng.randrange(4)
        if op == 0:
            w = w[:j] + w[j + 1 :]
        elif op == 1:
            w = w[:j] + w[j] + w[j:]
        elif op == 2:
            w = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        elif w.isascii():
            w = w[:j] + rng.choice(_TYPO_ALPHABET) + w[j + 1 :]
        words[i] = w
        return " ".join(words)


def _russianise(root: str, male: bool) -> str:
    if root[-1] in "йь":
        root = root[:-1]
        return root + ("ев" if male else "ева")
    if root[-1] in _VOWELS:
        return root + ("ев" if male else "ева")
    return root + ("ов" if male else "ова")


def generate(n: int, seed: int, hold_back: float) -> Iterator[tuple[str, str, str, bool]]:
    """(person id, name, kind, held back) until n names are filed; a person with two or more
    records has one held back as a query with probability ``hold_back``."""
    gen = Generator(seed)
    rng = random.Random(seed + 1)
    made = 0
    pid = 0
    while made < n:
        pid += 1
        kind, names = gen.person()
        query = len(names) >= 2 and rng.random() < hold_back
        for i, name in enumerate(names):
            held = query and i == len(names) - 1
            if not held and made >= n:
                return
            made += not held
            yield f"g{pid}", name, kind, held


def _load_pairs(path: Path) -> list[tuple[str, str, bool, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "name1\t")):
            continue
        c = line.split("\t")
        rows.append((c[0], c[1], c[2] == "1", c[3] if len(c) > 3 else ""))
    return rows


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class _Searchable(Protocol):
    def search(self, query: str, *, limit: int = 10, candidates: int = 30) -> list[Hit]: ...


def _evaluate(index: _Searchable, pairs: list[tuple[str, str, bool, str]],
              search: Callable[[str], list[Hit]]) -> None:
    """Recall and false matches through the index on the labelled pairs: with a deep search
    (100 hits from 200 candidates: do the keys find the pair at all?) and with the search as
    run above (10 hits from the default candidates, among a million others)."""
    eval_lat: list[float] = []
    tp_cmp = tp_idx = tp_top = fp_cmp = fp_idx = fp_top = 0
    for a, b, same, _ in pairs:
        said = compare(a, b).verdict == "same"
        t = time.perf_counter()
        hits = index.search(a, limit=100, candidates=200)
        eval_lat.append((time.perf_counter() - t) * 1000)
        got = any(h.case_id == "eval" and h.name == b and h.verdict == "same" for h in hits)
        top = any(h.case_id == "eval" and h.name == b and h.verdict == "same" for h in search(a))
        if same:
            tp_cmp += said
            tp_idx += said and got
            tp_top += said and top
        else:
            fp_cmp += said
            fp_idx += got
            fp_top += top
    same_n = sum(1 for p in pairs if p[2])
    print(f"evaluation pairs: {len(pairs)} (searched with limit 100, 200 candidates); "
          f"latency ms p50 {statistics.median(eval_lat):.1f} p95 {_pct(eval_lat, 0.95):.1f}")
    print(f"evaluation recall: comparer {tp_cmp / same_n:.3f}, through the index "
          f"{tp_idx / same_n:.3f} (preserved {tp_idx}/{tp_cmp}); different-person pairs "
          f"returned as same: comparer {fp_cmp}, index {fp_idx}")
    print(f"  with the search as timed above (top 10): recall {tp_top / same_n:.3f} "
          f"({tp_top}/{tp_cmp} of the comparer's); different-person pairs returned as same "
          f"{fp_top}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", default=None, help="index file (default: a temporary directory)")
    ap.add_argument("--reuse", action="store_true", help="reuse --db if it exists")
    ap.add_argument("--candidates", type=int, default=None,
                    help="candidates scored per query (default: NameIndex.search's)")
    ap.add_argument("--skip-eval", action="store_true", help="latency and generated recall only")
    ap.add_argument("--build-only", action="store_true",
                    help="build the index file (--db) and stop: build once, then measure with --reuse")
    args = ap.parse_args()

    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="panah-bench-")
        db = Path(tmp.name) / "names.db"
    else:
        db = Path(args.db)
    eval_files = [ROOT / "tests/identity/data/name_pairs.tsv", ROOT / "tests/identity/data/holdout.tsv"]
    pairs = [p for f in eval_files for p in _load_pairs(f)]

    if not (args.reuse and db.exists()):
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        held: list[tuple[str, str]] = []
        hold_back = min(1.0, 3 * args.queries / max(args.records, 1))

        def records() -> Iterator[NameRecord]:
            for pid, name, kind, is_query in generate(args.records, args.seed, hold_back):
                if is_query:
                    held.append((pid, name))
                else:
                    yield NameRecord("gen", pid, name, name, "", kind)

        with NameIndex.open(db) as index:
            n = index.add_many(records())
            distinct = sorted({name for a, b, _, _ in pairs for name in (a, b)})
            index.add_many(NameRecord("eval", f"e{i}", name, name) for i, name in enumerate(distinct))
            index.conn.execute("CREATE TABLE bench_query (person_id TEXT, name TEXT)")
            index.conn.executemany("INSERT INTO bench_query VALUES (?, ?)", held)
        build = time.perf_counter() - t0
        print(f"built {n:,} generated + {len(distinct)} evaluation names in {build:.0f} s "
              f"({n / build:,.0f} names/s); {db.stat().st_size / 2**20:,.0f} MiB")
    if args.build_only:
        if tmp is not None:
            tmp.cleanup()
        return 0
    with NameIndex.open(db) as index:
        total = index.count()
        queries = index.conn.execute("SELECT person_id, name FROM bench_query").fetchall()
        rng = random.Random(args.seed + 2)
        sample = rng.sample(queries, min(args.queries, len(queries)))
        index.search("Қастер Мұсаханұлы")  # warm-up: reads the name list, imports rapidfuzz
        print(f"index: {total:,} names")
        def search(query: str) -> list[Hit]:
            if args.candidates is None:
                return index.search(query, limit=10)
            return index.search(query, limit=10, candidates=args.candidates)

        print(f"candidates scored per query: {args.candidates or 'default'}")
        for mode in ("cold", "warm"):
            # cold: every cache of parsed names and comparisons emptied before each query;
            # warm: caches kept across the queries, as in a long-running server.
            clear_caches()
            wall: list[float] = []
            cpu: list[float] = []
            found = crowded = 0
            for pid, query in sample:
                if mode == "cold":
                    clear_caches()
                t, c = time.perf_counter(), time.process_time()
                hits = search(query)
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                if any(h.case_id == "gen" and h.person_id == pid and h.verdict == "same"
                       for h in hits):
                    found += 1
                elif sum(h.verdict == "same" for h in hits) == 10:
                    crowded += 1  # ten namesakes already fill the page
            print(f"{mode} queries: {len(sample)} (a held-back record of a person with others "
                  f"filed); wall ms p50 {statistics.median(wall):.1f} p95 {_pct(wall, 0.95):.1f} "
                  f"p99 {_pct(wall, 0.99):.1f} max {max(wall):.1f}; cpu ms p50 "
                  f"{statistics.median(cpu):.1f} p95 {_pct(cpu, 0.95):.1f} p99 {_pct(cpu, 0.99):.1f}")
            print(f"  generated recall@10 (person found as same): {found / len(sample):.3f}; "
                  f"missed with a page full of same-named people: {crowded / len(sample):.3f}")

        if not args.skip_eval:
            _evaluate(index, pairs, search)
    if tmp is not None:
        tmp.cleanup()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"(cpu: {os.cpu_count()} cores, load average {load}; one query thread; wall time "
          "above CPU time means the query waited for a core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
