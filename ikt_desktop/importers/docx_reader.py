"""Word .docx transcripts: paragraphs in order, speaker | text tables, and the layout of
Teams' downloaded transcripts (a header block, then one paragraph per turn, ``Name  M:SS``
followed by the speech after a soft line break). Everything becomes lines for the
speaker-labelled text reader."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import TYPE_CHECKING, Any

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript
from ikt_desktop.importers.labelled_text import parse_text
from ikt_desktop.importers.timecodes import TIME

if TYPE_CHECKING:  # python-docx is imported when a .docx is read, not at start-up
    from docx.table import Table  # (0.1-0.2 s of the app's imports, bench/README.md)

# Limits on what a .docx inflates to, counted on the bytes actually read (not on what the
# archive declares), for every part: the XML python-docx parses may be as large as a
# transcript file may be (50 MB: a three-hour interview is about 2 MB of XML); the whole
# package, pictures included, a few times that.
MAX_XML_BYTES = 50 * 2**20
MAX_UNPACKED = 150 * 2**20
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1 << 20
_XML_PARTS = (".xml", ".rels")  # what python-docx parses as XML
_DTD_MARKS = tuple(
    mark.encode(codec)
    for mark in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
_TIME_CELL = re.compile(rf"^[\[(]?{TIME}[\])]?$")
_HEADER_WORDS = {"speaker", "name", "text", "transcript", "time", "timestamp", "utterance"}


def check_docx_container(data: bytes) -> zipfile.ZipFile:
    """The .docx as a zip archive, refused (ValidationError) when it is an encrypted or
    old .doc, not a zip, not a Word document, or declares more than it may unpack to."""
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


def _too_large(what: str, limit: int) -> ValidationError:
    return ValidationError(
        f"the document unpacks to an unreasonable size ({what} inflates to more than "
        f"{limit // 2**20} MB; refused)"
    )


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> None:
    """Inflate one part, counting its bytes against ``budget`` ([whole package, XML]) and
    looking for a DTD in XML parts; stop at the first byte over a limit."""
    is_xml = info.filename.lower().endswith(_XML_PARTS)
    tail = b""
    with archive.open(info) as handle:
        while chunk := handle.read(_CHUNK):
            budget[0] -= len(chunk)
            if budget[0] < 0:
                raise _too_large("the package", MAX_UNPACKED)
            if not is_xml:
                continue
            budget[1] -= len(chunk)
            if budget[1] < 0:
                raise _too_large("its XML", MAX_XML_BYTES)
            window = tail + chunk
            if any(mark in window for mark in _DTD_MARKS):
                raise ValidationError(
                    f"the document's {info.filename} declares a DTD or entities (never "
                    "resolved; text could silently go missing): refused"
                )
            tail = window[-32:]


def open_docx(data: bytes) -> Any:
    """The python-docx ``Document`` of ``data``, after every part has been inflated once
    within the limits above and no XML part declares a DTD. Any failure is a
    :class:`ValidationError` with the reason."""
    archive = check_docx_container(data)
    budget = [MAX_UNPACKED, MAX_XML_BYTES]
    try:
        for info in archive.infolist():
            if info.flag_bits & 0x1:
                raise ValidationError(f"the document's {info.filename} is encrypted")
            if not info.is_dir():
                _scan_part(archive, info, budget)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
        raise ValidationError(f"the .docx is damaged or incomplete ({exc})") from None
    finally:
        archive.close()
    from docx import Document

    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on malformed XML
        reason = " ".join(str(exc).split())[:200]
        raise ValidationError(
            f"the .docx cannot be read ({type(exc).__name__}: {reason})"
        ) from None


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
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = open_docx(data)
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
