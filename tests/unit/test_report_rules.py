"""The report's pure rules: attribution, representative quotes, quote cutting, wording."""

from __future__ import annotations

import datetime as dt

import pytest

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.report.checklists import checklist
from ikt_desktop.domain.report.rules import (
    Candidate,
    ReportOptions,
    Speaker,
    TurnSpan,
    attribute,
    by_role,
    check_template,
    choose_quotes,
    counted,
    is_rtl,
    quote_parts,
    range_text,
    with_time,
)
from ikt_desktop.domain.report.study import StudyDetails
from ikt_desktop.domain.report.wording import StudyFacts, methods
from ikt_desktop.domain.transcripts.text import xml_safe

P3 = Speaker(label="P3", pseudonym="Siobhán", role="iKT panel member", source="P3 interview")


def test_attribution_template_and_its_gaps() -> None:
    assert attribute("({participant}, {role})", P3) == "(P3, iKT panel member)"
    assert (
        attribute("({participant}, {role})", P3, pseudonyms=True) == "(Siobhán, iKT panel member)"
    )
    assert attribute("[{label}; {source}]", P3) == "[P3; P3 interview]"
    no_role = Speaker(label="P3", source="P3 interview")
    assert attribute("({participant}, {role})", no_role) == "(P3)"
    nobody = Speaker(source="Focus group 1")
    assert attribute("({participant}, {role})", nobody) == "(Focus group 1)"
    assert attribute("— {role}, {participant}", P3) == "— iKT panel member, P3"


@pytest.mark.parametrize("template", ["({name})", "({participant", "{0}", "({role!x})"])
def test_bad_templates_are_refused_with_the_reason(template: str) -> None:
    with pytest.raises(ValidationError, match="attribution template"):
        check_template(template)
    with pytest.raises(ValidationError):
        ReportOptions(attribution=template)


def test_options_are_validated() -> None:
    with pytest.raises(ValidationError, match="paper"):
        ReportOptions(paper="A5")
    with pytest.raises(ValidationError, match="quotes per theme"):
        ReportOptions(quotes_per_theme=-1)
    with pytest.raises(ValidationError, match="status"):
        ReportOptions(statuses=("done",))


def c(
    ident: int, start: int, end: int, who: int | None, words: int, codes: set[int], source: int = 1
) -> Candidate:
    return Candidate(ident, source, start, end, who, words, frozenset(codes))


def test_pinned_quotes_come_first_and_all_stay() -> None:
    pool = [c(1, 0, 10, 1, 40, {1}), c(2, 20, 30, 2, 40, {1, 2}), c(3, 40, 50, 3, 40, {1})]
    assert choose_quotes([3, 1], pool, 2) == [3, 1]  # enough pinned: nothing added
    assert choose_quotes([3, 1, 9], pool, 1) == [3, 1, 9]  # more pinned than asked: all
    assert choose_quotes([3], pool, 2) == [3, 2]  # then the most central one


def test_central_then_new_people_then_length() -> None:
    pool = [
        c(1, 0, 10, 1, 80, {1}),
        c(2, 20, 30, 1, 60, {1, 2}),  # most codes on its text: first
        c(3, 40, 50, 1, 90, {1, 2}),  # same codes, longer, but the same person as 2...
        c(4, 60, 70, 2, 30, {1, 2}),  # ...so a new participant goes first
    ]
    assert choose_quotes([], pool, 3) == [3, 4, 2]


def test_overlaps_short_segments_and_interviewer_talk_come_last() -> None:
    pool = [
        c(1, 0, 100, 1, 50, {1}),
        c(2, 50, 150, 2, 60, {1}),  # overlaps 1 (same source): skipped once 1 is chosen
        c(3, 50, 150, 2, 60, {1}, source=2),  # same span in another source: fine
        c(4, 200, 210, 3, 5, {1, 2, 3}),  # short: only when nothing else is left
        c(5, 300, 400, None, 70, {1, 2}),  # interviewer: last of all
    ]
    assert choose_quotes([], pool, 2) == [2, 3]
    assert choose_quotes([], pool, 4) == [2, 3, 4, 5]
    assert choose_quotes([], [], 3) == []


TEXT = (
    "Dana: So what changed? 👍\n\n"
    "Zoë: Honestly, the 患者参与 meetings. They listened.\n\n"
    "Dana: And then?\n\n"
    "Zoë: We rewrote the protocol."
)


def turns() -> list[TurnSpan]:
    out, start = [], 0
    for paragraph in TEXT.split("\n\n"):
        speaker = paragraph.split(":")[0]
        end = start + len(paragraph)
        out.append(
            TurnSpan(
                start, end, speaker, speaker == "Dana", "Interviewer" if speaker == "Dana" else "P1"
            )
        )
        start = end + 2
    return out


def test_quote_parts_drop_labels_and_interviewer_talk() -> None:
    one = TEXT.index("Zoë: Honestly")
    end = TEXT.index("They listened.") + len("They listened.")
    assert quote_parts(TEXT, one, end, turns(), include_interviewer=False) == (
        ["Honestly, the 患者参与 meetings. They listened."],
        False,
    )
    assert quote_parts(TEXT, one, end, turns(), include_interviewer=True) == (
        ["Honestly, the 患者参与 meetings. They listened."],
        False,
    )
    whole = (0, len(TEXT))
    parts, dialogue = quote_parts(TEXT, *whole, turns(), include_interviewer=False)
    assert parts == ["Honestly, the 患者参与 meetings. They listened.", "We rewrote the protocol."]
    assert not dialogue
    parts, dialogue = quote_parts(TEXT, *whole, turns(), include_interviewer=True)
    assert dialogue
    assert parts == [
        "Interviewer: So what changed? 👍",
        "P1: Honestly, the 患者参与 meetings. They listened.",
        "Interviewer: And then?",
        "P1: We rewrote the protocol.",
    ]
    middle = TEXT.index("meetings")  # starts mid-turn: no label to drop
    assert quote_parts(TEXT, middle, middle + 8, turns(), include_interviewer=False)[0] == [
        "meetings"
    ]
    # text without turns (a document): the span itself, white space folded
    assert quote_parts("a\n\nb  c", 0, 7, [], include_interviewer=False)[0] == ["a b c"]


def test_small_wordings() -> None:
    assert by_role({"iKT panel member": (5, 5), "extended collaborator": (2, 3), "x": (0, 0)}) == (
        "all 5 iKT panel members and 2 of 3 extended collaborators"
    )
    assert by_role({"chair": (1, 1), "staff": (1, 4)}, {"staff": "staff members"}) == (
        "the chair and 1 of 4 staff members"
    )
    assert range_text([61.2, 38.4, 45]) == "38–61"
    assert range_text([40, 40.2], "minutes") == "40 minutes"
    assert range_text([]) == ""
    assert counted(["Zoom", "Teams", "Zoom", ""]) == "Zoom 2, Teams 1"
    assert is_rtl("مرحبا بالعالم, hello")
    assert is_rtl("שלום")
    assert not is_rtl("hello مرحبا")
    assert not is_rtl("患者参与 👍")
    assert xml_safe("a\x00b\x0bc\td\ne\ufffe") == "abc\td\ne"


FACTS = StudyFacts(
    interviews=8,
    participants=8,
    roles=(("iKT panel member", 5), ("extended collaborator", 3)),
    modes="Zoom 5, Teams 3",
    minutes=(39, 45, 50, 58),
    dates=(dt.date(2025, 3, 4), dt.date(2025, 4, 8)),
    words=19518,
    interviewers=("Dana Whitfield", "Sam Okafor"),
    coders=("Dana Whitfield", "Sam Okafor"),
    codes=26,
    code_levels=2,
    themes=5,
    subthemes=1,
    quotes=18,
    quoted_participants=8,
    software="0.1.0",
    details=StudyDetails.of(
        {
            "approach": "reflexive thematic analysis (Braun and Clarke)",
            "ethics": "Approved by the Board (REB-2024-117)",
        }
    ),
    has_guide=True,
    attributes=("Stakeholder group",),
)


def test_methods_are_the_analysts_words_and_the_counts() -> None:
    text = dict(methods(FACTS))
    assert (
        "Analytic approach: reflexive thematic analysis (Braun and Clarke)." in text["Study design"]
    )
    assert text["Study design"].startswith("[Add: the study design")
    assert text["Ethics"] == "Approved by the Board (REB-2024-117)"
    assert (
        "Eight participants took part: 5 iKT panel members and 3 extended collaborators."
        in (text["Participants and recruitment"])
    )
    assert "Recorded mode: Zoom (5) and Teams (3)." in text["Data collection"]
    assert "(median 48 minutes)" in text["Data collection"]
    assert "19,518 words" in text["Transcription"]
    assert "26 codes in 2 levels; the report presents 5 themes and 1 sub-theme." in text["Analysis"]
    assert text["Quotations"].startswith("[Add: how the quotations were chosen]")
    everything = " ".join(text.values())
    for claim in ("inductive", "verbatim", "semi-structured", "most central", "We conducted"):
        assert claim not in everything  # nothing the analyst did not write
    assert not any(p[:1].isdigit() for t in text.values() for p in t.split(". "))


def test_every_checklist_item_says_where_or_not_reported() -> None:
    coreq = checklist("coreq", FACTS)
    assert [i.number for i in coreq] == [str(n) for n in range(1, 33)]
    items = {i.number: i for i in coreq}
    assert items["12"].evidence.startswith("8 participants (5 iKT panel members")
    assert items["24"].evidence == "2 (Dana Whitfield and Sam Okafor)"
    assert items["9"].where == "Methods: Study design"
    assert items["22"].where == "not reported"  # saturation: for the authors
    assert items["2"].where == "not reported"  # no reflexivity statement yet
    srqr = checklist("srqr", FACTS)
    assert len(srqr) == 21 and srqr[8].item.startswith("Ethical issues")
    assert srqr[8].where == "Methods: Ethics"
    with pytest.raises(ValidationError, match="unknown checklist 'strobe'"):
        checklist("strobe", FACTS)


def test_a_quote_time_goes_last_inside_the_attribution() -> None:
    assert with_time("(P3, iKT panel member)", "00:12:04") == "(P3, iKT panel member, 00:12:04)"
    assert with_time("[P3]", "01:02:03") == "[P3, 01:02:03]"
    assert with_time("— P3", "00:00:05") == "— P3 (00:00:05)"
    assert with_time("", "00:00:05") == "(00:00:05)"
    assert with_time("(P3)", "") == "(P3)"  # a transcript without times: unchanged
