"""Recordings through REFI-QDA (issue 17, item 5): AudioSource/VideoSource with the
transcript and its sync points out, validated against Project.xsd; the recording link and
the turn times back in; another tool's transcribed recording read as a timed source."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from ikt_desktop.domain.media.timing import TimedTurn, sync_points, turns_from_sync_points
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.media.recordings import RecordingState
from ikt_desktop.services.project import Project
from tests.helpers import TIMED, add_source, add_timed_source
from tests.media_files import encode
from tests.refi import PROJECT_NS, validate_qdpx

NS = {"q": PROJECT_NS}
TIMES = [(0, 16, 60_000, 64_000), (18, len(TIMED), 724_000, 734_000)]


def _times(p: Project, source_id: int) -> list[tuple[int, int, int | None, int | None]]:
    return [(t.start, t.end, t.time_start_ms, t.time_end_ms)
            for t in p.turn_times.turns(source_id) if t.time_start_ms is not None]  # fmt: skip


def _study(project: Project, tmp_path: Path, *, embed: bool = False) -> tuple[int, Path]:
    """A timed transcript with a coding and its linked recording (rec/E03.m4a beside the
    project), and an untimed transcript without one."""
    source = add_timed_source(project, "P3")
    add_source(project, "P1")
    (tmp_path / "rec").mkdir()
    media = encode(tmp_path / "rec" / "E03.m4a", 2.0, (0.5,))
    project.recordings.link(source, media, embed=embed)
    code = project.codebook.create("Planning").value.id
    project.codings.apply(source, code, TIMED.index("Everything"), len(TIMED))
    return source, media


def test_sync_points_and_turns_read_back_from_them() -> None:
    turns = [TimedTurn(0, 16, 60_000, 64_000), TimedTurn(18, 70, 724_000, None),
             TimedTurn(72, 90, None, None)]  # fmt: skip
    points = sync_points(turns)
    assert points == [(0, 60_000), (16, 64_000), (18, 724_000)]
    text = TIMED + "\n\nI: Thank you."
    back = turns_from_sync_points(text, points)
    # the line break between two turns is no turn; the last turn runs to the end of the text
    assert back == [TimedTurn(0, 16, 60_000, 64_000), TimedTurn(18, len(text), 724_000, None)]
    # points outside the text or going back in time are dropped
    assert turns_from_sync_points("abc", [(0, 5_000), (2, 1_000), (9, 9_000)]) == [
        TimedTurn(0, 3, 5_000, None)]  # fmt: skip


def test_export_writes_the_recording_with_sync_points_valid_against_the_schema(
    project: Project, tmp_path: Path
) -> None:
    source, media = _study(project, tmp_path)
    (tmp_path / "out").mkdir()
    result = project.exchange.export_qdpx(tmp_path / "out" / "study.qdpx")
    assert dict(result.counts)["recordings"] == 1
    root = validate_qdpx(Path(result.path))
    assert root.get("basePath") == tmp_path.resolve().as_posix()
    audio = root.findall(".//q:Sources/q:AudioSource", NS)
    assert len(audio) == 1 and not root.findall(".//q:VideoSource", NS)
    rec = project.recordings.get(source)
    assert rec is not None
    assert (audio[0].get("name"), audio[0].get("path")) == ("E03.m4a", "relative://rec/E03.m4a")
    assert audio[0].get("currentPath") == "absolute://" + str(media.resolve())
    description = audio[0].find("q:Description", NS).text
    assert f"SHA-256: {hashlib.sha256(media.read_bytes()).hexdigest()}" in description
    assert f"Size (bytes): {media.stat().st_size}" in description
    transcript = audio[0].find("q:Transcript", NS)
    text_source = next(t for t in root.findall(".//q:TextSource", NS) if t.get("name") == "E03")
    assert transcript.get("plainTextPath") == text_source.get("plainTextPath")
    points = [(int(p.get("position")), int(p.get("timeStamp")))
              for p in transcript.findall("q:SyncPoint", NS)]  # fmt: skip
    assert points == [(0, 60_000), (16, 64_000), (18, 724_000), (len(TIMED), 734_000)]
    # the codings stay on the text source only: nothing is counted twice
    assert not transcript.findall("q:TranscriptSelection", NS)
    assert len(text_source.findall("q:PlainTextSelection/q:Coding", NS)) == 1
    with zipfile.ZipFile(result.path) as archive:  # referenced: the file stays outside
        assert not [n for n in archive.namelist() if n.endswith(".m4a")]


def test_round_trip_keeps_the_recording_link_and_the_turn_times(
    project: Project, tmp_path: Path
) -> None:
    source, media = _study(project, tmp_path)
    guid = next(s.guid for s in project.sources.all() if s.id == source)
    qdpx = tmp_path / "study.qdpx"
    project.exchange.export_qdpx(qdpx)
    (tmp_path / "back").mkdir()
    back, summary = import_qdpx(qdpx, tmp_path / "back" / "back.ikt")
    with back:
        assert summary.count("recordings") == 1 and summary.count("timed turns") == 2
        assert summary.skipped == ()
        twin = next(s.id for s in back.sources.all() if s.guid == guid)
        assert _times(back, twin) == TIMES
        status = back.recordings.status(twin)
        assert status is not None and status.state is RecordingState.AVAILABLE
        assert status.path is not None and status.path.resolve() == media.resolve()
        assert status.recording.relative_path == "../rec/E03.m4a"  # from the new project
        assert status.recording.sha256 == hashlib.sha256(media.read_bytes()).hexdigest()
        assert (status.recording.kind, status.recording.container) == ("audio", "mp4")
        assert len(back.codings.for_source(twin)) == 1  # once, from the text source
        assert [s.name for s in back.sources.all()] == ["E03", "P1 interview"]
        untimed = next(s.id for s in back.sources.all() if s.name == "P1 interview")
        assert back.recordings.get(untimed) is None and _times(back, untimed) == []


def test_an_embedded_recording_travels_inside_the_archive(project: Project, tmp_path: Path) -> None:
    _source, media = _study(project, tmp_path, embed=True)
    data = media.read_bytes()
    media.unlink()  # the project holds it: nothing outside is needed
    qdpx = tmp_path / "study.qdpx"
    project.exchange.export_qdpx(qdpx)
    root = validate_qdpx(qdpx)
    assert root.get("basePath") is None
    path = root.find(".//q:AudioSource", NS).get("path")
    assert path.startswith("internal://") and path.endswith(".m4a")
    with zipfile.ZipFile(qdpx) as archive:
        assert archive.read("sources/" + path[len("internal://") :]) == data
    back, summary = import_qdpx(qdpx, tmp_path / "back.ikt")
    with back:
        assert summary.count("recordings") == 1 and summary.skipped == ()
        twin = next(s.id for s in back.sources.all() if s.name == "E03")
        status = back.recordings.status(twin)
        assert status is not None and status.state is RecordingState.EMBEDDED
        assert back.recordings.embedded_bytes(twin) == data
        assert _times(back, twin) == TIMES


def test_a_recording_not_found_is_linked_as_missing_and_relinks_by_its_hash(
    project: Project, tmp_path: Path
) -> None:
    _study(project, tmp_path)
    qdpx = tmp_path / "study.qdpx"
    project.exchange.export_qdpx(qdpx)
    elsewhere = tmp_path / "usb" / "interview-3.m4a"
    elsewhere.parent.mkdir()
    shutil.move(tmp_path / "rec" / "E03.m4a", elsewhere)
    back, summary = import_qdpx(qdpx, tmp_path / "back.ikt")
    with back:
        assert any("linked as missing" in line for line in summary.converted)
        twin = next(s.id for s in back.sources.all() if s.name == "E03")
        status = back.recordings.status(twin)
        assert status is not None and status.state is RecordingState.MISSING
        assert "E03.m4a was not found" in status.message
        back.recordings.relink(twin, elsewhere)  # the hash came along: the check holds
        status = back.recordings.status(twin)
        assert status is not None and status.state is RecordingState.AVAILABLE
        assert _times(back, twin) == TIMES


TRANSCRIPT = "I: How are you doing?\nP5: Tired, mostly tired today."
ANSWER = TRANSCRIPT.index("P5")
TIRED = (TRANSCRIPT.index("Tired"), TRANSCRIPT.index("Tired") + len("Tired"))
OTHER_TOOL = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{PROJECT_NS}" name="Interviews" origin="ATLAS.ti 23">
  <CodeBook><Codes>
    <Code guid="0050aec3-0000-4000-8000-000000000001" name="Fatigue" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <AudioSource guid="9d260347-0000-4000-8000-000000000002" name="E05.m4a"
                 path="relative:///E05.m4a">
      <Transcript guid="71013825-0000-4000-8000-000000000003" name="E05 transcript"
                  plainTextPath="internal://e05.txt">
        <SyncPoint guid="3101c58c-0000-4000-8000-000000000004" position="0" timeStamp="1000"/>
        <SyncPoint guid="3101c58c-0000-4000-8000-000000000005" position="{ANSWER - 1}"
                   timeStamp="6000"/>
        <SyncPoint guid="3101c58c-0000-4000-8000-000000000006" position="{ANSWER}"
                   timeStamp="6500"/>
        <SyncPoint guid="3101c58c-0000-4000-8000-000000000007" position="{TIRED[0]}"
                   timeStamp="7000"/>
        <SyncPoint guid="3101c58c-0000-4000-8000-000000000008" position="{TIRED[1]}"
                   timeStamp="7600"/>
        <TranscriptSelection guid="467362c5-0000-4000-8000-000000000009" name="tired"
                             fromSyncPoint="3101c58c-0000-4000-8000-000000000007"
                             toSyncPoint="3101c58c-0000-4000-8000-000000000008">
          <Coding guid="c4bad35e-0000-4000-8000-00000000000a">
            <CodeRef targetGUID="0050aec3-0000-4000-8000-000000000001"/>
          </Coding>
        </TranscriptSelection>
      </Transcript>
    </AudioSource>
  </Sources>
</Project>"""


def test_another_tools_transcribed_recording_becomes_a_timed_source(tmp_path: Path) -> None:
    media = encode(tmp_path / "E05.m4a", 1.0)
    qdpx = tmp_path / "atlas.qdpx"
    with zipfile.ZipFile(qdpx, "w") as archive:
        archive.writestr("project.qde", OTHER_TOOL)
        archive.writestr("sources/e05.txt", TRANSCRIPT)
    back, summary = import_qdpx(qdpx, tmp_path / "back.ikt")
    with back:
        (source,) = back.sources.all()
        assert source.name == "E05 transcript"
        (coding,) = back.codings.for_source(source.id)
        assert back.sources.text(source.id)[coding.start : coding.end] == "Tired"
        end = len(TRANSCRIPT)
        assert _times(back, source.id) == [
            (0, ANSWER - 1, 1_000, 6_000), (ANSWER, TIRED[0] - 1, 6_500, 7_000),
            (TIRED[0], TIRED[1], 7_000, 7_600), (TIRED[1], end, 7_600, None),
        ]  # fmt: skip
        status = back.recordings.status(source.id)  # found beside the .qdpx, hashed here
        assert status is not None and status.state is RecordingState.AVAILABLE
        assert status.recording.sha256 == hashlib.sha256(media.read_bytes()).hexdigest()
        assert any("became text sources" in line for line in summary.converted)


def test_a_video_recording_is_a_video_source(project: Project, tmp_path: Path) -> None:
    source = add_timed_source(project, "P3")
    video = encode(tmp_path / "E03.mp4", 1.0, video=True)  # as Zoom and Teams write it
    project.recordings.link(source, video)
    qdpx = tmp_path / "study.qdpx"
    project.exchange.export_qdpx(qdpx)
    root = validate_qdpx(qdpx)
    (element,) = root.findall(".//q:Sources/q:VideoSource", NS)
    assert element.get("path") == "relative://E03.mp4" and not root.findall(".//q:AudioSource", NS)
    (tmp_path / "back").mkdir()
    back, _summary = import_qdpx(qdpx, tmp_path / "back" / "back.ikt")
    with back:
        (twin,) = back.sources.all()
        rec = back.recordings.get(twin.id)
        assert rec is not None and rec.kind == "video" and rec.relative_path == "../E03.mp4"


def test_a_bad_or_missing_embedded_recording_is_skipped_by_name(tmp_path: Path) -> None:
    qde = OTHER_TOOL.replace('path="relative:///E05.m4a"', 'path="internal://e05.mp3"')
    for name, data in (("not-audio.qdpx", b"just some text, not an mp3\n"), ("lost.qdpx", None)):
        qdpx = tmp_path / name
        with zipfile.ZipFile(qdpx, "w") as archive:
            archive.writestr("project.qde", qde)
            archive.writestr("sources/e05.txt", TRANSCRIPT)
            if data is not None:
                archive.writestr("sources/e05.mp3", data)
        back, summary = import_qdpx(qdpx, tmp_path / f"{qdpx.stem}.ikt")
        with back:
            (source,) = back.sources.all()
            assert back.recordings.get(source.id) is None
            assert len(_times(back, source.id)) == 4  # the transcript's times still count
            assert len(back.codings.for_source(source.id)) == 1
        expected = ("E05.m4a: the embedded recording is not a recording we can play"
                    if data is not None else "E05.m4a: its file internal://e05.mp3 is not in "
                    "the archive")  # fmt: skip
        assert any(line.startswith(expected) for line in summary.skipped), summary.skipped
