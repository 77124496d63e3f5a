"""Two coders on one team database at once (issue 19, item 7), each through their own
login and their own Project, as two laptops would: the later edit of the same code or
theme is refused naming the first coder; undo of what the other has built on is refused;
edits racing on the same row put one after the other (never both saved); codings of the
same transcript made at the same moment are all kept."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ikt_desktop.db import migrate
from ikt_desktop.db.team import ids
from ikt_desktop.db.team.store import connected
from ikt_desktop.db.team.url import parse
from ikt_desktop.domain.errors import StaleEditError, UndoRefusedError
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.members import add_coder, set_blind
from ikt_desktop.services.team.server import upgrade_team_project
from tests.postgres_server import PostgresServer


@pytest.fixture
def pair(
    pg_server: PostgresServer, team_database: Callable[[str, Path], str], _demo_master: Path
) -> Iterator[tuple[str, list[str], Project, Project]]:
    """Anna and Ben, each connected as themselves to one copy of the demo project: the
    owner's address, their login names, their projects."""
    url = team_database("demo", _demo_master)
    names = []
    for person in ("anna", "ben"):
        role = f"{person}_{secrets.token_hex(3)}"  # roles are server-wide
        add_coder(url, role, "coder")
        names.append(role)
    anna = Project.open_team(url.replace("ikt@", f"{names[0]}@"))
    ben = Project.open_team(url.replace("ikt@", f"{names[1]}@"))
    yield url, names, anna, ben
    anna.close()
    ben.close()


@pytest.fixture
def two(pair: tuple[str, list[str], Project, Project]) -> tuple[Project, Project]:
    return pair[2], pair[3]


def me(p: Project) -> str:
    current = p.coders.current()
    assert current is not None
    return current.name


def test_the_later_of_two_coders_editing_a_code_is_told_who_and_sees_the_new_value(
    two: tuple[Project, Project],
) -> None:
    anna, ben = two
    code = anna.codebook.all()[0]
    seen_by_ben = ben.codebook.get(code.id)  # both have the code open
    anna.codebook.edit_details(code.id, seen=code.row_version,
                               expected={"definition": code.definition},
                               definition="Being there from the start.")  # fmt: skip
    with pytest.raises(StaleEditError) as refused:
        ben.codebook.edit_details(code.id, seen=seen_by_ben.row_version,
                                  expected={"definition": seen_by_ben.definition},
                                  definition="Only consulted at the end.")  # fmt: skip
    assert refused.value.by == me(anna)
    assert refused.value.current.definition == "Being there from the start."  # type: ignore[attr-defined]
    assert anna.codebook.get(code.id).definition == "Being there from the start."


def test_the_same_on_a_theme(two: tuple[Project, Project]) -> None:
    anna, ben = two
    theme = anna.themes.create("Uncertainty").value
    seen_by_ben = ben.themes.get(theme.id)
    anna.themes.rename(theme.id, "Living with uncertainty", seen=theme.row_version,
                       expected=theme.name)  # fmt: skip
    with pytest.raises(StaleEditError) as refused:
        ben.themes.rename(theme.id, "Planning around relapses", seen=seen_by_ben.row_version,
                          expected=seen_by_ben.name)  # fmt: skip
    assert refused.value.by == me(anna) and refused.value.fields == ("name",)
    assert refused.value.current.name == "Living with uncertainty"  # type: ignore[attr-defined]


def test_undo_of_a_code_the_other_coder_has_applied_is_refused(
    two: tuple[Project, Project],
) -> None:
    anna, ben = two
    code = anna.codebook.create("Fatigue").value
    source = ben.sources.all()[0].id
    for start in (0, 40, 80):
        ben.codings.apply(source, code.id, start, start + 12)
    with pytest.raises(UndoRefusedError) as refused:
        anna.codebook.delete(code.id, undoing=True)
    assert str(refused.value) == f"{me(ben)} has since applied it to 3 segments."
    assert ben.codebook.get(code.id).coding_count == 3


def test_a_blind_coder_cannot_undo_away_codings_it_cannot_see(
    pair: tuple[str, list[str], Project, Project],
) -> None:
    """Row-level security hides Ben's codings from Anna, but a delete's cascade would still
    reach them: the undo counts them through the server (ikt_codings_per_coder)."""
    url, names, anna, ben = pair
    code = anna.codebook.create("Fatigue").value
    source = ben.sources.all()[0].id
    for start in (0, 40):
        ben.codings.apply(source, code.id, start, start + 12)
    set_blind(url, True, [names[0]])
    assert anna.codebook.get(code.id).coding_count == 0  # she cannot see them
    with pytest.raises(UndoRefusedError) as refused:
        anna.codebook.delete(code.id, undoing=True)
    assert str(refused.value) == f"{me(ben)} has since applied it to 2 segments."
    assert ben.codebook.get(code.id).coding_count == 2


def test_a_blind_coder_is_not_told_a_wrong_name(
    pair: tuple[str, list[str], Project, Project],
) -> None:
    """Anna (blind) sees only her own history: her older entry is not the change that
    beat her, so the message names nobody rather than her."""
    url, names, anna, ben = pair
    code = anna.codebook.all()[0]
    mine = anna.codebook.edit_details(code.id, definition="Anna's first wording.").value
    set_blind(url, True, [names[0]])
    ben.codebook.edit_details(code.id, definition="Ben's wording.")
    with pytest.raises(StaleEditError) as refused:
        anna.codebook.edit_details(code.id, seen=mine.row_version,
                                   expected={"definition": mine.definition},
                                   definition="Anna's second wording.")  # fmt: skip
    assert (refused.value.by, refused.value.at) == ("", None)
    assert str(refused.value).startswith("Another coder changed the definition")
    assert refused.value.current.definition == "Ben's wording."  # type: ignore[attr-defined]


def test_edits_racing_on_one_row_are_put_in_line(two: tuple[Project, Project]) -> None:
    """Both read version v and write at the same moment: one is saved, the other refused
    (without the row lock both could pass the check and the first would be lost)."""
    anna = two[0]
    code = anna.codebook.all()[1]
    for round_ in range(8):
        seen = anna.codebook.get(code.id)
        start = threading.Barrier(2)
        outcome: dict[str, str] = {}

        def edit(p: Project, text: str, seen=seen, start=start, outcome=outcome) -> None:  # type: ignore[no-untyped-def]
            start.wait()
            try:
                p.codebook.edit_details(code.id, seen=seen.row_version,
                                        expected={"definition": seen.definition},
                                        definition=text)  # fmt: skip
                outcome[text] = "saved"
            except StaleEditError:
                outcome[text] = "refused"

        texts = (f"Anna {round_}", f"Ben {round_}")
        threads = [
            threading.Thread(target=edit, args=(p, t)) for p, t in zip(two, texts, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcome.values()) == ["refused", "saved"]
        saved = next(t for t, o in outcome.items() if o == "saved")
        assert anna.codebook.get(code.id).definition == saved


def test_two_coders_coding_the_same_transcript_at_once_lose_nothing(
    two: tuple[Project, Project],
) -> None:
    anna, ben = two
    source = anna.sources.all()[0].id
    code = anna.codebook.all()[0].id
    before = len(anna.codings.for_source(source))
    start = threading.Barrier(2)

    def code_all(p: Project) -> None:
        start.wait()
        for n in range(60):  # the same spans for both: each coder's own coding is kept
            p.codings.apply(source, code, n * 7, n * 7 + 20)

    threads = [threading.Thread(target=code_all, args=(p,)) for p in two]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    codings = anna.codings.for_source(source)
    assert len(codings) == before + 120
    names = {c.id: c.name for c in anna.coders.all()}
    mine = [c for c in codings if names[c.coder_id] in (me(anna), me(ben))]
    assert sorted((names[c.coder_id], c.start) for c in mine) == sorted(
        (who, n * 7) for who in (me(anna), me(ben)) for n in range(60)
    )
    assert len({c.id for c in codings}) == len(codings)


def test_team_upgrade_from_0006_gives_rows_their_first_version(
    pg_server: PostgresServer,
) -> None:
    """Migration 0007 on PostgreSQL, the way a lab meets it: ``team upgrade``."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    with connected(parse(url)) as conn:
        migrate.upgrade(conn, "0006")
        ids.install(conn)
        conn.execute(text(
            "INSERT INTO code (guid, parent_id, position, name, color, definition, inclusion, "
            "exclusion, example, created, kind) VALUES ('c-1', NULL, 0, 'Fatigue', '#4E79A7', "
            "'Tiredness', '', '', '', now(), 'thematic')"
        ))  # fmt: skip
    done = upgrade_team_project(url)
    assert (done.before, done.after) == ("0006", migrate.head_revision())
    with Project.open_team(url) as team:
        team.coders.ensure_current("Dana")
        code = team.codebook.all()[0]
        assert code.row_version == 1
        edited = team.codebook.edit_details(code.id, seen=1, expected={"definition": "Tiredness"},
                                            definition="Tiredness that stops the day.").value  # fmt: skip
        assert edited.row_version == 2
    pg_server.drop_database(name)
