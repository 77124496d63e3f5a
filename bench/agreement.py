"""Agreement benchmark: the large corpus (100 transcripts of 10,000 words, 100,000
codings by coder "Bench") copied, with a second coder "B" who coded about half of the same
segments again (bulk-inserted): a third exactly, a third with boundaries moved by a few
characters, a third with another code. Times the service call for all codes, overall and
per code, at character level (budget 2 s) and at segment level (reported, same budget)."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project
from sqlalchemy import func, insert, select

from ikt_desktop.db.models import Code, Coding, Source
from ikt_desktop.services.project import Project


def two_coder_project(folder: Path) -> Path:
    """A copy of the large project with coder "B" (made once, then reused)."""
    path = folder / "large-two-coders.ikt"
    if path.exists():
        return path
    large = folder / "large.ikt"  # run.py's large_bench builds it first; reuse it
    if not large.exists():
        large_project(large)
    shutil.copyfile(large, path)
    rng = random.Random(8)
    with Project.open(path) as p:
        bench = next(c.id for c in p.coders.all() if c.name == "Bench")
        b = p.coders.add("B", "B").value.id
        with p.store.write() as s:
            codes = list(s.scalars(select(Code.id)))
            lengths = {i: n for i, n in s.execute(select(Source.id, func.length(Source.text)))}
            rows = []
            query = select(Coding.code_id, Coding.source_id, Coding.start, Coding.end)
            for code, source, start, end in list(s.execute(query.where(Coding.coder_id == bench))):
                if rng.random() >= 0.5:
                    continue
                kind = rng.randrange(3)
                if kind == 1:
                    start = max(0, start + rng.randrange(-8, 9))
                    end = min(lengths[source], max(start + 1, end + rng.randrange(-8, 9)))
                elif kind == 2:
                    code = rng.choice(codes)
                rows.append({"code_id": code, "source_id": source, "start": start, "end": end,
                             "coder_id": b})  # fmt: skip
            for chunk in range(0, len(rows), 20_000):
                s.execute(insert(Coding), rows[chunk : chunk + 20_000])
    return path


def agreement_bench(folder: Path, runs: int = 3) -> dict[str, object]:
    path = two_coder_project(folder)
    out: dict[str, object] = {}
    with Project.open(path, read_only=True) as p:
        ids = [p.agreement.find_coder(n).id for n in ("Bench", "B")]
        for unit, key in (("char", "agreement_char_s"), ("segment", "agreement_segment_s")):
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                report = p.agreement.compare(ids, unit)
                times.append(time.perf_counter() - started)
            out[key] = round(statistics.median(times), 2)
            overall = report.overall.stats
            out[f"{key[:-2]}_overall"] = {
                "percent_agreement": round(overall.percent_agreement or 0, 4),
                "kappa": None if overall.kappa is None else round(overall.kappa, 4),
                "alpha": None if overall.alpha is None else round(overall.alpha, 4),
                "codes": len(report.codes),
            }
        out["agreement_codings"] = p.info().codings
    return out


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(agreement_bench(Path(tmp)), indent=None if "--json" in sys.argv else 2))
