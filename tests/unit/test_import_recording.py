"""Importing a transcript proposes the recording beside it (issue 17): same base name,
same folder; linked as a reference in the same import, or not at all when unticked; a
file that is not a recording is named with its reason and never linked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ikt_desktop.domain.changes import Entity
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.exchange.imports import plan_from
from ikt_desktop.services.media.recordings import RecordingState
from ikt_desktop.services.project import Project
from tests.media_files import encode, write_wav

DATA = Path(__file__).resolve().parent.parent / "data" / "transcripts"


def _transcript(folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(DATA / "zoom.vtt", folder / name))


def test_the_recording_beside_a_transcript_is_proposed_and_linked(
    project: Project, tmp_path: Path
) -> None:
    transcript = _transcript(tmp_path / "interviews", "E01.vtt")
    media = encode(tmp_path / "interviews" / "E01.m4a", 2.0)
    write_wav(tmp_path / "interviews" / "E02.wav", 1.0)  # another interview's: not proposed
    preview = project.imports.preview(transcript)
    assert preview.recording is not None and preview.recording.path == media
    assert preview.recording.info is not None and preview.recording.info.kind == "audio"
    assert 1900 <= (preview.recording.info.duration_ms or 0) <= 2200
    plan = plan_from(preview)
    assert plan.recording == media  # ticked by default
    outcome = project.imports.import_file(preview, plan)
    source_id = outcome.value.source.id
    assert outcome.value.recording == "E01.m4a"
    assert source_id in outcome.changes.ids(Entity.MEDIA)  # the panel reloads its player
    status = project.recordings.status(source_id)
    assert status is not None and status.state is RecordingState.AVAILABLE
    assert status.recording.relative_path == "interviews/E01.m4a"  # a reference, not embedded
    assert not status.recording.embedded


def test_unticked_or_unusable_recordings_are_not_linked(project: Project, tmp_path: Path) -> None:
    first = _transcript(tmp_path, "E01.vtt")
    write_wav(tmp_path / "E01.wav", 1.0)
    preview = project.imports.preview(first)
    source = project.imports.import_file(preview, plan_from(preview, recording=False)).value
    assert project.recordings.get(source.source.id) is None and source.recording is None
    second = _transcript(tmp_path, "E02.vtt")
    (tmp_path / "E02.mp3").write_text("not a recording, only its name")
    preview = project.imports.preview(second, reserved_labels={"P1", "P2"})
    assert preview.recording is not None and preview.recording.info is None
    assert preview.recording.problem.startswith("E02.mp3")  # names the file and the reason
    assert plan_from(preview).recording is None
    assert project.imports.preview(_transcript(tmp_path, "E03.vtt")).recording is None


def test_a_recording_that_turned_bad_fails_its_file_and_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    transcript = _transcript(tmp_path, "E01.vtt")
    media = write_wav(tmp_path / "E01.wav", 1.0)
    preview = project.imports.preview(transcript)
    plan = plan_from(preview)
    media.write_bytes(b"")  # emptied between the preview and Import
    before = project.info()
    with pytest.raises(UserError, match=r"^E01\.wav: is empty"):
        project.imports.import_file(preview, plan)
    assert project.info() == before and project.participants.all() == []
