"""Word transcripts, made with python-docx the way real ones are laid out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from ikt_desktop.domain.errors import UnreadableFileError
from ikt_desktop.domain.transcripts.transcript import build_draft
from ikt_desktop.importers import docx_reader
from ikt_desktop.importers.reader import read_transcript


def save(document: Document, path: Path) -> Path:  # type: ignore[valid-type]
    document.save(str(path))  # type: ignore[attr-defined]
    return path


def test_paragraphs_in_order(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Interview with P2 (fictional)", 1)
    doc.add_paragraph("Interviewer: How did you first hear about the panel?")
    doc.add_paragraph("P2: Through the clinic. Lena saw a poster — 👍 — and said go.")
    doc.add_paragraph("Interviewer: And the meetings?")
    doc.add_paragraph("P2: Evenings are hard after a night shift.")
    parsed = read_transcript(save(doc, tmp_path / "p.docx"))
    draft = build_draft(parsed, "p")
    assert parsed.format == "docx"
    assert draft.speakers == ["Interviewer", "P2"]
    assert draft.text.startswith("Interview with P2 (fictional)\n\nInterviewer: How did")
    assert "P2: Through the clinic. Lena saw a poster — 👍 — and said go." in draft.text


def test_speaker_text_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Transcript of interview P7 (fictional)")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Time", "Speaker", "Text"), strict=True):
        cell.text = text
    rows = [
        ("00:00:05", "Sam", "What does 患者参与 mean in your work?"),
        ("00:00:11", "Wei", "Patient engagement, but the lay reviewers read it as trial "
                            "participation."),
        ("00:01:40", "Sam", "Interesting. Go on?"),
    ]  # fmt: skip
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    draft = build_draft(read_transcript(save(doc, tmp_path / "t.docx")), "t")
    assert draft.speakers == ["Sam", "Wei"]
    assert [t.time_start_ms for t in draft.turns] == [5000, 11000, 100000]
    assert draft.text.endswith("Sam: Interesting. Go on?")
    assert "Sam: What does 患者参与 mean in your work?" in draft.text


def test_teams_downloaded_transcript_layout(tmp_path: Path) -> None:
    doc = Document()
    for line in ("Partners in MS Research interview", "March 4, 2025, 10:02AM", "52m 10s"):
        doc.add_paragraph(line)
    doc.add_paragraph("Started transcription")
    turns = [
        ("Whitfield, Dana", "0:03", "Thanks for joining, Zoë. Can you hear me?"),
        ("Bélanger, Zoë", "0:09", "Yes. Loud and clear."),
        ("Whitfield, Dana", "1:02:07", "That's everything. Thank you."),
    ]
    for name, time, speech in turns:
        paragraph = doc.add_paragraph(f"{name}   {time}")
        run = paragraph.add_run()
        run.add_break()  # Teams: the speech follows a soft line break
        paragraph.add_run(speech)
    doc.add_paragraph("Stopped transcription")
    parsed = read_transcript(save(doc, tmp_path / "teams.docx"))
    draft = build_draft(parsed, "teams")
    assert draft.speakers == ["Whitfield, Dana", "Bélanger, Zoë"]
    assert [t.time_start_ms for t in draft.turns if t.speaker] == [3000, 9000, 3727000]
    assert "Bélanger, Zoë: Yes. Loud and clear." in draft.text
    assert (str(draft.interview_date), draft.duration_seconds) == ("2025-03-04", 52 * 60 + 10)


def test_a_zip_that_is_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFileError, match=r"notes\.docx: this is a zip archive"):
        read_transcript(path)


def test_a_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" + b" " * 5_000_000)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    with pytest.raises(UnreadableFileError, match="unreasonable size"):
        read_transcript(path)


def test_a_truncated_real_document(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Interviewer: hello")
    data = save(doc, tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFileError, match=r"cut\.docx: the \.docx is damaged"):
        read_transcript(cut)
