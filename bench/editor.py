"""Editor benchmarks (Qt offscreen): open and paint, apply, undo, scroll, and a large
project's open time and memory (in a fresh process, so the memory is its own)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import editor_project, large_project

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def editor_bench(folder: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
    from ikt_desktop.ui.shell import commands
    from ikt_desktop.ui.shell.change_hub import ChangeHub

    app = QApplication.instance() or QApplication([])
    path = editor_project(folder / "editor.ikt")
    results: dict[str, float] = {}
    with Project.open(path) as p:
        hub = ChangeHub()
        pane = TranscriptPane(p.sources, p.codings, p.codebook, p.coders, hub)
        pane.resize(1000, 800)
        pane.show()
        source = p.sources.all()[0]
        opens = []
        for _ in range(5):
            pane.show_source(None)
            app.processEvents()
            t = time.perf_counter()
            pane.show_source(source)
            pane.grab()  # lays out and paints the first screen, highlights and stripes
            opens.append((time.perf_counter() - t) * 1000)
        results["editor_open_ms"] = _median(opens)
        view = pane.view
        scrolls = []
        bar = view.verticalScrollBar()
        for _ in range(30):
            t = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            pane.stripes.repaint()
            scrolls.append((time.perf_counter() - t) * 1000)
        results["scroll_page_ms"] = _median(scrolls)
        from PySide6.QtGui import QUndoStack

        stack = QUndoStack()
        code = p.codebook.all()[5]
        applies, undos = [], []
        text_len = len(view.source.text) if view.source else 0
        for i in range(21):
            start = (i * 997) % (text_len - 200)
            t = time.perf_counter()
            command = commands.ApplyCodeCommand(
                p.codings, hub, code.id, code.name, source.id, start, start + 80
            )
            commands.push(stack, command)
            view.viewport().repaint()
            applies.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            stack.undo()
            view.viewport().repaint()
            undos.append((time.perf_counter() - t) * 1000)
            stack.redo()
        results["apply_code_ms"] = _median(applies)
        results["undo_ms"] = _median(undos)
        pane.close()
    return results


LARGE_CHILD = r"""
import json, os, sys, time
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.chrome.warm_up import WarmUp
warm_first = sys.argv[2] == "warm"
app = make_application()
window = MainWindow()
window.resize(1400, 900)
warm = WarmUp(window) if warm_first else None  # as run_gui starts it
window.show()
app.processEvents()
while warm is not None and not warm.done:  # what a user's File > Open leaves it time for
    app.processEvents()
t1 = time.perf_counter()
window.open_project(sys.argv[1])  # File > Open: until the window is painted and usable
app.processEvents()
window.grab()
elapsed = time.perf_counter() - t1
status = open("/proc/self/status").read().splitlines()
rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
if not warm_first:  # opened at once: the imports the warm-up would have done included
    print(json.dumps({"large_project_open_cold_s": round(elapsed, 3)}))
    os._exit(0)
# then code in it with a busy code selected (its segments listed below): apply and undo
import statistics
ws = window.workspace
code = ws.project.codebook.all()[3].id
ws.codebook_pane.select_code(code)
applies, undos = [], []
for i in range(9):
    ws.transcript_pane.view.select_span(1000 + i * 50, 1040 + i * 50)
    t = time.perf_counter(); ws.coding.apply_code(code); app.processEvents()
    applies.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter(); window.undo_stack.undo(); app.processEvents()
    undos.append((time.perf_counter() - t) * 1000)
    window.undo_stack.redo(); app.processEvents()
print(json.dumps({"large_project_open_s": round(elapsed, 3),
                  "large_project_rss_mb": round(rss / 1024, 1),
                  "large_apply_code_ms": round(statistics.median(applies), 2),
                  "large_undo_ms": round(statistics.median(undos), 2)}))
window.close()
"""


def _large_child(path: Path, folder: Path, mode: str) -> dict[str, float]:
    env = {**os.environ, "IKT_DESKTOP_HOME": str(folder / "home")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its byte-code caches
    out = subprocess.run([sys.executable, "-c", LARGE_CHILD, str(path), mode], env=env,
                         capture_output=True, text=True, check=True)  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def large_bench(folder: Path, runs: int = 5) -> dict[str, object]:
    """File > Open of the large project in a fresh process, the empty window up and its
    warm-up done (``large_project_open_s``), and opened at once (``..._cold_s``): medians
    of ``runs`` with their ranges."""
    path = large_project(folder / "large.ikt")
    _large_child(path, folder, "warm")  # byte-code caches written, the file in the disk cache
    warm = [_large_child(path, folder, "warm") for _ in range(runs)]
    cold = [_large_child(path, folder, "cold") for _ in range(runs)]
    results: dict[str, object] = {}
    for runs_of in (warm, cold):
        for key in runs_of[0]:
            values = [r[key] for r in runs_of]
            results[key] = _median(values)
            results[f"{key}_range"] = [min(values), max(values)]
    return results


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps({**editor_bench(Path(tmp)), **large_bench(Path(tmp))}, indent=2))
