"""Export benchmarks: the Excel workbook of the large project (100 transcripts, 100,000
codings), each run in a fresh process so its peak memory is the export's own."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import large_project

WORKBOOK_CHILD = """
import json, resource, sys, time
from pathlib import Path
from ikt_desktop.services.project import Project

project, out = Path(sys.argv[1]), Path(sys.argv[2])
with Project.open(project, read_only=True) as p:
    started = time.perf_counter()
    summary = p.workbook.write(out)
    elapsed = time.perf_counter() - started
# VmHWM: this program's own peak. ru_maxrss would not do: on Linux it survives exec and
# starts at the parent's size at fork (run.py's own 650 MB showed up here as the export's).
try:
    status = open("/proc/self/status").read()
    peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1])
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
print(json.dumps({"s": elapsed, "rss_mb": peak_kb / 1024, "quotes": summary.quotes,
                  "file_mb": out.stat().st_size / 2**20}))
"""


def workbook_bench(folder: Path, runs: int = 3) -> dict[str, float]:
    """Write the large project's workbook ``runs`` times: median seconds, peak memory."""
    path = folder / "large.ikt"  # run.py's large_bench builds it first; reuse it
    if not path.exists():
        large_project(path)
    results = []
    for n in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", WORKBOOK_CHILD, str(path), str(folder / f"large-{n}.xlsx")],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "workbook_100k_s": round(statistics.median(r["s"] for r in results), 2),
        "workbook_100k_rss_mb": round(max(r["rss_mb"] for r in results), 1),
        "workbook_100k_file_mb": round(results[0]["file_mb"], 1),
        "workbook_100k_quotes": results[0]["quotes"],  # run.py's large_bench adds a few
    }


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(workbook_bench(Path(tmp)), indent=2))
