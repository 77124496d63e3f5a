"""Bytes to text, saying which encoding was used (never a silent guess)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ikt_desktop.domain.errors import ValidationError
from ikt_desktop.domain.transcripts.text import BINARY_SHARE

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (BOM)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE (BOM)"),
)
# Legacy encodings a transcript plausibly uses; charset-normalizer picks among them.
_LEGACY = ["cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman", "cp437", "cp850"]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # human name: "UTF-8", "UTF-16 LE (BOM)", "cp1252 (detected)"


_CONTROL_BYTES = bytes([*range(1, 9), *range(14, 32)])


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` (without a byte-order mark) is not a text file: a NUL byte anywhere,
    or more control characters than text has (the rule of
    :mod:`ikt_desktop.domain.transcripts.text`, on bytes). ``None`` for text."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"a NUL byte at offset {nul:,}"
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > len(data) // BINARY_SHARE + 2:
        return f"{controls:,} control characters"
    return None


def decode(data: bytes) -> Decoded:
    """UTF-8/16/32 by byte-order mark, then strict UTF-8, then the most likely legacy
    single-byte encoding (reported as detected)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), label)
            except UnicodeDecodeError as exc:
                raise ValidationError(f"it says {label} but is not ({exc.reason})") from None
    reason = binary_reason(data)
    if reason is not None:
        raise ValidationError(f"this is a binary file, not text ({reason})")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data, cp_isolation=_LEGACY)
    best = matches.best()
    if best is None:
        raise ValidationError("the text encoding could not be recognised")
    # Windows-1252 is by far the most common legacy encoding of English/French/Spanish
    # transcripts; prefer it when it reads the bytes as cleanly as the top guess.
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.percent_chaos <= best.percent_chaos + 1.0:
        best = western
    return Decoded(str(best), f"{best.encoding} (detected)")
