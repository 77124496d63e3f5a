"""A crash during ``import-qdpx`` leaves no half project (issue 21, item 7): the project is
made under a hidden name and moved into place only when complete; a retry works."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikt_desktop.cli.main import run
from ikt_desktop.domain.errors import ProjectFileError
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project, check


@pytest.fixture
def qdpx(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "demo.qdpx"
    assert run(["export", str(demo_path), "--qdpx", str(out)]) == 0
    capsys.readouterr()
    return out


def _counts(path: Path) -> dict[str, int]:
    with Project.open(path, read_only=True) as p:
        info = p.info()
    return {"sources": info.sources, "codes": info.codes, "codings": info.codings}


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.slow
@pytest.mark.parametrize("run_no", range(3))
def test_sigkill_during_import_qdpx_leaves_no_half_project(
    tmp_path: Path, qdpx: Path, run_no: int
) -> None:
    expected = tmp_path / "expected.ikt"
    import_qdpx(qdpx, expected)[0].close()
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "study.ikt"
    child = subprocess.Popen(
        [sys.executable, "-m", "ikt_desktop", "import-qdpx", str(qdpx), str(target)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(),
    )  # fmt: skip
    deadline = time.monotonic() + 60  # wait until it writes the project, then kill it
    while not list(folder.iterdir()) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(random.Random(run_no).uniform(0.0, 0.12))
    child.send_signal(signal.SIGKILL)
    child.wait(30)
    print("finished" if target.exists() else f"killed mid-import: {_listing(folder)}")
    if target.exists():  # it finished: complete, never half
        assert _counts(target) == _counts(expected)
        assert check(target) == []
        return
    assert all(name.startswith(".study.importing-") for name in _listing(folder))
    assert run(["import-qdpx", str(qdpx), str(target), "--json"]) == 0  # the retry works
    assert _counts(target) == _counts(expected)
    assert _listing(folder) == ["study.ikt"]  # and took away what the crash left


def test_a_failed_import_leaves_nothing_and_never_replaces(tmp_path: Path, qdpx: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "study.ikt"

    def cancel(done: int, total: int, label: str) -> None:
        if label == "Writing the project":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_qdpx(qdpx, target, cancel)
    assert _listing(folder) == []
    project, _summary = import_qdpx(qdpx, target)
    project.close()
    assert _listing(folder) == ["study.ikt"]

    def appear(done: int, total: int, label: str) -> None:  # someone takes the name meanwhile
        if label == "Writing the project" and not target.exists():
            target.write_bytes(b"theirs")

    target.unlink()
    with pytest.raises(ProjectFileError, match="already exists"):
        import_qdpx(qdpx, target, appear)
    assert target.read_bytes() == b"theirs"
    assert _listing(folder) == ["study.ikt"]
