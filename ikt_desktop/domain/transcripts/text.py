"""The one rule for text that comes in (invariant 2 of docs/ARCHITECTURE.md), on every
route: file import, REFI-QDA, merge, editing a transcript.

1. Binary data is refused (:func:`refuse_binary`): a NUL anywhere in the text, or more
   control characters than a text file has (over 1% of the text).
2. The text is normalised (:func:`normalise_text`): no BOM; CR LF and CR become LF; the
   other line and page breaks (VT, FF, NEL, U+2028, U+2029) become LF; every other C0 or
   C1 control character and DEL becomes a space, lone surrogates and the noncharacters
   U+FFFE/U+FFFF become U+FFFD; then Unicode NFC.

Step 2 replaces one character by one character (but CR LF), so positions written by
another tool or stored in another project stay valid: :func:`replace_controls` is that
step alone. Stored text never holds a NUL or a control character other than TAB and LF,
so SQLite's string functions see all of it; still, lengths are taken in Python.
"""

from __future__ import annotations

import re
import unicodedata

from ikt_desktop.domain.errors import ValidationError

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")

_BREAKS = "\x0b\x0c\x85\u2028\u2029"  # line/page separators that become LF
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # become a space
_UNFIT = "\ud800-\udfff\ufffe\uffff"  # become U+FFFD
_REPLACE = re.compile(f"[{_BREAKS}{_CONTROLS}{_UNFIT}]")
_REPLACEMENT = dict.fromkeys(_BREAKS, "\n")
# Control characters a text file does not hold (TAB, LF, CR, VT, FF are text).
_BINARY_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f]")
BINARY_SHARE = 100  # more than one control character in this many (plus 2): binary


def binary_reason(text: str) -> str | None:
    """Why ``text`` is binary data rather than text, or ``None`` when it is text. The
    whole text is looked at, not only its beginning."""
    nul = text.find("\x00")
    if nul >= 0:
        return f"it holds binary data (a NUL character at position {nul:,})"
    controls = len(_BINARY_CONTROLS.findall(text))
    if controls > len(text) // BINARY_SHARE + 2:
        return f"it holds binary data ({controls:,} control characters)"
    return None


def refuse_binary(text: str, what: str = "the text") -> None:
    """Raise :class:`ValidationError` naming ``what`` when ``text`` is binary data."""
    reason = binary_reason(text)
    if reason is not None:
        raise ValidationError(f"{what} is not text: {reason}")


def _replacement(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _REPLACEMENT:
        return _REPLACEMENT[ch]
    return " " if ord(ch) < 0xA0 else "\ufffd"


def replace_controls(text: str) -> str:
    """Step 2 of the rule without line ends and NFC: one character for one, so every
    position in ``text`` is the same position in the result."""
    return _REPLACE.sub(_replacement, text)


def normalise_text(text: str) -> str:
    """No BOM, LF line ends, no control characters but TAB and LF, Unicode NFC (see the
    module docstring). Stored text is always the result of this."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", replace_controls(text))


def clean_text(text: str, what: str = "the text") -> str:
    """The whole rule: refuse binary data, then normalise."""
    refuse_binary(text, what)
    return normalise_text(text)


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
