"""The text of a REFI-QDA source: inline, a ``.txt`` in the archive, or its ``.docx``.

Tools differ in where they put it: ``sources/`` or ``Sources/``, ``internal://`` or a bare
name (or a path from the author's disk), and some write an empty ``.txt`` beside the
``.docx`` that holds the text. What was done is noted in the summary.
"""

from __future__ import annotations

import codecs
from pathlib import PurePosixPath
from typing import Any

from ikt_desktop.domain.errors import UnreadableFileError, ValidationError
from ikt_desktop.domain.exchange.refi import SummaryBuilder
from ikt_desktop.domain.transcripts.text import binary_reason
from ikt_desktop.importers.docx_reader import open_docx
from ikt_desktop.importers.safe_archive import SafeArchive

INTERNAL = "internal://"


def resolve(archive: SafeArchive, reference: str, summary: SummaryBuilder) -> str | None:
    """The archive entry a ``plainTextPath``/``richTextPath`` refers to, or ``None``."""
    if reference.lower().startswith(INTERNAL):
        name = reference[len(INTERNAL) :]
    else:
        scheme, sep, rest = reference.partition("://")
        name = rest if sep and scheme.isalpha() else reference
        summary.convert("text paths without internal:// were looked up by file name")
    name = name.replace("\\", "/").strip("/")
    for candidate in (f"sources/{name}", name):
        found = archive.find(candidate)
        if found:
            return found
    base = PurePosixPath(name).name.lower()
    matches = [n for n in archive.names() if PurePosixPath(n).name.lower() == base]
    return min(matches, key=lambda n: n.count("/")) if matches else None


def decode(data: bytes, label: str, summary: SummaryBuilder) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; the BOM is kept out."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        summary.convert(f"{label}: not UTF-8, read as Windows-1252")
        return data.decode("cp1252", errors="replace")


def docx_text(data: bytes) -> str:
    """The paragraphs of a ``.docx``, one per line; ValidationError when it cannot be
    read, is too large once inflated, or declares a DTD (see :func:`open_docx`)."""
    document = open_docx(data)
    return "\n".join(str(p.text) for p in document.paragraphs)


def source_text(
    archive: SafeArchive, element: Any, label: str, summary: SummaryBuilder
) -> str | None:
    """The raw text of a TextSource (or a Note); ``None`` when there is none. Binary data
    refuses the whole archive (the rule of :mod:`ikt_desktop.domain.transcripts.text`)."""
    text = _source_text(archive, element, label, summary)
    reason = binary_reason(text) if text is not None else None
    if reason is not None:
        raise UnreadableFileError(
            archive.path, f"refused: the text of {label!r} is not text ({reason}); nothing "
            "was imported",
        )  # fmt: skip
    return text


def _source_text(
    archive: SafeArchive, element: Any, label: str, summary: SummaryBuilder
) -> str | None:
    inline = next((c for c in element if _local(c) == "PlainTextContent"), None)
    if inline is not None and inline.text:
        return str(inline.text)
    text = ""
    plain = element.get("plainTextPath")
    if plain:
        entry = resolve(archive, plain, summary)
        if entry is None:
            summary.skip(f"{label}: its text file {plain} is not in the archive")
        else:
            text = decode(archive.read(entry), label, summary)
    if text.strip():
        return text
    rich = element.get("richTextPath")
    if rich and rich.lower().endswith(".docx"):
        entry = resolve(archive, rich, summary)
        if entry is not None:
            try:
                extracted = docx_text(archive.read(entry))
            except ValidationError as exc:  # its text is lost otherwise: refuse, never skip
                raise UnreadableFileError(
                    archive.path,
                    f"refused: the text of {label!r} ({entry}): {exc}; nothing was imported",
                ) from None
            summary.convert(f"{label}: text taken from its .docx (the plain text was empty)")
            return extracted
    elif rich:
        summary.skip(f"{label}: rich text {PurePosixPath(rich).name} is not a .docx")
    return text if plain or inline is not None else None


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
