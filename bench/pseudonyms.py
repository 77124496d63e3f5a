"""Pseudonymisation: preview, apply, undo (restore), redo (apply again) and compacting the
file (VACUUM) over the demo project and the large corpus (100 transcripts of 10,000
words, 100,000 codings). The large list replaces two frequent words ("trust", "panel":
~10% of all words, the worst case) and the speaker labels; the large project also gets
the other fields pseudonymisation rewrites: a memo per source, a definition per code,
a memo on every 10th coding, each naming a term. Prints JSON (milliseconds; ``*_cpu_ms``
is this process's CPU time, which a busy machine does not inflate).

    python bench/pseudonyms.py
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project
from sqlalchemy import insert, select, update

from ikt_desktop.db.models import Code, Coding, Memo, Source
from ikt_desktop.domain.privacy.pseudonyms import Entry
from ikt_desktop.services.demo import build_demo
from ikt_desktop.services.privacy.pseudonym_copies import compact
from ikt_desktop.services.privacy.pseudonyms import PseudonymList
from ikt_desktop.services.project import Project


def _ms(began: float) -> float:
    return round((time.perf_counter() - began) * 1000, 1)


def _run(p: Project, prefix: str, lst: PseudonymList) -> dict[str, float]:
    out: dict[str, float] = {}
    began = time.perf_counter()
    preview = p.pseudonyms.preview(lst)
    out[f"{prefix}_preview_ms"] = _ms(began)
    began, cpu = time.perf_counter(), time.process_time()
    done = p.pseudonyms.apply(lst)
    out[f"{prefix}_apply_ms"] = _ms(began)
    out[f"{prefix}_apply_cpu_ms"] = round((time.process_time() - cpu) * 1000, 1)
    began, cpu = time.perf_counter(), time.process_time()
    p.pseudonyms.restore(done.value)
    out[f"{prefix}_undo_ms"] = _ms(began)
    out[f"{prefix}_undo_cpu_ms"] = round((time.process_time() - cpu) * 1000, 1)
    began = time.perf_counter()
    done = p.pseudonyms.apply(lst)
    out[f"{prefix}_redo_ms"] = _ms(began)
    began = time.perf_counter()
    compact(p.store)
    out[f"{prefix}_vacuum_ms"] = _ms(began)
    out[f"{prefix}_file_mb"] = round(p.path.stat().st_size / 1e6, 1)
    out[f"{prefix}_hits"] = preview.total
    out[f"{prefix}_field_hits"] = sum(len(f.hits) for f in preview.fields)
    out[f"{prefix}_fields_changed"] = len(done.value.fields)
    out[f"{prefix}_codings_moved"] = sum(len(e.codings) for e in done.value.edits)
    return out


def _add_fields(p: Project) -> None:
    with p.store.write() as s:
        sources = list(s.execute(select(Source.id, Source.name)))
        s.execute(insert(Memo), [
            {"target_kind": "source", "target_id": sid, "title": f"About {name}",
             "text": f"{name} spoke about trust and the panel; P{n % 100 + 1} agreed."}
            for n, (sid, name) in enumerate(sources)
        ])  # fmt: skip
        s.execute(update(Code), [
            {"id": cid, "definition": "Talk of trust between the panel and P7."}
            for cid in s.scalars(select(Code.id))
        ])  # fmt: skip
        ids = list(s.scalars(select(Coding.id).where(Coding.id % 10 == 0)))
        s.execute(update(Coding), [{"id": i, "memo": "P3 on trust"} for i in ids])


def pseudonym_bench(folder: Path, large: Path | None = None) -> dict[str, float]:
    """``large``: the large project built by another benchmark (copied, not changed)."""
    results: dict[str, float] = {}
    with build_demo(folder / "pseudonym-demo.ikt") as p:
        results.update(_run(p, "pseudonym_demo", p.pseudonyms.seed()))
    target = folder / "pseudonym-large.ikt"
    if large is not None:
        shutil.copyfile(large, target)
    else:
        large_project(target)
    with Project.open(target) as p:
        _add_fields(p)
        entries = [Entry("trust", "[T]"), Entry("panel", "[Panel]")]
        entries += [Entry(f"P{n}", f"[Participant {n}]") for n in range(1, 101)]
        results.update(_run(p, "pseudonym_large", PseudonymList(tuple(entries))))
    return results


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        json.dump(pseudonym_bench(Path(tmp)), sys.stdout, indent=1)
        print()
