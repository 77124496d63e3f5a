"""Reporting checklists as report appendices: every item of COREQ (32) and SRQR (21), each
with where the report addresses it, from what the project actually holds, or "not
reported".

COREQ: Tong A, Sainsbury P, Craig J. Consolidated criteria for reporting qualitative
research (COREQ): a 32-item checklist for interviews and focus groups. Int J Qual Health
Care 2007;19(6):349-357.
SRQR: O'Brien BC, Harris IB, Beckman TJ, Reed DA, Cook DA. Standards for reporting
qualitative research: a synthesis of recommendations. Acad Med 2014;89(9):1245-1251.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.phrases import count
from ikt_desktop.domain.report.rules import CHECKLISTS
from ikt_desktop.domain.report.wording import StudyFacts, names, people

NOT_REPORTED = "not reported"
TITLES = {
    "coreq": "COREQ checklist (Tong, Sainsbury and Craig, 2007)",
    "srqr": "SRQR checklist (O'Brien et al., 2014)",
}


@dataclass(frozen=True)
class ChecklistItem:
    number: str
    group: str
    item: str
    where: str  # where in the report, or "not reported"
    evidence: str = ""  # what the project says, briefly


Evidence = Callable[[StudyFacts], tuple[str, str]]  # -> (where, what) or ("", "")


def _detail(key: str, where: str) -> Evidence:
    def evidence(facts: StudyFacts) -> tuple[str, str]:
        text = facts.details.get(key)
        return (where, _short(text)) if text else ("", "")

    return evidence


def _fact(where: str, what: Callable[[StudyFacts], str]) -> Evidence:
    def evidence(facts: StudyFacts) -> tuple[str, str]:
        text = what(facts)
        return (where, text) if text else ("", "")

    return evidence


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


REFLEXIVITY = _detail("reflexivity", "Methods: Reflexivity")
APPROACH = _detail("approach", "Methods: Study design")
DESIGN = _detail("design", "Methods: Study design")
RECRUITMENT = _detail("recruitment", "Methods: Participants and recruitment")
SETTING = _detail("setting", "Methods: Data collection")
MODE = _detail("interview_mode", "Methods: Data collection")
LENGTH = _detail("interview_length", "Methods: Data collection")
TRANSCRIPTION = _detail("transcription", "Methods: Transcription")
CODING = _detail("coding", "Methods: Analysis")
ETHICS = _detail("ethics", "Methods: Ethics")
SELECTION = _detail("quote_selection", "Methods: Quotations")
INTERVIEWERS = _fact("Methods: Data collection", lambda f: names(f.interviewers))
SAMPLE = _fact(
    "Study summary; Methods: Participants", lambda f: people(f) if f.participants else ""
)
ATTRIBUTES = _fact(
    "Study summary: Participants table",
    lambda f: "Recorded per participant: " + ", ".join(f.attributes) if f.attributes else "",
)
GUIDE = _fact(
    "Interview guide kept in the project (not in this report)",
    lambda f: "Yes" if f.has_guide else "",
)
REPEAT = _fact(
    "Study summary",
    lambda f: (
        count(f.repeat_interviews, "participant") + " interviewed more than once"
        if f.repeat_interviews
        else ""
    ),
)
DURATION = _fact(
    "Study summary; Methods: Data collection",
    lambda f: f"{len(f.minutes)} durations recorded" if f.minutes else "",
)
CODERS = _fact(
    "Methods: Analysis", lambda f: f"{len(f.coders)} ({names(f.coders)})" if f.coders else ""
)
CODEBOOK = _fact("Appendix: Codebook", lambda f: count(f.codes, "code") if f.codes else "")
SOFTWARE = _fact("Methods: Transcription", lambda f: f"iKT Desktop {f.software}".strip())
QUOTES = _fact(
    "Results: each theme",
    lambda f: (
        f"{count(f.quotes, 'quotation')} from "
        f"{count(f.quoted_participants, 'participant')}, attributed by {f.attribution}"
        if f.quotes
        else ""
    ),
)
THEMES = _fact(
    "Results; Themes at a glance", lambda f: count(f.themes, "theme") if f.themes else ""
)
SUBTHEMES = _fact(
    "Results: sub-theme sections", lambda f: count(f.subthemes, "sub-theme") if f.subthemes else ""
)
NARRATIVES = _fact(
    "Results: each theme's narrative",
    lambda f: f"{f.narratives} of {f.themes} themes have a narrative" if f.narratives else "",
)
CONSENSUS = _fact("Methods: Analysis", lambda f: "Consensus decision log" if f.consensus else "")

_D1, _D2, _D3 = ("Research team and reflexivity", "Study design", "Analysis and findings")
COREQ: tuple[tuple[str, str, tuple[Evidence, ...]], ...] = (
    (_D1, "Interviewer/facilitator", (INTERVIEWERS,)),
    (_D1, "Credentials", (REFLEXIVITY,)),
    (_D1, "Occupation", (REFLEXIVITY,)),
    (_D1, "Gender", (REFLEXIVITY,)),
    (_D1, "Experience and training", (REFLEXIVITY,)),
    (_D1, "Relationship established", (REFLEXIVITY,)),
    (_D1, "Participant knowledge of the interviewer", (REFLEXIVITY,)),
    (_D1, "Interviewer characteristics", (REFLEXIVITY,)),
    (_D2, "Methodological orientation and theory", (APPROACH, DESIGN)),
    (_D2, "Sampling", (RECRUITMENT,)),
    (_D2, "Method of approach", (RECRUITMENT,)),
    (_D2, "Sample size", (SAMPLE,)),
    (_D2, "Non-participation", (RECRUITMENT,)),
    (_D2, "Setting of data collection", (SETTING, MODE)),
    (_D2, "Presence of non-participants", (SETTING,)),
    (_D2, "Description of sample", (ATTRIBUTES,)),
    (_D2, "Interview guide", (GUIDE,)),
    (_D2, "Repeat interviews", (REPEAT,)),
    (_D2, "Audio/visual recording", (TRANSCRIPTION,)),
    (_D2, "Field notes", ()),
    (_D2, "Duration", (LENGTH, DURATION)),
    (_D2, "Data saturation", ()),
    (_D2, "Transcripts returned", (TRANSCRIPTION,)),
    (_D3, "Number of data coders", (CODERS,)),
    (_D3, "Description of the coding tree", (CODEBOOK,)),
    (_D3, "Derivation of themes", (APPROACH, CODING)),
    (_D3, "Software", (SOFTWARE,)),
    (_D3, "Participant checking", ()),
    (_D3, "Quotations presented", (QUOTES,)),
    (_D3, "Data and findings consistent", (NARRATIVES,)),
    (_D3, "Clarity of major themes", (THEMES,)),
    (_D3, "Clarity of minor themes", (SUBTHEMES,)),
)
_T, _I, _M, _R, _O = (
    "Title and abstract",
    "Introduction",
    "Methods",
    "Results/findings",
    "Discussion and other",
)
SRQR: tuple[tuple[str, str, tuple[Evidence, ...]], ...] = (
    (_T, "Title", ()),
    (_T, "Abstract", ()),
    (_I, "Problem formulation", ()),
    (_I, "Purpose or research question", ()),
    (_M, "Qualitative approach and research paradigm", (APPROACH, DESIGN)),
    (_M, "Researcher characteristics and reflexivity", (REFLEXIVITY,)),
    (_M, "Context", (SETTING,)),
    (_M, "Sampling strategy", (RECRUITMENT,)),
    (_M, "Ethical issues pertaining to human subjects", (ETHICS,)),
    (_M, "Data collection methods", (MODE, LENGTH, INTERVIEWERS)),
    (_M, "Data collection instruments and technologies", (GUIDE, MODE)),
    (_M, "Units of study", (SAMPLE,)),
    (_M, "Data processing", (TRANSCRIPTION,)),
    (_M, "Data analysis", (APPROACH, CODING, CODERS)),
    (_M, "Techniques to enhance trustworthiness", (CONSENSUS, REFLEXIVITY)),
    (_R, "Synthesis and interpretation", (NARRATIVES, THEMES)),
    (_R, "Links to empirical data", (QUOTES, SELECTION)),
    (
        _O,
        "Integration with prior work, implications, transferability and contribution(s) "
        "to the field",
        (),
    ),
    (_O, "Limitations", ()),
    (_O, "Conflicts of interest", ()),
    (_O, "Funding", ()),
)
_LISTS = {"coreq": COREQ, "srqr": SRQR}


def checklist(name: str, facts: StudyFacts) -> tuple[ChecklistItem, ...]:
    """Every item of the named checklist, answered from ``facts``."""
    if name not in _LISTS:
        raise ValidationError(f"unknown checklist {name!r} (use {', '.join(CHECKLISTS)})")
    out = []
    for number, (group, item, sources) in enumerate(_LISTS[name], 1):
        found = [e(facts) for e in sources]
        found = [(w, t) for w, t in found if w]
        where = "; ".join(dict.fromkeys(w for w, _ in found)) or NOT_REPORTED
        evidence = "; ".join(dict.fromkeys(t for _, t in found if t))
        out.append(ChecklistItem(str(number), group, item, where, evidence))
    return tuple(out)
