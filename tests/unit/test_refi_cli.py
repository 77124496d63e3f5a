"""The REFI-QDA sub-commands, run as a real process: export, import-qdpx, import-qdc."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ikt_desktop.cli import main as cli
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
    assert code == 2 and out == "" and len(lines) == 1 and "laughs.qdpx" in lines[0], err
    assert not (tmp_path / "new.ikt").exists()
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook><Codes>")
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    code, out, err = _run_here(capsys, "import-qdc", str(bad), str(demo_path))
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "bad.qdc" in lines[0], err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    code, _, err = _run_here(capsys, "export", str(demo_path))
    assert code == 2 and "--qdpx" in err and "--docx" in err
    code, _, err = _run_here(
        capsys, "export", str(demo_path), "--qdc", str(tmp_path / "no" / "x.qdc")
    )
    assert code == 2 and "x.qdc" in err and "does not exist" in err
