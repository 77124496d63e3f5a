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


ESTIMATED = "I: How did it start?\n\nP4: Slowly, with one meeting a month.\n\nI: And then?"


def add_estimated_source(p: Project, label: str = "P4", name: str = "E04") -> int:
    """A three-turn transcript without times in the file, given times from the playhead
    (issue 17, item 4): the questions at 0:01:00 and 0:02:00, so the answer between them
    is estimated."""
    if not any(x.label == label for x in p.participants.all()):
        p.participants.add(label, role="iKT panel member")
    text = ESTIMATED.replace("P4:", f"{label}:")
    second = text.index("I: And")
    turns = (DraftTurn("I", 0, 20), DraftTurn(label, 22, second - 2),
             DraftTurn("I", second, len(text)))  # fmt: skip
    mapping = {"I": SpeakerMapping(is_interviewer=True), label: SpeakerMapping(label)}
    source = p.sources.add_transcript(DraftTranscript(name, text, turns), mapping,
                                      participant_label=label).value.id  # fmt: skip
    first, _, last = p.turn_times.turns(source)
    p.turn_times.set_time(source, first.id, 60_000)
    p.turn_times.set_time(source, last.id, 120_000)
    return source
