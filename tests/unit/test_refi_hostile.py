"""Hostile exchange files are refused with a clear message naming the file; the target
project is not created (``.qdpx``) or stays exactly as it was (``.qdc``)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.importers.safe_archive import ArchiveLimits
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.refi import make_qdpx, project_xml

GOOD = project_xml("")
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE Project [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"/>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>"""


def _zip_with(path: Path, name: str, data: bytes = b"x", *, mode: int | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", GOOD)
        info = zipfile.ZipInfo(name)
        if mode is not None:
            info.external_attr = mode << 16
        archive.writestr(info, data)
    return path


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", GOOD)
        archive.writestr("sources/bomb.txt", b"\0" * (8 << 20))  # 8 MB -> ~8 KB
    return path


CASES = {
    "zip slip": (lambda p: _zip_with(p, "../evil.txt"), "points outside"),
    "nested slip": (lambda p: _zip_with(p, "sources/../../evil.txt"), "points outside"),
    "absolute": (lambda p: _zip_with(p, "/tmp/evil.txt"), "points outside"),
    "windows drive": (lambda p: _zip_with(p, "C:\\evil.txt"), "points outside"),
    "symlink": (
        lambda p: _zip_with(p, "sources/link", b"/etc/passwd", mode=stat.S_IFLNK | 0o777),
        "symbolic link",
    ),
    "bomb by ratio": (_bomb, "zip bomb"),
    "billion laughs": (lambda p: make_qdpx(p, LAUGHS), "DTD"),
    "external entity": (lambda p: make_qdpx(p, XXE), "DTD"),
    "malformed": (
        lambda p: make_qdpx(p, "<Project name='x'><Sources></Project>"),
        "not well-formed XML",
    ),
    "not a zip": (lambda p: p.write_bytes(b"PK\x03\x04 broken") and p, "not a valid zip"),
    "no project": (lambda p: make_qdpx(p, GOOD, qde_name="readme.txt"), "no project.qde"),
    "not a project": (lambda p: make_qdpx(p, "<CodeBook/>"), "no <Project>"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_qdpx_is_refused_and_nothing_is_created(tmp_path: Path, case: str) -> None:
    build, reason = CASES[case]
    path = build(tmp_path / "hostile.qdpx")
    target = tmp_path / "new.ikt"
    with pytest.raises(UnreadableFileError) as caught:
        import_qdpx(path, target)
    message = str(caught.value)
    assert message.startswith("hostile.qdpx: ") and reason in message, message
    assert [p.name for p in tmp_path.iterdir() if p.name != "home"] == ["hostile.qdpx"]
    assert not (tmp_path.parent / "evil.txt").exists()


def test_size_limits_per_entry_and_in_total(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "big.qdpx", GOOD, {"sources/a.txt": bytes(range(256)) * 40})
    with pytest.raises(UnreadableFileError, match="unpacks to 10,240 bytes"):
        import_qdpx(path, tmp_path / "a.ikt", limits=ArchiveLimits(max_entry_bytes=5000))
    with pytest.raises(UnreadableFileError, match="more than"):
        import_qdpx(path, tmp_path / "b.ikt", limits=ArchiveLimits(max_total_bytes=5000))
    with pytest.raises(UnreadableFileError, match="entries"):
        import_qdpx(path, tmp_path / "c.ikt", limits=ArchiveLimits(max_entries=1))
    assert not list(tmp_path.glob("*.ikt*"))


def test_an_entry_inflating_past_its_declared_size_is_stopped(tmp_path: Path) -> None:
    body = project_xml('<Sources><TextSource guid="00000004-0000-4000-8000-000000000001" '
                       'name="A" plainTextPath="internal://a.txt"/></Sources>')  # fmt: skip
    path = make_qdpx(tmp_path / "lie.qdpx", body, {"sources/a.txt": b"a" * 4000})
    data = bytearray(path.read_bytes())
    # shrink the declared size in the central directory (what zipfile trusts) to 100 bytes
    central = data.rfind(b"PK\x01\x02")
    assert data[central + 46 : central + 46 + 13] == b"sources/a.txt"
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    # zipfile stops at the declared size, and the checksum then fails: refused either way
    with pytest.raises(UnreadableFileError, match=r"damaged|more than it declares"):
        import_qdpx(path, tmp_path / "x.ikt")
    assert not (tmp_path / "x.ikt").exists()


def test_existing_project_file_is_never_overwritten(tmp_path: Path) -> None:
    path = make_qdpx(tmp_path / "ok.qdpx", GOOD)
    target = tmp_path / "mine.ikt"
    target.write_text("precious")
    with pytest.raises(Exception, match="already exists"):
        import_qdpx(path, target)
    assert target.read_text() == "precious"


def test_a_failure_while_writing_removes_the_half_made_project(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from ikt_desktop.services.exchange import refi_write as exchange_write

    def broken(_self: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(exchange_write.ProjectWriter, "_themes", broken)
    path = make_qdpx(tmp_path / "ok.qdpx", GOOD)
    with pytest.raises(RuntimeError):
        import_qdpx(path, tmp_path / "half.ikt")
    assert sorted(p.name for p in tmp_path.glob("half*")) == []


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (LAUGHS.replace("Project", "CodeBook"), "DTD"),
        ("<CodeBook><Codes>", "not well-formed XML"),
        ("<Nope/>", "not a REFI-QDA codebook"),
    ],
)
def test_hostile_codebook_leaves_the_project_as_it_was(project: Project, tmp_path: Path,
                                                       xml: str, reason: str) -> None:  # fmt: skip
    project.codebook.create("Mine")
    before = (project.info(), project.codebook.all())
    path = tmp_path / "bad.qdc"
    path.write_text(xml)
    with pytest.raises(UnreadableFileError, match=reason) as caught:
        project.exchange.add_codebook(path)
    assert str(caught.value).startswith("bad.qdc: ")
    assert (project.info(), project.codebook.all()) == before
