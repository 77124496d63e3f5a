"""REFI-QDA export: valid against the official schemas; export, import, export keeps the
codes, codings, participants, attributes and memos (demo and generated projects)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import insert

from ikt_desktop.db.models import Coding
from ikt_desktop.domain.errors import Cancelled, UnwritableFileError, ValidationError
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.importers.qdpx import read_qdc, read_qdpx
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.engines import sqlite_only
from tests.refi import PROJECT_NS, content, validate_qdc, validate_qdpx

pytestmark = pytest.mark.both_engines  # a project file and a PostgreSQL team database

NS = {"q": PROJECT_NS}


def test_demo_export_is_valid_and_complete(demo: Project, tmp_path: Path) -> None:
    out = demo.exchange.export_qdpx(tmp_path / "demo.qdpx")
    root = validate_qdpx(Path(out.path))
    assert root.get("origin").startswith("iKT Desktop")
    assert len(root.findall(".//q:Users/q:User", NS)) == 2
    assert len(root.findall(".//q:CodeBook//q:Code", NS)) == 26
    assert len(root.findall(".//q:Cases/q:Case", NS)) == 8
    assert len(root.findall(".//q:TextSource", NS)) == 8
    assert len(root.findall(".//q:PlainTextSelection/q:Coding", NS)) == 159
    assert len(root.findall(".//q:Sets/q:Set", NS)) == 6
    # a code's inclusion, exclusion and example are in its description, readably
    described = [d.text for d in root.findall(".//q:Code/q:Description", NS)]
    assert any("\n\nInclusion: " in d for d in described)
    # every coding names its coder and time; the texts are UTF-8 files named by GUID
    for coding in root.findall(".//q:Coding", NS):
        assert coding.get("creatingUser") and coding.get("creationDateTime").endswith("Z")
    with zipfile.ZipFile(out.path) as archive:
        texts = [n for n in archive.namelist() if n.startswith("sources/")]
        files = [e.get("plainTextPath") for e in root.iter(f"{{{NS['q']}}}TextSource",
                                                          f"{{{NS['q']}}}Note")]  # fmt: skip
        assert sorted(texts) == sorted(f"sources/{f[len('internal://') :]}" for f in files if f)
        assert len([f for f in texts if f[len("sources/") : -4] in demo_sources(demo)]) == 8
        first = root.find(".//q:TextSource", NS)
        text = archive.read(f"sources/{first.get('guid')}.txt").decode("utf-8")
    source = next(s for s in demo.sources.all() if s.guid == first.get("guid"))
    assert text == demo.sources.text(source.id)
    # positions are code points, end exclusive
    selection = first.find("q:PlainTextSelection", NS)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    coding = next(c for c in demo.codings.for_source(source.id) if (c.start, c.end) == (start, end))
    assert coding is not None


def demo_sources(p: Project) -> set[str]:
    return {s.guid for s in p.sources.all()}


def test_codebook_export_is_valid(demo: Project, tmp_path: Path) -> None:
    demo.exchange.export_qdc(tmp_path / "codes.qdc")
    root = validate_qdc(tmp_path / "codes.qdc")
    assert len(root.findall(".//{urn:QDA-XML:codebook:1.0}Code")) == 26
    codes, sets, _ = read_qdc(tmp_path / "codes.qdc")
    assert sum(1 for top in codes for _ in top.walk()) == 26 and len(sets) == 6


def test_empty_codebook_is_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no codes"):
        project.exchange.export_qdc(tmp_path / "codes.qdc")
    assert not (tmp_path / "codes.qdc").exists()


def test_an_empty_project_exports_valid(project: Project, tmp_path: Path) -> None:
    validate_qdpx(Path(project.exchange.export_qdpx(tmp_path / "empty.qdpx").path))


def test_demo_round_trip(demo: Project, tmp_path: Path) -> None:
    demo.memos.add("participant", demo.participants.all()[0].id, "About P1", "Shy at first.")
    demo.memos.add("code", demo.codebook.all()[0].id, "", "Revisit this code.")
    src = demo.sources.all()[0].id
    coding = demo.codings.for_source(src)[0]
    demo.codings.set_memo(coding.id, "A memo on a coding — with “quotes”.")
    demo.memos.add("theme", demo.themes.all()[0].id, "Theme note", "Strong.")
    demo.memos.add("source", src, "Context", "Recorded on Zoom.")
    before = content(demo)
    first = tmp_path / "first.qdpx"
    demo.exchange.export_qdpx(first)
    validate_qdpx(first)
    back, summary = import_qdpx(first, tmp_path / "back.ikt")
    with back:
        assert summary.skipped == () and summary.converted == ()
        assert summary.unit == "code points"
        assert content(back) == before
        themes = {t.name: t for t in back.themes.all()}
        assert {t.name for t in demo.themes.all()} == set(themes)
        second = tmp_path / "second.qdpx"
        back.exchange.export_qdpx(second)
    validate_qdpx(second)
    one, _ = read_qdpx(first)
    two, _ = read_qdpx(second)
    assert one.codes == two.codes and one.users == two.users
    assert one.variables == two.variables and one.cases == two.cases
    assert [s.codings for s in one.sources] == [s.codings for s in two.sources]
    assert sorted(one.notes, key=lambda n: n.guid) == sorted(two.notes, key=lambda n: n.guid)


WORDS = ("café", "naïve", "Zoë", "患者参与", "研究", "👍", "😂", "🇨🇦", "trust", "fatigue",
         "Ελληνικά", "مرحبا", "e\u0301t\u00e9", "ok")  # fmt: skip


def _generated(path: Path, seed: int) -> Project:
    rng = random.Random(seed)
    p = Project.create(path, f"Generated 🧪 {seed}")
    me = p.coders.ensure_current("Zoë Bélanger").id
    other = p.coders.add("李雷").value.id
    p.participants.define_attribute("Âge", "number")
    p.participants.define_attribute("Site", "choice", ["Montréal", "東京"])
    p.participants.define_attribute("Joined", "date")
    attrs = {a.name: a.id for a in p.participants.attributes()}
    codes = []
    for k in range(6):
        parent = rng.choice([None, *codes]) if codes else None
        code = p.codebook.create(f"Code {k} {rng.choice(WORDS)}", parent,
                                 definition=f"Def {rng.choice(WORDS)}",
                                 inclusion="in" if k % 2 else "",
                                 example="“x”" if k % 3 == 0 else "").value  # fmt: skip
        codes.append(code.id)
    for n in range(3):
        label = f"P{n + 1}"
        person = p.participants.add(label, pseudonym=f"Ana {rng.choice(WORDS)}", role="panel").value
        p.participants.set_value(person.id, attrs["Âge"], str(30 + n))
        p.participants.set_value(person.id, attrs["Site"], rng.choice(["Montréal", "東京"]))
        p.participants.set_value(person.id, attrs["Joined"], f"2024-0{n + 1}-15")
        words = [rng.choice(WORDS) for _ in range(300)]
        text = normalise_text(" ".join(words).replace(" ok ", " ok\n\n"))
        draft = DraftTranscript(f"{label} 訪談", text, (DraftTurn(label, 0, len(text)),))
        sid = p.sources.add_transcript(draft, {label: SpeakerMapping(label)},
                                       participant_label=label).value.id  # fmt: skip
        rows = []
        for _ in range(40):  # bulk, as the benchmarks do: the test is about exchange
            start = rng.randrange(0, len(text) - 20)
            rows.append({"code_id": rng.choice(codes), "source_id": sid, "start": start,
                         "end": start + rng.randrange(1, 20), "memo": rng.choice(["", "📝 ok"]),
                         "coder_id": other if rng.random() < 0.5 else me})  # fmt: skip
        with p.store.write() as s:
            s.execute(insert(Coding), rows)
    p.memos.add("project", None, "Journal ✍️", "Day 1: 日本語 and emoji 🎉")
    return p


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_round_trip_with_emoji_and_cjk(tmp_path: Path, seed: int) -> None:
    with _generated(tmp_path / "gen.ikt", seed) as p:
        before = content(p)
        p.exchange.export_qdpx(tmp_path / "gen.qdpx")
        p.exchange.export_qdc(tmp_path / "gen.qdc")
    validate_qdpx(tmp_path / "gen.qdpx")
    validate_qdc(tmp_path / "gen.qdc")
    back, summary = import_qdpx(tmp_path / "gen.qdpx", tmp_path / "back.ikt")
    with back:
        assert content(back) == before, summary
        back.exchange.export_qdpx(tmp_path / "again.qdpx")
    one, _ = read_qdpx(tmp_path / "gen.qdpx")
    two, _ = read_qdpx(tmp_path / "again.qdpx")
    assert one.codes == two.codes and one.cases == two.cases
    assert [s.codings for s in one.sources] == [s.codings for s in two.sources]


def test_codebook_into_another_project_then_again(demo: Project, project: Project,
                                                  tmp_path: Path) -> None:  # fmt: skip
    demo.exchange.export_qdc(tmp_path / "codes.qdc")
    existing = project.codebook.create("Facilitators").value  # a top-level code in the demo too
    before = project.info().codes
    added = project.exchange.add_codebook(tmp_path / "codes.qdc").value
    assert before + len(added.codes) == project.info().codes == 26
    assert any("same name at the same place" in s for s in added.summary.skipped)
    paths = set(project.codebook.paths().values())
    assert {p for p in demo.codebook.paths().values()} == paths
    barriers = [c for c in project.codebook.all() if c.name == "Facilitators"]
    assert [c.id for c in barriers] == [existing.id]  # sub-codes went under the existing one
    again = project.exchange.add_codebook(tmp_path / "codes.qdc").value
    assert again.codes == () and project.info().codes == 26
    project.exchange.remove_added(added)
    assert project.info().codes == 1
    project.exchange.restore_added(added)
    assert set(project.codebook.paths().values()) == paths


def test_export_cancelled_or_unwritable_leaves_nothing(demo: Project, tmp_path: Path) -> None:
    target = tmp_path / "out.qdpx"

    def cancel(done: int, _total: int, _what: str) -> None:
        if done >= 3:
            raise Cancelled("the export")

    with pytest.raises(Cancelled):
        demo.exchange.export_qdpx(target, cancel)
    assert list(tmp_path.glob("*.qdpx*")) == [] and list(tmp_path.glob(".out*")) == []
    with pytest.raises(UnwritableFileError, match="does not exist"):
        demo.exchange.export_qdpx(tmp_path / "missing" / "out.qdpx")


def test_characters_xml_cannot_hold_are_left_out(
    project: Project, tmp_path: Path, db_engine: str
) -> None:
    sqlite_only(
        db_engine, "PostgreSQL text cannot hold NUL, which this test stores in a definition"
    )
    code = project.codebook.create("Odd\x01name", definition="line\x0bbreak\x00").value
    project.memos.add("code", code.id, "Title\x1f", "Text\x0cmore")
    project.exchange.export_qdpx(tmp_path / "odd.qdpx")
    project.exchange.export_qdc(tmp_path / "odd.qdc")
    validate_qdpx(tmp_path / "odd.qdpx")
    validate_qdc(tmp_path / "odd.qdc")
    data, _ = read_qdpx(tmp_path / "odd.qdpx")
    assert (data.codes[0].name, data.codes[0].description) == ("Oddname", "line\nbreak")
    assert (data.notes[0].name, data.notes[0].text) == ("Title", "Text\nmore")
