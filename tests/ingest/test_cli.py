"""panah ingest: draft or patch on standard output, JSON or YAML."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from panah.cli.main import main
from panah.core.casefile import parse_case

DATA = Path(__file__).parent / "data"
REFERENCE = (
    Path(__file__).resolve().parents[2] / "examples" / "reference-case" / "kazakhstan-2019.yaml"
)


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_ingest_prints_a_valid_draft(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "ingest",
            str(DATA / "ref-en.txt"),
            "--lang",
            "en",
            "--rules-only",
            "--format",
            fmt,
            "--source-meta",
            "date=2020-01-10",
            "--source-meta",
            "title=Retold",
            "--source-meta",
            "publisher=Steppe Monitor",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    case = parse_case(out, fmt=fmt)  # type: ignore[arg-type]
    assert case.sources[0].publisher == "Steppe Monitor"
    assert {p.id for p in case.people} >= {"p-kaster", "p-murager"}


def test_ingest_into_prints_a_patch(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "ingest",
            str(DATA / "ref-en.txt"),
            "--rules-only",
            "--format",
            "json",
            "--source-meta",
            "date=2020-01-10",
            "--into",
            str(REFERENCE),
            "--review",
        ]
    )
    assert code == 0
    patch = json.loads(capsys.readouterr().out)
    assert patch["into"] == "kz-2019-zaysan"
    assert {"p-kaster", "p-murager"} <= {m["existing"] for m in patch["people_matched"]}
    assert isinstance(patch["review"], list)


@pytest.mark.parametrize(
    "bad",
    [pytest.param("date=14 October", id="bad-date"), pytest.param("kind=blog", id="bad-kind")],
)
def test_ingest_refuses_bad_metadata(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(DATA / "ref-en.txt"), "--rules-only", "--source-meta", bad]) == 2


def test_ingest_refuses_an_unknown_metadata_key() -> None:
    with pytest.raises(SystemExit):
        main(["ingest", str(DATA / "ref-en.txt"), "--source-meta", "colour=red"])


def test_ingest_reads_standard_input_with_the_libraries() -> None:
    text = (DATA / "ref-ru.txt").read_text("utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "panah.cli.main",
            "ingest",
            "-",
            "--format",
            "yaml",
            "--source-meta",
            "date=2020-06-23",
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    case = yaml.safe_load(done.stdout)
    assert case["sources"][0]["lang"] == "ru"
    assert any(n["value"] == "Кастер Мусаханулы" for p in case["people"] for n in p["names"])


def test_importing_the_ingest_package_loads_no_model() -> None:
    code = (
        "import sys, panah.ingest, panah.cli.ingest;"
        "libs = ('natasha', 'dateparser', 'slovnet', 'navec', 'pymorphy2');"
        "heavy = [m for m in libs if m in sys.modules];"
        "print(heavy)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
