"""The `panah` command as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from panah.cli.main import main
from panah.cli.reference import generated_docs
from panah.core.schema import case_schema
from tests.conftest import ROOT, minimal_case


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_fast_and_imports_no_django() -> None:
    code = (
        "import sys, time; t = time.perf_counter();"
        "from panah.cli.main import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('django', 'pydantic', 'yaml', 'holidays', 'rapidfuzz', 'typst', 'natasha'))\n"
        "print(heavy, file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert "usage: panah" in proc.stdout
    assert proc.stderr.strip() == "[]", f"--help imported heavy modules: {proc.stderr}"


def test_validate_ok_and_counts(capsys: pytest.CaptureFixture[str], write_case: Any) -> None:
    path = write_case(minimal_case())
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0
    assert "ok (2 people, 2 sources, 5 claims, 2 events, 0 proceedings)" in out


def test_validate_reports_every_file(capsys: pytest.CaptureFixture[str], write_case: Any) -> None:
    good = write_case(minimal_case(), "good.json")
    bad_data = minimal_case()
    bad_data["claims"][1]["source"] = "S7"
    bad = write_case(bad_data, "bad.yaml")
    code, out, err = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert "good.json: ok" in out
    assert f"{bad}:" in err and "claims[1].source: source 'S7' does not exist" in err
    assert "1 valid, 1 invalid" in err
    code, out, _ = run(capsys, "validate", "--format", "json", str(good), str(bad))
    data = json.loads(out)
    assert code == 1 and data["valid"] is False
    assert data["files"][1]["problems"][0]["path"] == "claims[1].source"
    assert isinstance(data["files"][1]["problems"][0]["line"], int)


def test_timeline_and_conflicts_json(
    capsys: pytest.CaptureFixture[str], write_case: Any
) -> None:
    path = str(write_case(minimal_case()))
    code, out, _ = run(capsys, "timeline", path, "--format", "json")
    assert code == 0 and [e["id"] for e in json.loads(out)["events"]] == ["e-cross", "e-present"]
    code, out, _ = run(capsys, "conflicts", path, "--format", "json")
    assert code == 0
    values = [v["value"] for v in json.loads(out)["conflicts"][-1]["values"]]
    assert values == ["2019-10-01", "2019-10-06"]
    code, out, _ = run(capsys, "conflicts", path)
    assert '"2019-10-01"  per S1 "on 1 October"' in out and "working value: not chosen" in out
    code, out, _ = run(capsys, "timeline", path)
    assert code == 0 and "Crossed the border  [S1 S2] ⚠" in out
    code, out, _ = run(capsys, "timeline", path, "--as-of", "2019-10-03")
    assert code == 0 and "Crossed the border  [S1]\n" in out  # S2 dates it later


def test_bad_as_of_is_a_usage_error(capsys: pytest.CaptureFixture[str], write_case: Any) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["timeline", str(write_case(minimal_case())), "--as-of", "yesterday"])
    assert exc.value.code == 2


def test_invalid_file_on_a_view_command(
    capsys: pytest.CaptureFixture[str], write_case: Any
) -> None:
    code, _, err = run(capsys, "timeline", str(write_case("id: [\n")))
    assert code == 1 and "not valid YAML" in err and "Traceback" not in err


def test_schema_is_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out) == case_schema()
    assert json.loads(out)["x-format-version"] == "1.0"


@pytest.mark.parametrize("which", ["events", "properties", "sources", "roles"])
def test_catalogue(capsys: pytest.CaptureFixture[str], which: str) -> None:
    code, out, _ = run(capsys, "catalogue", which)
    assert code == 0 and len(out.splitlines()) >= 5


@pytest.mark.parametrize("doc", ["cli.md", "case-file.schema.json"])
def test_generated_docs_are_current(doc: str) -> None:
    expected = {p.name: text for p, text in generated_docs(ROOT).items()}[doc]
    actual = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    assert actual == expected, f"docs/{doc} is stale: run `make docs`"


def test_console_script_installed() -> None:
    exe = Path(sys.executable).parent / "panah"
    proc = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("panah ")
