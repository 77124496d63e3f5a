"""REFI-QDA exchange data, free of XML and storage: what a ``.qdpx`` project or a ``.qdc``
codebook holds, as plain frozen dataclasses, and the pure rules of moving between our
model and REFI-QDA's (GUIDs, colours, descriptions that fold several of our fields).

Positions in these classes are always code points of the (normalised) source text, end
exclusive: the importer converts whatever unit the writing tool used before building them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ikt_desktop.domain.exchange.placement import SourcePositions

# Where REFI-QDA and we differ in names, the exported fields keep readable labels.
CODE_LABELS = ("Inclusion", "Exclusion", "Example")
THEME_LABELS = ("Central concept", "Boundaries", "Narrative", "Status", "Sub-theme of")
SOURCE_LABELS = ("Kind", "Interview date", "Duration (seconds)", "Mode", "Interviewer",
                 "Original file", "Original format")  # fmt: skip
CASE_LABELS = ("Pseudonym",)
# what a linked recording carries in its AudioSource/VideoSource Description, so that a
# relink can check the file again after the round trip
MEDIA_LABELS = ("Size (bytes)", "Duration (ms)", "SHA-256")
INTERNAL = "internal://"  # REFI-QDA paths: a file inside the archive's sources/ folder,
RELATIVE = "relative://"  # one relative to the project's basePath,
ABSOLUTE = "absolute://"  # and one anywhere
VARIABLE_LABELS = ("Choices",)
ROLE_VARIABLE = "Role"  # a participant's role travels as a Text variable of this name
CODING_MEMO_NAMESPACE = uuid.UUID("7d1e0a52-3a37-4c1e-9d0e-4b8f3c6a1f11")

VARIABLE_TYPES = ("Text", "Boolean", "Integer", "Float", "Date", "DateTime")

_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?$")  # fmt: skip
_HEX6 = re.compile(r"^#?([0-9a-fA-F]{6})$")
_HEX3 = re.compile(r"^#?([0-9a-fA-F]{3})$")
_HEX8 = re.compile(r"^#?([0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")
# The CSS basic colours (and a few common extras) that tools write by name.
NAMED_COLORS = {
    "black": "#000000", "silver": "#C0C0C0", "gray": "#808080", "grey": "#808080",
    "white": "#FFFFFF", "maroon": "#800000", "red": "#FF0000", "purple": "#800080",
    "fuchsia": "#FF00FF", "magenta": "#FF00FF", "green": "#008000", "lime": "#00FF00",
    "olive": "#808000", "yellow": "#FFFF00", "navy": "#000080", "blue": "#0000FF",
    "teal": "#008080", "aqua": "#00FFFF", "cyan": "#00FFFF", "orange": "#FFA500",
    "pink": "#FFC0CB", "brown": "#A52A2A", "violet": "#EE82EE", "gold": "#FFD700",
}  # fmt: skip


# -- the exchanged data ---------------------------------------------------------------


@dataclass(frozen=True)
class RefiUser:
    guid: str
    name: str
    initials: str = ""


@dataclass(frozen=True)
class RefiCode:
    guid: str
    name: str
    color: str | None
    description: str = ""
    children: tuple[RefiCode, ...] = ()
    note_guids: tuple[str, ...] = ()

    def walk(self) -> Iterable[tuple[RefiCode, RefiCode | None]]:
        """This code and every code below it with its parent, parents first."""
        stack: list[tuple[RefiCode, RefiCode | None]] = [(self, None)]
        while stack:
            code, parent = stack.pop()
            yield code, parent
            stack.extend((c, code) for c in reversed(code.children))


@dataclass(frozen=True)
class RefiVariable:
    guid: str
    name: str
    type: str  # one of VARIABLE_TYPES
    description: str = ""


@dataclass(frozen=True)
class RefiValue:
    variable_guid: str
    type: str
    value: str  # the XML text of the typed value element


@dataclass(frozen=True)
class RefiCase:
    guid: str
    name: str
    description: str = ""
    values: tuple[RefiValue, ...] = ()
    source_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiCoding:
    guid: str
    code_guid: str
    start: int  # code points, end exclusive
    end: int
    user_guid: str | None = None
    created: dt.datetime | None = None
    note_guids: tuple[str, ...] = ()
    memo: str = ""  # the Description of its selection (how QualCoder keeps a coding's memo)


@dataclass(frozen=True)
class RefiMedia:
    """The recording of a transcript: an AudioSource or VideoSource whose Transcript is
    the source's text, with sync points where its turns start and end.

    ``path`` follows REFI-QDA: ``internal://GUID.ext`` for a file inside the archive
    (``data`` holds it), ``relative://PATH`` from the project's ``basePath``, or
    ``absolute://PATH``."""

    guid: str
    kind: str  # "audio" | "video"
    name: str  # the recording's file name
    path: str
    transcript_guid: str
    sync_points: tuple[tuple[int, int], ...] = ()  # (code point, ms), in text order
    size: int | None = None
    duration_ms: int | None = None
    sha256: str = ""
    data: bytes | None = None  # an embedded recording's bytes (on export: read when written)
    current_path: str = ""  # where the file is now, when not where ``path`` says

    def archive_name(self) -> str | None:
        """Where an embedded recording goes inside the ``.qdpx`` (None: not embedded)."""
        if not self.path.startswith(INTERNAL):
            return None
        return "sources/" + self.path[len(INTERNAL) :]

    def description(self) -> str:
        """What the AudioSource/VideoSource says about its file (read by :func:`media_facts`)."""
        size = "" if self.size is None else str(self.size)
        duration = "" if self.duration_ms is None else str(self.duration_ms)
        facts = (size, duration, self.sha256)
        return fold("", list(zip(MEDIA_LABELS, facts, strict=True)))


def media_facts(description: str) -> tuple[int | None, int | None, str]:
    """Size, duration and SHA-256 from a Description written by ``RefiMedia.description``."""
    _free, parts = unfold(description, MEDIA_LABELS)
    size, duration = parts.get("Size (bytes)", ""), parts.get("Duration (ms)", "")
    digest = parts.get("SHA-256", "").strip().lower()
    return (int(size) if size.isdigit() else None, int(duration) if duration.isdigit() else None,
            digest if len(digest) == 64 else "")  # fmt: skip


@dataclass(frozen=True)
class RefiSource:
    guid: str
    name: str
    text: str  # normalised: LF, no BOM, NFC
    description: str = ""
    user_guid: str | None = None
    created: dt.datetime | None = None
    codings: tuple[RefiCoding, ...] = ()
    note_guids: tuple[str, ...] = ()
    # (title, text) of comments on passages no code was applied to (MAXQDA writes them
    # as a selection with a Description and no Coding): they become memos on the source
    comments: tuple[tuple[str, str], ...] = ()
    media: RefiMedia | None = None  # its recording, with the turn times as sync points


@dataclass(frozen=True)
class RefiNote:
    guid: str
    name: str
    text: str
    user_guid: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    # also written as sources/GUID.txt, named by plainTextPath: QualCoder (and, by their
    # exports, NVivo and ATLAS.ti) read a note's text there, not from PlainTextContent
    as_file: bool = True


@dataclass(frozen=True)
class RefiLink:
    guid: str
    origin_guid: str
    target_guid: str
    name: str = ""


@dataclass(frozen=True)
class RefiSet:
    guid: str
    name: str
    description: str = ""
    code_guids: tuple[str, ...] = ()
    source_guids: tuple[str, ...] = ()
    note_guids: tuple[str, ...] = ()


@dataclass(frozen=True)
class RefiProject:
    name: str
    origin: str = ""
    description: str = ""
    users: tuple[RefiUser, ...] = ()
    codes: tuple[RefiCode, ...] = ()
    variables: tuple[RefiVariable, ...] = ()
    cases: tuple[RefiCase, ...] = ()
    sources: tuple[RefiSource, ...] = ()
    notes: tuple[RefiNote, ...] = ()
    links: tuple[RefiLink, ...] = ()
    sets: tuple[RefiSet, ...] = ()
    note_guids: tuple[str, ...] = ()  # the project's own notes (our journal)
    base_path: str = ""  # the folder ``relative://`` media paths start from
    user_guid: str | None = None
    created: dt.datetime | None = None

    def all_codes(self) -> list[tuple[RefiCode, RefiCode | None]]:
        return [pair for top in self.codes for pair in top.walk()]


@dataclass(frozen=True)
class ExchangeSummary:
    """What an import did: counts by kind, what was converted, what was skipped."""

    file: str
    origin: str = ""
    unit: str = ""  # the unit the file as a whole fits best (each source: ``positions``)
    unit_reason: str = ""
    imported: tuple[tuple[str, int], ...] = ()
    converted: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    positions: tuple[SourcePositions, ...] = ()  # per source: unit, fits, checks
    flagged: tuple[str, ...] = ()  # selections placed where their own text disagrees

    @property
    def doubtful_positions(self) -> tuple[SourcePositions, ...]:
        return tuple(p for p in self.positions if p.doubtful)

    def count(self, kind: str) -> int:
        return dict(self.imported).get(kind, 0)

    def imported_lines(self) -> list[str]:
        """``["2 coders", "1 code", ...]`` for what was imported (nothing of a kind: left out)."""
        return [f"{n:,} {kind[:-1] if n == 1 and kind.endswith('s') else kind}"
                for kind, n in self.imported if n]  # fmt: skip


@dataclass
class SummaryBuilder:
    """Collects notes while reading; repeated messages are counted, not repeated."""

    file: str
    origin: str = ""
    unit: str = ""
    unit_reason: str = ""
    imported: dict[str, int] = field(default_factory=dict)
    converted: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    positions: list[SourcePositions] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)

    def convert(self, message: str) -> None:
        self.converted[message] = self.converted.get(message, 0) + 1

    def skip(self, message: str) -> None:
        self.skipped[message] = self.skipped.get(message, 0) + 1

    def build(self) -> ExchangeSummary:
        def lines(found: dict[str, int]) -> tuple[str, ...]:
            return tuple(m if n == 1 else f"{m} (×{n})" for m, n in found.items())

        return ExchangeSummary(
            self.file, self.origin, self.unit, self.unit_reason,
            tuple(self.imported.items()), lines(self.converted), lines(self.skipped),
            tuple(self.positions), tuple(self.flagged),
        )  # fmt: skip


# -- pure rules ------------------------------------------------------------------------


def normalise_guid(value: str | None) -> str | None:
    """A REFI GUID (either case, with or without braces) as ours: lower case, no braces.
    ``None`` when it is not a GUID at all."""
    if not value:
        return None
    match = _GUID.match(value.strip())
    return match.group(1).lower() if match else None


def derived_guid(guid: str, purpose: str) -> str:
    """A stable GUID for something we export that has no GUID of its own (the selection
    of a span, a coding's memo note): a name-based (version 5 style) UUID, made without
    the uuid module's overhead (it is called once per coding)."""
    h = hashlib.sha1(f"{CODING_MEMO_NAMESPACE}:{purpose}:{guid}".encode()).hexdigest()
    variant = "89ab"[int(h[16], 16) & 3]
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


def normalise_color(value: str | None) -> str | None:
    """``#RRGGBB`` from what tools write (``#abc``, ``abcdef``, ``#AARRGGBB``, ``red``,
    ``rgb(1,2,3)``); ``None`` for no colour or one we cannot read."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if match := _HEX6.match(text):
        return "#" + match.group(1).upper()
    if match := _HEX3.match(text):
        return "#" + "".join(ch * 2 for ch in match.group(1)).upper()
    if match := _HEX8.match(text):
        return "#" + match.group(1)[2:].upper()  # ARGB, as .NET tools write it
    if match := _RGB.match(text.lower()):
        parts = [min(int(p), 255) for p in match.groups()]
        return "#" + "".join(f"{p:02X}" for p in parts)
    return NAMED_COLORS.get(text.lower())


def fold(first: str, labelled: Sequence[tuple[str, str]]) -> str:
    """One readable description from a free text and labelled parts::

        The free text.

        Inclusion: when ...

        Example: "..."

    Empty parts are left out. :func:`unfold` reads it back."""
    parts = [first.strip()] if first.strip() else []
    parts += [f"{label}: {value.strip()}" for label, value in labelled if value.strip()]
    return "\n\n".join(parts)


def unfold(text: str, labels: Sequence[str]) -> tuple[str, dict[str, str]]:
    """The free text and the labelled parts of a description written by :func:`fold`.

    Labels are recognised only at the start of a paragraph, each at most once and in the
    order given; a description from another tool that does not follow that shape is all
    free text."""
    if not labels:
        return text.strip(), {}
    pattern = re.compile(r"(?:^|\n\n)(" + "|".join(re.escape(label) for label in labels) + r"): ")
    found = [(m.group(1), m.start(), m.end()) for m in pattern.finditer(text)]
    order = [labels.index(label) for label, _, _ in found]
    if order != sorted(set(order)):
        return text.strip(), {}
    out: dict[str, str] = {}
    first = text[: found[0][1]] if found else text
    for k, (label, _start, end) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(text)
        out[label] = text[end:stop].strip()
    return first.strip(), out


def to_xml_datetime(value: dt.datetime) -> str:
    """Our naive UTC time as an XML ``dateTime`` in UTC."""
    return value.isoformat(timespec="seconds") + "Z"


def from_xml_datetime(value: str | None) -> dt.datetime | None:
    """An XML ``dateTime`` (``Z``, an offset, or none: taken as UTC) as naive UTC."""
    return _from_xml_datetime(value) if value else None


@lru_cache(maxsize=4096)  # codings made in one session share their times
def _from_xml_datetime(value: str) -> dt.datetime | None:
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def unique_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``... so that it is not in ``taken``
    (compared without case). Adds the result to ``taken``."""
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{name} ({n})"
        n += 1
    taken.add(candidate.casefold())
    return candidate
