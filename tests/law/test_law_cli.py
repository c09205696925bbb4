"""`panah law list / show / catalogue` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panah.cli.main import main
from panah.law.registry import default_registry


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_has_one_object_per_provision(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "law", "list", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == len(default_registry().all()) >= 45
    ids = [d["id"] for d in data]
    assert len(ids) == len(set(ids))
    first = data[0]
    for key in (
        "id", "verification", "title", "citation", "instrument", "article", "paragraph",
        "official_source", "versions", "cases",
    ):  # fmt: skip
        assert key in first
    assert all(d["versions"] and "from" in d["versions"][0] for d in data)
    by_id = {d["id"]: d for d in data}
    art_392 = by_id["kz/criminal-code-2014/art-392/part-1"]
    assert [v["from"] for v in art_392["versions"]] == ["2015-01-01", "2025-09-17"]
    assert art_392["versions"][0]["to"] == "2025-09-16"


@pytest.mark.parametrize(
    ("flags", "check"),
    [
        pytest.param(("--pack", "kz"), lambda d: d["id"].startswith("kz/"), id="pack-kz"),
        pytest.param(("--pack", "intl"), lambda d: d["id"].startswith("intl/"), id="pack-intl"),
        pytest.param(
            ("--verification", "unverified"),
            lambda d: d["verification"] == "unverified",
            id="unverified",
        ),
        pytest.param(
            ("--instrument", "cat-1984"), lambda d: d["instrument"] == "cat-1984", id="instrument"
        ),
    ],
)
def test_list_filters(
    capsys: pytest.CaptureFixture[str], flags: tuple[str, ...], check: object
) -> None:
    code, out, _ = run(capsys, "law", "list", "--format", "json", *flags)
    data = json.loads(out)
    assert code == 0 and data
    assert callable(check)
    assert all(check(d) for d in data)


def test_list_text_shows_id_verification_and_citation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "law", "list", "--pack", "intl")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("intl/cat-1984/art-3 "))
    assert "partial" in line and "Convention against Torture 1984, art. 3" in line
    assert "provisions" in err


def test_show_json_has_versions_parameters_and_cases(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "law", "show", "kz/criminal-code-2014/art-392/part-1", "--format", "json",
        "--as-of", "2025-09-17",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["id"] == "kz/criminal-code-2014/art-392/part-1"
    assert data["version_on"]["from"] == "2025-09-17"
    assert data["verification_on"] == "secondary"
    params = {p["id"]: p for p in data["parameters"]}
    years = params["kz/criminal-code-2014/art-392-part-1-max-imprisonment"]
    assert years["value_on"]["value"] == 3
    assert [v["value"] for v in years["values"]] == [1, 3]
    assert isinstance(data["cases"], list)


def test_show_text_marks_the_version_in_force(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "law", "show", "kz/law-on-refugees-2009/art-6", "--as-of", "2019-10-14"
    )
    assert code == 0
    assert "Interior Ministry" in out
    assert "* 2010-01-01 to 2022-04-07" in out
    assert "YAML cases" in out


def test_show_a_parameter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "law", "show", "kz/republican-budget-laws/mci-tenge", "--format", "json"
    )
    assert code == 0
    assert json.loads(out)["unit"] == "tenge"


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        pytest.param("kz/criminal-code-2014/art-392", "art-392/part-1", id="parent-of-parts"),
        pytest.param("intl/cat-1984/art-33", "intl/cat-1984/art-3", id="typo"),
        pytest.param("not an id", "", id="garbage"),
    ],
)
def test_show_unknown_id_suggests_and_exits_1(
    capsys: pytest.CaptureFixture[str], text: str, suggestion: str
) -> None:
    code, out, err = run(capsys, "law", "show", text)
    assert code == 1
    assert out == ""
    assert f"no provision {text!r}" in err
    assert suggestion in err


def test_show_and_list_name_the_yaml_cases_of_a_provision(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import panah.law.registry as registry_module
    from panah.law.registry import Registry

    inst = Path(registry_module.__file__).parent.parent / "jurisdictions" / "intl" / "cat_1984"
    (tmp_path / "instrument.yaml").write_text(
        (inst / "instrument.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "art_3.yaml").write_text(
        "cases:\n"
        "  - name: risk of torture bars the hand-over\n"
        "    provisions: [intl/cat-1984/art-3, intl/cat-1984/art-1]\n"
        "  - name: complaint lodged\n"
        "    provisions: [intl/cat-1984/art-22]\n",
        encoding="utf-8",
    )
    reg = Registry.from_files([tmp_path / "instrument.yaml"])
    monkeypatch.setattr(registry_module, "default_registry", lambda: reg)
    code, out, _ = run(capsys, "law", "show", "intl/cat-1984/art-3", "--format", "json")
    assert code == 0
    cases = json.loads(out)["cases"]
    assert [c["name"] for c in cases] == ["risk of torture bars the hand-over"]
    assert cases[0]["file"].endswith("art_3.yaml") and cases[0]["line"] == 2
    code, out, _ = run(capsys, "law", "list", "--format", "json")
    by_id = {d["id"]: d["cases"] for d in json.loads(out)}
    assert by_id["intl/cat-1984/art-22"] == ["complaint lodged"]
    assert by_id["intl/cat-1984/art-22/para-2"] == []
    code, out, _ = run(capsys, "law", "show", "intl/cat-1984/art-3")
    assert "risk of torture bars the hand-over" in out


def test_catalogue_write_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "docs" / "rule-catalogue.md"
    code, _, err = run(capsys, "law", "catalogue", "--check", "--output", str(target))
    assert code == 1 and "out of date" in err
    code, out, _ = run(capsys, "law", "catalogue", "--write", "--output", str(target))
    assert code == 0 and "wrote" in out
    code, out, _ = run(capsys, "law", "catalogue", "--check", "--output", str(target))
    assert code == 0
    code, out, _ = run(capsys, "law", "catalogue")
    assert out == target.read_text(encoding="utf-8")
