"""A team project in the full main window (issue 19): ``team_apply_code_ms``, applying a
code through the undo command until every visible pane has updated and the window has
painted (as ``window_apply_code_ms`` on a file), and ``team_notify_ms_window``: another
client commits a coding on the transcript a window shows, until that window shows it and
has painted (the listener thread, the queued hand-over, the ChangeHub, the panes' refresh).

Runs in a fresh process against a team database URL (bench/team.py starts the server):
``team_window_run(url, home)``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from window_clock import child_env

RUNS = 21

CHILD = r"""
import json, statistics, sys, time
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow
from window_clock import PaintClock, summary

URL, RUNS = sys.argv[1], int(sys.argv[2])

app = make_application()
clock = PaintClock(app)
settle = clock.settle


def open_window():
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    settle(window)
    assert window.open_project(URL), "cannot open the team project"
    settle(window)
    clock.watch(window)
    return window, window.workspace


out = {}
# 1. apply a code in the window on the team project: undo command to painted
window, ws = open_window()
codes = [c for c in ws.project.codebook.all() if c.kind == "thematic"]
busy = max(codes, key=lambda c: c.coding_count)
ws.codebook_pane.select_code(busy.id)
settle(window)
view = ws.transcript_pane.view
length = len(view.source.text)
applies, paints = [], []
for i in range(RUNS):
    start = (i * 997) % (length - 200)
    view.select_span(start, start + 80)
    settle(window)
    before, t = clock.count, time.perf_counter()
    assert ws.coding.apply_code(busy.id)
    settle(window)
    applies.append((time.perf_counter() - t) * 1000)
    paints.append(clock.count - before)
    window.undo_stack.undo()
    settle(window)
out["team_apply_code_ms"] = round(statistics.median(applies), 2)
out["team_apply_code_ms_range"] = {**summary(applies), "paints": min(paints)}
source_id = view.source.source_id
# 2. another client commits a coding on the transcript this window shows
if window.live is None:
    print(json.dumps(out)); raise SystemExit
received = window.live.received
notified, npaints = [], []
with Project.open_team(URL) as other:
    for i in range(RUNS):
        start = (i * 1013) % (length - 200)
        shown = len(view.source.codings)
        before = clock.count
        coding = other.codings.apply(source_id, busy.id, start, start + 60).value
        t = time.perf_counter()  # the commit has returned on the other client
        deadline = t + 5
        while coding.id not in view.source.codings and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0002)
        settle(window)
        assert coding.id in view.source.codings, "the other client's coding never arrived"
        notified.append((time.perf_counter() - t) * 1000)
        npaints.append(clock.count - before)
out["team_notify_window_ms"] = round(statistics.median(notified), 2)
out["team_notify_window_ms_range"] = {**summary(notified), "paints": min(npaints)}
out["team_notify_change_sets"] = window.live.received - received
print(json.dumps(out))
window.close()
"""


def team_window_run(url: str, home: Path, runs: int = RUNS) -> dict[str, object]:
    """The team window keys for the team database at ``url``, in a fresh process."""
    home.mkdir(parents=True, exist_ok=True)
    out = subprocess.run([sys.executable, "-c", CHILD, url, str(runs)], env=child_env(home),
                         capture_output=True, text=True)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"team window bench failed:\n{out.stderr[-3000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
