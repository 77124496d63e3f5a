"""The words the report writes: the methods, built only from the analyst's Study details
and from what the project counts (a missing fact is a visible ``[Add: …]`` placeholder,
never a default claim), and how quotations are attributed, described from the settings
actually used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ikt_desktop.domain.report.english import ENGLISH
from ikt_desktop.domain.report.language import Language
from ikt_desktop.domain.report.phrases import pluralise
from ikt_desktop.domain.report.rules import range_text
from ikt_desktop.domain.report.study import StudyDetails, placeholder

_FIELD_WORDS = {
    "participant": "field_participant",
    "label": "field_participant",
    "pseudonym": "field_pseudonym",
    "role": "field_role",
    "source": "field_source",
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
    # consensus decisions on disagreements between two coders: (choice key, count)
    consensus: tuple[tuple[str, int], ...] = field(default_factory=tuple)
    consensus_coders: tuple[str, ...] = field(default_factory=tuple)  # the coders compared
    attribution: str = "participant label and role"  # from the template used
    attribution_example: str = ""  # "(P3, iKT panel member)"
    suggested_quotes: int = 0  # quotations suggested by the software, marked for review
    accepted_names: tuple[str, ...] = ()  # names in quotations the author accepted
    narratives: int = 0  # themes with an analytic narrative
    role_plurals: tuple[tuple[str, str], ...] = ()  # the user's plural forms of roles
    lang: Language = ENGLISH  # the language the report is written in

    def detail(self, key: str) -> str:
        """The analyst's text for ``key``, or its placeholder."""
        return self.details.get(key) or placeholder(key, self.lang)


def names(items: tuple[str, ...] | list[str], lang: Language = ENGLISH) -> str:
    """``A``, ``A and B``, ``A, B and C`` (in the report's language)."""
    return lang.names(items)


def role_plural(lang: Language, role: str, overrides: Mapping[str, str] | None = None) -> str:
    """The plural of a role the project names: the user's override, else the English rule
    in an English report; in another language the role stays as written (the templates
    put it where the singular reads well)."""
    if overrides and role in overrides:
        return overrides[role]
    return pluralise(role) if lang.pluralise_roles else role


def roles_text(facts: StudyFacts) -> str:
    """``five iKT panel members and three extended collaborators``."""
    overrides = dict(facts.role_plurals)
    lang = facts.lang
    return lang.names(
        [
            lang.t(
                "role_count",
                n=lang.number(n),
                roles=role if n == 1 else role_plural(lang, role, overrides),
            )
            for role, n in facts.roles
            if role and n
        ]
    )


def people(facts: StudyFacts) -> str:
    """``8 participants (5 iKT panel members, 3 extended collaborators)``."""
    roles = roles_text(facts)
    counted = facts.lang.count(facts.participants, "participant")
    return facts.lang.t("people", participants=counted, roles=roles) if roles else counted


def describe_attribution(template: str, pseudonyms: bool, lang: Language = ENGLISH) -> str:
    """What an attribution template shows, in words: ``pseudonym and role``."""
    shown: list[str] = []
    for key, words in _FIELD_WORDS.items():
        if "{" + key + "}" in template:
            if key == "participant" and pseudonyms:
                words = "field_pseudonym"
            if lang.t(words) not in shown:
                shown.append(lang.t(words))
    return lang.names(shown) or lang.t("no_attribution")


def privacy_note(facts: StudyFacts, pseudonyms: bool) -> str:
    """The title page's sentence on how people are named (the settings actually used)."""
    lang = facts.lang
    who = lang.t("who_pseudonyms" if pseudonyms else "who_labels")
    example = (
        lang.t("for_example", example=facts.attribution_example)
        if facts.attribution_example
        else ""
    )
    note = lang.t("privacy_note", attribution=facts.attribution, example=example, who=who)
    if facts.accepted_names:
        return note + lang.t(
            "privacy_kept",
            names=lang.count(len(facts.accepted_names), "name"),
            list=lang.names(list(facts.accepted_names)),
        )
    return note + lang.t("privacy_clean")


def _median(values: tuple[float, ...]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _period(dates: tuple[dt.date, ...], lang: Language) -> str:
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    if first == last:
        return lang.t("period_day", date=lang.date(first))
    if first.year == last.year:
        month = lang.months[first.month - 1]
        return lang.t("period_between", first=month, last=lang.month_year(last))
    return lang.t("period_between", first=lang.month_year(first), last=lang.month_year(last))


def modes_text(modes: str, lang: Language = ENGLISH) -> str:
    """``Teams 4, Zoom 4`` -> ``Teams (4) and Zoom (4)``."""
    parts = []
    for part in modes.split(", "):
        name, _, n = part.rpartition(" ")
        parts.append(f"{name} ({n})" if name and n.isdigit() else part)
    return lang.names(parts)


def consensus_sentence(facts: StudyFacts) -> str:
    """``Dana and Sam coded independently; 12 disagreements were resolved by consensus
    (accept A: 5, accept both: 7).`` Empty when no decision was logged."""
    lang = facts.lang
    total = sum(n for _, n in facts.consensus)
    if not total:
        return ""
    who = lang.names(facts.consensus_coders) if facts.consensus_coders else lang.t("two_coders")
    counts = ", ".join(
        f"{lang.texts.get('choice_' + key, key)}: {lang.number(n)}"
        for key, n in facts.consensus
        if n
    )
    return lang.plural_t(
        total, "consensus", who=who, count=lang.count(total, "disagreement"), counts=counts
    )


def methods(facts: StudyFacts) -> tuple[tuple[str, str], ...]:
    """(heading, paragraph) of the methods: the analyst's words, then what was counted."""
    t = facts.lang.t
    return (
        (
            t("m_design"),
            t(
                "design_text",
                design=_sentence(facts.detail("design")),
                approach=_sentence(facts.detail("approach")),
            ),
        ),
        (t("m_participants"), _participants(facts)),
        (t("m_collection"), _collection(facts)),
        (t("m_transcription"), _transcription(facts)),
        (t("m_analysis"), _analysis(facts)),
        (t("m_quotations"), _quotations(facts)),
        (t("m_reflexivity"), facts.detail("reflexivity")),
        (t("m_ethics"), facts.detail("ethics")),
    )


def _participants(facts: StudyFacts) -> str:
    lang = facts.lang
    who = lang.count_at_start(facts.participants, "participant")
    roles = roles_text(facts)
    sentence = (
        lang.t("took_part_roles", people=who, roles=roles)
        if roles
        else lang.t("took_part", people=who)
    )
    return f"{facts.detail('recruitment')} {sentence}"


def _collection(facts: StudyFacts) -> str:
    lang = facts.lang
    parts = [
        facts.detail("setting"),
        lang.t("interview_mode", text=facts.detail("interview_mode")),
        lang.t("interview_length", text=facts.detail("interview_length")),
    ]
    counted = lang.t(
        "holds_interviews",
        interviews=lang.count(facts.interviews, "interview"),
        period=_period(facts.dates, lang),
    )
    if facts.modes:
        counted += lang.t("recorded_mode", modes=modes_text(facts.modes, lang))
    if facts.minutes:
        counted += lang.t(
            "recorded_durations",
            range=range_text(facts.minutes, lang.t("minutes")),
            median=lang.number(round(_median(facts.minutes))),
            minutes=lang.t("minutes"),
        )
    if facts.interviewers:
        counted += lang.t("interviewers", names=lang.names(facts.interviewers))
    return " ".join([*(_sentence(p) for p in parts), counted])


def _transcription(facts: StudyFacts) -> str:
    lang = facts.lang
    return lang.t(
        "transcripts_hold",
        transcription=_sentence(facts.detail("transcription")),
        words=lang.count(facts.words, "word"),
        version=facts.software,
    ).replace("  ", " ")


def _analysis(facts: StudyFacts) -> str:
    lang = facts.lang
    sentences = [_sentence(facts.detail("coding"))]
    if facts.coders:
        sentences.append(lang.t("coded_by", coders=lang.names(facts.coders)))
    levels = lang.count(facts.code_levels, "level")
    subthemes = lang.count(facts.subthemes, "sub-theme")
    sentences.append(
        lang.t(
            "codebook_comprises",
            codes=lang.count(facts.codes, "code"),
            levels=lang.t("in_levels", levels=levels) if facts.code_levels > 1 else "",
            themes=lang.count(facts.themes, "theme"),
            subthemes=lang.t("and_subthemes", subthemes=subthemes) if facts.subthemes else "",
        )
    )
    if facts.consensus:
        sentences.append(consensus_sentence(facts))
    return " ".join(sentences)


def _quotations(facts: StudyFacts) -> str:
    lang = facts.lang
    sentences = [_sentence(facts.detail("quote_selection"))]
    if facts.quotes:
        sentences.append(
            lang.t(
                "quotes_illustrate",
                quotes=lang.count_at_start(facts.quotes, "quotation"),
                participants=lang.count(facts.quoted_participants, "participant"),
                attribution=facts.attribution,
            )
        )
    if facts.suggested_quotes:
        n = facts.suggested_quotes
        quotes = lang.count_at_start(n, "quotation")
        sentences.append(lang.plural_t(n, "suggested", quotes=quotes))
    if facts.accepted_names:
        n = len(facts.accepted_names)
        sentences.append(
            lang.plural_t(
                n,
                "names_kept",
                names=lang.count(n, "name"),
                list=lang.names(list(facts.accepted_names)),
            )
        )
    return " ".join(sentences)


def _sentence(text: str) -> str:
    """The analyst's text as a sentence (a closing full stop added when missing)."""
    text = text.strip()
    if not text or text.endswith((".", "!", "?", "]", "…")):
        return text
    return text + "."
