"""Deterministic (seeded) corpora for the benchmarks.

- ``editor_project``: one 60,000-word transcript, 150 codes, 3,000 overlapping codings.
- ``large_project``: 100 transcripts of 10,000 words (1,000,000 words), 100,000 codings.
Transcripts go through the ordinary import service; codings are bulk-inserted (the
benchmarks measure reading and painting them, not 100,000 fsyncs)."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert

from ikt_desktop.db.models import Coding
from ikt_desktop.domain.transcripts.transcript import (
    ParsedTranscript,
    ParsedTurn,
    SpeakerMapping,
    build_draft,
)
from ikt_desktop.services.project import Project

WORDS = ("we", "talked", "about", "fatigue", "and", "the", "meetings", "café", "partnership",
         "trust", "time", "research", "panel", "honestly", "um", "患者参与", "really")  # fmt: skip
EMOJI = ("👍", "😂")


def transcript(rng: random.Random, words: int, label: str) -> ParsedTranscript:
    turns, total, t = [], 0, 0
    while total < words:
        asking = len(turns) % 2 == 0
        length = rng.randint(8, 25) if asking else rng.randint(30, 120)
        chosen = [rng.choice(WORDS) for _ in range(length)]
        if rng.random() < 0.05:
            chosen.insert(rng.randrange(len(chosen)), rng.choice(EMOJI))
        speaker = "Interviewer" if asking else label
        turns.append(ParsedTurn(speaker, " ".join(chosen) + ("?" if asking else "."), t))
        total += length
        t += length * 400
    return ParsedTranscript("text", tuple(turns))


def _codes(p: Project, count: int) -> list[int]:
    ids: list[int] = []
    for top in range(count // 10):
        parent = p.codebook.create(f"Theme {top}").value.id
        ids.append(parent)
        ids += [p.codebook.create(f"Code {top}.{k}", parent).value.id for k in range(9)]
    return ids


def _fill(p: Project, rng: random.Random, sources: int, words: int, codes: int,
          codings: int) -> None:  # fmt: skip
    p.coders.ensure_current("Bench")
    coder = p.coders.current()
    assert coder is not None
    code_ids = _codes(p, codes)
    lengths = []
    for n in range(sources):
        label = f"P{n + 1}"
        p.participants.add(label, role="iKT panel member" if n % 8 < 5 else "extended collaborator")
        draft = build_draft(transcript(rng, words, label), f"{label} interview")
        mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), label: SpeakerMapping(label)}
        source = p.sources.add_transcript(draft, mapping, participant_label=label).value
        lengths.append((source.id, len(draft.text)))
    rows = []
    for i in range(codings):
        source_id, length = lengths[i % len(lengths)]
        start = rng.randrange(0, length - 600)
        rows.append({"code_id": rng.choice(code_ids), "source_id": source_id, "start": start,
                     "end": start + rng.randrange(20, 600), "coder_id": coder.id})  # fmt: skip
    with p.store.write() as s:
        for chunk in range(0, len(rows), 20_000):
            s.execute(insert(Coding), rows[chunk : chunk + 20_000])


def editor_project(path: Path) -> Path:
    with Project.create(path, "Editor bench") as p:
        _fill(p, random.Random(4), sources=1, words=60_000, codes=150, codings=3_000)
    return path


def large_project(path: Path) -> Path:
    with Project.create(path, "Large bench") as p:
        _fill(p, random.Random(5), sources=100, words=10_000, codes=150, codings=100_000)
    return path
