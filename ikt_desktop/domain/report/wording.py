"""The words the report writes: the methods, built only from the analyst's Study details
and from what the project counts (a missing fact is a visible ``[Add: …]`` placeholder,
never a default claim), and how quotations are attributed, described from the settings
actually used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ikt_desktop.domain.report.phrases import count, count_at_start, role_count
from ikt_desktop.domain.report.rules import range_text
from ikt_desktop.domain.report.study import StudyDetails, placeholder

_FIELD_WORDS = {
    "participant": "participant label",
    "label": "participant label",
    "pseudonym": "pseudonym",
    "role": "role",
    "source": "interview",
}


@dataclass(frozen=True)
class StudyFacts:
    interviews: int
    participants: int
    roles: tuple[tuple[str, int], ...]  # (role, participants) in project order
    modes: str  # "Zoom 5, Teams 3"
    minutes: tuple[float, ...]  # interview durations known
    dates: tuple[dt.date, ...]  # interview dates known
    words: int
    interviewers: tuple[str, ...]
    coders: tuple[str, ...]  # who coded at least one segment
    codes: int
    code_levels: int
    themes: int
    subthemes: int
    quotes: int
    quoted_participants: int
    software: str
    details: StudyDetails = field(default_factory=StudyDetails)
    has_guide: bool = False
    repeat_interviews: int = 0  # participants interviewed more than once
    attributes: tuple[str, ...] = field(default_factory=tuple)
    # consensus decisions on disagreements between two coders: (choice label, count)
    consensus: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    consensus_coders: tuple[str, ...] = field(default_factory=tuple)  # the coders compared
    attribution: str = "participant label and role"  # from the template used
    attribution_example: str = ""  # "(P3, iKT panel member)"
    suggested_quotes: int = 0  # quotations suggested by the software, marked for review
    accepted_names: tuple[str, ...] = ()  # names in quotations the author accepted
    narratives: int = 0  # themes with an analytic narrative
    role_plurals: tuple[tuple[str, str], ...] = ()  # the user's plural forms of roles

    def detail(self, key: str) -> str:
        """The analyst's text for ``key``, or its placeholder."""
        return self.details.get(key) or placeholder(key)


def names(items: tuple[str, ...] | list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def roles_text(facts: StudyFacts) -> str:
    """``five iKT panel members and three extended collaborators``."""
    overrides = dict(facts.role_plurals)
    return names([role_count(n, role, overrides) for role, n in facts.roles if role and n])


def people(facts: StudyFacts) -> str:
    """``8 participants (5 iKT panel members, 3 extended collaborators)``."""
    roles = roles_text(facts)
    return count(facts.participants, "participant") + (f" ({roles})" if roles else "")


def describe_attribution(template: str, pseudonyms: bool) -> str:
    """What an attribution template shows, in words: ``pseudonym and role``."""
    shown = []
    for key, words in _FIELD_WORDS.items():
        if "{" + key + "}" in template:
            if key == "participant" and pseudonyms:
                words = "pseudonym"
            if words not in shown:
                shown.append(words)
    return names(shown) or "no attribution"


def privacy_note(facts: StudyFacts, pseudonyms: bool) -> str:
    """The title page's sentence on how people are named (the settings actually used)."""
    who = "pseudonyms" if pseudonyms else "participant labels"
    example = f", for example {facts.attribution_example}" if facts.attribution_example else ""
    note = (
        f"Quotations are attributed by {facts.attribution}{example}; participants appear "
        f"under {who}."
    )
    if facts.accepted_names:
        return note + (
            f" The author reviewed and kept {count(len(facts.accepted_names), 'name')} found "
            f"in quotations ({names(list(facts.accepted_names))})."
        )
    return note + " No participant or speaker name known to the project appears in a quotation."


def _median(values: tuple[float, ...]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _period(dates: tuple[dt.date, ...]) -> str:
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if first == last:
        return f" on {first.day} {first:%B %Y}"
    if first.year == last.year:
        return f" between {first:%B} and {last:%B %Y}"
    return f" between {first:%B %Y} and {last:%B %Y}"


def modes_text(modes: str) -> str:
    """``Teams 4, Zoom 4`` -> ``Teams (4) and Zoom (4)``."""
    parts = []
    for part in modes.split(", "):
        name, _, n = part.rpartition(" ")
        parts.append(f"{name} ({n})" if name and n.isdigit() else part)
    return names(parts)


def consensus_sentence(facts: StudyFacts) -> str:
    """``Dana and Sam coded independently; 12 disagreements were resolved by consensus
    (accept A: 5, accept both: 7).`` Empty when no decision was logged."""
    total = sum(n for _, n in facts.consensus)
    if not total:
        return ""
    who = names(facts.consensus_coders) if facts.consensus_coders else "Two coders"
    counts = ", ".join(f"{label}: {n}" for label, n in facts.consensus if n)
    return (
        f"{who} coded independently; {count(total, 'disagreement')} "
        f"{'was' if total == 1 else 'were'} resolved by consensus ({counts}), each "
        "recorded in a decision log with who decided, when and why."
    )


def methods(facts: StudyFacts) -> tuple[tuple[str, str], ...]:
    """(heading, paragraph) of the methods: the analyst's words, then what was counted."""
    return (
        (
            "Study design",
            f"{_sentence(facts.detail('design'))} Analytic approach: "
            f"{_sentence(facts.detail('approach'))}",
        ),
        ("Participants and recruitment", _participants(facts)),
        ("Data collection", _collection(facts)),
        ("Transcription", _transcription(facts)),
        ("Analysis", _analysis(facts)),
        ("Quotations", _quotations(facts)),
        ("Reflexivity", facts.detail("reflexivity")),
        ("Ethics", facts.detail("ethics")),
    )


def _participants(facts: StudyFacts) -> str:
    sentence = f"{count_at_start(facts.participants, 'participant')} took part" + (
        f": {roles_text(facts)}." if roles_text(facts) else "."
    )
    return f"{facts.detail('recruitment')} {sentence}"


def _collection(facts: StudyFacts) -> str:
    parts = [facts.detail("setting"), f"Interview mode: {facts.detail('interview_mode')}"]
    parts.append(f"Interview length: {facts.detail('interview_length')}")
    counted = f"The project holds {count(facts.interviews, 'interview')}{_period(facts.dates)}."
    if facts.modes:
        counted += f" Recorded mode: {modes_text(facts.modes)}."
    if facts.minutes:
        counted += (
            f" Recorded durations: {range_text(facts.minutes, 'minutes')} "
            f"(median {round(_median(facts.minutes))} minutes)."
        )
    if facts.interviewers:
        counted += f" Interviewers: {names(facts.interviewers)}."
    return " ".join([*(_sentence(p) for p in parts), counted])


def _transcription(facts: StudyFacts) -> str:
    return (
        f"{_sentence(facts.detail('transcription'))} The transcripts hold "
        f"{count(facts.words, 'word')} and were analysed in iKT Desktop {facts.software}."
    ).replace("  ", " ")


def _analysis(facts: StudyFacts) -> str:
    sentences = [_sentence(facts.detail("coding"))]
    if facts.coders:
        sentences.append(f"Coded segments in the project were recorded by {names(facts.coders)}.")
    sentences.append(
        f"The codebook comprises {count(facts.codes, 'code')}"
        + (f" in {count(facts.code_levels, 'level')}" if facts.code_levels > 1 else "")
        + f"; the report presents {count(facts.themes, 'theme')}"
        + (f" and {count(facts.subthemes, 'sub-theme')}" if facts.subthemes else "")
        + "."
    )
    if facts.consensus:
        sentences.append(consensus_sentence(facts))
    return " ".join(sentences)


def _quotations(facts: StudyFacts) -> str:
    sentences = [_sentence(facts.detail("quote_selection"))]
    if facts.quotes:
        sentences.append(
            f"{count_at_start(facts.quotes, 'quotation')} from "
            f"{count(facts.quoted_participants, 'participant')} illustrate the themes; "
            f"each is attributed by {facts.attribution}."
        )
    if facts.suggested_quotes:
        sentences.append(
            f"{count_at_start(facts.suggested_quotes, 'quotation')} marked with a comment "
            f"{'was' if facts.suggested_quotes == 1 else 'were'} suggested by the software "
            "and must be reviewed before submission."
        )
    if facts.accepted_names:
        n = len(facts.accepted_names)
        sentences.append(
            f"The name check found {count(n, 'name')} in quotations "
            f"({names(list(facts.accepted_names))}); the author reviewed and kept "
            f"{'it' if n == 1 else 'them'}."
        )
    return " ".join(sentences)


def _sentence(text: str) -> str:
    """The analyst's text as a sentence (a closing full stop added when missing)."""
    text = text.strip()
    if not text or text.endswith((".", "!", "?", "]", "…")):
        return text
    return text + "."
