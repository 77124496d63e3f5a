"""Recordings (issue 17): probing files, times inside turns, linking, relinking, embedding,
turn times from the playhead, and ``ikt-desktop link-media``. Recordings are generated."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import NotFoundError, UnreadableFileError, ValidationError
from ikt_desktop.domain.media.reference import proposed_recording, relative_path
from ikt_desktop.domain.media.timing import (
    TimedTurn,
    Timeline,
    estimate_times,
    index_at_time,
    position_at,
    span_times,
    time_at,
    windows,
)
from ikt_desktop.services.media.probe import probe_media
from ikt_desktop.services.media.recordings import RecordingState, embed_warning
from ikt_desktop.services.project import Project
from tests.helpers import add_source
from tests.media_files import beep_onsets_ms, encode, write_wav


@pytest.mark.parametrize(
    ("name", "video", "container", "kind"),
    [("a.m4a", False, "mp4", "audio"), ("v.mp4", True, "mp4", "video"),
     ("a.ogg", False, "ogg", "audio"), ("v.webm", True, "webm", "video"),
     ("a.mp3", False, "mp3", "audio")],
)  # fmt: skip
def test_probe_reads_container_kind_and_duration(
    tmp_path: Path, name: str, video: bool, container: str, kind: str
) -> None:
    info = probe_media(encode(tmp_path / name, 3.0, (1.0,), video=video))
    assert (info.container, info.kind) == (container, kind)
    assert info.duration_ms is not None and abs(info.duration_ms - 3000) <= 120


def test_probe_wav_and_the_decoded_marker_is_where_it_was_written(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "a.wav", 2.0, (0.25, 1.5))
    assert probe_media(path).duration_ms == 2000
    m4a = encode(tmp_path / "a.m4a", 2.0, (0.25, 1.5))
    assert beep_onsets_ms(path) == [250, 1500]
    assert all(abs(a - b) <= 5 for a, b in zip(beep_onsets_ms(m4a), [250, 1500], strict=True))


def _truncated_mp4(path: Path) -> None:
    data = encode(path.with_suffix(".tmp.mp4"), 2.0).read_bytes()
    moov = data.find(b"moov")
    path.write_bytes(data[: moov - 4] if data.find(b"mdat") < moov else data[moov + 200 :])


@pytest.mark.parametrize(
    ("make", "reason"),
    [(lambda p: p.write_bytes(b""), "is empty \\(0 bytes\\)"),
     (lambda p: p.write_text("I: hello\nP1: hi\n"), "no audio or video header"),
     (lambda p: p.write_bytes(b"OggS" + bytes(100)), "without Opus or Vorbis"),
     (lambda p: p.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk"), "damaged WAV"),
     (_truncated_mp4, "damaged|unfinished")],
    ids=["empty", "text-named-mp3", "bad-ogg", "bad-wav", "truncated-mp4"],
)  # fmt: skip
def test_bad_recordings_get_one_line_naming_the_file(tmp_path: Path, make, reason: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "E01.mp3"
    make(path)
    with pytest.raises(UnreadableFileError, match=reason) as err:
        probe_media(path)
    assert path.name in str(err.value) and "\n" not in str(err.value)


# -- times inside turns -------------------------------------------------------------------

TURNS = [TimedTurn(0, 100, 10_000, 20_000), TimedTurn(102, 152, 20_000, None),
         TimedTurn(154, 200, 30_000, 34_000)]  # fmt: skip


def test_time_is_interpolated_by_characters_inside_a_turn() -> None:
    wins = windows(TURNS)
    assert time_at(wins, 0) == 10_000
    assert time_at(wins, 50) == 15_000  # half-way through the first turn
    assert time_at(wins, 127) == 25_000  # the second turn ends where the third starts
    assert time_at(wins, 101) == 20_000  # between turns: the next turn's start
    assert time_at(wins, 200) == 34_000
    assert span_times(wins, 25, 75) == (12_500, 17_500)


def test_position_at_time_inverts_time_at() -> None:
    wins = windows(TURNS)
    for position in (0, 10, 50, 99, 110, 140, 160, 190):
        t = time_at(wins, position)
        assert t is not None
        assert abs((position_at(wins, t) or 0) - position) <= 1
    assert index_at_time(wins, 5_000) is None
    assert index_at_time(wins, 31_000) == 2


def test_untimed_turns_between_timed_ones_are_estimated_by_characters() -> None:
    spans = [(0, 9), (11, 20), (22, 51), (53, 62)]  # 10, 10, 30 and 10 characters
    got = estimate_times(spans, {0: 0, 3: 50_000}, duration_ms=60_000)
    assert got == [(0, 10_000, False), (10_000, 20_000, True), (20_000, 50_000, True),
                   (50_000, 60_000, False)]  # fmt: skip
    assert estimate_times(spans, {1: 5_000})[0] == (None, None, False)


def test_a_span_is_estimated_when_a_time_it_reads_was_spread_not_heard() -> None:
    # timed from the playhead at 0:10 and 0:50: the middle turns were spread between
    turns = [TimedTurn(0, 9, 0, 10_000), TimedTurn(11, 20, 10_000, 20_000, True),
             TimedTurn(22, 51, 20_000, 50_000, True), TimedTurn(53, 62, 50_000, 60_000),
             TimedTurn(64, 70, 60_000, 61_000)]  # fmt: skip
    timeline = Timeline(windows(turns))
    assert [w.estimated for w in timeline.windows] == [True, True, True, False, False]
    assert timeline.estimated(0, 5)  # heard start, but the end is where a guess begins
    assert timeline.estimated(12, 18)
    assert timeline.estimated(10, 11)  # between turns: the next (estimated) turn's start
    assert not timeline.estimated(53, 62)
    assert not timeline.estimated(55, 70)  # across two heard turns
    assert timeline.estimated(40, 56)  # from an estimated turn into a heard one
    assert not Timeline(windows(TURNS)).estimated(0, 200)  # all from the file
    assert not Timeline([]).estimated(0, 10)


def test_reference_paths_and_the_proposed_recording(tmp_path: Path) -> None:
    (tmp_path / "media").mkdir()
    rec = write_wav(tmp_path / "media" / "E01.wav", 0.1)
    assert relative_path(tmp_path / "study.ikt", rec) == "media/E01.wav"
    (tmp_path / "media" / "E01.vtt").write_text("WEBVTT\n")
    assert proposed_recording(tmp_path / "media" / "E01.vtt") == rec
    assert proposed_recording(tmp_path / "media" / "E02.vtt") is None


# -- the service --------------------------------------------------------------------------


def test_link_stores_a_reference_and_reports_it_missing_then_relinks(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project)
    media = encode(tmp_path / "rec" / "E01.m4a" if (tmp_path / "rec").mkdir() is None else
                   tmp_path, 2.0)  # fmt: skip
    project.recordings.link(source, media)
    rec = project.recordings.get(source)
    assert rec is not None and not rec.embedded
    assert (rec.relative_path, rec.kind, rec.size) == ("rec/E01.m4a", "audio", media.stat().st_size)
    assert rec.sha256 == hashlib.sha256(media.read_bytes()).hexdigest()
    status = project.recordings.status(source)
    assert status is not None and status.state is RecordingState.AVAILABLE
    assert status.path == media and status.message == ""
    moved = tmp_path / "elsewhere" / "E01-moved.m4a"
    moved.parent.mkdir()
    shutil.move(media, moved)
    status = project.recordings.status(source)
    assert status is not None and status.state is RecordingState.MISSING
    assert "E01.m4a was not found" in status.message and "Relink" in status.message
    project.recordings.relink(source, moved)
    status = project.recordings.status(source)
    assert status is not None and status.state is RecordingState.AVAILABLE
    assert status.path == moved


def test_relink_to_a_different_file_is_refused_and_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project)
    media = encode(tmp_path / "E01.m4a", 2.0)
    project.recordings.link(source, media)
    before = project.recordings.get(source)
    other = encode(tmp_path / "E02.m4a", 2.0, (1.0,))
    with pytest.raises(ValidationError, match="is not the recording that was linked"):
        project.recordings.relink(source, other)
    assert project.recordings.get(source) == before


def test_a_bad_file_leaves_the_project_unchanged(project: Project, tmp_path: Path) -> None:
    source = add_source(project)
    text = tmp_path / "E01.mp3"
    text.write_text("not audio")
    with pytest.raises(UnreadableFileError, match=r"E01\.mp3"):
        project.recordings.link(source, text)
    assert project.recordings.get(source) is None
    with pytest.raises(NotFoundError):
        project.recordings.relink(source, text)


def test_a_changed_file_is_reported(project: Project, tmp_path: Path) -> None:
    source = add_source(project)
    media = write_wav(tmp_path / "E01.wav", 1.0)
    project.recordings.link(source, media)
    write_wav(media, 2.0)
    status = project.recordings.status(source)
    assert status is not None and status.state is RecordingState.CHANGED
    assert str(media) in status.message


def test_embed_keeps_the_bytes_in_the_project_and_undo_restores(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project)
    media = encode(tmp_path / "E01.ogg", 1.0)
    first = project.recordings.link(source, media).value
    assert first.row is None  # nothing was linked before
    before = project.recordings.embed(source).value
    media.unlink()
    status = project.recordings.status(source)
    assert status is not None and status.state is RecordingState.EMBEDDED
    assert project.recordings.embedded_bytes(source) is not None
    project.recordings.restore(before)  # undo the embed
    assert project.recordings.embedded_bytes(source) is None
    project.recordings.unlink(source)
    assert project.recordings.get(source) is None
    assert embed_warning(10 * 2**20) == "" and "larger" in embed_warning(300 * 2**20)


def test_encrypted_project_says_a_referenced_recording_is_not_encrypted(
    tmp_path: Path,
) -> None:
    from ikt_desktop.db.cipher import Password

    media = encode(tmp_path / "E01.m4a", 1.0)
    with Project.create(tmp_path / "secret.ikt", "S", Password("correct horse 1")) as p:
        p.coders.ensure_current("Tester")
        source = add_source(p)
        p.recordings.link(source, media)
        status = p.recordings.status(source)
        assert status is not None and status.not_encrypted
        assert "not encrypted" in status.message
        p.recordings.embed(source)
        status = p.recordings.status(source)
        assert status is not None and status.state is RecordingState.EMBEDDED
        assert not status.not_encrypted
    assert media.read_bytes()[:64] not in (tmp_path / "secret.ikt").read_bytes()


def test_turn_times_from_the_playhead_estimate_the_turns_between(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project)  # two turns, no times
    project.recordings.link(source, write_wav(tmp_path / "E01.wav", 30.0))
    turns = project.turn_times.turns(source)
    assert all(t.time_start_ms is None for t in turns)
    before = project.turn_times.set_time(source, turns[0].id, 1_000).value
    got = project.turn_times.turns(source)
    assert (got[0].time_start_ms, got[0].estimated) == (1_000, False)
    assert got[1].time_start_ms is None or got[1].estimated
    project.turn_times.set_time(source, turns[1].id, 4_000)
    got = project.turn_times.turns(source)
    assert [(t.time_start_ms, t.time_end_ms, t.estimated) for t in got] == [
        (1_000, 4_000, False), (4_000, 30_000, False)]  # fmt: skip
    with pytest.raises(ValidationError, match="out of order"):
        project.turn_times.set_time(source, turns[0].id, 5_000)
    project.turn_times.restore(before)
    assert all(t.time_start_ms is None for t in project.turn_times.turns(source)[:1])


# -- the CLI ------------------------------------------------------------------------------


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IKT_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "ikt_desktop", *args],
                          capture_output=True, text=True, env=env, timeout=120)  # fmt: skip


def test_link_media_cli_by_name_json_and_a_bad_file(tmp_path: Path, app_home: Path) -> None:
    path = tmp_path / "study.ikt"
    with Project.create(path, "S") as p:
        p.coders.ensure_current("Tester")
        add_source(p)
    media = encode(tmp_path / "P1.m4a", 1.5)
    out = _cli("link-media", str(path), "P1 interview", str(media), "--json", home=app_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["source"], data["relative_path"], data["container"]) == (1, "P1.m4a", "mp4")
    assert abs(data["duration_ms"] - 1500) <= 100 and data["embedded"] is False
    human = _cli("link-media", str(path), "1", str(media), "--embed", home=app_home)
    assert human.returncode == 0 and "embedded in the project" in human.stdout
    bad = tmp_path / "notes.mp3"
    bad.write_text("hello")
    before = path.read_bytes()
    failed = _cli("link-media", str(path), "1", str(bad), home=app_home)
    assert failed.returncode != 0 and failed.stdout == ""
    assert failed.stderr.count("\n") == 1 and bad.name in failed.stderr
    assert path.read_bytes() == before
    missing = _cli("link-media", str(path), "nobody", str(media), home=app_home)
    assert missing.returncode != 0 and "no source 'nobody'" in missing.stderr


def test_deleting_a_source_and_undoing_keeps_its_recording(
    project: Project, tmp_path: Path
) -> None:
    source = add_source(project)
    project.recordings.link(source, write_wav(tmp_path / "E01.wav", 0.5), embed=True)
    snapshot = project.sources.delete(source).value
    assert project.recordings.get(source) is None
    project.sources.restore(snapshot)
    rec = project.recordings.get(source)
    assert rec is not None and rec.embedded and rec.file_name == "E01.wav"
