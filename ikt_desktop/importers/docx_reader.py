"""Word .docx transcripts: paragraphs in order, speaker | text tables, and the layout of
Teams' downloaded transcripts (a header block, then one paragraph per turn, ``Name  M:SS``
followed by the speech after a soft line break). Everything becomes lines for the
speaker-labelled text reader."""

from __future__ import annotations

import io
import re
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript
from ikt_desktop.importers.labelled_text import parse_text
from ikt_desktop.importers.timecodes import TIME

MAX_UNPACKED = 300 * 1024 * 1024  # a transcript's XML is a few MB; more is a zip bomb
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_TIME_CELL = re.compile(rf"^[\[(]?{TIME}[\])]?$")
_HEADER_WORDS = {"speaker", "name", "text", "transcript", "time", "timestamp", "utterance"}


def check_docx_container(data: bytes) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise ValidationError(
            "the document is password-protected (encrypted) or an old .doc file; "
            "save it as an unprotected .docx and import that"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(f"the .docx is damaged or incomplete ({exc})") from None
    if "word/document.xml" not in names:
        raise ValidationError("this is a zip archive, not a Word document")
    if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
        raise ValidationError("the document unpacks to an unreasonable size (refused)")
    return archive


def _table_lines(table: Table) -> list[str]:
    lines: list[str] = []
    for i, row in enumerate(table.rows):
        cells = [" ".join(c.text.split()) for c in row.cells]
        cells = [c for k, c in enumerate(cells) if c and (k == 0 or c != cells[k - 1])]
        if not cells:
            continue
        if i == 0 and all(c.lower() in _HEADER_WORDS for c in cells):
            continue  # a header row
        times = [c for c in cells if _TIME_CELL.match(c)]
        rest = [c for c in cells if not _TIME_CELL.match(c)]
        stamp = f"[{times[0].strip('[]()')}] " if times else ""
        if len(rest) >= 2 and len(rest[0]) <= 60:
            lines += [f"{stamp}{rest[0]}: {' '.join(rest[1:])}", ""]
        else:
            lines += [stamp + " ".join(rest), ""]
    return lines


def docx_lines(data: bytes) -> list[str]:
    check_docx_container(data)
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on malformed XML
        raise ValidationError(f"the .docx cannot be read ({type(exc).__name__}: {exc})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text = Paragraph(child, document).text
            lines += [*text.replace("\t", "  ").split("\n"), ""]
        elif child.tag == qn("w:tbl"):
            lines += _table_lines(Table(child, document))
    return lines


def parse_docx(data: bytes) -> ParsedTranscript:
    text = normalise_text("\n".join(lines for lines in docx_lines(data)))
    if not text.strip():
        raise ValidationError("the document has no text")
    return parse_text(text, fmt="docx")
