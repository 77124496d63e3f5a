"""How a quote is set in a manuscript: typographic quotation marks and apostrophes,
nested quotes alternating double and single inside the report's own double quotes, and
"[…]" where a quote was cut out of a longer sentence."""

from __future__ import annotations

import re

ELLIPSIS = "[…]"
_OPENERS = ' \t\n([{—–-/“‘"'  # a quote mark after one of these (or at the start) opens
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')\]]*)$|\[…\]$")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENERS) and not after.isspace()


def curly(text: str, depth: int = 1) -> str:
    """Straight or curly quotation marks set as nested quotes: those at ``depth`` 1
    (inside the report's own double quotes) become single, at depth 2 double, and so on;
    an apostrophe inside or at the end of a word becomes ’."""
    out: list[str] = []
    stack: list[str] = []  # the kind of each open quote: '"' or "'"
    for i, ch in enumerate(text):
        if ch in '"“”':
            kind = '"'
        elif ch in "'‘’":
            kind = "'"
        else:
            out.append(ch)
            continue
        if stack and stack[-1] == kind and not (ch in "“‘" or (_opens(text, i) and kind == '"')):
            stack.pop()
            out.append("’" if (depth + len(stack)) % 2 else "”")
        elif kind == '"' or (ch in "'‘" and _opens(text, i) and _closes_later(text, i)):
            out.append("‘" if (depth + len(stack)) % 2 else "“")
            stack.append(kind)
        elif kind == "'" and stack and stack[-1] == "'" and not _inside_word(text, i):
            stack.pop()
            out.append("’" if (depth + len(stack)) % 2 else "”")
        else:
            out.append("’")  # an apostrophe: don't, MS', ’90s
    return "".join(out)


def _inside_word(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _closes_later(text: str, i: int) -> bool:
    """Whether a single quote opened at ``i`` is closed later (else it is an apostrophe,
    as in ’cause)."""
    for j in range(i + 1, len(text)):
        if text[j] in "'’" and not _inside_word(text, j) and j > i + 1:
            after = text[j + 1] if j + 1 < len(text) else " "
            if not after.isalnum():
                return True
    return False


def cut_marks(text: str) -> str:
    """``[…]`` before a quote that starts mid-sentence (a lower-case first letter) and
    after one that stops mid-sentence (no closing punctuation)."""
    text = text.strip()
    if not text:
        return text
    first = next((c for c in text if c.isalpha()), "")
    if first and first.islower() and not text.startswith(ELLIPSIS):
        text = f"{ELLIPSIS} {text}"
    if not _SENTENCE_END.search(text):
        text = f"{text.rstrip(',;:—– ')} {ELLIPSIS}"
    return text


def set_quote(text: str) -> str:
    """A quote's text as printed inside the report's double quotes."""
    return curly(cut_marks(text))
