"""Reading an interview guide from a file: plain text (.txt, .md; any encoding the
transcript reader knows) or a Word document (.docx), one question per line/paragraph."""

from __future__ import annotations

from pathlib import Path

from ikt_desktop.domain.errors import UnreadableFileError, ValidationError
from ikt_desktop.domain.transcripts.text import normalise_text
from ikt_desktop.importers.decode import decode
from ikt_desktop.importers.docx_reader import OLE_MAGIC, docx_lines
from ikt_desktop.importers.input_files import read_input

MAX_BYTES = 5 * 2**20  # a guide is a page or two


def read_guide(path: Path) -> str:
    """The guide's text, one question per line; UnreadableFileError names the file and
    the reason otherwise."""
    data = read_input(path, MAX_BYTES, "an interview guide")  # a regular file, within limits
    if not data.strip():
        raise UnreadableFileError(path, "the file is empty")
    try:
        if data.startswith(b"PK\x03\x04") or data.startswith(OLE_MAGIC):
            text = "\n".join(docx_lines(data))
        else:
            text = decode(data).text
    except ValidationError as exc:
        raise UnreadableFileError(path, str(exc)) from None
    return normalise_text(text)
