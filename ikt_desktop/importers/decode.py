"""Bytes to text, saying which encoding was used (never a silent guess)."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ikt_desktop.domain.errors import ValidationError

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


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 100 + 2


def decode(data: bytes) -> Decoded:
    """UTF-8/16/32 by byte-order mark, then strict UTF-8, then the most likely legacy
    single-byte encoding (reported as detected)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), label)
            except UnicodeDecodeError as exc:
                raise ValidationError(f"it says {label} but is not ({exc.reason})") from None
    if looks_binary(data):
        raise ValidationError("this is a binary file, not text")
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
