"""Merging two 50-transcript projects (issue 8): ours and a teammate's, sharing 25 sources
(13 with the same GUIDs, 12 with the same text under other GUIDs), 25,000 codings each
(5,000 of the teammate's are ours, by our coder, on the shared sources: matched by
content). The teammate's codebook has the same names under other GUIDs (matched by path).
Each side keeps 50 saved coding queries; 25 of the teammate's are ours (same GUID: 20 ask
the same, 5 something else) and 25 are hers, so their ids are translated on the way in.
Run by bench/run.py, or alone: ``python bench/merge.py``."""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import _codes, _fill, transcript
from sqlalchemy import insert, select

from ikt_desktop.db.models import Code, Coder, Coding, SavedQuery, Source
from ikt_desktop.domain.query.coding_query import (
    And,
    CodeTerm,
    Filters,
    Query,
    Ref,
    from_json,
    to_json,
)
from ikt_desktop.domain.transcripts.transcript import SpeakerMapping, build_draft
from ikt_desktop.services.project import Project

SOURCES, SHARED, SAME_GUID, WORDS, CODES, CODINGS, REPEATED = 50, 25, 13, 5_000, 150, 25_000, 5_000
QUERIES, SHARED_QUERIES, CHANGED_QUERIES = 50, 25, 5


def _queries(p: Project, rng: random.Random, names: list[str]) -> None:
    """``names``: saved queries over random pairs of codes (one with a source filter)."""
    codes = [c.id for c in p.codebook.all()]
    source = p.sources.all()[0]
    for n, name in enumerate(names):
        a, b = rng.sample(codes, 2)
        where = Filters(sources=(Ref(source.id, source.name),)) if n % 2 else Filters()
        p.saved_queries.create(name, "coding", to_json(Query(And(CodeTerm(a), CodeTerm(b)),
                                                               where)))  # fmt: skip


def _share_queries(ours: Project, theirs: Project) -> None:
    """Our first queries in their copy: same GUIDs, their code ids (by name); a few
    changed there (another second code)."""
    their_code = {c.name: c.id for c in theirs.codebook.all()}
    names = {c.id: c.name for c in ours.codebook.all()}
    for n, q in enumerate(ours.saved_queries.all()[:SHARED_QUERIES]):
        query = from_json(q.definition)
        root = query.root
        assert isinstance(root, And) and isinstance(root.a, CodeTerm)
        assert isinstance(root.b, CodeTerm)
        b = root.a if n < CHANGED_QUERIES else root.b  # changed: "A and A"
        mapped = Query(And(CodeTerm(their_code[names[root.a.code_id]]),
                           CodeTerm(their_code[names[b.code_id]])),
                       query.filters)  # the first source: the same id and GUID there  # fmt: skip
        with theirs.store.write() as s:
            s.execute(insert(SavedQuery), [{"guid": q.guid, "name": q.name, "kind": "coding",
                      "definition": to_json(mapped), "position": n}])  # fmt: skip


def merge_projects(folder: Path) -> tuple[Path, Path]:
    ours = folder / "merge-ours.ikt"
    with Project.create(ours, "Ours") as p:
        _fill(p, random.Random(21), sources=SOURCES, words=WORDS, codes=CODES, codings=CODINGS)
        _queries(p, random.Random(23), [f"Query {n}" for n in range(QUERIES)])
    theirs = folder / "merge-theirs.ikt"
    rng = random.Random(22)
    with Project.open(ours, read_only=True) as a, Project.create(theirs, "Theirs") as b:
        b.coders.ensure_current("Robin")
        coder = b.coders.current()
        assert coder is not None
        code_ids = _codes(b, CODES)
        with a.store.read() as s:
            shared = [dict(r) for r in s.execute(select(Source.__table__).order_by(
                Source.id).limit(SHARED)).mappings()]  # fmt: skip
            names = {c.id: c.name for c in s.scalars(select(Code))}
            bench = dict(s.execute(select(Coder.__table__).where(Coder.name == "Bench"))
                         .mappings().one())  # fmt: skip
            on_shared = Coding.source_id.in_([r["id"] for r in shared])
            repeated = [dict(r) for r in s.execute(select(Coding.__table__).where(
                on_shared)).mappings()][:REPEATED]  # fmt: skip
        with b.store.write() as s:
            s.execute(insert(Coder), [{**bench, "id": coder.id + 1}])
            for n, row in enumerate(shared):
                row["guid"] = row["guid"] if n < SAME_GUID else str(uuid.uuid4())
                row["participant_id"] = None
            s.execute(insert(Source), shared)
        lengths = [(r["id"], len(r["text"])) for r in shared]
        for n in range(SOURCES - SHARED):
            label = f"T{n + 1}"
            draft = build_draft(transcript(rng, WORDS, label), f"{label} interview")
            b.participants.add(label)
            mapping = {"Interviewer": SpeakerMapping(is_interviewer=True),
                       label: SpeakerMapping(label)}  # fmt: skip
            source = b.sources.add_transcript(draft, mapping, participant_label=label).value
            lengths.append((source.id, len(draft.text)))
        by_name = {c.name: c.id for c in b.codebook.all()}
        rows: list[dict[str, Any]] = [
            {"code_id": by_name[names[r["code_id"]]], "source_id": r["source_id"],
             "start": r["start"], "end": r["end"], "coder_id": coder.id + 1}
            for r in repeated
        ]  # fmt: skip
        for _ in range(CODINGS - len(rows)):
            source_id, length = rng.choice(lengths)
            start = rng.randrange(0, length - 600)
            rows.append({"code_id": rng.choice(code_ids), "source_id": source_id,
                         "start": start, "end": start + rng.randrange(20, 600),
                         "coder_id": coder.id})  # fmt: skip
        with b.store.write() as s:
            s.execute(insert(Coding), rows)
        _share_queries(a, b)
        _queries(b, rng, [f"Robin's query {n}" for n in range(QUERIES - SHARED_QUERIES)])
    return ours, theirs


def merge_bench(folder: Path) -> dict[str, object]:
    """``{"merge_50_transcripts_s": ...}``: open the other project, plan, back up and merge
    in one transaction (one run: seconds-long work), and the dry-run plan alone."""
    ours, theirs = merge_projects(folder)
    with Project.open(ours) as p:
        t = time.perf_counter()
        with p.merge.open_other(theirs) as other:
            planned = p.merge.plan(other)
        plan_s = time.perf_counter() - t
        t = time.perf_counter()
        with p.merge.open_other(theirs) as other:
            result = p.merge.merge(other).value
        merged = time.perf_counter() - t
        info = p.info()
    counts = result.plan.counts()
    assert counts == planned.counts()
    return {"merge_50_transcripts_s": round(merged, 2), "merge_plan_s": round(plan_s, 2),
            "merge_counts": {k: {"added": v["added"], "matched": v["matched"]}
                             for k, v in counts.items()
                             if k in ("sources", "codes", "codings", "saved queries")},
            "merge_result": {"sources": info.sources, "codings": info.codings}}  # fmt: skip


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(merge_bench(Path(tmp))))
