"""The words the report writes for the author to edit: a draft methods paragraph and the
COREQ items the project can answer, from facts counted in the project.

COREQ: Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative
research (COREQ): a 32-item checklist for interviews and focus groups. Int J Qual Health
Care 2007;19(6):349-357. Item numbers and names below are the checklist's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ikt_desktop.domain.report.rules import plural, range_text


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
    approach: str
    software: str
    has_guide: bool = False
    repeat_interviews: int = 0  # participants interviewed more than once
    attributes: tuple[str, ...] = field(default_factory=tuple)
    # consensus decisions on disagreements between two coders: (choice label, count)
    consensus: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    consensus_coders: tuple[str, ...] = field(default_factory=tuple)  # the coders compared


def consensus_sentence(facts: StudyFacts) -> str:
    """``Dana and Sam coded independently; 12 disagreements were resolved by consensus
    (accept A: 5, accept both: 7).`` Empty when no decision was logged."""
    total = sum(n for _, n in facts.consensus)
    if not total:
        return ""
    who = _names(facts.consensus_coders) if facts.consensus_coders else "Two coders"
    counts = ", ".join(f"{label}: {n}" for label, n in facts.consensus if n)
    return (
        f"{who} coded independently; {plural(total, 'disagreement')} "
        f"{'was' if total == 1 else 'were'} resolved by consensus ({counts}), each "
        "recorded in a decision log with who decided, when and why."
    )


def people(facts: StudyFacts) -> str:
    """``8 participants (iKT panel member, n = 5; extended collaborator, n = 3)``. Roles
    are the project's own words, so they are listed, not declined into plurals."""
    roles = "; ".join(f"{role}, n = {n}" for role, n in facts.roles if role and n)
    return plural(facts.participants, "participant") + (f" ({roles})" if roles else "")


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


def methods_paragraph(facts: StudyFacts) -> str:
    """A draft the author edits: what was done, with the numbers filled in."""
    sentences = [
        f"We conducted {plural(facts.interviews, 'semi-structured interview')} with "
        f"{people(facts)}{_period(facts.dates)}."
    ]
    held = []
    if facts.modes:
        held.append(f"were held on {modes_text(facts.modes)}")
    if facts.minutes:
        held.append(
            f"lasted {range_text(facts.minutes, 'minutes')} "
            f"(median {round(_median(facts.minutes))} minutes)"
        )
    if held:
        sentences.append("Interviews " + " and ".join(held) + ".")
    if facts.interviewers:
        sentences.append(f"They were conducted by {_names(facts.interviewers)}.")
    sentences.append(
        f"Interviews were recorded and transcribed verbatim ({facts.words:,} words) "
        "and imported into iKT Desktop"
        + (f" {facts.software}" if facts.software else "")
        + " for analysis."
    )
    if facts.coders:
        coded_by = (
            f"{_names(facts.coders)} coded the transcripts"
            if len(facts.coders) > 1
            else f"{facts.coders[0]} coded the transcripts"
        )
        sentences.append(f"{coded_by} using {facts.approach or 'thematic analysis'}.")
    sentences.append(
        f"The codebook comprised {plural(facts.codes, 'code')}"
        + (f" in {plural(facts.code_levels, 'level')}" if facts.code_levels > 1 else "")
        + f", organised into {plural(facts.themes, 'theme')}"
        + (f" and {plural(facts.subthemes, 'sub-theme')}" if facts.subthemes else "")
        + "."
    )
    if facts.consensus:
        sentences.append(consensus_sentence(facts))
    if facts.quotes:
        sentences.append(
            f"{plural(facts.quotes, 'quotation')} from "
            f"{plural(facts.quoted_participants, 'participant')} illustrate the themes; "
            "each is attributed by participant label and role."
        )
    return " ".join(sentences)


def modes_text(modes: str) -> str:
    """``Teams 4, Zoom 4`` -> ``Teams (4) and Zoom (4)``."""
    parts = []
    for part in modes.split(", "):
        name, _, n = part.rpartition(" ")
        parts.append(f"{name} ({n})" if name and n.isdigit() else part)
    return _names(tuple(parts))


def _names(names: tuple[str, ...]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def coreq_items(facts: StudyFacts) -> list[tuple[str, str, str]]:
    """(number, item, answer) for the COREQ items the project can answer."""
    items: list[tuple[str, str, str]] = []

    def add(number: int, item: str, answer: str) -> None:
        if answer:
            items.append((str(number), item, answer))

    add(1, "Interviewer/facilitator", _names(facts.interviewers) if facts.interviewers else "")
    add(9, "Methodological orientation and theory", facts.approach.capitalize())
    add(12, "Sample size", people(facts))
    if facts.modes:
        add(14, "Setting of data collection", f"Interviews on {modes_text(facts.modes)}")
    if facts.attributes:
        add(16, "Description of sample", "Recorded per participant: " + ", ".join(facts.attributes))
    if facts.has_guide:
        add(17, "Interview guide", "Yes (kept in the project)")
    add(
        18,
        "Repeat interviews",
        f"{plural(facts.repeat_interviews, 'participant')} interviewed more than once"
        if facts.repeat_interviews
        else "None",
    )
    if facts.minutes:
        add(
            21,
            "Duration",
            f"{range_text(facts.minutes, 'minutes')} (median {round(_median(facts.minutes))})",
        )
    if facts.coders:
        add(24, "Number of data coders", f"{len(facts.coders)} ({_names(facts.coders)})")
    add(
        25,
        "Description of the coding tree",
        f"{plural(facts.codes, 'code')}"
        + (f" in {plural(facts.code_levels, 'level')}" if facts.code_levels else "")
        + " (codebook in Appendix A)",
    )
    add(26, "Derivation of themes", facts.approach.capitalize())
    add(27, "Software", f"iKT Desktop {facts.software}".strip())
    if facts.quotes:
        add(
            29,
            "Quotations presented",
            f"Yes: {plural(facts.quotes, 'quotation')} from "
            f"{plural(facts.quoted_participants, 'participant')}, each identified by "
            "participant label and role",
        )
    add(31, "Clarity of major themes", plural(facts.themes, "theme"))
    if facts.subthemes:
        add(32, "Clarity of minor themes", plural(facts.subthemes, "sub-theme"))
    return items


QUOTE_RULE = (
    "Representative quotations are those pinned to each theme by the analysts. Where a "
    "theme had fewer pinned quotations than requested, the most central coded segments "
    "were added: those carrying the most of the theme's codes, preferring participants not "
    "yet quoted, then longer segments (up to 90 words), excluding segments that overlap one "
    "already chosen."
)
