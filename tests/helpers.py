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


TIMED = "I: What changed?\n\nP3: Everything about how we plan the trials changed."


def add_timed_source(p: Project, label: str = "P3", name: str = "E03") -> int:
    """A two-turn transcript with turn times, as a VTT gives them: the question at
    0:01:00-0:01:04, the answer at 0:12:04-0:12:14."""
    if not any(x.label == label for x in p.participants.all()):
        p.participants.add(label, role="iKT panel member")
    text = TIMED.replace("P3:", f"{label}:")
    turns = (DraftTurn("I", 0, 16, 60_000, 64_000),
             DraftTurn(label, 18, len(text), 724_000, 734_000))  # fmt: skip
    mapping = {"I": SpeakerMapping(is_interviewer=True), label: SpeakerMapping(label)}
    draft = DraftTranscript(name, text, turns)
    return p.sources.add_transcript(draft, mapping, participant_label=label).value.id
