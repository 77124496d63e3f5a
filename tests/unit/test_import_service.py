"""Previewing and storing imports: default mapping, renames, roles, batch, failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.domain.transcripts.speakers import SpeakerChoice, SpeakerRole
from ikt_desktop.services.exchange.imports import plan_from
from ikt_desktop.services.project import Project

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

DATA = Path(__file__).resolve().parent.parent / "data" / "transcripts"


def test_default_mapping_interviewer_and_next_free_label(project: Project) -> None:
    project.participants.add("P1")
    project.participants.add("P4")
    preview = project.imports.preview(DATA / "teams.vtt")
    dana, zoe = "Whitfield, Dana (Research)", "Bélanger, Zoë"
    assert preview.choices[dana] == SpeakerChoice(SpeakerRole.INTERVIEWER)
    # Zoë is addressed by name in the questions: her name is never proposed as a label
    assert preview.choices[zoe] == SpeakerChoice(SpeakerRole.PARTICIPANT, "P5")
    assert preview.format_name == "WebVTT captions" and preview.parsed.encoding == "UTF-8"


def test_code_like_labels_and_header_participant_are_kept(project: Project) -> None:
    assert project.imports.preview(DATA / "labelled.txt").choices["P3"].participant_label == "P3"
    assert project.imports.preview(DATA / "ir.txt").choices == {
        "I": SpeakerChoice(SpeakerRole.INTERVIEWER),
        "R": SpeakerChoice(SpeakerRole.PARTICIPANT, "P1"),
    }
    demo = project.imports.preview(Path("resources/demo/transcripts/P6.txt"))
    assert demo.choices["Hélène"].participant_label == "P6"  # "# Participant: P6" header
    assert demo.choices["Sam"].role is SpeakerRole.INTERVIEWER  # header names two


def test_import_stores_source_speakers_turns_and_new_participant(project: Project) -> None:
    preview = project.imports.preview(DATA / "teams.vtt")
    plan = plan_from(preview, role="iKT panel member",
                     renames={"Bélanger, Zoë": "P1", "Whitfield, Dana (Research)": "Interviewer"})  # fmt: skip
    before = project.info()
    outcome = project.imports.import_file(preview, plan)
    result = outcome.value
    info = project.info()
    assert (info.sources, info.speakers, info.participants) == (1, 2, before.participants + 1)
    assert info.turns == 5 and info.words > 30
    people = {p.label: p for p in project.participants.all()}
    assert people["P1"].role == "iKT panel member"
    assert result.source.participant_label == "P1"
    assert result.source.duration_seconds == 65 and result.source.interviewer == "Interviewer"
    assert [(s.label, s.turns, s.participant, s.interviewer) for s in result.speakers] == [
        ("Interviewer", 3, None, True), ("P1", 2, "P1", False),
    ]  # fmt: skip
    text = project.sources.text(result.source.id)
    assert "Bélanger" not in text.split("Zoë.")[-1]  # labels renamed; speech untouched
    assert "P1: Sure. The MS Society newsletter" in text
    turns = project.sources.turns(result.source.id)
    speakers = {s.id: s for s in project.sources.speakers(result.source.id)}
    assert all(text[t.start : t.end].startswith(speakers[t.speaker_id].name + ": ") for t in turns)
    assert turns[0].time_start_ms == 3120


def test_existing_participant_is_reused_not_duplicated(project: Project) -> None:
    project.participants.add("P3", role="iKT panel member")
    preview = project.imports.preview(DATA / "labelled.txt")
    project.imports.import_file(preview, plan_from(preview, role="ignored for existing"))
    assert [(p.label, p.role) for p in project.participants.all()] == [("P3", "iKT panel member")]


def test_user_choices_override_defaults(project: Project) -> None:
    preview = project.imports.preview(DATA / "zoom.vtt")
    plan = replace(
        plan_from(preview),
        name="P2 first interview",
        choices={
            "Dana Whitfield": SpeakerChoice(SpeakerRole.INTERVIEWER),
            "Marcus Oyelaran": SpeakerChoice(SpeakerRole.PARTICIPANT, "P2"),
        },
        roles={"P2": "iKT panel member"},
    )
    result = project.imports.import_file(preview, plan).value
    assert result.source.name == "P2 first interview"
    assert result.source.participant_label == "P2"


def test_failed_preview_changes_nothing(project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "broken.vtt"
    bad.write_text("WEBVTT\n\n1\n00:00:xx --> 00:00:02.000\nhi\n")
    before = project.info()
    with pytest.raises(UnreadableFileError, match=r"broken\.vtt: line 4"):
        project.imports.preview(bad)
    assert project.info() == before


def test_delete_and_restore_an_imported_source(project: Project) -> None:
    preview = project.imports.preview(DATA / "otter.txt")
    source = project.imports.import_file(preview, plan_from(preview)).value.source
    code = project.codebook.create("Humour").value
    project.codings.apply(source.id, code.id, 0, 10)
    text, turns = project.sources.text(source.id), project.sources.turns(source.id)
    snapshot = project.sources.delete(source.id).value
    assert project.info().sources == 0 and project.info().codings == 0
    project.sources.restore(snapshot)
    assert project.sources.text(source.id) == text and project.sources.turns(source.id) == turns
    assert project.info().codings == 1


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "ikt_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def test_cli_import_batch_json_text_and_info(tmp_path: Path, app_home: Path) -> None:
    project = tmp_path / "p.ikt"
    run_cli("new", str(project), home=app_home)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = run_cli(
        "import", str(project), str(DATA / "teams.vtt"), str(empty), str(DATA / "otter.txt"),
        "--role", "iKT panel member", "--rename", "Bélanger, Zoë=P1", "--json", home=app_home,
    )  # fmt: skip
    assert out.returncode == 1, out.stderr  # one file failed
    files = json.loads(out.stdout)["files"]
    assert [f["status"] for f in files] == ["imported", "failed", "imported"]
    assert files[1]["error"] == "empty.txt: the file is empty"
    assert files[0]["format"] == "vtt" and files[0]["encoding"] == "UTF-8"
    assert files[0]["speakers"] == [
        {"label": "Whitfield, Dana (Research)", "turns": 3, "words": 21, "participant": None,
         "interviewer": True},
        {"label": "P1", "turns": 2, "words": 16, "participant": "P1", "interviewer": False},
    ]  # fmt: skip
    assert files[2]["speakers"][1]["participant"] == "P2"  # the next free label in the batch
    info = json.loads(run_cli("info", str(project), "--json", home=app_home).stdout)
    assert (info["sources"], info["speakers"], info["turns"], info["participants"]) == (2, 4, 8, 2)
    text = run_cli("text", str(project), str(files[2]["source"]), home=app_home)
    assert text.returncode == 0
    assert text.stdout.startswith("Partners in MS Research - interview P5\n\nDana Whitfield: ")
    assert text.stdout.endswith("Dana Whitfield: [laughs] Good. Let's start.")  # exact, no \n
    human = run_cli("import", str(project), str(DATA / "ir.txt"), "--participant", "P9",
                    home=app_home)  # fmt: skip
    assert human.returncode == 0
    assert "ir.txt: imported as source 3" in human.stdout and "P9" in human.stdout


def test_cli_text_unknown_source(tmp_path: Path, app_home: Path) -> None:
    project = tmp_path / "p.ikt"
    run_cli("new", str(project), home=app_home)
    out = run_cli("text", str(project), "nope", home=app_home)
    assert out.returncode == 2 and "no source 'nope'" in out.stderr
