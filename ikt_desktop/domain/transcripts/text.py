"""Normalising transcript text on import (invariant 2 of docs/ARCHITECTURE.md)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def normalise_text(text: str) -> str:
    """LF line ends, no BOM, Unicode NFC. Stored text is always the result of this."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of letters/digits, with inner apostrophes or
    hyphens kept in one word. Works for accented Latin; CJK runs count as one word each."""
    return sum(1 for _ in _WORD.finditer(text))


def word_starts(text: str) -> list[int]:
    """Where each word (as :func:`count_words` counts them) starts, in code points: the
    words of ``text[a:b]`` are about ``bisect(starts, b) - bisect(starts, a)``."""
    return [m.start() for m in _WORD.finditer(text)]


# Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; surrogates; U+FFFE/U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text a Word or Excel file can hold: characters XML forbids are dropped."""
    return _NOT_XML.sub("", text)
