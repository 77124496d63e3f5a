"""A team project in the full main window (issue 19): ``team_apply_code_ms``, applying a
code through the undo command until every visible pane has updated and the window has
painted (as ``window_apply_code_ms`` on a file), and ``team_notify_ms_window``: another
client commits a coding on the transcript a window shows, until that window shows it and
has painted (the listener thread, the queued hand-over, the ChangeHub, the panes' refresh).

Runs in a fresh process against a team database URL (bench/team.py starts the server):
``team_window_run(url, home)``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

RUNS = 21

CHILD = r"""
import json, statistics, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow

URL, RUNS = sys.argv[1], int(sys.argv[2])


class PaintCounter(QObject):
    count = 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            PaintCounter.count += 1
        return False


app = make_application()
counter = PaintCounter()


def settle(window):
    for n in range(20):
        before = PaintCounter.count
        app.processEvents()
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        if n and PaintCounter.count == before:
            return


def open_window():
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    settle(window)
    assert window.open_project(URL), "cannot open the team project"
    settle(window)
    ws = window.workspace
    for pane in (ws.transcript_pane.view.viewport(), ws.transcript_pane.stripes,
                 ws.codebook_pane.view.viewport(), ws.sources_pane.view.viewport(),
                 ws.retrieval_pane.table.viewport(), window):
        pane.installEventFilter(counter)
    return window, ws


def summary(values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))]
    return {"median": round(statistics.median(values), 2), "min": round(values[0], 2),
            "p90": round(p90, 2), "max": round(values[-1], 2), "runs": len(values)}


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
    before, t = PaintCounter.count, time.perf_counter()
    assert ws.coding.apply_code(busy.id)
    settle(window)
    applies.append((time.perf_counter() - t) * 1000)
    paints.append(PaintCounter.count - before)
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
        before = PaintCounter.count
        coding = other.codings.apply(source_id, busy.id, start, start + 60).value
        t = time.perf_counter()  # the commit has returned on the other client
        deadline = t + 5
        while coding.id not in view.source.codings and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0002)
        settle(window)
        assert coding.id in view.source.codings, "the other client's coding never arrived"
        notified.append((time.perf_counter() - t) * 1000)
        npaints.append(PaintCounter.count - before)
out["team_notify_window_ms"] = round(statistics.median(notified), 2)
out["team_notify_window_ms_range"] = {**summary(notified), "paints": min(npaints)}
out["team_notify_change_sets"] = window.live.received - received
print(json.dumps(out))
window.close()
"""


def team_window_run(url: str, home: Path, runs: int = RUNS) -> dict[str, object]:
    """The team window keys for the team database at ``url``, in a fresh process."""
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run([sys.executable, "-c", CHILD, url, str(runs)], env=env,
                         capture_output=True, text=True)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"team window bench failed:\n{out.stderr[-3000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result
