"""The REFI-QDA sub-commands, run as a real process: export, import-qdpx, import-qdc."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ikt_desktop.cli import main as cli
from tests.producers import MARKS, Habits, write_project
from tests.refi import make_qdpx, validate_qdc, validate_qdpx
from tests.unit.test_cli import run
from tests.unit.test_refi_hostile import LAUGHS


def test_export_then_import_both_ways(demo_path: Path, tmp_path: Path, app_home: Path) -> None:
    out = run("export", str(demo_path), "--qdpx", str(tmp_path / "d.qdpx"), "--qdc",
              str(tmp_path / "d.qdc"), "--json", home=app_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    written = json.loads(out.stdout)
    assert written["qdpx"]["codings"] == 159 and written["qdc"]["codes"] == 26
    validate_qdpx(tmp_path / "d.qdpx")
    validate_qdc(tmp_path / "d.qdc")
    made = run("import-qdpx", str(tmp_path / "d.qdpx"), str(tmp_path / "new.ikt"), "--json",
               home=app_home)  # fmt: skip
    assert made.returncode == 0, made.stderr
    summary = json.loads(made.stdout)
    assert summary["imported"]["codings"] == 159 and summary["position_unit"] == "code points"
    added = run("import-qdc", str(tmp_path / "d.qdc"), str(tmp_path / "new.ikt"), home=app_home)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added 0 codes") and "same GUID" in added.stdout


def _run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_bad_input_is_one_line_and_changes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = make_qdpx(tmp_path / "laughs.qdpx", LAUGHS)
    code, out, err = _run_here(capsys, "import-qdpx", str(bomb), str(tmp_path / "new.ikt"))
    lines = err.strip().splitlines()
    assert code == 1 and out == "" and len(lines) == 1 and "laughs.qdpx" in lines[0], err
    assert not (tmp_path / "new.ikt").exists()
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook><Codes>")
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    code, out, err = _run_here(capsys, "import-qdc", str(bad), str(demo_path))
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 1 and "bad.qdc" in lines[0], err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    code, _, err = _run_here(capsys, "export", str(demo_path))
    assert code == 2 and "--qdpx" in err and "--docx" in err
    code, _, err = _run_here(
        capsys, "export", str(demo_path), "--qdc", str(tmp_path / "no" / "x.qdc")
    )
    assert code == 1 and "x.qdc" in err and "does not exist" in err  # a file: 1; usage: 2


def test_import_qdpx_reports_positions_per_source(tmp_path: Path, app_home: Path) -> None:
    """Issue 22: per source, the unit chosen, each unit's fit, and how many selections
    their own text confirmed, corrected or flagged; flagged selections listed."""
    write_project(tmp_path / "qc.qdpx", Habits("QualCoder 3.6", units="mixed", wrong_name=5),
                  MARKS["emoji"], "early")  # fmt: skip
    made = run("import-qdpx", str(tmp_path / "qc.qdpx"), str(tmp_path / "qc.ikt"), "--json",
               home=app_home)  # fmt: skip
    assert made.returncode == 0, made.stderr
    summary = json.loads(made.stdout)
    [source] = summary["positions"]
    assert source["source"] == "Interview 3" and source["unit"] == "UTF-16 code units"
    assert set(source["fits"]) == {"code points", "UTF-16 code units",
                                   "characters, a line break counted once",
                                   "UTF-16 code units, a line break counted once"}  # fmt: skip
    assert (source["with_text"], source["confirmed"], source["corrected"], source["flagged"]) == (
        20, 10, 9, 1)  # fmt: skip
    assert source["evidence"] == "mixed units" and source["doubtful"] is True
    assert len(summary["flagged"]) == 1 and "not in this interview" in summary["flagged"][0]
    text = run("import-qdpx", str(tmp_path / "qc.qdpx"), str(tmp_path / "qc2.ikt"),
               home=app_home).stdout  # fmt: skip
    assert "check: Interview 3: UTF-16 code units (mixed units; fit: " in text
    assert "10 of 20 confirmed by their text, 9 corrected, 1 flagged" in text
    assert "flagged: Interview 3: at " in text
