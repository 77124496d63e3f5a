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
from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language
from ikt_desktop.domain.report.rules import CHECKLISTS
from ikt_desktop.domain.report.wording import StudyFacts, people

NOT_REPORTED = "not reported"  # in English; ``lang.t("not_reported")`` in a report
TITLES = {name: ENGLISH.t(f"title_{name}") for name in CHECKLISTS}


def title(name: str, lang: Language = ENGLISH) -> str:
    """``COREQ checklist (Tong, Sainsbury and Craig, 2007)`` in ``lang``."""
    return lang.t(f"title_{name}")


@dataclass(frozen=True)
class ChecklistItem:
    number: str
    group: str
    item: str
    where: str  # where in the report, or "not reported" (in the report's language)
    evidence: str = ""  # what the project says, briefly
    reported: bool = True


Evidence = Callable[[StudyFacts], tuple[str, str]]  # -> (where, what) or ("", "")


def _detail(key: str, where: str) -> Evidence:
    def evidence(facts: StudyFacts) -> tuple[str, str]:
        text = facts.details.get(key)
        return (facts.lang.t(where), _short(text)) if text else ("", "")

    return evidence


def _fact(where: str, what: Callable[[StudyFacts], str]) -> Evidence:
    def evidence(facts: StudyFacts) -> tuple[str, str]:
        text = what(facts)
        return (facts.lang.t(where), text) if text else ("", "")

    return evidence


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


REFLEXIVITY = _detail("reflexivity", "w_reflexivity")
APPROACH = _detail("approach", "w_design")
DESIGN = _detail("design", "w_design")
RECRUITMENT = _detail("recruitment", "w_recruitment")
SETTING = _detail("setting", "w_collection")
MODE = _detail("interview_mode", "w_collection")
LENGTH = _detail("interview_length", "w_collection")
TRANSCRIPTION = _detail("transcription", "w_transcription")
CODING = _detail("coding", "w_analysis")
ETHICS = _detail("ethics", "w_ethics")
SELECTION = _detail("quote_selection", "w_quotations")
INTERVIEWERS = _fact("w_collection", lambda f: f.lang.names(f.interviewers))
SAMPLE = _fact("w_sample", lambda f: people(f) if f.participants else "")
ATTRIBUTES = _fact(
    "w_participants_table",
    lambda f: f.lang.t("e_attributes", list=", ".join(f.attributes)) if f.attributes else "",
)
GUIDE = _fact("w_guide", lambda f: f.lang.t("e_yes") if f.has_guide else "")
REPEAT = _fact(
    "w_summary",
    lambda f: (
        f.lang.t("e_repeat", participants=f.lang.count(f.repeat_interviews, "participant"))
        if f.repeat_interviews
        else ""
    ),
)
DURATION = _fact(
    "w_duration",
    lambda f: f.lang.t("e_durations", n=f.lang.number(len(f.minutes))) if f.minutes else "",
)
CODERS = _fact(
    "w_analysis",
    lambda f: (
        f.lang.t("e_coders", n=len(f.coders), names=f.lang.names(f.coders)) if f.coders else ""
    ),
)
CODEBOOK = _fact("w_codebook", lambda f: f.lang.count(f.codes, "code") if f.codes else "")
SOFTWARE = _fact("w_transcription", lambda f: f.lang.t("e_software", version=f.software).strip())
QUOTES = _fact(
    "w_each_theme",
    lambda f: (
        f.lang.t(
            "e_quotes",
            quotes=f.lang.count(f.quotes, "quotation"),
            participants=f.lang.count(f.quoted_participants, "participant"),
            attribution=f.attribution,
        )
        if f.quotes
        else ""
    ),
)
THEMES = _fact("w_results", lambda f: f.lang.count(f.themes, "theme") if f.themes else "")
SUBTHEMES = _fact(
    "w_subthemes", lambda f: f.lang.count(f.subthemes, "sub-theme") if f.subthemes else ""
)
NARRATIVES = _fact(
    "w_narratives",
    lambda f: (
        f.lang.t("e_narratives", n=f.lang.number(f.narratives), themes=f.lang.number(f.themes))
        if f.narratives
        else ""
    ),
)
CONSENSUS = _fact("w_analysis", lambda f: f.lang.t("e_consensus") if f.consensus else "")

# (group key, evidence) per item, numbered from 1; the item's words are "coreq_N"/"srqr_N"
_D1, _D2, _D3 = ("g_team", "g_design", "g_analysis")
COREQ: tuple[tuple[str, tuple[Evidence, ...]], ...] = (
    (_D1, (INTERVIEWERS,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D1, (REFLEXIVITY,)),
    (_D2, (APPROACH, DESIGN)),
    (_D2, (RECRUITMENT,)),
    (_D2, (RECRUITMENT,)),
    (_D2, (SAMPLE,)),
    (_D2, (RECRUITMENT,)),
    (_D2, (SETTING, MODE)),
    (_D2, (SETTING,)),
    (_D2, (ATTRIBUTES,)),
    (_D2, (GUIDE,)),
    (_D2, (REPEAT,)),
    (_D2, (TRANSCRIPTION,)),
    (_D2, ()),
    (_D2, (LENGTH, DURATION)),
    (_D2, ()),
    (_D2, (TRANSCRIPTION,)),
    (_D3, (CODERS,)),
    (_D3, (CODEBOOK,)),
    (_D3, (APPROACH, CODING)),
    (_D3, (SOFTWARE,)),
    (_D3, ()),
    (_D3, (QUOTES,)),
    (_D3, (NARRATIVES,)),
    (_D3, (THEMES,)),
    (_D3, (SUBTHEMES,)),
)
_T, _I, _M, _R, _O = ("g_title", "g_introduction", "g_methods", "g_results", "g_discussion")
SRQR: tuple[tuple[str, tuple[Evidence, ...]], ...] = (
    (_T, ()),
    (_T, ()),
    (_I, ()),
    (_I, ()),
    (_M, (APPROACH, DESIGN)),
    (_M, (REFLEXIVITY,)),
    (_M, (SETTING,)),
    (_M, (RECRUITMENT,)),
    (_M, (ETHICS,)),
    (_M, (MODE, LENGTH, INTERVIEWERS)),
    (_M, (GUIDE, MODE)),
    (_M, (SAMPLE,)),
    (_M, (TRANSCRIPTION,)),
    (_M, (APPROACH, CODING, CODERS)),
    (_M, (CONSENSUS, REFLEXIVITY)),
    (_R, (NARRATIVES, THEMES)),
    (_R, (QUOTES, SELECTION)),
    (_O, ()),
    (_O, ()),
    (_O, ()),
    (_O, ()),
)
_LISTS = {"coreq": COREQ, "srqr": SRQR}


def checklist(name: str, facts: StudyFacts) -> tuple[ChecklistItem, ...]:
    """Every item of the named checklist, answered from ``facts`` in its language."""
    if name not in _LISTS:
        raise ValidationError(f"unknown checklist {name!r} (use {', '.join(CHECKLISTS)})")
    t = facts.lang.t
    out = []
    for number, (group, sources) in enumerate(_LISTS[name], 1):
        found = [e(facts) for e in sources]
        found = [(w, text) for w, text in found if w]
        where = "; ".join(dict.fromkeys(w for w, _ in found)) or t("not_reported")
        evidence = "; ".join(dict.fromkeys(text for _, text in found if text))
        item = t(f"{name}_{number}")
        out.append(ChecklistItem(str(number), t(group), item, where, evidence, bool(found)))
    return tuple(out)
