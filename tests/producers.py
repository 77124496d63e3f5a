""".qdpx files written the way real tools write them, for import tests (no Qt).

Each producer's habits, as read in their exporters (see the module docstrings of
``ikt_desktop.domain.exchange.placement`` and ``ikt_desktop.exporters.qdpx``):

- **QualCoder**: the text file in UTF-8 with a BOM; positions in Qt's UTF-16 code units
  of the text (its coding view), or code points for codings made by its auto-coding;
  the selected text in the selection's ``name``, line breaks as U+2029 (``QTextCursor.
  selectedText``); one selection per coding, the coding's memo as its ``<Description>``.
- **NVivo**: the text with CR LF line ends (BOM), positions in UTF-16 code units of that
  text, CR and LF counted separately; no selected text.

The transcript carries an emoji or a combining mark early, late or nowhere, so that the
units disagree before every selection, after a few, or never.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path

from tests.refi import PROJECT_NS, make_qdpx, utf16_offset

G = "{:08d}-0000-4000-8000-{:012d}"
PHRASES = (
    "being there from the start", "not just at the end", "a seat at the table",
    "we met on Zoom", "the panel read every draft", "fatigue comes in waves",
    "I plan my week around it", "my neurologist listened", "trust takes time",
    "so tired.\nInterviewer: Tired how", "heavy legs", "the language was too academic",
    "plain words helped", "co-authors, not subjects", "the budget paid for our time",
    "a second meeting", "honestly", "that was the summary", "we would do it again",
    "thank you for asking",
)  # fmt: skip
MARKS = {"emoji": "😂", "combining": "Zoe\u0308", "family": "👩\u200d👩\u200d👧"}
MEMOS = {0: "First impression: partnership from day one.",
         18: "Line one of a memo\nline two ✍️ with an emoji"}  # fmt: skip
CODERS = ("Ana", "Ben")


def guid(kind: int, n: int) -> str:
    return G.format(kind, n)


@dataclass(frozen=True)
class Expected:
    """What each coding must cover once imported: (code name, text, memo)."""

    codings: tuple[tuple[str, str, str], ...]
    text: str  # the source's text as we store it (LF, no BOM, NFC)


def transcript(mark: str = "", where: str = "nowhere") -> str:
    """Twenty turns, one phrase each; ``mark`` before the first phrase ("early") or
    after the seventeenth ("late": three phrases follow it), or nowhere."""
    lines = []
    for k, phrase in enumerate(PHRASES):
        speaker = "Interviewer" if k % 4 == 3 else f"P{k % 3 + 1}"
        before = f"{mark} " if (where == "early" and k == 0) else ""
        after = f" {mark}" if (where == "late" and k == 16) else ""
        lines.append(f"{speaker}: {before}Well, {phrase}, you know.{after}")
    return "\n".join(lines) + "\n"


def _spans(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for plain in PHRASES:
        phrase = plain.replace("\n", "\r\n") if "\r\n" in text else plain
        start = text.index(phrase, at)
        out.append((start, start + len(phrase)))
        at = start + len(phrase)
    return out


@dataclass(frozen=True)
class Habits:
    origin: str
    crlf: bool = False
    units: str = "utf16"  # "utf16" or "code points"; "mixed": code points for odd phrases
    names: str = "text"  # "text": the selected text, "labels": Q1, Q2..., "": none
    memos_as: str = "description"  # where coding memos go: "description" or ""
    wrong_name: int | None = None  # this selection's name is not its text


QUALCODER = Habits("QualCoder 3.6")
NVIVO = Habits("NVivo 14", crlf=True, names="", memos_as="")


def _position(raw: str, index: int, unit: str) -> int:
    return index if unit == "code points" else utf16_offset(raw, index)


def write_project(path: Path, habits: Habits, mark: str = "", where: str = "nowhere") -> Expected:
    """A .qdpx at ``path`` coding each phrase of :func:`transcript` with its own code."""
    text = transcript(mark, where)
    raw = unicodedata.normalize("NFD", text) if "\u0308" in mark else text
    if habits.crlf:
        raw = raw.replace("\n", "\r\n")
    selections = []
    for k, (start, end) in enumerate(_spans(raw)):
        unit = habits.units
        if unit == "mixed":
            unit = "code points" if k % 2 else "utf16"
        name = ""
        if habits.names == "text":
            name = raw[start:end].replace("\r\n", "\n").replace("\n", "\u2029")
            if k == habits.wrong_name:
                name = "a passage that is not in this interview"
        elif habits.names == "labels":
            name = f"Q{k + 1}"
        user = guid(9, k % 2)
        memo = MEMOS.get(k, "") if habits.memos_as == "description" else ""
        selections.append(
            f'<PlainTextSelection guid="{guid(2, k)}" name="{escape(name)}" '
            f'startPosition="{_position(raw, start, unit)}" '
            f'endPosition="{_position(raw, end, unit)}" creatingUser="{user}" '
            'creationDateTime="2025-03-01T10:00:00Z">'
            + (f"<Description>{escape(memo)}</Description>" if memo else "")
            + f'<Coding guid="{guid(3, k)}" creatingUser="{user}">'
            f'<CodeRef targetGUID="{guid(1, k)}"/></Coding></PlainTextSelection>'
        )
    codes = "".join(f'<Code guid="{guid(1, k)}" name="Code {k:02d}" isCodable="true"/>'
                    for k in range(len(PHRASES)))  # fmt: skip
    users = "".join(f'<User guid="{guid(9, k)}" name="{n}"/>' for k, n in enumerate(CODERS))
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Project xmlns="{PROJECT_NS}" name="MS study" origin="{habits.origin}">'
        f"<Users>{users}</Users><CodeBook><Codes>{codes}</Codes></CodeBook>"
        f'<Sources><TextSource guid="{guid(4, 1)}" name="Interview 3" '
        f'plainTextPath="internal://{guid(4, 1)}.txt">{"".join(selections)}</TextSource>'
        "</Sources></Project>"
    )
    files = {f"sources/{guid(4, 1)}.txt": codecs.BOM_UTF8 + raw.encode("utf-8")}
    make_qdpx(path, qde, files)
    memos = MEMOS if habits.memos_as else {}
    codings = tuple((f"Code {k:02d}", p, memos.get(k, "")) for k, p in enumerate(PHRASES))
    return Expected(codings, unicodedata.normalize("NFC", text))
