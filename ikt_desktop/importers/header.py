"""The block of metadata that opens many transcripts, in any language.

``Project: …``, ``Proyecto: …``, ``Interview E01, 12 March 2025``, ``Dauer: 47 Minuten``:
such lines look like speaker labels but nobody speaks them. The rule (issue 17): a label
that occurs once, before the first turn of a speaker who speaks again, in a paragraph of
such short header lines, is metadata. Known keys (date, duration, mode, interviewer, in
English, Spanish, German and French) become the source's metadata; the other lines are
kept as notes before the first turn. A label the user marks as a speaker is never header.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from typing import Protocol

META_KEYS = {
    "date": "date", "interview date": "date", "duration": "duration", "length": "duration",
    "interviewer": "interviewer", "interviewers": "interviewer", "participant": "participant",
    "mode": "mode", "platform": "mode", "location": "location", "title": "title",
    "language": "language", "time": "time", "recording": "recording",
    # Spanish
    "fecha": "date", "duración": "duration", "duracion": "duration",
    "entrevistador": "interviewer", "entrevistadora": "interviewer",
    "participante": "participant", "modalidad": "mode", "plataforma": "mode",
    "lugar": "location", "idioma": "language", "grabación": "recording",
    # German
    "datum": "date", "dauer": "duration", "interviewer*in": "interviewer",
    "interviewerin": "interviewer", "teilnehmer": "participant",
    "teilnehmerin": "participant", "ort": "location", "sprache": "language",
    "aufnahme": "recording",
    # French
    "durée": "duration", "intervieweur": "interviewer", "enquêteur": "interviewer",
    "enquêtrice": "interviewer", "lieu": "location", "langue": "language",
}  # fmt: skip
MAX_HEADER_WORDS = 12


class HeaderLine(Protocol):
    """What the header rule needs of a classified line."""

    @property
    def kind(self) -> str: ...  # blank, time, header, label, meta, text

    @property
    def name(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def raw(self) -> str: ...


def metadata_like(value: str, max_words: int = 6) -> bool:
    """``Dana Whitfield`` or ``March 4, 2025`` rather than speech like ``Hello, and``."""
    words = len(value.split())
    return 0 < words <= max_words and not value.endswith((",", ".", "?", "!", "…"))


def header_block(lines: Sequence[HeaderLine], speakers: Collection[str] = ()) -> int:
    """How many leading ``lines`` are the header (0 if none)."""
    simple = _key_value_block(lines, speakers)
    return simple if simple else _opening_block(lines, speakers)


def _is_label(line: HeaderLine) -> bool:
    return line.kind in ("label", "meta")


def _key_value_block(lines: Sequence[HeaderLine], speakers: Collection[str]) -> int:
    """A first paragraph made only of ``Key: value`` lines with distinct keys, none of which
    labels a turn later (except metadata keys like Interviewer)."""
    block: list[HeaderLine] = []
    for line in lines:
        if line.kind == "blank":
            break
        if not _is_label(line) or not metadata_like(line.text) or line.name in speakers:
            return 0
        block.append(line)
    rest = lines[len(block) :]
    if not block or not any(line.kind != "blank" for line in rest):
        return 0
    keys = [line.name for line in block]
    later = {line.name for line in rest if _is_label(line)}
    if len(set(keys)) != len(keys):
        return 0
    if any(k in later and k.lower() not in META_KEYS for k in keys):
        return 0
    return len(block)


def _opening_block(lines: Sequence[HeaderLine], speakers: Collection[str]) -> int:
    """Paragraphs of short header lines (with at least one one-off label each) before the
    first turn of a speaker who speaks again."""
    counts = Counter(line.name for line in lines if line.kind in ("label", "meta", "header"))
    recurring = {name for name, n in counts.items() if n >= 2} | set(speakers)
    first_turn = next(
        (i for i, line in enumerate(lines) if line.name in recurring and (
            line.kind in ("label", "header")
            or (line.kind == "meta" and line.name.lower() not in META_KEYS))),
        None,
    )  # fmt: skip
    if not first_turn:
        return 0
    end, at = 0, 0
    while at < first_turn:
        if lines[at].kind == "blank":
            at += 1
            continue
        stop = at
        while stop < first_turn and lines[stop].kind != "blank":
            stop += 1
        paragraph = lines[at:stop]
        if not _header_paragraph(paragraph, recurring):
            break
        end = at = stop
    return end


def _header_paragraph(paragraph: Sequence[HeaderLine], recurring: set[str]) -> bool:
    if len(paragraph) < 2 or not any(_is_label(line) for line in paragraph):
        return False
    for line in paragraph:
        if _is_label(line):
            if line.name in recurring and line.name.lower() not in META_KEYS:
                return False
            if not metadata_like(line.text, MAX_HEADER_WORDS):
                return False
        elif line.kind != "text" or not metadata_like(line.raw, MAX_HEADER_WORDS):
            return False
    return True
