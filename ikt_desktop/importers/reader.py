"""Read any supported transcript file: detect the format from the content (not only the
extension), decode, parse. Every failure is a one-line reason naming the file."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from ikt_desktop.domain.errors import UnreadableFileError, ValidationError
from ikt_desktop.domain.transcripts.text import clean_text
from ikt_desktop.domain.transcripts.transcript import ParsedTranscript
from ikt_desktop.importers.decode import decode
from ikt_desktop.importers.docx_reader import OLE_MAGIC, parse_docx
from ikt_desktop.importers.input_files import read_input
from ikt_desktop.importers.labelled_text import parse_text
from ikt_desktop.importers.noscribe_html import is_noscribe_html, parse_noscribe_html
from ikt_desktop.importers.srt import is_srt, parse_srt
from ikt_desktop.importers.vtt import is_vtt, parse_vtt

MAX_BYTES = 50 * 1024 * 1024  # a three-hour transcript is well under 1 MB of text
EXTENSIONS = (".txt", ".text", ".md", ".docx", ".vtt", ".srt", ".html", ".htm")
FORMAT_NAMES = {
    "text": "speaker-labelled text", "docx": "Word document", "vtt": "WebVTT captions",
    "srt": "SubRip subtitles", "noscribe": "noScribe HTML",
}  # fmt: skip


def read_transcript(path: Path, speakers: Collection[str] = ()) -> ParsedTranscript:
    """Parse ``path``; raise :class:`UnreadableFileError` with the reason otherwise."""
    data = read_input(path, MAX_BYTES, "a transcript")  # a regular file, within limits
    try:
        return parse_bytes(data, speakers)
    except ValidationError as exc:
        raise UnreadableFileError(path, str(exc)) from None


def parse_bytes(data: bytes, speakers: Collection[str] = ()) -> ParsedTranscript:
    if not data.strip():
        raise ValidationError("the file is empty")
    if data.startswith(b"PK\x03\x04") or data.startswith(OLE_MAGIC):
        parsed = parse_docx(data)
        encoding = "Word (UTF-8 XML)"
    else:
        decoded = decode(data)
        text = clean_text(decoded.text, "the file")  # a NUL may follow a UTF-16 BOM
        if not text.strip():
            raise ValidationError("the file is empty")
        if is_vtt(text):
            parsed = parse_vtt(text)
        elif is_srt(text):
            parsed = parse_srt(text)
        elif is_noscribe_html(text):
            parsed = parse_noscribe_html(text)
        else:
            parsed = parse_text(text, speakers=speakers)
        encoding = decoded.encoding
    if not parsed.turns and not parsed.preamble:
        raise ValidationError("no text found")
    return replace(parsed, encoding=encoding)
