"""What the user feels: actions in the full main window, timed from the undo command the UI
pushes until every visible pane has updated and the window has painted (issue 18).

Each corpus runs in a fresh process (its own QSettings folder, its own memory):
``python bench/window.py EDITOR.ikt LARGE.ikt`` or ``window_bench(folder, editor, large)``.
A "settle" processes events until a pass paints nothing more; paint events are counted so
an action that painted nothing (a broken measurement) is visible in the output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from window_clock import child_env

RUNS = 21

CHILD = r"""
import json, statistics, sys, time
from ikt_desktop.ui.shell.application import make_application
from ikt_desktop.ui.shell.main_window import MainWindow
from window_clock import PaintClock, summary

RUNS, PREFIX = int(sys.argv[2]), sys.argv[3]

app = make_application()
clock = PaintClock(app)
window = MainWindow()
window.resize(1400, 900)
window.show()


def settle():
    clock.settle(window)


settle()
window.open_project(sys.argv[1])
settle()
ws = window.workspace
clock.watch(window)
codes = [c for c in ws.project.codebook.all() if c.kind == "thematic"]
busy = max(codes, key=lambda c: c.coding_count)
ws.codebook_pane.select_code(busy.id)  # its segments listed in the Coded Segments tab
settle()
results, paints = {}, {}


def timed(key, action):
    before = clock.count
    t = time.perf_counter()
    action()
    settle()
    results.setdefault(key, []).append((time.perf_counter() - t) * 1000)
    paints.setdefault(key, []).append(clock.count - before)


view = ws.transcript_pane.view
length = len(view.source.text)
sources = ws.project.sources.all()
def idle():
    # What a user leaves the window to do between actions: the paragraphs of a source
    # just shown are highlighted in idle steps (10 ms apart) after it is painted; an action
    # timed while they run would count that catch-up (not this action) too.
    while view.highlighter.deferred:
        app.processEvents()
        time.sleep(0.002)
    settle()


for i in range(RUNS):
    start = (i * 997) % (length - 200)
    view.select_span(start, start + 80)
    idle()
    timed("apply_code_ms", lambda: ws.coding.apply_code(busy.id))
    timed("undo_ms", window.undo_stack.undo)
    window.undo_stack.redo()
    settle()
    if PREFIX == "window_":
        pane = ws.retrieval_pane
        pane.table.setCurrentIndex(pane.model.index(i % pane.model.rowCount(), 0))
        settle()
        timed("remove_coding_ms", pane.remove_current)
        window.undo_stack.undo()
        settle()
        big, small = sorted(sources, key=lambda s: -s.word_count)[:2]
        idle()
        timed("switch_small_source_ms", lambda: ws.sources_pane.select_source(small.id))
        idle()
        timed("switch_source_ms", lambda: ws.sources_pane.select_source(big.id))

# The same switches to a source not kept from before (never shown, or changed since): read,
# indexed and laid out. In a loop of their own, after the actions above: run between them,
# they raised the apply medians by 3-4 ms, while applies in a source just shown for the
# first time measured like those in a kept one (bench/README.md, issue 18).
if PREFIX == "window_":
    for i in range(RUNS):
        for key, source in (("switch_small_source_unkept_ms", small),
                            ("switch_source_unkept_ms", big)):  # fmt: skip
            idle()
            view.forget()
            timed(key, lambda: ws.sources_pane.select_source(source.id))

if PREFIX == "large_window_":  # a transcript shown for the first time, 21 of them
    shown = ws.transcript_pane.source_id
    for source in [s for s in sources if s.id != shown][:RUNS]:
        idle()
        timed("switch_source_unkept_ms", lambda: ws.sources_pane.select_source(source.id))
    status = open("/proc/self/status").read().splitlines()
    rss = next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    kept = ws.transcript_pane.view.kept_sources()


out = {}
for key, values in results.items():
    out[PREFIX + key] = round(statistics.median(values), 2)
    out[PREFIX + key + "_range"] = {**summary(values), "paints": min(paints[key])}
    if "--debug" in sys.argv: print(key, [round(v) for v in values], paints[key], file=sys.stderr)
if PREFIX == "large_window_":  # memory after the 21 shown (the sources kept included)
    out["large_window_rss_after_switches_mb"] = round(rss / 1024, 1)
    out["large_window_sources_kept"] = len(kept)
print(json.dumps(out))
window.close()
"""


def window_run(path: Path, prefix: str, home: Path, runs: int = RUNS) -> dict[str, object]:
    """The window_* (or large_window_*) keys for the project at ``path``, in a fresh process."""
    import shutil

    home.mkdir(parents=True, exist_ok=True)
    copy = home / f"{prefix}{path.name}"  # the run leaves codings behind (apply, undo, redo)
    shutil.copyfile(path, copy)
    path = copy
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(runs), prefix],
                         env=child_env(home),
                         capture_output=True, text=True)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"window bench on {path.name} failed:\n{out.stderr[-3000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def with_second_source(editor: Path, folder: Path) -> Path:
    """A copy of the editor corpus with a second, 10,000-word transcript (1,000 codings) to
    switch to and from."""
    import random
    import shutil

    from corpus import transcript
    from sqlalchemy import insert

    from ikt_desktop.db.models import Coding
    from ikt_desktop.domain.transcripts.transcript import SpeakerMapping, build_draft
    from ikt_desktop.services.project import Project

    path = folder / "window-editor.ikt"
    shutil.copyfile(editor, path)
    rng = random.Random(18)
    with Project.open(path) as p:
        p.participants.add("P2", role="extended collaborator")
        draft = build_draft(transcript(rng, 10_000, "P2"), "P2 interview")
        mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "P2": SpeakerMapping("P2")}
        source = p.sources.add_transcript(draft, mapping, participant_label="P2").value.id
        coder = p.coders.current() or p.coders.ensure_current("Bench")
        codes = [c.id for c in p.codebook.all()]
        rows = []
        for _ in range(1000):
            start = rng.randrange(0, len(draft.text) - 600)
            rows.append({"code_id": rng.choice(codes), "source_id": source, "start": start,
                         "end": start + rng.randrange(20, 600), "coder_id": coder.id})  # fmt: skip
        with p.store.write() as s:
            s.execute(insert(Coding), rows)
    return path


def window_bench(folder: Path, editor: Path, large: Path) -> dict[str, object]:
    """Full-window timings on the editor corpus (with a second source to switch to) and on
    the large corpus (apply and undo only)."""
    results = window_run(with_second_source(editor, folder), "window_", folder / "home-window")
    results.update(window_run(large, "large_window_", folder / "home-window-large"))
    return results


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(window_bench(Path(tmp), Path(sys.argv[1]), Path(sys.argv[2])), indent=2))
