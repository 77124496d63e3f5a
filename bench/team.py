"""Team projects on PostgreSQL (issue 19) with the large corpus (100 transcripts of
10,000 words, 100,000 codings): ``team create`` from the file, opening the team project
headless, a change committed by one client heard by another, and ``team copy`` back to a
file.

The server is ``IKT_TEAM_URL``'s (an empty database on a real server: it is filled) or,
without it, a throw-away local one on a Unix socket (tests/postgres_server.py; tuned for
tests: no fsync). Run by bench/run.py, or alone: ``python bench/team.py [--json]``."""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import large_project
from team_window import team_window_run

from ikt_desktop.services.project import Project
from ikt_desktop.services.team.server import copy_team_project, create_team_project
from tests.postgres_server import PostgresServer, find_bin_dir

BUDGETS = {
    "team_copy_large_s": 60.0,
    "team_open_large_s": 2.5,
    "team_notify_ms": 250.0,  # commit on one client to refreshed and painted on another
    "team_apply_code_ms": 30.0,  # through the whole window, to painted
}


def _open_and_show(url: str) -> float:
    """Open the team project and read what the window shows first: counts, the
    codebook with its counts, the sources, the first source's text and codings."""
    started = time.perf_counter()
    with Project.open_team(url) as p:
        p.info()
        p.codebook.all()
        first = p.sources.all()[0]
        p.sources.text(first.id)
        p.codings.for_source(first.id)
    return time.perf_counter() - started


def _live(url: str, runs: int = 21) -> dict[str, float]:
    """Client A applies a code (one commit each); client B's listener, on its own thread,
    notes when the change set arrives. ``team_notify_listener_ms``: commit returned on A to
    change set received on B (the window's refresh after it: bench/team_window.py);
    ``team_apply_code_service_ms``: A's apply, headless (the service call, one commit)."""
    arrivals: list[float] = []
    with Project.open_team(url) as a, Project.open_team(url) as b, b.store.listen() as heard:
        code = a.codebook.all()[0].id
        source = a.sources.all()[0].id

        def listen() -> None:
            while len(arrivals) < runs:
                if heard.wait(timeout=5, stop_after=1):
                    arrivals.append(time.perf_counter())

        thread = threading.Thread(target=listen)
        thread.start()
        applies, commits = [], []
        for n in range(runs):
            started = time.perf_counter()
            a.codings.apply(source, code, 7 * n, 7 * n + 5)
            commits.append(time.perf_counter())
            applies.append(commits[-1] - started)
            deadline = time.perf_counter() + 5
            while len(arrivals) <= n and time.perf_counter() < deadline:
                time.sleep(0.0005)
        thread.join(timeout=10)
    notify = [max(0.0, got - done) for got, done in zip(arrivals, commits, strict=False)]
    return {
        "team_notify_listener_ms": round(statistics.median(notify) * 1000, 2),
        "team_apply_code_service_ms": round(statistics.median(applies) * 1000, 2),
    }


def team_bench(folder: Path, large: Path | None = None) -> dict[str, object]:
    path = large if large is not None and large.exists() else large_project(folder / "team.ikt")
    server = None
    url = os.environ.get("IKT_TEAM_URL", "")
    if not url:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            return {"team_skipped": "PostgreSQL is not installed (Debian package postgresql)"}
        server = PostgresServer(bin_dir).start()
        url = server.url(server.new_database())
    try:
        started = time.perf_counter()
        created = create_team_project(url, path)
        copy_s = time.perf_counter() - started
        opens = [_open_and_show(url) for _ in range(3)]
        live = _live(url)
        window = team_window_run(url, folder / "team-window-home")
        live["team_notify_ms"] = window.pop("team_notify_window_ms")
        live["team_notify_ms_range"] = window.pop("team_notify_window_ms_range")
        live.update(window)  # type: ignore[arg-type]
        started = time.perf_counter()
        copy_team_project(url, folder / f"team-copy-{time.time_ns()}.ikt")
        back_s = time.perf_counter() - started
    finally:
        if server is not None:
            server.stop()
    return {
        "team_copy_large_s": round(copy_s, 2),
        "team_open_large_s": round(statistics.median(opens), 3),
        **live,
        "team_copy_back_large_s": round(back_s, 2),  # team copy URL OUT.ikt (no budget)
        "team_rows": {k: v for k, v in created.rows.items() if v},
        "team_server": "IKT_TEAM_URL" if server is None else "local socket, fsync off",
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        results = team_bench(Path(tmp))
    results["budgets"] = {k: v for k, v in BUDGETS.items() if k in results}
    print(json.dumps(results, indent=None if "--json" in sys.argv else 2))
