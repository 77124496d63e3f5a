"""Start-up as the user sees it: ``python -m ikt_desktop`` in a fresh process until the
main window has painted (``startup_s``), and the same with a project given on the command
line, until the window showing it has painted (``startup_with_project_s``).

The app writes the time of its first paint when ``IKT_DESKTOP_STARTUP_PROBE`` names a file
(``ui/chrome/startup_probe.py``) and closes. Each run is a fresh interpreter; one run before
the timed ones writes the byte-code caches (an installed app has them) and warms the disk
cache. ``PYTHONDONTWRITEBYTECODE`` is dropped from the child's environment for that reason.

    python bench/startup.py [--runs 5] [--project PATH.ikt] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_ENV = "IKT_DESKTOP_STARTUP_PROBE"  # ikt_desktop.ui.chrome.startup_probe.PROBE_ENV
BUDGET_S = 1.0


def _child_env(home: Path, probe: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["IKT_DESKTOP_HOME"] = str(home)
    env[PROBE_ENV] = str(probe)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def one_start(home: Path, project: Path | None = None, timeout: float = 120) -> float:
    """Seconds from starting ``python -m ikt_desktop [project]`` to its window painted."""
    probe = home / "probe.txt"
    probe.unlink(missing_ok=True)
    argv = [sys.executable, "-m", "ikt_desktop"] + ([str(project)] if project else [])
    started = time.time()
    done = subprocess.run(argv, env=_child_env(home, probe), capture_output=True, text=True,
                          timeout=timeout, check=False)  # fmt: skip
    if not probe.exists():
        raise RuntimeError(f"no probe written (exit {done.returncode}): {done.stderr[-2000:]}")
    return float(probe.read_text(encoding="utf-8")) - started


def timed(runs: int, project: Path | None = None) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        one_start(home, project)  # byte-code caches written, files in the disk cache
        return [one_start(home, project) for _ in range(runs)]


def summary(key: str, values: list[float]) -> dict[str, object]:
    return {key: round(statistics.median(values), 3),
            f"{key}_range": [round(min(values), 3), round(max(values), 3)],
            f"{key}_runs": [round(v, 3) for v in values]}  # fmt: skip


def startup_bench(runs: int = 5, project: Path | None = None) -> dict[str, object]:
    results = summary("startup_s", timed(runs))
    if project is not None:
        results.update(summary("startup_with_project_s", timed(runs, project)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = startup_bench(args.runs, args.project)
    print(json.dumps(results, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
