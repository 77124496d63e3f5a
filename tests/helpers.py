"""Small builders shared by tests (no Qt)."""

from __future__ import annotations

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.services.project import Project

TEXT = "I: Why did you join?\n\nP1: Because of my MS 👍, and to give back to people like me."


def add_source(p: Project, label: str = "P1") -> int:
    """A two-turn transcript (with an emoji) for participant ``label``."""
    if not any(x.label == label for x in p.participants.all()):
        p.participants.add(label, role="iKT panel member")
    turns = (DraftTurn("I", 0, 20), DraftTurn(label, 22, len(TEXT)))
    draft = DraftTranscript(f"{label} interview", TEXT.replace("P1:", f"{label}:"), turns)
    mapping = {"I": SpeakerMapping(is_interviewer=True), label: SpeakerMapping(label)}
    return p.sources.add_transcript(draft, mapping, participant_label=label).value.id
