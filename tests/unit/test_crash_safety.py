"""Invariant 1: a kill -9 at any moment loses at most the action in flight, and the file
always passes the integrity check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ikt_desktop.db.cipher import Password
from ikt_desktop.services.project import Project, check
from tests.helpers import add_source

OPEN_CHILD = r"""
import os
import sys
from pathlib import Path
from ikt_desktop.db.cipher import Password
from ikt_desktop.services.project import Project

secret = os.environ.get("IKT_CRASH_PASSWORD")
project = Project.open(Path(sys.argv[1]), password=Password(secret) if secret else None)
"""
CHILD = (
    OPEN_CHILD
    + r"""
code_id, source_id, length = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
print("ready", flush=True)
i = 0
while True:
    start = i % (length - 12)
    coding = project.codings.apply(source_id, code_id, start, start + 5 + i % 7,
                                   memo="x" * (i % 500)).value
    print(coding.id, flush=True)  # reported only after the commit returned
    i += 1
"""
)

RUNS = 5
SECRET = "crash-test secret 🔑"
# plain runs, then encrypted ones (SQLCipher keeps the same WAL + full-sync guarantees)
CODING_RUNS = [(r, False) for r in range(RUNS)] + [(RUNS + r, True) for r in range(2)]


def _child_env(encrypted: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "IKT_CRASH_PASSWORD"}
    return {**env, "IKT_CRASH_PASSWORD": SECRET} if encrypted else env


@pytest.mark.slow
@pytest.mark.parametrize(("run", "encrypted"), CODING_RUNS)
def test_sigkill_while_coding_loses_nothing_committed(
    tmp_path: Path, run: int, encrypted: bool
) -> None:
    path = tmp_path / "crash.ikt"
    key = Password(SECRET) if encrypted else None
    with Project.create(path, password=key) as p:
        p.coders.ensure_current("Child")
        source = add_source(p)
        code = p.codebook.create("Loop").value.id
        length = len(p.sources.text(source))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(code), str(source), str(length)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_child_env(encrypted),
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    rng = random.Random(run)
    target = rng.randint(20, 400)
    reported: list[int] = []
    deadline = time.monotonic() + 60
    while len(reported) < target and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        reported.append(int(line))
    time.sleep(rng.random() * 0.05)  # land the kill at an arbitrary point of a transaction
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert len(reported) >= target, "the child stopped early"

    assert check(path, key) == []  # integrity_check ok, foreign keys intact
    with Project.open(path, password=key) as p:
        present = {c.id for c in p.codings.for_source(source)}
        ids = sorted(present)
    assert set(reported) <= present
    # committed in order, nothing half-written: ids run without gaps from the first one
    assert ids == list(range(ids[0], ids[0] + len(ids)))


IMPORT_CHILD = (
    OPEN_CHILD
    + r"""
from ikt_desktop.services.exchange.imports import plan_from
file = Path(sys.argv[2])
print("ready", flush=True)
while True:
    preview = project.imports.preview(file)
    result = project.imports.import_file(preview, plan_from(preview)).value
    print(result.source.id, flush=True)  # reported only after the commit returned
"""
)


def _transcript(folder: Path) -> Path:
    lines = ["WEBVTT", ""]
    for n in range(200):
        who = "Dana" if n % 2 == 0 else "P1"
        lines += [f"00:{n // 60:02d}:{n % 60:02d}.000 --> 00:{n // 60:02d}:{n % 60:02d}.900",
                  f"<v {who}>Turn {n}: the meetings, fatigue, café, 患者参与 and trust 👍.</v>", ""]  # fmt: skip
    path = folder / "interview.vtt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("run", "encrypted"), [(0, False), (1, False), (2, False), (3, True)])
def test_sigkill_while_importing_leaves_whole_sources_only(
    tmp_path: Path, run: int, encrypted: bool
) -> None:
    """An import is one transaction: after a kill -9 every source is whole (its text,
    speakers and turns) or absent, and every reported one is there."""
    path = tmp_path / "crash-import.ikt"
    key = Password(SECRET) if encrypted else None
    with Project.create(path, password=key) as p:
        p.coders.ensure_current("Child")
    file = _transcript(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", IMPORT_CHILD, str(path), str(file)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=_child_env(encrypted))  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    rng = random.Random(100 + run)
    target = rng.randint(3, 12)
    reported = [int(child.stdout.readline()) for _ in range(target)]
    time.sleep(rng.random() * 0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert check(path, key) == []
    with Project.open(path, password=key) as p:
        sources = p.sources.all()
        assert {s.id for s in sources} >= set(reported)
        shapes = {(len(p.sources.text(s.id)), len(p.sources.turns(s.id)),
                   len(p.sources.speakers(s.id))) for s in sources}  # fmt: skip
    assert len(shapes) == 1  # every source present is whole: the same text, turns, speakers
