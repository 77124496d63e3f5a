"""Full-text search on the large corpus (100 transcripts of 10,000 words, 1,000,000 words,
100,000 codings): the first page of hits for a common word, a rare word, a phrase, a
prefix and an AND/NOT query; counting; building the index; what indexing adds to the
import of one 10,000-word transcript; and Code All Hits on a common word (gathering, the
write, its undo and redo: all off the GUI thread in the app). Prints JSON (milliseconds
unless named _s).

    python bench/search.py [LARGE.ikt]
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project, transcript
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from timing import median_ms

from ikt_desktop.db import search_index
from ikt_desktop.domain.transcripts.transcript import SpeakerMapping, build_draft
from ikt_desktop.services.project import Project
from ikt_desktop.services.query.search import SearchOptions

RARE = "glioblastoma"
QUERIES = {
    "common": "trust",
    "rare": RARE,
    "phrase": '"trust time"',
    "prefix": "meet*",
    "and_not": "fatigue AND café NOT trust",
}


def _plant_rare_word(p: Project) -> None:
    """Three passages with a word found nowhere else (through the text-edit service)."""
    for source in p.sources.all()[10:13]:
        body = p.sources.text(source.id)
        cut = body.index(" ", len(body) // 2)
        p.text_edits.edit_text(source.id, f"{body[:cut]} {RARE}{body[cut:]}")


def _first_pages(p: Project) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, query in QUERIES.items():
        p.search.search(query)  # warm the page cache once, as a second search would be
        out[f"search_{name}_ms"] = median_ms(lambda q=query: p.search.search(q))
        out[f"search_{name}_hits_on_page"] = len(p.search.search(query).hits)
    out["search_first_page_ms"] = max(float(out[f"search_{n}_ms"]) for n in QUERIES)  # type: ignore[arg-type]
    talk = SearchOptions(participants_only=True)
    out["search_participants_only_ms"] = median_ms(lambda: p.search.search("trust", talk))
    accents = SearchOptions(accents=True)  # "cafe" never occurs; "café" everywhere: worst case
    out["search_accent_sensitive_worst_ms"] = median_ms(
        lambda: p.search.search("cafe", accents), runs=3
    )
    out["search_next_page_ms"] = median_ms(
        lambda: p.search.search("trust", after=p.search.search("trust").after or 0)
    )
    out["search_count_common_ms"] = median_ms(lambda: p.search.count_passages("trust"), runs=3)
    out["search_count_common"] = p.search.count_passages("trust")
    began = time.perf_counter()  # what Code All Hits reads (off the GUI thread)
    out["search_all_hits_phrase"] = len(p.search.hit_spans('"trust time"', SearchOptions()))
    out["search_all_hits_phrase_s"] = round(time.perf_counter() - began, 2)
    return out


def _code_all_hits(p: Project) -> dict[str, object]:
    """Code every hit of ``trust`` (tens of thousands), then undo and redo it, as the
    Search tab's Code All Hits does (each step off the GUI thread)."""
    p.coders.ensure_current("Bench")
    code = p.codebook.create("Bench: trust").value.id
    out: dict[str, object] = {}
    began = time.perf_counter()
    spans = p.search.hit_spans("trust", SearchOptions())
    out["code_all_hits_gather_s"] = round(time.perf_counter() - began, 2)
    began = time.perf_counter()
    done = p.search.code_spans(code, spans, query="trust").value
    out["code_all_hits_write_s"] = round(time.perf_counter() - began, 2)
    out["code_all_hits_codings"] = len(done.codings)
    began = time.perf_counter()
    undone = p.search.uncode_hits(done).value
    out["code_all_hits_undo_s"] = round(time.perf_counter() - began, 2)
    began = time.perf_counter()
    p.codings.restore(undone)
    out["code_all_hits_redo_s"] = round(time.perf_counter() - began, 2)
    p.search.uncode_hits(undone)
    return out


def _index_costs(p: Project) -> dict[str, object]:
    out: dict[str, object] = {}
    with p.store.read() as s:
        conn = s.connection()
        began = time.perf_counter()
        out["search_passages"] = search_index.rebuild(conn)
        out["search_index_build_s"] = round(time.perf_counter() - began, 2)
        s.rollback()
    draft = build_draft(transcript(random.Random(11), 10_000, "P900"), "P900 interview")
    mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "P900": SpeakerMapping("P900")}
    p.participants.add("P900")
    began = time.perf_counter()
    source = p.sources.add_transcript(draft, mapping, participant_label="P900").value
    out["import_10k_words_ms"] = round((time.perf_counter() - began) * 1000, 1)
    with p.store.read() as s:  # indexing it again, alone, in a transaction rolled back
        out["search_index_on_import_ms"] = median_ms(
            lambda: search_index.reindex_source(s, source.id), runs=5
        )
        s.rollback()
    size = search_index_size(p)
    out["search_index_mb"] = round(size / 1e6, 1)
    out["project_mb"] = round(p.path.stat().st_size / 1e6, 1)
    return out


def search_index_size(p: Project) -> int:
    """Bytes of the index's tables (-1 where SQLite was built without ``dbstat``)."""
    try:
        with p.store.read() as s:
            pages = s.execute(
                text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE :n"),
                {"n": f"{search_index.TABLE}%"},
            ).scalar()
    except OperationalError:
        return -1
    return int(pages or 0)


def search_bench(folder: Path, large: Path | None = None) -> dict[str, object]:
    path = folder / "search.ikt"
    if large is not None and large.exists():
        shutil.copyfile(large, path)
    else:
        large_project(path)
    with Project.open(path) as p:
        _plant_rare_word(p)
        results = _first_pages(p)
        results.update(_code_all_hits(p))
        results.update(_index_costs(p))
    return results


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
        json.dump(search_bench(Path(tmp), given), sys.stdout, indent=1)
        print()
