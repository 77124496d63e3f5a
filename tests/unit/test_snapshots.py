"""Automatic snapshots: the rotation rule, timing, take/list/restore, cloud folders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from ikt_desktop.domain.errors import NotAProjectError, ProjectFileError
from ikt_desktop.domain.privacy import cloud
from ikt_desktop.domain.privacy.snapshots import due, to_keep
from ikt_desktop.services.privacy.project_snapshots import (
    ProjectSnapshots,
    list_all,
    restore_snapshot,
    snapshots_root,
)
from ikt_desktop.services.project import Project, check

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


# -- the rotation rule ---------------------------------------------------------------


def test_keeps_the_ten_most_recent() -> None:
    times = [NOW - timedelta(minutes=10 * i) for i in range(25)]  # all today
    keep = to_keep(times, NOW)
    assert keep == set(times[:10])


def test_keeps_the_newest_of_each_of_the_last_seven_days() -> None:
    # every 6 hours for 12 days: 48 snapshots
    times = [NOW - timedelta(hours=6 * i) for i in range(48)]
    keep = to_keep(times, NOW)
    recent = set(sorted(times, reverse=True)[:10])
    # newest of each UTC day within 7 days: today 12:00, and 18:00 of each earlier day
    newest_per_day = (
        {NOW}
        | {datetime(2026, 11, 27 - d, 18, 0, tzinfo=UTC) for d in range(1, 7)}
        | {datetime(2026, 11, 20, 18, 0, tzinfo=UTC)}
    )  # 6 days 18 h ago: inside the 7 days
    assert keep == recent | newest_per_day
    assert datetime(2026, 11, 24, 12, 0, tzinfo=UTC) not in keep  # not its day's newest
    assert datetime(2026, 11, 19, 18, 0, tzinfo=UTC) not in keep  # over a week old
    assert all(NOW - t < timedelta(days=7) or t in recent for t in keep)
    assert len(keep) < len(times)


def test_old_snapshots_beyond_the_recent_ten_go() -> None:
    times = [NOW - timedelta(days=30 + i) for i in range(12)]
    assert to_keep(times, NOW) == set(sorted(times, reverse=True)[:10])
    assert to_keep([], NOW) == set()


def test_a_snapshot_from_the_future_is_kept() -> None:
    future = NOW + timedelta(days=3)
    times = [future] + [NOW - timedelta(minutes=i) for i in range(20)]
    assert future in to_keep(times, NOW, recent=1)


def test_due_timing() -> None:
    assert not due(None, 0, NOW)  # nothing changed: never
    assert due(None, 1, NOW)  # changed and never taken
    assert not due(NOW - timedelta(minutes=9, seconds=59), 5, NOW)
    assert due(NOW - timedelta(minutes=10), 1, NOW)
    assert not due(NOW - timedelta(hours=5), 0, NOW)
    assert due(NOW - timedelta(minutes=3), 1, NOW, every_minutes=2)
    assert due(NOW + timedelta(hours=1), 1, NOW)  # the clock was put back


# -- cloud folders -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\ana\Dropbox\MS study\study.ikt", cloud.DROPBOX),
        (r"C:\Users\ana\Dropbox (Personal)\study.ikt", cloud.DROPBOX),
        (r"C:\Users\ana\OneDrive\Documents\study.ikt", cloud.ONEDRIVE),
        (r"C:\Users\ana\OneDrive - University of Calgary\iKT\study.ikt", cloud.ONEDRIVE),
        (r"G:\My Drive\iKT\study.ikt", cloud.GOOGLE_DRIVE),
        (r"C:\Users\ana\Google Drive\study.ikt", cloud.GOOGLE_DRIVE),
        (r"C:\Users\ana\iCloudDrive\study.ikt", cloud.ICLOUD),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/iKT/study.ikt", cloud.ICLOUD),
        ("/Users/ana/Library/CloudStorage/OneDrive-Personal/study.ikt", cloud.ONEDRIVE),
        (
            "/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.org/My Drive/s.ikt",
            cloud.GOOGLE_DRIVE,
        ),
        ("/Users/ana/Library/CloudStorage/Dropbox/study.ikt", cloud.DROPBOX),
        ("/Users/ana/Library/CloudStorage/Box-Box/study.ikt", cloud.CLOUD_STORAGE),
        ("/home/ana/Dropbox/study.ikt", cloud.DROPBOX),
        ("/home/ana/GoogleDrive/study.ikt", cloud.GOOGLE_DRIVE),
    ],
)
def test_cloud_folders_are_recognised(path: str, service: str) -> None:
    assert cloud.cloud_service(path) == service


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\ana\Documents\iKT\study.ikt",
        r"C:\Users\ana\Documents\Dropbox notes\study.ikt",
        "/home/ana/research/drive/study.ikt",
        "/home/ana/research/dropbox-export.ikt",  # the file's own name does not count
        "/Users/ana/Library/Application Support/iKT Desktop/study.ikt",
        "/home/ana/OneDriveBackup/study.ikt",
    ],
)
def test_local_folders_are_not_cloud_folders(path: str) -> None:
    assert cloud.cloud_service(path) is None


def test_a_dropbox_marker_file_in_an_ancestor_counts() -> None:
    root = PurePosixPath("/data/team-share")
    markers = {root / ".dropbox"}
    path = root / "iKT" / "study.ikt"
    assert cloud.cloud_service(path, lambda p: p in markers) == cloud.DROPBOX
    assert cloud.cloud_service(path, lambda p: False) is None
    assert cloud.as_path(r"D:\x\y.ikt") == PureWindowsPath(r"D:\x\y.ikt")


def test_the_warning_says_why() -> None:
    text = cloud.warning_text("/home/ana/Dropbox/study.ikt", cloud.DROPBOX)
    assert "Dropbox" in text and "conflicted copies" in text and "local folder" in text


# -- taking, listing, restoring ------------------------------------------------------


def test_take_list_restore_round_trip(demo: Project, tmp_path: Path, app_home: Path) -> None:
    snaps = ProjectSnapshots.for_store(demo.store)
    info = demo.info()
    taken = snaps.take("open")
    assert taken.path.is_file() and taken.path.parent == snapshots_root() / info.guid
    assert str(taken.path).startswith(str(app_home))  # the app data folder, not beside it
    assert not list(demo.path.parent.glob("*.ikt.partial"))
    assert taken.counts.sources == info.sources and taken.counts.codings == info.codings
    assert taken.counts.codes == info.codes and taken.counts.themes == info.themes
    listed = snaps.list()
    assert [s.path for s in listed] == [taken.path]
    assert listed[0].reason == "open" and listed[0].counts == taken.counts
    assert listed[0].project_path == str(demo.path)
    assert taken.taken.tzinfo is not None and taken.path.stem.endswith("Z")

    # a change after the snapshot is not in it
    demo.codebook.create("Added after the snapshot")
    target = tmp_path / "restored" / "study-restored.ikt"
    target.parent.mkdir()
    restored = snaps.restore(listed[0], target)
    assert restored == target and target != demo.path
    assert check(target) == []
    assert not target.with_name(target.name + "-wal").exists()  # one self-contained file
    with Project.open(target) as copy:
        again = copy.info()
    assert (again.sources, again.codings, again.codes) == (info.sources, info.codings, info.codes)
    assert demo.info().codes == info.codes + 1  # the open project is untouched


def test_restore_refuses_to_overwrite(demo: Project, tmp_path: Path) -> None:
    snaps = ProjectSnapshots.for_store(demo.store)
    snap = snaps.take()
    existing = tmp_path / "there.ikt"
    existing.write_bytes(b"keep me")
    with pytest.raises(ProjectFileError, match="already exists"):
        snaps.restore(snap, existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(ProjectFileError):
        snaps.restore(snap, demo.path)  # the open project itself
    with pytest.raises(ProjectFileError, match=r"\.ikt"):
        snaps.restore(snap, tmp_path / "new.txt")
    with pytest.raises(ProjectFileError, match="folder"):
        snaps.restore(snap, tmp_path / "missing" / "new.ikt")
    bogus = tmp_path / "bogus.ikt"
    bogus.write_bytes(b"not a database at all, just text" * 10)
    with pytest.raises(NotAProjectError):
        restore_snapshot(bogus, tmp_path / "new.ikt")
    assert not (tmp_path / "new.ikt").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_snapshots_are_per_project_guid(demo: Project, project: Project) -> None:
    a = ProjectSnapshots.for_store(demo.store)
    b = ProjectSnapshots.for_store(project.store)
    assert a.folder != b.folder and a.guid == demo.info().guid
    a.take()
    b.take()
    b.take()
    assert len(a.list()) == 1 and len(b.list()) == 2
    assert all(s.path.parent == b.folder for s in b.list())
    assert len(list_all()) == 3


def test_take_rotates(project: Project) -> None:
    snaps = ProjectSnapshots.for_store(project.store)
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for i in range(14):  # 14 in one hour
        snaps.take("changes", now=start + timedelta(minutes=4 * i))
    kept = snaps.list()
    assert len(kept) == 10
    assert kept[0].taken == start + timedelta(minutes=52)
    assert len(list(snaps.folder.glob("*.json"))) == 10  # sidecars go with their snapshot
    # a week later: the ten recent still kept, plus nothing else from that day
    snaps.take("open", now=start + timedelta(days=8))
    assert len(snaps.list()) == 10


def test_listing_survives_a_lost_sidecar_and_stray_files(project: Project) -> None:
    snaps = ProjectSnapshots.for_store(project.store)
    snap = snaps.take("open")
    snap.path.with_suffix(".json").unlink()
    (snaps.folder / "notes.ikt").write_text("not a snapshot")
    (snaps.folder / "x.ikt.partial").write_text("interrupted")
    listed = snaps.list()
    assert [s.path for s in listed] == [snap.path] and listed[0].counts == snap.counts
    snaps.rotate()
    assert not (snaps.folder / "x.ikt.partial").exists()


def test_sidecar_is_json_with_the_reason(project: Project) -> None:
    snap = ProjectSnapshots.for_store(project.store).take("changes")
    data = json.loads(snap.path.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["reason"] == "changes" and data["counts"]["sources"] == 0
    assert data["guid"] == project.info().guid


# -- the CLI -------------------------------------------------------------------------


def test_cli_snapshot_then_snapshots(
    demo_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ikt_desktop.cli import main as cli

    assert cli.run(["snapshots", str(demo_path)]) == 0
    assert "No snapshots" in capsys.readouterr().out
    assert cli.run(["snapshot", str(demo_path), "--json"]) == 0
    taken = json.loads(capsys.readouterr().out)
    assert taken["reason"] == "manual" and taken["counts"]["codings"] > 100
    assert cli.run(["snapshot", str(demo_path)]) == 0
    assert capsys.readouterr().out.startswith("Took ")
    assert cli.run(["snapshots", str(demo_path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed["snapshots"]) == 2 and listed["snapshots"][1]["path"] == taken["path"]
    assert cli.run(["snapshots", str(demo_path)]) == 0
    assert capsys.readouterr().out.count("codings") == 2

    # the project is damaged: its snapshots are still found by where they came from
    demo_path.write_bytes(b"gone")
    assert cli.run(["snapshots", str(demo_path), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["snapshots"]) == 2
    assert cli.run(["snapshots", str(tmp_path / "never.ikt")]) == 1  # a file problem
    assert "never.ikt" in capsys.readouterr().err
