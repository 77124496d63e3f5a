"""The matching rules of a merge (domain.merge), on hand-made snapshots."""

from __future__ import annotations

from ikt_desktop.domain.coding.fuzzy import edit_distance, letters_key
from ikt_desktop.domain.merge.plan import Kind, plan_merge
from ikt_desktop.domain.merge.rows import (
    AttributeRow,
    CodeRow,
    CoderRow,
    CodingRow,
    How,
    MemoRow,
    ParticipantRow,
    Side,
    SourceRow,
    ThemeRow,
)

ME = CoderRow(1, "coder-a", "Alex")


def test_sources_match_by_guid_else_by_identical_text() -> None:
    ours = Side(coders=(ME,), sources=(SourceRow(1, "s1", "P1", "text-1"),
                                       SourceRow(2, "s2", "P2", "text-2")))  # fmt: skip
    theirs = Side(coders=(ME,), sources=(
        SourceRow(10, "s1", "P1 renamed", "text-1"),  # same GUID, same text
        SourceRow(11, "other-guid", "P2 (theirs)", "text-2"),  # same text, other GUID
        SourceRow(12, "s3", "P3", "text-3"),  # new
        SourceRow(13, "s2", "P2 edited", "text-2b"),  # same GUID as ours, other text
    ))  # fmt: skip
    plan = plan_merge(ours, theirs)
    sources = plan[Kind.SOURCE]
    assert sources.matched == {10: (1, How.GUID), 11: (2, How.TEXT)}
    assert sources.added == (12,)
    (conflict,) = plan.conflicts
    assert conflict.kind == "source" and "text differs" in conflict.reason
    assert "left out" in conflict.resolution


def test_codings_of_a_conflicting_source_are_left_out_and_counted() -> None:
    ours = Side(coders=(ME,), sources=(SourceRow(1, "s1", "P1", "a"),),
                codes=(CodeRow(1, "c1", None, 0, "Trust"),))  # fmt: skip
    theirs = Side(coders=(ME,), sources=(SourceRow(5, "s1", "P1", "b"),),
                  codes=(CodeRow(7, "c1", None, 0, "Trust"),),
                  codings=(CodingRow(1, "k1", 7, 5, 0, 4, 1),))  # fmt: skip
    plan = plan_merge(ours, theirs)
    assert plan[Kind.CODING].added == ()
    assert plan.skipped == {"codings on sources in conflict": 1}


def test_codes_match_by_guid_then_by_path_under_the_matched_parent() -> None:
    ours = Side(codes=(
        CodeRow(1, "g-barriers", None, 0, "Barriers"),
        CodeRow(2, "g-time", 1, 0, "Time"),
        CodeRow(3, "g-trust", None, 1, "Trust"),
    ))  # fmt: skip
    theirs = Side(codes=(
        CodeRow(20, "x-barriers", None, 0, "barriers "),  # path (case, spaces)
        CodeRow(21, "x-time", 20, 0, "Time"),  # path under the path-matched parent
        CodeRow(22, "x-money", 20, 1, "Money"),  # new under a matched parent
        CodeRow(23, "g-trust", None, 1, "Trust renamed"),  # GUID, renamed there
        CodeRow(24, "x-new", None, 2, "Hope"),
        CodeRow(25, "x-sub", 24, 0, "Time"),  # under an added parent: added
    ))  # fmt: skip
    plan = plan_merge(ours, theirs)
    codes = plan[Kind.CODE]
    assert codes.matched == {20: (1, How.PATH), 21: (2, How.PATH), 23: (3, How.GUID)}
    assert codes.added == (24, 22, 25)  # level by level: parents before children
    (conflict,) = plan.conflicts
    assert conflict.name == "Trust" and "named “Trust renamed” there" in conflict.reason
    assert conflict.resolution == "kept ours"


def test_a_matched_code_keeps_ours_and_fills_our_blanks() -> None:
    ours = Side(codes=(CodeRow(1, "g", None, 0, "Trust", "#111111", "", "ours incl"),))
    theirs = Side(codes=(CodeRow(9, "g", None, 0, "Trust", "#222222", "their def",
                                 "their incl", "", "an example"),))  # fmt: skip
    plan = plan_merge(ours, theirs)
    filled = {(f.field, f.value) for f in plan.fills}
    assert filled == {("definition", "their def"), ("example", "an example")}
    (conflict,) = plan.conflicts
    assert "colour #222222 there" in conflict.reason and "inclusion differs" in conflict.reason
    assert conflict.resolution == "kept ours; filled our empty definition, example"


def test_near_duplicate_codes_are_listed_and_can_be_joined() -> None:
    ours = Side(codes=(CodeRow(1, "a", None, 0, "Peer support"),
                       CodeRow(2, "b", None, 1, "Fatigue")))  # fmt: skip
    theirs = Side(codes=(
        CodeRow(5, "x", None, 0, "peer-support"),  # same letters
        CodeRow(6, "y", None, 1, "Fatige"),  # one letter apart
        CodeRow(7, "z", None, 2, "Hope"),  # nothing close
        CodeRow(8, "w", 5, 0, "Online"),
    ))  # fmt: skip
    plan = plan_merge(ours, theirs)
    near = {n.name: (n.our_id, n.why) for n in plan.near_duplicates}
    assert near == {
        "peer-support": (1, "the same name apart from case, spaces, punctuation or accents"),
        "Fatige": (2, "1 letter apart"),
    }
    joined = plan_merge(ours, theirs, {"x": 1})
    assert joined[Kind.CODE].matched == {5: (1, How.CHOSEN)}
    assert joined[Kind.CODE].added == (6, 7, 8)  # "Online" goes under our "Peer support"
    assert [n.name for n in joined.near_duplicates] == ["Fatige"]


def test_two_codes_joined_into_one_bring_one_copy_of_a_shared_sub_code() -> None:
    ours = Side(codes=(CodeRow(1, "a", None, 0, "Peer support"),))
    theirs = Side(codes=(
        CodeRow(5, "x", None, 0, "Peer-support"), CodeRow(6, "y", None, 1, "Peer supports"),
        CodeRow(7, "x1", 5, 0, "Online"), CodeRow(8, "y1", 6, 0, "online"),
    ))  # fmt: skip
    codes = plan_merge(ours, theirs, {"x": 1, "y": 1})[Kind.CODE]
    assert codes.added == (7,)
    assert codes.matched == {5: (1, How.CHOSEN), 6: (1, How.CHOSEN), 8: (-8, How.PATH)}


def test_an_earlier_merges_matches_are_remembered() -> None:
    ours = Side(codes=(CodeRow(1, "ours", None, 0, "Peer support (renamed since)"),),
                aliases={"code": {"theirs": "ours"}})  # fmt: skip
    theirs = Side(codes=(CodeRow(5, "theirs", None, 0, "peer-support"),))
    assert plan_merge(ours, theirs)[Kind.CODE].matched == {5: (1, How.EARLIER)}


def test_participants_by_guid_or_label_with_label_matches_listed() -> None:
    ours = Side(participants=(ParticipantRow(1, "p1", "P1", role="panel"),
                              ParticipantRow(2, "p2", "P2")))  # fmt: skip
    theirs = Side(participants=(
        ParticipantRow(7, "p1", "P1", role="panel", pseudonym="Ann"),
        ParticipantRow(8, "other", "p2 ", role="collaborator"),
        ParticipantRow(9, "p9", "P9"),
    ))  # fmt: skip
    plan = plan_merge(ours, theirs)
    assert plan[Kind.PARTICIPANT].matched == {7: (1, How.GUID), 8: (2, How.LABEL)}
    assert plan[Kind.PARTICIPANT].added == (9,)
    fills = {(f.kind, f.our_id, f.field, f.value) for f in plan.fills}
    assert fills == {("participant", 1, "pseudonym", "Ann"), ("participant", 2, "role",
                                                               "collaborator")}  # fmt: skip
    (conflict,) = plan.conflicts
    assert conflict.name == "P2" and "another record (GUID)" in conflict.reason
    assert "same person" in conflict.resolution


def test_attributes_values_and_type_conflicts() -> None:
    ours = Side(
        participants=(ParticipantRow(1, "p1", "P1"), ParticipantRow(2, "p2", "P2")),
        attributes=(AttributeRow(1, "a-age", "Age", "number"),
                    AttributeRow(2, "a-site", "Site", "choice", ("Halifax",)),
                    AttributeRow(3, "a-years", "Years", "number")),
        values=((1, 1, "40"),),
    )  # fmt: skip
    theirs = Side(
        participants=(ParticipantRow(5, "p1", "P1"), ParticipantRow(6, "p2", "P2")),
        attributes=(AttributeRow(1, "a-age", "Age", "number"),
                    AttributeRow(2, "zz", "site", "choice", ("Halifax", "Toronto")),
                    AttributeRow(3, "a-years", "Years", "text")),
        values=((5, 1, "41"), (6, 1, "35"), (6, 2, "Toronto"), (6, 3, "ten")),
    )  # fmt: skip
    plan = plan_merge(ours, theirs)
    assert plan[Kind.ATTRIBUTE].matched == {1: (1, How.GUID), 2: (2, How.NAME), 3: (3, How.GUID)}
    assert plan.choices == ((2, ("Halifax", "Toronto")),)
    assert plan.values == ((6, 1, "35"), (6, 2, "Toronto"))
    reasons = {c.name: (c.reason, c.resolution) for c in plan.conflicts}
    assert reasons["P1: Age"] == ("“41” there, “40” here", "kept ours")
    assert reasons["Years"][1] == "kept ours; their values of it are left out"


def test_coders_by_guid_or_name_and_codings_deduplicated_by_content() -> None:
    ours = Side(coders=(ME,), sources=(SourceRow(1, "s", "P1", "t"),),
                codes=(CodeRow(1, "c", None, 0, "Trust"),),
                codings=(CodingRow(1, "k1", 1, 1, 0, 10, 1),))  # fmt: skip
    theirs = Side(
        coders=(CoderRow(3, "coder-b", "alex"), CoderRow(4, "coder-c", "Sam")),
        sources=(SourceRow(2, "s-other", "P1", "t"),),
        codes=(CodeRow(2, "c", None, 0, "Trust"),),
        codings=(
            CodingRow(7, "k1", 2, 2, 0, 10, 3),  # same GUID
            CodingRow(8, "k8", 2, 2, 0, 10, 3),  # same content as ours
            CodingRow(9, "k9", 2, 2, 0, 10, 4),  # same span, another coder: added
            CodingRow(10, "k10", 2, 2, 0, 10, 4),  # a duplicate within theirs
            CodingRow(11, "k11", 2, 2, 5, 10, 3),
        ),
    )  # fmt: skip
    plan = plan_merge(ours, theirs)
    assert plan[Kind.CODER].matched == {3: (1, How.NAME)}
    assert plan[Kind.CODER].added == (4,)
    assert plan[Kind.CODING].matched == {7: (1, How.GUID), 8: (1, How.CONTENT),
                                         10: (-10, How.CONTENT)}  # fmt: skip
    assert plan[Kind.CODING].added == (9, 11)
    assert [c.kind for c in plan.conflicts] == ["coder"]


def test_themes_links_quotes_and_memos() -> None:
    ours = Side(
        coders=(ME,), sources=(SourceRow(1, "s", "P1", "t"),),
        codes=(CodeRow(1, "c1", None, 0, "Trust"), CodeRow(2, "c2", None, 1, "Time")),
        codings=(CodingRow(1, "k1", 1, 1, 0, 5, 1),),
        themes=(ThemeRow(1, "t1", None, 0, "Relationships"),),
        theme_codes=((1, 1),),
        memos=(MemoRow(1, "m1", "code", 1, "Note", "same"),),
    )  # fmt: skip
    theirs = Side(
        coders=(ME,), sources=(SourceRow(1, "s", "P1", "t"),),
        codes=(CodeRow(1, "c1", None, 0, "Trust"), CodeRow(2, "c2", None, 1, "Time")),
        codings=(CodingRow(1, "k1", 1, 1, 0, 5, 1),),
        themes=(ThemeRow(4, "t-x", None, 0, "relationships"), ThemeRow(5, "t5", 4, 0, "Sub")),
        theme_codes=((4, 1), (4, 2), (5, 2)),
        theme_quotes=((4, 1),),
        memos=(MemoRow(3, "m-x", "code", 1, "Note", "same"),  # same content
               MemoRow(4, "m4", "theme", 5, "", "on a new theme"),
               MemoRow(5, "m5", "source", 99, "", "on nothing")),
    )  # fmt: skip
    plan = plan_merge(ours, theirs)
    assert plan[Kind.THEME].matched == {4: (1, How.NAME)} and plan[Kind.THEME].added == (5,)
    assert plan.theme_codes == ((4, 2), (5, 2))
    assert plan.theme_quotes == ((4, 1),)
    assert plan[Kind.MEMO].matched == {3: (1, How.CONTENT)} and plan[Kind.MEMO].added == (4,)
    assert plan.skipped == {"memos on something that does not come over": 1}


def test_a_plan_of_a_project_with_itself_changes_nothing() -> None:
    side = Side(coders=(ME,), participants=(ParticipantRow(1, "p", "P1"),),
                sources=(SourceRow(1, "s", "P1", "t"),),
                codes=(CodeRow(1, "c", None, 0, "Trust"),),
                codings=(CodingRow(1, "k", 1, 1, 0, 3, 1),))  # fmt: skip
    plan = plan_merge(side, side)
    assert not plan.changes_anything and not plan.conflicts
    assert plan.counts()["codings"] == {"added": 0, "matched": 1, "matched_by": {"guid": 1},
                                        "conflicts": 0}  # fmt: skip


def test_fuzzy_helpers() -> None:
    assert letters_key("Peer-support (café)") == "peersupportcafe"
    assert edit_distance("kitten", "sitting", 3) == 3
    assert edit_distance("kitten", "sitting", 2) is None
    assert edit_distance("", "ab", 2) == 2
