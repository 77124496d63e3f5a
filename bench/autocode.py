"""Auto-coding over the large corpus (100 transcripts of 10,000 words, 100,000 codings):
code every turn of one role (extended collaborators: 37 of the 100 transcripts) with a
new code -- preview, apply (one transaction), undo -- and match an 8-question interview
guide in all 100 transcripts (preview) and code the answers, undo and redo that; and an
apply of exactly ``BACKGROUND_SPANS`` codings (the size from which the app applies off the
GUI thread), which must stay quick on the GUI thread. Prints JSON (milliseconds).

    python bench/autocode.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from corpus import large_project

from ikt_desktop.domain.coding.autocode import parse_guide
from ikt_desktop.services.coding.autocode import TurnFilter
from ikt_desktop.services.project import Project

BACKGROUND_SPANS = 1000  # as ui/codebook/autocode_actions.py (bench/ does not import Qt)
GUIDE = """1. How did you first hear about the research panel?
2. What does partnership mean to you?
3. How have the meetings worked for you and your fatigue?
4. When did trust in the research team grow?
5. How much time did the panel take?
6. What happened at the café meetings?
7. What would you tell a new research partnership?
8. Is there anything else you would like to add?"""


def _ms(began: float) -> float:
    return round((time.perf_counter() - began) * 1000, 1)


def autocode_bench(folder: Path, large: Path | None = None) -> dict[str, float]:
    path = large if large is not None and large.exists() else large_project(folder / "ac.ikt")
    out: dict[str, float] = {}
    with Project.open(path) as p:
        code = p.codebook.create("Collaborator turns (bench)").value.id
        which = TurnFilter(roles=frozenset({"extended collaborator"}))
        began = time.perf_counter()
        plan = p.autocode.preview_speakers(code, which)
        out["autocode_speaker_preview_ms"] = _ms(began)
        began = time.perf_counter()
        added = p.autocode.apply(plan.spans())
        out["autocode_speaker_apply_ms"] = _ms(began)
        began = time.perf_counter()
        p.autocode.remove(added.value)
        out["autocode_speaker_undo_ms"] = _ms(began)
        out["autocode_speaker_turns"] = len(plan.hits)
        guide = p.guide.add_questions(parse_guide(GUIDE)).value
        began = time.perf_counter()
        answers = p.guide.preview()
        out["autocode_guide_preview_ms"] = _ms(began)
        began = time.perf_counter()
        done = p.autocode.apply(answers.spans()) if answers.hits else None
        out["autocode_guide_apply_ms"] = _ms(began)
        out["autocode_guide_matches"] = len(answers.hits)
        out["autocode_guide_codings"] = len(done.value) if done is not None else 0
        if done is not None:  # leave the project as it was for later benchmarks
            began = time.perf_counter()
            snapshot = p.autocode.remove(done.value).value
            out["autocode_guide_undo_ms"] = _ms(began)
            began = time.perf_counter()
            p.codings.restore(snapshot)
            out["autocode_guide_redo_ms"] = _ms(began)
            p.autocode.remove(done.value)
        spans = plan.spans()[:BACKGROUND_SPANS]
        began = time.perf_counter()
        small = p.autocode.apply(spans)
        out["autocode_threshold_apply_ms"] = _ms(began)
        out["autocode_threshold_codings"] = len(small.value)
        began = time.perf_counter()
        p.autocode.remove(small.value)
        out["autocode_threshold_undo_ms"] = _ms(began)
        p.guide.remove_added(guide)
        p.codebook.delete(code)
    return out


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        json.dump(autocode_bench(Path(tmp)), sys.stdout, indent=1)
        print()
