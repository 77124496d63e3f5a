"""Themes as first-class objects: build, nest, merge, delete, pin quotes, prevalence."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.services.project import Project
from tests.helpers import add_source

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database


@pytest.fixture
def coded(project: Project) -> Project:
    """Three codes, codings by P1 and P2, and a role for each."""
    for label in ("P1", "P2"):
        add_source(project, label)
    project.participants.update(2, role="extended collaborator")
    for name in ("Trust", "Fatigue", "Honoraria"):
        code = project.codebook.create(name).value
        for source in (1, 2):
            project.codings.apply(source, code.id, 26, 40)
    return project


def names(p: Project) -> list[tuple[str, int | None, int]]:
    themes = {t.id: t.name for t in p.themes.all()}
    return [(t.name, themes.get(t.parent_id) if t.parent_id else None, t.position)
            for t in p.themes.all()]  # fmt: skip


def test_create_assign_reorder_and_prevalence(coded: Project) -> None:
    themes = coded.themes
    theme = themes.create("Relationships", code_ids=[1]).value
    themes.assign_code(theme.id, 2)
    themes.assign_code(theme.id, 3, row=0)
    assert themes.get(theme.id).code_ids == (3, 1, 2)
    assert themes.assign_code(theme.id, 3).changes == themes.assign_code(theme.id, 3).changes
    assert themes.unassign_code(theme.id, 1).value == 1
    assert themes.get(theme.id).code_ids == (3, 2)
    assert themes.prevalence(theme.id) == {
        "extended collaborator": (1, 1), "iKT panel member": (1, 1),
    }  # fmt: skip
    edited = themes.edit(theme.id, status="reviewed", definition=" Trust built over time ").value
    assert (edited.status, edited.definition) == ("reviewed", "Trust built over time")
    with pytest.raises(ValidationError):
        themes.edit(theme.id, status="done")


def test_nest_refuses_cycles_and_keeps_order(coded: Project) -> None:
    themes = coded.themes
    a, b, c = (themes.create(n).value for n in ("A", "B", "C"))
    themes.nest(b.id, a.id)
    themes.nest(c.id, a.id, row=0)
    assert names(coded) == [("A", None, 0), ("C", "A", 0), ("B", "A", 1)]
    with pytest.raises(ValidationError, match="inside itself"):
        themes.nest(a.id, b.id)
    themes.nest(c.id, None)
    assert names(coded) == [("A", None, 0), ("B", "A", 0), ("C", None, 1)]


def test_delete_and_restore_keep_ids_links_and_quotes(coded: Project) -> None:
    themes = coded.themes
    top = themes.create("Barriers", code_ids=[2, 3]).value
    sub = themes.create("Money", top.id, code_ids=[3]).value
    themes.pin_quote(top.id, 1)
    themes.pin_quote(top.id, 3, row=0)
    before = themes.all()
    snapshot = themes.delete(top.id).value
    assert themes.all() == [] and coded.info().codes == 3  # codes stay
    themes.restore(snapshot)
    assert themes.all() == before
    assert themes.get(sub.id).parent_id == top.id
    assert themes.get(top.id).quote_ids == (3, 1)


def test_merge_and_unmerge(coded: Project) -> None:
    themes = coded.themes
    target = themes.create("Partnership", code_ids=[1]).value
    source = themes.create("Trust and respect", code_ids=[1, 2]).value
    child = themes.create("Being heard", source.id).value
    themes.pin_quote(source.id, 2)
    before = themes.all()
    record = themes.merge(source.id, target.id).value
    merged = themes.get(target.id)
    assert merged.code_ids == (1, 2) and merged.quote_ids == (2,)
    assert themes.get(child.id).parent_id == target.id
    assert [t.name for t in themes.all()] == ["Partnership", "Being heard"]
    themes.unmerge(record)
    assert themes.all() == before
    with pytest.raises(ValidationError):
        themes.merge(target.id, target.id)


def test_demo_has_the_five_themes_with_quotes(demo: Project) -> None:
    top = [t for t in demo.themes.all() if t.parent_id is None]
    assert [t.name for t in top] == [
        "Defining iKT: being there from the start", "Motivation and meaningful participation",
        "The importance of networking", "Balancing multiple perspectives",
        "Barriers and facilitators",
    ]  # fmt: skip
    assert all(t.quote_ids for t in demo.themes.all())
    assert demo.themes.prevalence(top[0].id) == {
        "extended collaborator": (3, 3), "iKT panel member": (5, 5),
    }  # fmt: skip


def test_cli_themes_json(demo_path: Path, app_home: Path) -> None:
    env = {**os.environ, "IKT_DESKTOP_HOME": str(app_home)}
    out = subprocess.run([sys.executable, "-m", "ikt_desktop", "themes", str(demo_path), "--json"],
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    themes = json.loads(out.stdout)["themes"]
    assert len(themes) == 5
    first = themes[0]
    assert set(first) >= {"name", "status", "definition", "codes", "subthemes",
                          "participants_by_role", "quotes"}  # fmt: skip
    assert first["codes"][1] == "Defining iKT/Partnership from the start"
    assert first["participants_by_role"] == {"extended collaborator": [3, 3],
                                             "iKT panel member": [5, 5]}  # fmt: skip
    assert first["quotes"][0]["participant"] == "P1"
    assert first["quotes"][0]["text"].startswith("Now, for me, it means we are in the room")
    assert themes[4]["subthemes"][0]["name"] == "Online meetings"


def test_co_occurrence_order_puts_neighbours_together() -> None:
    from ikt_desktop.domain.analysis.arrange import co_occurrence_order

    weights = {(1, 4): 5, (4, 6): 3, (2, 3): 2}
    assert co_occurrence_order([1, 2, 3, 4, 5, 6], weights) == [4, 1, 6, 2, 3, 5]
    assert co_occurrence_order([7, 8], {}) == [7, 8]


def test_arrange_loose_codes_by_co_occurrence(coded: Project) -> None:
    extra = coded.codebook.create("Alone").value.id
    co = coded.codings.co_occurrence([1, 2, 3, extra])
    assert co == {(1, 2): 2, (1, 3): 2, (2, 3): 2}
    before = coded.themes.arrange_loose([extra, 1, 2, 3]).value
    assert before == [] and coded.themes.loose_order()[-1] == extra
    coded.themes.set_loose_order(before)
    assert coded.themes.loose_order() == []


def test_split_and_unsplit_in_one_transaction_each(coded: Project) -> None:
    themes = coded.themes
    theme = themes.create("Everything", code_ids=[1, 2, 3]).value
    new, taken = themes.split(theme.id, [1, 3], "Pieces", (500.0, 0.0, 300.0, 200.0)).value
    assert themes.get(theme.id).code_ids == (2,) and new.code_ids == (1, 3)
    assert taken == ((1, 0), (3, 2))
    assert themes.history(theme.id)[0][3] == "split 2 codes into “Pieces”"
    themes.unsplit(theme.id, new.id, taken)
    assert themes.get(theme.id).code_ids == (1, 2, 3)
    assert [t.name for t in themes.all()] == ["Everything"]
    with pytest.raises(ValidationError):
        themes.split(theme.id, [99], "None", (0.0, 0.0, 0.0, 0.0))


def test_prevalence_by_attribute(demo: Project) -> None:
    first = demo.themes.all()[0]
    by = demo.themes.prevalence_by_attribute(first.id)
    assert by["Stakeholder group"]["person with MS"] == (4, 4)
    assert sum(total for _, total in by["Stakeholder group"].values()) == 8
