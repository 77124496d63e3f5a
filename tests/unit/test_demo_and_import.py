from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.domain.transcripts.transcript import build_draft
from ikt_desktop.importers.labelled_text import parse_text
from ikt_desktop.resources import resource_path
from ikt_desktop.services.project import Project

DEMO = resource_path("demo")


def test_demo_study_matches_the_reference_case(demo: Project) -> None:
    info = demo.info()
    assert (info.sources, info.participants, info.coders) == (8, 8, 2)
    assert info.codes == 26 and info.memos == 2
    roles = [p.role for p in demo.participants.all()]
    assert roles.count("iKT panel member") == 5 and roles.count("extended collaborator") == 3
    groups = {p.attribute("Stakeholder group") for p in demo.participants.all()}
    assert groups == {
        "person with MS", "care partner", "clinician", "researcher", "community organisation",
    }  # fmt: skip
    for src in demo.sources.all():
        assert 2000 <= src.word_count <= 3000, src.name
        assert src.mode in {"Zoom", "Teams"} and src.interview_date and src.duration_seconds
        assert src.coding_count >= 12
        assert demo.sources.text(src.id).startswith("# FICTIONAL demo transcript")


def test_demo_text_has_non_ascii_names_and_emoji(demo: Project) -> None:
    text = "\n".join(demo.sources.text(s.id) for s in demo.sources.all())
    for needle in ("Zoë", "Siobhán", "Hélène", "Tomás", "👍", "😂", "患者参与"):
        assert needle in text


def test_every_demo_coding_lands_on_its_quote(demo: Project) -> None:
    paths = demo.codebook.paths()
    sources = {s.participant_label: s.id for s in demo.sources.all()}
    total = 0
    for csv_path in sorted((DEMO / "codings").glob("P*.csv")):
        src = sources[csv_path.stem]
        text = demo.sources.text(src)
        codings = demo.codings.for_source(src)
        with open(csv_path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                total += 1
                assert any(
                    text[c.start : c.end] == row["quote"] and paths[c.code_id] == row["code"]
                    for c in codings
                ), row
    assert total == demo.info().codings


def test_speakers_map_to_participants_and_interviewers(demo: Project) -> None:
    p2 = next(s for s in demo.sources.all() if s.participant_label == "P2")
    speakers = {s.name: s for s in demo.sources.speakers(p2.id)}
    assert speakers["Dana"].is_interviewer and speakers["Dana"].participant_id is None
    assert speakers["Marcus"].participant_id == p2.participant_id
    assert speakers["Lena"].participant_id is None and not speakers["Lena"].is_interviewer
    text = demo.sources.text(p2.id)
    for turn in demo.sources.turns(p2.id):
        name = next(s.name for s in speakers.values() if s.id == turn.speaker_id)
        assert text[turn.start : turn.end].startswith(f"{name}: ")


def test_demo_header_and_turns() -> None:
    raw = (
        "\ufeff# A note about the file\r\n# Date: 2025-01-02\r\n# Duration: 0:45:10\r\n\r\n"
        "Interviewer: Hello,\r\nand welcome.\r\n\r\nZoë: Hi 👋 there.\r\n\r\n[pause]\r\n"
    )
    parsed = parse_text(normalise_text(raw))
    draft = build_draft(parsed, "t")
    assert draft.text == (
        "# A note about the file\n\nInterviewer: Hello, and welcome.\n\nZoë: Hi 👋 there.\n\n"
        "[pause]"
    )
    assert draft.speakers == ["Interviewer", "Zoë"]
    assert [draft.text[t.start : t.end] for t in draft.turns] == [
        "Interviewer: Hello, and welcome.", "Zoë: Hi 👋 there.", "[pause]",
    ]  # fmt: skip
    assert draft.turns[2].speaker == "Zoë"  # a paragraph without a label continues the turn
    assert draft.duration_seconds == 45 * 60 + 10
    assert str(draft.interview_date) == "2025-01-02"


def test_demo_build_refuses_an_existing_file(tmp_path: Path) -> None:
    from ikt_desktop.services.demo import build_demo

    target = tmp_path / "d.ikt"
    target.write_text("mine")
    with pytest.raises(UserError, match="already exists"):
        build_demo(target)
    assert target.read_text() == "mine"


def test_demo_shows_compare_coders_and_narratives(demo: Project) -> None:
    """One transcript coded by both coders with a few disagreements; a narrative for
    each theme; a pinned quote naming a participant by first name (the report's check)."""
    report = demo.agreement.compare(
        [demo.agreement.find_coder("DW").id, demo.agreement.find_coder("SO").id]
    )
    assert len(report.source_ids) == 1
    assert 0.5 < report.overall.stats.percent_agreement < 1  # type: ignore[operator]
    p1 = report.source_ids[0]
    dw, so = demo.agreement.find_coder("DW").id, demo.agreement.find_coder("SO").id
    assert demo.agreement.disagreements(dw, so, p1)
    themes = demo.themes.all()
    assert themes and all(len(t.narrative.split()) > 40 for t in themes)
    pinned = [demo.codings.get(q).id for t in themes for q in t.quote_ids]
    texts = {s.id: demo.sources.text(s.id) for s in demo.sources.all()}
    quotes = [texts[c.source_id][c.start : c.end] for c in map(demo.codings.get, pinned)]
    first_names = {p.pseudonym.split()[0] for p in demo.participants.all() if p.pseudonym}
    assert any(name in quote for quote in quotes for name in first_names)
