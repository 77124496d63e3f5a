"""Default speaker mapping for an import: who is the interviewer, who the participant,
and which participant label to propose. Pure rules, no storage."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from ikt_desktop.domain.transcripts.transcript import SpeakerStats

INTERVIEWER_NAMES = re.compile(
    r"^(i|int|iv|interviewer|moderator|facilitator|researcher|q|host)\b", re.IGNORECASE
)
CODE_LABEL = re.compile(r"^[A-Z]{1,3}\d{1,3}$")  # P3, S01, ID12: already pseudonymous
_P_NUMBER = re.compile(r"^P(\d+)$")


class SpeakerRole(StrEnum):
    PARTICIPANT = "participant"
    INTERVIEWER = "interviewer"
    OTHER = "other"  # kept as a speaker, not linked to a participant


@dataclass(frozen=True)
class SpeakerChoice:
    role: SpeakerRole
    participant_label: str | None = None  # for PARTICIPANT: an existing or new label


def next_participant_label(taken: Iterable[str]) -> str:
    """``P<n>`` after the highest ``P<n>`` in use (P1, P2, ... never reused)."""
    numbers = [int(m.group(1)) for label in taken if (m := _P_NUMBER.match(label))]
    return f"P{max(numbers, default=0) + 1}"


def _named_interviewer(name: str, header_interviewer: str, extra: Iterable[str]) -> bool:
    if name in extra or INTERVIEWER_NAMES.match(name):
        return True
    header = {n.strip().lower() for n in re.split(r"[;,&/]| and ", header_interviewer)}
    first = name.split()[0].lower() if name.split() else ""
    return name.lower() in header or any(h.split()[:1] == [first] for h in header if h)


def default_choices(
    stats: list[SpeakerStats],
    *,
    existing_labels: Iterable[str],
    header_interviewer: str = "",
    interviewers: Iterable[str] = (),
    participant_label: str | None = None,
) -> dict[str, SpeakerChoice]:
    """The mapping an import proposes:

    - interviewers: speakers named so (``--interviewer``, the file's header, or a label like
      "Interviewer"/"I"); if none is named and there are several speakers, the one who asks
      the largest share of questions;
    - the participant: the speaker with most words who is not an interviewer, labelled
      ``participant_label`` if given, else their own label if it is already a code like P3,
      else the next free ``P<n>`` -- a real name (the one the interviewer addresses) is
      never proposed as a label;
    - everyone else: kept as a speaker, not linked.
    """
    extra = set(interviewers)
    taken = set(existing_labels)
    named = {s.name for s in stats if _named_interviewer(s.name, header_interviewer, extra)}
    if not named and len(stats) >= 2:
        asker = max(stats, key=lambda s: (s.questions / max(s.turns, 1), -s.words))
        if asker.questions:
            named = {asker.name}
    choices = {
        s.name: SpeakerChoice(SpeakerRole.INTERVIEWER if s.name in named else SpeakerRole.OTHER)
        for s in stats
    }
    candidates = [s for s in stats if s.name not in named]
    if candidates:
        main = max(candidates, key=lambda s: s.words)
        if participant_label:
            label = participant_label
        elif CODE_LABEL.match(main.name) and not INTERVIEWER_NAMES.match(main.name):
            label = main.name
        else:
            label = next_participant_label(taken)
        choices[main.name] = SpeakerChoice(SpeakerRole.PARTICIPANT, label)
    return choices


def labels_in_use(choices: Mapping[str, SpeakerChoice]) -> set[str]:
    return {c.participant_label for c in choices.values() if c.participant_label}
