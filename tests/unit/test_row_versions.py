"""Row versions (issue 19, item 7), on a project file and on a team database: an edit made
on what its user saw is refused when another coder has since changed the same field
(naming who, with the new value); another field's change does not stop it; undoing an
action another coder has since built on is refused, naming who and what, and changes
nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ikt_desktop.db.models import ChangeLog
from ikt_desktop.domain.errors import StaleEditError, UndoRefusedError
from ikt_desktop.services.project import Project
from tests.helpers import add_source

pytestmark = pytest.mark.both_engines


def become(p: Project, name: str) -> int:
    """Make ``name`` the coder who does what follows (on one machine: the coder bar)."""
    known = {c.name: c.id for c in p.coders.all()}
    ident = known[name] if name in known else p.coders.add(name).value.id
    p.coders.set_current(ident)
    return ident


def log_rows(p: Project) -> int:
    with p.store.read() as s:
        return s.query(ChangeLog).count()


def test_the_later_edit_of_a_definition_is_refused_naming_who_with_the_new_value(
    project: Project,
) -> None:
    become(project, "Anna")
    code = project.codebook.create("Fatigue").value
    seen = project.codebook.get(code.id)  # what Ben's inspector shows
    project.codebook.edit_details(code.id, seen=seen.row_version,
                                  expected={"definition": ""}, definition="Tiredness")  # fmt: skip
    become(project, "Ben")
    before = log_rows(project)
    with pytest.raises(StaleEditError) as refused:
        project.codebook.edit_details(
            code.id, seen=seen.row_version, expected={"definition": seen.definition},
            definition="Lack of energy",
        )  # fmt: skip
    exc = refused.value
    assert (exc.by, exc.name, exc.fields) == ("Anna", "Fatigue", ("definition",))
    assert exc.at is not None
    assert exc.current.definition == "Tiredness"  # type: ignore[attr-defined]
    assert exc.current.row_version == project.codebook.get(code.id).row_version  # type: ignore[attr-defined]
    assert "Anna changed the definition of code 'Fatigue'" in str(exc)
    assert project.codebook.get(code.id).definition == "Tiredness"  # nothing saved
    assert log_rows(project) == before  # not even a log row: the transaction rolled back
    # seen again, the same edit goes through
    fresh = exc.current
    done = project.codebook.edit_details(
        code.id, seen=fresh.row_version, expected={"definition": "Tiredness"},  # type: ignore[attr-defined]
        definition="Lack of energy",
    ).value  # fmt: skip
    assert done.definition == "Lack of energy" and done.row_version == fresh.row_version + 1  # type: ignore[attr-defined]


def test_another_field_changed_meanwhile_does_not_stop_an_edit(project: Project) -> None:
    code = project.codebook.create("Fatigue").value
    seen = project.codebook.get(code.id)
    become(project, "Anna")
    project.codebook.recolor(code.id, "#E15759", seen=seen.row_version, expected=seen.color)
    become(project, "Ben")
    done = project.codebook.edit_details(
        code.id, seen=seen.row_version, expected={"definition": ""}, definition="Tiredness"
    ).value
    assert (done.definition, done.color) == ("Tiredness", "#E15759")
    assert done.row_version == seen.row_version + 2
    with pytest.raises(StaleEditError) as refused:  # but the colour Ben saw is gone
        project.codebook.recolor(code.id, "#59A14F", seen=seen.row_version, expected=seen.color)
    assert refused.value.fields == ("color",) and refused.value.by == "Anna"


def test_renames_and_moves_carry_the_same_check(project: Project) -> None:
    code = project.codebook.create("Fatigue").value
    parent = project.codebook.create("Symptoms").value
    become(project, "Anna")
    project.codebook.rename(code.id, "Tiredness", seen=code.row_version, expected="Fatigue")
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.codebook.rename(code.id, "Exhaustion", seen=code.row_version, expected="Fatigue")
    assert refused.value.current.name == "Tiredness"  # type: ignore[attr-defined]
    project.codebook.move(code.id, parent.id)
    with pytest.raises(StaleEditError):  # an undo of a move made from the top level
        project.codebook.move(code.id, None, expected_parent=None)
    assert project.codebook.get(code.id).parent_id == parent.id


def test_theme_narratives_and_names(project: Project) -> None:
    theme = project.themes.create("Living with uncertainty").value
    become(project, "Anna")
    project.themes.edit(theme.id, seen=theme.row_version, expected={"narrative": ""},
                        narrative="Participants plan around relapses.")  # fmt: skip
    project.themes.rename(theme.id, "Uncertainty", seen=theme.row_version,
                          expected="Living with uncertainty")  # fmt: skip
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.themes.edit(theme.id, seen=theme.row_version, expected={"narrative": ""},
                            narrative="Uncertainty shapes every plan.")  # fmt: skip
    assert refused.value.by == "Anna" and refused.value.fields == ("narrative",)
    assert refused.value.current.narrative == "Participants plan around relapses."  # type: ignore[attr-defined]
    assert refused.value.name == "Uncertainty"
    done = project.themes.edit(theme.id, seen=theme.row_version, expected={"status": "candidate"},
                               status="reviewed").value  # fmt: skip
    assert done.status == "reviewed" and done.narrative == "Participants plan around relapses."


def test_putting_codes_into_a_theme_raises_its_version(project: Project) -> None:
    theme = project.themes.create("Uncertainty").value
    code = project.codebook.create("Fatigue").value
    after = project.themes.assign_code(theme.id, code.id).value
    assert after.row_version == theme.row_version + 1
    project.themes.unassign_code(theme.id, code.id)
    assert project.themes.get(theme.id).row_version == theme.row_version + 2


def test_memos(project: Project) -> None:
    memo = project.memos.add("project", None, "Journal", "Day one.").value
    become(project, "Anna")
    project.memos.edit(memo.id, text="Day one. Coded P1.", seen=memo.row_version,
                       expected={"text": "Day one."})  # fmt: skip
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.memos.edit(memo.id, text="Day one. Met the panel.", seen=memo.row_version,
                           expected={"text": "Day one."})  # fmt: skip
    assert refused.value.by == "Anna" and refused.value.current.text == "Day one. Coded P1."  # type: ignore[attr-defined]


def test_undoing_a_code_another_coder_has_applied_is_refused(project: Project) -> None:
    source = add_source(project)
    anna = become(project, "Anna")
    code = project.codebook.create("Fatigue").value
    ben = project.coders.add("Ben").value.id
    for start in (0, 10, 20):
        project.codings.apply(source, code.id, start, start + 5, coder_id=ben)
    project.codings.apply(source, code.id, 30, 35, coder_id=anna)
    with pytest.raises(UndoRefusedError) as refused:
        project.codebook.delete(code.id, undoing=True)
    assert (refused.value.by, refused.value.count, refused.value.kind) == (("Ben",), 3, "applied")
    assert str(refused.value) == "Ben has since applied it to 3 segments."
    assert project.codebook.get(code.id).coding_count == 4  # nothing changed
    for coding in project.codings.for_source(source):
        if coding.coder_id == ben:
            project.codings.remove(coding.id)
    snapshot = project.codebook.delete(code.id, undoing=True).value  # Anna's own work only
    assert len(snapshot.codings.codings) == 1


def test_undoing_a_coding_another_coder_has_pinned_or_edited_is_refused(
    project: Project,
) -> None:
    source = add_source(project)
    code = project.codebook.create("Fatigue").value
    theme = project.themes.create("Living with uncertainty").value
    become(project, "Anna")
    made = project.codings.apply(source, code.id, 0, 12).value
    other = project.codings.apply(source, code.id, 30, 40).value
    become(project, "Ben")
    project.themes.pin_quote(theme.id, made.id)
    project.codings.resize(other.id, 30, 44)
    become(project, "Anna")
    with pytest.raises(UndoRefusedError) as pinned:
        project.codings.remove(made.id, undoing=made)
    assert str(pinned.value) == "Ben has since pinned it as a quote of 'Living with uncertainty'."
    with pytest.raises(UndoRefusedError) as edited:
        project.codings.remove(other.id, undoing=other)
    assert str(edited.value) == "Ben has since edited this coding of 'Fatigue'."
    assert len(project.codings.for_source(source)) == 2  # nothing changed
    project.themes.pin_quote(theme.id, other.id)  # Anna's own pin is no obstacle
    resized = project.codings.get(other.id)
    project.codings.remove(other.id, undoing=resized)
    assert [c.id for c in project.codings.for_source(source)] == [made.id]


def test_participants_edited_in_place(project: Project) -> None:
    person = project.participants.add("P3", role="iKT panel member").value
    become(project, "Anna")
    project.participants.update(person.id, role="Extended collaborator",
                                seen=person.row_version, expected={"role": person.role})  # fmt: skip
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.participants.update(person.id, role="Patient partner",
                                    seen=person.row_version, expected={"role": person.role})  # fmt: skip
    assert refused.value.by == "Anna" and refused.value.name == "P3"
    assert refused.value.current.role == "Extended collaborator"  # type: ignore[attr-defined]
    done = project.participants.update(person.id, pseudonym="Zoë", seen=person.row_version,
                                       expected={"pseudonym": ""}).value  # fmt: skip
    assert (done.role, done.pseudonym) == ("Extended collaborator", "Zoë")


def test_undoing_a_code_put_into_a_theme_is_refused_once_another_coder_quoted_it(
    project: Project,
) -> None:
    source = add_source(project)
    code = project.codebook.create("Fatigue").value
    theme = project.themes.create("Uncertainty").value
    become(project, "Anna")
    project.themes.assign_code(theme.id, code.id)
    ben = become(project, "Ben")
    coding = project.codings.apply(source, code.id, 0, 12, coder_id=ben).value
    project.themes.pin_quote(theme.id, coding.id)
    become(project, "Anna")
    with pytest.raises(UndoRefusedError) as refused:
        project.themes.unassign_code(theme.id, code.id, undoing=True)
    assert str(refused.value) == "Ben has since pinned 1 quote of it in 'Uncertainty'."
    assert code.id in project.themes.get(theme.id).code_ids
    project.themes.unpin_quote(theme.id, coding.id)
    project.themes.unassign_code(theme.id, code.id, undoing=True)
    assert code.id not in project.themes.get(theme.id).code_ids


def test_migration_0007_gives_existing_rows_version_1(tmp_path: Path) -> None:
    path = tmp_path / "old.ikt"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema-0006.ikt", path)
    with Project.open(path) as p:
        assert [c.row_version for c in p.codebook.all()] == [1, 1]
        assert p.participants.all()[0].row_version == 1
        code = p.codebook.all()[0]
        edited = p.codebook.edit_details(code.id, seen=1, expected={"definition": code.definition},
                                         definition="Why people joined the panel").value  # fmt: skip
        assert edited.row_version == 2


def test_a_coding_memo_another_coder_wrote_meanwhile_is_not_overwritten(
    project: Project,
) -> None:
    source = add_source(project)
    code = project.codebook.create("Fatigue").value
    coding = project.codings.apply(source, code.id, 0, 12).value
    become(project, "Anna")
    project.codings.set_memo(coding.id, "Said twice.", expected="")
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.codings.set_memo(coding.id, "Laughs here.", expected="")
    assert (refused.value.by, refused.value.fields, refused.value.name) == (
        "Anna", ("memo",), "Fatigue")  # fmt: skip
    assert refused.value.current.memo == "Said twice."  # type: ignore[attr-defined]
    assert project.codings.get(coding.id).memo == "Said twice."


def test_undoing_a_theme_or_code_another_coder_has_since_edited_is_refused(
    project: Project,
) -> None:
    become(project, "Anna")
    theme = project.themes.create("Uncertainty").value
    code = project.codebook.create("Fatigue").value
    become(project, "Ben")
    project.themes.edit(theme.id, narrative="Plans made around relapses.")
    project.codebook.edit_details(code.id, definition="Tiredness that stops the day.")
    become(project, "Anna")
    with pytest.raises(UndoRefusedError) as refused:
        project.themes.delete(theme.id, undoing=True)
    assert str(refused.value) == "Ben has since changed 'Uncertainty'."
    with pytest.raises(UndoRefusedError) as refused:
        project.codebook.delete(code.id, undoing=True)
    assert str(refused.value) == "Ben has since changed 'Fatigue'."
    assert project.themes.get(theme.id).narrative == "Plans made around relapses."
    project.themes.delete(theme.id)  # a plain delete (not an undo) is the user's choice
    mine = project.themes.create("Mine alone").value
    project.themes.edit(mine.id, narrative="Only Anna wrote here.")
    project.themes.delete(mine.id, undoing=True)


def test_a_coding_resized_or_recoded_by_another_coder_is_not_overwritten(
    project: Project,
) -> None:
    source = add_source(project)
    code = project.codebook.create("Fatigue").value
    other_code = project.codebook.create("Energy").value
    coding = project.codings.apply(source, code.id, 0, 12).value
    become(project, "Anna")
    project.codings.resize(coding.id, 0, 20, expected=(0, 12))
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.codings.resize(coding.id, 2, 12, expected=(0, 12))
    assert (refused.value.by, refused.value.fields) == ("Anna", ("span",))
    assert (refused.value.current.start, refused.value.current.end) == (0, 20)  # type: ignore[attr-defined]
    become(project, "Anna")
    project.codings.recode(coding.id, other_code.id, expected=code.id)
    become(project, "Ben")
    with pytest.raises(StaleEditError) as refused:
        project.codings.recode(coding.id, code.id, expected=code.id)  # an undo, say
    assert (refused.value.by, refused.value.fields) == ("Anna", ("code_id",))
    assert project.codings.get(coding.id).code_id == other_code.id
