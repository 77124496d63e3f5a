"""Issue 21, the input half: one rule for the text of every source on every route in (a
NUL anywhere is binary and refused; other control characters become a space or a line
break, one for one), .docx files read within limits on what they actually inflate to, at
every level of nesting, and DTDs refused in them; special files never read."""

from __future__ import annotations

import io
import os
import re
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from docx import Document

from ikt_desktop.cli import main as cli
from ikt_desktop.domain.errors import UnreadableFileError, ValidationError
from ikt_desktop.domain.transcripts.text import binary_reason, normalise_text, replace_controls
from ikt_desktop.importers import docx_reader
from ikt_desktop.importers.guide import read_guide
from ikt_desktop.importers.reader import read_transcript
from ikt_desktop.services.exchange.imports import plan_from
from ikt_desktop.services.exchange.qdpx_project import import_qdpx
from ikt_desktop.services.project import Project
from tests.refi import make_qdpx, project_xml

FILLER = "Interviewer: How was the first meeting?\n\nP1: " + "Long and warm, " * 700 + "fine.\n\n"
LATE = 9000  # beyond the 8 KB the old binary check looked at
G = "{:08d}-0000-4000-8000-{:012d}"


# -- the rule ------------------------------------------------------------------------------


def test_the_rule_on_the_whole_text() -> None:
    text = "x" * LATE + "\x00tail"
    assert binary_reason(text) == "it holds binary data (a NUL character at position 9,000)"
    assert binary_reason("a\x07b" + "c" * 500) is None  # one bell in 500: text
    assert binary_reason("\x01\x02\x03\x04" + "c" * 50) is not None  # many controls: binary
    raw = "a\x07b\x1bc\x7fd\x85e\x0bf\x0cg\u2028h\u2029i\ud800j\ufffek\tl"
    assert replace_controls(raw) == "a b c d\ne\nf\ng\nh\ni\ufffdj\ufffdk\tl"
    assert len(replace_controls(raw)) == len(raw)  # one for one: positions stay
    assert normalise_text("\ufeffa\r\nb\x07c\re\u0301") == "a\nb c\n\u00e9"


def _import(project: Project, path: Path) -> int:
    preview = project.imports.preview(path)
    return project.imports.import_file(preview, plan_from(preview)).value.source.id


def _code_word(project: Project, source_id: int, word: str) -> str:
    """Code the last ``word`` of the source; return the text the coding covers."""
    text = project.sources.text(source_id)
    start = text.rindex(word)
    code = project.codebook.create(f"Code {word}").value
    project.codings.apply(source_id, code.id, start, start + len(word))
    coding = project.codings.for_code(code.id)[0]
    return text[coding.start : coding.end]


# -- route 1: transcript files -------------------------------------------------------------


def test_a_nul_late_in_a_transcript_is_refused(project: Project, tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    late.write_bytes((FILLER.encode() + b"P1: and then\x00 more")[: LATE * 2])
    with pytest.raises(UnreadableFileError, match=r"late\.txt: this is a binary file.*NUL"):
        read_transcript(late)
    utf16 = tmp_path / "utf16.txt"  # a BOM decodes past the byte check: the text rule holds
    utf16.write_bytes(b"\xff\xfe" + (FILLER + "P1: a\x00b").encode("utf-16-le"))
    with pytest.raises(UnreadableFileError, match=r"utf16\.txt: the file is not text.*NUL"):
        read_transcript(utf16)
    assert project.sources.all() == []


def test_controls_early_and_late_become_spaces_and_codings_land(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "ctl.txt"
    path.write_text(
        "Interviewer: Hello\x07 there?\n\nP1: " + FILLER + "P1: trust\x1bmatters\x0cP1: end",
        encoding="utf-8",
    )
    source = _import(project, path)
    text = project.sources.text(source)
    assert text.startswith("Interviewer: Hello there?")  # speech's spaces are collapsed
    assert text.endswith("P1: trust matters\n\nP1: end")  # the form feed broke the line
    assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in text)
    assert _code_word(project, source, "matters") == "matters"
    assert _code_word(project, source, "end") == "end"


# -- route 2: REFI-QDA sources -------------------------------------------------------------


def _qdpx(path: Path, raw: str) -> Path:
    start = raw.rindex("trust")
    body = (
        f'<CodeBook><Codes><Code guid="{G.format(1, 1)}" name="Trust" isCodable="true"/>'
        f'</Codes></CodeBook><Sources><TextSource guid="{G.format(4, 1)}" name="P1" '
        f'plainTextPath="internal://{G.format(4, 1)}.txt"><PlainTextSelection '
        f'guid="{G.format(2, 1)}" startPosition="{start}" endPosition="{start + 5}"><Coding '
        f'guid="{G.format(3, 1)}"><CodeRef targetGUID="{G.format(1, 1)}"/></Coding>'
        "</PlainTextSelection></TextSource></Sources>"
    )
    files = {f"sources/{G.format(4, 1)}.txt": raw.encode("utf-8")}
    return make_qdpx(path, project_xml(body, "QualCoder 3.4"), files)


def test_qdpx_source_text_follows_the_rule(tmp_path: Path) -> None:
    bad = _qdpx(tmp_path / "nul.qdpx", FILLER + "P1: \x00 and trust")
    with pytest.raises(UnreadableFileError, match=r"nul\.qdpx: refused: the text of 'P1'.*NUL"):
        import_qdpx(bad, tmp_path / "nul.ikt")
    assert not (tmp_path / "nul.ikt").exists()
    good = _qdpx(tmp_path / "ctl.qdpx", "P1: \x07bell " + FILLER + "P1: \x1b and trust\x7f!")
    project, _ = import_qdpx(good, tmp_path / "ctl.ikt")
    with project:
        source = project.sources.all()[0].id
        text = project.sources.text(source)
        (coding,) = project.codings.for_source(source)
        assert text[coding.start : coding.end] == "trust" and text.endswith("trust !")
        assert "\x07" not in text and "\x1b" not in text


# -- route 3: merge ------------------------------------------------------------------------


def _other_with(tmp_path: Path, text: str) -> Path:
    """Another project whose source text was stored by an older version (as is)."""
    path = tmp_path / "other.ikt"
    with Project.create(path, "Other") as other:
        (tmp_path / "o.txt").write_text("Interviewer: Hi\n\nP1: trust here", encoding="utf-8")
        _import(other, tmp_path / "o.txt")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE source SET text = ?", (text,))
    return path


def test_merge_refuses_binary_and_cleans_controls(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _other_with(tmp_path, "Interviewer: Hi\n\nP1: trust\x00here")
    path = str(project.path)
    project.close()
    assert cli.run(["merge", path, str(other)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "other.ikt: refused: the text of source" in err
    assert "NUL character at position 26" in err
    other.unlink()
    other = _other_with(tmp_path, "Interviewer: Hi\n\nP1: trust\x07here")
    assert cli.run(["merge", path, str(other)]) == 0, capsys.readouterr().err
    with Project.open(Path(path)) as merged:
        (source,) = merged.sources.all()
        assert merged.sources.text(source.id) == "Interviewer: Hi\n\nP1: trust here"


# -- route 4: editing a transcript ---------------------------------------------------------


def test_an_edit_follows_the_rule(project: Project, tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("Interviewer: Hi\n\nP1: trust here", encoding="utf-8")
    source = _import(project, tmp_path / "t.txt")
    with pytest.raises(ValidationError, match=r"not text.*NUL character at position 5"):
        project.text_edits.edit_text(source, "Inter\x00viewer: Hi\n\nP1: trust here")
    project.text_edits.edit_text(source, "Interviewer: Hi\x07\n\nP1: trust here")
    assert project.sources.text(source) == "Interviewer: Hi \n\nP1: trust here"


def test_a_nul_an_older_version_stored_does_not_shorten_the_text(
    project: Project, tmp_path: Path
) -> None:
    """SQLite's length() and substr() stop at a NUL: lengths and quotes come from Python."""
    (tmp_path / "t.txt").write_text("Interviewer: Hi\n\nP1: a b trust here", encoding="utf-8")
    source = _import(project, tmp_path / "t.txt")
    with closing(sqlite3.connect(project.path)) as conn, conn:
        conn.execute("UPDATE source SET text = replace(text, 'a b', 'a' || char(0) || 'b')")
    assert "a\x00b" in project.sources.text(source)
    assert _code_word(project, source, "trust") == "trust"  # after the NUL: not "outside"
    (coding,) = project.codings.for_source(source)
    (segment,) = project.segments.for_codings([coding.id])
    assert segment.quote == "trust"


# -- .docx: limits on what is actually inflated, at every level, and no DTD ---------------


def _docx_with_xml(paragraph: bytes, repeat: int, doctype: bytes = b"") -> bytes:
    """A real .docx whose document.xml holds ``paragraph`` ``repeat`` times (streamed)."""
    base = io.BytesIO()
    document = Document()
    document.add_paragraph("Interviewer: hello")
    document.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, data)
                continue
            if doctype:
                data = data.replace(b"?>", b"?>" + doctype, 1)
            cut = data.index(b"</w:body>")
            with dst.open("word/document.xml", "w", force_zip64=True) as handle:
                handle.write(data[:cut])
                for _ in range(repeat):
                    handle.write(paragraph)
                handle.write(data[cut:])
    return out.getvalue()


BOMB_PARAGRAPH = b"<w:p><w:r><w:t>" + b"So much text. " * 70 + b"</w:t></w:r></w:p>"


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 60 MB of XML in a few hundred KB: declares less than the package limit, so
    only counting what is inflated can stop it."""
    data = _docx_with_xml(BOMB_PARAGRAPH, 60 * 2**20 // len(BOMB_PARAGRAPH))
    assert len(data) < 1_000_000
    return data


def test_a_docx_bomb_stops_at_the_limit_directly(
    bomb: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    original = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        chunk = original(self, n)
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(UnreadableFileError, match=r"bomb\.docx: .*XML inflates to more than 50"):
        read_transcript(path)
    assert sum(read) <= docx_reader.MAX_XML_BYTES + 2 * 2**20  # stopped at the limit


def test_a_docx_bomb_inside_a_qdpx_is_refused(bomb: bytes, tmp_path: Path) -> None:
    body = (
        f'<Sources><TextSource guid="{G.format(4, 1)}" name="P1" '
        f'richTextPath="internal://{G.format(4, 1)}.docx"/></Sources>'
    )
    path = make_qdpx(
        tmp_path / "nested.qdpx", project_xml(body), {f"sources/{G.format(4, 1)}.docx": bomb}
    )
    with pytest.raises(UnreadableFileError, match=r"nested\.qdpx: refused: the text of 'P1'"):
        import_qdpx(path, tmp_path / "nested.ikt")
    assert not (tmp_path / "nested.ikt").exists()


def test_a_docx_with_a_doctype_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dtd.docx"
    path.write_bytes(_docx_with_xml(b"", 0, b'<!DOCTYPE w:document [<!ENTITY who "P1">]>'))
    with pytest.raises(UnreadableFileError, match=r"dtd\.docx: .*document\.xml declares a DTD"):
        read_transcript(path)


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (b"<w:p><w:r><w:t>unclosed</w:r></w:p>", "cannot be read"),
        (b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "declares a DTD"),
    ],
)
def test_a_qdpx_whose_docx_is_malformed_is_one_line(
    xml: bytes, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx = _docx_with_xml(xml, 1)
    body = (
        f'<Sources><TextSource guid="{G.format(4, 1)}" name="P1" '
        f'richTextPath="internal://{G.format(4, 1)}.docx"/></Sources>'
    )
    path = make_qdpx(
        tmp_path / "m.qdpx", project_xml(body), {f"sources/{G.format(4, 1)}.docx": docx}
    )
    assert cli.run(["import-qdpx", str(path), str(tmp_path / "m.ikt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "m.qdpx: refused" in err and reason in err, err
    assert {p.name for p in tmp_path.iterdir()} - {"home"} == {"m.qdpx"}  # no stray file


# -- the import line names the file once ---------------------------------------------------


def test_a_failed_import_names_the_file_once(
    project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    path = str(project.path)
    project.close()
    assert cli.run(["import", path, str(bad)]) == 1
    out = capsys.readouterr().out.strip()
    assert out == "broken.docx: failed: the .docx is damaged or incomplete (File is not a zip file)"


# -- special files -------------------------------------------------------------------------


@pytest.fixture
def specials(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    link = tmp_path / "link.txt"
    link.symlink_to(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    return [fifo, link, zero]


def test_special_files_are_refused_without_blocking(
    specials: list[Path], project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = ["is a pipe (FIFO), not a file", "is a pipe (FIFO), not a file",
                "is a device, not a file"]  # fmt: skip
    for path, reason in zip(specials, expected, strict=True):
        with pytest.raises(UnreadableFileError, match=re.escape(f"{path.name}: {reason}")):
            read_transcript(path)
        with pytest.raises(UnreadableFileError, match=re.escape(reason)):
            read_guide(path)
    ours = str(project.path)
    project.close()
    for path, reason in zip(specials, expected, strict=True):
        for args in (["import-qdpx", str(path), str(tmp_path / "n.ikt")],
                     ["import-qdc", str(path), ours], ["merge", ours, str(path)],
                     ["info", str(path)]):  # fmt: skip
            assert cli.run(args) == 1, args
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "Traceback" not in err, err
            assert reason in err or "a pipe, a device or a socket" in err, err
    assert not (tmp_path / "n.ikt").exists()
